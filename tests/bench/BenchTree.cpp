// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Topic tree benchmark (not a timed test), DESIGN.md §5:
//
//  insert  100,000 distinct topics (three levels under one root, as devices and their streams) go into the tree in
//          flushes of 10,000, as the pane's 10 Hz timer applies them: first the model alone, then the topic tree pane
//          on screen (offscreen platform: proxy, sorting and view included). Target: the pane inserts them in <= 1 s.
//          Reported beside it: what the tree costs per topic beyond the payloads (its own accounting, and the
//          process's resident memory growth).
//  flood   QoS 0 messages round-robin over 10,000 topics at the broker's full rate: the main window's persistent
//          session subscribes a topic tree pane and leaves, a bare Paho publisher sends them all (mosquitto keeps them,
//          queue_qos0_messages true), and the window comes back to the backlog, which the broker sends as fast as it
//          can. Target: event-loop lateness p99 < 16 ms (a 10 ms timer), and the tree counts every message.
//
// Usage: BenchTree [insert|flood|all] [topics=100000] [flood messages=500000]; THINGBENCH_BENCH_SHORT=1 makes both
// small and leaves timing unjudged. Loopback only, bounded in count and time.

#include "BenchSupport.h"
#include "MainWindow.h"
#include "messages/TopicTreeModel.h"
#include "mqtt/MqttSession.h"
#include "support/BrokerFixture.h"
#include "tree/TopicTreePane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <mqtt/async_client.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace BenchSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr int FLUSH_EVERY = 10'000;
constexpr int FLOOD_TOPICS = 10'000;
constexpr double TARGET_INSERT_SECONDS = 1.0;
constexpr double TARGET_LATENESS_MS = 16;

