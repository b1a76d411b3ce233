// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

class MessageRecorder;
class MessageReplayer;
class MqttSession;
class QLabel;
namespace Ui {
class RecordReplayDialog;
}

/// Record and replay (File → Record and replay…, non-modal): records the whole connection or one pane's messages to a
/// file in the JSON-lines message format (MessageRecorder: a worker thread, a size limit with rotation, drops counted
/// and shown), and replays such a file to the broker on this window's connection (MessageReplayer: the recorded pace
/// scaled ×0.1–×100 or as fast as possible, topics moved from one prefix to another, a progress bar and Stop).
/// Every state and result is a live label a screen reader hears. GUI thread only.
class RecordReplayDialog final : public QDialog
{
    Q_OBJECT

public:
    /// What can be recorded besides the whole connection: a label ("Pane 2: devices/#") and its topic filter.
    struct Source
    {
        QString label;
        QString filter;
    };
    /// The status line refreshes this often while recording.
    static constexpr int STATUS_INTERVAL_MS = 250;

    explicit RecordReplayDialog(MqttSession* session, QWidget* parent = nullptr);
    ~RecordReplayDialog() override;
    Q_DISABLE_COPY_MOVE(RecordReplayDialog)

    /// The panes offered as sources (the first choice is always the whole connection); keeps the current choice when
    /// it is still offered.
    void setSources(const QList<Source>& sources);
    /// Every received batch (MqttSession::messagesReceived): recorded when a recording runs and its source matches.
    void ingest(const QList<MqttMessage>& batch);

    bool isRecording() const;
    bool isReplaying() const;
    /// Starts or stops the recording with the form's settings (the Record button).
    void toggleRecording();
    /// Starts or stops the replay with the form's settings (the Replay button).
    void toggleReplay();
    QString recordStatus() const;
    QString replayStatus() const;

Q_SIGNALS:
    /// A recording or a replay started or ended (the main window shows "Recording…" in its status bar).
    void activityChanged();

private:
    void startRecording();
    void startReplay();
    void updateRecordStatus();
    void onRecordingFinished();
    void onReplayFinished();
    void chooseRecordFile();
    void chooseReplayFile();
    static void setLiveText(QLabel* label, const QString& text);

    std::unique_ptr<Ui::RecordReplayDialog> m_ui;
    QPointer<MqttSession> m_session;
    QPointer<MessageRecorder> m_recorder;
    QString m_recordFilter; ///< empty: the whole connection
    QPointer<MessageReplayer> m_replayer;
    QTimer m_statusTimer;
};
