// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The topic tree pane against a real mosquitto (offscreen): counts, retained markers, eviction over the cap, the diff
// with the previous message, "open a pane here" and clearing the retained messages below a node (checked with a
// fresh subscriber); what a screen reader hears.
#include "MainWindow.h"
#include "charts/ChartView.h"
#include "messages/SeriesBuffer.h"
#include "messages/MessageFilterProxyModel.h"
#include "messages/MessageTableModel.h"
#include "messages/TopicTreeModel.h"
#include "mqtt/MqttSession.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"
#include "support/DialogSeams.h"
#include "tree/TopicTreePane.h"
#include "widgets/MessageDiffView.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 10000;

/// The accessible name of a widget as assistive technology reads it.
QString spoken(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

} // namespace

class TestTopicTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsRetainedMarkersAndDiff();
    void evictsOverTheCapAndSays();
    void openAPaneHere();
    void clearsRetainedBelowANode();
    void paneShowsChangesFromThePreviousMessage();
    void chartsScreenSubscribesForItsSeries();

private:
    /// Publishes and waits for every publish to be acknowledged (QoS 1).
    void publishAll(const QList<std::tuple<QString, QByteArray, bool>>& messages);
    /// Adds a tree on `filter` (m_tree), connects and waits for its subscription.
    void connectWithTree(const QString& filter);

    BrokerFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MqttSession> m_publisher;
    TopicTreePane* m_tree = nullptr;
};

void TestTopicTree::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
}

void TestTopicTree::init()
{
    m_publisher = std::make_unique<MqttSession>();
    ConnectionOptions options;
    options.port = m_broker.plainPort();
    QVERIFY(m_publisher->connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(m_publisher->state(), SessionState::Connected, WAIT_MS);
    m_window = std::make_unique<MainWindow>(nullptr, MainWindow::Start::Empty);
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTopicTree::cleanup()
{
    m_window.reset();
    m_publisher.reset();
}

void TestTopicTree::publishAll(const QList<std::tuple<QString, QByteArray, bool>>& messages)
{
    QSignalSpy published(m_publisher.get(), &MqttSession::published);
    QSignalSpy failed(m_publisher.get(), &MqttSession::publishFailed);
    for (const auto& [topic, payload, retain] : messages) {
        m_publisher->publish(topic, payload, 1, retain);
    }
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), messages.size(), WAIT_MS);
    QCOMPARE(failed.count(), 0);
}

void TestTopicTree::connectWithTree(const QString& filter)
{
    m_window->setBrokerUrl(m_broker.plainUrl());
    m_tree = m_window->addTreePane(filter);
    m_window->connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isSubscriptionActive(filter), WAIT_MS);
}

