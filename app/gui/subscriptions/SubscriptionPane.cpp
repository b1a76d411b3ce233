// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptions/SubscriptionPane.h"

#include "common/FileIo.h"
#include "messages/MessageExport.h"
#include "messages/MessageFilterProxyModel.h"
#include "messages/MessageTableModel.h"
#include "messages/PayloadFormat.h"
#include "mqtt/TopicFilter.h"
#include "mqtt/TopicLint.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QGuiApplication>
#include <QSpinBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The detail view lays out at most this much text (Qt's text layout of a multi-megabyte line takes minutes); the
// info line says so and "Save payload…" writes the whole payload, never silently cut.
constexpr qsizetype DETAIL_LIMIT = 64 * 1024;
} // namespace

SubscriptionPane::SubscriptionPane(quint64 id, QWidget* parent)
    : QWidget(parent)
    , m_id(id)
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
    m_exportButton->setAccessibleName(tr("Export the messages to a file"));
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
    toolRow->addWidget(m_followCheckBox);
    toolRow->addWidget(m_searchLineEdit, 1);
    toolRow->addWidget(m_regexCheckBox);
    toolRow->addWidget(m_colourButton);
    toolRow->addWidget(keepLabel);
    toolRow->addWidget(m_rowLimitSpinBox);
    toolRow->addWidget(m_memoryLimitSpinBox);
    toolRow->addWidget(m_countersLabel);
    layout->addLayout(toolRow);
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
    detailLayout->addWidget(m_detailTextEdit);
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
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &SubscriptionPane::onSearchEdited);
    connect(m_regexCheckBox, &QCheckBox::toggled, this, &SubscriptionPane::onSearchEdited);
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
    setTabOrder(m_exportButton, m_followCheckBox);
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

SubscriptionPane::~SubscriptionPane() = default;

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
    Q_EMIT subscribeRequested(m_id, filter, qos());
}

void SubscriptionPane::enqueue(const MqttMessage& message)
{
    if (m_pending.size() >= MAX_PENDING) {
        m_pending.removeFirst(); // O(1) in Qt 6
        ++m_pendingDropped;
    }
    m_pending.append(message);
}

void SubscriptionPane::flush()
{
    if (m_paused || m_pending.isEmpty()) {
        if (m_paused) {
            updateCounters();
        }
        return;
    }
    QList<MqttMessage> batch;
    batch.swap(m_pending);
    m_model->appendBatch(batch);
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
    m_pendingDropped = 0;
    m_detailTextEdit->clear();
    m_detailInfoLabel->clear();
    updateCounters();
}

void SubscriptionPane::onSearchEdited()
{
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
}

bool SubscriptionPane::exportTo(const QString& path, QString* error)
{
    const Result<qint64> written = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        ? MessageExport::writeJsonLines(*m_proxy, path)
        : MessageExport::writeCsv(*m_proxy, path);
    if (!written) {
        if (error) {
            *error = written.error().fullText();
        }
        return false;
    }
    return true;
}

void SubscriptionPane::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export messages"), QString(), tr("JSON lines (*.jsonl);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportTo(path, &error)) {
        m_filterStatusLabel->setText(error);
        m_filterStatusLabel->show();
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
    if (m_pendingDropped > 0) {
        text += tr(" · %1 dropped while paused").arg(m_pendingDropped);
    }
    m_countersLabel->setText(text);
}
