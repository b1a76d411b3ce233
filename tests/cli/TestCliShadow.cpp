// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MqttSession.h"
#include "support/BrokerFixture.h"
#include "support/CliRun.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString CLI = QStringLiteral(THINGBENCH_CLI_EXECUTABLE);
constexpr int PROCESS_TIMEOUT_MS = 20000;

using CliRun::Run;

Run runCli(const QStringList& args, const QByteArray& input = {})
{
    return CliRun::run(args, input, PROCESS_TIMEOUT_MS);
}

} // namespace

/// `thingbench-cli shadow delta|replay|serve` against the contract of DESIGN.md §3.
class TestCliShadow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deltaFilesStdinAndNull();
    void deltaErrors();
    void replayFollowsTheContract();
    void replayTimestampsEqualNow();
    void replayRejectsMalformedLines();
    void serveAnswersAndStopsOnSigterm();
};

void TestCliShadow::deltaFilesStdinAndNull()
{
    QTemporaryDir dir;
    QFile desired(dir.filePath(u"d.json"_s));
    QVERIFY(desired.open(QIODevice::WriteOnly));
    desired.write(R"({"a":1,"b":{"c":true,"d":[1,2]},"n":9223372036854775807})");
    desired.close();
    Run run = runCli({u"shadow"_s, u"delta"_s, desired.fileName(), u"-"_s}, R"({"a":1.0,"b":{"c":1,"d":[1,2]}})");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("{\"b\":{\"c\":true},\"n\":9223372036854775807}\n"));
    run = runCli({u"shadow"_s, u"delta"_s, desired.fileName(), u"null"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("{\"a\":1,\"b\":{\"c\":true,\"d\":[1,2]},\"n\":9223372036854775807}\n"));
    run = runCli({u"shadow"_s, u"delta"_s, u"null"_s, desired.fileName()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("null\n"));
}

void TestCliShadow::deltaErrors()
{
    Run run = runCli({u"shadow"_s, u"delta"_s, u"-"_s, u"null"_s}, "{broken");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.startsWith("thingbench-cli: "));
    run = runCli({u"shadow"_s, u"delta"_s, u"/nonexistent/file.json"_s, u"null"_s});
    QCOMPARE(run.exitCode, 1);
    run = runCli({u"shadow"_s, u"delta"_s, u"only-one"_s});
    QCOMPARE(run.exitCode, 2);
    run = runCli({u"shadow"_s, u"nonsense"_s});
    QCOMPARE(run.exitCode, 2);
}

void TestCliShadow::replayFollowsTheContract()
{
    const QByteArray input =
        R"({"topic":"$aws/things/T/shadow/get","payload":"","now":10})"
        "\n\n" // blank lines are not requests
        R"({"topic":"$aws/things/T/shadow/update","payload":"{\"state\":{\"reported\":{\"x\":1}}}","now":20})"
        "\n"
        R"({"topic":"$aws/things/T/shadow/update/delta","payload":"{}","now":30})"
        "\n"
        R"({"topic":"$aws/things/T/shadow/update","payload_base64":"/w==","now":40})"
        "\n";
    const Run run = runCli({u"shadow"_s, u"replay"_s}, input);
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList lines = run.out.split('\n');
    QCOMPARE(lines.size(), 5); // four outputs and the final newline
    QCOMPARE(
        lines[0],
        QByteArray(
            R"({"responses":[{"topic":"$aws/things/T/shadow/get/rejected","payload":"{\"code\":404,\"message\":\"No shadow exists with name: 'T'\"}"}]})"));
    QVERIFY(lines[1].startsWith(
        R"({"responses":[{"topic":"$aws/things/T/shadow/update/accepted","payload":"{\"state\":{\"reported\":{\"x\":1}})"));
    QCOMPARE(lines[2], QByteArray(R"({"responses":[]})"));
    QVERIFY(lines[3].contains(R"(\"code\":415)"));
    QVERIFY(lines[4].isEmpty());
}

