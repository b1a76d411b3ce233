// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptions/SubscriptionPane.h"

#include "common/FileIo.h"
#include "messages/MessageFilterProxyModel.h"
#include "messages/MessageDiff.h"
#include "messages/MessageLog.h"
#include "messages/MessageTableModel.h"
#include "messages/PayloadFormat.h"
#include "mqtt/TopicFilter.h"
#include "mqtt/MessageInbox.h"
#include "mqtt/TopicLint.h"
#include "support/DialogSeams.h"
#include "widgets/MessageDiffView.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QGuiApplication>
#include <QSpinBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace {
// The detail view lays out at most this much text (Qt's text layout of a multi-megabyte line takes minutes); the
// info line says so and "Save payload…" writes the whole payload, never silently cut.
constexpr qsizetype DETAIL_LIMIT = 64 * 1024;
/// Rows searched back for the previous message on the selected message's topic.
constexpr int PREVIOUS_SEARCH_ROWS = 1'000'000;
// Longest piece of export or opening work done at once on the GUI thread, in milliseconds.
constexpr int FILE_SLICE_MS = 8;
// Messages added to the table per model insertion while showing an opened recording.
constexpr qsizetype FEED_BATCH = 4096;
constexpr int PROGRESS_STEPS = 1000;

/// What an export worker hands back (its error, when it failed or was cancelled).
struct ExportOutcome
{
    qint64 written = 0;
    std::optional<Error> error;
};

/// What an opening worker hands back.
struct OpenOutcome
{
    MessageLog::ReadReport report;
    std::optional<Error> error;
};

int progressSteps(qint64 done, qint64 total)
{
    return total > 0 ? int(std::clamp<qint64>(done * PROGRESS_STEPS / total, 0, PROGRESS_STEPS)) : PROGRESS_STEPS;
}

QString displayName(const QString& path)
{
    return QFileInfo(path).fileName();
}
} // namespace

/// The export or opening a pane runs: one at a time. Export: the rows' ids are fixed when it starts, their messages
/// are copied in slices on the GUI thread (cheap: payloads are shared), then a worker writes the file. Opening: a
/// worker reads and parses the file, then the messages are added to the table in slices on the GUI thread.
struct SubscriptionPane::FileJob
{
    enum class Kind { Export, Open };
    Kind kind = Kind::Export;
    QString path;
    // Export
    MessageLog::FileFormat format = MessageLog::FileFormat::JsonLines;
    std::vector<qint64> ids;
    size_t nextId = 0;
    QList<MqttMessage> snapshot;
    qint64 lost = 0; ///< rows evicted before they could be copied
    QFutureWatcher<ExportOutcome>* exportWatcher = nullptr;
    // Opening
    QFutureWatcher<OpenOutcome>* openWatcher = nullptr;
    QList<MqttMessage> feed;
    qsizetype fed = 0;
    QString summary; ///< bad lines, said when the messages are in
};

