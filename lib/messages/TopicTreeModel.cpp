// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/TopicTreeModel.h"

#include "messages/PayloadFormat.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace {

constexpr quint32 NONE = ~quint32(0);
constexpr quint32 ROOT = 0;
constexpr qint64 RATE_WINDOW_MS = 1000;

QString retainedAge(qint64 sinceMs, qint64 nowMs)
{
    const qint64 seconds = std::max<qint64>(0, (nowMs - sinceMs) / 1000);
    if (seconds < 60) {
        return TopicTreeModel::tr("retained, %1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return TopicTreeModel::tr("retained, %1 min").arg(seconds / 60);
    }
    return TopicTreeModel::tr("retained, %1 h").arg(seconds / 3600);
}

} // namespace

TopicTreeModel::TopicTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_lruOldest(NONE)
    , m_lruNewest(NONE)
{
    m_nodes.emplace_back();
    m_nodes[ROOT].inUse = true;
    m_nodes[ROOT].attached = true;
    m_flushTimer.setInterval(FLUSH_INTERVAL_MS);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &TopicTreeModel::flushWithinBudget);
}

TopicTreeModel::~TopicTreeModel() = default;

void TopicTreeModel::ingest(const QList<MqttMessage>& batch)
{
    if (batch.isEmpty()) {
        return;
    }
    m_pending.append(batch);
    m_pendingCount += batch.size();
    if (m_autoFlush && !m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void TopicTreeModel::flush()
{
    applyPending(-1);
}

void TopicTreeModel::flushWithinBudget()
{
    applyPending(FLUSH_BUDGET_MS);
    if (!m_pending.isEmpty() && m_autoFlush) {
        m_flushTimer.start(0);
    }
}

void TopicTreeModel::applyPending(qint64 budgetMs)
{
    if (m_pending.isEmpty()) {
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    std::vector<quint32> created;
    while (!m_pending.isEmpty() && (budgetMs < 0 || clock.elapsed() < budgetMs)) {
        const QList<MqttMessage> batch = m_pending.takeFirst();
        m_pendingCount -= batch.size();
        for (const MqttMessage& message : batch) {
            apply(message, nowMs, &created);
        }
    }
    announceInsertions(created);
    evictOverCap();
    announceChanges();
    Q_EMIT countsChanged(m_topicCount, m_evicted, messageCount());
}

void TopicTreeModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_nodes.resize(1);
    m_nodes[ROOT] = Node();
    m_nodes[ROOT].inUse = true;
    m_nodes[ROOT].attached = true;
    m_freeNodes.clear();
    m_byPath.clear();
    m_pending.clear();
    m_pendingCount = 0;
    m_dirty.clear();
    m_topicCount = 0;
    m_evicted = 0;
    m_lruOldest = m_lruNewest = NONE;
    endResetModel();
    Q_EMIT countsChanged(0, 0, 0);
}

void TopicTreeModel::setTopicCap(qsizetype cap)
{
    m_topicCap = std::max<qsizetype>(1, cap);
    evictOverCap();
    announceChanges();
    Q_EMIT countsChanged(m_topicCount, m_evicted, messageCount());
}

void TopicTreeModel::setHistoryDepth(int depth)
{
    m_historyDepth = std::clamp(depth, 1, 1000);
}

void TopicTreeModel::setAutoFlush(bool enabled)
{
    m_autoFlush = enabled;
    if (!enabled) {
        m_flushTimer.stop();
    } else if (!m_pending.isEmpty()) {
        m_flushTimer.start();
    }
}

quint64 TopicTreeModel::messageCount() const
{
    quint64 total = 0;
    for (const quint32 child : node(ROOT).children) {
        total += node(child).total;
    }
    return total;
}

// ---- applying messages -------------------------------------------------------------------------------------------

quint32 TopicTreeModel::newNode(quint32 parent, const QString& path, qsizetype nameStart)
{
    quint32 id;
    if (!m_freeNodes.empty()) {
        id = m_freeNodes.back();
        m_freeNodes.pop_back();
        m_nodes[id] = Node();
    } else {
        id = quint32(m_nodes.size());
        m_nodes.emplace_back();
    }
    Node& created = m_nodes[id];
    created.path = path;
    created.nameStart = nameStart;
    created.parent = parent;
    created.inUse = true;
    m_byPath.insert(path, id);
    return id;
}

quint32 TopicTreeModel::nodeForTopic(const QString& topic, std::vector<quint32>* created)
{
    if (const auto found = m_byPath.constFind(topic); found != m_byPath.cend()) {
        return *found;
    }
    // Walk down from the deepest level that exists: find it from the end, then create the rest top-down.
    qsizetype end = topic.size();
    quint32 parent = ROOT;
    while (end > 0) {
        const qsizetype slash = topic.lastIndexOf(u'/', end - 1);
        if (slash < 0) {
            break;
        }
        if (const auto found = m_byPath.constFind(topic.left(slash)); found != m_byPath.cend()) {
            parent = *found;
            end = slash;
            break;
        }
        end = slash;
    }
    qsizetype start = parent == ROOT ? 0 : end + 1;
    while (true) {
        const qsizetype slash = topic.indexOf(u'/', start);
        const qsizetype levelEnd = slash < 0 ? topic.size() : slash;
        const QString path = levelEnd == topic.size() ? topic : topic.left(levelEnd);
        const quint32 id = newNode(parent, path, start);
        created->push_back(id);
        if (slash < 0) {
            return id;
        }
        parent = id;
        start = slash + 1;
    }
}

void TopicTreeModel::apply(const MqttMessage& message, qint64 nowMs, std::vector<quint32>* created)
{
    const quint32 id = nodeForTopic(message.topic, created);
    Node& target = node(id);
    if (!target.own) {
        target.own = std::make_unique<Own>();
        ++m_topicCount;
    }
    Own& own = *target.own;
    if (own.history.size() < size_t(m_historyDepth)) {
        own.history.push_back(message);
    } else {
        if (own.history.size() > size_t(m_historyDepth)) { // the depth was lowered: keep the newest
            std::rotate(own.history.begin(), own.history.begin() + qsizetype(own.head), own.history.end());
            own.history.erase(own.history.begin(), own.history.end() - m_historyDepth);
            own.head = 0;
        }
        own.history[own.head] = message;
        own.head = (own.head + 1) % own.history.size();
    }
    ++own.count;
    if (message.retained) {
        const bool wasRetained = own.retainedSinceMs != 0;
        own.retainedSinceMs = message.payload.isEmpty() ? 0 : std::max<qint64>(1, message.receivedAtMs);
        const bool isRetained = own.retainedSinceMs != 0;
        if (wasRetained != isRetained) {
            adjustRetainedBelow(id, isRetained ? 1 : -1);
        }
    }
    touch(id);
    countOnPath(id, nowMs);
}

void TopicTreeModel::countOnPath(quint32 id, qint64 nowMs)
{
    for (quint32 at = id; at != ROOT; at = node(at).parent) {
        Node& level = node(at);
        ++level.total;
        if (nowMs - level.windowStartMs >= RATE_WINDOW_MS) {
            const qint64 elapsed = nowMs - level.windowStartMs;
            level.rate = elapsed < 2 * RATE_WINDOW_MS ? float(level.windowCount * 1000.0 / double(elapsed)) : 0.f;
            level.windowStartMs = nowMs;
            level.windowCount = 0;
        }
        ++level.windowCount;
        markDirty(at);
    }
}

void TopicTreeModel::adjustRetainedBelow(quint32 id, int delta)
{
    for (quint32 at = id; at != ROOT; at = node(at).parent) {
        node(at).retainedBelow = quint32(qint64(node(at).retainedBelow) + delta);
        markDirty(at);
    }
}

void TopicTreeModel::markDirty(quint32 id)
{
    Node& level = node(id);
    if (!level.dirty) {
        level.dirty = true;
        m_dirty.push_back(id);
    }
}

// ---- least recently updated topics and eviction ------------------------------------------------------------------

void TopicTreeModel::unlinkLru(quint32 id)
{
    Own& own = *node(id).own;
    (own.lruPrev == NONE ? m_lruOldest : node(own.lruPrev).own->lruNext) = own.lruNext;
    (own.lruNext == NONE ? m_lruNewest : node(own.lruNext).own->lruPrev) = own.lruPrev;
    own.lruPrev = own.lruNext = NONE;
}

void TopicTreeModel::touch(quint32 id)
{
    if (m_lruNewest == id) {
        return;
    }
    Own& own = *node(id).own;
    if (own.lruPrev != NONE || own.lruNext != NONE || m_lruOldest == id) {
        unlinkLru(id);
    }
    own.lruPrev = m_lruNewest;
    if (m_lruNewest != NONE) {
        node(m_lruNewest).own->lruNext = id;
    }
    m_lruNewest = id;
    if (m_lruOldest == NONE) {
        m_lruOldest = id;
    }
}

void TopicTreeModel::evictOverCap()
{
    while (m_topicCount > m_topicCap && m_lruOldest != NONE) {
        evictTopic(m_lruOldest);
        ++m_evicted;
    }
}

void TopicTreeModel::evictTopic(quint32 id)
{
    unlinkLru(id);
    Node& topic = node(id);
    const quint64 count = topic.own->count;
    if (topic.own->retainedSinceMs != 0) {
        adjustRetainedBelow(id, -1);
    }
    topic.own.reset();
    --m_topicCount;
    for (quint32 at = id; at != ROOT; at = node(at).parent) {
        node(at).total -= count;
        markDirty(at);
    }
    if (!node(id).children.empty()) {
        return; // the level stays for the topics below it
    }
    // Remove the level and the levels above it that hold nothing else.
    quint32 top = id;
    while (node(top).parent != ROOT) {
        const Node& parent = node(node(top).parent);
        if (parent.children.size() != 1 || parent.own) {
            break;
        }
        top = node(top).parent;
    }
    removeNode(top);
}

void TopicTreeModel::removeNode(quint32 id)
{
    const quint32 parent = node(id).parent;
    const int row = node(id).row;
    beginRemoveRows(indexOf(parent), row, row);
    std::vector<quint32>& siblings = node(parent).children;
    siblings.erase(siblings.begin() + row);
    for (size_t i = size_t(row); i < siblings.size(); ++i) {
        node(siblings[i]).row = int(i);
    }
    releaseNode(id);
    endRemoveRows();
}

void TopicTreeModel::releaseNode(quint32 id)
{
    for (const quint32 child : node(id).children) {
        releaseNode(child);
    }
    Node& released = node(id);
    if (released.own) {
        unlinkLru(id);
        released.own.reset();
        --m_topicCount;
    }
    m_byPath.remove(released.path);
    released = Node();
    m_freeNodes.push_back(id);
}

// ---- announcing --------------------------------------------------------------------------------------------------

void TopicTreeModel::announceInsertions(const std::vector<quint32>& created)
{
    // Levels under a level that is new in this flush go in silently: they arrive with their new parent.
    std::vector<quint32> underOld;
    for (const quint32 id : created) {
        Node& level = node(id);
        Node& parent = node(level.parent);
        if (parent.attached) {
            underOld.push_back(id);
        } else {
            level.row = int(parent.children.size());
            parent.children.push_back(id);
        }
    }
    // One insertion per old parent (stable: children keep their arrival order).
    std::stable_sort(underOld.begin(), underOld.end(),
                     [this](quint32 a, quint32 b) { return node(a).parent < node(b).parent; });
    for (size_t first = 0; first < underOld.size();) {
        const quint32 parent = node(underOld[first]).parent;
        size_t last = first;
        while (last + 1 < underOld.size() && node(underOld[last + 1]).parent == parent) {
            ++last;
        }
        std::vector<quint32>& children = node(parent).children;
        const int firstRow = int(children.size());
        beginInsertRows(indexOf(parent), firstRow, firstRow + int(last - first));
        for (size_t i = first; i <= last; ++i) {
            node(underOld[i]).row = int(children.size());
            children.push_back(underOld[i]);
        }
        endInsertRows();
        first = last + 1;
    }
    for (const quint32 id : created) {
        node(id).attached = true;
        node(id).dirty = false; // just inserted: views read it whole, no dataChanged() needed
    }
}

void TopicTreeModel::announceChanges()
{
    std::vector<std::pair<quint32, int>> changed; // (parent, row)
    changed.reserve(m_dirty.size());
    for (const quint32 id : m_dirty) {
        Node& level = node(id);
        if (level.inUse && level.dirty && level.attached) {
            changed.emplace_back(level.parent, level.row);
        }
        level.dirty = false;
    }
    m_dirty.clear();
    std::sort(changed.begin(), changed.end());
    for (size_t first = 0; first < changed.size();) {
        size_t last = first;
        while (last + 1 < changed.size() && changed[last + 1].first == changed[first].first) {
            ++last;
        }
        const QModelIndex parent = indexOf(changed[first].first);
        Q_EMIT dataChanged(index(changed[first].second, MessagesColumn, parent),
                           index(changed[last].second, ColumnCount - 1, parent));
        first = last + 1;
    }
}

// ---- queries -----------------------------------------------------------------------------------------------------

quint32 TopicTreeModel::idOf(const QModelIndex& index) const
{
    return index.isValid() ? quint32(index.internalId()) : ROOT;
}

QModelIndex TopicTreeModel::indexOf(quint32 id, int column) const
{
    return id == ROOT ? QModelIndex() : createIndex(node(id).row, column, quintptr(id));
}

QModelIndex TopicTreeModel::indexForTopic(const QString& topic) const
{
    const auto found = m_byPath.constFind(topic);
    return found == m_byPath.cend() || !node(*found).attached ? QModelIndex() : indexOf(*found);
}

QList<MqttMessage> TopicTreeModel::history(const QModelIndex& index) const
{
    QList<MqttMessage> messages;
    const quint32 id = idOf(index);
    if (id == ROOT || !node(id).own) {
        return messages;
    }
    const Own& own = *node(id).own;
    messages.reserve(qsizetype(own.history.size()));
    for (size_t i = 0; i < own.history.size(); ++i) {
        messages.append(own.history[(own.head + i) % own.history.size()]);
    }
    return messages;
}

QStringList TopicTreeModel::retainedTopicsBelow(const QModelIndex& index) const
{
    QStringList topics;
    std::vector<quint32> stack{idOf(index)};
    while (!stack.empty()) {
        const quint32 id = stack.back();
        stack.pop_back();
        const Node& level = node(id);
        if (level.own && level.own->retainedSinceMs != 0) {
            topics.append(level.path);
        }
        if (id == ROOT || level.retainedBelow > (level.own && level.own->retainedSinceMs ? 1u : 0u)) {
            for (auto child = level.children.rbegin(); child != level.children.rend(); ++child) {
                stack.push_back(*child);
            }
        }
    }
    return topics;
}

void TopicTreeModel::markRetainedCleared(const QString& topic)
{
    const auto found = m_byPath.constFind(topic);
    if (found == m_byPath.cend() || !node(*found).own || node(*found).own->retainedSinceMs == 0) {
        return;
    }
    node(*found).own->retainedSinceMs = 0;
    adjustRetainedBelow(*found, -1);
    announceChanges();
}

QString TopicTreeModel::filterBelow(const QModelIndex& index)
{
    return index.isValid() ? index.data(TopicRole).toString() + QStringLiteral("/#") : QStringLiteral("#");
}

qint64 TopicTreeModel::approximateBytes() const
{
    qint64 bytes = qint64(m_nodes.capacity() * sizeof(Node)) + qint64(m_freeNodes.capacity() * sizeof(quint32));
    bytes += qint64(m_byPath.capacity()) * qint64(sizeof(QString) + sizeof(quint32) + sizeof(void*));
    for (const Node& level : m_nodes) {
        if (!level.inUse) {
            continue;
        }
        bytes += qint64(level.children.capacity() * sizeof(quint32));
        if (level.path.size() > 0 &&
            (!level.own || level.own->history.empty() || !level.own->history.front().topic.isSharedWith(level.path))) {
            bytes += 32 + level.path.size() * 2; // a string of its own (heap header and UTF-16)
        }
        if (level.own) {
            bytes += qint64(sizeof(Own) + level.own->history.capacity() * sizeof(MqttMessage));
        }
    }
    return bytes;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const Node& level = node(idOf(parent));
    if (size_t(row) >= level.children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(level.children[size_t(row)]));
}

QModelIndex TopicTreeModel::parent(const QModelIndex& child) const
{
    return child.isValid() ? indexOf(node(idOf(child)).parent) : QModelIndex();
}

int TopicTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(node(idOf(parent)).children.size());
}

int TopicTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant TopicTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node& level = node(idOf(index));
    const Own* own = level.own.get();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 sinceWindow = nowMs - level.windowStartMs;
    const double rate = sinceWindow < RATE_WINDOW_MS ? double(level.rate)
        : sinceWindow < 2 * RATE_WINDOW_MS           ? level.windowCount * 1000.0 / double(sinceWindow)
                                                     : 0.0;
    const bool retained = own && own->retainedSinceMs != 0;
    switch (role) {
    case TopicRole:
        return level.path;
    case MessageCountRole:
        return qint64(level.total);
    case OwnMessageCountRole:
        return own ? qint64(own->count) : qint64(0);
    case RateRole:
        return rate;
    case RetainedRole:
        return retained;
    case RetainedSinceRole:
        return retained ? own->retainedSinceMs : qint64(0);
    case RetainedBelowRole:
        return qint64(level.retainedBelow);
    case LastPayloadRole:
        return own ? own->history[(own->head + own->history.size() - 1) % own->history.size()].payload : QByteArray();
    case HasMessagesRole:
        return own != nullptr;
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? level.path : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == MessagesColumn || index.column() == RateColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return level.name().isEmpty() ? tr("(empty level)") : level.name().toString();
    case MessagesColumn:
        return QString::number(level.total);
    case RateColumn:
        return rate > 0 ? QString::number(rate, 'f', rate < 10 ? 1 : 0) : QString();
    case RetainedColumn:
        return retained ? retainedAge(own->retainedSinceMs, nowMs)
                        : (level.retainedBelow > 0 ? tr("%1 below").arg(level.retainedBelow) : QString());
    case PayloadColumn:
        return own ? PayloadFormat::preview(data(index, LastPayloadRole).toByteArray(), PREVIEW_CHARS) : QString();
    default:
        return {};
    }
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Topic");
    case MessagesColumn:
        return tr("Messages");
    case RateColumn:
        return tr("Rate (msg/s)");
    case RetainedColumn:
        return tr("Retained");
    case PayloadColumn:
        return tr("Last payload");
    default:
        return {};
    }
}
