// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/SeriesBuffer.h"

#include <cmath>
#include <utility>

namespace {

/// The start of the `width`-wide bucket holding `timeMs` (buckets are aligned to the epoch, also before it).
qint64 bucketStart(qint64 timeMs, qint64 width)
{
    return timeMs - ((timeMs % width) + width) % width;
}

/// The first index of `ring` whose item is not `before` a searched time (items are sorted by time).
template <typename Ring, typename Before>
qsizetype lowerBound(const Ring& ring, Before before)
{
    qsizetype low = 0;
    qsizetype high = ring.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (before(ring.at(middle))) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/// Reduces samples arriving in time order to at most two per pixel column: the column's min and max, in the order
/// they came.
class ColumnReducer
{
public:
    using Point = SeriesBuffer::Point;

    ColumnReducer(qint64 fromMs, qint64 toMs, int columns, std::vector<Point>& out)
        : m_fromMs(fromMs)
        , m_span(static_cast<unsigned __int128>(quint64(toMs) - quint64(fromMs)) + 1)
        , m_columns(quint64(qMax(1, columns)))
        , m_out(out)
    { }

    void add(const Point& point)
    {
        // Unsigned arithmetic: exact for any window, even one from the smallest qint64 to the largest.
        const auto offset = static_cast<unsigned __int128>(quint64(point.timeMs) - quint64(m_fromMs));
        const auto column = static_cast<qint64>(offset * m_columns / m_span);
        if (column != m_column) {
            flush();
            m_column = column;
            m_min = point;
            m_max = point;
            return;
        }
        if (point.value < m_min.value) {
            m_min = point;
        }
        if (point.value > m_max.value) {
            m_max = point;
        }
    }

    void flush()
    {
        if (m_column < 0) {
            return;
        }
        if (m_min == m_max) {
            m_out.push_back(m_min);
        } else if (m_min.timeMs <= m_max.timeMs) {
            m_out.push_back(m_min);
            m_out.push_back(m_max);
        } else {
            m_out.push_back(m_max);
            m_out.push_back(m_min);
        }
        m_column = -1;
    }

private:
    qint64 m_fromMs;
    unsigned __int128 m_span; ///< up to 2^64: the widest window has that many milliseconds
    quint64 m_columns;
    std::vector<Point>& m_out;
    qint64 m_column = -1;
    Point m_min;
    Point m_max;
};

SeriesBuffer::Limits sane(SeriesBuffer::Limits limits)
{
    limits.rawCapacity = qMax<qsizetype>(1, limits.rawCapacity);
    for (SeriesBuffer::Level& level : limits.levels) {
        level.bucketMs = qMax<qint64>(1, level.bucketMs);
        level.capacity = qMax<qsizetype>(1, level.capacity);
    }
    return limits;
}

} // namespace

SeriesBuffer::SeriesBuffer()
    : SeriesBuffer(Limits())
{ }

SeriesBuffer::SeriesBuffer(Limits limits)
    : m_limits(sane(std::move(limits)))
    , m_raw(m_limits.rawCapacity)
{
    m_levels.reserve(m_limits.levels.size());
    for (const Level& level : m_limits.levels) {
        m_levels.emplace_back(level.capacity);
    }
}

bool SeriesBuffer::append(qint64 timeMs, double value)
{
    if (!std::isfinite(value)) {
        return false;
    }
    if (!m_raw.isAllocated()) {
        // Everything at once: from the first sample on, the buffer neither grows nor touches new pages.
        m_raw.allocate();
        for (Ring<Bucket>& level : m_levels) {
            level.allocate();
        }
    }
    if (!m_raw.isEmpty()) {
        timeMs = qMax(timeMs, m_raw.back().timeMs); // arrival order wins over a clock stepped back
    }
    if (const std::optional<Point> evicted = m_raw.push({timeMs, value}); evicted && !m_levels.empty()) {
        absorb(0, Bucket{evicted->timeMs, evicted->value, evicted->value, 0, 0});
    }
    ++m_appended;
    return true;
}

void SeriesBuffer::absorb(size_t index, const Bucket& incoming)
{
    Ring<Bucket>& level = m_levels[index];
    const qint64 start = bucketStart(incoming.startMs, m_limits.levels[index].bucketMs);
    const auto offset = [start](qint64 timeMs) { return qint32(timeMs - start); };
    if (!level.isEmpty() && level.back().startMs == start) {
        // Samples leave a tier oldest first, so what arrives belongs in the newest bucket or a later one.
        Bucket& bucket = level.back();
        if (incoming.min < bucket.min) {
            bucket.min = incoming.min;
            bucket.minOffsetMs = offset(incoming.minTimeMs());
        }
        if (incoming.max > bucket.max) {
            bucket.max = incoming.max;
            bucket.maxOffsetMs = offset(incoming.maxTimeMs());
        }
        return;
    }
    const Bucket bucket{start, incoming.min, incoming.max, offset(incoming.minTimeMs()), offset(incoming.maxTimeMs())};
    if (const std::optional<Bucket> evicted = level.push(bucket); evicted && index + 1 < m_levels.size()) {
        absorb(index + 1, *evicted);
    }
}

void SeriesBuffer::clear()
{
    m_raw.clear();
    for (Ring<Bucket>& level : m_levels) {
        level.clear();
    }
    m_appended = 0;
}

qsizetype SeriesBuffer::bucketCount() const
{
    qsizetype count = 0;
    for (const Ring<Bucket>& level : m_levels) {
        count += level.size();
    }
    return count;
}

std::optional<SeriesBuffer::Point> SeriesBuffer::last() const
{
    return m_raw.isEmpty() ? std::nullopt : std::optional<Point>(m_raw.back());
}

std::optional<qint64> SeriesBuffer::firstTimeMs() const
{
    for (size_t index = m_levels.size(); index-- > 0;) { // the oldest level first
        const Ring<Bucket>& level = m_levels[index];
        if (!level.isEmpty()) {
            const Bucket& oldest = level.at(0);
            return qMin(oldest.minTimeMs(), oldest.maxTimeMs());
        }
    }
    return m_raw.isEmpty() ? std::nullopt : std::optional<qint64>(m_raw.at(0).timeMs);
}

qint64 SeriesBuffer::bytes() const
{
    qint64 total = qint64(sizeof(*this)) + qint64(m_levels.capacity() * sizeof(Ring<Bucket>)) +
        qint64(m_limits.levels.capacity() * sizeof(Level)) + m_raw.allocatedBytes();
    for (const Ring<Bucket>& level : m_levels) {
        total += level.allocatedBytes();
    }
    return total;
}

qint64 SeriesBuffer::maxBytes() const
{
    qint64 total = qint64(sizeof(*this)) + qint64(m_levels.capacity() * sizeof(Ring<Bucket>)) +
        qint64(m_limits.levels.capacity() * sizeof(Level)) + qint64(m_raw.capacity() * qsizetype(sizeof(Point)));
    for (const Ring<Bucket>& level : m_levels) {
        total += qint64(level.capacity() * qsizetype(sizeof(Bucket)));
    }
    return total;
}

template <typename Reducer>
void SeriesBuffer::visit(qint64 fromMs, qint64 toMs, Reducer& reducer) const
{
    // The oldest data sits in the last level; each tier holds only samples older than the tier before it.
    for (size_t levelIndex = m_levels.size(); levelIndex-- > 0;) {
        const Ring<Bucket>& level = m_levels[levelIndex];
        qsizetype index = lowerBound(level, [fromMs](const Bucket& bucket) { return bucket.lastTimeMs() < fromMs; });
        for (; index < level.size() && level.at(index).startMs <= toMs; ++index) {
            const Bucket& bucket = level.at(index);
            Point low{bucket.minTimeMs(), bucket.min};
            Point high{bucket.maxTimeMs(), bucket.max};
            if (high.timeMs < low.timeMs) {
                std::swap(low, high);
            }
            for (const Point& point : {low, high}) {
                if (point.timeMs >= fromMs && point.timeMs <= toMs) {
                    reducer.add(point);
                }
            }
        }
    }
    qsizetype index = lowerBound(m_raw, [fromMs](const Point& point) { return point.timeMs < fromMs; });
    for (; index < m_raw.size() && m_raw.at(index).timeMs <= toMs; ++index) {
        reducer.add(m_raw.at(index));
    }
}

std::vector<SeriesBuffer::Point> SeriesBuffer::window(qint64 fromMs, qint64 toMs, int columns) const
{
    std::vector<Point> points;
    if (toMs < fromMs || m_appended == 0) {
        return points;
    }
    ColumnReducer reducer(fromMs, toMs, columns, points);
    visit(fromMs, toMs, reducer);
    reducer.flush();
    return points;
}
