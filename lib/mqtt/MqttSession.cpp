// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MqttSession.h"

#include "common/Logging.h"
#include "mqtt/PahoBridge_p.h"
#include "mqtt/PahoConnection_p.h"
#include "mqtt/SigV4Connect_p.h"
#include "mqtt/SocketTuning_p.h"
#include "mqtt/TlsDiagnostics_p.h"
#include "mqtt/TopicFilter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>
#include <QThreadPool>

#include <MQTTAsync.h>
#include <mqtt/async_client.h>

namespace {

// During a flood (a drain found at least DRAIN_POLL_FROM messages) the inbox is polled at this interval: a bounded
// number of wake-ups at any rate. Smaller batches leave the session idle, so the next message wakes it at once and
// request/response traffic (shadows) is not held back by the poll interval.
constexpr int DRAIN_POLL_MS = 5;
constexpr qsizetype DRAIN_POLL_FROM = 64;
// At most this many messages are handed on at once; the rest follow from the next turn of the event loop. A receiver
// routes each batch in one go (the main window to every pane whose filter matches), so this bounds how long a
// drained backlog holds the event loop: 1,024 messages routed to 20 panes take about 2 ms.
constexpr qsizetype MAX_BATCH = 1024;
// Paho refuses a publish when this many are queued inside it and not yet written (its default, 100, is far too low
// for repeat publishing).
constexpr int MAX_QUEUED_PUBLISHES = 65535;
// At most this many publishes are handed to Paho at once; the rest wait in our queue (bounded too).
constexpr int PUBLISH_WINDOW_CAP = 1000;
// A QoS 0 publish is in flight until Paho has written it, and is sent only while fewer than this many are in flight.
// Paho's own bookkeeping per publish grows with what it holds (Debian's build tracks every allocation in a tree, and
// it counts its queued commands), so a long queue costs more per message than it gains; this many keep its send
// thread busy (measured with a replay: about 20 % less CPU per message than with 1,000 or more).
constexpr int QOS0_WINDOW = 256;
// While many publishes are in flight, their results are fetched at the latest after this long (see
// drainPublishResults).
constexpr int PUBLISH_POLL_MS = 10;
constexpr size_t MAX_WAITING_PUBLISHES = 1'000'000;
constexpr qint64 MAX_WAITING_PUBLISH_BYTES = qint64(256) * 1024 * 1024;

qint64 publishCost(const QString& topic, const QByteArray& payload, const MqttProperties& properties)
{
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    if (!properties.isEmpty()) {
        m.properties = std::make_shared<const MqttProperties>(properties);
    }
    return MessageInbox::costOf(m);
}

std::string toStd(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), static_cast<size_t>(utf8.size()));
}

QString randomClientId()
{
    return QStringLiteral("thingbench-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

mqtt::properties toPaho(const MqttProperties& p)
{
    mqtt::properties out;
    for (const auto& [name, value] : p.userProperties) {
        out.add(mqtt::property(mqtt::property::USER_PROPERTY, toStd(name), toStd(value)));
    }
    if (!p.contentType.isEmpty()) {
        out.add(mqtt::property(mqtt::property::CONTENT_TYPE, toStd(p.contentType)));
    }
    if (!p.responseTopic.isEmpty()) {
        out.add(mqtt::property(mqtt::property::RESPONSE_TOPIC, toStd(p.responseTopic)));
    }
    if (!p.correlationData.isEmpty()) {
        out.add(mqtt::property(mqtt::property::CORRELATION_DATA,
                               std::string(p.correlationData.constData(), size_t(p.correlationData.size()))));
    }
    if (p.messageExpirySeconds) {
        out.add(mqtt::property(mqtt::property::MESSAGE_EXPIRY_INTERVAL, int(*p.messageExpirySeconds)));
    }
    if (p.payloadIsUtf8) {
        out.add(mqtt::property(mqtt::property::PAYLOAD_FORMAT_INDICATOR, *p.payloadIsUtf8 ? 1 : 0));
    }
    return out;
}

QString subscribeReasonText(int code)
{
    switch (code) {
    case 0x80:
        return MqttSession::tr("the broker refused the subscription (unspecified error)");
    case 0x83:
        return MqttSession::tr("the broker refused the subscription (implementation specific error)");
    case 0x87:
        return MqttSession::tr("not authorised: the broker's policy does not allow this filter");
    case 0x8F:
        return MqttSession::tr("the broker says the topic filter is invalid");
    case 0x91:
        return MqttSession::tr("packet identifier in use");
    case 0x97:
        return MqttSession::tr("quota exceeded");
    case 0x9E:
        return MqttSession::tr("the broker does not support shared subscriptions");
    case 0xA1:
        return MqttSession::tr("the broker does not support subscription identifiers");
    case 0xA2:
        return MqttSession::tr("the broker does not support wildcard subscriptions");
    default:
        return MqttSession::tr("the broker refused the subscription (reason code 0x%1)")
            .arg(code, 2, 16, QLatin1Char('0'));
    }
}

} // namespace

MqttSession::MqttSession(QObject* parent)
    : QObject(parent)
    , m_inbox(std::make_shared<MessageInbox>())
    , m_publishResults(std::make_unique<PahoPublishResults>())
{
    // The inbox wakes us itself (one queued drain per burst), whichever connection's bridge pushed.
    m_inbox->setWaker([this] { QMetaObject::invokeMethod(this, &MqttSession::drainInbox, Qt::QueuedConnection); });
    // Paho C formats a trace line for every packet at its default level (a mutex and a vsnprintf per message on the
    // receive path). We never read that trace, so keep only errors. Process-wide and idempotent.
    static const bool traceLevelSet = [] {
        MQTTAsync_setTraceLevel(MQTTASYNC_TRACE_ERROR);
        return true;
    }();
    Q_UNUSED(traceLevelSet);
    m_reconnectTimer.setSingleShot(true);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &MqttSession::drainInbox);
    m_publishPollTimer.setSingleShot(true);
    connect(&m_publishPollTimer, &QTimer::timeout, this, &MqttSession::drainPublishResults);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MqttSession::startConnect);
}

