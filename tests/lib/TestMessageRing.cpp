// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageRing.h"
#include "messages/MessageTableModel.h"
#include "messages/PayloadFormat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MqttMessage message(int n, qsizetype payloadBytes = 0)
{
    MqttMessage m;
    m.topic = u"t/%1"_s.arg(n % 3);
    m.payload = payloadBytes > 0 ? QByteArray(payloadBytes, 'p') : QByteArray::number(n);
    m.receivedAtMs = 1'700'000'000'000 + n;
    return m;
}

QList<MqttMessage> batch(int from, int to, qsizetype payloadBytes = 0)
{
    QList<MqttMessage> list;
    for (int i = from; i < to; ++i) {
        list.append(message(i, payloadBytes));
    }
    return list;
}

} // namespace

/// MessageRing (bounded pane store), MessageTableModel (one insertion and one removal per batch) and PayloadFormat.
class TestMessageRing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOrderAndEvictsOldestByCount();
    void evictsByByteBudget();
    void oversizedBatchKeepsItsTail();
    void singleMessageLargerThanBudgetIsKept();
    void setLimitsShrinksAndGrows();
    void payloadIsSharedNotCopied();
    void topicsAreInternedAndReleased();
    void manyDistinctTopicsStayBounded();
    void byteBudgetChargesEachTopicOnce();
    void flagsAndPropertiesRoundTrip();
    void sharedPropertiesAreChargedOnce();
    void keptMessageCostsAtMost100BytesAbovePayload();
    void modelPassesTesterUnderChurn();
    void modelOneRemovalAndOneInsertionPerBatch();
    void modelRolesAndHeaders();
    void payloadPreview_data();
    void payloadPreview();
    void payloadRender_data();
    void payloadRender();
};

void TestMessageRing::keepsOrderAndEvictsOldestByCount()
{
    MessageRing ring(5);
    ring.append(batch(0, 3));
    QCOMPARE(ring.size(), 3);
    ring.append(batch(3, 8));
    QCOMPARE(ring.size(), 5);
    QCOMPARE(ring.evictedCount(), quint64(3));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(ring.at(i).payload, QByteArray::number(i + 3));
    }
    // Wrap around many times.
    for (int round = 0; round < 50; ++round) {
        ring.append(batch(100 + round * 3, 103 + round * 3));
    }
    QCOMPARE(ring.size(), 5);
    QCOMPARE(ring.at(4).payload, QByteArray::number(100 + 49 * 3 + 2));
    QCOMPARE(ring.at(0).payload, QByteArray::number(100 + 49 * 3 - 2));
}

void TestMessageRing::evictsByByteBudget()
{
    const qint64 cost = MessageRing::costOf(message(0, 1000));
    // Three topics (t/0, t/1, t/2), each charged once while a kept message carries it.
    const qint64 topics = 3 * MessageRing::topicCostOf(u"t/0"_s);
    MessageRing ring(1000, cost * 4 + topics);
    ring.append(batch(0, 3, 1000));
    QCOMPARE(ring.size(), 3);
    ring.append(batch(3, 5, 1000));
    QCOMPARE(ring.size(), 4);
    QCOMPARE(ring.bytes(), cost * 4 + topics);
    QCOMPARE(ring.evictedCount(), quint64(1));
    QVERIFY(ring.bytes() <= ring.byteBudget());
}

void TestMessageRing::oversizedBatchKeepsItsTail()
{
    MessageRing ring(10);
    ring.append(batch(0, 4));
    ring.append(batch(4, 40));
    QCOMPARE(ring.size(), 10);
    QCOMPARE(ring.at(0).payload, QByteArray("30"));
    QCOMPARE(ring.at(9).payload, QByteArray("39"));
    QCOMPARE(ring.evictedCount(), quint64(30)); // 4 stored + 26 never stored
}

void TestMessageRing::singleMessageLargerThanBudgetIsKept()
{
    MessageRing ring(10, 100);
    ring.append(batch(0, 3));
    ring.append({message(9, 10 * 1024 * 1024)});
    QCOMPARE(ring.size(), 1);
    QCOMPARE(ring.at(0).payload.size(), 10 * 1024 * 1024); // never cut
}

