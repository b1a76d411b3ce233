// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageFilterProxyModel.h"
#include "messages/MessageLog.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MessageInbox.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/DialogSeams.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

MqttMessage message(qint64 n, const QByteArray& payload = {})
{
    MqttMessage m;
    m.topic = n % 2 == 0 ? u"home/kitchen/temp"_s : u"home/garage/door"_s;
    m.payload = payload.isNull() ? QByteArray::number(n) : payload;
    m.receivedAtMs = 1'700'000'000'000 + n;
    m.qos = quint8(n % 3);
    return m;
}

void fill(SubscriptionPane& pane, qint64 from, qint64 to, const QByteArray& payload = {})
{
    for (qint64 i = from; i < to; ++i) {
        pane.enqueue(message(i, payload));
    }
    pane.flush();
}

QString counters(const SubscriptionPane& pane)
{
    return pane.findChild<QLabel*>(u"countersLabel"_s)->text();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

/// Makes a big pane: `rows` messages sharing one payload (cheap in memory, real work to export).
void fillLarge(SubscriptionPane& pane, qint64 rows)
{
    pane.model()->setLimits(rows, qint64(8) << 30);
    const QByteArray payload(100, 'p');
    QList<MqttMessage> batch;
    batch.reserve(rows);
    for (qint64 i = 0; i < rows; ++i) {
        batch.append(message(i, payload));
    }
    pane.model()->appendBatch(batch);
}

} // namespace

/// The subscription pane on its own: search, export, recordings and drops (issue 8, items 3, 4, 5 and 10).
class TestSubscriptionPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchIsDebouncedAndSaysSearching_issue8();
    void regexErrorIsSaidInWords();
    void exportWritesTheSharedFormat_issue8();
    void cancelledExportLeavesNoFile_issue8();
    void exportErrorIsSaidInWords();
    void openRecordingShowsMessagesWithTheirTimes_issue8();
    void openRecordingReportsBadLines_issue8();
    void dropsAreNamedForWhatTheyAre_issue8();
    void pendingQueueIsBoundedInBytes_issue8();
};

