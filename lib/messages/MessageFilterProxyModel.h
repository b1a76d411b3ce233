// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QAbstractProxyModel>
#include <QRegularExpression>
#include <QTimer>

#include <deque>
#include <optional>

class MessageTableModel;

/// Filters a MessageTableModel by text (case-insensitive) or a regular expression over the topic and the payload
/// (its first SEARCH_LIMIT bytes, so a 10 MB payload cannot stall the view). Keeps arrival order.
///
/// A new filter never stalls the event loop: the stored rows are matched in slices of at most SLICE_MS on the owner
/// thread, yielding to the event loop between slices, while the previous filter stays shown; when every row has been
/// matched the result is shown with one model reset. A new setFilter() cancels the search in progress. Typing a
/// longer plain-text term only re-checks the rows the shorter one showed. Rows arriving later are matched as they
/// come, per batch. Without a filter the proxy maps rows one to one and costs nothing per row.
///
/// Rows are tracked by a stable id (`baseId() + source row`): evictions at the front of the source shift rows but
/// not ids. Owner (GUI) thread only.
class MessageFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    static constexpr qsizetype SEARCH_LIMIT = 64 * 1024;
    /// Longest piece of matching done at once on the owner thread, in milliseconds.
    static constexpr int SLICE_MS = 8;

    explicit MessageFilterProxyModel(QObject* parent = nullptr);
    ~MessageFilterProxyModel() override;
    Q_DISABLE_COPY_MOVE(MessageFilterProxyModel)

    /// Must be a MessageTableModel (or null).
    void setSourceModel(QAbstractItemModel* sourceModel) override;

    /// Plain text (case-insensitive) or, with `isRegex`, a regular expression. Returns false (and keeps the
    /// previous filter) when the expression is invalid; `errorString()` then says why. Otherwise starts matching
    /// (see the class comment); an empty text shows every row at once.
    bool setFilter(const QString& text, bool isRegex);
    QString errorString() const { return m_error; }
    /// A filter is shown (rows that do not match are hidden).
    bool isFiltering() const { return m_shown.active(); }
    /// A new filter is being matched; searchingChanged() and searchProgress() follow it.
    bool isSearching() const { return m_search.has_value(); }
    /// The text of the filter shown.
    QString filterText() const { return m_shown.text; }

    /// The id of the source row that `proxyRow` shows; ids stay valid while older rows are evicted.
    qint64 idAt(int proxyRow) const;
    /// The id of source row 0; a source row is `id - baseId()` while `id >= baseId()`.
    qint64 baseId() const { return m_base; }
    /// The proxy row showing `id`, or -1.
    int rowOfId(qint64 id) const;

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searchingChanged(bool searching);
    /// Progress of the search in progress: rows matched so far out of the rows to match.
    void searchProgress(qint64 done, qint64 total);

private:
    /// One compiled filter. An empty text matches everything.
    struct Matcher
    {
        QString text;
        bool isRegex = false;
        QRegularExpression regex;
        QByteArray asciiLower; ///< the text in lower case when it is plain ASCII: payload bytes are searched as is

        bool active() const { return !text.isEmpty(); }
        bool matches(const MqttMessage& message) const;
    };
    struct Search
    {
        Matcher matcher;
        std::deque<qint64> candidates; ///< ids to re-check (a narrowing search), then the rows from `cursor` on
        size_t nextCandidate = 0;
        qint64 cursor = 0; ///< next id to match among the rows not covered by the candidates
        qint64 done = 0;
        qint64 total = 0;
        std::deque<qint64> found;
    };

    void runSlice();
    void finishSearch();
    void startSearch(Matcher matcher, bool narrowing);
    void cancelSearch();
    /// Forgets every id and matches again from scratch (a source change this proxy does not follow row by row).
    void resync();

    void onRowsAboutToBeInserted(const QModelIndex& parent, int first, int last);
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onAboutToBeReset();
    void onReset();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    MessageTableModel* m_source = nullptr;
    QList<QMetaObject::Connection> m_connections;
    Matcher m_shown;
    /// Ids of the matching source rows, ascending (only while a filter is shown).
    std::deque<qint64> m_matches;
    /// The source's row count as this proxy knows it (updated inside its own insert/remove notifications, so a
    /// view never sees rows it was not told about). Without a filter, the proxy's row count.
    int m_sourceCount = 0;
    qint64 m_base = 0;
    int m_pendingRemoval = -1; ///< proxy rows announced in onRowsAboutToBeRemoved, -1 when none was announced
    bool m_insertAnnounced = false;
    std::optional<Search> m_search;
    QTimer m_sliceTimer;
    QString m_error;
};
