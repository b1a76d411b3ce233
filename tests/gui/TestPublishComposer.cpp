// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"
#include "mqtt/TopicLint.h"
#include "publish/PublishComposer.h"
#include "subscriptions/SubscriptionPane.h"
#include "messages/MessageTableModel.h"
#include "support/BrokerFixture.h"
#include "support/DialogSeams.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// The publish composer in the real main window against a real mosquitto.
class TestPublishComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishesWithPropertiesAndSeesItInAPane();
    void validationAndLint();
    void repeatAndStop();
    void historyAndTemplates();
    void damagedTemplatesAreReportedAndKept_issue8();
    void clearRetainedAfterConfirmation();
    void payloadFromFile();

private:
    bool connectWindow(MainWindow& window);
    SubscriptionPane* subscribe(MainWindow& window, const QString& filter, int qos = 1);

    BrokerFixture m_broker;
    QTemporaryDir m_dir;
};

void TestPublishComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
}

bool TestPublishComposer::connectWindow(MainWindow& window)
{
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(m_broker.plainUrl());
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    window.composer()->setTemplatesFile(m_dir.filePath(u"templates-%1.json"_s.arg(quintptr(&window))));
    return QTest::qWaitFor([&] { return window.session()->state() == SessionState::Connected; }, 10000);
}

SubscriptionPane* TestPublishComposer::subscribe(MainWindow& window, const QString& filter, int qos)
{
    SubscriptionPane* pane = window.panes().constLast();
    QSignalSpy subscribed(window.session(), &MqttSession::subscribed);
    pane->findChild<QComboBox*>(u"qosComboBox"_s)->setCurrentIndex(qos);
    pane->setFilterText(filter);
    pane->subscribe();
    if (!QTest::qWaitFor([&] { return !subscribed.isEmpty(); }, 5000)) {
        return nullptr;
    }
    return pane;
}

void TestPublishComposer::publishesWithPropertiesAndSeesItInAPane()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(connectWindow(window));
    SubscriptionPane* pane = subscribe(window, u"composer/#"_s);
    QVERIFY(pane);
    PublishComposer* composer = window.composer();
    auto* topic = composer->findChild<QLineEdit*>(u"topicLineEdit"_s);
    topic->setFocus();
    QTest::keyClicks(topic, u"composer/one"_s);
    composer->findChild<QComboBox*>(u"publishQosComboBox"_s)->setCurrentIndex(1);
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"{\"on\":true}"_s);
    QVERIFY(composer->findChild<QLabel*>(u"payloadStatusLabel"_s)->text().contains(u"valid JSON"_s));
    composer->findChild<QGroupBox*>(u"propertiesGroupBox"_s)->setChecked(true);
    auto* table = composer->findChild<QTableWidget*>(u"userPropertiesTable"_s);
    table->insertRow(0);
    table->setItem(0, 0, new QTableWidgetItem(u"source"_s));
    table->setItem(0, 1, new QTableWidgetItem(u"thingbench"_s));
    composer->findChild<QLineEdit*>(u"contentTypeLineEdit"_s)->setText(u"application/json"_s);
    composer->findChild<QLineEdit*>(u"responseTopicLineEdit"_s)->setText(u"composer/reply"_s);
    composer->findChild<QLineEdit*>(u"correlationLineEdit"_s)->setText(u"req-1"_s);
    composer->findChild<QSpinBox*>(u"expirySpinBox"_s)->setValue(60);

    QSignalSpy results(composer, &PublishComposer::resultShown);
    QTest::keyClick(topic, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return publishes
    QTRY_VERIFY(!results.isEmpty());
    QVERIFY2(results.first().at(1).toBool(), qPrintable(results.first().at(0).toString()));
    QVERIFY(results.first().at(0).toString().contains(u"acknowledged"_s));
    QTRY_COMPARE(pane->model()->rowCount(), 1);
    const MqttMessage& message = pane->model()->messageAt(0);
    QCOMPARE(message.payload, QByteArray("{\"on\":true}"));
    QVERIFY(message.properties);
    QCOMPARE(message.properties->userProperties, (QList<std::pair<QString, QString>>{{u"source"_s, u"thingbench"_s}}));
    QCOMPARE(message.properties->contentType, u"application/json"_s);
    QCOMPARE(message.properties->responseTopic, u"composer/reply"_s);
    QCOMPARE(message.properties->correlationData, QByteArray("req-1"));
}

