// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageDiff.h"

#include "messages/PayloadFormat.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

using Change = MessageDiff::JsonChange;

/// Changes quoted in summary().
constexpr int SUMMARY_ITEMS = 5;
/// Characters of a value quoted in summary().
constexpr int SUMMARY_VALUE_CHARS = 40;

using Json = nlohmann::ordered_json; // keeps each object's keys in document order

/// The payload as a JSON object or array; nullopt for anything else (scalars are compared as text).
std::optional<Json> parseJson(const QByteArray& payload)
{
    Json document = Json::parse(payload.constData(), payload.constData() + payload.size(), nullptr, false);
    if (document.is_discarded() || !(document.is_object() || document.is_array())) {
        return std::nullopt;
    }
    return document;
}

QByteArray compact(const Json& value)
{
    return QByteArray::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QString keyPath(const QString& parent, const std::string& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$-]*$"));
    const QString key = QString::fromStdString(name);
    if (plain.match(key).hasMatch()) {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

void diffJson(const QString& path, const Json& before, const Json& after, QList<Change>* changes)
{
    if (before.is_object() && after.is_object()) {
        // Keys in the newer object's order, then the ones it lost.
        for (const auto& [key, value] : after.items()) {
            const QString child = keyPath(path, key);
            if (const auto found = before.find(key); found != before.end()) {
                diffJson(child, *found, value, changes);
            } else {
                changes->append({Change::Type::Added, child, {}, compact(value)});
            }
        }
        for (const auto& [key, value] : before.items()) {
            if (!after.contains(key)) {
                changes->append({Change::Type::Removed, keyPath(path, key), compact(value), {}});
            }
        }
        return;
    }
    if (before.is_array() && after.is_array()) {
        const size_t common = std::min(before.size(), after.size());
        for (size_t i = 0; i < std::max(before.size(), after.size()); ++i) {
            const QString child = path + u'[' + QString::number(i) + u']';
            if (i < common) {
                diffJson(child, before[i], after[i], changes);
            } else if (i < after.size()) {
                changes->append({Change::Type::Added, child, {}, compact(after[i])});
            } else {
                changes->append({Change::Type::Removed, child, compact(before[i]), {}});
            }
        }
        return;
    }
    if (before != after) {
        changes->append({Change::Type::Changed, path, compact(before), compact(after)});
    }
}

QStringList splitLines(const QByteArray& payload)
{
    QStringList lines = QString::fromUtf8(payload).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty() && payload.endsWith('\n')) {
        lines.removeLast(); // a final newline ends the last line, it does not start another
    }
    for (QString& line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    return lines;
}

/// The line diff of the middle parts [from, toBefore) and [from, toAfter) by longest common subsequence.
void diffMiddle(const QStringList& older, const QStringList& newer, qsizetype from, qsizetype toBefore,
                qsizetype toAfter, MessageDiff* diff)
{
    using Line = MessageDiff::Line;
    const qsizetype n = toBefore - from;
    const qsizetype m = toAfter - from;
    const auto removed = [&](qsizetype i) { diff->lines.append({Line::Op::Removed, older[i], int(i + 1), 0}); };
    const auto added = [&](qsizetype j) { diff->lines.append({Line::Op::Added, newer[j], 0, int(j + 1)}); };
    if (n == 0 || m == 0 || qint64(n) * qint64(m) > MessageDiff::LINE_DIFF_CELLS) {
        diff->approximate = n > 0 && m > 0;
        for (qsizetype i = from; i < toBefore; ++i) {
            removed(i);
        }
        for (qsizetype j = from; j < toAfter; ++j) {
            added(j);
        }
        return;
    }
    // lcs[i][j]: the common subsequence of older[from+i..] and newer[from+j..].
    std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> quint32& { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j) = older[from + i] == newer[from + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && older[from + i] == newer[from + j]) {
            diff->lines.append({Line::Op::Same, older[from + i], int(from + i + 1), int(from + j + 1)});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            removed(from + i++); // on a tie the removal comes first, as diff(1) shows it
        } else {
            added(from + j++);
        }
    }
}

void diffText(const QByteArray& before, const QByteArray& after, MessageDiff* diff)
{
    using Line = MessageDiff::Line;
    const QStringList older = splitLines(before);
    const QStringList newer = splitLines(after);
    qsizetype prefix = 0;
    while (prefix < older.size() && prefix < newer.size() && older[prefix] == newer[prefix]) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < older.size() - prefix && suffix < newer.size() - prefix &&
           older[older.size() - 1 - suffix] == newer[newer.size() - 1 - suffix]) {
        ++suffix;
    }
    for (qsizetype i = 0; i < prefix; ++i) {
        diff->lines.append({Line::Op::Same, older[i], int(i + 1), int(i + 1)});
    }
    if (older.size() - suffix - prefix > 0 || newer.size() - suffix - prefix > 0) {
        diffMiddle(older, newer, prefix, older.size() - suffix, newer.size() - suffix, diff);
    }
    for (qsizetype k = suffix; k > 0; --k) {
        diff->lines.append(
            {Line::Op::Same, older[older.size() - k], int(older.size() - k + 1), int(newer.size() - k + 1)});
    }
}

