// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The recording bridge below is a static plugin of this executable (Q_IMPORT_PLUGIN); this must precede <QtPlugin>.
#define QT_STATICPLUGIN

#include "charts/ChartView.h"
#include "messages/SeriesBuffer.h"
#include "mqtt/MqttSession.h"
#include "support/BrokerFixture.h"
#include "support/DialogSeams.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QAccessibleBridgePlugin>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtPlugin>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 10000;

/// The names assistive technology heard, per object (NameChanged events), as TestAccessibility records them.
QList<std::pair<QPointer<QObject>, QString>> s_namesHeard;

/// A bridge receives every accessibility event, also on the offscreen platform (an update handler would not: see
/// TestAccessibility).
class RecordingBridge final : public QAccessibleBridge
{
public:
    void setRootObject(QAccessibleInterface*) override { }
    void notifyAccessibilityUpdate(QAccessibleEvent* event) override
    {
        if (event->type() == QAccessible::NameChanged && event->accessibleInterface()) {
            s_namesHeard.append({event->object(), event->accessibleInterface()->text(QAccessible::Name)});
        }
    }
};

class RecordingBridgePlugin final : public QAccessibleBridgePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.qt-project.Qt.QAccessibleBridgeFactoryInterface" FILE "RecordingBridge.json")

public:
    QAccessibleBridge* create(const QString& key) override
    {
        static RecordingBridge bridge; // Qt never deletes loaded bridges offscreen: one for the program's life
        return key == u"recording"_s ? &bridge : nullptr;
    }
};

QStringList namesHeard(const QObject* object)
{
    QStringList names;
    for (const auto& [heard, name] : std::as_const(s_namesHeard)) {
        if (heard == object) {
            names << name;
        }
    }
    return names;
}

QString accessibleName(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : u"<no interface>"_s;
}

QList<double> values(const QList<QPointF>& points)
{
    QList<double> result;
    for (const QPointF& point : points) {
        result << point.y();
    }
    return result;
}

QImage comparable(const QImage& image)
{
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

/// The Charts screen fed by a real mosquitto on 127.0.0.1: live JSON values plotted, pause, PNG and CSV exports that
/// hold what is shown, coalesced repaints, and what a screen reader hears.
class TestChartView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void publishedValuesArePlotted();
    void formExplainsBadInputAndRemovesSeries();
    void pauseStopsUpdates();
    void pngExportIsWhatTheUserSees();
    void csvExportIsWhatTheUserSees();
    void screenshotOfALiveChart();
    void repaintsAreCoalescedUnderAFlood();
    void screenReadersHearTheState();

private:
    template <typename T>
    T* child(const char* name) const
    {
        return m_view->findChild<T*>(QString::fromLatin1(name));
    }
    void publish(const QString& topic, const QByteArray& payload);
    /// Adds a series through the form, as a user would.
    void addThroughForm(const QString& topic, const QString& field, const QString& label);
    /// Publishes the three sample series' values and waits until the chart shows them.
    bool publishSamplesAndWait();

    BrokerFixture m_broker;
    std::unique_ptr<MqttSession> m_publisher;
    std::unique_ptr<MqttSession> m_viewer;
    std::unique_ptr<ChartView> m_view;
    QTemporaryDir m_dir;
};

void TestChartView::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
    const Result<ConnectionOptions> options = ConnectionOptions::fromUrl(m_broker.plainUrl());
    QVERIFY(options.ok());
    m_publisher = std::make_unique<MqttSession>();
    m_viewer = std::make_unique<MqttSession>();
    QVERIFY(m_publisher->connectToBroker(*options));
    QVERIFY(m_viewer->connectToBroker(*options));
    QTRY_COMPARE_WITH_TIMEOUT(m_publisher->state(), SessionState::Connected, WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(m_viewer->state(), SessionState::Connected, WAIT_MS);
    QSignalSpy subscribed(m_viewer.get(), &MqttSession::subscribed);
    QVERIFY(m_viewer->subscribe(u"charts/#"_s, 1));
    QVERIFY(subscribed.wait(WAIT_MS));
    // The recording bridge loads with the first event; prove it hears before relying on it.
    QLabel probe;
    probe.setText(u"probe"_s);
    QVERIFY2(namesHeard(&probe) == QStringList{u"probe"_s}, "the recording accessibility bridge hears nothing");
}