SubscriptionPane::SubscriptionPane(quint64 id, QWidget* parent)
    : QWidget(parent)
    , m_id(id)
    , m_pending(MAX_PENDING, MAX_PENDING_BYTES)
    , m_model(new MessageTableModel(this))
    , m_proxy(new MessageFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* subscribeRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    m_filterLineEdit = new QLineEdit(this);
    m_filterLineEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterLineEdit->setPlaceholderText(tr("e.g. devices/+/telemetry or $aws/things/my-thing/shadow/#"));
    m_filterLineEdit->setAccessibleName(tr("Topic filter"));
    m_filterLineEdit->setAccessibleDescription(tr("MQTT topic filter; + matches one level, # the rest"));
    filterLabel->setBuddy(m_filterLineEdit);
    m_qosComboBox = new QComboBox(this);
    m_qosComboBox->setObjectName(QStringLiteral("qosComboBox"));
    m_qosComboBox->addItems({tr("QoS 0"), tr("QoS 1"), tr("QoS 2")});
    m_qosComboBox->setAccessibleName(tr("Subscription QoS"));
    m_subscribeButton = new QPushButton(tr("&Subscribe"), this);
    m_subscribeButton->setObjectName(QStringLiteral("subscribeButton"));
    m_subscribeButton->setAccessibleName(tr("Subscribe to the filter"));
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("closePaneButton"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close this pane"));
    subscribeRow->addWidget(filterLabel);
    subscribeRow->addWidget(m_filterLineEdit, 1);
    subscribeRow->addWidget(m_qosComboBox);
    subscribeRow->addWidget(m_subscribeButton);
    subscribeRow->addWidget(m_closeButton);
    layout->addLayout(subscribeRow);

    m_filterStatusLabel = new QLabel(this);
    m_filterStatusLabel->setObjectName(QStringLiteral("filterStatusLabel"));
    m_filterStatusLabel->setWordWrap(true);
    m_filterStatusLabel->setAccessibleDescription(tr("Filter check")); // live: its text is its accessible name
    m_filterStatusLabel->hide();
    layout->addWidget(m_filterStatusLabel);
    m_refusalLabel = new QLabel(this);
    m_refusalLabel->setObjectName(QStringLiteral("refusalLabel"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusalLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_refusalLabel->setAccessibleDescription(tr("Refused by the broker")); // live: its text is its accessible name
    m_refusalLabel->hide();
    layout->addWidget(m_refusalLabel);

    auto* toolRow = new QHBoxLayout;
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setText(tr("&Pause"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setAccessibleName(tr("Pause the message list"));
    m_clearButton = new QToolButton(this);
    m_clearButton->setText(tr("C&lear"));
    m_clearButton->setAccessibleName(tr("Clear the message list"));
    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export the messages to a file"));
    m_openButton = new QToolButton(this);
    m_openButton->setObjectName(QStringLiteral("openRecordingButton"));
    m_openButton->setText(tr("&Open recording…"));
    m_openButton->setAccessibleName(tr("Open a recording in this pane"));
    m_openButton->setAccessibleDescription(
        tr("Shows the messages of a JSON-lines file as if they had just arrived, with their original times"));
    m_followCheckBox = new QCheckBox(tr("Follow &tail"), this);
    m_followCheckBox->setChecked(true);
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search topic and payload"));
    m_searchLineEdit->setAccessibleName(tr("Search messages"));
    m_searchLineEdit->setClearButtonEnabled(true);
    for (QToolButton* clearButton : m_searchLineEdit->findChildren<QToolButton*>()) {
        clearButton->setAccessibleName(tr("Clear the search")); // Qt's clear button has no name of its own
    }
    m_regexCheckBox = new QCheckBox(tr("Rege&x"), this);
    m_regexCheckBox->setObjectName(QStringLiteral("regexCheckBox"));
    m_regexCheckBox->setAccessibleName(tr("Search with a regular expression"));
    m_colourButton = new QToolButton(this);
    m_colourButton->setObjectName(QStringLiteral("colourButton"));
    m_colourButton->setText(tr("Colo&ur…"));
    m_colourButton->setAccessibleName(tr("Pane colour"));
    m_colourButton->setAccessibleDescription(tr("The colour marks this pane's tab; it carries no other meaning"));
    auto* keepLabel = new QLabel(tr("&Keep:"), this);
    m_rowLimitSpinBox = new QSpinBox(this);
    m_rowLimitSpinBox->setObjectName(QStringLiteral("rowLimitSpinBox"));
    m_rowLimitSpinBox->setRange(100, 5'000'000);
    m_rowLimitSpinBox->setSingleStep(10'000);
    m_rowLimitSpinBox->setValue(int(MessageRing::DEFAULT_CAPACITY));
    m_rowLimitSpinBox->setSuffix(tr(" messages"));
    m_rowLimitSpinBox->setAccessibleName(tr("How many messages the pane keeps"));
    m_rowLimitSpinBox->setAccessibleDescription(tr("Older messages are evicted and counted beyond this"));
    keepLabel->setBuddy(m_rowLimitSpinBox);
    m_memoryLimitSpinBox = new QSpinBox(this);
    m_memoryLimitSpinBox->setObjectName(QStringLiteral("memoryLimitSpinBox"));
    m_memoryLimitSpinBox->setRange(16, 16 * 1024);
    m_memoryLimitSpinBox->setValue(int(MessageRing::DEFAULT_BYTE_BUDGET / (1024 * 1024)));
    m_memoryLimitSpinBox->setSuffix(tr(" MB"));
    m_memoryLimitSpinBox->setAccessibleName(tr("Memory the pane may use for messages"));
    m_countersLabel = new QLabel(this);
    m_countersLabel->setObjectName(QStringLiteral("countersLabel"));
    m_countersLabel->setAccessibleDescription(tr("Pane counters"));
    toolRow->addWidget(m_pauseButton);
    toolRow->addWidget(m_clearButton);
    toolRow->addWidget(m_exportButton);
    toolRow->addWidget(m_openButton);
    toolRow->addWidget(m_followCheckBox);
    toolRow->addWidget(m_searchLineEdit, 1);
    toolRow->addWidget(m_regexCheckBox);
    toolRow->addWidget(m_colourButton);
    toolRow->addWidget(keepLabel);
    toolRow->addWidget(m_rowLimitSpinBox);
    toolRow->addWidget(m_memoryLimitSpinBox);
    toolRow->addWidget(m_countersLabel);
    layout->addLayout(toolRow);
    // Export and opening: progress, Cancel, and what happened in words.
    auto* fileRow = new QHBoxLayout;
    m_fileProgressBar = new QProgressBar(this);
    m_fileProgressBar->setObjectName(QStringLiteral("fileProgressBar"));
    m_fileProgressBar->setRange(0, PROGRESS_STEPS);
    m_fileProgressBar->setAccessibleName(tr("File progress"));
    m_fileProgressBar->hide();
    m_cancelFileButton = new QToolButton(this);
    m_cancelFileButton->setObjectName(QStringLiteral("cancelFileButton"));
    m_cancelFileButton->setText(tr("Cance&l"));
    m_cancelFileButton->setAccessibleName(tr("Cancel the export or opening"));
    m_cancelFileButton->hide();
    m_fileStatusLabel = new QLabel(this);
    m_fileStatusLabel->setObjectName(QStringLiteral("fileStatusLabel"));
    m_fileStatusLabel->setWordWrap(true);
    m_fileStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileStatusLabel->setAccessibleDescription(tr("Export and opening result")); // live: its text is its name
    m_fileStatusLabel->hide();
    fileRow->addWidget(m_fileProgressBar);
    fileRow->addWidget(m_cancelFileButton);
    fileRow->addWidget(m_fileStatusLabel, 1);
    layout->addLayout(fileRow);
    // An invalid search expression is said in words here, not only by the field's red border.
    m_searchErrorLabel = new QLabel(this);
    m_searchErrorLabel->setObjectName(QStringLiteral("searchErrorLabel"));
    m_searchErrorLabel->setWordWrap(true);
    m_searchErrorLabel->setAccessibleDescription(tr("Search problem"));
    m_searchErrorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_searchErrorLabel->hide();
    layout->addWidget(m_searchErrorLabel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tableView = new QTableView(splitter);
    m_tableView->setObjectName(QStringLiteral("messageTableView"));
    m_tableView->setAccessibleName(tr("Messages"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setWordWrap(false);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // fixed rows: cheap repaints
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 6);
    m_tableView->verticalHeader()->hide();
    m_tableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyPayload = new QAction(tr("&Copy payload"), m_tableView);
    copyPayload->setShortcut(QKeySequence::Copy);
    copyPayload->setShortcutContext(Qt::WidgetShortcut);
    auto* copyTopicAndPayload = new QAction(tr("Copy &topic and payload"), m_tableView);
    copyTopicAndPayload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyTopicAndPayload->setShortcutContext(Qt::WidgetShortcut);
    m_tableView->addAction(copyPayload);
    m_tableView->addAction(copyTopicAndPayload);
    auto* markAction = new QAction(tr("&Mark for comparison"), m_tableView);
    auto* previousAction = new QAction(tr("Compare with the p&revious message on the topic"), m_tableView);
    m_tableView->addAction(markAction);
    m_tableView->addAction(previousAction);
    connect(markAction, &QAction::triggered, this, &SubscriptionPane::markForComparison);
    connect(previousAction, &QAction::triggered, this, [this] {
        m_compareBase.reset();
        showDetail();
    });
    connect(copyPayload, &QAction::triggered, this, [this] { copySelected(false); });
    connect(copyTopicAndPayload, &QAction::triggered, this, [this] { copySelected(true); });
    auto* header = m_tableView->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(MessageTableModel::TimeColumn, 100);
    header->resizeSection(MessageTableModel::TopicColumn, 260);
    header->resizeSection(MessageTableModel::QosColumn, 45);
    header->resizeSection(MessageTableModel::RetainedColumn, 70);
    header->resizeSection(MessageTableModel::SizeColumn, 80);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailRow = new QHBoxLayout;
    m_formatComboBox = new QComboBox(detail);
    m_formatComboBox->setObjectName(QStringLiteral("formatComboBox"));
    m_formatComboBox->addItem(tr("String"), int(PayloadFormat::Kind::String));
    m_formatComboBox->addItem(tr("JSON"), int(PayloadFormat::Kind::Json));
    m_formatComboBox->addItem(tr("Hex"), int(PayloadFormat::Kind::Hex));
    m_formatComboBox->addItem(tr("Base64"), int(PayloadFormat::Kind::Base64));
    m_formatComboBox->setAccessibleName(tr("Payload format"));
    m_detailInfoLabel = new QLabel(detail);
    m_detailInfoLabel->setObjectName(QStringLiteral("detailInfoLabel"));
    m_detailInfoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailInfoLabel->setAccessibleDescription(tr("Message details"));
    m_savePayloadButton = new QToolButton(detail);
    m_savePayloadButton->setObjectName(QStringLiteral("savePayloadButton"));
    m_savePayloadButton->setText(tr("Sa&ve payload…"));
    m_savePayloadButton->setAccessibleName(tr("Save the whole payload of the selected message to a file"));
    m_savePayloadButton->setEnabled(false);
    detailRow->addWidget(m_formatComboBox);
    detailRow->addWidget(m_detailInfoLabel, 1);
    detailRow->addWidget(m_savePayloadButton);
    detailLayout->addLayout(detailRow);
    m_detailTextEdit = new QPlainTextEdit(detail); // shows one selected message, never live traffic
    m_detailTextEdit->setObjectName(QStringLiteral("detailTextEdit"));
    m_detailTextEdit->setReadOnly(true);
    m_detailTextEdit->setAccessibleName(tr("Payload of the selected message"));
    m_detailTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detailTabs = new QTabWidget(detail);
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->addTab(m_detailTextEdit, tr("&Payload"));
    m_diffView = new MessageDiffView(m_detailTabs);
    m_diffView->setObjectName(QStringLiteral("diffView"));
    m_diffView->setAccessibleName(tr("Changes from the previous message on this topic"));
    m_detailTabs->addTab(m_diffView, tr("C&hanges"));
    detailLayout->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filterLineEdit, &QLineEdit::textChanged, this, &SubscriptionPane::onFilterEdited);
    connect(m_filterLineEdit, &QLineEdit::returnPressed, this, &SubscriptionPane::subscribe);
    connect(m_subscribeButton, &QPushButton::clicked, this, &SubscriptionPane::subscribe);
    connect(m_closeButton, &QToolButton::clicked, this, [this] { Q_EMIT closeRequested(m_id); });
    connect(m_pauseButton, &QToolButton::toggled, this, &SubscriptionPane::setPaused);
    connect(m_clearButton, &QToolButton::clicked, this, &SubscriptionPane::clear);
    connect(m_exportButton, &QToolButton::clicked, this, &SubscriptionPane::exportWithDialog);
    connect(m_openButton, &QToolButton::clicked, this, &SubscriptionPane::openWithDialog);
    connect(m_cancelFileButton, &QToolButton::clicked, this, &SubscriptionPane::cancelFileOperation);
    // Searching waits for a pause in typing; Enter and the Regex box search at once.
    m_searchDebounceTimer.setSingleShot(true);
    m_searchDebounceTimer.setInterval(SEARCH_DEBOUNCE_MS);
    connect(&m_searchDebounceTimer, &QTimer::timeout, this, &SubscriptionPane::onSearchEdited);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchDebounceTimer.start(); });
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &SubscriptionPane::onSearchEdited);
    connect(m_regexCheckBox, &QCheckBox::toggled, this, &SubscriptionPane::onSearchEdited);
    connect(m_proxy, &MessageFilterProxyModel::searchingChanged, this, [this](bool searching) {
        m_searchPercent = searching ? 0 : -1;
        updateCounters();
    });
    connect(m_proxy, &MessageFilterProxyModel::searchProgress, this, &SubscriptionPane::onSearchProgress);
    // A filter change resets the proxy: keep the selected message selected when it is still shown.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedId = m_proxy->idAt(m_tableView->currentIndex().row()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_selectedId >= 0 ? m_proxy->rowOfId(m_selectedId) : -1;
        if (row >= 0) {
            m_tableView->setCurrentIndex(m_proxy->index(row, 0));
            m_tableView->scrollTo(m_tableView->currentIndex());
        } else if (m_followCheckBox->isChecked()) {
            m_tableView->scrollToBottom();
        }
        updateCounters();
    });
    m_fileSliceTimer.setSingleShot(true);
    m_fileSliceTimer.setInterval(0);
    connect(m_formatComboBox, &QComboBox::currentIndexChanged, this, &SubscriptionPane::showDetail);
    connect(m_savePayloadButton, &QToolButton::clicked, this, &SubscriptionPane::savePayloadWithDialog);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionPane::onSelectionChanged);
    connect(m_model, &MessageTableModel::evictedCountChanged, this, &SubscriptionPane::updateCounters);
    connect(m_rowLimitSpinBox, &QSpinBox::editingFinished, this, &SubscriptionPane::applyLimits);
    connect(m_memoryLimitSpinBox, &QSpinBox::editingFinished, this, &SubscriptionPane::applyLimits);
    connect(m_colourButton, &QToolButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Pane colour"));
        if (chosen.isValid()) {
            setColour(chosen);
        }
    });
    // A distinct default colour per pane (golden-angle hues), so tabs tell apart at a glance.
    setColour(QColor::fromHsv(int((m_id * 137) % 360), 160, 200));

    setTabOrder(m_filterLineEdit, m_qosComboBox);
    setTabOrder(m_qosComboBox, m_subscribeButton);
    setTabOrder(m_subscribeButton, m_closeButton);
    setTabOrder(m_closeButton, m_pauseButton);
    setTabOrder(m_pauseButton, m_clearButton);
    setTabOrder(m_clearButton, m_exportButton);
    setTabOrder(m_exportButton, m_openButton);
    setTabOrder(m_openButton, m_followCheckBox);
    setTabOrder(m_regexCheckBox, m_colourButton);
    setTabOrder(m_colourButton, m_rowLimitSpinBox);
    setTabOrder(m_rowLimitSpinBox, m_memoryLimitSpinBox);
    setTabOrder(m_followCheckBox, m_searchLineEdit);
    setTabOrder(m_searchLineEdit, m_regexCheckBox);
    setTabOrder(m_memoryLimitSpinBox, m_tableView);
    setTabOrder(m_tableView, m_formatComboBox);
    setTabOrder(m_formatComboBox, m_savePayloadButton);
    setTabOrder(m_savePayloadButton, m_detailTextEdit);
    updateCounters();
}

