// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// IotHttpClient against the sandbox's LocalDataPlane over real TLS, with a real mosquitto behind it (spec
// aws-http-sigv4-greengrass.md §1; aws-shadow.md §5 for the shadow errors).
#include "aws/IotHttpClient.h"
#include "sandbox/DecisionLog.h"
#include "support/DataPlaneFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIotHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodeTopic();
    void publishArrivesWithPropertiesAndExactBytes();
    void retainedPublish();
    void retainedMessageApi();
    void retainedMessageApiErrors();
    void restUpdateSeenOverMqttWithDeltaAndDocuments();
    void mqttUpdateSeenOverRest();
    void restErrorsAreStatusesWithoutRejected_data();
    void restErrorsAreStatusesWithoutRejected();
    void listNamedShadowsPages();
    void policyDenialIs403WithExplanation();
    void inactiveCertificateGetsNoReply();
    void alpnOfferedAndPlain();
    void badPublishParametersAre400();

private:
    /// One request through IotHttpClient, waited for (bounded).
    Aws::IotHttpReply call(const std::function<void(Aws::IotHttpClient&)>& start, const QString& certFile = {});
    /// A connected MQTT 5 client on the plain listener subscribed to `filter`, collecting into `received`.
    std::unique_ptr<MqttSession> subscriber(const QString& filter, QList<MqttMessage>* received);

    DataPlaneTest::Fixture m_fixture;
};

void TestIotHttp::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error));
}

Aws::IotHttpReply TestIotHttp::call(const std::function<void(Aws::IotHttpClient&)>& start, const QString& certFile)
{
    Aws::IotHttpClient client;
    client.setTarget(m_fixture.target(certFile));
    QSignalSpy finished(&client, &Aws::IotHttpClient::finished);
    start(client);
    if (!finished.wait(15000)) {
        return {};
    }
    return finished.constFirst().constFirst().value<Aws::IotHttpReply>();
}

std::unique_ptr<MqttSession> TestIotHttp::subscriber(const QString& filter, QList<MqttMessage>* received)
{
    auto session = std::make_unique<MqttSession>();
    connect(session.get(), &MqttSession::messagesReceived, this, [received](const QList<MqttMessage>& messages) {
        if (received) {
            received->append(messages);
        }
    });
    QSignalSpy subscribed(session.get(), &MqttSession::subscribed);
    session->subscribe(filter, 1);
    session->connectToBroker(*ConnectionOptions::fromUrl(m_fixture.broker.plainUrl()));
    if (!subscribed.wait(10000)) {
        return nullptr;
    }
    return session;
}

void TestIotHttp::encodeTopic()
{
    // §1.2: '#', '+', '?' and '%' are encoded; '/' may stay raw (AWS samples send it so).
    QCOMPARE(Aws::IotHttpClient::encodeTopic(u"a/b#+?%c d"_s), QByteArray("a/b%23%2B%3F%25c%20d"));
    const Aws::HttpRequest request = Aws::IotHttpClient::publishRequest(u"t"_s, "x", {1, true, {}});
    QCOMPARE(request.target, QByteArray("/topics/t?qos=1&retain=true"));
    QCOMPARE(request.method, QByteArray("POST"));
}

void TestIotHttp::publishArrivesWithPropertiesAndExactBytes()
{
    QList<MqttMessage> received;
    auto sub = subscriber(u"allowed/#"_s, &received);
    QVERIFY(sub);
    Aws::IotPublishOptions options;
    options.qos = 1;
    options.properties.contentType = u"application/octet-stream"_s;
    options.properties.responseTopic = u"allowed/reply"_s;
    options.properties.messageExpirySeconds = 120;
    options.properties.userProperties = {{u"deviceName"_s, u"alpha"_s}, {u"deviceCnt"_s, u"45"_s}};
    options.properties.payloadIsUtf8 = false;
    options.properties.correlationData = QByteArray("\x01\x02\xff", 3);
    const QByteArray payload("bytes\0\xff\r\n end", 13);
    const QString topic = u"allowed/a?b%c"_s;
    const Aws::IotHttpReply reply = call([&](Aws::IotHttpClient& c) { c.publish(topic, payload, options); });
    QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.response.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(reply.response.body).object();
    QCOMPARE(body.value(u"message"_s).toString(), u"OK"_s);
    QVERIFY(!reply.requestId.isEmpty());
    QCOMPARE(body.value(u"traceId"_s).toString(), reply.requestId);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    const MqttMessage& message = received.constFirst();
    QCOMPARE(message.topic, topic);
    QCOMPARE(message.payload, payload);
    QCOMPARE(message.qos, quint8(1));
    QVERIFY(!message.retained);
    QVERIFY(message.properties);
    QCOMPARE(message.properties->contentType, options.properties.contentType);
    QCOMPARE(message.properties->responseTopic, options.properties.responseTopic);
    QVERIFY(message.properties->messageExpirySeconds && *message.properties->messageExpirySeconds <= 120 &&
            *message.properties->messageExpirySeconds >= 110);
    QCOMPARE(message.properties->userProperties, options.properties.userProperties);
    QCOMPARE(message.properties->payloadIsUtf8, std::optional<bool>(false));
    QCOMPARE(message.properties->correlationData, options.properties.correlationData);
}

