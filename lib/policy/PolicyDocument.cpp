// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyDocument.h"

#include "policy/Glob_p.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace Policy {

namespace {

using Json = nlohmann::json;

constexpr std::string_view VERSION_WITH_VARIABLES = "2012-10-17";

struct Failure
{
    std::string message;
};

[[noreturn]] void fail(std::string message)
{
    throw Failure{std::move(message)};
}

std::string where(size_t statement)
{
    return "statement " + std::to_string(statement + 1);
}

/// A string or a non-empty list of strings (Action, Resource, condition values).
std::vector<std::string> stringList(const Json& value, const std::string& what)
{
    std::vector<std::string> result;
    const auto add = [&](const Json& item) {
        if (item.is_string()) {
            result.push_back(item.get<std::string>());
        } else if (item.is_boolean() || item.is_number()) {
            result.push_back(item.dump()); // conditions may say true or 3 without quotes
        } else {
            fail(what + " must be a string or a list of strings, not " + item.dump());
        }
    };
    if (value.is_array()) {
        for (const Json& item : value) {
            add(item);
        }
    } else {
        add(value);
    }
    if (result.empty()) {
        fail(what + " is an empty list: give at least one value");
    }
    return result;
}

bool isValidActionName(std::string_view action)
{
    const auto& known = knownActions();
    const Pattern pattern = Pattern::parse(action, false);
    return std::any_of(known.begin(), known.end(),
                       [&](std::string_view name) { return Glob::matches(pattern, name, true); });
}

Pattern parseAction(const std::string& action, const std::string& context)
{
    if (action == "*") {
        return Pattern::parse(action, false);
    }
    const size_t colon = action.find(':');
    if (colon == std::string::npos) {
        fail(context + ": action \"" + action + "\" has no service prefix; write it as iot:Publish, iot:* or *");
    }
    std::string service = action.substr(0, colon);
    std::transform(service.begin(), service.end(), service.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (service == "greengrass") {
        return Pattern::parse(action, false); // Greengrass actions are allowed in AWS IoT policies; not checked here
    }
    if (service != "iot") {
        fail(context + ": action \"" + action + "\" is not an AWS IoT action; AWS IoT policies take iot:... actions");
    }
    if (!isValidActionName(action)) {
        fail(context + ": unknown action \"" + action +
             "\"; AWS IoT knows iot:Connect, iot:Publish, iot:Subscribe, iot:Receive, iot:RetainPublish, "
             "iot:GetThingShadow, iot:UpdateThingShadow, iot:DeleteThingShadow and others (check the spelling)");
    }
    return Pattern::parse(action, false);
}

const std::array<std::string_view, 9> RESOURCE_TYPES = {
    "client", "topic", "topicfilter", "thing", "thinggroup", "cert", "rolealias", "job", "jobtemplate"};

ResourcePattern parseResource(const std::string& resource, bool substitute, const std::string& context)
{
    ResourcePattern pattern;
    pattern.source = resource;
    if (resource == "*") {
        pattern.any = true;
        return pattern;
    }
    const auto malformed = [&](const std::string& why) {
        fail(context + ": malformed resource ARN \"" + resource + "\": " + why +
             "; write arn:aws:iot:REGION:ACCOUNT:TYPE/NAME (e.g. arn:aws:iot:us-east-1:123456789012:topic/"
             "devices/*) or *");
    };
    if (resource.rfind("arn:", 0) != 0) {
        malformed("it does not start with arn:");
    }
    const std::vector<std::string_view> parts = Glob::splitArn(resource);
    if (parts.size() < 6) {
        malformed("it has " + std::to_string(parts.size()) + " colon-separated parts instead of 6");
    }
    const std::string_view service = parts[2];
    if (service != "iot" && service.find_first_of("*?") == std::string_view::npos) {
        malformed("the service is \"" + std::string(service) + "\", not iot");
    }
    const std::string_view rest = parts[5];
    const size_t slash = rest.find('/');
    const std::string_view type = rest.substr(0, slash);
    if (type.find_first_of("*?$") == std::string_view::npos) {
        if (std::find(RESOURCE_TYPES.begin(), RESOURCE_TYPES.end(), type) == RESOURCE_TYPES.end()) {
            malformed("\"" + std::string(type) +
                      "\" is not an AWS IoT resource type (client, topic, topicfilter, thing, ...)");
        }
        if (slash == std::string_view::npos) {
            malformed("the resource type \"" + std::string(type) + "\" has no name after it (" + std::string(type) +
                      "/NAME)");
        }
    }
    for (size_t i = 0; i < parts.size(); ++i) {
        pattern.parts.push_back(Pattern::parse(parts[i], substitute && i == 5));
    }
    pattern.hasVariables = pattern.parts.back().hasVariables;
    return pattern;
}

std::optional<Condition::Base> baseOperator(std::string_view name)
{
    using B = Condition::Base;
    static const std::array<std::pair<std::string_view, B>, 20> table = {{
        {"StringEquals", B::StringEquals},
        {"StringNotEquals", B::StringNotEquals},
        {"StringEqualsIgnoreCase", B::StringEqualsIgnoreCase},
        {"StringNotEqualsIgnoreCase", B::StringNotEqualsIgnoreCase},
        {"StringLike", B::StringLike},
        {"StringNotLike", B::StringNotLike},
        {"ArnEquals", B::ArnEquals},
        {"ArnNotEquals", B::ArnNotEquals},
        {"ArnLike", B::ArnLike},
        {"ArnNotLike", B::ArnNotLike},
        {"Bool", B::Bool},
        {"Null", B::Null},
        {"NumericEquals", B::NumericEquals},
        {"NumericNotEquals", B::NumericNotEquals},
        {"NumericLessThan", B::NumericLessThan},
        {"NumericLessThanEquals", B::NumericLessThanEquals},
        {"NumericGreaterThan", B::NumericGreaterThan},
        {"NumericGreaterThanEquals", B::NumericGreaterThanEquals},
        {"IpAddress", B::IpAddress},
        {"NotIpAddress", B::NotIpAddress},
    }};
    for (const auto& [text, base] : table) {
        if (text == name) {
            return base;
        }
    }
    return std::nullopt;
}

Condition parseOperator(const std::string& text, const std::string& context)
{
    Condition condition;
    condition.operatorName = text;
    std::string_view name = text;
    for (const auto& [prefix, set] :
         {std::pair<std::string_view, Condition::Set>{"ForAnyValue:", Condition::Set::ForAnyValue},
          {"ForAllValues:", Condition::Set::ForAllValues}}) {
        if (name.substr(0, prefix.size()) == prefix) {
            condition.set = set;
            name.remove_prefix(prefix.size());
        }
    }
    constexpr std::string_view IF_EXISTS = "IfExists";
    if (name.size() > IF_EXISTS.size() && name.substr(name.size() - IF_EXISTS.size()) == IF_EXISTS) {
        condition.ifExists = true;
        name.remove_suffix(IF_EXISTS.size());
    }
    const std::optional<Condition::Base> base = baseOperator(name);
    if (!base || (condition.ifExists && *base == Condition::Base::Null)) {
        fail(context + ": unsupported condition operator \"" + text +
             "\"; supported: String(Not)Equals(IgnoreCase), String(Not)Like, Arn(Not)Equals, Arn(Not)Like, Bool, "
             "Null, Numeric..., (Not)IpAddress, with ForAnyValue:/ForAllValues: and ...IfExists (Date operators "
             "are not evaluated locally)");
    }
    condition.base = *base;
    return condition;
}

std::vector<Condition> parseConditions(const Json& block, bool substitute, const std::string& context)
{
    if (!block.is_object()) {
        fail(context + ": Condition must be an object such as {\"StringEquals\": {\"iot:ClientId\": \"dev-1\"}}");
    }
    std::vector<Condition> conditions;
    for (const auto& [operatorName, keys] : block.items()) {
        if (!keys.is_object() || keys.empty()) {
            fail(context + ": condition \"" + operatorName +
                 "\" must map keys to values, e.g. {\"iot:ClientId\": \"dev-1\"}");
        }
        for (const auto& [key, values] : keys.items()) {
            Condition condition = parseOperator(operatorName, context);
            condition.key = key;
            for (const std::string& value : stringList(values, context + ": condition " + operatorName + " " + key)) {
                condition.values.push_back(Pattern::parse(value, substitute));
            }
            conditions.push_back(std::move(condition));
        }
    }
    return conditions;
}

/// Action/NotAction or Resource/NotResource: exactly one of the two.
const Json& oneOf(const Json& statement, const char* positive, const char* negative, bool* negated,
                  const std::string& context)
{
    const bool hasPositive = statement.contains(positive);
    const bool hasNegative = statement.contains(negative);
    if (hasPositive == hasNegative) {
        fail(context + (hasPositive ? ": give either " : ": missing ") + positive + " or " + negative +
             (hasPositive ? ", not both" : ""));
    }
    *negated = hasNegative;
    return statement.at(hasNegative ? negative : positive);
}

void collectWarnings(const Pattern& pattern, const std::string& context, std::vector<std::string>* warnings)
{
    for (const Pattern::Part& part : pattern.parts) {
        if (part.kind == Pattern::Part::Variable && !isKnownVariable(part.text)) {
            warnings->push_back(context + ": ${" + part.text +
                                "} is not a documented AWS IoT policy variable; it stays unresolved, so what relies on "
                                "it is denied (did you mean ${iot:Connection.Thing.ThingName}?)");
        }
    }
}

Statement parseStatement(const Json& json, size_t index, bool substitute, std::vector<std::string>* warnings)
{
    const std::string context = where(index);
    if (!json.is_object()) {
        fail(context + " must be an object with Effect, Action and Resource");
    }
    Statement statement;
    const auto effect = json.find("Effect");
    if (effect == json.end() || !effect->is_string() || (*effect != "Allow" && *effect != "Deny")) {
        fail(context + ": Effect must be \"Allow\" or \"Deny\"" +
             (effect == json.end() ? std::string(" (it is missing)") : ", not " + effect->dump()));
    }
    statement.effect = *effect == "Allow" ? Statement::Effect::Allow : Statement::Effect::Deny;
    if (const auto sid = json.find("Sid"); sid != json.end() && sid->is_string()) {
        statement.sid = sid->get<std::string>();
    }
    const Json& actions = oneOf(json, "Action", "NotAction", &statement.notAction, context);
    for (const std::string& action : stringList(actions, context + ": Action")) {
        statement.actions.push_back(parseAction(action, context));
    }
    const Json& resources = oneOf(json, "Resource", "NotResource", &statement.notResource, context);
    for (const std::string& resource : stringList(resources, context + ": Resource")) {
        statement.resources.push_back(parseResource(resource, substitute, context));
        if (!statement.resources.back().any) {
            collectWarnings(statement.resources.back().parts.back(), context, warnings);
        }
    }
    if (const auto condition = json.find("Condition"); condition != json.end()) {
        statement.conditions = parseConditions(*condition, substitute, context);
        for (const Condition& c : statement.conditions) {
            for (const Pattern& value : c.values) {
                collectWarnings(value, context, warnings);
            }
        }
    }
    for (const auto& [key, value] : json.items()) {
        static const std::array<std::string_view, 8> known = {"Effect",   "Sid",         "Action",    "NotAction",
                                                              "Resource", "NotResource", "Condition", "Principal"};
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            fail(context + ": unknown element \"" + key + "\" (a statement has Effect, Action, Resource, Condition)");
        }
        (void)value;
    }
    return statement;
}

} // namespace