SubscriptionPane::~SubscriptionPane()
{
    // Never wait: a running worker is told to stop; an export then leaves no file behind.
    if (m_fileJob && m_fileJob->exportWatcher) {
        m_fileJob->exportWatcher->future().cancel();
    }
    if (m_fileJob && m_fileJob->openWatcher) {
        m_fileJob->openWatcher->future().cancel();
    }
}

int SubscriptionPane::qos() const
{
    return m_qosComboBox->currentIndex();
}

void SubscriptionPane::setQos2Allowed(bool allowed)
{
    // addItems() fills a QStandardItemModel: a disabled item stays listed (and announced as unavailable).
    QStandardItem* item = qobject_cast<QStandardItemModel*>(m_qosComboBox->model())->item(2);
    item->setEnabled(allowed);
    item->setToolTip(allowed ? QString() : tr("AWS IoT does not support QoS 2."));
    if (!allowed && m_qosComboBox->currentIndex() == 2) {
        m_qosComboBox->setCurrentIndex(1);
    }
}

void SubscriptionPane::setLintContext(bool awsIot, const QString& thingName)
{
    m_awsIot = awsIot;
    m_thingName = thingName;
    onFilterEdited();
}

void SubscriptionPane::setColour(const QColor& colour)
{
    m_colour = colour;
    QPixmap swatch(14, 14);
    swatch.fill(colour);
    m_colourButton->setIcon(QIcon(swatch));
    Q_EMIT colourChanged(m_id, colour);
}