void TestIotHttp::retainedPublish()
{
    Aws::IotPublishOptions options;
    options.retain = true;
    const Aws::IotHttpReply reply =
        call([&](Aws::IotHttpClient& c) { c.publish(u"allowed/retained"_s, "kept", options); });
    QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
    QList<MqttMessage> received;
    auto sub = subscriber(u"allowed/retained"_s, &received);
    QVERIFY(sub);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QVERIFY(received.constFirst().retained);
    QCOMPARE(received.constFirst().payload, QByteArray("kept"));
}

void TestIotHttp::retainedMessageApi()
{
    // §1.4: retained messages from MQTT (before the index starts) and from HTTPS (after) are listed and read with
    // their QoS; an empty retained publish deletes; pages follow nextToken.
    auto publisher = subscriber(u"allowed/unused"_s, nullptr);
    QVERIFY(publisher);
    QSignalSpy published(publisher.get(), &MqttSession::published);
    publisher->publish(u"allowed/r/one"_s, "1", 1, true);
    publisher->publish(u"allowed/r/two"_s, "22", 0, true);
    publisher->publish(u"allowed/r/not-retained"_s, "x", 1, false);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 3, 10000);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();

    Aws::IotHttpReply reply = call([](Aws::IotHttpClient& c) { c.getRetainedMessage(u"allowed/r/one"_s); });
    QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
    QJsonObject body = QJsonDocument::fromJson(reply.response.body).object();
    QCOMPARE(body.value(u"topic"_s).toString(), u"allowed/r/one"_s);
    QCOMPARE(QByteArray::fromBase64(body.value(u"payload"_s).toString().toLatin1()), QByteArray("1"));
    QCOMPARE(body.value(u"qos"_s).toInt(), 1);
    QVERIFY(body.value(u"lastModifiedTime"_s).toInteger() >= before - 60'000);

    Aws::IotPublishOptions retain;
    retain.retain = true;
    retain.qos = 1;
    reply = call([&](Aws::IotHttpClient& c) { c.publish(u"allowed/r/three"_s, "333", retain); });
    QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
    publisher->publish(u"allowed/r/two"_s, QByteArray(), 0, true); // deletes
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 4, 10000);

    // Every topic, one per page.
    QStringList topics;
    QList<int> sizes;
    QString token;
    for (int page = 0; page < 50; ++page) {
        reply = call([&](Aws::IotHttpClient& c) { c.listRetainedMessages(token, 1); });
        QVERIFY2(reply.succeeded(), qPrintable(reply.describe()));
        body = QJsonDocument::fromJson(reply.response.body).object();
        const QJsonArray items = body.value(u"retainedTopics"_s).toArray();
        QVERIFY(items.size() <= 1);
        for (const QJsonValue& item : items) {
            topics.append(item[u"topic"_s].toString());
            sizes.append(item[u"payloadSize"_s].toInt());
        }
        token = body.value(u"nextToken"_s).toString();
        if (token.isEmpty()) {
            break;
        }
    }
    const qsizetype one = topics.indexOf(u"allowed/r/one"_s);
    const qsizetype three = topics.indexOf(u"allowed/r/three"_s);
    QVERIFY2(one >= 0 && three > one, qPrintable(topics.join(u", "_s)));
    QCOMPARE(sizes.at(one), 1);
    QCOMPARE(sizes.at(three), 3);
    QVERIFY(!topics.contains(u"allowed/r/two"_s));
    QVERIFY(!topics.contains(u"allowed/r/not-retained"_s));
    QStringList sorted = topics;
    sorted.sort();
    QCOMPARE(topics, sorted);

    reply = call([](Aws::IotHttpClient& c) { c.getRetainedMessage(u"allowed/r/two"_s); });
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorType, u"ResourceNotFoundException"_s);
    reply = call([](Aws::IotHttpClient& c) { c.getRetainedMessage(u"allowed/r/three"_s); });
    QCOMPARE(reply.status, 200);
    body = QJsonDocument::fromJson(reply.response.body).object();
    QCOMPARE(QByteArray::fromBase64(body.value(u"payload"_s).toString().toLatin1()), QByteArray("333"));
}

