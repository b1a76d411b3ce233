// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Ingest benchmark (not a timed test): QoS 0 messages of 100 bytes from a local mosquitto (max_queued_messages 0)
// through the core path (Paho thread -> MessageInbox -> batched drain on this Qt thread, counting every message)
// against mosquitto_sub on the same broker, in the same run, with the same publisher (mosquitto_pub -l reading a
// file). Prints both rates, their ratio and the loss. Usage: BenchIngest [messages] [rounds]

#include "mqtt/MqttSession.h"
#include "BenchSupport.h"
#include "support/BrokerFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

using namespace BenchSupport;

namespace {

Run runCore(quint16 port, const QString& messagesFile, qint64 count)
{
    Run run;
    MqttSession session;
    std::vector<bool> seen(size_t(count), false);
    QElapsedTimer timer;
    QEventLoop loop;
    QProcess* publisher = nullptr;
    QObject::connect(&session, &MqttSession::sessionEstablished, &loop, [&] { session.subscribe(u"bench/#"_s, 0); });
    QObject::connect(&session, &MqttSession::subscribed, &loop, [&] {
        timer.start();
        publisher = startPublisher(port, messagesFile, &loop);
    });
    QObject::connect(&session, &MqttSession::messagesReceived, &loop, [&](const QList<MqttMessage>& batch) {
        for (const MqttMessage& message : batch) {
            const qint64 sequence = sequenceOf(message.payload, count);
            if (sequence >= 0) {
                run.duplicates += seen[size_t(sequence)] ? 1 : 0;
                seen[size_t(sequence)] = true;
            } else {
                ++run.malformed;
            }
        }
        run.received += batch.size();
        if (run.received >= count) {
            run.seconds = double(timer.nsecsElapsed()) / 1e9;
            loop.quit();
        }
    });
    QObject::connect(&session, &MqttSession::errorOccurred, &loop, [&](SessionError, const QString& message) {
        std::fprintf(stderr, "BenchIngest: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(RUN_LIMIT_MS, &loop, &QEventLoop::quit);
    ConnectionOptions options = *ConnectionOptions::fromUrl(u"mqtt://127.0.0.1:%1"_s.arg(port));
    options.version = MqttVersion::V3_1_1; // as mosquitto_sub's default
    if (!session.connectToBroker(options)) {
        return run;
    }
    loop.exec();
    if (publisher) {
        publisher->waitForFinished(10000);
    }
    run.dropped = session.droppedCount();
    for (const bool got : seen) {
        run.missing += got ? 0 : 1;
    }
    run.ok = run.received == count && run.missing == 0 && run.duplicates == 0 && run.malformed == 0;
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 2;

    BrokerFixture broker;
    BrokerFixture::Options options;
    options.unlimitedQueues = true; // max_queued_messages 0: the broker never drops QoS 0 for a slow reader
    if (!broker.start(options)) {
        std::fprintf(stderr, "BenchIngest: %s\n", qPrintable(broker.error()));
        return 1;
    }
    QTemporaryDir dir;
    const QString messages = writeMessages(dir.path(), count);
    if (messages.isEmpty()) {
        std::fprintf(stderr, "BenchIngest: cannot write the message file\n");
        return 1;
    }
    std::printf("BenchIngest: %lld QoS 0 messages of %d bytes, publisher mosquitto_pub -l, broker mosquitto "
                "(max_queued_messages 0), %d rounds, best of each\n",
                static_cast<long long>(count), PAYLOAD_BYTES, rounds);
    double bestReference = 0;
    double bestCore = 0;
    bool allOk = true;
    for (int round = 1; round <= rounds; ++round) {
        const Run reference = runReference(broker.plainPort(), messages, count);
        const Run core = runCore(broker.plainPort(), messages, count);
        const double referenceRate = reference.ok ? double(count) / reference.seconds : 0;
        const double coreRate = core.ok ? double(count) / core.seconds : 0;
        std::printf("round %d: mosquitto_sub %.0f msg/s (%.2f s, %s) | thingbench core %.0f msg/s (%.2f s, "
                    "received %lld, missing %lld, duplicated %lld, malformed %lld, dropped in inbox %llu)\n",
                    round, referenceRate, reference.seconds, reference.ok ? "complete" : "INCOMPLETE", coreRate,
                    core.seconds, static_cast<long long>(core.received), static_cast<long long>(core.missing),
                    static_cast<long long>(core.duplicates), static_cast<long long>(core.malformed),
                    static_cast<unsigned long long>(core.dropped));
        allOk = allOk && reference.ok && core.ok && core.dropped == 0;
        bestReference = qMax(bestReference, referenceRate);
        bestCore = qMax(bestCore, coreRate);
    }
    const double ratio = bestReference > 0 ? bestCore / bestReference : 0;
    std::printf("RESULT ingest: mosquitto_sub %.0f msg/s, thingbench core %.0f msg/s, ratio %.3f (target >= 0.95), "
                "loss %s\n",
                bestReference, bestCore, ratio, allOk ? "0" : "SEEN");
    std::fflush(stdout);
    return allOk ? 0 : 1; // the ratio is reported, not asserted; loss or an incomplete run fails
}
