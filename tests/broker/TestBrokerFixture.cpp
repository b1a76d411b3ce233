// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Checks the test broker itself with mosquitto's own clients, so that a failure in a ThingBench broker test can be
// blamed on ThingBench and not on the fixture.

#include "support/BrokerFixture.h"
#include "support/TestPkiTool.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
// mosquitto_sub/pub give up after 5 s (-W 5); the harness waits a little longer than that.
constexpr int CLIENT_TIMEOUT_MS = 15000;
constexpr int PUBLISH_INTERVAL_MS = 200;

QString executable(const char* path)
{
    const QString program = QString::fromLocal8Bit(path);
    return program.endsWith(QLatin1String("-NOTFOUND")) ? QString() : program;
}

const QString SUB = executable(MOSQUITTO_SUB_EXECUTABLE);
const QString PUB = executable(MOSQUITTO_PUB_EXECUTABLE);
const QString OPENSSL = executable(OPENSSL_EXECUTABLE);

struct ClientRun
{
    bool finished = false;
    int exitCode = -1;
    QString output; ///< stdout and stderr, merged
};

ClientRun runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, args);
    ClientRun result;
    result.finished = process.waitForFinished(CLIENT_TIMEOUT_MS);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

QString uniqueSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

QStringList hostArgs(const QString& host, quint16 port)
{
    return {QStringLiteral("-h"), host, QStringLiteral("-p"), QString::number(port)};
}

/// Subscribes with mosquitto_sub (-C 1) and publishes QoS 1 messages with mosquitto_pub until the subscriber has one.
/// mosquitto_sub's stdout is block-buffered into a pipe (its -d "SUBACK" line shows up only at exit), so there is no
/// way to see when it is subscribed: publishing again every 200 ms removes the race instead.
/// Returns an empty string on success, else what went wrong.
QString roundTrip(const QStringList& connectArgs)
{
    const QString topic = QStringLiteral("thingbench/fixture/") + uniqueSuffix();
    const QString payload = QStringLiteral("payload-") + uniqueSuffix();

    QProcess sub;
    sub.setProcessChannelMode(QProcess::MergedChannels);
    sub.setStandardInputFile(QProcess::nullDevice());
    sub.start(SUB,
              connectArgs +
                  QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), QStringLiteral("1"),
                              QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("5")});
    if (!sub.waitForStarted())
        return QStringLiteral("Cannot start mosquitto_sub: ") + sub.errorString();

    const QDeadlineTimer deadline(CLIENT_TIMEOUT_MS);
    while (sub.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        const ClientRun pub = runTool(PUB,
                                      connectArgs +
                                          QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"),
                                                      QStringLiteral("1"), QStringLiteral("-m"), payload});
        if (!pub.finished || pub.exitCode != 0) {
            sub.kill();
            sub.waitForFinished();
            return QStringLiteral("mosquitto_pub failed (exit code %1):\n%2").arg(pub.exitCode).arg(pub.output);
        }
        sub.waitForFinished(PUBLISH_INTERVAL_MS);
    }
    if (sub.state() != QProcess::NotRunning) {
        sub.kill();
        sub.waitForFinished();
    }
    const QString output = QString::fromLocal8Bit(sub.readAll());
    if (sub.exitStatus() != QProcess::NormalExit || sub.exitCode() != 0 ||
        !output.split(QLatin1Char('\n')).contains(payload)) {
        return QStringLiteral("mosquitto_sub did not receive “%1” (exit code %2):\n%3")
            .arg(payload)
            .arg(sub.exitCode())
            .arg(output);
    }
    return {};
}

/// One MQTT 3.1.1 CONNECT (clean session, keep-alive 60 s, client id "tb-ws") in a masked binary websocket frame.
QByteArray websocketConnectFrame()
{
    const QByteArray clientId("tb-ws");
    QByteArray variable;
    variable.append("\x00\x04MQTT\x04\x02\x00\x3c", 10);
    variable.append(char(0)).append(char(clientId.size())).append(clientId);
    QByteArray packet;
    packet.append(char(0x10)).append(char(variable.size())).append(variable);

    const QByteArray mask("\x11\x22\x33\x44", 4);
    QByteArray frame;
    frame.append(char(0x82)).append(char(0x80 | packet.size())).append(mask);
    for (int i = 0; i < packet.size(); ++i)
        frame.append(char(packet.at(i) ^ mask.at(i % 4)));
    return frame;
}
} // namespace