void TestChartView::init()
{
    s_namesHeard.clear();
    m_view = std::make_unique<ChartView>();
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    connect(m_viewer.get(), &MqttSession::messagesReceived, m_view.get(), &ChartView::ingest);
}

void TestChartView::cleanup()
{
    m_view.reset();
}

void TestChartView::publish(const QString& topic, const QByteArray& payload)
{
    m_publisher->publish(topic, payload, 1);
}

void TestChartView::addThroughForm(const QString& topic, const QString& field, const QString& label)
{
    child<QLineEdit>("topicLineEdit")->setText(topic);
    child<QLineEdit>("fieldLineEdit")->setText(field);
    child<QLineEdit>("labelLineEdit")->setText(label);
    QTest::mouseClick(child<QPushButton>("addSeriesButton"), Qt::LeftButton);
}

bool TestChartView::publishSamplesAndWait()
{
    addThroughForm(u"charts/room1"_s, u"state.reported.temp"_s, u"Room 1, north"_s);
    addThroughForm(u"charts/+/meter"_s, u"readings[1].value"_s, u"Meters"_s);
    addThroughForm(u"charts/raw"_s, QString(), QString());
    if (m_view->seriesCount() != 3) {
        return false;
    }
    // One sample per series every 150 ms: the narrowest window (1 min) has ~70 ms pixel columns, and a column shows
    // only its min and max.
    const QList<QList<std::pair<QString, QByteArray>>> ticks{
        {{u"charts/room1"_s, R"({"state":{"reported":{"temp":20.5,"unit":"C"},"desired":{}}})"},
         {u"charts/room1"_s, R"({"state":{"reported":{"humidity":40}}})"}, // lacks the field: ignored
         {u"charts/a/meter"_s, R"({"readings":[{"value":1},{"value":230.5}]})"},
         {u"charts/raw"_s, "42.125"}},
        {{u"charts/room1"_s, R"({"state":{"reported":{"temp":21.25}}})"},
         {u"charts/b/meter"_s, R"({"readings":[{"value":2},{"value":231}]})"},
         {u"charts/raw"_s, " -7\n"}},
        {{u"charts/room1"_s, R"({"state":{"reported":{"temp":19.75}}})"},
         {u"charts/room1"_s, R"({"state":{"reported":{"temp":"warm"}}})"}, // not a number: ignored
         {u"charts/room1"_s, "not JSON"}},                                 // ignored
    };
    for (const auto& tick : ticks) {
        for (const auto& [topic, payload] : tick) {
            publish(topic, payload);
        }
        QTest::qWait(150);
    }
    return QTest::qWaitFor(
        [this] {
            return values(m_view->plottedPoints(0)) == QList<double>{20.5, 21.25, 19.75} &&
                values(m_view->plottedPoints(1)) == QList<double>{230.5, 231} &&
                values(m_view->plottedPoints(2)) == QList<double>{42.125, -7};
        },
        WAIT_MS);
}

void TestChartView::publishedValuesArePlotted()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(publishSamplesAndWait());
    QCOMPARE(m_view->seriesLabel(0), u"Room 1, north"_s);
    QCOMPARE(m_view->seriesLabel(2), u"charts/raw"_s); // no label: the topic (the payload itself)
    QCOMPARE(m_view->ignoredCount(0), quint64(3));
    QCOMPARE(m_view->ignoredCount(1), quint64(0));
    // Times are receive times, and the time axis shows the last minute up to them.
    for (const QPointF& point : m_view->plottedPoints(0)) {
        QVERIFY(qint64(point.x()) >= before && qint64(point.x()) <= QDateTime::currentMSecsSinceEpoch());
    }
    QCOMPARE(m_view->windowMs(), qint64(60'000));
    QCOMPARE(m_view->chart()->series().size(), 3);
    auto* table = child<QTableWidget>("seriesTable");
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 3)->text(), u"19.75"_s);
    QCOMPARE(table->item(0, 4)->text(), u"3"_s);
    QCOMPARE(table->item(2, 2)->text(), u"(the payload)"_s);
    // In the widest window (1 h, ~4 s columns) the three samples may share a column: its min and max stay.
    QVERIFY(m_view->setWindowMs(3'600'000));
    const QList<double> hour = values(m_view->plottedPoints(0));
    QVERIFY(hour.size() >= 2 && hour.size() <= 3);
    QVERIFY(hour.contains(21.25) && hour.contains(19.75));
}

