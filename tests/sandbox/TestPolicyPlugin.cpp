// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The sandbox broker's policy plugin in a real mosquitto over real mutual TLS on 127.0.0.1: what clients see on the
// wire when AWS IoT policies refuse them (specs/aws-iot-policy.md §6, §8), the decision log, registry reloads without
// a restart, and the "AWS MQTT 3.1.1 behaviour" switch. Clients are mosquitto_pub/mosquitto_sub with -d, so the
// exact CONNACK, PUBACK and SUBACK codes are checked.

#include "certs/CertificateFile.h"
#include "mqtt/MqttSession.h"
#include "policy/Registry.h"
#include "support/BrokerFixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const std::string ARN = "arn:aws:iot:us-east-1:123456789012:";

std::string policy(const std::string& statements)
{
    return R"({"Version":"2012-10-17","Statement":[)" + statements + "]}";
}

// (No raw strings holding a slash-star here: moc would take it for the start of a comment.)
std::string statement(const std::string& effect, const std::string& action, const std::string& resource)
{
    return "{\"Effect\":\"" + effect + "\",\"Action\":\"" + action + "\",\"Resource\":\"" + ARN + resource + "\"}";
}

std::string allow(const std::string& action, const std::string& resource)
{
    return statement("Allow", action, resource);
}

const std::string DEVICE_POLICY = policy(allow("iot:Connect", "client/${iot:Connection.Thing.ThingName}") + "," +
                                         allow("iot:Publish", "topic/devices/${iot:ClientId}/*") + "," +
                                         allow("iot:Subscribe", "topicfilter/devices/${iot:ClientId}/*") + "," +
                                         allow("iot:Receive", "topic/devices/${iot:ClientId}/*") + "," +
                                         statement("Deny", "iot:Receive", "topic/devices/*/secret"));

struct Run
{
    int exitCode = -1;
    QByteArray output; ///< stdout and stderr (-d debug lines)
};

} // namespace

class TestPolicyPlugin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectIsDecidedByThePolicy();
    void publishAndSubscribeDenialsOnTheWire();
    void receiveIsCheckedPerMessage();
    void registryChangesApplyWithoutARestart();
    void aws311SwitchClosesTheConnection();
    void clientsWithoutCertificatesAreNotPoliced();
    void lifecycleEventsAsAwsPublishesThem();

private:
    Run client(const char* program, const QStringList& args, int timeoutMs = 10000) const;
    QStringList tls(const QString& clientId, int version = 4) const;
    void writeRegistry(const std::function<void(Policy::Registry&)>& change);
    QByteArray decisionLog() const;
    bool startBroker(BrokerFixture& broker, bool aws311Disconnect);

    QTemporaryDir m_dir;
    BrokerFixture m_broker;
    QString m_registry;
    QString m_log;
    std::string m_certificateId;
};

bool TestPolicyPlugin::startBroker(BrokerFixture& broker, bool aws311Disconnect)
{
    BrokerFixture::Options options;
    options.extraConfig = {u"plugin "_s + QStringLiteral(THINGBENCH_POLICY_PLUGIN),
                           u"plugin_opt_registry "_s + m_registry, u"plugin_opt_decision_log "_s + m_log,
                           u"plugin_opt_aws_mqtt311_disconnect "_s + (aws311Disconnect ? u"true"_s : u"false"_s)};
    return broker.start(options);
}

void TestPolicyPlugin::initTestCase()
{
    m_registry = m_dir.filePath(u"registry.json"_s);
    m_log = m_dir.filePath(u"decisions.jsonl"_s);
    QVERIFY2(startBroker(m_broker, false), qPrintable(m_broker.error()));
    const auto certificate = Certs::loadFile(m_broker.pki().clientCert);
    QVERIFY(certificate && !certificate->certificates.isEmpty());
    m_certificateId = certificate->certificates.constFirst().awsCertificateId().toStdString();
    writeRegistry([&](Policy::Registry& r) {
        QVERIFY(!r.createThing("dev-1", "", {}));
        QVERIFY(!r.registerCertificate(m_certificateId, "", Policy::CertificateStatus::Active, 0));
        QVERIFY(!r.createPolicy("device", DEVICE_POLICY, 0));
        QVERIFY(!r.attachPolicy("device", m_certificateId));
        QVERIFY(!r.attachThingPrincipal("dev-1", m_certificateId));
    });
}

