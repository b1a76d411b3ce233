// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Replay benchmark (not a timed test): N recorded QoS 0 messages of 100 bytes replayed as fast as possible with
// `thingbench-cli pub --replay FILE --as-fast-as-possible` against `mosquitto_pub -l` reading the same payloads, one
// per line, on the same local mosquitto (max_queued_messages 0), both over MQTT 5, in the same run.
//
// What is timed: from the start of the publisher process until a counting subscriber (mosquitto_sub -C N on
// "bench/#", started and given half a second to subscribe first) has received all N messages. So both figures are
// end to end, delivered messages per second, and include each publisher's start-up, file reading and connect;
// "published" alone would flatter a QoS 0 publisher, which may finish writing long before the broker has forwarded.
// The subscriber's output goes to a file that is checked afterwards: every payload once, in order.
// Target: replay >= 0.9x mosquitto_pub -l (best of the rounds each; rounds alternate which goes first).
//
// The recording itself is made with MessageRecorder (capacity: messages written per second while the feeder keeps
// its queue at most half full), target >= 100,000 messages/s: a recording must keep up with a whole connection.
//
// Usage: BenchReplay [messages=1000000] [rounds=3]; THINGBENCH_BENCH_SHORT=1: 20000 messages, 1 round, timing printed
// but not judged.

#include "BenchSupport.h"
#include "messages/MessageRecorder.h"
#include "support/BrokerFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;
using namespace BenchSupport;

namespace {

constexpr double TARGET_RATIO = 0.9;
constexpr double TARGET_RECORDER_RATE = 100'000;
constexpr qint64 RECORDED_START_MS = 1'777'890'030'000;

struct Recording
{
    double seconds = 0;
    quint64 written = 0;
    quint64 dropped = 0;
    QString error;
};

/// Records `count` messages like those of writeMessages() (topic "bench/flood", QoS 0, 100 messages per recorded
/// millisecond) to `path`, feeding batches of 1,024 while the recorder's queue is at most half full.
Recording record(const QString& path, qint64 count)
{
    Recording result;
    MessageRecorder recorder({path});
    QObject::connect(&recorder, &MessageRecorder::errorOccurred, &recorder,
                     [&](const QString& message) { result.error = message; });
    bool finished = false;
    QObject::connect(&recorder, &MessageRecorder::finished, &recorder, [&] { finished = true; });
    QElapsedTimer timer;
    timer.start();
    recorder.start();
    QByteArray payload(PAYLOAD_BYTES, 'x');
    QList<MqttMessage> batch;
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(10, '0');
        std::copy(number.begin(), number.end(), payload.begin());
        MqttMessage message;
        message.topic = u"bench/flood"_s;
        message.payload = QByteArray(payload.constData(), payload.size());
        message.receivedAtMs = RECORDED_START_MS + i / 100;
        batch.append(std::move(message));
        if (batch.size() == 1024 || i == count - 1) {
            while (recorder.stats().queuedBytes > recorder.options().maxQueueBytes / 2) {
                QThread::usleep(200);
            }
            recorder.append(std::exchange(batch, {}));
        }
    }
    recorder.stop();
    runUntil([&] { return finished; }, runLimitMs());
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.written = recorder.stats().written;
    result.dropped = recorder.stats().dropped;
    return result;
}

struct Timed
{
    double seconds = 0;
    bool delivered = false; ///< the subscriber got all N
    bool exact = false;     ///< … each payload once, in order
    bool publisherOk = false;
    QString publisherSays; ///< its stderr, for the report
    QString cpu;
    double rate(qint64 count) const { return delivered && exact && publisherOk ? double(count) / seconds : 0; }
};

/// True when `path` holds the N payloads of writeMessages(), one per line, in order.
bool inOrder(const QString& path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    qint64 expected = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (sequenceOf(line.chopped(line.endsWith('\n') ? 1 : 0), count) != expected) {
            return false;
        }
        ++expected;
    }
    return expected == count;
}

/// Starts the counting subscriber, then `program args` (stdin from `input` when given), and times until the
/// subscriber has all `count` messages.
Timed timed(const BrokerFixture& broker, qint64 count, const QString& program, const QStringList& args,
            const QString& input, const QString& received)
{
    Timed run;
    QProcess subscriber;
    subscriber.setStandardOutputFile(received);
    subscriber.start(QStringLiteral(MOSQUITTO_SUB_EXECUTABLE),
                     {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.plainPort()), u"-V"_s, u"mqttv5"_s,
                      u"-t"_s, u"bench/#"_s, u"-q"_s, u"0"_s, u"-C"_s, QString::number(count)});
    if (!subscriber.waitForStarted()) {
        return run;
    }
    QThread::msleep(500); // mosquitto_sub gives no readiness signal on a pipe; ample on loopback
    QProcess publisher;
    if (!input.isEmpty()) {
        publisher.setStandardInputFile(input);
    }
    publisher.setStandardOutputFile(QProcess::nullDevice());
    const CpuAccount cpu(broker.processId());
    QElapsedTimer timer;
    timer.start();
    publisher.start(program, args);
    run.delivered = subscriber.waitForFinished(runLimitMs()) && subscriber.exitCode() == 0;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpu = cpu.summary(u"broker"_s);
    if (!publisher.waitForFinished(30000)) {
        publisher.kill();
        publisher.waitForFinished();
    }
    if (subscriber.state() != QProcess::NotRunning) {
        subscriber.kill();
        subscriber.waitForFinished();
    }
    run.publisherOk = publisher.exitStatus() == QProcess::NormalExit && publisher.exitCode() == 0;
    run.publisherSays = QString::fromUtf8(publisher.readAllStandardError()).trimmed();
    run.exact = run.delivered && inOrder(received, count);
    QFile::remove(received);
    return run;
}

