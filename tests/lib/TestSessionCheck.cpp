// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Registry.h"
#include "policy/SessionCheck.h"

#include <QTest>

#include <variant>

using namespace Policy;

namespace {

const std::string ARN = "arn:aws:iot:us-east-1:123456789012:";

Document parse(const std::string& json)
{
    auto parsed = Document::parse(json, "p");
    return std::get<Document>(parsed);
}

} // namespace

/// "Would this thing work?" (specs/aws-iot-policy.md §5): the steps of a session and their decisions.
class TestSessionCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleTopicsMatchTheirFilters();
    void everyStepOfTheSessionIsDecided();
    void persistentSessionNeedsTheConnectAttribute();
    void certificateMustBeRegisteredAndActive();
};

void TestSessionCheck::sampleTopicsMatchTheirFilters()
{
    QCOMPARE(sampleTopic("a/b"), "a/b");
    QCOMPARE(sampleTopic("a/+/c"), "a/sample/c");
    QCOMPARE(sampleTopic("a/#"), "a/sample");
    QCOMPARE(sampleTopic("#"), "sample");
    QCOMPARE(sampleTopic("+/+"), "sample/sample");
    QCOMPARE(sampleTopic("$share/g/a/+"), "a/sample"); // deliveries carry the plain topic
    QCOMPARE(sampleTopic("$aws/things/t/shadow/+/accepted"), "$aws/things/t/shadow/sample/accepted");
}

void TestSessionCheck::everyStepOfTheSessionIsDecided()
{
    const Evaluator evaluator({parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"iot:Connect","Resource":"arn:aws:iot:us-east-1:123456789012:client/dev-1"},
        {"Effect":"Allow","Action":["iot:Subscribe"],"Resource":"arn:aws:iot:us-east-1:123456789012:topicfilter/cmd/+"},
        {"Effect":"Allow","Action":["iot:Receive","iot:Publish"],"Resource":"arn:aws:iot:us-east-1:123456789012:topic/cmd/*"},
        {"Effect":"Deny","Action":"iot:Publish","Resource":"arn:aws:iot:us-east-1:123456789012:topic/cmd/secret"}]})")});
    SessionPlan plan;
    plan.clientId = "dev-1";
    plan.subscriptions = {"cmd/+", "other/#"};
    plan.publishes = {{"cmd/a", true}, {"cmd/secret", false}};
    const std::vector<SessionStep> steps = checkSession(evaluator, Context(), plan, ARN);
    QCOMPARE(steps.size(), size_t(8)); // connect, 2 × (subscribe, receive), publish + retain, publish
    const auto check = [&](size_t i, SessionStep::Kind kind, const std::string& resource, Decision decision) {
        QCOMPARE(int(steps[i].kind), int(kind));
        QCOMPARE(steps[i].request.resource, ARN + resource);
        QCOMPARE(steps[i].request.action, std::string(actionName(kind)));
        QCOMPARE(int(steps[i].result.decision), int(decision));
        QVERIFY(!steps[i].result.explanation.empty());
    };
    check(0, SessionStep::Kind::Connect, "client/dev-1", Decision::Allowed);
    check(1, SessionStep::Kind::Subscribe, "topicfilter/cmd/+", Decision::Allowed);
    check(2, SessionStep::Kind::Receive, "topic/cmd/sample", Decision::Allowed);
    QCOMPARE(steps[2].under, "cmd/+");
    check(3, SessionStep::Kind::Subscribe, "topicfilter/other/#", Decision::ImplicitDeny);
    check(4, SessionStep::Kind::Receive, "topic/other/sample", Decision::ImplicitDeny);
    check(5, SessionStep::Kind::Publish, "topic/cmd/a", Decision::Allowed);
    check(6, SessionStep::Kind::RetainPublish, "topic/cmd/a", Decision::ImplicitDeny); // no RetainPublish allowed
    check(7, SessionStep::Kind::Publish, "topic/cmd/secret", Decision::ExplicitDeny);
}

void TestSessionCheck::persistentSessionNeedsTheConnectAttribute()
{
    // AWS-DOC-CONNECT: iot:ConnectAttributes holds "PersistentConnect" for a clean-session-off connect.
    const Evaluator evaluator({parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"iot:Connect","Resource":"*",
         "Condition":{"ForAnyValue:StringEquals":{"iot:ConnectAttributes":["PersistentConnect"]}}}]})")});
    SessionPlan plan;
    plan.clientId = "dev-1";
    QCOMPARE(int(checkSession(evaluator, Context(), plan, ARN).front().result.decision), int(Decision::ImplicitDeny));
    plan.persistent = true;
    QCOMPARE(int(checkSession(evaluator, Context(), plan, ARN).front().result.decision), int(Decision::Allowed));
}

void TestSessionCheck::certificateMustBeRegisteredAndActive()
{
    Registry registry;
    const std::string id(64, 'a');
    QVERIFY(!registry.registerCertificate(id, "-----BEGIN CERTIFICATE-----\n", CertificateStatus::Inactive, 0));
    QVERIFY(!registry.createPolicy(
        "all", R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:*","Resource":"*"}]})", 0));
    QVERIFY(!registry.attachPolicy("all", id));
    SessionPlan plan;
    plan.clientId = "dev-1";
    plan.subscriptions = {"a/b"};
    std::vector<SessionStep> steps = checkSession(registry, id, plan);
    QCOMPARE(steps.size(), size_t(1)); // refused at the handshake: nothing after it happens
    QVERIFY(steps[0].result.explanation.find("INACTIVE") != std::string::npos);
    QVERIFY(!registry.updateCertificate(id, CertificateStatus::Active));
    steps = checkSession(registry, id, plan);
    QCOMPARE(steps.size(), size_t(3));
    QVERIFY(steps[0].result.allowed() && steps[1].result.allowed() && steps[2].result.allowed());
    steps = checkSession(registry, std::string(64, 'b'), plan);
    QCOMPARE(steps.size(), size_t(1));
    QVERIFY(steps[0].result.explanation.find("not registered") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestSessionCheck)
#include "TestSessionCheck.moc"
