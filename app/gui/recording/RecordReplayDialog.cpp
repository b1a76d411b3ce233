// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording/RecordReplayDialog.h"

#include "messages/MessageRecorder.h"
#include "messages/MessageReplayer.h"
#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"
#include "support/DialogSeams.h"
#include "ui_RecordReplayDialog.h"

#include <QAccessible>
#include <QDir>
#include <QPushButton>

namespace {

constexpr int PROGRESS_STEPS = 1000;
constexpr qint64 MIB = 1024 * 1024;

QString sizeText(qint64 bytes)
{
    return bytes < MIB ? RecordReplayDialog::tr("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1)
                       : RecordReplayDialog::tr("%1 MiB").arg(double(bytes) / MIB, 0, 'f', 1);
}

} // namespace

RecordReplayDialog::RecordReplayDialog(MqttSession* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordReplayDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setModal(false);
    m_ui->replayProgress->setRange(0, PROGRESS_STEPS);
    m_ui->sourceCombo->addItem(tr("The whole connection"), QString());
    m_statusTimer.setInterval(STATUS_INTERVAL_MS);
    connect(&m_statusTimer, &QTimer::timeout, this, &RecordReplayDialog::updateRecordStatus);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &RecordReplayDialog::toggleRecording);
    connect(m_ui->replayButton, &QPushButton::clicked, this, &RecordReplayDialog::toggleReplay);
    connect(m_ui->recordBrowseButton, &QPushButton::clicked, this, &RecordReplayDialog::chooseRecordFile);
    connect(m_ui->replayBrowseButton, &QPushButton::clicked, this, &RecordReplayDialog::chooseReplayFile);
    connect(m_ui->fastCheck, &QCheckBox::toggled, m_ui->speedSpin, &QWidget::setDisabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::hide); // recording and replay go on
    setLiveText(m_ui->recordStatusLabel, tr("Not recording."));
    setLiveText(m_ui->replayStatusLabel, tr("No replay running."));
}

RecordReplayDialog::~RecordReplayDialog() = default;

