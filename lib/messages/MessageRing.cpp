// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageRing.h"

#include <QSet>

#include <algorithm>

namespace {

/// The heap a malloc() of `bytes` really takes with glibc on 64-bit: 8 bytes of chunk header, rounded up to 16,
/// at least 32.
qint64 mallocBlock(qint64 bytes)
{
    return std::max<qint64>(32, (bytes + 8 + 15) & ~qint64(15));
}

/// The heap block of a QString/QByteArray payload of `dataBytes`: Qt 6's array header (16 bytes) and a 2-byte
/// terminator room before malloc's own rounding. Raw (unowned) data costs nothing.
qint64 arrayBlock(qint64 dataBytes)
{
    return mallocBlock(qint64(sizeof(QArrayData)) + 2 + dataBytes);
}

qint64 stringCost(const QString& text)
{
    return text.isEmpty() ? 0 : arrayBlock(text.size() * qint64(sizeof(QChar)));
}

qint64 bytesCost(const QByteArray& bytes)
{
    return bytes.isEmpty() ? 0 : arrayBlock(bytes.size());
}

// A QHash node (the key and the value, 32 bytes at most here) plus the span's share (offset byte, load factor <= 1/2).
constexpr qint64 HASH_NODE_BYTES = 48;

/// Interns `value` under `key` in `table` (a run of equal keys skips the hash); `cost` is charged to `bytes` when the
/// value is new to the table. Returns the slot.
template <typename Table, typename Key, typename Value, typename Cost, typename KeyOf>
quint32 intern(Table& table, const Key& key, const Value& value, qint64& bytes, Cost cost, KeyOf keyOf)
{
    if (table.last != ~quint32(0) && table.cells[table.last].references > 0 &&
        keyOf(table.cells[table.last].value) == key) {
        ++table.cells[table.last].references;
        return table.last;
    }
    quint32 id = 0;
    if (const auto held = table.ids.constFind(key); held != table.ids.constEnd()) {
        id = *held;
    } else {
        if (!table.freeSlots.empty()) {
            id = table.freeSlots.back();
            table.freeSlots.pop_back();
        } else {
            id = quint32(table.cells.size());
            table.cells.emplace_back();
            table.released.push_back(0);
        }
        table.cells[id].value = value;
        table.ids.insert(key, id);
        bytes += cost(value);
    }
    ++table.cells[id].references;
    table.last = id;
    return id;
}

/// Drops one reference to slot `id`; the last one frees the slot and refunds `cost`.
template <typename Table, typename Key, typename Cost>
void release(Table& table, quint32 id, const Key& key, qint64& bytes, Cost cost)
{
    auto& slot = table.cells[id];
    Q_ASSERT(slot.references > 0);
    if (--slot.references > 0) {
        return;
    }
    bytes -= cost(slot.value);
    table.ids.remove(key);
    slot.value = std::decay_t<decltype(slot.value)>();
    table.freeSlots.push_back(id);
}

/// In evictionFor(): one more evicted message holds slot `id`; returns true when that was the last holder.
template <typename Table>
bool lastHolderGoes(const Table& table, quint32 id, std::vector<quint32>& touched)
{
    if (table.released[id]++ == 0) {
        touched.push_back(id);
    }
    return table.released[id] == table.cells[id].references;
}

template <typename Table>
void clearTable(Table& table)
{
    table = Table();
}

} // namespace

MessageRing::MessageRing(qsizetype capacity, qint64 byteBudget)
    : m_capacity(qBound<qsizetype>(1, capacity, MAX_CAPACITY))
    , m_byteBudget(qMax<qint64>(1, byteBudget))
{
    static_assert(sizeof(Entry) <= 40, "a kept message should stay a compact entry");
    m_properties.cells.emplace_back(); // slot 0: "no properties"
    m_properties.released.push_back(0);
}

qsizetype MessageRing::entryBytes()
{
    return qsizetype(sizeof(Entry));
}

qint64 MessageRing::costOf(const MqttMessage& message)
{
    // The stored QByteArray is the very one that arrived, so its capacity is what was allocated (0: raw data).
    const qsizetype capacity = message.payload.capacity();
    return qint64(sizeof(Entry)) + (capacity > 0 ? arrayBlock(capacity) : 0);
}

qint64 MessageRing::entryCost(const Entry& entry) const
{
    const qsizetype capacity = entry.payload.capacity();
    return qint64(sizeof(Entry)) + (capacity > 0 ? arrayBlock(capacity) : 0);
}

qint64 MessageRing::topicCostOf(const QString& topic)
{
    // The table slot and its scratch counter, the hash node, and the string's own block (by its size, so that every
    // copy of the same topic is charged alike).
    return qint64(sizeof(Topics::Slot) + sizeof(quint32)) + HASH_NODE_BYTES +
        arrayBlock(topic.size() * qint64(sizeof(QChar)));
}

