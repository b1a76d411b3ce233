// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The sandbox broker with its policy plugin against the same broker without it (not a timed test), DESIGN.md §5:
// QoS 0 messages of 100 bytes from mosquitto_pub -l to mosquitto_sub, both over mutual TLS on 127.0.0.1, so the
// plugin decides iot:Publish for every message and iot:Receive for every delivery, and writes each decision with its
// explanation into the decision log. The policy is a typical 10-statement one with variables. Target: the rate with
// the plugin >= 0.8x the rate without it, in the same run. Zero loss in both.
// Usage: BenchPolicyBroker [messages=200000] [rounds=2]; THINGBENCH_BENCH_SHORT=1: 20000 messages, 1 round, timing
// printed but not judged.

#include "BenchSupport.h"

#include "certs/CertificateFile.h"
#include "policy/Registry.h"
#include "support/BrokerFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace BenchSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr double TARGET_RATIO = 0.8;

std::string benchPolicy()
{
    const std::string arn = "arn:aws:iot:us-east-1:123456789012:";
    const auto statement = [&](const char* effect, const char* action, const std::string& resource) {
        return std::string("{\"Effect\":\"") + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + arn +
            resource + "\"}";
    };
    return std::string("{\"Version\":\"2012-10-17\",\"Statement\":[") +
        statement("Allow", "iot:Connect", "client/bench-*") + "," +
        statement("Allow", "iot:Publish", "topic/devices/${iot:ClientId}/telemetry") + "," +
        statement("Allow", "iot:Publish", "topic/devices/${iot:ClientId}/events/*") + "," +
        statement("Allow", "iot:Subscribe", "topicfilter/devices/${iot:ClientId}/commands/*") + "," +
        statement("Allow", "iot:Receive", "topic/devices/${iot:ClientId}/commands/*") + "," +
        statement("Allow", "iot:Publish", "topic/$aws/things/${iot:Connection.Thing.ThingName}/shadow/*") + "," +
        statement("Allow", "iot:Publish", "topic/fleet/${iot:Certificate.Subject.CommonName}/*") + "," +
        statement("Deny", "iot:Publish", "topic/devices/*/admin/*") + "," +
        statement("Allow", "iot:Subscribe", "topicfilter/bench/*") + "," +
        statement("Allow", "iot:*", "topic/bench/*") + "]}";
}

QStringList mtls(const BrokerFixture& broker, const QString& clientId)
{
    return {u"-h"_s,       u"localhost"_s,
            u"-p"_s,       QString::number(broker.mtlsPort()),
            u"--cafile"_s, broker.pki().caCert,
            u"--cert"_s,   broker.pki().clientCert,
            u"--key"_s,    broker.pki().clientKey,
            u"-i"_s,       clientId,
            u"-q"_s,       u"0"_s};
}

/// Messages per second from the publisher's start to the subscriber's last message; 0 when incomplete.
double measure(const BrokerFixture& broker, const QString& messages, qint64 count)
{
    QProcess sub;
    sub.setStandardOutputFile(QProcess::nullDevice());
    sub.start(QStringLiteral(MOSQUITTO_SUB_EXECUTABLE),
              mtls(broker, u"bench-sub"_s) + QStringList{u"-t"_s, u"bench/#"_s, u"-C"_s, QString::number(count)});
    QThread::msleep(1000); // connected and subscribed, outside the timed region
    QProcess pub;
    pub.setStandardInputFile(messages);
    QElapsedTimer timer;
    timer.start();
    pub.start(QStringLiteral(MOSQUITTO_PUB_EXECUTABLE),
              mtls(broker, u"bench-pub"_s) + QStringList{u"-t"_s, u"bench/flood"_s, u"-l"_s});
    const bool done = sub.waitForFinished(runLimitMs()) && sub.exitCode() == 0;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    pub.waitForFinished(10000);
    if (!done) {
        sub.kill();
        sub.waitForFinished();
        std::fprintf(stderr, "BenchPolicyBroker: the subscriber did not get all %lld messages: %s\n",
                     static_cast<long long>(count), sub.readAllStandardError().constData());
        return 0;
    }
    return double(count) / seconds;
}

/// A broker with (`plugin`) or without the policy plugin, and the rate it carries.
double run(bool plugin, const QString& dir, const QString& messages, qint64 count)
{
    BrokerFixture broker;
    BrokerFixture::Options options;
    options.unlimitedQueues = true;
    const QString registry = dir + u"/registry.json"_s;
    if (plugin) {
        options.extraConfig = {u"plugin "_s + QStringLiteral(THINGBENCH_POLICY_PLUGIN),
                               u"plugin_opt_registry "_s + registry,
                               u"plugin_opt_decision_log "_s + dir + u"/decisions.jsonl"_s};
    }
    if (!broker.start(options)) {
        std::fprintf(stderr, "BenchPolicyBroker: %s\n", qPrintable(broker.error()));
        return 0;
    }
    if (plugin) {
        const auto certificate = Certs::loadFile(broker.pki().clientCert);
        const std::string id = certificate->certificates.constFirst().awsCertificateId().toStdString();
        QFile::remove(registry);
        const auto error = Policy::Registry::update(registry.toStdString(), [&](Policy::Registry& r) {
            auto e = r.registerCertificate(id, "", Policy::CertificateStatus::Active, 0);
            e = e ? e : r.createPolicy("bench", benchPolicy(), 0);
            return e ? e : r.attachPolicy("bench", id);
        });
        if (error) {
            std::fprintf(stderr, "BenchPolicyBroker: %s\n", error->c_str());
            return 0;
        }
        QThread::msleep(1500); // the plugin reloads the registry on its tick
    }
    return measure(broker, messages, count);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : scaled(200'000, 20'000);
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : int(scaled(2, 1));
    if (count <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: BenchPolicyBroker [messages] [rounds]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString messages = writeMessages(dir.path(), count);
    std::printf("BenchPolicyBroker: %lld QoS 0 messages of %d bytes over mutual TLS, %d round(s), best of each%s\n",
                static_cast<long long>(count), PAYLOAD_BYTES, rounds, shortRun() ? " (short run)" : "");
    double without = 0;
    double with = 0;
    for (int round = 1; round <= rounds; ++round) {
        const double bare = run(false, dir.path(), messages, count);
        const double policed = run(true, dir.path(), messages, count);
        std::printf("round %d: without the plugin %.0f msg/s, with it %.0f msg/s\n", round, bare, policed);
        std::fflush(stdout);
        without = qMax(without, bare);
        with = qMax(with, policed);
    }
    QFile log(dir.filePath(u"decisions.jsonl"_s));
    std::printf("decision log: %lld bytes (bounded at 16 MB, then moved to .1)\n", static_cast<long long>(log.size()));
    bool ok = verdict("policy plugin loss", without > 0 && with > 0 ? u"0 messages lost"_s : u"messages LOST"_s, u"0"_s,
                      without > 0 && with > 0, Judged::Always);
    ok &= verdict("broker rate with the policy plugin vs without",
                  u"%1 / %2 msg/s = %3"_s.arg(with, 0, 'f', 0)
                      .arg(without, 0, 'f', 0)
                      .arg(without > 0 ? with / without : 0, 0, 'f', 3),
                  u">= %1"_s.arg(TARGET_RATIO), without > 0 && with / without >= TARGET_RATIO);
    return ok ? 0 : 1;
}
