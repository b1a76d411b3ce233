// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The sandbox broker's policy plugin (mosquitto 2.0 plugin API, specs/aws-iot-policy.md §8). It never decides on its
// own: it tells lib/policy's authorizer who connects (client ID, the AWS certificate ID of the client certificate,
// clean session) and what they do, and answers mosquitto with the decision.
//  - MOSQ_EVT_BASIC_AUTH: iot:Connect (MOSQ_ERR_AUTH when denied: CONNACK 5 on 3.1.1, 0x87 on MQTT 5);
//  - MOSQ_EVT_ACL_CHECK: iot:Publish (+ iot:RetainPublish when retained), iot:Subscribe on the filter as sent,
//    iot:Receive per delivery;
//  - MOSQ_EVT_TICK: reloads the registry when its file changed, flushes the decision log, and, with the "AWS MQTT
//    3.1.1 behaviour" switch, closes the connections of 3.1.1 clients whose publish was denied (deferred to the tick:
//    kicking inside the ACL callback frees the client ID while mosquitto still uses it, §8);
//  - MOSQ_EVT_DISCONNECT: forgets the connection.
// Lifecycle events as AWS IoT publishes them ($aws/events/presence/connected|disconnected/<clientId>,
// $aws/events/subscriptions/subscribed|unsubscribed/<clientId>) are published for policed connections on the tick
// after they happen, through the broker (so subscribers need iot:Receive on them, as on AWS).
// The plugin is loaded for the whole broker (mosquitto 2.0.11 runs MOSQ_EVT_TICK only for plugins of the global
// security options, not per listener). Connections without a client certificate (the sandbox's plain listener; the
// mutual-TLS listener requires one) are outside AWS IoT's model and are not policed.
// Options (mosquitto.conf): plugin_opt_registry PATH, plugin_opt_decision_log PATH,
// plugin_opt_aws_mqtt311_disconnect true|false.

#include "policy/Authorizer.h"
#include "policy/Lifecycle.h"

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

/// A policed connection, for its lifecycle events.
struct Connection
{
    Policy::Lifecycle::Session session;
    bool connected = false;     ///< its connected event went out (Connect was allowed)
    bool deniedPublish = false; ///< closed by the plugin for a denied publish (AWS MQTT 3.1.1 behaviour)
    bool takenOver = false;     ///< another connection took its client ID
    bool closing = false;       ///< disconnected; finished on the next tick (after its Will, if any, was sent)
    bool willSent = false;      ///< mosquitto sent its Will: it did not end with a DISCONNECT
    std::vector<std::string> subscribed;
    std::vector<std::string> unsubscribed;
};

struct Event
{
    std::string topic;
    std::string payload;
};

struct Plugin
{
    mosquitto_plugin_id_t* id = nullptr;
    tb_authorizer* authorizer = nullptr;
    bool awsMqtt311Disconnect = false;
    std::vector<std::string> toKick;                ///< client IDs to disconnect at the next tick
    std::unordered_set<const mosquitto*> unpoliced; ///< connections without a client certificate
    std::unordered_map<const mosquitto*, Connection> connections;
    std::unordered_map<std::string, int64_t> versions; ///< lifecycle versionNumber per client ID
    std::vector<Event> events;                         ///< published on the next tick
    std::vector<const mosquitto*> closing;             ///< disconnected, finished on the next tick
    std::mt19937_64 random{std::random_device{}()};
};

Plugin g_plugin;

/// The AWS IoT certificate ID of the client's certificate: SHA-256 of its DER, lower-case hex; empty without one.
std::string certificateIdOf(mosquitto* client)
{
    X509* certificate = static_cast<X509*>(mosquitto_client_certificate(client));
    if (!certificate) {
        return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = X509_digest(certificate, EVP_sha256(), digest, &length) == 1;
    X509_free(certificate);
    if (!ok) {
        return {};
    }
    static const char HEX[] = "0123456789abcdef";
    std::string id;
    for (unsigned int i = 0; i < length; ++i) {
        id += HEX[digest[i] >> 4];
        id += HEX[digest[i] & 0x0f];
    }
    return id;
}

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string sessionIdentifier()
{
    static const char HEX[] = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 2; ++i) {
        uint64_t bits = g_plugin.random();
        for (int j = 0; j < 16; ++j, bits >>= 4) {
            id += HEX[bits & 0x0f];
        }
    }
    return id;
}

void connected(mosquitto* client, const std::string& clientId, const std::string& certificateId)
{
    for (auto& [other, connection] : g_plugin.connections) {
        if (other != client && connection.session.clientId == clientId) {
            connection.takenOver = true;
        }
    }
    Connection& connection = g_plugin.connections[client];
    connection.session = {clientId, sessionIdentifier(), certificateId, ++g_plugin.versions[clientId]};
    connection.connected = true;
    if (Policy::Lifecycle::hasEvents(clientId)) {
        const char* address = mosquitto_client_address(client);
        g_plugin.events.push_back({Policy::Lifecycle::connectedTopic(clientId),
                                   Policy::Lifecycle::connected(connection.session, nowMs(), address ? address : "")});
    }
}

