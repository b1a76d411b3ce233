// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Replay benchmark (not a timed test): N recorded QoS 0 messages of 100 bytes replayed as fast as possible with
// `thingbench-cli pub --replay FILE --as-fast-as-possible` against `mosquitto_pub -l` reading the same payloads, one
// per line, on the same local mosquitto (max_queued_messages 0), both over MQTT 5, in the same run.
//
// What is timed: from the start of the publisher process until a counting subscriber (mosquitto_sub -C N on
// "bench/#", started and given half a second to subscribe first) has received the last of the N messages, by the
// arrival time it prints for each (-F "%U %p"). So both figures are end to end, delivered messages per second, and
// include each publisher's start-up, file reading and connect; "published" alone would flatter a QoS 0 publisher, which
// may finish writing long before the broker has forwarded everything. The subscriber's output is checked afterwards:
// every payload once, in order.
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

#include <mqtt/async_client.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <deque>
#include <functional>
#include <thread>
#include <utility>
#include <vector>

#include <sys/resource.h>

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
    double rate(qint64 count) const
    {
        return delivered && exact && publisherOk && seconds > 0 ? double(count) / seconds : 0;
    }
};

/// User and system time of the children this process has waited for.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// The wall clock (what mosquitto_sub's %U prints), in seconds.
double wallSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// Reads the subscriber's output ("<arrival, unix seconds> <payload>" per message): true when it holds the N payloads
/// of writeMessages() in order, with `lastArrival` set to when the last one came.
bool inOrder(const QString& path, qint64 count, double* lastArrival)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    qint64 expected = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const qsizetype space = line.indexOf(' ');
        if (space < 0 || sequenceOf(line.mid(space + 1).chopped(line.endsWith('\n') ? 1 : 0), count) != expected) {
            return false;
        }
        *lastArrival = line.left(space).toDouble();
        ++expected;
    }
    return expected == count;
}

/// The ceiling of our dependency: a bare Paho C++ client in this process that publishes the lines of `input` as QoS 0
/// messages over MQTT 5, keeping at most 256 unfinished (as MqttSession does for QoS 0), and does nothing else.
int publishWithBarePaho(quint16 port, const QString& input)
{
    try {
        mqtt::async_client client("tcp://127.0.0.1:" + std::to_string(port), "bench-replay-paho",
                                  mqtt::create_options(MQTTVERSION_5, 65535));
        client.connect(mqtt::connect_options_builder().mqtt_version(MQTTVERSION_5).clean_start(true).finalize())
            ->wait_for(std::chrono::seconds(10));
        QFile file(input);
        if (!client.is_connected() || !file.open(QIODevice::ReadOnly)) {
            return 1;
        }
        std::deque<mqtt::delivery_token_ptr> unfinished;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().chopped(1);
            unfinished.push_back(client.publish("bench/flood", line.constData(), size_t(line.size()), 0, false));
            if (unfinished.size() >= 256) {
                if (!unfinished.front()->wait_for(std::chrono::seconds(30))) {
                    return 1;
                }
                unfinished.pop_front();
            }
        }
        for (const auto& token : unfinished) {
            if (!token->wait_for(std::chrono::seconds(30))) {
                return 1;
            }
        }
        client.disconnect()->wait_for(std::chrono::seconds(10));
        return 0;
    } catch (const mqtt::exception& e) {
        std::fprintf(stderr, "BenchReplay: bare Paho: %s\n", e.what());
        return 1;
    }
}

/// A publisher under test: an external program, or a function run on a thread of this process.
struct Publisher
{
    QString program;
    QStringList args;
    QString input;                  ///< the program's stdin (a file), if any
    std::function<int()> inProcess; ///< returns its exit code
};

