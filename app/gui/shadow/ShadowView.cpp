// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShadowView.h"
#include "ui_ShadowView.h"

#include "RecentShadows.h"
#include "aws/IotHttpClient.h"
#include "mqtt/MqttSession.h"
#include "shadow/ShadowDiff.h"
#include "shadow/ShadowService.h"
#include "shadow/ShadowTopic.h"
#include "shadow/ShadowTreeModel.h"
#include "support/DialogSeams.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;
using Status = ShadowKeyComparison::Status;

namespace {

constexpr int AGE_REFRESH_MS = 15000;

/// Colours of the document tree. They repeat what the status column says in words (and bold repeats "just
/// changed"), so nothing depends on seeing colour.
class ShadowStatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ShadowTreeModel::JustChangedRole).toBool()) {
            option->font.setBold(true);
        }
        if (index.column() == ShadowTreeModel::DeltaColumn && index.data(ShadowTreeModel::InDeltaRole).toBool()) {
            option->backgroundBrush = QColor(0xff, 0xe0, 0xb2);
            return;
        }
        switch (Status(index.data(ShadowTreeModel::StatusRole).toInt())) {
        case Status::Different:
            option->backgroundBrush = QColor(0xfd, 0xe2, 0xe1);
            break;
        case Status::OnlyDesired:
            option->backgroundBrush = QColor(0xe3, 0xef, 0xfd);
            break;
        case Status::OnlyReported:
            option->backgroundBrush = QColor(0xff, 0xf6, 0xd6);
            break;
        case Status::Equal:
            break;
        }
    }
};

QString operationText(ShadowOperation operation)
{
    switch (operation) {
    case ShadowOperation::Get:
        return ShadowView::tr("get");
    case ShadowOperation::Update:
        return ShadowView::tr("update");
    case ShadowOperation::Delete:
        return ShadowView::tr("delete");
    }
    return {};
}

QString changeText(ShadowVersionChange::Status status)
{
    switch (status) {
    case ShadowVersionChange::Status::Added:
        return ShadowView::tr("+ Added");
    case ShadowVersionChange::Status::Removed:
        return ShadowView::tr("− Removed");
    case ShadowVersionChange::Status::Changed:
        return ShadowView::tr("≠ Changed");
    case ShadowVersionChange::Status::Unchanged:
        return ShadowView::tr("= Unchanged");
    }
    return {};
}

/// `{"a":{"b":null}}` for the path a, b.
QJsonObject nullAt(const QStringList& path)
{
    QJsonValue value = QJsonValue::Null;
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        QJsonObject level;
        level.insert(path.at(i), value);
        value = level;
    }
    return value.toObject();
}

} // namespace

ShadowView::ShadowView(MqttSession* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ShadowView>())
    , m_session(session)
    , m_client(new ShadowClient(session, this))
    , m_model(new ShadowTreeModel(this))
    , m_recents(new RecentShadows(RecentShadows::defaultPath(), this))
    , m_http(new Aws::IotHttpClient(this))
{
    m_ui->setupUi(this);
    setObjectName(u"shadowView"_s);
    m_ui->thingComboBox->lineEdit()->setPlaceholderText(tr("thing name"));
    m_ui->thingComboBox->lineEdit()->setAccessibleName(m_ui->thingComboBox->accessibleName());
    m_ui->shadowComboBox->lineEdit()->setPlaceholderText(tr("(classic shadow)"));
    m_ui->shadowComboBox->lineEdit()->setAccessibleName(m_ui->shadowComboBox->accessibleName());
    m_ui->shadowComboBox->addItem(QString()); // the classic shadow
    m_ui->diffTreeWidget->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->diffTreeWidget->setColumnWidth(0, 220);
    m_ui->diffTreeWidget->setColumnWidth(1, 120);
    m_ui->diffTreeWidget->setColumnWidth(2, 220);
    m_ui->fromComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->toComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->splitter->setStretchFactor(0, 3); // the document gets most of the height
    m_ui->splitter->setStretchFactor(1, 2);
    setupTree();
    setupConnections();
    updateRestChoices();
    m_ageTimer.setInterval(AGE_REFRESH_MS);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        m_model->refreshAges();
        updateSummary();
    });
    m_ageTimer.start();
    connect(m_recents, &RecentShadows::loaded, this, [this](const QString& problem) {
        refillThings();
        noteShadowNames({});
        if (!problem.isEmpty()) {
            m_ui->banner->showMessage(problem, MessageBanner::Kind::Warning);
        }
    });
    m_recents->load();
    validateEditor();
    updateSummary();
    updateHistoryChoices();
}

ShadowView::~ShadowView() = default;

void ShadowView::setupTree()
{
    QTreeView* tree = m_ui->documentTreeView;
    tree->setModel(m_model);
    tree->setItemDelegate(new ShadowStatusDelegate(tree));
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(true);
    const int widths[] = {200, 200, 170, 170, 150};
    for (int column = 0; column < int(std::size(widths)); ++column) {
        tree->setColumnWidth(column, widths[column]);
    }
}