MqttSession::~MqttSession()
{
    m_inbox->close(); // no wake-up reaches us from here on; late messages are refused
    if (m_connection) {
        PahoConnection::retire(std::move(m_connection));
    }
}

bool MqttSession::connectToBroker(const ConnectionOptions& options)
{
    releaseClient();
    m_reconnectTimer.stop();
    m_options = options;
    m_clientId = options.clientId.isEmpty() ? randomClientId() : options.clientId;
    m_everConnected = false;
    m_userDisconnect = false;
    m_reconnectAttempt = 0;
    if (auto valid = options.validate(); !valid) {
        fail(valid.error().code.startsWith(QLatin1String("file_")) ? SessionError::FileError
                                                                   : SessionError::InvalidOptions,
             valid.error().fullText(), SessionState::Disconnected);
        return false;
    }
    if (auto problem = TlsDiagnostics::checkLocalFiles(options)) {
        fail(problem->error, problem->message, SessionState::Disconnected);
        return false;
    }

    const int version = options.version == MqttVersion::V5 ? MQTTVERSION_5 : MQTTVERSION_3_1_1;
    try {
        ++m_connectionEpoch;
        m_connection = std::make_unique<PahoConnection>(this, toStd(options.serverUri()), toStd(m_clientId), version,
                                                        MAX_QUEUED_PUBLISHES, options.connectTimeoutSeconds);
        mqtt::connect_options* connectOptions = &m_connection->connectOptions();
        connectOptions->set_mqtt_version(version);
        if (version == MQTTVERSION_5) {
            connectOptions->set_clean_session(false); // v5 uses clean start; Paho rejects cleansession with v5
            connectOptions->set_clean_start(options.cleanStart);
            mqtt::properties connectProperties;
            if (options.sessionExpirySeconds > 0) {
                connectProperties.add(
                    mqtt::property(mqtt::property::SESSION_EXPIRY_INTERVAL, int(options.sessionExpirySeconds)));
            }
            connectOptions->set_properties(connectProperties);
        } else {
            connectOptions->set_clean_session(options.cleanStart);
        }
        connectOptions->set_keep_alive_interval(options.keepAliveSeconds);
        connectOptions->set_connect_timeout(options.connectTimeoutSeconds);
        connectOptions->set_automatic_reconnect(false); // we reconnect ourselves, with our own backoff
        if (!options.username.isEmpty()) {
            connectOptions->set_user_name(toStd(options.username));
        }
        if (!options.password.isEmpty()) {
            connectOptions->set_password(toStd(options.password));
        }
        if (options.will) {
            mqtt::will_options will(toStd(options.will->topic), options.will->payload.constData(),
                                    size_t(options.will->payload.size()), options.will->qos, options.will->retained);
            connectOptions->set_will(will);
        }
        if (options.usesTls()) {
            // No ssl_options::set_error_handler: Paho C++ 1.2 keeps its TLS error callback pointing at the object the
            // handler was set on through every copy of the options, so Paho would call into a dead stack frame (seen
            // as a crash on the first TLS error). The diagnostic handshake below explains TLS failures instead.
            mqtt::ssl_options ssl;
            if (!options.caFile.isEmpty()) {
                ssl.set_trust_store(toStd(options.caFile));
            }
            if (!options.certFile.isEmpty()) {
                ssl.set_key_store(toStd(options.certFile));
                ssl.set_private_key(toStd(options.keyFile));
            }
            if (!options.passphrase.isEmpty()) {
                ssl.set_private_key_password(toStd(options.passphrase));
            }
            ssl.set_enable_server_cert_auth(!options.insecure);
            ssl.set_verify(!options.insecure); // hostname verification: Paho's default is off
            if (!options.alpn.isEmpty()) {
                std::vector<std::string> protocols;
                for (const QString& protocol : options.alpn) {
                    protocols.push_back(toStd(protocol));
                }
                ssl.set_alpn_protos(protocols);
            }
            connectOptions->set_ssl(std::move(ssl));
        }
    } catch (const std::exception& e) {
        fail(SessionError::InvalidOptions,
             tr("Cannot set up the connection to %1: %2").arg(options.displayUrl(), QString::fromUtf8(e.what())),
             SessionState::Disconnected);
        releaseClient();
        return false;
    }
    startConnect();
    return true;
}

