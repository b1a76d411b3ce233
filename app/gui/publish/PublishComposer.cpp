// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishComposer.h"

#include "aws/IotHttpClient.h"
#include "common/FileIo.h"
#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"
#include "mqtt/TopicLint.h"
#include "publish/HttpsPublishOptions.h"
#include "support/DialogSeams.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr qint64 MAX_PAYLOAD_FILE = 256 * 1024 * 1024;
constexpr qint64 MAX_TEMPLATES_FILE = 16 * 1024 * 1024;
/// The templates file's format: {"schemaVersion": 1, "templates": [ {name, topic, payload_base64, qos, retain,
/// user_properties: [[name, value]…], content_type, response_topic, correlation_data_base64, message_expiry,
/// payload_utf8 (the payload format indicator; absent: not sent)}… ]}.
constexpr int TEMPLATES_SCHEMA_VERSION = 1;

/// What is wrong with the types of a templates file, in words, or an empty string (FileIo::JsonDocumentSpec::check).
QString templatesProblem(const QJsonObject& root)
{
    const QJsonValue templates = root.value(QStringLiteral("templates"));
    if (!templates.isArray()) {
        return PublishComposer::tr("“templates” is not a list");
    }
    const auto isString = [](const QJsonObject& object, const char* key, bool required) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isString() || (!required && value.isUndefined());
    };
    const QJsonArray array = templates.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString which = PublishComposer::tr("template %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            return PublishComposer::tr("%1 is not an object").arg(which);
        }
        const QJsonObject entry = array.at(i).toObject();
        for (const char* key : {"name", "topic", "payload_base64"}) {
            if (!isString(entry, key, true)) {
                return PublishComposer::tr("%1 has no text “%2”").arg(which, QLatin1String(key));
            }
        }
        for (const char* key : {"content_type", "response_topic", "correlation_data_base64"}) {
            if (!isString(entry, key, false)) {
                return PublishComposer::tr("“%2” of %1 is not text").arg(which, QLatin1String(key));
            }
        }
        const QJsonValue qos = entry.value(QStringLiteral("qos"));
        if (!qos.isDouble() || (qos.toInteger(-1) != 0 && qos.toInteger(-1) != 1 && qos.toInteger(-1) != 2) ||
            qos.toDouble() != double(qos.toInteger())) {
            return PublishComposer::tr("“qos” of %1 is not 0, 1 or 2").arg(which);
        }
        if (!entry.value(QStringLiteral("retain")).isBool()) {
            return PublishComposer::tr("“retain” of %1 is not true or false").arg(which);
        }
        const QJsonValue expiry = entry.value(QStringLiteral("message_expiry"));
        if (!expiry.isUndefined() &&
            (!expiry.isDouble() || expiry.toInteger(-1) < 0 || expiry.toInteger(-1) > 0xFFFFFFFFLL)) {
            return PublishComposer::tr("“message_expiry” of %1 is not a number of seconds").arg(which);
        }
        const QJsonValue properties = entry.value(QStringLiteral("user_properties"));
        if (properties.isUndefined()) {
            continue;
        }
        if (!properties.isArray()) {
            return PublishComposer::tr("“user_properties” of %1 is not a list").arg(which);
        }
        for (const QJsonValue& pair : properties.toArray()) {
            const QJsonArray nameValue = pair.toArray();
            if (!pair.isArray() || nameValue.size() != 2 || !nameValue.at(0).isString() ||
                !nameValue.at(1).isString()) {
                return PublishComposer::tr("a user property of %1 is not a [name, value] pair of texts").arg(which);
            }
        }
    }
    return {};
}

QJsonObject toJson(const PublishComposer::Draft& draft)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), draft.name);
    object.insert(QStringLiteral("topic"), draft.topic);
    object.insert(QStringLiteral("payload_base64"), QString::fromLatin1(draft.payload.toBase64()));
    object.insert(QStringLiteral("qos"), draft.qos);
    object.insert(QStringLiteral("retain"), draft.retain);
    QJsonArray userProperties;
    for (const auto& [name, value] : draft.properties.userProperties) {
        userProperties.append(QJsonArray{name, value});
    }
    object.insert(QStringLiteral("user_properties"), userProperties);
    object.insert(QStringLiteral("content_type"), draft.properties.contentType);
    object.insert(QStringLiteral("response_topic"), draft.properties.responseTopic);
    object.insert(QStringLiteral("correlation_data_base64"),
                  QString::fromLatin1(draft.properties.correlationData.toBase64()));
    if (draft.properties.messageExpirySeconds) {
        object.insert(QStringLiteral("message_expiry"), qint64(*draft.properties.messageExpirySeconds));
    }
    if (draft.properties.payloadIsUtf8) {
        object.insert(QStringLiteral("payload_utf8"), *draft.properties.payloadIsUtf8);
    }
    return object;
}

