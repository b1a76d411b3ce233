// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GUI benchmarks (not timed tests), each against a reference in the same run:
//   BenchGui ingest N   the real main window (offscreen), two overlapping panes, N QoS 0 100-byte messages from a local
//                       mosquitto (max_queued_messages 0) vs mosquitto_sub on the same broker and publisher; plus the
//                       event loop's lateness on a 10 ms timer during the flood (p99).
//   BenchGui memory N   N messages retained in one pane (capacity N): resident memory per message above the payload.
//   BenchGui startup R  the real app to its first painted window, median of R launches, vs a bare QMainWindow.

#include "BenchSupport.h"
#include "MainWindow.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MqttSession.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace BenchSupport;

namespace {

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

bool connectWindow(MainWindow& window, const QString& url)
{
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(url);
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    return QTest::qWaitFor([&] { return window.session()->state() == SessionState::Connected; }, 10000);
}

qint64 stored(const SubscriptionPane* pane)
{
    return pane->model()->rowCount() + qint64(pane->model()->evictedCount());
}

int ingest(qint64 count)
{
    BrokerFixture broker;
    BrokerFixture::Options options;
    options.unlimitedQueues = true;
    if (!broker.start(options)) {
        std::fprintf(stderr, "BenchGui: %s\n", qPrintable(broker.error()));
        return 1;
    }
    QTemporaryDir dir;
    const QString messages = writeMessages(dir.path(), count);
    const Run reference = runReference(broker.plainPort(), messages, count);

    MainWindow window;
    window.resize(1280, 820);
    window.show();
    if (!connectWindow(window, broker.plainUrl())) {
        std::fprintf(stderr, "BenchGui: cannot connect\n");
        return 1;
    }
    SubscriptionPane* all = window.panes().first();
    all->setFilterText(u"bench/#"_s);
    all->subscribe();
    // The second pane watches the same filter: one broker subscription routed to two panes. (Different overlapping
    // filters would make mosquitto send one copy per subscription on MQTT 5, doubling the traffic itself.)
    SubscriptionPane* flood = window.addPane();
    flood->setFilterText(u"bench/#"_s);
    flood->subscribe();
    QSignalSpy subscribed(window.session(), &MqttSession::subscribed);
    if (!QTest::qWaitFor([&] { return subscribed.size() >= 1; }, 5000)) {
        std::fprintf(stderr, "BenchGui: subscriptions failed\n");
        return 1;
    }
    // Event loop responsiveness: how late a 10 ms timer fires while the flood is processed.
    QTest::qWait(500); // let start-up work (fonts, first layouts) finish before measuring
    std::vector<double> lateness;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.push_back(std::max(0.0, double(tick.nsecsElapsed()) / 1e6 - 10.0));
        tick.restart();
    });
    QElapsedTimer timer;
    timer.start();
    QProcess* publisher = startPublisher(broker.plainPort(), messages, &window);
    tick.start();
    probe.start();
    const bool complete = QTest::qWaitFor([&] { return stored(all) >= count && stored(flood) >= count; }, RUN_LIMIT_MS);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    probe.stop();
    publisher->waitForFinished(10000);
    const double referenceRate = reference.ok ? double(count) / reference.seconds : 0;
    const double guiRate = complete ? double(count) / seconds : 0;
    const bool lossless = complete && stored(all) == count && stored(flood) == count &&
        window.session()->droppedCount() == 0 && all->pendingDropped() == 0 && flood->pendingDropped() == 0;
    std::printf("RESULT gui ingest: mosquitto_sub %.0f msg/s, main window with 2 panes %.0f msg/s, ratio %.3f "
                "(target >= 0.90), loss %s (pane 1 %lld, pane 2 %lld of %lld); event loop lateness p50 %.1f ms, "
                "p99 %.1f ms, max %.1f ms (target p99 < 50 ms)\n",
                referenceRate, guiRate, referenceRate > 0 ? guiRate / referenceRate : 0, lossless ? "0" : "SEEN",
                static_cast<long long>(stored(all)), static_cast<long long>(stored(flood)),
                static_cast<long long>(count), percentile(lateness, 0.5), percentile(lateness, 0.99),
                percentile(lateness, 1.0));
    return lossless ? 0 : 1;
}

