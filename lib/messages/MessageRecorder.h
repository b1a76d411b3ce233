// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

/// Records messages to a file in the MessageLog format (JSON lines), so that a recording can be opened as an export
/// and replayed with MessageReplayer or `thingbench-cli pub --replay`.
///
/// The caller hands over batches with append(); a worker thread of the recorder formats and writes them, so the
/// caller never waits on the disk. Between the two sits a queue bounded in bytes (MessageInbox::costOf per message):
/// when the disk cannot keep up and the queue is full, the messages that do not fit are counted as dropped and
/// `messagesDropped` says so ("recorder behind"); nothing is lost silently.
///
/// Rotation: when the next line would take the file past `maxFileBytes`, the file is closed and renamed to
/// "<path>.1" (an older "<path>.1" becomes "<path>.2", and so on); the oldest beyond `keepFiles` is deleted, and
/// a new "<path>" is started. Lines are never split, so each file is a valid recording on its own. start() replaces
/// an existing "<path>"; rotated files of an earlier recording under the same name are replaced as rotation reaches
/// them. Files get the default permissions (recordings are not secrets).
///
/// Thread affinity: owner thread (the GUI thread) for every method and signal; the counters may be read from any
/// thread. The worker touches only the queue and the file. The destructor stops a recording that is still running
/// and waits until the worker has written what was queued (at most `maxQueueBytes`): call stop() and wait for
/// `finished` to keep that wait off the GUI thread.
class MessageRecorder final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString path;
        qint64 maxFileBytes = 0; ///< rotate when a file would grow past this; 0: one file, no limit
        int keepFiles = 0;       ///< rotated files kept beside `path` ("<path>.1" … "<path>.<keepFiles>")
        qint64 maxQueueBytes = qint64(64) * 1024 * 1024; ///< what may wait for the worker (bytes of messages)
    };

    /// What the recorder has done so far (a snapshot; any thread).
    struct Stats
    {
        quint64 written = 0;         ///< messages written to the files
        qint64 bytesWritten = 0;     ///< bytes written to all files of this recording
        quint64 dropped = 0;         ///< messages not recorded: the queue was full, or the recording had stopped
        qint64 currentFileBytes = 0; ///< size of "<path>" now
        int rotations = 0;           ///< how often a full file was renamed to "<path>.1"
        qint64 queuedBytes = 0;      ///< waiting for the worker (of Options::maxQueueBytes): how far behind it is
    };

    explicit MessageRecorder(Options options, QObject* parent = nullptr);
    ~MessageRecorder() override;
    Q_DISABLE_COPY_MOVE(MessageRecorder)

    /// Starts the worker, which opens (creates or truncates) the file. Returns false when already started. A file
    /// that cannot be opened is reported by `errorOccurred`, followed by `finished`.
    bool start();
    /// Queues `messages` for writing; cheap (no formatting, no disk). What does not fit into the queue, and anything
    /// appended before start() or after stop() or an error, is counted as dropped.
    void append(const QList<MqttMessage>& messages);
    /// Writes what is queued, closes the file and ends the worker; `finished` follows. Returns at once.
    void stop();

    bool isRecording() const { return m_state == State::Recording; }
    const Options& options() const { return m_options; }
    Stats stats() const;

Q_SIGNALS:
    /// The recording failed and has stopped: what is wrong and how to fix it, in words ("The disk holding … is full.
    /// Free some space or record to another disk, then start again."). `finished` follows.
    void errorOccurred(const QString& message);
    /// Messages were dropped because the worker is behind; `droppedTotal` counts all of this recording so far.
    void messagesDropped(quint64 droppedTotal);
    /// The worker has ended and the file is closed (after stop(), or after an error).
    void finished(const MessageRecorder::Stats& stats);

private:
    enum class State { Idle, Recording, Stopping, Finished };
    struct Shared; ///< the queue and counters, shared with the worker
    class Worker;  ///< formats and writes; worker thread only

    void workerDone(const QString& error);

    const Options m_options;
    State m_state = State::Idle;
    std::shared_ptr<Shared> m_shared;
    std::thread m_worker;
};

Q_DECLARE_METATYPE(MessageRecorder::Stats)