void diffBytes(const QByteArray& before, const QByteArray& after, MessageDiff* diff)
{
    const qsizetype common = std::min(before.size(), after.size());
    qsizetype i = 0;
    while (i < common) {
        if (before[i] == after[i]) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        qsizetype end = i + 1; // one past the last differing byte of this range
        for (qsizetype j = end; j < common && j < end + MessageDiff::BYTE_RANGE_GAP; ++j) {
            if (before[j] != after[j]) {
                ++diff->differingBytes;
                end = j + 1;
            }
        }
        ++diff->differingBytes;
        ++diff->differingRanges;
        if (diff->byteRanges.size() < MessageDiff::MAX_BYTE_RANGES) {
            diff->byteRanges.append({start, end - start});
        }
        i = end;
    }
}

QString shortValue(const QByteArray& json)
{
    const QString text = QString::fromUtf8(json);
    return text.size() > SUMMARY_VALUE_CHARS ? text.left(SUMMARY_VALUE_CHARS - 1) + u'…' : text;
}

QString jsonSummary(const MessageDiff& diff)
{
    qsizetype counts[3] = {0, 0, 0};
    QStringList items;
    for (const Change& change : diff.jsonChanges) {
        ++counts[int(change.type)];
        if (items.size() == SUMMARY_ITEMS) {
            continue;
        }
        const QString where = change.path.isEmpty() ? MessageDiff::tr("the whole document") : change.path;
        switch (change.type) {
        case Change::Type::Added:
            items << MessageDiff::tr("%1 added (%2)").arg(where, shortValue(change.after));
            break;
        case Change::Type::Removed:
            items << MessageDiff::tr("%1 removed (was %2)").arg(where, shortValue(change.before));
            break;
        case Change::Type::Changed:
            items << MessageDiff::tr("%1 %2 → %3").arg(where, shortValue(change.before), shortValue(change.after));
            break;
        }
    }
    const QString counted = MessageDiff::tr("JSON: %1 changed, %2 added, %3 removed")
                                .arg(counts[int(Change::Type::Changed)])
                                .arg(counts[int(Change::Type::Added)])
                                .arg(counts[int(Change::Type::Removed)]);
    const qsizetype more = diff.jsonChanges.size() - items.size();
    return counted + QStringLiteral(": ") + items.join(u"; ") +
        (more > 0 ? MessageDiff::tr("; and %1 more").arg(more) : QString());
}

} // namespace

MessageDiff MessageDiff::compare(const QByteArray& before, const QByteArray& after)
{
    MessageDiff diff;
    diff.beforeSize = before.size();
    diff.afterSize = after.size();
    if (before == after) {
        return diff;
    }
    if (const auto older = parseJson(before)) {
        if (const auto newer = parseJson(after)) {
            diff.kind = Kind::Json;
            diffJson(QString(), *older, *newer, &diff.jsonChanges);
            if (diff.jsonChanges.isEmpty()) {
                // Equal documents spelled differently (spacing, key order, 1 vs 1.0): show the text lines instead.
                diff.kind = Kind::Text;
                diffText(before, after, &diff);
            }
            return diff;
        }
    }
    if (PayloadFormat::isUtf8(before) && PayloadFormat::isUtf8(after)) {
        diff.kind = Kind::Text;
        diffText(before, after, &diff);
        return diff;
    }
    diff.kind = Kind::Binary;
    diffBytes(before, after, &diff);
    return diff;
}

QString MessageDiff::summary() const
{
    switch (kind) {
    case Kind::Identical:
        return tr("Identical payloads (%1 bytes).").arg(afterSize);
    case Kind::Json:
        return jsonSummary(*this);
    case Kind::Text: {
        qsizetype added = 0;
        qsizetype removed = 0;
        for (const Line& line : lines) {
            added += line.op == Line::Op::Added;
            removed += line.op == Line::Op::Removed;
        }
        if (added == 0 && removed == 0) {
            return tr("Text: the same lines, spelled differently (spacing or line endings).");
        }
        return tr("Text: %1 lines added, %2 removed%3.")
            .arg(added)
            .arg(removed)
            .arg(approximate ? tr(" (too different to compare line by line; the changed part is shown whole)")
                             : QString());
    }
    case Kind::Binary: {
        QStringList ranges;
        for (const ByteRange& range : byteRanges.first(std::min<qsizetype>(byteRanges.size(), SUMMARY_ITEMS))) {
            ranges << tr("at 0x%1 (%2 bytes)").arg(range.offset, 0, 16).arg(range.length);
        }
        QString text = tr("Binary: %1 bytes differ in %2 ranges").arg(differingBytes).arg(differingRanges);
        if (!ranges.isEmpty()) {
            text += QStringLiteral(": ") + ranges.join(u", ");
        }
        if (afterSize > beforeSize) {
            text += tr("; %1 bytes added at the end").arg(afterSize - beforeSize);
        } else if (afterSize < beforeSize) {
            text += tr("; %1 bytes cut from the end").arg(beforeSize - afterSize);
        }
        return text + u'.';
    }
    }
    return {};
}
