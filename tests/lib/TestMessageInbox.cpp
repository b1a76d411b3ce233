// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MessageInbox.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

/// MessageInbox: the bounded hand-over between Paho's threads and the owner thread. Pure values and std::threads,
/// no event loop.
class TestMessageInbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takeAllKeepsOrder();
    void wakeUpProtocol();
    void overflowByCountDropsOldest();
    void byteBudgetDropsOldest();
    void messageLargerThanBudgetIsKept();
    void shrinkingLimitsAppliesOnNextPush();
    void limitsBelowOneAreClamped();
    void concurrentProducers_data();
    void concurrentProducers();
    void costCountsProperties();
    void endGenerationRefusesTheOldConnection_issue8();
    void wakeUpAfterGenerationSwitch_issue8();
    void closeStopsWakeUpsAndPushes();
};

namespace {

MqttMessage message(const QString& topic, const QByteArray& payload)
{
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    return m;
}

MqttMessage numbered(int i)
{
    return message(u"t"_s, QByteArray::number(i));
}

QList<QByteArray> payloads(const QList<MqttMessage>& messages)
{
    QList<QByteArray> result;
    for (const MqttMessage& m : messages) {
        result.append(m.payload);
    }
    return result;
}

} // namespace

void TestMessageInbox::takeAllKeepsOrder()
{
    MessageInbox inbox;
    QCOMPARE(inbox.size(), 0);
    QVERIFY(inbox.takeAll().isEmpty());
    for (int i = 0; i < 100; ++i) {
        inbox.push(inbox.generation(), numbered(i));
    }
    QCOMPARE(inbox.size(), 100);
    const QList<MqttMessage> taken = inbox.takeAll();
    QCOMPARE(taken.size(), 100);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(taken.at(i).payload, QByteArray::number(i));
        QCOMPARE(taken.at(i).topic, u"t"_s);
    }
    QCOMPARE(inbox.size(), 0);
    QVERIFY(inbox.takeAll().isEmpty());
    QCOMPARE(inbox.droppedCount(), quint64(0));

    // Everything of a message survives the hand-over, properties included.
    auto properties = std::make_shared<MqttProperties>();
    properties->contentType = u"application/json"_s;
    MqttMessage full = message(u"a/b"_s, QByteArray("\x00\xff", 2));
    full.properties = properties;
    full.qos = 2;
    full.retained = true;
    full.duplicate = true;
    full.receivedAtMs = 1234;
    inbox.push(inbox.generation(), std::move(full));
    const QList<MqttMessage> one = inbox.takeAll();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().topic, u"a/b"_s);
    QCOMPARE(one.first().payload, QByteArray("\x00\xff", 2));
    QCOMPARE(one.first().qos, quint8(2));
    QVERIFY(one.first().retained);
    QVERIFY(one.first().duplicate);
    QCOMPARE(one.first().receivedAtMs, qint64(1234));
    QVERIFY(one.first().properties);
    QCOMPARE(one.first().properties->contentType, u"application/json"_s);
}

void TestMessageInbox::wakeUpProtocol()
{
    MessageInbox inbox;
    int wakeUps = 0;
    inbox.setWaker([&wakeUps] { ++wakeUps; });
    // True when this push woke the owner.
    const auto pushWakes = [&](MqttMessage m) {
        const int before = wakeUps;
        inbox.push(inbox.generation(), std::move(m));
        return wakeUps == before + 1;
    };
    // A new inbox has an idle owner: the first push asks for a wake-up, later ones do not.
    QVERIFY(pushWakes(numbered(1)));
    QVERIFY(!pushWakes(numbered(2)));
    QVERIFY(!pushWakes(numbered(3)));

    // A non-empty takeAll() means the owner polls again soon: no wake-up needed for the next push.
    QCOMPARE(inbox.takeAll().size(), 3);
    QVERIFY(!pushWakes(numbered(4)));
    QVERIFY(!pushWakes(numbered(5)));
    QCOMPARE(inbox.takeAll().size(), 2);

    // Only an empty takeAll() marks the owner idle, and exactly one push then asks for a wake-up.
    QVERIFY(inbox.takeAll().isEmpty());
    QVERIFY(pushWakes(numbered(6)));
    QVERIFY(!pushWakes(numbered(7)));

    // Repeated empty takes while idle change nothing: still exactly one wake-up.
    QCOMPARE(inbox.takeAll().size(), 2);
    QVERIFY(inbox.takeAll().isEmpty());
    QVERIFY(inbox.takeAll().isEmpty());
    QVERIFY(pushWakes(numbered(8)));
    QVERIFY(!pushWakes(numbered(9)));

    // Overflow does not disturb the protocol.
    inbox.setLimits(1, qint64(1024) * 1024);
    QVERIFY(!pushWakes(numbered(10)));
    QCOMPARE(payloads(inbox.takeAll()), QList<QByteArray>{"10"});
    QVERIFY(inbox.takeAll().isEmpty());
    QVERIFY(pushWakes(numbered(11)));
}

