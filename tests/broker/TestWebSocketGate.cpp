// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/SigV4.h"
#include "aws/WebSocketGate.h"
#include "mqtt/MqttSession.h"
#include "support/BrokerFixture.h"
#include "support/TestPrinters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString KEY_ID = u"AKIDGATEEXAMPLE"_s;
const QString SECRET = u"gateSecret/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
const QString TEMP_KEY_ID = u"ASIAGATEEXAMPLE"_s;
const QString TEMP_SECRET = u"tempSecret/+xyz"_s;
const QString TOKEN = u"FwoGZXIvYXdzEJr//session+token=="_s;
const QString REGION = u"eu-west-1"_s;

SigV4Signing signing(const QString& keyId, const QString& secret, const QString& token, const QString& region)
{
    SigV4Signing result;
    result.accessKeyId = keyId;
    result.secretAccessKey = secret;
    result.sessionToken = token;
    result.region = region;
    return result;
}

/// A raw answer read from the gate.
struct RawAnswer
{
    QByteArray head;
    QByteArray body;
};

} // namespace

/// The sandbox's SigV4 WebSocket gate against a real mosquitto (BrokerFixture) over real TLS on 127.0.0.1: MqttSession
/// connects through it with presigned URLs, refusals are checked on the wire and through the session's error, and a
/// dropped connection comes back with a newly signed URL.
class TestWebSocketGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripThroughGate_data();
    void roundTripThroughGate();
    void refusalsOnTheWire_data();
    void refusalsOnTheWire();
    void refusalsThroughSession_data();
    void refusalsThroughSession();
    void reconnectSignsANewUrl();
    void stopClosesEveryConnection();
    void startErrors();

private:
    ConnectionOptions gateOptions(quint16 port, MqttVersion version = MqttVersion::V5) const;
    Aws::WebSocketGateOptions gateSettings() const;
    RawAnswer rawRequest(const QByteArray& target, const QByteArray& host) const;
    static bool connectAndWait(MqttSession& session, const ConnectionOptions& options);

    BrokerFixture m_broker;
    Aws::WebSocketGate m_gate;
};

void TestWebSocketGate::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
    QSignalSpy listening(&m_gate, &Aws::WebSocketGate::listening);
    QSignalSpy failed(&m_gate, &Aws::WebSocketGate::failed);
    m_gate.start(gateSettings());
    QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty() || !failed.isEmpty(), 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QVERIFY(m_gate.port() != 0);
    QCOMPARE(listening.first().at(0).value<quint16>(), m_gate.port());
}

void TestWebSocketGate::cleanupTestCase()
{
    QSignalSpy stopped(&m_gate, &Aws::WebSocketGate::stopped);
    m_gate.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    QCOMPARE(m_gate.port(), quint16(0));
}

Aws::WebSocketGateOptions TestWebSocketGate::gateSettings() const
{
    Aws::WebSocketGateOptions settings;
    settings.certificateFile = m_broker.pki().serverCert; // CN=localhost, SAN IP:127.0.0.1
    settings.privateKeyFile = m_broker.pki().serverKey;
    settings.brokerPort = m_broker.plainPort();
    settings.credentials.insert(KEY_ID, Aws::KnownCredential{SECRET, REGION, {}});
    settings.credentials.insert(TEMP_KEY_ID, Aws::KnownCredential{TEMP_SECRET, REGION, TOKEN});
    settings.maxBufferedBytes = 64 * 1024; // small, so that large payloads go through the back-pressure path
    return settings;
}

ConnectionOptions TestWebSocketGate::gateOptions(quint16 port, MqttVersion version) const
{
    auto parsed = ConnectionOptions::fromUrl(u"wss://127.0.0.1:%1/mqtt"_s.arg(port));
    ConnectionOptions options = *parsed;
    options.caFile = m_broker.pki().caCert;
    options.version = version;
    options.connectTimeoutSeconds = 5;
    options.sigV4 = signing(KEY_ID, SECRET, {}, REGION);
    return options;
}