void TestIotHttp::retainedMessageApiErrors()
{
    // Denied by the policy (GetRetainedMessage is granted under allowed/ only), bad parameters, wrong method.
    Aws::IotHttpReply reply = call([](Aws::IotHttpClient& c) { c.getRetainedMessage(u"secret/r"_s); });
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorType, u"ForbiddenException"_s);
    reply = call([](Aws::IotHttpClient& c) { c.listRetainedMessages({}, 201); });
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.serviceMessage.contains(u"maxResults"_s), qPrintable(reply.describe()));
    reply = call([](Aws::IotHttpClient& c) { c.listRetainedMessages(u"not a token!"_s, 5); });
    QCOMPARE(reply.status, 400);
    reply = call([](Aws::IotHttpClient& c) { c.getRetainedMessage(u"allowed/+"_s); });
    QCOMPARE(reply.status, 400);
}

void TestIotHttp::restUpdateSeenOverMqttWithDeltaAndDocuments()
{
    QList<MqttMessage> seen;
    auto observer = subscriber(u"$aws/things/dev-1/shadow/#"_s, &seen);
    QVERIFY(observer);
    const ShadowKey key{u"dev-1"_s, {}};
    const Aws::IotHttpReply update = call([&](Aws::IotHttpClient& c) {
        c.updateShadow(key, R"({"state":{"desired":{"color":"red"},"reported":{"color":"blue"}}})");
    });
    QVERIFY2(update.succeeded(), qPrintable(update.describe()));
    const QJsonObject accepted = QJsonDocument::fromJson(update.response.body).object();
    QCOMPARE(accepted.value(u"version"_s).toInt(), 1);
    // Side effects on MQTT: delta and documents, never /update/accepted for a REST request (§1.3).
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 2, 10000);
    QTest::qWait(200);
    QStringList topics;
    for (const MqttMessage& m : std::as_const(seen)) {
        topics.append(m.topic);
    }
    QVERIFY2(topics.contains(u"$aws/things/dev-1/shadow/update/delta"_s), qPrintable(topics.join(u' ')));
    QVERIFY(topics.contains(u"$aws/things/dev-1/shadow/update/documents"_s));
    QVERIFY(!topics.contains(u"$aws/things/dev-1/shadow/update/accepted"_s));
    // The same document over MQTT.
    seen.clear();
    observer->publish(u"$aws/things/dev-1/shadow/get"_s, {}, 1);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(seen.cbegin(), seen.cend(),
                                         [](const MqttMessage& m) { return m.topic.endsWith(u"/get/accepted"_s); }),
                             10000);
    const auto got = std::find_if(seen.cbegin(), seen.cend(),
                                  [](const MqttMessage& m) { return m.topic.endsWith(u"/get/accepted"_s); });
    const QJsonObject mqttDocument = QJsonDocument::fromJson(got->payload).object();
    QCOMPARE(mqttDocument.value(u"version"_s).toInt(), 1);
    QCOMPARE(mqttDocument.value(u"state"_s).toObject().value(u"desired"_s).toObject().value(u"color"_s).toString(),
             u"red"_s);
}

void TestIotHttp::mqttUpdateSeenOverRest()
{
    QList<MqttMessage> seen;
    auto device = subscriber(u"$aws/things/dev-1/shadow/name/motor/update/accepted"_s, &seen);
    QVERIFY(device);
    device->publish(u"$aws/things/dev-1/shadow/name/motor/update"_s, R"({"state":{"reported":{"rpm":1200}}})", 1);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 10000);
    const Aws::IotHttpReply get = call([&](Aws::IotHttpClient& c) { c.getShadow({u"dev-1"_s, u"motor"_s}); });
    QVERIFY2(get.succeeded(), qPrintable(get.describe()));
    const QJsonObject document = QJsonDocument::fromJson(get.response.body).object();
    QCOMPARE(document.value(u"version"_s).toInt(), 1);
    QCOMPARE(document.value(u"state"_s).toObject().value(u"reported"_s).toObject().value(u"rpm"_s).toInt(), 1200);
}

void TestIotHttp::restErrorsAreStatusesWithoutRejected_data()
{
    QTest::addColumn<QString>("shadow");
    QTest::addColumn<int>("operation");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("409 version conflict")
        << u"errors"_s << int(ShadowOperation::Update) << QByteArray(R"({"state":{"desired":{"a":1}},"version":99})")
        << 409 << u"Version conflict"_s;
    QTest::newRow("404 no shadow") << u"missing"_s << int(ShadowOperation::Get) << QByteArray() << 404
                                   << u"No shadow exists with name: 'missing'"_s;
    QTest::newRow("400 invalid json") << u"errors"_s << int(ShadowOperation::Update) << QByteArray("{not json") << 400
                                      << u"Bad request"_s;
}

