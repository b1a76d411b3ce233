// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mqtt/MqttTypes.h"
#include "shadow/ShadowEngine.h"
#include "shadow/ShadowStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class MqttSession;

/// The answer to a REST shadow request (ShadowService::handleRestRequest).
struct ShadowRestAnswer
{
    int status = 200; ///< 200, or the error document's code (400, 404, 409, 413, 415, 500)
    QByteArray body;  ///< the accepted document, or the error document `{"code","message"[,"clientToken"]}`
};

/// The AWS IoT shadow service on a real broker: ShadowEngine behind an MqttSession. It subscribes to
/// `$aws/things/+/shadow/#`, answers every request on the response topics, and ignores everything else: its own
/// responses coming back, other clients' publishes to response topics, topics that are not shadow requests.
///
/// Requests are handled one by one in arrival order (the session delivers them in order and the engine is
/// synchronous), so a burst for one shadow is never reordered; responses are published in the same order, never
/// retained.
///
/// QoS: by default the service subscribes and answers at QoS 0. Each QoS 1 hop on a Paho connection costs a
/// Nagle/delayed-ACK stall of about 40 ms (Paho C 1.3 does not set TCP_NODELAY: the PUBACK goes out alone and the
/// next small write waits for its ACK), which would put the answer far beyond the 2 ms target; on a local broker
/// QoS 0 loses nothing while the connection stays up, and devices retry a request that got no answer. setQos(1)
/// trades that latency for at-least-once delivery.
///
/// State lives in memory and, when a state file is set, is written to it atomically (FileIo, QSaveFile) shortly
/// after each change and when the service is destroyed.
///
/// Thread affinity: the session's (owner) thread only, for every method and signal. The session is not owned.
class ShadowService final : public QObject
{
    Q_OBJECT

public:
    /// The filter the service subscribes to.
    static QString subscriptionFilter() { return QStringLiteral("$aws/things/+/shadow/#"); }

    explicit ShadowService(MqttSession* session, QObject* parent = nullptr);
    ~ShadowService() override; ///< flushes the state file
    Q_DISABLE_COPY_MOVE(ShadowService)

    void setLimits(const ShadowLimits& limits) { m_engine = ShadowEngine(limits); }
    /// QoS of the subscription and of every response (0 or 1; AWS IoT has no QoS 2). Default 0. Call before start().
    void setQos(int qos) { m_qos = qBound(0, qos, 1); }
    int qos() const { return m_qos; }
    const ShadowLimits& limits() const { return m_engine.limits(); }

    /// Loads `path` if it exists (a missing file is an empty store) and writes every later change there. A damaged
    /// file is an error and is left untouched. Call before start().
    Result<void> setStateFile(const QString& path);
    QString stateFile() const { return m_stateFile; }
    /// Writes the state file now if a change is pending. Returns the write's result (ok when nothing is pending).
    Result<void> flush();

    /// The clock in epoch seconds (tests fix it); default: the system clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// Subscribes (now, or when the session connects; the session restores it after reconnects).
    void start();
    /// Unsubscribes; requests are no longer answered.
    void stop();
    bool isRunning() const { return m_running; }

    /// One request of the HTTPS data plane's REST shadow API (spec aws-http-sigv4-greengrass.md §1.3), handled by the
    /// same engine, store and state file as the MQTT requests: returns the accepted document or the error, and
    /// publishes only the side effects REST has (`/update/delta` and `/update/documents`), never `/accepted` or
    /// `/rejected`. Works whether or not start() was called (the side effects need a connected session).
    ShadowRestAnswer handleRestRequest(const ShadowKey& key, ShadowOperation operation, const QByteArray& payload);

    const ShadowStore& store() const { return m_store; }
    void setStore(const ShadowStore& store) { m_store = store; }
    quint64 requestsHandled() const { return m_requestsHandled; }

Q_SIGNALS:
    /// The subscription is active: requests are answered from now on.
    void ready();
    /// A request was answered with `responses` (on the owner thread, after publishing them).
    void requestHandled(const QString& topic, const QList<ShadowMessage>& responses);
    /// A shadow changed (accepted update or delete).
    void shadowChanged(const ShadowKey& key);
    /// The broker refused the subscription: no request will be answered. The message says what to fix.
    void subscriptionFailed(const QString& message);
    /// The state file could not be written (the service goes on; the next change tries again).
    void errorOccurred(const QString& message);

private:
    void handleMessages(const QList<MqttMessage>& messages);
    void scheduleSave();

    QPointer<MqttSession> m_session;
    ShadowEngine m_engine;
    ShadowStore m_store;
    std::function<qint64()> m_clock;
    QString m_stateFile;
    QTimer m_saveTimer;
    bool m_dirty = false;
    bool m_running = false;
    int m_qos = 0;
    quint64 m_requestsHandled = 0;
};
