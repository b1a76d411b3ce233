// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A decision in plain words (specs/aws-iot-policy.md §5): which statement decided, or why none applied, naming
// unresolved policy variables, and Deny statements that cannot apply.

#include "policy/PolicyExplain_p.h"

namespace Policy::Detail {

namespace {

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

std::string label(const std::vector<Document>& policies, size_t policy, size_t statement)
{
    const Document& document = policies[policy];
    std::string text = (document.name.empty() ? "policy " + std::to_string(policy + 1) : quoted(document.name)) +
        " statement " + std::to_string(statement + 1);
    if (const std::string& sid = document.statements[statement].sid; !sid.empty()) {
        text += " (" + sid + ")";
    }
    return text;
}

/// "topic/a/b" for "arn:aws:iot:us-east-1:123:topic/a/b": what a person reads.
std::string_view shortResource(std::string_view arn)
{
    size_t start = 0;
    for (int colon = 0; colon < 5; ++colon) {
        const size_t next = arn.find(':', start);
        if (next == std::string_view::npos) {
            return arn;
        }
        start = next + 1;
    }
    return arn.substr(start);
}

/// The resources a statement names, short and with its variables resolved where they can be.
std::string resourcesOf(const Statement& statement, const Context& context)
{
    std::string text;
    for (const ResourcePattern& pattern : statement.resources) {
        if (!text.empty()) {
            text += ", ";
        }
        if (pattern.any) {
            text += "*";
            continue;
        }
        std::string unresolved;
        const auto expanded = expandedPattern(pattern.parts.back(), context, &unresolved);
        text += expanded ? *expanded : pattern.parts.back().source;
    }
    return (statement.notResource ? "everything but " : "") + text;
}

std::string conditionText(const Condition& condition, const Context& context)
{
    std::vector<std::string> values;
    const bool present = conditionKeyValues(condition.key, context, &values);
    std::string wanted;
    for (const Pattern& value : condition.values) {
        wanted += (wanted.empty() ? "" : ", ") + quoted(value.source);
    }
    std::string actual;
    for (const std::string& value : values) {
        actual += (actual.empty() ? "" : ", ") + quoted(value);
    }
    return "its condition " + condition.operatorName + " " + condition.key + " [" + wanted + "] does not hold (" +
        condition.key + (present ? " is " + (actual.empty() ? std::string("empty") : actual) : " is missing") + ")";
}

/// Why an Allow statement whose action matches did not allow the request; empty when it did.
std::string nearMiss(const std::vector<Document>& policies, size_t p, size_t s, const Request& request,
                     const Context& context)
{
    const Statement& statement = policies[p].statements[s];
    std::vector<std::string> missing;
    if (!statementResourceMatches(statement, request.resource, context, &missing)) {
        if (!missing.empty() && !statement.notResource) {
            return label(policies, p, s) + " cannot apply: " + unresolvedReason(missing.front(), context);
        }
        return label(policies, p, s) + " allows " + request.action + " on " + resourcesOf(statement, context) + " only";
    }
    if (const auto failing = failingCondition(statement, context, &missing)) {
        return label(policies, p, s) + " matches, but " + conditionText(statement.conditions[*failing], context);
    }
    return {};
}

std::string denyFindings(const std::vector<Document>& policies, const Request& request, const Context& context)
{
    std::string text;
    for (size_t p = 0; p < policies.size(); ++p) {
        for (size_t s = 0; s < policies[p].statements.size(); ++s) {
            const Statement& statement = policies[p].statements[s];
            if (statement.effect != Statement::Effect::Deny || statement.notResource ||
                !statementActionMatches(statement, request.action)) {
                continue;
            }
            std::vector<std::string> missing;
            if (!statementResourceMatches(statement, request.resource, context, &missing) && !missing.empty()) {
                text += "; note: the Deny in " + label(policies, p, s) +
                    " cannot apply: " + unresolvedReason(missing.front(), context);
            }
        }
    }
    return text;
}

std::string implicitDeny(const std::vector<Document>& policies, const Request& request, const Context& context)
{
    std::string text =
        "IMPLICIT_DENY: no statement allows " + request.action + " on " + std::string(shortResource(request.resource));
    bool mentioned = false;
    for (size_t p = 0; p < policies.size(); ++p) {
        for (size_t s = 0; s < policies[p].statements.size(); ++s) {
            const Statement& statement = policies[p].statements[s];
            if (statement.effect != Statement::Effect::Allow || !statementActionMatches(statement, request.action)) {
                continue;
            }
            mentioned = true;
            if (const std::string miss = nearMiss(policies, p, s, request, context); !miss.empty()) {
                text += "; " + miss;
            }
        }
    }
    if (!mentioned) {
        text += policies.empty() ? "; no policy is attached" : "; no Allow statement names " + request.action;
    }
    return text;
}

} // namespace

std::string explain(const std::vector<Document>& policies, const Request& request, const Context& context,
                    const Result& result)
{
    const std::string target = request.action + " on " + std::string(shortResource(request.resource));
    std::string text;
    switch (result.decision) {
    case Decision::Allowed:
        text = "ALLOWED: " + label(policies, result.matched.front().policy, result.matched.front().statement) +
            " allows " + target;
        break;
    case Decision::ExplicitDeny:
        text = "EXPLICIT_DENY: " + label(policies, result.matched.front().policy, result.matched.front().statement) +
            " denies " + target + "; an explicit Deny overrides every Allow";
        break;
    case Decision::ImplicitDeny:
        text = implicitDeny(policies, request, context);
        break;
    }
    return text + denyFindings(policies, request, context);
}

} // namespace Policy::Detail