void TestPublishComposer::validationAndLint()
{
    MainWindow window;
    PublishComposer* composer = window.composer();
    auto* topic = composer->findChild<QLineEdit*>(u"topicLineEdit"_s);
    auto* status = composer->findChild<QLabel*>(u"topicStatusLabel"_s);
    auto* publish = composer->findChild<QPushButton*>(u"publishButton"_s);
    topic->setText(u"a/+/b"_s); // wildcards refused, and the user is told why
    QVERIFY(!publish->isEnabled());
    const QString refusal = TopicFilter::validateTopicName(u"a/+/b"_s).error().message;
    QVERIFY2(refusal.contains(u"+"_s), qPrintable(refusal));
    QVERIFY2(!status->isHidden() && status->text().contains(refusal), qPrintable(status->text()));
    topic->setText(u"/leading"_s); // a warning, not a block
    QVERIFY(publish->isEnabled());
    const QList<TopicLint::Warning> warnings = TopicLint::check(u"/leading"_s, {});
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.constFirst().code, u"leading_slash"_s);
    QVERIFY2(status->text().contains(warnings.constFirst().message), qPrintable(status->text()));
    composer->setAwsIot(true, u"sensor-1"_s);
    topic->setText(u"devices/sensor-1/x"_s);
    composer->findChild<QComboBox*>(u"publishQosComboBox"_s)->setCurrentIndex(2);
    QVERIFY2(status->text().contains(u"QoS 2"_s), qPrintable(status->text()));
    QVERIFY(publish->isEnabled());
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"{broken"_s);
    QVERIFY(composer->findChild<QLabel*>(u"payloadStatusLabel"_s)->text().contains(u"not valid JSON"_s));
}

void TestPublishComposer::repeatAndStop()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(connectWindow(window));
    SubscriptionPane* pane = subscribe(window, u"repeat/#"_s);
    QVERIFY(pane);
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    PublishComposer* composer = window.composer();
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"repeat/x"_s);
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"tick"_s);
    composer->findChild<QSpinBox*>(u"repeatSpinBox"_s)->setValue(5);
    composer->findChild<QSpinBox*>(u"intervalSpinBox"_s)->setValue(0);
    QVERIFY(composer->publish());
    QTRY_COMPARE(pane->model()->rowCount(), 5);

    composer->findChild<QSpinBox*>(u"repeatSpinBox"_s)->setValue(1000);
    composer->findChild<QSpinBox*>(u"intervalSpinBox"_s)->setValue(50);
    QVERIFY(composer->publish());
    QTRY_VERIFY(pane->model()->rowCount() >= 7);
    QVERIFY(composer->isRepeating());
    QTest::mouseClick(composer->findChild<QPushButton*>(u"stopButton"_s), Qt::LeftButton);
    QVERIFY(!composer->isRepeating());
    // Nothing is sent after Stop. Ticks already sent may still be on their way (the pane shows them up to ~50 ms
    // late, longer under a sanitizer), so the rows shown at Stop say nothing. Proof instead: markers published on
    // the same connection, topic and QoS right after Stop; MQTT keeps their order, so every tick sent before Stop
    // arrives before the first marker, and a tick sent after it would sit between the two markers.
    window.session()->publish(u"repeat/x"_s, "marker", 0, false);
    QTRY_VERIFY(pane->model()->rowCount() > 0 &&
                pane->model()->messageAt(pane->model()->rowCount() - 1).payload == "marker");
    window.session()->publish(u"repeat/x"_s, "end", 0, false);
    QTRY_COMPARE(pane->model()->messageAt(pane->model()->rowCount() - 1).payload, QByteArray("end"));
    const int rows = pane->model()->rowCount();
    QCOMPARE(pane->model()->messageAt(rows - 2).payload, QByteArray("marker")); // nothing sent in between
    for (int row = 0; row < rows - 2; ++row) {
        QCOMPARE(pane->model()->messageAt(row).payload, QByteArray("tick"));
    }
    QVERIFY(!composer->isRepeating());
}

void TestPublishComposer::historyAndTemplates()
{
    MainWindow window;
    QVERIFY(connectWindow(window));
    PublishComposer* composer = window.composer();
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"hist/a"_s);
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"first"_s);
    composer->findChild<QCheckBox*>(u"retainCheckBox"_s)->setChecked(false);
    QVERIFY(composer->publish());
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"hist/b"_s);
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"second"_s);
    QVERIFY(composer->publish());
    QCOMPARE(composer->history().size(), 2);
    QCOMPARE(composer->history().first().topic, u"hist/b"_s);
    composer->loadDraft(composer->history().at(1));
    QCOMPARE(composer->draft().payload, QByteArray("first"));

    composer->saveTemplate(u"greeting"_s);
    const QString file = m_dir.filePath(u"templates-%1.json"_s.arg(quintptr(&window)));
    QVERIFY(QFile::exists(file));
    MainWindow other;
    other.composer()->setTemplatesFile(file); // templates survive a restart
    QCOMPARE(other.composer()->templates().size(), 1);
    QCOMPARE(other.composer()->templates().first().name, u"greeting"_s);
    QCOMPARE(other.composer()->templates().first().payload, QByteArray("first"));
    QCOMPARE(other.composer()->templates().first().topic, u"hist/a"_s);
}

