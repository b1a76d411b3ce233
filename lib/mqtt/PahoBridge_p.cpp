// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/PahoBridge_p.h"

#include "common/Logging.h"
#include "mqtt/MessageInbox.h"
#include "mqtt/MqttSession.h"

#include <QDateTime>
#include <QMetaObject>

PahoBridge::PahoBridge(MqttSession* owner)
    : m_owner(owner)
    , m_inbox(owner->m_inbox)
    , m_generation(owner->m_inbox->generation())
{
    for (size_t i = 0; i < m_listeners.size(); ++i) {
        m_listeners[i].bridge = this;
        m_listeners[i].action = static_cast<Action>(i);
    }
}

PahoLink PahoBridge::detach(RetiredHandler handler)
{
    std::lock_guard lock(m_ownerMutex);
    m_owner = nullptr;
    m_retiredHandler = std::move(handler);
    return m_link;
}

void PahoBridge::setLink(PahoLink link)
{
    std::lock_guard lock(m_ownerMutex);
    m_link = link;
}

PahoLink PahoBridge::link() const
{
    std::lock_guard lock(m_ownerMutex);
    return m_link;
}

void PahoBridge::reportRetiredLocked()
{
    if (m_retiredHandler) {
        m_retiredHandler(m_link);
    }
}

void PahoBridge::connection_lost(const std::string& cause)
{
    const QString text = QString::fromStdString(cause);
    std::lock_guard lock(m_ownerMutex);
    m_link = PahoLink::Idle;
    if (m_owner) {
        MqttSession* owner = m_owner;
        QMetaObject::invokeMethod(
            owner, [owner, text] { owner->handleConnectionLost(text); }, Qt::QueuedConnection);
    } else {
        reportRetiredLocked();
    }
}

void PahoBridge::message_arrived(mqtt::const_message_ptr message)
{
    MqttMessage copy;
    const std::string& topic = message->get_topic();
    if (topic != m_lastTopicRaw) {
        m_lastTopicRaw = topic;
        m_lastTopic = QString::fromUtf8(topic.data(), static_cast<qsizetype>(topic.size()));
    }
    copy.topic = m_lastTopic;
    const mqtt::binary_ref& payload = message->get_payload_ref();
    copy.payload = QByteArray(payload.data(), static_cast<qsizetype>(payload.size()));
    copy.qos = static_cast<quint8>(message->get_qos());
    copy.retained = message->is_retained();
    copy.duplicate = message->is_duplicate();
    copy.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (const mqtt::properties& properties = message->get_properties(); !properties.empty()) {
        // Consecutive messages usually carry identical properties (a subscription identifier on every message of
        // a subscription): share one object instead of keeping a copy per stored message.
        std::shared_ptr<const MqttProperties> converted = convertProperties(properties);
        if (m_lastProperties && *m_lastProperties == *converted) {
            copy.properties = m_lastProperties;
        } else {
            copy.properties = m_lastProperties = std::move(converted);
        }
    }
    // The inbox wakes its owner itself, and refuses the message when this bridge's connection was replaced.
    m_inbox->push(m_generation, std::move(copy));
}

