// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <mqtt/async_client.h>

#include <QList>

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

class MessageInbox;
class MqttSession;

enum class PahoAction { Connect, Subscribe, Unsubscribe, Publish, Disconnect };

/// Where a Paho client stands, as its own callbacks tell it (MqttSession's state can lag behind: results travel
/// through the event queue).
enum class PahoLink { Idle, Connecting, Connected, Closing };

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

/// Publish results on their way from Paho's threads to the owner. PahoBridge appends under the lock and posts one
/// queued MqttSession::drainPublishResults when the list reaches `wakeAt`; the owner takes the whole list. So a stream
/// of publishes costs one wake-up of the owner per burst, not one per message (at 100,000 messages/s the queued call
/// per result cost more than the publishing). Owned by the session; a bridge touches it only while attached.
struct PahoPublishResults
{
    std::mutex mutex;
    std::vector<PahoActionResult> results;
    size_t wakeAt = 1; ///< the owner is woken when this many results wait (see MqttSession::drainPublishResults)
};

/// The only code that runs on Paho's threads. It copies what Paho hands over into our value types, pushes
/// messages into the owner's inbox (stamped with the inbox generation it was created in) and posts everything else
/// to the owning MqttSession with queued invocations. It never touches the session's state directly, never waits on
/// a token and never blocks.
///
/// One bridge exists per Paho client. When the session lets go of a client, the bridge is detached: from then on
/// its results go to the retirement of PahoConnection (which closes the client in the background) and its messages
/// are refused by the inbox, whose generation has moved on.
class PahoBridge final : public mqtt::callback
{
public:
    using Action = PahoAction;
    using ActionResult = PahoActionResult;
    /// Called on a Paho thread, under the bridge's lock, once detached: the link changed. Must only post.
    using RetiredHandler = std::function<void(PahoLink)>;

    /// GUI thread. Messages go into `owner`'s inbox with its current generation; `owner` receives posted results
    /// until detach().
    explicit PahoBridge(MqttSession* owner);
    Q_DISABLE_COPY_MOVE(PahoBridge)

    /// GUI thread. After this returns nothing is posted to the owner any more. With a handler, later link changes are
    /// reported to it instead. Returns the link as it stands at that moment.
    PahoLink detach(RetiredHandler handler = {});

    /// GUI thread: the owner is about to call connect() / disconnect() on the client.
    void noteConnecting() { setLink(PahoLink::Connecting); }
    void noteClosing() { setLink(PahoLink::Closing); }
    PahoLink link() const;

    /// The listener to pass with a request; the request id goes in Paho's user context.
    mqtt::iaction_listener& listener(Action action) { return m_listeners[static_cast<size_t>(action)]; }
    static void* contextFor(quint64 id) { return reinterpret_cast<void*>(static_cast<quintptr>(id)); }

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
    void setLink(PahoLink link);
    /// Under m_ownerMutex: a link change a retired bridge reports.
    void reportRetiredLocked();
    static std::shared_ptr<const MqttProperties> convertProperties(const mqtt::properties& properties);

    mutable std::mutex m_ownerMutex; // guards m_owner, m_retiredHandler and m_link; held only while posting
    MqttSession* m_owner;
    RetiredHandler m_retiredHandler;
    PahoLink m_link = PahoLink::Idle;
    const std::shared_ptr<MessageInbox> m_inbox; // shared: a late callback may outlive the session
    const quint64 m_generation;
    std::array<Listener, 5> m_listeners;

    // Receive thread only: floods usually repeat a topic, so the last decoded topic is reused (shared, no copy).
    std::string m_lastTopicRaw;
    QString m_lastTopic;
    std::shared_ptr<const MqttProperties> m_lastProperties;
};
