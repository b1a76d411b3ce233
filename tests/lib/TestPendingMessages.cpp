// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/PendingMessages.h"
#include "mqtt/MessageInbox.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MqttMessage message(int n, qsizetype payloadBytes = 8)
{
    MqttMessage m;
    m.topic = u"t/x"_s;
    m.payload = QByteArray::number(n).rightJustified(payloadBytes, '0');
    return m;
}

QList<MqttMessage> batch(int from, int to, qsizetype payloadBytes = 8)
{
    QList<MqttMessage> list;
    for (int i = from; i < to; ++i) {
        list.append(message(i, payloadBytes));
    }
    return list;
}

qint64 costOf(const QList<MqttMessage>& list)
{
    qint64 cost = 0;
    for (const MqttMessage& m : list) {
        cost += MessageInbox::costOf(m);
    }
    return cost;
}

/// Every payload taken, in order, as numbers.
QList<int> numbers(const QList<QList<MqttMessage>>& lists)
{
    QList<int> result;
    for (const QList<MqttMessage>& list : lists) {
        for (const MqttMessage& m : list) {
            result.append(m.payload.toInt());
        }
    }
    return result;
}

QList<int> range(int from, int to)
{
    QList<int> result;
    for (int i = from; i < to; ++i) {
        result.append(i);
    }
    return result;
}

} // namespace

class TestPendingMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedBatchIsNotCopied()
    {
        PendingMessages queue(1000, 1 << 20);
        const QList<MqttMessage> routed = batch(0, 100);
        QCOMPARE(queue.appendShared(routed, costOf(routed)), 0);
        QCOMPARE(queue.appendShared(routed, costOf(routed)), 0); // a second pane's view of the same batch
        QCOMPARE(queue.size(), 200);
        QCOMPARE(queue.bytes(), 2 * costOf(routed));
        const QList<QList<MqttMessage>> taken = queue.takeAll();
        QCOMPARE(taken.size(), 2);
        QCOMPARE(taken.at(0).constData(), routed.constData()); // the router's own storage
        QCOMPARE(taken.at(1).constData(), routed.constData());
        QVERIFY(queue.isEmpty());
        QCOMPARE(queue.bytes(), 0);
    }

    void singleMessagesShareOneOwnList()
    {
        PendingMessages queue(1000, 1 << 20);
        const QList<MqttMessage> routed = batch(0, 3);
        queue.appendShared(routed, costOf(routed));
        for (int i = 3; i < 6; ++i) {
            QCOMPARE(queue.append(message(i), MessageInbox::costOf(message(i))), 0);
        }
        const QList<QList<MqttMessage>> taken = queue.takeAll();
        QCOMPARE(taken.size(), 2);
        QCOMPARE(numbers(taken), range(0, 6));
        QCOMPARE(routed.size(), 3); // appending after a shared batch never writes into the router's list
    }

    void countBoundDropsTheOldestAcrossBatches()
    {
        PendingMessages queue(250, 1 << 20);
        for (int b = 0; b < 3; ++b) {
            const QList<MqttMessage> routed = batch(b * 100, b * 100 + 100);
            QCOMPARE(queue.wouldOverflow(routed.size(), costOf(routed)), b == 2);
            QCOMPARE(queue.appendShared(routed, costOf(routed)), b == 2 ? 50 : 0);
        }
        QCOMPARE(queue.size(), 250);
        QCOMPARE(queue.bytes(), costOf(batch(50, 300)));
        QCOMPARE(numbers(queue.takeAll()), range(50, 300));
    }

    void byteBoundDropsTheOldest()
    {
        const qint64 one = MessageInbox::costOf(message(0, 1000));
        PendingMessages queue(1000, one * 10);
        const QList<MqttMessage> first = batch(0, 8, 1000);
        const QList<MqttMessage> second = batch(8, 12, 1000);
        queue.appendShared(first, costOf(first));
        QCOMPARE(queue.appendShared(second, costOf(second)), 2);
        QCOMPARE(numbers(queue.takeAll()), range(2, 12));
    }

    void batchLargerThanTheQueueKeepsItsNewest()
    {
        PendingMessages queue(10, 1 << 20);
        queue.append(message(0), MessageInbox::costOf(message(0)));
        const QList<MqttMessage> routed = batch(1, 31);
        QCOMPARE(queue.appendShared(routed, costOf(routed)), 21);
        QCOMPARE(queue.size(), 10);
        QCOMPARE(numbers(queue.takeAll()), range(21, 31));
    }

    void messageLargerThanTheQueueIsDropped()
    {
        PendingMessages queue(10, 100);
        const MqttMessage huge = message(7, 4096);
        QCOMPARE(queue.append(huge, MessageInbox::costOf(huge)), 1);
        QVERIFY(queue.isEmpty());
    }

    void dropOldestLeavesTheRestInOrder()
    {
        PendingMessages queue(1000, 1 << 20);
        const QList<MqttMessage> a = batch(0, 5);
        const QList<MqttMessage> b = batch(5, 10);
        queue.appendShared(a, costOf(a));
        queue.appendShared(b, costOf(b));
        queue.dropOldest(7);
        QCOMPARE(queue.size(), 3);
        QCOMPARE(queue.bytes(), costOf(batch(7, 10)));
        QCOMPARE(numbers(queue.takeAll()), range(7, 10));
        queue.dropOldest(5); // empty: nothing happens
        QVERIFY(queue.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPendingMessages)
#include "TestPendingMessages.moc"
