// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"
#include "sandbox/SandboxAws_p.h"

#include <QObject>
#include <QString>

#include <memory>

class ShadowService;

namespace Aws {
class LocalDataPlane;
class WebSocketGate;
} // namespace Aws

namespace Sandbox {

/// What the sandbox's AWS services need: where the broker is, the sandbox's TLS identity and registry.
struct AwsServicesConfig
{
    QString dir;                   ///< the sandbox folder (services.json: the ports of the last run)
    quint16 httpPort = 0;          ///< wanted; 0: the last run's, else a free one
    quint16 wsPort = 0;            ///< wanted; 0: the last run's, else a free one
    ServicePorts lastPorts;        ///< the ports of the last run (readServicePorts, read by the preparing worker)
    QString caFile;                ///< the sandbox CA (client certificates of the data plane must chain to it)
    QString serverCertificateFile; ///< the broker's certificate for 127.0.0.1/localhost, and its key
    QString serverKeyFile;
    quint16 brokerPort = 0;          ///< the plain listener: what the WebSocket gate relays to
    quint16 brokerTlsPort = 0;       ///< the mutual-TLS listener: the Greengrass core that discovery lists
    ConnectionOptions brokerOptions; ///< the data plane's own connection (plain listener) for HTTPS publishes
    SandboxIamUser iamUser;
    QString registryFile;
    QString decisionLogFile;
    bool enforcePolicies = true;            ///< the registry's policies decide HTTPS requests as they do MQTT
    ShadowService* shadowService = nullptr; ///< REST shadows go through it (owner thread)
};

/// The sandbox's AWS IoT endpoints besides MQTT over mutual TLS (spec aws-http-sigv4-greengrass.md): the HTTPS data
/// plane with Greengrass discovery (Aws::LocalDataPlane, AWS's port 8443) and MQTT over WebSocket signed with SigV4
/// (Aws::WebSocketGate, AWS's 443 /mqtt), both on 127.0.0.1 and on the same ports across restarts.
///
/// A port that is taken is replaced by a free one, with notice(). A service that cannot start at all does not stop
/// the sandbox (MQTT still works): notice() says why and its port stays 0. ready() follows start() once each service
/// listens or has given up. Owner (GUI) thread only; each service runs its sockets on its own worker thread.
class AwsServices final : public QObject
{
    Q_OBJECT

public:
    explicit AwsServices(QObject* parent = nullptr);
    ~AwsServices() override;
    Q_DISABLE_COPY_MOVE(AwsServices)

    void start(const AwsServicesConfig& config);
    /// Closes both listeners and every connection.
    void stop();

    quint16 httpPort() const { return m_httpPort; }
    quint16 wsPort() const { return m_wsPort; }

Q_SIGNALS:
    void ready();
    void notice(const QString& message);

private:
    void startGate(quint16 port);
    void startDataPlane(quint16 port);
    /// A service listens on `port` (0: it gave up).
    void serviceDone(quint16* slot, quint16 port);

    AwsServicesConfig m_config;
    std::unique_ptr<Aws::WebSocketGate> m_gate;
    std::unique_ptr<Aws::LocalDataPlane> m_dataPlane;
    quint16 m_httpPort = 0;
    quint16 m_wsPort = 0;
    int m_pending = 0; ///< services not yet listening or given up
};

} // namespace Sandbox
