// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageRecorder.h"

#include "messages/MessageLog.h"
#include "mqtt/MessageInbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

namespace {

// Lines are gathered into chunks of this size before they go to the file: one write per chunk, not per message.
constexpr qsizetype WRITE_CHUNK = 1 << 20;
// Below this much free space a failed write is reported as a full disk even when the system said otherwise.
constexpr qint64 NEARLY_FULL_BYTES = qint64(1) << 20;

struct Batch
{
    QList<MqttMessage> messages;
    qint64 cost = 0; ///< charged against Options::maxQueueBytes until the batch is written
};

QString rotatedName(const QString& path, int index)
{
    return path + QLatin1Char('.') + QString::number(index);
}

/// True when the last error of `file` was "no space left" (or a quota), or its disk is nearly full.
bool diskFull(const QFileDevice& file, const QString& path)
{
    const QString error = file.errorString();
    bool full = error == qt_error_string(ENOSPC);
#ifdef EDQUOT
    full = full || error == qt_error_string(EDQUOT);
#endif
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return full || (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < NEARLY_FULL_BYTES);
}

/// Why `path` cannot be opened for writing, in words that say what to do.
QString openError(const QFile& file, const QString& path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        return MessageRecorder::tr("Cannot record to “%1”: the folder “%2” does not exist. Create it or choose "
                                   "another folder.")
            .arg(path, QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    if (!folder.isDir()) {
        return MessageRecorder::tr("Cannot record to “%1”: “%2” is a file, not a folder. Choose a folder.")
            .arg(path, QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    if (info.isDir()) {
        return MessageRecorder::tr("Cannot record to “%1”: it is a folder. Give a file name inside it.").arg(path);
    }
    if (diskFull(file, path)) {
        return MessageRecorder::tr("Cannot record to “%1”: the disk is full. Free some space or record to another "
                                   "disk.")
            .arg(path);
    }
    return MessageRecorder::tr("Cannot record to “%1”: you may not write there (%2). Choose a folder you may write "
                               "to.")
        .arg(path, file.errorString());
}

} // namespace

/// What the owner and the worker share. The mutex guards the queue and the flags; the counters are atomics, read by
/// stats() from any thread.
struct MessageRecorder::Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Batch> batches;
    qint64 queuedBytes = 0;
    quint64 accepted = 0; ///< messages taken into the queue (written + queued + being written)
    bool stopping = false;
    bool failed = false; ///< the worker gave up: later messages are dropped at once

    std::atomic<quint64> written{0};
    std::atomic<quint64> dropped{0};
    std::atomic<qint64> bytesWritten{0};
    std::atomic<qint64> currentFileBytes{0};
    std::atomic<int> rotations{0};
};

/// The worker: formats the queued messages and writes them, rotating files. Worker thread only.
class MessageRecorder::Worker
{
public:
    Worker(const MessageRecorder::Options& options, MessageRecorder::Shared& shared)
        : m_options(options)
        , m_shared(shared)
    {
        m_chunk.reserve(WRITE_CHUNK + 4096);
    }

    /// Runs until stopped or failed; returns the error in words, or an empty string.
    QString run();

private:
    bool open();
    bool write(const MqttMessage& message);
    bool flush();
    bool rotate();
    QString writeError() const;
    /// Gives up: every message accepted but not written counts as dropped, and so does every later one.
    void abandon();

    const MessageRecorder::Options& m_options;
    MessageRecorder::Shared& m_shared;
    QFile m_file;
    QByteArray m_chunk;
    quint64 m_chunkMessages = 0;
    qint64 m_fileBytes = 0; ///< written to the current file
    QString m_error;
};

QString MessageRecorder::Worker::run()
{
    if (!open()) {
        abandon();
        return m_error;
    }
    for (;;) {
        std::deque<Batch> work;
        bool stopping = false;
        {
            std::unique_lock lock(m_shared.mutex);
            m_shared.wake.wait(lock, [this] { return !m_shared.batches.empty() || m_shared.stopping; });
            work.swap(m_shared.batches);
            stopping = m_shared.stopping;
        }
        for (const Batch& batch : work) {
            for (const MqttMessage& message : batch.messages) {
                if (!write(message)) {
                    abandon();
                    return m_error;
                }
            }
            const std::lock_guard lock(m_shared.mutex);
            m_shared.queuedBytes -= batch.cost;
        }
        // The queue ran dry: what is gathered goes to the system now, so a crash loses little.
        if (!flush()) {
            abandon();
            return m_error;
        }
        if (stopping) {
            m_file.close();
            return {};
        }
    }
}

bool MessageRecorder::Worker::open()
{
    m_file.setFileName(m_options.path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = openError(m_file, m_options.path);
        return false;
    }
    m_fileBytes = 0;
    m_shared.currentFileBytes.store(0, std::memory_order_relaxed);
    return true;
}

bool MessageRecorder::Worker::write(const MqttMessage& message)
{
    const QByteArray line = MessageLog::toLine(message);
    const qint64 pending = m_fileBytes + m_chunk.size();
    // A file that would grow past the limit is rotated first; a file holds at least one line, however long.
    if (m_options.maxFileBytes > 0 && pending > 0 && pending + line.size() > m_options.maxFileBytes) {
        if (!flush() || !rotate()) {
            return false;
        }
    }
    m_chunk += line;
    ++m_chunkMessages;
    return m_chunk.size() < WRITE_CHUNK || flush();
}

bool MessageRecorder::Worker::flush()
{
    if (m_chunk.isEmpty()) {
        return true;
    }
    if (m_file.write(m_chunk) != m_chunk.size()) {
        m_error = writeError();
        return false;
    }
    m_fileBytes += m_chunk.size();
    m_shared.currentFileBytes.store(m_fileBytes, std::memory_order_relaxed);
    m_shared.bytesWritten.fetch_add(m_chunk.size(), std::memory_order_relaxed);
    m_shared.written.fetch_add(m_chunkMessages, std::memory_order_relaxed);
    m_chunk.clear();
    m_chunkMessages = 0;
    return true;
}

bool MessageRecorder::Worker::rotate()
{
    const QString& path = m_options.path;
    m_file.close();
    if (m_options.keepFiles > 0) {
        // "<path>.<keep>" is the oldest kept: it goes, and every other file moves one up.
        QFile::remove(rotatedName(path, m_options.keepFiles));
        for (int i = m_options.keepFiles - 1; i >= 1; --i) {
            if (QFile::exists(rotatedName(path, i)) && !QFile::rename(rotatedName(path, i), rotatedName(path, i + 1))) {
                m_error = MessageRecorder::tr("Recording to “%1” stopped: “%2” could not be renamed for the next "
                                              "file. Check the folder's permissions, then start again.")
                              .arg(path, rotatedName(path, i));
                return false;
            }
        }
        if (!QFile::rename(path, rotatedName(path, 1))) {
            m_error = MessageRecorder::tr("Recording to “%1” stopped: it could not be renamed to “%2” for the next "
                                          "file. Check the folder's permissions, then start again.")
                          .arg(path, rotatedName(path, 1));
            return false;
        }
    }
    m_shared.rotations.fetch_add(1, std::memory_order_relaxed);
    return open();
}

QString MessageRecorder::Worker::writeError() const
{
    const quint64 written = m_shared.written.load(std::memory_order_relaxed);
    if (diskFull(m_file, m_options.path)) {
        return MessageRecorder::tr("Recording to “%1” stopped after %2 messages: the disk is full. Free some space or "
                                   "record to another disk, then start again.")
            .arg(m_options.path)
            .arg(written);
    }
    return MessageRecorder::tr("Recording to “%1” stopped after %2 messages: writing failed (%3). Check the disk, "
                               "then start again.")
        .arg(m_options.path)
        .arg(written)
        .arg(m_file.errorString());
}

void MessageRecorder::Worker::abandon()
{
    m_file.close();
    const std::lock_guard lock(m_shared.mutex);
    m_shared.failed = true;
    const quint64 written = m_shared.written.load(std::memory_order_relaxed);
    m_shared.dropped.fetch_add(m_shared.accepted - written, std::memory_order_relaxed);
    m_shared.accepted = written;
    m_shared.batches.clear();
    m_shared.queuedBytes = 0;
}

MessageRecorder::MessageRecorder(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<MessageRecorder::Stats>();
}

MessageRecorder::~MessageRecorder()
{
    stop();
    if (m_worker.joinable()) {
        m_worker.join(); // the worker writes what was queued; its last post to us is dropped with this object
    }
}

bool MessageRecorder::start()
{
    if (m_state != State::Idle) {
        return false;
    }
    m_state = State::Recording;
    m_worker = std::thread([this, shared = m_shared] {
        Worker worker(m_options, *shared);
        const QString error = worker.run();
        // Posted to us: the destructor joins this thread before the object goes, so `this` is alive here.
        QMetaObject::invokeMethod(
            this, [this, error] { workerDone(error); }, Qt::QueuedConnection);
    });
    return true;
}

void MessageRecorder::append(const QList<MqttMessage>& messages)
{
    if (messages.isEmpty()) {
        return;
    }
    qint64 cost = 0;
    for (const MqttMessage& message : messages) {
        cost += MessageInbox::costOf(message);
    }
    qsizetype taken = 0;
    if (m_state == State::Recording) {
        const std::lock_guard lock(m_shared->mutex);
        if (!m_shared->failed) {
            const bool wasEmpty = m_shared->batches.empty();
            if (m_shared->queuedBytes + cost <= m_options.maxQueueBytes) {
                taken = messages.size();
                m_shared->batches.push_back(Batch{messages, cost});
            } else {
                // The worker is behind: keep the part that fits (at least one message when nothing waits, so a
                // message larger than the whole queue is still recorded), drop the rest.
                qint64 fitting = 0;
                for (const MqttMessage& message : messages) {
                    const qint64 next = MessageInbox::costOf(message);
                    if (m_shared->queuedBytes + fitting + next > m_options.maxQueueBytes && !(wasEmpty && taken == 0)) {
                        break;
                    }
                    fitting += next;
                    ++taken;
                }
                cost = fitting;
                if (taken > 0) {
                    m_shared->batches.push_back(Batch{messages.first(taken), cost});
                }
            }
            m_shared->queuedBytes += taken > 0 ? cost : 0;
            m_shared->accepted += quint64(taken);
            if (wasEmpty && taken > 0) {
                m_shared->wake.notify_one();
            }
        }
    }
    if (taken < messages.size()) {
        const quint64 total =
            m_shared->dropped.fetch_add(quint64(messages.size() - taken)) + quint64(messages.size() - taken);
        Q_EMIT messagesDropped(total);
    }
}

void MessageRecorder::stop()
{
    if (m_state != State::Recording) {
        return;
    }
    m_state = State::Stopping;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
    }
    m_shared->wake.notify_one();
}

MessageRecorder::Stats MessageRecorder::stats() const
{
    Stats stats;
    stats.written = m_shared->written.load(std::memory_order_relaxed);
    stats.dropped = m_shared->dropped.load(std::memory_order_relaxed);
    stats.bytesWritten = m_shared->bytesWritten.load(std::memory_order_relaxed);
    stats.currentFileBytes = m_shared->currentFileBytes.load(std::memory_order_relaxed);
    stats.rotations = m_shared->rotations.load(std::memory_order_relaxed);
    const std::lock_guard lock(m_shared->mutex);
    stats.queuedBytes = m_shared->queuedBytes;
    return stats;
}

void MessageRecorder::workerDone(const QString& error)
{
    if (m_worker.joinable()) {
        m_worker.join(); // it has posted this as its last act: the join returns at once
    }
    m_state = State::Finished;
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(error);
    }
    Q_EMIT finished(stats());
}
