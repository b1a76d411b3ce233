// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MessageInbox.h"

#include <utility>

MessageInbox::MessageInbox(qsizetype maxMessages, qint64 maxBytes)
    : m_maxMessages(qMax<qsizetype>(1, maxMessages))
    , m_maxBytes(qMax<qint64>(1, maxBytes))
{ }

bool MessageInbox::push(MqttMessage&& message)
{
    const qint64 cost = costOf(message);
    std::lock_guard lock(m_mutex);
    const bool wake = std::exchange(m_ownerIdle, false);
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
    return wake;
}

QList<MqttMessage> MessageInbox::takeAll(qsizetype keepPollingFrom)
{
    QList<MqttMessage> taken;
    {
        std::lock_guard lock(m_mutex);
        taken.swap(m_items);
        m_bytes = 0;
        m_ownerIdle = taken.size() < qMax<qsizetype>(1, keepPollingFrom);
    }
    return taken;
}

qsizetype MessageInbox::size() const
{
    std::lock_guard lock(m_mutex);
    return m_items.size();
}

void MessageInbox::setLimits(qsizetype maxMessages, qint64 maxBytes)
{
    std::lock_guard lock(m_mutex);
    m_maxMessages = qMax<qsizetype>(1, maxMessages);
    m_maxBytes = qMax<qint64>(1, maxBytes);
}
