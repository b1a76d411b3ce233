// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Lifecycle.h"

#include <nlohmann/json.hpp>

namespace Policy::Lifecycle {

namespace {

using Json = nlohmann::ordered_json; // the order of AWS's examples

Json base(const Session& session, int64_t timestampMs, const char* eventType)
{
    Json json;
    json["clientId"] = session.clientId;
    json["timestamp"] = timestampMs;
    json["eventType"] = eventType;
    json["sessionIdentifier"] = session.sessionIdentifier;
    json["principalIdentifier"] = session.principalIdentifier;
    return json;
}

std::string dump(const Json& json)
{
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

bool hasEvents(const std::string& clientId)
{
    return clientId.find_first_of("#+") == std::string::npos;
}

std::string connectedTopic(const std::string& clientId)
{
    return "$aws/events/presence/connected/" + clientId;
}

std::string connected(const Session& session, int64_t timestampMs, const std::string& ipAddress)
{
    Json json = base(session, timestampMs, "connected");
    json["ipAddress"] = ipAddress;
    json["versionNumber"] = session.versionNumber;
    return dump(json);
}

std::string disconnectedTopic(const std::string& clientId)
{
    return "$aws/events/presence/disconnected/" + clientId;
}

std::string disconnected(const Session& session, int64_t timestampMs, const std::string& reason)
{
    Json json = base(session, timestampMs, "disconnected");
    json["clientInitiatedDisconnect"] = reason == "CLIENT_INITIATED_DISCONNECT";
    json["disconnectReason"] = reason;
    json["versionNumber"] = session.versionNumber;
    return dump(json);
}

std::string subscriptionsTopic(bool subscribed, const std::string& clientId)
{
    return std::string("$aws/events/subscriptions/") + (subscribed ? "subscribed/" : "unsubscribed/") + clientId;
}

std::string subscriptions(bool subscribed, const Session& session, int64_t timestampMs,
                          const std::vector<std::string>& topics)
{
    Json json = base(session, timestampMs, subscribed ? "subscribed" : "unsubscribed");
    json["topics"] = topics;
    return dump(json);
}

} // namespace Policy::Lifecycle
