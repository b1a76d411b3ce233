// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/PendingMessages.h"
#include "mqtt/MqttTypes.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class MessageDiffView;
class MessageFilterProxyModel;
class MessageTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

/// One subscription pane: a topic filter, its messages in a bounded table, a detail view of the selected message,
/// pause, clear, follow-tail, a text/regex filter and export. Messages come in already routed (MainWindow owns the
/// routing and the single broker subscription per filter); the pane only stores and shows them.
class SubscriptionPane final : public QWidget
{
    Q_OBJECT

public:
    /// Arrivals queued for the table (held while paused, or waiting for the next flush): bounded in count and in
    /// bytes (MessageInbox::costOf). Beyond either bound the oldest queued ones are dropped and counted: "while
    /// paused" when the pane is paused, "pane full" when it is not.
    static constexpr qsizetype MAX_PENDING = 100'000;
    static constexpr qint64 MAX_PENDING_BYTES = qint64(64) * 1024 * 1024;
    /// Typing in the search box waits this long for the next key before searching.
    static constexpr int SEARCH_DEBOUNCE_MS = 200;

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
    /// The same, with the message's MessageInbox::costOf() computed once by a router that hands it to many panes.
    void enqueue(const MqttMessage& message, qint64 cost);
    /// Queues a whole routed batch, sharing it with the router and every other pane it goes to (`cost`: the sum of
    /// the messages' MessageInbox::costOf()).
    void enqueueBatch(const QList<MqttMessage>& batch, qint64 cost);
    /// Moves queued messages into the table in one batch. Called by MainWindow's coalescing timer.
    void flush();
    /// MainWindow's coalescing pass for a pane that is not on screen: while a flood lasts its queue is only kept
    /// within what the table holds (older messages would be evicted before anyone could see them); the queue reaches
    /// the table when the flood pauses or the pane is shown. Returns true when the queue still holds messages for a
    /// later pass.
    bool flushHidden();

    /// Offers or withholds QoS 2 in the QoS box (AWS IoT does not support it); a pane on QoS 2 moves to QoS 1.
    void setQos2Allowed(bool allowed);
    void setFilterText(const QString& filter); ///< for tests and workspaces
    /// The pane as a workspace keeps it: filter, QoS, colour, limits, format, follow, search, subscribed.
    PaneSettings settings() const;
    /// Restores what settings() gave; subscribes when the pane was subscribed (sent once connected).
    void applySettings(const PaneSettings& settings);
    /// Lint context for the filter field (AWS IoT rules, the thing name).
    void setLintContext(bool awsIot, const QString& thingName);
    QColor colour() const { return m_colour; }
    void setColour(const QColor& colour);
    /// Copies the selected message's payload (as text) to the clipboard; the topic too with `withTopic`.
    void copySelected(bool withTopic);
    void subscribe();
    /// The broker refused this pane's subscription, or withheld messages from it: `text` says what and why (the
    /// sandbox's policy explanation when there is one). Shown under the filter, announced to a screen reader, until
    /// the next subscribe().
    void showBrokerRefusal(const QString& text);
    QString brokerRefusal() const;
    /// The detail's view of what changed (from the previous message on the topic, or from the marked one).
    MessageDiffView* diffView() const { return m_diffView; }
    /// The broker withheld `count` messages on `topic` from this pane's subscription (the sandbox's policy denied
    /// their delivery): counted since the last subscribe() and shown with `explanation` as a broker refusal.
    void noteWithheld(const QString& topic, qint64 count, const QString& explanation);
    void setPaused(bool paused);
    void clear();

    /// Starts exporting the (filtered) rows to `path` off the GUI thread, with progress and Cancel in the pane:
    /// CSV when `path` ends in ".csv", else JSON lines (MessageLog). Ends with fileOperationFinished(). A cancelled or
    /// failed export leaves the file at `path` as it was. Returns false (and says why in the pane) when another file
    /// operation of this pane is still running.
    bool startExport(const QString& path);
    /// Starts reading a recording (JSON lines, MessageLog) off the GUI thread; its messages then appear in the pane
    /// as if they had just arrived, with their original receive times. Bad lines are counted and reported.
    bool openRecording(const QString& path);
    /// An export or an opening is running.
    bool isFileOperationRunning() const { return m_fileJob != nullptr; }
    /// Cancels the running export or opening (what was already added to the pane by an opening stays).
    void cancelFileOperation();
    /// What the last export or opening said (also shown in the pane).
    QString fileStatus() const;

