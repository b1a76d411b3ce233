// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageDiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Change = MessageDiff::JsonChange;
using Line = MessageDiff::Line;

namespace {

/// A JSON change as "type path before after" for exact comparisons.
QStringList changes(const MessageDiff& diff)
{
    QStringList result;
    for (const Change& change : diff.jsonChanges) {
        const char* type = change.type == Change::Type::Added ? "added"
            : change.type == Change::Type::Removed            ? "removed"
                                                              : "changed";
        result << u"%1 %2 %3 %4"_s.arg(QLatin1String(type), change.path, QString::fromUtf8(change.before),
                                       QString::fromUtf8(change.after));
    }
    return result;
}

/// Text lines as "+text", "-text" or " text".
QStringList lines(const MessageDiff& diff)
{
    QStringList result;
    for (const Line& line : diff.lines) {
        result << (line.op == Line::Op::Added ? u"+"_s : line.op == Line::Op::Removed ? u"-"_s : u" "_s) + line.text;
    }
    return result;
}

} // namespace

class TestMessageDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical()
    {
        const MessageDiff diff = MessageDiff::compare("abc", "abc");
        QCOMPARE(diff.kind, MessageDiff::Kind::Identical);
        QCOMPARE(diff.summary(), u"Identical payloads (3 bytes)."_s);
    }

    void jsonNestedAddedRemovedChanged()
    {
        const MessageDiff diff = MessageDiff::compare(
            R"({"state":{"reported":{"temp":21.5,"mode":"auto","fan":true}},"seq":1,"tags":["a","b","c"]})",
            R"({"state":{"reported":{"temp":22,"mode":"auto","led":{"on":1}}},"seq":2,"tags":["a","x"],"k.1":null})");
        QCOMPARE(diff.kind, MessageDiff::Kind::Json);
        QCOMPARE(changes(diff),
                 (QStringList{
                     u"changed state.reported.temp 21.5 22"_s,
                     u"added state.reported.led  {\"on\":1}"_s,
                     u"removed state.reported.fan true "_s,
                     u"changed seq 1 2"_s,
                     u"changed tags[1] \"b\" \"x\""_s,
                     u"removed tags[2] \"c\" "_s,
                     u"added [\"k.1\"]  null"_s,
                 }));
        QCOMPARE(diff.summary(),
                 u"JSON: 3 changed, 2 added, 2 removed: state.reported.temp 21.5 → 22; "
                 u"state.reported.led added ({\"on\":1}); state.reported.fan removed (was true); "
                 u"seq 1 → 2; tags[1] \"b\" → \"x\"; and 2 more"_s);
    }

    void jsonTypeChangeAndRootArrays()
    {
        QCOMPARE(changes(MessageDiff::compare(R"({"a":{"b":1}})", R"({"a":[1]})")),
                 QStringList{u"changed a {\"b\":1} [1]"_s});
        QCOMPARE(changes(MessageDiff::compare("[1,2]", "[1,2,3]")), QStringList{u"added [2]  3"_s});
        QCOMPARE(changes(MessageDiff::compare("[1]", R"({"a":1})")), QStringList{u"changed  [1] {\"a\":1}"_s});
        QCOMPARE(changes(MessageDiff::compare(R"({"a":1})", R"({"a":true})")), QStringList{u"changed a 1 true"_s});
    }

    void equalJsonSpelledDifferentlyIsAText()
    {
        const MessageDiff diff = MessageDiff::compare("{\"a\": 1, \"b\": 2}", "{\"b\":2,\"a\":1}");
        QCOMPARE(diff.kind, MessageDiff::Kind::Text);
        QCOMPARE(lines(diff), (QStringList{u"-{\"a\": 1, \"b\": 2}"_s, u"+{\"b\":2,\"a\":1}"_s}));
    }

    void textLineDiff()
    {
        const MessageDiff diff = MessageDiff::compare("line one\nline two\nline three\nline four\n",
                                                      "line one\nline 2\nline three\nline four\nline five\n");
        QCOMPARE(diff.kind, MessageDiff::Kind::Text);
        QCOMPARE(lines(diff),
                 (QStringList{u" line one"_s, u"-line two"_s, u"+line 2"_s, u" line three"_s, u" line four"_s,
                              u"+line five"_s}));
        QCOMPARE(diff.lines[2].afterLine, 2);
        QCOMPARE(diff.lines[2].beforeLine, 0);
        QCOMPARE(diff.lines[3].beforeLine, 3);
        QCOMPARE(diff.summary(), u"Text: 2 lines added, 1 removed."_s);
        QVERIFY(!diff.approximate);
    }

    void textLineDiffInTheMiddle()
    {
        const MessageDiff diff = MessageDiff::compare("a\nb\nc\nd\ne", "a\nc\nb\nd\ne");
        QCOMPARE(lines(diff), (QStringList{u" a"_s, u"-b"_s, u" c"_s, u"+b"_s, u" d"_s, u" e"_s}));
        QCOMPARE(MessageDiff::compare("x\r\ny", "x\ny").summary(),
                 u"Text: the same lines, spelled differently (spacing or line endings)."_s);
    }

    void hugeTextFallsBackWhole()
    {
        QByteArray before;
        QByteArray after;
        for (int i = 0; i < 3000; ++i) {
            before += "old " + QByteArray::number(i) + '\n';
            after += "new " + QByteArray::number(i) + '\n';
        }
        const MessageDiff diff = MessageDiff::compare("head\n" + before + "tail\n", "head\n" + after + "tail\n");
        QCOMPARE(diff.kind, MessageDiff::Kind::Text);
        QVERIFY(diff.approximate);
        QCOMPARE(diff.lines.size(), 6002);
        QCOMPARE(diff.lines.first().text, u"head"_s);
        QCOMPARE(diff.lines[1].op, Line::Op::Removed);
        QCOMPARE(diff.lines[3001].op, Line::Op::Added);
        QCOMPARE(diff.lines.last().text, u"tail"_s);
        QVERIFY(diff.summary().contains(u"too different"_s));
    }

    void binaryRanges()
    {
        QByteArray before(64, '\0');
        before[0] = '\xff';
        QByteArray after = before;
        after[10] = '\x01';
        after[12] = '\x02'; // within BYTE_RANGE_GAP of offset 10: one range
        after[40] = '\x03';
        after.append("\x80\x81", 2);
        const MessageDiff diff = MessageDiff::compare(before, after);
        QCOMPARE(diff.kind, MessageDiff::Kind::Binary);
        QCOMPARE(diff.differingRanges, 2);
        QCOMPARE(diff.differingBytes, 3);
        QCOMPARE(diff.byteRanges.size(), 2);
        QCOMPARE(diff.byteRanges[0].offset, 10);
        QCOMPARE(diff.byteRanges[0].length, 3);
        QCOMPARE(diff.byteRanges[1].offset, 40);
        QCOMPARE(
            diff.summary(),
            u"Binary: 3 bytes differ in 2 ranges: at 0xa (3 bytes), at 0x28 (1 bytes); 2 bytes added at the end."_s);
        QVERIFY(MessageDiff::compare(after, before).summary().endsWith(u"2 bytes cut from the end."_s));
    }

    void manyBinaryRangesAreCountedNotListed()
    {
        QByteArray before(10'000, '\0');
        before[0] = '\xff';
        QByteArray after = before;
        for (int i = 100; i < 10'000; i += 20) {
            after[i] = '\x01';
        }
        const MessageDiff diff = MessageDiff::compare(before, after);
        QCOMPARE(diff.byteRanges.size(), MessageDiff::MAX_BYTE_RANGES);
        QCOMPARE(diff.differingRanges, 495);
        QCOMPARE(diff.differingBytes, 495);
    }
};

QTEST_GUILESS_MAIN(TestMessageDiff)
#include "TestMessageDiff.moc"
