// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// AWS IoT policy evaluation, table-driven; each row cites the section of specs/aws-iot-policy.md it checks.

#include "policy/PolicyCheck.h"
#include "policy/PolicyDocument.h"
#include "policy/PolicyEvaluator.h"

#include <QTest>

#include <nlohmann/json.hpp>

using Json = nlohmann::json;

namespace {

const char ARN[] = "arn:aws:iot:us-east-1:123456789012:";

Json statement(const char* effect, Json action, Json resource, Json condition = nullptr)
{
    Json s = {{"Effect", effect}, {"Action", std::move(action)}, {"Resource", std::move(resource)}};
    if (!condition.is_null()) {
        s["Condition"] = std::move(condition);
    }
    return s;
}

Json policy(Json statements)
{
    return {{"Version", "2012-10-17"}, {"Statement", std::move(statements)}};
}

std::string arn(const std::string& rest)
{
    return ARN + rest;
}

/// One check line, evaluated; fails the test when the line does not parse.
Policy::Result check(const Json& policies, const Json& context, const std::string& action, const std::string& resource)
{
    const Json line = {
        {"policies", policies}, {"context", context}, {"request", {{"action", action}, {"resource", resource}}}};
    auto input = Policy::parseCheckLine(line.dump());
    if (auto* error = std::get_if<std::string>(&input)) {
        qWarning("check line refused: %s", error->c_str());
        return {};
    }
    const auto& parsed = std::get<Policy::CheckInput>(input);
    return Policy::Evaluator(parsed.policies).evaluate(parsed.request, parsed.context);
}

QByteArray decision(const Policy::Result& result)
{
    return Policy::decisionName(result.decision);
}

} // namespace

class TestPolicyEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void explanationNamesTheNearMiss();
    void unresolvedVariablesAreReported();
    void explicitDenyNamesTheStatement();
    void checkOutputIsOneJsonLine();
    void documentErrors_data();
    void documentErrors();
    void warnings();
};

