// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// What changed between two payloads, for the detail views of the topic tree and the panes ("diff with the previous
/// message", "compare with…"). Pure functions, any thread.
///
/// - Both payloads JSON documents (an object or an array): a structural diff, keys compared by name at every level
///   (nested objects and arrays recursed into; arrays element by element), each change named by its path
///   (`state.reported.temp`, `items[2]`, `["key.with.dots"]`).
/// - Else both valid UTF-8: a line diff (longest common subsequence of lines; past LINE_DIFF_CELLS the differing
///   middle is shown as removed and added whole, and `approximate` says so).
/// - Else: a byte-offset summary (the ranges that differ, and what was added or cut at the end).
struct MessageDiff
{
    Q_DECLARE_TR_FUNCTIONS(MessageDiff)

public:
    enum class Kind { Identical, Json, Text, Binary };

    struct JsonChange
    {
        enum class Type { Added, Removed, Changed };
        Type type = Type::Changed;
        QString path;      ///< where, from the document root; empty for the root itself
        QByteArray before; ///< compact JSON; empty when added
        QByteArray after;  ///< compact JSON; empty when removed
    };

    struct Line
    {
        enum class Op { Same, Added, Removed };
        Op op = Op::Same;
        QString text;
        int beforeLine = 0; ///< 1-based line in the older payload, 0 when added
        int afterLine = 0;  ///< 1-based line in the newer payload, 0 when removed
    };

    struct ByteRange
    {
        qint64 offset = 0;
        qint64 length = 0;
    };

    /// Cells of the line diff's table beyond which the middle is shown whole (about 16 MB of work).
    static constexpr qint64 LINE_DIFF_CELLS = 4'000'000;
    /// Byte ranges listed at most (the rest are counted).
    static constexpr int MAX_BYTE_RANGES = 100;
    /// Differing byte runs closer than this are reported as one range.
    static constexpr int BYTE_RANGE_GAP = 8;

    Kind kind = Kind::Identical;
    QList<JsonChange> jsonChanges; ///< Kind::Json, in document order
    QList<Line> lines;             ///< Kind::Text, every line of both payloads in diff order
    bool approximate = false;      ///< Kind::Text: the middle was too large for a line-by-line diff
    QList<ByteRange> byteRanges;   ///< Kind::Binary: differing ranges within the common length
    qint64 differingRanges = 0;    ///< Kind::Binary: all ranges, listed or not
    qint64 differingBytes = 0;     ///< Kind::Binary: bytes that differ within the common length
    qint64 beforeSize = 0;
    qint64 afterSize = 0;

    /// The diff of `before` → `after`.
    static MessageDiff compare(const QByteArray& before, const QByteArray& after);

    /// Plain words for a person (and a screen reader): "2 keys changed, 1 added: temp 21.5 → 22; …".
    QString summary() const;
};
