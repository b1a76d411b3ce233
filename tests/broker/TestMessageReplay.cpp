// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageLog.h"
#include "messages/MessageRecorder.h"
#include "messages/MessageReplayer.h"
#include "mqtt/MqttSession.h"
#include "support/BrokerFixture.h"
#include "support/TestPrinters.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Every wait in this test is bounded by this (a hang is a failure, never a stuck run).
constexpr int WAIT_MS = 60000;

/// A session on the broker's plain listener over MQTT 5 that keeps what it receives, with each arrival's time.
class Client
{
public:
    Client()
    {
        QObject::connect(&session, &MqttSession::messagesReceived, &session, [this](const QList<MqttMessage>& batch) {
            for (const MqttMessage& message : batch) {
                received.append(message);
                arrivalMs.append(clock.elapsed());
            }
        });
        clock.start();
    }

    /// Connects and subscribes to each of `filters` at QoS 2; false after WAIT_MS.
    bool connectTo(const BrokerFixture& broker, const QStringList& filters = {})
    {
        ConnectionOptions options = *ConnectionOptions::fromUrl(broker.plainUrl());
        options.version = MqttVersion::V5;
        QSignalSpy subscribed(&session, &MqttSession::subscribed);
        if (!session.connectToBroker(options) ||
            !QTest::qWaitFor([this] { return session.state() == SessionState::Connected; }, WAIT_MS)) {
            return false;
        }
        for (const QString& filter : filters) {
            session.subscribe(filter, 2);
        }
        return QTest::qWaitFor([&] { return subscribed.size() == filters.size(); }, WAIT_MS);
    }

    MqttSession session;
    QList<MqttMessage> received;
    QList<qint64> arrivalMs;
    QElapsedTimer clock;
};

/// Runs `replayer` with `options` to its end; the summary, or nullopt after WAIT_MS.
std::optional<MessageReplayer::Summary> replay(MessageReplayer& replayer, const MessageReplayer::Options& options)
{
    QSignalSpy finished(&replayer, &MessageReplayer::finished);
    if (!replayer.start(options) || !finished.wait(WAIT_MS)) {
        return std::nullopt;
    }
    return finished.first().at(0).value<MessageReplayer::Summary>();
}

/// Writes `messages` in the MessageLog format with the recorder (the way a recording is made).
bool recordToFile(const QString& path, const QList<MqttMessage>& messages)
{
    MessageRecorder recorder({path});
    QSignalSpy finished(&recorder, &MessageRecorder::finished);
    QString error;
    QObject::connect(&recorder, &MessageRecorder::errorOccurred, [&error](const QString& text) { error = text; });
    if (!recorder.start()) {
        qWarning("recordToFile: the recorder did not start");
        return false;
    }
    recorder.append(messages);
    recorder.stop();
    // Waits for the signal (or finds it already emitted: a nested event loop may have delivered it).
    const bool done = finished.count() > 0 || finished.wait(WAIT_MS) || finished.count() > 0;
    const MessageRecorder::Stats stats = recorder.stats();
    if (!done || stats.written != quint64(messages.size())) {
        qWarning("recordToFile: finished %s, %llu of %lld written, %llu dropped, %lld bytes queued; error: %s",
                 done ? "yes" : "no (timed out)", static_cast<unsigned long long>(stats.written),
                 static_cast<long long>(messages.size()), static_cast<unsigned long long>(stats.dropped),
                 static_cast<long long>(stats.queuedBytes), qPrintable(error));
        return false;
    }
    return true;
}

MqttMessage message(const QString& topic, const QByteArray& payload, int qos, qint64 atMs = 1'777'890'030'000)
{
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.qos = quint8(qos);
    m.receivedAtMs = atMs;
    return m;
}

QByteArray allByteValues()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) {
        bytes.append(char(i));
    }
    return bytes;
}

