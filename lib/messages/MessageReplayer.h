// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "messages/MessageLog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>

class MqttSession;

/// Replays a recording in the MessageLog format (JSON lines: a recording, a pane's export, or the output of
/// `thingbench-cli sub --format jsonl`) to a broker through an MqttSession: each message with its QoS, retain flag,
/// payload bytes and MQTT 5 properties exactly as recorded, its topic optionally moved from one prefix to another.
///
/// Pace: the recorded receive times (`tst`), scaled by a speed factor (2 = twice as fast), or as fast as the session
/// takes them. Either way at most `window` publishes wait in the session (pendingPublishes()), so memory stays
/// bounded however long the file is.
///
/// The file is read and parsed on a worker thread of the replayer, which stays at most a bounded read-ahead in front
/// of the publishing (the owner takes what was read ahead in one go, so at most twice the read-ahead is in memory);
/// bad lines are skipped, counted and reported in the summary (MessageLog::describeBadLines).
///
/// Thread affinity: the session's thread (the GUI thread) for every method and signal. Nothing here waits on that
/// thread: the worker hands messages over through a locked queue and wakes the owner with a queued call; the worker
/// itself is never joined (it ends on its own once told to stop, and touches only state it shares with us).
/// One replay per object.
class MessageReplayer final : public QObject
{
    Q_OBJECT

public:
    static constexpr double MIN_SPEED = 0.1;
    static constexpr double MAX_SPEED = 100;

    struct Options
    {
        QString path;
        double speed = 1;                   ///< the recorded pace times this (MIN_SPEED to MAX_SPEED); 1: as recorded
        bool asFastAsPossible = false;      ///< ignore the recorded times; only the session's queue paces the replay
        QString fromPrefix;                 ///< a topic under this prefix ("old/prefix") …
        QString toPrefix;                   ///< … is moved under this one ("new/prefix"); others are kept as they are
        int window = 4096;                  ///< publishes pending in the session at most
        qsizetype readAheadMessages = 8192; ///< parsed messages waiting for their turn, at most
        qint64 readAheadBytes = qint64(16) * 1024 * 1024;
    };

    /// How a replay went.
    struct Summary
    {
        qint64 sent = 0;              ///< published (QoS 0: written to the connection; QoS 1 and 2: acknowledged)
        qint64 failed = 0;            ///< refused by the session or the broker
        qint64 unconfirmed = 0;       ///< handed to the session, but no result came before the replay ended
        qint64 badLines = 0;          ///< lines that are not messages of the format, skipped
        QString badLinesText;         ///< MessageLog::describeBadLines of those
        QString firstFailure;         ///< why the first failed message failed
        qint64 withoutProperties = 0; ///< messages whose MQTT 5 properties an MQTT 3.1.1 connection could not carry
        QString error;                ///< the file could not be read, or the connection ended; empty otherwise
        bool stopped = false;         ///< stop() was called before the end of the file
        qint64 elapsedMs = 0;

        /// Every line of the file was a message and every message was sent.
        bool complete() const
        {
            return error.isEmpty() && !stopped && failed == 0 && unconfirmed == 0 && badLines == 0;
        }
        /// One line for a person: "Replayed 1,000 messages in 2.1 s (476 messages/s); …".
        QString describe() const;
    };

    /// Checks the options without touching the file (speed range, prefixes). Errors say which option is wrong.
    static Result<void> validate(const Options& options);
    /// `topic` moved from `from` to `to` when it is `from` itself or lies below it ("a/b" is below "a" and "a/",
    /// "ab" is not); any other topic as it is.
    static QString rewriteTopic(const QString& topic, const QString& from, const QString& to);
    /// Blocking (reads the file up to its first message; call it where disk I/O is allowed): errors `file_not_found`,
    /// `file_unreadable`, and `no_messages` for a file without a single valid line (saying what its lines lack).
    static Result<void> checkFile(const QString& path);

    /// `session` must live on this thread; it may be connected later (the replay waits for it).
    explicit MessageReplayer(MqttSession* session, QObject* parent = nullptr);
    ~MessageReplayer() override;
    Q_DISABLE_COPY_MOVE(MessageReplayer)

    /// Starts reading and publishing. Returns false (and does nothing) when already started or when validate()
    /// fails. A file that cannot be read ends the replay with `finished` (its summary says why).
    bool start(const Options& options);
    /// Publishes nothing more; `finished` follows once the results of the publishes already handed to the session
    /// are in (or after STOP_GRACE_MS, the rest then counted as unconfirmed). Returns at once.
    void stop();

    bool isRunning() const { return m_phase == Phase::Running || m_phase == Phase::Draining; }
    /// The summary so far.
    Summary summary() const;

    /// After stop() (or the end of the connection) results are awaited this long at most.
    static constexpr int STOP_GRACE_MS = 5000;

Q_SIGNALS:
    /// About ten times a second while replaying, and once at the end: messages handed on so far, and how far into
    /// the file (bytes) they reach.
    void progress(qint64 messagesDone, qint64 bytesDone, qint64 bytesTotal);
    void finished(const MessageReplayer::Summary& summary);

private:
    enum class Phase { Idle, Running, Draining, Finished };
    struct Feed; ///< what the worker shares with us
    struct Entry
    {
        MqttMessage message;
        qint64 endOffset = 0; ///< where its line ends in the file
    };

    void pump();
    bool refill();
    void publishNext();
    qint64 dueNs(qint64 recordedMs) const;
    void handleResult(quint64 id, bool ok, const QString& failure);
    void handleStateChanged();
    /// Ends reading and publishing; the replay finishes when the results are in. `error` goes into the summary.
    void wind(bool stopped, const QString& error);
    void finishIfDone();
    void finish();
    void reportProgress(bool force);

    QPointer<MqttSession> m_session;
    Options m_options;
    Phase m_phase = Phase::Idle;
    std::shared_ptr<Feed> m_feed;
    std::deque<Entry> m_ready; ///< taken from the feed, not yet published
    QSet<quint64> m_inflight;  ///< our publishes whose result has not come yet
    Summary m_summary;
    qint64 m_handedOn = 0;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    bool m_feedDone = false; ///< the worker has read the whole file (or failed)
    bool m_paceStarted = false;
    bool m_waitingForRoom = false; ///< the pump stopped at the window; results resume it
    qint64 m_firstRecordedMs = 0;
    QElapsedTimer m_clock;     ///< since start()
    QElapsedTimer m_paceClock; ///< since the first message was published
    qint64 m_lastProgressMs = -1;
    QTimer m_paceTimer;  ///< wakes the pump when the next message is due
    QTimer m_pumpTimer;  ///< continues a long run of due messages after other events had their turn
    QTimer m_graceTimer; ///< bounds the wait for results after stop()
};

Q_DECLARE_METATYPE(MessageReplayer::Summary)
