// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/AwsCredentials.h"
#include "aws/GreengrassDiscovery.h"
#include "aws/IotHttpClient.h"
#include "mqtt/MqttSession.h"
#include "policy/Registry.h"
#include "sandbox/LocalBroker.h"
#include "sandbox/SampleDevice.h"
#include "sandbox/Sandbox.h"
#include "support/TestPrinters.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>
#include <variant>

#include <signal.h>

using namespace Qt::StringLiterals;
using SandboxState = Sandbox::Sandbox::State;

namespace {

constexpr int WAIT_MS = 20000;
const QString THING = u"sample-thing"_s;
const QString SHADOW = u"$aws/things/sample-thing/shadow"_s;

/// One test client: a session that keeps everything it receives.
class Client
{
public:
    Client()
    {
        QObject::connect(&session, &MqttSession::messagesReceived, &session,
                         [this](const QList<MqttMessage>& batch) { received += batch; });
    }

    bool connectTo(const ConnectionOptions& options)
    {
        QStringList errors;
        QObject::connect(&session, &MqttSession::errorOccurred, &session,
                         [&errors](SessionError, const QString& message) { errors << message; });
        if (!session.connectToBroker(options)) {
            return false;
        }
        const bool connected = QTest::qWaitFor([this] { return session.state() == SessionState::Connected; }, WAIT_MS);
        if (!connected) { // what went wrong, for the log of a failed run
            qWarning() << "not connected as" << session.clientId() << "to" << options.displayUrl() << "state"
                       << int(session.state()) << "errors" << errors;
        }
        QObject::disconnect(&session, &MqttSession::errorOccurred, &session, nullptr);
        return connected;
    }

    bool subscribe(const QString& filter)
    {
        QSignalSpy subscribed(&session, &MqttSession::subscribed);
        session.subscribe(filter, 1);
        return subscribed.wait(WAIT_MS);
    }

    /// The first message received on `topic` whose payload contains `part`, or nullopt.
    std::optional<MqttMessage> find(const QString& topic, const QByteArray& part = {}) const
    {
        for (const MqttMessage& message : received) {
            if (message.topic == topic && message.payload.contains(part)) {
                return message;
            }
        }
        return std::nullopt;
    }

    MqttSession session;
    QList<MqttMessage> received;
};

QJsonObject json(const QByteArray& payload)
{
    return QJsonDocument::fromJson(payload).object();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool processExists(qint64 pid)
{
    return QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

/// One request to the sandbox's HTTPS data plane with the device certificate (or the console's); its reply.
Aws::IotHttpReply https(const Sandbox::SandboxInfo& info, bool device,
                        const std::function<void(Aws::IotHttpClient&)>& call)
{
    Aws::IotHttpClient client;
    Aws::HttpsTarget target;
    target.host = u"127.0.0.1"_s;
    target.port = info.httpPort;
    target.tls.caFile = info.caFile;
    target.tls.certFile = device ? info.certificateFile : info.consoleCertificateFile;
    target.tls.keyFile = device ? info.privateKeyFile : info.consolePrivateKeyFile;
    client.setTarget(target);
    QSignalSpy finished(&client, &Aws::IotHttpClient::finished);
    call(client);
    if (!finished.wait(WAIT_MS)) {
        return {};
    }
    return finished.first().at(0).value<Aws::IotHttpReply>();
}

} // namespace

/// Sandbox::Sandbox end to end: a real mosquitto on 127.0.0.1 (no mocks), real TLS with the sandbox's own PKI, the
/// real shadow service and sample device. Each test bounds its waits.
class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void plainListenerPublishesAndReceives();
    void mutualTlsWithTheConsoleCertificate();
    void registryKnowsTheSandboxCertificates_issue12();
    void policiesDecideOnTheMutualTlsListener_issue12();
    void withoutPoliciesEveryCertificateMayDoAnything_issue12();
    void tlsWithoutClientCertificateIsRefused();
    void webSocketSignInWithTheSandboxIamUser_issue13();
    void httpsDataPlaneAndDiscoveryWithTheDeviceCertificate_issue13();
    void shadowGetAnswersWithTheSampleState();
    void welcomeIsRetainedForAFreshSubscriber();
    void sampleDeviceFollowsTheLedDelta();
    void invalidThingNameIsUsage();
    void missingMosquittoFailsWithInstallHint();
    void brokerThatCannotStartFailsWithItsOutput();
    void stopLeavesNoProcess();
    void killedBrokerIsRestartedOnTheSamePorts();
    void restartBudgetEndsInFailure();
    void portInUseIsReplacedWithANotice();
    void restartWithTheSameDirKeepsPkiPortsAndShadow();
    void secondSandboxInTheSameDirIsRefused();

private:
    /// Starts `sandbox` and waits for ready(); false (with the failure printed) otherwise.
    static bool startAndWait(Sandbox::Sandbox& sandbox);
    /// Stops `sandbox` and waits for stopped().
    static bool stopAndWait(Sandbox::Sandbox& sandbox);
    /// A shadow get through `client` (subscribed to get/+): the accepted document.
    static QJsonObject getShadow(Client& client, const QString& token);

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::Sandbox> m_sandbox; ///< shared by the tests that only use it
};

bool TestSandbox::startAndWait(Sandbox::Sandbox& sandbox)
{
    QSignalSpy ready(&sandbox, &Sandbox::Sandbox::ready);
    QSignalSpy failed(&sandbox, &Sandbox::Sandbox::failed);
    sandbox.start();
    (void)QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, WAIT_MS);
    if (!failed.isEmpty()) {
        qWarning() << "sandbox failed:" << failed.first();
    }
    return ready.size() == 1 && sandbox.state() == SandboxState::Running;
}

