// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageFilterProxyModel.h"
#include "messages/MessageTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// One shared 1 KiB payload for the large models: the search must read it for every row, memory stays small.
const QByteArray FILLER(1024, 'f');

MqttMessage message(qint64 n)
{
    MqttMessage m;
    static const QString topics[] = {u"home/kitchen/temp"_s, u"home/garage/door"_s, u"office/desk/lamp"_s};
    m.topic = topics[n % 3];
    m.payload = n % 7 == 0 ? QByteArray("alarm ") + QByteArray::number(n) : QByteArray::number(n);
    m.receivedAtMs = 1'700'000'000'000 + n;
    return m;
}

QList<MqttMessage> batch(qint64 from, qint64 to)
{
    QList<MqttMessage> list;
    for (qint64 i = from; i < to; ++i) {
        list.append(message(i));
    }
    return list;
}

/// Rows whose payload is `filler` (shared), but every `every`-th row, which says "needle".
QList<MqttMessage> largeBatch(qint64 from, qint64 to, const QByteArray& filler = FILLER, qint64 every = 1000)
{
    QList<MqttMessage> list;
    list.reserve(to - from);
    for (qint64 i = from; i < to; ++i) {
        MqttMessage m;
        m.topic = u"bulk/t"_s;
        m.payload = i % every == 0 ? QByteArray("needle") : filler;
        m.receivedAtMs = i;
        list.append(m);
    }
    return list;
}

/// Every proxy row shows a source row that matches `accepts`, in source order, and every matching source row is
/// shown: the proxy agrees with a plain scan.
template <typename Accepts>
QString disagreement(const MessageFilterProxyModel& proxy, const MessageTableModel& model, Accepts accepts)
{
    QList<int> expected;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (accepts(model.messageAt(row))) {
            expected << row;
        }
    }
    QList<int> shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        shown << proxy.mapToSource(proxy.index(row, 0)).row();
    }
    if (shown != expected) {
        return u"proxy shows %1 rows, a scan finds %2"_s.arg(shown.size()).arg(expected.size());
    }
    return {};
}

bool containsIgnoringCase(const MqttMessage& m, const QString& text)
{
    return m.topic.contains(text, Qt::CaseInsensitive) ||
        QString::fromUtf8(m.payload).contains(text, Qt::CaseInsensitive);
}

} // namespace

/// The pane's filter: sliced, cancellable matching that follows arrivals and evictions (issue 8, item 3).
class TestMessageFilterProxyModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutFilterFollowsTheSource();
    void plainTextAndRegex();
    void invalidRegexKeepsTheFilter();
    void arrivalsAndEvictionsWhileFiltering();
    void largeSearchYieldsToTheEventLoop_issue8();
    void newFilterCancelsTheSearch_issue8();
    void narrowingRechecksOnlyShownRows();
    void evictionsDuringTheSearch();
    void resetOfTheSourceSearchesAgain();
    void nonAsciiAndPayloadLimit();
};

void TestMessageFilterProxyModel::withoutFilterFollowsTheSource()
{
    MessageTableModel model;
    model.setLimits(50, qint64(1) << 30);
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(batch(0, 30));
    QCOMPARE(proxy.rowCount(), 30);
    model.appendBatch(batch(30, 70)); // evicts 20
    QCOMPARE(proxy.rowCount(), 50);
    QCOMPARE(proxy.index(0, MessageTableModel::PayloadColumn).data(MessageTableModel::PayloadRole).toByteArray(),
             QByteArray("20"));
    QCOMPARE(proxy.idAt(0), proxy.baseId());
    QCOMPARE(proxy.headerData(MessageTableModel::TopicColumn, Qt::Horizontal).toString(), u"Topic"_s);
    QVERIFY(!proxy.isFiltering());
    QVERIFY(!proxy.isSearching());
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestMessageFilterProxyModel::plainTextAndRegex()
{
    MessageTableModel model;
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(batch(0, 300));

    QVERIFY(proxy.setFilter(u"GARAGE"_s, false)); // topic, any case
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 100);
    QCOMPARE(disagreement(proxy, model, [](const MqttMessage& m) { return containsIgnoringCase(m, u"garage"_s); }),
             QString());

    QVERIFY(proxy.setFilter(u"Alarm"_s, false)); // payload
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 43);

    QVERIFY(proxy.setFilter(u"^alarm 1\\d$"_s, true));
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 1); // "alarm 14"
    QCOMPARE(proxy.index(0, 0).data(MessageTableModel::PayloadRole).toByteArray(), QByteArray("alarm 14"));

    QVERIFY(proxy.setFilter({}, false));
    QVERIFY(!proxy.isSearching()); // showing everything needs no search
    QCOMPARE(proxy.rowCount(), 300);
}

