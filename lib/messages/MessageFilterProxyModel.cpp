// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageFilterProxyModel.h"

#include "messages/MessageTableModel.h"

MessageFilterProxyModel::MessageFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

bool MessageFilterProxyModel::setFilter(const QString& text, bool isRegex)
{
    QRegularExpression regex;
    if (isRegex && !text.isEmpty()) {
        regex = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid()) {
            m_error = tr("Invalid regular expression at position %1: %2. Fix the expression or turn off “Regex”.")
                          .arg(regex.patternErrorOffset())
                          .arg(regex.errorString());
            return false;
        }
        regex.optimize();
    }
    m_error.clear();
    m_text = text;
    m_isRegex = isRegex;
    m_regex = regex;
    invalidateRowsFilter();
    return true;
}

bool MessageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString topic = index.data(MessageTableModel::TopicRole).toString();
    const QString payload =
        QString::fromUtf8(index.data(MessageTableModel::PayloadRole).toByteArray().left(SEARCH_LIMIT));
    if (m_isRegex) {
        return m_regex.match(topic).hasMatch() || m_regex.match(payload).hasMatch();
    }
    return topic.contains(m_text, Qt::CaseInsensitive) || payload.contains(m_text, Qt::CaseInsensitive);
}
