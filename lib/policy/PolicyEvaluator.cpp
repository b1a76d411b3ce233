// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyEvaluator.h"

#include "policy/Glob_p.h"
#include "policy/PolicyExplain_p.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace Policy {

namespace {

constexpr std::string_view SUBJECT = "iot:Certificate.Subject.";
constexpr std::string_view ISSUER = "iot:Certificate.Issuer.";
constexpr std::string_view ATTRIBUTES = "iot:Connection.Thing.Attributes[";
constexpr size_t MAX_LIST = 5;           // .List keys hold at most five values (§4)
constexpr size_t MAX_SUBSTITUTED = 1024; // longer certificate values are not substituted (§4)

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool bound(const Context& context)
{
    return context.thingName && context.thingAttached;
}

/// A certificate attribute variable: "CommonName", "CommonName.1", "Organization.List".
struct CertificateKey
{
    const std::vector<std::string>* values = nullptr;
    std::string attribute;
    bool list = false;
    size_t index = 0;
};

std::optional<CertificateKey> certificateKey(std::string_view name, const Context& context)
{
    const bool subject = startsWith(name, SUBJECT);
    if (!subject && !startsWith(name, ISSUER)) {
        return std::nullopt;
    }
    std::string_view rest = name.substr(subject ? SUBJECT.size() : ISSUER.size());
    CertificateKey key;
    if (const size_t dot = rest.rfind('.'); dot != std::string_view::npos) {
        const std::string_view suffix = rest.substr(dot + 1);
        size_t index = 0;
        if (suffix == "List") {
            key.list = true;
            rest = rest.substr(0, dot);
        } else if (std::from_chars(suffix.data(), suffix.data() + suffix.size(), index).ec == std::errc() &&
                   !suffix.empty()) {
            key.index = index;
            rest = rest.substr(0, dot);
        }
    }
    key.attribute = std::string(rest);
    const auto& table = subject ? context.certificateSubject : context.certificateIssuer;
    if (const auto it = table.find(key.attribute); it != table.end()) {
        key.values = &it->second;
    }
    return key;
}

bool substitutable(std::string_view value)
{
    return value.size() <= MAX_SUBSTITUTED && value.find_first_of("*$+?#") == std::string_view::npos;
}

/// A single-valued variable (§4), as policy text sees it.
bool resolveVariable(std::string_view name, const Context& context, std::string_view* value)
{
    const auto from = [&](const std::optional<std::string>& field) {
        if (field) {
            *value = *field;
        }
        return field.has_value();
    };
    if (name == "iot:ClientId") {
        return from(context.clientId);
    }
    if (name == "iot:CertificateId") {
        return from(context.certificateId);
    }
    if (name == "aws:SourceIp") {
        return from(context.sourceIp);
    }
    if (name == "iot:DomainName") {
        return from(context.domainName);
    }
    if (name == "iot:LastWillTopic") {
        return from(context.lastWillTopic);
    }
    if (name == "iot:Connection.Thing.IsAttached") {
        if (!context.thingName) {
            return false;
        }
        *value = context.thingAttached ? "true" : "false";
        return true;
    }
    if (name == "iot:Connection.Thing.ThingName") {
        return bound(context) && from(context.thingName);
    }
    if (name == "iot:Connection.Thing.ThingTypeName") {
        return bound(context) && from(context.thingTypeName);
    }
    if (startsWith(name, ATTRIBUTES) && name.back() == ']') {
        const std::string attribute(name.substr(ATTRIBUTES.size(), name.size() - ATTRIBUTES.size() - 1));
        const auto it = context.thingAttributes.find(attribute);
        if (!bound(context) || it == context.thingAttributes.end()) {
            return false;
        }
        *value = it->second;
        return true;
    }
    if (const auto key = certificateKey(name, context)) {
        if (key->list || !key->values || key->index >= key->values->size()) {
            return false;
        }
        const std::string& text = (*key->values)[key->index];
        if (!substitutable(text)) {
            return false;
        }
        *value = text;
        return true;
    }
    return false;
}

/// Why `name` is unresolved, in words.
std::string whyUnresolved(std::string_view name, const Context& context)
{
    const std::string variable = "${" + std::string(name) + "}";
    if (startsWith(name, "iot:Connection.Thing.")) {
        if (!context.thingName) {
            return variable + " is unresolved: no registry thing is named as the client ID";
        }
        if (!context.thingAttached) {
            return variable + " is unresolved: thing " + *context.thingName +
                " is not attached to the certificate (attach-thing-principal)";
        }
        return variable + " is unresolved: thing " + *context.thingName + " has no such attribute or type";
    }
    if (const auto key = certificateKey(name, context)) {
        if (key->list) {
            return variable + " is a list: it can be used in a ForAnyValue:/ForAllValues: condition, not in a resource";
        }
        if (!key->values || key->index >= key->values->size()) {
            return variable + " is unresolved: the certificate has no " + key->attribute +
                (key->index > 0 ? " value number " + std::to_string(key->index + 1) : std::string());
        }
        return variable + " is not substituted: its value contains a wildcard character (* $ + ? #) or is too long";
    }
    if (!isKnownVariable(name)) {
        return variable + " is not an AWS IoT policy variable, so it is never resolved";
    }
    return variable + " is unresolved: the connection has no such value";
}

/// The values of a condition key; nullopt when the key is missing. Multi-valued keys give several.
std::optional<std::vector<std::string_view>> keyValues(std::string_view key, const Context& context, bool* multi)
{
    *multi = false;
    if (key == "iot:ConnectAttributes") {
        if (!context.connectAttributes) {
            return std::nullopt;
        }
        *multi = true;
        return std::vector<std::string_view>(context.connectAttributes->begin(), context.connectAttributes->end());
    }
    if (const auto certificate = certificateKey(key, context); certificate && certificate->list) {
        if (!certificate->values) {
            return std::nullopt;
        }
        *multi = true;
        std::vector<std::string_view> values;
        for (size_t i = 0; i < certificate->values->size() && i < MAX_LIST; ++i) {
            values.push_back((*certificate->values)[i]);
        }
        return values;
    }
    std::string_view value;
    if (!resolveVariable(key, context, &value)) {
        return std::nullopt;
    }
    return std::vector<std::string_view>{value};
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<double> number(std::string_view text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

/// `address` within `cidr` ("10.0.0.0/8", "2001:db8::/32" or one address).
bool inNetwork(std::string_view address, std::string_view cidr)
{
    const size_t slash = cidr.find('/');
    const std::string network(cidr.substr(0, slash));
    const std::string host(address);
    unsigned char a[16] = {};
    unsigned char n[16] = {};
    const bool v6 = network.find(':') != std::string::npos;
    const int family = v6 ? AF_INET6 : AF_INET;
    if (inet_pton(family, host.c_str(), a) != 1 || inet_pton(family, network.c_str(), n) != 1) {
        return false;
    }
    const int bits = v6 ? 128 : 32;
    int prefix = bits;
    if (slash != std::string_view::npos) {
        const std::string_view text = cidr.substr(slash + 1);
        if (std::from_chars(text.data(), text.data() + text.size(), prefix).ec != std::errc() || prefix < 0 ||
            prefix > bits) {
            return false;
        }
    }
    for (int i = 0; i < prefix; ++i) {
        const int mask = 0x80 >> (i % 8);
        if ((a[i / 8] & mask) != (n[i / 8] & mask)) {
            return false;
        }
    }
    return true;
}

struct Evaluation
{
    const Context& context;
    std::vector<std::string>* missing;

    Glob::Resolver resolver() const
    {
        return [this](std::string_view name, std::string_view* value) { return resolveVariable(name, context, value); };
    }

    void noteMissing(std::string_view name) const
    {
        if (std::find(missing->begin(), missing->end(), name) == missing->end()) {
            missing->emplace_back(name);
        }
    }

    /// The positive form of `condition`'s operator: does context value `value` match condition value `pattern`?
    bool positiveMatch(const Condition& condition, std::string_view value, const Pattern& pattern) const
    {
        using B = Condition::Base;
        std::string unresolved;
        const auto expanded = [&]() -> std::optional<std::string> {
            auto text = Glob::expand(pattern, resolver(), &unresolved);
            if (!text) {
                noteMissing(unresolved);
            }
            return text;
        };
        switch (condition.base) {
        case B::StringLike:
        case B::StringNotLike:
        case B::ArnEquals:
        case B::ArnNotEquals:
        case B::ArnLike:
        case B::ArnNotLike: {
            const bool matched = Glob::matches(pattern, value, false, resolver(), &unresolved);
            if (!unresolved.empty()) {
                noteMissing(unresolved);
            }
            return matched;
        }
        case B::StringEqualsIgnoreCase:
        case B::StringNotEqualsIgnoreCase: {
            const auto text = expanded();
            return text && equalsIgnoreCase(*text, value);
        }
        case B::Bool: {
            const auto text = expanded();
            return text && equalsIgnoreCase(*text, value);
        }
        case B::NumericEquals:
        case B::NumericNotEquals:
        case B::NumericLessThan:
        case B::NumericLessThanEquals:
        case B::NumericGreaterThan:
        case B::NumericGreaterThanEquals: {
            const auto text = expanded();
            const auto a = number(value);
            const auto b = text ? number(*text) : std::nullopt;
            if (!a || !b) {
                return false;
            }
            switch (condition.base) {
            case B::NumericLessThan:
                return *a < *b;
            case B::NumericLessThanEquals:
                return *a <= *b;
            case B::NumericGreaterThan:
                return *a > *b;
            case B::NumericGreaterThanEquals:
                return *a >= *b;
            default:
                return *a == *b;
            }
        }
        case B::IpAddress:
        case B::NotIpAddress: {
            const auto text = expanded();
            return text && inNetwork(value, *text);
        }
        default: {
            const auto text = expanded();
            return text && *text == value;
        }
        }
    }

    /// One context value against every condition value (OR), negated for the Not operators.
    bool valueHolds(const Condition& condition, std::string_view value) const
    {
        const bool any = std::any_of(condition.values.begin(), condition.values.end(),
                                     [&](const Pattern& pattern) { return positiveMatch(condition, value, pattern); });
        return condition.isNegated() ? !any : any;
    }

    bool holds(const Condition& condition) const
    {
        bool multi = false;
        const auto values = keyValues(condition.key, context, &multi);
        if (condition.base == Condition::Base::Null) {
            const bool wantMissing = std::any_of(condition.values.begin(), condition.values.end(),
                                                 [](const Pattern& p) { return equalsIgnoreCase(p.source, "true"); });
            return wantMissing == !values.has_value();
        }
        if (!values) {
            noteMissing(condition.key);
            return condition.ifExists || condition.isNegated() || condition.set == Condition::Set::ForAllValues;
        }
        const auto test = [&](std::string_view value) { return valueHolds(condition, value); };
        if (condition.set == Condition::Set::ForAllValues) {
            return std::all_of(values->begin(), values->end(), test);
        }
        return std::any_of(values->begin(), values->end(), test); // ForAnyValue, or a single value
    }

    bool resourceMatches(const ResourcePattern& pattern, const std::vector<std::string_view>& arn) const
    {
        if (pattern.any) {
            return true;
        }
        if (arn.size() != pattern.parts.size()) {
            return false;
        }
        for (size_t i = 0; i < arn.size(); ++i) {
            std::string unresolved;
            if (!Glob::matches(pattern.parts[i], arn[i], false, resolver(), &unresolved)) {
                if (!unresolved.empty()) {
                    noteMissing(unresolved);
                }
                return false;
            }
        }
        return true;
    }

    static bool actionMatches(const Statement& statement, std::string_view action)
    {
        const bool any = std::any_of(statement.actions.begin(), statement.actions.end(),
                                     [&](const Pattern& pattern) { return Glob::matches(pattern, action, true); });
        return statement.notAction ? !any : any;
    }

    bool resourcesMatch(const Statement& statement, const std::vector<std::string_view>& arn) const
    {
        const bool any = std::any_of(statement.resources.begin(), statement.resources.end(),
                                     [&](const ResourcePattern& pattern) { return resourceMatches(pattern, arn); });
        return statement.notResource ? !any : any;
    }

    bool conditionsHold(const Statement& statement) const
    {
        return std::all_of(statement.conditions.begin(), statement.conditions.end(),
                           [&](const Condition& condition) { return holds(condition); });
    }
};

} // namespace

const char* decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return "ALLOWED";
    case Decision::ExplicitDeny:
        return "EXPLICIT_DENY";
    case Decision::ImplicitDeny:
        break;
    }
    return "IMPLICIT_DENY";
}