void TestSubscriptionPane::searchIsDebouncedAndSaysSearching_issue8()
{
    SubscriptionPane pane(1);
    pane.show();
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillLarge(pane, 300'000);
    auto* search = pane.findChild<QLineEdit*>(u"searchLineEdit"_s);
    QSignalSpy searching(pane.proxy(), &MessageFilterProxyModel::searchingChanged);
    // Typing letter by letter: nothing is searched until the typing pauses.
    for (const QString& text : {u"k"_s, u"ki"_s, u"kit"_s, u"kitc"_s}) {
        search->setText(text);
        QVERIFY(!pane.proxy()->isSearching());
        QTest::qWait(20);
    }
    QVERIFY(searching.isEmpty());
    QCOMPARE(pane.proxy()->rowCount(), 300'000);
    QTRY_VERIFY_WITH_TIMEOUT(!searching.isEmpty(), 2000);
    // A big pane takes several slices: the pane says it is searching meanwhile.
    if (pane.proxy()->isSearching()) {
        QVERIFY2(counters(pane).contains(u"searching…"_s), qPrintable(counters(pane)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!pane.proxy()->isSearching(), 60000);
    QCOMPARE(pane.proxy()->filterText(), u"kitc"_s);
    QCOMPARE(pane.proxy()->rowCount(), 150'000);
    QVERIFY2(!counters(pane).contains(u"searching"_s), qPrintable(counters(pane)));
    QVERIFY2(counters(pane).startsWith(u"150000 shown"_s) || counters(pane).startsWith(u"150,000 shown"_s),
             qPrintable(counters(pane)));
    // Enter searches at once.
    search->setText(u"garage"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(pane.proxy()->isSearching() || pane.proxy()->filterText() == u"garage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.proxy()->isSearching(), 60000);
    QCOMPARE(pane.proxy()->rowCount(), 150'000);
}

void TestSubscriptionPane::regexErrorIsSaidInWords()
{
    SubscriptionPane pane(1);
    pane.show();
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(pane, 0, 10);
    auto* regex = pane.findChild<QCheckBox*>(u"regexCheckBox"_s);
    regex->setChecked(true);
    auto* search = pane.findChild<QLineEdit*>(u"searchLineEdit"_s);
    search->setText(u"([a-z"_s);
    auto* error = pane.findChild<QLabel*>(u"searchErrorLabel"_s);
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Invalid regular expression"_s), qPrintable(error->text()));
    QCOMPARE(pane.proxy()->rowCount(), 10); // the previous filter (none) stays
    search->setText(u"kitchen|garage"_s);
    QTRY_VERIFY(!error->isVisible());
    QCOMPARE(pane.proxy()->rowCount(), 10);
}

void TestSubscriptionPane::exportWritesTheSharedFormat_issue8()
{
    SubscriptionPane pane(1);
    pane.show();
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    MqttMessage withProperties = message(2, QByteArray("\x00\xff binary", 9));
    auto properties = std::make_shared<MqttProperties>();
    properties->userProperties = {{u"k"_s, u"v"_s}};
    properties->correlationData = "c-1";
    withProperties.properties = properties;
    pane.enqueue(message(0));
    pane.enqueue(message(1));
    pane.enqueue(withProperties);
    pane.enqueue(message(4, QByteArray()));
    pane.flush();
    pane.findChild<QLineEdit*>(u"searchLineEdit"_s)->setText(u"kitchen"_s);
    QTRY_COMPARE(pane.proxy()->rowCount(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"kitchen.jsonl"_s);
    QSignalSpy finished(&pane, &SubscriptionPane::fileOperationFinished);
    DialogSeams::setNextFileName(path);
    QTest::mouseClick(pane.findChild<QToolButton*>(u"exportButton"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(pane.fileStatus().contains(u"Exported 3"_s), qPrintable(pane.fileStatus()));
    QByteArray expected;
    for (int row = 0; row < 3; ++row) {
        expected +=
            MessageLog::toLine(pane.model()->messageAt(pane.proxy()->mapToSource(pane.proxy()->index(row, 0)).row()));
    }
    QCOMPARE(readAll(path), expected); // the filtered rows, in the one format, byte for byte
    const auto back = MessageLog::readFile(path);
    QVERIFY(back.ok());
    QCOMPARE(back->messages.at(1).payload, QByteArray("\x00\xff binary", 9));
    QVERIFY(back->messages.at(1).properties && *back->messages.at(1).properties == *properties);

    const QString csv = dir.filePath(u"kitchen.csv"_s);
    QVERIFY(pane.startExport(csv));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(readAll(csv).startsWith("time,topic,qos,retained,size,payload\r\n"));
    QCOMPARE(readAll(csv).count("\r\n"), 4);
}

void TestSubscriptionPane::cancelledExportLeavesNoFile_issue8()
{
    SubscriptionPane pane(1);
    pane.show();
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillLarge(pane, 400'000);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.jsonl"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("what the user had\n");
    }
    QSignalSpy finished(&pane, &SubscriptionPane::fileOperationFinished);
    auto* progress = pane.findChild<QProgressBar*>(u"fileProgressBar"_s);
    auto* cancel = pane.findChild<QToolButton*>(u"cancelFileButton"_s);
    QVERIFY(pane.startExport(path));
    QVERIFY(progress->isVisible() && cancel->isVisible());
    QVERIFY(!pane.startExport(path)); // one at a time, said in words
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(1).toString().contains(u"Wait for the running export"_s),
             qPrintable(finished.first().at(1).toString()));
    // Cancel once the worker writes (after the copy, the first tenth).
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 100 || finished.size() > 1, 30000);
    QVERIFY2(finished.size() == 1, "the export ended before it could be cancelled");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY2(pane.fileStatus().contains(u"cancelled"_s), qPrintable(pane.fileStatus()));
    QCOMPARE(readAll(path), QByteArray("what the user had\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"all.jsonl"_s});
    QVERIFY(!progress->isVisible());
    QVERIFY(!pane.isFileOperationRunning());

    // Cancelled while copying the rows (before any worker): nothing written either.
    const QString fresh = dir.filePath(u"fresh.jsonl"_s);
    QVERIFY(pane.startExport(fresh));
    pane.cancelFileOperation();
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(!QFile::exists(fresh));
}

void TestSubscriptionPane::exportErrorIsSaidInWords()
{
    SubscriptionPane pane(1);
    fill(pane, 0, 3);
    QTemporaryDir dir;
    QSignalSpy finished(&pane, &SubscriptionPane::fileOperationFinished);
    QVERIFY(pane.startExport(dir.filePath(u"missing/folder/out.jsonl"_s)));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(pane.fileStatus().contains(u"Choose a folder you may write to"_s), qPrintable(pane.fileStatus()));
    QVERIFY(pane.findChild<QLabel*>(u"fileStatusLabel"_s)->isVisibleTo(&pane));
}

void TestSubscriptionPane::openRecordingShowsMessagesWithTheirTimes_issue8()
{
    // A recording made by the pane's own export...
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recording.jsonl"_s);
    QList<MqttMessage> recorded;
    for (int i = 0; i < 5000; ++i) {
        recorded << message(i, i % 100 == 0 ? QByteArray("\xfe\xff", 2) : QByteArray());
    }
    QVERIFY(MessageLog::writeFile(path, recorded, MessageLog::FileFormat::JsonLines).ok());

    // ...opened in a pane that already shows a live message and a search.
    SubscriptionPane pane(2);
    pane.show();
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(pane, 10'001, 10'002); // a garage message
    pane.findChild<QLineEdit*>(u"searchLineEdit"_s)->setText(u"garage"_s);
    QTRY_VERIFY(pane.proxy()->isFiltering());
    QSignalSpy finished(&pane, &SubscriptionPane::fileOperationFinished);
    DialogSeams::setNextFileName(path);
    QTest::mouseClick(pane.findChild<QToolButton*>(u"openRecordingButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY2(pane.fileStatus().contains(u"Opened “recording.jsonl”: 5"_s), qPrintable(pane.fileStatus()));
    QCOMPARE(pane.model()->rowCount(), 5001);
    for (int i = 0; i < 5000; i += 499) {
        const MqttMessage shown = pane.model()->messageAt(i + 1);
        QCOMPARE(shown.receivedAtMs, recorded.at(i).receivedAtMs); // the original times
        QCOMPARE(shown.payload, recorded.at(i).payload);
        QCOMPARE(shown.topic, recorded.at(i).topic);
        QCOMPARE(shown.qos, recorded.at(i).qos);
    }
    // The search applies to them as to any arrival.
    QCOMPARE(pane.proxy()->rowCount(), 1 + 2500);
    QVERIFY2(counters(pane).startsWith(u"2501 shown · 5001 stored"_s) ||
                 counters(pane).startsWith(u"2,501 shown · 5,001 stored"_s),
             qPrintable(counters(pane)));
    QCOMPARE(pane.receivedCount(), quint64(5001));
}

void TestSubscriptionPane::openRecordingReportsBadLines_issue8()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.jsonl"_s);
    QByteArray content;
    content += MessageLog::toLine(message(1));
    content += "not json\n"; // line 2
    content += MessageLog::toLine(message(3));
    content += R"({"tst":"2026-05-04T10:20:30Z","topic":"a","qos":7,"payload":""})"
               "\n";                                           // line 4
    content += MessageLog::toLine(message(5)).left(30) + "\n"; // line 5: cut
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    SubscriptionPane pane(3);
    pane.show();
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&pane, &SubscriptionPane::fileOperationFinished);
    QVERIFY(pane.openRecording(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(pane.model()->rowCount(), 2); // the good lines are shown
    const QString status = pane.fileStatus();
    QVERIFY2(!finished.first().at(0).toBool(), "bad lines are not a silent success");
    QVERIFY2(status.contains(u"3 line"_s) && status.contains(u"could not be read"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Line 2: not JSON"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Line 4: “qos” must be 0, 1 or 2"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Line 5:"_s), qPrintable(status));
    QVERIFY(pane.findChild<QLabel*>(u"fileStatusLabel"_s)->isVisible());

    // A file with nothing readable, and a missing file: said in words, nothing added.
    const QString garbage = dir.filePath(u"garbage.jsonl"_s);
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not a recording\n");
    }
    QVERIFY(pane.openRecording(garbage));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY2(pane.fileStatus().contains(u"holds no message ThingBench can read"_s), qPrintable(pane.fileStatus()));
    QVERIFY(pane.openRecording(dir.filePath(u"absent.jsonl"_s)));
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY2(pane.fileStatus().contains(u"does not exist"_s), qPrintable(pane.fileStatus()));
    QCOMPARE(pane.model()->rowCount(), 2);
}

void TestSubscriptionPane::dropsAreNamedForWhatTheyAre_issue8()
{
    SubscriptionPane pane(4);
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(counters(pane), u"0 shown · 0 stored"_s);

    // Paused: the held queue overflows; the oldest held ones are dropped "while paused".
    pane.setPaused(true);
    for (qint64 i = 0; i < SubscriptionPane::MAX_PENDING + 25; ++i) {
        pane.enqueue(message(i));
    }
    pane.flush();
    QCOMPARE(pane.droppedWhilePaused(), quint64(25));
    QCOMPARE(pane.droppedPaneFull(), quint64(0));
    QVERIFY2(counters(pane).contains(u"25 dropped while paused"_s), qPrintable(counters(pane)));
    QVERIFY2(counters(pane).contains(u"0 dropped (pane full)"_s), qPrintable(counters(pane)));
    pane.setPaused(false);
    QCOMPARE(pane.model()->rowCount(), 10'000); // the pane keeps its default 10,000 rows
    // What was held but more than the pane keeps: the oldest never shown, counted "pane full", not "evicted".
    QCOMPARE(pane.droppedPaneFull(), quint64(SubscriptionPane::MAX_PENDING - 10'000));
    QCOMPARE(pane.model()->evictedCount(), quint64(0));
    QCOMPARE(pane.model()->messageAt(0).payload, QByteArray::number(SubscriptionPane::MAX_PENDING + 25 - 10'000));

    // Not paused: a batch bigger than the pane's row limit.
    pane.clear();
    auto* rows = pane.findChild<QSpinBox*>(u"rowLimitSpinBox"_s);
    rows->setValue(100);
    Q_EMIT rows->editingFinished();
    fill(pane, 0, 130);
    QCOMPARE(pane.model()->rowCount(), 100);
    QCOMPARE(pane.droppedPaneFull(), quint64(30));
    QCOMPARE(pane.droppedWhilePaused(), quint64(0));
    fill(pane, 130, 180); // fits as a batch: older rows are evicted, as before
    QCOMPARE(pane.droppedPaneFull(), quint64(30));
    QCOMPARE(pane.model()->evictedCount(), quint64(50));
    QCOMPARE(pane.receivedCount(), quint64(180));
    QCOMPARE(pane.pendingDropped(), quint64(30));
    QCOMPARE(counters(pane),
             u"100 shown · 100 stored · 50 evicted (row or memory limit) · 180 received · 30 dropped (pane full) · "
             "0 dropped while paused"_s);
}

void TestSubscriptionPane::pendingQueueIsBoundedInBytes_issue8()
{
    SubscriptionPane pane(5);
    QAbstractItemModelTester tester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray megabyte(1024 * 1024, 'm'); // shared: the queue's byte count, not the test's memory
    const qint64 cost = MessageInbox::costOf(message(0, megabyte));
    const qint64 fit = SubscriptionPane::MAX_PENDING_BYTES / cost;
    const qint64 sent = fit + 7;
    for (qint64 i = 0; i < sent; ++i) {
        pane.enqueue(message(i, megabyte)); // not paused: between two flushes
    }
    // Not paused, a full queue is moved into the table rather than dropped (the table keeps 256 MB by default).
    QCOMPARE(pane.droppedPaneFull(), quint64(0));
    pane.flush();
    QCOMPARE(pane.model()->rowCount(), int(sent));
    QCOMPARE(pane.model()->messageAt(int(sent - 1)).payload.size(), megabyte.size());
    pane.setPaused(true);
    for (qint64 i = 0; i < fit + 3; ++i) {
        pane.enqueue(message(i, megabyte)); // held while paused: bounded, the oldest held ones dropped and named
    }
    QCOMPARE(pane.droppedWhilePaused(), quint64(3));
    QCOMPARE(pane.droppedPaneFull(), quint64(0));
    // One message larger than the whole queue is dropped, not kept beyond the bound.
    pane.enqueue(message(99, QByteArray(SubscriptionPane::MAX_PENDING_BYTES, 'x')));
    QCOMPARE(pane.droppedWhilePaused(), quint64(4 + fit));
}

QTEST_MAIN(TestSubscriptionPane)
#include "TestSubscriptionPane.moc"
