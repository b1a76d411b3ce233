// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MqttTypes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// ConnectionOptions: broker URL parsing (fromUrl, serverUri, displayUrl) and validate(). No network.
class TestConnectionOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setAddressKeepsTheRest();
    void fromUrl_data();
    void fromUrl();
    void fromUrlRejects_data();
    void fromUrlRejects();
    void defaults();
    void validate_data();
    void validate();

private:
    QTemporaryDir m_dir;
    QString m_file; ///< an existing, readable file (validate() only checks that TLS files exist)
};

void TestConnectionOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(u"file.pem"_s);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
}

void TestConnectionOptions::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("serverUri");
    QTest::addColumn<QString>("displayUrl");

    const int tcp = int(Transport::Tcp);
    const int tls = int(Transport::Tls);
    const int ws = int(Transport::WebSocket);
    const int wss = int(Transport::SecureWebSocket);

    // Schemes and their default ports.
    QTest::newRow("mqtt:// defaults to 1883")
        << u"mqtt://broker.example.com"_s << tcp << u"broker.example.com"_s << 1883 << QString() << QString()
        << QString() << u"tcp://broker.example.com:1883"_s << u"mqtt://broker.example.com:1883"_s;
    QTest::newRow("tcp:// (Paho) is mqtt://") << u"tcp://h"_s << tcp << u"h"_s << 1883 << QString() << QString()
                                              << QString() << u"tcp://h:1883"_s << u"mqtt://h:1883"_s;
    QTest::newRow("mqtts:// defaults to 8883") << u"mqtts://h"_s << tls << u"h"_s << 8883 << QString() << QString()
                                               << QString() << u"ssl://h:8883"_s << u"mqtts://h:8883"_s;
    QTest::newRow("ssl:// (Paho) is mqtts://") << u"ssl://h"_s << tls << u"h"_s << 8883 << QString() << QString()
                                               << QString() << u"ssl://h:8883"_s << u"mqtts://h:8883"_s;
    QTest::newRow("ws:// defaults to 80 and /mqtt") << u"ws://h"_s << ws << u"h"_s << 80 << u"/mqtt"_s << QString()
                                                    << QString() << u"ws://h:80/mqtt"_s << u"ws://h:80/mqtt"_s;
    QTest::newRow("wss:// defaults to 443 and /mqtt") << u"wss://h"_s << wss << u"h"_s << 443 << u"/mqtt"_s << QString()
                                                      << QString() << u"wss://h:443/mqtt"_s << u"wss://h:443/mqtt"_s;

    // Explicit ports, including the range ends.
    QTest::newRow("mqtt:// explicit port")
        << u"mqtt://127.0.0.1:1884"_s << tcp << u"127.0.0.1"_s << 1884 << QString() << QString() << QString()
        << u"tcp://127.0.0.1:1884"_s << u"mqtt://127.0.0.1:1884"_s;
    QTest::newRow("mqtts:// explicit port 443 (AWS IoT with ALPN)")
        << u"mqtts://a1b2c3-ats.iot.eu-west-1.amazonaws.com:443"_s << tls << u"a1b2c3-ats.iot.eu-west-1.amazonaws.com"_s
        << 443 << QString() << QString() << QString() << u"ssl://a1b2c3-ats.iot.eu-west-1.amazonaws.com:443"_s
        << u"mqtts://a1b2c3-ats.iot.eu-west-1.amazonaws.com:443"_s;
    QTest::newRow("port 1") << u"mqtt://h:1"_s << tcp << u"h"_s << 1 << QString() << QString() << QString()
                            << u"tcp://h:1"_s << u"mqtt://h:1"_s;
    QTest::newRow("port 65535") << u"mqtt://h:65535"_s << tcp << u"h"_s << 65535 << QString() << QString() << QString()
                                << u"tcp://h:65535"_s << u"mqtt://h:65535"_s;
    QTest::newRow("ws:// explicit port and path")
        << u"ws://127.0.0.1:9001/custom/path"_s << ws << u"127.0.0.1"_s << 9001 << u"/custom/path"_s << QString()
        << QString() << u"ws://127.0.0.1:9001/custom/path"_s << u"ws://127.0.0.1:9001/custom/path"_s;
    QTest::newRow("wss:// explicit port and /mqtt")
        << u"wss://h:8443/mqtt"_s << wss << u"h"_s << 8443 << u"/mqtt"_s << QString() << QString()
        << u"wss://h:8443/mqtt"_s << u"wss://h:8443/mqtt"_s;

    // IPv6 literals: the host is stored bare and bracketed again in URIs.
    QTest::newRow("IPv6 [::1] with port") << u"mqtt://[::1]:1883"_s << tcp << u"::1"_s << 1883 << QString() << QString()
                                          << QString() << u"tcp://[::1]:1883"_s << u"mqtt://[::1]:1883"_s;
    QTest::newRow("IPv6 [::1] default TLS port")
        << u"mqtts://[::1]"_s << tls << u"::1"_s << 8883 << QString() << QString() << QString() << u"ssl://[::1]:8883"_s
        << u"mqtts://[::1]:8883"_s;
    QTest::newRow("IPv6 on websockets") << u"ws://[fe80::1]:8080/ws"_s << ws << u"fe80::1"_s << 8080 << u"/ws"_s
                                        << QString() << QString() << u"ws://[fe80::1]:8080/ws"_s
                                        << u"ws://[fe80::1]:8080/ws"_s;

    // Credentials are taken from the URL and never shown in displayUrl() (serverUri() has none either).
    QTest::newRow("user:password@") << u"mqtt://alice:s3cret@h:1883"_s << tcp << u"h"_s << 1883 << QString()
                                    << u"alice"_s << u"s3cret"_s << u"tcp://h:1883"_s << u"mqtt://h:1883"_s;
    QTest::newRow("user@ only") << u"mqtts://alice@h"_s << tls << u"h"_s << 8883 << QString() << u"alice"_s << QString()
                                << u"ssl://h:8883"_s << u"mqtts://h:8883"_s;
    QTest::newRow("percent-encoded password")
        << u"wss://bob:p%40ss%3Aword@h/mqtt"_s << wss << u"h"_s << 443 << u"/mqtt"_s << u"bob"_s << u"p@ss:word"_s
        << u"wss://h:443/mqtt"_s << u"wss://h:443/mqtt"_s;

    // Tolerated spellings.
    QTest::newRow("upper-case scheme and host")
        << u"MQTTS://Broker.Example.COM"_s << tls << u"broker.example.com"_s << 8883 << QString() << QString()
        << QString() << u"ssl://broker.example.com:8883"_s << u"mqtts://broker.example.com:8883"_s;
    QTest::newRow("surrounding spaces") << u"  mqtt://h:1883 \n"_s << tcp << u"h"_s << 1883 << QString() << QString()
                                        << QString() << u"tcp://h:1883"_s << u"mqtt://h:1883"_s;
    QTest::newRow("trailing slash on mqtt://") << u"mqtt://h/"_s << tcp << u"h"_s << 1883 << QString() << QString()
                                               << QString() << u"tcp://h:1883"_s << u"mqtt://h:1883"_s;
}

