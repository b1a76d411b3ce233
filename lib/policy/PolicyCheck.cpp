// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyCheck.h"

#include <nlohmann/json.hpp>

namespace Policy {

namespace {

using Json = nlohmann::json;

struct Bad
{
    std::string message;
};

std::optional<std::string> optionalString(const Json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return std::nullopt;
    }
    if (!it->is_string()) {
        throw Bad{std::string("context.") + key + " must be a string"};
    }
    return it->get<std::string>();
}

std::vector<std::string> strings(const Json& value, const std::string& what)
{
    std::vector<std::string> result;
    const Json list = value.is_array() ? value : Json::array({value});
    for (const Json& item : list) {
        if (!item.is_string()) {
            throw Bad{what + " must hold strings"};
        }
        result.push_back(item.get<std::string>());
    }
    return result;
}

std::map<std::string, std::vector<std::string>> attributeLists(const Json& object, const char* key)
{
    std::map<std::string, std::vector<std::string>> result;
    const auto it = object.find(key);
    if (it == object.end()) {
        return result;
    }
    if (!it->is_object()) {
        throw Bad{std::string("context.") + key + " must be an object such as {\"CommonName\": [\"device-1\"]}"};
    }
    for (const auto& [name, values] : it->items()) {
        result[name] = strings(values, std::string("context.") + key + "." + name);
    }
    return result;
}

Context contextFrom(const Json& json)
{
    Context context;
    if (json.is_null()) {
        return context;
    }
    if (!json.is_object()) {
        throw Bad{"\"context\" must be an object"};
    }
    context.clientId = optionalString(json, "clientId");
    context.thingName = optionalString(json, "thingName");
    if (const auto it = json.find("thingAttached"); it != json.end()) {
        if (!it->is_boolean()) {
            throw Bad{"context.thingAttached must be true or false"};
        }
        context.thingAttached = it->get<bool>();
    }
    context.thingTypeName = optionalString(json, "thingTypeName");
    if (const auto it = json.find("thingAttributes"); it != json.end()) {
        if (!it->is_object()) {
            throw Bad{"context.thingAttributes must be an object of strings"};
        }
        for (const auto& [name, value] : it->items()) {
            if (!value.is_string()) {
                throw Bad{"context.thingAttributes." + name + " must be a string"};
            }
            context.thingAttributes[name] = value.get<std::string>();
        }
    }
    context.certificateId = optionalString(json, "certificateId");
    context.certificateSubject = attributeLists(json, "certificateSubject");
    context.certificateIssuer = attributeLists(json, "certificateIssuer");
    if (const auto it = json.find("connectAttributes"); it != json.end()) {
        context.connectAttributes = strings(*it, "context.connectAttributes");
    }
    context.sourceIp = optionalString(json, "sourceIp");
    context.domainName = optionalString(json, "domainName");
    context.lastWillTopic = optionalString(json, "lastWillTopic");
    return context;
}

} // namespace

std::variant<CheckInput, std::string> parseCheckLine(std::string_view line)
{
    CheckInput input;
    try {
        Json root;
        try {
            root = Json::parse(line.begin(), line.end());
        } catch (const Json::parse_error& e) {
            return "the line is not valid JSON (at byte " + std::to_string(e.byte) + ")";
        } catch (const Json::exception&) {
            return std::string("the line holds a number too large to read");
        }
        if (!root.is_object()) {
            return std::string("each line is one JSON object: {\"policies\": [...], \"context\": {...}, "
                               "\"request\": {\"action\": ..., \"resource\": ...}}");
        }
        const auto policies = root.find("policies");
        if (policies == root.end() || !policies->is_array()) {
            return std::string("\"policies\" must be a list of policy documents");
        }
        for (size_t i = 0; i < policies->size(); ++i) {
            const Json& entry = (*policies)[i];
            auto parsed = Document::parse(entry.dump(), "");
            if (auto* error = std::get_if<ParseError>(&parsed)) {
                return "policy " + std::to_string(i + 1) + ": " + error->message;
            }
            input.policies.push_back(std::move(std::get<Document>(parsed)));
        }
        input.context = contextFrom(root.value("context", Json()));
        const auto request = root.find("request");
        if (request == root.end() || !request->is_object() || !request->contains("action") ||
            !request->contains("resource") || !(*request)["action"].is_string() ||
            !(*request)["resource"].is_string()) {
            return std::string("\"request\" must be {\"action\": \"iot:Publish\", \"resource\": "
                               "\"arn:aws:iot:REGION:ACCOUNT:topic/...\"}");
        }
        input.request.action = (*request)["action"].get<std::string>();
        input.request.resource = (*request)["resource"].get<std::string>();
    } catch (const Bad& bad) {
        return bad.message;
    }
    return input;
}

std::string resultToJson(const Result& result)
{
    using Ordered = nlohmann::ordered_json; // the order DESIGN.md §3 gives
    Ordered matched = Ordered::array();
    for (const StatementRef& ref : result.matched) {
        Ordered entry;
        entry["policy"] = ref.policy;
        entry["statement"] = ref.statement;
        entry["effect"] = ref.effect == Statement::Effect::Allow ? "Allow" : "Deny";
        matched.push_back(std::move(entry));
    }
    Ordered json;
    json["decision"] = decisionName(result.decision);
    json["allowed"] = result.allowed();
    json["matched"] = std::move(matched);
    json["missingContextValues"] = result.missingContextValues;
    json["explanation"] = result.explanation;
    return json.dump(-1, ' ', false, Ordered::error_handler_t::replace);
}

std::string errorToJson(const std::string& message)
{
    return Json{{"error", message}}.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace Policy
