// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/TopicRouter.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Ids = QList<TopicRouter::SubscriberId>;

class TestTopicRouter final : public QObject
{
    Q_OBJECT

private slots:
    void addReturnsTrueOncePerFilter();
    void removeReturnsTrueForLastSubscriber();
    void overlappingWildcardsDeliverToBoth();
    void subscriberWithSeveralMatchingFiltersGetsOneEntry();
    void subscribersAreInAscendingIdOrder();
    void dollarTopicsSkipLeadingWildcards();
    void sharedSubscriptionRoutesByFilterPart();
    void removeSubscriber();
    void cacheInvalidatedWhenFilterAddedAfterRouting();
    void cacheInvalidatedWhenFilterRemoved();
    void cacheInvalidatedByRemoveSubscriber();
    void manyDistinctTopicsStayCorrect();
};

void TestTopicRouter::addReturnsTrueOncePerFilter()
{
    TopicRouter router;
    QVERIFY(router.add(1, u"sport/#"_s));
    QVERIFY(!router.add(2, u"sport/#"_s));
    QVERIFY(!router.add(1, u"sport/#"_s)); // same pair again: no-op
    QVERIFY(router.add(1, u"sport/+"_s));
    QVERIFY(router.add(3, u"$share/g/sport/#"_s)); // a shared subscription is its own broker subscription
    QCOMPARE(router.filters(), QStringList({u"$share/g/sport/#"_s, u"sport/#"_s, u"sport/+"_s}));
}

void TestTopicRouter::removeReturnsTrueForLastSubscriber()
{
    TopicRouter router;
    QVERIFY(router.add(1, u"a/#"_s));
    QVERIFY(!router.add(2, u"a/#"_s));

    QVERIFY(!router.remove(1, u"a/#"_s)); // 2 still needs it
    QVERIFY(!router.remove(1, u"a/#"_s)); // 1 is no longer registered
    QCOMPARE(router.filters(), QStringList({u"a/#"_s}));
    QVERIFY(router.remove(2, u"a/#"_s));
    QVERIFY(router.filters().isEmpty());
    QVERIFY(!router.remove(2, u"a/#"_s));
    QVERIFY(!router.remove(7, u"never/added"_s));

    // A removed filter is new again.
    QVERIFY(router.add(3, u"a/#"_s));
}

void TestTopicRouter::overlappingWildcardsDeliverToBoth()
{
    TopicRouter router;
    router.add(2, u"sport/#"_s);
    router.add(1, u"sport/+/player1"_s);
    router.add(3, u"weather/#"_s);

    QCOMPARE(router.subscribersFor(u"sport/tennis/player1"_s), Ids({1, 2}));
    QCOMPARE(router.subscribersFor(u"sport/tennis/player2"_s), Ids({2}));
    QCOMPARE(router.subscribersFor(u"sport"_s), Ids({2}));
    QCOMPARE(router.subscribersFor(u"weather/today"_s), Ids({3}));
    QVERIFY(router.subscribersFor(u"news"_s).isEmpty());
    // Cached answers are the same.
    QCOMPARE(router.subscribersFor(u"sport/tennis/player1"_s), Ids({1, 2}));
}

void TestTopicRouter::subscriberWithSeveralMatchingFiltersGetsOneEntry()
{
    TopicRouter router;
    router.add(4, u"a/#"_s);
    router.add(4, u"a/+"_s);
    router.add(4, u"a/b"_s);
    router.add(4, u"#"_s);

    QCOMPARE(router.subscribersFor(u"a/b"_s), Ids({4}));
}

void TestTopicRouter::subscribersAreInAscendingIdOrder()
{
    TopicRouter router;
    router.add(9, u"x/#"_s);
    router.add(5, u"x/y"_s);
    router.add(7, u"+/y"_s);
    router.add(1, u"#"_s);
    router.add(3, u"x/#"_s);

    QCOMPARE(router.subscribersFor(u"x/y"_s), Ids({1, 3, 5, 7, 9}));
}

void TestTopicRouter::dollarTopicsSkipLeadingWildcards()
{
    TopicRouter router;
    router.add(1, u"#"_s);
    router.add(2, u"+/things/+/shadow/#"_s);
    router.add(3, u"$aws/things/+/shadow/#"_s);

    QCOMPARE(router.subscribersFor(u"$aws/things/dev1/shadow/update/delta"_s), Ids({3}));
    QCOMPARE(router.subscribersFor(u"aws/things/dev1/shadow/update/delta"_s), Ids({1, 2}));
}