void ShadowView::setupConnections()
{
    connect(m_ui->getButton, &QPushButton::clicked, this, &ShadowView::get);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ShadowView::deleteShadow);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ShadowView::sendUpdate);
    connect(m_ui->actAsDeviceButton, &QPushButton::clicked, this, &ShadowView::actAsDevice);
    connect(m_ui->followCheckBox, &QCheckBox::toggled, this, &ShadowView::onFollowToggled);
    connect(m_ui->editorPlainTextEdit, &QPlainTextEdit::textChanged, this, &ShadowView::validateEditor);
    connect(m_ui->thingComboBox->lineEdit(), &QLineEdit::returnPressed, this, &ShadowView::get);
    connect(m_ui->shadowComboBox->lineEdit(), &QLineEdit::returnPressed, this, &ShadowView::get);
    connect(m_ui->thingComboBox, &QComboBox::currentTextChanged, this, [this] { noteShadowNames({}); });
    connect(m_ui->fromComboBox, &QComboBox::currentIndexChanged, this, &ShadowView::showVersionDiff);
    connect(m_ui->toComboBox, &QComboBox::currentIndexChanged, this, &ShadowView::showVersionDiff);
    connect(m_ui->onlyChangesCheckBox, &QCheckBox::toggled, this, &ShadowView::showVersionDiff);
    connect(m_ui->documentTreeView, &QWidget::customContextMenuRequested, this, &ShadowView::showContextMenu);
    connect(m_client, &ShadowClient::requestSent, this, &ShadowView::onRequestSent);
    connect(m_client, &ShadowClient::replied, this, &ShadowView::onReplied);
    connect(m_client, &ShadowClient::documentsReceived, this, &ShadowView::onDocuments);
    connect(m_client, &ShadowClient::deltaReceived, this, &ShadowView::onDelta);
    connect(m_session, &MqttSession::messagesReceived, this, &ShadowView::noteShadowNames);
    connect(m_ui->restCheckBox, &QCheckBox::toggled, this, &ShadowView::updateRestChoices);
    connect(m_ui->listShadowsButton, &QPushButton::clicked, this, &ShadowView::listNamedShadows);
    connect(m_http, &Aws::IotHttpClient::finished, this, &ShadowView::onRestFinished);
    connect(m_ui->banner, &MessageBanner::actionTriggered, this, [this] {
        const BannerAction action = std::exchange(m_bannerAction, BannerAction::None);
        if (action == BannerAction::RetryOnVersion) {
            m_ui->expectedVersionCheckBox->setChecked(true);
            sendState(std::exchange(m_conflictedState, {}), m_model->document().version());
        } else if (action == BannerAction::StartLocalService) {
            startLocalService();
        }
    });
}

void ShadowView::setConnection(const ConnectionOptions& options, bool awsIot)
{
    m_options = options;
    m_awsIot = awsIot;
}

void ShadowView::setThingName(const QString& thing)
{
    if (thing.isEmpty()) {
        return;
    }
    m_connectionThing = thing;
    refillThings();
    if (m_ui->thingComboBox->currentText().isEmpty()) {
        m_ui->thingComboBox->setCurrentText(thing);
    }
}

ShadowKey ShadowView::chosenKey() const
{
    return {m_ui->thingComboBox->currentText().trimmed(), m_ui->shadowComboBox->currentText().trimmed()};
}

ShadowSettings ShadowView::workspaceSettings() const
{
    ShadowSettings settings;
    settings.thing = m_ui->thingComboBox->currentText().trimmed();
    settings.shadow = m_ui->shadowComboBox->currentText().trimmed();
    for (const QString& thing : m_recents->things()) {
        settings.recent.append({thing, m_recents->shadows(thing)});
    }
    return settings;
}

void ShadowView::applyWorkspaceSettings(const ShadowSettings& settings)
{
    // Oldest first, so the workspace's most recent thing ends up first.
    for (auto entry = settings.recent.crbegin(); entry != settings.recent.crend(); ++entry) {
        for (auto shadow = entry->shadows.crbegin(); shadow != entry->shadows.crend(); ++shadow) {
            m_recents->remember({entry->thing, *shadow});
        }
        m_recents->remember({entry->thing, QString()});
    }
    refillThings();
    m_ui->thingComboBox->setCurrentText(settings.thing);
    noteShadowNames({});
    m_ui->shadowComboBox->setCurrentText(settings.shadow);
}

bool ShadowView::isLocalServiceRunning() const
{
    return m_service && m_service->isRunning();
}