void SubscriptionPane::applyLimits()
{
    m_model->setLimits(m_rowLimitSpinBox->value(), qint64(m_memoryLimitSpinBox->value()) * 1024 * 1024);
    updateCounters();
}

void SubscriptionPane::copySelected(bool withTopic)
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const MqttMessage& message = m_model->messageAt(m_proxy->mapToSource(current).row());
    const QString payload = PayloadFormat::isUtf8(message.payload) ? QString::fromUtf8(message.payload)
                                                                   : QString::fromLatin1(message.payload.toHex(' '));
    QGuiApplication::clipboard()->setText(withTopic ? message.topic + QLatin1Char(' ') + payload : payload);
}

void SubscriptionPane::setFilterText(const QString& filter)
{
    m_filterLineEdit->setText(filter);
}

PaneSettings SubscriptionPane::settings() const
{
    static const QStringList formats{u"string"_qs, u"json"_qs, u"hex"_qs, u"base64"_qs};
    PaneSettings settings;
    settings.filter = m_activeFilter.isEmpty() ? m_filterLineEdit->text().trimmed() : m_activeFilter;
    settings.qos = qos();
    settings.colour = m_colour.name(QColor::HexRgb);
    settings.rowLimit = m_rowLimitSpinBox->value();
    settings.memoryLimitMiB = m_memoryLimitSpinBox->value();
    settings.format = formats.value(m_formatComboBox->currentData().toInt(), formats.first());
    settings.follow = m_followCheckBox->isChecked();
    settings.search = m_searchLineEdit->text();
    settings.regex = m_regexCheckBox->isChecked();
    settings.subscribed = !m_activeFilter.isEmpty();
    return settings;
}

void SubscriptionPane::applySettings(const PaneSettings& settings)
{
    static const QStringList formats{u"string"_qs, u"json"_qs, u"hex"_qs, u"base64"_qs};
    setFilterText(settings.filter);
    m_qosComboBox->setCurrentIndex(qBound(0, settings.qos, m_qosComboBox->count() - 1));
    if (const QColor colour = QColor::fromString(settings.colour); colour.isValid()) {
        setColour(colour);
    }
    m_rowLimitSpinBox->setValue(settings.rowLimit);
    m_memoryLimitSpinBox->setValue(settings.memoryLimitMiB);
    if (m_model->ring().capacity() != m_rowLimitSpinBox->value() ||
        m_model->ring().byteBudget() != qint64(m_memoryLimitSpinBox->value()) * 1024 * 1024) {
        applyLimits(); // the spin boxes apply on editingFinished, which setValue() does not send
    }
    const int format = m_formatComboBox->findData(int(qMax(0, formats.indexOf(settings.format))));
    m_formatComboBox->setCurrentIndex(qMax(0, format));
    m_followCheckBox->setChecked(settings.follow);
    m_regexCheckBox->setChecked(settings.regex);
    m_searchLineEdit->setText(settings.search);
    onSearchEdited();
    if (settings.subscribed && !settings.filter.isEmpty()) {
        subscribe();
    }
}