bool Condition::isNegated() const
{
    switch (base) {
    case Base::StringNotEquals:
    case Base::StringNotEqualsIgnoreCase:
    case Base::StringNotLike:
    case Base::ArnNotEquals:
    case Base::ArnNotLike:
    case Base::NumericNotEquals:
    case Base::NotIpAddress:
        return true;
    default:
        return false;
    }
}

Pattern Pattern::parse(std::string_view text, bool substituteVariables)
{
    Pattern pattern;
    pattern.source = std::string(text);
    const auto literal = [&](std::string_view chars) {
        if (pattern.parts.empty() || pattern.parts.back().kind != Part::Literal) {
            pattern.parts.push_back({Part::Literal, {}});
        }
        pattern.parts.back().text.append(chars);
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '$' && i + 1 < text.size() && text[i + 1] == '{') {
            const size_t end = text.find('}', i + 2);
            if (end != std::string_view::npos) {
                const std::string_view name = text.substr(i + 2, end - i - 2);
                if (name == "*" || name == "?" || name == "$") {
                    literal(name); // the literal character, never a wildcard (§3)
                    i = end;
                    continue;
                }
                if (substituteVariables) {
                    pattern.parts.push_back({Part::Variable, std::string(name)});
                    pattern.hasVariables = true;
                    i = end;
                    continue;
                }
            }
        }
        if (c == '*') {
            pattern.parts.push_back({Part::Star, {}});
        } else if (c == '?') {
            pattern.parts.push_back({Part::Question, {}});
        } else {
            literal(std::string_view(&text[i], 1));
        }
    }
    return pattern;
}

