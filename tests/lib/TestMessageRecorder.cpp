// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageLog.h"
#include "messages/MessageRecorder.h"
#include "mqtt/MessageInbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Every wait for the worker is bounded by this.
constexpr int FINISH_TIMEOUT_MS = 10000;

/// Message `i` of a varied set: text, bytes that are not UTF-8, empty payloads, a byte order mark, QoS 0-2, retain,
/// and MQTT 5 properties on every fourth.
MqttMessage sample(int i)
{
    static const QList<QByteArray> payloads{
        QByteArray(R"({"t":21.5})"), QByteArray("\xff\xfe\x00\x01 not text", 14), QByteArray(),
        QByteArray("grüße ✓"),       QByteArray("\xEF\xBB\xBFwith a BOM"),        QByteArray(100, 'x'),
    };
    MqttMessage m;
    m.topic = u"rec/%1/ü/%2"_s.arg(i % 3).arg(i);
    m.payload = payloads.at(i % payloads.size());
    m.receivedAtMs = 1'777'890'030'123 + qint64(i) * 7;
    m.qos = quint8(i % 3);
    m.retained = i % 2 == 1;
    if (i % 4 == 0) {
        auto properties = std::make_shared<MqttProperties>();
        properties->userProperties = {{u"k"_s, u"v"_s}, {u"k"_s, u"second"_s}, {u"ü"_s, QString()}};
        properties->contentType = u"application/json"_s;
        properties->responseTopic = u"rec/reply"_s;
        properties->correlationData = QByteArray("\x00\xff corr", 7);
        properties->messageExpirySeconds = 60;
        properties->payloadIsUtf8 = true;
        m.properties = properties;
    }
    return m;
}

QList<MqttMessage> samples(int count, int first = 0)
{
    QList<MqttMessage> messages;
    for (int i = first; i < first + count; ++i) {
        messages.append(sample(i));
    }
    return messages;
}

/// Every member the format keeps (subscription identifiers are not kept, and none are set here).
bool same(const MqttMessage& a, const MqttMessage& b)
{
    const MqttProperties none;
    const MqttProperties& pa = a.properties ? *a.properties : none;
    const MqttProperties& pb = b.properties ? *b.properties : none;
    return a.topic == b.topic && a.payload == b.payload && a.receivedAtMs == b.receivedAtMs && a.qos == b.qos &&
        a.retained == b.retained && pa == pb;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

/// Starts `recorder`, appends `batches`, stops it and waits for `finished`.
bool record(MessageRecorder& recorder, const QList<QList<MqttMessage>>& batches)
{
    QSignalSpy finished(&recorder, &MessageRecorder::finished);
    if (!recorder.start()) {
        return false;
    }
    for (const QList<MqttMessage>& batch : batches) {
        recorder.append(batch);
    }
    recorder.stop();
    return finished.wait(FINISH_TIMEOUT_MS) && finished.size() == 1;
}

} // namespace

/// MessageRecorder: recording on a worker thread into the MessageLog format, with rotation and a bounded queue.
class TestMessageRecorder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsExact();
    void rotatesAtTheSizeLimit_data();
    void rotatesAtTheSizeLimit();
    void lineLongerThanTheLimitGetsItsOwnFile();
    void fullQueueDropsAndCounts();
    void appendOutsideARecordingIsDropped();
    void unwritableSaysWhyInWords_data();
    void unwritableSaysWhyInWords();
    void destructorWritesWhatWasQueued();
};

void TestMessageRecorder::roundTripIsExact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"recording.jsonl"_s);
    MessageRecorder recorder({path});
    const QList<MqttMessage> all = samples(300);
    QVERIFY(record(recorder, {all.first(100), all.mid(100, 1), all.mid(101)}));

    const MessageRecorder::Stats stats = recorder.stats();
    QCOMPARE(stats.written, quint64(300));
    QCOMPARE(stats.dropped, quint64(0));
    QCOMPARE(stats.rotations, 0);
    QCOMPARE(stats.queuedBytes, qint64(0));
    QCOMPARE(stats.bytesWritten, QFileInfo(path).size());
    QCOMPARE(stats.currentFileBytes, QFileInfo(path).size());

    // Byte for byte what MessageLog writes, and read back exactly by its reader.
    QByteArray expected;
    for (const MqttMessage& message : all) {
        expected += MessageLog::toLine(message);
    }
    QCOMPARE(readAll(path), expected);
    const auto read = MessageLog::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(read->badLines, 0);
    QCOMPARE(read->messages.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY2(same(read->messages.at(i), all.at(i)), qPrintable(u"message %1 differs"_s.arg(i)));
    }
    QVERIFY(!recorder.start()); // one recording per object
}

