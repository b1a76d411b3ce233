// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "messages/MessageFilterProxyModel.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MqttSession.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QSpinBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

/// The real main window, offscreen, against a real mosquitto.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_broker.start(), qPrintable(m_broker.error())); }
    void opensWithAccessibleControls();
    void connectsAndDisconnects();
    void badUrlShowsBanner();
    void refusedConnectionShowsBanner();
    void overlappingPanesShareOneSubscription();
    void batchesRouteWholeOrMessageByMessage_issue8();
    void panesOffScreenKeepOnlyWhatTheyShow_issue8();
    void largeAndBinaryPayloadsDisplay();
    void paneLimitsCopyColourAndLint();

private:
    BrokerFixture m_broker;
};

void TestMainWindow::opensWithAccessibleControls()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto* url = window.findChild<QLineEdit*>(u"urlLineEdit"_s);
    const auto* button = window.findChild<QPushButton*>(u"connectButton"_s);
    QVERIFY(url && button);
    QCOMPARE(url->accessibleName(), u"Broker URL"_s);
    QCOMPARE(button->accessibleName(), u"Connect or disconnect"_s);
    QVERIFY(!window.findChild<QLabel*>(u"bannerLabel"_s)->isVisible());
}

void TestMainWindow::connectsAndDisconnects()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* url = window.findChild<QLineEdit*>(u"urlLineEdit"_s);
    auto* button = window.findChild<QPushButton*>(u"connectButton"_s);
    auto* state = window.findChild<QLabel*>(u"stateLabel"_s);
    url->setText(m_broker.plainUrl());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(state->text(), u"Connected to %1"_s.arg(m_broker.plainUrl()));
    QVERIFY(!url->isEnabled()); // the URL is fixed while connected
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(state->text(), u"Disconnected"_s);
    QVERIFY(url->isEnabled());
}

void TestMainWindow::badUrlShowsBanner()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* url = window.findChild<QLineEdit*>(u"urlLineEdit"_s);
    url->setText(u"broker.example.com"_s);
    QTest::keyClick(url, Qt::Key_Return); // keyboard only
    auto* banner = window.findChild<QLabel*>(u"bannerLabel"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"mqtts://broker.example.com"_s), qPrintable(banner->text()));
    QCOMPARE(window.session()->state(), SessionState::Disconnected);
}

void TestMainWindow::refusedConnectionShowsBanner()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(u"mqtt://127.0.0.1:%1"_s.arg(BrokerFixture::freePort()));
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    auto* banner = window.findChild<QLabel*>(u"bannerLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(u"refused"_s), qPrintable(banner->text()));
    QTRY_COMPARE(window.findChild<QLabel*>(u"stateLabel"_s)->text(), u"Disconnected"_s);
}

namespace {

bool connectWindow(MainWindow& window, const QString& url)
{
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(url);
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    return QTest::qWaitFor([&] { return window.session()->state() == SessionState::Connected; }, 10000);
}

void subscribePane(SubscriptionPane* pane, const QString& filter)
{
    auto* edit = pane->findChild<QLineEdit*>(u"filterLineEdit"_s);
    edit->setFocus();
    edit->setText(filter);
    QTest::keyClick(edit, Qt::Key_Return); // keyboard only
}

} // namespace

namespace {

QList<MqttMessage> routedBatch(const QStringList& topics)
{
    QList<MqttMessage> batch;
    for (const QString& topic : topics) {
        MqttMessage message;
        message.topic = topic;
        message.payload = QByteArray::number(batch.size());
        batch.append(message);
    }
    return batch;
}

QStringList rows(const SubscriptionPane* pane)
{
    QStringList result;
    for (int i = 0; i < pane->model()->rowCount(); ++i) {
        const MqttMessage message = pane->model()->messageAt(i);
        result << message.topic + u'=' + QString::fromUtf8(message.payload);
    }
    return result;
}

} // namespace

