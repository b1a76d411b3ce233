// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageFilterProxyModel.h"

#include "messages/MessageTableModel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>

namespace {

// Messages matched between two looks at the clock.
constexpr int CLOCK_EVERY = 64;

constexpr std::array<uchar, 256> makeLowerTable()
{
    std::array<uchar, 256> table{};
    for (int i = 0; i < 256; ++i) {
        table[size_t(i)] = uchar(i >= 'A' && i <= 'Z' ? i + ('a' - 'A') : i);
    }
    return table;
}
constexpr std::array<uchar, 256> LOWER = makeLowerTable();

/// `lowerNeedle` (ASCII, lower case, not empty) in `haystack`, ignoring ASCII case. UTF-8 never uses ASCII bytes
/// inside a multi-byte character, so this is exact for an ASCII needle whatever the payload holds.
bool containsAsciiIgnoringCase(QByteArrayView haystack, QByteArrayView lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    const auto* hay = reinterpret_cast<const uchar*>(haystack.data());
    const auto* needle = reinterpret_cast<const uchar*>(lowerNeedle.data());
    for (qsizetype i = 0, last = haystack.size() - n; i <= last; ++i) {
        if (LOWER[hay[i]] != needle[0]) {
            continue;
        }
        qsizetype j = 1;
        while (j < n && LOWER[hay[i + j]] == needle[j]) {
            ++j;
        }
        if (j == n) {
            return true;
        }
    }
    return false;
}

} // namespace

bool MessageFilterProxyModel::Matcher::matches(const MqttMessage& message) const
{
    if (!active()) {
        return true;
    }
    const QByteArrayView payload = QByteArrayView(message.payload).first(qMin(message.payload.size(), SEARCH_LIMIT));
    if (isRegex) {
        return regex.match(message.topic).hasMatch() || regex.match(QString::fromUtf8(payload)).hasMatch();
    }
    if (message.topic.contains(text, Qt::CaseInsensitive)) {
        return true;
    }
    if (!asciiLower.isEmpty()) {
        return containsAsciiIgnoringCase(payload, asciiLower);
    }
    return QString::fromUtf8(payload).contains(text, Qt::CaseInsensitive);
}

MessageFilterProxyModel::MessageFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0); // the next slice after the events that queued up meanwhile
    connect(&m_sliceTimer, &QTimer::timeout, this, &MessageFilterProxyModel::runSlice);
}

MessageFilterProxyModel::~MessageFilterProxyModel() = default;

void MessageFilterProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* source = qobject_cast<MessageTableModel*>(sourceModel);
    Q_ASSERT_X(source || !sourceModel, "MessageFilterProxyModel", "the source must be a MessageTableModel");
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_search.reset();
    m_sliceTimer.stop();
    m_matches.clear();
    m_base += m_sourceCount;
    QAbstractProxyModel::setSourceModel(source);
    m_source = source;
    m_sourceCount = source ? source->rowCount() : 0;
    if (source) {
        m_connections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    &MessageFilterProxyModel::onRowsAboutToBeInserted),
            connect(source, &QAbstractItemModel::rowsInserted, this, &MessageFilterProxyModel::onRowsInserted),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &MessageFilterProxyModel::onRowsAboutToBeRemoved),
            connect(source, &QAbstractItemModel::rowsRemoved, this, &MessageFilterProxyModel::onRowsRemoved),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &MessageFilterProxyModel::onAboutToBeReset),
            connect(source, &QAbstractItemModel::modelReset, this, &MessageFilterProxyModel::onReset),
            connect(source, &QAbstractItemModel::dataChanged, this, &MessageFilterProxyModel::onDataChanged),
            // Rows of this model never move: a layout change is followed by matching everything again.
            connect(source, &QAbstractItemModel::layoutChanged, this, &MessageFilterProxyModel::resync),
            connect(source, &QAbstractItemModel::rowsMoved, this, &MessageFilterProxyModel::resync),
            connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    endResetModel();
    if (m_shown.active()) {
        startSearch(m_shown, false);
    }
}