bool TestWebSocketGate::connectAndWait(MqttSession& session, const ConnectionOptions& options)
{
    QSignalSpy errors(&session, &MqttSession::errorOccurred);
    if (!session.connectToBroker(options)) {
        qWarning() << "connect refused:" << session.lastErrorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (session.state() != SessionState::Connected && !deadline.hasExpired()) {
        if (!errors.isEmpty()) {
            qWarning() << "connect failed:" << errors.first().at(1).toString();
            return false;
        }
        QTest::qWait(10);
    }
    return session.state() == SessionState::Connected;
}

RawAnswer TestWebSocketGate::rawRequest(const QByteArray& target, const QByteArray& host) const
{
    // Blocking reads are fine here: the gate runs on its own thread.
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_broker.pki().caCert));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_gate.port());
    if (!socket.waitForEncrypted(5000)) {
        qWarning() << "TLS to the gate failed:" << socket.errorString();
        return {};
    }
    socket.write("GET " + target + " HTTP/1.1\r\nHost: " + host +
                 "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mqtt\r\n\r\n");
    QByteArray data;
    QDeadlineTimer deadline(5000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        data += socket.readAll();
    }
    data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    return end < 0 ? RawAnswer{data, {}} : RawAnswer{data.left(end), data.mid(end + 4)};
}

void TestWebSocketGate::roundTripThroughGate_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("temporary");
    QTest::addColumn<int>("payloadSize");
    QTest::newRow("MQTT 5, long-term key") << int(MqttVersion::V5) << false << 300;
    QTest::newRow("MQTT 3.1.1, session token") << int(MqttVersion::V3_1_1) << true << 70000;
    QTest::newRow("MQTT 5, 1 MB through 64 KB buffers") << int(MqttVersion::V5) << false << 1024 * 1024;
}

void TestWebSocketGate::roundTripThroughGate()
{
    QFETCH(int, version);
    QFETCH(bool, temporary);
    QFETCH(int, payloadSize);
    ConnectionOptions options = gateOptions(m_gate.port(), static_cast<MqttVersion>(version));
    if (temporary) {
        options.sigV4 = signing(TEMP_KEY_ID, TEMP_SECRET, TOKEN, REGION);
    }
    QSignalSpy accepted(&m_gate, &Aws::WebSocketGate::accepted);
    MqttSession session;
    QVERIFY(connectAndWait(session, options));
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().at(0).toString(), temporary ? TEMP_KEY_ID : KEY_ID);
    // The URL shown never carries the signature or the token.
    QCOMPARE(session.options().displayUrl(), u"wss://127.0.0.1:%1/mqtt"_s.arg(m_gate.port()));

    QSignalSpy subscribed(&session, &MqttSession::subscribed);
    QSignalSpy received(&session, &MqttSession::messagesReceived);
    QVERIFY(session.subscribe(u"gate/rt"_s, 1));
    QTRY_COMPARE(subscribed.size(), 1);
    QByteArray payload(payloadSize, Qt::Uninitialized);
    for (int i = 0; i < payloadSize; ++i) {
        payload[i] = static_cast<char>((i * 7 + i / 251) & 0xFF); // every byte value, no repeating frame pattern
    }
    session.publish(u"gate/rt"_s, payload, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 15000);
    const auto batch = received.first().at(0).value<QList<MqttMessage>>();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first().topic, u"gate/rt"_s);
    QCOMPARE(batch.first().payload.size(), payload.size());
    QVERIFY(batch.first().payload == payload);
    session.disconnectFromBroker();
    QTRY_COMPARE(session.state(), SessionState::Disconnected);
    QTRY_COMPARE(m_gate.activeConnections(), 0);
}