std::shared_ptr<const MqttProperties> PahoBridge::convertProperties(const mqtt::properties& properties)
{
    auto result = std::make_shared<MqttProperties>();
    try {
        const auto fromStd = [](const std::string& s) {
            return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
        };
        for (size_t i = 0, n = properties.count(mqtt::property::USER_PROPERTY); i < n; ++i) {
            const auto pair = mqtt::get<mqtt::string_pair>(properties, mqtt::property::USER_PROPERTY, i);
            result->userProperties.append({fromStd(std::get<0>(pair)), fromStd(std::get<1>(pair))});
        }
        if (properties.contains(mqtt::property::CONTENT_TYPE)) {
            result->contentType = fromStd(mqtt::get<std::string>(properties, mqtt::property::CONTENT_TYPE));
        }
        if (properties.contains(mqtt::property::RESPONSE_TOPIC)) {
            result->responseTopic = fromStd(mqtt::get<std::string>(properties, mqtt::property::RESPONSE_TOPIC));
        }
        if (properties.contains(mqtt::property::CORRELATION_DATA)) {
            const auto data = mqtt::get<std::string>(properties, mqtt::property::CORRELATION_DATA);
            result->correlationData = QByteArray(data.data(), static_cast<qsizetype>(data.size()));
        }
        if (properties.contains(mqtt::property::MESSAGE_EXPIRY_INTERVAL)) {
            result->messageExpirySeconds = mqtt::get<uint32_t>(properties, mqtt::property::MESSAGE_EXPIRY_INTERVAL);
        }
        if (properties.contains(mqtt::property::PAYLOAD_FORMAT_INDICATOR)) {
            result->payloadIsUtf8 = mqtt::get<uint8_t>(properties, mqtt::property::PAYLOAD_FORMAT_INDICATOR) != 0;
        }
        for (size_t i = 0, n = properties.count(mqtt::property::SUBSCRIPTION_IDENTIFIER); i < n; ++i) {
            result->subscriptionIdentifiers.append(
                static_cast<quint32>(mqtt::get<int>(properties, mqtt::property::SUBSCRIPTION_IDENTIFIER, i)));
        }
    } catch (const std::exception& e) {
        qCWarning(lcMqtt) << "Unreadable MQTT 5 property:" << e.what();
    }
    return result;
}

void PahoBridge::deliver(ActionResult result)
{
    std::lock_guard lock(m_ownerMutex);
    const bool linkChanged = result.action == Action::Connect || result.action == Action::Disconnect;
    if (result.action == Action::Connect) {
        m_link = result.ok ? PahoLink::Connected : PahoLink::Idle;
    } else if (result.action == Action::Disconnect) {
        m_link = PahoLink::Idle;
    }
    if (!m_owner) {
        if (linkChanged) {
            reportRetiredLocked();
        }
        return;
    }
    MqttSession* owner = m_owner;
    if (result.action == Action::Publish) {
        // Batched (see PahoPublishResults). Lock order: our owner lock, then the results lock; the owner takes only
        // the latter.
        PahoPublishResults& pending = *owner->m_publishResults;
        const std::lock_guard resultsLock(pending.mutex);
        pending.results.push_back(std::move(result));
        if (pending.results.size() == pending.wakeAt) {
            QMetaObject::invokeMethod(owner, &MqttSession::drainPublishResults, Qt::QueuedConnection);
        }
        return;
    }
    QMetaObject::invokeMethod(
        owner, [owner, result = std::move(result)] { owner->handleActionResult(result); }, Qt::QueuedConnection);
}

void PahoBridge::Listener::on_success(const mqtt::token& token)
{
    ActionResult result;
    result.action = action;
    result.id = static_cast<quint64>(reinterpret_cast<quintptr>(token.get_user_context()));
    result.ok = true;
    try {
        if (action == Action::Connect) {
            const mqtt::connect_response response = token.get_connect_response();
            result.sessionPresent = response.is_session_present();
            if (response.get_properties().contains(mqtt::property::RECEIVE_MAXIMUM)) {
                result.receiveMaximum = mqtt::get<uint16_t>(response.get_properties(), mqtt::property::RECEIVE_MAXIMUM);
            }
        } else if (action == Action::Subscribe) {
            const mqtt::subscribe_response response = token.get_subscribe_response(); // by value: keep it alive
            for (const auto code : response.get_reason_codes()) {
                result.reasonCodes.append(static_cast<int>(code));
            }
        } else if (action == Action::Unsubscribe) {
            const mqtt::unsubscribe_response response = token.get_unsubscribe_response();
            for (const auto code : response.get_reason_codes()) {
                result.reasonCodes.append(static_cast<int>(code));
            }
        }
    } catch (const std::exception& e) {
        qCDebug(lcMqtt) << "No server response details:" << e.what();
    }
    bridge->deliver(std::move(result));
}

void PahoBridge::Listener::on_failure(const mqtt::token& token)
{
    ActionResult result;
    result.action = action;
    result.id = static_cast<quint64>(reinterpret_cast<quintptr>(token.get_user_context()));
    result.ok = false;
    result.returnCode = token.get_return_code();
    result.reasonCode = static_cast<int>(token.get_reason_code());
    bridge->deliver(std::move(result));
}