bool MessageFilterProxyModel::setFilter(const QString& text, bool isRegex)
{
    Matcher matcher;
    if (!text.isEmpty()) {
        matcher.text = text;
        matcher.isRegex = isRegex;
        if (isRegex) {
            matcher.regex = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
            if (!matcher.regex.isValid()) {
                m_error = tr("Invalid regular expression at position %1: %2. Fix the expression or turn off “Regex”.")
                              .arg(matcher.regex.patternErrorOffset())
                              .arg(matcher.regex.errorString());
                return false;
            }
            matcher.regex.optimize();
        } else {
            const QByteArray utf8 = text.toUtf8();
            if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; })) {
                matcher.asciiLower = utf8.toLower();
            }
        }
    }
    m_error.clear();
    const auto same = [&matcher](const Matcher& other) {
        return other.text == matcher.text && other.isRegex == matcher.isRegex;
    };
    if (m_search && same(m_search->matcher)) {
        return true; // already on its way
    }
    if (!m_search && same(m_shown)) {
        return true;
    }
    if (!matcher.active()) {
        // Showing every row needs no matching: at once.
        cancelSearch();
        beginResetModel();
        m_shown = matcher;
        m_matches.clear();
        endResetModel();
        return true;
    }
    // A longer plain text only shows rows the shorter one showed: re-check those, then any rows that came since.
    const bool narrowing = !matcher.isRegex && m_shown.active() && !m_shown.isRegex &&
        matcher.text.contains(m_shown.text, Qt::CaseInsensitive);
    startSearch(matcher, narrowing);
    if (m_search) {
        runSlice(); // small panes are done at once; large ones continue from the event loop
    }
    return true;
}

void MessageFilterProxyModel::startSearch(Matcher matcher, bool narrowing)
{
    const bool wasSearching = m_search.has_value();
    m_sliceTimer.stop();
    Search search;
    search.matcher = std::move(matcher);
    if (narrowing) {
        search.candidates = m_matches;
        search.cursor = m_base + m_sourceCount;
    } else {
        search.cursor = m_base;
    }
    m_search = std::move(search);
    if (!wasSearching) {
        Q_EMIT searchingChanged(true);
    }
    m_sliceTimer.start();
}

void MessageFilterProxyModel::cancelSearch()
{
    m_sliceTimer.stop();
    if (m_search) {
        m_search.reset();
        Q_EMIT searchingChanged(false);
    }
}

void MessageFilterProxyModel::runSlice()
{
    if (!m_search || !m_source) {
        return;
    }
    m_sliceTimer.stop();
    Search& search = *m_search;
    QElapsedTimer clock;
    clock.start();
    int sinceClock = 0;
    const auto timeUp = [&] {
        if (++sinceClock < CLOCK_EVERY) {
            return false;
        }
        sinceClock = 0;
        return clock.elapsed() >= SLICE_MS;
    };
    const auto check = [&](qint64 id) {
        ++search.done;
        const qint64 row = id - m_base;
        if (row < 0 || row >= m_sourceCount) {
            return; // evicted since
        }
        // A reference, or a temporary kept alive by it if the store hands out messages by value.
        const MqttMessage& message = m_source->messageAt(int(row));
        if (search.matcher.matches(message)) {
            search.found.push_back(id);
        }
    };
    bool sliceOver = false;
    while (search.nextCandidate < search.candidates.size() && !sliceOver) {
        check(search.candidates[search.nextCandidate++]);
        sliceOver = timeUp();
    }
    if (search.nextCandidate >= search.candidates.size() && !search.candidates.empty()) {
        search.candidates.clear();
        search.nextCandidate = 0;
    }
    search.cursor = qMax(search.cursor, m_base);
    const qint64 end = m_base + m_sourceCount;
    while (!sliceOver && search.cursor < end) {
        check(search.cursor++);
        sliceOver = timeUp();
    }
    const qint64 remaining =
        qint64(search.candidates.size() - search.nextCandidate) + qMax<qint64>(0, end - search.cursor);
    if (remaining > 0) {
        Q_EMIT searchProgress(search.done, search.done + remaining);
        m_sliceTimer.start();
        return;
    }
    finishSearch();
}

void MessageFilterProxyModel::finishSearch()
{
    Search search = std::move(*m_search);
    m_search.reset();
    while (!search.found.empty() && search.found.front() < m_base) {
        search.found.pop_front();
    }
    beginResetModel();
    m_shown = std::move(search.matcher);
    m_matches = std::move(search.found);
    endResetModel();
    Q_EMIT searchProgress(search.done, search.done);
    Q_EMIT searchingChanged(false);
}

void MessageFilterProxyModel::resync()
{
    beginResetModel();
    m_base += m_sourceCount; // every id known so far is now below the base: nothing refers to a moved row
    m_sourceCount = m_source ? m_source->rowCount() : 0;
    m_matches.clear();
    endResetModel();
    if (m_shown.active() && !m_search) {
        startSearch(m_shown, false);
    }
}

qint64 MessageFilterProxyModel::idAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount()) {
        return -1;
    }
    return m_shown.active() ? m_matches[size_t(proxyRow)] : m_base + proxyRow;
}

