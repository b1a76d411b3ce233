// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MessageInbox.h"
#include "mqtt/MqttTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

class PahoBridge;
class PahoConnection;
struct PahoActionResult;
struct PahoPublishResults;

/// One broker connection: a QObject facade over Paho's `mqtt::async_client`.
///
/// Thread affinity: GUI (owner) thread only, for every method and every signal. Paho's threads never touch this
/// object; they go through PahoBridge, which pushes messages into the inbox and posts results here. No method
/// waits on the network: results arrive as signals.
///
/// Received messages arrive in batches (`messagesReceived`) of at most 1,024, so a drained backlog never holds the
/// event loop long. Subscriptions are remembered and restored after every reconnect the broker did not keep the
/// session for.
class MqttSession final : public QObject
{
    Q_OBJECT

public:
    explicit MqttSession(QObject* parent = nullptr);
    ~MqttSession() override;
    Q_DISABLE_COPY_MOVE(MqttSession)

    /// Validates the options, checks the local TLS files, then starts connecting. Returns false (and emits
    /// errorOccurred) when the options or files are unusable; otherwise the outcome arrives as stateChanged or
    /// errorOccurred. Replaces any current connection.
    bool connectToBroker(const ConnectionOptions& options);
    /// Disconnects gracefully and stops reconnecting. Subscriptions are kept for the next connect.
    void disconnectFromBroker();

    SessionState state() const { return m_state; }
    const ConnectionOptions& options() const { return m_options; }
    /// The client id in use (a random "thingbench-…" id when the options left it empty).
    QString clientId() const { return m_clientId; }
    SessionError lastError() const { return m_lastError; }
    QString lastErrorString() const { return m_lastErrorString; }

    /// Adds (or changes the QoS of) a subscription; sent now when connected, else on the next connect. Returns
    /// false and emits subscribeFailed for an invalid filter or QoS. `retainAsPublished` (MQTT 5 only): live
    /// messages keep the retain flag they were published with, so a subscriber can follow the retained messages.
    bool subscribe(const QString& filter, int qos, bool retainAsPublished = false);
    void unsubscribe(const QString& filter);
    /// Filters and their requested QoS.
    QHash<QString, int> subscriptions() const;
    /// The broker acknowledged the subscription to `filter` (false while it is asked for, refused or unsent).
    bool isSubscriptionActive(const QString& filter) const;
    /// The filters a received copy was delivered for, from its MQTT 5 subscription identifiers (each subscription
    /// gets its own identifier on MQTT 5 connections). Empty on MQTT 3.1.1 or when unknown.
    QStringList filtersForDelivery(const MqttMessage& message) const;

    /// Publishes asynchronously. Returns a request id; `published(id)` or `publishFailed(id, reason)` follows
    /// (queued, never from inside this call). MQTT 5 properties are dropped on 3.1.1 connections.
    quint64 publish(const QString& topic, const QByteArray& payload, int qos = 0, bool retain = false,
                    const MqttProperties& properties = {});
    /// Publishes that have not been acknowledged (QoS 1/2) or written (QoS 0) yet, queued ones included.
    int pendingPublishes() const { return static_cast<int>(m_publishQueue.size() + m_inflightPublishIds.size()); }

    /// Messages dropped because the inbox overflowed (never silent: the GUI shows this).
    quint64 droppedCount() const { return m_inbox->droppedCount(); }
    quint64 receivedCount() const { return m_receivedCount; }
    void setInboxLimits(qsizetype maxMessages, qint64 maxBytes) { m_inbox->setLimits(maxMessages, maxBytes); }

Q_SIGNALS:
    void stateChanged(SessionState state);
    /// A plain-language error that says what to fix; `error` is stable for code and tests.
    void errorOccurred(SessionError error, const QString& message);
    /// Emitted on every successful connect; `sessionPresent` tells whether the broker kept the session.
    void sessionEstablished(bool sessionPresent);
    void reconnectScheduled(int attempt, int delayMs);
    void messagesReceived(const QList<MqttMessage>& messages);
    void subscribed(const QString& filter, int grantedQos);
    void subscribeFailed(const QString& filter, const QString& message);
    void unsubscribed(const QString& filter);
    void published(quint64 id);
    void publishFailed(quint64 id, const QString& message);

private:
    friend class PahoBridge;
    struct Subscription
    {
        enum class Status { Unsent, Pending, Active }; ///< Active: acknowledged in the current (or kept) session
        int qos = 0;
        Status status = Status::Unsent;
        quint32 identifier = 0; ///< MQTT 5 subscription identifier (0 on 3.1.1)
        bool retainAsPublished = false;
    };
    struct PendingRequest
    {
        QStringList filters; ///< subscribe / unsubscribe
    };
    struct QueuedPublish
    {
        quint64 id = 0;
        QString topic;
        QByteArray payload;
        int qos = 0;
        bool retain = false;
        MqttProperties properties;
        qint64 cost = 0; ///< charged against the queue's byte budget
    };

