// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/TestPki.h"
#include "common/Result.h"
#include "mqtt/MqttTypes.h"
#include "sandbox/SandboxAws_p.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class MqttSession;
class QLockFile;
class QTemporaryDir;
class ShadowService;

namespace Sandbox {

class LocalBroker;
class AwsServices;
class SampleDevice;
struct SandboxFiles;

/// What the sandbox should run. Read by start(); changes take effect at the next start().
struct SandboxOptions
{
    /// The sandbox's folder: its PKI (pki/, sandbox.json), the broker's config, log and persistence (retained
    /// messages, persistent sessions), the ports of the last run and the shadows (shadows.json). Everything persists
    /// across restarts. Empty: a temporary folder, removed when the Sandbox is destroyed.
    QString dir;
    /// The plain MQTT port; 0: the previous run's (stable URLs), else a free one. A port in use is replaced by a free
    /// one and notice() says so.
    quint16 port = 0;
    /// The mutual-TLS port; the same rules.
    quint16 tlsPort = 0;
    /// The HTTPS data plane and Greengrass discovery (AWS's 8443); the same rules.
    quint16 httpPort = 0;
    /// MQTT over WebSocket signed with SigV4 (AWS's 443, path /mqtt); the same rules.
    quint16 wsPort = 0;
    /// The sample device's thing (an AWS IoT thing name: 1–128 of [a-zA-Z0-9:_-]) and the device certificate's CN.
    QString thingName = QStringLiteral("sample-thing");
    /// Run the sample device (retained welcome, telemetry, a shadow that follows its delta).
    bool sampleTraffic = true;
    /// The mosquitto executable; empty: PATH, /usr/sbin, /usr/local/sbin.
    QString mosquittoPath;
    /// Enforce AWS IoT policies on the mutual-TLS listener (the policy plugin and the registry in the folder).
    bool enforcePolicies = true;
    /// The plugin's file; empty: LocalBroker::findPolicyPlugin().
    QString policyPluginPath;
    /// "AWS MQTT 3.1.1 behaviour": a denied publish of an MQTT 3.1.1 client closes its connection, as on AWS IoT.
    bool awsMqtt311Disconnect = true;
};

/// Where the running sandbox is and how to reach it. URLs and ports are empty/0 until the broker has run.
struct SandboxInfo
{
    QString dir;
    bool temporaryDir = false; ///< `dir` is removed when the Sandbox is destroyed
    QString plainUrl;          ///< "mqtt://127.0.0.1:<port>"
    QString tlsUrl;            ///< "mqtts://127.0.0.1:<tlsPort>" (the broker's certificate names 127.0.0.1)
    QString caFile;            ///< the sandbox CA: verifies the broker, and issued the device certificate
    QString certificateFile;   ///< the device certificate, for the mutual-TLS listener
    QString privateKeyFile;    ///< its private key (owner-only, 0600)
    QString thingName;
    QString certificateId; ///< the device certificate's SHA-256 (the AWS certificate ID)
    /// The console certificate: what the app connects with on the mutual-TLS listener, allowed everything (like the
    /// AWS console's test client); the device certificate has the sample thing's least-privilege policy.
    QString consoleCertificateFile;
    QString consolePrivateKeyFile;
    QString consoleCertificateId;
    QString registryFile;          ///< the local AWS IoT registry (things, certificates, policies)
    QString decisionLogFile;       ///< every policy decision with its explanation (JSON lines); empty without policies
    bool policiesEnforced = false; ///< the policy plugin runs in the broker
    QString brokerLogFile;         ///< mosquitto's log
    quint16 port = 0;
    quint16 tlsPort = 0;
    /// The HTTPS data plane (publish, REST shadows, retained messages) and Greengrass discovery: "127.0.0.1:<port>"
    /// with the device or console certificate; empty when it does not run.
    QString httpsEndpoint;
    quint16 httpPort = 0;
    /// MQTT over WebSocket with SigV4: "wss://127.0.0.1:<port>/mqtt", signed with the sandbox's IAM user; empty when
    /// it does not run.
    QString webSocketUrl;
    quint16 wsPort = 0;
    QString awsCredentialsFile; ///< the IAM user's keys, an AWS shared-credentials file (owner-only)
    QString awsProfile;         ///< its profile name in that file
    QString awsRegion;          ///< the region the sandbox accepts in a signature
    QString awsAccessKeyId;     ///< the IAM user's access key ID (the secret is only in the file)
    qint64 brokerProcessId = 0; ///< 0 when mosquitto does not run
};

/// The local sandbox (DESIGN.md §4): a real mosquitto on 127.0.0.1 (LocalBroker) with a plain and a mutual-TLS
/// listener, a test PKI (Certs::makeTestPki), the AWS IoT shadow service (ShadowService, its shadows persisted in the
/// folder) and a sample device (SampleDevice), so a new user can subscribe, publish and drive a shadow at once.
///
/// start() is asynchronous: the folder is locked (sandbox.lock: one sandbox per folder), the PKI is made on a worker
/// thread (only when the folder has none yet), then the broker starts, then the shadow service and the sample device
/// connect on the plain listener (the device announces itself once the service answers); ready() follows, or
/// failed(). If mosquitto dies it is restarted (brokerRestarted()), and the service and the device reconnect by
/// themselves. stop() is asynchronous too; stopped() says that no process is left and the folder is free.
///
/// Note: mosquitto 2.0.11 loses messages beyond about 65,000 queued for one persistent session across a restart.
///
/// Thread affinity: owner (GUI) thread only, for every method and signal. That thread must live as long as the
/// sandbox (see LocalBroker).
class Sandbox final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Starting,
        Running,
        Restarting, ///< the broker died and is being restarted
        Stopping,
        Failed, ///< see failed() and lastError(); stopped() follows once nothing runs any more
    };
    Q_ENUM(State)

    /// start() gives up (failed(), code `start_timeout`) when the sandbox is not ready after this long.
    static constexpr int START_TIMEOUT_MS = 30000;

    explicit Sandbox(QObject* parent = nullptr);
    explicit Sandbox(const SandboxOptions& options, QObject* parent = nullptr);
    ~Sandbox() override; ///< stops everything; may wait briefly for the PKI worker and the broker process
    Q_DISABLE_COPY_MOVE(Sandbox)

    void setOptions(const SandboxOptions& options) { m_options = options; }
    const SandboxOptions& options() const { return m_options; }

    /// Starts (from Stopped or Failed; ignored otherwise). Emits ready() or failed(); failed() for bad options comes
    /// from the event loop, never from inside this call.
    void start();
    /// Stops the sample device, the shadow service (its state file is flushed) and the broker; stopped() follows.
    void stop();

    State state() const { return m_state; }
    SandboxInfo info() const;
    /// Ready-to-use options for an MqttSession: the plain listener, or with `mutualTls` the TLS listener with the
    /// sandbox CA and the console certificate and key (chain and host name verified; allowed everything by its
    /// policy). Meaningful once ready().
    ConnectionOptions connectionOptions(bool mutualTls) const;
    /// The mutual-TLS listener as the sample thing: its certificate and the client ID its policy wants (the thing
    /// name). Connecting with it takes the sample device's connection over, as on AWS IoT.
    ConnectionOptions deviceConnectionOptions() const;
    /// MQTT over WebSocket with SigV4 (wss://127.0.0.1:<wsPort>/mqtt), signed with the sandbox's IAM user, verified
    /// against the sandbox CA. Meaningful once ready() and while info().wsPort is not 0.
    ConnectionOptions webSocketConnectionOptions() const;
    /// The connection offered by the sandbox whose folder is `dir`, read from the folder (the ports of its last run,
    /// its PKI) for a process that did not start it (thingbench-cli --workspace of the sandbox's workspace). Like
    /// connectionOptions(); whether it runs is only known by connecting. Reads two small files: call it where disk
    /// I/O is allowed. Errors: `sandbox_not_found` (it never ran there), `invalid_sandbox_file`, `file_not_found`.
    static Result<ConnectionOptions> savedConnectionOptions(const QString& dir, bool mutualTls);
    /// The same for a sandbox described by `info` (e.g. one running in another process).
    static ConnectionOptions connectionOptionsFor(const SandboxInfo& info, bool mutualTls);
    /// The last failure (an empty code when there was none since start()).
    const Error& lastError() const { return m_lastError; }

    /// Thing names the sandbox accepts (as AWS IoT): 1–128 of [a-zA-Z0-9:_-].
    static bool isValidThingName(const QString& name);

