// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/TopicTreePane.h"

#include "messages/MessageDiff.h"
#include "messages/PayloadFormat.h"
#include "messages/TopicTreeModel.h"
#include "mqtt/TopicFilter.h"
#include "support/DialogSeams.h"
#include "ui_TopicTreePane.h"
#include "widgets/MessageDiffView.h"

#include <QAccessible>
#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>

namespace {

/// Payload bytes shown in the last-message view at most.
constexpr qsizetype SHOWN_PAYLOAD_BYTES = 256 * 1024;

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString payloadText(const QByteArray& payload)
{
    PayloadFormat::Rendered json = PayloadFormat::render(payload, PayloadFormat::Kind::Json, SHOWN_PAYLOAD_BYTES);
    if (json.valid) {
        return json.text;
    }
    const PayloadFormat::Kind kind =
        PayloadFormat::isUtf8(payload) ? PayloadFormat::Kind::String : PayloadFormat::Kind::Hex;
    return PayloadFormat::render(payload, kind, SHOWN_PAYLOAD_BYTES).text;
}

} // namespace

TopicTreePane::TopicTreePane(quint64 id, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TopicTreePane>())
    , m_id(id)
    , m_model(new TopicTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(TopicTreeModel::TopicRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->treeView->setModel(m_proxy);
    m_ui->treeView->sortByColumn(TopicTreeModel::NameColumn, Qt::AscendingOrder);
    m_ui->treeView->header()->resizeSection(TopicTreeModel::NameColumn, 260);
    m_ui->treeView->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->capSpin->setValue(int(m_model->topicCap()));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SEARCH_DEBOUNCE_MS);
    m_ageTimer.setInterval(AGE_REFRESH_MS);
    connect(&m_searchTimer, &QTimer::timeout, this, &TopicTreePane::applySearch);
    connect(&m_ageTimer, &QTimer::timeout, m_ui->treeView->viewport(), qOverload<>(&QWidget::update));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->subscribeButton, &QPushButton::clicked, this, &TopicTreePane::toggleSubscription);
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, &TopicTreePane::subscribe);
    connect(m_ui->capSpin, &QSpinBox::editingFinished, this, [this] { m_model->setTopicCap(m_ui->capSpin->value()); });
    connect(m_ui->expandButton, &QPushButton::clicked, m_ui->treeView, &QTreeView::expandAll);
    connect(m_ui->collapseButton, &QPushButton::clicked, m_ui->treeView, &QTreeView::collapseAll);
    connect(m_ui->clearButton, &QPushButton::clicked, m_model, &TopicTreeModel::clear);
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] { Q_EMIT closeRequested(m_id); });
    connect(m_ui->treeView, &QWidget::customContextMenuRequested, this, &TopicTreePane::showContextMenu);
    connect(m_ui->treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TopicTreePane::showDetail);
    connect(m_ui->historyList, &QListWidget::itemSelectionChanged, this, &TopicTreePane::showHistorySelection);
    connect(m_model, &TopicTreeModel::countsChanged, this, [this] {
        updateCounts();
        const QModelIndex node = selectedNode();
        if (node.isValid() && node.data(TopicTreeModel::OwnMessageCountRole).toLongLong() != m_shownCount) {
            showDetail();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        showDetail();
    });
    updateCounts();
    m_ui->diffView->showNote(tr("Select a topic: what changed from its previous message shows here."));
}

TopicTreePane::~TopicTreePane() = default;

QTreeView* TopicTreePane::treeView() const
{
    return m_ui->treeView;
}

MessageDiffView* TopicTreePane::diffView() const
{
    return m_ui->diffView;
}

void TopicTreePane::ingest(const QList<MqttMessage>& batch)
{
    m_model->ingest(batch);
}

void TopicTreePane::setFilterText(const QString& filter)
{
    m_ui->filterEdit->setText(filter);
}

TreeSettings TopicTreePane::settings() const
{
    TreeSettings settings;
    settings.filter = m_activeFilter.isEmpty() ? m_ui->filterEdit->text().trimmed() : m_activeFilter;
    settings.topicCap = int(m_model->topicCap());
    settings.subscribed = !m_activeFilter.isEmpty();
    return settings;
}

void TopicTreePane::applySettings(const TreeSettings& settings)
{
    m_ui->capSpin->setValue(settings.topicCap);
    m_model->setTopicCap(m_ui->capSpin->value());
}

void TopicTreePane::toggleSubscription()
{
    if (!m_activeFilter.isEmpty() && m_ui->filterEdit->text().trimmed() == m_activeFilter) {
        Q_EMIT unsubscribeRequested(m_id, m_activeFilter);
        m_activeFilter.clear();
        m_ui->subscribeButton->setText(tr("&Subscribe"));
        m_ui->subscribeButton->setAccessibleName(tr("Subscribe the tree"));
        m_ageTimer.stop();
        return;
    }
    subscribe();
}

