// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartView.h"

#include "common/FileIo.h"
#include "messages/NumericField.h"
#include "messages/SeriesBuffer.h"
#include "mqtt/TopicFilter.h"
#include "support/DialogSeams.h"
#include "ui_ChartView.h"

#include <QAccessible>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QImage>
#include <QJsonValue>
#include <QLegend>
#include <QLineSeries>
#include <QTableWidgetItem>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

enum Column { LabelColumn, TopicColumn, FieldColumn, LastValueColumn, IgnoredColumn, ColumnCount };

/// Fallback plot width before the chart has been laid out.
constexpr int DEFAULT_COLUMNS = 800;
/// The scroll timer: how often an idle plot moves with the clock.
constexpr int SCROLL_INTERVAL_MS = 1000;

struct WindowChoice
{
    qint64 ms;
    const char* text;
};
const WindowChoice WINDOWS[] = {
    {60'000, QT_TRANSLATE_NOOP("ChartView", "1 minute")},
    {300'000, QT_TRANSLATE_NOOP("ChartView", "5 minutes")},
    {900'000, QT_TRANSLATE_NOOP("ChartView", "15 minutes")},
    {3'600'000, QT_TRANSLATE_NOOP("ChartView", "1 hour")},
};

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

struct CsvSeries
{
    QString label;
    QList<QPointF> points;
};

QByteArray csvText(const QList<CsvSeries>& series)
{
    QString text = QStringLiteral("time,series,value\n");
    for (const CsvSeries& one : series) {
        const QString label = csvField(one.label);
        for (const QPointF& point : one.points) {
            text += QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).toString(Qt::ISODateWithMs) +
                QLatin1Char(',') + label + QLatin1Char(',') + numberText(point.y()) + QLatin1Char('\n');
        }
    }
    return text.toUtf8();
}

} // namespace

/// One plotted series. The line is owned by the chart.
struct ChartView::Series
{
    QString filter;
    bool exact = false; ///< the filter has no wildcards: compared as a topic
    NumericField field;
    QString label;
    SeriesBuffer buffer;
    QLineSeries* line = nullptr;
    quint64 ignored = 0;

    bool matches(const QString& topic) const { return exact ? topic == filter : TopicFilter::matches(filter, topic); }
};

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChartView>())
{
    m_ui->setupUi(this);
    m_chart = new QChart();
    m_chart->setAnimationOptions(QChart::NoAnimation); // animations would redraw between our coalesced repaints
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTitleText(tr("Time"));
    m_valueAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    // QChartView makes a chart of its own and, when given another, lets go of it without deleting it.
    QChart* placeholder = m_ui->chartView->chart();
    m_ui->chartView->setChart(m_chart);
    delete placeholder;
    m_ui->chartView->setRenderHint(QPainter::Antialiasing);
    for (const WindowChoice& choice : WINDOWS) {
        m_ui->windowComboBox->addItem(tr(choice.text), choice.ms);
    }
    m_ui->seriesTable->setColumnCount(ColumnCount);
    m_ui->seriesTable->setHorizontalHeaderLabels(
        {tr("Label"), tr("Topic"), tr("Field"), tr("Last value"), tr("Without a number")});
    m_ui->seriesTable->horizontalHeader()->setSectionResizeMode(TopicColumn, QHeaderView::Stretch);
    m_ui->seriesTable->verticalHeader()->hide();
    // Four rows show; the chart gets the rest of the height.
    const int rowHeight = fontMetrics().lineSpacing() + 8;
    m_ui->seriesTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->seriesTable->setMaximumHeight(m_ui->seriesTable->horizontalHeader()->sizeHint().height() + 4 * rowHeight +
                                        2 * m_ui->seriesTable->frameWidth());

    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(REPAINT_INTERVAL_MS);
    m_scrollTimer.setInterval(SCROLL_INTERVAL_MS);
    connect(&m_repaintTimer, &QTimer::timeout, this, &ChartView::replot);
    connect(&m_scrollTimer, &QTimer::timeout, this, &ChartView::scheduleReplot);
    connect(m_ui->addSeriesButton, &QPushButton::clicked, this, &ChartView::addFromForm);
    for (QLineEdit* edit : {m_ui->topicLineEdit, m_ui->fieldLineEdit, m_ui->labelLineEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, &ChartView::addFromForm);
    }
    connect(m_ui->removeSeriesButton, &QPushButton::clicked, this, &ChartView::removeSelected);
    connect(m_ui->seriesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->removeSeriesButton->setEnabled(m_ui->seriesTable->selectionModel()->hasSelection()); });
    connect(m_ui->windowComboBox, &QComboBox::currentIndexChanged, this, &ChartView::replot);
    connect(m_ui->pauseButton, &QPushButton::toggled, this, &ChartView::setPaused);
    connect(m_ui->exportPngButton, &QPushButton::clicked, this, &ChartView::exportPng);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &ChartView::exportCsv);
    updateLiveState();
    replot();
}

