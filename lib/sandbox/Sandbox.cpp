// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Sandbox.h"

#include "common/Logging.h"
#include "mqtt/MqttSession.h"
#include "sandbox/AwsServices.h"
#include "sandbox/BrokerSetup_p.h"
#include "sandbox/LocalBroker.h"
#include "sandbox/SampleDevice.h"
#include "sandbox/SandboxSetup_p.h"
#include "shadow/ShadowService.h"
#include "shadow/ShadowTopic.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLockFile>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace Sandbox {

namespace {

const QString LOOPBACK = QStringLiteral("127.0.0.1");
const QString SHADOW_SERVICE_CLIENT_ID = QStringLiteral("thingbench-sandbox-shadow-service");
/// The sandbox's own clients reconnect quickly after a broker restart: it is local and comes back in a moment.
constexpr int INTERNAL_RECONNECT_MAX_MS = 2000;

/// Deletes an object from the event loop: it may be the one whose signal is being handled.
template <typename T>
void releaseLater(std::unique_ptr<T>& object)
{
    if (object) {
        object.release()->deleteLater();
    }
}

} // namespace

Sandbox::Sandbox(QObject* parent)
    : Sandbox(SandboxOptions(), parent)
{ }

Sandbox::Sandbox(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_broker(std::make_unique<LocalBroker>())
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(START_TIMEOUT_MS);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("start_timeout"),
             tr("The sandbox did not become ready within %1 s (it was %2). The broker's log may tell why: %3")
                 .arg(START_TIMEOUT_MS / 1000)
                 .arg(m_step, m_broker->logFile()));
    });
    LocalBroker* broker = m_broker.get();
    connect(broker, &LocalBroker::ready, this, [this] {
        if (m_state == State::Starting) {
            startClients();
        }
    });
    connect(broker, &LocalBroker::warning, this, &Sandbox::notice);
    connect(broker, &LocalBroker::stateChanged, this, [this](LocalBroker::State state) {
        if (state == LocalBroker::State::Restarting && m_state == State::Running) {
            setState(State::Restarting);
        }
    });
    connect(broker, &LocalBroker::restarted, this, [this](const QString& reason) {
        if (m_state == State::Restarting) {
            setState(State::Running);
        }
        Q_EMIT brokerRestarted(reason);
    });
    connect(broker, &LocalBroker::failed, this, &Sandbox::fail);
    connect(broker, &LocalBroker::stopped, this, &Sandbox::onBrokerStopped);
}

Sandbox::~Sandbox()
{
    ++m_generation;
    // The PKI worker writes into the folder: let it finish (a fraction of a second) before the folder may go.
    m_preparing.waitForFinished();
    m_sampleDevice.reset();
    m_awsServices.reset();   // before the shadow service it uses
    m_shadowService.reset(); // flushes the state file
    m_shadowSession.reset();
    m_broker.reset(); // makes sure mosquitto is gone
    m_lock.reset();
    m_tempDir.reset();
}

bool Sandbox::isValidThingName(const QString& name)
{
    return ShadowTopic::isValidThingName(name);
}

std::optional<Error> Sandbox::checkOptions() const
{
    const auto usage = [](const QString& message) { return Error{QStringLiteral("usage"), message, {}}; };
    if (!isValidThingName(m_options.thingName)) {
        return usage(
            tr("“%1” is not a valid thing name: use 1–128 letters, digits, “:”, “_” or “-”.").arg(m_options.thingName));
    }
    const QList<quint16> ports{m_options.port, m_options.tlsPort, m_options.httpPort, m_options.wsPort};
    for (qsizetype i = 0; i < ports.size(); ++i) {
        if (ports.at(i) != 0 && ports.indexOf(ports.at(i), i + 1) > 0) {
            return usage(tr("Two of the sandbox's listeners cannot share port %1. Choose different ports, or leave "
                            "them out to have free ones chosen.")
                             .arg(ports.at(i)));
        }
    }
    if (Result<QString> mosquitto = LocalBroker::findMosquitto(m_options.mosquittoPath); !mosquitto) {
        return mosquitto.error(); // before making a PKI that could not be used
    }
    if (m_options.enforcePolicies) {
        if (Result<QString> plugin = LocalBroker::findPolicyPlugin(m_options.policyPluginPath); !plugin) {
            return plugin.error();
        }
    }
    return std::nullopt;
}

