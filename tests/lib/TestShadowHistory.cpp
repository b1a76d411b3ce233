// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowDiff.h"
#include "shadow/ShadowEngine.h"
#include "shadow/ShadowHistory.h"
#include "shadow/ShadowTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using Status = ShadowKeyComparison::Status;
using Change = ShadowVersionChange::Status;

namespace {

constexpr qint64 NOW = 1700000000;

ShadowDocument document(const QByteArray& json)
{
    const Result<ShadowDocument> parsed = ShadowDocument::fromJson(json);
    if (!parsed) {
        qFatal("bad test document: %s", json.constData());
    }
    return *parsed;
}

/// A document with metadata as the engine writes it: `updates` applied in turn at NOW, NOW + 1, …
ShadowDocument applied(const QList<QByteArray>& updates)
{
    const ShadowEngine engine;
    ShadowStore store;
    qint64 at = NOW;
    for (const QByteArray& update : updates) {
        store = engine.process(std::move(store), u"$aws/things/t/shadow/update"_s, update, at++).store;
    }
    return store.document({u"t"_s, {}});
}

QString statusAt(const ShadowTreeModel& model, const QStringList& path)
{
    return model.indexOfPath(path).siblingAtColumn(ShadowTreeModel::StatusColumn).data().toString();
}

} // namespace

/// The shadow viewer's model (tree rows, markings, ages), its version history and the diff of two versions (issue 9).
class TestShadowHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelRowsAndMarkings_issue9();
    void modelExpandsArraysAndOneSidedObjects_issue9();
    void modelMarksJustChanged_issue9();
    void modelAgesFromMetadata_issue9();
    void modelPassesTheModelTester_issue9();
    void historyKeepsVersionsInOrder_issue9();
    void historyIsBounded_issue9();
    void historyReadsDocumentsMessages_issue9();
    void compareVersions_issue9();
};

void TestShadowHistory::modelRowsAndMarkings_issue9()
{
    ShadowTreeModel model;
    model.setDocument(document(R"({"state":{"desired":{"a":1,"b":true,"o":{"x":1,"y":2},"d":"only"},)"
                               R"("reported":{"a":1.0,"b":1,"o":{"x":1,"y":3},"r":"only"}},"version":4})"));
    QCOMPARE(model.rowCount(), 5); // a, b, o, d, then r (desired's order, then reported-only keys)
    QCOMPARE(model.index(0, 0).data().toString(), u"a"_s);
    QCOMPARE(model.index(4, 0).data().toString(), u"r"_s);
    QCOMPARE(statusAt(model, {u"a"_s}), ShadowTreeModel::statusText(Status::Equal));     // 1 equals 1.0 (spec §6)
    QCOMPARE(statusAt(model, {u"b"_s}), ShadowTreeModel::statusText(Status::Different)); // true is not 1
    QCOMPARE(statusAt(model, {u"o"_s, u"y"_s}), ShadowTreeModel::statusText(Status::Different));
    QCOMPARE(statusAt(model, {u"d"_s}), ShadowTreeModel::statusText(Status::OnlyDesired));
    QCOMPARE(statusAt(model, {u"r"_s}), ShadowTreeModel::statusText(Status::OnlyReported));
    QCOMPARE(model.indexOfPath({u"o"_s}).data(ShadowTreeModel::StatusRole).toInt(), int(Status::Different));
    // The delta column holds exactly the delta: desired keys that differ, nested ones under their parent.
    const auto delta = [&](const QStringList& path) {
        return model.indexOfPath(path).siblingAtColumn(ShadowTreeModel::DeltaColumn).data().toString();
    };
    QCOMPARE(delta({u"a"_s}), QString());
    QCOMPARE(delta({u"b"_s}), u"Δ true"_s);
    QCOMPARE(delta({u"o"_s}), u"Δ in the keys below"_s);
    QCOMPARE(delta({u"o"_s, u"y"_s}), u"Δ 2"_s);
    QCOMPARE(delta({u"o"_s, u"x"_s}), QString());
    QCOMPARE(delta({u"r"_s}), QString());
    QCOMPARE(model.indexOfPath({u"o"_s}).siblingAtColumn(ShadowTreeModel::DesiredColumn).data().toString(),
             u"{…} 2 key(s)"_s);
    QCOMPARE(model.indexOfPath({u"d"_s}).siblingAtColumn(ShadowTreeModel::ReportedColumn).data().toString(), u"—"_s);
}