void TestMessageInbox::overflowByCountDropsOldest()
{
    MessageInbox inbox(3, qint64(1) << 40);
    for (int i = 0; i < 10; ++i) {
        inbox.push(inbox.generation(), numbered(i));
        QVERIFY(inbox.size() <= 3);
    }
    QCOMPARE(inbox.size(), 3);
    QCOMPARE(inbox.droppedCount(), quint64(7));
    QCOMPARE(payloads(inbox.takeAll()), (QList<QByteArray>{"7", "8", "9"}));

    // The count accumulates over the inbox's life; taking does not reset it.
    for (int i = 10; i < 15; ++i) {
        inbox.push(inbox.generation(), numbered(i));
    }
    QCOMPARE(inbox.droppedCount(), quint64(9));
    QCOMPARE(payloads(inbox.takeAll()), (QList<QByteArray>{"12", "13", "14"}));
}

void TestMessageInbox::byteBudgetDropsOldest()
{
    const MqttMessage sample = message(u"topic"_s, QByteArray(100, 'x'));
    const qint64 cost = MessageInbox::costOf(sample);
    QCOMPARE(cost, qint64(sizeof(MqttMessage)) + 100 + 10); // topic: 5 UTF-16 units

    // Room for exactly three such messages (and not four), with a message count that never binds.
    MessageInbox inbox(1'000'000, 3 * cost + cost / 2);
    for (int i = 0; i < 5; ++i) {
        MqttMessage m = sample;
        m.payload[0] = char('0' + i);
        inbox.push(inbox.generation(), std::move(m));
    }
    QCOMPARE(inbox.size(), 3);
    QCOMPARE(inbox.droppedCount(), quint64(2));
    const QList<MqttMessage> taken = inbox.takeAll();
    QCOMPARE(taken.size(), 3);
    QCOMPARE(taken.at(0).payload.at(0), '2');
    QCOMPARE(taken.at(2).payload.at(0), '4');

    // takeAll() gives the whole budget back.
    for (int i = 0; i < 3; ++i) {
        inbox.push(inbox.generation(), MqttMessage(sample));
    }
    QCOMPARE(inbox.size(), 3);
    QCOMPARE(inbox.droppedCount(), quint64(2));

    // A bigger message (three times the size, still within the budget) pushes out as many old ones as it needs.
    const auto bigSize = qsizetype(3 * cost - qint64(sizeof(MqttMessage)) - 10);
    MqttMessage big = message(u"topic"_s, QByteArray(bigSize, 'B'));
    QCOMPARE(MessageInbox::costOf(big), 3 * cost);
    inbox.push(inbox.generation(), std::move(big));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.droppedCount(), quint64(5));
    QCOMPARE(inbox.takeAll().first().payload.size(), bigSize);
}

void TestMessageInbox::messageLargerThanBudgetIsKept()
{
    MessageInbox inbox(100, 1000);
    inbox.push(inbox.generation(), message(u"small"_s, "a"));
    inbox.push(inbox.generation(), message(u"small"_s, "b"));
    // Alone larger than the whole budget: the older ones go, the newest is still delivered.
    const QByteArray huge(5000, 'h');
    inbox.push(inbox.generation(), message(u"huge"_s, huge));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.droppedCount(), quint64(2));
    QList<MqttMessage> taken = inbox.takeAll();
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().payload, huge);

    // Two oversized messages in a row: each one replaces the previous.
    inbox.push(inbox.generation(), message(u"huge"_s, huge));
    inbox.push(inbox.generation(), message(u"huge2"_s, huge));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.droppedCount(), quint64(3));
    // And a small message after an oversized one evicts it (the budget counts the oversized one).
    inbox.push(inbox.generation(), message(u"small"_s, "c"));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.droppedCount(), quint64(4));
    taken = inbox.takeAll();
    QCOMPARE(taken.first().payload, QByteArray("c"));
}

