// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Charts (DESIGN.md §5: "10 series at 1 kHz for 10 minutes with flat memory"), through the real Charts screen
// (offscreen):
//   BenchCharts [minutes]   10 series, each fed 1,000 JSON messages per simulated second, for `minutes` of simulated
//                           time (default 10; THINGBENCH_BENCH_SHORT=1 makes it 1).
// Receive times are synthetic (1 ms apart per series), so ten simulated minutes take well under that of wall time. The
// messages go through ChartView::ingest in batches of 100 ms of simulated time, as the session hands them over, and the
// event loop runs between batches: the coalescing timer redraws as it would live (at most every 100 ms of wall time),
// with a 5 minute window (raw samples and 50 ms buckets in view; the 1 s buckets fill behind it). The plot holds at
// most two points per pixel column per series, so its memory grows while the window fills (the first 5 minutes) and is
// flat from then on: the second half of a 10 minute run is the steady state.
//
// Every 10 simulated seconds it samples resident memory (/proc/self/statm), the heap in use (mallinfo2) and the bytes
// the series' buffers hold, and fits a line (least squares) to each over the second half of the run. Flat means:
//   buffers: slope 0 (they are allocated in full with the first sample);
//   resident memory and heap: slope < 16 KiB per simulated minute, i.e. under 0.03 bytes per message (a leak of one
//   byte per message would be 600 KiB per minute).
// Prints each figure against its target, PASS/FAIL, and exits 1 on a miss (a short run prints but does not judge).
// THINGBENCH_BENCH_VERBOSE=1 prints every sample, not only one a minute.

#include "BenchSupport.h"
#include "charts/ChartView.h"
#include "messages/SeriesBuffer.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int SERIES = 10;
constexpr int RATE_HZ = 1000;
constexpr qint64 BATCH_MS = 100;     // simulated time per batch
constexpr qint64 SAMPLE_MS = 10'000; // simulated time between memory samples
constexpr double TARGET_KIB_PER_MINUTE = 16.0;

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

struct Sample
{
    double minute = 0; ///< simulated
    double resident = 0;
    double heap = 0;
    double buffers = 0;
};

/// Least-squares slope of `value` over the samples' minutes, in bytes per simulated minute.
double slope(const std::vector<Sample>& samples, double Sample::*value)
{
    const double n = double(samples.size());
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (const Sample& s : samples) {
        sx += s.minute;
        sy += s.*value;
        sxx += s.minute * s.minute;
        sxy += s.minute * (s.*value);
    }
    const double denominator = n * sxx - sx * sx;
    return denominator > 0 ? (n * sxy - sx * sy) / denominator : 0;
}

/// One batch: 100 ms of simulated time, RATE_HZ messages per second per series, interleaved as they would arrive.
QList<MqttMessage> batch(const QStringList& topics, qint64 startMs, qint64 epochMs)
{
    QList<MqttMessage> messages;
    messages.reserve(SERIES * RATE_HZ * BATCH_MS / 1000);
    for (qint64 t = startMs; t < startMs + BATCH_MS; t += 1000 / RATE_HZ) {
        for (int k = 0; k < SERIES; ++k) {
            MqttMessage message;
            message.topic = topics.at(k);
            const double value = 20.0 + k + std::sin(double(t) / 3000.0 + k) + double((t * 7919 + k) % 101) / 500.0;
            message.payload = R"({"state":{"reported":{"temp":)" + QByteArray::number(value, 'f', 3) + "}}}";
            message.receivedAtMs = epochMs + t;
            messages.append(std::move(message));
        }
    }
    return messages;
}

