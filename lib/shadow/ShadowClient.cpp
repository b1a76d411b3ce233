// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowClient.h"

#include "mqtt/MqttSession.h"
#include "shadow/ShadowJson_p.h"
#include "shadow/ShadowTopic.h"

#include <QDateTime>
#include <QRandomGenerator>

using ShadowJson::Json;

namespace {

constexpr int TIMEOUT_CHECK_MS = 100;

const ShadowTopic::Kind RESPONSE_KINDS[] = {ShadowTopic::Kind::Accepted, ShadowTopic::Kind::Rejected};

QList<QString> responseFilters(const ShadowKey& key)
{
    QList<QString> filters;
    for (const ShadowOperation operation : {ShadowOperation::Get, ShadowOperation::Update, ShadowOperation::Delete}) {
        for (const ShadowTopic::Kind kind : RESPONSE_KINDS) {
            filters.append(ShadowTopic::topic(key, operation, kind));
        }
    }
    filters.append(ShadowTopic::topic(key, ShadowOperation::Update, ShadowTopic::Kind::Delta));
    filters.append(ShadowTopic::topic(key, ShadowOperation::Update, ShadowTopic::Kind::Documents));
    return filters;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// The clientToken and the version of a response payload (empty / -1 when absent), and a rejection's code/message.
struct ResponseFields
{
    QString token;
    qint64 version = -1;
    int code = 0;
    QString message;
};

ResponseFields fieldsOf(const QByteArray& payload)
{
    ResponseFields fields;
    if (!ShadowJson::isValidUtf8(payload.constData(), payload.size())) {
        return fields;
    }
    const std::optional<Json> json = ShadowJson::parse(payload);
    if (!json || !json->is_object()) {
        return fields;
    }
    if (const auto it = json->find("clientToken"); it != json->end() && it->is_string()) {
        fields.token = QString::fromStdString(it->get<std::string>());
    }
    if (const auto it = json->find("version"); it != json->end() && it->is_number_integer()) {
        fields.version = it->get<qint64>();
    }
    if (const auto it = json->find("code"); it != json->end() && it->is_number_integer()) {
        fields.code = it->get<int>();
    }
    if (const auto it = json->find("message"); it != json->end() && it->is_string()) {
        fields.message = QString::fromStdString(it->get<std::string>());
    }
    return fields;
}

} // namespace

ShadowClient::ShadowClient(MqttSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tokenPrefix(QStringLiteral("tb-%1-").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
    m_timeoutTimer.setInterval(TIMEOUT_CHECK_MS);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ShadowClient::checkTimeouts);
    if (!m_session) {
        return;
    }
    connect(m_session, &MqttSession::messagesReceived, this, &ShadowClient::handleMessages);
    connect(m_session, &MqttSession::subscribed, this, [this](const QString& filter, int) {
        const auto owner = m_filterOwners.constFind(filter);
        if (owner == m_filterOwners.cend()) {
            return;
        }
        const ShadowKey key = *owner;
        auto follow = m_follows.find(key);
        if (follow != m_follows.end() && follow->waiting.remove(filter) && follow->waiting.isEmpty()) {
            sendReady(key);
        }
    });
    connect(m_session, &MqttSession::subscribeFailed, this, [this](const QString& filter, const QString& message) {
        const auto owner = m_filterOwners.constFind(filter);
        if (owner == m_filterOwners.cend()) {
            return;
        }
        const ShadowKey key = *owner;
        auto follow = m_follows.find(key);
        if (follow != m_follows.end()) {
            follow->failure = message;
        }
        failAll(key,
                tr("Cannot receive the answers of shadow “%1”: %2 Check that the broker's policy allows "
                   "subscribing to “%3”.")
                    .arg(key.topicPrefix(), message, filter));
    });
    connect(m_session, &MqttSession::publishFailed, this, [this](quint64 publishId, const QString& message) {
        for (qsizetype i = 0; i < qsizetype(m_pending.size()); ++i) {
            if (m_pending[size_t(i)].publishId == publishId) {
                fail(i,
                     tr("The %1 request was not sent: %2")
                         .arg(Shadow::operationName(m_pending[size_t(i)].operation), message));
                return;
            }
        }
    });
}

ShadowClient::~ShadowClient() = default;

QString ShadowClient::newToken()
{
    return m_tokenPrefix + QString::number(++m_tokenCounter);
}

void ShadowClient::follow(const ShadowKey& key)
{
    if (!m_session || m_follows.contains(key)) {
        return;
    }
    Follow& follow = m_follows[key];
    const QList<QString> filters = responseFilters(key);
    for (const QString& filter : filters) {
        m_filterOwners.insert(filter, key);
        follow.waiting.insert(filter);
    }
    for (const QString& filter : filters) {
        m_session->subscribe(filter, m_qos);
    }
}

void ShadowClient::unfollow(const ShadowKey& key)
{
    if (!m_follows.remove(key)) {
        return;
    }
    for (const QString& filter : responseFilters(key)) {
        m_filterOwners.remove(filter);
        if (m_session) {
            m_session->unsubscribe(filter);
        }
    }
    failAll(key, tr("Stopped following shadow “%1” before it answered.").arg(key.topicPrefix()));
}

bool ShadowClient::isFollowing(const ShadowKey& key) const
{
    const auto follow = m_follows.constFind(key);
    return follow != m_follows.cend() && follow->waiting.isEmpty() && follow->failure.isEmpty();
}

quint64 ShadowClient::get(const ShadowKey& key)
{
    const QString token = newToken();
    return enqueue(key, ShadowOperation::Get, R"({"clientToken":")" + token.toUtf8() + "\"}", token);
}