void TestPolicyPlugin::writeRegistry(const std::function<void(Policy::Registry&)>& change)
{
    const auto error = Policy::Registry::update(m_registry.toStdString(), [&](Policy::Registry& r) {
        change(r);
        return std::optional<std::string>();
    });
    QVERIFY2(!error, error ? error->c_str() : "");
    // The plugin reloads on its next tick: wait until a connect sees the change (bounded).
    QTest::qWait(1200);
}

Run TestPolicyPlugin::client(const char* program, const QStringList& args, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromLatin1(program), args);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.terminate();
        process.waitForFinished(3000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    return run;
}

QStringList TestPolicyPlugin::tls(const QString& clientId, int version) const
{
    return {u"-h"_s,       u"localhost"_s,
            u"-p"_s,       QString::number(m_broker.mtlsPort()),
            u"--cafile"_s, m_broker.pki().caCert,
            u"--cert"_s,   m_broker.pki().clientCert,
            u"--key"_s,    m_broker.pki().clientKey,
            u"-i"_s,       clientId,
            u"-V"_s,       version == 5 ? u"5"_s : u"311"_s,
            u"-d"_s};
}

QByteArray TestPolicyPlugin::decisionLog() const
{
    QFile file(m_log);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPolicyPlugin::connectIsDecidedByThePolicy()
{
    Run run =
        client(MOSQUITTO_PUB_EXECUTABLE, tls(u"dev-1"_s) + QStringList{u"-t"_s, u"devices/dev-1/a"_s, u"-m"_s, u"x"_s});
    QVERIFY2(run.output.contains("received CONNACK (0)"), run.output.constData());
    // Another client ID binds no thing: ${iot:Connection.Thing.ThingName} is unresolved, so Connect is denied.
    run = client(MOSQUITTO_PUB_EXECUTABLE, tls(u"intruder"_s) + QStringList{u"-t"_s, u"a"_s, u"-m"_s, u"x"_s});
    QVERIFY2(run.output.contains("received CONNACK (5)"), run.output.constData()); // 3.1.1: not authorised
    run = client(MOSQUITTO_PUB_EXECUTABLE, tls(u"intruder"_s, 5) + QStringList{u"-t"_s, u"a"_s, u"-m"_s, u"x"_s});
    QVERIFY2(run.output.contains("received CONNACK (135)"), run.output.constData()); // MQTT 5: 0x87
    QTest::qWait(1200); // the log is written out on the broker's tick
    const QByteArray log = decisionLog();
    QVERIFY2(log.contains("\"clientId\":\"intruder\""), log.constData());
    QVERIFY(log.contains("no registry thing is named as the client ID"));
    const QByteArray certificate = "\"certificateId\":\"" + QByteArray(m_certificateId.c_str());
    QVERIFY(log.contains(certificate));
}

void TestPolicyPlugin::publishAndSubscribeDenialsOnTheWire()
{
    const QStringList qos1 = {u"-q"_s, u"1"_s, u"-m"_s, u"x"_s};
    Run run = client(MOSQUITTO_PUB_EXECUTABLE, tls(u"dev-1"_s, 5) + QStringList{u"-t"_s, u"devices/other/a"_s} + qos1);
    QVERIFY2(run.output.contains("received PUBACK (Mid: 1, RC:135)"), run.output.constData());
    run = client(MOSQUITTO_PUB_EXECUTABLE, tls(u"dev-1"_s, 5) + QStringList{u"-t"_s, u"devices/dev-1/a"_s} + qos1);
    // Allowed: 16 is "no matching subscribers", which mosquitto (unlike AWS, §8) sends on MQTT 5.
    QVERIFY2(run.output.contains("received PUBACK (Mid: 1, RC:16)"), run.output.constData());
    // Retained needs iot:RetainPublish too, which the policy does not grant.
    run = client(MOSQUITTO_PUB_EXECUTABLE,
                 tls(u"dev-1"_s, 5) + QStringList{u"-t"_s, u"devices/dev-1/a"_s, u"-r"_s} + qos1);
    QVERIFY2(run.output.contains("received PUBACK (Mid: 1, RC:135)"), run.output.constData());
    // Subscribe: per filter, as sent (+ and # are plain characters in policies).
    const QStringList subscribe = {u"-t"_s, u"devices/dev-1/a"_s, u"-t"_s, u"devices/#"_s, u"-W"_s, u"1"_s};
    run = client(MOSQUITTO_SUB_EXECUTABLE, tls(u"dev-1"_s) + subscribe);
    QVERIFY2(run.output.contains("received SUBACK") && run.output.contains("Subscribed (mid: 1): 0, 128"),
             run.output.constData());
    run = client(MOSQUITTO_SUB_EXECUTABLE, tls(u"dev-1"_s, 5) + subscribe);
    QVERIFY2(run.output.contains("Subscribed (mid: 1): 0, 135"), run.output.constData());
}

void TestPolicyPlugin::receiveIsCheckedPerMessage()
{
    // dev-1 may receive devices/dev-1/*, but the Deny on devices/*/secret wins: that one is never delivered.
    MqttSession session;
    ConnectionOptions options = m_broker.mtlsOptions();
    options.clientId = u"dev-1"_s;
    options.version = MqttVersion::V3_1_1;
    QSignalSpy subscribed(&session, &MqttSession::subscribed);
    QList<MqttMessage> received;
    connect(&session, &MqttSession::messagesReceived, this,
            [&](const QList<MqttMessage>& batch) { received += batch; });
    QVERIFY(session.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Connected, 10000);
    QVERIFY(session.subscribe(u"devices/dev-1/+"_s, 1));
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 10000);
    const QStringList plain = {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_broker.plainPort()),
                               u"-q"_s, u"1"_s};
    // In this order from one publisher: when "open" has arrived, "secret" would have arrived before it.
    QCOMPARE(client(MOSQUITTO_PUB_EXECUTABLE, plain + QStringList{u"-t"_s, u"devices/dev-1/secret"_s, u"-m"_s, u"s"_s})
                 .exitCode,
             0);
    QCOMPARE(client(MOSQUITTO_PUB_EXECUTABLE, plain + QStringList{u"-t"_s, u"devices/dev-1/open"_s, u"-m"_s, u"o"_s})
                 .exitCode,
             0);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.constFirst().topic, u"devices/dev-1/open"_s);
    session.disconnectFromBroker();
    QTest::qWait(1200);
    const QByteArray denied = "\"action\":\"iot:Receive\",\"resource\":\"" + QByteArray(ARN.c_str()) +
        "topic/devices/dev-1/secret\",\"decision\":\"EXPLICIT_DENY\"";
    QVERIFY(decisionLog().contains(denied));
}

