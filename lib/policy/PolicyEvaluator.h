// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AWS IoT Core's authorization decision (specs/aws-iot-policy.md §5) with the reasons: which statements decided,
// which context values were missing, and an explanation in plain words. Plain C++ (no Qt, no event loop): the
// sandbox broker's mosquitto plugin calls it on every connect, publish, subscribe and delivery.

#include "policy/PolicyDocument.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Policy {

/// What AWS IoT knows about the connection making a request (DESIGN.md §3 `policy check` context).
struct Context
{
    std::optional<std::string> clientId;
    /// The registry thing named as the client ID, when one exists (§4 Binding the thing).
    std::optional<std::string> thingName;
    bool thingAttached = false; ///< that thing is attached to the presenting certificate
    std::optional<std::string> thingTypeName;
    std::map<std::string, std::string> thingAttributes;
    std::optional<std::string> certificateId; ///< SHA-256 of the DER, lower-case hex
    /// Certificate attributes by their policy-variable names (CommonName, Organization, ...), values in order.
    std::map<std::string, std::vector<std::string>> certificateSubject;
    std::map<std::string, std::vector<std::string>> certificateIssuer;
    /// iot:ConnectAttributes ("PersistentConnect", "LastWill"); on a Connect request only.
    std::optional<std::vector<std::string>> connectAttributes;
    std::optional<std::string> sourceIp;
    std::optional<std::string> domainName;
    std::optional<std::string> lastWillTopic; ///< a topic ARN
};

struct Request
{
    std::string action;   ///< e.g. "iot:Publish"
    std::string resource; ///< e.g. "arn:aws:iot:us-east-1:123456789012:topic/a/b"
};

enum class Decision { Allowed, ExplicitDeny, ImplicitDeny };

/// "ALLOWED", "EXPLICIT_DENY", "IMPLICIT_DENY" (as `aws iot test-authorization` says).
const char* decisionName(Decision decision);

struct StatementRef
{
    size_t policy = 0;    ///< index into the evaluator's policies
    size_t statement = 0; ///< index into that policy's statements
    Statement::Effect effect = Statement::Effect::Allow;
};

struct Result
{
    Decision decision = Decision::ImplicitDeny;
    std::vector<StatementRef> matched;             ///< the deciding statements (the denying ones on a deny)
    std::vector<std::string> missingContextValues; ///< unresolved variables and absent condition keys
    std::string explanation;                       ///< plain words; empty when not asked for
    bool allowed() const { return decision == Decision::Allowed; }
};

class Evaluator
{
public:
    explicit Evaluator(std::vector<Document> policies = {});

    const std::vector<Document>& policies() const { return m_policies; }

    /// Decides `request` for a connection with `context`. With `explain` false the explanation is left empty
    /// (the decision, matched statements and missing values are the same).
    Result evaluate(const Request& request, const Context& context, bool explain = true) const;

private:
    std::vector<Document> m_policies;
};

} // namespace Policy
