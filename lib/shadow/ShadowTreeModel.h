// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/ShadowDiff.h"
#include "shadow/ShadowDocument.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

/// A shadow as a tree for the viewer: one row per key, with desired, reported and delta side by side.
///
/// Rows come from Shadow::compare (keys of objects on both sides nest under their parent); objects on one side only
/// and arrays expand too, element by element ("[0]", "[1]"…), so every value can be read. Each row is marked only
/// desired, only reported, equal or different, in words and a symbol (`StatusColumn`, `StatusRole`) so it reads
/// without colour; colours belong to the view's delegate. A key whose value changed since the previous document
/// set on the model is marked "just changed" (`JustChangedRole`). Ages ("reported 3 min ago") are computed against
/// `now()`, which the view moves forward (refreshAges()) and tests fix.
///
/// Any thread that owns it, like every model; the GUI thread in the app.
class ShadowTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, StatusColumn, DesiredColumn, ReportedColumn, DeltaColumn, UpdatedColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, ///< int of ShadowKeyComparison::Status
        InDeltaRole,                   ///< bool
        JustChangedRole,               ///< bool: changed since the previous document
        PathRole,                      ///< QStringList: keys from the section root ("[2]" for an array element)
        ValueRole,                     ///< QByteArray: compact JSON of the desired or reported column's value
    };

    explicit ShadowTreeModel(QObject* parent = nullptr);
    ~ShadowTreeModel() override;
    Q_DISABLE_COPY_MOVE(ShadowTreeModel)

    /// Shows `document`; keys that differ from the previous document (when there was one) are marked just changed.
    void setDocument(const ShadowDocument& document);
    /// Forgets the document and what was marked (the next document marks nothing).
    void clear();
    const ShadowDocument& document() const { return m_document; }
    /// The newest metadata timestamp of the document (epoch seconds), or 0.
    qint64 newestTimestamp() const { return m_newestTimestamp; }

    /// Epoch seconds that ages are counted from; by default the clock at each refreshAges().
    void setNow(qint64 epochSeconds);
    qint64 now() const { return m_now; }
    /// Moves `now()` to the clock (unless fixed by setNow) and repaints the ages.
    void refreshAges();

    /// The row of `path` (keys from the section root), or an invalid index.
    QModelIndex indexOfPath(const QStringList& path) const;
    /// How many rows are marked just changed.
    int justChangedCount() const;

    /// "Equal", "Different", "Only desired", "Only reported", each with its symbol.
    static QString statusText(ShadowKeyComparison::Status status);
    /// "just now", "42 s ago", "3 min ago", "5 h ago", "2 d ago".
    static QString ageText(qint64 seconds);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QStringList path;
        ShadowKeyComparison::Status status = ShadowKeyComparison::Status::Equal;
        QByteArray desired;
        QByteArray reported;
        std::optional<qint64> desiredTimestamp;
        std::optional<qint64> reportedTimestamp;
        bool inDelta = false;
        bool justChanged = false;
        int parent = -1; ///< index in m_nodes, -1 for a top-level key
        int row = 0;     ///< position among its parent's children
        QList<int> children;
    };

    void build(const QList<ShadowKeyComparison>& keys);
    int addNode(Node node, int parent);
    void expandContainers(int nodeIndex);
    QString displayText(const Node& node, int column) const;
    QString valueText(const Node& node, const QByteArray& value) const;
    QString updatedText(const Node& node) const;
    const Node* nodeOf(const QModelIndex& index) const;

    ShadowDocument m_document;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<QStringList, std::pair<QByteArray, QByteArray>> m_previousValues; ///< path → (desired, reported)
    bool m_hadDocument = false;
    qint64 m_newestTimestamp = 0;
    qint64 m_now = 0;
    bool m_nowFixed = false;
};