void TestWebSocketGate::refusalsOnTheWire_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("ageSeconds");     // the URL is signed this long ago (negative: in the future)
    QTest::addColumn<QString>("signedHost"); // empty: 127.0.0.1:<gate port>
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong secret") << u"not-the-secret"_s << 0 << QString() << u"signature_mismatch"_s
                                  << u"does not match"_s;
    QTest::newRow("expired date") << SECRET << 20 * 60 << QString() << u"signature_expired"_s
                                  << u"Signature expired: "_s;
    QTest::newRow("future date") << SECRET << -20 * 60 << QString() << u"signature_not_yet_current"_s
                                 << u"Signature not yet current"_s;
    QTest::newRow("host signed without the port")
        << SECRET << 0 << u"127.0.0.1"_s << u"signature_mismatch"_s << u"does not match"_s;
}

void TestWebSocketGate::refusalsOnTheWire()
{
    QFETCH(QString, secret);
    QFETCH(int, ageSeconds);
    QFETCH(QString, signedHost);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const QString host = u"127.0.0.1:%1"_s.arg(m_gate.port());
    Aws::PresignInput input;
    input.accessKeyId = KEY_ID;
    input.secretAccessKey = secret;
    input.region = REGION;
    input.host = signedHost.isEmpty() ? host : signedHost;
    input.signingTime = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
    const auto presigned = Aws::presignWebSocketUrl(input);
    QVERIFY(presigned.ok());
    const QByteArray url = presigned->url.toUtf8();
    const QByteArray target = url.mid(url.indexOf("/mqtt"));

    QSignalSpy refused(&m_gate, &Aws::WebSocketGate::refused);
    const quint64 refusedBefore = m_gate.refusedCount();
    const RawAnswer answer = rawRequest(target, host.toUtf8());
    QVERIFY2(answer.head.startsWith("HTTP/1.1 403 Forbidden\r\n"), answer.head.constData());
    QVERIFY(answer.head.contains("\r\nx-amzn-ErrorType: ForbiddenException:\r\n"));
    QVERIFY(answer.head.contains("\r\ncontent-type: application/json\r\n"));
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    QVERIFY2(body.value(u"message"_s).toString().contains(mentions), answer.body.constData());
    QVERIFY(!body.value(u"traceId"_s).toString().isEmpty());
    QVERIFY(!answer.body.contains(secret.toUtf8()));
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toString(), code);
    QCOMPARE(refused.first().at(1).toString(), body.value(u"message"_s).toString());
    QCOMPARE(m_gate.refusedCount(), refusedBefore + 1);
    // The client's explanation says what to do.
    const QString explained = Aws::explainRefusal(403, "ForbiddenException:", answer.body);
    QVERIFY(explained.contains(ageSeconds != 0 ? u"clock"_s : u":443"_s));
}

void TestWebSocketGate::refusalsThroughSession_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("mentions"); // in the session's error
    QTest::newRow("wrong secret") << KEY_ID << u"not-the-secret"_s << QString() << REGION << u"does not match"_s;
    QTest::newRow("unknown key") << u"AKIDUNKNOWN"_s << SECRET << QString() << REGION << u"AKIDUNKNOWN"_s;
    QTest::newRow("wrong token") << TEMP_KEY_ID << TEMP_SECRET << u"expired-token"_s << REGION
                                 << u"Refresh the temporary credentials"_s;
    QTest::newRow("wrong region") << KEY_ID << SECRET << QString() << u"us-east-1"_s << u"region"_s;
}

void TestWebSocketGate::refusalsThroughSession()
{
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, region);
    QFETCH(QString, mentions);
    ConnectionOptions options = gateOptions(m_gate.port());
    options.sigV4 = signing(keyId, secret, token, region);
    MqttSession session;
    QSignalSpy errors(&session, &MqttSession::errorOccurred);
    QSignalSpy refused(&m_gate, &Aws::WebSocketGate::refused);
    QVERIFY(session.connectToBroker(options));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000);
    const auto error = errors.first().at(0).value<SessionError>();
    const QString message = errors.first().at(1).toString();
    QCOMPARE(error, SessionError::NotAuthorized);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(message.contains(u"The server said (ForbiddenException)"_s), qPrintable(message));
    QVERIFY(!message.contains(secret));
    QVERIFY(token.isEmpty() || !message.contains(token));
    QCOMPARE(session.state(), SessionState::Disconnected);
    QVERIFY(!refused.isEmpty()); // Paho's attempt (and the diagnosis's) were refused by the gate
}

