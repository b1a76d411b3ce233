// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/SeriesBuffer.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Point = SeriesBuffer::Point;

constexpr qint64 T0 = 1'700'000'000'000; // a realistic epoch time, so bucket alignment is exercised

/// Small tiers whose cascade a test can follow: 4 raw samples, 3 buckets of 10 ms, 2 buckets of 100 ms.
SeriesBuffer::Limits tinyLimits()
{
    SeriesBuffer::Limits limits;
    limits.rawCapacity = 4;
    limits.levels = {{10, 3}, {100, 2}};
    return limits;
}

bool sortedWithin(const std::vector<Point>& points, qint64 fromMs, qint64 toMs)
{
    for (size_t i = 0; i < points.size(); ++i) {
        if (points[i].timeMs < fromMs || points[i].timeMs > toMs ||
            (i > 0 && points[i].timeMs < points[i - 1].timeMs)) {
            return false;
        }
    }
    return true;
}

} // namespace

/// SeriesBuffer: the bounded sample store of a chart series (raw ring, then min/max buckets).
class TestSeriesBuffer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recentSamplesAreKeptAsTheyCame();
    void windowIncludesItsEdgesOnly();
    void emptyAndInvertedWindows();
    void nonFiniteValuesAreRefused();
    void clockSteppedBackKeepsArrivalOrder();
    void evictedSamplesCascadeThroughTheLevels();
    void memoryIsConstantAfterMillionsOfSamples_data();
    void memoryIsConstantAfterMillionsOfSamples();
    void windowHasAtMostTwoPointsPerColumn();
    void reductionKeepsEachColumnsMinAndMax();
    void downsamplingKeepsMinAndMaxOfOldData();
    void defaultLimitsCoverTheWidestWindowAt1kHz();
    void clearForgetsButKeepsTheBound();
};

void TestSeriesBuffer::recentSamplesAreKeptAsTheyCame()
{
    SeriesBuffer buffer;
    for (int i = 0; i < 100; ++i) {
        QVERIFY(buffer.append(T0 + i * 10, i * 0.5));
    }
    QCOMPARE(buffer.appendedCount(), quint64(100));
    QCOMPARE(buffer.rawCount(), 100);
    QCOMPARE(buffer.bucketCount(), 0);
    QCOMPARE(buffer.firstTimeMs(), std::optional<qint64>(T0));
    QCOMPARE(buffer.last()->value, 49.5);
    // A window wider in pixels than it has samples: every sample, exactly.
    const std::vector<Point> points = buffer.window(T0, T0 + 990, 10'000);
    QCOMPARE(points.size(), size_t(100));
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(points[size_t(i)], (Point{T0 + i * 10, i * 0.5}));
    }
}

void TestSeriesBuffer::windowIncludesItsEdgesOnly()
{
    SeriesBuffer buffer;
    for (int i = 0; i < 10; ++i) {
        buffer.append(T0 + i * 100, i);
    }
    const std::vector<Point> points = buffer.window(T0 + 200, T0 + 500, 1000);
    QCOMPARE(points.size(), size_t(4)); // 200, 300, 400, 500
    QCOMPARE(points.front(), (Point{T0 + 200, 2}));
    QCOMPARE(points.back(), (Point{T0 + 500, 5}));
    QVERIFY(buffer.window(T0 + 201, T0 + 299, 1000).empty());
    QCOMPARE(buffer.window(T0 + 900, T0 + 900, 1).size(), size_t(1));
}

void TestSeriesBuffer::emptyAndInvertedWindows()
{
    SeriesBuffer buffer;
    QVERIFY(buffer.window(0, 1000, 100).empty());
    QVERIFY(!buffer.last());
    QVERIFY(!buffer.firstTimeMs());
    buffer.append(T0, 1);
    QVERIFY(buffer.window(T0 + 1, T0, 100).empty());
    // Zero or negative columns count as one; the widest window possible does not overflow.
    QCOMPARE(buffer.window(T0, T0, 0).size(), size_t(1));
    QCOMPARE(buffer.window(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 3).size(),
             size_t(1));
}