bool TestSandbox::stopAndWait(Sandbox::Sandbox& sandbox)
{
    QSignalSpy stopped(&sandbox, &Sandbox::Sandbox::stopped);
    sandbox.stop();
    return stopped.wait(WAIT_MS) && sandbox.state() == SandboxState::Stopped;
}

QJsonObject TestSandbox::getShadow(Client& client, const QString& token)
{
    client.session.publish(SHADOW + u"/get"_s, u"{\"clientToken\":\"%1\"}"_s.arg(token).toUtf8(), 1, false);
    const QByteArray tokenPart = "\"clientToken\":\"" + token.toUtf8() + '"';
    (void)QTest::qWaitFor([&] { return client.find(SHADOW + u"/get/accepted"_s, tokenPart).has_value(); }, WAIT_MS);
    const std::optional<MqttMessage> answer = client.find(SHADOW + u"/get/accepted"_s, tokenPart);
    return answer ? json(answer->payload) : QJsonObject();
}

void TestSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Sandbox::SandboxOptions options;
    options.dir = m_dir.filePath(u"shared"_s);
    m_sandbox = std::make_unique<Sandbox::Sandbox>(options);
    QVERIFY(startAndWait(*m_sandbox));
    const Sandbox::SandboxInfo info = m_sandbox->info();
    QCOMPARE(info.plainUrl, u"mqtt://127.0.0.1:%1"_s.arg(info.port));
    QCOMPARE(info.tlsUrl, u"mqtts://127.0.0.1:%1"_s.arg(info.tlsPort));
    QCOMPARE(info.thingName, THING);
    QCOMPARE(info.certificateId.size(), 64);
    QVERIFY(info.brokerProcessId > 0);
    QVERIFY(!info.temporaryDir);
    // The device key stays owner-only.
    QCOMPARE(QFileInfo(info.privateKeyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestSandbox::cleanupTestCase()
{
    if (m_sandbox) {
        QVERIFY(stopAndWait(*m_sandbox));
    }
    m_sandbox.reset();
}

void TestSandbox::cleanup()
{
    if (QTest::currentTestFailed() && m_sandbox) {
        // The shared broker's side of it: the last decisions of its policy plugin and the end of its log.
        const Sandbox::SandboxInfo info = m_sandbox->info();
        qWarning().noquote() << "decision log (end):" << readAll(info.decisionLogFile).right(3000);
        qWarning().noquote() << "mosquitto log (end):" << readAll(info.brokerLogFile).right(3000);
    }
}

void TestSandbox::plainListenerPublishesAndReceives()
{
    Client client;
    QVERIFY(client.connectTo(m_sandbox->connectionOptions(false)));
    QVERIFY(client.subscribe(u"test/plain"_s));
    client.session.publish(u"test/plain"_s, "over plain MQTT", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(client.find(u"test/plain"_s, "over plain MQTT"), WAIT_MS);
}

void TestSandbox::mutualTlsWithTheConsoleCertificate()
{
    const ConnectionOptions options = m_sandbox->connectionOptions(true);
    QCOMPARE(options.transport, Transport::Tls);
    QCOMPARE(options.certFile, m_sandbox->info().consoleCertificateFile);
    QVERIFY(!options.insecure); // the chain and the host name (127.0.0.1) are verified
    Client client;
    QVERIFY(client.connectTo(options));
    QVERIFY(client.subscribe(u"test/tls"_s));
    client.session.publish(u"test/tls"_s, "over mutual TLS", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(client.find(u"test/tls"_s, "over mutual TLS"), WAIT_MS);
}

void TestSandbox::registryKnowsTheSandboxCertificates_issue12()
{
    const Sandbox::SandboxInfo info = m_sandbox->info();
    QVERIFY(info.policiesEnforced);
    QCOMPARE(QFileInfo(info.consolePrivateKeyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    auto loaded = Policy::Registry::load(info.registryFile.toStdString());
    QVERIFY(std::holds_alternative<Policy::Registry>(loaded));
    const Policy::Registry& registry = std::get<Policy::Registry>(loaded);
    const std::string device = info.certificateId.toStdString();
    const std::string console = info.consoleCertificateId.toStdString();
    QCOMPARE(registry.certificates().at(device).status, Policy::CertificateStatus::Active);
    QCOMPARE(registry.certificates().at(device).policies, std::vector<std::string>{"sample-thing-policy"});
    QCOMPARE(registry.certificates().at(console).policies, std::vector<std::string>{"thingbench-console-policy"});
    QCOMPARE(registry.things().at(THING.toStdString()).principals, std::vector<std::string>{device});
    // The sample device runs over mutual TLS under its least-privilege policy, and the log says so.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(info.decisionLogFile).size() > 0, WAIT_MS);
    const QByteArray text = readAll(info.decisionLogFile);
    QVERIFY2(text.contains(R"("clientId":"sample-thing")") && text.contains(R"("decision":"ALLOWED")") &&
                 text.contains(R"(\"sample-thing-policy\" statement)"),
             text.left(2000).constData());
}

void TestSandbox::policiesDecideOnTheMutualTlsListener_issue12()
{
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    options.sampleTraffic = false; // the test connects as the thing itself
    Sandbox::Sandbox sandbox(options);
    QVERIFY(startAndWait(sandbox));
    // The device's certificate with a client ID other than its thing name: its policy has no Connect for it.
    ConnectionOptions intruder = sandbox.deviceConnectionOptions();
    intruder.clientId = u"intruder"_s;
    intruder.autoReconnect = false;
    MqttSession refused;
    QSignalSpy errors(&refused, &MqttSession::errorOccurred);
    QVERIFY(refused.connectToBroker(intruder));
    QVERIFY(errors.wait(WAIT_MS));
    QCOMPARE(errors.first().at(0).value<SessionError>(), SessionError::NotAuthorized);
    // As the thing: its own shadow, nothing else.
    Client device;
    QVERIFY(device.connectTo(sandbox.deviceConnectionOptions()));
    QVERIFY(device.subscribe(u"$aws/things/%1/shadow/get/accepted"_s.arg(THING)));
    QSignalSpy subscribeFailed(&device.session, &MqttSession::subscribeFailed);
    device.session.subscribe(u"#"_s, 1);
    QVERIFY(subscribeFailed.wait(WAIT_MS));
    QCOMPARE(subscribeFailed.first().at(0).toString(), u"#"_s);
    // The console may do anything.
    Client console;
    QVERIFY(console.connectTo(sandbox.connectionOptions(true)));
    QVERIFY(console.subscribe(u"#"_s));
    // Every refusal is in the decision log with its explanation.
    const QString logFile = sandbox.info().decisionLogFile;
    QTRY_VERIFY_WITH_TIMEOUT(readAll(logFile).contains("topicfilter/#"), WAIT_MS);
    const QByteArray text = readAll(logFile);
    // Raw strings outside the macros: moc's preprocessor misreads them inside macro arguments.
    const QByteArray intruderLine =
        R"("clientId":"intruder","certificateId":")" + sandbox.info().certificateId.toUtf8();
    const QByteArray denial =
        R"("action":"iot:Subscribe","resource":"arn:aws:iot:us-east-1:123456789012:topicfilter/#",)"
        R"("decision":"IMPLICIT_DENY")";
    QVERIFY2(text.contains(intruderLine), text.constData());
    QVERIFY2(text.contains(denial), text.constData());
    QVERIFY(stopAndWait(sandbox));
}

void TestSandbox::withoutPoliciesEveryCertificateMayDoAnything_issue12()
{
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    options.sampleTraffic = false;
    options.enforcePolicies = false;
    Sandbox::Sandbox sandbox(options);
    QVERIFY(startAndWait(sandbox));
    QVERIFY(!sandbox.info().policiesEnforced);
    QVERIFY(sandbox.info().decisionLogFile.isEmpty());
    ConnectionOptions anyone = sandbox.deviceConnectionOptions();
    anyone.clientId = u"intruder"_s;
    Client client;
    QVERIFY(client.connectTo(anyone));
    QVERIFY(client.subscribe(u"#"_s));
    // Over HTTPS too: the device certificate publishes where its policy would not let it.
    const Aws::IotHttpReply reply =
        https(sandbox.info(), true, [](Aws::IotHttpClient& http) { http.publish(u"anything/at/all"_s, "x"); });
    QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(client.find(u"anything/at/all"_s), WAIT_MS);
    QVERIFY(stopAndWait(sandbox));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"decisions.jsonl"_s)));
}

void TestSandbox::tlsWithoutClientCertificateIsRefused()
{
    ConnectionOptions options = m_sandbox->connectionOptions(true);
    options.certFile.clear();
    options.keyFile.clear();
    options.autoReconnect = false;
    MqttSession session;
    QSignalSpy errors(&session, &MqttSession::errorOccurred);
    QVERIFY(session.connectToBroker(options));
    QVERIFY(errors.wait(WAIT_MS));
    QVERIFY2(session.state() != SessionState::Connected, qPrintable(errors.first().at(1).toString()));
    const auto error = errors.first().at(0).value<SessionError>();
    QCOMPARE(error, SessionError::TlsClientCertificateRequired);
}

void TestSandbox::webSocketSignInWithTheSandboxIamUser_issue13()
{
    const Sandbox::SandboxInfo info = m_sandbox->info();
    QVERIFY(info.wsPort != 0);
    const QString expectedUrl = QStringLiteral("wss://127.0.0.1:%1/mqtt").arg(info.wsPort);
    QCOMPARE(info.webSocketUrl, expectedUrl);
    QVERIFY(info.awsAccessKeyId.startsWith(u"AKIA"_s));
    // The IAM user's keys are an AWS shared-credentials file, owner-only, that an AWS SDK reads as a profile.
    QCOMPARE(QFileInfo(info.awsCredentialsFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    Aws::Environment environment{{u"AWS_SHARED_CREDENTIALS_FILE"_s, info.awsCredentialsFile},
                                 {u"AWS_CONFIG_FILE"_s, m_dir.filePath(u"no-config"_s)}};
    const Result<Aws::AwsCredentials> keys = Aws::loadProfile(info.awsProfile, environment, m_dir.path());
    QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().message));
    QCOMPARE(keys->accessKeyId, info.awsAccessKeyId);

    ConnectionOptions options = m_sandbox->webSocketConnectionOptions();
    QCOMPARE(options.sigV4->secretAccessKey, keys->secretAccessKey);
    Client client;
    QVERIFY(client.connectTo(options));
    QVERIFY(client.subscribe(u"test/websocket"_s));
    client.session.publish(u"test/websocket"_s, "over WebSocket, signed", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(client.find(u"test/websocket"_s, "over WebSocket, signed"), WAIT_MS);

    // A wrong secret is refused by the sandbox as by AWS IoT: a 403 that the session puts in words.
    options.sigV4->secretAccessKey = u"not-the-secret"_s;
    MqttSession refused;
    QSignalSpy errors(&refused, &MqttSession::errorOccurred);
    QVERIFY(refused.connectToBroker(options));
    QVERIFY(errors.wait(WAIT_MS));
    refused.disconnectFromBroker();
}

void TestSandbox::httpsDataPlaneAndDiscoveryWithTheDeviceCertificate_issue13()
{
    const Sandbox::SandboxInfo info = m_sandbox->info();
    QVERIFY(info.httpPort != 0);
    QCOMPARE(info.httpsEndpoint, u"127.0.0.1:%1"_s.arg(info.httpPort));
    // The device's least-privilege policy, over HTTPS as over MQTT: its telemetry yes, other topics no (403).
    Client subscriber;
    QVERIFY(subscriber.connectTo(m_sandbox->connectionOptions(false)));
    QVERIFY(subscriber.subscribe(u"sandbox/%1/#"_s.arg(THING)));
    Aws::IotHttpReply reply = https(info, true, [](Aws::IotHttpClient& http) {
        http.publish(u"sandbox/%1/telemetry"_s.arg(THING), R"({"over":"https"})");
    });
    QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.find(u"sandbox/%1/telemetry"_s.arg(THING), R"({"over":"https"})"), WAIT_MS);
    reply = https(info, true, [](Aws::IotHttpClient& http) { http.publish(u"someone/else"_s, "x"); });
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorType, u"ForbiddenException"_s);
    // Its own shadow over REST: the document the MQTT shadow service keeps (the sample device reported it).
    reply = https(info, true, [](Aws::IotHttpClient& http) { http.getShadow(ShadowKey{THING, {}}); });
    QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
    QVERIFY(json(reply.response.body).value(u"state"_s).toObject().contains(u"reported"_s));
    // Greengrass discovery of its own thing lists the sandbox broker's mutual-TLS listener as the core.
    Aws::GreengrassDiscovery discovery;
    QSignalSpy discovered(&discovery, &Aws::GreengrassDiscovery::discovered);
    Aws::HttpsTarget target;
    target.host = u"127.0.0.1"_s;
    target.port = info.httpPort;
    target.tls = {info.caFile, info.certificateFile, info.privateKeyFile, {}, {}, {}, false};
    discovery.discover(target, THING);
    QVERIFY(discovered.wait(WAIT_MS));
    const Aws::DiscoveryResponse response = discovered.first().at(0).value<Aws::DiscoveryResponse>();
    QCOMPARE(response.groups.size(), 1);
    QCOMPARE(response.groups.first().cores.first().connectivity.first().port, info.tlsPort);
}

void TestSandbox::shadowGetAnswersWithTheSampleState()
{
    Client client;
    QVERIFY(client.connectTo(m_sandbox->connectionOptions(true)));
    QVERIFY(client.subscribe(SHADOW + u"/get/+"_s));
    const QJsonObject document = getShadow(client, u"sample-get"_s);
    const QJsonObject reported = document.value(u"state"_s).toObject().value(u"reported"_s).toObject();
    QCOMPARE(reported.value(u"firmware"_s).toString(), u"1.0.0"_s);
    QVERIFY(reported.value(u"led"_s).isString());
    QVERIFY(reported.value(u"temperature"_s).isDouble());
    QVERIFY(document.value(u"version"_s).toInt() >= 1);
}

void TestSandbox::welcomeIsRetainedForAFreshSubscriber()
{
    Client client;
    QVERIFY(client.connectTo(m_sandbox->connectionOptions(false)));
    QVERIFY(client.subscribe(u"#"_s));
    QTRY_VERIFY_WITH_TIMEOUT(client.find(Sandbox::SampleDevice::welcomeTopic()), WAIT_MS);
    const MqttMessage welcome = *client.find(Sandbox::SampleDevice::welcomeTopic());
    QVERIFY(welcome.retained);
    QVERIFY(json(welcome.payload).value(u"message"_s).toString().contains(u"sandbox"_s));
    // And live telemetry follows within a telemetry interval or two.
    QTRY_VERIFY_WITH_TIMEOUT(client.find(Sandbox::SampleDevice::telemetryTopic(THING), "\"seq\""),
                             3 * Sandbox::SampleDevice::TELEMETRY_INTERVAL_MS);
}

void TestSandbox::sampleDeviceFollowsTheLedDelta()
{
    Client client;
    QVERIFY(client.connectTo(m_sandbox->connectionOptions(true)));
    QVERIFY(client.subscribe(SHADOW + u"/update/accepted"_s));
    QVERIFY(client.subscribe(SHADOW + u"/get/+"_s));
    client.session.publish(SHADOW + u"/update"_s, R"({"state":{"desired":{"led":"on"}},"clientToken":"user-1"})", 1,
                           false);
    // The device's own report of the new value (its client token starts with "sample-device-").
    QTRY_VERIFY_WITH_TIMEOUT(client.find(SHADOW + u"/update/accepted"_s, R"("reported":{"led":"on"})"), WAIT_MS);
    const QJsonObject state = getShadow(client, u"after-delta"_s).value(u"state"_s).toObject();
    QCOMPARE(state.value(u"reported"_s).toObject().value(u"led"_s).toString(), u"on"_s);
    QVERIFY2(!state.contains(u"delta"_s), QJsonDocument(state).toJson().constData());
}

void TestSandbox::invalidThingNameIsUsage()
{
    Sandbox::SandboxOptions options;
    options.thingName = u"no spaces allowed"_s;
    Sandbox::Sandbox sandbox(options);
    QSignalSpy failed(&sandbox, &Sandbox::Sandbox::failed);
    QSignalSpy stopped(&sandbox, &Sandbox::Sandbox::stopped);
    sandbox.start();
    QCOMPARE(failed.size(), 0); // from the event loop, never from inside start()
    QVERIFY(failed.wait(WAIT_MS));
    QCOMPARE(failed.first().at(0).toString(), u"usage"_s);
    QVERIFY(failed.first().at(1).toString().contains(u"no spaces allowed"_s));
    QVERIFY(stopped.wait(WAIT_MS));
    QCOMPARE(sandbox.state(), SandboxState::Failed);
}

void TestSandbox::missingMosquittoFailsWithInstallHint()
{
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    options.mosquittoPath = u"/nonexistent/sbin/mosquitto"_s;
    Sandbox::Sandbox sandbox(options);
    QSignalSpy failed(&sandbox, &Sandbox::Sandbox::failed);
    QSignalSpy stopped(&sandbox, &Sandbox::Sandbox::stopped);
    sandbox.start();
    QVERIFY(failed.wait(WAIT_MS));
    QCOMPARE(failed.first().at(0).toString(), u"mosquitto_missing"_s);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"sudo apt install mosquitto"_s), qPrintable(message));
    QVERIFY2(message.contains(u"/nonexistent/sbin/mosquitto"_s), qPrintable(message));
    QCOMPARE(sandbox.lastError().code, u"mosquitto_missing"_s);
    QVERIFY(stopped.wait(WAIT_MS));
    QCOMPARE(sandbox.state(), SandboxState::Failed);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"pki"_s))); // no PKI made for nothing
    // The same check is available before starting anything.
    QCOMPARE(Sandbox::LocalBroker::findMosquitto(options.mosquittoPath).error().code, u"mosquitto_missing"_s);
}