/// Payloads whose bytes must come through exactly: text, JSON, bytes that are not UTF-8, a byte order mark, empty.
QList<QByteArray> trickyPayloads()
{
    return {allByteValues(),
            QByteArray("\xff\xfe\x00 not UTF-8 \xc3", 15),
            QByteArray(R"({"t":21.5,"ok":true})"),
            QByteArray("grüße\nzwei Zeilen ✓"),
            QByteArray("\xEF\xBB\xBF starts with a BOM"),
            QByteArray()};
}

std::shared_ptr<const MqttProperties> allProperties(int variant)
{
    auto properties = std::make_shared<MqttProperties>();
    properties->userProperties = {{u"site"_s, u"lab"_s}, {u"site"_s, u"second"_s}, {u"ü"_s, u"v%1"_s.arg(variant)}};
    properties->contentType = u"application/json"_s;
    properties->responseTopic = u"replay/reply/%1"_s.arg(variant);
    properties->correlationData = QByteArray("\x00\xff\x01 corr", 8) + QByteArray::number(variant);
    properties->messageExpirySeconds = 600;
    return properties;
}

/// What a subscriber must see of `sent`: the same topic, payload bytes, QoS and properties (the expiry may have
/// counted down; subscription identifiers are the receiver's own).
QString differences(const MqttMessage& sent, const MqttMessage& got)
{
    QStringList diffs;
    if (got.topic != sent.topic) {
        diffs << u"topic %1 != %2"_s.arg(got.topic, sent.topic);
    }
    if (got.payload != sent.payload) {
        diffs << u"payload %1 != %2"_s.arg(QString::fromLatin1(got.payload.toHex()),
                                           QString::fromLatin1(sent.payload.toHex()));
    }
    if (got.qos != sent.qos) {
        diffs << u"qos %1 != %2"_s.arg(got.qos).arg(sent.qos);
    }
    const MqttProperties none;
    const MqttProperties& a = got.properties ? *got.properties : none;
    const MqttProperties& b = sent.properties ? *sent.properties : none;
    if (a.userProperties != b.userProperties || a.contentType != b.contentType || a.responseTopic != b.responseTopic ||
        a.correlationData != b.correlationData || a.payloadIsUtf8 != b.payloadIsUtf8 ||
        a.messageExpirySeconds.has_value() != b.messageExpirySeconds.has_value() ||
        (b.messageExpirySeconds && *a.messageExpirySeconds > *b.messageExpirySeconds)) {
        diffs << u"properties differ"_s;
    }
    return diffs.join(u"; "_s);
}

} // namespace

/// MessageRecorder + MessageReplayer against a real mosquitto on 127.0.0.1 over MQTT 5 (BrokerFixture), checked by a
/// subscriber session: exact bytes, QoS, retain, properties, prefix rewriting, pacing, stop, flow control.
class TestMessageReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rewriteTopic_data();
    void rewriteTopic();
    void validate_data();
    void validate();
    void recordThenReplayIsExact();
    void retainIsKept();
    void liveRecordingReplayedUnderANewPrefix();
    void pacingFollowsTheRecordedTimes();
    void stopInTheMiddleStops();
    void asFastAsPossibleStaysInTheWindow();
    void badLinesAreSkippedAndReported();
    void missingFileEndsTheReplay();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    BrokerFixture m_broker;
    QTemporaryDir m_dir;
};

void TestMessageReplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    BrokerFixture::Options options;
    options.unlimitedQueues = true; // a QoS 0 flood to a subscriber is never dropped by the broker
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.error()));
}

