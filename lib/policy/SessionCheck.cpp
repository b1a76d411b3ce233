// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/SessionCheck.h"

#include "policy/Registry.h"

namespace Policy {

namespace {

SessionStep step(const Evaluator& evaluator, const Context& context, SessionStep::Kind kind, const std::string& subject,
                 const std::string& resource)
{
    SessionStep result;
    result.kind = kind;
    result.subject = subject;
    result.request = Request{actionName(kind), resource};
    result.result = evaluator.evaluate(result.request, context, true);
    return result;
}

} // namespace

const char* actionName(SessionStep::Kind kind)
{
    switch (kind) {
    case SessionStep::Kind::Connect:
        return "iot:Connect";
    case SessionStep::Kind::Subscribe:
        return "iot:Subscribe";
    case SessionStep::Kind::Receive:
        return "iot:Receive";
    case SessionStep::Kind::Publish:
        return "iot:Publish";
    case SessionStep::Kind::RetainPublish:
        return "iot:RetainPublish";
    }
    return "";
}

std::string sampleTopic(const std::string& filter)
{
    std::string plain = filter;
    if (plain.rfind("$share/", 0) == 0) {
        const size_t group = plain.find('/', 7);
        plain = group == std::string::npos ? std::string() : plain.substr(group + 1);
    }
    std::string topic;
    size_t start = 0;
    while (true) {
        const size_t end = plain.find('/', start);
        const std::string level = plain.substr(start, end == std::string::npos ? std::string::npos : end - start);
        topic += (level == "+" || level == "#") ? std::string("sample") : level;
        if (end == std::string::npos) {
            break;
        }
        topic += '/';
        start = end + 1;
    }
    return topic;
}

std::vector<SessionStep> checkSession(const Evaluator& evaluator, const Context& context, const SessionPlan& plan,
                                      const std::string& arnPrefix)
{
    std::vector<SessionStep> steps;
    Context connect = context;
    connect.clientId = plan.clientId;
    connect.connectAttributes =
        plan.persistent ? std::vector<std::string>{"PersistentConnect"} : std::vector<std::string>{};
    steps.push_back(
        step(evaluator, connect, SessionStep::Kind::Connect, plan.clientId, arnPrefix + "client/" + plan.clientId));
    Context session = context;
    session.clientId = plan.clientId;
    for (const std::string& filter : plan.subscriptions) {
        steps.push_back(
            step(evaluator, session, SessionStep::Kind::Subscribe, filter, arnPrefix + "topicfilter/" + filter));
        const std::string topic = sampleTopic(filter);
        SessionStep receive = step(evaluator, session, SessionStep::Kind::Receive, topic, arnPrefix + "topic/" + topic);
        receive.under = filter;
        steps.push_back(std::move(receive));
    }
    for (const SessionPlan::Publish& publish : plan.publishes) {
        steps.push_back(
            step(evaluator, session, SessionStep::Kind::Publish, publish.topic, arnPrefix + "topic/" + publish.topic));
        if (publish.retain) {
            steps.push_back(step(evaluator, session, SessionStep::Kind::RetainPublish, publish.topic,
                                 arnPrefix + "topic/" + publish.topic));
        }
    }
    return steps;
}

std::vector<SessionStep> checkSession(const Registry& registry, const std::string& certificateId,
                                      const SessionPlan& plan)
{
    const Principal principal = registry.principalFor(certificateId, plan.clientId);
    if (!principal.known || principal.status != CertificateStatus::Active) {
        SessionStep refused;
        refused.kind = SessionStep::Kind::Connect;
        refused.subject = plan.clientId;
        refused.request = Request{"iot:Connect", registry.arnPrefix() + "client/" + plan.clientId};
        refused.result.decision = Decision::ImplicitDeny;
        refused.result.explanation = principal.known
            ? "IMPLICIT_DENY: certificate " + certificateId + " is " + statusName(principal.status) +
                ": AWS IoT refuses the TLS handshake of a certificate that is not ACTIVE (update-certificate "
                "--new-status ACTIVE)"
            : "IMPLICIT_DENY: certificate " + certificateId +
                " is not registered: AWS IoT refuses the TLS handshake (register-certificate)";
        return {refused};
    }
    return checkSession(Evaluator(principal.policies), principal.context, plan, registry.arnPrefix());
}

} // namespace Policy
