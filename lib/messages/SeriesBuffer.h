// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

/// The bounded sample store of one chart series: (time, value) samples, with memory bounded by a constant whatever the
/// rate and however long it runs.
///
/// Tiers, newest first. The newest `rawCapacity` samples are kept as they came. A sample pushed out of that ring goes
/// into the first level of min/max buckets (by default 50 ms wide): a bucket keeps the smallest and the largest value
/// it saw and when each came, so a spike survives downsampling. A bucket pushed out of a full level is merged into the
/// next, wider level (by default 1 s), and one pushed out of the last level is forgotten. Every tier is a ring of fixed
/// capacity, allocated in full with the first sample, so memory is flat from then on: with the default limits at most
/// maxBytes() ≈ 466 KiB per series. The defaults keep, at 1 kHz, 8 s of raw samples, 6 min of 50 ms buckets and then
/// 1 h of 1 s buckets (the chart's widest window is 1 h); at 1 Hz the raw ring alone holds 2 h 16 min.
///
/// Times are kept in arrival order: a sample older than the newest one (a clock stepped back) is stored at the newest
/// time, so every tier stays sorted and window() can search it. Values that are not finite are refused.
///
/// Not thread-safe: one owner thread (the chart's, the GUI thread).
class SeriesBuffer
{
public:
    struct Point
    {
        qint64 timeMs = 0;
        double value = 0;
        bool operator==(const Point&) const = default;
    };

    /// One level of min/max buckets.
    struct Level
    {
        qint64 bucketMs = 0;    ///< width of a bucket; each level's should be a multiple of the previous one's
        qsizetype capacity = 0; ///< buckets kept
    };

    struct Limits
    {
        qsizetype rawCapacity = 8192;
        std::vector<Level> levels{{50, 7200}, {1000, 3600}};
    };

    /// The default limits.
    SeriesBuffer();
    explicit SeriesBuffer(Limits limits);

    /// Stores one sample; false (and nothing stored) when `value` is NaN or infinite.
    bool append(qint64 timeMs, double value);
    /// Forgets every sample (the storage is kept).
    void clear();

    const Limits& limits() const { return m_limits; }
    /// Samples appended since construction or clear(), whatever tier they are in now.
    quint64 appendedCount() const { return m_appended; }
    /// Raw samples held (at most limits().rawCapacity).
    qsizetype rawCount() const { return m_raw.size(); }
    /// Buckets held over every level.
    qsizetype bucketCount() const;
    std::optional<Point> last() const;
    /// The time of the oldest sample still represented, if any.
    std::optional<qint64> firstTimeMs() const;

    /// The bytes this buffer holds now: the object and its storage. Only the object until the first sample, then
    /// maxBytes() for good.
    qint64 bytes() const;
    /// The bound on bytes() for these limits.
    qint64 maxBytes() const;

    /// The samples with `fromMs <= time <= toMs`, reduced for a plot `columns` pixels wide: in time order, at most two
    /// per column (the column's smallest and largest value, in the order they came; one when they are the same
    /// sample), so the line keeps every spike. Bucketed samples take part with their min and max. O(samples in the
    /// window) plus a binary search per tier.
    std::vector<Point> window(qint64 fromMs, qint64 toMs, int columns) const;

private:
    /// A bucket's min and max samples (32 bytes). Their times are offsets from the bucket's start: exact, and within
    /// the range of 32 bits for any bucket narrower than 24 days.
    struct Bucket
    {
        qint64 startMs = 0;
        double min = 0;
        double max = 0;
        qint32 minOffsetMs = 0;
        qint32 maxOffsetMs = 0;
        qint64 minTimeMs() const { return startMs + minOffsetMs; }
        qint64 maxTimeMs() const { return startMs + maxOffsetMs; }
        qint64 lastTimeMs() const { return startMs + qMax(minOffsetMs, maxOffsetMs); }
    };

    /// A fixed-capacity ring, oldest first; push() hands back what fell out. allocate() takes (and touches) the whole
    /// storage at once, so resident memory does not creep up while the ring fills.
    template <typename T>
    class Ring
    {
    public:
        explicit Ring(qsizetype capacity)
            : m_capacity(qMax<qsizetype>(1, capacity))
        { }
        qsizetype size() const { return m_size; }
        qsizetype capacity() const { return m_capacity; }
        bool isEmpty() const { return m_size == 0; }
        bool isAllocated() const { return !m_items.empty(); }
        void allocate() { m_items.resize(size_t(m_capacity)); }
        const T& at(qsizetype index) const { return m_items[size_t((m_head + index) % m_capacity)]; }
        T& back() { return m_items[size_t((m_head + m_size - 1) % m_capacity)]; }
        const T& back() const { return m_items[size_t((m_head + m_size - 1) % m_capacity)]; }
        /// Appends (allocate() first); returns the oldest item when the ring was full and it had to go.
        std::optional<T> push(const T& item)
        {
            if (m_size < m_capacity) {
                m_items[size_t((m_head + m_size++) % m_capacity)] = item;
                return std::nullopt;
            }
            std::optional<T> evicted = m_items[size_t(m_head)];
            m_items[size_t(m_head)] = item;
            m_head = (m_head + 1) % m_capacity;
            return evicted;
        }
        void clear()
        {
            m_head = 0;
            m_size = 0;
        }
        qint64 allocatedBytes() const { return qint64(m_items.capacity()) * qint64(sizeof(T)); }

    private:
        std::vector<T> m_items;
        qsizetype m_capacity;
        qsizetype m_head = 0;
        qsizetype m_size = 0;
    };

    /// Merges `bucket` into level `index`; what that pushes out goes on to the next level, or is forgotten.
    void absorb(size_t index, const Bucket& bucket);
    /// Adds the samples of every tier within [fromMs, toMs] to `reducer`, oldest first.
    template <typename Reducer>
    void visit(qint64 fromMs, qint64 toMs, Reducer& reducer) const;

    Limits m_limits;
    Ring<Point> m_raw;
    std::vector<Ring<Bucket>> m_levels;
    quint64 m_appended = 0;
};