void TestPolicyEvaluator::decisions_data()
{
    QTest::addColumn<QByteArray>("policies"); // JSON list of documents
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QByteArray>("resource"); // after the account: "topic/a/b"
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char* name, const Json& policies, const Json& context, const char* action,
                        const char* resource, const char* expected) {
        QTest::newRow(name) << QByteArray::fromStdString(policies.dump()) << QByteArray::fromStdString(context.dump())
                            << QByteArray(action) << QByteArray(resource) << QByteArray(expected);
    };
    const Json none = Json::object();
    const Json client = {{"clientId", "dev-1"}};

    // §5: default deny.
    row("§5 no policy: implicit deny", Json::array(), client, "iot:Connect", "client/dev-1", "IMPLICIT_DENY");
    // §3 Resource: topics and filters compare as plain strings; + and # are ordinary characters.
    const Json plusFilter =
        Json::array({policy({statement("Allow", "iot:Subscribe", arn("topicfilter/some/+/topic"))})});
    row("§3 topicfilter + allows exactly that filter", plusFilter, none, "iot:Subscribe", "topicfilter/some/+/topic",
        "ALLOWED");
    row("§3 topicfilter + is not an MQTT wildcard", plusFilter, none, "iot:Subscribe", "topicfilter/some/x/topic",
        "IMPLICIT_DENY");
    const Json starFilter =
        Json::array({policy({statement("Allow", "iot:Subscribe", arn("topicfilter/some/*/topic"))})});
    row("§3 * spans levels", starFilter, none, "iot:Subscribe", "topicfilter/some/a/b/topic", "ALLOWED");
    row("§3 * matches a + filter", starFilter, none, "iot:Subscribe", "topicfilter/some/+/topic", "ALLOWED");
    const Json restricted =
        Json::array({policy({statement("Allow", "iot:Subscribe", arn("topicfilter/a/*")),
                             statement("Deny", "iot:Subscribe", arn("topicfilter/a/restricted/*"))})});
    row("§3 topicfilter/a/* allows a/#", restricted, none, "iot:Subscribe", "topicfilter/a/#", "ALLOWED");
    row("§3 a Deny on a/restricted/* does not stop a/#", restricted, none, "iot:Subscribe", "topicfilter/a/#",
        "ALLOWED");
    row("§3 ... but denies a/restricted/x", restricted, none, "iot:Subscribe", "topicfilter/a/restricted/x",
        "EXPLICIT_DENY");
    const Json questions = Json::array({policy({statement("Allow", "iot:Publish",
                                                          arn("topic/some/?"
                                                              "?"
                                                              "?"
                                                              "?"
                                                              "?/topic"))})});
    row("§3 ? also matches /", questions, none, "iot:Publish", "topic/some/a/b/c/topic", "ALLOWED");
    row("§3 ? is one character", questions, none, "iot:Publish", "topic/some/abcdef/topic", "IMPLICIT_DENY");
    const Json shadow =
        Json::array({policy({statement("Allow", "iot:Publish", arn("topic/$aws/things/t1/shadow/update"))})});
    row("§3 $ is literal", shadow, none, "iot:Publish", "topic/$aws/things/t1/shadow/update", "ALLOWED");
    const Json literalStar = Json::array({policy({statement("Allow", "iot:Publish", arn("topic/a/${*}"))})});
    row("§3 ${*} is a literal star", literalStar, none, "iot:Publish", "topic/a/*", "ALLOWED");
    row("§3 ${*} is not a wildcard", literalStar, none, "iot:Publish", "topic/a/b", "IMPLICIT_DENY");
    const Json west =
        Json::array({policy({statement("Allow", "iot:Connect", "arn:aws:iot:us-west-2:123456789012:client/*")})});
    row("§3 region is part of the ARN", west, client, "iot:Connect", "client/dev-1", "IMPLICIT_DENY");
    const Json anyRegion = Json::array({policy({statement("Allow", "iot:Connect", "arn:aws:iot:*:*:client/*")})});
    row("§3 wildcard region and account", anyRegion, client, "iot:Connect", "client/dev-1", "ALLOWED");
    // §3 Action.
    const Json caseAction = Json::array({policy({statement("Allow", "IOT:publish", arn("topic/a"))})});
    row("§3 actions are case-insensitive", caseAction, none, "iot:Publish", "topic/a", "ALLOWED");
    const Json iotStar = Json::array({policy({statement("Allow", "iot:*", "*")})});
    row("§3 iot:* and * allow everything", iotStar, none, "iot:Receive", "topic/x", "ALLOWED");
    Json notAction = policy({statement("Allow", nullptr, "*")});
    notAction["Statement"][0].erase("Action");
    notAction["Statement"][0]["NotAction"] = "iot:Publish";
    row("§3 NotAction: everything but", Json::array({notAction}), none, "iot:Publish", "topic/a", "IMPLICIT_DENY");
    row("§3 NotAction: the rest allowed", Json::array({notAction}), none, "iot:Subscribe", "topicfilter/a", "ALLOWED");
    Json notResource = policy({statement("Allow", "iot:Receive", nullptr)});
    notResource["Statement"][0].erase("Resource");
    notResource["Statement"][0]["NotResource"] = arn("topic/a/restricted/*");
    row("§3 NotResource: the documented fix", Json::array({notResource}), none, "iot:Receive", "topic/a/restricted/x",
        "IMPLICIT_DENY");
    row("§3 NotResource: other topics received", Json::array({notResource}), none, "iot:Receive", "topic/a/open",
        "ALLOWED");
    // §4 variables.
    const Json byClient =
        Json::array({policy({statement("Allow", "iot:Connect", arn("client/${iot:ClientId}")),
                             statement("Allow", "iot:Subscribe", arn("topicfilter/my/${iot:ClientId}/topic"))})});
    row("§4 ${iot:ClientId}", byClient, client, "iot:Connect", "client/dev-1", "ALLOWED");
    row("§4 client ID + substitutes as text", byClient, Json{{"clientId", "+"}}, "iot:Subscribe",
        "topicfilter/my/+/topic", "ALLOWED");
    Json unversioned = byClient;
    unversioned[0].erase("Version");
    row("§1 no Version: variables stay literal", unversioned, client, "iot:Connect", "client/dev-1", "IMPLICIT_DENY");
    row("§1 no Version: the literal text matches", unversioned, Json{{"clientId", "${iot:ClientId}"}}, "iot:Connect",
        "client/${iot:ClientId}", "ALLOWED");
    const Json byThing = Json::array(
        {policy({statement("Allow", "iot:Publish", arn("topic/things/${iot:Connection.Thing.ThingName}/*"))})});
    const Json attached = {{"clientId", "t1"}, {"thingName", "t1"}, {"thingAttached", true}};
    const Json detached = {{"clientId", "t1"}, {"thingName", "t1"}, {"thingAttached", false}};
    row("§4 thing name when attached", byThing, attached, "iot:Publish", "topic/things/t1/x", "ALLOWED");
    row("§4 thing name unresolved when not attached", byThing, detached, "iot:Publish", "topic/things/t1/x",
        "IMPLICIT_DENY");
    const Json byCn = Json::array(
        {policy({statement("Allow", "iot:Publish", arn("topic/${iot:Certificate.Subject.CommonName}/*")),
                 statement("Allow", "iot:Publish", arn("topic/second/${iot:Certificate.Subject.Organization.1}"))})});
    const Json certificate = {{"certificateSubject", {{"CommonName", {"dev-1"}}, {"Organization", {"Acme", "Labs"}}}}};
    row("§4 certificate CommonName", byCn, certificate, "iot:Publish", "topic/dev-1/x", "ALLOWED");
    row("§4 .1 is the second value", byCn, certificate, "iot:Publish", "topic/second/Labs", "ALLOWED");
    const Json wildcardCn = {{"certificateSubject", {{"CommonName", {"dev-*"}}}}};
    row("§4 a value with * is not substituted", byCn, wildcardCn, "iot:Publish", "topic/dev-*/x", "IMPLICIT_DENY");
    const Json denyByThing = Json::array(
        {policy({statement("Allow", "iot:Publish", arn("topic/*")),
                 statement("Deny", "iot:Publish", arn("topic/${iot:Connection.Thing.ThingName}/secret"))})});
    row("§4 an unresolved Deny is ineffective", denyByThing, client, "iot:Publish", "topic/t1/secret", "ALLOWED");
    row("§4 a resolved Deny applies", denyByThing, attached, "iot:Publish", "topic/t1/secret", "EXPLICIT_DENY");
    // §5 explicit deny across policies.
    const Json twoPolicies = Json::array({policy({statement("Allow", "iot:*", "*")}),
                                          policy({statement("Deny", "iot:Publish", arn("topic/forbidden"))})});
    row("§5 a Deny in any policy overrides", twoPolicies, none, "iot:Publish", "topic/forbidden", "EXPLICIT_DENY");
    // §3 conditions and missing keys.
    const auto conditioned = [&](Json condition) {
        return Json::array({policy({statement("Allow", "iot:Connect", arn("client/*"), std::move(condition))})});
    };
    row("§3 StringEquals holds", conditioned({{"StringEquals", {{"iot:ClientId", "dev-1"}}}}), client, "iot:Connect",
        "client/dev-1", "ALLOWED");
    row("§3 StringEquals fails", conditioned({{"StringEquals", {{"iot:ClientId", "dev-2"}}}}), client, "iot:Connect",
        "client/dev-1", "IMPLICIT_DENY");
    row("§3 values are ORed", conditioned({{"StringEquals", {{"iot:ClientId", {"dev-2", "dev-1"}}}}}), client,
        "iot:Connect", "client/dev-1", "ALLOWED");
    row("§3 missing key: plain operator false",
        conditioned({{"StringEquals", {{"iot:Connection.Thing.ThingTypeName", "x"}}}}), client, "iot:Connect",
        "client/dev-1", "IMPLICIT_DENY");
    row("§3 missing key: IfExists true",
        conditioned({{"StringEqualsIfExists", {{"iot:Connection.Thing.ThingTypeName", "x"}}}}), client, "iot:Connect",
        "client/dev-1", "ALLOWED");
    row("§3 missing key: negated true",
        conditioned({{"StringNotEquals", {{"iot:Connection.Thing.ThingTypeName", "x"}}}}), client, "iot:Connect",
        "client/dev-1", "ALLOWED");
    row("§3 missing key: ForAllValues true",
        conditioned({{"ForAllValues:StringEquals", {{"iot:Certificate.Subject.Organization.List", "Acme"}}}}), client,
        "iot:Connect", "client/dev-1", "ALLOWED");
    row("§3 missing key: ForAnyValue false",
        conditioned({{"ForAnyValue:StringEquals", {{"iot:Certificate.Subject.Organization.List", "Acme"}}}}), client,
        "iot:Connect", "client/dev-1", "IMPLICIT_DENY");
    const Json persistent = {{"clientId", "dev-1"}, {"connectAttributes", {"PersistentConnect"}}};
    row("§2 ConnectAttributes PersistentConnect",
        conditioned({{"ForAnyValue:StringEquals", {{"iot:ConnectAttributes", "PersistentConnect"}}}}), persistent,
        "iot:Connect", "client/dev-1", "ALLOWED");
    row("§2 a clean connect has no attributes",
        conditioned({{"ForAnyValue:StringEquals", {{"iot:ConnectAttributes", "PersistentConnect"}}}}),
        Json{{"clientId", "dev-1"}, {"connectAttributes", Json::array()}}, "iot:Connect", "client/dev-1",
        "IMPLICIT_DENY");
    row("§3 Bool on IsAttached", conditioned({{"Bool", {{"iot:Connection.Thing.IsAttached", "true"}}}}), attached,
        "iot:Connect", "client/t1", "ALLOWED");
    row("§3 Bool on IsAttached, detached", conditioned({{"Bool", {{"iot:Connection.Thing.IsAttached", "true"}}}}),
        detached, "iot:Connect", "client/t1", "IMPLICIT_DENY");
    row("§3 Null: the key is absent", conditioned({{"Null", {{"iot:Connection.Thing.ThingName", "true"}}}}), client,
        "iot:Connect", "client/dev-1", "ALLOWED");
    row("§3 StringLike with a variable",
        conditioned({{"StringLike", {{"iot:ClientId", "${iot:Connection.Thing.ThingName}*"}}}}),
        Json{{"clientId", "t1-a"}, {"thingName", "t1"}, {"thingAttached", true}}, "iot:Connect", "client/t1-a",
        "ALLOWED");
    row("§3 IpAddress CIDR", conditioned({{"IpAddress", {{"aws:SourceIp", "10.0.0.0/8"}}}}),
        Json{{"sourceIp", "10.1.2.3"}}, "iot:Connect", "client/x", "ALLOWED");
    row("§3 IpAddress outside", conditioned({{"IpAddress", {{"aws:SourceIp", "10.0.0.0/8"}}}}),
        Json{{"sourceIp", "192.168.1.1"}}, "iot:Connect", "client/x", "IMPLICIT_DENY");
    row("§3 ArnLike on the Will topic", conditioned({{"ArnLike", {{"iot:LastWillTopic", arn("topic/will/*")}}}}),
        Json{{"lastWillTopic", arn("topic/will/dev-1")}}, "iot:Connect", "client/x", "ALLOWED");
}