bool ShadowView::checkCanSend()
{
    const ShadowKey key = chosenKey();
    QString problem;
    if (!ShadowTopic::isValidThingName(key.thing)) {
        problem = key.thing.isEmpty() ? tr("Enter the thing whose shadow you want to see.")
                                      : tr("“%1” is not a valid thing name: use 1 to 128 letters, digits, ':', '_' "
                                           "or '-'.")
                                            .arg(key.thing);
    } else if (!key.isClassic() && !ShadowTopic::isValidShadowName(key.shadow)) {
        problem = tr("“%1” is not a valid shadow name: use 1 to 64 letters, digits, ':', '_' or '-', or leave it "
                     "empty for the classic shadow.")
                      .arg(key.shadow);
    } else if (m_ui->restCheckBox->isChecked() && !m_httpsTarget) {
        problem = tr("Over REST needs the connection's client certificate and key: set them in the connection "
                     "settings, or uncheck “Over REST” to use MQTT.");
    } else if (!isOverRest() && m_session->state() != SessionState::Connected) {
        problem = tr("Not connected: connect to AWS IoT or a broker first (File → Connect), then try again.");
    }
    if (!problem.isEmpty()) {
        m_bannerAction = BannerAction::None;
        m_ui->banner->showMessage(problem, MessageBanner::Kind::Warning);
        return false;
    }
    showKey(key);
    return true;
}

void ShadowView::showKey(const ShadowKey& key)
{
    rememberKey(key);
    if (key == m_key) {
        return;
    }
    if (!m_key.thing.isEmpty()) {
        m_client->unfollow(m_key);
    }
    m_key = key;
    m_model->clear();
    m_history.clear();
    m_conflictedState.clear();
    if (m_ui->followCheckBox->isChecked()) {
        m_client->follow(key);
    }
    updateSummary();
    updateHistoryChoices();
}

void ShadowView::get()
{
    if (checkCanSend()) {
        send(ShadowOperation::Get);
    }
}

void ShadowView::sendUpdate()
{
    const QByteArray object = m_ui->editorPlainTextEdit->toPlainText().trimmed().toUtf8();
    const QJsonDocument parsed = QJsonDocument::fromJson(object);
    if (!parsed.isObject() || !checkCanSend()) {
        return;
    }
    const bool desired = m_ui->sectionComboBox->currentIndex() == 0;
    const QByteArray state = (desired ? "{\"desired\":" : "{\"reported\":") + object + '}';
    std::optional<qint64> version;
    if (m_ui->expectedVersionCheckBox->isChecked() && m_model->document().exists()) {
        version = m_model->document().version();
    }
    sendState(state, version);
}

void ShadowView::actAsDevice()
{
    if (!checkCanSend()) {
        return;
    }
    const QByteArray desired = m_model->document().desired();
    if (desired.isEmpty()) {
        m_bannerAction = BannerAction::None;
        m_ui->banner->showMessage(tr("Nothing to report: the shadow shown has no desired state. Get the shadow, or "
                                     "set desired values first."),
                                  MessageBanner::Kind::Information);
        return;
    }
    sendState("{\"reported\":" + desired + '}', std::nullopt);
}

void ShadowView::deleteShadow()
{
    const ShadowKey key = chosenKey();
    if (!checkCanSend()) {
        return;
    }
    const QString which = key.isClassic() ? tr("the classic shadow") : tr("the shadow “%1”").arg(key.shadow);
    if (DialogSeams::confirm(this, tr("Delete shadow"),
                             tr("Delete %1 of “%2”? Its desired and reported state are lost; its version number "
                                "continues after the delete.")
                                 .arg(which, key.thing))) {
        send(ShadowOperation::Delete);
    }
}

void ShadowView::setKeyToNull(const QString& section, const QStringList& path)
{
    if (path.isEmpty() || !checkCanSend()) {
        return;
    }
    QJsonObject state;
    state.insert(section, nullAt(path));
    sendState(QJsonDocument(state).toJson(QJsonDocument::Compact), std::nullopt);
}

void ShadowView::send(ShadowOperation operation)
{
    if (isOverRest()) {
        sendOverRest(operation);
        return;
    }
    const quint64 id = operation == ShadowOperation::Get ? m_client->get(m_key) : m_client->remove(m_key);
    m_requests.insert(id, operation);
}

void ShadowView::sendState(const QByteArray& state, std::optional<qint64> expectedVersion)
{
    QByteArray document = "{\"state\":" + state;
    if (expectedVersion) {
        document += ",\"version\":" + QByteArray::number(*expectedVersion);
    }
    document += '}';
    if (isOverRest()) {
        sendOverRest(ShadowOperation::Update, document, state);
        return;
    }
    const quint64 id = m_client->update(m_key, document);
    m_requests.insert(id, ShadowOperation::Update);
    m_updateStates.insert(id, state);
}

void ShadowView::onRequestSent(quint64 id, const QString& topic, const QByteArray& payload)
{
    if (m_requests.contains(id)) {
        log(tr("sent"), topic, payload);
    }
}