void TestMessageFilterProxyModel::invalidRegexKeepsTheFilter()
{
    MessageTableModel model;
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(batch(0, 30));
    QVERIFY(proxy.setFilter(u"kitchen"_s, false));
    QTRY_COMPARE(proxy.rowCount(), 10);
    QVERIFY(!proxy.setFilter(u"(unclosed"_s, true));
    QVERIFY2(proxy.errorString().contains(u"Invalid regular expression at position"_s),
             qPrintable(proxy.errorString()));
    QVERIFY(!proxy.isSearching());
    QCOMPARE(proxy.filterText(), u"kitchen"_s);
    QCOMPARE(proxy.rowCount(), 10);
}

void TestMessageFilterProxyModel::arrivalsAndEvictionsWhileFiltering()
{
    MessageTableModel model;
    model.setLimits(100, qint64(1) << 30);
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(batch(0, 60));
    QVERIFY(proxy.setFilter(u"kitchen"_s, false));
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 20);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    for (qint64 from = 60; from < 400; from += 37) {
        model.appendBatch(batch(from, from + 37)); // arrivals matched per batch; the oldest evicted
        QCOMPARE(disagreement(proxy, model, [](const MqttMessage& m) { return containsIgnoringCase(m, u"kitchen"_s); }),
                 QString());
    }
    QVERIFY(!inserted.isEmpty());
    QVERIFY(!removed.isEmpty());
    QVERIFY(!proxy.isSearching());                          // arrivals never start a search
    QVERIFY(inserted.size() <= 10 && removed.size() <= 10); // at most one insertion and one removal per batch
}

void TestMessageFilterProxyModel::largeSearchYieldsToTheEventLoop_issue8()
{
    constexpr qint64 ROWS = 300'000;
    MessageTableModel model;
    model.setLimits(ROWS, qint64(8) << 30);
    model.appendBatch(largeBatch(0, ROWS));
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy searching(&proxy, &MessageFilterProxyModel::searchingChanged);
    QSignalSpy progress(&proxy, &MessageFilterProxyModel::searchProgress);
    // How late a 1 ms timer gets while the search runs: the event loop must keep running between slices.
    qint64 worstGapMs = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer probe;
    probe.setInterval(1);
    connect(&probe, &QTimer::timeout, this, [&] { worstGapMs = qMax(worstGapMs, gap.restart()); });
    probe.start();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(proxy.setFilter(u"NEEDLE"_s, false));
    const qint64 setFilterMs = clock.elapsed();
    QVERIFY(proxy.isSearching());
    QCOMPARE(proxy.rowCount(), int(ROWS)); // the previous view stays until the result is ready
    gap.restart();
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSearching(), 60000);
    probe.stop();
    QCOMPARE(proxy.rowCount(), int(ROWS / 1000));
    QCOMPARE(proxy.index(0, 0).data(MessageTableModel::PayloadRole).toByteArray(), QByteArray("needle"));
    QCOMPARE(searching.size(), 2); // started, finished
    QVERIFY2(progress.size() >= 3, "the search ran in several slices");
    const QList<QVariant> firstStep = progress.first();
    QVERIFY(firstStep.at(0).toLongLong() < firstStep.at(1).toLongLong());
    // Each slice is ~8 ms of matching; allow for a loaded two-core machine, but never a whole-scan stall.
    QVERIFY2(setFilterMs < 200, qPrintable(QString::number(setFilterMs)));
    QVERIFY2(worstGapMs < 200, qPrintable(QString::number(worstGapMs)));
}

void TestMessageFilterProxyModel::newFilterCancelsTheSearch_issue8()
{
    constexpr qint64 ROWS = 200'000;
    MessageTableModel model;
    model.setLimits(ROWS, qint64(8) << 30);
    model.appendBatch(largeBatch(0, ROWS));
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy searching(&proxy, &MessageFilterProxyModel::searchingChanged);
    QVERIFY(proxy.setFilter(u"zzz"_s, false));
    QVERIFY(proxy.isSearching());
    QVERIFY(proxy.setFilter(u"needle"_s, false)); // the next keystroke: the first search is dropped
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSearching(), 60000);
    QCOMPARE(proxy.filterText(), u"needle"_s);
    QCOMPARE(proxy.rowCount(), int(ROWS / 1000));
    QCOMPARE(resets.size(), 1); // only the last search was ever shown
    QCOMPARE(searching.size(), 2);
}