void TestMessageRecorder::rotatesAtTheSizeLimit_data()
{
    QTest::addColumn<int>("keepFiles");
    QTest::newRow("keep none") << 0;
    QTest::newRow("keep one") << 1;
    QTest::newRow("keep three") << 3;
}

void TestMessageRecorder::rotatesAtTheSizeLimit()
{
    QFETCH(int, keepFiles);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rotating.jsonl"_s);
    constexpr qint64 LIMIT = 4096;
    const QList<MqttMessage> all = samples(200);

    // Where the files must break: a line that would take a file past the limit starts the next one.
    QList<QByteArray> files{QByteArray()};
    for (const MqttMessage& message : all) {
        const QByteArray line = MessageLog::toLine(message);
        if (!files.last().isEmpty() && files.last().size() + line.size() > LIMIT) {
            files.append(QByteArray());
        }
        files.last() += line;
    }
    QVERIFY(files.size() > keepFiles + 2); // enough rotations that old files must be dropped

    MessageRecorder recorder({path, LIMIT, keepFiles});
    QList<QList<MqttMessage>> batches;
    for (qsizetype i = 0; i < all.size(); i += 17) {
        batches.append(all.mid(i, 17));
    }
    QVERIFY(record(recorder, batches));
    const MessageRecorder::Stats stats = recorder.stats();
    QCOMPARE(stats.written, quint64(all.size()));
    QCOMPARE(stats.rotations, int(files.size() - 1));

    // "<path>" holds the newest file, "<path>.1" the one before, …; nothing beyond keepFiles is left.
    QCOMPARE(readAll(path), files.last());
    for (int i = 1; i <= keepFiles; ++i) {
        const QString rotated = path + u"."_s + QString::number(i);
        QCOMPARE(readAll(rotated), files.at(files.size() - 1 - i));
        QVERIFY(QFileInfo(rotated).size() <= LIMIT);
        QVERIFY(MessageLog::readFile(rotated)->badLines == 0); // each file is a recording on its own
    }
    QVERIFY(!QFile::exists(path + u"."_s + QString::number(keepFiles + 1)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), keepFiles + 1);
}

void TestMessageRecorder::lineLongerThanTheLimitGetsItsOwnFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.jsonl"_s);
    MqttMessage big = sample(5);
    big.payload = QByteArray(10000, 'b');
    const QList<MqttMessage> messages{sample(0), big, sample(1)};
    MessageRecorder recorder({path, 1000, 2});
    QVERIFY(record(recorder, {messages}));
    QCOMPARE(readAll(path + u".2"_s), MessageLog::toLine(sample(0)));
    QCOMPARE(readAll(path + u".1"_s), MessageLog::toLine(big)); // never split, even past the limit
    QCOMPARE(readAll(path), MessageLog::toLine(sample(1)));
}

void TestMessageRecorder::fullQueueDropsAndCounts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"behind.jsonl"_s);
    const QList<MqttMessage> all = samples(1000);
    MessageRecorder::Options options{path};
    options.maxQueueBytes = MessageInbox::costOf(all.first()) * 3; // a tiny queue: a few messages fit
    MessageRecorder recorder(options);
    QSignalSpy dropped(&recorder, &MessageRecorder::messagesDropped);
    QSignalSpy finished(&recorder, &MessageRecorder::finished);
    QVERIFY(recorder.start());

    // One batch arrives at once: the worker cannot make room during the call, so most of it must be dropped.
    recorder.append(all);
    const quint64 droppedNow = recorder.stats().dropped;
    QVERIFY2(droppedNow >= 990, qPrintable(u"dropped %1"_s.arg(droppedNow)));
    QCOMPARE(dropped.size(), 1); // said at once ("recorder behind"), never silent
    QCOMPARE(dropped.first().at(0).toULongLong(), droppedNow);

    recorder.stop();
    QVERIFY(finished.wait(FINISH_TIMEOUT_MS));
    const auto stats = finished.first().at(0).value<MessageRecorder::Stats>();
    QCOMPARE(stats.written + stats.dropped, quint64(all.size()));
    QCOMPARE(stats.dropped, droppedNow);
    // What was kept is the start of the batch, in order and complete.
    const auto read = MessageLog::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(quint64(read->messages.size()), stats.written);
    for (qsizetype i = 0; i < read->messages.size(); ++i) {
        QVERIFY(same(read->messages.at(i), all.at(i)));
    }
}