void SubscriptionPane::onFilterEdited()
{
    const QString filter = m_filterLineEdit->text();
    if (filter.isEmpty()) {
        m_filterStatusLabel->hide();
        m_subscribeButton->setEnabled(false);
        return;
    }
    const auto valid = TopicFilter::validateFilter(filter);
    m_subscribeButton->setEnabled(valid.ok());
    if (!valid) {
        m_filterStatusLabel->setText(valid.error().message);
        m_filterStatusLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_filterStatusLabel->show();
        return;
    }
    // Valid: gentle warnings only (AWS IoT practices and limits), never a block.
    TopicLint::Context context;
    context.isFilter = true;
    context.awsIot = m_awsIot;
    context.thingName = m_thingName;
    context.qos = qos();
    QStringList warnings;
    for (const TopicLint::Warning& warning : TopicLint::check(filter, context)) {
        warnings << tr("⚠ %1").arg(warning.message);
    }
    m_filterStatusLabel->setText(warnings.join(QLatin1Char('\n')));
    m_filterStatusLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_filterStatusLabel->setVisible(!warnings.isEmpty());
}

void SubscriptionPane::subscribe()
{
    const QString filter = m_filterLineEdit->text().trimmed();
    if (!TopicFilter::validateFilter(filter)) {
        onFilterEdited();
        return;
    }
    if (!m_activeFilter.isEmpty() && m_activeFilter != filter) {
        Q_EMIT unsubscribeRequested(m_id, m_activeFilter);
    }
    m_activeFilter = filter;
    m_withheld = 0;
    showBrokerRefusal(QString());
    Q_EMIT subscribeRequested(m_id, filter, qos());
}

