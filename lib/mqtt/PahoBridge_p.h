// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <mqtt/async_client.h>

#include <QList>

#include <array>
#include <mutex>
#include <string>

class MessageInbox;
class MqttSession;

enum class PahoAction { Connect, Subscribe, Unsubscribe, Publish, Disconnect };

/// Outcome of one asynchronous Paho request, built on a Paho thread and delivered on the owner thread.
struct PahoActionResult
{
    PahoAction action = PahoAction::Connect;
    quint64 id = 0;
    bool ok = false;
    int returnCode = 0; ///< Paho / MQTT 3.1.1 return code
    int reasonCode = 0; ///< MQTT 5 reason code
    bool sessionPresent = false;
    int receiveMaximum = 0; ///< MQTT 5 CONNACK Receive Maximum (0: not sent)
    QList<int> reasonCodes; ///< SUBACK/UNSUBACK per filter
};

/// The only code that runs on Paho's threads. It copies what Paho hands over into our value types, pushes
/// messages into the inbox and posts everything else to the owning MqttSession with queued invocations. It never
/// touches the session's state directly, never waits on a token and never blocks.
///
/// One bridge exists per Paho client; when the session replaces the client it detaches the old bridge first, so
/// late callbacks of an old connection reach nobody.
class PahoBridge final : public mqtt::callback
{
public:
    using Action = PahoAction;
    using ActionResult = PahoActionResult;

    /// GUI thread. Messages go into `owner`'s inbox; `owner` receives posted results until detach().
    explicit PahoBridge(MqttSession* owner);
    Q_DISABLE_COPY_MOVE(PahoBridge)

    /// GUI thread. After this returns no queued call is posted to the owner any more.
    void detach();

    /// The listener to pass with a request; the request id goes in Paho's user context.
    mqtt::iaction_listener& listener(Action action) { return m_listeners[static_cast<size_t>(action)]; }
    static void* contextFor(quint64 id) { return reinterpret_cast<void*>(static_cast<quintptr>(id)); }

    /// Paho thread (TLS errors): remembers OpenSSL's text for the next connect failure.
    void noteTlsError(const std::string& text);

    // mqtt::callback, Paho threads.
    void connection_lost(const std::string& cause) override;
    void message_arrived(mqtt::const_message_ptr message) override;
    void delivery_complete(mqtt::delivery_token_ptr) override { }

private:
    class Listener final : public mqtt::iaction_listener
    {
    public:
        PahoBridge* bridge = nullptr;
        Action action = Action::Connect;
        void on_success(const mqtt::token& token) override;
        void on_failure(const mqtt::token& token) override;
    };

    void deliver(ActionResult result);
    static std::shared_ptr<const MqttProperties> convertProperties(const mqtt::properties& properties);

    std::mutex m_ownerMutex; // guards m_owner against detach(); held only while posting
    MqttSession* m_owner;
    MessageInbox* m_inbox;
    std::array<Listener, 5> m_listeners;
    std::mutex m_tlsErrorMutex;
    QString m_tlsError;

    // Receive thread only: floods usually repeat a topic, so the last decoded topic is reused (shared, no copy).
    std::string m_lastTopicRaw;
    QString m_lastTopic;
    std::shared_ptr<const MqttProperties> m_lastProperties;
};