PublishComposer::Draft fromJson(const QJsonObject& object)
{
    PublishComposer::Draft draft;
    draft.name = object.value(QStringLiteral("name")).toString();
    draft.topic = object.value(QStringLiteral("topic")).toString();
    draft.payload = QByteArray::fromBase64(object.value(QStringLiteral("payload_base64")).toString().toLatin1());
    draft.qos = qBound(0, object.value(QStringLiteral("qos")).toInt(), 2);
    draft.retain = object.value(QStringLiteral("retain")).toBool();
    for (const QJsonValue& pair : object.value(QStringLiteral("user_properties")).toArray()) {
        draft.properties.userProperties.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    }
    draft.properties.contentType = object.value(QStringLiteral("content_type")).toString();
    draft.properties.responseTopic = object.value(QStringLiteral("response_topic")).toString();
    draft.properties.correlationData =
        QByteArray::fromBase64(object.value(QStringLiteral("correlation_data_base64")).toString().toLatin1());
    if (object.contains(QStringLiteral("message_expiry"))) {
        draft.properties.messageExpirySeconds = quint32(object.value(QStringLiteral("message_expiry")).toInteger());
    }
    if (const QJsonValue utf8 = object.value(QStringLiteral("payload_utf8")); utf8.isBool()) {
        draft.properties.payloadIsUtf8 = utf8.toBool();
    }
    return draft;
}

} // namespace