void TestPolicyEvaluator::decisions()
{
    QFETCH(QByteArray, policies);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, action);
    QFETCH(QByteArray, resource);
    QFETCH(QByteArray, expected);
    const Policy::Result result = check(Json::parse(policies.toStdString()), Json::parse(context.toStdString()),
                                        action.toStdString(), arn(resource.toStdString()));
    QVERIFY2(decision(result) == expected, result.explanation.c_str());
    QVERIFY(!result.explanation.empty());
    QVERIFY2(result.explanation.rfind(expected.toStdString() + ":", 0) == 0, result.explanation.c_str());
}

void TestPolicyEvaluator::explanationNamesTheNearMiss()
{
    const Json policies = Json::array({policy({statement("Allow", "iot:Connect", arn("client/*")),
                                               statement("Allow", "iot:Subscribe", arn("topicfilter/devices/+"))})});
    const Policy::Result result = check(policies, Json::object(), "iot:Subscribe", arn("topicfilter/devices/#"));
    QCOMPARE(decision(result), QByteArray("IMPLICIT_DENY"));
    QCOMPARE(QString::fromStdString(result.explanation),
             QStringLiteral("IMPLICIT_DENY: no statement allows iot:Subscribe on topicfilter/devices/#; policy 1 "
                            "statement 2 allows iot:Subscribe on topicfilter/devices/+ only"));

    const Json conditioned = Json::array({policy(
        {statement("Allow", "iot:Connect", arn("client/*"), {{"StringEquals", {{"iot:ClientId", "dev-2"}}}})})});
    const Policy::Result refused = check(conditioned, Json{{"clientId", "dev-1"}}, "iot:Connect", arn("client/dev-1"));
    QCOMPARE(QString::fromStdString(refused.explanation),
             QStringLiteral("IMPLICIT_DENY: no statement allows iot:Connect on client/dev-1; policy 1 statement 1 "
                            "matches, but its condition StringEquals iot:ClientId [\"dev-2\"] does not hold "
                            "(iot:ClientId is \"dev-1\")"));

    const Policy::Result unnamed = check(Json::array({policy({statement("Allow", "iot:Publish", arn("topic/a"))})}),
                                         Json::object(), "iot:Subscribe", arn("topicfilter/a"));
    QVERIFY2(unnamed.explanation.find("no Allow statement names iot:Subscribe") != std::string::npos,
             unnamed.explanation.c_str());
}

