// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/RetainedIndex_p.h"

#include "common/Logging.h"
#include "mqtt/MqttSession.h"

#include <QDateTime>
#include <QUuid>

namespace Aws {

namespace {

constexpr int READY_TIMEOUT_MS = 8000;

} // namespace

RetainedIndex::RetainedIndex(const ConnectionOptions& broker, QObject* parent)
    : QObject(parent)
    , m_broker(broker)
{
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox broker did not answer the retained-message index within %1 s. Retry in a moment.")
                 .arg(READY_TIMEOUT_MS / 1000));
    });
}

RetainedIndex::~RetainedIndex() = default;

void RetainedIndex::whenReady(std::function<void(const QString& error)> done)
{
    // Answered when a marker published from now on comes back: every message the broker took before it (the
    // request's own publishes over HTTPS or MQTT included) is in the index by then.
    m_waiting.append({m_markerSequence + 1, std::move(done)});
    if (!m_readyTimer.isActive()) {
        m_readyTimer.start(READY_TIMEOUT_MS);
    }
    if (!m_session) {
        start();
    } else if (m_ready) {
        publishMarker();
    } // else: the marker follows the subscription's acknowledgement
}

void RetainedIndex::publishMarker()
{
    m_session->publish(m_markerTopic, QByteArray::number(++m_markerSequence), 1, false);
}

void RetainedIndex::start()
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_markerTopic = QStringLiteral("$thingbench/retained-index/") + id;
    ConnectionOptions options = m_broker;
    options.clientId = QStringLiteral("thingbench-retained-") + id;
    options.version = MqttVersion::V5; // retain-as-published
    options.cleanStart = true;
    options.autoReconnect = true;
    m_session = new MqttSession(this);
    connect(m_session, &MqttSession::messagesReceived, this, &RetainedIndex::onMessages);
    connect(m_session, &MqttSession::subscribed, this, &RetainedIndex::onSubscribed);
    connect(m_session, &MqttSession::subscribeFailed, this, [this](const QString& filter, const QString& message) {
        fail(tr("The sandbox broker refused the subscription to %1: %2").arg(filter, message));
    });
    connect(m_session, &MqttSession::errorOccurred, this, [this](SessionError, const QString& message) {
        fail(tr("The retained-message index cannot reach the sandbox broker: %1").arg(message));
    });
    connect(m_session, &MqttSession::sessionEstablished, this, [this] {
        // A clean start: the broker sends every retained message again after the subscriptions are renewed, and
        // what was deleted meanwhile is known only by its absence. Count again, up to a new marker.
        m_ready = false;
        m_entries.clear();
        m_bytes = 0;
    });
    m_session->subscribe(m_markerTopic, 1);
    m_session->subscribe(QStringLiteral("#"), 1, true);
    m_session->connectToBroker(options);
}

void RetainedIndex::onSubscribed(const QString& filter)
{
    // Both SUBSCRIBEs went out in order; once `#` is acknowledged the broker has queued every retained message.
    if (filter == QLatin1String("#") && !m_ready) {
        publishMarker();
    }
}

void RetainedIndex::onMessages(const QList<MqttMessage>& messages)
{
    for (const MqttMessage& message : messages) {
        if (message.topic == m_markerTopic) {
            markerArrived(message.payload.toULongLong());
        } else if (message.retained) {
            store(message);
        }
    }
}

void RetainedIndex::store(const MqttMessage& message)
{
    const auto it = m_entries.find(message.topic);
    if (message.payload.isEmpty()) { // a retained message is deleted by an empty retained publish
        if (it != m_entries.end()) {
            m_bytes -= it->payload.size();
            m_entries.erase(it);
        }
        return;
    }
    if (it == m_entries.end() && (m_entries.size() >= maxEntries || m_bytes + message.payload.size() > maxBytes)) {
        if (m_leftOut++ == 0) {
            qCWarning(lcSandbox) << "The retained-message index is full (" << maxEntries << "topics or" << maxBytes
                                 << "bytes): newer retained topics are left out of /retainedMessage";
        }
        return;
    }
    Entry& entry = m_entries[message.topic];
    m_bytes += message.payload.size() - entry.payload.size();
    entry.topic = message.topic;
    entry.payload = message.payload;
    entry.qos = message.qos;
    entry.lastModifiedMs = QDateTime::currentMSecsSinceEpoch();
}

void RetainedIndex::markerArrived(quint64 sequence)
{
    m_ready = true;
    QList<Waiting> answered;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->marker <= sequence) {
            answered.append(std::move(*it));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    if (m_waiting.isEmpty()) {
        m_readyTimer.stop();
    }
    for (const Waiting& waiting : std::as_const(answered)) {
        waiting.done(QString());
    }
}

void RetainedIndex::fail(const QString& error)
{
    m_readyTimer.stop();
    if (m_session) { // start again on the next request
        m_session->disconnect(this);
        m_session->disconnectFromBroker();
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_ready = false;
    m_entries.clear();
    m_bytes = 0;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting) {
        w.done(error);
    }
}

QList<RetainedIndex::Entry> RetainedIndex::page(const QString& afterTopic, int maxResults, bool* more) const
{
    QList<Entry> result;
    auto it = afterTopic.isEmpty() ? m_entries.cbegin() : m_entries.upperBound(afterTopic);
    for (; it != m_entries.cend() && result.size() < maxResults; ++it) {
        result.append(*it);
    }
    *more = it != m_entries.cend();
    return result;
}

std::optional<RetainedIndex::Entry> RetainedIndex::entry(const QString& topic) const
{
    const auto it = m_entries.constFind(topic);
    if (it == m_entries.cend()) {
        return std::nullopt;
    }
    return *it;
}

MqttSession* RetainedIndex::release()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->disconnectFromBroker();
    }
    return std::exchange(m_session, nullptr);
}

} // namespace Aws