void TestMainWindow::batchesRouteWholeOrMessageByMessage_issue8()
{
    // A batch whose every message goes to the same panes is handed to each of them whole (shared); a mixed one
    // message by message. Either way each pane gets exactly its messages, in arrival order.
    MainWindow window;
    SubscriptionPane* all = window.panes().first();
    subscribePane(all, u"a/#"_s);
    SubscriptionPane* also = window.addPane();
    subscribePane(also, u"a/#"_s);
    SubscriptionPane* temps = window.addPane();
    subscribePane(temps, u"a/+/temp"_s);

    Q_EMIT window.session()->messagesReceived(routedBatch({u"a/1/x"_s, u"a/2/x"_s, u"a/3/x"_s}));
    Q_EMIT window.session()->messagesReceived(routedBatch({u"a/1/temp"_s, u"a/2/x"_s, u"b/1/temp"_s, u"a/3/temp"_s}));
    QTRY_COMPARE(all->model()->rowCount(), 6);
    const QStringList expected = {u"a/1/x=0"_s,    u"a/2/x=1"_s, u"a/3/x=2"_s,
                                  u"a/1/temp=0"_s, u"a/2/x=1"_s, u"a/3/temp=3"_s};
    QCOMPARE(rows(all), expected);
    QCOMPARE(rows(also), expected);
    QCOMPARE(rows(temps), (QStringList{u"a/1/temp=0"_s, u"a/3/temp=3"_s}));
}

void TestMainWindow::panesOffScreenKeepOnlyWhatTheyShow_issue8()
{
    // A pane on another tab does not store a flood it could never show: it keeps its newest rows (its row limit) and
    // shows them when the flood pauses, or at once when it is shown.
    MainWindow window;
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SubscriptionPane* hidden = window.panes().first();
    PaneSettings settings;
    settings.filter = u"f/#"_s;
    settings.rowLimit = 500;
    hidden->applySettings(settings);
    QCOMPARE(hidden->model()->ring().capacity(), 500); // a restored row limit applies at once, not only after an edit
    subscribePane(hidden, u"f/#"_s);
    SubscriptionPane* shown = window.addPane();
    subscribePane(shown, u"f/#"_s);
    window.paneTabs()->setCurrentWidget(shown);
    QVERIFY(!hidden->isVisible() && shown->isVisible());

    int next = 0;
    const auto flood = [&](int count) {
        QList<MqttMessage> batch;
        for (int i = 0; i < count; ++i, ++next) {
            MqttMessage message;
            message.topic = u"f/x"_s;
            message.payload = QByteArray::number(next);
            batch.append(message);
        }
        Q_EMIT window.session()->messagesReceived(batch);
    };
    for (int round = 0; round < 6; ++round) { // six passes' worth, arriving while passes run
        flood(1000);
        QTest::qWait(110);
    }
    QTRY_COMPARE(shown->model()->rowCount(), 6000);
    const auto newest = [](const SubscriptionPane* pane) {
        const int rows = pane->model()->rowCount();
        return rows > 0 ? pane->model()->messageAt(rows - 1).payload : QByteArray();
    };
    QTRY_COMPARE(newest(hidden), QByteArray("5999")); // after the flood, without being shown
    QCOMPARE(hidden->model()->rowCount(), 500);
    QCOMPARE(hidden->model()->messageAt(0).payload, QByteArray("5500"));
    QCOMPARE(hidden->model()->messageAt(499).payload, QByteArray("5999"));
    QCOMPARE(quint64(hidden->model()->rowCount()) + hidden->model()->evictedCount() + hidden->droppedPaneFull(),
             quint64(6000)); // every message accounted for

    // Shown during a flood: what it holds reaches the table at once.
    flood(1000);
    window.paneTabs()->setCurrentWidget(hidden);
    QCOMPARE(newest(hidden), QByteArray("6999"));
}