/// Topic `i` of `count`: "bench/dev<a>/group<b>/stream<c>", 100 streams per group, 100 groups per device level.
QString topicOf(int i)
{
    return u"bench/dev%1/group%2/stream%3"_s.arg(i / 10'000).arg((i / 100) % 100).arg(i % 100);
}

qint64 residentBytes()
{
    QFile status(u"/proc/self/statm"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = status.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

QList<QList<MqttMessage>> batchesOf(int topics)
{
    const QByteArray payload(PAYLOAD_BYTES, 'x'); // shared: the figure is the tree's own cost
    QList<QList<MqttMessage>> batches;
    for (int first = 0; first < topics; first += FLUSH_EVERY) {
        QList<MqttMessage> batch;
        for (int i = first; i < std::min(topics, first + FLUSH_EVERY); ++i) {
            MqttMessage message;
            message.topic = topicOf(i);
            message.payload = payload;
            message.receivedAtMs = 1;
            batch.append(message);
        }
        batches.append(batch);
    }
    return batches;
}

bool insert(int topics)
{
    const QList<QList<MqttMessage>> batches = batchesOf(topics);
    // The model alone.
    double modelSeconds = 0;
    qint64 treeBytes = 0;
    qint64 residentGrowth = 0;
    {
        const qint64 residentBefore = residentBytes();
        TopicTreeModel model;
        model.setAutoFlush(false);
        QElapsedTimer timer;
        timer.start();
        for (const QList<MqttMessage>& batch : batches) {
            model.ingest(batch);
            model.flush();
        }
        modelSeconds = double(timer.nsecsElapsed()) / 1e9;
        treeBytes = model.approximateBytes();
        residentGrowth = residentBytes() - residentBefore;
        if (model.topicCount() != topics) {
            std::printf("tree insert: the model holds %lld topics of %d\n", static_cast<long long>(model.topicCount()),
                        topics);
            return false;
        }
    }
    // The pane on screen: proxy, sorting, view.
    TopicTreePane pane(1);
    pane.resize(1200, 700);
    pane.show();
    runUntil([] { return false; }, 300); // first layout and fonts before measuring
    pane.model()->setAutoFlush(false);
    QElapsedTimer timer;
    timer.start();
    for (const QList<MqttMessage>& batch : batches) {
        pane.ingest(batch);
        pane.model()->flush();
        QCoreApplication::processEvents(); // the view lays out and paints what the flush changed
    }
    pane.treeView()->expand(pane.proxy()->index(0, 0)); // and a user opens the root
    QCoreApplication::processEvents();
    const double paneSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf(
        "tree insert: %d distinct topics, model alone %.3f s (%.0f topics/s); topic tree pane on screen %.3f s; "
        "the tree's own cost %.0f bytes per topic (%.1f MB), resident memory growth %.0f bytes per topic\n",
        topics, modelSeconds, topics / modelSeconds, paneSeconds, double(treeBytes) / topics, double(treeBytes) / 1e6,
        double(residentGrowth) / topics);
    bool ok = verdict("tree insert: distinct topics into the topic tree pane",
                      u"%1 topics in %2 s"_s.arg(topics).arg(paneSeconds, 0, 'f', 3),
                      u"100000 in <= %1 s"_s.arg(TARGET_INSERT_SECONDS), paneSeconds <= TARGET_INSERT_SECONDS);
    ok &= verdict("tree insert: topics held", u"%1"_s.arg(pane.model()->topicCount()), u"%1"_s.arg(topics),
                  pane.model()->topicCount() == topics, Judged::Always);
    return ok;
}

/// Publishes `count` QoS 0 messages round-robin over FLOOD_TOPICS topics, as fast as the broker takes them.
void publishFlood(quint16 port, qint64 count, std::atomic<bool>* failed)
{
    try {
        mqtt::async_client client("tcp://127.0.0.1:" + std::to_string(port), "bench-tree-publisher",
                                  mqtt::create_options(MQTTVERSION_3_1_1, int(FLUSH_EVERY)));
        client.connect(mqtt::connect_options_builder().mqtt_version(MQTTVERSION_3_1_1).finalize())
            ->wait_for(std::chrono::seconds(10));
        const std::string payload(PAYLOAD_BYTES, 'x');
        mqtt::delivery_token_ptr last;
        for (qint64 i = 0; i < count; ++i) {
            last =
                client.publish(topicOf(int(i % FLOOD_TOPICS)).toStdString(), payload.data(), payload.size(), 0, false);
            if (i % 1000 == 999) {
                last->wait_for(std::chrono::seconds(10)); // bounded buffering
            }
        }
        if (last) {
            last->wait_for(std::chrono::seconds(10));
        }
        client.disconnect()->wait_for(std::chrono::seconds(10));
    } catch (const mqtt::exception& e) {
        std::fprintf(stderr, "BenchTree publisher: %s\n", e.what());
        *failed = true;
    }
}

bool flood(qint64 count)
{
    BrokerFixture broker;
    BrokerFixture::Options options;
    options.unlimitedQueues = true;                        // the broker never drops QoS 0 for a slow reader
    options.extraConfig = {u"queue_qos0_messages true"_s}; // and keeps them for an away persistent session
    if (!broker.start(options)) {
        std::fprintf(stderr, "BenchTree: %s\n", qPrintable(broker.error()));
        return false;
    }
    // The window's session is persistent: it subscribes, leaves, the publisher sends everything, and when the window
    // comes back the broker sends the whole backlog as fast as it can: the flood runs at the broker's full rate.
    MainWindow window(nullptr, MainWindow::Start::Empty);
    window.resize(1280, 820);
    window.show();
    ConnectionOptions connection;
    connection.port = broker.plainPort();
    connection.clientId = u"bench-tree-window"_s;
    connection.cleanStart = false;
    connection.sessionExpirySeconds = 600;
    window.applyConnectionSettings(connection, false, QString());
    TopicTreePane* tree = window.addTreePane(u"bench/#"_s);
    window.connectToBroker();
    if (!runUntil([&] { return window.session()->isSubscriptionActive(u"bench/#"_s); }, 10'000)) {
        std::fprintf(stderr, "BenchTree: the tree did not subscribe\n");
        return false;
    }
    window.session()->disconnectFromBroker();
    runUntil([&] { return window.session()->state() == SessionState::Disconnected; }, 10'000);
    std::atomic<bool> failed = false;
    QElapsedTimer publishing;
    publishing.start();
    std::thread publisher(publishFlood, broker.plainPort(), count, &failed);
    publisher.join();
    std::printf("tree flood: %lld messages over %d topics queued in the broker in %.2f s\n",
                static_cast<long long>(count), FLOOD_TOPICS, double(publishing.nsecsElapsed()) / 1e9);
    tree->treeView()->expandAll();
    runUntil([] { return false; }, 300);
    LatenessProbe probe;
    QElapsedTimer timer;
    timer.start();
    probe.start();
    window.connectToBroker();
    const bool complete =
        !failed && runUntil([&] { return qint64(tree->model()->messageCount()) >= count; }, runLimitMs());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    probe.stop();
    const double p99 = probe.percentile(0.99);
    std::printf("tree flood: the backlog drained in %.2f s (%.0f msg/s, connect included), the tree counted %llu in "
                "%lld topics, dropped in the inbox %llu; event loop lateness p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                seconds, count / seconds, static_cast<unsigned long long>(tree->model()->messageCount()),
                static_cast<long long>(tree->model()->topicCount()),
                static_cast<unsigned long long>(window.session()->droppedCount()), probe.percentile(0.5), p99,
                probe.percentile(1));
    const bool lossless = complete && qint64(tree->model()->messageCount()) == count &&
        tree->model()->topicCount() == std::min<qint64>(count, FLOOD_TOPICS) && window.session()->droppedCount() == 0;
    bool ok = verdict("tree flood: messages counted", lossless ? u"all, 0 lost"_s : u"LOSS or INCOMPLETE"_s,
                      u"0 lost"_s, lossless, Judged::Always);
    ok &= verdict("tree flood over 10,000 topics at the broker's full rate: event loop lateness p99",
                  u"%1 ms"_s.arg(p99, 0, 'f', 1), u"< %1 ms"_s.arg(TARGET_LATENESS_MS), p99 < TARGET_LATENESS_MS);
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : "all";
    const int topics = argc > 2 ? QByteArray(argv[2]).toInt() : int(scaled(100'000, 10'000));
    const qint64 messages = argc > 3 ? QByteArray(argv[3]).toLongLong() : scaled(500'000, 20'000);
    if ((mode != "insert" && mode != "flood" && mode != "all") || topics <= 0 || messages <= 0) {
        std::fprintf(stderr, "usage: BenchTree [insert|flood|all] [topics] [flood messages]\n");
        return 2;
    }
    bool ok = true;
    if (mode != "flood") {
        ok &= insert(topics);
    }
    if (mode != "insert") {
        ok &= flood(messages);
    }
    return ok ? 0 : 1;
}
