// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class MqttSession;

namespace Sandbox {

/// The sandbox's sample device: a small simulated thing on its own MqttSession, so that a new user sees traffic at
/// once and has a shadow to drive. It behaves like firmware written for AWS IoT would:
///
///  - on every (re)connect it publishes a retained welcome message on welcomeTopic() (what the sandbox is and which
///    topics to try), so a fresh `#` subscriber gets something immediately, and reports its state
///    (`temperature`, `led`, `firmware`) on `$aws/things/<thing>/shadow/update`, so the shadow exists;
///  - it publishes a small telemetry JSON on telemetryTopic() every TELEMETRY_INTERVAL_MS (QoS 0, not retained);
///  - when a shadow delta asks for another `led` ("on" or "off"), it switches and reports the new value, so the user
///    can drive the shadow from the shadow workbench and watch the device follow. Other desired keys are left in the
///    delta, as a device that does not know them would.
///
/// It needs the shadow service to be answering on the same broker before start().
///
/// Thread affinity: owner (GUI) thread only.
class SampleDevice final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TELEMETRY_INTERVAL_MS = 2000;

    explicit SampleDevice(QObject* parent = nullptr);
    ~SampleDevice() override;
    Q_DISABLE_COPY_MOVE(SampleDevice)

    /// "sandbox/welcome"
    static QString welcomeTopic();
    /// "sandbox/<thing>/telemetry"
    static QString telemetryTopic(const QString& thingName);
    /// The client ID the device connects with: its thing name, as AWS IoT firmware does (only then is the thing bound
    /// to the connection and its policy's ${iot:Connection.Thing.ThingName} resolved). A user who connects with the
    /// same ID takes the device's connection over, as on AWS IoT.
    static QString clientId(const QString& thingName);

    /// Connects with `options` (the sandbox's mutual-TLS listener with the device's certificate; the client ID is set
    /// here) as `thingName`.
    void start(const ConnectionOptions& options, const QString& thingName);
    /// Call before start() when the shadow service is not answering yet: the device connects and subscribes but
    /// announces itself (welcome, first report) only after shadowServiceReady(), so the report is not lost. The
    /// sandbox starts both at once because each Paho connect in a process that already has a connection can take
    /// up to ~2 s (Paho C 1.3 polls its sockets once a second), and the two waits then overlap.
    void waitForShadowService() { m_serviceReady = false; }
    /// The shadow service answers: announce now if subscribed (else as soon as subscribed).
    void shadowServiceReady();
    /// Stops the telemetry and disconnects. The retained welcome stays on the broker.
    void stop();

    bool isReady() const { return m_ready; }
    QString thingName() const { return m_thing; }
    QString led() const { return m_led; }
    quint64 telemetrySent() const { return m_sequence; }

Q_SIGNALS:
    /// The welcome is on the broker and the first report was answered by the shadow service (once per start()).
    void ready();
    /// The device switched its LED after a delta.
    void ledChanged(const QString& value);
    /// Something went wrong that the user may want to see (e.g. a rejected report); the device goes on.
    void problem(const QString& message);

private:
    void announce();
    void handleMessages(const QList<MqttMessage>& messages);
    void handleDelta(const QJsonObject& document);
    void handleResponse(const QJsonObject& document, bool accepted);
    void report(const QJsonObject& reported);
    void publishTelemetry();
    void checkReady();
    QString shadowTopic(const QString& suffix) const;
    double temperature() const;

    std::unique_ptr<MqttSession> m_session;
    QString m_thing;
    QString m_led = QStringLiteral("off");
    QTimer m_telemetryTimer;
    QElapsedTimer m_uptime;
    quint64 m_sequence = 0;
    quint64 m_welcomeId = 0; ///< request id of the welcome publish in flight (0: none)
    QString m_announceToken; ///< clientToken of the report made on (re)connect
    quint64 m_nextToken = 1;
    bool m_welcomeDone = false;
    bool m_reportAnswered = false;
    bool m_ready = false;
    bool m_subscribed = false;
    bool m_serviceReady = true;
};

} // namespace Sandbox