ChartView::~ChartView() = default;

Result<void> ChartView::addSeries(const QString& topicFilter, const QString& fieldPath, const QString& label)
{
    if (seriesCount() >= MAX_SERIES) {
        return Error{QStringLiteral("too_many_series"),
                     tr("A chart holds at most %1 series. Remove one before adding another.").arg(MAX_SERIES),
                     {}};
    }
    const QString filter = topicFilter.trimmed();
    if (Result<void> valid = TopicFilter::validateFilter(filter); !valid) {
        return valid.error();
    }
    Result<NumericField> field = NumericField::parse(fieldPath);
    if (!field) {
        return field.error();
    }
    auto series = std::make_unique<Series>();
    series->filter = filter;
    series->exact = !TopicFilter::hasWildcards(filter);
    series->field = std::move(field).value();
    series->label = !label.trimmed().isEmpty() ? label.trimmed()
        : series->field.isPayload()            ? filter
                                               : filter + QStringLiteral(" · ") + series->field.path();
    series->line = new QLineSeries(m_chart);
    series->line->setName(series->label);
    m_chart->addSeries(series->line);
    series->line->attachAxis(m_timeAxis);
    series->line->attachAxis(m_valueAxis);
    addTableRow(*series);
    m_series.push_back(std::move(series));
    updateLiveState();
    scheduleReplot();
    Q_EMIT seriesChanged();
    return {};
}

void ChartView::addTableRow(const Series& series)
{
    const int row = m_ui->seriesTable->rowCount();
    m_ui->seriesTable->insertRow(row);
    const QString cells[ColumnCount] = {series.label, series.filter,
                                        series.field.isPayload() ? tr("(the payload)") : series.field.path(), QString(),
                                        QStringLiteral("0")};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        if (column == LastValueColumn || column == IgnoredColumn) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_ui->seriesTable->setItem(row, column, item);
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != TopicColumn) { // the topic column stretches over the rest
            m_ui->seriesTable->resizeColumnToContents(column);
        }
    }
}

void ChartView::addFromForm()
{
    const Result<void> added =
        addSeries(m_ui->topicLineEdit->text(), m_ui->fieldLineEdit->text(), m_ui->labelLineEdit->text());
    if (!added) {
        m_ui->problemBanner->showMessage(added.error().fullText(), MessageBanner::Kind::Error);
        return;
    }
    m_ui->problemBanner->dismiss();
    m_ui->labelLineEdit->clear();
}

void ChartView::removeSeries(int index)
{
    if (index < 0 || index >= seriesCount()) {
        return;
    }
    m_chart->removeSeries(m_series[size_t(index)]->line);
    delete m_series[size_t(index)]->line;
    m_series.erase(m_series.begin() + index);
    m_ui->seriesTable->removeRow(index);
    updateLiveState();
    scheduleReplot();
    Q_EMIT seriesChanged();
}

QStringList ChartView::topicFilters() const
{
    QStringList filters;
    for (const auto& series : m_series) {
        if (!filters.contains(series->filter)) {
            filters << series->filter;
        }
    }
    return filters;
}