void TestMessageInbox::shrinkingLimitsAppliesOnNextPush()
{
    MessageInbox inbox;
    for (int i = 0; i < 10; ++i) {
        inbox.push(inbox.generation(), numbered(i));
    }
    inbox.setLimits(4, qint64(1) << 40);
    QCOMPARE(inbox.size(), 10); // nothing is dropped until a push needs room
    QCOMPARE(inbox.droppedCount(), quint64(0));
    inbox.push(inbox.generation(), numbered(10));
    QCOMPARE(inbox.size(), 4);
    QCOMPARE(inbox.droppedCount(), quint64(7));
    QCOMPARE(payloads(inbox.takeAll()), (QList<QByteArray>{"7", "8", "9", "10"}));
}

void TestMessageInbox::limitsBelowOneAreClamped()
{
    MessageInbox inbox(0, 0);
    inbox.push(inbox.generation(), numbered(1));
    inbox.push(inbox.generation(), numbered(2));
    QCOMPARE(inbox.size(), 1); // at least one message always fits
    QCOMPARE(inbox.droppedCount(), quint64(1));
    inbox.setLimits(-5, -5);
    inbox.push(inbox.generation(), numbered(3));
    QCOMPARE(payloads(inbox.takeAll()), QList<QByteArray>{"3"});
}

void TestMessageInbox::concurrentProducers_data()
{
    QTest::addColumn<int>("maxMessages");
    QTest::newRow("roomy inbox: nothing dropped") << 2'000'000;
    QTest::newRow("tiny inbox: drops counted") << 64;
}

void TestMessageInbox::concurrentProducers()
{
    QFETCH(int, maxMessages);
    constexpr int PRODUCERS = 4;
    constexpr int PER_PRODUCER = 50'000;
    MessageInbox inbox(maxMessages, qint64(1) << 40);

    std::atomic<int> running{PRODUCERS};
    std::atomic<quint64> wakeUps{0};
    inbox.setWaker([&wakeUps] { wakeUps.fetch_add(1, std::memory_order_relaxed); });
    const quint64 generation = inbox.generation();
    std::vector<std::thread> producers;
    producers.reserve(PRODUCERS);
    for (int p = 0; p < PRODUCERS; ++p) {
        producers.emplace_back([&, p] {
            const QString topic = u"producer/%1"_s.arg(p);
            for (int i = 0; i < PER_PRODUCER; ++i) {
                MqttMessage m;
                m.topic = topic;
                m.receivedAtMs = i; // the sequence number, cheaper than a payload
                inbox.push(generation, std::move(m));
            }
            running.fetch_sub(1);
        });
    }

    // The consumer checks per-producer order as it goes; the main thread only reads the results after join().
    qint64 received = 0;
    quint64 emptyTakes = 0;
    std::vector<qint64> last(PRODUCERS, -1);
    bool ordered = true;
    QString orderError;
    std::thread consumer([&] {
        for (;;) {
            const bool producersDone = running.load() == 0;
            const QList<MqttMessage> batch = inbox.takeAll();
            if (batch.isEmpty()) {
                ++emptyTakes;
                if (producersDone) {
                    return; // nothing left and nothing more coming
                }
                std::this_thread::yield();
                continue;
            }
            for (const MqttMessage& m : batch) {
                const int p = m.topic.mid(9).toInt();
                if (m.receivedAtMs <= last[size_t(p)] && ordered) {
                    ordered = false;
                    orderError = u"producer %1: %2 after %3"_s.arg(p).arg(m.receivedAtMs).arg(last[size_t(p)]);
                }
                last[size_t(p)] = m.receivedAtMs;
            }
            received += batch.size();
        }
    });
    for (std::thread& producer : producers) {
        producer.join();
    }
    consumer.join();

    QVERIFY2(ordered, qPrintable(orderError));
    const qint64 produced = qint64(PRODUCERS) * PER_PRODUCER;
    QCOMPARE(received + qint64(inbox.droppedCount()), produced);
    QCOMPARE(inbox.refusedCount(), quint64(0));
    QCOMPARE(inbox.size(), 0);
    if (maxMessages >= produced) {
        QCOMPARE(inbox.droppedCount(), quint64(0));
        for (int p = 0; p < PRODUCERS; ++p) {
            QCOMPARE(last[size_t(p)], qint64(PER_PRODUCER - 1));
        }
    }
    // Wake-ups: the first push, plus at most one per empty takeAll() (each one marks the owner idle once).
    QVERIFY(wakeUps.load() >= 1);
    QVERIFY2(wakeUps.load() <= emptyTakes + 1,
             qPrintable(u"%1 wake-ups, %2 empty takes"_s.arg(wakeUps.load()).arg(emptyTakes)));
}

