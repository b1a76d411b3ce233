// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MqttSession.h"
#include "shadow/ShadowClient.h"
#include "shadow/ShadowService.h"
#include "support/BrokerFixture.h"
#include "support/TestPrinters.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 NOW = 1700000000;
constexpr int WAIT_MS = 10000;

} // namespace

/// ShadowService on a real mosquitto (BrokerFixture), driven by a second client over mutual TLS; and ShadowClient,
/// the viewer side, against it. Never a mock broker.
class TestShadowService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullCycleOverMutualTls();
    void namedShadowOverMutualTls();
    void ignoresResponsesAndOtherTopics();
    void burstIsAnsweredInOrder();
    void stateFilePersistsAcrossRestarts();
    void clientGetUpdateDeleteAndLiveDelta();
    void clientCorrelatesConcurrentRequests();
    void clientFailsClearlyWhenNothingAnswers();
    void clientSendsInvalidJsonAndSeesTheError();

private:
    ConnectionOptions mtlsOptions(const QString& clientId) const;
    static bool connectAndWait(MqttSession& session, const ConnectionOptions& options);
    /// Starts the service on its own mutual-TLS session with a fixed clock; waits until it is subscribed.
    bool startService(const QString& stateFile = {});
    /// Connects the driver and subscribes it to every response of `thing` (classic and named).
    bool startDriver(const QString& thing);
    /// Publishes a request and waits until `count` responses (messages on response topics) arrived in total.
    QList<MqttMessage> request(const QString& topic, const QByteArray& payload, int count);
    /// Responses received so far (request echoes of our own publishes filtered out).
    QList<MqttMessage> responses() const;

    BrokerFixture m_broker;
    std::unique_ptr<MqttSession> m_serviceSession;
    std::unique_ptr<ShadowService> m_service;
    std::unique_ptr<MqttSession> m_driver;
    QList<MqttMessage> m_received;
};

void TestShadowService::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
}

void TestShadowService::init()
{
    m_received.clear();
}

void TestShadowService::cleanup()
{
    m_driver.reset();
    m_service.reset();
    m_serviceSession.reset();
}

ConnectionOptions TestShadowService::mtlsOptions(const QString& clientId) const
{
    ConnectionOptions options = m_broker.mtlsOptions();
    options.clientId = clientId;
    return options;
}