void ChartView::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->seriesTable->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows) {
        removeSeries(row);
    }
}

QString ChartView::seriesLabel(int index) const
{
    return m_series.at(size_t(index))->label;
}

const SeriesBuffer& ChartView::buffer(int index) const
{
    return m_series.at(size_t(index))->buffer;
}

quint64 ChartView::ignoredCount(int index) const
{
    return m_series.at(size_t(index))->ignored;
}

QList<QPointF> ChartView::plottedPoints(int index) const
{
    return m_series.at(size_t(index))->line->points();
}

qint64 ChartView::bufferBytes() const
{
    qint64 bytes = 0;
    for (const auto& series : m_series) {
        bytes += series->buffer.bytes();
    }
    return bytes;
}

QChartView* ChartView::chartView() const
{
    return m_ui->chartView;
}

qint64 ChartView::windowMs() const
{
    return m_ui->windowComboBox->currentData().toLongLong();
}

bool ChartView::setWindowMs(qint64 ms)
{
    const int index = m_ui->windowComboBox->findData(ms);
    if (index >= 0) {
        m_ui->windowComboBox->setCurrentIndex(index);
    }
    return index >= 0;
}

void ChartView::setPaused(bool paused)
{
    if (paused == isPaused()) {
        return;
    }
    if (paused) {
        // The right edge the plot stands at: what it showed last.
        m_pausedAtMs = qint64(m_timeAxis->max().toMSecsSinceEpoch());
        m_repaintTimer.stop();
    } else {
        m_pausedAtMs.reset();
    }
    const QSignalBlocker blocker(m_ui->pauseButton);
    m_ui->pauseButton->setChecked(paused);
    m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setAccessibleName(paused ? tr("Resume the chart") : tr("Pause the chart"));
    updateLiveState();
    if (!paused) {
        replot();
    }
}

void ChartView::ingest(const QList<MqttMessage>& batch)
{
    if (m_series.empty()) {
        return;
    }
    bool added = false;
    for (const MqttMessage& message : batch) {
        // The payload is parsed as JSON once per message, and only when a series on its topic needs a path.
        std::optional<QJsonValue> root;
        for (const auto& series : m_series) {
            if (!series->matches(message.topic)) {
                continue;
            }
            std::optional<double> value;
            if (series->field.isPayload()) {
                value = series->field.extract(message.payload);
            } else {
                if (!root) {
                    root = NumericField::parseJson(message.payload);
                }
                value = series->field.extract(*root);
            }
            if (value && series->buffer.append(message.receivedAtMs, *value)) {
                added = true;
            } else {
                ++series->ignored;
            }
        }
    }
    if (added) {
        scheduleReplot();
    }
}

void ChartView::scheduleReplot()
{
    m_dirty = true;
    if (!isPaused() && isVisible() && !m_repaintTimer.isActive()) {
        m_repaintTimer.start();
    }
}

void ChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_scrollTimer.start();
    if (m_dirty) {
        replot();
    }
}

void ChartView::hideEvent(QHideEvent* event)
{
    // Hidden (another tab), samples are still kept but nothing is drawn; showEvent() catches up.
    QWidget::hideEvent(event);
    m_scrollTimer.stop();
    m_repaintTimer.stop();
}

void ChartView::replot()
{
    m_dirty = false;
    qint64 toMs = m_pausedAtMs.value_or(QDateTime::currentMSecsSinceEpoch());
    if (!isPaused()) {
        for (const auto& series : m_series) {
            if (const std::optional<SeriesBuffer::Point> last = series->buffer.last()) {
                toMs = qMax(toMs, last->timeMs); // a sender whose clock runs ahead still shows
            }
        }
    }
    const qint64 fromMs = toMs - windowMs();
    const int plotWidth = int(m_chart->plotArea().width());
    const int columns = plotWidth > 10 ? plotWidth : DEFAULT_COLUMNS;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto& series : m_series) {
        const std::vector<SeriesBuffer::Point> points = series->buffer.window(fromMs, toMs, columns);
        QList<QPointF> line;
        line.reserve(qsizetype(points.size()));
        for (const SeriesBuffer::Point& point : points) {
            line.append(QPointF(qreal(point.timeMs), point.value));
            low = std::min(low, point.value);
            high = std::max(high, point.value);
        }
        series->line->replace(line);
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    updateValueAxis(low, high);
    updateTable();
    Q_EMIT replotted();
}

