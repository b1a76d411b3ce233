// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowDiff.h"
#include "shadow/ShadowEngine.h"
#include "shadow/ShadowTopic.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ShadowTopic::Kind)

/// The delta of spec §6 as a pure function, the viewer's per-key comparison, and the topic grammar of spec §1.
class TestShadowDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delta_data();
    void delta();
    void deltaErrors();
    void compareKeys();
    void compareTimestampsOfObjectsAndArrays();
    void documentFromGetAccepted();
    void topicParse_data();
    void topicParse();
};

void TestShadowDiff::delta_data()
{
    QTest::addColumn<QByteArray>("desired");
    QTest::addColumn<QByteArray>("reported");
    QTest::addColumn<QByteArray>("expected"); // empty: no delta

    QTest::newRow("6.1 no desired") << QByteArray() << QByteArray(R"({"a":1})") << QByteArray();
    QTest::newRow("6.1 desired null") << QByteArray("null") << QByteArray(R"({"a":1})") << QByteArray();
    QTest::newRow("6.1 empty desired") << QByteArray("{}") << QByteArray(R"({"a":1})") << QByteArray();
    QTest::newRow("6.2 no reported: desired whole, {} included")
        << QByteArray(R"({"a":1,"o":{},"n":{"x":[1]}})") << QByteArray()
        << QByteArray(R"({"a":1,"o":{},"n":{"x":[1]}})");
    QTest::newRow("6.3 key missing in reported")
        << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":1})") << QByteArray(R"({"b":2})");
    QTest::newRow("6.3 equal values omitted")
        << QByteArray(R"({"a":"x","b":[1,2]})") << QByteArray(R"({"b":[1,2],"a":"x"})") << QByteArray();
    QTest::newRow("6.3 objects recurse and keep the path")
        << QByteArray(R"({"lights":{"color":"red","level":5},"x":1})")
        << QByteArray(R"({"lights":{"color":"blue","level":5},"x":1})") << QByteArray(R"({"lights":{"color":"red"}})");
    QTest::newRow("6.3 nested objects equal: omitted")
        << QByteArray(R"({"o":{"p":{"q":1}}})") << QByteArray(R"({"o":{"p":{"q":1},"r":2}})") << QByteArray();
    QTest::newRow("6.3 arrays compared whole, order matters")
        << QByteArray(R"({"a":[1,2]})") << QByteArray(R"({"a":[2,1]})") << QByteArray(R"({"a":[1,2]})");
    QTest::newRow("6.3 arrays of objects compare keys in any order")
        << QByteArray(R"({"a":[{"x":1,"y":2}]})") << QByteArray(R"({"a":[{"y":2,"x":1}]})") << QByteArray();
    QTest::newRow("6.3 true is not 1") << QByteArray(R"({"a":true})") << QByteArray(R"({"a":1})")
                                       << QByteArray(R"({"a":true})");
    QTest::newRow("6.3 \"1\" is not 1") << QByteArray(R"({"a":"1"})") << QByteArray(R"({"a":1})")
                                        << QByteArray(R"({"a":"1"})");
    QTest::newRow("6.3 1 equals 1.0") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1.0})") << QByteArray();
    QTest::newRow("6.3 large integers compare exactly")
        << QByteArray(R"({"a":9007199254740993})") << QByteArray(R"({"a":9007199254740992})")
        << QByteArray(R"({"a":9007199254740993})");
    QTest::newRow("6.3 large integer vs nearest double differ")
        << QByteArray(R"({"a":9007199254740993})") << QByteArray(R"({"a":9007199254740992.0})")
        << QByteArray(R"({"a":9007199254740993})");
    QTest::newRow("6.3 negative and unsigned zero equal")
        << QByteArray(R"({"a":-0})") << QByteArray(R"({"a":0})") << QByteArray();
    QTest::newRow("6.3 object vs scalar: desired whole")
        << QByteArray(R"({"a":{"b":1}})") << QByteArray(R"({"a":3})") << QByteArray(R"({"a":{"b":1}})");
    QTest::newRow("6 open edge: desired {} under reported object: none (GG-SM)")
        << QByteArray(R"({"a":{}})") << QByteArray(R"({"a":{"x":1}})") << QByteArray();
    QTest::newRow("6 desired {} vs reported scalar")
        << QByteArray(R"({"a":{}})") << QByteArray(R"({"a":0})") << QByteArray(R"({"a":{}})");
    QTest::newRow("6.4 keys only in reported never appear")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":2})") << QByteArray();
    QTest::newRow("desired key order kept, exact number text")
        << QByteArray(R"({"z":1.50,"a":2e3,"m":-1})") << QByteArray(R"({})")
        << QByteArray(R"({"z":1.5,"a":2000.0,"m":-1})");
}