void TestMessageRing::setLimitsShrinksAndGrows()
{
    MessageRing ring(100);
    ring.append(batch(0, 60));
    QCOMPARE(ring.setLimits(10, MessageRing::DEFAULT_BYTE_BUDGET), 50);
    QCOMPARE(ring.size(), 10);
    QCOMPARE(ring.at(0).payload, QByteArray("50"));
    ring.setLimits(1000, MessageRing::DEFAULT_BYTE_BUDGET);
    ring.append(batch(60, 500));
    QCOMPARE(ring.size(), 450);
    QCOMPARE(ring.at(449).payload, QByteArray("499"));
}

void TestMessageRing::payloadIsSharedNotCopied()
{
    MessageRing ring(10);
    const QList<MqttMessage> incoming = batch(0, 2, 4096);
    ring.append(incoming);
    QCOMPARE(ring.at(0).payload.constData(), incoming.at(0).payload.constData());
}

void TestMessageRing::topicsAreInternedAndReleased()
{
    MessageRing ring(4);
    QList<MqttMessage> incoming = batch(0, 4);
    incoming[0].topic = u"a"_s;
    incoming[1].topic = u"a"_s;
    incoming[2].topic = u"b"_s;
    incoming[3].topic = QString(u"c"_s); // a different string object with the same text as later ones
    ring.append(incoming);
    QCOMPARE(ring.topicCount(), 3);
    QCOMPARE(ring.at(1).topic, u"a"_s);
    QCOMPARE(ring.at(2).topic, u"b"_s);
    const qint64 entries = 4 * MessageRing::costOf(incoming.at(0));
    QCOMPARE(ring.bytes(), entries + 3 * MessageRing::topicCostOf(u"a"_s));

    // Two messages on "c" evict both "a" messages: "a" is released, "c" is shared by three messages.
    QList<MqttMessage> more = batch(4, 6);
    more[0].topic = u"c"_s;
    more[1].topic = u"c"_s;
    ring.append(more);
    QCOMPARE(ring.topicCount(), 2);
    QCOMPARE(ring.at(0).topic, u"b"_s);
    QCOMPARE(ring.at(3).topic, u"c"_s);
    QCOMPARE(ring.bytes(), entries + 2 * MessageRing::topicCostOf(u"b"_s));

    // Everything replaced by a new topic: nothing of the old ones is left behind.
    QList<MqttMessage> last = batch(6, 10);
    for (MqttMessage& m : last) {
        m.topic = u"d/long/topic/name"_s;
    }
    ring.append(last);
    QCOMPARE(ring.topicCount(), 1);
    QCOMPARE(ring.bytes(), entries + MessageRing::topicCostOf(u"d/long/topic/name"_s));
    QCOMPARE(ring.at(0).topic, u"d/long/topic/name"_s);
    ring.clear();
    QCOMPARE(ring.topicCount(), 0);
    QCOMPARE(ring.bytes(), 0);
}

void TestMessageRing::manyDistinctTopicsStayBounded()
{
    // 100,000 messages, each on its own topic, through a ring of 100: the topic table never holds more topics
    // than kept messages, and what the ring charges returns to the same figure whatever came before.
    MessageRing ring(100);
    int next = 0;
    for (int round = 0; round < 100; ++round) {
        QList<MqttMessage> incoming;
        for (int i = 0; i < 1000; ++i, ++next) {
            MqttMessage m = message(next);
            m.topic = u"device/%1/telemetry"_s.arg(next, 6, 10, QLatin1Char('0'));
            incoming.append(m);
        }
        ring.append(incoming);
        QCOMPARE(ring.size(), 100);
        QCOMPARE(ring.topicCount(), 100);
    }
    QCOMPARE(ring.at(0).topic, u"device/099900/telemetry"_s);
    QCOMPARE(ring.at(99).topic, u"device/099999/telemetry"_s);
    QCOMPARE(ring.at(99).payload, QByteArray("99999"));
    qint64 expected = 0;
    for (int i = 0; i < 100; ++i) {
        expected += MessageRing::costOf(ring.at(i)) + MessageRing::topicCostOf(ring.at(i).topic);
    }
    QCOMPARE(ring.bytes(), expected);
    // Shrinking releases the topics of the evicted messages too.
    QCOMPARE(ring.setLimits(10, MessageRing::DEFAULT_BYTE_BUDGET), 90);
    QCOMPARE(ring.topicCount(), 10);
    QCOMPARE(ring.at(0).topic, u"device/099990/telemetry"_s);
}