void TopicTreePane::subscribe()
{
    const QString filter = m_ui->filterEdit->text().trimmed();
    if (const Result<void> valid = TopicFilter::validateFilter(filter); !valid) {
        showStatus(tr("The filter “%1” is not valid: %2").arg(filter, valid.error().message));
        return;
    }
    if (!m_activeFilter.isEmpty() && m_activeFilter != filter) {
        Q_EMIT unsubscribeRequested(m_id, m_activeFilter);
        m_model->clear(); // the tree shows one filter's topics
    }
    m_activeFilter = filter;
    showStatus(QString());
    showBrokerRefusal(QString());
    m_ui->subscribeButton->setText(tr("Un&subscribe"));
    m_ui->subscribeButton->setAccessibleName(tr("Unsubscribe the tree"));
    m_ageTimer.start();
    Q_EMIT subscribeRequested(m_id, filter, 0);
}

void TopicTreePane::showBrokerRefusal(const QString& text)
{
    showStatus(text.isEmpty() ? QString() : tr("The broker refused the tree's subscription: %1").arg(text));
}

void TopicTreePane::showStatus(const QString& text)
{
    setLiveText(m_ui->statusLabel, text, true);
}

void TopicTreePane::setLiveText(QLabel* label, const QString& text, bool hideWhenEmpty)
{
    if (label->text() == text && (!hideWhenEmpty || label->isVisibleTo(label->parentWidget()) == !text.isEmpty())) {
        return;
    }
    label->setText(text);
    if (hideWhenEmpty) {
        label->setVisible(!text.isEmpty());
    }
    QAccessibleEvent changed(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

void TopicTreePane::updateCounts()
{
    QString text = tr("%1 topics, %2 messages").arg(m_model->topicCount()).arg(m_model->messageCount());
    if (m_model->evictedCount() > 0) {
        text += tr(", %1 topics evicted over the cap of %2").arg(m_model->evictedCount()).arg(m_model->topicCap());
    }
    setLiveText(m_ui->countsLabel, text, false);
}

void TopicTreePane::applySearch()
{
    m_proxy->setFilterFixedString(m_ui->searchEdit->text().trimmed());
    if (!m_ui->searchEdit->text().trimmed().isEmpty()) {
        m_ui->treeView->expandAll(); // the matches sit deep in the tree
    }
}

QModelIndex TopicTreePane::selectedNode() const
{
    const QModelIndex current = m_ui->treeView->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current.siblingAtColumn(0)) : QModelIndex();
}

QString TopicTreePane::selectedTopic() const
{
    return selectedNode().data(TopicTreeModel::TopicRole).toString();
}

bool TopicTreePane::selectTopic(const QString& topic)
{
    m_model->flush(); // what arrived so far
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexForTopic(topic));
    if (!proxyIndex.isValid()) {
        return false;
    }
    for (QModelIndex parent = proxyIndex.parent(); parent.isValid(); parent = parent.parent()) {
        m_ui->treeView->expand(parent);
    }
    m_ui->treeView->setCurrentIndex(proxyIndex);
    m_ui->treeView->scrollTo(proxyIndex);
    return true;
}

void TopicTreePane::showDetail()
{
    const QModelIndex node = selectedNode();
    m_shownHistory.clear();
    m_ui->historyList->clear();
    if (!node.isValid()) {
        m_shownCount = -1;
        setLiveText(m_ui->detailTitleLabel, tr("Select a topic to see its last message and its history."), false);
        m_ui->lastMessageEdit->clear();
        m_ui->diffView->showNote(tr("Select a topic: what changed from its previous message shows here."));
        return;
    }
    const QString topic = node.data(TopicTreeModel::TopicRole).toString();
    m_shownCount = node.data(TopicTreeModel::OwnMessageCountRole).toLongLong();
    const QList<MqttMessage> history = m_model->history(node);
    if (history.isEmpty()) {
        setLiveText(m_ui->detailTitleLabel,
                    tr("%1: no message on this topic itself; %2 below it.")
                        .arg(topic)
                        .arg(node.data(TopicTreeModel::MessageCountRole).toLongLong()),
                    false);
        m_ui->lastMessageEdit->clear();
        m_ui->diffView->showNote(tr("No message on this topic itself."));
        return;
    }
    const MqttMessage& last = history.last();
    const bool retained = node.data(TopicTreeModel::RetainedRole).toBool();
    setLiveText(m_ui->detailTitleLabel,
                tr("%1: %2 messages; the last at %3, QoS %4, %5 bytes%6")
                    .arg(topic)
                    .arg(m_shownCount)
                    .arg(timeText(last.receivedAtMs))
                    .arg(last.qos)
                    .arg(last.payload.size())
                    .arg(retained ? tr("; holds a retained message") : QString()),
                false);
    m_ui->lastMessageEdit->setPlainText(payloadText(last.payload));
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        m_shownHistory.append(*it);
        m_ui->historyList->addItem(tr("%1 · %2 bytes · %3")
                                       .arg(timeText(it->receivedAtMs))
                                       .arg(it->payload.size())
                                       .arg(PayloadFormat::preview(it->payload, 60)));
    }
    if (history.size() < 2) {
        m_ui->diffView->showNote(tr("Only one message on this topic so far: nothing to compare it with."));
    } else {
        compareHistory(1, 0);
    }
}