Evaluator::Evaluator(std::vector<Document> policies)
    : m_policies(std::move(policies))
{ }

Result Evaluator::evaluate(const Request& request, const Context& context, bool explain) const
{
    Result result;
    const Evaluation evaluation{context, &result.missingContextValues};
    const std::vector<std::string_view> arn = Glob::splitArn(request.resource);
    std::vector<StatementRef> allows;
    std::vector<StatementRef> denies;
    for (size_t p = 0; p < m_policies.size(); ++p) {
        const std::vector<Statement>& statements = m_policies[p].statements;
        for (size_t s = 0; s < statements.size(); ++s) {
            const Statement& statement = statements[s];
            if (Evaluation::actionMatches(statement, request.action) && evaluation.resourcesMatch(statement, arn) &&
                evaluation.conditionsHold(statement)) {
                (statement.effect == Statement::Effect::Deny ? denies : allows).push_back({p, s, statement.effect});
            }
        }
    }
    if (!denies.empty()) {
        result.decision = Decision::ExplicitDeny;
        result.matched = std::move(denies);
    } else if (!allows.empty()) {
        result.decision = Decision::Allowed;
        result.matched = std::move(allows);
    }
    if (explain) {
        result.explanation = Detail::explain(m_policies, request, context, result);
    }
    return result;
}

