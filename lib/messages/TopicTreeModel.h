// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <vector>

/// Every topic seen under a subscription as a tree of its levels ("a/b/c" is a → b → c), for the topic tree pane.
/// Owner (GUI) thread only.
///
/// Each node shows the messages at and below it, their rate (messages per second over the last second), a preview
/// of the last payload of its own topic, and whether its topic holds a retained message (and since when). A node
/// whose topic received messages keeps its last `historyDepth()` messages for the detail view.
///
/// Batches are queued by ingest() and applied by flush(), which a timer runs about 10 times a second (or the caller
/// runs): new topics are inserted with one row insertion per parent per flush (children keep their arrival order; a
/// view sorts through a proxy), and changed nodes are announced with one dataChanged() per parent per flush, never
/// one per message. The name column never changes, so a sorting proxy never re-sorts under a flood.
///
/// At most `topicCap()` topics are kept: when a new topic would exceed it, the topic updated longest ago is evicted
/// (with the levels above it that hold nothing else) and counted; nothing is evicted silently.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MessagesColumn, RateColumn, RetainedColumn, PayloadColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TopicRole = Qt::UserRole + 1, ///< QString, the node's full topic ("a/b")
        MessageCountRole,             ///< qint64, messages at and below the node
        OwnMessageCountRole,          ///< qint64, messages on the node's own topic
        RateRole,                     ///< double, messages per second at and below the node
        RetainedRole,                 ///< bool, the node's own topic holds a retained message
        RetainedSinceRole,            ///< qint64 ms since the epoch, 0 when not retained
        RetainedBelowRole,            ///< qint64, topics at and below the node holding a retained message
        LastPayloadRole,              ///< QByteArray, the last payload of the node's own topic
        HasMessagesRole,              ///< bool, the node's own topic received messages
    };

    static constexpr qsizetype DEFAULT_TOPIC_CAP = 100'000;
    static constexpr int DEFAULT_HISTORY_DEPTH = 16;
    static constexpr int FLUSH_INTERVAL_MS = 100;
    /// A timed flush stops after the batch that takes it past this, and the rest follows at once from the event loop:
    /// under a flood the loop is never held much longer than this.
    static constexpr int FLUSH_BUDGET_MS = 6;
    /// Characters of a payload preview.
    static constexpr int PREVIEW_CHARS = 80;

    explicit TopicTreeModel(QObject* parent = nullptr);
    ~TopicTreeModel() override;
    Q_DISABLE_COPY_MOVE(TopicTreeModel)

    /// Queues a batch; the next flush() applies it. Starts the flush timer when it is not running.
    void ingest(const QList<MqttMessage>& batch);
    /// Applies the queued batches now: inserts new topics, updates counts, rates and retained markers, evicts over
    /// the cap, and announces the changes (one insertion and one dataChanged per parent).
    void flush();
    /// Forgets every topic (the counters of evictions too).
    void clear();

    qsizetype topicCap() const { return m_topicCap; }
    /// New cap (at least 1); evicts the least recently updated topics that no longer fit.
    void setTopicCap(qsizetype cap);
    int historyDepth() const { return m_historyDepth; }
    /// Messages kept per topic for the detail view (1–1000); shorter histories are trimmed at their next message.
    void setHistoryDepth(int depth);
    /// Flush automatically on a timer (default) or only when flush() is called (tests, benchmarks).
    void setAutoFlush(bool enabled);

    /// Topics (nodes whose own topic received messages).
    qsizetype topicCount() const { return m_topicCount; }
    /// Nodes in the tree, the levels that only hold others included.
    qsizetype nodeCount() const { return qsizetype(m_nodes.size() - m_freeNodes.size()) - 1; }
    /// Topics evicted over the cap since the last clear().
    quint64 evictedCount() const { return m_evicted; }
    /// Messages of the queued batches not yet applied.
    qsizetype pendingCount() const { return m_pendingCount; }
    /// Messages applied since the last clear().
    quint64 messageCount() const;

    /// The index of `topic`'s node, invalid when the tree does not hold it.
    QModelIndex indexForTopic(const QString& topic) const;
    /// The kept messages of `index`'s own topic, oldest first (empty for a level that only holds others).
    QList<MqttMessage> history(const QModelIndex& index) const;
    /// Topics at and below `index` that hold a retained message, in tree order (an invalid index: the whole tree).
    QStringList retainedTopicsBelow(const QModelIndex& index) const;
    /// Forgets the retained marker of `topic` (after the user cleared it on the broker).
    void markRetainedCleared(const QString& topic);
    /// The filter that covers `index`'s node and everything below it ("a/b/#"); "#" for an invalid index.
    static QString filterBelow(const QModelIndex& index);
    /// What the tree costs beyond the payloads it keeps (nodes, tables, strings): for the benchmark's per-topic figure.
    qint64 approximateBytes() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// After each flush that changed anything: topics, evictions and messages so far (for the pane's counters).
    void countsChanged(qsizetype topics, quint64 evicted, quint64 messages);

