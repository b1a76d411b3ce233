// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Greengrass discovery (spec aws-http-sigv4-greengrass.md §2): the response parser, the sandbox's local discovery
// service over real TLS, and the connect loop into a real mosquitto through the returned CA.
#include "aws/GreengrassDiscovery.h"
#include "support/DataPlaneFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// §2.2, the AWS docs' curl output (capitalised keys).
const char DOC_EXAMPLE[] =
    "{\"GGGroups\":[{\"GGGroupId\":\"greengrassV2-coreDevice-MyGreengrassCore\",\"Cores\":[{\"thingArn\":\"arn:aws:iot:"
    "us-west-2:123456789012:thing/"
    "MyGreengrassCore\",\"Connectivity\":[{\"Id\":\"AUTOIP_192.168.1.4_1\",\"HostAddress\":"
    "\"192.168.1.5\",\"PortNumber\":8883,\"Metadata\":\"\"}]}],\"CAs\":[\"-----BEGIN "
    "CERTIFICATE-----\\ncert-contents\\n-"
    "----END CERTIFICATE-----\\n\"]}]}";
// The templates' lower-case variant.
const char LOWER_CASE[] = "{\"ggGroups\":[{\"ggGroupId\":\"g1\",\"cores\":[{\"thingArn\":\"arn:core\",\"connectivity\":"
                          "[{\"id\":\"c1\",\"hostAddress\":\"core.local\",\"portNumber\":8884,\"metadata\":\"m\"}]}],"
                          "\"cas\":[\"PEM\"]}]}";

} // namespace

class TestGreengrassDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesTheDocExample();
    void parsesLowerCaseKeys();
    void refusesWrongTypes_data();
    void refusesWrongTypes();
    void discoverThenConnectThroughReturnedCa();
    void connectLoopTriesEntriesInOrder();
    void unknownThingIs404();
    void noDiscoverPermissionIs403();

private:
    /// discover() on the local service; returns the failed() error or the discovered() response.
    std::variant<Aws::DiscoveryResponse, Error> discover(const QString& thing);
    DataPlaneTest::Fixture m_fixture;
};

void TestGreengrassDiscovery::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error));
}

void TestGreengrassDiscovery::parsesTheDocExample()
{
    const auto parsed = Aws::DiscoveryResponse::parse(DOC_EXAMPLE);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->groups.size(), 1);
    const Aws::DiscoveryGroup& group = parsed->groups.constFirst();
    QCOMPARE(group.groupId, u"greengrassV2-coreDevice-MyGreengrassCore"_s);
    QCOMPARE(group.cores.size(), 1);
    QCOMPARE(group.cores.constFirst().thingArn, u"arn:aws:iot:us-west-2:123456789012:thing/MyGreengrassCore"_s);
    const Aws::DiscoveryConnectivity& c = group.cores.constFirst().connectivity.constFirst();
    QCOMPARE(c.id, u"AUTOIP_192.168.1.4_1"_s);
    QCOMPARE(c.hostAddress, u"192.168.1.5"_s);
    QCOMPARE(c.port, quint16(8883));
    QCOMPARE(c.metadata, QString());
    QCOMPARE(group.cas, QStringList{u"-----BEGIN CERTIFICATE-----\ncert-contents\n-----END CERTIFICATE-----\n"_s});
    // toJson() writes AWS's shape back.
    const auto again = Aws::DiscoveryResponse::parse(parsed->toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), parsed->toJson());
    QVERIFY(parsed->toJson().contains("\"HostAddress\":\"192.168.1.5\""));
}