std::variant<Document, ParseError> Document::parse(std::string_view json, std::string name)
{
    Document document;
    document.name = std::move(name);
    try {
        Json root;
        try {
            root = Json::parse(json.begin(), json.end());
        } catch (const Json::parse_error& e) {
            fail("the policy is not valid JSON (at byte " + std::to_string(e.byte) +
                 "); check for a missing comma, quote or bracket");
        } catch (const Json::exception&) {
            fail("the policy holds a number too large to read");
        }
        if (!root.is_object()) {
            fail("a policy document is a JSON object: {\"Version\": \"2012-10-17\", \"Statement\": [...]}");
        }
        if (const auto version = root.find("Version"); version != root.end() && version->is_string()) {
            document.version = version->get<std::string>();
        } else {
            document.warnings.push_back("no \"Version\": policy variables such as ${iot:ClientId} stay literal text; "
                                        "add \"Version\": \"2012-10-17\"");
        }
        if (!document.version.empty() && document.version != VERSION_WITH_VARIABLES) {
            document.warnings.push_back("Version \"" + document.version +
                                        "\": policy variables stay literal text; use \"2012-10-17\"");
        }
        const auto statements = root.find("Statement");
        if (statements == root.end() || (!statements->is_array() && !statements->is_object()) ||
            (statements->is_array() && statements->empty())) {
            fail("the policy has no \"Statement\": give a list of statements with Effect, Action and Resource");
        }
        const bool substitute = document.version == VERSION_WITH_VARIABLES;
        const Json list = statements->is_array() ? *statements : Json::array({*statements});
        for (size_t i = 0; i < list.size(); ++i) {
            document.statements.push_back(parseStatement(list[i], i, substitute, &document.warnings));
        }
    } catch (const Failure& failure) {
        return ParseError{failure.message};
    } catch (const Json::exception& e) {
        return ParseError{std::string("the policy could not be read: ") + e.what()};
    }
    return document;
}

