// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace Sandbox {

/// One decision of the sandbox's policy plugin, as its decision log (JSON lines, lib/policy/Authorizer.h) holds it.
struct PolicyDecision
{
    QDateTime time; ///< UTC; for an aggregated line, its first decision
    QString clientId;
    QString certificateId;
    QString action;   ///< "iot:Connect", "iot:Publish", "iot:RetainPublish", "iot:Subscribe", "iot:Receive"
    QString resource; ///< the ARN, e.g. "arn:aws:iot:us-east-1:123456789012:topicfilter/devices/#"
    QString decision; ///< "ALLOWED", "EXPLICIT_DENY", "IMPLICIT_DENY"
    QString explanation;
    qint64 count = 1; ///< the same decision this many times within the line's interval

    bool allowed() const { return decision == QLatin1String("ALLOWED"); }
    /// The resource after the ARN's account: "topicfilter/devices/#".
    QString resourcePath() const;
    /// The topic, filter or client ID the resource names ("devices/#"), without its kind.
    QString resourceName() const;

    /// A decision line; nullopt for other lines (registry reloads) and lines that are not JSON objects.
    static std::optional<PolicyDecision> fromJsonLine(QByteArrayView line);
};

/// What one read of the decision log found (DecisionLogWatcher's worker result).
struct DecisionLogRead
{
    quint64 inode = 0;
    qint64 offset = 0;              ///< where the next read starts
    QList<PolicyDecision> refusals; ///< of the watched client, in file order
};

/// Worker thread. Reads `path` from `offset` (the file with `inode`; 0 for a first read, which starts at most
/// DecisionLogWatcher::FIRST_READ_BYTES before the end) up to its last complete line, at most `maxBytes`, and keeps
/// the refusals of `clientId` decided at `since` or later. A log that was rotated (`path`.1 now has `inode`) is read
/// to its end first; one that shrank is read from its start.
DecisionLogRead readDecisionLog(const QString& path, quint64 inode, qint64 offset, const QString& clientId,
                                const QDateTime& since, qint64 maxBytes);

/// Follows the sandbox's decision log and reports what it refused one client (the app's own connection), so the app
/// can say *why* a connect, subscribe or publish failed, and that messages were withheld, where MQTT itself says
/// nothing (a denied QoS 0 publish, a denied delivery). Reads on a worker thread every POLL_INTERVAL_MS; never waits.
///
/// Thread affinity: owner (GUI) thread only.
class DecisionLogWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int POLL_INTERVAL_MS = 200;
    /// A first read looks this far back, for a refusal logged just before watching began.
    static constexpr qint64 FIRST_READ_BYTES = qint64(256) * 1024;
    /// At most this much per poll; a flood of decisions beyond it is skipped (the newest refusals come next).
    static constexpr qint64 MAX_READ_BYTES = qint64(4) * 1024 * 1024;

    explicit DecisionLogWatcher(QObject* parent = nullptr);
    ~DecisionLogWatcher() override;
    Q_DISABLE_COPY_MOVE(DecisionLogWatcher)

    /// Watches `path` for refusals of `clientId` decided from now on (a second of slack for the plugin's clock and
    /// flush). Calling it again with another client ID (a new connection) keeps the position in the file.
    void watch(const QString& path, const QString& clientId);
    /// Stops watching; a read under way is ignored when it ends.
    void stop();

    QString path() const { return m_path; }
    QString clientId() const { return m_clientId; }

Q_SIGNALS:
    /// The plugin refused the watched client something.
    void refused(const Sandbox::PolicyDecision& decision);

private:
    void poll();

    QString m_path;
    QString m_clientId;
    QDateTime m_since;
    quint64 m_inode = 0;
    qint64 m_offset = 0;
    quint64 m_generation = 0; ///< bumped by watch()/stop() on a path change: late reads are ignored
    bool m_reading = false;
    QTimer m_timer;
    QFuture<DecisionLogRead> m_read;
};

} // namespace Sandbox

Q_DECLARE_METATYPE(Sandbox::PolicyDecision)
