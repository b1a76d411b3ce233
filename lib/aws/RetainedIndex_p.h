// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox data plane's copy of the broker's retained messages (private to lib/aws), behind the retained-message
// API: GET /retainedMessage and GET /retainedMessage/{topic} (spec aws-http-sigv4-greengrass.md §1.4).

#include "mqtt/MqttTypes.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class MqttSession;

namespace Aws {

/// The retained messages of the sandbox broker, followed live. Started by the first request that needs it (until then
/// it costs the broker nothing): its own MQTT 5 session subscribes to `#` at QoS 1 with retain-as-published, so the
/// broker sends every retained message at once and then every retained publish as it happens (an empty payload
/// deletes). To know when that first burst is complete it then publishes a marker to a topic of its own: the broker
/// queued the retained messages before the marker, on the same connection.
///
/// `lastModifiedTime` is the time the index saw a message: for messages retained before it started, the start.
/// Topics beginning with `$` are not followed (`#` does not match them). Bounded: beyond `maxEntries` topics or
/// `maxBytes` of payload new topics are left out, with a warning in the log.
///
/// Thread affinity: the thread it lives on (the data plane's worker).
class RetainedIndex final : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString topic;
        QByteArray payload;
        int qos = 0;
        qint64 lastModifiedMs = 0;
    };

    RetainedIndex(const ConnectionOptions& broker, QObject* parent = nullptr);
    ~RetainedIndex() override;
    Q_DISABLE_COPY_MOVE(RetainedIndex)

    /// Calls `done` with an empty string once every retained message the broker has taken so far is known, or with
    /// what went wrong; starts the index on the first call. Never at once: one marker round trip at least.
    void whenReady(std::function<void(const QString& error)> done);
    /// Up to `maxResults` entries in topic order, after `afterTopic` (empty: from the first); `more` says whether
    /// entries follow.
    QList<Entry> page(const QString& afterTopic, int maxResults, bool* more) const;
    std::optional<Entry> entry(const QString& topic) const;
    /// Disconnects and hands over the session (to be destroyed on the owner's thread); null when never started.
    MqttSession* release();

    static constexpr int maxEntries = 100'000;
    static constexpr qint64 maxBytes = 256LL * 1024 * 1024;

private:
    void start();
    void onSubscribed(const QString& filter);
    void onMessages(const QList<MqttMessage>& messages);
    void store(const MqttMessage& message);
    void publishMarker();
    void markerArrived(quint64 sequence);
    void fail(const QString& error);

    struct Waiting
    {
        quint64 marker = 0; ///< answered when this marker (or a later one) comes back
        std::function<void(const QString&)> done;
    };

    ConnectionOptions m_broker;
    MqttSession* m_session = nullptr;
    QString m_markerTopic;
    QMap<QString, Entry> m_entries;
    qint64 m_bytes = 0;
    quint64 m_leftOut = 0;
    QTimer m_readyTimer; ///< bounds the wait for the markers
    bool m_ready = false;
    QString m_error;
    quint64 m_markerSequence = 0; ///< the last marker published
    QList<Waiting> m_waiting;
};

} // namespace Aws