void TestChartView::formExplainsBadInputAndRemovesSeries()
{
    auto* banner = child<MessageBanner>("problemBanner");
    addThroughForm(u"charts/x"_s, u"readings[x]"_s, QString());
    QCOMPARE(m_view->seriesCount(), 0);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"“readings[x]” is not a field path"_s), qPrintable(banner->text()));
    addThroughForm(u"charts/#/x"_s, u"t"_s, QString());
    QCOMPARE(m_view->seriesCount(), 0);
    QVERIFY(banner->isVisible());
    addThroughForm(u"charts/x"_s, u"t"_s, QString());
    QCOMPARE(m_view->seriesCount(), 1);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_view->seriesLabel(0), u"charts/x · t"_s);
    addThroughForm(u"charts/y"_s, u"t"_s, u"Y"_s);
    QCOMPARE(m_view->seriesCount(), 2);
    // Remove works on the selection.
    auto* remove = child<QPushButton>("removeSeriesButton");
    QVERIFY(!remove->isEnabled());
    child<QTableWidget>("seriesTable")->selectRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_view->seriesCount(), 1);
    QCOMPARE(m_view->seriesLabel(0), u"Y"_s);
    QCOMPARE(m_view->chart()->series().size(), 1);
    // The cap.
    for (int i = 1; i < ChartView::MAX_SERIES; ++i) {
        QVERIFY(m_view->addSeries(u"charts/cap/%1"_s.arg(i), QString()).ok());
    }
    const Result<void> over = m_view->addSeries(u"charts/cap/over"_s, QString());
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, u"too_many_series"_s);
}

void TestChartView::pauseStopsUpdates()
{
    QVERIFY(publishSamplesAndWait());
    auto* pause = child<QPushButton>("pauseButton");
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(m_view->isPaused());
    QCOMPARE(pause->text(), u"&Resume"_s);
    const QList<QPointF> frozen = m_view->plottedPoints(0);
    QSignalSpy replotted(m_view.get(), &ChartView::replotted);
    QTest::qWait(150); // a pixel column apart from the last sample
    publish(u"charts/room1"_s, R"({"state":{"reported":{"temp":99}}})");
    // The sample is kept while paused, but the plot stands still.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->buffer(0).last()->value, 99.0, WAIT_MS);
    QTest::qWait(3 * ChartView::REPAINT_INTERVAL_MS);
    QCOMPARE(m_view->plottedPoints(0), frozen);
    QCOMPARE(replotted.count(), 0);
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!m_view->isPaused());
    QCOMPARE(pause->text(), u"&Pause"_s);
    QCOMPARE(values(m_view->plottedPoints(0)), (QList<double>{20.5, 21.25, 19.75, 99}));
}

void TestChartView::pngExportIsWhatTheUserSees()
{
    QVERIFY(publishSamplesAndWait());
    m_view->setPaused(true); // nothing changes between the export and the comparison
    QSignalSpy finished(m_view.get(), &ChartView::exportFinished);
    const QImage shown = m_view->chartView()->grab().toImage(); // what is on screen when the user clicks
    DialogSeams::setNextFileName(m_dir.filePath(u"chart"_s));   // no suffix: ".png" is added
    QTest::mouseClick(child<QPushButton>("exportPngButton"), Qt::LeftButton);
    QVERIFY(finished.wait(WAIT_MS));
    const QString path = m_dir.filePath(u"chart.png"_s);
    QCOMPARE(finished.first().at(0).toString(), path);
    QCOMPARE(finished.first().at(1).toString(), QString());
    const QImage saved(path);
    QVERIFY(!saved.isNull());
    QCOMPARE(saved.size(), shown.size());
    QVERIFY(comparable(saved) == comparable(shown));
    // Not a blank image: the three lines' colours are there.
    QSet<QRgb> colours;
    for (int y = 0; y < saved.height(); y += 2) {
        for (int x = 0; x < saved.width(); x += 2) {
            colours.insert(saved.pixel(x, y));
        }
    }
    QVERIFY(colours.size() > 20);
    QVERIFY(child<MessageBanner>("problemBanner")->text().contains(u"chart.png"_s));
}