void printRun(const char* name, const Timed& run, qint64 count)
{
    std::printf(
        "  %-22s %8.0f msg/s (%.2f s; %s; %s)%s%s\n", name, run.rate(count), run.seconds,
        run.delivered ? (run.exact ? "all delivered, in order" : "delivered OUT OF ORDER or changed") : "INCOMPLETE",
        qPrintable(run.cpu), run.publisherSays.isEmpty() ? "" : "\n    publisher: ", qPrintable(run.publisherSays));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : scaled(1'000'000, 20'000);
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : int(scaled(3, 1));
    if (count <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: BenchReplay [messages] [rounds]\n");
        return 2;
    }
    BrokerFixture broker;
    BrokerFixture::Options brokerOptions;
    brokerOptions.unlimitedQueues = true; // max_queued_messages 0: the broker never drops QoS 0 for a slow reader
    if (!broker.start(brokerOptions)) {
        std::fprintf(stderr, "BenchReplay: %s\n", qPrintable(broker.error()));
        return 1;
    }
    QTemporaryDir dir;
    const QString lines = writeMessages(dir.path(), count);
    const QString recordingPath = dir.filePath(u"recording.jsonl"_s);
    std::printf("BenchReplay: %lld QoS 0 messages of %d bytes, MQTT 5, mosquitto (max_queued_messages 0), %d "
                "round(s)%s\n",
                static_cast<long long>(count), PAYLOAD_BYTES, rounds, shortRun() ? " (short run)" : "");

    const Recording recording = record(recordingPath, count);
    const double recorderRate = recording.seconds > 0 ? double(recording.written) / recording.seconds : 0;
    std::printf("recording: %llu messages written, %llu dropped, %.2f s, %lld bytes%s%s\n",
                static_cast<unsigned long long>(recording.written), static_cast<unsigned long long>(recording.dropped),
                recording.seconds, static_cast<long long>(QFileInfo(recordingPath).size()),
                recording.error.isEmpty() ? "" : ": ", qPrintable(recording.error));
    bool ok = verdict("replay recording complete", u"%1 of %2 written"_s.arg(recording.written).arg(count), u"all"_s,
                      lines.size() > 0 && recording.written == quint64(count), Judged::Always);
    ok &= verdict("replay recorder capacity", u"%1 msg/s"_s.arg(recorderRate, 0, 'f', 0),
                  u">= %1 msg/s"_s.arg(TARGET_RECORDER_RATE, 0, 'f', 0), recorderRate >= TARGET_RECORDER_RATE);
    if (!ok) {
        return 1;
    }

    const QString port = QString::number(broker.plainPort());
    const auto reference = [&] {
        return timed(broker, count, QStringLiteral(MOSQUITTO_PUB_EXECUTABLE),
                     {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-V"_s, u"mqttv5"_s, u"-t"_s, u"bench/flood"_s, u"-q"_s,
                      u"0"_s, u"-l"_s},
                     lines, dir.filePath(u"received-reference.txt"_s));
    };
    const auto replay = [&] {
        return timed(broker, count, QStringLiteral(THINGBENCH_CLI_EXECUTABLE),
                     {u"pub"_s, u"--broker"_s, u"mqtt://127.0.0.1:"_s + port, u"--mqtt-version"_s, u"5"_s,
                      u"--replay"_s, recordingPath, u"--as-fast-as-possible"_s},
                     {}, dir.filePath(u"received-replay.txt"_s));
    };
    double bestReference = 0;
    double bestReplay = 0;
    bool allDelivered = true;
    for (int round = 1; round <= rounds; ++round) {
        Timed ours;
        Timed theirs;
        if (round % 2) {
            theirs = reference();
            ours = replay();
        } else {
            ours = replay();
            theirs = reference();
        }
        std::printf("round %d:\n", round);
        printRun("mosquitto_pub -l", theirs, count);
        printRun("pub --replay", ours, count);
        allDelivered = allDelivered && ours.delivered && ours.exact && ours.publisherOk && theirs.delivered;
        bestReference = qMax(bestReference, theirs.rate(count));
        bestReplay = qMax(bestReplay, ours.rate(count));
    }
    ok &= verdict("replay delivered", allDelivered ? u"every message once, in order, exit 0"_s : u"NOT all"_s, u"all"_s,
                  allDelivered, Judged::Always);
    const double ratio = bestReference > 0 ? bestReplay / bestReference : 0;
    ok &= verdict(
        "replay vs mosquitto_pub -l",
        u"%1 msg/s vs %2 msg/s = %3x"_s.arg(bestReplay, 0, 'f', 0).arg(bestReference, 0, 'f', 0).arg(ratio, 0, 'f', 2),
        u">= %1x"_s.arg(TARGET_RATIO), ratio >= TARGET_RATIO);
    return ok ? 0 : 1;
}
