// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageReplayer.h"

#include "mqtt/MessageInbox.h"
#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

// At most this many messages are published per turn of the event loop, so a replay as fast as possible leaves the
// GUI its turns.
constexpr int MAX_PER_PUMP = 1024;
constexpr int PROGRESS_INTERVAL_MS = 100;

bool isBlank(const QByteArray& line)
{
    return std::all_of(line.cbegin(), line.cend(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

/// Opens a recording for reading, with the errors MessageLog::readFile gives.
std::optional<Error> openRecording(QFile& file, const QString& path)
{
    file.setFileName(path);
    if (!file.exists()) {
        return Error{QStringLiteral("file_not_found"),
                     MessageReplayer::tr("“%1” does not exist. Check the path and try again.").arg(path),
                     {}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file_unreadable"),
                     MessageReplayer::tr("Cannot read “%1”. Check that you may read it.").arg(path),
                     file.errorString()};
    }
    return std::nullopt;
}

Error readFailed(const QFile& file, const QString& path, qint64 lineNumber)
{
    return Error{
        QStringLiteral("file_unreadable"),
        MessageReplayer::tr("Reading “%1” failed at line %2. Check the disk and try again.").arg(path).arg(lineNumber),
        file.errorString()};
}

} // namespace

/// The hand-over between the worker (reads and parses) and the owner (publishes): a queue bounded by the read-ahead
/// limits. The worker waits for room; the owner never waits: it takes what is there, and the worker wakes it with a
/// queued call when it finds it waiting (at most one wake-up per take). The wake-up is posted with the mutex held and
/// never once `stopping` is set, which the owner does under the mutex before it goes, so no call reaches a dead owner.
struct MessageReplayer::Feed
{
    std::mutex mutex;
    std::condition_variable room;
    std::deque<Entry> entries;
    qint64 bytes = 0; ///< MessageInbox::costOf of the entries
    qsizetype maxEntries = 1;
    qint64 maxBytes = 0;
    qint64 totalBytes = 0;
    MessageLog::ReadReport bad; ///< bad lines: their count and first errors (no messages)
    std::optional<Error> error;
    bool done = false;     ///< the whole file was read, or reading failed
    bool stopping = false; ///< the owner is gone or wants nothing more
    bool wakePending = false;
    std::function<void()> wake; ///< posts a queued call to the owner; called with the mutex held

    /// Worker thread: reads and parses `options.path` until its end or until stopped.
    void read(const Options& options);
    /// Worker thread: waits for room and queues `entry`; false when stopped.
    bool push(Entry&& entry);
    void notifyLocked();
};

void MessageReplayer::Feed::read(const Options& options)
{
    QFile file;
    if (auto error = openRecording(file, options.path)) {
        const std::lock_guard lock(mutex);
        this->error = *error;
        done = true;
        notifyLocked();
        return;
    }
    {
        const std::lock_guard lock(mutex);
        totalBytes = file.size();
    }
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        if (line.isEmpty() && file.error() != QFileDevice::NoError) {
            const std::lock_guard lock(mutex);
            error = readFailed(file, options.path, lineNumber);
            break;
        }
        if (isBlank(line)) {
            continue;
        }
        auto message = MessageLog::parseLine(line, lineNumber);
        if (!message) {
            const std::lock_guard lock(mutex);
            ++bad.badLines;
            if (bad.errors.size() < MessageLog::REPORTED_ERRORS) {
                bad.errors.append(message.error());
            }
            continue;
        }
        Entry entry{std::move(message).value(), file.pos()};
        if (!options.fromPrefix.isEmpty()) {
            entry.message.topic = rewriteTopic(entry.message.topic, options.fromPrefix, options.toPrefix);
        }
        if (!push(std::move(entry))) {
            return;
        }
    }
    const std::lock_guard lock(mutex);
    done = true;
    notifyLocked();
}

bool MessageReplayer::Feed::push(Entry&& entry)
{
    const qint64 cost = MessageInbox::costOf(entry.message);
    std::unique_lock lock(mutex);
    // The read-ahead is full once either limit is reached; a single message larger than the byte limit still goes
    // (alone), or a long payload could never be replayed.
    room.wait(lock, [&] {
        return stopping || entries.empty() || (qsizetype(entries.size()) < maxEntries && bytes + cost <= maxBytes);
    });
    if (stopping) {
        return false;
    }
    entries.push_back(std::move(entry));
    bytes += cost;
    notifyLocked();
    return true;
}

void MessageReplayer::Feed::notifyLocked()
{
    if (!wakePending && !stopping) {
        wakePending = true;
        wake();
    }
}

QString MessageReplayer::Summary::describe() const
{
    const double seconds = double(elapsedMs) / 1000.0;
    QString first = tr("Replayed %1 messages in %2 s").arg(sent).arg(seconds, 0, 'f', 1);
    if (seconds > 0 && sent > 0) {
        first += tr(" (%1 messages/s)").arg(qRound64(double(sent) / seconds));
    }
    QStringList parts{first};
    if (failed > 0) {
        parts << tr("%1 failed (the first: %2)").arg(failed).arg(firstFailure);
    }
    if (unconfirmed > 0) {
        parts << tr("%1 were handed to the connection but their result did not come before the replay ended")
                     .arg(unconfirmed);
    }
    if (stopped) {
        parts << tr("stopped before the end of the file");
    }
    if (!error.isEmpty()) {
        parts << error;
    }
    if (badLines > 0) {
        parts << badLinesText;
    }
    if (withoutProperties > 0) {
        parts << tr("%1 messages went without their MQTT 5 properties, which an MQTT 3.1.1 connection cannot carry "
                    "(connect with MQTT 5 to keep them)")
                     .arg(withoutProperties);
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!text.endsWith(QLatin1Char('.'))) {
        text += QLatin1Char('.');
    }
    return text;
}

Result<void> MessageReplayer::validate(const Options& options)
{
    const auto bad = [](const QString& message) { return Error{QStringLiteral("invalid_options"), message, {}}; };
    if (!options.asFastAsPossible && !(options.speed >= MIN_SPEED && options.speed <= MAX_SPEED)) {
        return bad(tr("The speed must be from %1 to %2 (1 replays at the recorded pace, 2 twice as fast), not %3.")
                       .arg(MIN_SPEED)
                       .arg(MAX_SPEED)
                       .arg(options.speed));
    }
    if (options.fromPrefix.isEmpty() != options.toPrefix.isEmpty()) {
        return bad(tr("Give both topic prefixes, the one to replace and the new one (OLD=NEW), or neither."));
    }
    if (!options.fromPrefix.isEmpty()) {
        for (const QString& prefix : {options.fromPrefix, options.toPrefix}) {
            if (auto valid = TopicFilter::validateTopicName(prefix); !valid) {
                return bad(tr("The topic prefix “%1” cannot be used: %2").arg(prefix, valid.error().message));
            }
        }
    }
    if (options.window < 1 || options.readAheadMessages < 1 || options.readAheadBytes < 1) {
        return bad(tr("The publish window and the read-ahead must be at least 1."));
    }
    return {};
}

QString MessageReplayer::rewriteTopic(const QString& topic, const QString& from, const QString& to)
{
    if (from.isEmpty() || !topic.startsWith(from)) {
        return topic;
    }
    // Whole levels only: "a/b" lies below "a", "ab" does not.
    if (topic.size() == from.size() || from.endsWith(QLatin1Char('/')) || topic.at(from.size()) == QLatin1Char('/')) {
        return to + topic.mid(from.size());
    }
    return topic;
}

Result<void> MessageReplayer::checkFile(const QString& path)
{
    QFile file;
    if (auto error = openRecording(file, path)) {
        return *error;
    }
    MessageLog::ReadReport report;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        if (line.isEmpty() && file.error() != QFileDevice::NoError) {
            return readFailed(file, path, lineNumber);
        }
        if (isBlank(line)) {
            continue;
        }
        auto message = MessageLog::parseLine(line, lineNumber);
        if (message) {
            return {};
        }
        ++report.badLines;
        if (report.errors.size() < MessageLog::REPORTED_ERRORS) {
            report.errors.append(message.error());
        }
    }
    if (report.badLines == 0) {
        return Error{
            QStringLiteral("no_messages"), tr("“%1” is empty: there are no messages to replay.").arg(path), {}};
    }
    return Error{QStringLiteral("no_messages"),
                 tr("“%1” holds no messages in ThingBench's JSON-lines format (as “thingbench-cli sub --format jsonl” "
                    "writes it). %2")
                     .arg(path, MessageLog::describeBadLines(report)),
                 {}};
}