void TestSandbox::brokerThatCannotStartFailsWithItsOutput()
{
    QTemporaryDir dir;
    // Stands in for a mosquitto that refuses its configuration: it prints an error and exits.
    const QString fake = dir.filePath(u"fake-mosquitto"_s);
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'Error: Unknown configuration variable \"bogus\".' >&2\nexit 3\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    Sandbox::SandboxOptions options;
    options.dir = dir.filePath(u"sandbox"_s);
    options.mosquittoPath = fake;
    Sandbox::Sandbox sandbox(options);
    QSignalSpy failed(&sandbox, &Sandbox::Sandbox::failed);
    QSignalSpy stopped(&sandbox, &Sandbox::Sandbox::stopped);
    sandbox.start();
    QVERIFY(failed.wait(WAIT_MS));
    QCOMPARE(failed.first().at(0).toString(), u"mosquitto_failed"_s);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"exited with code 3"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Unknown configuration variable"_s), qPrintable(message));
    QVERIFY(stopped.wait(WAIT_MS));
    QCOMPARE(sandbox.state(), SandboxState::Failed);
}

void TestSandbox::stopLeavesNoProcess()
{
    Sandbox::Sandbox sandbox; // a temporary folder, removed when the sandbox goes
    QVERIFY(startAndWait(sandbox));
    const Sandbox::SandboxInfo info = sandbox.info();
    QVERIFY(info.temporaryDir);
    QVERIFY(processExists(info.brokerProcessId));
    QVERIFY(stopAndWait(sandbox));
    QVERIFY(!processExists(info.brokerProcessId));
    QCOMPARE(sandbox.info().brokerProcessId, 0);
    // Stopping again is harmless and still answers with stopped().
    QVERIFY(stopAndWait(sandbox));
    // The same object starts again, in the same folder and on the same ports.
    QVERIFY(startAndWait(sandbox));
    QCOMPARE(sandbox.info().dir, info.dir);
    QCOMPARE(sandbox.info().port, info.port);
    const qint64 second = sandbox.info().brokerProcessId;
    QVERIFY(stopAndWait(sandbox));
    QVERIFY(!processExists(second));
}

