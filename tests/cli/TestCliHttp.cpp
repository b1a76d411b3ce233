// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// thingbench-cli http pub, shadow get|update|delete --http and greengrass discover against the sandbox's local HTTPS
// service (DESIGN.md §3). The CLI runs as a child process while this process serves (its shadow service answers on
// this thread, so the child is awaited with the event loop running, never with a blocking wait).
#include "support/DataPlaneFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void httpPubArrives();
    void httpPubDeniedSaysWhy();
    void httpPubUsage();
    void httpRetainedListAndGet();
    void shadowOverHttp();
    void greengrassDiscoverAndConnect();
    void greengrassDiscoverRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs thingbench-cli with `args` plus the endpoint and TLS options; the event loop runs meanwhile (bounded).
    Run cli(const QStringList& args, bool withTls = true);

    DataPlaneTest::Fixture m_fixture;
};

void TestCliHttp::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error));
}

TestCliHttp::Run TestCliHttp::cli(const QStringList& args, bool withTls)
{
    QStringList all = args;
    if (withTls) {
        all << u"--endpoint"_s << u"localhost:%1"_s.arg(m_fixture.dataPlane->port()) << u"--cafile"_s
            << m_fixture.broker.pki().caCert << u"--cert"_s << m_fixture.broker.pki().clientCert << u"--key"_s
            << m_fixture.broker.pki().clientKey;
    }
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(THINGBENCH_CLI_EXECUTABLE), all);
    Run run;
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCliHttp::httpPubArrives()
{
    MqttSession subscriber;
    QList<MqttMessage> received;
    connect(&subscriber, &MqttSession::messagesReceived, this,
            [&received](const QList<MqttMessage>& messages) { received.append(messages); });
    QSignalSpy subscribed(&subscriber, &MqttSession::subscribed);
    subscriber.subscribe(u"allowed/cli"_s, 1);
    subscriber.connectToBroker(*ConnectionOptions::fromUrl(m_fixture.broker.plainUrl()));
    QVERIFY(subscribed.wait(10000));
    const Run run = cli({u"http"_s, u"pub"_s, u"-t"_s, u"allowed/cli"_s, u"-m"_s, u"hello over https"_s, u"-q"_s,
                         u"1"_s, u"--content-type"_s, u"text/plain"_s, u"--user-property"_s, u"line=1"_s,
                         u"--message-expiry"_s, u"60"_s, u"--payload-format"_s, u"utf8"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject body = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(body.value(u"message"_s).toString(), u"OK"_s);
    QVERIFY(!body.value(u"traceId"_s).toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.constFirst().payload, QByteArray("hello over https"));
    QCOMPARE(received.constFirst().qos, quint8(1));
    // The MQTT 5 properties went as query parameters and headers (spec §1.2) and reach an MQTT 5 subscriber.
    QVERIFY(received.constFirst().properties);
    const MqttProperties& properties = *received.constFirst().properties;
    QCOMPARE(properties.contentType, u"text/plain"_s);
    QCOMPARE(properties.userProperties.value(0), (std::pair{u"line"_s, u"1"_s}));
    QVERIFY(properties.messageExpirySeconds.has_value() && *properties.messageExpirySeconds <= 60);
    QCOMPARE(properties.payloadIsUtf8, std::optional<bool>(true));
}

void TestCliHttp::httpPubDeniedSaysWhy()
{
    const Run run = cli({u"http"_s, u"pub"_s, u"-t"_s, u"denied/cli"_s, u"-m"_s, u"x"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("thingbench-cli: HTTP 403 ForbiddenException: Forbidden"), run.err.constData());
    QVERIFY2(run.err.contains("iot:Publish"), run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"message"_s).toString(), u"Forbidden"_s);
}

void TestCliHttp::httpPubUsage()
{
    Run run = cli({u"http"_s, u"pub"_s, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s}, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--endpoint"), run.err.constData());
    run = cli({u"http"_s, u"pub"_s, u"-t"_s, u"a"_s, u"-m"_s, u"x"_s, u"-q"_s, u"2"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("QoS 2"), run.err.constData());
}

void TestCliHttp::httpRetainedListAndGet()
{
    // Three retained messages through http pub -r, then every page (--max 2 --all) and one payload (--payload).
    for (const QString& name : {u"c"_s, u"a"_s, u"b"_s}) {
        const Run run = cli({u"http"_s, u"pub"_s, u"-r"_s, u"-q"_s, u"1"_s, u"-t"_s, u"allowed/cli-retained/"_s + name,
                             u"-m"_s, u"payload "_s + name});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    Run run = cli({u"http"_s, u"retained"_s, u"list"_s, u"--max"_s, u"2"_s, u"--all"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList topics;
    for (const QJsonValue& item : QJsonDocument::fromJson(run.out).object().value(u"retainedTopics"_s).toArray()) {
        if (item[u"topic"_s].toString().startsWith(u"allowed/cli-retained/"_s)) {
            topics.append(item[u"topic"_s].toString());
            QCOMPARE(item[u"payloadSize"_s].toInt(), 9);
            QCOMPARE(item[u"qos"_s].toInt(), 1);
        }
    }
    QCOMPARE(topics,
             (QStringList{u"allowed/cli-retained/a"_s, u"allowed/cli-retained/b"_s, u"allowed/cli-retained/c"_s}));
    run = cli({u"http"_s, u"retained"_s, u"get"_s, u"-t"_s, u"allowed/cli-retained/b"_s, u"--payload"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("payload b"));
    run = cli({u"http"_s, u"retained"_s, u"get"_s, u"-t"_s, u"allowed/cli-retained/none"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("404"), run.err.constData());
    run = cli({u"http"_s, u"retained"_s, u"list"_s, u"--max"_s, u"500"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--max"), run.err.constData());
}

void TestCliHttp::shadowOverHttp()
{
    const QStringList shadow{u"--http"_s, u"--thing"_s, u"dev-1"_s, u"--name"_s, u"cli"_s};
    Run run = cli(QStringList{u"shadow"_s, u"update"_s, u"-m"_s, uR"({"state":{"reported":{"x":1}}})"_s} + shadow);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"version"_s).toInt(), 1);
    run = cli(QStringList{u"shadow"_s, u"get"_s} + shadow);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .object()
                 .value(u"state"_s)
                 .toObject()
                 .value(u"reported"_s)
                 .toObject()
                 .value(u"x"_s)
                 .toInt(),
             1);
    run = cli(QStringList{u"shadow"_s, u"delete"_s} + shadow);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli(QStringList{u"shadow"_s, u"get"_s} + shadow);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("No shadow exists with name: 'cli'"), run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"code"_s).toInt(), 404);
    run = cli({u"shadow"_s, u"get"_s, u"--thing"_s, u"dev-1"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--http"), run.err.constData());
}

void TestCliHttp::greengrassDiscoverAndConnect()
{
    const Run run = cli({u"greengrass"_s, u"discover"_s, u"--thing"_s, u"dev-1"_s, u"--connect"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(QJsonDocument::fromJson(lines.at(0)).object().contains(u"GGGroups"_s));
    const QJsonObject connected = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(connected.value(u"connected"_s).toBool(), true);
    QCOMPARE(connected.value(u"clientId"_s).toString(), u"dev-1"_s);
    QCOMPARE(connected.value(u"port"_s).toInt(), int(m_fixture.broker.mtlsPort()));
    QVERIFY2(run.err.contains("trying core endpoint 1"), run.err.constData());
}

void TestCliHttp::greengrassDiscoverRefused()
{
    Run run = cli({u"greengrass"_s, u"discover"_s, u"--thing"_s, u"dev-2"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("greengrass:Discover"), run.err.constData());
    run = cli({u"greengrass"_s, u"discover"_s, u"--thing"_s, u"ghost-1"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("The thing provided for discovery was not found"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliHttp)
#include "TestCliHttp.moc"
