// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"
#include "workspace/Workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class MessageDiffView;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;
class TopicTreeModel;
namespace Ui {
class TopicTreePane;
}

/// A topic tree pane: every topic seen under a filter (default `#`) as a tree with counts, rates, retained markers
/// and a preview of the last payload; the selected topic's last message, its history and what changed from the
/// previous message (or between any two selected). From the context menu: open a pane here, and clear the retained
/// messages below a node. Messages come in routed by MainWindow (one broker subscription per filter), like a
/// SubscriptionPane's. GUI thread only.
class TopicTreePane final : public QWidget
{
    Q_OBJECT

public:
    /// Typing in the search box waits this long for the next key before filtering.
    static constexpr int SEARCH_DEBOUNCE_MS = 200;
    /// Ages and rates change without messages: the visible rows are repainted this often.
    static constexpr int AGE_REFRESH_MS = 1000;

    explicit TopicTreePane(quint64 id, QWidget* parent = nullptr);
    ~TopicTreePane() override;
    Q_DISABLE_COPY_MOVE(TopicTreePane)

    quint64 id() const { return m_id; }
    TopicTreeModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* treeView() const;
    MessageDiffView* diffView() const;
    /// The filter the broker was asked for (empty while not subscribed).
    QString activeFilter() const { return m_activeFilter; }

    /// Routed messages: the tree applies them about 10 times a second.
    void ingest(const QList<MqttMessage>& batch);
    void setFilterText(const QString& filter);
    /// The pane as a workspace keeps it: filter, topic cap, subscribed.
    TreeSettings settings() const;
    /// Applies the topic cap of `settings` (the filter and the subscription are MainWindow::addTreePane's).
    void applySettings(const TreeSettings& settings);
    /// Subscribes (or re-subscribes after a change) with the filter field's text.
    void subscribe();
    /// What the broker refused, or empty to hide it.
    void showBrokerRefusal(const QString& text);
    /// A note for the user in the pane's status line (live), or empty to hide it.
    void showStatus(const QString& text);
    /// Selects `topic`'s node (expanding its parents); false when the tree does not hold it.
    bool selectTopic(const QString& topic);
    /// The selected node's topic, empty when none.
    QString selectedTopic() const;
    /// Diffs two history rows (0 = newest), older → newer; what the detail shows after a selection of two.
    void compareHistory(int rowA, int rowB);

    // The context menu's actions, for a node of the model (not the proxy); an invalid index means the whole tree.
    void openPaneAt(const QModelIndex& node);
    /// Asks for confirmation (naming the count) and then emits clearRetainedRequested with the topics.
    void clearRetainedAt(const QModelIndex& node);
    /// The retained messages of these topics were cleared on the broker: the markers go.
    void retainedCleared(const QStringList& topics);

Q_SIGNALS:
    void subscribeRequested(quint64 id, const QString& filter, int qos);
    void unsubscribeRequested(quint64 id, const QString& filter);
    void closeRequested(quint64 id);
    /// "Open a pane here": a subscription pane on `filter`.
    void openPaneRequested(const QString& filter);
    /// The user confirmed clearing these topics' retained messages (zero-length retained publishes).
    void clearRetainedRequested(quint64 id, const QStringList& topics);

private:
    void toggleSubscription();
    void showContextMenu(const QPoint& position);
    void updateCounts();
    void showDetail();
    void showHistorySelection();
    void applySearch();
    QModelIndex selectedNode() const;
    static void setLiveText(QLabel* label, const QString& text, bool hideWhenEmpty);

    std::unique_ptr<Ui::TopicTreePane> m_ui;
    quint64 m_id;
    TopicTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QString m_activeFilter;
    QList<MqttMessage> m_shownHistory; ///< the detail's history, newest first
    qint64 m_shownCount = -1;          ///< the selected topic's message count when the detail was made
    QTimer m_searchTimer;
    QTimer m_ageTimer;
};