void TestCliShadow::replayTimestampsEqualNow()
{
    // With `now` given, every timestamp the engine writes for that line equals it (DESIGN.md §3).
    const QByteArray input =
        R"({"topic":"$aws/things/T/shadow/update","payload":"{\"state\":{\"desired\":{\"a\":{\"b\":[1,{\"c\":2}]}}}}","now":1234567890})"
        "\n"
        R"({"topic":"$aws/things/T/shadow/name/n/update","payload":"{\"state\":{\"reported\":{\"z\":[true]}}}","now":1234567999})"
        "\n"
        R"({"topic":"$aws/things/T/shadow/get","payload":"","now":1234568000})"
        "\n";
    const Run run = runCli({u"shadow"_s, u"replay"_s, u"-"_s}, input);
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QList<qint64> nows = {1234567890, 1234567999, 1234568000};
    static const QRegularExpression timestamp(uR"("timestamp":(\d+))"_s);
    for (int i = 0; i < 3; ++i) {
        const QJsonArray responses = QJsonDocument::fromJson(lines[i]).object().value(u"responses"_s).toArray();
        QVERIFY(!responses.isEmpty());
        for (const QJsonValue& response : responses) {
            const QString payload = response.toObject().value(u"payload"_s).toString();
            auto it = timestamp.globalMatch(payload);
            QVERIFY(it.hasNext());
            while (it.hasNext()) {
                const qint64 written = it.next().captured(1).toLongLong();
                // The get's metadata keeps the write time of line 1; its own timestamp is line 3's `now`.
                QVERIFY2(written == nows[i] || (i == 2 && written == nows[0]), qPrintable(payload));
            }
        }
    }
}

void TestCliShadow::replayRejectsMalformedLines()
{
    Run run = runCli({u"shadow"_s, u"replay"_s}, "{\"topic\":\"a\",\"payload\":\"\",\"now\":1}\nnot json\n");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray("{\"responses\":[]}\n")); // the lines before were answered
    QVERIFY(run.err.startsWith("thingbench-cli: Line 2:"));
    run = runCli({u"shadow"_s, u"replay"_s}, R"({"topic":"a","now":1.5})");
    QCOMPARE(run.exitCode, 1);
    run = runCli({u"shadow"_s, u"replay"_s, u"--max-state-bytes"_s, u"0"_s}, {});
    QCOMPARE(run.exitCode, 2);
}

void TestCliShadow::serveAnswersAndStopsOnSigterm()
{
    BrokerFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"shadows.json"_s);
    QProcess serve;
    // The device key is encrypted; its passphrase comes from the environment, never from the command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"THINGBENCH_PASSPHRASE"_s, broker.pki().passphrase);
    serve.setProcessEnvironment(environment);
    serve.start(CLI,
                {u"shadow"_s, u"serve"_s, u"--broker"_s, broker.mtlsUrl(), u"--cafile"_s, broker.pki().caCert,
                 u"--cert"_s, broker.pki().clientCert, u"--key"_s, broker.pki().clientKeyEncrypted, u"--client-id"_s,
                 u"cli-shadow-service"_s, u"--state-file"_s, stateFile, u"-v"_s});
    QVERIFY(serve.waitForStarted());
    QByteArray err;
    const QDeadlineTimer ready(PROCESS_TIMEOUT_MS);
    while (!err.contains("shadow service ready") && !ready.hasExpired() && serve.state() == QProcess::Running) {
        serve.waitForReadyRead(100);
        err += serve.readAllStandardError();
    }
    QVERIFY2(err.contains("shadow service ready"), err.constData());

    MqttSession device;
    ConnectionOptions options = *ConnectionOptions::fromUrl(broker.plainUrl());
    QSignalSpy received(&device, &MqttSession::messagesReceived);
    QVERIFY(device.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(device.state(), SessionState::Connected, PROCESS_TIMEOUT_MS);
    QSignalSpy subscribed(&device, &MqttSession::subscribed);
    device.subscribe(u"$aws/things/cli/shadow/update/accepted"_s, 1);
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, PROCESS_TIMEOUT_MS);
    device.publish(u"$aws/things/cli/shadow/update"_s, R"({"state":{"reported":{"up":true}}})", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, PROCESS_TIMEOUT_MS);
    QVERIFY(received.first().at(0).value<QList<MqttMessage>>().first().payload.contains(R"("version":1)"));

    // -v: one JSON line per request
    QByteArray out;
    const QDeadlineTimer printed(PROCESS_TIMEOUT_MS);
    while (!out.contains('\n') && !printed.hasExpired()) {
        serve.waitForReadyRead(100);
        out += serve.readAllStandardOutput();
    }
    QVERIFY(out.startsWith(R"({"topic":"$aws/things/cli/shadow/update","responses":[)"));

    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(PROCESS_TIMEOUT_MS));
    err += serve.readAllStandardError();
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QVERIFY2(serve.exitCode() == 0, err.right(6000).constData()); // stderr says why (a sanitizer report, an error)
    QFile file(stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(R"("thing":"cli")"));
}

QTEST_GUILESS_MAIN(TestCliShadow)

#include "TestCliShadow.moc"