void MqttSession::startConnect()
{
    if (!m_connection) {
        return;
    }
    m_connectId = m_nextId++;
    setState(m_everConnected ? SessionState::Reconnecting : SessionState::Connecting);
    if (m_options.sigV4) {
        // A presigned URL lasts about 15 minutes (spec §3.3) and Paho cannot re-sign: a fresh one for every attempt.
        const auto uri = SigV4Connect::presignedServerUri(m_options, QDateTime::currentDateTimeUtc());
        if (!uri) {
            fail(SessionError::InvalidOptions, uri.error().message, SessionState::Disconnected);
            releaseClient();
            return;
        }
        m_connection->connectOptions().set_servers(std::make_shared<mqtt::string_collection>(toStd(*uri)));
    }
    try {
        m_connection->bridge().noteConnecting();
        m_connection->client().connect(m_connection->connectOptions(), PahoBridge::contextFor(m_connectId),
                                       m_connection->bridge().listener(PahoAction::Connect));
    } catch (const mqtt::exception& e) {
        diagnoseConnectFailure(e.get_return_code(), e.get_reason_code(), QString::fromUtf8(e.what()));
    }
}

void MqttSession::disconnectFromBroker()
{
    m_reconnectTimer.stop();
    m_userDisconnect = true;
    if (m_connection && m_connection->bridge().link() == PahoLink::Connected) {
        try {
            m_connection->bridge().noteClosing();
            m_connection->client().disconnect(0, PahoBridge::contextFor(m_nextId++),
                                              m_connection->bridge().listener(PahoAction::Disconnect));
            return; // the state changes when Paho confirms
        } catch (const mqtt::exception& e) {
            qCDebug(lcMqtt) << "Disconnect failed:" << e.what();
        }
    }
    // A connect under way (or a reconnect pending): let go of the client. Its retirement disconnects it if the
    // connect still succeeds, so no live, untracked connection remains.
    releaseClient();
    ++m_connectionEpoch; // a diagnosis still running belongs to an attempt the user abandoned
    m_connectId = 0;
    setState(SessionState::Disconnected);
}

void MqttSession::releaseClient()
{
    // What the old connection delivered so far is handed on now, before anything of the next one; from here on the
    // inbox refuses its late messages. The client is closed in the background: nothing here waits.
    QList<MqttMessage> rest = std::exchange(m_ready, {});
    rest.append(m_inbox->endGeneration());
    m_inboxExpectsPoll = false; // the inbox is idle now: the next connection's first message wakes us
    if (!rest.isEmpty()) {
        m_receivedCount += quint64(rest.size());
        Q_EMIT messagesReceived(rest);
    }
    if (m_connection) {
        PahoConnection::retire(std::move(m_connection));
    }
    m_requests.clear();
    for (const quint64 id : std::as_const(m_inflightPublishIds)) {
        failPublishLater(id,
                         tr("The connection was closed before the broker acknowledged the message; it may not have "
                            "been delivered."));
    }
    m_inflightPublishIds.clear();
    m_inflightAckedIds.clear();
    failQueuedPublishes(tr("The connection was closed before it was sent."));
    markSubscriptionsUnsent();
}

void MqttSession::markSubscriptionsUnsent()
{
    for (auto& subscription : m_subscriptions) {
        subscription.status = Subscription::Status::Unsent;
    }
}