void TestSeriesBuffer::nonFiniteValuesAreRefused()
{
    SeriesBuffer buffer;
    QVERIFY(!buffer.append(T0, std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!buffer.append(T0, std::numeric_limits<double>::infinity()));
    QVERIFY(!buffer.append(T0, -std::numeric_limits<double>::infinity()));
    QCOMPARE(buffer.appendedCount(), quint64(0));
    QVERIFY(buffer.append(T0, -0.0));
    QCOMPARE(buffer.appendedCount(), quint64(1));
}

void TestSeriesBuffer::clockSteppedBackKeepsArrivalOrder()
{
    SeriesBuffer buffer;
    buffer.append(T0 + 1000, 1);
    buffer.append(T0 + 500, 2); // the sender's clock stepped back: stored at the newest time
    buffer.append(T0 + 1500, 3);
    const std::vector<Point> points = buffer.window(T0, T0 + 2000, 10'000);
    QCOMPARE(points.size(), size_t(3));
    QCOMPARE(points[0], (Point{T0 + 1000, 1}));
    QCOMPARE(points[1], (Point{T0 + 1000, 2}));
    QCOMPARE(points[2], (Point{T0 + 1500, 3}));
}

void TestSeriesBuffer::evictedSamplesCascadeThroughTheLevels()
{
    SeriesBuffer buffer(tinyLimits());
    // One sample every 5 ms: two per 10 ms bucket, twenty per 100 ms bucket.
    for (int i = 0; i < 4; ++i) {
        buffer.append(T0 + i * 5, i);
    }
    QCOMPARE(buffer.rawCount(), 4);
    QCOMPARE(buffer.bucketCount(), 0);
    buffer.append(T0 + 20, 4); // pushes out the sample at T0 into a 10 ms bucket
    QCOMPARE(buffer.rawCount(), 4);
    QCOMPARE(buffer.bucketCount(), 1);
    QCOMPARE(buffer.firstTimeMs(), std::optional<qint64>(T0));
    for (int i = 5; i < 200; ++i) {
        buffer.append(T0 + i * 5, i);
    }
    // Full: 4 raw, 3 + 2 buckets; the oldest data went; what is left starts at a 100 ms bucket.
    QCOMPARE(buffer.rawCount(), 4);
    QCOMPARE(buffer.bucketCount(), 5);
    QCOMPARE(buffer.last()->value, 199.0);
    const qint64 first = *buffer.firstTimeMs();
    QCOMPARE((first - T0) % 100, 0);
    QVERIFY(first > T0);
    const std::vector<Point> points = buffer.window(T0, T0 + 1000, 10'000);
    QVERIFY(sortedWithin(points, T0, T0 + 1000));
    QCOMPARE(points.front().timeMs, first);
    QCOMPARE(points.back(), (Point{T0 + 995, 199}));
    // The series rises, so each bucket's min is its first sample and its max its last.
    for (const Point& point : points) {
        QCOMPARE(point.value, double((point.timeMs - T0) / 5));
    }
}

void TestSeriesBuffer::memoryIsConstantAfterMillionsOfSamples_data()
{
    QTest::addColumn<qint64>("intervalUs"); // time between samples, in microseconds
    QTest::addColumn<qint64>("count");
    QTest::newRow("100 kHz (several samples per millisecond)") << qint64(10) << qint64(3'000'000);
    QTest::newRow("1 kHz, 83 minutes") << qint64(1000) << qint64(5'000'000);
    QTest::newRow("1 Hz, 23 days") << qint64(1'000'000) << qint64(2'000'000);
}

void TestSeriesBuffer::memoryIsConstantAfterMillionsOfSamples()
{
    QFETCH(qint64, intervalUs);
    QFETCH(qint64, count);
    SeriesBuffer buffer;
    const qint64 bound = buffer.maxBytes();
    QVERIFY(bound < 500 * 1024); // the documented ≈ 466 KiB
    QVERIFY(buffer.bytes() < 1024);
    buffer.append(T0, 0);
    QCOMPARE(buffer.bytes(), bound); // allocated in full with the first sample
    for (qint64 i = 1; i < count; ++i) {
        buffer.append(T0 + i * intervalUs / 1000, std::sin(double(i) / 1000.0));
        if (i % 1'000'000 == 0) {
            QCOMPARE(buffer.bytes(), bound);
        }
    }
    QCOMPARE(buffer.bytes(), bound);
    QCOMPARE(buffer.appendedCount(), quint64(count));
    QCOMPARE(buffer.rawCount(), buffer.limits().rawCapacity);
    QVERIFY(buffer.bucketCount() <= 7200 + 3600);
}

void TestSeriesBuffer::windowHasAtMostTwoPointsPerColumn()
{
    SeriesBuffer buffer;
    const qint64 count = 3'600'000; // an hour at 1 kHz: every tier in play
    for (qint64 i = 0; i < count; ++i) {
        buffer.append(T0 + i, double(QRandomGenerator::global()->bounded(1000)));
    }
    const qint64 to = T0 + count - 1;
    for (const qint64 span : {qint64(60'000), qint64(300'000), qint64(900'000), qint64(3'600'000)}) {
        for (const int columns : {1, 7, 500, 1920}) {
            const std::vector<Point> points = buffer.window(to - span, to, columns);
            QVERIFY2(points.size() <= size_t(2 * columns), qPrintable(QString::number(points.size())));
            QVERIFY(!points.empty());
            QVERIFY(sortedWithin(points, to - span, to));
        }
    }
}

void TestSeriesBuffer::reductionKeepsEachColumnsMinAndMax()
{
    // Raw samples only (the default raw ring holds them all): compare each column with a brute-force min and max.
    SeriesBuffer buffer;
    std::vector<Point> samples;
    for (int i = 0; i < 5000; ++i) {
        const Point point{T0 + i, double(QRandomGenerator::global()->bounded(-500, 500))};
        samples.push_back(point);
        buffer.append(point.timeMs, point.value);
    }
    constexpr int COLUMNS = 37;
    const qint64 from = T0 + 100;
    const qint64 to = T0 + 4899;
    const std::vector<Point> points = buffer.window(from, to, COLUMNS);
    const auto columnOf = [&](qint64 timeMs) { return (timeMs - from) * COLUMNS / (to - from + 1); };
    for (int column = 0; column < COLUMNS; ++column) {
        double low = std::numeric_limits<double>::infinity();
        double high = -low;
        for (const Point& sample : samples) {
            if (sample.timeMs >= from && sample.timeMs <= to && columnOf(sample.timeMs) == column) {
                low = std::min(low, sample.value);
                high = std::max(high, sample.value);
            }
        }
        std::vector<double> shown;
        for (const Point& point : points) {
            if (columnOf(point.timeMs) == column) {
                shown.push_back(point.value);
            }
        }
        QVERIFY(!shown.empty() && shown.size() <= 2);
        QCOMPARE(*std::min_element(shown.begin(), shown.end()), low);
        QCOMPARE(*std::max_element(shown.begin(), shown.end()), high);
    }
}

void TestSeriesBuffer::downsamplingKeepsMinAndMaxOfOldData()
{
    // 20 minutes at 1 kHz of a gentle wave with one spike up and one down, 15 minutes ago (in the 1 s buckets).
    SeriesBuffer buffer;
    const qint64 count = 1'200'000;
    const qint64 spikeUp = T0 + 300'123;
    const qint64 spikeDown = T0 + 300'877;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 t = T0 + i;
        const double value = t == spikeUp ? 1000.0 : t == spikeDown ? -1000.0 : std::sin(double(i) / 5000.0);
        buffer.append(t, value);
    }
    QVERIFY(buffer.bucketCount() > 0);
    for (const int columns : {3, 100, 1920}) {
        const std::vector<Point> points = buffer.window(T0, T0 + count - 1, columns);
        // The spikes keep their exact values and times however coarse the plot.
        QVERIFY(std::find(points.begin(), points.end(), Point{spikeUp, 1000.0}) != points.end());
        QVERIFY(std::find(points.begin(), points.end(), Point{spikeDown, -1000.0}) != points.end());
    }
    // Any window aligned on the 1 s buckets has the true extremes of its samples.
    const std::vector<Point> second = buffer.window(T0 + 300'000, T0 + 300'999, 1);
    QCOMPARE(second.size(), size_t(2));
    QCOMPARE(second[0], (Point{spikeUp, 1000.0}));
    QCOMPARE(second[1], (Point{spikeDown, -1000.0}));
}

void TestSeriesBuffer::defaultLimitsCoverTheWidestWindowAt1kHz()
{
    // At 1 kHz for 2 hours, the last hour (the chart's widest window) is still all there, in 1 s buckets or finer.
    SeriesBuffer buffer;
    const qint64 count = 7'200'000;
    for (qint64 i = 0; i < count; ++i) {
        buffer.append(T0 + i, 1.0);
    }
    const qint64 last = T0 + count - 1;
    const qint64 from = last - 3'600'000;
    QVERIFY(*buffer.firstTimeMs() <= from);
    // Columns of 500 ms (a flat line shows one point per column): no gap wider than a 1 s bucket in the hour.
    const std::vector<Point> hour = buffer.window(from, last, 7200);
    QVERIFY(hour.size() <= 2 * 7200);
    QVERIFY(hour.front().timeMs - from <= 1000);
    for (size_t i = 1; i < hour.size(); ++i) {
        QVERIFY2(hour[i].timeMs - hour[i - 1].timeMs <= 1000, qPrintable(QString::number(hour[i].timeMs - T0)));
    }
}

void TestSeriesBuffer::clearForgetsButKeepsTheBound()
{
    SeriesBuffer buffer(tinyLimits());
    for (int i = 0; i < 100; ++i) {
        buffer.append(T0 + i * 7, i);
    }
    const qint64 bytes = buffer.bytes();
    buffer.clear();
    QCOMPARE(buffer.appendedCount(), quint64(0));
    QCOMPARE(buffer.rawCount(), 0);
    QCOMPARE(buffer.bucketCount(), 0);
    QVERIFY(buffer.window(T0, T0 + 1000, 100).empty());
    QCOMPARE(buffer.bytes(), bytes);
    buffer.append(T0, 5);
    QCOMPARE(buffer.window(T0, T0, 1).size(), size_t(1));
}

QTEST_APPLESS_MAIN(TestSeriesBuffer)
#include "TestSeriesBuffer.moc"