void SubscriptionPane::showBrokerRefusal(const QString& text)
{
    if (text == m_refusalLabel->text() && m_refusalLabel->isVisible() == !text.isEmpty()) {
        return;
    }
    m_refusalLabel->setText(text);
    m_refusalLabel->setVisible(!text.isEmpty());
    QAccessibleEvent changed(m_refusalLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

void SubscriptionPane::noteWithheld(const QString& topic, qint64 count, const QString& explanation)
{
    m_withheld += count;
    const QString what = m_withheld > 1
        ? tr("The sandbox's AWS IoT policy withheld %1 messages from this pane, the latest on “%2”.")
              .arg(m_withheld)
              .arg(topic)
        : tr("The sandbox's AWS IoT policy withheld a message on “%1” from this pane.").arg(topic);
    showBrokerRefusal(what + QLatin1Char(' ') + explanation);
}

QString SubscriptionPane::brokerRefusal() const
{
    return m_refusalLabel->text();
}

void SubscriptionPane::enqueue(const MqttMessage& message)
{
    enqueue(message, MessageInbox::costOf(message));
}

void SubscriptionPane::enqueue(const MqttMessage& message, qint64 cost)
{
    ++m_received;
    m_enqueuedSinceFlush = true;
    if (!m_paused && m_pending.wouldOverflow(1, cost)) {
        // The coalescing timer has not come round while a flood filled the queue (many panes, a backlog drained at
        // the broker's full rate): move the queue into the table now instead of dropping from it. The session's
        // inbox, which is much larger, absorbs the rest while the GUI catches up.
        flush();
    }
    // Bounded in count and bytes: the oldest queued messages make room, counted for why they went.
    (m_paused ? m_droppedWhilePaused : m_droppedPaneFull) += quint64(m_pending.append(message, cost));
}

void SubscriptionPane::enqueueBatch(const QList<MqttMessage>& batch, qint64 cost)
{
    m_received += quint64(batch.size());
    m_enqueuedSinceFlush = true;
    if (!m_paused && m_pending.wouldOverflow(batch.size(), cost)) {
        flush(); // as in enqueue()
    }
    (m_paused ? m_droppedWhilePaused : m_droppedPaneFull) += quint64(m_pending.appendShared(batch, cost));
}

void SubscriptionPane::trimToCapacity()
{
    // Messages older than the newest rows the pane keeps would never be shown: they go before reaching the table.
    if (const qsizetype beyond = m_pending.size() - m_model->ring().capacity(); beyond > 0) {
        m_pending.dropOldest(beyond);
        m_droppedPaneFull += quint64(beyond);
    }
}

bool SubscriptionPane::flushHidden()
{
    if (m_paused || m_pending.isEmpty() || !m_enqueuedSinceFlush) {
        flush(); // quiet since the last pass: the table catches up
        return false;
    }
    m_enqueuedSinceFlush = false;
    trimToCapacity();
    return true;
}

void SubscriptionPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    flush();
}

void SubscriptionPane::flush()
{
    m_enqueuedSinceFlush = false;
    if (m_paused || m_pending.isEmpty()) {
        if (m_paused) {
            updateCounters();
        }
        return;
    }
    trimToCapacity();
    const MessageRing& ring = m_model->ring();
    const bool nearBudget = m_pending.bytes() * 2 > ring.byteBudget();
    QList<QList<MqttMessage>> batches = m_pending.takeAll();
    if (nearBudget) {
        // The queue's cost is close to what the ring may hold: one batch, so that the ring can say which of its
        // oldest messages fit (checked only then, so the usual flush pays nothing for it).
        QList<MqttMessage> all;
        for (const QList<MqttMessage>& batch : std::as_const(batches)) {
            all.append(batch);
        }
        if (const qsizetype skip = ring.plan(all).skipIncoming; skip > 0) {
            all.remove(0, skip);
            m_droppedPaneFull += quint64(skip);
        }
        batches = {all};
    }
    for (const QList<MqttMessage>& batch : std::as_const(batches)) {
        m_model->appendBatch(batch);
    }
    if (m_followCheckBox->isChecked() && m_proxy->rowCount() > 0) {
        m_tableView->scrollToBottom();
    }
    updateCounters();
}

void SubscriptionPane::setPaused(bool paused)
{
    m_paused = paused;
    if (m_pauseButton->isChecked() != paused) {
        m_pauseButton->setChecked(paused);
    }
    m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (!paused) {
        flush();
    }
    updateCounters();
}

void SubscriptionPane::clear()
{
    m_model->clear();
    m_received = 0;
    m_droppedPaneFull = 0;
    m_droppedWhilePaused = 0;
    m_detailTextEdit->clear();
    m_detailInfoLabel->clear();
    m_compareBase.reset();
    m_diffView->showNote(QString());
    updateCounters();
}

void SubscriptionPane::onSearchEdited()
{
    m_searchDebounceTimer.stop(); // Enter or the Regex box: now, not again after the pause in typing
    if (!m_proxy->setFilter(m_searchLineEdit->text(), m_regexCheckBox->isChecked())) {
        m_searchLineEdit->setToolTip(m_proxy->errorString());
        m_searchLineEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
        m_searchErrorLabel->setText(m_proxy->errorString());
        m_searchErrorLabel->show();
        m_searchLineEdit->setAccessibleDescription(m_proxy->errorString()); // heard with the field too
    } else {
        m_searchLineEdit->setToolTip({});
        m_searchLineEdit->setStyleSheet({});
        m_searchErrorLabel->hide();
        m_searchErrorLabel->clear();
        m_searchLineEdit->setAccessibleDescription({});
    }
    updateCounters();
}

void SubscriptionPane::onSelectionChanged()
{
    showDetail();
}

void SubscriptionPane::showDetail()
{
    const QModelIndex current = m_tableView->currentIndex();
    m_savePayloadButton->setEnabled(current.isValid());
    if (!current.isValid()) {
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const MqttMessage& message = m_model->messageAt(source.row());
    const auto kind = static_cast<PayloadFormat::Kind>(m_formatComboBox->currentData().toInt());
    const PayloadFormat::Rendered rendered = PayloadFormat::render(message.payload, kind, DETAIL_LIMIT);
    m_detailTextEdit->setPlainText(rendered.text);
    QStringList info;
    info << QDateTime::fromMSecsSinceEpoch(message.receivedAtMs).toString(Qt::ISODateWithMs) << message.topic
         << tr("QoS %1").arg(message.qos)
         << tr("%n byte(s)", nullptr, int(qMin<qsizetype>(message.payload.size(), INT_MAX)));
    if (message.retained) {
        info << tr("retained");
    }
    if (rendered.truncated) {
        info << tr("showing the first %1 bytes — “Save payload…” writes all of it").arg(DETAIL_LIMIT);
    }
    if (!rendered.valid) {
        info << rendered.problem;
    }
    if (message.properties && !message.properties->isEmpty()) {
        const MqttProperties& p = *message.properties;
        for (const auto& [name, value] : p.userProperties) {
            info << QStringLiteral("%1=%2").arg(name, value);
        }
        if (!p.contentType.isEmpty()) {
            info << tr("content type %1").arg(p.contentType);
        }
        if (!p.responseTopic.isEmpty()) {
            info << tr("response topic %1").arg(p.responseTopic);
        }
        if (!p.correlationData.isEmpty()) {
            info << tr("correlation data %1").arg(QString::fromLatin1(p.correlationData.toHex()));
        }
        if (p.messageExpirySeconds) {
            info << tr("expires in %1 s").arg(*p.messageExpirySeconds);
        }
    }
    m_detailInfoLabel->setText(info.join(QStringLiteral(" · ")));
    showChanges(source.row());
}

void SubscriptionPane::showChanges(int sourceRow)
{
    const MqttMessage message = m_model->messageAt(sourceRow);
    const auto time = [](const MqttMessage& m) {
        return QDateTime::fromMSecsSinceEpoch(m.receivedAtMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    };
    if (m_compareBase) {
        m_diffView->showDiff(
            MessageDiff::compare(m_compareBase->payload, message.payload), m_compareBase->payload, message.payload,
            tr("From the marked message (%1, %2) to this one:").arg(time(*m_compareBase), m_compareBase->topic));
        return;
    }
    // Topics are interned per ring: the same topic is the same string object, so the search compares addresses.
    const MessageRing& ring = m_model->ring();
    const QString* topic = &ring.topicAt(sourceRow);
    const int stop = std::max(0, sourceRow - PREVIOUS_SEARCH_ROWS);
    for (int row = sourceRow - 1; row >= stop; --row) {
        if (&ring.topicAt(row) == topic) {
            const QByteArray& before = ring.payloadAt(row);
            m_diffView->showDiff(
                MessageDiff::compare(before, message.payload), before, message.payload,
                tr("From the previous message on this topic (%1):").arg(time(m_model->messageAt(row))));
            return;
        }
    }
    m_diffView->showNote(
        stop == 0 ? tr("No earlier message on this topic in this pane: nothing to compare with.")
                  : tr("No earlier message on this topic within the last %1 rows.").arg(PREVIOUS_SEARCH_ROWS));
}

void SubscriptionPane::markForComparison()
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_compareBase = m_model->messageAt(m_proxy->mapToSource(current).row());
    m_diffView->showNote(
        tr("Marked the message of %1 on %2: select another message to see what changed from it. "
           "“Compare with the previous message on the topic” goes back.")
            .arg(QDateTime::fromMSecsSinceEpoch(m_compareBase->receivedAtMs).toString(QStringLiteral("HH:mm:ss.zzz")),
                 m_compareBase->topic));
    m_detailTabs->setCurrentWidget(m_diffView);
}

bool SubscriptionPane::beginFileJob(const QString& what)
{
    if (m_fileJob) {
        const QString busy = tr("Wait for the running export or opening to finish, or cancel it, then %1.").arg(what);
        m_fileStatusLabel->setText(busy);
        m_fileStatusLabel->show();
        Q_EMIT fileOperationFinished(false, busy);
        return false;
    }
    m_fileJob = std::make_unique<FileJob>();
    m_fileProgressBar->setValue(0);
    m_fileProgressBar->show();
    m_cancelFileButton->setEnabled(true);
    m_cancelFileButton->show();
    m_exportButton->setEnabled(false);
    m_openButton->setEnabled(false);
    return true;
}

void SubscriptionPane::endFileJob(bool ok, const QString& message)
{
    m_fileSliceTimer.stop();
    disconnect(&m_fileSliceTimer, &QTimer::timeout, this, nullptr);
    if (m_fileJob) {
        // A watcher may be the sender of the signal being handled; it reports nothing more.
        for (QFutureWatcherBase* watcher : {static_cast<QFutureWatcherBase*>(m_fileJob->exportWatcher),
                                            static_cast<QFutureWatcherBase*>(m_fileJob->openWatcher)}) {
            if (watcher) {
                disconnect(watcher, nullptr, this, nullptr);
                watcher->deleteLater();
            }
        }
        m_fileJob.reset();
    }
    m_fileProgressBar->hide();
    m_cancelFileButton->hide();
    m_exportButton->setEnabled(true);
    m_openButton->setEnabled(true);
    m_fileStatusLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b71c1c;"));
    m_fileStatusLabel->setText(message);
    m_fileStatusLabel->setVisible(!message.isEmpty());
    QAccessibleEvent changed(m_fileStatusLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    updateCounters();
    Q_EMIT fileOperationFinished(ok, message);
}

QString SubscriptionPane::fileStatus() const
{
    return m_fileStatusLabel->text();
}

bool SubscriptionPane::startExport(const QString& path)
{
    if (!beginFileJob(tr("export again"))) {
        return false;
    }
    FileJob& job = *m_fileJob;
    job.kind = FileJob::Kind::Export;
    job.path = path;
    job.format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? MessageLog::FileFormat::Csv
                                                                           : MessageLog::FileFormat::JsonLines;
    // The rows to export are the ones shown now, fixed by id (8 bytes each); their messages are copied in slices.
    const int rows = m_proxy->rowCount();
    job.ids.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        job.ids.push_back(m_proxy->idAt(row));
    }
    job.snapshot.reserve(rows);
    m_fileProgressBar->setFormat(tr("Exporting… %p%"));
    connect(&m_fileSliceTimer, &QTimer::timeout, this, &SubscriptionPane::runExportSlice);
    runExportSlice();
    return true;
}

void SubscriptionPane::runExportSlice()
{
    FileJob& job = *m_fileJob;
    QElapsedTimer clock;
    clock.start();
    while (job.nextId < job.ids.size()) {
        // Copying shares the payload bytes: cheap, but a million of them are sliced all the same.
        for (int i = 0; i < 256 && job.nextId < job.ids.size(); ++i) {
            const qint64 row = job.ids[job.nextId++] - m_proxy->baseId();
            if (row < 0 || row >= m_model->rowCount()) {
                ++job.lost; // evicted (or cleared) since the export started
                continue;
            }
            job.snapshot.append(m_model->messageAt(int(row)));
        }
        if (clock.elapsed() >= FILE_SLICE_MS) {
            // Copying is the first tenth of the work shown.
            m_fileProgressBar->setValue(progressSteps(qint64(job.nextId), qint64(job.ids.size())) / 10);
            m_fileSliceTimer.start();
            return;
        }
    }
    job.ids = {};
    m_fileProgressBar->setValue(PROGRESS_STEPS / 10);
    // The file is written by a worker over the snapshot; the watcher (a child of the pane) reports back here.
    job.exportWatcher = new QFutureWatcher<ExportOutcome>(this);
    connect(job.exportWatcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { m_fileProgressBar->setValue(PROGRESS_STEPS / 10 + value * 9 / 10); });
    connect(job.exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_fileJob) {
            return;
        }
        FileJob& finished = *m_fileJob;
        const QFuture<ExportOutcome> future = finished.exportWatcher->future();
        const QString name = displayName(finished.path);
        if (future.isCanceled() || future.resultCount() == 0) {
            endFileJob(false, tr("Export cancelled; “%1” was left as it was.").arg(name));
            return;
        }
        const ExportOutcome outcome = future.result();
        if (outcome.error) {
            endFileJob(false, outcome.error->fullText());
            return;
        }
        QString message =
            tr("Exported %Ln message(s) to “%1”.", nullptr, int(qMin<qint64>(outcome.written, INT_MAX))).arg(name);
        if (finished.lost > 0) {
            message += QLatin1Char(' ') +
                tr("%Ln message(s) were evicted by new arrivals before they could be copied.", nullptr,
                   int(qMin<qint64>(finished.lost, INT_MAX)));
        }
        endFileJob(true, message);
    });
    job.exportWatcher->setFuture(QtConcurrent::run(
        [path = job.path, format = job.format, messages = std::move(job.snapshot)](QPromise<ExportOutcome>& promise) {
            promise.setProgressRange(0, PROGRESS_STEPS);
            const Result<qint64> written =
                MessageLog::writeFile(path, messages, format, [&promise](qint64 done, qint64 total) {
                    promise.setProgressValue(progressSteps(done, total));
                    return !promise.isCanceled();
                });
            ExportOutcome outcome;
            if (written) {
                outcome.written = *written;
            } else {
                outcome.error = written.error();
            }
            promise.addResult(outcome);
        }));
}