void MqttSession::setState(SessionState state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void MqttSession::fail(SessionError error, const QString& message, SessionState next)
{
    m_lastError = error;
    m_lastErrorString = message;
    qCInfo(lcMqtt) << "Session error:" << Mqtt::errorCode(error);
    Q_EMIT errorOccurred(error, message);
    setState(next);
}

void MqttSession::drainInbox()
{
    if (m_ready.isEmpty()) {
        m_ready = m_inbox->takeAll(DRAIN_POLL_FROM);
        // A flood: the inbox counts on us to poll again shortly instead of waking us once per message. Otherwise it
        // is marked idle (always after an empty take) and the next message wakes us.
        m_inboxExpectsPoll = m_ready.size() >= DRAIN_POLL_FROM;
    }
    if (m_ready.isEmpty()) {
        return;
    }
    QList<MqttMessage> batch;
    if (m_ready.size() <= MAX_BATCH) {
        batch.swap(m_ready);
    } else {
        batch = m_ready.first(MAX_BATCH);
        m_ready.remove(0, MAX_BATCH); // O(1) at the front in Qt 6
    }
    m_receivedCount += quint64(batch.size());
    if (!m_ready.isEmpty()) {
        m_drainTimer.start(0); // the rest of this take, after whatever else is waiting in the event loop
    } else if (m_inboxExpectsPoll) {
        m_drainTimer.start(DRAIN_POLL_MS);
    }
    Q_EMIT messagesReceived(batch);
}

void MqttSession::handleConnectionLost(const QString& cause)
{
    if (m_userDisconnect) {
        return;
    }
    // Requests in flight died with the connection; acknowledged subscriptions may survive in a kept session, which
    // the next CONNACK tells.
    for (auto& subscription : m_subscriptions) {
        if (subscription.status == Subscription::Status::Pending) {
            subscription.status = Subscription::Status::Unsent;
        }
    }
    m_requests.clear();
    if (m_options.cleanStart) {
        // A clean session forgets unacknowledged publishes: say so instead of waiting forever. (A kept session lets
        // Paho resend them after the reconnect, and their results arrive then.)
        for (const quint64 id : std::as_const(m_inflightPublishIds)) {
            failPublishLater(id,
                             tr("The connection was lost before the broker acknowledged the message; it may not "
                                "have been delivered."));
        }
        m_inflightPublishIds.clear();
        m_inflightAckedIds.clear();
    }
    const QString reason = cause.isEmpty() ? tr("the broker closed the connection") : cause;
    if (m_options.autoReconnect && m_everConnected) {
        m_lastError = SessionError::ConnectionLost;
        m_lastErrorString = tr("Connection to %1 lost (%2). Reconnecting…").arg(m_options.displayUrl(), reason);
        Q_EMIT errorOccurred(SessionError::ConnectionLost, m_lastErrorString);
        setState(SessionState::Reconnecting);
        scheduleReconnect();
    } else {
        fail(SessionError::ConnectionLost,
             tr("Connection to %1 lost (%2). Connect again when the broker is reachable.")
                 .arg(m_options.displayUrl(), reason),
             SessionState::Disconnected);
    }
}

void MqttSession::scheduleReconnect()
{
    // Capped exponential backoff with ±20 % jitter so a fleet of clients does not reconnect in lock step.
    const int exponent = qMin(m_reconnectAttempt, 16);
    const qint64 base = qMin<qint64>(qint64(m_options.reconnectMinMs) << exponent, m_options.reconnectMaxMs);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    const int delay = int(qMin<qint64>(qint64(double(base) * jitter), m_options.reconnectMaxMs));
    ++m_reconnectAttempt;
    Q_EMIT reconnectScheduled(m_reconnectAttempt, delay);
    m_reconnectTimer.start(delay);
}

void MqttSession::handleActionResult(const PahoActionResult& result)
{
    qCDebug(lcMqtt) << "action" << int(result.action) << "id" << result.id << "ok" << result.ok << "rc"
                    << result.returnCode << "reason" << result.reasonCode << "connectId" << m_connectId;
    switch (result.action) {
    case PahoAction::Connect: {
        if (result.id != m_connectId) {
            return; // an attempt we no longer care about
        }
        if (result.ok) {
            if (m_state == SessionState::Connected) {
                return; // Paho reports some connects twice
            }
            m_everConnected = true;
            m_reconnectAttempt = 0;
            SocketTuning::enableNoDelayForPeerPort(m_options.port);
            m_lastError = SessionError::NoError;
            m_lastErrorString.clear();
            if (!result.sessionPresent) {
                markSubscriptionsUnsent();
            }
            // Stay below the broker's Receive Maximum (MQTT 5; 65535 when absent) and Paho's own queue.
            m_publishWindow = qBound(1, result.receiveMaximum > 0 ? result.receiveMaximum : 65535, PUBLISH_WINDOW_CAP);
            setState(SessionState::Connected);
            QStringList missing;
            for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
                if (it->status == Subscription::Status::Unsent) {
                    missing << it.key();
                }
            }
            sendSubscriptions(missing);
            sendQueuedPublishes();
            Q_EMIT sessionEstablished(result.sessionPresent);
        } else if (m_everConnected && m_options.autoReconnect && !m_userDisconnect) {
            qCDebug(lcMqtt) << "Reconnect attempt failed, rc" << result.returnCode;
            scheduleReconnect();
        } else {
            diagnoseConnectFailure(result.returnCode, result.reasonCode, {});
        }
        return;
    }
    case PahoAction::Disconnect:
        if (m_userDisconnect) {
            failQueuedPublishes(tr("You disconnected before it was sent."));
            ++m_connectionEpoch;
            m_connectId = 0;
            markSubscriptionsUnsent();
            setState(SessionState::Disconnected);
        }
        return;
    case PahoAction::Subscribe: {
        const PendingRequest request = m_requests.take(result.id);
        if (!result.ok && m_userDisconnect) {
            // Our own disconnect cancelled the request: not a refusal by the broker.
            for (const QString& filter : request.filters) {
                if (auto it = m_subscriptions.find(filter); it != m_subscriptions.end()) {
                    it->status = Subscription::Status::Unsent;
                }
            }
            return;
        }
        for (int i = 0; i < request.filters.size(); ++i) {
            const QString& filter = request.filters.at(i);
            auto it = m_subscriptions.find(filter);
            if (it == m_subscriptions.end()) {
                continue; // unsubscribed meanwhile
            }
            const int code =
                result.ok ? result.reasonCodes.value(i, it->qos) : (result.reasonCode ? result.reasonCode : 0x80);
            if (result.ok && code < 0x80) {
                it->status = Subscription::Status::Active;
                Q_EMIT subscribed(filter, code);
            } else {
                it->status = Subscription::Status::Unsent;
                Q_EMIT subscribeFailed(filter,
                                       tr("Subscribing to “%1” failed: %2.").arg(filter, subscribeReasonText(code)));
            }
        }
        return;
    }
    case PahoAction::Unsubscribe: {
        const PendingRequest request = m_requests.take(result.id);
        for (const QString& filter : request.filters) {
            Q_EMIT unsubscribed(filter);
        }
        return;
    }
    case PahoAction::Publish:
        if (settlePublish(result)) {
            sendQueuedPublishes();
            reportPublish(result);
        }
        return;
    }
}