void TestPublishComposer::damagedTemplatesAreReportedAndKept_issue8()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"templates.json"_s);
    // Cut off while it was written: the user's templates are in there, but it is not a JSON document.
    const QByteArray damaged = R"({"schemaVersion": 1, "templates": [{"name": "greeting", "topic": "a/b", "payl)";
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(damaged), damaged.size());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PublishComposer* composer = window.composer();
    composer->setTemplatesFile(file);

    // Kept under a new name beside the original, byte for byte.
    const QStringList kept = QDir(dir.path()).entryList({u"templates.json.damaged-*"_s}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    const QString keptPath = dir.filePath(kept.constFirst());
    QFile keptFile(keptPath);
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), damaged);
    keptFile.close();
    // Reported where the user looks: which file, what is wrong, where it is now, what to do.
    const auto* result = composer->findChild<QLabel*>(u"resultLabel"_s);
    QVERIFY(result->isVisible());
    const QString says = result->text();
    QVERIFY2(says.contains(u"templates file “%1”"_s.arg(file)), qPrintable(says));
    QVERIFY2(says.contains(u"ends in the middle of the data"_s), qPrintable(says));
    QVERIFY2(says.contains(u"moved to “%1”"_s.arg(keptPath)), qPrintable(says));
    QVERIFY2(says.contains(u"copy back what you need"_s), qPrintable(says));
    QVERIFY(composer->templates().isEmpty());
    QCOMPARE(composer->findChild<QComboBox*>(u"templateComboBox"_s)->count(), 1); // only the "Templates…" prompt

    // The next save starts a fresh file and leaves the kept one alone.
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"fresh/topic"_s);
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"fresh"_s);
    composer->saveTemplate(u"fresh"_s);
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), damaged);
    QCOMPARE(QDir(dir.path()).entryList({u"templates.json*"_s}, QDir::Files).size(), 2);
    MainWindow other;
    other.composer()->setTemplatesFile(file);
    QCOMPARE(other.composer()->templates().size(), 1);
    QCOMPARE(other.composer()->templates().constFirst().name, u"fresh"_s);
    QCOMPARE(other.composer()->templates().constFirst().payload, QByteArray("fresh"));
    QCOMPARE(QDir(dir.path()).entryList({u"templates.json*"_s}, QDir::Files).size(), 2); // nothing set aside again
}

void TestPublishComposer::clearRetainedAfterConfirmation()
{
    MainWindow window;
    window.show();
    QVERIFY(connectWindow(window));
    PublishComposer* composer = window.composer();
    window.session()->publish(u"retained/x"_s, "kept", 1, true);
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"retained/x"_s);
    DialogSeams::setNextConfirmation(false);
    QVERIFY(!composer->clearRetained()); // declined: nothing sent
    DialogSeams::setNextConfirmation(true);
    QSignalSpy results(composer, &PublishComposer::resultShown);
    QVERIFY(composer->clearRetained());
    QTRY_VERIFY(!results.isEmpty());
    QVERIFY(results.first().at(1).toBool());

    SubscriptionPane* pane = subscribe(window, u"retained/#"_s);
    QVERIFY(pane);
    // Nothing retained any more. The broker sends retained messages on subscribing, before anything published
    // afterwards: once a marker published now has arrived, a retained "kept" would have arrived before it.
    window.session()->publish(u"retained/marker"_s, "marker", 1, false);
    QTRY_VERIFY(pane->model()->rowCount() >= 1);
    QCOMPARE(pane->model()->rowCount(), 1);
    QCOMPARE(pane->model()->messageAt(0).topic, u"retained/marker"_s);
}

void TestPublishComposer::payloadFromFile()
{
    MainWindow window;
    window.show();
    QVERIFY(connectWindow(window));
    SubscriptionPane* pane = subscribe(window, u"file/#"_s);
    QVERIFY(pane);
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i) {
        bytes.append(char(i % 256));
    }
    const QString path = m_dir.filePath(u"payload.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    PublishComposer* composer = window.composer();
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"file/bin"_s);
    QVERIFY(composer->loadPayloadFile(path));
    QCOMPARE(composer->draft().payload, bytes); // exact bytes, not the text shown
    QVERIFY(composer->publish());
    QTRY_COMPARE(pane->model()->rowCount(), 1);
    QCOMPARE(pane->model()->messageAt(0).payload, bytes);
    QVERIFY(!composer->loadPayloadFile(m_dir.filePath(u"missing.bin"_s)));
}

QTEST_MAIN(TestPublishComposer)
#include "TestPublishComposer.moc"