bool TestShadowService::connectAndWait(MqttSession& session, const ConnectionOptions& options)
{
    if (!session.connectToBroker(options)) {
        return false;
    }
    const QDeadlineTimer deadline(WAIT_MS);
    while (session.state() != SessionState::Connected && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    return session.state() == SessionState::Connected;
}

bool TestShadowService::startService(const QString& stateFile)
{
    m_serviceSession = std::make_unique<MqttSession>();
    m_service = std::make_unique<ShadowService>(m_serviceSession.get());
    m_service->setClock([] { return NOW; });
    if (!stateFile.isEmpty() && !m_service->setStateFile(stateFile).ok()) {
        return false;
    }
    QSignalSpy ready(m_service.get(), &ShadowService::ready);
    m_service->start();
    if (!connectAndWait(*m_serviceSession, mtlsOptions(u"shadow-service"_s))) {
        return false;
    }
    return !ready.isEmpty() || ready.wait(WAIT_MS);
}

bool TestShadowService::startDriver(const QString& thing)
{
    m_driver = std::make_unique<MqttSession>();
    connect(m_driver.get(), &MqttSession::messagesReceived, this,
            [this](const QList<MqttMessage>& batch) { m_received += batch; });
    if (!connectAndWait(*m_driver, mtlsOptions(u"device-driver"_s))) {
        return false;
    }
    QSignalSpy subscribed(m_driver.get(), &MqttSession::subscribed);
    // Responses only: `…/shadow/<op>/<response>` and `…/shadow/name/<n>/<op>/<response>`.
    m_driver->subscribe(u"$aws/things/"_s + thing + u"/shadow/+/+"_s, 1);
    m_driver->subscribe(u"$aws/things/"_s + thing + u"/shadow/name/+/+/+"_s, 1);
    const QDeadlineTimer deadline(WAIT_MS);
    while (subscribed.size() < 2 && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    return subscribed.size() == 2;
}

QList<MqttMessage> TestShadowService::responses() const
{
    return m_received;
}

QList<MqttMessage> TestShadowService::request(const QString& topic, const QByteArray& payload, int count)
{
    m_driver->publish(topic, payload, 1, false);
    const QDeadlineTimer deadline(WAIT_MS);
    while (m_received.size() < count && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    return m_received;
}

namespace {

QByteArrayList describe(const QList<MqttMessage>& messages, qsizetype from = 0)
{
    QByteArrayList out;
    for (qsizetype i = from; i < messages.size(); ++i) {
        out.append(messages[i].topic.toUtf8() + ' ' + messages[i].payload);
    }
    return out;
}

} // namespace

void TestShadowService::fullCycleOverMutualTls()
{
    QVERIFY(startService());
    QVERIFY(startDriver(u"dev1"_s));
    const QString prefix = u"$aws/things/dev1/shadow/"_s;

    // get of a shadow that does not exist
    request(prefix + u"get"_s, R"({"clientToken":"g0"})", 1);
    QCOMPARE(
        describe(responses()),
        QByteArrayList{
            R"($aws/things/dev1/shadow/get/rejected {"code":404,"message":"No shadow exists with name: 'dev1'","clientToken":"g0"})"});

    // update desired: accepted, documents, delta
    request(prefix + u"update"_s, R"({"state":{"desired":{"led":"on","rate":5}},"clientToken":"u1"})", 4);
    QCOMPARE(
        describe(responses(), 1),
        (QByteArrayList{
            R"($aws/things/dev1/shadow/update/accepted {"state":{"desired":{"led":"on","rate":5}},"metadata":{"desired":{"led":{"timestamp":1700000000},"rate":{"timestamp":1700000000}}},"version":1,"timestamp":1700000000,"clientToken":"u1"})",
            R"($aws/things/dev1/shadow/update/documents {"previous":null,"current":{"state":{"desired":{"led":"on","rate":5}},"metadata":{"desired":{"led":{"timestamp":1700000000},"rate":{"timestamp":1700000000}}},"version":1},"timestamp":1700000000,"clientToken":"u1"})",
            R"($aws/things/dev1/shadow/update/delta {"state":{"led":"on","rate":5},"metadata":{"led":{"timestamp":1700000000},"rate":{"timestamp":1700000000}},"version":1,"timestamp":1700000000,"clientToken":"u1"})"}));

    // the device reports part of it: the delta is republished with what is still out of sync
    request(prefix + u"update"_s, R"({"state":{"reported":{"led":"on","rate":1}}})", 7);
    QCOMPARE(
        describe(responses(), 6),
        QByteArrayList{
            R"($aws/things/dev1/shadow/update/delta {"state":{"rate":5},"metadata":{"rate":{"timestamp":1700000000}},"version":2,"timestamp":1700000000})"});

    // get shows the delta
    request(prefix + u"get"_s, QByteArray(), 8);
    QCOMPARE(
        describe(responses(), 7),
        QByteArrayList{
            R"($aws/things/dev1/shadow/get/accepted {"state":{"desired":{"led":"on","rate":5},"reported":{"led":"on","rate":1},"delta":{"rate":5}},"metadata":{"desired":{"led":{"timestamp":1700000000},"rate":{"timestamp":1700000000}},"reported":{"led":{"timestamp":1700000000},"rate":{"timestamp":1700000000}}},"version":2,"timestamp":1700000000})"});

    // in sync: accepted and documents, and no delta (the next answer, to a get, comes right after documents)
    request(prefix + u"update"_s, R"({"state":{"reported":{"rate":5}}})", 10);
    request(prefix + u"get"_s, R"({"clientToken":"g2"})", 11);
    const QList<MqttMessage> all = responses();
    QCOMPARE(all.size(), 11);
    QCOMPARE(all[8].topic, prefix + u"update/accepted"_s);
    QCOMPARE(all[9].topic, prefix + u"update/documents"_s);
    QCOMPARE(all[10].topic, prefix + u"get/accepted"_s);
    QVERIFY(!all[10].payload.contains("delta"));

    // delete answers the deleted version; then get is 404
    request(prefix + u"delete"_s, R"({"clientToken":"d"})", 12);
    request(prefix + u"get"_s, QByteArray(), 13);
    QCOMPARE(
        describe(responses(), 11),
        (QByteArrayList{
            R"($aws/things/dev1/shadow/delete/accepted {"version":3,"timestamp":1700000000,"clientToken":"d"})",
            R"($aws/things/dev1/shadow/get/rejected {"code":404,"message":"No shadow exists with name: 'dev1'"})"}));
    QCOMPARE(m_service->requestsHandled(), quint64(8));
}

void TestShadowService::namedShadowOverMutualTls()
{
    QVERIFY(startService());
    QVERIFY(startDriver(u"dev2"_s));
    request(u"$aws/things/dev2/shadow/name/config/update"_s, R"({"state":{"reported":{"fw":"1.2.3"}}})", 2);
    request(u"$aws/things/dev2/shadow/get"_s, QByteArray(), 3);
    const QByteArrayList all = describe(responses());
    QCOMPARE(all.size(), 3);
    QVERIFY(all[0].startsWith("$aws/things/dev2/shadow/name/config/update/accepted "));
    QVERIFY(all[1].startsWith("$aws/things/dev2/shadow/name/config/update/documents "));
    QCOMPARE(
        all[2],
        QByteArray(
            R"($aws/things/dev2/shadow/get/rejected {"code":404,"message":"No shadow exists with name: 'dev2'"})"));
}

void TestShadowService::ignoresResponsesAndOtherTopics()
{
    QVERIFY(startService());
    QVERIFY(startDriver(u"dev3"_s));
    // Another client publishing on response topics, bad names and unrelated topics: relayed by the broker, never
    // answered by the service.
    m_driver->publish(u"$aws/things/dev3/shadow/update/delta"_s, R"({"state":{"x":1}})", 1, false);
    m_driver->publish(u"$aws/things/dev3/shadow/get/accepted"_s, R"({"state":{}})", 1, false);
    m_driver->publish(u"$aws/things/dev3/shadow/update/x"_s, R"({"state":{}})", 1, false);
    m_driver->publish(u"$aws/things/dev3/shadow/name//update"_s, R"({"state":{}})", 1, false);
    request(u"$aws/things/dev3/shadow/get"_s, R"({"clientToken":"only"})", 3);
    QTest::qWait(200); // anything else would have arrived by now
    const QByteArrayList all = describe(responses());
    QCOMPARE(all.size(), 4);
    QVERIFY(all[0].startsWith("$aws/things/dev3/shadow/update/delta ")); // the driver's own publishes, relayed
    QVERIFY(all[1].startsWith("$aws/things/dev3/shadow/get/accepted "));
    QVERIFY(all[2].startsWith("$aws/things/dev3/shadow/update/x "));
    QCOMPARE(
        all[3],
        QByteArray(
            R"($aws/things/dev3/shadow/get/rejected {"code":404,"message":"No shadow exists with name: 'dev3'","clientToken":"only"})"));
    QCOMPARE(m_service->requestsHandled(), quint64(1));
    QVERIFY(m_service->store().isEmpty());
}

void TestShadowService::burstIsAnsweredInOrder()
{
    QVERIFY(startService());
    QVERIFY(startDriver(u"dev4"_s));
    // Every update names the version it expects: any reordering would be a 409.
    constexpr int COUNT = 300;
    for (int i = 0; i < COUNT; ++i) {
        m_driver->publish(u"$aws/things/dev4/shadow/update"_s,
                          QByteArray(R"({"state":{"reported":{"n":)") + QByteArray::number(i) + R"(}},"version":)" +
                              QByteArray::number(i) + '}',
                          1, false);
    }
    const QDeadlineTimer deadline(30000);
    while (m_received.size() < 2 * COUNT && !deadline.hasExpired()) {
        QTest::qWait(10);
    }
    QCOMPARE(m_received.size(), 2 * COUNT); // accepted + documents each, no delta (no desired)
    int accepted = 0;
    for (const MqttMessage& message : std::as_const(m_received)) {
        QVERIFY2(!message.topic.endsWith(u"/rejected"_s), message.payload.constData());
        if (message.topic.endsWith(u"/update/accepted"_s)) {
            ++accepted;
            QVERIFY(message.payload.contains(",\"version\":" + QByteArray::number(accepted) + ','));
        }
    }
    QCOMPARE(accepted, COUNT);
    QCOMPARE(m_service->store().document({u"dev4"_s, {}}).version(), COUNT);
}

void TestShadowService::stateFilePersistsAcrossRestarts()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"state/shadows.json"_s);
    QVERIFY(startService(file));
    QVERIFY(startDriver(u"dev5"_s));
    request(u"$aws/things/dev5/shadow/update"_s, R"({"state":{"desired":{"big":18446744073709551615,"f":1.0}}})", 3);
    request(u"$aws/things/dev5/shadow/name/n/update"_s, R"({"state":{}})", 5);
    request(u"$aws/things/dev5/shadow/name/n/delete"_s, QByteArray(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), WAIT_MS); // written shortly after the change
    m_driver.reset();
    m_service.reset(); // flushes
    m_serviceSession.reset();

    m_received.clear();
    QVERIFY(startService(file));
    QVERIFY(startDriver(u"dev5"_s));
    request(u"$aws/things/dev5/shadow/get"_s, QByteArray(), 1);
    QCOMPARE(
        describe(responses()),
        QByteArrayList{
            R"($aws/things/dev5/shadow/get/accepted {"state":{"desired":{"big":18446744073709551615,"f":1.0},"delta":{"big":18446744073709551615,"f":1.0}},"metadata":{"desired":{"big":{"timestamp":1700000000},"f":{"timestamp":1700000000}}},"version":1,"timestamp":1700000000})"});
    // the deleted named shadow kept its version: re-created at deleted version + 2
    request(u"$aws/things/dev5/shadow/name/n/update"_s, R"({"state":{}})", 3);
    QVERIFY(responses()[1].payload.contains(R"("version":3)"));

    // A damaged file is refused, not overwritten.
    QFile damaged(dir.filePath(u"damaged.json"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{not json");
    damaged.close();
    MqttSession unused;
    ShadowService service(&unused);
    const Result<void> loaded = service.setStateFile(damaged.fileName());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, u"invalid_state_file"_s);
}

void TestShadowService::clientGetUpdateDeleteAndLiveDelta()
{
    QVERIFY(startService());
    MqttSession viewerSession;
    QVERIFY(connectAndWait(viewerSession, mtlsOptions(u"viewer"_s)));
    ShadowClient client(&viewerSession);
    QSignalSpy replies(&client, &ShadowClient::replied);
    QSignalSpy deltas(&client, &ShadowClient::deltaReceived);
    QSignalSpy documents(&client, &ShadowClient::documentsReceived);
    const ShadowKey key{u"dev6"_s, u"settings"_s};

    const quint64 get404 = client.get(key);
    QVERIFY(replies.wait(WAIT_MS));
    ShadowReply reply = replies.takeFirst().at(0).value<ShadowReply>();
    QCOMPARE(reply.id, get404);
    QCOMPARE(reply.status, ShadowReply::Status::Rejected);
    QCOMPARE(reply.code, 404);
    QCOMPARE(reply.message, u"No shadow exists with name: 'settings'"_s);
    QVERIFY(client.isFollowing(key));

    const quint64 update = client.update(key, R"({"state":{"desired":{"mode":"eco"}}})");
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, WAIT_MS);
    reply = replies.takeFirst().at(0).value<ShadowReply>();
    QCOMPARE(reply.id, update);
    QCOMPARE(reply.status, ShadowReply::Status::Accepted);
    QCOMPARE(reply.version, 1);
    QVERIFY(reply.clientToken.startsWith(u"tb-"_s));
    QTRY_COMPARE_WITH_TIMEOUT(deltas.size(), 1, WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(documents.size(), 1, WAIT_MS);
    QCOMPARE(deltas.first().at(0).value<ShadowKey>(), key);
    QVERIFY(deltas.first().at(1).toByteArray().startsWith(R"({"state":{"mode":"eco"})"));

    // Another client's update on the followed shadow arrives live too.
    QVERIFY(startDriver(u"dev6"_s));
    m_driver->publish(u"$aws/things/dev6/shadow/name/settings/update"_s, R"({"state":{"reported":{"mode":"max"}}})", 1,
                      false);
    QTRY_COMPARE_WITH_TIMEOUT(documents.size(), 2, WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(deltas.size(), 2, WAIT_MS);
    QCOMPARE(replies.size(), 0); // not ours

    const quint64 get = client.get(key);
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, WAIT_MS);
    reply = replies.takeFirst().at(0).value<ShadowReply>();
    QCOMPARE(reply.id, get);
    QCOMPARE(reply.status, ShadowReply::Status::Accepted);
    const Result<ShadowDocument> document = ShadowDocument::fromJson(reply.payload);
    QVERIFY(document.ok());
    QCOMPARE(document->version(), 2);
    QCOMPARE(document->delta(), QByteArray(R"({"mode":"eco"})"));

    const quint64 removed = client.remove(key);
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 1, WAIT_MS);
    reply = replies.takeFirst().at(0).value<ShadowReply>();
    QCOMPARE(reply.id, removed);
    QCOMPARE(reply.status, ShadowReply::Status::Accepted);
    QCOMPARE(reply.version, 2);
    QCOMPARE(client.pendingRequests(), 0);
}

void TestShadowService::clientCorrelatesConcurrentRequests()
{
    QVERIFY(startService());
    MqttSession viewerSession;
    QVERIFY(connectAndWait(viewerSession, mtlsOptions(u"viewer2"_s)));
    ShadowClient client(&viewerSession);
    QSignalSpy replies(&client, &ShadowClient::replied);
    const ShadowKey key{u"dev7"_s, {}};
    // Ten updates in flight at once, each with its own expected version; then a 409 in the middle of them.
    QList<quint64> ids;
    for (int i = 0; i < 10; ++i) {
        ids.append(client.update(key,
                                 QByteArray(R"({"state":{"reported":{"i":)") + QByteArray::number(i) +
                                     R"(}},"version":)" + QByteArray::number(i) + '}'));
    }
    const quint64 conflict = client.update(key, R"({"state":{},"version":3,"clientToken":"mine"})");
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 11, WAIT_MS);
    for (int i = 0; i < 10; ++i) {
        const ShadowReply reply = replies.at(i).at(0).value<ShadowReply>();
        QCOMPARE(reply.id, ids.at(i));
        QCOMPARE(reply.status, ShadowReply::Status::Accepted);
        QCOMPARE(reply.version, i + 1);
    }
    const ShadowReply last = replies.at(10).at(0).value<ShadowReply>();
    QCOMPARE(last.id, conflict);
    QCOMPARE(last.status, ShadowReply::Status::Rejected);
    QCOMPARE(last.code, 409);
    QCOMPARE(last.clientToken, u"mine"_s); // the caller's own token is kept
}

void TestShadowService::clientFailsClearlyWhenNothingAnswers()
{
    // No shadow service on the broker: the request must fail with a message that says what to check.
    MqttSession viewerSession;
    QVERIFY(connectAndWait(viewerSession, mtlsOptions(u"viewer3"_s)));
    ShadowClient client(&viewerSession);
    client.setTimeout(700);
    QSignalSpy replies(&client, &ShadowClient::replied);
    const quint64 id = client.get({u"nobody"_s, {}});
    QVERIFY(replies.wait(WAIT_MS));
    const ShadowReply reply = replies.first().at(0).value<ShadowReply>();
    QCOMPARE(reply.id, id);
    QCOMPARE(reply.status, ShadowReply::Status::Failed);
    QVERIFY2(reply.message.contains(u"No answer"_s), qPrintable(reply.message));
    QVERIFY2(reply.message.contains(u"$aws/things/nobody/shadow/get/accepted"_s), qPrintable(reply.message));
    QVERIFY2(reply.message.contains(u"policy"_s), qPrintable(reply.message));
}

void TestShadowService::clientSendsInvalidJsonAndSeesTheError()
{
    QVERIFY(startService());
    MqttSession viewerSession;
    QVERIFY(connectAndWait(viewerSession, mtlsOptions(u"viewer4"_s)));
    ShadowClient client(&viewerSession);
    QSignalSpy replies(&client, &ShadowClient::replied);
    const quint64 id = client.update({u"dev8"_s, {}}, "{not json");
    QVERIFY(replies.wait(WAIT_MS));
    const ShadowReply reply = replies.first().at(0).value<ShadowReply>();
    QCOMPARE(reply.id, id); // matched without a token
    QCOMPARE(reply.status, ShadowReply::Status::Rejected);
    QCOMPARE(reply.code, 400);
    QCOMPARE(reply.message, u"Invalid JSON"_s);
}

QTEST_GUILESS_MAIN(TestShadowService)

#include "TestShadowService.moc"