PublishComposer::PublishComposer(MqttSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* topicRow = new QHBoxLayout;
    auto* topicLabel = new QLabel(tr("T&opic:"), this);
    m_topicLineEdit = new QLineEdit(this);
    m_topicLineEdit->setObjectName(QStringLiteral("topicLineEdit"));
    m_topicLineEdit->setPlaceholderText(tr("e.g. devices/my-thing/telemetry"));
    m_topicLineEdit->setAccessibleName(tr("Publish topic"));
    topicLabel->setBuddy(m_topicLineEdit);
    m_qosComboBox = new QComboBox(this);
    m_qosComboBox->setObjectName(QStringLiteral("publishQosComboBox"));
    m_qosComboBox->addItems({tr("QoS 0"), tr("QoS 1"), tr("QoS 2")});
    m_qosComboBox->setAccessibleName(tr("Publish QoS"));
    m_retainCheckBox = new QCheckBox(tr("&Retain"), this);
    m_retainCheckBox->setObjectName(QStringLiteral("retainCheckBox"));
    m_templateComboBox = new QComboBox(this);
    m_templateComboBox->setObjectName(QStringLiteral("templateComboBox"));
    m_templateComboBox->setAccessibleName(tr("Saved templates"));
    m_templateComboBox->setMinimumContentsLength(12);
    auto* saveTemplateButton = new QPushButton(tr("Save &template…"), this);
    saveTemplateButton->setAccessibleName(tr("Save the message as a template"));
    topicRow->addWidget(topicLabel);
    topicRow->addWidget(m_topicLineEdit, 1);
    topicRow->addWidget(m_qosComboBox);
    topicRow->addWidget(m_retainCheckBox);
    m_https = new HttpsPublishOptions(this); // the transport sits with QoS and retain, which it constrains
    m_https->setObjectName(QStringLiteral("httpsPublishOptions"));
    topicRow->addWidget(m_https);
    topicRow->addWidget(m_templateComboBox);
    topicRow->addWidget(saveTemplateButton);
    layout->addLayout(topicRow);

    m_topicStatusLabel = new QLabel(this);
    m_topicStatusLabel->setObjectName(QStringLiteral("topicStatusLabel"));
    m_topicStatusLabel->setWordWrap(true);
    m_topicStatusLabel->setAccessibleDescription(tr("Topic check")); // the check itself is the name
    m_topicStatusLabel->hide();
    layout->addWidget(m_topicStatusLabel);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* editor = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* payloadTools = new QHBoxLayout;
    auto* payloadLabel = new QLabel(tr("P&ayload:"), editor);
    auto* formatButton = new QPushButton(tr("&Format JSON"), editor);
    auto* compactButton = new QPushButton(tr("Co&mpact"), editor);
    auto* fileButton = new QPushButton(tr("Load &file…"), editor);
    formatButton->setAccessibleName(tr("Pretty-print the JSON payload"));
    compactButton->setAccessibleName(tr("Compact the JSON payload"));
    fileButton->setAccessibleName(tr("Use a file as the payload"));
    payloadTools->addWidget(payloadLabel);
    payloadTools->addStretch(1);
    payloadTools->addWidget(formatButton);
    payloadTools->addWidget(compactButton);
    payloadTools->addWidget(fileButton);
    editorLayout->addLayout(payloadTools);
    m_payloadTextEdit = new QPlainTextEdit(editor);
    m_payloadTextEdit->setObjectName(QStringLiteral("payloadTextEdit"));
    m_payloadTextEdit->setAccessibleName(tr("Payload"));
    m_payloadTextEdit->setTabChangesFocus(true);
    m_payloadTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    payloadLabel->setBuddy(m_payloadTextEdit);
    editorLayout->addWidget(m_payloadTextEdit, 1);
    m_payloadStatusLabel = new QLabel(editor);
    m_payloadStatusLabel->setObjectName(QStringLiteral("payloadStatusLabel"));
    m_payloadStatusLabel->setAccessibleDescription(tr("Payload check"));
    editorLayout->addWidget(m_payloadStatusLabel);

    m_propertiesGroupBox = new QGroupBox(tr("MQTT 5 properties"), editor);
    m_propertiesGroupBox->setObjectName(QStringLiteral("propertiesGroupBox"));
    m_propertiesGroupBox->setCheckable(true);
    m_propertiesGroupBox->setChecked(false);
    // The properties take room only when used: the group collapses to its title while unchecked.
    auto* groupLayout = new QVBoxLayout(m_propertiesGroupBox);
    groupLayout->setContentsMargins(4, 4, 4, 4);
    auto* propertiesContent = new QWidget(m_propertiesGroupBox);
    propertiesContent->setVisible(false);
    groupLayout->addWidget(propertiesContent);
    connect(m_propertiesGroupBox, &QGroupBox::toggled, propertiesContent, &QWidget::setVisible);
    auto* form = new QFormLayout(propertiesContent);
    form->setContentsMargins(0, 0, 0, 0);
    m_userPropertiesTable = new QTableWidget(0, 2, propertiesContent); // an editor, not live traffic
    m_userPropertiesTable->setObjectName(QStringLiteral("userPropertiesTable"));
    m_userPropertiesTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_userPropertiesTable->horizontalHeader()->setStretchLastSection(true);
    m_userPropertiesTable->setAccessibleName(tr("User properties"));
    m_userPropertiesTable->setMaximumHeight(110);
    auto* propertyButtons = new QHBoxLayout;
    auto* addPropertyButton = new QPushButton(tr("Add"), propertiesContent);
    addPropertyButton->setAccessibleName(tr("Add a user property"));
    auto* removePropertyButton = new QPushButton(tr("Remove"), propertiesContent);
    removePropertyButton->setAccessibleName(tr("Remove the selected user property"));
    propertyButtons->addWidget(addPropertyButton);
    propertyButtons->addWidget(removePropertyButton);
    propertyButtons->addStretch(1);
    m_contentTypeLineEdit = new QLineEdit(propertiesContent);
    m_contentTypeLineEdit->setObjectName(QStringLiteral("contentTypeLineEdit"));
    m_contentTypeLineEdit->setAccessibleName(tr("Content type"));
    m_responseTopicLineEdit = new QLineEdit(propertiesContent);
    m_responseTopicLineEdit->setObjectName(QStringLiteral("responseTopicLineEdit"));
    m_responseTopicLineEdit->setAccessibleName(tr("Response topic"));
    m_correlationLineEdit = new QLineEdit(propertiesContent);
    m_correlationLineEdit->setObjectName(QStringLiteral("correlationLineEdit"));
    m_correlationLineEdit->setAccessibleName(tr("Correlation data"));
    m_expirySpinBox = new QSpinBox(propertiesContent);
    m_expirySpinBox->setObjectName(QStringLiteral("expirySpinBox"));
    m_expirySpinBox->setRange(0, std::numeric_limits<int>::max());
    m_expirySpinBox->setSpecialValueText(tr("never"));
    m_expirySpinBox->setSuffix(tr(" s"));
    m_expirySpinBox->setAccessibleName(tr("Message expiry in seconds"));
    form->addRow(tr("User properties:"), m_userPropertiesTable);
    form->addRow(QString(), propertyButtons);
    form->addRow(tr("Content type:"), m_contentTypeLineEdit);
    form->addRow(tr("Response topic:"), m_responseTopicLineEdit);
    form->addRow(tr("Correlation data:"), m_correlationLineEdit);
    form->addRow(tr("Message expiry:"), m_expirySpinBox);
    m_payloadFormatComboBox = new QComboBox(propertiesContent);
    m_payloadFormatComboBox->setObjectName(QStringLiteral("payloadFormatComboBox"));
    m_payloadFormatComboBox->addItems({tr("Not sent"), tr("Unspecified bytes"), tr("UTF-8 text")});
    m_payloadFormatComboBox->setAccessibleName(tr("Payload format indicator"));
    form->addRow(tr("Payload format:"), m_payloadFormatComboBox);
    editorLayout->addWidget(m_propertiesGroupBox);

    auto* historyBox = new QWidget(splitter);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History (double-click to reuse):"), historyBox));
    m_historyList = new QListWidget(historyBox); // at most HISTORY_LIMIT entries, not live traffic
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("Sent messages"));
    historyLayout->addWidget(m_historyList, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* actionRow = new QHBoxLayout;
    m_publishButton = new QPushButton(tr("&Publish"), this);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setAccessibleName(tr("Publish the message"));
    m_publishButton->setAccessibleDescription(tr("Ctrl+Return publishes from anywhere in the composer"));
    m_publishButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto* repeatLabel = new QLabel(tr("Repeat:"), this);
    m_repeatSpinBox = new QSpinBox(this);
    m_repeatSpinBox->setObjectName(QStringLiteral("repeatSpinBox"));
    m_repeatSpinBox->setRange(1, 1'000'000);
    m_repeatSpinBox->setSuffix(tr(" ×"));
    m_repeatSpinBox->setAccessibleName(tr("How many times to publish"));
    repeatLabel->setBuddy(m_repeatSpinBox);
    m_intervalSpinBox = new QSpinBox(this);
    m_intervalSpinBox->setObjectName(QStringLiteral("intervalSpinBox"));
    m_intervalSpinBox->setRange(0, 3'600'000);
    m_intervalSpinBox->setSuffix(tr(" ms apart"));
    m_intervalSpinBox->setAccessibleName(tr("Milliseconds between repeated messages"));
    m_stopButton = new QPushButton(tr("&Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setAccessibleName(tr("Stop repeat publishing"));
    m_stopButton->setEnabled(false);
    auto* clearRetainedButton = new QPushButton(tr("Clear retained…"), this);
    clearRetainedButton->setObjectName(QStringLiteral("clearRetainedButton"));
    clearRetainedButton->setAccessibleName(tr("Clear the retained message of the topic"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setAccessibleDescription(tr("Publish result"));
    m_resultLabel->setWordWrap(true);
    actionRow->addWidget(m_publishButton);
    actionRow->addWidget(repeatLabel);
    actionRow->addWidget(m_repeatSpinBox);
    actionRow->addWidget(m_intervalSpinBox);
    actionRow->addWidget(m_stopButton);
    actionRow->addWidget(clearRetainedButton);
    actionRow->addWidget(m_resultLabel, 1);
    layout->addLayout(actionRow);

    m_repeatTimer.setSingleShot(true);
    connect(&m_repeatTimer, &QTimer::timeout, this, &PublishComposer::publishOne);
    connect(m_topicLineEdit, &QLineEdit::textChanged, this, &PublishComposer::validate);
    connect(m_qosComboBox, &QComboBox::currentIndexChanged, this, &PublishComposer::validate);
    connect(m_payloadTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filePayload.isNull() &&
            m_payloadTextEdit->toPlainText() != QString::fromUtf8(m_filePayload.left(4096))) {
            m_filePayload = QByteArray();
            m_fileName.clear();
        }
        updatePayloadStatus();
    });
    connect(formatButton, &QPushButton::clicked, this, [this] { formatPayload(false); });
    connect(compactButton, &QPushButton::clicked, this, [this] { formatPayload(true); });
    connect(fileButton, &QPushButton::clicked, this, [this] {
        const QString path = DialogSeams::openFileName(this, tr("Payload file"));
        if (!path.isEmpty()) {
            loadPayloadFile(path);
        }
    });
    connect(addPropertyButton, &QPushButton::clicked, this, [this] {
        m_userPropertiesTable->insertRow(m_userPropertiesTable->rowCount());
        m_userPropertiesTable->setCurrentCell(m_userPropertiesTable->rowCount() - 1, 0);
        m_userPropertiesTable->setFocus();
    });
    connect(removePropertyButton, &QPushButton::clicked, this,
            [this] { m_userPropertiesTable->removeRow(m_userPropertiesTable->currentRow()); });
    connect(m_publishButton, &QPushButton::clicked, this, &PublishComposer::publish);
    connect(m_stopButton, &QPushButton::clicked, this, &PublishComposer::stopRepeating);
    connect(clearRetainedButton, &QPushButton::clicked, this, &PublishComposer::clearRetained);
    connect(saveTemplateButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save template"), tr("Template name:"), QLineEdit::Normal,
                                                   m_topicLineEdit->text(), &ok);
        if (ok && !name.trimmed().isEmpty()) {
            saveTemplate(name.trimmed());
        }
    });
    connect(m_templateComboBox, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index - 1 < m_templates.size()) {
            loadDraft(m_templates.at(index - 1));
        }
    });
    connect(m_historyList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int index = m_historyList->row(item);
        if (index >= 0 && index < m_history.size()) {
            loadDraft(m_history.at(index));
        }
    });
    connect(m_session, &MqttSession::published, this, &PublishComposer::onPublished);
    connect(m_session, &MqttSession::publishFailed, this, &PublishComposer::onPublishFailed);
    m_http = new Aws::IotHttpClient(this);
    connect(m_http, &Aws::IotHttpClient::finished, this, &PublishComposer::onHttpsFinished);
    connect(m_https, &HttpsPublishOptions::chosenChanged, this, &PublishComposer::updateQos2);

    // Templates and history come from the workspace (WorkspaceController); setTemplatesFile() keeps a file instead.
    showTemplates();
    validate();
    updatePayloadStatus();
}