/// AWS's disconnectReason. mosquitto 2.0.11 gives plugins no reason (context__disconnect passes -1), so it is told
/// from what the plugin saw: its own kick for a denied publish, a takeover of the client ID, and the Will, which
/// mosquitto sends after an unclean end only (a clean DISCONNECT discards it). A connection lost without a Will
/// cannot be told from a clean DISCONNECT.
const char* disconnectReason(const Connection& connection)
{
    if (connection.deniedPublish) {
        return "AUTH_ERROR";
    }
    if (connection.takenOver) {
        return "DUPLICATE_CLIENTID";
    }
    return connection.willSent ? "CONNECTION_LOST" : "CLIENT_INITIATED_DISCONNECT";
}

void queueSubscriptionEvents(Connection& connection)
{
    for (const bool subscribed : {true, false}) {
        std::vector<std::string>& topics = subscribed ? connection.subscribed : connection.unsubscribed;
        if (!topics.empty() && Policy::Lifecycle::hasEvents(connection.session.clientId)) {
            g_plugin.events.push_back(
                {Policy::Lifecycle::subscriptionsTopic(subscribed, connection.session.clientId),
                 Policy::Lifecycle::subscriptions(subscribed, connection.session, nowMs(), topics)});
        }
        topics.clear();
    }
}

/// The end of a connection that mosquitto closed: its disconnected event, and everything the plugin kept for it.
void finish(const mosquitto* client)
{
    if (const auto it = g_plugin.connections.find(client); it != g_plugin.connections.end()) {
        Connection& connection = it->second;
        queueSubscriptionEvents(connection);
        if (connection.connected && Policy::Lifecycle::hasEvents(connection.session.clientId)) {
            g_plugin.events.push_back(
                {Policy::Lifecycle::disconnectedTopic(connection.session.clientId),
                 Policy::Lifecycle::disconnected(connection.session, nowMs(), disconnectReason(connection))});
        }
        g_plugin.connections.erase(it);
    }
    g_plugin.unpoliced.erase(client);
    tb_authorizer_disconnected(g_plugin.authorizer, client);
}

/// A new connection in the memory of one that closed since the last tick: finish the old one first.
void reused(const mosquitto* client)
{
    const auto it = std::find(g_plugin.closing.begin(), g_plugin.closing.end(), client);
    if (it != g_plugin.closing.end()) {
        g_plugin.closing.erase(it);
        finish(client);
    }
}

void publishEvents()
{
    std::vector<Event> events;
    events.swap(g_plugin.events);
    for (const Event& event : events) {
        mosquitto_broker_publish_copy(nullptr, event.topic.c_str(), int(event.payload.size()), event.payload.data(), 1,
                                      false, nullptr);
    }
}

void logDenied(mosquitto* client, const char* what)
{
    mosquitto_log_printf(MOSQ_LOG_NOTICE, "thingbench policy: %s %s denied: %s", mosquitto_client_id(client), what,
                         tb_authorizer_last_explanation(g_plugin.authorizer));
}

int onBasicAuth(int, void* eventData, void*)
{
    auto* event = static_cast<mosquitto_evt_basic_auth*>(eventData);
    reused(event->client);
    const std::string certificateId = certificateIdOf(event->client);
    if (certificateId.empty()) {
        g_plugin.unpoliced.insert(event->client);
        return MOSQ_ERR_SUCCESS;
    }
    g_plugin.unpoliced.erase(event->client);
    const tb_decision decision =
        tb_authorizer_connect(g_plugin.authorizer, event->client, mosquitto_client_id(event->client),
                              certificateId.c_str(), mosquitto_client_clean_session(event->client) ? 0 : 1);
    if (decision != TB_ALLOWED) {
        logDenied(event->client, "connect");
        return MOSQ_ERR_AUTH;
    }
    connected(event->client, mosquitto_client_id(event->client), certificateId);
    return MOSQ_ERR_SUCCESS;
}