void TestMessageReplay::rewriteTopic_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("below the prefix") << u"old/prefix/a/b"_s << u"old/prefix"_s << u"new/p"_s << u"new/p/a/b"_s;
    QTest::newRow("the prefix itself") << u"old/prefix"_s << u"old/prefix"_s << u"new/p"_s << u"new/p"_s;
    QTest::newRow("prefix with a slash") << u"old/x"_s << u"old/"_s << u"new/"_s << u"new/x"_s;
    QTest::newRow("not a whole level") << u"old/prefixed/a"_s << u"old/prefix"_s << u"new/p"_s << u"old/prefixed/a"_s;
    QTest::newRow("elsewhere") << u"other/old/prefix"_s << u"old/prefix"_s << u"new/p"_s << u"other/old/prefix"_s;
    QTest::newRow("no rewrite") << u"a/b"_s << QString() << QString() << u"a/b"_s;
    QTest::newRow("$ topics too") << u"$aws/things/t1/shadow/update"_s << u"$aws/things/t1"_s << u"$aws/things/t2"_s
                                  << u"$aws/things/t2/shadow/update"_s;
}

void TestMessageReplay::rewriteTopic()
{
    QFETCH(QString, topic);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QCOMPARE(MessageReplayer::rewriteTopic(topic, from, to), expected);
}

void TestMessageReplay::validate_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<bool>("fast");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("speed 1") << 1.0 << false << QString() << QString() << QString();
    QTest::newRow("speed 0.1") << 0.1 << false << QString() << QString() << QString();
    QTest::newRow("speed 100") << 100.0 << false << QString() << QString() << QString();
    QTest::newRow("speed 0.09") << 0.09 << false << QString() << QString() << u"from 0.1 to 100"_s;
    QTest::newRow("speed 101") << 101.0 << false << QString() << QString() << u"from 0.1 to 100"_s;
    QTest::newRow("speed NaN") << qQNaN() << false << QString() << QString() << u"from 0.1 to 100"_s;
    QTest::newRow("speed ignored when fast") << 0.0 << true << QString() << QString() << QString();
    QTest::newRow("only one prefix") << 1.0 << false << u"a"_s << QString() << u"both topic prefixes"_s;
    QTest::newRow("wildcard prefix") << 1.0 << false << u"a/+"_s << u"b"_s << u"cannot be used"_s;
}

void TestMessageReplay::validate()
{
    QFETCH(double, speed);
    QFETCH(bool, fast);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, error);
    MessageReplayer::Options options;
    options.speed = speed;
    options.asFastAsPossible = fast;
    options.fromPrefix = from;
    options.toPrefix = to;
    const Result<void> valid = MessageReplayer::validate(options);
    QCOMPARE(valid.ok(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(valid.error().message.contains(error), qPrintable(valid.error().message));
        MessageReplayer replayer(nullptr);
        QVERIFY(!replayer.start(options)); // refused before anything happens
    }
}

void TestMessageReplay::recordThenReplayIsExact()
{
    // Every payload at every QoS, half of them with every MQTT 5 property, each on its own topic.
    QList<MqttMessage> messages;
    const QList<QByteArray> payloads = trickyPayloads();
    for (int qos = 0; qos <= 2; ++qos) {
        for (int i = 0; i < payloads.size(); ++i) {
            MqttMessage m = message(u"replay/exact/q%1/%2"_s.arg(qos).arg(i), payloads.at(i), qos);
            if (i % 2 == 0) {
                m.properties = allProperties(i);
            }
            messages.append(m);
        }
    }
    const QString file = path(u"exact.jsonl"_s);
    QVERIFY(recordToFile(file, messages));

    Client subscriber;
    QVERIFY(subscriber.connectTo(m_broker, {u"replay/exact/#"_s}));
    Client publisher;
    QVERIFY(publisher.connectTo(m_broker));
    MessageReplayer replayer(&publisher.session);
    MessageReplayer::Options options;
    options.path = file;
    options.asFastAsPossible = true;
    const auto summary = replay(replayer, options);
    QVERIFY(summary);
    QVERIFY2(summary->complete(), qPrintable(summary->describe()));
    QCOMPARE(summary->sent, qint64(messages.size()));
    QVERIFY2(summary->describe().startsWith(u"Replayed %1 messages in "_s.arg(messages.size())),
             qPrintable(summary->describe()));

    QTRY_COMPARE_WITH_TIMEOUT(subscriber.received.size(), messages.size(), WAIT_MS);
    for (const MqttMessage& sent : std::as_const(messages)) {
        const auto got = std::find_if(subscriber.received.cbegin(), subscriber.received.cend(),
                                      [&](const MqttMessage& m) { return m.topic == sent.topic; });
        QVERIFY2(got != subscriber.received.cend(), qPrintable(u"nothing on "_s + sent.topic));
        const QString diff = differences(sent, *got);
        QVERIFY2(diff.isEmpty(), qPrintable(sent.topic + u": "_s + diff));
        QVERIFY(!got->retained);
    }
}

