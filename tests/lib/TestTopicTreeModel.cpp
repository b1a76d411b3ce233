// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/TopicTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MqttMessage message(const QString& topic, const QByteArray& payload, bool retained = false, qint64 atMs = 1000)
{
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.retained = retained;
    m.receivedAtMs = atMs;
    return m;
}

/// The tree as lines "path count" in row order, depth first, for exact comparisons.
QStringList dump(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << u"%1 %2"_s.arg(index.data(TopicTreeModel::TopicRole).toString())
                     .arg(index.data(TopicTreeModel::MessageCountRole).toLongLong());
        lines << dump(model, index);
    }
    return lines;
}

} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelsCountsAndPreview()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAutoFlush(false);
        model.ingest({message(u"a/b/c"_s, "1"), message(u"a/b/c"_s, "2"), message(u"a/d"_s, "{\"x\":1}")});
        QCOMPARE(model.rowCount(), 0); // nothing before the flush
        QCOMPARE(model.pendingCount(), 3);
        model.flush();
        QCOMPARE(dump(model), (QStringList{u"a 3"_s, u"a/b 2"_s, u"a/b/c 2"_s, u"a/d 1"_s}));
        QCOMPARE(model.topicCount(), 2);
        QCOMPARE(model.nodeCount(), 4);
        QCOMPARE(model.messageCount(), 3u);
        const QModelIndex c = model.indexForTopic(u"a/b/c"_s);
        QVERIFY(c.isValid());
        QCOMPARE(c.data().toString(), u"c"_s);
        QCOMPARE(model.index(c.row(), TopicTreeModel::PayloadColumn, c.parent()).data().toString(), u"2"_s);
        QCOMPARE(c.data(TopicTreeModel::OwnMessageCountRole).toLongLong(), 2);
        QVERIFY(!model.indexForTopic(u"a/b"_s).data(TopicTreeModel::HasMessagesRole).toBool());
        QCOMPARE(model.history(c).size(), 2);
        QCOMPARE(model.history(c).last().payload, "2"_ba);
        QCOMPARE(TopicTreeModel::filterBelow(model.indexForTopic(u"a/b"_s)), u"a/b/#"_s);
        QCOMPARE(TopicTreeModel::filterBelow({}), u"#"_s);
    }

    void aTopicThatIsAlsoALevelAndEmptyLevels()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAutoFlush(false);
        model.ingest(
            {message(u"a/b"_s, "x"), message(u"a/b/c"_s, "y"), message(u"/lead"_s, "z"), message(u"trail/"_s, "w")});
        model.flush();
        QCOMPARE(dump(model),
                 (QStringList{u"a 2"_s, u"a/b 2"_s, u"a/b/c 1"_s, u" 1"_s, u"/lead 1"_s, u"trail 1"_s, u"trail/ 1"_s}));
        QCOMPARE(model.indexForTopic(u""_s).data().toString(), u"(empty level)"_s);
        QCOMPARE(model.indexForTopic(u"a/b"_s).data(TopicTreeModel::OwnMessageCountRole).toLongLong(), 1);
    }

    void oneInsertionPerParentPerFlush()
    {
        TopicTreeModel model;
        model.setAutoFlush(false);
        model.ingest({message(u"root/x"_s, "1")});
        model.flush();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<MqttMessage> batch;
        for (int i = 0; i < 500; ++i) {
            batch << message(u"root/t%1/leaf"_s.arg(i), "p") << message(u"root/x"_s, "q");
        }
        model.ingest(batch);
        model.flush();
        QCOMPARE(inserted.count(), 1); // the 500 new levels under "root", with their leaves
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 500);
        QVERIFY2(changed.count() <= 3, qPrintable(QString::number(changed.count()))); // root level, root's children
        for (const QList<QVariant>& signal : changed) {
            QVERIFY(signal.at(0).toModelIndex().column() >= TopicTreeModel::MessagesColumn); // names never change
        }
        QCOMPARE(model.indexForTopic(u"root/x"_s).data(TopicTreeModel::MessageCountRole).toLongLong(), 501);
        QCOMPARE(model.indexForTopic(u"root"_s).data(TopicTreeModel::MessageCountRole).toLongLong(), 1001);
    }

    void retainedMarkersAndClearing()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAutoFlush(false);
        model.ingest({message(u"home/lamp/state"_s, "on", true), message(u"home/door"_s, "closed", true),
                      message(u"home/lamp/power"_s, "12", false), message(u"other"_s, "x", true)});
        model.flush();
        const QModelIndex home = model.indexForTopic(u"home"_s);
        QCOMPARE(home.data(TopicTreeModel::RetainedBelowRole).toLongLong(), 2);
        QCOMPARE(model.retainedTopicsBelow(home), (QStringList{u"home/lamp/state"_s, u"home/door"_s}));
        QCOMPARE(model.retainedTopicsBelow({}).size(), 3);
        const QModelIndex state = model.indexForTopic(u"home/lamp/state"_s);
        QVERIFY(state.data(TopicTreeModel::RetainedRole).toBool());
        QCOMPARE(state.data(TopicTreeModel::RetainedSinceRole).toLongLong(), 1000);
        QVERIFY(model.index(state.row(), TopicTreeModel::RetainedColumn, state.parent())
                    .data()
                    .toString()
                    .startsWith(u"retained"_s));
        QCOMPARE(model.index(home.row(), TopicTreeModel::RetainedColumn).data().toString(), u"2 below"_s);
        // A live, non-retained message keeps the marker; an empty retained message clears it.
        model.ingest({message(u"home/lamp/state"_s, "off", false), message(u"home/door"_s, "", true)});
        model.flush();
        QVERIFY(state.data(TopicTreeModel::RetainedRole).toBool());
        QCOMPARE(model.retainedTopicsBelow(home), QStringList{u"home/lamp/state"_s});
        model.markRetainedCleared(u"home/lamp/state"_s);
        QCOMPARE(model.retainedTopicsBelow(home), QStringList());
        QCOMPARE(home.data(TopicTreeModel::RetainedBelowRole).toLongLong(), 0);
    }

    void capEvictsTheLeastRecentlyUpdatedTopic()
    {
        TopicTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAutoFlush(false);
        model.setTopicCap(3);
        model.ingest({message(u"s/a/1"_s, "1"), message(u"s/b/1"_s, "1"), message(u"s/c"_s, "1")});
        model.flush();
        model.ingest({message(u"s/a/1"_s, "2")}); // s/b/1 is now the oldest
        model.flush();
        QSignalSpy counts(&model, &TopicTreeModel::countsChanged);
        model.ingest({message(u"s/d"_s, "1")});
        model.flush();
        QCOMPARE(model.evictedCount(), 1u);
        QCOMPARE(model.topicCount(), 3);
        QVERIFY(!model.indexForTopic(u"s/b/1"_s).isValid());
        QVERIFY(!model.indexForTopic(u"s/b"_s).isValid()); // the level that held only it went too
        QCOMPARE(dump(model), (QStringList{u"s 4"_s, u"s/a 2"_s, u"s/a/1 2"_s, u"s/c 1"_s, u"s/d 1"_s}));
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.first().at(1).toULongLong(), 1u);
        // Lowering the cap evicts at once; a topic that is also a level keeps its level for the topics below.
        model.ingest({message(u"s/a"_s, "own")});
        model.flush();
        QCOMPARE(model.evictedCount(), 2u); // s/a became a topic: the flush evicted the oldest, s/c
        model.setTopicCap(2);               // and this the next oldest, s/a/1
        QCOMPARE(model.evictedCount(), 3u);
        QCOMPARE(dump(model), (QStringList{u"s 2"_s, u"s/a 1"_s, u"s/d 1"_s}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.evictedCount(), 0u);
    }

    void historyIsBoundedAndNewestLast()
    {
        TopicTreeModel model;
        model.setAutoFlush(false);
        model.setHistoryDepth(3);
        for (int i = 0; i < 10; ++i) {
            model.ingest({message(u"h"_s, QByteArray::number(i))});
        }
        model.flush();
        QList<QByteArray> payloads;
        for (const MqttMessage& m : model.history(model.indexForTopic(u"h"_s))) {
            payloads << m.payload;
        }
        QCOMPARE(payloads, (QList<QByteArray>{"7", "8", "9"}));
        model.setHistoryDepth(2);
        model.ingest({message(u"h"_s, "10")});
        model.flush();
        payloads.clear();
        for (const MqttMessage& m : model.history(model.indexForTopic(u"h"_s))) {
            payloads << m.payload;
        }
        QCOMPARE(payloads, (QList<QByteArray>{"9", "10"}));
    }

    void sortAndSearchThroughAProxy()
    {
        TopicTreeModel model;
        model.setAutoFlush(false);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterRole(TopicTreeModel::TopicRole);
        proxy.sort(0);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.ingest({message(u"z/temp"_s, "1"), message(u"a/temp"_s, "2"), message(u"m/humidity"_s, "3")});
        model.flush();
        QCOMPARE(proxy.index(0, 0).data().toString(), u"a"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"z"_s);
        proxy.setFilterFixedString(u"humid"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"m"_s);
        // New messages while filtered keep the proxy consistent (the tester checks every signal).
        model.ingest({message(u"b/humidity"_s, "4"), message(u"a/temp"_s, "5")});
        model.flush();
        QCOMPARE(proxy.rowCount(), 2);
    }

    void rateCountsTheLastSecond()
    {
        TopicTreeModel model;
        model.setAutoFlush(false);
        QList<MqttMessage> batch;
        for (int i = 0; i < 50; ++i) {
            batch << message(u"r/x"_s, "1");
        }
        model.ingest(batch);
        model.flush();
        // Within the first second the rate is what arrived in the window so far, reported at the next window.
        QTest::qWait(1100);
        model.ingest({message(u"r/x"_s, "1")});
        model.flush();
        const double rate = model.indexForTopic(u"r/x"_s).data(TopicTreeModel::RateRole).toDouble();
        QVERIFY2(rate > 20 && rate <= 50, qPrintable(QString::number(rate)));
        QTest::qWait(2100); // nothing for two seconds: the rate falls to zero
        QCOMPARE(model.indexForTopic(u"r/x"_s).data(TopicTreeModel::RateRole).toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTopicTreeModel)
#include "TestTopicTreeModel.moc"