bool SubscriptionPane::openRecording(const QString& path)
{
    if (!beginFileJob(tr("open the recording"))) {
        return false;
    }
    FileJob& job = *m_fileJob;
    job.kind = FileJob::Kind::Open;
    job.path = path;
    m_fileProgressBar->setFormat(tr("Opening… %p%"));
    job.openWatcher = new QFutureWatcher<OpenOutcome>(this);
    connect(job.openWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_fileProgressBar->setValue(value * 9 / 10); // reading and parsing; adding to the table is the last tenth
    });
    connect(job.openWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_fileJob) {
            return;
        }
        FileJob& opened = *m_fileJob;
        const QFuture<OpenOutcome> future = opened.openWatcher->future();
        const QString name = displayName(opened.path);
        if (future.isCanceled() || future.resultCount() == 0) {
            endFileJob(false, tr("Opening “%1” cancelled; nothing was added.").arg(name));
            return;
        }
        OpenOutcome outcome = future.result();
        if (outcome.error) {
            endFileJob(false, outcome.error->fullText());
            return;
        }
        if (outcome.report.cancelled) {
            endFileJob(false, tr("Opening “%1” cancelled; nothing was added.").arg(name));
            return;
        }
        opened.summary = MessageLog::describeBadLines(outcome.report);
        opened.feed = std::move(outcome.report.messages);
        if (opened.feed.isEmpty() && outcome.report.badLines > 0) {
            endFileJob(false, tr("“%1” holds no message ThingBench can read. %2").arg(name, opened.summary));
            return;
        }
        connect(&m_fileSliceTimer, &QTimer::timeout, this, &SubscriptionPane::runFeedSlice);
        runFeedSlice();
    });
    job.openWatcher->setFuture(QtConcurrent::run([path](QPromise<OpenOutcome>& promise) {
        promise.setProgressRange(0, PROGRESS_STEPS);
        Result<MessageLog::ReadReport> read = MessageLog::readFile(path, [&promise](qint64 done, qint64 total) {
            promise.setProgressValue(progressSteps(done, total));
            return !promise.isCanceled();
        });
        OpenOutcome outcome;
        if (read) {
            outcome.report = std::move(read).value();
        } else {
            outcome.error = read.error();
        }
        promise.addResult(std::move(outcome));
    }));
    return true;
}

