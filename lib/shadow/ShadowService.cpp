// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowService.h"

#include "common/FileIo.h"
#include "common/Logging.h"
#include "mqtt/MqttSession.h"
#include "shadow/ShadowTopic.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// Changes are written at most this often (a burst of updates is one write).
constexpr int SAVE_DELAY_MS = 200;
/// State files are small (limits × shadows), but never read unbounded.
constexpr qint64 STATE_FILE_CAP = qint64(256) * 1024 * 1024;

} // namespace

ShadowService::ShadowService(MqttSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SAVE_DELAY_MS);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { (void)flush(); });
    if (m_session) {
        connect(m_session, &MqttSession::messagesReceived, this, &ShadowService::handleMessages);
        connect(m_session, &MqttSession::subscribed, this, [this](const QString& filter, int) {
            if (m_running && filter == subscriptionFilter()) {
                Q_EMIT ready();
            }
        });
        connect(m_session, &MqttSession::subscribeFailed, this, [this](const QString& filter, const QString& message) {
            if (m_running && filter == subscriptionFilter()) {
                Q_EMIT subscriptionFailed(tr("The shadow service cannot receive requests: %1").arg(message));
            }
        });
    }
}

ShadowService::~ShadowService()
{
    if (auto saved = flush(); !saved) {
        qCWarning(lcShadow) << "State file not saved:" << saved.error().fullText();
    }
}

Result<void> ShadowService::setStateFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        Result<QByteArray> bytes = FileIo::readFile(path, STATE_FILE_CAP);
        if (!bytes) {
            return bytes.error();
        }
        Result<ShadowStore> store = ShadowStore::fromJson(*bytes);
        if (!store) {
            Error error = store.error();
            error.message = tr("Cannot use “%1”: %2").arg(path, error.message);
            return error;
        }
        m_store = std::move(*store);
    }
    m_stateFile = path;
    return {};
}

Result<void> ShadowService::flush()
{
    m_saveTimer.stop();
    if (!m_dirty || m_stateFile.isEmpty()) {
        return {};
    }
    m_dirty = false;
    Result<void> written = FileIo::writeFileAtomically(m_stateFile, m_store.toJson());
    if (!written) {
        m_dirty = true; // try again with the next change
        Q_EMIT errorOccurred(tr("The shadow state was not saved: %1").arg(written.error().fullText()));
    }
    return written;
}

void ShadowService::start()
{
    if (!m_session || m_running) {
        return;
    }
    m_running = true;
    m_session->subscribe(subscriptionFilter(), m_qos);
}

void ShadowService::stop()
{
    if (!m_session || !m_running) {
        return;
    }
    m_running = false;
    m_session->unsubscribe(subscriptionFilter());
}

void ShadowService::scheduleSave()
{
    if (m_stateFile.isEmpty()) {
        return;
    }
    m_dirty = true;
    if (!m_saveTimer.isActive()) {
        m_saveTimer.start();
    }
}

void ShadowService::handleMessages(const QList<MqttMessage>& messages)
{
    if (!m_running || !m_session) {
        return;
    }
    for (const MqttMessage& message : messages) {
        // Cheap pre-filter: most traffic on the subscription is our own responses coming back.
        const std::optional<ShadowTopic> topic = ShadowTopic::parse(message.topic);
        if (!topic || topic->kind != ShadowTopic::Kind::Request) {
            continue;
        }
        ShadowEngine::Outcome outcome = m_engine.process(std::move(m_store), message.topic, message.payload, m_clock());
        m_store = std::move(outcome.store);
        ++m_requestsHandled;
        for (const ShadowMessage& response : std::as_const(outcome.messages)) {
            m_session->publish(response.topic, response.payload, m_qos, false);
        }
        if (outcome.changed) {
            scheduleSave();
            if (outcome.key) {
                Q_EMIT shadowChanged(*outcome.key);
            }
        }
        Q_EMIT requestHandled(message.topic, outcome.messages);
    }
}

ShadowRestAnswer ShadowService::handleRestRequest(const ShadowKey& key, ShadowOperation operation,
                                                  const QByteArray& payload)
{
    const QString topic = ShadowTopic::topic(key, operation, ShadowTopic::Kind::Request);
    ShadowEngine::Outcome outcome = m_engine.process(std::move(m_store), topic, payload, m_clock());
    m_store = std::move(outcome.store);
    ++m_requestsHandled;
    ShadowRestAnswer answer;
    answer.status = 500;
    answer.body = QByteArrayLiteral(R"({"code":500,"message":"Internal service failure"})");
    for (const ShadowMessage& message : std::as_const(outcome.messages)) {
        const std::optional<ShadowTopic> parsed = ShadowTopic::parse(message.topic);
        if (!parsed) {
            continue;
        }
        if (parsed->operation == operation && parsed->kind == ShadowTopic::Kind::Accepted) {
            answer.status = 200;
            answer.body = message.payload;
        } else if (parsed->operation == operation && parsed->kind == ShadowTopic::Kind::Rejected) {
            answer.status = QJsonDocument::fromJson(message.payload).object().value(QLatin1String("code")).toInt(500);
            answer.body = message.payload;
        } else if ((parsed->kind == ShadowTopic::Kind::Delta || parsed->kind == ShadowTopic::Kind::Documents) &&
                   m_session) {
            m_session->publish(message.topic, message.payload, m_qos, false);
        }
    }
    if (outcome.changed) {
        scheduleSave();
        if (outcome.key) {
            Q_EMIT shadowChanged(*outcome.key);
        }
    }
    return answer;
}