int onAclCheck(int, void* eventData, void*)
{
    auto* event = static_cast<mosquitto_evt_acl_check*>(eventData);
    if (g_plugin.unpoliced.count(event->client)) {
        return MOSQ_ERR_SUCCESS;
    }
    tb_decision decision = TB_ALLOWED;
    switch (event->access) {
    case MOSQ_ACL_SUBSCRIBE:
        decision = tb_authorizer_check(g_plugin.authorizer, event->client, TB_SUBSCRIBE, event->topic);
        if (decision == TB_ALLOWED) {
            g_plugin.connections[event->client].subscribed.emplace_back(event->topic);
        }
        break;
    case MOSQ_ACL_UNSUBSCRIBE:
        g_plugin.connections[event->client].unsubscribed.emplace_back(event->topic);
        return MOSQ_ERR_SUCCESS; // AWS IoT has no action for it
    case MOSQ_ACL_WRITE:
        if (const auto it = g_plugin.connections.find(event->client);
            it != g_plugin.connections.end() && it->second.closing) {
            it->second.willSent = true; // a write after the end is the Will
        }
        decision = tb_authorizer_check(g_plugin.authorizer, event->client, TB_PUBLISH, event->topic);
        if (decision == TB_ALLOWED && event->retain) {
            decision = tb_authorizer_check(g_plugin.authorizer, event->client, TB_RETAIN_PUBLISH, event->topic);
        }
        if (decision != TB_ALLOWED && g_plugin.awsMqtt311Disconnect &&
            mosquitto_client_protocol_version(event->client) != 5) {
            g_plugin.toKick.emplace_back(mosquitto_client_id(event->client));
            g_plugin.connections[event->client].deniedPublish = true;
        }
        break;
    case MOSQ_ACL_READ:
        decision = tb_authorizer_check(g_plugin.authorizer, event->client, TB_RECEIVE, event->topic);
        break;
    default:
        return MOSQ_ERR_SUCCESS;
    }
    if (decision != TB_ALLOWED) {
        logDenied(event->client, event->access == MOSQ_ACL_READ ? "receive" : "publish or subscribe");
        return MOSQ_ERR_ACL_DENIED;
    }
    return MOSQ_ERR_SUCCESS;
}

int onTick(int, void*, void*)
{
    tb_authorizer_reload_if_changed(g_plugin.authorizer);
    std::vector<std::string> kick;
    kick.swap(g_plugin.toKick);
    for (const std::string& clientId : kick) {
        mosquitto_kick_client_by_clientid(clientId.c_str(), false);
    }
    std::vector<const mosquitto*> closing;
    closing.swap(g_plugin.closing);
    for (const mosquitto* client : closing) {
        finish(client);
    }
    for (auto& [client, connection] : g_plugin.connections) {
        queueSubscriptionEvents(connection);
    }
    publishEvents();
    tb_authorizer_flush(g_plugin.authorizer);
    return MOSQ_ERR_SUCCESS;
}

int onDisconnect(int, void* eventData, void*)
{
    // Finished on the next tick: mosquitto checks the Will's publish (iot:Publish) after this event.
    const mosquitto* client = static_cast<mosquitto_evt_disconnect*>(eventData)->client;
    if (const auto it = g_plugin.connections.find(client); it != g_plugin.connections.end()) {
        it->second.closing = true;
    }
    g_plugin.closing.push_back(client);
    return MOSQ_ERR_SUCCESS;
}

const char* option(mosquitto_opt* options, int count, const char* key)
{
    for (int i = 0; i < count; ++i) {
        if (std::strcmp(options[i].key, key) == 0) {
            return options[i].value;
        }
    }
    return nullptr;
}

} // namespace

extern "C" {

int mosquitto_plugin_version(int supportedCount, const int* supported)
{
    for (int i = 0; i < supportedCount; ++i) {
        if (supported[i] == 5) {
            return 5;
        }
    }
    return -1;
}

int mosquitto_plugin_init(mosquitto_plugin_id_t* id, void** userData, mosquitto_opt* options, int count)
{
    const char* registry = option(options, count, "registry");
    if (!registry) {
        mosquitto_log_printf(MOSQ_LOG_ERR,
                             "thingbench policy: plugin_opt_registry is missing: give the path of the "
                             "sandbox's registry.json");
        return MOSQ_ERR_INVAL;
    }
    char error[512] = {};
    g_plugin.authorizer = tb_authorizer_open(registry, option(options, count, "decision_log"), error, sizeof error);
    if (!g_plugin.authorizer) {
        mosquitto_log_printf(MOSQ_LOG_ERR, "thingbench policy: %s", error);
        return MOSQ_ERR_INVAL;
    }
    const char* disconnect = option(options, count, "aws_mqtt311_disconnect");
    g_plugin.awsMqtt311Disconnect = disconnect && std::strcmp(disconnect, "true") == 0;
    g_plugin.id = id;
    *userData = &g_plugin;
    mosquitto_callback_register(id, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr, nullptr);
    mosquitto_callback_register(id, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr, nullptr);
    mosquitto_callback_register(id, MOSQ_EVT_TICK, onTick, nullptr, nullptr);
    mosquitto_callback_register(id, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr, nullptr);
    mosquitto_log_printf(MOSQ_LOG_INFO, "thingbench policy: enforcing AWS IoT policies from %s", registry);
    return MOSQ_ERR_SUCCESS;
}

int mosquitto_plugin_cleanup(void*, mosquitto_opt*, int)
{
    mosquitto_callback_unregister(g_plugin.id, MOSQ_EVT_BASIC_AUTH, onBasicAuth, nullptr);
    mosquitto_callback_unregister(g_plugin.id, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr);
    mosquitto_callback_unregister(g_plugin.id, MOSQ_EVT_TICK, onTick, nullptr);
    mosquitto_callback_unregister(g_plugin.id, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr);
    tb_authorizer_close(g_plugin.authorizer);
    g_plugin = Plugin();
    return MOSQ_ERR_SUCCESS;
}

} // extern "C"