void TestWebSocketGate::reconnectSignsANewUrl()
{
    ConnectionOptions options = gateOptions(m_gate.port());
    options.reconnectMinMs = 200;
    options.reconnectMaxMs = 500;
    QSignalSpy accepted(&m_gate, &Aws::WebSocketGate::accepted);
    MqttSession session;
    QVERIFY(connectAndWait(session, options));
    QTRY_COMPARE(accepted.size(), 1);
    const QByteArray firstDate = accepted.first().at(1).toByteArray();
    QCOMPARE(m_gate.lastAcceptedAmzDate(), firstDate);
    QSignalSpy subscribed(&session, &MqttSession::subscribed);
    QVERIFY(session.subscribe(u"gate/reconnect"_s, 1));
    QTRY_COMPARE(subscribed.size(), 1);

    QTest::qWait(1100); // X-Amz-Date has one-second resolution: the next URL must carry a later one
    QSignalSpy states(&session, &MqttSession::stateChanged);
    m_gate.closeConnections(); // a network drop
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(SessionState::Reconnecting)}), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Connected, 15000);
    QTRY_COMPARE(accepted.size(), 2);
    const QByteArray secondDate = accepted.at(1).at(1).toByteArray();
    QVERIFY2(Aws::parseAmzDate(secondDate) > Aws::parseAmzDate(firstDate),
             qPrintable(u"%1 then %2"_s.arg(QString::fromLatin1(firstDate), QString::fromLatin1(secondDate))));

    // The subscription came back with the connection.
    QSignalSpy received(&session, &MqttSession::messagesReceived);
    QTRY_VERIFY(session.isSubscriptionActive(u"gate/reconnect"_s));
    session.publish(u"gate/reconnect"_s, "after", 1);
    QTRY_VERIFY(!received.isEmpty());
    QCOMPARE(received.first().at(0).value<QList<MqttMessage>>().first().payload, QByteArray("after"));
    session.disconnectFromBroker();
    QTRY_COMPARE(session.state(), SessionState::Disconnected);
}

void TestWebSocketGate::stopClosesEveryConnection()
{
    Aws::WebSocketGate gate;
    QSignalSpy listening(&gate, &Aws::WebSocketGate::listening);
    gate.start(gateSettings());
    QTRY_COMPARE(listening.size(), 1);
    ConnectionOptions options = gateOptions(gate.port());
    options.autoReconnect = false;
    MqttSession session;
    QVERIFY(connectAndWait(session, options));
    QCOMPARE(gate.activeConnections(), 1);
    QSignalSpy stopped(&gate, &Aws::WebSocketGate::stopped);
    QSignalSpy errors(&session, &MqttSession::errorOccurred);
    gate.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    QVERIFY(!gate.isRunning());
    QCOMPARE(gate.activeConnections(), 0);
    QCOMPARE(gate.port(), quint16(0));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Disconnected, 10000);
    QCOMPARE(errors.first().at(0).value<SessionError>(), SessionError::ConnectionLost);
}

void TestWebSocketGate::startErrors()
{
    Aws::WebSocketGate gate;
    QSignalSpy failed(&gate, &Aws::WebSocketGate::failed);
    QSignalSpy stopped(&gate, &Aws::WebSocketGate::stopped);
    Aws::WebSocketGateOptions settings = gateSettings();
    settings.certificateFile = m_broker.dir() + u"/missing.pem"_s;
    gate.start(settings);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"certificate_unreadable"_s);
    QVERIFY(failed.first().at(1).toString().contains(u"missing.pem"_s));
    QTRY_COMPARE(stopped.size(), 1);

    settings = gateSettings();
    settings.port = m_gate.port(); // taken by the suite's gate
    gate.start(settings);
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).toString(), u"port_unavailable"_s);
    QTRY_COMPARE(stopped.size(), 2);
}

QTEST_GUILESS_MAIN(TestWebSocketGate)
#include "TestWebSocketGate.moc"