quint64 ShadowClient::remove(const ShadowKey& key)
{
    const QString token = newToken();
    return enqueue(key, ShadowOperation::Delete, R"({"clientToken":")" + token.toUtf8() + "\"}", token);
}

quint64 ShadowClient::update(const ShadowKey& key, const QByteArray& document)
{
    // Keep the caller's bytes unless a token must be added: the request may deliberately be unusual.
    std::optional<Json> json;
    if (ShadowJson::isValidUtf8(document.constData(), document.size())) {
        json = ShadowJson::parse(document);
    }
    if (!json || !json->is_object()) {
        return enqueue(key, ShadowOperation::Update, document, {});
    }
    const auto existing = json->find("clientToken");
    if (existing != json->end()) {
        const bool usable = existing->is_string() && !existing->get_ref<const std::string&>().empty() &&
            existing->get_ref<const std::string&>().size() <= 64;
        return enqueue(key, ShadowOperation::Update, document,
                       usable ? QString::fromStdString(existing->get<std::string>()) : QString());
    }
    const QString token = newToken();
    (*json)["clientToken"] = token.toStdString();
    return enqueue(key, ShadowOperation::Update, ShadowJson::toByteArray(ShadowJson::dump(*json)), token);
}

quint64 ShadowClient::enqueue(const ShadowKey& key, ShadowOperation operation, const QByteArray& payload,
                              const QString& token)
{
    Pending pending;
    pending.id = m_nextId++;
    pending.key = key;
    pending.operation = operation;
    pending.payload = payload;
    pending.token = token;
    pending.deadlineMs = nowMs() + m_timeoutMs;
    const quint64 id = pending.id;
    m_pending.push_back(std::move(pending));
    if (!m_timeoutTimer.isActive()) {
        m_timeoutTimer.start();
    }
    if (!m_session) {
        QTimer::singleShot(0, this, [this, id] {
            for (qsizetype i = 0; i < qsizetype(m_pending.size()); ++i) {
                if (m_pending[size_t(i)].id == id) {
                    fail(i, tr("No MQTT session to send the request on."));
                }
            }
        });
        return id;
    }
    follow(key);
    const Follow& state = m_follows[key];
    if (!state.failure.isEmpty()) {
        const QString failure = state.failure;
        QTimer::singleShot(0, this, [this, key, failure] {
            failAll(key, tr("Cannot receive the answers of shadow “%1”: %2").arg(key.topicPrefix(), failure));
        });
    } else if (state.waiting.isEmpty()) {
        QTimer::singleShot(0, this, [this, key] { sendReady(key); }); // never publish from inside the call
    }
    return id;
}

void ShadowClient::sendReady(const ShadowKey& key)
{
    if (!m_session || !isFollowing(key)) {
        return;
    }
    struct Sent
    {
        quint64 id;
        QString topic;
        QByteArray payload;
    };
    QList<Sent> sent;
    for (Pending& pending : m_pending) {
        if (pending.key == key && pending.publishId == 0) {
            const QString topic = ShadowTopic::topic(key, pending.operation, ShadowTopic::Kind::Request);
            pending.publishId = m_session->publish(topic, pending.payload, m_qos, false);
            sent.append({pending.id, topic, pending.payload});
        }
    }
    for (const Sent& request : std::as_const(sent)) { // after the loop: a receiver may add requests
        Q_EMIT requestSent(request.id, request.topic, request.payload);
    }
}

