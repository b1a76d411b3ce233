// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageTableModel.h"

#include "messages/PayloadFormat.h"

#include <QDateTime>
#include <QLocale>

namespace {
constexpr int PREVIEW_CHARS = 200;
} // namespace

MessageTableModel::MessageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

MessageTableModel::~MessageTableModel() = default;

void MessageTableModel::appendBatch(const QList<MqttMessage>& batch)
{
    if (batch.isEmpty()) {
        return;
    }
    const quint64 evictedBefore = m_ring.evictedCount();
    const MessageRing::Plan plan = m_ring.plan(batch);
    if (plan.evictStored > 0) {
        beginRemoveRows({}, 0, int(plan.evictStored) - 1);
        m_ring.dropOldest(plan.evictStored);
        endRemoveRows();
    }
    const qsizetype incoming = batch.size() - plan.skipIncoming;
    if (incoming > 0) {
        const int first = int(m_ring.size());
        beginInsertRows({}, first, first + int(incoming) - 1);
        m_ring.appendPlanned(batch, plan);
        endInsertRows();
    } else {
        m_ring.appendPlanned(batch, plan); // counts the skipped ones
    }
    if (m_ring.evictedCount() != evictedBefore) {
        Q_EMIT evictedCountChanged(m_ring.evictedCount());
    }
}

void MessageTableModel::clear()
{
    beginResetModel();
    m_ring.clear();
    endResetModel();
    Q_EMIT evictedCountChanged(0);
}

void MessageTableModel::setLimits(qsizetype capacity, qint64 byteBudget)
{
    const quint64 evictedBefore = m_ring.evictedCount();
    beginResetModel();
    m_ring.setLimits(capacity, byteBudget);
    endResetModel();
    if (m_ring.evictedCount() != evictedBefore) {
        Q_EMIT evictedCountChanged(m_ring.evictedCount());
    }
}

int MessageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ring.size());
}

int MessageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const qsizetype row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(m_ring.receivedAtMsAt(row)).toString(QStringLiteral("HH:mm:ss.zzz"));
        case TopicColumn:
            return m_ring.topicAt(row);
        case QosColumn:
            return m_ring.qosAt(row);
        case RetainedColumn:
            return m_ring.retainedAt(row) ? tr("retained") : QString();
        case SizeColumn:
            return QLocale().formattedDataSize(m_ring.payloadAt(row).size(), 1, QLocale::DataSizeTraditionalFormat);
        case PayloadColumn:
            return PayloadFormat::preview(m_ring.payloadAt(row), PREVIEW_CHARS);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return QDateTime::fromMSecsSinceEpoch(m_ring.receivedAtMsAt(row)).toString(Qt::ISODateWithMs);
        }
        if (index.column() == SizeColumn) {
            return tr("%n byte(s)", nullptr, int(qMin<qsizetype>(m_ring.payloadAt(row).size(), INT_MAX)));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QosColumn || index.column() == SizeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case PayloadRole:
        return m_ring.payloadAt(row);
    case TopicRole:
        return m_ring.topicAt(row);
    case ReceivedAtRole:
        return m_ring.receivedAtMsAt(row);
    case QosRole:
        return m_ring.qosAt(row);
    case RetainedRole:
        return m_ring.retainedAt(row);
    case SizeRole:
        return qint64(m_ring.payloadAt(row).size());
    default:
        return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TopicColumn:
        return tr("Topic");
    case QosColumn:
        return tr("QoS");
    case RetainedColumn:
        return tr("Retained");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    default:
        return {};
    }
}
