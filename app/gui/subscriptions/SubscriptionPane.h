// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QColor>
#include <QWidget>

class MessageFilterProxyModel;
class MessageTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

/// One subscription pane: a topic filter, its messages in a bounded table, a detail view of the selected message,
/// pause, clear, follow-tail, a text/regex filter and export. Messages come in already routed (MainWindow owns the
/// routing and the single broker subscription per filter); the pane only stores and shows them.
class SubscriptionPane final : public QWidget
{
    Q_OBJECT

public:
    /// Arrivals held while paused; beyond this the oldest held ones are dropped and counted.
    static constexpr qsizetype MAX_PENDING = 100'000;

    explicit SubscriptionPane(quint64 id, QWidget* parent = nullptr);
    ~SubscriptionPane() override;
    Q_DISABLE_COPY_MOVE(SubscriptionPane)

    quint64 id() const { return m_id; }
    /// The filter the broker was asked for (empty while not subscribed).
    QString activeFilter() const { return m_activeFilter; }
    int qos() const;
    bool isPaused() const { return m_paused; }
    MessageTableModel* model() const { return m_model; }
    MessageFilterProxyModel* proxy() const { return m_proxy; }

    /// Queues routed messages; they reach the table at the next flush() (or are held while paused).
    void enqueue(const MqttMessage& message);
    /// Moves queued messages into the table in one batch. Called by MainWindow's coalescing timer.
    void flush();

    /// Offers or withholds QoS 2 in the QoS box (AWS IoT does not support it); a pane on QoS 2 moves to QoS 1.
    void setQos2Allowed(bool allowed);
    void setFilterText(const QString& filter); ///< for tests and workspaces
    /// Lint context for the filter field (AWS IoT rules, the thing name).
    void setLintContext(bool awsIot, const QString& thingName);
    QColor colour() const { return m_colour; }
    void setColour(const QColor& colour);
    /// Copies the selected message's payload (as text) to the clipboard; the topic too with `withTopic`.
    void copySelected(bool withTopic);
    void subscribe();
    void setPaused(bool paused);
    void clear();

    /// Exports the (filtered) rows to `path`; JSON lines when it ends in ".jsonl", CSV otherwise.
    bool exportTo(const QString& path, QString* error);
    quint64 pendingDropped() const { return m_pendingDropped; }
    /// Writes the whole payload of the selected message to `path`.
    bool saveSelectedPayload(const QString& path, QString* error) const;

Q_SIGNALS:
    void subscribeRequested(quint64 paneId, const QString& filter, int qos);
    void unsubscribeRequested(quint64 paneId, const QString& filter);
    void closeRequested(quint64 paneId);
    void colourChanged(quint64 paneId, const QColor& colour);

private:
    void onFilterEdited();
    void onSearchEdited();
    void onSelectionChanged();
    void showDetail();
    void exportWithDialog();
    void savePayloadWithDialog();
    void updateCounters();
    void applyLimits();

    quint64 m_id;
    QColor m_colour;
    bool m_awsIot = false;
    QString m_thingName;
    QString m_activeFilter;
    QList<MqttMessage> m_pending;
    quint64 m_pendingDropped = 0;
    bool m_paused = false;

    MessageTableModel* m_model = nullptr;
    MessageFilterProxyModel* m_proxy = nullptr;

    QLineEdit* m_filterLineEdit = nullptr;
    QComboBox* m_qosComboBox = nullptr;
    QPushButton* m_subscribeButton = nullptr;
    QLabel* m_filterStatusLabel = nullptr;
    QToolButton* m_pauseButton = nullptr;
    QToolButton* m_clearButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QCheckBox* m_followCheckBox = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QCheckBox* m_regexCheckBox = nullptr;
    QLabel* m_countersLabel = nullptr;
    QLabel* m_searchErrorLabel = nullptr; ///< an invalid regular expression, in words
    QToolButton* m_colourButton = nullptr;
    QSpinBox* m_rowLimitSpinBox = nullptr;
    QSpinBox* m_memoryLimitSpinBox = nullptr;
    QTableView* m_tableView = nullptr;
    QComboBox* m_formatComboBox = nullptr;
    QPlainTextEdit* m_detailTextEdit = nullptr;
    QLabel* m_detailInfoLabel = nullptr;
    QToolButton* m_savePayloadButton = nullptr;
};