void TestPolicyEvaluator::unresolvedVariablesAreReported()
{
    // §4: an Allow relying on an unresolved variable is lost; the missing value is listed and explained.
    const Json byThing = Json::array(
        {policy({statement("Allow", "iot:Publish", arn("topic/things/${iot:Connection.Thing.ThingName}/*"))})});
    const Policy::Result detached =
        check(byThing, Json{{"clientId", "t1"}, {"thingName", "t1"}, {"thingAttached", false}}, "iot:Publish",
              arn("topic/things/t1/x"));
    QCOMPARE(detached.missingContextValues, std::vector<std::string>{"iot:Connection.Thing.ThingName"});
    QVERIFY2(detached.explanation.find("thing t1 is not attached to the certificate") != std::string::npos,
             detached.explanation.c_str());
    const Policy::Result noThing = check(byThing, Json{{"clientId", "t1"}}, "iot:Publish", arn("topic/things/t1/x"));
    QVERIFY2(noThing.explanation.find("no registry thing is named as the client ID") != std::string::npos,
             noThing.explanation.c_str());

    // A Deny that cannot apply is a finding, even when the request is allowed.
    const Json denyByThing = Json::array(
        {policy({statement("Allow", "iot:Publish", arn("topic/*")),
                 statement("Deny", "iot:Publish", arn("topic/${iot:Connection.Thing.ThingName}/secret"))})});
    const Policy::Result allowed = check(denyByThing, Json{{"clientId", "t1"}}, "iot:Publish", arn("topic/t1/secret"));
    QCOMPARE(decision(allowed), QByteArray("ALLOWED"));
    QVERIFY2(allowed.explanation.find("the Deny in policy 1 statement 2 cannot apply") != std::string::npos,
             allowed.explanation.c_str());

    // An undocumented variable is flagged (§4 pitfalls) and never resolves.
    const Json typo = Json::array({policy({statement("Allow", "iot:Publish", arn("topic/${iot:Thing.ThingName}/*"))})});
    const Policy::Result typoResult = check(
        typo, Json{{"clientId", "t1"}, {"thingName", "t1"}, {"thingAttached", true}}, "iot:Publish", arn("topic/t1/x"));
    QCOMPARE(decision(typoResult), QByteArray("IMPLICIT_DENY"));
    QVERIFY2(typoResult.explanation.find("is not an AWS IoT policy variable") != std::string::npos,
             typoResult.explanation.c_str());
}