void ShadowView::onReplied(const ShadowReply& reply)
{
    if (!m_requests.contains(reply.id)) {
        return; // another part of the app asked
    }
    m_requests.remove(reply.id);
    const QByteArray state = m_updateStates.take(reply.id);
    if (reply.status == ShadowReply::Status::Failed) {
        log(tr("no answer"), ShadowTopic::topic(reply.key, reply.operation, ShadowTopic::Kind::Request),
            reply.message.toUtf8());
        onFailed(reply);
        return;
    }
    log(tr("received"), responseTopic(reply), reply.payload);
    applyReply(reply, state);
}

void ShadowView::applyReply(const ShadowReply& reply, const QByteArray& updateState)
{
    if (reply.key != m_key) {
        return; // an answer about a shadow no longer shown
    }
    if (reply.status == ShadowReply::Status::Accepted) {
        onAccepted(reply);
    } else {
        if (reply.code == 409 && reply.operation == ShadowOperation::Update) {
            m_conflictedState = updateState;
        }
        onRejected(reply);
    }
}

void ShadowView::onAccepted(const ShadowReply& reply)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (reply.operation) {
    case ShadowOperation::Get:
        if (const Result<ShadowDocument> document = ShadowDocument::fromJson(reply.payload)) {
            m_history.add(*document, ShadowHistory::Source::Get, now);
            showDocument(*document);
        }
        if (!m_conflictedState.isEmpty()) {
            m_bannerAction = BannerAction::RetryOnVersion;
            m_ui->banner->showMessage(
                tr("Version conflict (409): the shadow changed after the version your update expected. It is at "
                   "version %1 now, shown below. Check it, then retry your update on this version.")
                    .arg(m_model->document().version()),
                MessageBanner::Kind::Warning, tr("&Retry on version %1").arg(m_model->document().version()));
        } else if (m_bannerAction == BannerAction::None) {
            m_ui->banner->dismiss();
        }
        break;
    case ShadowOperation::Update:
        m_ui->banner->dismiss();
        // Not following live: fetch the merged document. Over REST too: the accepted answer holds only what was
        // sent, and the /documents message may come before the live subscription of a new shadow is in place.
        if (!m_client->isFollowing(m_key) || !m_ui->followCheckBox->isChecked() || isOverRest()) {
            send(ShadowOperation::Get);
        }
        break;
    case ShadowOperation::Delete:
        m_model->clear();
        updateSummary();
        m_bannerAction = BannerAction::None;
        m_ui->banner->showMessage(
            tr("The shadow was deleted (version %1). An update creates it again.").arg(reply.version),
            MessageBanner::Kind::Information);
        break;
    }
}