void TestShadowHistory::modelExpandsArraysAndOneSidedObjects_issue9()
{
    ShadowTreeModel model;
    model.setDocument(document(R"({"state":{"desired":{"list":[1,2,3],"cfg":{"m":{"k":"v"}}},)"
                               R"("reported":{"list":[1,5]}},"version":1})"));
    QCOMPARE(model.rowCount(model.indexOfPath({u"list"_s})), 3);
    QCOMPARE(statusAt(model, {u"list"_s}), ShadowTreeModel::statusText(Status::Different));
    QCOMPARE(statusAt(model, {u"list"_s, u"[0]"_s}), ShadowTreeModel::statusText(Status::Equal));
    QCOMPARE(statusAt(model, {u"list"_s, u"[1]"_s}), ShadowTreeModel::statusText(Status::Different));
    QCOMPARE(statusAt(model, {u"list"_s, u"[2]"_s}), ShadowTreeModel::statusText(Status::OnlyDesired));
    // An array in the delta is whole (AWS replaces arrays): each desired element reads as part of it.
    QVERIFY(model.indexOfPath({u"list"_s, u"[0]"_s}).data(ShadowTreeModel::InDeltaRole).toBool());
    QCOMPARE(statusAt(model, {u"cfg"_s, u"m"_s, u"k"_s}), ShadowTreeModel::statusText(Status::OnlyDesired));
    QCOMPARE(model.indexOfPath({u"cfg"_s, u"m"_s, u"k"_s}).siblingAtColumn(ShadowTreeModel::DesiredColumn).data(),
             QVariant(u"\"v\""_s));
}

void TestShadowHistory::modelMarksJustChanged_issue9()
{
    ShadowTreeModel model;
    model.setDocument(document(R"({"state":{"desired":{"a":1,"b":2}},"version":1})"));
    QCOMPARE(model.justChangedCount(), 0); // the first document marks nothing
    model.setDocument(document(R"({"state":{"desired":{"a":1,"b":3,"c":4}},"version":2})"));
    QCOMPARE(model.justChangedCount(), 2);
    QVERIFY(!model.indexOfPath({u"a"_s}).data(ShadowTreeModel::JustChangedRole).toBool());
    QVERIFY(model.indexOfPath({u"b"_s}).data(ShadowTreeModel::JustChangedRole).toBool());
    QVERIFY(model.indexOfPath({u"c"_s}).data(ShadowTreeModel::JustChangedRole).toBool());
    QVERIFY(statusAt(model, {u"b"_s}).endsWith(u"just changed"_s)); // in words too
    model.setDocument(document(R"({"state":{"desired":{"a":1,"b":3,"c":4}},"version":3})"));
    QCOMPARE(model.justChangedCount(), 0);
    model.clear();
    model.setDocument(document(R"({"state":{"desired":{"a":9}},"version":4})"));
    QCOMPARE(model.justChangedCount(), 0); // after clear(), a new start
}

void TestShadowHistory::modelAgesFromMetadata_issue9()
{
    ShadowTreeModel model;
    model.setDocument(applied({R"({"state":{"desired":{"a":1},"reported":{"a":0}}})", // at NOW
                               R"({"state":{"reported":{"a":1}}})"}));                // at NOW + 1
    QCOMPARE(model.newestTimestamp(), NOW + 1);
    model.setNow(NOW + 1 + 3 * 60);
    QCOMPARE(model.indexOfPath({u"a"_s}).siblingAtColumn(ShadowTreeModel::UpdatedColumn).data().toString(),
             u"desired 3 min ago · reported 3 min ago"_s);
    model.setNow(NOW + 2 * 3600);
    QCOMPARE(model.indexOfPath({u"a"_s}).siblingAtColumn(ShadowTreeModel::UpdatedColumn).data().toString(),
             u"desired 2 h ago · reported 1 h ago"_s);
    QCOMPARE(ShadowTreeModel::ageText(2), u"just now"_s);
    QCOMPARE(ShadowTreeModel::ageText(42), u"42 s ago"_s);
    QCOMPARE(ShadowTreeModel::ageText(3 * 86400 + 5), u"3 d ago"_s);
}

void TestShadowHistory::modelPassesTheModelTester_issue9()
{
    ShadowTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document(R"({"state":{"desired":{"o":{"x":[1,{"y":2}],"z":{}},"a":1},)"
                               R"("reported":{"o":{"x":[1]},"b":[[1,2],[3]]}},"version":1})"));
    model.setNow(NOW);
    model.setDocument(document(R"({"state":{"reported":{"b":[]}},"version":2})"));
    model.refreshAges();
    model.clear();
}

