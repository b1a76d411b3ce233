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
    MessageRing ring(1000, cost * 4);
    ring.append(batch(0, 3, 1000));
    QCOMPARE(ring.size(), 3);
    ring.append(batch(3, 5, 1000));
    QCOMPARE(ring.size(), 4);
    QCOMPARE(ring.bytes(), cost * 4);
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