void TestTopicTree::countsRetainedMarkersAndDiff()
{
    publishAll({{u"t1/home/lamp/state"_s, "on", true}, {u"t1/home/door"_s, "closed", true}});
    connectWithTree(u"t1/#"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    TopicTreePane* tree = m_tree;
    QAbstractItemModelTester tester(tree->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<std::tuple<QString, QByteArray, bool>> live;
    for (int i = 0; i < 20; ++i) {
        live.append({u"t1/sensors/s%1/temp"_s.arg(i % 5), QByteArray::number(20 + i), false});
    }
    live.append({u"t1/dev/1/telemetry"_s, R"({"temp":21.5,"mode":"auto","fan":true})", false});
    live.append({u"t1/dev/1/telemetry"_s, R"({"temp":22,"mode":"auto","led":1})", false});
    publishAll(live);
    TopicTreeModel* model = tree->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->messageCount(), 24u, WAIT_MS);
    QCOMPARE(model->topicCount(), 8);
    QCOMPARE(model->indexForTopic(u"t1/sensors"_s).data(TopicTreeModel::MessageCountRole).toLongLong(), 20);
    QCOMPARE(model->indexForTopic(u"t1/sensors/s3/temp"_s).data(TopicTreeModel::MessageCountRole).toLongLong(), 4);
    QCOMPARE(model->indexForTopic(u"t1/home"_s).data(TopicTreeModel::RetainedBelowRole).toLongLong(), 2);
    QVERIFY(model->indexForTopic(u"t1/home/door"_s).data(TopicTreeModel::RetainedRole).toBool());
    QVERIFY(!model->indexForTopic(u"t1/sensors/s3/temp"_s).data(TopicTreeModel::RetainedRole).toBool());
    // What a screen reader hears: the counts, live.
    auto* counts = tree->findChild<QLabel*>(u"countsLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spoken(counts), u"8 topics, 24 messages"_s, WAIT_MS);
    QCOMPARE(spoken(tree->treeView()), u"Topics"_s);

    // The detail of a JSON topic: its history and what changed from the previous message.
    QVERIFY(tree->selectTopic(u"t1/dev/1/telemetry"_s));
    QCOMPARE(tree->selectedTopic(), u"t1/dev/1/telemetry"_s);
    QCOMPARE(tree->findChild<QListWidget*>(u"historyList"_s)->count(), 2);
    const QString summary = tree->diffView()->summary();
    QVERIFY2(summary.contains(u"JSON: 1 changed, 1 added, 1 removed: temp 21.5 → 22; led added (1); fan removed (was "
                              u"true)"_s),
             qPrintable(summary));
    QVERIFY(tree->diffView()->bodyText().contains(u"~ changed"_s));
    // A new message on the selected topic refreshes the detail and its diff.
    publishAll({{u"t1/dev/1/telemetry"_s, R"({"temp":22,"mode":"eco","led":1})", false}});
    QTRY_VERIFY_WITH_TIMEOUT(tree->diffView()->summary().contains(u"mode \"auto\" → \"eco\""_s), WAIT_MS);
    tree->treeView()->expandAll();
    QVERIFY(m_window->grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-topic-tree.png"_s));
    // The search keeps only the matching branches.
    tree->findChild<QLineEdit*>(u"searchEdit"_s)->setText(u"telemetry"_s);
    QCOMPARE(tree->proxy()->rowCount(tree->proxy()->index(0, 0)), 3); // t1: home, sensors, dev (debounced)
    QTRY_COMPARE_WITH_TIMEOUT(tree->proxy()->rowCount(tree->proxy()->index(0, 0)), 1, WAIT_MS); // only dev
    QCOMPARE(tree->proxy()->index(0, 0, tree->proxy()->index(0, 0)).data().toString(), u"dev"_s);
}

void TestTopicTree::evictsOverTheCapAndSays()
{
    connectWithTree(u"t2/#"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    TopicTreePane* tree = m_tree;
    auto* cap = tree->findChild<QSpinBox*>(u"capSpin"_s);
    cap->setValue(100);
    Q_EMIT cap->editingFinished();
    QCOMPARE(tree->model()->topicCap(), 100);
    QList<std::tuple<QString, QByteArray, bool>> messages;
    for (int i = 0; i < 150; ++i) {
        messages.append({u"t2/many/%1"_s.arg(i, 3, 10, QLatin1Char('0')), "x", false});
    }
    publishAll(messages);
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->evictedCount(), 50u, WAIT_MS);
    QCOMPARE(tree->model()->topicCount(), 100);
    QVERIFY(!tree->model()->indexForTopic(u"t2/many/000"_s).isValid()); // the oldest went first
    QVERIFY(tree->model()->indexForTopic(u"t2/many/149"_s).isValid());
    auto* counts = tree->findChild<QLabel*>(u"countsLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spoken(counts), u"100 topics, 100 messages, 50 topics evicted over the cap of 100"_s,
                              WAIT_MS);
}

void TestTopicTree::openAPaneHere()
{
    connectWithTree(u"t3/#"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    TopicTreePane* tree = m_tree;
    publishAll({{u"t3/a/b"_s, "1", false}});
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->indexForTopic(u"t3/a"_s).isValid(), WAIT_MS);
    tree->openPaneAt(tree->model()->indexForTopic(u"t3/a"_s));
    QCOMPARE(m_window->panes().size(), 1);
    SubscriptionPane* pane = m_window->panes().first();
    QCOMPARE(pane->activeFilter(), u"t3/a/#"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isSubscriptionActive(u"t3/a/#"_s), WAIT_MS);
    publishAll({{u"t3/a/c"_s, "2", false}, {u"t3/other"_s, "3", false}});
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 1, WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->messageCount(), 3u, WAIT_MS); // the tree keeps getting everything
    QCOMPARE(pane->model()->messageAt(0).topic, u"t3/a/c"_s);
}

void TestTopicTree::clearsRetainedBelowANode()
{
    publishAll({{u"t4/keep/x"_s, "stays", true}, {u"t4/drop/a"_s, "1", true}, {u"t4/drop/b/c"_s, "2", true}});
    connectWithTree(u"t4/#"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    TopicTreePane* tree = m_tree;
    QTRY_COMPARE_WITH_TIMEOUT(tree->model()->retainedTopicsBelow({}).size(), 3, WAIT_MS);
    DialogSeams::setNextConfirmation(true);
    tree->clearRetainedAt(tree->model()->indexForTopic(u"t4/drop"_s));
    auto* status = tree->findChild<QLabel*>(u"statusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spoken(status), u"Cleared 2 retained messages."_s, WAIT_MS);
    QCOMPARE(tree->model()->retainedTopicsBelow({}), QStringList{u"t4/keep/x"_s});

    // A fresh subscriber: for each topic, subscribe, then publish a live probe. The broker sends a retained message
    // right after the SUBACK, before anything published later: the first message must be the probe where the retained
    // one was cleared, and the retained one where it was kept.
    MqttSession fresh;
    ConnectionOptions options;
    options.port = m_broker.plainPort();
    QVERIFY(fresh.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(fresh.state(), SessionState::Connected, WAIT_MS);
    QList<MqttMessage> received;
    connect(&fresh, &MqttSession::messagesReceived, this, [&](const QList<MqttMessage>& batch) { received += batch; });
    const QList<std::pair<QString, QByteArray>> expected = {
        {u"t4/drop/a"_s, "probe"}, {u"t4/drop/b/c"_s, "probe"}, {u"t4/keep/x"_s, "stays"}};
    for (const auto& [topic, first] : expected) {
        received.clear();
        QSignalSpy subscribed(&fresh, &MqttSession::subscribed);
        fresh.subscribe(topic, 1);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, WAIT_MS);
        publishAll({{topic, "probe", false}});
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), WAIT_MS);
        QCOMPARE(received.first().payload, first);
        fresh.unsubscribe(topic);
    }
}

void TestTopicTree::paneShowsChangesFromThePreviousMessage()
{
    m_window->setBrokerUrl(m_broker.plainUrl());
    SubscriptionPane* pane = m_window->addPane(u"t5/#"_s);
    pane->subscribe();
    m_window->connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isSubscriptionActive(u"t5/#"_s), WAIT_MS);
    publishAll({{u"t5/a"_s, R"({"v":1,"s":"x"})", false},
                {u"t5/b"_s, "line one\nline two", false},
                {u"t5/a"_s, R"({"v":2,"s":"x"})", false},
                {u"t5/b"_s, "line one\nline 2", false},
                {u"t5/c"_s, QByteArray("\xff\x01\x02", 3), false},
                {u"t5/c"_s, QByteArray("\xff\x09\x02\x03", 4), false}});
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 6, WAIT_MS);
    auto* table = pane->findChild<QTableView*>(u"messageTableView"_s);
    const auto select = [&](int row) { table->setCurrentIndex(pane->proxy()->index(row, 0)); };
    select(2); // t5/a, second: against row 0, not the t5/b message between them
    QVERIFY2(pane->diffView()->summary().contains(u"JSON: 1 changed, 0 added, 0 removed: v 1 → 2"_s),
             qPrintable(pane->diffView()->summary()));
    select(3);
    QVERIFY2(pane->diffView()->summary().contains(u"Text: 1 lines added, 1 removed."_s),
             qPrintable(pane->diffView()->summary()));
    QVERIFY(pane->diffView()->bodyText().contains(u"- line two"_s));
    select(5);
    QVERIFY2(
        pane->diffView()->summary().contains(u"Binary: 1 bytes differ in 1 ranges: at 0x1 (1 bytes); 1 bytes added"_s),
        qPrintable(pane->diffView()->summary()));
    select(0);
    QVERIFY(pane->diffView()->summary().startsWith(u"No earlier message on this topic"_s));
    // "Mark for comparison", then any other message is compared with the marked one.
    QAction* mark = nullptr;
    for (QAction* action : table->actions()) {
        if (action->text() == u"&Mark for comparison"_s) {
            mark = action;
        }
    }
    QVERIFY(mark);
    mark->trigger();
    select(3);
    QVERIFY2(pane->diffView()->summary().startsWith(u"From the marked message"_s),
             qPrintable(pane->diffView()->summary()));
    QVERIFY(pane->diffView()->summary().contains(u"Text: 2 lines added, 1 removed."_s));
}

void TestTopicTree::chartsScreenSubscribesForItsSeries()
{
    m_window->setBrokerUrl(m_broker.plainUrl());
    m_window->connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), SessionState::Connected, WAIT_MS);
    m_window->showScreen(MainWindow::Screen::Charts);
    QCOMPARE(m_window->currentScreen(), MainWindow::Screen::Charts);
    ChartView* chart = m_window->chartView();
    QVERIFY(chart->addSeries(u"t6/+/temp"_s, u"value"_s, u"Temperatures"_s).ok());
    // No pane is on the topic: the window subscribes for the chart.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isSubscriptionActive(u"t6/+/temp"_s), WAIT_MS);
    publishAll({{u"t6/a/temp"_s, R"({"value":21.5})", false}, {u"t6/b/temp"_s, R"({"value":19})", false}});
    QTRY_COMPARE_WITH_TIMEOUT(chart->buffer(0).rawCount(), 2, WAIT_MS);
    chart->removeSeries(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->subscriptions().contains(u"t6/+/temp"_s), WAIT_MS);
}

QTEST_MAIN(TestTopicTree)
#include "TestTopicTree.moc"