void TestChartView::csvExportIsWhatTheUserSees()
{
    QVERIFY(publishSamplesAndWait());
    m_view->setPaused(true);
    QSignalSpy finished(m_view.get(), &ChartView::exportFinished);
    const QString path = m_dir.filePath(u"chart.csv"_s);
    DialogSeams::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>("exportCsvButton"), Qt::LeftButton);
    QVERIFY(finished.wait(WAIT_MS));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"time,series,value"_s);
    // Read back: a label with a comma is quoted; every row is a point shown, and every point shown is a row.
    QMap<QString, QList<QPointF>> read;
    for (const QString& line : lines.mid(1)) {
        const qsizetype firstComma = line.indexOf(u',');
        const qsizetype lastComma = line.lastIndexOf(u',');
        QString label = line.mid(firstComma + 1, lastComma - firstComma - 1);
        if (label.startsWith(u'"')) {
            label = label.mid(1, label.size() - 2).replace(u"\"\""_s, u"\""_s);
        }
        const QDateTime time = QDateTime::fromString(line.left(firstComma), Qt::ISODateWithMs);
        QVERIFY2(time.isValid() && time.timeSpec() == Qt::UTC, qPrintable(line));
        read[label].append(QPointF(qreal(time.toMSecsSinceEpoch()), line.mid(lastComma + 1).toDouble()));
    }
    QVERIFY2(lines.at(1).contains(u",\"Room 1, north\","_s), qPrintable(lines.at(1)));
    QCOMPARE(read.size(), m_view->seriesCount());
    for (int i = 0; i < m_view->seriesCount(); ++i) {
        QCOMPARE(read.value(m_view->seriesLabel(i)), m_view->plottedPoints(i));
    }
    QCOMPARE(lines.size(), 1 + 3 + 2 + 2);
}