private:
    static constexpr quint32 NO_NODE = ~quint32(0);
    /// What a node whose own topic received messages keeps.
    struct Own
    {
        std::vector<MqttMessage> history; ///< a ring of up to historyDepth messages
        size_t head = 0;                  ///< the oldest message once the ring is full
        quint64 count = 0;
        qint64 retainedSinceMs = 0; ///< 0: no retained message
        quint32 lruPrev = NO_NODE;  ///< towards the least recently updated topic
        quint32 lruNext = NO_NODE;
    };

    struct Node
    {
        QString path;            ///< the full topic of this level ("a/b")
        qsizetype nameStart = 0; ///< where the level's own name starts in `path`
        quint32 parent = NO_NODE;
        int row = 0;
        std::vector<quint32> children; ///< in arrival order
        quint64 total = 0;             ///< messages at and below
        qint64 windowStartMs = 0;
        quint32 windowCount = 0;
        float rate = 0;
        quint32 retainedBelow = 0;
        std::unique_ptr<Own> own;
        bool inUse = false;
        bool attached = false; ///< announced to views (the root always is)
        bool dirty = false;

        QStringView name() const { return QStringView(path).mid(nameStart); }
    };

    Node& node(quint32 id) { return m_nodes[id]; }
    const Node& node(quint32 id) const { return m_nodes[id]; }
    quint32 idOf(const QModelIndex& index) const;
    QModelIndex indexOf(quint32 id, int column = 0) const;
    quint32 newNode(quint32 parent, const QString& path, qsizetype nameStart);
    quint32 nodeForTopic(const QString& topic, std::vector<quint32>* created);
    void apply(const MqttMessage& message, qint64 nowMs, std::vector<quint32>* created);
    void countOnPath(quint32 id, qint64 nowMs);
    void markDirty(quint32 id);
    /// flush() within FLUSH_BUDGET_MS (the timer's): what is left goes on at the next turn of the event loop.
    void flushWithinBudget();
    /// Applies queued batches (all, or until `budgetMs` have passed) and announces the changes.
    void applyPending(qint64 budgetMs);
    void announceInsertions(const std::vector<quint32>& created);
    void announceChanges();
    void touch(quint32 id);
    void unlinkLru(quint32 id);
    void evictOverCap();
    void evictTopic(quint32 id);
    void removeNode(quint32 id);
    void adjustRetainedBelow(quint32 id, int delta);
    void releaseNode(quint32 id);

    std::vector<Node> m_nodes; // node 0 is the invisible root
    std::vector<quint32> m_freeNodes;
    QHash<QString, quint32> m_byPath; // full topic of every node -> node
    QList<QList<MqttMessage>> m_pending;
    qsizetype m_pendingCount = 0;
    std::vector<quint32> m_dirty;
    qsizetype m_topicCount = 0;
    qsizetype m_topicCap = DEFAULT_TOPIC_CAP;
    int m_historyDepth = DEFAULT_HISTORY_DEPTH;
    quint64 m_evicted = 0;
    quint32 m_lruOldest;
    quint32 m_lruNewest;
    QTimer m_flushTimer;
    bool m_autoFlush = true;
};