void ShadowView::onRejected(const ShadowReply& reply, const QString& text)
{
    if (reply.code == 409 && !m_conflictedState.isEmpty()) {
        send(ShadowOperation::Get); // the banner offers the retry once the current version is known
        return;
    }
    if (reply.code == 404 && reply.operation == ShadowOperation::Get) {
        m_model->clear();
        updateSummary();
    }
    m_bannerAction = BannerAction::None;
    m_ui->banner->showMessage(!text.isEmpty() ? text
                                              : tr("The shadow service rejected the %1 (code %2): %3 %4")
                                                    .arg(operationText(reply.operation))
                                                    .arg(reply.code)
                                                    .arg(reply.message, adviceFor(reply.code)),
                              reply.code == 404 ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
}

void ShadowView::onFailed(const ShadowReply& reply)
{
    const bool offerService = !m_awsIot && !isLocalServiceRunning();
    m_bannerAction = offerService ? BannerAction::StartLocalService : BannerAction::None;
    QString text = reply.message;
    if (offerService) {
        text += u' ' +
            tr("This broker is not AWS IoT: if nothing serves shadows on it, start ThingBench's local "
               "shadow service here, then get the shadow again.");
    }
    m_ui->banner->showMessage(text, MessageBanner::Kind::Error,
                              offerService ? tr("&Start local shadow service") : QString());
}

QString ShadowView::adviceFor(int code) const
{
    switch (code) {
    case 400:
        return tr("Fix the request: the state must be a JSON object, at most 6 levels deep.");
    case 401:
        return tr("The connection is not authorized: check the certificate and the policy attached to it.");
    case 403:
        return tr("The policy does not allow this shadow: allow iot:Publish and iot:Receive on its topics.");
    case 404:
        return tr("Send an update to create the shadow.");
    case 409:
        return tr("Get the shadow and send the update again on its current version.");
    case 413:
        return tr("Make the state smaller: a shadow holds at most 8 KB of desired and reported state.");
    case 429:
        return tr("Too many requests: wait a moment and retry.");
    default:
        return code >= 500 ? tr("The service failed: retry shortly.") : QString();
    }
}

QString ShadowView::responseTopic(const ShadowReply& reply) const
{
    return ShadowTopic::topic(reply.key, reply.operation,
                              reply.status == ShadowReply::Status::Accepted ? ShadowTopic::Kind::Accepted
                                                                            : ShadowTopic::Kind::Rejected);
}

void ShadowView::onDocuments(const ShadowKey& key, const QByteArray& payload)
{
    if (key != m_key) {
        return;
    }
    log(tr("received"), ShadowTopic::topic(key, ShadowOperation::Update, ShadowTopic::Kind::Documents), payload);
    // The history keeps every version seen; the tree moves on only while following live (unchecked, it stays on
    // what the user is reading).
    const qint64 shownVersion = m_model->document().exists() ? m_model->document().version() : -1;
    if (m_history.addDocumentsMessage(payload, QDateTime::currentMSecsSinceEpoch()) > 0 &&
        m_ui->followCheckBox->isChecked() && m_history.latest().version() > shownVersion) {
        showDocument(m_history.latest().document);
    } else {
        updateHistoryChoices();
    }
}

void ShadowView::onDelta(const ShadowKey& key, const QByteArray& payload)
{
    if (key == m_key) {
        log(tr("received"), ShadowTopic::topic(key, ShadowOperation::Update, ShadowTopic::Kind::Delta), payload);
    }
}

void ShadowView::onFollowToggled(bool follow)
{
    if (m_key.thing.isEmpty()) {
        return;
    }
    if (follow) {
        m_client->follow(m_key);
    } else {
        m_client->unfollow(m_key);
    }
}

void ShadowView::showDocument(const ShadowDocument& document)
{
    m_model->setDocument(document);
    m_ui->documentTreeView->expandAll();
    updateSummary();
    updateHistoryChoices();
}

void ShadowView::updateSummary()
{
    const ShadowDocument& document = m_model->document();
    QString text;
    if (m_key.thing.isEmpty()) {
        text = tr("Choose a thing and a shadow, then Get.");
    } else if (!document.exists()) {
        text = tr("%1: no document shown. Get the shadow, or send an update to create it.")
                   .arg(m_key.isClassic() ? tr("Classic shadow of “%1”").arg(m_key.thing)
                                          : tr("Shadow “%1” of “%2”").arg(m_key.shadow, m_key.thing));
    } else {
        const qint64 newest = m_model->newestTimestamp();
        const QString updated = newest > 0
            ? tr("last update %1 (%2)")
                  .arg(ShadowTreeModel::ageText(qMax<qint64>(0, m_model->now() - newest)),
                       QDateTime::fromSecsSinceEpoch(newest).toString(u"yyyy-MM-dd HH:mm:ss"_s))
            : tr("no update time");
        const QString delta = document.delta().isEmpty() ? tr("no delta: reported matches desired")
                                                         : tr("delta pending: reported differs from desired");
        text = tr("Version %1 · %2 · %3").arg(document.version()).arg(updated, delta);
        if (const int changed = m_model->justChangedCount(); changed > 0) {
            text += tr(" · %n key(s) just changed", nullptr, changed);
        }
    }
    m_ui->summaryLabel->setText(text);
}

void ShadowView::updateHistoryChoices()
{
    const auto fill = [this](QComboBox* combo, qsizetype preferred) {
        const QSignalBlocker blocker(combo);
        const QVariant kept = combo->currentData();
        combo->clear();
        for (qsizetype i = m_history.size() - 1; i >= 0; --i) { // newest first
            const ShadowHistory::Entry& entry = m_history.at(i);
            combo->addItem(tr("v%1 · %2")
                               .arg(entry.version())
                               .arg(QDateTime::fromMSecsSinceEpoch(entry.seenAtMs).toString(u"HH:mm:ss"_s)),
                           entry.version());
        }
        const int index = kept.isValid() ? combo->findData(kept) : -1;
        // The kept version, else the preferred position (clamped to the list; -1 when the list is empty).
        combo->setCurrentIndex(index >= 0 ? index : int(qMin(preferred, qsizetype(combo->count() - 1))));
    };
    const bool following = m_ui->toComboBox->currentIndex() <= 0; // "to" on the newest: keep following it
    fill(m_ui->fromComboBox, 1);
    fill(m_ui->toComboBox, 0);
    if (following) {
        m_ui->toComboBox->setCurrentIndex(0);
        m_ui->fromComboBox->setCurrentIndex(qMin(1, m_ui->fromComboBox->count() - 1));
    }
    m_ui->historyCountLabel->setText(tr("%n version(s) kept", nullptr, int(m_history.size())) +
                                     (m_history.forgottenCount() > 0
                                          ? tr(" (%n older forgotten)", nullptr, int(m_history.forgottenCount()))
                                          : QString()));
    showVersionDiff();
}

void ShadowView::showVersionDiff()
{
    QTreeWidget* tree = m_ui->diffTreeWidget;
    tree->clear();
    const qsizetype from = m_history.indexOf(m_ui->fromComboBox->currentData().toLongLong());
    const qsizetype to = m_history.indexOf(m_ui->toComboBox->currentData().toLongLong());
    if (from < 0 || to < 0) {
        return;
    }
    const QList<ShadowVersionChange> changes = Shadow::compareVersions(
        m_history.at(from).document, m_history.at(to).document, m_ui->onlyChangesCheckBox->isChecked());
    QHash<QString, QTreeWidgetItem*> sections;
    QList<QTreeWidgetItem*> open;
    for (const ShadowVersionChange& change : changes) {
        QTreeWidgetItem*& section = sections[change.section];
        if (!section) {
            section = new QTreeWidgetItem(tree, {change.section == u"desired"_s ? tr("desired") : tr("reported")});
            section->setFirstColumnSpanned(true);
        }
        open.resize(change.depth());
        QTreeWidgetItem* parent = open.isEmpty() ? section : open.constLast();
        auto* item = new QTreeWidgetItem(parent,
                                         {change.path.constLast(), changeText(change.status),
                                          change.before.isEmpty() ? tr("—") : QString::fromUtf8(change.before),
                                          change.after.isEmpty() ? tr("—") : QString::fromUtf8(change.after)});
        item->setData(0, Qt::UserRole, int(change.status));
        open.append(item);
    }
    if (changes.isEmpty()) {
        new QTreeWidgetItem(tree, {from == to ? tr("The same version on both sides") : tr("No changes")});
    }
    tree->expandAll();
}

void ShadowView::validateEditor()
{
    const QByteArray text = m_ui->editorPlainTextEdit->toPlainText().trimmed().toUtf8();
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    QString verdict;
    if (text.isEmpty()) {
        verdict = tr("Type the keys to change as a JSON object, e.g. {\"color\": \"green\"}; null deletes a key.");
    } else if (error.error != QJsonParseError::NoError) {
        verdict = tr("Not valid JSON: %1 at character %2. Fix it to send.").arg(error.errorString()).arg(error.offset);
    } else if (!parsed.isObject()) {
        verdict = tr("Give a JSON object ({…}): a section of a shadow is an object of keys.");
    } else {
        verdict = tr("Valid JSON object with %n key(s).", nullptr, int(parsed.object().size()));
    }
    m_ui->validationLabel->setText(verdict);
    m_ui->sendButton->setEnabled(parsed.isObject());
}

void ShadowView::log(const QString& direction, const QString& topic, const QByteArray& payload)
{
    m_ui->logPlainTextEdit->appendPlainText(u"%1  %2  %3\n%4\n"_s.arg(
        QDateTime::currentDateTime().toString(u"HH:mm:ss.zzz"_s), direction, topic, QString::fromUtf8(payload)));
}

void ShadowView::rememberKey(const ShadowKey& key)
{
    m_recents->remember(key);
    refillThings();
    noteShadowNames({});
}

void ShadowView::refillThings()
{
    // Recent things first (remembered across runs), then the connection's thing when it is not among them.
    QComboBox* things = m_ui->thingComboBox;
    const QString typed = things->currentText();
    QStringList items = m_recents->things();
    if (!m_connectionThing.isEmpty() && !items.contains(m_connectionThing)) {
        items.append(m_connectionThing);
    }
    const QSignalBlocker blocker(things);
    things->clear();
    things->addItems(items);
    things->setCurrentText(typed);
}

void ShadowView::noteShadowNames(const QList<MqttMessage>& messages)
{
    // Named shadows of any thing, seen in traffic on this connection (e.g. a pane on $aws/things/+/shadow/#).
    bool added = false;
    for (const MqttMessage& message : messages) {
        if (!message.topic.startsWith(u"$aws/things/"_s)) {
            continue; // the cheap test first: this runs for every message of a flood
        }
        if (const std::optional<ShadowTopic> topic = ShadowTopic::parse(message.topic);
            topic && !topic->key.isClassic()) {
            QStringList& names = m_shadowNames[topic->key.thing];
            if (!names.contains(topic->key.shadow)) {
                names.append(topic->key.shadow);
                added = true;
            }
        }
    }
    if (!added && !messages.isEmpty()) {
        return;
    }
    // The thing's names in the list, the classic shadow (empty) first; what is typed stays.
    QComboBox* shadows = m_ui->shadowComboBox;
    const QString typed = shadows->currentText();
    const QSignalBlocker blocker(shadows);
    shadows->clear();
    shadows->addItem(QString());
    const QString thing = m_ui->thingComboBox->currentText().trimmed();
    QStringList names = m_recents->shadows(thing); // used before (remembered across runs), then seen on the wire
    for (const QString& seen : m_shadowNames.value(thing)) {
        if (!names.contains(seen)) {
            names.append(seen);
        }
    }
    shadows->addItems(names);
    shadows->setCurrentText(typed);
}

void ShadowView::showContextMenu(const QPoint& position)
{
    QModelIndex index = m_ui->documentTreeView->indexAt(position);
    if (!index.isValid()) {
        index = m_ui->documentTreeView->currentIndex(); // opened from the keyboard
    }
    if (!index.isValid()) {
        return;
    }
    const QStringList path = index.data(ShadowTreeModel::PathRole).toStringList();
    const QString shown = path.join(u'.');
    // Array elements cannot be deleted one by one: AWS replaces an array whole.
    const bool inArray =
        std::any_of(path.cbegin(), path.cend(), [](const QString& key) { return key.startsWith(u'['); });
    const QModelIndex desired = index.siblingAtColumn(ShadowTreeModel::DesiredColumn);
    const QModelIndex reported = index.siblingAtColumn(ShadowTreeModel::ReportedColumn);
    QMenu menu(this);
    QAction* nullDesired = menu.addAction(tr("Set desired “%1” to null (delete it)").arg(shown), this,
                                          [this, path] { setKeyToNull(u"desired"_s, path); });
    nullDesired->setEnabled(!inArray && !desired.data(ShadowTreeModel::ValueRole).toByteArray().isEmpty());
    QAction* nullReported = menu.addAction(tr("Set reported “%1” to null (delete it)").arg(shown), this,
                                           [this, path] { setKeyToNull(u"reported"_s, path); });
    nullReported->setEnabled(!inArray && !reported.data(ShadowTreeModel::ValueRole).toByteArray().isEmpty());
    menu.addSeparator();
    for (const QModelIndex& value : {desired, reported}) {
        const QByteArray json = value.data(ShadowTreeModel::ValueRole).toByteArray();
        QAction* copy = menu.addAction(value.column() == ShadowTreeModel::DesiredColumn ? tr("Copy desired value")
                                                                                        : tr("Copy reported value"),
                                       this, [json] { QApplication::clipboard()->setText(QString::fromUtf8(json)); });
        copy->setEnabled(!json.isEmpty());
    }
    menu.exec(m_ui->documentTreeView->viewport()->mapToGlobal(position));
}

void ShadowView::startLocalService()
{
    if (isLocalServiceRunning()) {
        return;
    }
    // Its own connection to the same broker, as a service of its own would have: the viewer's requests and the
    // service's answers never share a client.
    ConnectionOptions options = m_options;
    options.clientId =
        u"thingbench-shadow-service-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    options.cleanStart = true;
    m_serviceSession = std::make_unique<MqttSession>();
    m_service = std::make_unique<ShadowService>(m_serviceSession.get());
    connect(m_service.get(), &ShadowService::ready, this, [this] {
        m_bannerAction = BannerAction::None;
        m_ui->banner->showMessage(tr("The local shadow service now answers shadow requests on this broker, as AWS IoT "
                                     "would (state kept in memory while ThingBench runs)."),
                                  MessageBanner::Kind::Information);
        get();
    });
    connect(m_serviceSession.get(), &MqttSession::errorOccurred, this, [this](SessionError, const QString& message) {
        m_bannerAction = BannerAction::None;
        m_ui->banner->showMessage(tr("The local shadow service cannot connect: %1").arg(message));
    });
    m_service->start();
    if (!m_serviceSession->connectToBroker(options)) {
        m_ui->banner->showMessage(
            tr("The local shadow service cannot connect: %1").arg(m_serviceSession->lastErrorString()));
    }
}

void ShadowView::setHttpsTarget(const std::optional<Aws::HttpsTarget>& target)
{
    m_httpsTarget = target;
    updateRestChoices();
}

bool ShadowView::isOverRest() const
{
    return m_httpsTarget && m_ui->restCheckBox->isChecked();
}

void ShadowView::updateRestChoices()
{
    const bool available = m_httpsTarget.has_value();
    m_ui->restCheckBox->setEnabled(available);
    m_ui->listShadowsButton->setEnabled(available);
    const QString endpoint = available ? u"%1:%2"_s.arg(m_httpsTarget->host).arg(m_httpsTarget->port) : QString();
    const QString restWhy = available
        ? tr("Gets, updates and deletes through the Device Shadow REST API at %1 instead of MQTT; live updates keep "
             "coming over MQTT while connected.")
              .arg(endpoint)
        : tr("Shadows over REST need the connection's client certificate and key. Set them in the connection "
             "settings.");
    m_ui->restCheckBox->setToolTip(restWhy);
    m_ui->restCheckBox->setAccessibleDescription(restWhy);
    const QString listWhy = available
        ? tr("Lists the thing's named shadows over REST at %1 (ListNamedShadowsForThing) and offers them in the "
             "shadow list")
              .arg(endpoint)
        : tr("Listing named shadows over REST needs the connection's client certificate and key.");
    m_ui->listShadowsButton->setToolTip(listWhy);
    m_ui->listShadowsButton->setAccessibleDescription(listWhy);
}

void ShadowView::sendOverRest(ShadowOperation operation, const QByteArray& document, const QByteArray& state)
{
    m_http->setTarget(*m_httpsTarget);
    quint64 id = 0;
    switch (operation) {
    case ShadowOperation::Get:
        id = m_http->getShadow(m_key);
        break;
    case ShadowOperation::Update:
        id = m_http->updateShadow(m_key, document);
        break;
    case ShadowOperation::Delete:
        id = m_http->deleteShadow(m_key);
        break;
    }
    m_restRequests.insert(id, RestRequest{m_key, operation, state});
    const Aws::HttpRequest request = Aws::IotHttpClient::shadowRequest(operation, m_key, document);
    log(tr("sent over REST"), QString::fromUtf8(request.method + ' ' + request.target), document);
}

void ShadowView::onRestFinished(const Aws::IotHttpReply& reply)
{
    if (m_listRequests.contains(reply.id)) {
        onNamedShadowsListed(m_listRequests.take(reply.id), reply);
        return;
    }
    if (!m_restRequests.contains(reply.id)) {
        return; // not this view's
    }
    const RestRequest request = m_restRequests.take(reply.id);
    if (reply.transportError) {
        log(tr("no answer over REST"), reply.describe(), {});
        m_bannerAction = BannerAction::None;
        m_ui->banner->showMessage(
            tr("The shadow %1 over REST got no answer: %2").arg(operationText(request.operation), reply.describe()),
            MessageBanner::Kind::Error);
        return;
    }
    log(tr("received over REST"), u"HTTP %1"_s.arg(reply.status), reply.response.body);
    ShadowReply answer;
    answer.id = reply.id;
    answer.key = request.key;
    answer.operation = request.operation;
    answer.payload = reply.response.body;
    const QJsonObject body = QJsonDocument::fromJson(reply.response.body).object();
    if (reply.succeeded()) {
        answer.status = ShadowReply::Status::Accepted;
        answer.version = body.value(u"version"_s).toInteger(-1);
        answer.clientToken = body.value(u"clientToken"_s).toString();
        applyReply(answer, request.state);
        return;
    }
    // aws-shadow.md §5: no /rejected message for REST; the status is the shadow error's code.
    answer.status = ShadowReply::Status::Rejected;
    answer.code = reply.status;
    answer.message = reply.serviceMessage;
    if (answer.key != m_key) {
        return;
    }
    if (answer.code == 409 && answer.operation == ShadowOperation::Update) {
        m_conflictedState = request.state;
    }
    onRejected(
        answer,
        tr("The shadow service rejected the %1 over REST: %2").arg(operationText(answer.operation), reply.describe()));
}

void ShadowView::listNamedShadows()
{
    const QString thing = m_ui->thingComboBox->currentText().trimmed();
    QString problem;
    if (!ShadowTopic::isValidThingName(thing)) {
        problem = tr("Enter the thing whose named shadows you want to list.");
    } else if (!m_httpsTarget) {
        problem = tr("Listing named shadows over REST needs the connection's client certificate and key.");
    }
    if (!problem.isEmpty()) {
        m_bannerAction = BannerAction::None;
        m_ui->banner->showMessage(problem, MessageBanner::Kind::Warning);
        return;
    }
    constexpr int PAGE_SIZE = 100; // the API's largest page
    m_http->setTarget(*m_httpsTarget);
    m_listRequests.insert(m_http->listNamedShadows(thing, {}, PAGE_SIZE), thing);
    const Aws::HttpRequest request = Aws::IotHttpClient::listNamedShadowsRequest(thing, {}, PAGE_SIZE);
    log(tr("sent over REST"), QString::fromUtf8(request.method + ' ' + request.target), {});
}

void ShadowView::onNamedShadowsListed(const QString& thing, const Aws::IotHttpReply& reply)
{
    log(reply.transportError ? tr("no answer over REST") : tr("received over REST"),
        reply.transportError ? reply.describe() : u"HTTP %1"_s.arg(reply.status), reply.response.body);
    m_bannerAction = BannerAction::None;
    if (!reply.succeeded()) {
        m_ui->banner->showMessage(
            tr("Listing the named shadows of “%1” over REST failed: %2").arg(thing, reply.describe()),
            MessageBanner::Kind::Error);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply.response.body).object();
    QStringList names;
    QStringList& known = m_shadowNames[thing];
    const QJsonArray results = body.value(u"results"_s).toArray();
    for (const auto& value : results) {
        if (value.isString() && ShadowTopic::isValidShadowName(value.toString())) {
            names.append(value.toString());
            if (!known.contains(value.toString())) {
                known.append(value.toString());
            }
        }
    }
    noteShadowNames({});
    QString text = names.isEmpty()
        ? tr("“%1” has no named shadows (the classic shadow is never listed).").arg(thing)
        : tr("“%1” has %n named shadow(s): %2. They are offered in the shadow list.", nullptr, int(names.size()))
              .arg(thing, names.join(u", "_s));
    if (body.value(u"nextToken"_s).isString()) {
        text +=
            u' ' + tr("The service has more than one page: only the first %n are listed.", nullptr, int(names.size()));
    }
    m_ui->banner->showMessage(text, MessageBanner::Kind::Information);
}