void TestMessageReplay::retainIsKept()
{
    // Retained messages are kept by the broker: a subscriber that comes afterwards gets them with the flag set.
    QList<MqttMessage> messages;
    for (int i = 0; i < 3; ++i) {
        MqttMessage m = message(u"replay/retained/%1"_s.arg(i), trickyPayloads().at(i), i);
        m.retained = true;
        m.properties = allProperties(i);
        messages.append(m);
    }
    messages.append(message(u"replay/retained/not"_s, "live only", 1)); // not retained: a late subscriber sees nothing
    const QString file = path(u"retained.jsonl"_s);
    QVERIFY(recordToFile(file, messages));

    Client publisher;
    QVERIFY(publisher.connectTo(m_broker));
    MessageReplayer replayer(&publisher.session);
    MessageReplayer::Options options;
    options.path = file;
    options.asFastAsPossible = true;
    const auto summary = replay(replayer, options);
    QVERIFY(summary && summary->complete());

    Client late;
    QVERIFY(late.connectTo(m_broker, {u"replay/retained/#"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(late.received.size(), 3, WAIT_MS);
    QTest::qWait(200); // the non-retained one must not come
    QCOMPARE(late.received.size(), 3);
    for (const MqttMessage& got : std::as_const(late.received)) {
        const qsizetype index = got.topic.section(u'/', -1).toInt();
        QVERIFY(got.retained);
        const QString diff = differences(messages.at(index), got);
        QVERIFY2(diff.isEmpty(), qPrintable(got.topic + u": "_s + diff));
    }
    for (int i = 0; i < 3; ++i) {
        late.session.publish(u"replay/retained/%1"_s.arg(i), {}, 1, true); // clears them for later runs
    }
}

void TestMessageReplay::liveRecordingReplayedUnderANewPrefix()
{
    // Recorded the way the app records: whatever a subscribed session receives goes to the recorder.
    Client recording;
    QVERIFY(recording.connectTo(m_broker, {u"rw/#"_s}));
    const QString file = path(u"live.jsonl"_s);
    MessageRecorder recorder({file});
    QObject::connect(&recording.session, &MqttSession::messagesReceived, &recorder, &MessageRecorder::append);
    QVERIFY(recorder.start());

    Client source;
    QVERIFY(source.connectTo(m_broker));
    QList<std::pair<QString, QByteArray>> published;
    const QList<QByteArray> payloads = trickyPayloads();
    for (int i = 0; i < 30; ++i) {
        // Under the prefix, and two kinds that are not: a longer first level, and another tree.
        const QString topic = i % 3 == 0 ? u"rw/factory/line1/m%1"_s.arg(i)
            : i % 3 == 1                 ? u"rw/factory/line10/m%1"_s.arg(i)
                                         : u"rw/other/m%1"_s.arg(i);
        published.append({topic, payloads.at(i % payloads.size())});
        MqttProperties properties;
        properties.userProperties = {{u"n"_s, QString::number(i)}};
        source.session.publish(topic, published.last().second, i % 3, false, properties);
    }
    QTRY_COMPARE_WITH_TIMEOUT(recording.received.size(), published.size(), WAIT_MS);
    QSignalSpy recorded(&recorder, &MessageRecorder::finished);
    recorder.stop();
    QVERIFY(recorded.wait(WAIT_MS));
    QCOMPARE(recorder.stats().written, quint64(published.size()));

    Client subscriber;
    QVERIFY(subscriber.connectTo(m_broker, {u"rw/lab/#"_s, u"rw/factory/line10/#"_s, u"rw/other/#"_s}));
    MessageReplayer replayer(&source.session);
    MessageReplayer::Options options;
    options.path = file;
    options.asFastAsPossible = true;
    options.fromPrefix = u"rw/factory/line1"_s;
    options.toPrefix = u"rw/lab/line1"_s;
    const auto summary = replay(replayer, options);
    QVERIFY(summary);
    QVERIFY2(summary->complete(), qPrintable(summary->describe()));
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.received.size(), published.size(), WAIT_MS);
    for (const auto& [topic, payload] : std::as_const(published)) {
        const QString expected = MessageReplayer::rewriteTopic(topic, options.fromPrefix, options.toPrefix);
        QCOMPARE(expected.startsWith(u"rw/lab/line1/"_s), topic.startsWith(u"rw/factory/line1/"_s));
        const auto got = std::find_if(subscriber.received.cbegin(), subscriber.received.cend(),
                                      [&](const MqttMessage& m) { return m.topic == expected; });
        QVERIFY2(got != subscriber.received.cend(), qPrintable(u"nothing on "_s + expected));
        QCOMPARE(got->payload, payload);
        QCOMPARE(int(got->qos), topic.section(u'/', -1).mid(1).toInt() % 3);
        QVERIFY(got->properties);
        QCOMPARE(got->properties->userProperties.size(), 1);
    }
}

void TestMessageReplay::pacingFollowsTheRecordedTimes()
{
    // 11 messages 200 ms apart: 2 s at the recorded pace, 1 s at speed 2, next to nothing as fast as possible.
    constexpr int COUNT = 11;
    constexpr qint64 GAP_MS = 200;
    QList<MqttMessage> messages;
    for (int i = 0; i < COUNT; ++i) {
        messages.append(message(u"replay/pace/%1"_s.arg(i), QByteArray::number(i), 0, 1'777'890'030'000 + i * GAP_MS));
    }
    const QString file = path(u"paced.jsonl"_s);
    QVERIFY(recordToFile(file, messages));

    for (const bool fast : {false, true}) {
        Client subscriber;
        QVERIFY(subscriber.connectTo(m_broker, {u"replay/pace/#"_s}));
        Client publisher;
        QVERIFY(publisher.connectTo(m_broker));
        MessageReplayer replayer(&publisher.session);
        MessageReplayer::Options options;
        options.path = file;
        options.speed = 2;
        options.asFastAsPossible = fast;
        const auto summary = replay(replayer, options);
        QVERIFY(summary && summary->complete());
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.received.size(), COUNT, WAIT_MS);
        const qint64 total = subscriber.arrivalMs.last() - subscriber.arrivalMs.first();
        qInfo("%s: %lld ms for %d gaps of %lld ms recorded", fast ? "as fast as possible" : "speed 2",
              static_cast<long long>(total), COUNT - 1, static_cast<long long>(GAP_MS));
        if (fast) {
            QVERIFY2(total < (COUNT - 1) * GAP_MS / 5, qPrintable(u"%1 ms"_s.arg(total)));
            continue;
        }
        // Each message no earlier than its scaled time (less 30 ms for the first one's own delay on its way), the
        // whole run at least 0.8x the scaled 1 s, and well short of the recorded pace's 2 s.
        for (int i = 1; i < COUNT; ++i) {
            const qint64 since = subscriber.arrivalMs.at(i) - subscriber.arrivalMs.first();
            QVERIFY2(since >= i * GAP_MS / 2 - 30, qPrintable(u"message %1 after %2 ms"_s.arg(i).arg(since)));
            QCOMPARE(subscriber.received.at(i).payload, QByteArray::number(i)); // in order
        }
        QVERIFY2(total >= (COUNT - 1) * GAP_MS / 2 * 8 / 10, qPrintable(u"%1 ms"_s.arg(total)));
        QVERIFY2(total <= (COUNT - 1) * GAP_MS * 9 / 10, qPrintable(u"%1 ms"_s.arg(total)));
    }
}

void TestMessageReplay::stopInTheMiddleStops()
{
    // 40 messages 100 ms apart (4 s); stopped after about a quarter of a second.
    QList<MqttMessage> messages;
    for (int i = 0; i < 40; ++i) {
        messages.append(message(u"replay/stop"_s, QByteArray::number(i), 1, 1'777'890'030'000 + i * 100));
    }
    const QString file = path(u"stop.jsonl"_s);
    QVERIFY(recordToFile(file, messages));
    Client subscriber;
    QVERIFY(subscriber.connectTo(m_broker, {u"replay/stop"_s}));
    Client publisher;
    QVERIFY(publisher.connectTo(m_broker));
    MessageReplayer replayer(&publisher.session);
    QSignalSpy finished(&replayer, &MessageReplayer::finished);
    MessageReplayer::Options options;
    options.path = file;
    QVERIFY(replayer.start(options));
    QTRY_VERIFY_WITH_TIMEOUT(subscriber.received.size() >= 3, WAIT_MS);
    QElapsedTimer sinceStop;
    sinceStop.start();
    replayer.stop();
    QVERIFY(replayer.isRunning() || !finished.isEmpty()); // finished follows, never from inside stop()
    QVERIFY(finished.wait(WAIT_MS));
    QVERIFY2(sinceStop.elapsed() < 2000, "stop() waits only for the results of what was already sent");
    QVERIFY(!replayer.isRunning());
    const auto summary = finished.first().at(0).value<MessageReplayer::Summary>();
    QVERIFY(summary.stopped);
    QVERIFY(!summary.complete());
    QVERIFY2(summary.sent >= 3 && summary.sent < 20, qPrintable(summary.describe()));
    QCOMPARE(summary.failed, 0);
    QVERIFY2(summary.describe().contains(u"stopped before the end of the file"_s), qPrintable(summary.describe()));
    // Nothing more arrives: what came is exactly what was acknowledged (QoS 1).
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.received.size(), summary.sent, WAIT_MS);
    QTest::qWait(500);
    QCOMPARE(subscriber.received.size(), summary.sent);
}