void TestPolicyPlugin::registryChangesApplyWithoutARestart()
{
    const QStringList publish = {u"-t"_s, u"devices/dev-1/a"_s, u"-m"_s, u"x"_s};
    writeRegistry([&](Policy::Registry& r) {
        QVERIFY(!r.updateCertificate(m_certificateId, Policy::CertificateStatus::Inactive));
    });
    Run run = client(MOSQUITTO_PUB_EXECUTABLE, tls(u"dev-1"_s) + publish);
    QVERIFY2(run.output.contains("received CONNACK (5)"), run.output.constData());
    writeRegistry([&](Policy::Registry& r) {
        QVERIFY(!r.updateCertificate(m_certificateId, Policy::CertificateStatus::Active));
    });
    run = client(MOSQUITTO_PUB_EXECUTABLE, tls(u"dev-1"_s) + publish);
    QVERIFY2(run.output.contains("received CONNACK (0)"), run.output.constData());
    QVERIFY(decisionLog().contains("is INACTIVE: AWS IoT refuses its connections"));
}

void TestPolicyPlugin::aws311SwitchClosesTheConnection()
{
    BrokerFixture broker; // its own PKI: its client certificate is registered here too
    QVERIFY2(startBroker(broker, true), qPrintable(broker.error()));
    const auto certificate = Certs::loadFile(broker.pki().clientCert);
    QVERIFY(certificate);
    const std::string id = certificate->certificates.constFirst().awsCertificateId().toStdString();
    writeRegistry([&](Policy::Registry& r) {
        QVERIFY(!r.registerCertificate(id, "", Policy::CertificateStatus::Active, 0));
        QVERIFY(!r.attachPolicy("device", id));
        QVERIFY(!r.attachThingPrincipal("dev-1", id));
    });
    MqttSession session;
    ConnectionOptions options = broker.mtlsOptions();
    options.clientId = u"dev-1"_s;
    options.version = MqttVersion::V3_1_1;
    options.autoReconnect = false;
    QVERIFY(session.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Connected, 10000);
    session.publish(u"devices/dev-1/fine"_s, "ok", 1);
    QTest::qWait(1500); // an allowed publish keeps the connection
    QCOMPARE(session.state(), SessionState::Connected);
    session.publish(u"not/mine"_s, "denied", 1);
    // AWS closes a 3.1.1 connection on a denied publish; the plugin does it on the broker's next tick.
    QTRY_VERIFY_WITH_TIMEOUT(session.state() != SessionState::Connected, 5000);
}

