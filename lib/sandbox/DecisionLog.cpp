// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DecisionLog.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

#include <sys/stat.h>

namespace Sandbox {

namespace {

/// A second of slack: the plugin stamps a decision when it is made and writes it up to ~100 ms later.
constexpr qint64 SINCE_SLACK_MS = 1000;

quint64 inodeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}

/// `"clientId":"<id>"` as the log writes it (JSON-escaped), to skip other clients' lines without parsing them.
QByteArray clientNeedle(const QString& clientId)
{
    const QByteArray array = QJsonDocument(QJsonArray{clientId}).toJson(QJsonDocument::Compact); // ["<id>"]
    return QByteArrayLiteral("\"clientId\":") + array.mid(1, array.size() - 2);
}

/// Reads [offset, end) of `file` up to its last complete line (at most `maxBytes`, the newest kept); appends the
/// refusals of the client and returns the offset after the last complete line.
qint64 readLines(QFile& file, qint64 offset, qint64 maxBytes, const QByteArray& needle, const QString& clientId,
                 const QDateTime& since, QList<PolicyDecision>* refusals)
{
    const qint64 size = file.size();
    qint64 start = offset;
    if (size - start > maxBytes) {
        start = size - maxBytes; // a flood: the newest part, from its first complete line
    }
    if (!file.seek(start)) {
        return offset;
    }
    QByteArray bytes = file.read(size - start);
    const qsizetype lastNewline = bytes.lastIndexOf('\n');
    if (lastNewline < 0) {
        return start; // no complete line yet
    }
    bytes.truncate(lastNewline + 1);
    qsizetype from = 0;
    if (start != offset) {
        from = bytes.indexOf('\n') + 1; // skipped into the middle of a line
    }
    while (from < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', from);
        const QByteArrayView line(bytes.constData() + from, end - from);
        from = end + 1;
        if (!line.contains(needle) || line.contains(QByteArrayView("\"decision\":\"ALLOWED\""))) {
            continue;
        }
        std::optional<PolicyDecision> decision = PolicyDecision::fromJsonLine(line);
        if (decision && !decision->allowed() && decision->clientId == clientId && decision->time >= since) {
            refusals->append(*decision);
        }
    }
    return start + lastNewline + 1;
}

} // namespace

QString PolicyDecision::resourcePath() const
{
    // arn:aws:iot:<region>:<account>:<path>; the path itself may hold colons.
    int colons = 0;
    for (qsizetype i = 0; i < resource.size(); ++i) {
        if (resource.at(i) == QLatin1Char(':') && ++colons == 5) {
            return resource.mid(i + 1);
        }
    }
    return resource;
}

QString PolicyDecision::resourceName() const
{
    const QString path = resourcePath();
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.mid(slash + 1);
}

std::optional<PolicyDecision> PolicyDecision::fromJsonLine(QByteArrayView line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray());
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("decision")).isString() || !object.value(QStringLiteral("action")).isString()) {
        return std::nullopt;
    }
    PolicyDecision decision;
    decision.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    decision.clientId = object.value(QStringLiteral("clientId")).toString();
    decision.certificateId = object.value(QStringLiteral("certificateId")).toString();
    decision.action = object.value(QStringLiteral("action")).toString();
    decision.resource = object.value(QStringLiteral("resource")).toString();
    decision.decision = object.value(QStringLiteral("decision")).toString();
    decision.explanation = object.value(QStringLiteral("explanation")).toString();
    decision.count = qMax<qint64>(1, object.value(QStringLiteral("count")).toInteger(1));
    return decision;
}

DecisionLogRead readDecisionLog(const QString& path, quint64 inode, qint64 offset, const QString& clientId,
                                const QDateTime& since, qint64 maxBytes)
{
    DecisionLogRead read;
    const QByteArray needle = clientNeedle(clientId);
    const quint64 current = inodeOf(path);
    if (inode != 0 && current != inode) {
        // Rotated: the rest of the old file first (it is `path`.1 now), then the new one from its start.
        const QString old = path + QStringLiteral(".1");
        QFile previous(old);
        if (inodeOf(old) == inode && previous.open(QIODevice::ReadOnly)) {
            readLines(previous, offset, maxBytes, needle, clientId, since, &read.refusals);
        }
        offset = 0;
    }
    read.inode = current;
    QFile file(path);
    if (current == 0 || !file.open(QIODevice::ReadOnly)) {
        return read; // not there (yet): a first read again next time
    }
    if (inode == 0) {
        offset = qMax<qint64>(0, file.size() - DecisionLogWatcher::FIRST_READ_BYTES);
    } else if (file.size() < offset) {
        offset = 0; // replaced by a shorter file
    }
    read.offset = readLines(file, offset, maxBytes, needle, clientId, since, &read.refusals);
    return read;
}

DecisionLogWatcher::DecisionLogWatcher(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<PolicyDecision>();
    m_timer.setInterval(POLL_INTERVAL_MS);
    connect(&m_timer, &QTimer::timeout, this, &DecisionLogWatcher::poll);
}

DecisionLogWatcher::~DecisionLogWatcher()
{
    m_read.waitForFinished(); // a read of a small file; the future may not outlive its result's receiver
}

void DecisionLogWatcher::watch(const QString& path, const QString& clientId)
{
    if (path != m_path) {
        ++m_generation;
        m_reading = false;
        m_inode = 0;
        m_offset = 0;
    }
    m_path = path;
    m_clientId = clientId;
    m_since = QDateTime::currentDateTimeUtc().addMSecs(-SINCE_SLACK_MS);
    if (!m_path.isEmpty() && !m_timer.isActive()) {
        m_timer.start();
        poll();
    }
}

void DecisionLogWatcher::stop()
{
    ++m_generation;
    m_reading = false;
    m_timer.stop();
    m_path.clear();
    m_clientId.clear();
    m_inode = 0;
    m_offset = 0;
}

void DecisionLogWatcher::poll()
{
    if (m_reading || m_path.isEmpty()) {
        return;
    }
    m_reading = true;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<DecisionLogRead>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return;
        }
        m_reading = false;
        const DecisionLogRead read = watcher->result();
        m_inode = read.inode;
        m_offset = read.offset;
        for (const PolicyDecision& decision : read.refusals) {
            Q_EMIT refused(decision);
        }
    });
    m_read = QtConcurrent::run(readDecisionLog, m_path, m_inode, m_offset, m_clientId, m_since, MAX_READ_BYTES);
    watcher->setFuture(m_read);
}

} // namespace Sandbox
