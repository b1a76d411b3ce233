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
// The plugin is loaded for the whole broker (mosquitto 2.0.11 runs MOSQ_EVT_TICK only for plugins of the global
// security options, not per listener). Connections without a client certificate (the sandbox's plain listener; the
// mutual-TLS listener requires one) are outside AWS IoT's model and are not policed.
// Options (mosquitto.conf): plugin_opt_registry PATH, plugin_opt_decision_log PATH,
// plugin_opt_aws_mqtt311_disconnect true|false.

#include "policy/Authorizer.h"

extern "C" {
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
}

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

struct Plugin
{
    mosquitto_plugin_id_t* id = nullptr;
    tb_authorizer* authorizer = nullptr;
    bool awsMqtt311Disconnect = false;
    std::vector<std::string> toKick;                ///< client IDs to disconnect at the next tick
    std::unordered_set<const mosquitto*> unpoliced; ///< connections without a client certificate
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

void logDenied(mosquitto* client, const char* what)
{
    mosquitto_log_printf(MOSQ_LOG_NOTICE, "thingbench policy: %s %s denied: %s", mosquitto_client_id(client), what,
                         tb_authorizer_last_explanation(g_plugin.authorizer));
}

int onBasicAuth(int, void* eventData, void*)
{
    auto* event = static_cast<mosquitto_evt_basic_auth*>(eventData);
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
        break;
    case MOSQ_ACL_WRITE:
        decision = tb_authorizer_check(g_plugin.authorizer, event->client, TB_PUBLISH, event->topic);
        if (decision == TB_ALLOWED && event->retain) {
            decision = tb_authorizer_check(g_plugin.authorizer, event->client, TB_RETAIN_PUBLISH, event->topic);
        }
        if (decision != TB_ALLOWED && g_plugin.awsMqtt311Disconnect &&
            mosquitto_client_protocol_version(event->client) != 5) {
            g_plugin.toKick.emplace_back(mosquitto_client_id(event->client));
        }
        break;
    case MOSQ_ACL_READ:
        decision = tb_authorizer_check(g_plugin.authorizer, event->client, TB_RECEIVE, event->topic);
        break;
    default:
        return MOSQ_ERR_SUCCESS; // unsubscribe: AWS IoT has no action for it
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
    tb_authorizer_flush(g_plugin.authorizer);
    return MOSQ_ERR_SUCCESS;
}

int onDisconnect(int, void* eventData, void*)
{
    const mosquitto* client = static_cast<mosquitto_evt_disconnect*>(eventData)->client;
    g_plugin.unpoliced.erase(client);
    tb_authorizer_disconnected(g_plugin.authorizer, client);
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