int memory(qint64 count)
{
    BrokerFixture broker;
    BrokerFixture::Options options;
    options.unlimitedQueues = true;
    if (!broker.start(options)) {
        std::fprintf(stderr, "BenchGui: %s\n", qPrintable(broker.error()));
        return 1;
    }
    QTemporaryDir dir;
    const QString messages = writeMessages(dir.path(), count);
    MainWindow window;
    window.show();
    if (!connectWindow(window, broker.plainUrl())) {
        return 1;
    }
    SubscriptionPane* pane = window.panes().first();
    pane->model()->setLimits(count, qint64(4) * 1024 * 1024 * 1024);
    pane->setFilterText(u"bench/#"_s);
    pane->subscribe();
    QTest::qWait(300);
    QTest::qWait(100);
    const qint64 before = residentBytes();
    QProcess* publisher = startPublisher(broker.plainPort(), messages, &window);
    const bool complete = QTest::qWaitFor([&] { return pane->model()->rowCount() >= count; }, RUN_LIMIT_MS);
    publisher->waitForFinished(10000);
    QTest::qWait(500); // let the inbox and batches be freed
    const qint64 after = residentBytes();
    const double perMessage = double(after - before) / double(count);
    std::printf(
        "RESULT memory: %lld messages of %d bytes kept in one pane: resident +%.1f MiB, %.1f bytes per message, "
        "%.1f above the payload (target <= 300); the ring charges %.1f bytes per message%s\n",
        static_cast<long long>(count), PAYLOAD_BYTES, double(after - before) / 1048576.0, perMessage,
        perMessage - PAYLOAD_BYTES, double(pane->model()->ring().bytes()) / double(count),
        complete ? "" : " (INCOMPLETE)");
    return complete ? 0 : 1;
}

int startup(int runs, const QString& app)
{
    const auto launch = [&app](const QStringList& arguments) -> double {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(app, arguments);
        if (!process.waitForStarted(10000)) {
            return -1;
        }
        QByteArray output;
        while (!output.contains("painted") && process.waitForReadyRead(10000)) {
            output += process.readAllStandardOutput();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        process.waitForFinished(5000);
        return output.contains("painted") ? ms : -1;
    };
    std::vector<double> thingbench;
    std::vector<double> bare;
    for (int i = 0; i < runs; ++i) {
        bare.push_back(launch({u"--startup-probe"_s, u"--bare"_s}));
        thingbench.push_back(launch({u"--startup-probe"_s}));
    }
    const bool ok = std::none_of(thingbench.begin(), thingbench.end(), [](double v) { return v < 0; }) &&
        std::none_of(bare.begin(), bare.end(), [](double v) { return v < 0; });
    const double app50 = percentile(thingbench, 0.5);
    const double bare50 = percentile(bare, 0.5);
    std::printf(
        "RESULT startup: thingbench to first paint %.0f ms (median of %d, offscreen), bare QMainWindow %.0f ms, "
        "ratio %.2f (target <= 300 ms)\n",
        app50, runs, bare50, bare50 > 0 ? app50 / bare50 : 0);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray("ingest");
    const qint64 n = argc > 2 ? QByteArray(argv[2]).toLongLong() : 0;
    if (mode == "ingest") {
        return ingest(n > 0 ? n : 1'000'000);
    }
    if (mode == "memory") {
        return memory(n > 0 ? n : 1'000'000);
    }
    if (mode == "startup") {
        return startup(n > 0 ? int(n) : 9, QStringLiteral(THINGBENCH_GUI_EXECUTABLE));
    }
    std::fprintf(stderr, "usage: BenchGui ingest|memory|startup [N]\n");
    return 2;
}