void TestMainWindow::overlappingPanesShareOneSubscription()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(connectWindow(window, m_broker.plainUrl()));
    QSignalSpy subscribed(window.session(), &MqttSession::subscribed);
    SubscriptionPane* first = window.panes().first();
    subscribePane(first, u"home/+/temp"_s);
    SubscriptionPane* second = window.addPane();
    subscribePane(second, u"home/#"_s);
    SubscriptionPane* third = window.addPane();
    subscribePane(third, u"home/#"_s); // same filter: no second broker subscription
    // Every model change below (batches, pause, search, close) is checked against Qt's model rules. The testers
    // belong to their models, so closing a pane ends them too.
    for (SubscriptionPane* pane : {first, second}) {
        new QAbstractItemModelTester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     pane->model());
        new QAbstractItemModelTester(pane->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     pane->proxy());
    }
    QTRY_COMPARE(subscribed.size(), 2);
    QCOMPARE(window.session()->subscriptions().size(), 2);

    window.session()->publish(u"home/kitchen/temp"_s, R"({"c":21.5})", 1);
    window.session()->publish(u"home/kitchen/humidity"_s, "40", 1);
    QTRY_COMPARE(second->model()->rowCount(), 2);
    QTRY_COMPARE(first->model()->rowCount(), 1);
    QCOMPARE(third->model()->rowCount(), 2);
    QCOMPARE(first->model()->messageAt(0).topic, u"home/kitchen/temp"_s);

    // Pause holds arrivals; resume shows them.
    second->setPaused(true);
    window.session()->publish(u"home/garage/temp"_s, "5", 1);
    // MainWindow's coalescing timer flushes every pane at once: when the first pane shows the message, the paused
    // one would have shown it too.
    QTRY_COMPARE(first->model()->rowCount(), 2);
    QCOMPARE(second->model()->rowCount(), 2);
    second->setPaused(false);
    QCOMPARE(second->model()->rowCount(), 3);

    // The search filter applies to stored rows and to rows arriving later.
    auto* search = second->findChild<QLineEdit*>(u"searchLineEdit"_s);
    search->setText(u"garage"_s);
    QTRY_COMPARE(second->proxy()->rowCount(), 1); // after the typing pause (debounced)
    window.session()->publish(u"home/garage/door"_s, "open", 1);
    QTRY_COMPARE(second->model()->rowCount(), 4);
    QCOMPARE(second->proxy()->rowCount(), 2);

    // Export of the filtered rows, checked byte by byte.
    QTemporaryDir dir;
    QSignalSpy exported(second, &SubscriptionPane::fileOperationFinished);
    QVERIFY(second->startExport(dir.filePath(u"out.jsonl"_s)));
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
    QFile jsonLines(dir.filePath(u"out.jsonl"_s));
    QVERIFY(jsonLines.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = jsonLines.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the final newline
    const QJsonObject firstLine = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(firstLine.value(u"topic"_s).toString(), u"home/garage/temp"_s);
    QCOMPARE(firstLine.value(u"payload"_s).toString(), u"5"_s); // MessageLog: text payloads as text
    QCOMPARE(firstLine.value(u"qos"_s).toInt(), 0);             // delivered at the pane's subscription QoS
    QVERIFY(second->startExport(dir.filePath(u"out.csv"_s)));
    QTRY_COMPARE(exported.size(), 2);
    QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
    QFile csv(dir.filePath(u"out.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QVERIFY(csvText.startsWith("time,topic,qos,retained,size,payload\r\n"));
    QVERIFY2(csvText.contains(",home/garage/door,0,false,4,open\r\n"), csvText.constData());

    // Closing one of two panes on a filter keeps the broker subscription; closing the last removes it.
    QSignalSpy unsubscribed(window.session(), &MqttSession::unsubscribed);
    QTest::mouseClick(third->findChild<QToolButton*>(u"closePaneButton"_s), Qt::LeftButton);
    QVERIFY(window.session()->subscriptions().contains(u"home/#"_s));
    // What the user sees: the remaining pane on "home/#" still receives (no fixed wait: the message itself is the
    // proof), and the broker was never asked to unsubscribe.
    const int before = second->model()->rowCount();
    window.session()->publish(u"home/after-close"_s, "still here", 1);
    QTRY_COMPARE(second->model()->rowCount(), before + 1);
    QCOMPARE(second->model()->messageAt(before).topic, u"home/after-close"_s);
    QVERIFY(unsubscribed.isEmpty());
    auto* tabs = window.findChild<QTabWidget*>(u"paneTabs"_s);
    QCOMPARE(tabs->count(), 2);
    Q_EMIT tabs->tabCloseRequested(tabs->indexOf(second));
    QTRY_COMPARE(unsubscribed.size(), 1);
    QVERIFY(!window.session()->subscriptions().contains(u"home/#"_s));
}

void TestMainWindow::largeAndBinaryPayloadsDisplay()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(connectWindow(window, m_broker.plainUrl()));
    SubscriptionPane* pane = window.panes().first();
    QSignalSpy subscribed(window.session(), &MqttSession::subscribed);
    subscribePane(pane, u"big/#"_s);
    QTRY_COMPARE(subscribed.size(), 1);
    QByteArray large(10 * 1024 * 1024, 'a');
    large[0] = '{';
    QByteArray binary;
    for (int i = 0; i < 256; ++i) {
        binary.append(char(i));
    }
    window.session()->publish(u"big/large"_s, large, 1);
    window.session()->publish(u"big/binary"_s, binary, 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 2, 20000);
    QCOMPARE(pane->model()->messageAt(0).payload.size(), large.size()); // stored whole, never cut

    auto* table = pane->findChild<QTableView*>(u"messageTableView"_s);
    auto* detail = pane->findChild<QPlainTextEdit*>(u"detailTextEdit"_s);
    auto* info = pane->findChild<QLabel*>(u"detailInfoLabel"_s);
    auto* format = pane->findChild<QComboBox*>(u"formatComboBox"_s);
    table->setFocus();
    table->setCurrentIndex(pane->proxy()->index(0, 0));
    QTRY_VERIFY(detail->toPlainText().startsWith(u"{aaaa"_s));
    QVERIFY2(info->text().contains(u"10485760"_s) || info->text().contains(u"10,485,760"_s), qPrintable(info->text()));
    QVERIFY2(info->text().contains(u"first"_s), qPrintable(info->text())); // says the view shows a part
    format->setCurrentIndex(1); // JSON: not valid JSON, and the user is told so
    QVERIFY2(info->text().contains(u"which are not complete JSON"_s), qPrintable(info->text()));
    QTest::keyClick(table, Qt::Key_Down); // the binary one
    format->setCurrentIndex(2);           // hex
    QVERIFY2(detail->toPlainText().startsWith(u"00 01 02"_s), qPrintable(detail->toPlainText().left(20)));
    format->setCurrentIndex(0); // string: invalid UTF-8 shown safely, with the replacement character, and said so
    QVERIFY(detail->toPlainText().contains(QString::fromLatin1(binary.mid(0x20, 0x5f)))); // " !\"#…}~" intact
    QVERIFY(detail->toPlainText().contains(QChar(0xFFFD)));
    QVERIFY2(info->text().contains(u"not valid UTF-8"_s), qPrintable(info->text()));
    window.grab(); // painting the 10 MB and the binary rows must neither crash nor hang
    // The whole payload, on request.
    table->setCurrentIndex(pane->proxy()->index(0, 0));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(pane->saveSelectedPayload(dir.filePath(u"large.bin"_s), &error), qPrintable(error));
    QCOMPARE(QFileInfo(dir.filePath(u"large.bin"_s)).size(), large.size());
}

void TestMainWindow::paneLimitsCopyColourAndLint()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(connectWindow(window, m_broker.plainUrl()));
    SubscriptionPane* pane = window.panes().first();
    QSignalSpy subscribed(window.session(), &MqttSession::subscribed);
    subscribePane(pane, u"limits/#"_s);
    QTRY_COMPARE(subscribed.size(), 1);

    // The row limit is the user's: 100 rows kept, the other 50 counted: evicted when they were shown and pushed out,
    // "pane full" when they came in one batch with more than 100 newer ones and were never shown.
    auto* rows = pane->findChild<QSpinBox*>(u"rowLimitSpinBox"_s);
    rows->setValue(100);
    Q_EMIT rows->editingFinished();
    for (int i = 0; i < 150; ++i) {
        window.session()->publish(u"limits/x"_s, QByteArray::number(i), 0);
    }
    const auto evicted = [pane] { return qint64(pane->model()->evictedCount()); };
    const auto paneFull = [pane] { return qint64(pane->droppedPaneFull()); };
    QTRY_COMPARE(pane->model()->rowCount() + evicted() + paneFull(), 150);
    QCOMPARE(pane->model()->rowCount(), 100);
    QCOMPARE(pane->model()->messageAt(0).payload, QByteArray("50")); // the newest 100 kept
    const QString counters = pane->findChild<QLabel*>(u"countersLabel"_s)->text();
    QVERIFY2(evicted() == 0 || counters.contains(u"%1 evicted"_s.arg(evicted())), qPrintable(counters));
    QVERIFY2(paneFull() == 0 || counters.contains(u"%1 dropped (pane full)"_s.arg(paneFull())), qPrintable(counters));

    // Copy: the selected message's payload, with the keyboard.
    auto* table = pane->findChild<QTableView*>(u"messageTableView"_s);
    table->setFocus();
    table->setCurrentIndex(pane->proxy()->index(99, 0));
    pane->copySelected(false);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"149"_s);
    pane->copySelected(true);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"limits/x 149"_s);

    // Colour: marks the tab; distinct per pane by default.
    SubscriptionPane* second = window.addPane();
    QVERIFY(pane->colour() != second->colour());
    auto* tabs = window.findChild<QTabWidget*>(u"paneTabs"_s);
    QVERIFY(!tabs->tabIcon(tabs->indexOf(second)).isNull());

    // Lint in the filter field: a warning, never a block.
    auto* filter = second->findChild<QLineEdit*>(u"filterLineEdit"_s);
    filter->setText(u"/leading/#"_s);
    auto* status = second->findChild<QLabel*>(u"filterStatusLabel"_s);
    QVERIFY(!status->isHidden());
    QVERIFY(second->findChild<QPushButton*>(u"subscribeButton"_s)->isEnabled());
    filter->setText(u"a/#/b"_s); // invalid: blocked
    QVERIFY(!second->findChild<QPushButton*>(u"subscribeButton"_s)->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