void TestMessageFilterProxyModel::narrowingRechecksOnlyShownRows()
{
    MessageTableModel model;
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(batch(0, 600));
    QVERIFY(proxy.setFilter(u"al"_s, false));
    QTRY_VERIFY(!proxy.isSearching());
    const int broad = proxy.rowCount();
    QSignalSpy progress(&proxy, &MessageFilterProxyModel::searchProgress);
    QVERIFY(proxy.setFilter(u"alarm 1"_s, false));
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(broad)); // only the rows "al" showed were checked
    QCOMPARE(disagreement(proxy, model, [](const MqttMessage& m) { return containsIgnoringCase(m, u"alarm 1"_s); }),
             QString());
    // A different term (not a longer one) checks every row again.
    QVERIFY(proxy.setFilter(u"desk"_s, false));
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(600));
    QCOMPARE(proxy.rowCount(), 200);
}

void TestMessageFilterProxyModel::evictionsDuringTheSearch()
{
    // Few rows (the model tester re-checks every row on each change) but slow to match: 64 KiB payloads.
    constexpr qint64 ROWS = 5000;
    const QByteArray filler(MessageFilterProxyModel::SEARCH_LIMIT, 'f');
    MessageTableModel model;
    model.setLimits(ROWS, qint64(8) << 30);
    model.appendBatch(largeBatch(0, ROWS, filler, 50));
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(proxy.setFilter(u"needle"_s, false));
    QVERIFY(proxy.isSearching());
    // Arrivals evict the oldest rows while the search runs: its result must not show evicted rows, and must show
    // the new ones that match.
    qint64 next = ROWS;
    // At most 50 rounds: each change makes the model tester re-check every row, which a sanitizer build pays dearly.
    for (int round = 0; round < 50 && proxy.isSearching(); ++round) {
        model.appendBatch(largeBatch(next, next + 100, filler, 50));
        next += 100;
        QTest::qWait(1);
    }
    QVERIFY2(next > ROWS, "rows arrived while the search ran");
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSearching(), 60000);
    const auto needle = [](const MqttMessage& m) { return m.payload == "needle"; };
    QCOMPARE(disagreement(proxy, model, needle), QString());
    QVERIFY(proxy.rowCount() > 0);
    model.appendBatch(largeBatch(next, next + 500, filler, 50));
    QCOMPARE(disagreement(proxy, model, needle), QString());
}

void TestMessageFilterProxyModel::resetOfTheSourceSearchesAgain()
{
    MessageTableModel model;
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(batch(0, 300));
    QVERIFY(proxy.setFilter(u"office"_s, false));
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 100);
    model.setLimits(150, qint64(1) << 30); // a reset keeping the newest 150
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 50);
    QCOMPARE(disagreement(proxy, model, [](const MqttMessage& m) { return containsIgnoringCase(m, u"office"_s); }),
             QString());
    model.clear();
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(proxy.isFiltering());
}

void TestMessageFilterProxyModel::nonAsciiAndPayloadLimit()
{
    MessageTableModel model;
    MessageFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MqttMessage umlaut;
    umlaut.topic = u"t"_s;
    umlaut.payload = "GRÜSSE aus Köln";
    MqttMessage binary;
    binary.topic = u"t"_s;
    binary.payload = QByteArray("\xff\xfeKey\x00", 6);
    MqttMessage deep;
    deep.topic = u"t"_s;
    deep.payload = QByteArray(MessageFilterProxyModel::SEARCH_LIMIT, 'x') + "late";
    model.appendBatch({umlaut, binary, deep});

    QVERIFY(proxy.setFilter(u"köln"_s, false)); // Unicode case folding outside ASCII
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.setFilter(u"grüsse"_s, false));
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.setFilter(u"KEY"_s, false)); // ASCII inside bytes that are not UTF-8
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(proxy.setFilter(u"late"_s, false)); // beyond SEARCH_LIMIT: not searched, as documented
    QTRY_VERIFY(!proxy.isSearching());
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMessageFilterProxyModel)
#include "TestMessageFilterProxyModel.moc"