void RecordReplayDialog::setSources(const QList<Source>& sources)
{
    const QString current = m_ui->sourceCombo->currentData().toString();
    while (m_ui->sourceCombo->count() > 1) {
        m_ui->sourceCombo->removeItem(1);
    }
    for (const Source& source : sources) {
        m_ui->sourceCombo->addItem(source.label, source.filter);
    }
    const int index = m_ui->sourceCombo->findData(current);
    m_ui->sourceCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void RecordReplayDialog::ingest(const QList<MqttMessage>& batch)
{
    if (!m_recorder || !m_recorder->isRecording()) {
        return;
    }
    if (m_recordFilter.isEmpty()) {
        m_recorder->append(batch);
        return;
    }
    QList<MqttMessage> matching;
    for (const MqttMessage& message : batch) {
        if (TopicFilter::matches(m_recordFilter, message.topic)) {
            matching.append(message);
        }
    }
    if (!matching.isEmpty()) {
        m_recorder->append(matching);
    }
}

bool RecordReplayDialog::isRecording() const
{
    return m_recorder != nullptr;
}

bool RecordReplayDialog::isReplaying() const
{
    return m_replayer != nullptr;
}

QString RecordReplayDialog::recordStatus() const
{
    return m_ui->recordStatusLabel->text();
}

QString RecordReplayDialog::replayStatus() const
{
    return m_ui->replayStatusLabel->text();
}

void RecordReplayDialog::setLiveText(QLabel* label, const QString& text)
{
    if (label->text() == text) {
        return;
    }
    label->setText(text);
    QAccessibleEvent changed(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

// ---- recording ---------------------------------------------------------------------------------------------------

void RecordReplayDialog::toggleRecording()
{
    if (m_recorder) {
        m_recorder->stop(); // finished() follows once the queue is written
        m_ui->recordButton->setEnabled(false);
        setLiveText(m_ui->recordStatusLabel, tr("Stopping: writing what is queued…"));
        return;
    }
    startRecording();
}

void RecordReplayDialog::startRecording()
{
    const QString path = m_ui->recordFileEdit->text().trimmed();
    if (path.isEmpty()) {
        setLiveText(m_ui->recordStatusLabel, tr("Choose a file to record to (Browse…), then start again."));
        return;
    }
    MessageRecorder::Options options;
    options.path = QDir::cleanPath(path);
    options.maxFileBytes = qint64(m_ui->sizeSpin->value()) * MIB;
    options.keepFiles = options.maxFileBytes > 0 ? m_ui->keepSpin->value() : 0;
    m_recordFilter = m_ui->sourceCombo->currentData().toString();
    m_recorder = new MessageRecorder(options, this);
    connect(m_recorder, &MessageRecorder::errorOccurred, this,
            [this](const QString& message) { setLiveText(m_ui->recordStatusLabel, message); });
    connect(m_recorder, &MessageRecorder::finished, this, &RecordReplayDialog::onRecordingFinished);
    m_recorder->start();
    m_ui->recordButton->setText(tr("Stop &recording"));
    m_ui->sourceCombo->setEnabled(false);
    m_ui->recordFileEdit->setEnabled(false);
    m_statusTimer.start();
    updateRecordStatus();
    Q_EMIT activityChanged();
}

void RecordReplayDialog::updateRecordStatus()
{
    if (!m_recorder || !m_recorder->isRecording()) {
        return;
    }
    const MessageRecorder::Stats stats = m_recorder->stats();
    QString text = tr("Recording %1 to %2: %3 messages, %4 written")
                       .arg(m_ui->sourceCombo->currentText(), m_recorder->options().path)
                       .arg(stats.written)
                       .arg(sizeText(stats.bytesWritten));
    if (stats.rotations > 0) {
        text += tr(", %1 rotations").arg(stats.rotations);
    }
    if (stats.dropped > 0) {
        text += tr(", %1 dropped (the disk is slower than the messages arrive)").arg(stats.dropped);
    }
    setLiveText(m_ui->recordStatusLabel, text + u'.');
}

void RecordReplayDialog::onRecordingFinished()
{
    const MessageRecorder::Stats stats = m_recorder->stats();
    const QString path = m_recorder->options().path;
    const QString error = m_ui->recordStatusLabel->text();
    const bool failed = m_ui->recordButton->isEnabled(); // finished without Stop: an error ended it
    m_recorder->deleteLater();
    m_recorder = nullptr;
    m_statusTimer.stop();
    m_ui->recordButton->setEnabled(true);
    m_ui->recordButton->setText(tr("Start &recording"));
    m_ui->sourceCombo->setEnabled(true);
    m_ui->recordFileEdit->setEnabled(true);
    QString text = failed ? error + u' ' : QString();
    text += tr("Recorded %1 messages to %2 (%3).").arg(stats.written).arg(path, sizeText(stats.bytesWritten));
    if (stats.dropped > 0) {
        text += tr(" %1 messages could not be recorded (the disk was slower than the messages).").arg(stats.dropped);
    }
    setLiveText(m_ui->recordStatusLabel, text);
    Q_EMIT activityChanged();
}

void RecordReplayDialog::chooseRecordFile()
{
    const QString path = DialogSeams::saveFileName(this, tr("Record to"), tr("JSON lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->recordFileEdit->setText(path);
    }
}

// ---- replay ------------------------------------------------------------------------------------------------------

void RecordReplayDialog::toggleReplay()
{
    if (m_replayer) {
        m_replayer->stop(); // finished() follows once the results of what was sent are in
        m_ui->replayButton->setEnabled(false);
        setLiveText(m_ui->replayStatusLabel, tr("Stopping: waiting for the broker to confirm what was sent…"));
        return;
    }
    startReplay();
}

void RecordReplayDialog::startReplay()
{
    if (!m_session || m_session->state() != SessionState::Connected) {
        setLiveText(m_ui->replayStatusLabel,
                    tr("Connect to a broker first: the replay publishes on this window's connection."));
        return;
    }
    MessageReplayer::Options options;
    options.path = m_ui->replayFileEdit->text().trimmed();
    options.speed = m_ui->speedSpin->value();
    options.asFastAsPossible = m_ui->fastCheck->isChecked();
    options.fromPrefix = m_ui->fromPrefixEdit->text().trimmed();
    options.toPrefix = m_ui->toPrefixEdit->text().trimmed();
    if (options.path.isEmpty()) {
        setLiveText(m_ui->replayStatusLabel, tr("Choose a file to replay (Browse…), then start again."));
        return;
    }
    if (const Result<void> valid = MessageReplayer::validate(options); !valid) {
        setLiveText(m_ui->replayStatusLabel, valid.error().fullText());
        return;
    }
    m_replayer = new MessageReplayer(m_session, this);
    connect(m_replayer, &MessageReplayer::progress, this, [this](qint64 messages, qint64 bytes, qint64 total) {
        m_ui->replayProgress->setValue(total > 0 ? int(bytes * PROGRESS_STEPS / total) : 0);
        setLiveText(m_ui->replayStatusLabel, tr("Replaying: %1 messages sent so far.").arg(messages));
    });
    connect(m_replayer, &MessageReplayer::finished, this, &RecordReplayDialog::onReplayFinished);
    m_ui->replayProgress->setValue(0);
    if (!m_replayer->start(options)) {
        setLiveText(m_ui->replayStatusLabel, tr("The replay could not start: check the file and the options."));
        m_replayer->deleteLater();
        m_replayer = nullptr;
        return;
    }
    m_ui->replayButton->setText(tr("Stop re&play"));
    setLiveText(m_ui->replayStatusLabel, tr("Replaying %1…").arg(options.path));
    Q_EMIT activityChanged();
}

void RecordReplayDialog::onReplayFinished()
{
    const MessageReplayer::Summary summary = m_replayer->summary();
    m_replayer->deleteLater();
    m_replayer = nullptr;
    m_ui->replayButton->setEnabled(true);
    m_ui->replayButton->setText(tr("Start re&play"));
    if (summary.complete()) {
        m_ui->replayProgress->setValue(PROGRESS_STEPS);
    }
    setLiveText(m_ui->replayStatusLabel, summary.describe());
    Q_EMIT activityChanged();
}

void RecordReplayDialog::chooseReplayFile()
{
    const QString path =
        DialogSeams::openFileName(this, tr("Replay a recording"), tr("JSON lines (*.jsonl *.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->replayFileEdit->setText(path);
    }
}