void Sandbox::start()
{
    if (m_state != State::Stopped && m_state != State::Failed) {
        qCWarning(lcSandbox) << "Sandbox::start() ignored: the sandbox is" << m_state;
        return;
    }
    const quint64 generation = ++m_generation;
    m_active = m_options;
    m_lastError = {};
    m_clientsReady = false;
    m_awsReady = false;
    discardClients();
    setState(State::Starting);
    m_startTimer.start();
    std::optional<Error> problem = checkOptions();
    if (!problem) {
        problem = useDir();
    }
    if (problem) {
        // From the event loop, so that a caller sees the same order of signals whatever went wrong.
        QMetaObject::invokeMethod(
            this,
            [this, generation, error = *problem] {
                if (generation == m_generation) {
                    fail(error.code, error.fullText());
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_step = tr("preparing the certificates");
    auto* watcher = new QFutureWatcher<Result<SandboxFiles>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            onPrepared(watcher->result());
        }
    });
    // After the previous run's worker (start() right after stop()): two workers must never make a PKI at once.
    const QFuture<Result<SandboxFiles>> future =
        QtConcurrent::run([previous = m_preparing, dir = m_dir, thing = m_active.thingName]() mutable {
            previous.waitForFinished();
            return prepareSandboxDir(dir, thing);
        });
    m_preparing = QFuture<void>(future);
    watcher->setFuture(future);
}

std::optional<Error> Sandbox::useDir()
{
    if (m_active.dir.isEmpty()) {
        if (!m_tempDir) {
            m_tempDir =
                std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/thingbench-sandbox-XXXXXX"));
        }
        if (!m_tempDir->isValid()) {
            const Error error{QStringLiteral("file_unwritable"),
                              tr("Cannot create a temporary folder for the sandbox (%1). Free some space in %2 or "
                                 "choose a folder for the sandbox.")
                                  .arg(m_tempDir->errorString(), QDir::tempPath()),
                              {}};
            m_tempDir.reset();
            return error;
        }
    }
    const QString dir = m_active.dir.isEmpty() ? m_tempDir->path() : QDir(m_active.dir).absolutePath();
    // Still held when the previous run in this folder failed and its broker is going away: that is ours.
    if (m_lock && dir == m_dir) {
        return std::nullopt;
    }
    m_lock.reset();
    m_dir = dir;
    Result<std::shared_ptr<QLockFile>> lock = lockSandboxDir(m_dir);
    if (!lock) {
        return lock.error();
    }
    m_lock = *lock;
    return std::nullopt;
}

void Sandbox::onPrepared(const Result<SandboxFiles>& files)
{
    if (m_state != State::Starting) {
        return;
    }
    if (!files) {
        fail(files.error().code, files.error().fullText());
        return;
    }
    m_pki = files->pki;
    m_consoleCertificate = files->console.certificateFile;
    m_consoleKey = files->console.privateKeyFile;
    m_consoleCertificateId = files->console.certificateId;
    m_registryFile = files->registryFile;
    m_decisionLogFile = files->decisionLogFile;
    m_shadowStateFile = files->shadowStateFile;
    m_iamUser = files->iamUser;
    m_lastServicePorts = files->servicePorts;
    for (const QString& message : files->notices) {
        Q_EMIT notice(message);
    }
    m_step = tr("starting mosquitto");
    qCDebug(lcSandbox) << "folder ready" << m_dir << (files->pkiCreated ? "with a new PKI" : "");
    startBroker();
}

void Sandbox::startBroker()
{
    const LocalBroker::State state = m_broker->state();
    if ((state != LocalBroker::State::Stopped && state != LocalBroker::State::Failed) || m_broker->processId() != 0) {
        m_brokerStartPending = true; // the previous run's broker is still going away: onBrokerStopped() continues
        return;
    }
    m_brokerStartPending = false;
    BrokerConfig config;
    config.dir = m_dir;
    config.port = m_active.port;
    config.tlsPort = m_active.tlsPort;
    config.caFile = m_pki.caCertificate;
    config.certificateFile = m_pki.brokerCertificate;
    config.privateKeyFile = m_pki.brokerKey;
    config.mosquittoPath = m_active.mosquittoPath;
    m_policyPlugin.clear();
    if (m_active.enforcePolicies) {
        Result<QString> plugin = LocalBroker::findPolicyPlugin(m_active.policyPluginPath);
        if (!plugin) {
            fail(plugin.error().code, plugin.error().fullText());
            return;
        }
        m_policyPlugin = *plugin;
        config.policyPlugin = m_policyPlugin;
        config.registryFile = m_registryFile;
        config.decisionLogFile = m_decisionLogFile;
        config.awsMqtt311Disconnect = m_active.awsMqtt311Disconnect;
    }
    m_broker->start(config);
}

void Sandbox::startClients()
{
    m_step = tr("starting the shadow service");
    qCDebug(lcSandbox) << "broker ready; starting the shadow service";
    m_shadowSession = std::make_unique<MqttSession>();
    m_shadowService = std::make_unique<ShadowService>(m_shadowSession.get());
    // Reads shadows.json (already checked by the worker; small) on this thread: ShadowService has no other way in.
    if (Result<void> loaded = m_shadowService->setStateFile(m_shadowStateFile); !loaded) {
        fail(QStringLiteral("shadow_service_failed"), loaded.error().fullText());
        return;
    }
    connect(m_shadowService.get(), &ShadowService::ready, this, &Sandbox::onShadowServiceReady);
    connect(m_shadowService.get(), &ShadowService::subscriptionFailed, this,
            [this](const QString& message) { fail(QStringLiteral("shadow_service_failed"), message); });
    connect(m_shadowService.get(), &ShadowService::errorOccurred, this, &Sandbox::notice);
    connect(m_shadowSession.get(), &MqttSession::errorOccurred, this, [this](SessionError, const QString& message) {
        // Before the first connection any error is fatal; afterwards the session reconnects by itself.
        if (m_state == State::Starting) {
            fail(QStringLiteral("shadow_service_failed"),
                 tr("The shadow service cannot connect to the sandbox's broker: %1").arg(message));
        } else {
            qCInfo(lcSandbox) << "shadow service connection:" << message;
        }
    });
    m_shadowService->start();
    m_shadowSession->connectToBroker(internalOptions(SHADOW_SERVICE_CLIENT_ID));
    startAwsServices();
    if (m_active.sampleTraffic) {
        // Connects now, beside the service (the two connects overlap), and announces itself once the service answers.
        m_sampleDevice = std::make_unique<SampleDevice>();
        connect(m_sampleDevice.get(), &SampleDevice::ready, this, &Sandbox::clientsReady);
        connect(m_sampleDevice.get(), &SampleDevice::problem, this, [this](const QString& message) {
            // During a broker restart the device's connection errors are expected and not worth a notice.
            if (m_state == State::Running || m_state == State::Starting) {
                Q_EMIT notice(message);
            }
        });
        m_sampleDevice->waitForShadowService();
        // As a real device: over mutual TLS with its own certificate, under its least-privilege policy.
        ConnectionOptions device = deviceConnectionOptions();
        device.reconnectMaxMs = INTERNAL_RECONNECT_MAX_MS;
        m_sampleDevice->start(device, m_active.thingName);
    }
}

void Sandbox::onShadowServiceReady()
{
    // Also emitted after every reconnect of the service: only the first one during start() matters.
    if (m_state != State::Starting) {
        return;
    }
    if (!m_sampleDevice) {
        clientsReady();
        return;
    }
    m_step = tr("starting the sample device");
    qCDebug(lcSandbox) << "shadow service ready; the sample device announces itself";
    m_sampleDevice->shadowServiceReady();
}

void Sandbox::startAwsServices()
{
    m_awsServices = std::make_unique<AwsServices>();
    connect(m_awsServices.get(), &AwsServices::notice, this, &Sandbox::notice);
    connect(m_awsServices.get(), &AwsServices::ready, this, &Sandbox::awsServicesReady);
    AwsServicesConfig config;
    config.dir = m_dir;
    config.httpPort = m_active.httpPort;
    config.wsPort = m_active.wsPort;
    config.lastPorts = m_lastServicePorts;
    config.caFile = m_pki.caCertificate;
    config.serverCertificateFile = m_pki.brokerCertificate;
    config.serverKeyFile = m_pki.brokerKey;
    config.brokerPort = m_broker->port();
    config.brokerTlsPort = m_broker->tlsPort();
    config.brokerOptions = internalOptions(QStringLiteral("thingbench-sandbox-data-plane"));
    config.iamUser = m_iamUser;
    config.registryFile = m_registryFile;
    config.decisionLogFile = m_decisionLogFile;
    config.enforcePolicies = m_active.enforcePolicies;
    config.shadowService = m_shadowService.get();
    m_awsServices->start(config);
}

void Sandbox::clientsReady()
{
    m_clientsReady = true;
    becomeRunning();
}

void Sandbox::awsServicesReady()
{
    m_awsReady = true;
    becomeRunning();
}

void Sandbox::becomeRunning()
{
    if (m_state != State::Starting || !m_clientsReady || !m_awsReady) {
        return;
    }
    m_startTimer.stop();
    m_step.clear();
    qCInfo(lcSandbox) << "sandbox ready on ports" << m_broker->port() << m_broker->tlsPort();
    setState(State::Running);
    Q_EMIT ready();
}

void Sandbox::stop()
{
    if (m_state == State::Stopping) {
        return;
    }
    ++m_generation;
    m_startTimer.stop();
    m_brokerStartPending = false;
    stopClients();
    setState(State::Stopping);
    m_broker->stop(); // stopped() follows, also when nothing runs
}

void Sandbox::onBrokerStopped()
{
    if (m_brokerStartPending && m_state == State::Starting) {
        startBroker();
        return;
    }
    if (m_state != State::Stopping && m_state != State::Failed) {
        return;
    }
    m_lock.reset(); // the broker is gone: the folder is free for another sandbox
    if (m_state == State::Stopping) {
        setState(State::Stopped);
    }
    Q_EMIT stopped();
}

void Sandbox::fail(const QString& code, const QString& message)
{
    if (m_state == State::Failed || m_state == State::Stopping || m_state == State::Stopped) {
        return;
    }
    ++m_generation;
    m_startTimer.stop();
    m_brokerStartPending = false;
    m_lastError = Error{code, message, {}};
    qCInfo(lcSandbox) << "sandbox failed:" << code;
    stopClients();
    setState(State::Failed);
    Q_EMIT failed(code, message);
    // Clean up: stopped() follows once no process is left.
    switch (m_broker->state()) {
    case LocalBroker::State::Failed: // it failed by itself and emits stopped() when its process is gone
        break;
    case LocalBroker::State::Stopped:
        QMetaObject::invokeMethod(this, &Sandbox::onBrokerStopped, Qt::QueuedConnection);
        break;
    default:
        m_broker->stop();
        break;
    }
}

void Sandbox::stopClients()
{
    if (m_awsServices) {
        disconnect(m_awsServices.get(), nullptr, this, nullptr);
        m_awsServices->stop();
    }
    if (m_sampleDevice) {
        disconnect(m_sampleDevice.get(), nullptr, this, nullptr);
        m_sampleDevice->stop();
    }
    if (m_shadowService) {
        disconnect(m_shadowService.get(), nullptr, this, nullptr);
        m_shadowService->stop();
        if (Result<void> saved = m_shadowService->flush(); !saved) {
            Q_EMIT notice(saved.error().fullText());
        }
    }
    if (m_shadowSession) {
        disconnect(m_shadowSession.get(), nullptr, this, nullptr);
        m_shadowSession->disconnectFromBroker();
    }
}

void Sandbox::discardClients()
{
    // Stopped already; they go from the event loop, since start() may be called from one of their signals' handlers.
    releaseLater(m_sampleDevice);
    releaseLater(m_awsServices);
    releaseLater(m_shadowService);
    releaseLater(m_shadowSession);
}

void Sandbox::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

SandboxInfo Sandbox::info() const
{
    SandboxInfo info;
    info.dir = m_dir;
    info.temporaryDir = m_tempDir && !m_dir.isEmpty() && m_dir == m_tempDir->path();
    info.port = m_broker->port();
    info.tlsPort = m_broker->tlsPort();
    if (info.port != 0) {
        info.plainUrl = QStringLiteral("mqtt://%1:%2").arg(LOOPBACK).arg(info.port);
    }
    if (info.tlsPort != 0) {
        info.tlsUrl = QStringLiteral("mqtts://%1:%2").arg(LOOPBACK).arg(info.tlsPort);
    }
    info.caFile = m_pki.caCertificate;
    info.certificateFile = m_pki.deviceCertificate;
    info.privateKeyFile = m_pki.devicePrivateKey;
    info.thingName = m_active.thingName;
    info.certificateId = m_pki.deviceCertificateId;
    info.consoleCertificateFile = m_consoleCertificate;
    info.consolePrivateKeyFile = m_consoleKey;
    info.consoleCertificateId = m_consoleCertificateId;
    info.registryFile = m_registryFile;
    info.policiesEnforced = !m_policyPlugin.isEmpty();
    info.decisionLogFile = info.policiesEnforced ? m_decisionLogFile : QString();
    if (m_awsServices && m_awsServices->httpPort() != 0) {
        info.httpPort = m_awsServices->httpPort();
        info.httpsEndpoint = QStringLiteral("%1:%2").arg(LOOPBACK).arg(info.httpPort);
    }
    if (m_awsServices && m_awsServices->wsPort() != 0) {
        info.wsPort = m_awsServices->wsPort();
        info.webSocketUrl = QStringLiteral("wss://%1:%2/mqtt").arg(LOOPBACK).arg(info.wsPort);
    }
    info.awsCredentialsFile = m_iamUser.credentialsFile;
    info.awsProfile = m_iamUser.profile;
    info.awsRegion = m_iamUser.credentials.region;
    info.awsAccessKeyId = m_iamUser.credentials.accessKeyId;
    info.brokerLogFile = m_broker->logFile();
    info.brokerProcessId = m_broker->processId();
    return info;
}

namespace {

/// A client certificate and its CA.
struct ClientFiles
{
    QString caFile;
    QString certificateFile;
    QString privateKeyFile;
};

/// The options for the sandbox's plain listener on `port`, or its mutual-TLS listener with `tls`'s files.
ConnectionOptions listenerOptions(quint16 port, const ClientFiles* tls)
{
    ConnectionOptions options;
    options.host = LOOPBACK;
    options.port = port;
    options.transport = tls ? Transport::Tls : Transport::Tcp;
    if (tls) {
        // The broker's certificate names 127.0.0.1 (and localhost): `insecure` stays off, so Paho verifies the chain
        // against the sandbox CA and the host name.
        options.caFile = tls->caFile;
        options.certFile = tls->certificateFile;
        options.keyFile = tls->privateKeyFile;
    }
    return options;
}

} // namespace

ConnectionOptions Sandbox::connectionOptions(bool mutualTls) const
{
    return connectionOptionsFor(info(), mutualTls);
}

ConnectionOptions Sandbox::deviceConnectionOptions() const
{
    const ClientFiles device{m_pki.caCertificate, m_pki.deviceCertificate, m_pki.devicePrivateKey};
    ConnectionOptions options = listenerOptions(m_broker->tlsPort(), &device);
    options.clientId = m_active.thingName;
    return options;
}

ConnectionOptions Sandbox::webSocketConnectionOptions() const
{
    ConnectionOptions options;
    options.host = LOOPBACK;
    options.port = m_awsServices ? m_awsServices->wsPort() : 0;
    options.transport = Transport::SecureWebSocket;
    options.path = QStringLiteral("/mqtt");
    options.caFile = m_pki.caCertificate;
    SigV4Signing signing;
    signing.accessKeyId = m_iamUser.credentials.accessKeyId;
    signing.secretAccessKey = m_iamUser.credentials.secretAccessKey;
    signing.region = m_iamUser.credentials.region;
    options.sigV4 = signing;
    return options;
}

ConnectionOptions Sandbox::connectionOptionsFor(const SandboxInfo& info, bool mutualTls)
{
    const ClientFiles console{info.caFile, info.consoleCertificateFile, info.consolePrivateKeyFile};
    return mutualTls ? listenerOptions(info.tlsPort, &console) : listenerOptions(info.port, nullptr);
}

Result<ConnectionOptions> Sandbox::savedConnectionOptions(const QString& dir, bool mutualTls)
{
    // The PKI first: its file says whether a sandbox ever ran in `dir` (and its error says how to start one).
    const Result<Certs::TestPkiFiles> pki = readSavedPki(dir);
    if (!pki) {
        return pki.error();
    }
    const Result<std::pair<quint16, quint16>> ports = readSavedPorts(dir);
    if (!ports) {
        return ports.error();
    }
    const SandboxIdentity console = consoleIdentityFiles(pki->dir);
    const ClientFiles files{pki->caCertificate, console.certificateFile, console.privateKeyFile};
    return mutualTls ? listenerOptions(ports->second, &files) : listenerOptions(ports->first, nullptr);
}

ConnectionOptions Sandbox::internalOptions(const QString& clientId) const
{
    ConnectionOptions options = connectionOptions(false);
    options.clientId = clientId;
    options.reconnectMaxMs = INTERNAL_RECONNECT_MAX_MS;
    return options;
}

} // namespace Sandbox