/// Starts the counting subscriber, then `publisher`, and times from the publisher's start until the subscriber received
/// the last of the `count` messages. The subscriber stamps each message with its arrival time: its own exit, up to a
/// second after the last message (it leaves its network loop on a 1 s tick), would otherwise be timed too.
Timed timed(const BrokerFixture& broker, qint64 count, const Publisher& publisher, const QString& received)
{
    Timed run;
    QProcess subscriber;
    subscriber.setStandardOutputFile(received);
    subscriber.start(QStringLiteral(MOSQUITTO_SUB_EXECUTABLE),
                     {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(broker.plainPort()), u"-V"_s, u"mqttv5"_s,
                      u"-t"_s, u"bench/#"_s, u"-q"_s, u"0"_s, u"-C"_s, QString::number(count), u"-F"_s, u"%U %p"_s});
    if (!subscriber.waitForStarted()) {
        return run;
    }
    QThread::msleep(500); // mosquitto_sub gives no readiness signal on a pipe; ample on loopback
    QProcess process;
    process.setStandardInputFile(publisher.input.isEmpty() ? QProcess::nullDevice() : publisher.input);
    process.setStandardOutputFile(QProcess::nullDevice());
    int threadExit = -1;
    const CpuAccount cpu(broker.processId());
    const double childrenBefore = childrenCpuSeconds();
    const double start = wallSeconds();
    std::thread thread;
    if (publisher.inProcess) {
        thread = std::thread([&] { threadExit = publisher.inProcess(); });
    } else {
        process.start(publisher.program, publisher.args);
    }
    run.delivered = subscriber.waitForFinished(runLimitMs()) && subscriber.exitCode() == 0;
    run.cpu = cpu.summary(u"broker"_s);
    if (thread.joinable()) {
        thread.join(); // bounded: every wait of the in-process publisher has a time limit
    } else if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    if (subscriber.state() != QProcess::NotRunning) {
        subscriber.kill();
        subscriber.waitForFinished();
    }
    // Every child has been waited for now: their CPU time is in this process's account of its children.
    run.cpu += u"; child processes %1 s"_s.arg(childrenCpuSeconds() - childrenBefore, 0, 'f', 2);
    run.publisherOk =
        publisher.inProcess ? threadExit == 0 : process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!publisher.inProcess) {
        run.publisherSays = QString::fromUtf8(process.readAllStandardError()).trimmed();
    }
    double lastArrival = 0;
    run.exact = run.delivered && inOrder(received, count, &lastArrival);
    run.seconds = lastArrival - start;
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

    // Three publishers of the same payloads, each round in another order (so none always goes first or last).
    const QString port = QString::number(broker.plainPort());
    const std::vector<std::pair<const char*, Publisher>> publishers{
        {"mosquitto_pub -l",
         {QStringLiteral(MOSQUITTO_PUB_EXECUTABLE),
          {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port, u"-V"_s, u"mqttv5"_s, u"-t"_s, u"bench/flood"_s, u"-q"_s, u"0"_s,
           u"-l"_s},
          lines,
          {}}},
        {"pub --replay",
         {QStringLiteral(THINGBENCH_CLI_EXECUTABLE),
          {u"pub"_s, u"--broker"_s, u"mqtt://127.0.0.1:"_s + port, u"--mqtt-version"_s, u"5"_s, u"--replay"_s,
           recordingPath, u"--as-fast-as-possible"_s},
          {},
          {}}},
        {"bare Paho C++", {{}, {}, {}, [&] { return publishWithBarePaho(broker.plainPort(), lines); }}},
    };
    std::vector<double> best(publishers.size(), 0);
    bool allDelivered = true;
    for (int round = 1; round <= rounds; ++round) {
        std::printf("round %d:\n", round);
        for (size_t n = 0; n < publishers.size(); ++n) {
            const size_t i = (n + size_t(round) - 1) % publishers.size();
            const Timed run = timed(broker, count, publishers[i].second, dir.filePath(u"received.txt"_s));
            printRun(publishers[i].first, run, count);
            allDelivered = allDelivered && run.delivered && run.exact && run.publisherOk;
            best[i] = qMax(best[i], run.rate(count));
        }
    }
    ok &= verdict("replay delivered", allDelivered ? u"every message once, in order, exit 0"_s : u"NOT all"_s, u"all"_s,
                  allDelivered, Judged::Always);
    const auto ratioText = [&](size_t ours, size_t theirs) {
        return u"%1 msg/s vs %2 msg/s = %3x"_s.arg(best[ours], 0, 'f', 0)
            .arg(best[theirs], 0, 'f', 0)
            .arg(best[theirs] > 0 ? best[ours] / best[theirs] : 0, 0, 'f', 2);
    };
    std::printf("replay vs bare Paho C++ (the ceiling of our dependency, not judged): %s\n",
                qPrintable(ratioText(1, 2)));
    std::printf("bare Paho C++ vs mosquitto_pub -l (not judged): %s\n", qPrintable(ratioText(2, 0)));
    ok &= verdict("replay vs mosquitto_pub -l", ratioText(1, 0), u">= %1x"_s.arg(TARGET_RATIO),
                  best[0] > 0 && best[1] / best[0] >= TARGET_RATIO);
    return ok ? 0 : 1;
}