void TestMessageRing::byteBudgetChargesEachTopicOnce()
{
    const MqttMessage sample = message(0, 100);
    const qint64 cost = MessageRing::costOf(sample);
    const qint64 topicCost = MessageRing::topicCostOf(u"unique/000000"_s);
    // With a topic per message, each costs cost + topicCost: exactly 50 fit, never more, and none too few (no
    // over-eviction: the topics of evicted messages are refunded in the plan).
    MessageRing ring(1'000'000, 50 * (cost + topicCost));
    for (int round = 0; round < 20; ++round) {
        QList<MqttMessage> incoming;
        for (int i = 0; i < 7; ++i) {
            MqttMessage m = message(round * 7 + i, 100);
            m.topic = u"unique/%1"_s.arg(round * 7 + i, 6, 10, QLatin1Char('0'));
            incoming.append(m);
        }
        ring.append(incoming);
        QVERIFY(ring.bytes() <= ring.byteBudget());
    }
    QCOMPARE(ring.size(), 50);
    QCOMPARE(ring.bytes(), 50 * (cost + topicCost));
    // On one shared topic the same budget keeps many more messages: the topic is charged once.
    MessageRing shared(1'000'000, 50 * (cost + topicCost));
    shared.append(batch(0, 200, 100));
    QCOMPARE(shared.topicCount(), 3);
    QCOMPARE(shared.size(), qsizetype((50 * (cost + topicCost) - 3 * MessageRing::topicCostOf(u"t/0"_s)) / cost));
}