int MessageFilterProxyModel::rowOfId(qint64 id) const
{
    if (!m_shown.active()) {
        const qint64 row = id - m_base;
        return row >= 0 && row < m_sourceCount ? int(row) : -1;
    }
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), id);
    return it != m_matches.end() && *it == id ? int(it - m_matches.begin()) : -1;
}

QModelIndex MessageFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this) {
        return {};
    }
    const qint64 id = idAt(proxyIndex.row());
    return id < 0 ? QModelIndex() : m_source->index(int(id - m_base), proxyIndex.column());
}

QModelIndex MessageFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source) {
        return {};
    }
    const int row = rowOfId(m_base + sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex MessageFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex MessageFilterProxyModel::parent(const QModelIndex& /*child*/) const
{
    return {};
}

int MessageFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_source) {
        return 0;
    }
    return m_shown.active() ? int(m_matches.size()) : m_sourceCount;
}

int MessageFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool MessageFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex MessageFilterProxyModel::sibling(int row, int column, const QModelIndex& /*idx*/) const
{
    return index(row, column);
}

QVariant MessageFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_source->headerData(section, orientation, role);
    }
    const qint64 id = idAt(section);
    return id < 0 ? QVariant() : m_source->headerData(int(id - m_base), orientation, role);
}

void MessageFilterProxyModel::onRowsAboutToBeInserted(const QModelIndex& parent, int first, int last)
{
    // Without a filter the rows are announced now, while the source still has its old rows; with one, only once
    // they exist and can be matched (onRowsInserted).
    if (!parent.isValid() && !m_shown.active() && first == m_sourceCount) {
        beginInsertRows({}, first, last);
        m_insertAnnounced = true;
    }
}

void MessageFilterProxyModel::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    const int count = last - first + 1;
    if (m_insertAnnounced) {
        m_insertAnnounced = false;
        m_sourceCount += count;
        endInsertRows();
        return;
    }
    if (first != m_sourceCount) {
        resync(); // not an append: ids would shift
        return;
    }
    m_sourceCount += count;
    if (!m_shown.active()) {
        return; // cannot happen (announced above); kept for safety
    }
    // New arrivals are matched as they come: one batch, one insertion.
    std::vector<qint64> matched;
    for (int row = first; row <= last; ++row) {
        const MqttMessage& message = m_source->messageAt(row);
        if (m_shown.matches(message)) {
            matched.push_back(m_base + row);
        }
    }
    if (matched.empty()) {
        return;
    }
    const int at = int(m_matches.size());
    beginInsertRows({}, at, at + int(matched.size()) - 1);
    m_matches.insert(m_matches.end(), matched.begin(), matched.end());
    endInsertRows();
}

void MessageFilterProxyModel::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    m_pendingRemoval = -1;
    if (parent.isValid() || first != 0) {
        return; // handled in onRowsRemoved
    }
    // Evictions of the oldest rows: announce the proxy rows they take while the source still has them.
    int count = last - first + 1;
    if (m_shown.active()) {
        count = int(std::upper_bound(m_matches.begin(), m_matches.end(), m_base + last) - m_matches.begin());
    }
    m_pendingRemoval = count;
    if (count > 0) {
        beginRemoveRows({}, 0, count - 1);
    }
}

void MessageFilterProxyModel::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid()) {
        return;
    }
    if (m_pendingRemoval < 0) {
        resync(); // not an eviction at the front: ids would shift
        return;
    }
    const int count = last - first + 1;
    m_base += count;
    m_sourceCount -= count;
    if (m_shown.active()) {
        m_matches.erase(m_matches.begin(), m_matches.begin() + m_pendingRemoval);
    }
    if (std::exchange(m_pendingRemoval, -1) > 0) {
        endRemoveRows();
    }
}

void MessageFilterProxyModel::onAboutToBeReset()
{
    beginResetModel();
}

void MessageFilterProxyModel::onReset()
{
    m_base += m_sourceCount;
    m_sourceCount = m_source->rowCount();
    m_matches.clear();
    endResetModel();
    // The rows that stayed (new limits) are matched again from the event loop.
    if (m_shown.active() && !m_search) {
        startSearch(m_shown, false);
    }
}

void MessageFilterProxyModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                            const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid()) {
        return;
    }
    int first = topLeft.row();
    int last = bottomRight.row();
    if (m_shown.active()) {
        first = int(std::lower_bound(m_matches.begin(), m_matches.end(), m_base + topLeft.row()) - m_matches.begin());
        last =
            int(std::upper_bound(m_matches.begin(), m_matches.end(), m_base + bottomRight.row()) - m_matches.begin()) -
            1;
    }
    if (first <= last) {
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
    }
}