void TestGreengrassDiscovery::parsesLowerCaseKeys()
{
    const auto parsed = Aws::DiscoveryResponse::parse(LOWER_CASE);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    const Aws::DiscoveryConnectivity& c = parsed->groups.constFirst().cores.constFirst().connectivity.constFirst();
    QCOMPARE(parsed->groups.constFirst().groupId, u"g1"_s);
    QCOMPARE(c.hostAddress, u"core.local"_s);
    QCOMPARE(c.port, quint16(8884));
    QCOMPARE(parsed->groups.constFirst().cas, QStringList{u"PEM"_s});
    // Every field optional.
    QVERIFY(Aws::DiscoveryResponse::parse("{}"));
    const auto noPort =
        Aws::DiscoveryResponse::parse(R"({"GGGroups":[{"Cores":[{"Connectivity":[{"HostAddress":"h"}]}]}]})");
    QVERIFY(noPort);
    QCOMPARE(noPort->groups.constFirst().cores.constFirst().connectivity.constFirst().port, quint16(8883));
}

void TestGreengrassDiscovery::refusesWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("not json") << QByteArray("{") << u"not JSON"_s;
    QTest::newRow("array root") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("groups not a list") << QByteArray(R"({"GGGroups":{}})") << u"GGGroups"_s;
    QTest::newRow("group id a number") << QByteArray(R"({"GGGroups":[{"GGGroupId":5}]})") << u"GGGroupId"_s;
    QTest::newRow("port a string") << QByteArray(
                                          R"({"GGGroups":[{"Cores":[{"Connectivity":[{"PortNumber":"8883"}]}]}]})")
                                   << u"PortNumber"_s;
    QTest::newRow("port out of range") << QByteArray(
                                              R"({"GGGroups":[{"Cores":[{"Connectivity":[{"PortNumber":70000}]}]}]})")
                                       << u"PortNumber"_s;
    QTest::newRow("CA not a string") << QByteArray(R"({"GGGroups":[{"CAs":[1]}]})") << u"CAs"_s;
}

void TestGreengrassDiscovery::refusesWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    const auto parsed = Aws::DiscoveryResponse::parse(json);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, u"invalid_discovery_response"_s);
    QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
}

std::variant<Aws::DiscoveryResponse, Error> TestGreengrassDiscovery::discover(const QString& thing)
{
    Aws::GreengrassDiscovery discovery;
    QSignalSpy discovered(&discovery, &Aws::GreengrassDiscovery::discovered);
    QSignalSpy failed(&discovery, &Aws::GreengrassDiscovery::failed);
    discovery.discover(m_fixture.target(), thing);
    if (!QTest::qWaitFor([&] { return !discovered.isEmpty() || !failed.isEmpty(); }, 15000)) {
        return Error{u"test_timeout"_s, u"no answer"_s, {}};
    }
    if (!failed.isEmpty()) {
        return failed.constFirst().constFirst().value<Error>();
    }
    return discovered.constFirst().constFirst().value<Aws::DiscoveryResponse>();
}