class TestBrokerFixture final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pkiFiles();
    void expiredCertificates_data();
    void expiredCertificates();
    void plainRoundTrip();
    void serverTlsRoundTrip();
    void mutualTlsRoundTrip();
    void mutualTlsRefuses_data();
    void mutualTlsRefuses();
    void wrongHostFailsHostnameVerification();
    void expiredListenerFailsVerification();
    void websocketsListenerSpeaksMqtt();
    void restartKeepsPorts();
    void persistentSessionSurvivesRestart();
    void destructorStopsBroker();

private: // NOLINT(readability-redundant-access-specifiers): "private slots" is a separate section for moc
    QStringList mtlsArgs() const;

    BrokerFixture m_broker;
};

void TestBrokerFixture::initTestCase()
{
    QVERIFY2(!SUB.isEmpty() && !PUB.isEmpty(),
             "mosquitto_sub/mosquitto_pub not found: install the Debian package “mosquitto-clients” and configure "
             "again");
    QVERIFY2(!OPENSSL.isEmpty(), "openssl not found: install the Debian package “openssl” and configure again");

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
    qInfo("BrokerFixture::start() (PKI + mosquitto, all listeners ready): %lld ms", timer.elapsed());
    QVERIFY(m_broker.isRunning());
}

QStringList TestBrokerFixture::mtlsArgs() const
{
    return hostArgs(QStringLiteral("localhost"), m_broker.mtlsPort()) +
        QStringList{QStringLiteral("--cafile"), m_broker.pki().caCert,   QStringLiteral("--cert"),
                    m_broker.pki().clientCert,  QStringLiteral("--key"), m_broker.pki().clientKey};
}

void TestBrokerFixture::pkiFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestPki pki;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(pki.create(dir.path(), &error), qPrintable(error));
    const qint64 elapsed = timer.elapsed();
    qInfo("TestPki::create(): %lld ms", elapsed);
    QVERIFY2(elapsed < 5000, "making the test PKI should take well under a second");

    for (const QString& key : {pki.caKey, pki.serverKey, pki.serverKeyWrongHost, pki.serverKeyExpired, pki.clientKey,
                               pki.clientKeyEncrypted, pki.otherKey, pki.otherCaKey}) {
        QVERIFY2(QFileInfo::exists(key), qPrintable(key));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
    }
    QFile encrypted(pki.clientKeyEncrypted);
    QVERIFY(encrypted.open(QIODevice::ReadOnly));
    QVERIFY(encrypted.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QFile plain(pki.clientKey);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(plain.readAll().startsWith("-----BEGIN PRIVATE KEY-----"));

    // The encrypted key opens with the passphrase and is the client key.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TB_PASS"), pki.passphrase);
    const ClientRun decrypted =
        runTool(OPENSSL,
                {QStringLiteral("pkey"), QStringLiteral("-in"), pki.clientKeyEncrypted, QStringLiteral("-passin"),
                 QStringLiteral("env:TB_PASS"), QStringLiteral("-pubout")},
                env);
    const ClientRun clientPub =
        runTool(OPENSSL, {QStringLiteral("pkey"), QStringLiteral("-in"), pki.clientKey, QStringLiteral("-pubout")});
    QCOMPARE(decrypted.exitCode, 0);
    QCOMPARE(decrypted.output, clientPub.output);

    const auto verify = [](const QString& ca, const QStringList& certs) {
        return runTool(OPENSSL, QStringList{QStringLiteral("verify"), QStringLiteral("-CAfile"), ca} + certs);
    };
    const ClientRun chain = verify(pki.caCert, {pki.serverCert, pki.serverCertWrongHost, pki.clientCert});
    QVERIFY2(chain.exitCode == 0, qPrintable(chain.output));
    const ClientRun otherChain = verify(pki.otherCaCert, {pki.otherClientCert});
    QVERIFY2(otherChain.exitCode == 0, qPrintable(otherChain.output));
    QVERIFY(verify(pki.caCert, {pki.otherClientCert}).exitCode != 0);
    QVERIFY(verify(pki.otherCaCert, {pki.clientCert}).exitCode != 0);

    const auto extensions = [](const QString& cert) {
        return runTool(OPENSSL,
                       {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"), cert,
                        QStringLiteral("-subject"), QStringLiteral("-ext"),
                        QStringLiteral("subjectAltName,extendedKeyUsage,basicConstraints,keyUsage")})
            .output;
    };
    const QString ca = extensions(pki.caCert);
    QVERIFY2(ca.contains(QLatin1String("CN = ThingBench Test CA")) && ca.contains(QLatin1String("CA:TRUE")) &&
                 ca.contains(QLatin1String("Certificate Sign")),
             qPrintable(ca));
    QVERIFY(extensions(pki.otherCaCert).contains(QLatin1String("CN = ThingBench Other CA")));
    const QString server = extensions(pki.serverCert);
    QVERIFY2(server.contains(QLatin1String("CN = localhost")) &&
                 server.contains(QLatin1String("DNS:localhost, IP Address:127.0.0.1")) &&
                 server.contains(QLatin1String("TLS Web Server Authentication")),
             qPrintable(server));
    const QString wrongHost = extensions(pki.serverCertWrongHost);
    QVERIFY2(wrongHost.contains(QLatin1String("DNS:wrong.example")) &&
                 !wrongHost.contains(QLatin1String("localhost")) && !wrongHost.contains(QLatin1String("127.0.0.1")),
             qPrintable(wrongHost));
    const QString client = extensions(pki.clientCert);
    QVERIFY2(client.contains(QLatin1String("CN = test-device")) &&
                 client.contains(QLatin1String("TLS Web Client Authentication")),
             qPrintable(client));
    QVERIFY(extensions(pki.clientCertExpired).contains(QLatin1String("CN = expired-device")));
}