void TestIotHttp::restErrorsAreStatusesWithoutRejected()
{
    QFETCH(QString, shadow);
    QFETCH(int, operation);
    QFETCH(QByteArray, document);
    QFETCH(int, status);
    QFETCH(QString, words);
    // The shadow must exist for a version conflict.
    const ShadowKey key{u"dev-1"_s, shadow};
    if (status == 409) {
        QVERIFY(
            call([&](Aws::IotHttpClient& c) { c.updateShadow(key, R"({"state":{"desired":{"a":0}}})"); }).succeeded());
    }
    QList<MqttMessage> seen;
    auto observer = subscriber(u"$aws/things/dev-1/shadow/name/+/+/rejected"_s, &seen);
    QVERIFY(observer);
    const Aws::IotHttpReply reply = call([&](Aws::IotHttpClient& c) {
        if (ShadowOperation(operation) == ShadowOperation::Update) {
            c.updateShadow(key, document);
        } else {
            c.getShadow(key);
        }
    });
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.succeeded());
    QVERIFY2(reply.explanation.contains(words), qPrintable(reply.explanation));
    QVERIFY2(reply.describe().contains(QString::number(status)), qPrintable(reply.describe()));
    QCOMPARE(QJsonDocument::fromJson(reply.response.body).object().value(u"code"_s).toInt(), status);
    QTest::qWait(300); // a /rejected message would have arrived by now on loopback
    QVERIFY(seen.isEmpty());
}

void TestIotHttp::listNamedShadowsPages()
{
    for (const QString& name : {u"s1"_s, u"s2"_s, u"s3"_s}) {
        QVERIFY(call([&](Aws::IotHttpClient& c) {
                    c.updateShadow({u"dev-2x"_s, name}, R"({"state":{"reported":{"on":true}}})");
                }).status == 403); // dev-2x is not allowed by the policy
    }
    QStringList created;
    for (const QString& name : {u"list-a"_s, u"list-b"_s, u"list-c"_s}) {
        QVERIFY(call([&](Aws::IotHttpClient& c) {
                    c.updateShadow({u"dev-1"_s, name}, R"({"state":{"reported":{"on":true}}})");
                }).succeeded());
    }
    const Aws::IotHttpReply first = call([](Aws::IotHttpClient& c) { c.listNamedShadows(u"dev-1"_s, {}, 2); });
    QVERIFY2(first.succeeded(), qPrintable(first.describe()));
    const QJsonObject page1 = QJsonDocument::fromJson(first.response.body).object();
    QCOMPARE(page1.value(u"results"_s).toArray().size(), 2);
    QVERIFY(page1.value(u"nextToken"_s).isString());
    QVERIFY(page1.value(u"timestamp"_s).isDouble());
    QStringList names;
    for (const QJsonValue& v : page1.value(u"results"_s).toArray()) {
        names.append(v.toString());
    }
    QString token = page1.value(u"nextToken"_s).toString();
    while (!token.isEmpty()) {
        const Aws::IotHttpReply next = call([&](Aws::IotHttpClient& c) { c.listNamedShadows(u"dev-1"_s, token, 2); });
        QVERIFY2(next.succeeded(), qPrintable(next.describe()));
        const QJsonObject page = QJsonDocument::fromJson(next.response.body).object();
        for (const QJsonValue& v : page.value(u"results"_s).toArray()) {
            names.append(v.toString());
        }
        token = page.value(u"nextToken"_s).toString();
        QVERIFY(names.size() < 100);
    }
    for (const QString& name : {u"list-a"_s, u"list-b"_s, u"list-c"_s}) {
        QVERIFY2(names.contains(name), qPrintable(names.join(u',')));
    }
    QCOMPARE(names.removeDuplicates(), 0);
    QVERIFY(!names.contains(QString())); // never the classic shadow
}