void MqttSession::drainPublishResults()
{
    std::vector<PahoActionResult> results;
    {
        const std::lock_guard lock(m_publishResults->mutex);
        results.swap(m_publishResults->results);
    }
    // Settle the whole batch first and refill Paho's window once, then tell; a receiver that publishes more on
    // `published` (a replay) then finds the window as full as it can be.
    std::vector<bool> settled(results.size());
    for (size_t i = 0; i < results.size(); ++i) {
        settled[i] = settlePublish(results[i]);
    }
    sendQueuedPublishes();
    for (size_t i = 0; i < results.size(); ++i) {
        if (settled[i]) {
            reportPublish(results[i]);
        }
    }
    // The next wake-up: with many publishes in flight, once half of them are back (one wake-up per burst instead of
    // one per result); a poll catches results that never reach the mark (a connection that stalls).
    const size_t wakeAt = std::max<size_t>(1, size_t(m_inflightPublishIds.size()) / 2);
    bool due = false;
    {
        const std::lock_guard lock(m_publishResults->mutex);
        m_publishResults->wakeAt = wakeAt;
        due = m_publishResults->results.size() >= wakeAt;
    }
    if (due) {
        m_publishPollTimer.start(0);
    } else if (wakeAt > 1) {
        m_publishPollTimer.start(PUBLISH_POLL_MS);
    } else {
        m_publishPollTimer.stop();
    }
}

bool MqttSession::settlePublish(const PahoActionResult& result)
{
    m_inflightAckedIds.remove(result.id);
    return m_inflightPublishIds.remove(result.id); // false: already reported
}