MessageReplayer::MessageReplayer(MqttSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<MessageReplayer::Summary>();
    m_paceTimer.setSingleShot(true);
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    m_pumpTimer.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &MessageReplayer::pump);
    connect(&m_pumpTimer, &QTimer::timeout, this, &MessageReplayer::pump);
    connect(&m_graceTimer, &QTimer::timeout, this, &MessageReplayer::finish);
    if (session) {
        connect(session, &MqttSession::published, this, [this](quint64 id) { handleResult(id, true, {}); });
        connect(session, &MqttSession::publishFailed, this,
                [this](quint64 id, const QString& failure) { handleResult(id, false, failure); });
        connect(session, &MqttSession::stateChanged, this, &MessageReplayer::handleStateChanged);
        // The session's own members are gone by now: only the QPointer (already null) may be looked at.
        connect(session, &QObject::destroyed, this, [this] { wind(false, tr("The connection was closed")); });
    }
}

MessageReplayer::~MessageReplayer()
{
    if (m_feed) {
        {
            const std::lock_guard lock(m_feed->mutex);
            m_feed->stopping = true; // from here on the worker posts nothing to us
        }
        m_feed->room.notify_all();
    }
}

bool MessageReplayer::start(const Options& options)
{
    if (m_phase != Phase::Idle || !validate(options)) {
        return false;
    }
    m_options = options;
    m_phase = Phase::Running;
    m_clock.start();
    m_feed = std::make_shared<Feed>();
    m_feed->maxEntries = options.readAheadMessages;
    m_feed->maxBytes = options.readAheadBytes;
    m_feed->wake = [this] { QMetaObject::invokeMethod(this, &MessageReplayer::pump, Qt::QueuedConnection); };
    // Detached: the worker ends by itself once the file is read or `stopping` is set, and never outlives the feed.
    std::thread([feed = m_feed, options] { feed->read(options); }).detach();
    return true;
}