void TestMessageRing::flagsAndPropertiesRoundTrip()
{
    MessageRing ring(6);
    QList<MqttMessage> incoming;
    for (int i = 0; i < 10; ++i) {
        MqttMessage m = message(i);
        m.qos = quint8(i % 3);
        m.retained = i % 2 == 0;
        m.duplicate = i % 4 == 1;
        if (i % 3 == 0) {
            auto properties = std::make_shared<MqttProperties>();
            properties->contentType = u"application/json"_s;
            properties->userProperties.append({u"n"_s, QString::number(i)});
            m.properties = properties;
        }
        incoming.append(m);
    }
    ring.append(incoming.mid(0, 5));
    ring.append(incoming.mid(5)); // evicts 0..3, among them two with properties
    QCOMPARE(ring.size(), 6);
    const auto check = [&](qsizetype row, const MqttMessage& expected) {
        const MqttMessage m = ring.at(row);
        QCOMPARE(m.topic, expected.topic);
        QCOMPARE(m.payload, expected.payload);
        QCOMPARE(m.receivedAtMs, expected.receivedAtMs);
        QCOMPARE(m.qos, expected.qos);
        QCOMPARE(m.retained, expected.retained);
        QCOMPARE(m.duplicate, expected.duplicate);
        QCOMPARE(m.properties.get(), expected.properties.get()); // shared, not copied
        QCOMPARE(ring.propertiesAt(row).get(), expected.properties.get());
    };
    for (qsizetype row = 0; row < 6; ++row) {
        check(row, incoming.at(4 + row));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    // 4..9 kept: the properties of 6 and 9, each charged once, beside three topics (t/0, t/1, t/2).
    QCOMPARE(ring.propertiesCount(), 2);
    qint64 expected = 3 * MessageRing::topicCostOf(u"t/0"_s);
    for (qsizetype row = 0; row < 6; ++row) {
        expected += MessageRing::costOf(incoming.at(4 + row));
    }
    expected += MessageRing::propertiesCostOf(*incoming.at(6).properties);
    expected += MessageRing::propertiesCostOf(*incoming.at(9).properties);
    QCOMPARE(ring.bytes(), expected);
    // Re-packing on a new capacity keeps every message with its own properties.
    ring.setLimits(4, MessageRing::DEFAULT_BYTE_BUDGET);
    for (qsizetype row = 0; row < 4; ++row) {
        check(row, incoming.at(6 + row));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    ring.append({incoming.at(0)});
    check(3, incoming.at(0));
    QCOMPARE(ring.propertiesCount(), 2); // 9's and 0's: 6's went with its message
}

void TestMessageRing::sharedPropertiesAreChargedOnce()
{
    // The session shares one properties object between consecutive messages with equal properties (a subscription
    // identifier on every message): the ring keeps and charges it once, and lets it go with its last message.
    auto properties = std::make_shared<MqttProperties>();
    properties->subscriptionIdentifiers = {7};
    properties->userProperties.append({u"site"_s, u"lab"_s});
    QList<MqttMessage> incoming = batch(0, 100, 100);
    for (MqttMessage& m : incoming) {
        m.properties = properties;
    }
    MessageRing ring(1000);
    ring.append(incoming);
    QCOMPARE(ring.propertiesCount(), 1);
    QCOMPARE(ring.bytes(),
             100 * MessageRing::costOf(incoming.at(0)) + 3 * MessageRing::topicCostOf(u"t/0"_s) +
                 MessageRing::propertiesCostOf(*properties));
    QCOMPARE(ring.at(50).properties.get(), properties.get());
    QCOMPARE(properties.use_count(), 1 + 100 + 1); // ours, the batch's, the ring's single reference
    incoming.clear();
    // New messages without properties push the old ones out: the object is released.
    MessageRing small(100);
    QList<MqttMessage> flagged = batch(0, 100);
    for (MqttMessage& m : flagged) {
        m.properties = properties;
    }
    small.append(flagged);
    flagged.clear();
    small.append(batch(100, 200));
    QCOMPARE(small.propertiesCount(), 0);
    QVERIFY(!small.at(0).properties);
    QCOMPARE(properties.use_count(), 2); // ours and `ring`'s
}

void TestMessageRing::keptMessageCostsAtMost100BytesAbovePayload()
{
    // DESIGN.md §5: a kept 100-byte message costs at most 100 bytes above its payload. The ring's own share
    // (entry + payload block, as charged) must leave room for the view's per-row overhead.
    MessageRing ring(10'000, MessageRing::DEFAULT_BYTE_BUDGET);
    ring.append(batch(0, 10'000, 100));
    const double perMessage = double(ring.bytes() - 3 * MessageRing::topicCostOf(u"t/0"_s)) / 10'000.0;
    QVERIFY2(perMessage - 100 <= 72, qPrintable(u"%1 bytes above the payload"_s.arg(perMessage - 100)));
    QVERIFY(MessageRing::entryBytes() <= 40);
}

void TestMessageRing::modelPassesTesterUnderChurn()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimits(50, MessageRing::DEFAULT_BYTE_BUDGET);
    int next = 0;
    for (int round = 0; round < 40; ++round) {
        const int size = (round * 7) % 23 + 1;
        model.appendBatch(batch(next, next + size));
        next += size;
        QVERIFY(model.rowCount() <= 50);
    }
    model.appendBatch(batch(next, next + 200)); // larger than the ring
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.data(model.index(49, MessageTableModel::PayloadColumn)).toString(), QString::number(next + 199));
    model.setLimits(20, MessageRing::DEFAULT_BYTE_BUDGET);
    QCOMPARE(model.rowCount(), 20);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.evictedCount(), quint64(0));
}

void TestMessageRing::modelOneRemovalAndOneInsertionPerBatch()
{
    MessageTableModel model;
    model.setLimits(100, MessageRing::DEFAULT_BYTE_BUDGET);
    model.appendBatch(batch(0, 90));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy evicted(&model, &MessageTableModel::evictedCountChanged);
    model.appendBatch(batch(90, 130));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 29); // 30 oldest rows in one go
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 60);
    QCOMPARE(inserted.first().at(2).toInt(), 99);
    QCOMPARE(evicted.size(), 1);
    QCOMPARE(evicted.first().at(0).toULongLong(), quint64(30));
}

