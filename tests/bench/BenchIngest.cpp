// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Ingest benchmark (not a timed test), DESIGN.md §5, QoS 0 messages of 100 bytes from a local mosquitto
// (max_queued_messages 0), two regimes in one run:
//
//  publisher-bound  messages arrive as mosquitto_pub -l publishes them (a file); the core path (Paho thread ->
//                   MessageInbox -> batched drain on this thread, every message checked) against mosquitto_sub on
//                   the same broker and publisher. Target: core >= 0.95x mosquitto_sub.
//  capacity         the broker holds a backlog: each subscriber opens a persistent session (clean session off),
//                   subscribes and leaves; the publisher sends N messages, which mosquitto keeps for it
//                   (queue_qos0_messages true); the subscriber comes back and drains the backlog as fast as the
//                   broker sends it. Subscribers: mosquitto_sub, a bare Paho C++ client that only counts (the
//                   ceiling of our dependency), the core path, and the main window (offscreen) with 2 and with 20
//                   panes on the flood. Target: core and GUI >= 0.95x bare Paho; the ratio to mosquitto_sub is
//                   reported beside it. GUI event-loop lateness p99 < 16 ms during the drain.
//
// Zero loss wherever the broker delivered, in both regimes; every run is bounded in count and time.
// Usage: BenchIngest [messages=1000000] [rounds=5]; THINGBENCH_BENCH_SHORT=1: 20000 messages, 1 round, timing
// printed but not judged. Publisher-bound figures are the best of the rounds; capacity figures are the median of
// per-round ratios, each round pairing every kind with bare Paho (see main).

#include "BenchSupport.h"
#include "MainWindow.h"
#include "connection/ConnectionDialog.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MqttSession.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <mqtt/async_client.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;
using namespace BenchSupport;