void SubscriptionPane::runFeedSlice()
{
    // The recording's messages arrive as a live burst would: in batches, each one model insertion, evicting the
    // oldest rows beyond the pane's limits (counted), matched by the search as they come.
    FileJob& job = *m_fileJob;
    QElapsedTimer clock;
    clock.start();
    while (job.fed < job.feed.size()) {
        const qsizetype count = qMin(FEED_BATCH, job.feed.size() - job.fed);
        m_model->appendBatch(job.feed.mid(job.fed, count));
        job.fed += count;
        m_received += quint64(count);
        if (clock.elapsed() >= FILE_SLICE_MS && job.fed < job.feed.size()) {
            m_fileProgressBar->setValue(PROGRESS_STEPS * 9 / 10 + progressSteps(job.fed, job.feed.size()) / 10);
            if (m_followCheckBox->isChecked()) {
                m_tableView->scrollToBottom();
            }
            updateCounters();
            m_fileSliceTimer.start();
            return;
        }
    }
    if (m_followCheckBox->isChecked()) {
        m_tableView->scrollToBottom();
    }
    QString message =
        tr("Opened “%1”: %Ln message(s).", nullptr, int(qMin<qsizetype>(job.fed, INT_MAX))).arg(displayName(job.path));
    if (!job.summary.isEmpty()) {
        message += QLatin1Char(' ') + job.summary;
    }
    endFileJob(job.summary.isEmpty(), message);
}

void SubscriptionPane::cancelFileOperation()
{
    if (!m_fileJob) {
        return;
    }
    FileJob& job = *m_fileJob;
    const QString name = displayName(job.path);
    if (job.exportWatcher) {
        job.exportWatcher->future().cancel(); // the worker stops and discards its temporary file; finished() follows
        m_cancelFileButton->setEnabled(false);
    } else if (job.kind == FileJob::Kind::Export) {
        endFileJob(false, tr("Export cancelled; “%1” was left as it was.").arg(name));
    } else if (job.openWatcher && job.openWatcher->isRunning()) {
        job.openWatcher->future().cancel();
        m_cancelFileButton->setEnabled(false);
    } else {
        endFileJob(false,
                   tr("Opening “%1” stopped: %Ln of %2 message(s) were added.", nullptr,
                      int(qMin<qsizetype>(job.fed, INT_MAX)))
                       .arg(name)
                       .arg(job.feed.size()));
    }
}

void SubscriptionPane::exportWithDialog()
{
    const QString path =
        DialogSeams::saveFileName(this, tr("Export messages"), tr("JSON lines (*.jsonl);;CSV (*.csv)"));
    if (!path.isEmpty()) {
        startExport(path);
    }
}

void SubscriptionPane::openWithDialog()
{
    const QString path =
        DialogSeams::openFileName(this, tr("Open recording"), tr("JSON lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty()) {
        openRecording(path);
    }
}

void SubscriptionPane::onSearchProgress(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (m_searchPercent >= 0 && percent / 5 != m_searchPercent / 5) { // a few label updates per search, not hundreds
        m_searchPercent = percent;
        updateCounters();
    }
}

bool SubscriptionPane::saveSelectedPayload(const QString& path, QString* error) const
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid()) {
        if (error) {
            *error = tr("Select a message first.");
        }
        return false;
    }
    const QByteArray payload = m_model->messageAt(m_proxy->mapToSource(current).row()).payload;
    const Result<void> written = FileIo::writeFileAtomically(path, payload);
    if (!written && error) {
        *error = written.error().fullText();
    }
    return written.ok();
}

void SubscriptionPane::savePayloadWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save payload"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveSelectedPayload(path, &error)) {
        m_filterStatusLabel->setText(error);
        m_filterStatusLabel->show();
    }
}

void SubscriptionPane::updateCounters()
{
    QString text = tr("%1 shown · %2 stored").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    if (m_model->evictedCount() > 0) {
        text += tr(" · %1 evicted (row or memory limit)").arg(m_model->evictedCount());
    }
    if (m_paused) {
        text += tr(" · %1 held while paused").arg(m_pending.size());
    }
    if (m_droppedPaneFull > 0 || m_droppedWhilePaused > 0) {
        const QLocale locale;
        text += tr(" · %1 received · %2 dropped (pane full) · %3 dropped while paused")
                    .arg(locale.toString(m_received), locale.toString(m_droppedPaneFull),
                         locale.toString(m_droppedWhilePaused));
    }
    if (m_proxy->isSearching()) {
        text += tr(" · searching… %1 %").arg(qMax(0, m_searchPercent));
    }
    m_countersLabel->setText(text);
}
