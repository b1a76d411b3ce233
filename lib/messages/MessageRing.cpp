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

// A QHash<QString, quint32> node (the key and the value) plus the span's share (offset byte, load factor <= 1/2).
constexpr qint64 HASH_NODE_BYTES = 48;

} // namespace

MessageRing::MessageRing(qsizetype capacity, qint64 byteBudget)
    : m_capacity(qMax<qsizetype>(1, capacity))
    , m_byteBudget(qMax<qint64>(1, byteBudget))
{
    static_assert(sizeof(Entry) <= 40, "a kept message should stay a compact entry");
}

qsizetype MessageRing::entryBytes()
{
    return qsizetype(sizeof(Entry));
}

qint64 MessageRing::payloadCost(const QByteArray& payload)
{
    // The stored QByteArray is the very one that arrived, so its capacity is what was allocated (0: raw data).
    return payload.capacity() > 0 ? arrayBlock(payload.capacity()) : 0;
}

qint64 MessageRing::propertiesCost(const std::shared_ptr<const MqttProperties>& properties)
{
    if (!properties) {
        return 0;
    }
    // The side-table slot, then the shared object (control block + struct) and what its members allocate.
    qint64 cost = qint64(sizeof(Properties)) + mallocBlock(16 + qint64(sizeof(MqttProperties)));
    const MqttProperties& p = *properties;
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

qint64 MessageRing::costOf(const MqttMessage& message)
{
    return qint64(sizeof(Entry)) + payloadCost(message.payload) + propertiesCost(message.properties);
}

qint64 MessageRing::topicCostOf(const QString& topic)
{
    // The table slot and the plan() scratch counter, the hash node, and the string's own block (by its size, so
    // that every copy of the same topic is charged alike).
    return qint64(sizeof(Topic) + sizeof(quint32)) + HASH_NODE_BYTES + arrayBlock(topic.size() * qint64(sizeof(QChar)));
}

qint64 MessageRing::entryCost(qsizetype index) const
{
    const Entry& entry = entryAt(index);
    qint64 cost = qint64(sizeof(Entry)) + payloadCost(entry.payload);
    if (entry.flags & HAS_PROPERTIES) {
        cost += propertiesCost(propertiesAt(index));
    }
    return cost;
}

MqttMessage MessageRing::at(qsizetype index) const
{
    const Entry& entry = entryAt(index);
    MqttMessage message;
    message.topic = m_topics[entry.topic].name;
    message.payload = entry.payload;
    message.receivedAtMs = entry.receivedAtMs;
    if (entry.flags & HAS_PROPERTIES) {
        message.properties = propertiesAt(index);
    }
    message.qos = entry.flags & QOS_MASK;
    message.retained = (entry.flags & RETAINED) != 0;
    message.duplicate = (entry.flags & DUPLICATE) != 0;
    return message;
}

std::shared_ptr<const MqttProperties> MessageRing::propertiesAt(qsizetype index) const
{
    if (!(entryAt(index).flags & HAS_PROPERTIES)) {
        return {};
    }
    const quint64 sequence = m_firstSequence + quint64(index);
    const auto it = std::lower_bound(m_properties.begin(), m_properties.end(), sequence,
                                     [](const Properties& p, quint64 s) { return p.sequence < s; });
    Q_ASSERT(it != m_properties.end() && it->sequence == sequence);
    return it != m_properties.end() && it->sequence == sequence ? it->value : nullptr;
}

MessageRing::Plan MessageRing::plan(const QList<MqttMessage>& incoming) const
{
    Plan plan;
    // Walk the batch from its newest message back: keep what fits in the ring on its own. A topic the ring does
    // not hold yet is charged once, with the newest message that carries it.
    qsizetype keep = 0;
    qint64 keepBytes = 0;
    std::vector<quint32> heldTopics; // interned topics the kept messages carry
    QSet<QString> newTopics;
    const QString* lastTopic = nullptr;
    for (qsizetype i = incoming.size() - 1; i >= 0; --i) {
        const MqttMessage& message = incoming.at(i);
        qint64 cost = costOf(message);
        const bool sameAsLast = lastTopic && *lastTopic == message.topic;
        quint32 held = NO_TOPIC;
        bool isNew = false;
        if (!sameAsLast) {
            const auto found = m_topicIds.constFind(message.topic);
            if (found != m_topicIds.constEnd()) {
                held = *found;
            } else if (!newTopics.contains(message.topic)) {
                isNew = true;
                cost += topicCostOf(message.topic);
            }
        }
        if (keep == m_capacity || (keep > 0 && keepBytes + cost > m_byteBudget)) {
            break;
        }
        if (held != NO_TOPIC) {
            heldTopics.push_back(held);
        }
        if (isNew) {
            newTopics.insert(message.topic);
        }
        lastTopic = &message.topic;
        ++keep;
        keepBytes += cost;
    }
    plan.skipIncoming = incoming.size() - keep;
    std::sort(heldTopics.begin(), heldTopics.end());
    heldTopics.erase(std::unique(heldTopics.begin(), heldTopics.end()), heldTopics.end());
    // Then evict the oldest stored messages until the kept ones fit beside the rest.
    qint64 bytesAfter = 0;
    plan.evictStored = evictionFor(m_capacity, m_byteBudget, keep, keepBytes, heldTopics, &bytesAfter);
    return plan;
}

qsizetype MessageRing::evictionFor(qsizetype capacity, qint64 budget, qsizetype keep, qint64 keepBytes,
                                   const std::vector<quint32>& incomingTopics, qint64* bytesAfter) const
{
    qsizetype evict = 0;
    qint64 bytes = m_bytes;
    std::vector<quint32> touched;
    while (evict < m_size && (m_size - evict + keep > capacity || bytes + keepBytes > budget)) {
        bytes -= entryCost(evict);
        const quint32 topic = entryAt(evict).topic;
        if (m_released[topic]++ == 0) {
            touched.push_back(topic);
        }
        if (m_released[topic] == m_topics[topic].references &&
            !std::binary_search(incomingTopics.begin(), incomingTopics.end(), topic)) {
            bytes -= topicCostOf(m_topics[topic].name); // its last kept message goes
        }
        ++evict;
    }
    for (const quint32 topic : touched) {
        m_released[topic] = 0;
    }
    *bytesAfter = bytes;
    return evict;
}

quint32 MessageRing::intern(const QString& topic)
{
    if (m_lastTopic != NO_TOPIC && m_topics[m_lastTopic].references > 0 && m_topics[m_lastTopic].name == topic) {
        ++m_topics[m_lastTopic].references;
        return m_lastTopic;
    }
    quint32 id = 0;
    if (const auto held = m_topicIds.constFind(topic); held != m_topicIds.constEnd()) {
        id = *held;
    } else {
        if (!m_freeTopics.empty()) {
            id = m_freeTopics.back();
            m_freeTopics.pop_back();
        } else {
            id = quint32(m_topics.size());
            m_topics.emplace_back();
            m_released.push_back(0);
        }
        m_topics[id].name = topic;
        m_topicIds.insert(topic, id);
        m_bytes += topicCostOf(topic);
    }
    ++m_topics[id].references;
    m_lastTopic = id;
    return id;
}

void MessageRing::release(quint32 id)
{
    Topic& topic = m_topics[id];
    Q_ASSERT(topic.references > 0);
    if (--topic.references > 0) {
        return;
    }
    m_bytes -= topicCostOf(topic.name);
    m_topicIds.remove(topic.name);
    topic.name = QString();
    m_freeTopics.push_back(id);
}

void MessageRing::forgetOldest(Entry& entry)
{
    m_bytes -= entryCost(0);
    if (entry.flags & HAS_PROPERTIES) {
        Q_ASSERT(!m_properties.empty() && m_properties.front().sequence == m_firstSequence);
        m_properties.pop_front();
    }
    release(entry.topic);
    ++m_firstSequence;
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
        entry.topic = intern(message.topic);
        entry.flags = quint8((message.qos & QOS_MASK) | (message.retained ? RETAINED : 0) |
                             (message.duplicate ? DUPLICATE : 0) | (message.properties ? HAS_PROPERTIES : 0));
        if (message.properties) {
            m_properties.push_back({m_firstSequence + quint64(m_size), message.properties});
        }
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
    m_firstSequence = 0;
    m_topics.clear();
    m_topics.shrink_to_fit();
    m_freeTopics.clear();
    m_freeTopics.shrink_to_fit();
    m_topicIds.clear();
    m_lastTopic = NO_TOPIC;
    m_released.clear();
    m_released.shrink_to_fit();
    m_properties.clear();
}

qsizetype MessageRing::setLimits(qsizetype capacity, qint64 byteBudget)
{
    capacity = qMax<qsizetype>(1, capacity);
    byteBudget = qMax<qint64>(1, byteBudget);
    // Evict from the oldest until the rest fits, then re-pack the kept messages so the slots match the new capacity.
    qint64 bytesAfter = 0;
    const qsizetype evict = evictionFor(capacity, byteBudget, 0, 0, {}, &bytesAfter);
    for (qsizetype i = 0; i < evict; ++i) {
        Entry& oldest = m_slots[size_t(m_head)];
        forgetOldest(oldest);
        oldest = Entry();
        m_head = (m_head + 1) % m_capacity;
        --m_size;
    }
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
    m_evicted += quint64(evict);
    return evict;
}