void TestIotHttp::policyDenialIs403WithExplanation()
{
    const Aws::IotHttpReply reply = call([](Aws::IotHttpClient& c) { c.publish(u"denied/x"_s, "no"); });
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorType, u"ForbiddenException"_s);
    QCOMPARE(reply.response.header("x-amzn-ErrorType"), QByteArray("ForbiddenException:"));
    QCOMPARE(reply.serviceMessage, u"Forbidden"_s);
    const QJsonObject body = QJsonDocument::fromJson(reply.response.body).object();
    QCOMPARE(body.value(u"traceId"_s).toString(), reply.requestId);
    QVERIFY2(reply.explanation.contains(u"iot:Publish"_s), qPrintable(reply.explanation));
    QVERIFY(reply.describe().contains(u"Forbidden"_s));
    // The decision is in the decision log with its explanation, in the plugin's line format.
    auto log = FileIo::readFile(m_fixture.logPath);
    QVERIFY(log);
    bool found = false;
    for (const QByteArray& line : log->split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"action"_s) == u"iot:Publish"_s &&
            o.value(u"resource"_s).toString().endsWith(u"topic/denied/x"_s)) {
            QCOMPARE(o.value(u"decision"_s).toString(), u"IMPLICIT_DENY"_s);
            QVERIFY(!o.value(u"explanation"_s).toString().isEmpty());
            // The sandbox's reader of the plugin's log takes these lines too.
            const auto decision = Sandbox::PolicyDecision::fromJsonLine(line);
            QVERIFY(decision && !decision->allowed() && decision->action == u"iot:Publish"_s);
            QVERIFY(decision->time.isValid());
            found = true;
        }
    }
    QVERIFY(found);
}

void TestIotHttp::inactiveCertificateGetsNoReply()
{
    const Aws::IotHttpReply reply =
        call([](Aws::IotHttpClient& c) { c.publish(u"allowed/x"_s, "x"); }, m_fixture.inactiveCert);
    QVERIFY(reply.transportError);
    QCOMPARE(reply.transportError->code, u"closed_without_reply"_s);
    QVERIFY2(reply.describe().contains(u"without a reply"_s), qPrintable(reply.describe()));
    QCOMPARE(reply.status, 0);
}

void TestIotHttp::alpnOfferedAndPlain()
{
    Aws::HttpsClient client;
    QSignalSpy received(&client, &Aws::HttpsClient::responseReceived);
    QSignalSpy failed(&client, &Aws::HttpsClient::failed);
    Aws::HttpsTarget target = m_fixture.target();
    target.tls.alpn = {u"x-amzn-http-ca"_s};
    client.send(target, Aws::IotHttpClient::publishRequest(u"allowed/alpn"_s, "a", {}));
    QVERIFY(received.wait(10000));
    auto response = received.takeFirst().constFirst().value<Aws::HttpResponse>();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.negotiatedProtocol, QByteArray("x-amzn-http-ca"));
    target.tls.alpn.clear(); // 8443 style
    client.send(target, Aws::IotHttpClient::publishRequest(u"allowed/plain"_s, "p", {}));
    QVERIFY(received.wait(10000));
    response = received.takeFirst().constFirst().value<Aws::HttpResponse>();
    QCOMPARE(response.status, 200);
    QVERIFY(response.negotiatedProtocol.isEmpty());
    QVERIFY(failed.isEmpty());
}

void TestIotHttp::badPublishParametersAre400()
{
    Aws::HttpsClient client;
    QSignalSpy received(&client, &Aws::HttpsClient::responseReceived);
    for (const QByteArray& target :
         {QByteArray("/topics/allowed/x?qos=2"), QByteArray("/topics/allowed/%23"),
          QByteArray("/topics/allowed/x?retain=maybe"), QByteArray("/topics/allowed/x?messageExpiry=-1")}) {
        Aws::HttpRequest request;
        request.method = "POST";
        request.target = target;
        request.body = "x";
        client.send(m_fixture.target(), request);
        QVERIFY(received.wait(10000));
        const auto response = received.takeFirst().constFirst().value<Aws::HttpResponse>();
        QVERIFY2(response.status == 400, target.constData());
        QCOMPARE(response.header("x-amzn-ErrorType"), QByteArray("InvalidRequestException:"));
        QVERIFY(!QJsonDocument::fromJson(response.body).object().value(u"message"_s).toString().isEmpty());
    }
    Aws::HttpRequest big;
    big.method = "POST";
    big.target = "/topics/allowed/big";
    big.body = QByteArray(128 * 1024 + 1, 'x');
    client.send(m_fixture.target(), big);
    QVERIFY(received.wait(10000));
    QCOMPARE(received.takeFirst().constFirst().value<Aws::HttpResponse>().status, 413);
    Aws::HttpRequest get;
    get.target = "/topics/allowed/x";
    client.send(m_fixture.target(), get);
    QVERIFY(received.wait(10000));
    QCOMPARE(received.takeFirst().constFirst().value<Aws::HttpResponse>().status, 405);
}

QTEST_GUILESS_MAIN(TestIotHttp)
#include "TestIotHttp.moc"
