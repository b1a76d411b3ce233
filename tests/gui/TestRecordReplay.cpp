// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Record and replay from the main window against a real mosquitto (offscreen): a pane's messages recorded to a file,
// then replayed with a prefix swap, arrive with the same bytes, QoS and MQTT 5 properties; a bad file and a missing
// connection are explained; what a screen reader hears.
#include "MainWindow.h"
#include "messages/MessageLog.h"
#include "mqtt/MqttSession.h"
#include "recording/RecordReplayDialog.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 15000;

QString spoken(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

} // namespace

class TestRecordReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_broker.start(), qPrintable(m_broker.error())); }
    void recordAPaneAndReplayItElsewhere();
    void explainsWhatIsMissing();

private:
    BrokerFixture m_broker;
};

void TestRecordReplay::recordAPaneAndReplayItElsewhere()
{
    QTemporaryDir dir;
    MainWindow window(nullptr, MainWindow::Start::Empty);
    window.setBrokerUrl(m_broker.plainUrl());
    SubscriptionPane* pane = window.addPane(u"rec/#"_s);
    pane->subscribe();
    window.show();
    window.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isSubscriptionActive(u"rec/#"_s), WAIT_MS);

    RecordReplayDialog* dialog = window.openRecordReplay();
    auto* source = dialog->findChild<QComboBox*>(u"sourceCombo"_s);
    QCOMPARE(source->count(), 2); // the whole connection, the pane
    source->setCurrentIndex(1);
    const QString file = dir.filePath(u"session.jsonl"_s);
    dialog->findChild<QLineEdit*>(u"recordFileEdit"_s)->setText(file);
    dialog->toggleRecording();
    QVERIFY(dialog->isRecording());

    MqttSession publisher;
    ConnectionOptions options;
    options.port = m_broker.plainPort();
    QVERIFY(publisher.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(publisher.state(), SessionState::Connected, WAIT_MS);
    MqttProperties properties;
    properties.userProperties = {{u"k"_s, u"v"_s}};
    properties.contentType = u"application/json"_s;
    QSignalSpy published(&publisher, &MqttSession::published);
    publisher.publish(u"rec/a"_s, R"({"n":1})", 1, false, properties);
    publisher.publish(u"rec/b/c"_s, QByteArray("\xff\x00\x01", 3), 0);
    publisher.publish(u"other/x"_s, "not in the pane", 0); // the pane's source leaves it out
    publisher.publish(u"rec/a"_s, R"({"n":2})", 1);
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 4, WAIT_MS);
    auto* recordStatus = dialog->findChild<QLabel*>(u"recordStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(spoken(recordStatus).contains(u": 3 messages"_s), WAIT_MS);
    dialog->toggleRecording();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRecording(), WAIT_MS);
    QVERIFY2(spoken(recordStatus).startsWith(u"Recorded 3 messages to "_s), qPrintable(spoken(recordStatus)));
    const Result<MessageLog::ReadReport> recorded = MessageLog::readFile(file);
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->messages.size(), 3);

    // Replay under another prefix, as fast as possible; a fresh subscriber sees the same messages there.
    MqttSession subscriber;
    QVERIFY(subscriber.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.state(), SessionState::Connected, WAIT_MS);
    QList<MqttMessage> received;
    connect(&subscriber, &MqttSession::messagesReceived, this, [&](const QList<MqttMessage>& b) { received += b; });
    QSignalSpy subscribed(&subscriber, &MqttSession::subscribed);
    subscriber.subscribe(u"replayed/#"_s, 1);
    QVERIFY(subscribed.wait(WAIT_MS));
    dialog->findChild<QLineEdit*>(u"replayFileEdit"_s)->setText(file);
    dialog->findChild<QLineEdit*>(u"fromPrefixEdit"_s)->setText(u"rec"_s);
    dialog->findChild<QLineEdit*>(u"toPrefixEdit"_s)->setText(u"replayed"_s);
    dialog->findChild<QCheckBox*>(u"fastCheck"_s)->setChecked(true);
    dialog->toggleReplay();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReplaying(), WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, WAIT_MS);
    auto* replayStatus = dialog->findChild<QLabel*>(u"replayStatusLabel"_s);
    QVERIFY2(spoken(replayStatus).startsWith(u"Replayed 3 messages"_s), qPrintable(spoken(replayStatus)));
    QCOMPARE(received.at(0).topic, u"replayed/a"_s);
    QCOMPARE(received.at(0).payload, R"({"n":1})"_ba);
    QCOMPARE(received.at(0).qos, recorded->messages.at(0).qos); // as recorded (the pane subscribed at QoS 0)
    QVERIFY(received.at(0).properties);
    QCOMPARE(received.at(0).properties->userProperties, properties.userProperties);
    QCOMPARE(received.at(0).properties->contentType, u"application/json"_s);
    QCOMPARE(received.at(1).topic, u"replayed/b/c"_s);
    QCOMPARE(received.at(1).payload, QByteArray("\xff\x00\x01", 3));
    QCOMPARE(received.at(2).payload, R"({"n":2})"_ba);
    QVERIFY(dialog->grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-record-replay.png"_s));
}

void TestRecordReplay::explainsWhatIsMissing()
{
    QTemporaryDir dir;
    MainWindow window(nullptr, MainWindow::Start::Empty);
    RecordReplayDialog* dialog = window.openRecordReplay();
    auto* recordStatus = dialog->findChild<QLabel*>(u"recordStatusLabel"_s);
    auto* replayStatus = dialog->findChild<QLabel*>(u"replayStatusLabel"_s);
    QCOMPARE(spoken(recordStatus), u"Not recording."_s);
    dialog->toggleRecording(); // no file
    QCOMPARE(spoken(recordStatus), u"Choose a file to record to (Browse…), then start again."_s);
    QVERIFY(!dialog->isRecording());
    dialog->findChild<QLineEdit*>(u"recordFileEdit"_s)->setText(dir.filePath(u"no/such/folder/r.jsonl"_s));
    dialog->toggleRecording();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRecording(), WAIT_MS);
    QVERIFY2(!spoken(recordStatus).startsWith(u"Recording"_s) && spoken(recordStatus).contains(u"no/such/folder"_s),
             qPrintable(spoken(recordStatus)));
    dialog->toggleReplay(); // not connected
    QCOMPARE(spoken(replayStatus), u"Connect to a broker first: the replay publishes on this window's connection."_s);
}

QTEST_MAIN(TestRecordReplay)
#include "TestRecordReplay.moc"
