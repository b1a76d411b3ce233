// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

/// Filters a MessageTableModel by text or regular expression over the topic and the payload (its first
/// SEARCH_LIMIT bytes, so a 10 MB payload cannot stall the view). Rows arriving later are filtered as they come.
/// Keeps arrival order (no sorting). Owner (GUI) thread only.
class MessageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr qsizetype SEARCH_LIMIT = 64 * 1024;

    explicit MessageFilterProxyModel(QObject* parent = nullptr);

    /// Plain text (case-insensitive) or, with `isRegex`, a regular expression. Returns false (and keeps the
    /// previous filter) when the expression is invalid; `errorString()` then says why.
    bool setFilter(const QString& text, bool isRegex);
    QString errorString() const { return m_error; }
    bool isFiltering() const { return !m_text.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QRegularExpression m_regex;
    bool m_isRegex = false;
    QString m_error;
};
