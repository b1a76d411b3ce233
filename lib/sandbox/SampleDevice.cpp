// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SampleDevice.h"

#include "common/Logging.h"
#include "mqtt/MqttSession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Sandbox {

namespace {

const QString FIRMWARE = QStringLiteral("1.0.0");
const QString TOKEN_PREFIX = QStringLiteral("sample-device-");

/// The retained welcome. It is data on the wire, like a real device's payloads, so it is not translated.
QByteArray welcomePayload(const QString& thing)
{
    const QString shadow = QStringLiteral("$aws/things/%1/shadow").arg(thing);
    const QJsonObject welcome{
        {QStringLiteral("message"),
         QStringLiteral("Welcome to the ThingBench local sandbox: a real MQTT broker (mosquitto) on 127.0.0.1 with the "
                        "AWS IoT shadow service. Nothing leaves this computer. The sample device \"%1\" publishes "
                        "telemetry and follows its shadow.")
             .arg(thing)},
        {QStringLiteral("thing"), thing},
        {QStringLiteral("try"),
         QJsonArray{
             QStringLiteral("Subscribe to sandbox/# to see this message and the sample device's telemetry."),
             QStringLiteral("Subscribe to %1/# to watch the shadow (# alone does not match topics that start with $).")
                 .arg(shadow),
             QStringLiteral("Publish {\"state\":{\"desired\":{\"led\":\"on\"}}} to %1/update: the device switches its "
                            "LED and reports it.")
                 .arg(shadow),
             QStringLiteral("Publish an empty message to %1/get to read the whole shadow document.").arg(shadow),
         }},
        {QStringLiteral("topics"),
         QJsonObject{{QStringLiteral("telemetry"), SampleDevice::telemetryTopic(thing)},
                     {QStringLiteral("shadowUpdate"), shadow + QStringLiteral("/update")},
                     {QStringLiteral("shadowGet"), shadow + QStringLiteral("/get")}}},
    };
    return QJsonDocument(welcome).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray& payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    return document.isObject() ? document.object() : QJsonObject();
}

} // namespace

SampleDevice::SampleDevice(QObject* parent)
    : QObject(parent)
{
    m_telemetryTimer.setInterval(TELEMETRY_INTERVAL_MS);
    connect(&m_telemetryTimer, &QTimer::timeout, this, &SampleDevice::publishTelemetry);
}

SampleDevice::~SampleDevice() = default;

QString SampleDevice::welcomeTopic()
{
    return QStringLiteral("sandbox/welcome");
}

QString SampleDevice::telemetryTopic(const QString& thingName)
{
    return QStringLiteral("sandbox/%1/telemetry").arg(thingName);
}

QString SampleDevice::clientId(const QString& thingName)
{
    return thingName;
}

void SampleDevice::start(const ConnectionOptions& options, const QString& thingName)
{
    stop();
    m_thing = thingName;
    m_ready = false;
    m_welcomeDone = false;
    m_reportAnswered = false;
    m_subscribed = false;
    m_sequence = 0;
    m_session = std::make_unique<MqttSession>();
    MqttSession* session = m_session.get();
    connect(session, &MqttSession::messagesReceived, this, &SampleDevice::handleMessages);
    // (Re)subscribed: on the first connect and on every reconnect the broker did not keep the session for (a broker
    // restart). A device announces itself each time; the subscription comes first so the answer is not missed.
    connect(session, &MqttSession::subscribed, this, [this](const QString& filter, int) {
        if (filter == shadowTopic(QStringLiteral("update/+"))) {
            m_subscribed = true;
            if (m_serviceReady) {
                announce();
            }
        }
    });
    connect(session, &MqttSession::published, this, [this](quint64 id) {
        if (id == m_welcomeId) {
            m_welcomeId = 0;
            m_welcomeDone = true;
            checkReady();
        }
    });
    connect(session, &MqttSession::publishFailed, this, [this](quint64, const QString& message) {
        Q_EMIT problem(tr("The sample device could not publish: %1").arg(message));
    });
    connect(session, &MqttSession::errorOccurred, this, [this](SessionError error, const QString& message) {
        // A lost connection is the broker going away: the sandbox reports that itself, and the session reconnects.
        if (error != SessionError::ConnectionLost) {
            Q_EMIT problem(tr("The sample device's connection: %1").arg(message));
        }
    });
    ConnectionOptions device = options;
    device.clientId = clientId(thingName);
    device.cleanStart = true;
    m_uptime.start();
    // accepted, rejected, delta (and documents, ignored): every answer about this thing's classic shadow updates.
    m_session->subscribe(shadowTopic(QStringLiteral("update/+")), 1);
    m_session->connectToBroker(device);
}

void SampleDevice::stop()
{
    m_telemetryTimer.stop();
    if (m_session) {
        // Deleted with this object or at the next start(), never here: stop() may run inside one of its signals.
        disconnect(m_session.get(), nullptr, this, nullptr);
        m_session->disconnectFromBroker();
    }
}