void TestConnectionOptions::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(int, transport);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, serverUri);
    QFETCH(QString, displayUrl);

    const Result<ConnectionOptions> parsed = ConnectionOptions::fromUrl(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    const ConnectionOptions& options = *parsed;
    QCOMPARE(int(options.transport), transport);
    QCOMPARE(options.host, host);
    QCOMPARE(int(options.port), port);
    QCOMPARE(options.path, path);
    QCOMPARE(options.username, username);
    QCOMPARE(options.password, password);
    QCOMPARE(options.usesTls(), transport == int(Transport::Tls) || transport == int(Transport::SecureWebSocket));
    QCOMPARE(options.serverUri(), serverUri);
    QCOMPARE(options.displayUrl(), displayUrl);
    if (!password.isEmpty()) {
        QVERIFY(!options.displayUrl().contains(password));
        QVERIFY(!options.serverUri().contains(password));
    }
    if (!username.isEmpty()) {
        QVERIFY(!options.displayUrl().contains(username + u'@'));
    }
    // Whatever the URL, a parsed result with no TLS files is a valid combination.
    const Result<void> valid = options.validate();
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
    // displayUrl() is itself a URL that parses back to the same endpoint.
    const Result<ConnectionOptions> again = ConnectionOptions::fromUrl(options.displayUrl());
    QVERIFY(again.ok());
    QCOMPARE(again->serverUri(), serverUri);
}