void TestBrokerFixture::expiredCertificates_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<bool>("expired");
    const TestPki& pki = m_broker.pki();
    QTest::newRow("server") << pki.serverCert << false;
    QTest::newRow("server wrong host") << pki.serverCertWrongHost << false;
    QTest::newRow("client") << pki.clientCert << false;
    QTest::newRow("other client") << pki.otherClientCert << false;
    QTest::newRow("server expired") << pki.serverCertExpired << true;
    QTest::newRow("client expired") << pki.clientCertExpired << true;
}

void TestBrokerFixture::expiredCertificates()
{
    QFETCH(QString, cert);
    QFETCH(bool, expired);
    // -checkend 0: exit code 1 when the certificate is no longer valid now.
    const ClientRun check = runTool(OPENSSL,
                                    {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"), cert,
                                     QStringLiteral("-checkend"), QStringLiteral("0")});
    QVERIFY2(check.finished, qPrintable(check.output));
    QCOMPARE(check.exitCode, expired ? 1 : 0);
    if (expired) {
        // Expiry is the only thing wrong with it: the chain itself verifies.
        const ClientRun verify =
            runTool(OPENSSL, {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_broker.pki().caCert, cert});
        QVERIFY2(verify.exitCode != 0 && verify.output.contains(QLatin1String("certificate has expired")) &&
                     !verify.output.contains(QLatin1String("unable to get")),
                 qPrintable(verify.output));
        const ClientRun dates = runTool(OPENSSL,
                                        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-in"), cert,
                                         QStringLiteral("-enddate")});
        QCOMPARE(dates.output.trimmed(), QStringLiteral("notAfter=Jan  2 00:00:00 2020 GMT"));
    }
}