void TestChartView::screenshotOfALiveChart()
{
    // A minute of three temperatures (synthetic history through ingest()), then a live value from the broker.
    QVERIFY(m_view->addSeries(u"charts/shot/rooms/+"_s, u"state.reported.temp"_s, u"Rooms (filter)"_s).ok());
    QVERIFY(m_view->addSeries(u"charts/shot/kitchen"_s, u"state.reported.temp"_s, u"Kitchen"_s).ok());
    QVERIFY(m_view->addSeries(u"charts/shot/outside"_s, QString(), u"Outside (payload)"_s).ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<MqttMessage> history;
    for (int i = 0; i < 580; ++i) {
        const qint64 t = now - 58'000 + i * 100;
        const double phase = double(i) / 90.0;
        MqttMessage room;
        room.topic = u"charts/shot/rooms/living"_s;
        room.payload = R"({"state":{"reported":{"temp":)" + QByteArray::number(21 + std::sin(phase)) + "}}}";
        room.receivedAtMs = t;
        MqttMessage kitchen = room;
        kitchen.topic = u"charts/shot/kitchen"_s;
        const double spike = i % 97 == 0 ? 1.5 : 0.0; // a short spike now and then: kept by the downsampling
        kitchen.payload =
            R"({"state":{"reported":{"temp":)" + QByteArray::number(22.5 + 0.6 * std::cos(phase * 1.7) + spike) + "}}}";
        MqttMessage outside = room;
        outside.topic = u"charts/shot/outside"_s;
        outside.payload = QByteArray::number(18.5 - 0.5 * double(i % 300) / 300.0);
        history << room << kitchen << outside;
    }
    m_view->ingest(history);
    publish(u"charts/shot/kitchen"_s, R"({"state":{"reported":{"temp":24.5}}})");
    QTRY_COMPARE_WITH_TIMEOUT(m_view->buffer(1).last()->value, 24.5, WAIT_MS);
    QTest::qWait(2 * ChartView::REPAINT_INTERVAL_MS);
    QVERIFY(m_view->plottedPoints(0).size() > 100);
    const QString screenshot = QStringLiteral(THINGBENCH_SCREENSHOT_DIR "/thingbench-charts.png");
    QVERIFY2(m_view->grab().save(screenshot), qPrintable(screenshot));
}

void TestChartView::repaintsAreCoalescedUnderAFlood()
{
    // 10 series at 1 kHz each for ~1.5 s of wall time, fed as the session would (batches), without a broker.
    for (int k = 0; k < 10; ++k) {
        QVERIFY(m_view->addSeries(u"flood/%1"_s.arg(k), u"v"_s).ok());
    }
    QSignalSpy replotted(m_view.get(), &ChartView::replotted);
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    while (clock.elapsed() < 1500) {
        QList<MqttMessage> batch;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 100; ++i) {
            MqttMessage message;
            message.topic = u"flood/%1"_s.arg(i % 10);
            message.payload = R"({"v":)" + QByteArray::number(sent++ % 1000) + '}';
            message.receivedAtMs = now;
            batch.append(message);
        }
        m_view->ingest(batch);
        QCoreApplication::processEvents();
    }
    const qint64 elapsed = clock.elapsed();
    QVERIFY(replotted.count() >= 1);
    QVERIFY2(replotted.count() <= elapsed / ChartView::REPAINT_INTERVAL_MS + 2,
             qPrintable(u"%1 repaints in %2 ms"_s.arg(replotted.count()).arg(elapsed)));
    QCOMPARE(m_view->buffer(0).appendedCount(), quint64(sent / 10));
    qInfo("%lld messages ingested in %lld ms with %lld repaints", static_cast<long long>(sent),
          static_cast<long long>(elapsed), static_cast<long long>(replotted.count()));
}

void TestChartView::screenReadersHearTheState()
{
    // Every control has a name that says what it does.
    for (const char* name :
         {"topicLineEdit", "fieldLineEdit", "labelLineEdit", "addSeriesButton", "seriesTable", "removeSeriesButton",
          "windowComboBox", "pauseButton", "exportPngButton", "exportCsvButton", "chartView"}) {
        QWidget* widget = child<QWidget>(name);
        QVERIFY2(widget, name);
        QVERIFY2(!accessibleName(widget).isEmpty() && !accessibleName(widget).contains(u'&'), name);
    }
    auto* state = child<QLabel>("stateLabel");
    QCOMPARE(accessibleName(state), u"Series: 0 · live"_s);
    QVERIFY(m_view->addSeries(u"charts/a11y"_s, u"t"_s, u"A"_s).ok());
    QVERIFY(m_view->addSeries(u"charts/a11y2"_s, u"t"_s, u"B"_s).ok());
    QCOMPARE(accessibleName(state), u"Series: 2 · live"_s);
    QCOMPARE(namesHeard(state).last(), u"Series: 2 · live"_s);
    QVERIFY(
        QAccessible::queryAccessibleInterface(m_view->chartView())->text(QAccessible::Description).contains(u"A, B"_s));
    auto* pause = child<QPushButton>("pauseButton");
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(namesHeard(state).last(), u"Series: 2 · paused"_s);
    QCOMPARE(accessibleName(pause), u"Resume the chart"_s);
    QVERIFY(QAccessible::queryAccessibleInterface(pause)->state().checked);
    m_view->removeSeries(0);
    QCOMPARE(namesHeard(state).last(), u"Series: 1 · paused"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(namesHeard(state).last(), u"Series: 1 · live"_s);
    QCOMPARE(accessibleName(pause), u"Pause the chart"_s);
}

Q_IMPORT_PLUGIN(RecordingBridgePlugin)
QTEST_MAIN(TestChartView)
#include "TestChartView.moc"