void TestConnectionOptions::fromUrlRejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("messageParts"); // the message says what is wrong and what to write instead

    QTest::newRow("empty") << QString() << QStringList{u"No broker URL given"_s, u"mqtts://"_s};
    QTest::newRow("only spaces") << u"   "_s << QStringList{u"No broker URL given"_s};
    QTest::newRow("no scheme") << u"localhost:1883"_s
                               << QStringList{u"“localhost:1883” has no scheme"_s, u"mqtt://localhost:1883"_s,
                                              u"mqtts://localhost:1883"_s};
    QTest::newRow("no scheme, bare host")
        << u"broker.example.com"_s << QStringList{u"has no scheme"_s, u"mqtt://broker.example.com"_s};
    QTest::newRow("unknown scheme http") << u"http://broker.example.com"_s
                                         << QStringList{u"Unsupported scheme “http://”"_s, u"mqtts://"_s};
    QTest::newRow("unknown scheme amqp") << u"amqp://h:5672"_s << QStringList{u"Unsupported scheme “amqp://”"_s};
    QTest::newRow("empty host") << u"mqtt://"_s << QStringList{u"has no host name"_s, u"mqtt://broker.example.com"_s};
    QTest::newRow("empty host with port") << u"mqtts://:8883"_s << QStringList{u"has no host name"_s};
    QTest::newRow("port 0") << u"mqtt://h:0"_s << QStringList{u"Port 0 is out of range"_s, u"between 1 and 65535"_s};
    QTest::newRow("port 65536") << u"mqtt://h:65536"_s << QStringList{u"out of range"_s};
    QTest::newRow("port 99999") << u"mqtts://h:99999"_s << QStringList{u"out of range"_s};
    QTest::newRow("port not a number") << u"mqtt://h:abc"_s << QStringList{u"not a valid URL"_s};
    QTest::newRow("path on mqtt://") << u"mqtt://h/mqtt"_s
                                     << QStringList{u"A path (“/mqtt”) only makes sense for ws:// and wss://"_s,
                                                    u"Remove it"_s};
    QTest::newRow("path on mqtts://") << u"mqtts://h:8883/a/b"_s << QStringList{u"“/a/b”"_s, u"ws:// and wss://"_s};
}

void TestConnectionOptions::fromUrlRejects()
{
    QFETCH(QString, url);
    QFETCH(QStringList, messageParts);
    const Result<ConnectionOptions> parsed = ConnectionOptions::fromUrl(url);
    QVERIFY2(!parsed.ok(), qPrintable(url));
    QCOMPARE(parsed.error().code, u"invalid_options"_s);
    for (const QString& part : messageParts) {
        QVERIFY2(parsed.error().message.contains(part),
                 qPrintable(u"“%1” not in: %2"_s.arg(part, parsed.error().message)));
    }
}

void TestConnectionOptions::defaults()
{
    const ConnectionOptions options;
    QCOMPARE(options.transport, Transport::Tcp);
    QCOMPARE(options.host, u"127.0.0.1"_s);
    QCOMPARE(int(options.port), 1883);
    QCOMPARE(options.version, MqttVersion::V5);
    QCOMPARE(options.keepAliveSeconds, 60);
    QVERIFY(options.cleanStart);
    QVERIFY(!options.insecure);
    QVERIFY(!options.will);
    QVERIFY(options.validate().ok());
    QCOMPARE(options.serverUri(), u"tcp://127.0.0.1:1883"_s);
    // A URL's parse keeps every other field at its default.
    const ConnectionOptions parsed = *ConnectionOptions::fromUrl(u"mqtts://h"_s);
    QCOMPARE(parsed.version, MqttVersion::V5);
    QCOMPARE(parsed.keepAliveSeconds, 60);
    QVERIFY(parsed.caFile.isEmpty());
    QVERIFY(parsed.clientId.isEmpty());
}