namespace {

constexpr double TARGET_RATIO = 0.95;
constexpr double TARGET_LATENESS_MS = 16;

qint64 g_brokerPid = 0; ///< for the CPU account of each drain

/// Ends a persistent session on the broker: a clean-session connect with the same client id discards it.
void forgetSession(quint16 port, const QString& clientId)
{
    QProcess sub;
    sub.start(QStringLiteral(MOSQUITTO_SUB_EXECUTABLE),
              {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-i"_s, clientId, u"-t"_s, u"bench/forget"_s,
               u"-E"_s});
    if (!sub.waitForFinished(10000)) {
        sub.kill();
        sub.waitForFinished();
    }
}

/// Publishes the backlog and lets the broker read the publisher's last packets before anyone reconnects.
bool publishBacklog(quint16 port, const QString& messages)
{
    const bool done = publishAll(port, messages);
    QThread::msleep(300); // outside every timed region
    return done;
}

struct Drain
{
    QString name;
    double seconds = 0;
    qint64 received = 0;
    bool lossless = false; ///< exactly N, each once, nothing dropped on our side
    double latenessP99Ms = -1;
    QString cpu; ///< where the CPU went during the drain (CpuAccount::summary)
    double rate(qint64 count) const { return lossless && seconds > 0 ? double(count) / seconds : 0; }
};

// ---- publisher-bound -------------------------------------------------------------------------------------------

Run runCore(quint16 port, const QString& messagesFile, qint64 count)
{
    Run run;
    MqttSession session;
    std::vector<bool> seen(size_t(count), false);
    QElapsedTimer timer;
    QEventLoop loop;
    QProcess* publisher = nullptr;
    QObject::connect(&session, &MqttSession::sessionEstablished, &loop, [&] { session.subscribe(u"bench/#"_s, 0); });
    QObject::connect(&session, &MqttSession::subscribed, &loop, [&] {
        timer.start();
        publisher = startPublisher(port, messagesFile, &loop);
    });
    QObject::connect(&session, &MqttSession::messagesReceived, &loop, [&](const QList<MqttMessage>& batch) {
        for (const MqttMessage& message : batch) {
            const qint64 sequence = sequenceOf(message.payload, count);
            if (sequence >= 0) {
                run.duplicates += seen[size_t(sequence)] ? 1 : 0;
                seen[size_t(sequence)] = true;
            } else {
                ++run.malformed;
            }
        }
        run.received += batch.size();
        if (run.received >= count) {
            run.seconds = double(timer.nsecsElapsed()) / 1e9;
            loop.quit();
        }
    });
    QObject::connect(&session, &MqttSession::errorOccurred, &loop, [&](SessionError, const QString& message) {
        std::fprintf(stderr, "BenchIngest: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(runLimitMs(), &loop, &QEventLoop::quit);
    ConnectionOptions options = *ConnectionOptions::fromUrl(u"mqtt://127.0.0.1:%1"_s.arg(port));
    options.version = MqttVersion::V3_1_1; // as mosquitto_sub's default
    if (!session.connectToBroker(options)) {
        return run;
    }
    loop.exec();
    if (publisher) {
        publisher->waitForFinished(10000);
    }
    run.dropped = session.droppedCount();
    for (const bool got : seen) {
        run.missing += got ? 0 : 1;
    }
    run.ok = run.received == count && run.missing == 0 && run.duplicates == 0 && run.malformed == 0;
    return run;
}

// ---- capacity --------------------------------------------------------------------------------------------------

Drain drainMosquittoSub(quint16 port, const QString& messages, qint64 count)
{
    Drain drain;
    drain.name = u"mosquitto_sub"_s;
    const QString id = u"bench-capacity-mosquitto-sub"_s;
    const QStringList common = {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-i"_s, id, u"-c"_s,
                                u"-q"_s, u"0"_s,         u"-t"_s, u"bench/#"_s};
    QProcess prime;
    prime.start(QStringLiteral(MOSQUITTO_SUB_EXECUTABLE), common + QStringList{u"-E"_s});
    if (!prime.waitForFinished(10000) || prime.exitCode() != 0 || !publishBacklog(port, messages)) {
        forgetSession(port, id);
        return drain;
    }
    QProcess sub;
    sub.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    const CpuAccount cpu(g_brokerPid);
    timer.start();
    sub.start(QStringLiteral(MOSQUITTO_SUB_EXECUTABLE), common + QStringList{u"-C"_s, QString::number(count)});
    const bool finished = sub.waitForFinished(runLimitMs());
    drain.seconds = double(timer.nsecsElapsed()) / 1e9;
    drain.cpu = cpu.summary(u"broker"_s);
    if (!finished) {
        sub.kill();
        sub.waitForFinished();
    }
    drain.lossless = finished && sub.exitCode() == 0;
    drain.received = drain.lossless ? count : 0;
    forgetSession(port, id);
    return drain;
}

/// A bare Paho C++ subscriber: counts messages on Paho's thread and does nothing else.
Drain drainPaho(quint16 port, const QString& messages, qint64 count)
{
    Drain drain;
    drain.name = u"bare Paho C++"_s;
    const std::string id = "bench-capacity-paho";
    mqtt::async_client client("tcp://127.0.0.1:" + std::to_string(port), id);
    std::atomic<qint64> received{0};
    std::mutex mutex;
    std::condition_variable done;
    std::chrono::steady_clock::time_point last;
    client.set_message_callback([&](mqtt::const_message_ptr) {
        if (received.fetch_add(1, std::memory_order_relaxed) + 1 == count) {
            const std::lock_guard lock(mutex);
            last = std::chrono::steady_clock::now();
            done.notify_all();
        }
    });
    const auto options =
        mqtt::connect_options_builder().clean_session(false).mqtt_version(MQTTVERSION_3_1_1).finalize();
    try {
        client.connect(options)->wait_for(std::chrono::seconds(10));
        client.subscribe("bench/#", 0)->wait_for(std::chrono::seconds(10));
        client.disconnect()->wait_for(std::chrono::seconds(10));
        if (!publishBacklog(port, messages)) {
            forgetSession(port, QString::fromStdString(id));
            return drain;
        }
        const CpuAccount cpu(g_brokerPid);
        const auto start = std::chrono::steady_clock::now();
        client.connect(options);
        std::unique_lock lock(mutex);
        const bool all =
            done.wait_for(lock, std::chrono::milliseconds(runLimitMs()), [&] { return received.load() >= count; });
        drain.seconds = all ? std::chrono::duration<double>(last - start).count() : 0;
        drain.cpu = cpu.summary(u"broker"_s);
        lock.unlock();
        client.disconnect()->wait_for(std::chrono::seconds(10));
    } catch (const mqtt::exception& e) {
        std::fprintf(stderr, "BenchIngest: Paho: %s\n", e.what());
    }
    drain.received = received.load();
    drain.lossless = drain.received == count && drain.seconds > 0;
    forgetSession(port, QString::fromStdString(id));
    return drain;
}

bool waitForState(MqttSession& session, SessionState state)
{
    return runUntil([&] { return session.state() == state; }, 10000);
}

Drain drainCore(quint16 port, const QString& messages, qint64 count)
{
    Drain drain;
    drain.name = u"thingbench core"_s;
    ConnectionOptions options = *ConnectionOptions::fromUrl(u"mqtt://127.0.0.1:%1"_s.arg(port));
    options.version = MqttVersion::V3_1_1;
    options.clientId = u"bench-capacity-core"_s;
    options.cleanStart = false;
    options.autoReconnect = false;
    MqttSession session;
    bool subscribed = false;
    QObject::connect(&session, &MqttSession::subscribed, &session, [&] { subscribed = true; });
    std::vector<bool> seen(size_t(count), false);
    qint64 duplicates = 0;
    qint64 malformed = 0;
    QElapsedTimer timer;
    QObject::connect(&session, &MqttSession::messagesReceived, &session, [&](const QList<MqttMessage>& batch) {
        for (const MqttMessage& message : batch) {
            const qint64 sequence = sequenceOf(message.payload, count);
            if (sequence >= 0) {
                duplicates += seen[size_t(sequence)] ? 1 : 0;
                seen[size_t(sequence)] = true;
            } else {
                ++malformed;
            }
        }
        drain.received += batch.size();
        if (drain.received == count) {
            drain.seconds = double(timer.nsecsElapsed()) / 1e9;
        }
    });
    const auto cleanUp = [&] {
        session.disconnectFromBroker();
        waitForState(session, SessionState::Disconnected);
        forgetSession(port, options.clientId);
    };
    if (!session.connectToBroker(options) || !waitForState(session, SessionState::Connected) ||
        !session.subscribe(u"bench/#"_s, 0) || !runUntil([&] { return subscribed; }, 10000)) {
        cleanUp();
        return drain;
    }
    session.disconnectFromBroker();
    if (!waitForState(session, SessionState::Disconnected) || !publishBacklog(port, messages)) {
        cleanUp();
        return drain;
    }
    drain.received = 0; // nothing may count from before the backlog
    const CpuAccount cpu(g_brokerPid);
    timer.start();
    session.connectToBroker(options);
    runUntil([&] { return drain.received >= count; }, runLimitMs());
    drain.cpu = cpu.summary(u"broker"_s);
    const qint64 missing = qint64(std::count(seen.begin(), seen.end(), false));
    drain.lossless =
        drain.received == count && missing == 0 && duplicates == 0 && malformed == 0 && session.droppedCount() == 0;
    if (!drain.lossless) {
        std::printf("  core: received %lld, missing %lld, duplicated %lld, malformed %lld, dropped in inbox %llu\n",
                    static_cast<long long>(drain.received), static_cast<long long>(missing),
                    static_cast<long long>(duplicates), static_cast<long long>(malformed),
                    static_cast<unsigned long long>(session.droppedCount()));
    }
    cleanUp();
    return drain;
}

/// Every message that reached the pane's table or was let go by its own row or memory limit: kept, evicted, or
/// "pane full" (older than the newest rows the pane keeps, within one flush). Only "while paused" and "inbox full"
/// are losses.
qint64 stored(const SubscriptionPane* pane)
{
    return pane->model()->rowCount() + qint64(pane->model()->evictedCount()) + qint64(pane->droppedPaneFull());
}

/// The main window (offscreen) with `paneCount` panes, all on the flood's filter (one broker subscription routed to
/// every pane: each message goes through routing, a pane queue, a ring and a model `paneCount` times).
Drain drainGui(quint16 port, const QString& messages, qint64 count, int paneCount)
{
    Drain drain;
    drain.name = u"main window, %1 panes"_s.arg(paneCount);
    const QString id = u"bench-capacity-gui-%1"_s.arg(paneCount);
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    ConnectionOptions options = *ConnectionOptions::fromUrl(u"mqtt://127.0.0.1:%1"_s.arg(port));
    options.version = MqttVersion::V3_1_1;
    options.clientId = id;
    options.cleanStart = false;
    options.autoReconnect = false;
    ConnectionDialog* settings = window.openConnectionSettings();
    settings->setOptions(options);
    settings->accept();
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(options.displayUrl());
    auto* connectButton = window.findChild<QPushButton*>(u"connectButton"_s);
    MqttSession* session = window.session();
    const auto cleanUp = [&] {
        if (session->state() != SessionState::Disconnected) {
            QTest::mouseClick(connectButton, Qt::LeftButton);
            waitForState(*session, SessionState::Disconnected);
        }
        forgetSession(port, id);
    };
    QTest::mouseClick(connectButton, Qt::LeftButton);
    if (!waitForState(*session, SessionState::Connected) || window.connectionOptions()->clientId != id ||
        window.connectionOptions()->cleanStart) {
        std::fprintf(stderr, "BenchIngest: the main window did not connect as %s\n", qPrintable(id));
        cleanUp();
        return drain;
    }
    bool subscribed = false;
    QObject::connect(session, &MqttSession::subscribed, &window, [&] { subscribed = true; });
    while (window.panes().size() < paneCount) {
        window.addPane();
    }
    for (SubscriptionPane* pane : window.panes()) {
        pane->setFilterText(u"bench/#"_s);
        pane->subscribe();
    }
    if (!runUntil([&] { return subscribed; }, 10000)) {
        cleanUp();
        return drain;
    }
    QTest::mouseClick(connectButton, Qt::LeftButton);
    if (!waitForState(*session, SessionState::Disconnected) || !publishBacklog(port, messages)) {
        cleanUp();
        return drain;
    }
    const QList<SubscriptionPane*> panes = window.panes();
    std::vector<qint64> before;
    for (const SubscriptionPane* pane : panes) {
        before.push_back(stored(pane));
    }
    const auto arrived = [&](int i) { return stored(panes.at(i)) - before[size_t(i)]; };
    // Event-loop responsiveness: how late a 10 ms timer fires while the backlog is drained.
    LatenessProbe probe;
    QElapsedTimer timer;
    const CpuAccount cpu(g_brokerPid);
    timer.start();
    probe.start();
    QTest::mouseClick(connectButton, Qt::LeftButton);
    const bool complete = runUntil(
        [&] {
            for (int i = 0; i < panes.size(); ++i) {
                if (arrived(i) < count) {
                    return false;
                }
            }
            return true;
        },
        runLimitMs());
    drain.seconds = double(timer.nsecsElapsed()) / 1e9;
    drain.cpu = cpu.summary(u"broker"_s);
    probe.stop();
    drain.latenessP99Ms = probe.percentile(0.99);
    drain.received = arrived(0);
    bool lossless = complete && session->droppedCount() == 0;
    for (int i = 0; i < panes.size(); ++i) {
        lossless = lossless && arrived(i) == count && panes.at(i)->droppedWhilePaused() == 0;
    }
    drain.lossless = lossless;
    if (!lossless) {
        std::printf("  %s: pane 1 got %lld of %lld, dropped in inbox %llu, in pane 1 %llu\n", qPrintable(drain.name),
                    static_cast<long long>(arrived(0)), static_cast<long long>(count),
                    static_cast<unsigned long long>(session->droppedCount()),
                    static_cast<unsigned long long>(panes.first()->droppedWhilePaused()));
    }
    cleanUp();
    return drain;
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

QString listText(const std::vector<double>& values)
{
    QStringList parts;
    for (const double value : values) {
        parts << QString::number(value, 'f', 3);
    }
    return parts.join(u", "_s);
}

QString rateText(double rate)
{
    return u"%1 msg/s"_s.arg(rate, 0, 'f', 0);
}

QString ratioText(double rate, const QString& referenceName, double referenceRate)
{
    return u"%1 / %2 %3 = %4"_s.arg(rateText(rate), referenceName, rateText(referenceRate))
        .arg(referenceRate > 0 ? rate / referenceRate : 0, 0, 'f', 3);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : scaled(1'000'000, 20'000);
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : int(scaled(5, 1));
    if (count <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: BenchIngest [messages] [rounds]\n");
        return 2;
    }

    BrokerFixture broker;
    BrokerFixture::Options brokerOptions;
    brokerOptions.unlimitedQueues = true; // max_queued_messages 0: the broker never drops QoS 0 for a slow reader
    brokerOptions.extraConfig = {u"queue_qos0_messages true"_s}; // and keeps them for an away persistent session
    if (!broker.start(brokerOptions)) {
        std::fprintf(stderr, "BenchIngest: %s\n", qPrintable(broker.error()));
        return 1;
    }
    const quint16 port = broker.plainPort();
    g_brokerPid = broker.processId();
    QTemporaryDir dir;
    const QString messages = writeMessages(dir.path(), count);
    if (messages.isEmpty()) {
        std::fprintf(stderr, "BenchIngest: cannot write the message file\n");
        return 1;
    }
    std::printf("BenchIngest: %lld QoS 0 messages of %d bytes, mosquitto (max_queued_messages 0, queue_qos0_messages "
                "true), %d round(s)%s\n",
                static_cast<long long>(count), PAYLOAD_BYTES, rounds, shortRun() ? " (short run)" : "");
    bool ok = true;

    // Publisher-bound.
    double bestReference = 0;
    double bestCore = 0;
    bool lossless = true;
    for (int round = 1; round <= rounds; ++round) {
        const Run reference = runReference(port, messages, count);
        const Run core = runCore(port, messages, count);
        const double referenceRate = reference.ok ? double(count) / reference.seconds : 0;
        const double coreRate = core.ok ? double(count) / core.seconds : 0;
        std::printf("publisher-bound round %d: mosquitto_sub %.0f msg/s (%.2f s, %s) | thingbench core %.0f msg/s "
                    "(%.2f s, received %lld, missing %lld, duplicated %lld, malformed %lld, dropped in inbox %llu)\n",
                    round, referenceRate, reference.seconds, reference.ok ? "complete" : "INCOMPLETE", coreRate,
                    core.seconds, static_cast<long long>(core.received), static_cast<long long>(core.missing),
                    static_cast<long long>(core.duplicates), static_cast<long long>(core.malformed),
                    static_cast<unsigned long long>(core.dropped));
        lossless = lossless && reference.ok && core.ok && core.dropped == 0;
        bestReference = qMax(bestReference, referenceRate);
        bestCore = qMax(bestCore, coreRate);
    }
    ok &= verdict("ingest publisher-bound loss", lossless ? u"0 messages lost"_s : u"messages LOST or incomplete"_s,
                  u"0"_s, lossless, Judged::Always);
    ok &=
        verdict("ingest publisher-bound core vs mosquitto_sub", ratioText(bestCore, u"mosquitto_sub"_s, bestReference),
                u">= %1"_s.arg(TARGET_RATIO), bestReference > 0 && bestCore / bestReference >= TARGET_RATIO);

    // Capacity: a backlog drained as fast as the broker sends it. Rounds are paired: each round drains every kind
    // once, in forward order on odd rounds and reversed on even ones (so no kind always runs first or last), and a
    // kind's ratio in a round is its rate over bare Paho's rate in the same round. The verdict is the median of those
    // per-round ratios: slow drift of the machine (other load, frequency) hits both sides of a pair alike and
    // cancels, and one odd round cannot decide. Measured on 2 cores: bare Paho alone varies by +-14% between rounds,
    // more than the 5% the target allows, which is why independent best-of figures could not judge it.
    using DrainFn = std::function<Drain()>;
    const std::vector<std::pair<QString, DrainFn>> kinds = {
        {u"bare Paho C++"_s, [&] { return drainPaho(port, messages, count); }},
        {u"thingbench core"_s, [&] { return drainCore(port, messages, count); }},
        {u"main window, 2 panes"_s, [&] { return drainGui(port, messages, count, 2); }},
        {u"main window, 20 panes"_s, [&] { return drainGui(port, messages, count, 20); }},
        {u"mosquitto_sub"_s, [&] { return drainMosquittoSub(port, messages, count); }},
    };
    std::map<QString, std::vector<Drain>> drains; // per kind, one per round
    bool capacityLossless = true;
    for (int round = 1; round <= rounds; ++round) {
        std::vector<size_t> order(kinds.size());
        for (size_t i = 0; i < order.size(); ++i) {
            order[i] = round % 2 ? i : order.size() - 1 - i;
        }
        for (const size_t index : order) {
            const Drain drain = kinds[index].second();
            std::printf("capacity round %d: %s %.0f msg/s (%.2f s, %s%s)\n    CPU: %s\n", round, qPrintable(drain.name),
                        drain.rate(count), drain.seconds, drain.lossless ? "complete, lossless" : "LOSS or INCOMPLETE",
                        drain.latenessP99Ms >= 0
                            ? qPrintable(u", event loop lateness p99 %1 ms"_s.arg(drain.latenessP99Ms, 0, 'f', 1))
                            : "",
                        qPrintable(drain.cpu));
            std::fflush(stdout);
            capacityLossless = capacityLossless && drain.lossless;
            drains[kinds[index].first].push_back(drain);
        }
    }
    ok &= verdict("ingest capacity loss", capacityLossless ? u"0 messages lost"_s : u"messages LOST or incomplete"_s,
                  u"0"_s, capacityLossless, Judged::Always);
    const auto ratios = [&](const QString& name, const QString& reference) {
        std::vector<double> result;
        for (int round = 0; round < rounds; ++round) {
            const double base = drains[reference][size_t(round)].rate(count);
            result.push_back(base > 0 ? drains[name][size_t(round)].rate(count) / base : 0);
        }
        return result;
    };
    std::printf("capacity: bare Paho C++ / mosquitto_sub, per round %s, median %.3f (the ceiling of our dependency)\n",
                qPrintable(listText(ratios(u"bare Paho C++"_s, u"mosquitto_sub"_s))),
                median(ratios(u"bare Paho C++"_s, u"mosquitto_sub"_s)));
    for (const QString& name : {u"thingbench core"_s, u"main window, 2 panes"_s, u"main window, 20 panes"_s}) {
        const std::vector<double> vsPaho = ratios(name, u"bare Paho C++"_s);
        const double medianVsPaho = median(vsPaho);
        const QByteArray label = (u"ingest capacity "_s + name + u" vs bare Paho"_s).toUtf8();
        ok &= verdict(
            label.constData(),
            u"median of paired rounds %1 (per round %2; vs mosquitto_sub, median %3)"_s.arg(medianVsPaho, 0, 'f', 3)
                .arg(listText(vsPaho))
                .arg(median(ratios(name, u"mosquitto_sub"_s)), 0, 'f', 3),
            u">= %1"_s.arg(TARGET_RATIO), medianVsPaho >= TARGET_RATIO);
        double worstLateness = -1;
        for (const Drain& drain : drains[name]) {
            worstLateness = std::max(worstLateness, drain.latenessP99Ms);
        }
        if (worstLateness >= 0) {
            const QByteArray lateLabel = (u"ingest capacity "_s + name + u" event loop lateness p99"_s).toUtf8();
            ok &= verdict(lateLabel.constData(), u"%1 ms (worst round)"_s.arg(worstLateness, 0, 'f', 1),
                          u"< %1 ms"_s.arg(TARGET_LATENESS_MS), worstLateness < TARGET_LATENESS_MS);
        }
    }
    std::fflush(stdout);
    return ok ? 0 : 1;
}