void printSample(const Sample& s)
{
    std::printf("  minute %5.2f: resident %9.1f KiB, heap in use %9.1f KiB, buffers %6.1f KiB\n", s.minute,
                s.resident / 1024.0, s.heap / 1024.0, s.buffers / 1024.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const qint64 argMinutes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 0;
    const qint64 minutes = argMinutes > 0 ? argMinutes : BenchSupport::scaled(10, 1);
    const qint64 durationMs = minutes * 60'000;

    ChartView view;
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        std::fprintf(stderr, "BenchCharts: the chart was never shown\n");
        return 1;
    }
    QStringList topics;
    for (int k = 0; k < SERIES; ++k) {
        topics << u"bench/sensor-%1/telemetry"_s.arg(k);
        if (!view.addSeries(topics.last(), u"state.reported.temp"_s, u"sensor %1"_s.arg(k)).ok()) {
            return 1;
        }
    }
    view.setWindowMs(300'000);
    int replots = 0;
    QObject::connect(&view, &ChartView::replotted, [&replots] { ++replots; });

    std::vector<Sample> samples;
    const qint64 epochMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer wall;
    wall.start();
    qint64 messages = 0;
    std::printf("BenchCharts: %d series at %d Hz for %lld simulated minutes (%lld messages)\n", SERIES, RATE_HZ,
                static_cast<long long>(minutes), static_cast<long long>(durationMs / 1000 * RATE_HZ * SERIES));
    for (qint64 t = 0; t < durationMs; t += BATCH_MS) {
        {
            const QList<MqttMessage> messagesOfBatch = batch(topics, t, epochMs);
            messages += messagesOfBatch.size();
            view.ingest(messagesOfBatch);
        }
        QCoreApplication::processEvents();
        if ((t + BATCH_MS) % SAMPLE_MS == 0) {
            // Measured in the same state each time: the batch freed, the chart just redrawn and painted.
            view.replot();
            QCoreApplication::processEvents();
            samples.push_back({double(t + BATCH_MS) / 60'000.0, double(residentBytes()), double(heapInUse()),
                               double(view.bufferBytes())});
            if (samples.size() % 6 == 0 || qEnvironmentVariableIsSet("THINGBENCH_BENCH_VERBOSE")) {
                printSample(samples.back());
            }
        }
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const std::vector<Sample> secondHalf(samples.begin() + qsizetype(samples.size() / 2), samples.end());
    const double residentSlope = slope(secondHalf, &Sample::resident) / 1024.0;
    const double heapSlope = slope(secondHalf, &Sample::heap) / 1024.0;
    const double bufferSlope = slope(secondHalf, &Sample::buffers) / 1024.0;
    std::printf("BenchCharts: %lld messages in %.1f s of wall time (%.0f msg/s, %.1fx real time), %d repaints; series "
                "buffers %.1f KiB each (bound %.1f KiB); %zu samples, slopes over the last %zu\n",
                static_cast<long long>(messages), seconds, double(messages) / seconds,
                double(durationMs) / 1000.0 / seconds, replots, view.buffer(0).bytes() / 1024.0,
                view.buffer(0).maxBytes() / 1024.0, samples.size(), secondHalf.size());
    const QString target = u"< %1 KiB per simulated minute"_s.arg(TARGET_KIB_PER_MINUTE);
    using BenchSupport::Judged;
    bool ok = BenchSupport::verdict("charts series buffers slope", u"%1 KiB/min"_s.arg(bufferSlope, 0, 'f', 3),
                                    u"0 KiB/min"_s, std::abs(bufferSlope) < 1e-9, Judged::InFullRunsOnly);
    ok &= BenchSupport::verdict("charts resident memory slope", u"%1 KiB/min"_s.arg(residentSlope, 0, 'f', 2), target,
                                residentSlope < TARGET_KIB_PER_MINUTE, Judged::InFullRunsOnly);
    ok &= BenchSupport::verdict("charts heap in use slope", u"%1 KiB/min"_s.arg(heapSlope, 0, 'f', 2), target,
                                heapSlope < TARGET_KIB_PER_MINUTE, Judged::InFullRunsOnly);
    return ok ? 0 : 1;
}