void MqttSession::reportPublish(const PahoActionResult& result)
{
    if (result.ok) {
        Q_EMIT published(result.id);
        return;
    }
    QString reason;
    switch (result.reasonCode) {
    case 0x87:
        reason = tr("not authorised: the broker's policy does not allow publishing to this topic");
        break;
    case 0x90:
        reason = tr("the broker says the topic name is invalid");
        break;
    case 0x97:
        reason = tr("quota exceeded");
        break;
    case 0x99:
        reason = tr("the broker refused the payload format");
        break;
    default:
        reason = result.reasonCode >= 0x80
            ? tr("the broker refused it (reason code 0x%1)").arg(result.reasonCode, 2, 16, QLatin1Char('0'))
            : tr("the connection closed before the broker acknowledged it (Paho code %1)").arg(result.returnCode);
    }
    Q_EMIT publishFailed(result.id, tr("The message was not delivered: %1.").arg(reason));
}

void MqttSession::diagnoseConnectFailure(int returnCode, int reasonCode, const QString& pahoDetail)
{
    const QString url = m_options.displayUrl();
    // A CONNACK refusal: the broker answered, so the transport is fine and the code says why.
    auto refusal = [&](SessionError error, const QString& message) {
        fail(error, message, SessionState::Disconnected);
    };
    // MQTT 5: Paho reports a CONNACK refusal as the reason code, or (seen with mosquitto's "not authorised", 0x87) as
    // its return code with no reason code.
    const int connack = m_options.version != MqttVersion::V5 ? returnCode
        : reasonCode != 0                                    ? reasonCode
        : returnCode >= 0x80                                 ? returnCode
                                                             : 0;
    switch (connack) {
    case 1:
    case 0x84:
        return refusal(
            SessionError::UnsupportedProtocolVersion,
            tr("%1 does not accept MQTT %2. Choose the other MQTT version in the connection settings.")
                .arg(url, m_options.version == MqttVersion::V5 ? QStringLiteral("5") : QStringLiteral("3.1.1")));
    case 2:
    case 0x85:
        return refusal(SessionError::IdentifierRejected,
                       tr("%1 rejected the client id “%2”. Use another client id (for AWS IoT: the thing name, "
                          "allowed by the policy).")
                           .arg(url, m_clientId));
    case 3:
    case 0x88:
    case 0x89:
        return refusal(SessionError::ServerUnavailable,
                       tr("%1 is unavailable or busy right now. Try again later.").arg(url));
    case 4:
    case 0x86:
        return refusal(SessionError::BadCredentials,
                       tr("%1 rejected the user name or password. Check the credentials.").arg(url));
    case 5:
    case 0x87:
        return refusal(SessionError::NotAuthorized,
                       tr("%1 refused the connection: not authorised. Check the broker's access rules (on AWS IoT: "
                          "the policy attached to the certificate must allow iot:Connect for client id “%2”).")
                           .arg(url, m_clientId));
    case 0x8C:
        return refusal(SessionError::BadCredentials,
                       tr("%1 does not support the authentication method used.").arg(url));
    case 0x9F:
        return refusal(SessionError::ServerUnavailable,
                       tr("%1 refused the connection: connection rate exceeded. Wait a moment and retry.").arg(url));
    default:
        break;
    }
    if (connack >= 0x80) {
        return refusal(
            SessionError::ProtocolError,
            tr("%1 refused the connection (reason code 0x%2).").arg(url).arg(connack, 2, 16, QLatin1Char('0')));
    }
    // Transport-level failure: Paho only says "TCP/TLS connect failure". Find out why on a worker thread with one
    // diagnostic handshake, then report. The state stays Connecting until then.
    const quint64 epoch = m_connectionEpoch;
    const ConnectionOptions options = m_options;
    QPointer<MqttSession> self(this);
    QThreadPool::globalInstance()->start([self, epoch, options, pahoDetail, returnCode] {
        std::optional<TlsDiagnostics::Problem> problem = TlsDiagnostics::probe(options);
        if (!problem && options.sigV4) {
            problem = SigV4Connect::probeUpgrade(options); // a refused WebSocket upgrade (403) and its reason
        }
        // QCoreApplication lives on the owner thread; the QPointer is only dereferenced there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, epoch, problem, pahoDetail, returnCode, url = options.displayUrl()] {
                if (!self || self->m_connectionEpoch != epoch || self->m_state == SessionState::Connected) {
                    return;
                }
                if (problem) {
                    self->fail(problem->error, problem->message, SessionState::Disconnected);
                    return;
                }
                QString message = tr("Could not connect to %1: the network connection works, but the MQTT "
                                     "handshake failed (Paho code %2). Check the MQTT version, the client id and "
                                     "the broker's log.")
                                      .arg(url)
                                      .arg(returnCode);
                if (!pahoDetail.isEmpty()) {
                    message += QLatin1Char(' ') + tr("Paho said: %1").arg(pahoDetail);
                }
                self->fail(SessionError::Unknown, message, SessionState::Disconnected);
            },
            Qt::QueuedConnection);
    });
}

