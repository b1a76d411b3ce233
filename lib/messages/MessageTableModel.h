// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/MessageRing.h"

#include <QAbstractTableModel>

/// The messages of one subscription pane, oldest first, over a bounded MessageRing. Batches arrive whole: at most
/// one row removal (evictions) and one row insertion per batch, never one per message. Payload text is made only
/// when a view asks for a visible row. Owner (GUI) thread only.
class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TopicColumn, QosColumn, RetainedColumn, SizeColumn, PayloadColumn, ColumnCount };
    enum Role {
        PayloadRole = Qt::UserRole + 1, ///< QByteArray, the full payload
        TopicRole,                      ///< QString
        ReceivedAtRole,                 ///< qint64 ms since the epoch
        QosRole,                        ///< int
        RetainedRole,                   ///< bool
        SizeRole,                       ///< qint64 payload bytes
    };
    Q_ENUM(Column)

    explicit MessageTableModel(QObject* parent = nullptr);
    ~MessageTableModel() override;
    Q_DISABLE_COPY_MOVE(MessageTableModel)

    /// Appends a batch, evicting the oldest rows that no longer fit (one removal, one insertion).
    void appendBatch(const QList<MqttMessage>& batch);
    void clear();
    /// New row capacity and byte budget; evicts what no longer fits.
    void setLimits(qsizetype capacity, qint64 byteBudget);

    const MessageRing& ring() const { return m_ring; }
    /// Row `row` as a message (built from the ring's compact entry; topic, payload and properties are shared).
    MqttMessage messageAt(int row) const { return m_ring.at(row); }
    /// Messages evicted (or never stored) since the last clear(): shown to the user, never silent.
    quint64 evictedCount() const { return m_ring.evictedCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void evictedCountChanged(quint64 count);

private:
    MessageRing m_ring;
};
