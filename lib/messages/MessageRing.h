// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QHash>
#include <QList>

#include <deque>
#include <memory>
#include <vector>

/// The bounded message store of one subscription pane: a ring with a row capacity and a byte budget. When either
/// is exceeded the oldest messages are evicted and counted. Owner (GUI) thread only.
///
/// A kept message is a compact entry (40 bytes), not an MqttMessage: the payload (shared with the session's batch
/// through Qt's implicit sharing, never copied), the receive time, an index into the ring's topic table and the
/// flags (QoS, retained, duplicate) in one byte. Topics are interned per ring with a reference count, so a topic
/// costs once however many kept messages carry it, and is released with its last message. MQTT 5 properties sit
/// in a side table that only messages with properties use. The byte budget is charged with what this really costs:
/// the entry, the payload's heap block, each distinct topic once and the properties.
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
    /// What the kept messages cost: entries, payloads, properties and the topic table.
    qint64 bytes() const { return m_bytes; }
    /// Messages evicted (or never stored because a batch alone overflowed the ring) since construction or clear().
    quint64 evictedCount() const { return m_evicted; }
    /// Distinct topics held by the kept messages (never more than size()).
    qsizetype topicCount() const { return m_topicIds.size(); }

    /// Row `index`, 0 being the oldest stored message, rebuilt from its entry (topic, payload and properties are
    /// shared, not copied).
    MqttMessage at(qsizetype index) const;
    // One field of row `index`, without building a whole message (what a model's data() needs).
    const QString& topicAt(qsizetype index) const { return m_topics[entryAt(index).topic].name; }
    const QByteArray& payloadAt(qsizetype index) const { return entryAt(index).payload; }
    qint64 receivedAtMsAt(qsizetype index) const { return entryAt(index).receivedAtMs; }
    int qosAt(qsizetype index) const { return entryAt(index).flags & QOS_MASK; }
    bool retainedAt(qsizetype index) const { return (entryAt(index).flags & RETAINED) != 0; }
    bool duplicateAt(qsizetype index) const { return (entryAt(index).flags & DUPLICATE) != 0; }
    /// Null when the message had no MQTT 5 properties.
    std::shared_ptr<const MqttProperties> propertiesAt(qsizetype index) const;

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
    /// Appends `incoming` but its first `plan.skipIncoming`; the caller made room with plan()/dropOldest(). Counts
    /// skipped ones.
    void appendPlanned(const QList<MqttMessage>& incoming, const Plan& plan);
    /// plan() + dropOldest() + appendPlanned() in one call.
    void append(const QList<MqttMessage>& incoming);

    void clear();
    /// New limits; evicts the oldest messages that no longer fit. Returns how many were evicted.
    qsizetype setLimits(qsizetype capacity, qint64 byteBudget);

    /// What one kept message is charged, its topic aside: the entry, the payload's heap block and its properties.
    static qint64 costOf(const MqttMessage& message);
    /// What a distinct topic is charged while any kept message carries it (table slot, index and the string).
    static qint64 topicCostOf(const QString& topic);
    /// The size of one entry in the ring.
    static qsizetype entryBytes();

private:
    enum Flag : quint8 {
        QOS_MASK = 0x03,
        RETAINED = 0x04,
        DUPLICATE = 0x08,
        HAS_PROPERTIES = 0x10,
    };
    struct Entry
    {
        QByteArray payload;
        qint64 receivedAtMs = 0;
        quint32 topic = 0; ///< index into m_topics
        quint8 flags = 0;
    };
    struct Topic
    {
        QString name;
        quint32 references = 0; ///< kept messages carrying it; 0: the slot is free
    };
    struct Properties
    {
        quint64 sequence = 0; ///< of the message that carries them
        std::shared_ptr<const MqttProperties> value;
    };

    static qint64 payloadCost(const QByteArray& payload);
    static qint64 propertiesCost(const std::shared_ptr<const MqttProperties>& properties);

    qsizetype slotOf(qsizetype index) const { return (m_head + index) % m_capacity; }
    const Entry& entryAt(qsizetype index) const
    {
        Q_ASSERT(index >= 0 && index < m_size);
        return m_slots[size_t(slotOf(index))];
    }
    qint64 entryCost(qsizetype index) const;
    void ensureSlot(qsizetype slot);
    /// How many of the oldest stored messages must go so that `keep` more messages costing `keepBytes` fit in
    /// `capacity` and `budget`. Topics held only by the evicted messages are refunded, unless `incomingTopics`
    /// (sorted: interned topics the kept incoming messages carry) still needs them. `bytesAfter`: the cost left.
    qsizetype evictionFor(qsizetype capacity, qint64 budget, qsizetype keep, qint64 keepBytes,
                          const std::vector<quint32>& incomingTopics, qint64* bytesAfter) const;
    quint32 intern(const QString& topic);
    void release(quint32 topic);
    /// Drops the oldest entry's topic reference, properties and bytes (the slot itself is reset by the caller).
    void forgetOldest(Entry& entry);

    static constexpr quint32 NO_TOPIC = ~quint32(0);

    std::vector<Entry> m_slots; // grows up to m_capacity, then wraps
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qsizetype m_capacity;
    qint64 m_byteBudget;
    qint64 m_bytes = 0;
    quint64 m_evicted = 0;
    quint64 m_firstSequence = 0; ///< sequence number of row 0; row i has m_firstSequence + i

    std::vector<Topic> m_topics;
    std::vector<quint32> m_freeTopics;
    QHash<QString, quint32> m_topicIds;
    quint32 m_lastTopic = NO_TOPIC;          ///< the last interned topic: a flood on one topic skips the hash
    mutable std::vector<quint32> m_released; ///< plan() scratch per topic; all zero outside evictionFor()

    std::deque<Properties> m_properties; ///< oldest first, one per kept message with properties
};
