// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AWS IoT Core policy documents (specs/aws-iot-policy.md §1–§4), parsed and checked once, kept in a form the
// evaluator matches quickly. Plain C++ (no Qt): the sandbox broker's mosquitto plugin uses it too.

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace Policy {

/// A glob of AWS policy text: `*` any run of characters (also empty, `/` and `:`), `?` one character; `${name}`
/// a policy variable, substituted per request as literal text (never as a wildcard). `${*}`, `${?}` and `${$}` are
/// the literal characters (§3).
struct Pattern
{
    struct Part
    {
        enum Kind { Literal, Star, Question, Variable } kind = Literal;
        std::string text; ///< Literal: the characters; Variable: the variable's name (e.g. "iot:ClientId")
    };
    std::string source; ///< as written in the policy
    std::vector<Part> parts;
    bool hasVariables = false;

    /// `substituteVariables` false: `${...}` is literal text (a policy whose Version is not 2012-10-17).
    static Pattern parse(std::string_view text, bool substituteVariables);
};

/// One condition block entry: `"<Operator>": {"<key>": [values]}` (§3 Conditions).
struct Condition
{
    enum class Base {
        StringEquals,
        StringNotEquals,
        StringEqualsIgnoreCase,
        StringNotEqualsIgnoreCase,
        StringLike,
        StringNotLike,
        ArnEquals,
        ArnNotEquals,
        ArnLike,
        ArnNotLike,
        Bool,
        Null,
        NumericEquals,
        NumericNotEquals,
        NumericLessThan,
        NumericLessThanEquals,
        NumericGreaterThan,
        NumericGreaterThanEquals,
        IpAddress,
        NotIpAddress,
    };
    enum class Set { Single, ForAnyValue, ForAllValues };

    std::string operatorName; ///< as written, e.g. "ForAnyValue:StringLike"
    Base base = Base::StringEquals;
    Set set = Set::Single;
    bool ifExists = false;
    std::string key;             ///< e.g. "iot:Connection.Thing.Attributes[model]"
    std::vector<Pattern> values; ///< may hold policy variables

    /// The negated operators hold when their key is missing (§3).
    bool isNegated() const;
};

/// A Resource entry: `*`, or an ARN split at its first five colons into six globs matched one by one (§3);
/// policy variables are substituted only in the last part (after the fifth colon, §4).
struct ResourcePattern
{
    std::string source;
    bool any = false;           ///< "*"
    std::vector<Pattern> parts; ///< six, unless `any`
    bool hasVariables = false;
};

struct Statement
{
    enum class Effect { Allow, Deny };
    Effect effect = Effect::Allow;
    std::string sid;
    bool notAction = false;
    std::vector<Pattern> actions; ///< globs, matched case-insensitively
    bool notResource = false;
    std::vector<ResourcePattern> resources;
    std::vector<Condition> conditions;
};

struct ParseError
{
    std::string message; ///< what is wrong, where, and how to fix it
};

struct Document
{
    std::string name;    ///< policy name (registry) or "policy N" when unnamed
    std::string version; ///< "2012-10-17" substitutes variables
    std::vector<Statement> statements;
    std::vector<std::string> warnings; ///< accepted but doubtful (a missing Version, an undocumented variable...)

    /// Parses and checks a policy document: bad JSON, unknown effects or actions, malformed ARNs and unsupported
    /// condition operators each give a clear error.
    static std::variant<Document, ParseError> parse(std::string_view json, std::string name = {});
};

/// The actions AWS IoT policies know (iot-policy-actions), for validation and for wildcard expansion checks.
const std::vector<std::string_view>& knownActions();

/// The policy variables the evaluator resolves (without an attribute name or index).
bool isKnownVariable(std::string_view name);

} // namespace Policy