void TestShadowDiff::delta()
{
    QFETCH(QByteArray, desired);
    QFETCH(QByteArray, reported);
    QFETCH(QByteArray, expected);
    const Result<QByteArray> result = Shadow::delta(desired, reported);
    QVERIFY(result.ok());
    QCOMPARE(*result, expected);
}

void TestShadowDiff::deltaErrors()
{
    Result<QByteArray> result = Shadow::delta("{", "{}");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"invalid_json"_s);
    result = Shadow::delta("{}", "[1]");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"not_an_object"_s);
}

namespace {

ShadowDocument documentFrom(const QByteArrayList& updates)
{
    const ShadowEngine engine;
    ShadowStore store;
    qint64 now = 100;
    for (const QByteArray& update : updates) {
        store = engine.process(std::move(store), u"$aws/things/T/shadow/update"_s, update, now).store;
        now += 100;
    }
    return store.document({u"T"_s, {}});
}

} // namespace

void TestShadowDiff::compareKeys()
{
    const ShadowDocument document = documentFrom({
        R"({"state":{"desired":{"color":"red","lights":{"on":true,"level":5},"mode":1}}})",
        R"({"state":{"reported":{"color":"red","lights":{"on":1,"level":5},"mode":1.0,"temp":21}}})",
    });
    const QList<ShadowKeyComparison> rows = Shadow::compare(document);
    QCOMPARE(rows.size(), 6);
    using S = ShadowKeyComparison::Status;

    QCOMPARE(rows[0].path, QStringList{u"color"_s});
    QCOMPARE(rows[0].status, S::Equal);
    QCOMPARE(rows[0].desiredTimestamp, std::optional<qint64>(100));
    QCOMPARE(rows[0].reportedTimestamp, std::optional<qint64>(200));
    QVERIFY(!rows[0].inDelta);

    QCOMPARE(rows[1].path, QStringList{u"lights"_s});
    QCOMPARE(rows[1].status, S::Different);
    QVERIFY(rows[1].hasChildren);
    QVERIFY(rows[1].inDelta);
    const QByteArray lights = R"({"on":true,"level":5})";
    QCOMPARE(rows[1].desired, lights);

    QCOMPARE(rows[2].path, (QStringList{u"lights"_s, u"on"_s}));
    QCOMPARE(rows[2].depth(), 1);
    QCOMPARE(rows[2].status, S::Different);
    QCOMPARE(rows[2].desired, QByteArray("true"));
    QCOMPARE(rows[2].reported, QByteArray("1"));
    QVERIFY(rows[2].inDelta);

    QCOMPARE(rows[3].path, (QStringList{u"lights"_s, u"level"_s}));
    QCOMPARE(rows[3].status, S::Equal);
    QVERIFY(!rows[3].inDelta);

    QCOMPARE(rows[4].path, QStringList{u"mode"_s});
    QCOMPARE(rows[4].status, S::Equal);
    QCOMPARE(rows[4].reported, QByteArray("1.0"));

    QCOMPARE(rows[5].path, QStringList{u"temp"_s});
    QCOMPARE(rows[5].status, S::OnlyReported);
    QVERIFY(rows[5].desired.isEmpty());
    QVERIFY(!rows[5].desiredTimestamp.has_value());
    QVERIFY(!rows[5].inDelta);

    // The rows in the delta are exactly the delta's keys.
    const QByteArray delta = R"({"lights":{"on":true}})";
    QCOMPARE(document.delta(), delta);
}

