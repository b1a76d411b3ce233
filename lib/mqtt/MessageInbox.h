// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QList>

#include <atomic>
#include <mutex>

/// The hand-over point between Paho's threads and the owner (GUI) thread. Bounded by message count and bytes:
/// on overflow the oldest message is dropped and counted, never silently. The lock is held for a push or a swap
/// only. Thread affinity: push() from any thread (Paho's); takeAll() from the owner thread.
class MessageInbox
{
public:
    explicit MessageInbox(qsizetype maxMessages = 2'000'000, qint64 maxBytes = qint64(512) * 1024 * 1024);
    Q_DISABLE_COPY_MOVE(MessageInbox)

    /// Any thread. Returns true when the owner is idle (its last takeAll() found nothing): the caller then schedules
    /// exactly one drain on the owner thread. While messages keep coming the owner polls instead, so a flood costs
    /// a bounded number of wake-ups, not one per message.
    bool push(MqttMessage&& message);

    /// Owner thread. Takes every queued message, oldest first. When fewer than `keepPollingFrom` were taken (an
    /// empty take, always) the owner is marked idle and the next push() asks for a wake-up; otherwise the owner
    /// promises to poll again soon.
    QList<MqttMessage> takeAll(qsizetype keepPollingFrom = 1);

    /// Messages dropped on overflow since construction (any thread).
    quint64 droppedCount() const { return m_dropped.load(std::memory_order_relaxed); }
    qsizetype size() const;

    void setLimits(qsizetype maxMessages, qint64 maxBytes);

    /// Approximate memory a message holds in the inbox, used for the byte budget.
    static qint64 costOf(const MqttMessage& message)
    {
        return qint64(sizeof(MqttMessage)) + message.payload.size() + message.topic.size() * 2;
    }

private:
    mutable std::mutex m_mutex;
    QList<MqttMessage> m_items;
    qint64 m_bytes = 0;
    bool m_ownerIdle = true;
    qsizetype m_maxMessages;
    qint64 m_maxBytes;
    std::atomic<quint64> m_dropped{0};
};