qint64 MessageRing::propertiesCostOf(const MqttProperties& p)
{
    // The table slot and its scratch counter, the hash node, the shared object (control block + struct) and what its
    // members allocate.
    qint64 cost = qint64(sizeof(PropertiesTable::Slot) + sizeof(quint32)) + HASH_NODE_BYTES +
        mallocBlock(16 + qint64(sizeof(MqttProperties)));
    if (!p.userProperties.isEmpty()) {
        cost += arrayBlock(p.userProperties.size() * qint64(sizeof(std::pair<QString, QString>)));
        for (const auto& [name, value] : p.userProperties) {
            cost += stringCost(name) + stringCost(value);
        }
    }
    cost += stringCost(p.contentType) + stringCost(p.responseTopic) + bytesCost(p.correlationData);
    if (!p.subscriptionIdentifiers.isEmpty()) {
        cost += arrayBlock(p.subscriptionIdentifiers.size() * qint64(sizeof(quint32)));
    }
    return cost;
}

namespace {
qint64 topicCost(const QString& topic)
{
    return MessageRing::topicCostOf(topic);
}
qint64 propertiesCost(const std::shared_ptr<const MqttProperties>& properties)
{
    return properties ? MessageRing::propertiesCostOf(*properties) : 0;
}
} // namespace

MqttMessage MessageRing::at(qsizetype index) const
{
    const Entry& entry = entryAt(index);
    MqttMessage message;
    message.topic = m_topics.cells[entry.topic].value;
    message.payload = entry.payload;
    message.receivedAtMs = entry.receivedAtMs;
    message.properties = m_properties.cells[entry.properties].value;
    message.qos = quint8(entry.flags & QOS_MASK);
    message.retained = (entry.flags & RETAINED) != 0;
    message.duplicate = (entry.flags & DUPLICATE) != 0;
    return message;
}

const std::shared_ptr<const MqttProperties>& MessageRing::propertiesAt(qsizetype index) const
{
    return m_properties.cells[entryAt(index).properties].value;
}

MessageRing::Plan MessageRing::plan(const QList<MqttMessage>& incoming) const
{
    Plan plan;
    // Walk the batch from its newest message back: keep what fits in the ring on its own. A topic or properties
    // object the ring does not hold yet is charged once, with the newest message that carries it.
    qsizetype keep = 0;
    qint64 keepBytes = 0;
    std::vector<quint32> heldTopics;     // slots of held topics the kept messages carry
    std::vector<quint32> heldProperties; // the same for properties
    QSet<QString> newTopics;
    QSet<const MqttProperties*> newProperties;
    const MqttMessage* newer = nullptr; // the previous (newer) kept message
    for (qsizetype i = incoming.size() - 1; i >= 0; --i) {
        const MqttMessage& message = incoming.at(i);
        qint64 cost = costOf(message);
        quint32 heldTopic = NONE;
        bool newTopic = false;
        if (!newer || newer->topic != message.topic) {
            if (const auto found = m_topics.ids.constFind(message.topic); found != m_topics.ids.constEnd()) {
                heldTopic = *found;
            } else if (!newTopics.contains(message.topic)) {
                newTopic = true;
                cost += topicCostOf(message.topic);
            }
        }
        const MqttProperties* properties = message.properties.get();
        quint32 heldProperty = NONE;
        bool newProperty = false;
        if (properties && (!newer || newer->properties.get() != properties)) {
            if (const auto found = m_properties.ids.constFind(properties); found != m_properties.ids.constEnd()) {
                heldProperty = *found;
            } else if (!newProperties.contains(properties)) {
                newProperty = true;
                cost += propertiesCostOf(*properties);
            }
        }
        if (keep == m_capacity || (keep > 0 && keepBytes + cost > m_byteBudget)) {
            break;
        }
        if (heldTopic != NONE) {
            heldTopics.push_back(heldTopic);
        }
        if (newTopic) {
            newTopics.insert(message.topic);
        }
        if (heldProperty != NONE) {
            heldProperties.push_back(heldProperty);
        }
        if (newProperty) {
            newProperties.insert(properties);
        }
        newer = &message;
        ++keep;
        keepBytes += cost;
    }
    plan.skipIncoming = incoming.size() - keep;
    for (std::vector<quint32>* held : {&heldTopics, &heldProperties}) {
        std::sort(held->begin(), held->end());
        held->erase(std::unique(held->begin(), held->end()), held->end());
    }
    // Then evict the oldest stored messages until the kept ones fit beside the rest.
    qint64 bytesAfter = 0;
    plan.evictStored = evictionFor(m_capacity, m_byteBudget, keep, keepBytes, heldTopics, heldProperties, &bytesAfter);
    return plan;
}

