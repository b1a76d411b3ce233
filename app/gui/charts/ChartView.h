// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mqtt/MqttTypes.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QValueAxis;
class SeriesBuffer;
namespace Ui {
class ChartView;
}

/// The Charts screen: numbers taken from received messages, plotted live. Each series is a topic (exact, or a filter
/// with + and #) and a field (NumericField: a JSON path, or the payload itself), with a label; several series share a
/// chart with one time axis. The user picks the time window (1 min to 1 h), pauses the plot (samples are still kept
/// meanwhile, and shown on Resume), and exports what the chart shows as PNG or CSV (time,series,value).
///
/// Memory is flat: each series keeps its samples in a SeriesBuffer (a constant ≈ 466 KiB however fast and long it
/// runs) and at most MAX_SERIES series exist. Repaints are coalesced by a timer (at most every REPAINT_INTERVAL_MS),
/// never per batch, and each draws at most two points per pixel column; exports are encoded and written atomically
/// on a worker thread. GUI thread only.
class ChartView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MAX_SERIES = 20;
    static constexpr int REPAINT_INTERVAL_MS = 100;

    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;
    Q_DISABLE_COPY_MOVE(ChartView)

    /// Adds a series: the number at `fieldPath` (NumericField syntax; empty: the payload itself) of messages on
    /// `topicFilter`, shown as `label` (empty: made from the topic and the path). Errors: the filter's
    /// (TopicFilter::validateFilter), `bad_field_path`, `too_many_series`.
    Result<void> addSeries(const QString& topicFilter, const QString& fieldPath, const QString& label = {});
    void removeSeries(int index);
    int seriesCount() const { return int(m_series.size()); }
    QString seriesLabel(int index) const;
    /// The distinct topic filters of the series (what the session must be subscribed to for them).
    QStringList topicFilters() const;
    const SeriesBuffer& buffer(int index) const;
    /// Messages on series `index`'s topic that had no number at its path (ignored, not an error).
    quint64 ignoredCount(int index) const;
    /// What the chart shows of series `index` now (x: milliseconds since the epoch); what Export CSV writes.
    QList<QPointF> plottedPoints(int index) const;
    /// The bytes held by every series' samples.
    qint64 bufferBytes() const;

    /// The width of the time window, in milliseconds.
    qint64 windowMs() const;
    /// Picks the window of `ms` milliseconds when the selector offers it; false otherwise.
    bool setWindowMs(qint64 ms);
    bool isPaused() const { return m_pausedAtMs.has_value(); }
    /// Paused, the plot stands still at the moment of pausing while new samples are still kept.
    void setPaused(bool paused);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const;

Q_SIGNALS:
    /// A series was added or removed: topicFilters() may have changed.
    void seriesChanged();
    /// The chart was redrawn from the buffers.
    void replotted();
    /// An export (PNG or CSV) to `path` finished; `error` is empty when the file was written.
    void exportFinished(const QString& path, const QString& error);

public Q_SLOTS:
    /// A batch of received messages (MqttSession::messagesReceived): each message feeds every series whose topic it
    /// is on. Cheap: the plot is redrawn later by the coalescing timer.
    void ingest(const QList<MqttMessage>& batch);
    /// Redraws now (normally the coalescing timer does).
    void replot();
    /// Asks for a file name and writes the chart as shown to a PNG image.
    void exportPng();
    /// Asks for a file name and writes the points shown to a CSV file: time (ISO 8601, UTC), series, value.
    void exportCsv();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Series;

    void addFromForm();
    void removeSelected();
    void scheduleReplot();
    void addTableRow(const Series& series);
    void updateTable();
    void updateValueAxis(double low, double high);
    void updateLiveState();
    /// Writes `encode()`'s bytes to `path` atomically on a worker thread; reports through exportFinished() and the
    /// banner.
    void writeInBackground(const QString& path, std::function<QByteArray()> encode);
    QString askPath(const QString& title, const QString& filter, const QString& suffix);

    std::unique_ptr<Ui::ChartView> m_ui;
    QChart* m_chart = nullptr; ///< owned by the chart view
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    std::vector<std::unique_ptr<Series>> m_series;
    QTimer m_repaintTimer;              ///< single shot: one redraw per REPAINT_INTERVAL_MS at most
    QTimer m_scrollTimer;               ///< moves the window with the clock when no data comes
    std::optional<qint64> m_pausedAtMs; ///< the right edge of a paused plot
    bool m_dirty = false;
};