void TestPolicyEvaluator::explicitDenyNamesTheStatement()
{
    Json named = policy({statement("Allow", "iot:*", "*"), statement("Deny", "iot:Publish", arn("topic/forbidden"))});
    named["Statement"][1]["Sid"] = "NoForbidden";
    const Policy::Result result = check(Json::array({named}), Json::object(), "iot:Publish", arn("topic/forbidden"));
    QCOMPARE(QString::fromStdString(result.explanation),
             QStringLiteral("EXPLICIT_DENY: policy 1 statement 2 (NoForbidden) denies iot:Publish on topic/forbidden; "
                            "an explicit Deny overrides every Allow"));
    QCOMPARE(result.matched.size(), size_t(1));
    QCOMPARE(result.matched.front().statement, size_t(1));
}

void TestPolicyEvaluator::checkOutputIsOneJsonLine()
{
    const Json policies = Json::array({policy({statement("Allow", "iot:Publish", arn("topic/a"))})});
    const Policy::Result result = check(policies, Json::object(), "iot:Publish", arn("topic/a"));
    const std::string line = Policy::resultToJson(result);
    QVERIFY(line.find('\n') == std::string::npos);
    const Json json = Json::parse(line);
    QCOMPARE(QString::fromStdString(json["decision"].get<std::string>()), QStringLiteral("ALLOWED"));
    QCOMPARE(json["allowed"].get<bool>(), true);
    QCOMPARE(json["matched"].dump(), std::string(R"([{"effect":"Allow","policy":0,"statement":0}])"));
    QVERIFY(json["missingContextValues"].is_array());
    QVERIFY(json["explanation"].get<std::string>().rfind("ALLOWED: policy 1 statement 1 allows iot:Publish", 0) == 0);

    // Found by FuzzPolicy: a number too large for a double is an error, not an exception.
    const auto overflow = Policy::parseCheckLine(R"({"policies":[],"n":5555555555e55555})");
    QVERIFY(std::holds_alternative<std::string>(overflow));
    QCOMPARE(QString::fromStdString(std::get<std::string>(overflow)),
             QStringLiteral("the line holds a number too large to read"));
    const auto refused = Policy::parseCheckLine(R"({"policies":[],"request":{"action":"iot:Publish"}})");
    QVERIFY(std::holds_alternative<std::string>(refused));
    QVERIFY(std::get<std::string>(refused).find("\"request\" must be") != std::string::npos);
}