void ChartView::updateValueAxis(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high)) {
        m_valueAxis->setRange(0, 1);
        return;
    }
    // A margin, so the extremes do not sit on the frame; a flat line gets room around it.
    const double margin = high > low ? (high - low) * 0.05 : std::max(1.0, std::abs(high) * 0.05);
    m_valueAxis->setRange(low - margin, high + margin);
}

void ChartView::updateTable()
{
    for (int row = 0; row < seriesCount(); ++row) {
        const Series& series = *m_series[size_t(row)];
        const std::optional<SeriesBuffer::Point> last = series.buffer.last();
        m_ui->seriesTable->item(row, LastValueColumn)->setText(last ? numberText(last->value) : QString());
        m_ui->seriesTable->item(row, IgnoredColumn)->setText(QLocale().toString(series.ignored));
    }
}

void ChartView::updateLiveState()
{
    const bool any = !m_series.empty();
    const QString text =
        isPaused() ? tr("Series: %1 · paused").arg(seriesCount()) : tr("Series: %1 · live").arg(seriesCount());
    if (text != m_ui->stateLabel->text()) {
        // Left to its text for assistive technology (an accessible name would hide it); announced on change.
        m_ui->stateLabel->setText(text);
        QAccessibleEvent changed(m_ui->stateLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    }
    QStringList labels;
    for (const auto& series : m_series) {
        labels << series->label;
    }
    m_ui->chartView->setAccessibleDescription(any ? tr("Plotted: %1").arg(labels.join(QStringLiteral(", ")))
                                                  : tr("Nothing plotted yet: add a series"));
    m_ui->exportPngButton->setEnabled(any);
    m_ui->exportCsvButton->setEnabled(any);
    // Shown with the first series: a date-time axis added to a chart before any series is attached to it is never
    // drawn in Qt 6.4 (no labels, no grid) until it is hidden and shown again.
    m_timeAxis->setVisible(any);
}

QString ChartView::askPath(const QString& title, const QString& filter, const QString& suffix)
{
    QString path = DialogSeams::saveFileName(this, title, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    return path;
}

void ChartView::exportPng()
{
    const QString path = askPath(tr("Export the chart as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty()) {
        return;
    }
    // Grabbed here (widgets belong to this thread), encoded on the worker.
    const QImage image = m_ui->chartView->grab().toImage();
    writeInBackground(path, [image] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    });
}

void ChartView::exportCsv()
{
    const QString path = askPath(tr("Export the chart as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty()) {
        return;
    }
    // A copy of what is shown (shared lists, no deep copy); formatted and written on the worker.
    QList<CsvSeries> series;
    for (const auto& one : m_series) {
        series.append({one->label, one->line->points()});
    }
    writeInBackground(path, [series] { return csvText(series); });
}

void ChartView::writeInBackground(const QString& path, std::function<QByteArray()> encode)
{
    auto* watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Result<void> written = watcher->result();
        if (written) {
            m_ui->problemBanner->showMessage(tr("Saved “%1”.").arg(QFileInfo(path).fileName()),
                                             MessageBanner::Kind::Information);
        } else {
            m_ui->problemBanner->showMessage(written.error().fullText(), MessageBanner::Kind::Error);
        }
        Q_EMIT exportFinished(path, written ? QString() : written.error().fullText());
    });
    watcher->setFuture(
        QtConcurrent::run([path, encode = std::move(encode)] { return FileIo::writeFileAtomically(path, encode()); }));
}