PublishComposer::~PublishComposer() = default;

void PublishComposer::setAwsIot(bool awsIot, const QString& thingName)
{
    m_awsIot = awsIot;
    m_thingName = thingName;
    validate();
}

void PublishComposer::setQos2Allowed(bool allowed)
{
    m_qos2Allowed = allowed;
    updateQos2();
}

void PublishComposer::updateQos2()
{
    const bool allowed = m_qos2Allowed && !m_https->isChosen();
    // addItems() fills a QStandardItemModel: a disabled item stays listed (and announced as unavailable).
    QStandardItem* item = qobject_cast<QStandardItemModel*>(m_qosComboBox->model())->item(2);
    item->setEnabled(allowed);
    item->setToolTip(allowed ? QString() : tr("AWS IoT does not support QoS 2."));
    if (!allowed && m_qosComboBox->currentIndex() == 2) {
        m_qosComboBox->setCurrentIndex(1);
    }
}

void PublishComposer::setHttpsTarget(const std::optional<Aws::HttpsTarget>& target)
{
    m_https->setTarget(target);
}

PublishComposer::Draft PublishComposer::draft() const
{
    Draft draft;
    draft.topic = m_topicLineEdit->text();
    draft.payload = m_filePayload.isNull() ? m_payloadTextEdit->toPlainText().toUtf8() : m_filePayload;
    draft.qos = m_qosComboBox->currentIndex();
    draft.retain = m_retainCheckBox->isChecked();
    draft.properties = propertiesFromForm();
    return draft;
}

