// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QList>

#include <vector>

/// The bounded message store of one subscription pane: a ring with a row capacity and a byte budget. When either
/// is exceeded the oldest messages are evicted and counted. Payload bytes are shared with the session's batch (Qt
/// implicit sharing), never copied. Owner (GUI) thread only.
class MessageRing
{
public:
    static constexpr qsizetype DEFAULT_CAPACITY = 10'000;
    static constexpr qint64 DEFAULT_BYTE_BUDGET = qint64(256) * 1024 * 1024;

    explicit MessageRing(qsizetype capacity = DEFAULT_CAPACITY, qint64 byteBudget = DEFAULT_BYTE_BUDGET);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qsizetype capacity() const { return m_capacity; }
    qint64 byteBudget() const { return m_byteBudget; }
    qint64 bytes() const { return m_bytes; }
    /// Messages evicted (or never stored because a batch alone overflowed the ring) since construction or clear().
    quint64 evictedCount() const { return m_evicted; }

    /// Row `index`, 0 being the oldest stored message.
    const MqttMessage& at(qsizetype index) const;

    /// How many of `incoming` messages (the tail of the batch) fit, and how many stored messages must be evicted
    /// first to make room. Lets a model announce the removal before it happens.
    struct Plan
    {
        qsizetype evictStored = 0;  ///< oldest stored messages to drop
        qsizetype skipIncoming = 0; ///< leading messages of the batch that are never stored
    };
    Plan plan(const QList<MqttMessage>& incoming) const;
    /// Drops the `count` oldest messages.
    void dropOldest(qsizetype count);
    /// Appends `incoming` from index `from`; the caller made room with plan()/dropOldest(). Counts skipped ones.
    void appendPlanned(const QList<MqttMessage>& incoming, const Plan& plan);
    /// plan() + dropOldest() + appendPlanned() in one call.
    void append(const QList<MqttMessage>& incoming);

    void clear();
    /// New limits; evicts the oldest messages that no longer fit. Returns how many were evicted.
    qsizetype setLimits(qsizetype capacity, qint64 byteBudget);

    /// The memory a stored message is charged against the byte budget.
    static qint64 costOf(const MqttMessage& message);

private:
    qsizetype slotOf(qsizetype index) const { return (m_head + index) % m_capacity; }
    void ensureSlot(qsizetype slot);

    std::vector<MqttMessage> m_slots; // grows up to m_capacity, then wraps
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qsizetype m_capacity;
    qint64 m_byteBudget;
    qint64 m_bytes = 0;
    quint64 m_evicted = 0;
};