void TestPolicyEvaluator::documentErrors_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("error"); // a piece of the message
    QTest::newRow("§1 bad JSON") << QByteArray(R"({"Version":"2012-10-17","Statement":[)")
                                 << QByteArray("not valid JSON");
    QTest::newRow("§1 no Statement") << QByteArray(R"({"Version":"2012-10-17"})") << QByteArray("has no \"Statement\"");
    QTest::newRow("§1 unknown effect")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Permit","Action":"iot:Connect","Resource":"*"}]})")
        << QByteArray("statement 1: Effect must be \"Allow\" or \"Deny\", not \"Permit\"");
    QTest::newRow("§2 unknown action")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Publsh","Resource":"*"}]})")
        << QByteArray("unknown action \"iot:Publsh\"");
    QTest::newRow("§2 wildcard matching no action")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Pub*x","Resource":"*"}]})")
        << QByteArray("unknown action \"iot:Pub*x\"");
    QTest::newRow("§2 not an IoT action")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]})")
        << QByteArray("not an AWS IoT action");
    QTest::newRow("§2 ARN with too few parts")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Publish","Resource":"arn:aws:iot:topic/a"}]})")
        << QByteArray("malformed resource ARN \"arn:aws:iot:topic/a\": it has 4 colon-separated parts instead of 6");
    QTest::newRow("§2 unknown resource type")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Publish","Resource":"arn:aws:iot:us-east-1:1:topics/a"}]})")
        << QByteArray("\"topics\" is not an AWS IoT resource type");
    QTest::newRow("§2 resource not an ARN")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Publish","Resource":"topic/a"}]})")
        << QByteArray("it does not start with arn:");
    QTest::newRow("§3 unsupported operator")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Connect","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}}]})")
        << QByteArray("unsupported condition operator \"DateGreaterThan\"");
    QTest::newRow("§1 both Action and NotAction")
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Connect","NotAction":"iot:Publish","Resource":"*"}]})")
        << QByteArray("give either Action or NotAction, not both");
    QTest::newRow("§1 missing Resource")
        << QByteArray(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Connect"}]})")
        << QByteArray("missing Resource or NotResource");
}

void TestPolicyEvaluator::documentErrors()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, error);
    const auto parsed = Policy::Document::parse(document.toStdString());
    QVERIFY(std::holds_alternative<Policy::ParseError>(parsed));
    const std::string message = std::get<Policy::ParseError>(parsed).message;
    QVERIFY2(message.find(error.toStdString()) != std::string::npos, message.c_str());
}

void TestPolicyEvaluator::warnings()
{
    const auto parsed = Policy::Document::parse(
        R"({"Statement":[{"Effect":"Allow","Action":"iot:Publish","Resource":"arn:aws:iot:*:*:topic/${iot:ClientId}"}]})");
    QVERIFY(std::holds_alternative<Policy::Document>(parsed));
    const auto& warnings = std::get<Policy::Document>(parsed).warnings;
    QCOMPARE(warnings.size(), size_t(1));
    QVERIFY(warnings.front().find("no \"Version\"") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestPolicyEvaluator)
#include "TestPolicyEvaluator.moc"