void TopicTreePane::compareHistory(int rowA, int rowB)
{
    if (rowA < 0 || rowB < 0 || rowA >= m_shownHistory.size() || rowB >= m_shownHistory.size() || rowA == rowB) {
        return;
    }
    const MqttMessage& older = m_shownHistory.at(std::max(rowA, rowB)); // newest first: the higher row is older
    const MqttMessage& newer = m_shownHistory.at(std::min(rowA, rowB));
    const QString heading = std::min(rowA, rowB) + 1 == std::max(rowA, rowB)
        ? tr("From the message of %1 to the next one (%2):")
        : tr("From the message of %1 to the one of %2:");
    m_ui->diffView->showDiff(MessageDiff::compare(older.payload, newer.payload), older.payload, newer.payload,
                             heading.arg(timeText(older.receivedAtMs), timeText(newer.receivedAtMs)));
}

void TopicTreePane::showHistorySelection()
{
    const QList<QListWidgetItem*> selected = m_ui->historyList->selectedItems();
    if (selected.size() == 2) {
        compareHistory(m_ui->historyList->row(selected.at(0)), m_ui->historyList->row(selected.at(1)));
    } else if (selected.size() == 1) {
        const int row = m_ui->historyList->row(selected.first());
        if (row + 1 < m_shownHistory.size()) {
            compareHistory(row + 1, row);
        } else {
            m_ui->diffView->showNote(tr("The oldest kept message: nothing before it to compare with."));
        }
    }
}

void TopicTreePane::showContextMenu(const QPoint& position)
{
    const QModelIndex proxyIndex = m_ui->treeView->indexAt(position);
    const QModelIndex node = proxyIndex.isValid() ? m_proxy->mapToSource(proxyIndex.siblingAtColumn(0)) : QModelIndex();
    const QString topic = node.data(TopicTreeModel::TopicRole).toString();
    const qsizetype retained = qsizetype(m_model->retainedTopicsBelow(node).size());
    QMenu menu(this);
    menu.addAction(tr("Open a pane on %1").arg(TopicTreeModel::filterBelow(node)), this,
                   [this, node] { openPaneAt(node); });
    if (node.isValid() && node.data(TopicTreeModel::HasMessagesRole).toBool()) {
        menu.addAction(tr("Open a pane on this topic only"), this, [this, topic] { Q_EMIT openPaneRequested(topic); });
    }
    QAction* clear = menu.addAction(tr("Clear %1 retained messages below here…").arg(retained), this,
                                    [this, node] { clearRetainedAt(node); });
    clear->setEnabled(retained > 0);
    if (node.isValid()) {
        menu.addAction(tr("Copy topic"), this, [topic] { QGuiApplication::clipboard()->setText(topic); });
    }
    menu.exec(m_ui->treeView->viewport()->mapToGlobal(position));
}

void TopicTreePane::openPaneAt(const QModelIndex& node)
{
    Q_EMIT openPaneRequested(TopicTreeModel::filterBelow(node));
}

void TopicTreePane::clearRetainedAt(const QModelIndex& node)
{
    const QStringList topics = m_model->retainedTopicsBelow(node);
    if (topics.isEmpty()) {
        showStatus(tr("No retained message below here: nothing to clear."));
        return;
    }
    const QString where = node.isValid() ? node.data(TopicTreeModel::TopicRole).toString() : tr("the whole tree");
    const bool confirmed = DialogSeams::confirm(
        this, tr("Clear retained messages"),
        tr("Clear the %1 retained messages at and below %2 on the broker? Each topic gets an empty retained message, "
           "which removes it for every client. This cannot be undone.")
            .arg(topics.size())
            .arg(where));
    if (confirmed) {
        showStatus(tr("Clearing %1 retained messages below %2…").arg(topics.size()).arg(where));
        Q_EMIT clearRetainedRequested(m_id, topics);
    }
}

void TopicTreePane::retainedCleared(const QStringList& topics)
{
    for (const QString& topic : topics) {
        m_model->markRetainedCleared(topic);
    }
    showStatus(tr("Cleared %1 retained messages.").arg(topics.size()));
    showDetail();
}