void TestTopicRouter::sharedSubscriptionRoutesByFilterPart()
{
    TopicRouter router;
    router.add(1, u"$share/workers/jobs/#"_s);
    router.add(2, u"jobs/+"_s);

    QCOMPARE(router.subscribersFor(u"jobs/42"_s), Ids({1, 2}));
    QVERIFY(router.subscribersFor(u"$share/workers/jobs/42"_s).isEmpty());
}

void TestTopicRouter::removeSubscriber()
{
    TopicRouter router;
    router.add(1, u"a"_s);
    router.add(1, u"b/#"_s);
    router.add(2, u"b/#"_s);
    router.add(1, u"c"_s);
    router.add(3, u"d"_s);

    QCOMPARE(router.removeSubscriber(1), QStringList({u"a"_s, u"c"_s}));
    QCOMPARE(router.filters(), QStringList({u"b/#"_s, u"d"_s}));
    QCOMPARE(router.subscribersFor(u"b/x"_s), Ids({2}));
    QVERIFY(router.subscribersFor(u"a"_s).isEmpty());

    QVERIFY(router.removeSubscriber(1).isEmpty());  // nothing left for 1
    QVERIFY(router.removeSubscriber(42).isEmpty()); // never registered
    QCOMPARE(router.removeSubscriber(2), QStringList({u"b/#"_s}));
    QCOMPARE(router.filters(), QStringList({u"d"_s}));
}

void TestTopicRouter::cacheInvalidatedWhenFilterAddedAfterRouting()
{
    TopicRouter router;
    router.add(5, u"sensors/+/temperature"_s);
    QCOMPARE(router.subscribersFor(u"sensors/kitchen/temperature"_s), Ids({5}));
    QVERIFY(router.subscribersFor(u"sensors/kitchen/humidity"_s).isEmpty());

    // New filter on the broker.
    QVERIFY(router.add(2, u"sensors/kitchen/#"_s));
    QCOMPARE(router.subscribersFor(u"sensors/kitchen/temperature"_s), Ids({2, 5}));
    QCOMPARE(router.subscribersFor(u"sensors/kitchen/humidity"_s), Ids({2}));

    // New subscriber on an existing filter: no broker change, but routing changes too.
    QVERIFY(!router.add(1, u"sensors/+/temperature"_s));
    QCOMPARE(router.subscribersFor(u"sensors/kitchen/temperature"_s), Ids({1, 2, 5}));
}

void TestTopicRouter::cacheInvalidatedWhenFilterRemoved()
{
    TopicRouter router;
    router.add(1, u"a/#"_s);
    router.add(2, u"a/#"_s);
    QCOMPARE(router.subscribersFor(u"a/b"_s), Ids({1, 2}));

    QVERIFY(!router.remove(1, u"a/#"_s));
    QCOMPARE(router.subscribersFor(u"a/b"_s), Ids({2}));
    QVERIFY(router.remove(2, u"a/#"_s));
    QVERIFY(router.subscribersFor(u"a/b"_s).isEmpty());
}

void TestTopicRouter::cacheInvalidatedByRemoveSubscriber()
{
    TopicRouter router;
    router.add(1, u"#"_s);
    router.add(2, u"a/+"_s);
    QCOMPARE(router.subscribersFor(u"a/b"_s), Ids({1, 2}));

    router.removeSubscriber(2);
    QCOMPARE(router.subscribersFor(u"a/b"_s), Ids({1}));
}

void TestTopicRouter::manyDistinctTopicsStayCorrect()
{
    // More distinct topics than the cache holds: the cache is dropped on the way and answers stay right.
    TopicRouter router;
    router.add(1, u"devices/+/telemetry"_s);
    router.add(2, u"devices/#"_s);
    for (int i = 0; i < 25000; ++i) {
        const QString topic = u"devices/%1/telemetry"_s.arg(i);
        QCOMPARE(router.subscribersFor(topic), Ids({1, 2}));
    }
    QCOMPARE(router.subscribersFor(u"devices/0/telemetry"_s), Ids({1, 2}));
    QCOMPARE(router.subscribersFor(u"devices/0/status"_s), Ids({2}));
}

QTEST_APPLESS_MAIN(TestTopicRouter)

#include "TestTopicRouter.moc"