void MessageReplayer::stop()
{
    wind(true, {});
}

MessageReplayer::Summary MessageReplayer::summary() const
{
    Summary summary = m_summary;
    if (m_phase != Phase::Finished) {
        summary.unconfirmed = m_inflight.size();
        summary.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        if (m_feed) {
            const std::lock_guard lock(m_feed->mutex);
            summary.badLines = m_feed->bad.badLines;
            summary.badLinesText = MessageLog::describeBadLines(m_feed->bad);
        }
    }
    return summary;
}

void MessageReplayer::pump()
{
    if (m_phase != Phase::Running) {
        return;
    }
    for (int handed = 0;; ++handed) {
        if (m_ready.empty() && !refill()) {
            finishIfDone();
            break;
        }
        if (!m_session || m_session->state() != SessionState::Connected) {
            break; // handleStateChanged() resumes
        }
        if (m_session->pendingPublishes() >= m_options.window) {
            m_waitingForRoom = true; // handleResult() resumes
            break;
        }
        if (!m_options.asFastAsPossible && m_paceStarted) {
            const qint64 waitNs = dueNs(m_ready.front().message.receivedAtMs) - m_paceClock.nsecsElapsed();
            if (waitNs > 0) {
                m_paceTimer.start(int(std::min<qint64>((waitNs + 999'999) / 1'000'000, 3'600'000)));
                break;
            }
        }
        if (handed == MAX_PER_PUMP) {
            m_pumpTimer.start(0); // the rest after whatever else waits in the event loop
            break;
        }
        publishNext();
    }
    reportProgress(false);
}

bool MessageReplayer::refill()
{
    {
        const std::lock_guard lock(m_feed->mutex);
        m_feed->wakePending = false;
        m_ready.swap(m_feed->entries); // m_ready is empty: an O(1) take of everything read ahead
        m_feed->bytes = 0;
        m_feedDone = m_feed->done && m_feed->entries.empty();
        m_bytesTotal = m_feed->totalBytes;
    }
    m_feed->room.notify_one();
    return !m_ready.empty();
}

void MessageReplayer::publishNext()
{
    const Entry entry = std::move(m_ready.front());
    m_ready.pop_front();
    const MqttMessage& message = entry.message;
    if (!m_paceStarted) {
        m_paceStarted = true;
        m_firstRecordedMs = message.receivedAtMs;
        m_paceClock.start();
    }
    static const MqttProperties NO_PROPERTIES;
    const bool hasProperties = message.properties && !message.properties->isEmpty();
    if (hasProperties && m_session->options().version != MqttVersion::V5) {
        ++m_summary.withoutProperties;
    }
    const quint64 id = m_session->publish(message.topic, message.payload, message.qos, message.retained,
                                          hasProperties ? *message.properties : NO_PROPERTIES);
    m_inflight.insert(id);
    ++m_handedOn;
    m_bytesDone = entry.endOffset;
}

qint64 MessageReplayer::dueNs(qint64 recordedMs) const
{
    // Times before the first message's (an unsorted file, a clock that jumped) are due at once.
    return qint64(std::llround(double(recordedMs - m_firstRecordedMs) * 1e6 / m_options.speed));
}

void MessageReplayer::handleResult(quint64 id, bool ok, const QString& failure)
{
    if (m_inflight.remove(id)) { // else another publisher's: it still frees room in the session
        if (ok) {
            ++m_summary.sent;
        } else {
            ++m_summary.failed;
            if (m_summary.firstFailure.isEmpty()) {
                m_summary.firstFailure = failure;
            }
        }
    }
    if (m_phase == Phase::Running && m_waitingForRoom && m_session &&
        m_session->pendingPublishes() <= m_options.window - m_options.window / 4) {
        m_waitingForRoom = false; // refill in steps of a quarter window, not one publish per result
        pump();
    } else {
        finishIfDone();
    }
}

void MessageReplayer::handleStateChanged()
{
    if (!isRunning()) {
        return;
    }
    if (m_session && m_session->state() == SessionState::Connected) {
        pump();
    } else if (!m_session || m_session->state() == SessionState::Disconnected) {
        wind(false, tr("The connection to the broker was closed"));
    }
}

void MessageReplayer::wind(bool stopped, const QString& error)
{
    if (m_phase == Phase::Running) {
        m_summary.stopped = stopped;
        m_summary.error = error;
    } else if (m_phase != Phase::Draining) {
        return;
    }
    m_phase = Phase::Draining;
    m_ready.clear();
    m_paceTimer.stop();
    m_pumpTimer.stop();
    if (m_feed) {
        {
            const std::lock_guard lock(m_feed->mutex);
            m_feed->stopping = true;
        }
        m_feed->room.notify_all();
    }
    if (m_inflight.isEmpty()) {
        QMetaObject::invokeMethod(this, &MessageReplayer::finish, Qt::QueuedConnection);
    } else if (!m_graceTimer.isActive()) {
        m_graceTimer.start(STOP_GRACE_MS);
    }
}

void MessageReplayer::finishIfDone()
{
    if (m_phase == Phase::Running && m_feedDone && m_ready.empty()) {
        m_phase = Phase::Draining; // everything is handed on: only the results are awaited
    }
    if (m_phase == Phase::Draining && m_inflight.isEmpty()) {
        finish();
    }
}

void MessageReplayer::finish()
{
    if (m_phase == Phase::Finished) {
        return;
    }
    m_phase = Phase::Finished;
    m_paceTimer.stop();
    m_pumpTimer.stop();
    m_graceTimer.stop();
    if (m_feed) {
        const std::lock_guard lock(m_feed->mutex);
        m_feed->stopping = true;
        m_summary.badLines = m_feed->bad.badLines;
        m_summary.badLinesText = MessageLog::describeBadLines(m_feed->bad);
        if (m_feed->error && m_summary.error.isEmpty()) {
            m_summary.error = m_feed->error->message;
        }
    }
    if (m_feed) {
        m_feed->room.notify_all();
    }
    m_summary.unconfirmed = m_inflight.size();
    m_inflight.clear();
    m_summary.elapsedMs = m_clock.elapsed();
    reportProgress(true);
    Q_EMIT finished(m_summary);
}

void MessageReplayer::reportProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < PROGRESS_INTERVAL_MS) {
        return;
    }
    m_lastProgressMs = now;
    Q_EMIT progress(m_handedOn, m_bytesDone, m_bytesTotal);
}
