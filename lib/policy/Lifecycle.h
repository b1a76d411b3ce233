// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AWS IoT lifecycle events ("Lifecycle events" in the AWS IoT developer guide): the topics and the JSON messages the
// sandbox broker publishes when a policed client connects, disconnects, subscribes or unsubscribes. Plain C++.

#include <cstdint>
#include <string>
#include <vector>

namespace Policy::Lifecycle {

/// AWS publishes no lifecycle events for client IDs that contain '#' or '+'.
bool hasEvents(const std::string& clientId);

struct Session
{
    std::string clientId;
    std::string sessionIdentifier;   ///< unique for the life of the connection
    std::string principalIdentifier; ///< the certificate ID
    int64_t versionNumber = 0;       ///< the same for a connection's connected and disconnected events
};

/// `$aws/events/presence/connected/<clientId>`: clientId, timestamp (ms), eventType, sessionIdentifier,
/// principalIdentifier, ipAddress, versionNumber.
std::string connectedTopic(const std::string& clientId);
std::string connected(const Session& session, int64_t timestampMs, const std::string& ipAddress);

/// `$aws/events/presence/disconnected/<clientId>`: as connected, with clientInitiatedDisconnect and disconnectReason
/// (AUTH_ERROR, CLIENT_INITIATED_DISCONNECT, CLIENT_ERROR, CONNECTION_LOST, DUPLICATE_CLIENTID,
/// MQTT_KEEP_ALIVE_TIMEOUT, SERVER_INITIATED_DISCONNECT...) instead of ipAddress.
std::string disconnectedTopic(const std::string& clientId);
std::string disconnected(const Session& session, int64_t timestampMs, const std::string& reason);

/// `$aws/events/subscriptions/subscribed|unsubscribed/<clientId>` with the filters of the request in `topics`.
std::string subscriptionsTopic(bool subscribed, const std::string& clientId);
std::string subscriptions(bool subscribed, const Session& session, int64_t timestampMs,
                          const std::vector<std::string>& topics);

} // namespace Policy::Lifecycle
