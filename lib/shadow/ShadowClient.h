// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"
#include "shadow/ShadowTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>

class MqttSession;

/// The answer to one ShadowClient request.
struct ShadowReply
{
    enum class Status {
        Accepted, ///< `…/accepted` arrived: `payload` is the service's document
        Rejected, ///< `…/rejected` arrived: `code` and `message` are the service's
        Failed,   ///< no answer: not sent, not subscribed, or timed out; `message` says what to check
    };

    quint64 id = 0;
    ShadowKey key;
    ShadowOperation operation = ShadowOperation::Get;
    Status status = Status::Failed;
    int code = 0;        ///< the error code of a rejection (400, 404, 409, …)
    QString message;     ///< the rejection's message, or why the request failed
    QByteArray payload;  ///< the response payload (accepted or rejected)
    qint64 version = -1; ///< the `version` of an accepted response, -1 when it has none
    QString clientToken; ///< the token that correlated the answer
};

/// The viewer's side of AWS IoT shadows on any broker (AWS IoT itself or the local service): get, update and delete
/// classic and named shadows, and follow `/update/documents` and `/update/delta` live.
///
/// Each request carries a fresh clientToken (an update's own token is kept) and its answer is found by that token,
/// so several requests may be in flight, also from other clients on the same shadow. Answers without a token (some
/// rejections) go to the oldest request of that shadow and operation that could not be matched otherwise. A request
/// that gets no answer within the timeout fails with a message saying what to check (a service that is not running,
/// a policy that forbids the topics); a rejected subscription fails the requests at once.
///
/// Responses are only seen after subscribing, so the first request on a shadow subscribes to its response topics
/// (eight topics, never `#`) and is published once the broker has acknowledged them.
///
/// Thread affinity: the session's (owner) thread only. The session is not owned.
class ShadowClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DEFAULT_TIMEOUT_MS = 10000;

    explicit ShadowClient(MqttSession* session, QObject* parent = nullptr);
    ~ShadowClient() override;
    Q_DISABLE_COPY_MOVE(ShadowClient)

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    /// QoS of requests and subscriptions (0 or 1; AWS IoT has no QoS 2). Default 1.
    void setQos(int qos) { m_qos = qBound(0, qos, 1); }

    /// Subscribes to the shadow's response topics, so documents and deltas arrive even without requests.
    void follow(const ShadowKey& key);
    /// Unsubscribes; requests in flight on the shadow fail.
    void unfollow(const ShadowKey& key);
    /// True once the broker has acknowledged every response topic of `key`.
    bool isFollowing(const ShadowKey& key) const;

    /// Each returns a request id; `replied` with that id follows exactly once (never from inside the call).
    quint64 get(const ShadowKey& key);
    /// `document` is the request as sent: `{"state":{…},"version"?:N,"clientToken"?:"…"}`. A JSON object without a
    /// clientToken gets one; anything else (e.g. invalid JSON, to see the service's error) is sent unchanged.
    quint64 update(const ShadowKey& key, const QByteArray& document);
    /// Deletes the shadow (`delete` is a keyword).
    quint64 remove(const ShadowKey& key);

    int pendingRequests() const { return int(m_pending.size()); }

Q_SIGNALS:
    void replied(const ShadowReply& reply);
    /// Request `id` was handed to the session: its topic and the exact bytes sent (with the clientToken added).
    void requestSent(quint64 id, const QString& topic, const QByteArray& payload);
    /// `/update/documents` of a followed shadow (any client's update): `{"previous","current","timestamp"}`.
    void documentsReceived(const ShadowKey& key, const QByteArray& payload);
    /// `/update/delta` of a followed shadow: `{"state":Δ,"metadata","version","timestamp"}`.
    void deltaReceived(const ShadowKey& key, const QByteArray& payload);

private:
    struct Pending
    {
        quint64 id = 0;
        ShadowKey key;
        ShadowOperation operation = ShadowOperation::Get;
        QByteArray payload;
        QString token;         ///< empty: the request carries no usable token
        quint64 publishId = 0; ///< 0 until handed to the session
        qint64 deadlineMs = 0;
    };
    struct Follow
    {
        QSet<QString> waiting; ///< filters not acknowledged yet
        QString failure;       ///< set when a subscription was refused
    };

    quint64 enqueue(const ShadowKey& key, ShadowOperation operation, const QByteArray& payload, const QString& token);
    QString newToken();
    void sendReady(const ShadowKey& key);
    void handleMessages(const QList<MqttMessage>& messages);
    void handleResponse(const MqttMessage& message, const ShadowKey& key, ShadowOperation operation, bool accepted);
    void finish(qsizetype index, ShadowReply reply);
    void fail(qsizetype index, const QString& message);
    void failAll(const ShadowKey& key, const QString& message);
    void checkTimeouts();

    QPointer<MqttSession> m_session;
    QMap<ShadowKey, Follow> m_follows;
    QHash<QString, ShadowKey> m_filterOwners; ///< response filter → shadow
    std::deque<Pending> m_pending;            ///< in request order
    QTimer m_timeoutTimer;
    int m_timeoutMs = DEFAULT_TIMEOUT_MS;
    int m_qos = 1;
    quint64 m_nextId = 1;
    quint64 m_tokenCounter = 0;
    QString m_tokenPrefix;
};

Q_DECLARE_METATYPE(ShadowReply)
