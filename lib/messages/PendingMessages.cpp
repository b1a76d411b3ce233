// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/PendingMessages.h"

#include "mqtt/MessageInbox.h"

PendingMessages::PendingMessages(qsizetype maxMessages, qint64 maxBytes)
    : m_maxMessages(maxMessages)
    , m_maxBytes(maxBytes)
{ }

bool PendingMessages::wouldOverflow(qsizetype count, qint64 cost) const
{
    return m_size + count > m_maxMessages || m_bytes + cost > m_maxBytes;
}

qsizetype PendingMessages::makeRoom(qsizetype count, qint64 cost)
{
    qsizetype dropped = 0;
    while (m_size > 0 && wouldOverflow(count, cost)) {
        dropOldest(1);
        ++dropped;
    }
    return dropped;
}

qsizetype PendingMessages::append(const MqttMessage& message, qint64 cost)
{
    const qsizetype dropped = makeRoom(1, cost);
    if (cost > m_maxBytes) {
        return dropped + 1; // larger than the whole queue may hold
    }
    if (m_chunks.empty() || !m_chunks.back().owned) {
        m_chunks.push_back(Chunk{{}, 0, true});
    }
    m_chunks.back().messages.append(message);
    ++m_size;
    m_bytes += cost;
    return dropped;
}

qsizetype PendingMessages::appendShared(const QList<MqttMessage>& batch, qint64 cost)
{
    if (batch.isEmpty()) {
        return 0;
    }
    if (batch.size() > m_maxMessages || cost > m_maxBytes) {
        // The batch alone overflows the queue: one by one, so that its newest messages are the ones kept.
        qsizetype dropped = 0;
        for (const MqttMessage& message : batch) {
            dropped += append(message, MessageInbox::costOf(message));
        }
        return dropped;
    }
    const qsizetype dropped = makeRoom(batch.size(), cost);
    m_chunks.push_back(Chunk{batch, 0, false});
    m_size += batch.size();
    m_bytes += cost;
    return dropped;
}

void PendingMessages::dropOldest(qsizetype count)
{
    while (count > 0 && !m_chunks.empty()) {
        Chunk& chunk = m_chunks.front();
        const qsizetype left = chunk.messages.size() - chunk.first;
        const qsizetype now = qMin(count, left);
        for (qsizetype i = chunk.first; i < chunk.first + now; ++i) {
            m_bytes -= MessageInbox::costOf(chunk.messages.at(i));
        }
        chunk.first += now;
        m_size -= now;
        count -= now;
        if (chunk.first == chunk.messages.size()) {
            m_chunks.pop_front();
        }
    }
}

QList<QList<MqttMessage>> PendingMessages::takeAll()
{
    QList<QList<MqttMessage>> lists;
    lists.reserve(qsizetype(m_chunks.size()));
    for (Chunk& chunk : m_chunks) {
        if (chunk.first == 0) {
            lists.append(std::move(chunk.messages));
        } else {
            lists.append(chunk.messages.sliced(chunk.first));
        }
    }
    clear();
    return lists;
}

void PendingMessages::clear()
{
    m_chunks.clear();
    m_size = 0;
    m_bytes = 0;
}