void TestConnectionOptions::validate_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("code");        // empty: valid
    QTest::addColumn<QString>("messagePart"); // what the message must say

    const QString invalid = u"invalid_options"_s;
    QTest::newRow("valid: mutual TLS files on mqtts://") << u"mtls"_s << QString() << QString();
    QTest::newRow("valid: encrypted key with passphrase on wss://") << u"wss-mtls"_s << QString() << QString();
    QTest::newRow("CA file on mqtt://") << u"plain-ca"_s << invalid << u"given for a plain connection"_s;
    QTest::newRow("client certificate on ws://") << u"ws-cert"_s << invalid << u"Use an mqtts:// or wss:// URL"_s;
    QTest::newRow("ALPN on mqtt://") << u"plain-alpn"_s << invalid << u"TLS files or ALPN"_s;
    QTest::newRow("certificate without key")
        << u"cert-no-key"_s << invalid << u"client certificate was given without its private key"_s;
    QTest::newRow("key without certificate")
        << u"key-no-cert"_s << invalid << u"private key was given without a client certificate"_s;
    QTest::newRow("missing CA file") << u"missing-ca"_s << u"file_not_found"_s << u"does not exist. Check the path"_s;
    QTest::newRow("missing key file") << u"missing-key"_s << u"file_not_found"_s << u"The private key “"_s;
    QTest::newRow("folder instead of certificate file")
        << u"cert-is-folder"_s << u"file_unreadable"_s << u"is a folder. Choose the file inside it"_s;
    QTest::newRow("empty ALPN name") << u"alpn-empty"_s << invalid << u"ALPN protocol names must be 1 to 255 bytes"_s;
    QTest::newRow("ALPN name of 256 bytes") << u"alpn-long"_s << invalid << u"1 to 255 bytes"_s;
    QTest::newRow("valid: ALPN name of 255 bytes") << u"alpn-255"_s << QString() << QString();
    QTest::newRow("keep-alive -1") << u"keepalive-negative"_s << invalid << u"between 0 and 65535"_s;
    QTest::newRow("keep-alive 65536") << u"keepalive-big"_s << invalid << u"Keep-alive must be between"_s;
    QTest::newRow("valid: keep-alive 0 and 65535") << u"keepalive-ends"_s << QString() << QString();
    QTest::newRow("session expiry on MQTT 3.1.1")
        << u"expiry-311"_s << invalid << u"Session expiry is an MQTT 5 feature"_s;
    QTest::newRow("valid: session expiry on MQTT 5") << u"expiry-5"_s << QString() << QString();
    QTest::newRow("password without user name on MQTT 3.1.1")
        << u"password-311"_s << invalid << u"does not allow a password without a user name"_s;
    QTest::newRow("valid: password without user name on MQTT 5") << u"password-5"_s << QString() << QString();
    QTest::newRow("will topic with a wildcard") << u"will-wildcard"_s << invalid << u"Last will topic:"_s;
    QTest::newRow("empty will topic") << u"will-empty"_s << invalid << u"Last will topic:"_s;
    QTest::newRow("will QoS 3") << u"will-qos"_s << invalid << u"Last will QoS must be 0, 1 or 2"_s;
    QTest::newRow("valid: retained will") << u"will-ok"_s << QString() << QString();
    QTest::newRow("empty host") << u"no-host"_s << invalid << u"No broker host given"_s;
    QTest::newRow("port 0") << u"port-0"_s << invalid << u"Port 0 is not valid"_s;
    QTest::newRow("client id over 65535 bytes") << u"client-id-long"_s << invalid << u"client id is too long"_s;
    QTest::newRow("reconnect minimum 0") << u"reconnect-zero"_s << invalid << u"Reconnect delays must be positive"_s;
    QTest::newRow("reconnect maximum below minimum")
        << u"reconnect-inverted"_s << invalid << u"maximum at least the minimum"_s;
}