qsizetype MessageRing::evictionFor(qsizetype capacity, qint64 budget, qsizetype keep, qint64 keepBytes,
                                   const std::vector<quint32>& heldTopics, const std::vector<quint32>& heldProperties,
                                   qint64* bytesAfter) const
{
    qsizetype evict = 0;
    qint64 bytes = m_bytes;
    std::vector<quint32> touchedTopics;
    std::vector<quint32> touchedProperties;
    while (evict < m_size && (m_size - evict + keep > capacity || bytes + keepBytes > budget)) {
        const Entry& entry = entryAt(evict);
        bytes -= entryCost(entry);
        if (lastHolderGoes(m_topics, entry.topic, touchedTopics) &&
            !std::binary_search(heldTopics.begin(), heldTopics.end(), entry.topic)) {
            bytes -= topicCostOf(m_topics.cells[entry.topic].value);
        }
        if (entry.properties != 0 && lastHolderGoes(m_properties, entry.properties, touchedProperties) &&
            !std::binary_search(heldProperties.begin(), heldProperties.end(), quint32(entry.properties))) {
            bytes -= propertiesCost(m_properties.cells[entry.properties].value);
        }
        ++evict;
    }
    for (const quint32 id : touchedTopics) {
        m_topics.released[id] = 0;
    }
    for (const quint32 id : touchedProperties) {
        m_properties.released[id] = 0;
    }
    *bytesAfter = bytes;
    return evict;
}

quint32 MessageRing::internTopic(const QString& topic)
{
    return intern(m_topics, topic, topic, m_bytes, topicCost,
                  [](const QString& held) -> const QString& { return held; });
}

quint32 MessageRing::internProperties(const std::shared_ptr<const MqttProperties>& properties)
{
    return properties ? intern(m_properties, properties.get(), properties, m_bytes, propertiesCost,
                               [](const std::shared_ptr<const MqttProperties>& held) { return held.get(); })
                      : 0;
}

void MessageRing::forgetOldest(const Entry& entry)
{
    m_bytes -= entryCost(entry);
    release(m_topics, entry.topic, m_topics.cells[entry.topic].value, m_bytes, topicCost);
    if (entry.properties != 0) {
        release(m_properties, entry.properties, m_properties.cells[entry.properties].value.get(), m_bytes,
                propertiesCost);
    }
}

void MessageRing::dropOldest(qsizetype count)
{
    count = qMin(count, m_size);
    for (qsizetype i = 0; i < count; ++i) {
        Entry& slot = m_slots[size_t(m_head)];
        forgetOldest(slot);
        slot = Entry(); // release the payload now, not when the slot is reused
        m_head = (m_head + 1) % m_capacity;
        --m_size;
    }
    m_evicted += quint64(count);
    if (m_size == 0) {
        m_head = 0;
    }
}

void MessageRing::ensureSlot(qsizetype slot)
{
    // Slots are addressed modulo the capacity, so until the vector reaches the capacity no index wraps and the
    // vector can grow in place (geometrically) without moving stored messages.
    if (slot < qsizetype(m_slots.size())) {
        return;
    }
    const qsizetype target = qMin(m_capacity, std::max<qsizetype>({slot + 1, qsizetype(m_slots.size()) * 2, 64}));
    m_slots.resize(size_t(target));
}

void MessageRing::appendPlanned(const QList<MqttMessage>& incoming, const Plan& plan)
{
    m_evicted += quint64(plan.skipIncoming);
    for (qsizetype i = plan.skipIncoming; i < incoming.size(); ++i) {
        Q_ASSERT(m_size < m_capacity);
        const MqttMessage& message = incoming.at(i);
        const qsizetype slot = slotOf(m_size);
        ensureSlot(slot);
        Entry& entry = m_slots[size_t(slot)];
        entry.payload = message.payload;
        entry.receivedAtMs = message.receivedAtMs;
        entry.topic = internTopic(message.topic);
        entry.flags =
            quint8((message.qos & QOS_MASK) | (message.retained ? RETAINED : 0) | (message.duplicate ? DUPLICATE : 0));
        entry.properties = internProperties(message.properties);
        m_bytes += costOf(message);
        ++m_size;
    }
}

void MessageRing::append(const QList<MqttMessage>& incoming)
{
    const Plan p = plan(incoming);
    dropOldest(p.evictStored);
    appendPlanned(incoming, p);
}

void MessageRing::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_head = 0;
    m_size = 0;
    m_bytes = 0;
    m_evicted = 0;
    clearTable(m_topics);
    clearTable(m_properties);
    m_properties.cells.emplace_back(); // slot 0: "no properties"
    m_properties.released.push_back(0);
}

qsizetype MessageRing::setLimits(qsizetype capacity, qint64 byteBudget)
{
    capacity = qBound<qsizetype>(1, capacity, MAX_CAPACITY);
    byteBudget = qMax<qint64>(1, byteBudget);
    // Evict from the oldest until the rest fits, then re-pack the kept messages so the slots match the new capacity.
    qint64 bytesAfter = 0;
    const qsizetype evict = evictionFor(capacity, byteBudget, 0, 0, {}, {}, &bytesAfter);
    dropOldest(evict);
    Q_ASSERT(m_bytes == bytesAfter);
    std::vector<Entry> kept;
    kept.reserve(size_t(m_size));
    for (qsizetype i = 0; i < m_size; ++i) {
        kept.push_back(std::move(m_slots[size_t(slotOf(i))]));
    }
    m_slots = std::move(kept);
    m_head = 0;
    m_capacity = capacity;
    m_byteBudget = byteBudget;
    return evict;
}
