// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QList>

#include <atomic>
#include <functional>
#include <mutex>

/// The hand-over point between Paho's threads and the owner (GUI) thread. Bounded by message count and bytes:
/// on overflow the oldest message is dropped and counted as "inbox full", never silently. The lock is held for a
/// push or a swap only.
///
/// Wake-ups are part of the inbox, not of its producers: the owner installs a waker once, and the push that finds the
/// owner idle calls it under the lock. So a message that is queued always has a drain coming, whoever pushed it.
///
/// Generations keep connections apart: every producer stamps its pushes with the generation it was created in, and
/// endGeneration() (when the owner replaces its connection) hands back what was queued and refuses every later push
/// of an older generation. A message of an old connection therefore never reaches the owner after the switch.
///
/// Thread affinity: push() and generation() from any thread (Paho's); everything else on the owner thread.
class MessageInbox
{
public:
    using Waker = std::function<void()>;

    explicit MessageInbox(qsizetype maxMessages = 2'000'000, qint64 maxBytes = qint64(512) * 1024 * 1024);
    Q_DISABLE_COPY_MOVE(MessageInbox)

    /// Owner thread, before any producer starts. Called from the pushing thread, under the inbox lock, when a push
    /// finds the owner idle: it must only post an event (QMetaObject::invokeMethod, queued) and never call back into
    /// the inbox.
    void setWaker(Waker waker);

    /// Any thread. The generation new producers stamp their pushes with.
    quint64 generation() const;

    /// Any thread. Queues `message` when `generation` is the current one and the inbox is open; otherwise refuses it
    /// (counted in refusedCount()) and returns false. The first push after the owner went idle wakes it; while
    /// messages keep coming the owner polls instead, so a flood costs a bounded number of wake-ups.
    bool push(quint64 generation, MqttMessage&& message);

    /// Owner thread. Takes every queued message, oldest first. When fewer than `keepPollingFrom` were taken (an
    /// empty take, always) the owner is marked idle and the next push wakes it; otherwise the owner promises to
    /// poll again soon.
    QList<MqttMessage> takeAll(qsizetype keepPollingFrom = 1);

    /// Owner thread. Ends the current generation atomically: returns what was queued (the caller delivers it before
    /// anything of the next connection), refuses later pushes of older generations and marks the owner idle.
    QList<MqttMessage> endGeneration();

    /// Owner thread (its destructor). Refuses every later push and forgets the waker; after this returns the
    /// waker is never called again.
    void close();

    /// Messages dropped because the inbox was full, since construction (any thread).
    quint64 droppedCount() const { return m_dropped.load(std::memory_order_relaxed); }
    /// Late messages of an ended generation (a replaced connection), discarded on purpose (any thread).
    quint64 refusedCount() const { return m_refused.load(std::memory_order_relaxed); }
    qsizetype size() const;
    qint64 bytes() const;

    void setLimits(qsizetype maxMessages, qint64 maxBytes);

    /// The memory a message holds while it waits here, charged against the byte budget: the entry, the payload, the
    /// topic and its MQTT 5 properties (charged in full even when shared, so the bound holds in the worst case).
    static qint64 costOf(const MqttMessage& message);

private:
    mutable std::mutex m_mutex;
    QList<MqttMessage> m_items;
    qint64 m_bytes = 0;
    bool m_ownerIdle = true;
    bool m_closed = false;
    quint64 m_generation = 1;
    Waker m_waker;
    static constexpr qsizetype MAX_RESERVE = 65536;
    qsizetype m_lastTake = 0; ///< owner thread only: how many the last takeAll() found (capped), to reserve
    qsizetype m_maxMessages;
    qint64 m_maxBytes;
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_refused{0};
};