void TestConnectionOptions::validate()
{
    QFETCH(QString, setup);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    ConnectionOptions options = *ConnectionOptions::fromUrl(u"mqtts://localhost:8883"_s);
    if (setup == u"mtls"_s) {
        options.caFile = m_file;
        options.certFile = m_file;
        options.keyFile = m_file;
    } else if (setup == u"wss-mtls"_s) {
        options = *ConnectionOptions::fromUrl(u"wss://localhost/mqtt"_s);
        options.caFile = m_file;
        options.certFile = m_file;
        options.keyFile = m_file;
        options.passphrase = u"secret"_s;
        options.alpn = {u"x-amzn-mqtt-ca"_s};
    } else if (setup == u"plain-ca"_s) {
        options = *ConnectionOptions::fromUrl(u"mqtt://localhost"_s);
        options.caFile = m_file;
    } else if (setup == u"ws-cert"_s) {
        options = *ConnectionOptions::fromUrl(u"ws://localhost"_s);
        options.certFile = m_file;
        options.keyFile = m_file;
    } else if (setup == u"plain-alpn"_s) {
        options = *ConnectionOptions::fromUrl(u"mqtt://localhost"_s);
        options.alpn = {u"mqtt"_s};
    } else if (setup == u"cert-no-key"_s) {
        options.certFile = m_file;
    } else if (setup == u"key-no-cert"_s) {
        options.keyFile = m_file;
    } else if (setup == u"missing-ca"_s) {
        options.caFile = m_dir.filePath(u"no-such-ca.pem"_s);
    } else if (setup == u"missing-key"_s) {
        options.certFile = m_file;
        options.keyFile = m_dir.filePath(u"no-such.key"_s);
    } else if (setup == u"cert-is-folder"_s) {
        options.certFile = m_dir.path();
        options.keyFile = m_file;
    } else if (setup == u"alpn-empty"_s) {
        options.alpn = {u"x-amzn-mqtt-ca"_s, QString()};
    } else if (setup == u"alpn-long"_s) {
        options.alpn = {QString(256, u'a')};
    } else if (setup == u"alpn-255"_s) {
        options.alpn = {QString(255, u'a')};
    } else if (setup == u"keepalive-negative"_s) {
        options.keepAliveSeconds = -1;
    } else if (setup == u"keepalive-big"_s) {
        options.keepAliveSeconds = 65536;
    } else if (setup == u"keepalive-ends"_s) {
        options.keepAliveSeconds = 0;
        QVERIFY(options.validate().ok());
        options.keepAliveSeconds = 65535;
    } else if (setup == u"expiry-311"_s) {
        options.version = MqttVersion::V3_1_1;
        options.cleanStart = false;
        options.sessionExpirySeconds = 60;
    } else if (setup == u"expiry-5"_s) {
        options.cleanStart = false;
        options.sessionExpirySeconds = 0xFFFFFFFF;
    } else if (setup == u"password-311"_s) {
        options.version = MqttVersion::V3_1_1;
        options.password = u"secret"_s;
    } else if (setup == u"password-5"_s) {
        options.password = u"secret"_s;
    } else if (setup == u"will-wildcard"_s) {
        options.will = LastWill{u"devices/+/status"_s, "offline", 1, false};
    } else if (setup == u"will-empty"_s) {
        options.will = LastWill{QString(), "offline", 0, false};
    } else if (setup == u"will-qos"_s) {
        options.will = LastWill{u"devices/d1/status"_s, "offline", 3, false};
    } else if (setup == u"will-ok"_s) {
        options.will = LastWill{u"devices/d1/status"_s, "offline", 2, true};
    } else if (setup == u"no-host"_s) {
        options.host.clear();
    } else if (setup == u"port-0"_s) {
        options.port = 0;
    } else if (setup == u"client-id-long"_s) {
        options.clientId = QString(65536, u'c');
    } else if (setup == u"reconnect-zero"_s) {
        options.reconnectMinMs = 0;
    } else if (setup == u"reconnect-inverted"_s) {
        options.reconnectMinMs = 5000;
        options.reconnectMaxMs = 1000;
    } else {
        QFAIL("unknown setup");
    }

    const Result<void> result = options.validate();
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        return;
    }
    QVERIFY2(!result.ok(), "validate() accepted an invalid combination");
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(messagePart),
             qPrintable(u"“%1” not in: %2"_s.arg(messagePart, result.error().message)));
    // Secrets never appear in a message.
    QVERIFY(!result.error().message.contains(u"secret"_s));
}

void TestConnectionOptions::setAddressKeepsTheRest()
{
    ConnectionOptions options = ConnectionOptions::fromUrl(QStringLiteral("mqtts://a.example:8883")).value();
    options.caFile = QStringLiteral("/ca.pem");
    options.clientId = QStringLiteral("kept");
    options.username = QStringLiteral("alice");
    options.setAddress(ConnectionOptions::fromUrl(QStringLiteral("wss://b.example:443/mqtt")).value());
    QCOMPARE(options.transport, Transport::SecureWebSocket);
    QCOMPARE(options.host, QStringLiteral("b.example"));
    QCOMPARE(options.port, quint16(443));
    QCOMPARE(options.path, QStringLiteral("/mqtt"));
    QCOMPARE(options.caFile, QStringLiteral("/ca.pem"));
    QCOMPARE(options.clientId, QStringLiteral("kept"));
    QCOMPARE(options.username, QStringLiteral("alice")); // the URL had no user name
    options.setAddress(ConnectionOptions::fromUrl(QStringLiteral("mqtt://bob:pw@c.example")).value());
    QCOMPARE(options.username, QStringLiteral("bob"));
    QCOMPARE(options.password, QStringLiteral("pw"));
    QCOMPARE(options.port, quint16(1883));
}

QTEST_GUILESS_MAIN(TestConnectionOptions)
#include "TestConnectionOptions.moc"