void TestGreengrassDiscovery::discoverThenConnectThroughReturnedCa()
{
    const auto result = discover(u"dev-1"_s);
    QVERIFY2(std::holds_alternative<Aws::DiscoveryResponse>(result),
             std::holds_alternative<Error>(result) ? qPrintable(std::get<Error>(result).fullText()) : "");
    const auto& response = std::get<Aws::DiscoveryResponse>(result);
    QCOMPARE(response.groups.size(), 1);
    QCOMPARE(response.groups.constFirst().groupId, u"greengrassV2-coreDevice-thingbench-sandbox-core"_s);
    const Aws::DiscoveryConnectivity endpoint =
        response.groups.constFirst().cores.constFirst().connectivity.constFirst();
    QCOMPARE(endpoint.hostAddress, u"127.0.0.1"_s);
    QCOMPARE(endpoint.port, m_fixture.broker.mtlsPort());
    QVERIFY(response.groups.constFirst().cas.constFirst().contains(u"BEGIN CERTIFICATE"_s));

    // Connect with only the device certificate and key: the CA comes from the response.
    Aws::GreengrassDiscovery discovery;
    QSignalSpy connected(&discovery, &Aws::GreengrassDiscovery::coreConnected);
    QSignalSpy failed(&discovery, &Aws::GreengrassDiscovery::failed);
    ConnectionOptions base;
    base.certFile = m_fixture.broker.pki().clientCert;
    base.keyFile = m_fixture.broker.pki().clientKey;
    discovery.connectToCore(response, base, u"dev-1"_s);
    QVERIFY2(connected.wait(15000),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().value<Error>().fullText()));
    QCOMPARE(connected.constFirst().constFirst().value<Aws::DiscoveryAttempt>().number, 1);
    QVERIFY(discovery.session());
    QCOMPARE(discovery.session()->clientId(), u"dev-1"_s);
    QVERIFY(discovery.session()->options().caFile != m_fixture.broker.pki().caCert); // the temporary CA file
    QCOMPARE(QFileInfo(discovery.session()->options().caFile).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestGreengrassDiscovery::connectLoopTriesEntriesInOrder()
{
    auto ca = FileIo::readFile(m_fixture.broker.pki().caCert);
    QVERIFY(ca);
    Aws::DiscoveryResponse response;
    Aws::DiscoveryGroup group;
    group.groupId = u"g"_s;
    group.cas = {QString::fromUtf8(*ca)};
    Aws::DiscoveryCore core;
    core.connectivity = {{u"dead"_s, u"127.0.0.1"_s, BrokerFixture::freePort(), {}},
                         {u"live"_s, u"localhost"_s, m_fixture.broker.mtlsPort(), {}}};
    group.cores = {core};
    response.groups = {group};
    Aws::GreengrassDiscovery discovery;
    QSignalSpy started(&discovery, &Aws::GreengrassDiscovery::attemptStarted);
    QSignalSpy attemptFailed(&discovery, &Aws::GreengrassDiscovery::attemptFailed);
    QSignalSpy connected(&discovery, &Aws::GreengrassDiscovery::coreConnected);
    ConnectionOptions base;
    base.certFile = m_fixture.broker.pki().clientCert;
    base.keyFile = m_fixture.broker.pki().clientKey;
    discovery.connectToCore(response, base, u"dev-1"_s);
    QVERIFY(connected.wait(30000));
    QCOMPARE(started.size(), 2);
    QCOMPARE(attemptFailed.size(), 1);
    QCOMPARE(attemptFailed.constFirst().constFirst().value<Aws::DiscoveryAttempt>().endpoint.id, u"dead"_s);
    QVERIFY(!attemptFailed.constFirst().at(1).toString().isEmpty());
    QCOMPARE(connected.constFirst().constFirst().value<Aws::DiscoveryAttempt>().endpoint.id, u"live"_s);
}

void TestGreengrassDiscovery::unknownThingIs404()
{
    // The policy allows Discover on ghost-1, which the registry does not have.
    Aws::HttpsClient client;
    QSignalSpy received(&client, &Aws::HttpsClient::responseReceived);
    client.send(m_fixture.target(), Aws::GreengrassDiscovery::discoverRequest(u"ghost-1"_s));
    QVERIFY(received.wait(10000));
    const auto response = received.constFirst().constFirst().value<Aws::HttpResponse>();
    QCOMPARE(response.status, 404);
    QCOMPARE(response.body, QByteArray(R"({"errorMessage":"The thing provided for discovery was not found"})"));
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    const auto result = discover(u"ghost-1"_s);
    QVERIFY(std::holds_alternative<Error>(result));
    const Error& error = std::get<Error>(result);
    QCOMPARE(error.code, u"discovery_http_404"_s);
    QVERIFY2(error.message.contains(u"The thing provided for discovery was not found"_s), qPrintable(error.message));
    QVERIFY(error.message.contains(u"Associate"_s));
}

void TestGreengrassDiscovery::noDiscoverPermissionIs403()
{
    const auto result = discover(u"dev-2"_s);
    QVERIFY(std::holds_alternative<Error>(result));
    const Error& error = std::get<Error>(result);
    QCOMPARE(error.code, u"discovery_http_403"_s);
    QVERIFY2(error.message.contains(u"greengrass:Discover"_s), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestGreengrassDiscovery)
#include "TestGreengrassDiscovery.moc"