// ---- shared with PolicyExplanation.cpp ------------------------------------------------------------------------

namespace Detail {

std::string unresolvedReason(std::string_view name, const Context& context)
{
    return whyUnresolved(name, context);
}

bool statementActionMatches(const Statement& statement, std::string_view action)
{
    return Evaluation::actionMatches(statement, action);
}

bool statementResourceMatches(const Statement& statement, std::string_view resource, const Context& context,
                              std::vector<std::string>* missing)
{
    const Evaluation evaluation{context, missing};
    return evaluation.resourcesMatch(statement, Glob::splitArn(resource));
}

std::optional<size_t> failingCondition(const Statement& statement, const Context& context,
                                       std::vector<std::string>* missing)
{
    const Evaluation evaluation{context, missing};
    for (size_t i = 0; i < statement.conditions.size(); ++i) {
        if (!evaluation.holds(statement.conditions[i])) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<std::string> expandedPattern(const Pattern& pattern, const Context& context, std::string* unresolved)
{
    return Glob::expand(
        pattern, [&](std::string_view name, std::string_view* value) { return resolveVariable(name, context, value); },
        unresolved);
}

bool conditionKeyValues(std::string_view key, const Context& context, std::vector<std::string>* values)
{
    bool multi = false;
    const auto found = keyValues(key, context, &multi);
    values->clear();
    if (found) {
        values->assign(found->begin(), found->end());
    }
    return found.has_value();
}

} // namespace Detail

} // namespace Policy
