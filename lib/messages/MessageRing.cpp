// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageRing.h"

#include <algorithm>

MessageRing::MessageRing(qsizetype capacity, qint64 byteBudget)
    : m_capacity(qMax<qsizetype>(1, capacity))
    , m_byteBudget(qMax<qint64>(1, byteBudget))
{ }

qint64 MessageRing::costOf(const MqttMessage& message)
{
    // The topic is usually shared between consecutive messages, so only the payload and the entry are charged.
    return qint64(sizeof(MqttMessage)) + message.payload.size();
}

const MqttMessage& MessageRing::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return m_slots[size_t(slotOf(index))];
}

MessageRing::Plan MessageRing::plan(const QList<MqttMessage>& incoming) const
{
    Plan plan;
    // Walk the batch from its newest message back: keep what fits in the ring on its own.
    qsizetype keep = 0;
    qint64 keepBytes = 0;
    for (qsizetype i = incoming.size() - 1; i >= 0; --i) {
        const qint64 cost = costOf(incoming.at(i));
        if (keep == m_capacity || (keep > 0 && keepBytes + cost > m_byteBudget)) {
            break;
        }
        ++keep;
        keepBytes += cost;
    }
    plan.skipIncoming = incoming.size() - keep;
    // Then evict the oldest stored messages until the kept ones fit beside the rest.
    qsizetype evict = 0;
    qint64 bytes = m_bytes;
    while (evict < m_size && (m_size - evict + keep > m_capacity || bytes + keepBytes > m_byteBudget)) {
        bytes -= costOf(at(evict));
        ++evict;
    }
    plan.evictStored = evict;
    return plan;
}

void MessageRing::dropOldest(qsizetype count)
{
    count = qMin(count, m_size);
    for (qsizetype i = 0; i < count; ++i) {
        MqttMessage& slot = m_slots[size_t(m_head)];
        m_bytes -= costOf(slot);
        slot = MqttMessage(); // release the payload now, not when the slot is reused
        m_head = (m_head + 1) % m_capacity;
    }
    m_size -= count;
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
        const qsizetype slot = slotOf(m_size);
        ensureSlot(slot);
        m_slots[size_t(slot)] = incoming.at(i);
        m_bytes += costOf(incoming.at(i));
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
}

qsizetype MessageRing::setLimits(qsizetype capacity, qint64 byteBudget)
{
    capacity = qMax<qsizetype>(1, capacity);
    byteBudget = qMax<qint64>(1, byteBudget);
    // Re-pack the kept messages from the oldest that still fits, so the slots match the new capacity.
    qsizetype evict = qMax<qsizetype>(0, m_size - capacity);
    qint64 bytes = m_bytes;
    for (qsizetype i = 0; i < evict; ++i) {
        bytes -= costOf(at(i));
    }
    while (evict < m_size && bytes > byteBudget) {
        bytes -= costOf(at(evict));
        ++evict;
    }
    std::vector<MqttMessage> kept;
    kept.reserve(size_t(m_size - evict));
    for (qsizetype i = evict; i < m_size; ++i) {
        kept.push_back(std::move(m_slots[size_t(slotOf(i))]));
    }
    m_slots = std::move(kept);
    m_head = 0;
    m_size = qsizetype(m_slots.size());
    m_bytes = bytes;
    m_capacity = capacity;
    m_byteBudget = byteBudget;
    m_evicted += quint64(evict);
    return evict;
}
