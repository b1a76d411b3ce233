// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QList>

#include <deque>

/// The queue of routed messages a pane has not put in its table yet (held while paused, or waiting for the next
/// flush), bounded in count and in bytes (MessageInbox::costOf). Beyond either bound the oldest queued messages are
/// dropped, and the caller counts them for what they are ("while paused", "pane full").
///
/// A batch routed whole to a pane is kept as the router's own list, shared, not copied: with many panes on one flood
/// a copy per pane per message would cost more than everything else the panes do. Messages routed one by one go into
/// a list of the queue's own. Owner (GUI) thread only.
class PendingMessages
{
public:
    PendingMessages(qsizetype maxMessages, qint64 maxBytes);

    qsizetype size() const { return m_size; }
    qint64 bytes() const { return m_bytes; }
    bool isEmpty() const { return m_size == 0; }

    /// Adding `count` messages costing `cost` would push out queued ones.
    bool wouldOverflow(qsizetype count, qint64 cost) const;
    /// Queues `message` (`cost`: its MessageInbox::costOf). Returns how many messages were dropped to make room
    /// (the message itself too when it is larger than the whole queue may hold).
    qsizetype append(const MqttMessage& message, qint64 cost);
    /// Queues every message of `batch`, sharing the list (`cost`: the sum of their costs). Returns how many were
    /// dropped, as append() does.
    qsizetype appendShared(const QList<MqttMessage>& batch, qint64 cost);
    /// Drops the `count` oldest queued messages.
    void dropOldest(qsizetype count);
    /// Takes every queued message, oldest first, in lists (a shared batch comes back as it was given).
    QList<QList<MqttMessage>> takeAll();
    void clear();

private:
    struct Chunk
    {
        QList<MqttMessage> messages;
        qsizetype first = 0; ///< messages before this one were dropped
        bool owned = false;  ///< the queue's own list (append() may add to it); else shared with the router
    };
    /// Drops the oldest queued messages until `count` more costing `cost` fit; returns how many went.
    qsizetype makeRoom(qsizetype count, qint64 cost);

    std::deque<Chunk> m_chunks;
    qsizetype m_size = 0;
    qint64 m_bytes = 0;
    qsizetype m_maxMessages;
    qint64 m_maxBytes;
};