void SampleDevice::shadowServiceReady()
{
    if (!m_serviceReady) {
        m_serviceReady = true;
        if (m_subscribed) {
            announce();
        }
    }
}

void SampleDevice::announce()
{
    // Retained, so a subscriber that comes later still gets it at once; QoS 1, so we know it is stored.
    m_welcomeId = m_session->publish(welcomeTopic(), welcomePayload(m_thing), 1, true);
    const QJsonObject reported{{QStringLiteral("temperature"), temperature()},
                               {QStringLiteral("led"), m_led},
                               {QStringLiteral("firmware"), FIRMWARE}};
    m_announceToken = TOKEN_PREFIX + QString::number(m_nextToken);
    report(reported);
}

void SampleDevice::report(const QJsonObject& reported)
{
    const QJsonObject update{{QStringLiteral("state"), QJsonObject{{QStringLiteral("reported"), reported}}},
                             {QStringLiteral("clientToken"), TOKEN_PREFIX + QString::number(m_nextToken++)}};
    m_session->publish(shadowTopic(QStringLiteral("update")), QJsonDocument(update).toJson(QJsonDocument::Compact), 1,
                       false);
}

void SampleDevice::handleMessages(const QList<MqttMessage>& messages)
{
    for (const MqttMessage& message : messages) {
        if (message.topic == shadowTopic(QStringLiteral("update/delta"))) {
            handleDelta(parseObject(message.payload));
        } else if (message.topic == shadowTopic(QStringLiteral("update/accepted"))) {
            handleResponse(parseObject(message.payload), true);
        } else if (message.topic == shadowTopic(QStringLiteral("update/rejected"))) {
            handleResponse(parseObject(message.payload), false);
        }
    }
}

void SampleDevice::handleDelta(const QJsonObject& document)
{
    const QJsonObject state = document.value(QStringLiteral("state")).toObject();
    if (!state.contains(QStringLiteral("led"))) {
        return; // other keys: this firmware does not know them, so they stay in the delta
    }
    const QJsonValue wanted = state.value(QStringLiteral("led"));
    const QString value = wanted.toString();
    if (value != QLatin1String("on") && value != QLatin1String("off")) {
        const QJsonObject asked{{QStringLiteral("led"), wanted}};
        Q_EMIT problem(tr("The sample device ignores the desired state %1: its LED understands \"on\" and \"off\".")
                           .arg(QString::fromUtf8(QJsonDocument(asked).toJson(QJsonDocument::Compact))));
        return;
    }
    if (value != m_led) {
        m_led = value;
        Q_EMIT ledChanged(m_led);
    }
    // Reporting the value the delta asked for makes reported equal desired: the delta is gone.
    report(QJsonObject{{QStringLiteral("led"), m_led}});
}

void SampleDevice::handleResponse(const QJsonObject& document, bool accepted)
{
    const QString token = document.value(QStringLiteral("clientToken")).toString();
    if (!token.startsWith(TOKEN_PREFIX)) {
        return; // another client's request: the answers on these topics go to every subscriber
    }
    if (!accepted) {
        Q_EMIT problem(tr("The shadow service rejected the sample device's report: %1")
                           .arg(document.value(QStringLiteral("message")).toString()));
    }
    if (token == m_announceToken && !m_reportAnswered) {
        m_reportAnswered = true;
        checkReady();
    }
}

void SampleDevice::checkReady()
{
    if (m_ready || !m_welcomeDone || !m_reportAnswered) {
        return;
    }
    m_ready = true;
    publishTelemetry();
    m_telemetryTimer.start();
    Q_EMIT ready();
}

void SampleDevice::publishTelemetry()
{
    if (!m_session || m_session->state() != SessionState::Connected) {
        return; // live data: nothing is queued while the broker restarts
    }
    ++m_sequence;
    const QJsonObject telemetry{{QStringLiteral("thing"), m_thing},
                                {QStringLiteral("seq"), qint64(m_sequence)},
                                {QStringLiteral("temperature"), temperature()},
                                {QStringLiteral("led"), m_led},
                                {QStringLiteral("uptimeSeconds"), m_uptime.elapsed() / 1000}};
    m_session->publish(telemetryTopic(m_thing), QJsonDocument(telemetry).toJson(QJsonDocument::Compact), 0, false);
}

QString SampleDevice::shadowTopic(const QString& suffix) const
{
    return QStringLiteral("$aws/things/%1/shadow/%2").arg(m_thing, suffix);
}

double SampleDevice::temperature() const
{
    // A slow wave around 21.5 °C (period ~3 minutes) with one decimal, so charts have something to show.
    const double seconds = double(m_uptime.isValid() ? m_uptime.elapsed() : 0) / 1000.0;
    return std::round((21.5 + 1.5 * std::sin(seconds / 30.0)) * 10.0) / 10.0;
}

} // namespace Sandbox
