// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Would this thing work?" (specs/aws-iot-policy.md §5): a whole MQTT session of a device, checked request by request
// as AWS IoT would decide it: the connect, each subscription, a delivery under each subscription, each publish (and
// its retain). Plain C++, like the evaluator.

#include "policy/PolicyEvaluator.h"

#include <string>
#include <vector>

namespace Policy {

class Registry;

/// What a device does in one session.
struct SessionPlan
{
    std::string clientId;
    bool persistent = false;                ///< clean session off (iot:ConnectAttributes PersistentConnect)
    std::vector<std::string> subscriptions; ///< topic filters
    struct Publish
    {
        std::string topic;
        bool retain = false;
    };
    std::vector<Publish> publishes;
};

/// One request of the session and its decision.
struct SessionStep
{
    enum class Kind { Connect, Subscribe, Receive, Publish, RetainPublish };
    Kind kind = Kind::Connect;
    std::string subject; ///< the client ID, filter or topic the step is about
    std::string under;   ///< Receive: the filter the sample topic was made from
    Request request;
    Result result;
};

/// A topic that `filter` matches, for the Receive check under it: each `+` level and a trailing `#` become "sample"
/// (a `$share/<group>/` prefix is dropped: deliveries carry the plain topic).
std::string sampleTopic(const std::string& filter);

/// The session checked with the given policies and connection context (arnPrefix: "arn:aws:iot:<region>:<account>:").
std::vector<SessionStep> checkSession(const Evaluator& evaluator, const Context& context, const SessionPlan& plan,
                                      const std::string& arnPrefix);

/// The session of a device presenting the registered certificate `certificateId`: its policies and context come from
/// the registry (the thing bound when it is named as the client ID and attached). A certificate that is not
/// registered, or not ACTIVE, fails at the connect (AWS refuses its TLS handshake) and nothing after it is checked.
std::vector<SessionStep> checkSession(const Registry& registry, const std::string& certificateId,
                                      const SessionPlan& plan);

/// "iot:Connect" etc.
const char* actionName(SessionStep::Kind kind);

} // namespace Policy