void PublishComposer::loadDraft(const Draft& draft)
{
    m_topicLineEdit->setText(draft.topic);
    m_qosComboBox->setCurrentIndex(draft.qos);
    m_retainCheckBox->setChecked(draft.retain);
    m_filePayload = QByteArray();
    m_fileName.clear();
    m_payloadTextEdit->setPlainText(QString::fromUtf8(draft.payload));
    const MqttProperties& p = draft.properties;
    m_propertiesGroupBox->setChecked(!p.isEmpty());
    m_userPropertiesTable->setRowCount(0);
    for (const auto& [name, value] : p.userProperties) {
        const int row = m_userPropertiesTable->rowCount();
        m_userPropertiesTable->insertRow(row);
        m_userPropertiesTable->setItem(row, 0, new QTableWidgetItem(name));
        m_userPropertiesTable->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_contentTypeLineEdit->setText(p.contentType);
    m_responseTopicLineEdit->setText(p.responseTopic);
    m_correlationLineEdit->setText(QString::fromUtf8(p.correlationData));
    m_expirySpinBox->setValue(p.messageExpirySeconds ? int(qMin<quint32>(*p.messageExpirySeconds, INT_MAX)) : 0);
    m_payloadFormatComboBox->setCurrentIndex(p.payloadIsUtf8 ? (*p.payloadIsUtf8 ? 2 : 1) : 0);
    updateQos2(); // a QoS 2 draft moves to QoS 1 where QoS 2 is not offered
}

MqttProperties PublishComposer::propertiesFromForm() const
{
    MqttProperties properties;
    if (!m_propertiesGroupBox->isChecked()) {
        return properties;
    }
    for (int row = 0; row < m_userPropertiesTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_userPropertiesTable->item(row, 0);
        const QTableWidgetItem* value = m_userPropertiesTable->item(row, 1);
        if (name && !name->text().isEmpty()) {
            properties.userProperties.append({name->text(), value ? value->text() : QString()});
        }
    }
    properties.contentType = m_contentTypeLineEdit->text();
    properties.responseTopic = m_responseTopicLineEdit->text();
    properties.correlationData = m_correlationLineEdit->text().toUtf8();
    if (m_expirySpinBox->value() > 0) {
        properties.messageExpirySeconds = quint32(m_expirySpinBox->value());
    }
    if (m_payloadFormatComboBox->currentIndex() > 0) {
        properties.payloadIsUtf8 = m_payloadFormatComboBox->currentIndex() == 2;
    }
    return properties;
}

void PublishComposer::validate()
{
    const QString topic = m_topicLineEdit->text();
    QStringList lines;
    bool blocking = false;
    if (!topic.isEmpty()) {
        if (auto valid = TopicFilter::validateTopicName(topic); !valid) {
            lines << tr("Cannot publish: %1").arg(valid.error().message); // in words, not only red
            blocking = true;
        } else {
            TopicLint::Context context;
            context.awsIot = m_awsIot;
            context.thingName = m_thingName;
            context.qos = m_qosComboBox->currentIndex();
            context.payloadBytes =
                m_filePayload.isNull() ? m_payloadTextEdit->toPlainText().toUtf8().size() : m_filePayload.size();
            for (const TopicLint::Warning& warning : TopicLint::check(topic, context)) {
                lines << tr("⚠ %1").arg(warning.message);
            }
        }
    }
    m_topicStatusLabel->setText(lines.join(QLatin1Char('\n')));
    m_topicStatusLabel->setVisible(!lines.isEmpty());
    m_topicStatusLabel->setStyleSheet(blocking ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #8a5a00;"));
    m_publishButton->setEnabled(!topic.isEmpty() && !blocking);
}

void PublishComposer::updatePayloadStatus()
{
    if (!m_filePayload.isNull()) {
        m_payloadStatusLabel->setText(
            tr("From file “%1”: %n byte(s)", nullptr, int(m_filePayload.size())).arg(m_fileName));
        validate();
        return;
    }
    const QByteArray payload = m_payloadTextEdit->toPlainText().toUtf8();
    const QByteArray trimmed = payload.trimmed();
    QString status = tr("%n byte(s)", nullptr, int(payload.size()));
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error{};
        QJsonDocument::fromJson(payload, &error);
        status += error.error == QJsonParseError::NoError
            ? tr(" · valid JSON")
            : tr(" · not valid JSON: %1 at offset %2 (it is sent as typed)").arg(error.errorString()).arg(error.offset);
    }
    m_payloadStatusLabel->setText(status);
    validate();
}

void PublishComposer::formatPayload(bool compact)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(m_payloadTextEdit->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        showResult(tr("Cannot format: not valid JSON (%1 at offset %2).").arg(error.errorString()).arg(error.offset),
                   false);
        return;
    }
    m_payloadTextEdit->setPlainText(
        QString::fromUtf8(document.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented)).trimmed());
}