Q_SIGNALS:
    void stateChanged(State state);
    /// Everything runs: the broker, the shadow service and (when enabled) the sample device.
    void ready();
    /// The sandbox cannot run. `code` is stable: `usage` (bad options), `mosquitto_missing` (with how to install
    /// it), `sandbox_in_use` (another sandbox runs in the folder), `mosquitto_failed`, `mosquitto_timeout`,
    /// `mosquitto_crashed`, `pki_failed`, `file_unwritable`, `shadow_service_failed`, `start_timeout`, …; `message`
    /// says what is wrong and what to do.
    void failed(const QString& code, const QString& message);
    /// mosquitto died unexpectedly and runs again (on the same ports unless notice() said otherwise): why it died.
    void brokerRestarted(const QString& reason);
    /// Something the user should know that did not stop the sandbox ("port 1883 was in use, using 41234").
    void notice(const QString& message);
    /// Nothing runs any more, after stop() or after a failure.
    void stopped();

private:
    std::optional<Error> checkOptions() const;
    /// Chooses the folder (a temporary one when none is set) and locks it.
    std::optional<Error> useDir();
    void onPrepared(const Result<SandboxFiles>& files);
    void startBroker();
    void startClients();
    void onShadowServiceReady();
    void startAwsServices();
    void clientsReady();
    void awsServicesReady();
    void becomeRunning();
    void onBrokerStopped();
    void fail(const QString& code, const QString& message);
    void stopClients();
    void discardClients();
    void setState(State state);
    ConnectionOptions internalOptions(const QString& clientId) const;

    SandboxOptions m_options;
    SandboxOptions m_active; ///< the options of the current run
    State m_state = State::Stopped;
    Error m_lastError;
    QString m_dir;
    QString m_step; ///< what start() is doing, for the timeout message
    Certs::TestPkiFiles m_pki;
    QString m_consoleCertificate;
    QString m_consoleKey;
    QString m_consoleCertificateId;
    QString m_registryFile;
    QString m_decisionLogFile;
    QString m_policyPlugin; ///< the plugin of the current run; empty when policies are not enforced
    QString m_shadowStateFile;
    SandboxIamUser m_iamUser;
    ServicePorts m_lastServicePorts;
    bool m_clientsReady = false;       ///< the shadow service (and the sample device) answered
    bool m_awsReady = false;           ///< the AWS services listen (or gave up, with a notice)
    quint64 m_generation = 0;          ///< bumped by start()/stop()/fail(): late results of earlier work are ignored
    bool m_brokerStartPending = false; ///< the broker of the previous run is still going away
    QTimer m_startTimer;
    QFuture<void> m_preparing;
    // Destroyed in this order by the destructor: the clients, then the broker, then the temporary folder.
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::shared_ptr<QLockFile> m_lock; ///< m_dir's sandbox.lock, held while anything of ours may use the folder
    std::unique_ptr<LocalBroker> m_broker;
    std::unique_ptr<MqttSession> m_shadowSession;
    std::unique_ptr<ShadowService> m_shadowService;
    std::unique_ptr<SampleDevice> m_sampleDevice;
    std::unique_ptr<AwsServices> m_awsServices;
};

} // namespace Sandbox