void TestSandbox::killedBrokerIsRestartedOnTheSamePorts()
{
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    Sandbox::Sandbox sandbox(options);
    QVERIFY(startAndWait(sandbox));
    const Sandbox::SandboxInfo before = sandbox.info();
    QSignalSpy restarted(&sandbox, &Sandbox::Sandbox::brokerRestarted);
    QSignalSpy states(&sandbox, &Sandbox::Sandbox::stateChanged);
    QCOMPARE(::kill(pid_t(before.brokerProcessId), SIGKILL), 0);
    QVERIFY(restarted.wait(WAIT_MS));
    QVERIFY2(restarted.first().at(0).toString().contains(u"SIGKILL"_s), qPrintable(restarted.first().at(0).toString()));
    QCOMPARE(states.first().at(0).value<SandboxState>(), SandboxState::Restarting);
    QCOMPARE(sandbox.state(), SandboxState::Running);
    const Sandbox::SandboxInfo after = sandbox.info();
    QCOMPARE(after.port, before.port);
    QCOMPARE(after.tlsPort, before.tlsPort);
    QVERIFY(after.brokerProcessId != before.brokerProcessId);
    QVERIFY(!processExists(before.brokerProcessId));

    // Works again: mutual TLS, and the shadow service (which reconnects by itself) answers.
    Client client;
    QVERIFY(client.connectTo(sandbox.connectionOptions(true)));
    QVERIFY(client.subscribe(SHADOW + u"/get/+"_s));
    int attempt = 0;
    const bool answered = QTest::qWaitFor(
        [&] {
            const QString token = u"after-restart-%1"_s.arg(++attempt);
            client.session.publish(SHADOW + u"/get"_s, u"{\"clientToken\":\"%1\"}"_s.arg(token).toUtf8(), 1, false);
            return QTest::qWaitFor([&] { return client.find(SHADOW + u"/get/accepted"_s, token.toUtf8()).has_value(); },
                                   200);
        },
        WAIT_MS);
    QVERIFY(answered);
    QVERIFY(stopAndWait(sandbox));
}