void TestMessageRing::modelRolesAndHeaders()
{
    MessageTableModel model;
    MqttMessage m = message(7);
    m.retained = true;
    m.qos = 1;
    m.payload = QByteArray("\x01{\"a\":1}\xff", 9);
    model.appendBatch({m});
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(model.data(row, MessageTableModel::PayloadRole).toByteArray(), m.payload);
    QCOMPARE(model.data(row, MessageTableModel::TopicRole).toString(), m.topic);
    QCOMPARE(model.data(row, MessageTableModel::QosRole).toInt(), 1);
    QCOMPARE(model.data(row, MessageTableModel::RetainedRole).toBool(), true);
    QCOMPARE(model.data(row, MessageTableModel::SizeRole).toLongLong(), 9);
    const QString preview = model.data(model.index(0, MessageTableModel::PayloadColumn)).toString();
    QVERIFY2(preview.startsWith(QChar(0x00B7)), qPrintable(preview)); // control character made visible
    QVERIFY(preview.contains(QChar(0xFFFD)));                         // invalid UTF-8 shown safely
    QCOMPARE(model.headerData(MessageTableModel::TopicColumn, Qt::Horizontal).toString(), u"Topic"_s);
}

void TestMessageRing::payloadPreview_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("hello") << 10 << u"hello"_s;
    QTest::newRow("cut") << QByteArray("hello world") << 5 << u"hello…"_s;
    QTest::newRow("newline and tab") << QByteArray("a\nb\tc") << 10 << u"a·b·c"_s;
    QTest::newRow("utf-8") << QByteArray("température") << 20 << u"température"_s;
    QTest::newRow("empty") << QByteArray() << 10 << QString();
}

void TestMessageRing::payloadPreview()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    QCOMPARE(PayloadFormat::preview(payload, maxChars), expected);
}

void TestMessageRing::payloadRender_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("json keeps order and numbers")
        << QByteArray(R"({"z":1.0,"a":[1,2],"e":{},"s":"x,{y}"})") << int(PayloadFormat::Kind::Json)
        << u"{\n  \"z\": 1.0,\n  \"a\": [\n    1,\n    2\n  ],\n  \"e\": {},\n  \"s\": \"x,{y}\"\n}"_s << true;
    QTest::newRow("not json") << QByteArray("{oops") << int(PayloadFormat::Kind::Json) << u"{oops"_s << false;
    QTest::newRow("hex") << QByteArray("\x00\xff", 2) << int(PayloadFormat::Kind::Hex) << u"00 ff"_s << true;
    QTest::newRow("base64") << QByteArray("hi") << int(PayloadFormat::Kind::Base64) << u"aGk="_s << true;
    QTest::newRow("invalid utf-8") << QByteArray("a\xff") << int(PayloadFormat::Kind::String) << u"a\uFFFD"_s << false;
}

void TestMessageRing::payloadRender()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QFETCH(bool, valid);
    const auto rendered = PayloadFormat::render(payload, static_cast<PayloadFormat::Kind>(kind));
    QCOMPARE(rendered.text, expected);
    QCOMPARE(rendered.valid, valid);
    QCOMPARE(rendered.problem.isEmpty(), valid);
    const auto cut = PayloadFormat::render(QByteArray(100, 'a'), PayloadFormat::Kind::String, 10);
    QVERIFY(cut.truncated);
    QCOMPARE(cut.text.size(), 10);
}

QTEST_GUILESS_MAIN(TestMessageRing)
#include "TestMessageRing.moc"