bool PublishComposer::loadPayloadFile(const QString& path)
{
    auto data = FileIo::readFile(path, MAX_PAYLOAD_FILE);
    if (!data) {
        showResult(data.error().fullText(), false);
        return false;
    }
    m_fileName = QFileInfo(path).fileName();
    m_filePayload = *data;
    m_payloadTextEdit->blockSignals(true);
    m_payloadTextEdit->setPlainText(QString::fromUtf8(m_filePayload.left(4096)));
    m_payloadTextEdit->blockSignals(false);
    updatePayloadStatus();
    return true;
}

bool PublishComposer::publish()
{
    const Draft current = draft();
    if (auto valid = TopicFilter::validateTopicName(current.topic); !valid) {
        showResult(valid.error().message, false);
        return false;
    }
    stopRepeating();
    m_repeatRemaining = m_repeatSpinBox->value();
    m_stopButton->setEnabled(m_repeatRemaining > 1);
    addToHistory(current);
    publishOne();
    return true;
}

void PublishComposer::publishOne()
{
    if (m_repeatRemaining <= 0) {
        return;
    }
    const Draft current = draft();
    --m_repeatRemaining;
    if (m_https->isChosen()) {
        publishOverHttps(current); // a repeat goes on from onHttpsFinished(): one request at a time
        return;
    }
    m_ownPublishes.insert(
        m_session->publish(current.topic, current.payload, current.qos, current.retain, current.properties));
    if (m_repeatRemaining > 0) {
        m_repeatTimer.start(m_intervalSpinBox->value());
    } else {
        m_stopButton->setEnabled(false);
    }
}

