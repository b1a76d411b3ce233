// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AwsServices.h"

#include "aws/LocalDataPlane.h"
#include "aws/WebSocketGate.h"
#include "common/Logging.h"

#include <QtConcurrent>

namespace Sandbox {

namespace {

const QString PORT_UNAVAILABLE = QStringLiteral("port_unavailable"); // WebSocketGate
const QString LISTEN_FAILED = QStringLiteral("listen_failed");       // LocalDataPlane

/// Stops listening to `object` and deletes it from the event loop: it may be the one whose signal is being handled.
template <typename T>
void release(std::unique_ptr<T>& object)
{
    if (object) {
        QObject::disconnect(object.get(), nullptr, nullptr, nullptr);
        object.release()->deleteLater();
    }
}

} // namespace

AwsServices::AwsServices(QObject* parent)
    : QObject(parent)
{ }

AwsServices::~AwsServices() = default;

void AwsServices::start(const AwsServicesConfig& config)
{
    m_config = config;
    const ServicePorts& last = config.lastPorts;
    m_httpPort = 0;
    m_wsPort = 0;
    m_pending = 2;
    startGate(config.wsPort != 0 ? config.wsPort : last.wsPort);
    startDataPlane(config.httpPort != 0 ? config.httpPort : last.httpPort);
}

void AwsServices::stop()
{
    m_pending = 0;
    if (m_gate) {
        disconnect(m_gate.get(), nullptr, this, nullptr);
        m_gate->stop();
    }
    if (m_dataPlane) {
        disconnect(m_dataPlane.get(), nullptr, this, nullptr);
        m_dataPlane->stop();
    }
}

void AwsServices::startGate(quint16 port)
{
    release(m_gate); // after a port in use: this may run inside its failed() signal
    m_gate = std::make_unique<Aws::WebSocketGate>();
    connect(m_gate.get(), &Aws::WebSocketGate::listening, this,
            [this](quint16 listening) { serviceDone(&m_wsPort, listening); });
    connect(m_gate.get(), &Aws::WebSocketGate::failed, this, [this, port](const QString& code, const QString& message) {
        if (code == PORT_UNAVAILABLE && port != 0) {
            Q_EMIT notice(tr("Port %1 for MQTT over WebSocket was in use; a free one is used instead.").arg(port));
            startGate(0);
            return;
        }
        Q_EMIT notice(tr("MQTT over WebSocket (SigV4) is not available in the sandbox: %1").arg(message));
        serviceDone(&m_wsPort, 0);
    });
    connect(m_gate.get(), &Aws::WebSocketGate::refused, this,
            [](const QString& code, const QString& message, const QByteArray&) {
                qCInfo(lcSandbox) << "WebSocket sign-in refused:" << code << message;
            });
    Aws::WebSocketGateOptions options;
    options.certificateFile = m_config.serverCertificateFile;
    options.privateKeyFile = m_config.serverKeyFile;
    options.port = port;
    options.brokerPort = m_config.brokerPort;
    const Aws::AwsCredentials& keys = m_config.iamUser.credentials;
    options.credentials.insert(keys.accessKeyId, Aws::KnownCredential{keys.secretAccessKey, keys.region, {}});
    m_gate->start(options);
}

void AwsServices::startDataPlane(quint16 port)
{
    release(m_dataPlane); // after a port in use: this may run inside its failed() signal
    m_dataPlane = std::make_unique<Aws::LocalDataPlane>(m_config.shadowService);
    connect(m_dataPlane.get(), &Aws::LocalDataPlane::listening, this,
            [this](quint16 listening) { serviceDone(&m_httpPort, listening); });
    connect(
        m_dataPlane.get(), &Aws::LocalDataPlane::failed, this,
        [this, port](const QString& code, const QString& message) {
            if (code == LISTEN_FAILED && port != 0) {
                Q_EMIT notice(tr("Port %1 for the HTTPS data plane was in use; a free one is used instead.").arg(port));
                startDataPlane(0);
                return;
            }
            Q_EMIT notice(
                tr("The HTTPS data plane and Greengrass discovery are not available in the sandbox: %1").arg(message));
            serviceDone(&m_httpPort, 0);
        });
    Aws::LocalDataPlaneOptions options;
    options.caFile = m_config.caFile;
    options.certificateFile = m_config.serverCertificateFile;
    options.keyFile = m_config.serverKeyFile;
    options.port = port;
    options.registryPath = m_config.registryFile;
    options.decisionLogPath = m_config.decisionLogFile;
    options.enforcePolicies = m_config.enforcePolicies;
    options.brokerOptions = m_config.brokerOptions;
    options.corePort = m_config.brokerTlsPort;
    m_dataPlane->start(options);
}

void AwsServices::serviceDone(quint16* slot, quint16 port)
{
    *slot = port;
    if (m_pending == 0 || --m_pending > 0) {
        return;
    }
    // Off this thread: the disk may be slow. A failure only costs stable ports at the next start.
    (void)QtConcurrent::run([dir = m_config.dir, ports = ServicePorts{m_httpPort, m_wsPort}] {
        if (Result<void> written = writeServicePorts(dir, ports); !written) {
            qCWarning(lcSandbox) << "the ports of the sandbox's AWS services were not recorded:"
                                 << written.error().fullText();
        }
    });
    Q_EMIT ready();
}

} // namespace Sandbox
