// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowTreeModel.h"

#include "shadow/ShadowJson_p.h"

#include <QDateTime>

#include <algorithm>

using ShadowJson::Json;
using Status = ShadowKeyComparison::Status;

namespace {

std::optional<Json> parseValue(const QByteArray& compact)
{
    return compact.isEmpty() ? std::nullopt : ShadowJson::parse(compact);
}

bool isContainer(const std::optional<Json>& value)
{
    return value && (value->is_object() || value->is_array());
}

QByteArray dumpValue(const Json& value)
{
    return ShadowJson::toByteArray(ShadowJson::dump(value));
}

/// The child keys of a container in display order: an object's keys, an array's indices.
QList<std::string> childKeys(const Json& value)
{
    QList<std::string> keys;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            keys.append(it.key());
        }
    } else if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i) {
            keys.append(std::to_string(i));
        }
    }
    return keys;
}

const Json* childOf(const std::optional<Json>& container, const std::string& key, bool arrayKey)
{
    if (!container) {
        return nullptr;
    }
    if (arrayKey) {
        const size_t i = std::stoul(key);
        return container->is_array() && i < container->size() ? &(*container)[i] : nullptr;
    }
    if (!container->is_object()) {
        return nullptr;
    }
    const auto it = container->find(key);
    return it == container->end() ? nullptr : &*it;
}

} // namespace

ShadowTreeModel::ShadowTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_now = QDateTime::currentSecsSinceEpoch();
}

ShadowTreeModel::~ShadowTreeModel() = default;

void ShadowTreeModel::setDocument(const ShadowDocument& document)
{
    beginResetModel();
    m_document = document;
    build(Shadow::compare(document));
    m_hadDocument = true;
    endResetModel();
}

void ShadowTreeModel::clear()
{
    beginResetModel();
    m_document = {};
    m_nodes.clear();
    m_topLevel.clear();
    m_previousValues.clear();
    m_hadDocument = false;
    m_newestTimestamp = 0;
    endResetModel();
}

void ShadowTreeModel::build(const QList<ShadowKeyComparison>& keys)
{
    m_nodes.clear();
    m_topLevel.clear();
    m_newestTimestamp = 0;
    QList<int> open; // the node of each depth on the way down
    for (const ShadowKeyComparison& key : keys) {
        Node node;
        node.key = key.path.constLast();
        node.path = key.path;
        node.status = key.status;
        node.desired = key.desired;
        node.reported = key.reported;
        node.desiredTimestamp = key.desiredTimestamp;
        node.reportedTimestamp = key.reportedTimestamp;
        node.inDelta = key.inDelta;
        m_newestTimestamp =
            std::max({m_newestTimestamp, key.desiredTimestamp.value_or(0), key.reportedTimestamp.value_or(0)});
        open.resize(key.depth());
        const int index = addNode(std::move(node), open.isEmpty() ? -1 : open.constLast());
        open.append(index);
        if (!key.hasChildren) {
            expandContainers(index);
        }
    }
    // Marks what changed since the previous document, then remembers this one's values for the next.
    QHash<QStringList, std::pair<QByteArray, QByteArray>> values;
    values.reserve(m_nodes.size());
    for (Node& node : m_nodes) {
        const auto before = m_previousValues.constFind(node.path);
        node.justChanged = m_hadDocument &&
            (before == m_previousValues.cend() || before->first != node.desired || before->second != node.reported);
        values.insert(node.path, {node.desired, node.reported});
    }
    m_previousValues = std::move(values);
}

int ShadowTreeModel::addNode(Node node, int parent)
{
    const int index = int(m_nodes.size());
    QList<int>& siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    node.parent = parent;
    node.row = int(siblings.size());
    siblings.append(index);
    m_nodes.append(std::move(node));
    return index;
}

void ShadowTreeModel::expandContainers(int nodeIndex)
{
    // An object on one side only, or an array (replaced whole by AWS, so Shadow::compare stops there): its elements
    // become rows too, each compared with the other side's element when that side holds the same kind of container.
    const std::optional<Json> desired = parseValue(m_nodes.at(nodeIndex).desired);
    const std::optional<Json> reported = parseValue(m_nodes.at(nodeIndex).reported);
    if (!isContainer(desired) && !isContainer(reported)) {
        return;
    }
    const bool array = (desired && desired->is_array()) || (!isContainer(desired) && reported->is_array());
    QList<std::string> keys = childKeys(isContainer(desired) ? *desired : *reported);
    if (isContainer(desired) && isContainer(reported) && desired->is_array() == reported->is_array()) {
        for (const std::string& key : childKeys(*reported)) {
            if (!keys.contains(key)) {
                keys.append(key);
            }
        }
    }
    for (const std::string& key : std::as_const(keys)) {
        const Json* d = desired && desired->is_array() == array ? childOf(desired, key, array) : nullptr;
        const Json* r = reported && reported->is_array() == array ? childOf(reported, key, array) : nullptr;
        const Node& parent = m_nodes.at(nodeIndex);
        Node child;
        child.key = array ? u"[%1]"_qs.arg(QString::fromStdString(key)) : QString::fromStdString(key);
        child.path = parent.path + QStringList{child.key};
        child.desired = d ? dumpValue(*d) : QByteArray();
        child.reported = r ? dumpValue(*r) : QByteArray();
        child.status = d && r ? (ShadowJson::deepEqual(*d, *r) ? Status::Equal : Status::Different)
                              : (d ? Status::OnlyDesired : Status::OnlyReported);
        child.desiredTimestamp = d ? parent.desiredTimestamp : std::nullopt; // metadata ends at an array
        child.reportedTimestamp = r ? parent.reportedTimestamp : std::nullopt;
        child.inDelta = parent.inDelta && d;
        expandContainers(addNode(std::move(child), nodeIndex));
    }
}