void PublishComposer::publishOverHttps(const Draft& draft)
{
    Aws::IotPublishOptions options;
    options.qos = qMin(draft.qos, 1); // §1.2: qos 0 or 1
    options.retain = draft.retain;
    options.properties = draft.properties;
    m_http->setTarget(m_https->target());
    m_httpsPublishes.insert(m_http->publish(draft.topic, draft.payload, options));
}

void PublishComposer::onHttpsFinished(const Aws::IotHttpReply& reply)
{
    if (!m_httpsPublishes.remove(reply.id)) {
        return;
    }
    if (!reply.succeeded()) {
        stopRepeating(); // a denial or an unreachable endpoint refuses the next ones too
        showResult(reply.describe(), false);
        return;
    }
    // §1.2: {"message":"OK","traceId":"<id>"}; the traceId equals x-amzn-RequestId.
    QString traceId = QJsonDocument::fromJson(reply.response.body).object().value(QStringLiteral("traceId")).toString();
    if (traceId.isEmpty()) {
        traceId = reply.requestId.isEmpty() ? tr("none") : reply.requestId;
    }
    showResult(tr("Published over HTTPS at %1 (HTTP %2, trace id %3).")
                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")))
                   .arg(reply.status)
                   .arg(traceId),
               true);
    if (m_repeatRemaining > 0 && m_httpsPublishes.isEmpty()) {
        m_repeatTimer.start(m_intervalSpinBox->value());
    } else if (m_repeatRemaining <= 0) {
        m_stopButton->setEnabled(false);
    }
}

void PublishComposer::stopRepeating()
{
    m_repeatTimer.stop();
    m_repeatRemaining = 0;
    m_stopButton->setEnabled(false);
}

void PublishComposer::onPublished(quint64 id)
{
    if (m_ownPublishes.remove(id)) {
        showResult(tr("Published at %1 (%2).")
                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                            m_qosComboBox->currentIndex() == 0 ? tr("sent") : tr("acknowledged by the broker")),
                   true);
    }
}

void PublishComposer::showPublishRefusal(const QString& text)
{
    stopRepeating();
    showResult(text, false);
}

void PublishComposer::onPublishFailed(quint64 id, const QString& message)
{
    if (m_ownPublishes.remove(id)) {
        stopRepeating();
        showResult(message, false);
    }
}

void PublishComposer::showResult(const QString& text, bool ok)
{
    if (text == m_resultLabel->text()) {
        // The same outcome again (a repeated failure) is news too; setText() would report nothing.
        QAccessibleEvent again(m_resultLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&again);
    }
    m_resultLabel->setText(text);
    m_resultLabel->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    Q_EMIT resultShown(text, ok);
}

