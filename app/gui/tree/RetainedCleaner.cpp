// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/RetainedCleaner.h"

#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"

#include <QTimer>

RetainedCleaner::RetainedCleaner(MqttSession* session, const QStringList& topics, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topics(topics)
{ }

RetainedCleaner::~RetainedCleaner() = default;

void RetainedCleaner::start()
{
    if (m_started || !m_session) {
        return;
    }
    m_started = true;
    connect(m_session, &MqttSession::published, this, [this](quint64 id) { settle(id, QString()); });
    connect(m_session, &MqttSession::publishFailed, this, &RetainedCleaner::settle);
    for (const QString& topic : std::as_const(m_topics)) {
        if (topic.startsWith(u'$') || TopicFilter::hasWildcards(topic)) {
            m_failures << tr("%1: skipped (topics starting with $ belong to the broker or to AWS IoT)").arg(topic);
            continue;
        }
        m_pending.insert(m_session->publish(topic, QByteArray(), 1, true), topic);
    }
    QTimer::singleShot(0, this, &RetainedCleaner::finishIfDone); // nothing to send: finished() still comes, queued
}

void RetainedCleaner::settle(quint64 id, const QString& failure)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.cend()) {
        return; // another publish of the session
    }
    if (failure.isEmpty()) {
        m_cleared << *found;
    } else {
        m_failures << tr("%1: %2").arg(*found, failure);
    }
    m_pending.erase(found);
    finishIfDone();
}

void RetainedCleaner::finishIfDone()
{
    if (!m_started || !m_pending.isEmpty()) {
        return;
    }
    m_started = false; // once
    Q_EMIT finished(m_cleared, m_failures);
    deleteLater();
}