void TestSandbox::restartBudgetEndsInFailure()
{
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    options.sampleTraffic = false;
    Sandbox::Sandbox sandbox(options);
    QVERIFY(startAndWait(sandbox));
    QSignalSpy restarted(&sandbox, &Sandbox::Sandbox::brokerRestarted);
    QSignalSpy failed(&sandbox, &Sandbox::Sandbox::failed);
    QSignalSpy stopped(&sandbox, &Sandbox::Sandbox::stopped);
    for (int kill = 1; kill <= Sandbox::LocalBroker::MAX_RESTARTS; ++kill) {
        QCOMPARE(::kill(pid_t(sandbox.info().brokerProcessId), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), kill, WAIT_MS);
    }
    const qint64 last = sandbox.info().brokerProcessId;
    QCOMPARE(::kill(pid_t(last), SIGKILL), 0); // one more within the minute: given up
    QVERIFY(failed.wait(WAIT_MS));
    QCOMPARE(failed.first().at(0).toString(), u"mosquitto_crashed"_s);
    QVERIFY2(failed.first().at(1).toString().contains(u"SIGKILL"_s), qPrintable(failed.first().at(1).toString()));
    QVERIFY(stopped.wait(WAIT_MS));
    QCOMPARE(sandbox.state(), SandboxState::Failed);
    QCOMPARE(restarted.size(), Sandbox::LocalBroker::MAX_RESTARTS);
    QVERIFY(!processExists(last));
}