const std::vector<std::string_view>& knownActions()
{
    static const std::vector<std::string_view> actions = {
        "iot:Connect",
        "iot:Publish",
        "iot:Subscribe",
        "iot:Receive",
        "iot:RetainPublish",
        "iot:GetThingShadow",
        "iot:UpdateThingShadow",
        "iot:DeleteThingShadow",
        "iot:ListNamedShadowsForThing",
        "iot:GetRetainedMessage",
        "iot:ListRetainedMessages",
        "iot:DescribeJobExecution",
        "iot:GetPendingJobExecutions",
        "iot:StartNextPendingJobExecution",
        "iot:UpdateJobExecution",
        "iot:AssumeRoleWithCertificate",
    };
    return actions;
}

bool isKnownVariable(std::string_view name)
{
    static const std::array<std::string_view, 9> exact = {
        "iot:ClientId",
        "iot:CertificateId",
        "aws:SourceIp",
        "iot:DomainName",
        "iot:Connection.Thing.ThingName",
        "iot:Connection.Thing.ThingTypeName",
        "iot:Connection.Thing.IsAttached",
        "iot:LastWillTopic",
        "iot:Certificate.SerialNumber",
    };
    if (std::find(exact.begin(), exact.end(), name) != exact.end()) {
        return true;
    }
    for (std::string_view prefix :
         {std::string_view("iot:Connection.Thing.Attributes["), std::string_view("iot:Certificate.Subject."),
          std::string_view("iot:Certificate.Issuer.")}) {
        if (name.substr(0, prefix.size()) == prefix && name.size() > prefix.size()) {
            return true;
        }
    }
    return false;
}

} // namespace Policy
