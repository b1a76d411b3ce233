// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class MqttSession;

/// Clears retained messages on the broker: an empty retained QoS 1 publish per topic (MQTT's way to remove one),
/// then reports which topics the broker acknowledged and which failed. Topics with wildcards or starting with `$`
/// are never published to (`$` topics belong to the broker or to AWS IoT: `$aws/...` refuses retained publishes),
/// and are reported as skipped. Deletes itself after finished(). GUI thread; never waits.
class RetainedCleaner final : public QObject
{
    Q_OBJECT

public:
    RetainedCleaner(MqttSession* session, const QStringList& topics, QObject* parent = nullptr);
    ~RetainedCleaner() override;
    Q_DISABLE_COPY_MOVE(RetainedCleaner)

    /// Sends the publishes; finished() follows (queued) even when there is nothing to send.
    void start();

Q_SIGNALS:
    /// `cleared`: acknowledged by the broker; `failures`: "topic: reason" for the rest, skipped ones included.
    void finished(const QStringList& cleared, const QStringList& failures);

private:
    void settle(quint64 id, const QString& failure);
    void finishIfDone();

    QPointer<MqttSession> m_session;
    QStringList m_topics;
    QHash<quint64, QString> m_pending; // publish id -> topic
    QStringList m_cleared;
    QStringList m_failures;
    bool m_started = false;
};