void TestSandbox::portInUseIsReplacedWithANotice()
{
    QTcpServer blocker; // another program on the port the sandbox wants
    QVERIFY(blocker.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 taken = blocker.serverPort();
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    options.port = taken;
    options.sampleTraffic = false;
    Sandbox::Sandbox sandbox(options);
    QSignalSpy notices(&sandbox, &Sandbox::Sandbox::notice);
    QVERIFY(startAndWait(sandbox));
    const quint16 port = sandbox.info().port;
    QVERIFY(port != taken);
    QVERIFY(port != 0);
    QCOMPARE(notices.size(), 1);
    const QString notice = notices.first().at(0).toString();
    QVERIFY2(notice.contains(QString::number(taken)) && notice.contains(QString::number(port)), qPrintable(notice));

    Client client;
    QVERIFY(client.connectTo(sandbox.connectionOptions(false)));
    QVERIFY(client.subscribe(u"moved/port"_s));
    client.session.publish(u"moved/port"_s, "still works", 0, false);
    QTRY_VERIFY_WITH_TIMEOUT(client.find(u"moved/port"_s), WAIT_MS);
    QVERIFY(stopAndWait(sandbox));
}

void TestSandbox::restartWithTheSameDirKeepsPkiPortsAndShadow()
{
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    Sandbox::SandboxInfo first;
    {
        Sandbox::Sandbox sandbox(options);
        QVERIFY(startAndWait(sandbox));
        first = sandbox.info();
        Client client;
        QVERIFY(client.connectTo(sandbox.connectionOptions(true)));
        QVERIFY(client.subscribe(SHADOW + u"/update/accepted"_s));
        client.session.publish(SHADOW + u"/update"_s, R"({"state":{"desired":{"colour":"blue"}},"clientToken":"keep"})",
                               1, false);
        QTRY_VERIFY_WITH_TIMEOUT(client.find(SHADOW + u"/update/accepted"_s, "\"clientToken\":\"keep\""), WAIT_MS);
        client.session.disconnectFromBroker();
        QVERIFY(stopAndWait(sandbox));
    }
    // Another process finds the connection in the folder.
    const Result<ConnectionOptions> saved = Sandbox::Sandbox::savedConnectionOptions(dir.path(), true);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->port, first.tlsPort);
    QCOMPARE(saved->certFile, first.consoleCertificateFile);
    QCOMPARE(Sandbox::Sandbox::savedConnectionOptions(dir.path(), false)->port, first.port);
    QTemporaryDir empty;
    QCOMPARE(Sandbox::Sandbox::savedConnectionOptions(empty.path(), true).error().code, u"sandbox_not_found"_s);

    Sandbox::Sandbox sandbox(options);
    QSignalSpy notices(&sandbox, &Sandbox::Sandbox::notice);
    QVERIFY(startAndWait(sandbox));
    const Sandbox::SandboxInfo second = sandbox.info();
    QCOMPARE(second.certificateId, first.certificateId);
    QCOMPARE(second.consoleCertificateId, first.consoleCertificateId);
    QCOMPARE(second.caFile, first.caFile);
    QCOMPARE(second.port, first.port); // stable URLs across restarts
    QCOMPARE(second.tlsPort, first.tlsPort);
    QVERIFY(first.wsPort != 0);
    QCOMPARE(second.wsPort, first.wsPort);
    QCOMPARE(second.awsAccessKeyId, first.awsAccessKeyId); // the IAM user is kept with the folder
    QVERIFY2(notices.isEmpty(), qPrintable(notices.isEmpty() ? QString() : notices.first().at(0).toString()));

    Client client; // the console certificate still works (same CA), with the options read from the folder
    QVERIFY(client.connectTo(*saved));
    QVERIFY(client.subscribe(SHADOW + u"/get/+"_s));
    const QJsonObject document = getShadow(client, u"kept"_s);
    QCOMPARE(document.value(u"state"_s).toObject().value(u"desired"_s).toObject().value(u"colour"_s).toString(),
             u"blue"_s);
    QVERIFY(document.value(u"version"_s).toInt() >= 3); // first report, our update, the report after the restart
    QVERIFY(stopAndWait(sandbox));
}

void TestSandbox::secondSandboxInTheSameDirIsRefused()
{
    QTemporaryDir dir;
    Sandbox::SandboxOptions options;
    options.dir = dir.path();
    options.sampleTraffic = false;
    Sandbox::Sandbox first(options);
    QVERIFY(startAndWait(first));
    Sandbox::Sandbox second(options);
    QSignalSpy failed(&second, &Sandbox::Sandbox::failed);
    second.start();
    QVERIFY(failed.wait(WAIT_MS));
    QCOMPARE(failed.first().at(0).toString(), u"sandbox_in_use"_s);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(message));
    QCOMPARE(first.state(), SandboxState::Running); // the first one is untouched
    // Once the first has stopped, the folder is free.
    QVERIFY(stopAndWait(first));
    QVERIFY(startAndWait(second));
    QCOMPARE(second.info().certificateId, first.info().certificateId);
    QVERIFY(stopAndWait(second));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