void TestPolicyPlugin::clientsWithoutCertificatesAreNotPoliced()
{
    const QStringList plain = {u"-h"_s,
                               u"127.0.0.1"_s,
                               u"-p"_s,
                               QString::number(m_broker.plainPort()),
                               u"-d"_s,
                               u"-V"_s,
                               u"5"_s,
                               u"-q"_s,
                               u"1"_s,
                               u"-t"_s,
                               u"anything/at/all"_s,
                               u"-m"_s,
                               u"x"_s};
    const Run run = client(MOSQUITTO_PUB_EXECUTABLE, plain);
    QVERIFY2(run.output.contains("received PUBACK (Mid: 1, RC:0)") || run.output.contains("RC:16"),
             run.output.constData());
}

void TestPolicyPlugin::lifecycleEventsAsAwsPublishesThem()
{
    // An observer without a certificate (not policed) on the plain listener sees the events of policed clients.
    MqttSession observer;
    ConnectionOptions options = *ConnectionOptions::fromUrl(m_broker.plainUrl());
    options.clientId = u"observer"_s;
    QSignalSpy subscribed(&observer, &MqttSession::subscribed);
    QList<QJsonObject> events;
    QStringList topics;
    connect(&observer, &MqttSession::messagesReceived, this, [&](const QList<MqttMessage>& batch) {
        for (const MqttMessage& message : batch) {
            topics << message.topic;
            events << QJsonDocument::fromJson(message.payload).object();
        }
    });
    QVERIFY(observer.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(observer.state(), SessionState::Connected, 10000);
    QVERIFY(observer.subscribe(u"$aws/events/#"_s, 1));
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 10000);

    // dev-1 connects, subscribes to an allowed and a denied filter, unsubscribes, and disconnects cleanly.
    const Run run = client(MOSQUITTO_SUB_EXECUTABLE,
                           tls(u"dev-1"_s) +
                               QStringList{u"-t"_s, u"devices/dev-1/a"_s, u"-t"_s, u"devices/#"_s, u"-U"_s,
                                           u"devices/dev-1/a"_s, u"-W"_s, u"1"_s});
    QVERIFY2(run.output.contains("received CONNACK (0)"), run.output.constData());
    // A refused client gets no events.
    client(MOSQUITTO_PUB_EXECUTABLE, tls(u"intruder"_s) + QStringList{u"-t"_s, u"a"_s, u"-m"_s, u"x"_s});
    QTRY_VERIFY_WITH_TIMEOUT(topics.contains(u"$aws/events/presence/disconnected/dev-1"_s), 10000);
    QTest::qWait(1200);
    QCOMPARE(
        topics,
        (QStringList{u"$aws/events/presence/connected/dev-1"_s, u"$aws/events/subscriptions/subscribed/dev-1"_s,
                     u"$aws/events/subscriptions/unsubscribed/dev-1"_s, u"$aws/events/presence/disconnected/dev-1"_s}));
    const QJsonObject connected = events.at(0);
    QCOMPARE(connected.value(u"clientId"_s).toString(), u"dev-1"_s);
    QCOMPARE(connected.value(u"eventType"_s).toString(), u"connected"_s);
    QCOMPARE(connected.value(u"principalIdentifier"_s).toString(), QString::fromStdString(m_certificateId));
    QCOMPARE(connected.value(u"ipAddress"_s).toString(), u"127.0.0.1"_s);
    QVERIFY(qAbs(connected.value(u"timestamp"_s).toDouble() - double(QDateTime::currentMSecsSinceEpoch())) < 60000);
    const QString session = connected.value(u"sessionIdentifier"_s).toString();
    QCOMPARE(session.size(), 32);
    QCOMPARE(events.at(1).value(u"topics"_s).toArray(), QJsonArray{u"devices/dev-1/a"_s}); // the denied one is not
    QCOMPARE(events.at(2).value(u"eventType"_s).toString(), u"unsubscribed"_s);
    const QJsonObject disconnected = events.at(3);
    QCOMPARE(disconnected.value(u"disconnectReason"_s).toString(), u"CLIENT_INITIATED_DISCONNECT"_s);
    QCOMPARE(disconnected.value(u"clientInitiatedDisconnect"_s).toBool(), true);
    QCOMPARE(disconnected.value(u"sessionIdentifier"_s).toString(), session);
    QCOMPARE(disconnected.value(u"versionNumber"_s), connected.value(u"versionNumber"_s));

    // A second connection with the same client ID takes it over: DUPLICATE_CLIENTID for the first one.
    topics.clear();
    events.clear();
    MqttSession first;
    ConnectionOptions device = m_broker.mtlsOptions();
    device.clientId = u"dev-1"_s;
    device.version = MqttVersion::V3_1_1;
    device.autoReconnect = false;
    QVERIFY(first.connectToBroker(device));
    QTRY_COMPARE_WITH_TIMEOUT(first.state(), SessionState::Connected, 10000);
    QVERIFY2(
        client(MOSQUITTO_PUB_EXECUTABLE, tls(u"dev-1"_s) + QStringList{u"-t"_s, u"devices/dev-1/a"_s, u"-m"_s, u"x"_s})
            .output.contains("CONNACK (0)"),
        "second connection refused");
    QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 4, 10000);
    const auto reasonOf = [&](const QString& sessionId) {
        for (const QJsonObject& event : events) {
            if (event.value(u"eventType"_s) == u"disconnected"_s && event.value(u"sessionIdentifier"_s) == sessionId) {
                return event.value(u"disconnectReason"_s).toString();
            }
        }
        return QString();
    };
    QCOMPARE(events.at(0).value(u"eventType"_s).toString(), u"connected"_s);
    QCOMPARE(reasonOf(events.at(0).value(u"sessionIdentifier"_s).toString()), u"DUPLICATE_CLIENTID"_s);
    QVERIFY(events.at(1).value(u"versionNumber"_s).toInteger() > events.at(0).value(u"versionNumber"_s).toInteger());
    first.disconnectFromBroker();

    // A client that dies without DISCONNECT: its Will goes out (iot:Publish allows it) and the reason says so.
    QVERIFY(observer.subscribe(u"devices/#"_s, 1));
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, 10000);
    QTest::qWait(1200);
    topics.clear();
    events.clear();
    QProcess dying;
    dying.start(QStringLiteral(MOSQUITTO_PUB_EXECUTABLE),
                tls(u"dev-1"_s) +
                    QStringList{u"-t"_s, u"devices/dev-1/a"_s, u"-l"_s, u"--will-topic"_s, u"devices/dev-1/will"_s,
                                u"--will-payload"_s, u"gone"_s});
    QVERIFY(dying.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(topics.contains(u"$aws/events/presence/connected/dev-1"_s), 10000);
    dying.kill();
    dying.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(topics.contains(u"$aws/events/presence/disconnected/dev-1"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(topics.contains(u"devices/dev-1/will"_s), 5000);
    QCOMPARE(
        events.at(topics.indexOf(u"$aws/events/presence/disconnected/dev-1"_s)).value(u"disconnectReason"_s).toString(),
        u"CONNECTION_LOST"_s);
}

QTEST_GUILESS_MAIN(TestPolicyPlugin)
#include "TestPolicyPlugin.moc"