void ShadowClient::handleMessages(const QList<MqttMessage>& messages)
{
    for (const MqttMessage& message : messages) {
        const std::optional<ShadowTopic> topic = ShadowTopic::parse(message.topic);
        if (!topic || !m_follows.contains(topic->key)) {
            continue;
        }
        switch (topic->kind) {
        case ShadowTopic::Kind::Request:
            break;
        case ShadowTopic::Kind::Accepted:
        case ShadowTopic::Kind::Rejected:
            handleResponse(message, topic->key, topic->operation, topic->kind == ShadowTopic::Kind::Accepted);
            break;
        case ShadowTopic::Kind::Delta:
            Q_EMIT deltaReceived(topic->key, message.payload);
            break;
        case ShadowTopic::Kind::Documents:
            Q_EMIT documentsReceived(topic->key, message.payload);
            break;
        }
    }
}

void ShadowClient::handleResponse(const MqttMessage& message, const ShadowKey& key, ShadowOperation operation,
                                  bool accepted)
{
    const ResponseFields fields = fieldsOf(message.payload);
    qsizetype match = -1;
    for (qsizetype i = 0; i < qsizetype(m_pending.size()); ++i) {
        const Pending& pending = m_pending[size_t(i)];
        if (pending.key != key || pending.operation != operation || pending.publishId == 0) {
            continue;
        }
        if (!fields.token.isEmpty()) {
            if (pending.token == fields.token) {
                match = i;
                break;
            }
            continue;
        }
        // No token in the answer: a request that had none, else (rejections only) the oldest one.
        if (pending.token.isEmpty()) {
            match = i;
            break;
        }
        if (!accepted && match < 0) {
            match = i;
        }
    }
    if (match < 0) {
        return; // another client's answer
    }
    ShadowReply reply;
    reply.status = accepted ? ShadowReply::Status::Accepted : ShadowReply::Status::Rejected;
    reply.payload = message.payload;
    reply.version = accepted ? fields.version : -1;
    reply.code = accepted ? 0 : fields.code;
    reply.message = fields.message;
    reply.clientToken = fields.token;
    finish(match, std::move(reply));
}

void ShadowClient::finish(qsizetype index, ShadowReply reply)
{
    Pending pending = std::move(m_pending[size_t(index)]);
    m_pending.erase(m_pending.begin() + index);
    if (m_pending.empty()) {
        m_timeoutTimer.stop();
    }
    reply.id = pending.id;
    reply.key = pending.key;
    reply.operation = pending.operation;
    if (reply.clientToken.isEmpty()) {
        reply.clientToken = pending.token;
    }
    Q_EMIT replied(reply);
}

void ShadowClient::fail(qsizetype index, const QString& message)
{
    ShadowReply reply;
    reply.status = ShadowReply::Status::Failed;
    reply.message = message;
    finish(index, std::move(reply));
}

void ShadowClient::failAll(const ShadowKey& key, const QString& message)
{
    for (qsizetype i = 0; i < qsizetype(m_pending.size());) {
        if (m_pending[size_t(i)].key == key) {
            fail(i, message);
        } else {
            ++i;
        }
    }
}

void ShadowClient::checkTimeouts()
{
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < qsizetype(m_pending.size());) {
        const Pending& pending = m_pending[size_t(i)];
        if (pending.deadlineMs > now) {
            ++i;
            continue;
        }
        const QString request = ShadowTopic::topic(pending.key, pending.operation, ShadowTopic::Kind::Request);
        QString message;
        if (pending.publishId == 0) {
            message = tr("No answer from the broker to the subscriptions for shadow “%1” within %2 s, so the %3 "
                         "request was not sent. Check the connection and that the policy allows subscribing to "
                         "“%1/%3/accepted” and “%1/%3/rejected”.")
                          .arg(pending.key.topicPrefix())
                          .arg(m_timeoutMs / 1000.0)
                          .arg(Shadow::operationName(pending.operation));
        } else {
            message = tr("No answer to the %1 request on “%2” within %3 s: nothing arrived on “%2/accepted” or "
                         "“%2/rejected”. Check that a shadow service runs on this broker (AWS IoT, or "
                         "“thingbench-cli shadow serve”) and that the policy allows publishing to “%2” and "
                         "subscribing to its answers.")
                          .arg(Shadow::operationName(pending.operation), request)
                          .arg(m_timeoutMs / 1000.0);
        }
        fail(i, message);
    }
}