void TestShadowDiff::compareTimestampsOfObjectsAndArrays()
{
    const ShadowDocument document = documentFrom({
        R"({"state":{"desired":{"o":{"a":1},"list":[1,2],"empty":[],"only":{}}}})",
        R"({"state":{"desired":{"o":{"b":2}}}})",
    });
    const QList<ShadowKeyComparison> rows = Shadow::compare(document);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].status, ShadowKeyComparison::Status::OnlyDesired);
    QCOMPARE(rows[0].desiredTimestamp, std::optional<qint64>(200)); // newest leaf of the object
    QVERIFY(!rows[0].hasChildren);                                  // only one side: no child rows
    QCOMPARE(rows[1].desiredTimestamp, std::optional<qint64>(100));
    QVERIFY(!rows[2].desiredTimestamp.has_value()); // [] has no leaf to carry a time
    QCOMPARE(rows[3].desired, QByteArray("{}"));
    QVERIFY(rows[3].inDelta);
}

void TestShadowDiff::documentFromGetAccepted()
{
    const QByteArray get = R"({"state":{"desired":{"a":1},"reported":{"a":2},"delta":{"a":1}},"metadata":{"desired":)"
                           R"({"a":{"timestamp":5}},"reported":{"a":{"timestamp":6}}},"version":3,"timestamp":9})";
    const Result<ShadowDocument> document = ShadowDocument::fromJson(get);
    QVERIFY(document.ok());
    QVERIFY(document->exists());
    QCOMPARE(document->version(), 3);
    const QByteArray a1 = R"({"a":1})";
    const QByteArray metadata = R"({"a":{"timestamp":6}})";
    const QByteArray json = R"({"state":{"desired":{"a":1},"reported":{"a":2}},"metadata":{"desired":)"
                            R"({"a":{"timestamp":5}},"reported":{"a":{"timestamp":6}}},"version":3})";
    const QByteArray badSection = R"({"state":{"desired":5}})";
    QCOMPARE(document->desired(), a1);
    QCOMPARE(document->reportedMetadata(), metadata);
    QCOMPARE(document->delta(), a1);
    QCOMPARE(document->toJson(), json);
    QVERIFY(!ShadowDocument::fromJson("[]").ok());
    QVERIFY(!ShadowDocument::fromJson(badSection).ok());
}

void TestShadowDiff::topicParse_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("thing");
    QTest::addColumn<QString>("shadow");
    QTest::addColumn<ShadowOperation>("operation");
    QTest::addColumn<ShadowTopic::Kind>("kind");
    using K = ShadowTopic::Kind;
    QTest::newRow("classic get") << u"$aws/things/T/shadow/get"_s << u"T"_s << QString() << ShadowOperation::Get
                                 << K::Request;
    QTest::newRow("classic update/delta")
        << u"$aws/things/T/shadow/update/delta"_s << u"T"_s << QString() << ShadowOperation::Update << K::Delta;
    QTest::newRow("named delete/accepted") << u"$aws/things/my-thing:1/shadow/name/$cfg/delete/accepted"_s
                                           << u"my-thing:1"_s << u"$cfg"_s << ShadowOperation::Delete << K::Accepted;
    QTest::newRow("named update/documents") << u"$aws/things/T/shadow/name/n_1/update/documents"_s << u"T"_s << u"n_1"_s
                                            << ShadowOperation::Update << K::Documents;
    QTest::newRow("shadow named 'name'") << u"$aws/things/T/shadow/name/name/get/rejected"_s << u"T"_s << u"name"_s
                                         << ShadowOperation::Get << K::Rejected;
    QTest::newRow("thing of 128 characters")
        << u"$aws/things/"_s + QString(128, u'x') + u"/shadow/update"_s << QString(128, u'x') << QString()
        << ShadowOperation::Update << K::Request;
    QTest::newRow("shadow of 64 characters") << u"$aws/things/T/shadow/name/"_s + QString(64, u'y') + u"/get"_s
                                             << u"T"_s << QString(64, u'y') << ShadowOperation::Get << K::Request;
}

void TestShadowDiff::topicParse()
{
    QFETCH(QString, topic);
    QFETCH(QString, thing);
    QFETCH(QString, shadow);
    QFETCH(ShadowOperation, operation);
    QFETCH(ShadowTopic::Kind, kind);
    const std::optional<ShadowTopic> parsed = ShadowTopic::parse(topic);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->key.thing, thing);
    QCOMPARE(parsed->key.shadow, shadow);
    QCOMPARE(parsed->operation, operation);
    QCOMPARE(parsed->kind, kind);
    QCOMPARE(parsed->toString(), topic); // and back
}

QTEST_APPLESS_MAIN(TestShadowDiff)

#include "TestShadowDiff.moc"