void TestMessageInbox::costCountsProperties()
{
    MqttMessage plain = message(u"a/b"_s, QByteArray(100, 'x'));
    MqttMessage withProperties = plain;
    auto properties = std::make_shared<MqttProperties>();
    properties->userProperties.append({u"name"_s, QString(200, u'v')});
    properties->correlationData = QByteArray(50, 'c');
    withProperties.properties = properties;
    // At least the property bytes themselves: 200 UTF-16 characters and 50 bytes of correlation data.
    QVERIFY2(MessageInbox::costOf(withProperties) >= MessageInbox::costOf(plain) + 200 * 2 + 50,
             qPrintable(u"%1 vs %2"_s.arg(MessageInbox::costOf(withProperties)).arg(MessageInbox::costOf(plain))));

    // So a byte budget that holds two plain messages holds only one with those properties.
    MessageInbox inbox(1000, 2 * MessageInbox::costOf(plain));
    inbox.push(inbox.generation(), MqttMessage(withProperties));
    inbox.push(inbox.generation(), MqttMessage(withProperties));
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.droppedCount(), quint64(1));
    QCOMPARE(inbox.bytes(), MessageInbox::costOf(withProperties));
}

void TestMessageInbox::endGenerationRefusesTheOldConnection_issue8()
{
    MessageInbox inbox;
    const quint64 old = inbox.generation();
    QVERIFY(inbox.push(old, numbered(1)));
    QVERIFY(inbox.push(old, numbered(2)));
    // The switch hands back what the old connection delivered so far...
    QCOMPARE(payloads(inbox.endGeneration()), (QList<QByteArray>{"1", "2"}));
    const quint64 current = inbox.generation();
    QVERIFY(current != old);
    // ... and refuses what it delivers after, without counting it as a drop.
    QVERIFY(!inbox.push(old, numbered(3)));
    QVERIFY(inbox.push(current, numbered(4)));
    QVERIFY(!inbox.push(old, numbered(5)));
    QCOMPARE(payloads(inbox.takeAll()), QList<QByteArray>{"4"});
    QCOMPARE(inbox.refusedCount(), quint64(2));
    QCOMPARE(inbox.droppedCount(), quint64(0));
}

void TestMessageInbox::wakeUpAfterGenerationSwitch_issue8()
{
    // The lost wake-up of issue 8: the old connection pushed (the owner is now "busy") and was replaced before the
    // owner drained. The new connection's first message must still wake the owner.
    MessageInbox inbox;
    int wakeUps = 0;
    inbox.setWaker([&wakeUps] { ++wakeUps; });
    const quint64 old = inbox.generation();
    QVERIFY(inbox.push(old, numbered(1)));
    QCOMPARE(wakeUps, 1);
    QVERIFY(inbox.push(old, numbered(2))); // busy: no second wake-up
    QCOMPARE(wakeUps, 1);
    QCOMPARE(inbox.endGeneration().size(), 2);
    QVERIFY(!inbox.push(old, numbered(3))); // a late message of the old connection wakes nobody
    QCOMPARE(wakeUps, 1);
    QVERIFY(inbox.push(inbox.generation(), numbered(4)));
    QCOMPARE(wakeUps, 2);
    QCOMPARE(payloads(inbox.takeAll()), QList<QByteArray>{"4"});
}

void TestMessageInbox::closeStopsWakeUpsAndPushes()
{
    MessageInbox inbox;
    int wakeUps = 0;
    inbox.setWaker([&wakeUps] { ++wakeUps; });
    QVERIFY(inbox.push(inbox.generation(), numbered(1)));
    inbox.close();
    QCOMPARE(inbox.size(), 0);
    QVERIFY(inbox.takeAll().isEmpty());
    QVERIFY(!inbox.push(inbox.generation(), numbered(2)));
    QCOMPARE(wakeUps, 1);
    QCOMPARE(inbox.refusedCount(), quint64(1));
}

QTEST_APPLESS_MAIN(TestMessageInbox)
#include "TestMessageInbox.moc"