void TestBrokerFixture::plainRoundTrip()
{
    QCOMPARE(m_broker.plainUrl(), QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.plainPort()));
    const QString failure = roundTrip(hostArgs(QStringLiteral("127.0.0.1"), m_broker.plainPort()));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestBrokerFixture::serverTlsRoundTrip()
{
    QCOMPARE(m_broker.tlsUrl(), QStringLiteral("mqtts://localhost:%1").arg(m_broker.tlsPort()));
    const QString failure = roundTrip(hostArgs(QStringLiteral("localhost"), m_broker.tlsPort()) +
                                      QStringList{QStringLiteral("--cafile"), m_broker.pki().caCert});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestBrokerFixture::mutualTlsRoundTrip()
{
    QCOMPARE(m_broker.mtlsUrl(), QStringLiteral("mqtts://localhost:%1").arg(m_broker.mtlsPort()));
    const QString failure = roundTrip(mtlsArgs());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestBrokerFixture::mutualTlsRefuses_data()
{
    QTest::addColumn<QStringList>("clientArgs");
    QTest::addColumn<QString>("brokerLogs");
    const TestPki& pki = m_broker.pki();
    QTest::newRow("no client certificate") << QStringList{} << QStringLiteral("peer did not return a certificate");
    QTest::newRow("certificate from another CA")
        << QStringList{QStringLiteral("--cert"), pki.otherClientCert, QStringLiteral("--key"), pki.clientKey}
        << QStringLiteral("certificate verify failed");
    QTest::newRow("expired client certificate")
        << QStringList{QStringLiteral("--cert"), pki.clientCertExpired, QStringLiteral("--key"), pki.clientKey}
        << QStringLiteral("certificate verify failed");
}

void TestBrokerFixture::mutualTlsRefuses()
{
    QFETCH(QStringList, clientArgs);
    QFETCH(QString, brokerLogs);
    const qsizetype logBefore = m_broker.log().size();
    const ClientRun sub =
        runTool(SUB,
                hostArgs(QStringLiteral("localhost"), m_broker.mtlsPort()) +
                    QStringList{QStringLiteral("--cafile"), m_broker.pki().caCert} + clientArgs +
                    QStringList{QStringLiteral("-d"), QStringLiteral("-t"), QStringLiteral("thingbench/#"),
                                QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("5")});
    QVERIFY2(sub.finished && sub.exitCode != 0, qPrintable(sub.output));
    // With TLS 1.3 the client's handshake completes first; it learns of the refusal from the broker's alert, which
    // mosquitto_sub reports inconsistently ("connection lost" with the alert, or "protocol error"): no CONNACK is what
    // counts.
    QVERIFY2(!sub.output.contains(QLatin1String("received CONNACK")), qPrintable(sub.output));
    // The broker logs its side of the refusal (mosquitto 2.0.11 does not say why verification failed).
    QTRY_VERIFY2(m_broker.log().mid(logBefore).contains(brokerLogs), qPrintable(m_broker.log().mid(logBefore)));
}

void TestBrokerFixture::wrongHostFailsHostnameVerification()
{
    const QStringList connectArgs = hostArgs(QStringLiteral("localhost"), m_broker.wrongHostPort()) +
        QStringList{QStringLiteral("--cafile"), m_broker.pki().caCert};
    const ClientRun sub =
        runTool(SUB,
                connectArgs +
                    QStringList{QStringLiteral("-t"), QStringLiteral("thingbench/#"), QStringLiteral("-C"),
                                QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("5")});
    // mosquitto_sub only says "A TLS error occurred"; the control below shows that the hostname was the problem.
    QVERIFY2(sub.finished && sub.exitCode != 0, qPrintable(sub.output));
    QVERIFY2(sub.output.contains(QLatin1String("TLS error")), qPrintable(sub.output));

    // The listener and the chain are fine: the same client with hostname verification off (--insecure) gets through.
    const QString failure = roundTrip(connectArgs + QStringList{QStringLiteral("--insecure")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestBrokerFixture::expiredListenerFailsVerification()
{
    const qsizetype logBefore = m_broker.log().size();
    const ClientRun sub =
        runTool(SUB,
                hostArgs(QStringLiteral("localhost"), m_broker.expiredPort()) +
                    QStringList{QStringLiteral("--cafile"), m_broker.pki().caCert, QStringLiteral("-t"),
                                QStringLiteral("thingbench/#"), QStringLiteral("-C"), QStringLiteral("1"),
                                QStringLiteral("-W"), QStringLiteral("5")});
    QVERIFY2(sub.finished && sub.exitCode != 0, qPrintable(sub.output));
    // The client rejects the chain and tells the broker why in its alert.
    QTRY_VERIFY2(m_broker.log().mid(logBefore).contains(QLatin1String("alert certificate expired")),
                 qPrintable(m_broker.log().mid(logBefore)));
}

void TestBrokerFixture::websocketsListenerSpeaksMqtt()
{
    QCOMPARE(m_broker.wsUrl(), QStringLiteral("ws://127.0.0.1:%1").arg(m_broker.wsPort()));
    // mosquitto_sub 2.0 has no websockets transport: speak the upgrade and one CONNECT by hand.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_broker.wsPort());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray upgrade = "GET /mqtt HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_broker.wsPort()) +
        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mqtt\r\n\r\n";
    socket.write(upgrade);
    QByteArray response;
    const QDeadlineTimer handshake(5000);
    while (!response.contains("\r\n\r\n") && !handshake.hasExpired()) {
        socket.waitForReadyRead(100);
        response += socket.readAll();
    }
    QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
    QByteArray frames = response.mid(response.indexOf("\r\n\r\n") + 4);

    socket.write(websocketConnectFrame());
    const QDeadlineTimer connack(5000);
    while (frames.size() < 6 && !connack.hasExpired()) {
        socket.waitForReadyRead(100);
        frames += socket.readAll();
    }
    // An unmasked binary frame of 4 bytes holding CONNACK, session present 0, return code 0 (accepted).
    QCOMPARE(frames.left(6), QByteArray("\x82\x04\x20\x02\x00\x00", 6));
    socket.abort();
}

void TestBrokerFixture::restartKeepsPorts()
{
    const QList<quint16> before{m_broker.plainPort(), m_broker.mtlsPort(),      m_broker.tlsPort(),
                                m_broker.wsPort(),    m_broker.wrongHostPort(), m_broker.expiredPort()};
    QVERIFY(!before.contains(0));

    m_broker.stop();
    QVERIFY(!m_broker.isRunning());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_broker.plainPort());
    QVERIFY(!socket.waitForConnected(1000));

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_broker.restart(), qPrintable(m_broker.error()));
    qInfo("BrokerFixture::restart(): %lld ms", timer.elapsed());
    const QList<quint16> after{m_broker.plainPort(), m_broker.mtlsPort(),      m_broker.tlsPort(),
                               m_broker.wsPort(),    m_broker.wrongHostPort(), m_broker.expiredPort()};
    QCOMPARE(after, before);
    QString failure = roundTrip(mtlsArgs());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // A hard kill, then a restart on the same ports.
    m_broker.kill();
    QVERIFY(!m_broker.isRunning());
    QVERIFY2(m_broker.restart(), qPrintable(m_broker.error()));
    QCOMPARE(m_broker.plainPort(), before.first());
    failure = roundTrip(hostArgs(QStringLiteral("127.0.0.1"), m_broker.plainPort()));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestBrokerFixture::persistentSessionSurvivesRestart()
{
    BrokerFixture broker;
    BrokerFixture::Options options;
    options.persistence = true;
    options.unlimitedQueues = true;
    options.extraConfig = {QStringLiteral("max_inflight_messages 7")};
    QVERIFY2(broker.start(options), qPrintable(broker.error()));

    QFile config(broker.dir() + QStringLiteral("/mosquitto.conf"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = config.readAll().split('\n');
    QVERIFY(lines.contains("persistence true"));
    QVERIFY(lines.contains("max_queued_messages 0"));
    QVERIFY(lines.contains("max_inflight_messages 7"));

    const QStringList connectArgs = hostArgs(QStringLiteral("127.0.0.1"), broker.plainPort());
    const QString clientId = QStringLiteral("tb-persistent-") + uniqueSuffix();
    const QString topic = QStringLiteral("thingbench/persistent/") + uniqueSuffix();
    const QString payload = QStringLiteral("kept-") + uniqueSuffix();
    const QStringList session{QStringLiteral("-c"), QStringLiteral("-i"), clientId, QStringLiteral("-q"),
                              QStringLiteral("1"),  QStringLiteral("-t"), topic};

    // Subscribe with a persistent session, then go offline (-E: exit once the subscription is acknowledged).
    const ClientRun subscribe = runTool(SUB, connectArgs + session + QStringList{QStringLiteral("-E")});
    QVERIFY2(subscribe.finished && subscribe.exitCode == 0, qPrintable(subscribe.output));
    const ClientRun publish = runTool(PUB,
                                      connectArgs +
                                          QStringList{QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"),
                                                      topic, QStringLiteral("-m"), payload});
    QVERIFY2(publish.finished && publish.exitCode == 0, qPrintable(publish.output));

    broker.stop();
    QVERIFY(QFileInfo::exists(broker.dir() + QStringLiteral("/persistence/mosquitto.db")));
    QVERIFY2(broker.restart(), qPrintable(broker.error()));

    const ClientRun receive =
        runTool(SUB,
                connectArgs + session +
                    QStringList{QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("5")});
    QVERIFY2(receive.finished && receive.exitCode == 0, qPrintable(receive.output + broker.log()));
    QCOMPARE(receive.output.trimmed(), payload);
}

void TestBrokerFixture::destructorStopsBroker()
{
    quint16 port = 0;
    {
        BrokerFixture broker;
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        port = broker.plainPort();
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!socket.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestBrokerFixture)
#include "TestBrokerFixture.moc"