bool MqttSession::subscribe(const QString& filter, int qos, bool retainAsPublished)
{
    if (auto valid = TopicFilter::validateFilter(filter); !valid) {
        Q_EMIT subscribeFailed(filter, valid.error().message);
        return false;
    }
    if (qos < 0 || qos > 2) {
        Q_EMIT subscribeFailed(filter, tr("QoS must be 0, 1 or 2."));
        return false;
    }
    if (const auto existing = m_subscriptions.constFind(filter); existing != m_subscriptions.cend() &&
        existing->qos == qos && existing->retainAsPublished == retainAsPublished &&
        !(m_state == SessionState::Connected && existing->status == Subscription::Status::Unsent)) {
        // Already requested: a second SUBSCRIBE would only make the broker resend retained messages. (Unsent while
        // connected: the broker refused it, and asking again is a retry, e.g. after its policy changed.)
        return true;
    }
    Subscription& subscription = m_subscriptions[filter];
    subscription.qos = qos;
    subscription.retainAsPublished = retainAsPublished;
    subscription.status = Subscription::Status::Unsent;
    if (subscription.identifier == 0) {
        subscription.identifier = m_nextSubscriptionIdentifier++;
        m_filterByIdentifier.insert(subscription.identifier, filter);
    }
    if (m_state == SessionState::Connected) {
        sendSubscriptions({filter});
    }
    return true;
}

void MqttSession::sendSubscriptions(const QStringList& filters)
{
    if (filters.isEmpty() || !m_connection) {
        return;
    }
    // MQTT 5: one SUBSCRIBE per filter, each with its own subscription identifier, so every received copy says which
    // subscription it was delivered for. MQTT 3.1.1: one SUBSCRIBE for all.
    const bool v5 = m_options.version == MqttVersion::V5;
    QList<QStringList> packets;
    if (v5) {
        for (const QString& filter : filters) {
            packets.append(QStringList{filter});
        }
    } else {
        packets.append(filters);
    }
    for (const QStringList& packet : std::as_const(packets)) {
        const quint64 id = m_nextId++;
        m_requests.insert(id, PendingRequest{packet});
        try {
            if (v5) {
                const QString& filter = packet.constFirst();
                Subscription& subscription = m_subscriptions[filter];
                subscription.status = Subscription::Status::Pending;
                mqtt::properties properties;
                properties.add(mqtt::property(mqtt::property::SUBSCRIPTION_IDENTIFIER, int(subscription.identifier)));
                m_connection->client().subscribe(toStd(filter), subscription.qos, PahoBridge::contextFor(id),
                                                 m_connection->bridge().listener(PahoAction::Subscribe),
                                                 mqtt::subscribe_options(false, subscription.retainAsPublished),
                                                 properties);
            } else {
                auto collection = std::make_shared<mqtt::string_collection>();
                mqtt::iasync_client::qos_collection qos;
                for (const QString& filter : packet) {
                    Subscription& subscription = m_subscriptions[filter];
                    subscription.status = Subscription::Status::Pending;
                    collection->push_back(toStd(filter));
                    qos.push_back(subscription.qos);
                }
                m_connection->client().subscribe(collection, qos, PahoBridge::contextFor(id),
                                                 m_connection->bridge().listener(PahoAction::Subscribe));
            }
        } catch (const mqtt::exception& e) {
            m_requests.remove(id);
            for (const QString& filter : packet) {
                m_subscriptions[filter].status = Subscription::Status::Unsent;
                Q_EMIT subscribeFailed(filter,
                                       tr("Subscribing to “%1” failed: %2").arg(filter, QString::fromUtf8(e.what())));
            }
        }
    }
}

QStringList MqttSession::filtersForDelivery(const MqttMessage& message) const
{
    QStringList filters;
    if (!message.properties) {
        return filters;
    }
    for (const quint32 identifier : message.properties->subscriptionIdentifiers) {
        if (const auto it = m_filterByIdentifier.constFind(identifier); it != m_filterByIdentifier.cend()) {
            filters << it.value();
        } else {
            return {}; // an identifier we no longer know (unsubscribed meanwhile): fall back to topic matching
        }
    }
    return filters;
}