void TestMessageReplay::asFastAsPossibleStaysInTheWindow()
{
    constexpr int COUNT = 20000;
    constexpr int WINDOW = 300;
    QList<MqttMessage> messages;
    for (int i = 0; i < COUNT; ++i) {
        messages.append(message(u"replay/flood"_s, QByteArray::number(i).rightJustified(100, '0'), 0));
    }
    const QString file = path(u"flood.jsonl"_s);
    QVERIFY(recordToFile(file, messages));
    Client subscriber;
    QVERIFY(subscriber.connectTo(m_broker, {u"replay/flood"_s}));
    Client publisher;
    QVERIFY(publisher.connectTo(m_broker));
    MessageReplayer replayer(&publisher.session);
    int mostPending = 0;
    QObject::connect(&publisher.session, &MqttSession::published, &replayer,
                     [&] { mostPending = std::max(mostPending, publisher.session.pendingPublishes()); });
    QList<qint64> progressBytes;
    qint64 totalBytes = 0;
    QObject::connect(&replayer, &MessageReplayer::progress, &replayer, [&](qint64, qint64 done, qint64 total) {
        progressBytes.append(done);
        totalBytes = total;
    });
    MessageReplayer::Options options;
    options.path = file;
    options.asFastAsPossible = true;
    options.window = WINDOW;
    options.readAheadMessages = 500;
    const auto summary = replay(replayer, options);
    QVERIFY(summary);
    QVERIFY2(summary->complete(), qPrintable(summary->describe()));
    QCOMPARE(summary->sent, qint64(COUNT));
    QVERIFY2(mostPending <= WINDOW, qPrintable(u"%1 pending"_s.arg(mostPending)));
    QVERIFY(std::is_sorted(progressBytes.cbegin(), progressBytes.cend()));
    QCOMPARE(totalBytes, QFileInfo(file).size());
    QCOMPARE(progressBytes.last(), totalBytes);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.received.size(), COUNT, WAIT_MS);
    for (int i = 0; i < COUNT; ++i) {
        QCOMPARE(subscriber.received.at(i).payload, messages.at(i).payload); // one topic, QoS 0: in order
    }
}