    /// Messages routed to this pane (and messages read from recordings).
    quint64 receivedCount() const { return m_received; }
    /// Dropped because the queue overflowed while not paused, or because one batch was more than the pane keeps.
    quint64 droppedPaneFull() const { return m_droppedPaneFull; }
    /// Dropped because the messages held while paused overflowed.
    quint64 droppedWhilePaused() const { return m_droppedWhilePaused; }
    /// Both kinds of drops (droppedPaneFull() + droppedWhilePaused()).
    quint64 pendingDropped() const { return m_droppedPaneFull + m_droppedWhilePaused; }
    /// Writes the whole payload of the selected message to `path`.
    bool saveSelectedPayload(const QString& path, QString* error) const;

Q_SIGNALS:
    void subscribeRequested(quint64 paneId, const QString& filter, int qos);
    void unsubscribeRequested(quint64 paneId, const QString& filter);
    void closeRequested(quint64 paneId);
    void colourChanged(quint64 paneId, const QColor& colour);
    /// An export or an opening ended: `ok` false when it failed or was cancelled; `message` says what happened.
    void fileOperationFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onFilterEdited();
    void onSearchEdited();
    void onSelectionChanged();
    void showDetail();
    /// The detail's "Changes" tab for the message at `sourceRow`: against the message marked for comparison, or else
    /// the previous message on the same topic in this pane.
    void showChanges(int sourceRow);
    void markForComparison();
    void exportWithDialog();
    void openWithDialog();
    struct FileJob;
    bool beginFileJob(const QString& what);
    void runExportSlice();
    void runFeedSlice();
    void endFileJob(bool ok, const QString& message);
    void onSearchProgress(qint64 done, qint64 total);
    void savePayloadWithDialog();
    void updateCounters();
    void applyLimits();
    void trimToCapacity();

    quint64 m_id;
    QColor m_colour;
    bool m_awsIot = false;
    QString m_thingName;
    QString m_activeFilter;
    PendingMessages m_pending;
    quint64 m_received = 0;
    quint64 m_droppedPaneFull = 0;
    quint64 m_droppedWhilePaused = 0;
    bool m_paused = false;
    bool m_enqueuedSinceFlush = false; ///< arrivals since the last flush or flushHidden()
    QTimer m_searchDebounceTimer;
    int m_searchPercent = -1; ///< -1 while no search is running
    qint64 m_selectedId = -1; ///< the selected row's id across a filter change
    std::unique_ptr<FileJob> m_fileJob;
    QTimer m_fileSliceTimer;

    MessageTableModel* m_model = nullptr;
    MessageFilterProxyModel* m_proxy = nullptr;

    QLineEdit* m_filterLineEdit = nullptr;
    QComboBox* m_qosComboBox = nullptr;
    QPushButton* m_subscribeButton = nullptr;
    QLabel* m_filterStatusLabel = nullptr;
    QLabel* m_refusalLabel = nullptr; ///< what the broker refused (showBrokerRefusal)
    qint64 m_withheld = 0;            ///< messages the broker withheld since the last subscribe()
    QToolButton* m_pauseButton = nullptr;
    QToolButton* m_clearButton = nullptr;
    QToolButton* m_exportButton = nullptr;
    QToolButton* m_openButton = nullptr;
    QProgressBar* m_fileProgressBar = nullptr;
    QToolButton* m_cancelFileButton = nullptr;
    QLabel* m_fileStatusLabel = nullptr;
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
    QTabWidget* m_detailTabs = nullptr;
    MessageDiffView* m_diffView = nullptr;
    std::optional<MqttMessage> m_compareBase; ///< "Mark for comparison": diffs go from it to the selected message
};