void MqttSession::unsubscribe(const QString& filter)
{
    const auto it = m_subscriptions.constFind(filter);
    if (it == m_subscriptions.cend()) {
        return;
    }
    m_filterByIdentifier.remove(it->identifier);
    m_subscriptions.erase(it);
    if (m_state != SessionState::Connected || !m_connection) {
        Q_EMIT unsubscribed(filter);
        return;
    }
    const quint64 id = m_nextId++;
    m_requests.insert(id, PendingRequest{{filter}});
    try {
        m_connection->client().unsubscribe(toStd(filter), PahoBridge::contextFor(id),
                                           m_connection->bridge().listener(PahoAction::Unsubscribe));
    } catch (const mqtt::exception& e) {
        m_requests.remove(id);
        qCDebug(lcMqtt) << "Unsubscribe failed:" << e.what();
        Q_EMIT unsubscribed(filter);
    }
}

QHash<QString, int> MqttSession::subscriptions() const
{
    QHash<QString, int> result;
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        result.insert(it.key(), it->qos);
    }
    return result;
}

bool MqttSession::isSubscriptionActive(const QString& filter) const
{
    const auto it = m_subscriptions.constFind(filter);
    return it != m_subscriptions.cend() && it->status == Subscription::Status::Active;
}

void MqttSession::failPublishLater(quint64 id, const QString& message)
{
    QMetaObject::invokeMethod(
        this, [this, id, message] { Q_EMIT publishFailed(id, message); }, Qt::QueuedConnection);
}

quint64 MqttSession::publish(const QString& topic, const QByteArray& payload, int qos, bool retain,
                             const MqttProperties& properties)
{
    const quint64 id = m_nextId++;
    if (auto valid = TopicFilter::validateTopicName(topic); !valid) {
        failPublishLater(id, valid.error().message);
        return id;
    }
    if (qos < 0 || qos > 2) {
        failPublishLater(id, tr("QoS must be 0, 1 or 2."));
        return id;
    }
    // While reconnecting, messages wait for the connection to come back; nothing is dropped silently.
    if ((m_state != SessionState::Connected && m_state != SessionState::Reconnecting) || !m_connection) {
        failPublishLater(
            id, tr("Not connected: the message to “%1” was not sent. Connect first, then publish again.").arg(topic));
        return id;
    }
    const qint64 cost = publishCost(topic, payload, properties);
    if (m_publishQueue.size() >= MAX_WAITING_PUBLISHES ||
        (!m_publishQueue.empty() && m_publishQueueBytes + cost > MAX_WAITING_PUBLISH_BYTES)) {
        failPublishLater(id,
                         tr("Publish queue full: %1 messages (%2 MB) are waiting to be sent, so the message to “%3” "
                            "was not sent. Wait for the queue to drain, or slow the repeat down.")
                             .arg(m_publishQueue.size())
                             .arg(double(m_publishQueueBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(topic));
        return id;
    }
    m_publishQueue.push_back(QueuedPublish{id, topic, payload, qos, retain, properties, cost});
    m_publishQueueBytes += cost;
    sendQueuedPublishes();
    return id;
}

void MqttSession::sendQueuedPublishes()
{
    while (m_state == SessionState::Connected && m_connection && !m_publishQueue.empty() &&
           m_inflightPublishIds.size() < (m_publishQueue.front().qos == 0 ? QOS0_WINDOW : PUBLISH_WINDOW_CAP) &&
           (m_publishQueue.front().qos == 0 || m_inflightAckedIds.size() < m_publishWindow)) {
        QueuedPublish next = std::move(m_publishQueue.front());
        m_publishQueue.pop_front();
        m_publishQueueBytes -= next.cost;
        try {
            auto message = mqtt::make_message(toStd(next.topic), next.payload.constData(), size_t(next.payload.size()),
                                              next.qos, next.retain);
            if (m_options.version == MqttVersion::V5 && !next.properties.isEmpty()) {
                message->set_properties(toPaho(next.properties));
            }
            m_inflightPublishIds.insert(next.id);
            if (next.qos > 0) {
                m_inflightAckedIds.insert(next.id);
            }
            m_connection->client().publish(message, PahoBridge::contextFor(next.id),
                                           m_connection->bridge().listener(PahoAction::Publish));
        } catch (const mqtt::exception& e) {
            m_inflightPublishIds.remove(next.id);
            m_inflightAckedIds.remove(next.id);
            failPublishLater(next.id,
                             tr("The message to “%1” was not sent: %2").arg(next.topic, QString::fromUtf8(e.what())));
        }
    }
}

void MqttSession::failQueuedPublishes(const QString& message)
{
    while (!m_publishQueue.empty()) {
        const QueuedPublish dropped = std::move(m_publishQueue.front());
        m_publishQueue.pop_front();
        m_publishQueueBytes -= dropped.cost;
        failPublishLater(dropped.id, tr("The message to “%1” was not sent: %2").arg(dropped.topic, message));
    }
}
