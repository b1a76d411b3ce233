// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MessageInbox.h"

#include <utility>

MessageInbox::MessageInbox(qsizetype maxMessages, qint64 maxBytes)
    : m_maxMessages(qMax<qsizetype>(1, maxMessages))
    , m_maxBytes(qMax<qint64>(1, maxBytes))
{ }

qint64 MessageInbox::costOf(const MqttMessage& message)
{
    qint64 cost = qint64(sizeof(MqttMessage)) + message.payload.size() + message.topic.size() * 2;
    if (const MqttProperties* p = message.properties.get()) {
        cost += qint64(sizeof(MqttProperties)) + (p->contentType.size() + p->responseTopic.size()) * 2 +
            p->correlationData.size() + p->subscriptionIdentifiers.size() * qint64(sizeof(quint32));
        for (const auto& [name, value] : p->userProperties) {
            cost += qint64(sizeof(std::pair<QString, QString>)) + (name.size() + value.size()) * 2;
        }
    }
    return cost;
}

void MessageInbox::setWaker(Waker waker)
{
    std::lock_guard lock(m_mutex);
    m_waker = std::move(waker);
}

quint64 MessageInbox::generation() const
{
    std::lock_guard lock(m_mutex);
    return m_generation;
}

bool MessageInbox::push(quint64 generation, MqttMessage&& message)
{
    const qint64 cost = costOf(message);
    std::lock_guard lock(m_mutex);
    if (m_closed || generation != m_generation) {
        m_refused.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
    // Make room by dropping the oldest. The newest message is always kept, even when it alone exceeds the budget.
    quint64 dropped = 0;
    while (!m_items.isEmpty() && (m_items.size() >= m_maxMessages || m_bytes + cost > m_maxBytes)) {
        m_bytes -= costOf(m_items.constFirst());
        m_items.removeFirst(); // O(1) in Qt 6: the list keeps free space at its front
        ++dropped;
    }
    if (dropped) {
        m_dropped.fetch_add(dropped, std::memory_order_relaxed);
    }
    m_items.append(std::move(message));
    m_bytes += cost;
    // Under the lock: the owner cannot mark itself idle in between, and close() cannot complete while we call.
    if (std::exchange(m_ownerIdle, false) && m_waker) {
        m_waker();
    }
    return true;
}

QList<MqttMessage> MessageInbox::takeAll(qsizetype keepPollingFrom)
{
    // The list left behind for Paho's thread is reserved here, outside the lock, as large as the last take: during
    // a flood the receiving thread (the bottleneck of a drain) then appends without growing the list.
    QList<MqttMessage> taken;
    taken.reserve(m_lastTake);
    std::lock_guard lock(m_mutex);
    taken.swap(m_items);
    m_lastTake = qMin(taken.size(), MAX_RESERVE);
    m_bytes = 0;
    m_ownerIdle = taken.size() < qMax<qsizetype>(1, keepPollingFrom);
    return taken;
}

QList<MqttMessage> MessageInbox::endGeneration()
{
    QList<MqttMessage> taken;
    std::lock_guard lock(m_mutex);
    taken.swap(m_items);
    m_bytes = 0;
    ++m_generation;
    m_ownerIdle = true; // the caller delivers what was taken; the next connection's first message wakes it
    return taken;
}

void MessageInbox::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_waker = nullptr;
    m_items.clear();
    m_bytes = 0;
}

qsizetype MessageInbox::size() const
{
    std::lock_guard lock(m_mutex);
    return m_items.size();
}

qint64 MessageInbox::bytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

void MessageInbox::setLimits(qsizetype maxMessages, qint64 maxBytes)
{
    std::lock_guard lock(m_mutex);
    m_maxMessages = qMax<qsizetype>(1, maxMessages);
    m_maxBytes = qMax<qint64>(1, maxBytes);
}