void TestMessageReplay::badLinesAreSkippedAndReported()
{
    QByteArray content = MessageLog::toLine(message(u"replay/bad/1"_s, "one", 1));
    content += "not json at all\n";
    content += "\n"; // blank lines are not bad
    content += MessageLog::toLine(message(u"replay/bad/2"_s, "two", 1));
    content += R"({"tst":"2026-05-04T10:20:30.123Z","topic":"replay/bad/x","qos":3,"payload":"q"})"
               "\n";
    content += MessageLog::toLine(message(u"replay/bad/3"_s, "three", 1)).chopped(1); // no final newline
    const QString file = path(u"bad.jsonl"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    QVERIFY(MessageReplayer::checkFile(file).ok()); // it has messages

    Client subscriber;
    QVERIFY(subscriber.connectTo(m_broker, {u"replay/bad/#"_s}));
    Client publisher;
    QVERIFY(publisher.connectTo(m_broker));
    MessageReplayer replayer(&publisher.session);
    MessageReplayer::Options options;
    options.path = file;
    options.asFastAsPossible = true;
    const auto summary = replay(replayer, options);
    QVERIFY(summary);
    QCOMPARE(summary->sent, 3);
    QCOMPARE(summary->badLines, 2);
    QVERIFY(!summary->complete()); // a bad line is a message that was not sent
    QVERIFY2(summary->badLinesText.contains(u"Line 2: not JSON"_s), qPrintable(summary->badLinesText));
    QVERIFY2(summary->badLinesText.contains(u"Line 5: “qos” must be 0, 1 or 2"_s), qPrintable(summary->badLinesText));
    QVERIFY(summary->describe().contains(summary->badLinesText));
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.received.size(), 3, WAIT_MS);
}