void TestShadowHistory::historyKeepsVersionsInOrder_issue9()
{
    ShadowHistory history;
    QVERIFY(!history.add(ShadowDocument(), ShadowHistory::Source::Get, 1)); // never existed: no version
    QVERIFY(history.add(document(R"({"state":{"desired":{"a":3}},"version":3})"), ShadowHistory::Source::Get, 10));
    QVERIFY(history.add(document(R"({"state":{"desired":{"a":1}},"version":1})"), ShadowHistory::Source::Get, 11));
    QVERIFY(history.add(document(R"({"state":{"desired":{"a":2}},"version":2})"), ShadowHistory::Source::Get, 12));
    QVERIFY(!history.add(document(R"({"state":{"desired":{"a":2}},"version":2})"), ShadowHistory::Source::Get, 13));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).version(), 1);
    QCOMPARE(history.latest().version(), 3);
    QCOMPARE(history.indexOf(2), 1);
    QCOMPARE(history.indexOf(7), -1);
    QCOMPARE(history.at(1).seenAtMs, 12);
}

void TestShadowHistory::historyIsBounded_issue9()
{
    ShadowHistory history(3);
    for (int version = 1; version <= 5; ++version) {
        QVERIFY(history.add(document(R"({"state":{"desired":{"a":1}},"version":)" + QByteArray::number(version) + '}'),
                            ShadowHistory::Source::Documents, version));
    }
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).version(), 3);
    QCOMPARE(history.forgottenCount(), quint64(2));
    // An older version than everything kept in a full history is not kept (it would be the first to go).
    QVERIFY(!history.add(document(R"({"state":{"desired":{"a":1}},"version":2})"), ShadowHistory::Source::Get, 9));
    QCOMPARE(history.at(0).version(), 3);
}

void TestShadowHistory::historyReadsDocumentsMessages_issue9()
{
    ShadowHistory history;
    // The /update/documents form (spec §5): previous (null for the first version) and current.
    QCOMPARE(history.addDocumentsMessage(R"({"previous":null,"current":{"state":{"desired":{"a":1}},)"
                                         R"("metadata":{"desired":{"a":{"timestamp":1}}},"version":1},"timestamp":1})",
                                         100),
             1);
    QCOMPARE(history.addDocumentsMessage(
                 R"({"previous":{"state":{"desired":{"a":1}},"metadata":{},"version":1},)"
                 R"("current":{"state":{"desired":{"a":2}},"metadata":{},"version":2},"timestamp":2})",
                 200),
             1);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.latest().document.desired(), QByteArray(R"({"a":2})"));
    QCOMPARE(history.latest().source, ShadowHistory::Source::Documents);
    QCOMPARE(history.addDocumentsMessage("not json", 300), 0);
    QCOMPARE(history.addDocumentsMessage(R"({"current":5})", 300), 0);
    QCOMPARE(history.size(), 2);
}

void TestShadowHistory::compareVersions_issue9()
{
    const ShadowDocument v1 = document(R"({"state":{"desired":{"a":1,"o":{"x":1,"y":1},"gone":true},)"
                                       R"("reported":{"a":1}},"version":1})");
    const ShadowDocument v2 = document(R"({"state":{"desired":{"a":2,"o":{"x":1,"y":2},"new":"n"}},"version":2})");
    const QList<ShadowVersionChange> all = Shadow::compareVersions(v1, v2);
    const auto find = [&](const QList<ShadowVersionChange>& changes, const QString& section, const QStringList& path) {
        for (const ShadowVersionChange& change : changes) {
            if (change.section == section && change.path == path) {
                return change;
            }
        }
        return ShadowVersionChange{u"(absent)"_s, {}, Change::Unchanged, {}, {}, false};
    };
    QCOMPARE(find(all, u"desired"_s, {u"a"_s}).status, Change::Changed);
    QCOMPARE(find(all, u"desired"_s, {u"a"_s}).before, QByteArray("1"));
    QCOMPARE(find(all, u"desired"_s, {u"a"_s}).after, QByteArray("2"));
    QCOMPARE(find(all, u"desired"_s, {u"o"_s, u"x"_s}).status, Change::Unchanged);
    QCOMPARE(find(all, u"desired"_s, {u"o"_s, u"y"_s}).status, Change::Changed);
    QCOMPARE(find(all, u"desired"_s, {u"gone"_s}).status, Change::Removed);
    QCOMPARE(find(all, u"desired"_s, {u"new"_s}).status, Change::Added);
    QCOMPARE(find(all, u"reported"_s, {u"a"_s}).status, Change::Removed); // the whole section went
    // Only changes: equal keys are left out, a changed object stays as the parent of its change.
    const QList<ShadowVersionChange> changes = Shadow::compareVersions(v1, v2, true);
    QCOMPARE(find(changes, u"desired"_s, {u"o"_s, u"x"_s}).section, u"(absent)"_s);
    QCOMPARE(find(changes, u"desired"_s, {u"o"_s}).status, Change::Changed);
    QCOMPARE(changes.size(), all.size() - 1);
    QVERIFY(Shadow::compareVersions(v2, v2, true).isEmpty());
}

QTEST_GUILESS_MAIN(TestShadowHistory)
#include "TestShadowHistory.moc"