bool PublishComposer::clearRetained()
{
    const QString topic = m_topicLineEdit->text();
    if (!TopicFilter::validateTopicName(topic)) {
        showResult(tr("Enter the topic whose retained message should be cleared."), false);
        return false;
    }
    if (!DialogSeams::confirm(this, tr("Clear retained message"),
                              tr("Clear the retained message of “%1”? The broker forgets it; new subscribers get "
                                 "nothing until a new retained message is published.")
                                  .arg(topic))) {
        return false;
    }
    m_ownPublishes.insert(m_session->publish(topic, QByteArray(), 1, true));
    return true;
}

void PublishComposer::addToHistory(const Draft& draft)
{
    m_history.prepend(draft);
    if (m_history.size() > HISTORY_LIMIT) {
        m_history.removeLast();
    }
    showHistory();
}

void PublishComposer::setHistory(const QList<Draft>& history)
{
    m_history = history.mid(0, HISTORY_LIMIT);
    showHistory();
}

void PublishComposer::setTemplates(const QList<Draft>& templates)
{
    m_templatesFile.clear();
    m_templatesProblem.clear();
    m_templates = templates;
    showTemplates();
}

void PublishComposer::showHistory()
{
    m_historyList->clear();
    for (const Draft& entry : std::as_const(m_history)) {
        m_historyList->addItem(QStringLiteral("%1 · %2").arg(entry.topic, QString::fromUtf8(entry.payload.left(60))));
    }
}

void PublishComposer::setTemplatesFile(const QString& path)
{
    m_templatesFile = path;
    loadTemplates();
}

void PublishComposer::loadTemplates()
{
    m_templates.clear();
    m_templatesProblem.clear();
    FileIo::JsonDocumentSpec spec;
    spec.description = tr("templates file");
    spec.schemaVersion = TEMPLATES_SCHEMA_VERSION;
    spec.maxBytes = MAX_TEMPLATES_FILE;
    spec.check = &templatesProblem;
    // A small file (capped), read once when the file is chosen.
    const FileIo::JsonDocument loaded = FileIo::loadJsonDocument(m_templatesFile, spec);
    switch (loaded.status) {
    case FileIo::JsonDocument::Status::Missing:
        break;
    case FileIo::JsonDocument::Status::Loaded:
        for (const QJsonValue& value : loaded.root.value(QStringLiteral("templates")).toArray()) {
            m_templates.append(fromJson(value.toObject()));
        }
        break;
    case FileIo::JsonDocument::Status::SetAside:
        // The old file is kept under its new name; the next save starts a fresh file.
        showResult(loaded.problem.fullText(), false);
        break;
    case FileIo::JsonDocument::Status::Blocked:
        // It could not be moved: saving would overwrite it, so templates stay unsaved until the user acts.
        m_templatesProblem = loaded.problem.fullText();
        showResult(m_templatesProblem, false);
        break;
    }
    showTemplates();
}

void PublishComposer::showTemplates()
{
    m_templateComboBox->clear();
    m_templateComboBox->addItem(tr("Templates…"));
    for (const Draft& entry : std::as_const(m_templates)) {
        m_templateComboBox->addItem(entry.name);
    }
}

void PublishComposer::saveTemplate(const QString& name)
{
    Draft entry = draft();
    entry.name = name;
    const auto same =
        std::find_if(m_templates.begin(), m_templates.end(), [&name](const Draft& t) { return t.name == name; });
    if (same != m_templates.end()) {
        *same = entry;
    } else {
        m_templates.append(entry);
    }
    if (m_templatesFile.isEmpty()) {
        showTemplates(); // kept by the workspace
        return;
    }
    writeTemplates();
    loadTemplates();
}

void PublishComposer::writeTemplates()
{
    if (!m_templatesProblem.isEmpty()) {
        showResult(tr("The template was not saved. %1").arg(m_templatesProblem), false);
        return;
    }
    QJsonArray array;
    for (const Draft& entry : std::as_const(m_templates)) {
        array.append(toJson(entry));
    }
    QJsonObject root;
    root.insert(QStringLiteral("schemaVersion"), TEMPLATES_SCHEMA_VERSION);
    root.insert(QStringLiteral("templates"), array);
    if (auto written = FileIo::writeFileAtomically(m_templatesFile, QJsonDocument(root).toJson()); !written) {
        showResult(written.error().fullText(), false);
    }
}