void TestMessageReplay::missingFileEndsTheReplay()
{
    const QString missing = path(u"missing.jsonl"_s);
    const Result<void> checked = MessageReplayer::checkFile(missing);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, u"file_not_found"_s);

    QFile empty(path(u"empty.jsonl"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("\n\n");
    empty.close();
    QCOMPARE(MessageReplayer::checkFile(empty.fileName()).error().code, u"no_messages"_s);
    QFile garbage(path(u"garbage.jsonl"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{}\n[1]\n");
    garbage.close();
    const Result<void> none = MessageReplayer::checkFile(garbage.fileName());
    QCOMPARE(none.error().code, u"no_messages"_s);
    QVERIFY2(none.error().message.contains(u"could not be read and were skipped"_s), qPrintable(none.error().message));

    Client publisher;
    QVERIFY(publisher.connectTo(m_broker));
    MessageReplayer replayer(&publisher.session);
    MessageReplayer::Options options;
    options.path = missing;
    const auto summary = replay(replayer, options);
    QVERIFY(summary);
    QCOMPARE(summary->sent, 0);
    QVERIFY2(summary->error.contains(u"does not exist"_s), qPrintable(summary->error));
    QVERIFY(!summary->complete());
}

QTEST_GUILESS_MAIN(TestMessageReplay)
#include "TestMessageReplay.moc"