void TestMessageRecorder::appendOutsideARecordingIsDropped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MessageRecorder recorder({dir.filePath(u"outside.jsonl"_s)});
    QSignalSpy dropped(&recorder, &MessageRecorder::messagesDropped);
    recorder.append(samples(3)); // before start()
    QCOMPARE(recorder.stats().dropped, quint64(3));
    QVERIFY(record(recorder, {samples(2)}));
    recorder.append(samples(4)); // after stop()
    QCOMPARE(recorder.stats().dropped, quint64(7));
    QCOMPARE(recorder.stats().written, quint64(2));
    QCOMPARE(dropped.size(), 2);
}

void TestMessageRecorder::unwritableSaysWhyInWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("needsUnprivileged"); // root may write anywhere, so a read-only folder tells only others

    // Built in the test (the temporary folder is made there); "{tmp}" stands for it.
    QTest::newRow("folder does not exist")
        << u"{tmp}/no/such/folder/r.jsonl"_s
        << QStringList{u"does not exist"_s, u"Create it or choose another folder"_s} << false;
    QTest::newRow("folder is a file") << u"{tmp}/a-file/r.jsonl"_s
                                      << QStringList{u"is a file, not a folder"_s, u"Choose a folder"_s} << false;
    QTest::newRow("path is a folder") << u"{tmp}"_s << QStringList{u"it is a folder"_s, u"file name"_s} << false;
    // /dev/full accepts the open and refuses every write with "no space left on device".
    QTest::newRow("disk full") << u"/dev/full"_s
                               << QStringList{u"stopped after 0 messages"_s, u"the disk is full"_s,
                                              u"Free some space or record to another disk"_s}
                               << false;
    QTest::newRow("read-only folder") << u"{tmp}/read-only/r.jsonl"_s
                                      << QStringList{u"you may not write there"_s, u"Choose a folder you may write"_s}
                                      << true;
}

void TestMessageRecorder::unwritableSaysWhyInWords()
{
    QFETCH(QString, path);
    QFETCH(QStringList, words);
    QFETCH(bool, needsUnprivileged);
    if (needsUnprivileged && ::geteuid() == 0) {
        QSKIP("root writes into read-only folders; the other rows cover the error path as root");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile aFile(dir.filePath(u"a-file"_s));
    QVERIFY(aFile.open(QIODevice::WriteOnly));
    aFile.close();
    QVERIFY(QDir(dir.path()).mkdir(u"read-only"_s));
    QVERIFY(QFile::setPermissions(dir.filePath(u"read-only"_s), QFile::ReadOwner | QFile::ExeOwner));
    path.replace(u"{tmp}"_s, dir.path());

    MessageRecorder recorder({path});
    QSignalSpy errors(&recorder, &MessageRecorder::errorOccurred);
    QSignalSpy finished(&recorder, &MessageRecorder::finished);
    QVERIFY(recorder.start());
    recorder.append(samples(5));
    QVERIFY(finished.wait(FINISH_TIMEOUT_MS));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    for (const QString& word : std::as_const(words)) {
        QVERIFY2(message.contains(word), qPrintable(u"“%1” not in: %2"_s.arg(word, message)));
    }
    // Nothing was recorded, and nothing is lost silently: every message counts as dropped, later ones too.
    QCOMPARE(recorder.stats().written, quint64(0));
    QCOMPARE(recorder.stats().dropped, quint64(5));
    QVERIFY(!recorder.isRecording());
    recorder.append(samples(1));
    QCOMPARE(recorder.stats().dropped, quint64(6));
    QFile::setPermissions(dir.filePath(u"read-only"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestMessageRecorder::destructorWritesWhatWasQueued()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"closing.jsonl"_s);
    {
        MessageRecorder recorder({path});
        QVERIFY(recorder.start());
        recorder.append(samples(500));
    } // gone while recording: the queued messages are still written
    const auto read = MessageLog::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(read->messages.size(), 500);
    QCOMPARE(read->badLines, 0);
}

QTEST_GUILESS_MAIN(TestMessageRecorder)
#include "TestMessageRecorder.moc"