void ShadowTreeModel::setNow(qint64 epochSeconds)
{
    m_now = epochSeconds;
    m_nowFixed = true;
    refreshAges();
}

void ShadowTreeModel::refreshAges()
{
    if (!m_nowFixed) {
        m_now = QDateTime::currentSecsSinceEpoch();
    }
    // Every row's age column, parents and children alike: one signal per level is enough for the views.
    const auto refresh = [this](const QList<int>& rows, const QModelIndex& parent) {
        if (!rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, UpdatedColumn, parent), index(int(rows.size()) - 1, UpdatedColumn, parent));
        }
    };
    refresh(m_topLevel, {});
    for (int i = 0; i < m_nodes.size(); ++i) {
        refresh(m_nodes.at(i).children, createIndex(m_nodes.at(i).row, 0, quintptr(i)));
    }
}

QModelIndex ShadowTreeModel::indexOfPath(const QStringList& path) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).path == path) {
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
        }
    }
    return {};
}

int ShadowTreeModel::justChangedCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [](const Node& node) { return node.justChanged; }));
}

QString ShadowTreeModel::statusText(Status status)
{
    switch (status) {
    case Status::OnlyDesired:
        return tr("→ Only desired");
    case Status::OnlyReported:
        return tr("← Only reported");
    case Status::Equal:
        return tr("= Equal");
    case Status::Different:
        return tr("≠ Different");
    }
    return {};
}

QString ShadowTreeModel::ageText(qint64 seconds)
{
    if (seconds < 5) {
        return tr("just now");
    }
    if (seconds < 60) {
        return tr("%n s ago", nullptr, int(seconds));
    }
    if (seconds < 3600) {
        return tr("%n min ago", nullptr, int(seconds / 60));
    }
    if (seconds < 86400) {
        return tr("%n h ago", nullptr, int(seconds / 3600));
    }
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

QModelIndex ShadowTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    const QList<int>& rows = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_topLevel;
    return row < rows.size() ? createIndex(row, column, quintptr(rows.at(row))) : QModelIndex();
}

QModelIndex ShadowTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0) {
        return {};
    }
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int ShadowTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_topLevel.size());
    }
    return parent.column() == 0 ? int(m_nodes.at(int(parent.internalId())).children.size()) : 0;
}

int ShadowTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const ShadowTreeModel::Node* ShadowTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || int(index.internalId()) >= m_nodes.size()) {
        return nullptr;
    }
    return &m_nodes.at(int(index.internalId()));
}

QVariant ShadowTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DesiredColumn || index.column() == ReportedColumn) {
            const QByteArray& value = index.column() == DesiredColumn ? node->desired : node->reported;
            return value.isEmpty() ? tr("Absent") : QString::fromUtf8(value);
        }
        return displayText(*node, index.column());
    case StatusRole:
        return int(node->status);
    case InDeltaRole:
        return node->inDelta;
    case JustChangedRole:
        return node->justChanged;
    case PathRole:
        return node->path;
    case ValueRole:
        return index.column() == ReportedColumn ? node->reported : node->desired;
    default:
        return {};
    }
}

QString ShadowTreeModel::displayText(const Node& node, int column) const
{
    switch (column) {
    case KeyColumn:
        return node.key;
    case StatusColumn:
        return node.justChanged ? tr("%1 · just changed").arg(statusText(node.status)) : statusText(node.status);
    case DesiredColumn:
        return valueText(node, node.desired);
    case ReportedColumn:
        return valueText(node, node.reported);
    case DeltaColumn:
        if (!node.inDelta) {
            return {};
        }
        return node.children.isEmpty() || node.status == Status::OnlyDesired
            ? tr("Δ %1").arg(valueText(node, node.desired))
            : tr("Δ in the keys below");
    case UpdatedColumn:
        return updatedText(node);
    default:
        return {};
    }
}

QString ShadowTreeModel::valueText(const Node& node, const QByteArray& value) const
{
    if (value.isEmpty()) {
        return tr("—", "an absent value");
    }
    if (!node.children.isEmpty() && (value.startsWith('{') || value.startsWith('['))) {
        // The elements are rows of their own; the parent says what kind of container it is and how big.
        const std::optional<Json> parsed = ShadowJson::parse(value);
        const int size = parsed ? int(parsed->size()) : 0;
        return value.startsWith('{') ? tr("{…} %n key(s)", nullptr, size) : tr("[…] %n item(s)", nullptr, size);
    }
    constexpr qsizetype SHOWN = 200; // the tooltip has the whole value
    return value.size() > SHOWN ? QString::fromUtf8(value.left(SHOWN)) + u'…' : QString::fromUtf8(value);
}

QString ShadowTreeModel::updatedText(const Node& node) const
{
    QStringList parts;
    if (node.desiredTimestamp) {
        parts << tr("desired %1").arg(ageText(qMax<qint64>(0, m_now - *node.desiredTimestamp)));
    }
    if (node.reportedTimestamp) {
        parts << tr("reported %1").arg(ageText(qMax<qint64>(0, m_now - *node.reportedTimestamp)));
    }
    return parts.join(u" · "_qs);
}

QVariant ShadowTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case StatusColumn:
        return tr("Status");
    case DesiredColumn:
        return tr("Desired");
    case ReportedColumn:
        return tr("Reported");
    case DeltaColumn:
        return tr("Delta");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}
