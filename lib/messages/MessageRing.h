// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QHash>
#include <QList>

#include <memory>
#include <vector>

/// The bounded message store of one subscription pane: a ring with a row capacity and a byte budget. When either
/// is exceeded the oldest messages are evicted and counted. Owner (GUI) thread only.
///
/// A kept message is a compact entry (40 bytes), not an MqttMessage: the payload (shared with the session's batch
/// through Qt's implicit sharing, never copied), the receive time, an index into the ring's topic table, the flags
/// (QoS, retained, duplicate) in one byte and an index into the ring's properties table. Topics (by text) and MQTT 5
/// properties (by shared object: the session shares one object between consecutive messages with equal properties)
/// are interned per ring with a reference count: each costs once however many kept messages carry it, and is
/// released with its last message, so neither table outgrows the kept messages. The byte budget is charged with
/// what this really costs: the entry, the payload's heap block, and each distinct topic and properties object once.
class MessageRing
{
public:
    static constexpr qsizetype DEFAULT_CAPACITY = 10'000;
    static constexpr qint64 DEFAULT_BYTE_BUDGET = qint64(256) * 1024 * 1024;
    /// The largest row capacity (the properties index of an entry has 24 bits).
    static constexpr qsizetype MAX_CAPACITY = (qsizetype(1) << 24) - 2;

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
    qsizetype topicCount() const { return m_topics.ids.size(); }
    /// Distinct properties objects held by the kept messages (never more than size()).
    qsizetype propertiesCount() const { return m_properties.ids.size(); }

    /// Row `index`, 0 being the oldest stored message, rebuilt from its entry (topic, payload and properties are
    /// shared, not copied).
    MqttMessage at(qsizetype index) const;
    // One field of row `index`, without building a whole message (what a model's data() needs).
    const QString& topicAt(qsizetype index) const { return m_topics.cells[entryAt(index).topic].value; }
    const QByteArray& payloadAt(qsizetype index) const { return entryAt(index).payload; }
    qint64 receivedAtMsAt(qsizetype index) const { return entryAt(index).receivedAtMs; }
    int qosAt(qsizetype index) const { return entryAt(index).flags & QOS_MASK; }
    bool retainedAt(qsizetype index) const { return (entryAt(index).flags & RETAINED) != 0; }
    bool duplicateAt(qsizetype index) const { return (entryAt(index).flags & DUPLICATE) != 0; }
    /// Null when the message had no MQTT 5 properties.
    const std::shared_ptr<const MqttProperties>& propertiesAt(qsizetype index) const;

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

    /// What one kept message is charged, its topic and properties aside: the entry and the payload's heap block.
    static qint64 costOf(const MqttMessage& message);
    /// What a distinct topic is charged while any kept message carries it (table slot, index and the string).
    static qint64 topicCostOf(const QString& topic);
    /// What a distinct properties object is charged while any kept message carries it.
    static qint64 propertiesCostOf(const MqttProperties& properties);
    /// The size of one entry in the ring.
    static qsizetype entryBytes();

private:
    enum Flag : quint8 {
        QOS_MASK = 0x03,
        RETAINED = 0x04,
        DUPLICATE = 0x08,
    };
    struct Entry
    {
        QByteArray payload;
        qint64 receivedAtMs = 0;
        quint32 topic = 0;           ///< slot in m_topics
        quint32 flags : 8 = 0;       ///< Flag bits
        quint32 properties : 24 = 0; ///< slot in m_properties; 0: none
    };
    static constexpr quint32 NONE = ~quint32(0);
    /// Values interned by key with a reference count per kept message; a slot is reused once its count is 0.
    template <typename Key, typename Value>
    struct Interned
    {
        struct Slot
        {
            Value value;
            quint32 references = 0;
        };
        std::vector<Slot> cells;
        std::vector<quint32> freeSlots;
        QHash<Key, quint32> ids;
        quint32 last = NONE;                   ///< the last interned slot: a run of equal keys skips the hash
        mutable std::vector<quint32> released; ///< evictionFor() scratch per slot; all zero outside it
    };
    using Topics = Interned<QString, QString>;
    using PropertiesTable = Interned<const MqttProperties*, std::shared_ptr<const MqttProperties>>;

    qsizetype slotOf(qsizetype index) const { return (m_head + index) % m_capacity; }
    const Entry& entryAt(qsizetype index) const
    {
        Q_ASSERT(index >= 0 && index < m_size);
        return m_slots[size_t(slotOf(index))];
    }
    qint64 entryCost(const Entry& entry) const;
    void ensureSlot(qsizetype slot);
    /// How many of the oldest stored messages must go so that `keep` more messages costing `keepBytes` fit in
    /// `capacity` and `budget`. Topics and properties held only by the evicted messages are refunded, unless the kept
    /// incoming messages carry them (`heldTopics`, `heldProperties`: sorted slots). `bytesAfter`: the cost left.
    qsizetype evictionFor(qsizetype capacity, qint64 budget, qsizetype keep, qint64 keepBytes,
                          const std::vector<quint32>& heldTopics, const std::vector<quint32>& heldProperties,
                          qint64* bytesAfter) const;
    quint32 internTopic(const QString& topic);
    quint32 internProperties(const std::shared_ptr<const MqttProperties>& properties);
    /// Drops the oldest entry's references and bytes (the slot itself is reset by the caller).
    void forgetOldest(const Entry& entry);

    std::vector<Entry> m_slots; // grows up to m_capacity, then wraps
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qsizetype m_capacity;
    qint64 m_byteBudget;
    qint64 m_bytes = 0;
    quint64 m_evicted = 0;
    Topics m_topics;
    PropertiesTable m_properties; ///< slot 0 is never used (0 means "no properties")
};