    // Posted by PahoBridge, run on the owner thread.
    void drainInbox();
    void handleConnectionLost(const QString& cause);
    void handleActionResult(const PahoActionResult& result);
    void drainPublishResults();

    void startConnect();
    void scheduleReconnect();
    void releaseClient();
    void setState(SessionState state);
    void fail(SessionError error, const QString& message, SessionState next);
    void diagnoseConnectFailure(int returnCode, int reasonCode, const QString& pahoDetail);
    void sendSubscriptions(const QStringList& filters);
    void failPublishLater(quint64 id, const QString& message);
    void sendQueuedPublishes();
    void markSubscriptionsUnsent();
    void failQueuedPublishes(const QString& message);
    /// Takes the publish `result` off the in-flight set; false when it is not (or no longer) in flight.
    bool settlePublish(const PahoActionResult& result);
    void reportPublish(const PahoActionResult& result);

    ConnectionOptions m_options;
    QString m_clientId;
    SessionState m_state = SessionState::Disconnected;
    SessionError m_lastError = SessionError::NoError;
    QString m_lastErrorString;

    // Shared with the bridges: a late Paho callback of a replaced connection may still push (and be refused).
    std::shared_ptr<MessageInbox> m_inbox;
    std::unique_ptr<PahoConnection> m_connection; ///< the current Paho client; retired, never waited for

    QHash<QString, Subscription> m_subscriptions;
    QHash<quint64, PendingRequest> m_requests;
    QHash<quint32, QString> m_filterByIdentifier;
    quint32 m_nextSubscriptionIdentifier = 1;
    quint64 m_nextId = 1;
    quint64 m_connectId = 0;       ///< id of the connect in flight; stale results are ignored
    quint64 m_connectionEpoch = 0; ///< bumped per client; guards diagnostics that finish late
    // Publishes wait here and go to Paho while few enough are in flight (QOS0_WINDOW, PUBLISH_WINDOW_CAP), QoS 1 and 2
    // ones only while fewer than m_publishWindow of those are: Paho itself stalls for up to a second when it hits the
    // broker's Receive Maximum (which counts QoS 1 and 2 only), so we never let it get there.
    std::deque<QueuedPublish> m_publishQueue;
    qint64 m_publishQueueBytes = 0;
    QSet<quint64> m_inflightPublishIds; // Paho reports some completions twice; count each publish once
    QSet<quint64> m_inflightAckedIds;   // those of QoS 1 and 2, which the Receive Maximum limits
    std::unique_ptr<PahoPublishResults> m_publishResults; // filled by PahoBridge, drained by drainPublishResults()
    int m_publishWindow = 0;                              ///< QoS 1 and 2 publishes in flight at most
    quint64 m_receivedCount = 0;

    bool m_everConnected = false; ///< reconnect only after a connection was established once
    bool m_userDisconnect = false;
    int m_reconnectAttempt = 0;
    QTimer m_reconnectTimer;
    QTimer m_drainTimer;
    QTimer m_publishPollTimer;       ///< fetches publish results that have not reached the wake-up mark
    QList<MqttMessage> m_ready;      ///< taken from the inbox, handed on in batches of at most MAX_BATCH
    bool m_inboxExpectsPoll = false; ///< the last take was a flood's: the inbox will not wake us, we poll
};
