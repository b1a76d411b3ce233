// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace Sandbox {

struct BrokerLaunch;

/// What LocalBroker runs. Paths should be absolute; none may contain a line break (they go into mosquitto.conf).
struct BrokerConfig
{
    /// The broker's folder: mosquitto.conf, mosquitto.log, the persistence file mosquitto.db (retained messages and
    /// persistent sessions survive a restart) and broker.json (the ports of the last run). Created if needed.
    QString dir;
    /// The plain listener's port. 0: the port of the previous run in `dir` (stable URLs across restarts), else one
    /// the OS chooses. A port in use is never an error: another one is chosen and `warning()` says so.
    quint16 port = 0;
    /// The mutual-TLS listener's port; the same rules.
    quint16 tlsPort = 0;
    /// The mutual-TLS listener: clients must present a certificate issued by `caFile`; the broker shows
    /// `certificateFile` (it must name 127.0.0.1, since clients verify the host name).
    QString caFile;
    QString certificateFile;
    QString privateKeyFile;
    /// The mosquitto executable. Empty: `mosquitto` on PATH, then in /usr/sbin and /usr/local/sbin.
    QString mosquittoPath;
    /// AWS IoT policies (lib/plugins/mosquitto): the plugin's file, loaded for the whole broker. Clients of the
    /// mutual-TLS listener are then authorized by the registry at `registryFile`, every decision is written to
    /// `decisionLogFile`, and with `awsMqtt311Disconnect` a denied publish of an MQTT 3.1.1 client closes its
    /// connection, as AWS IoT does. Clients without a certificate (the plain listener) are not policed. Empty: no
    /// policies; every client may do anything.
    QString policyPlugin;
    QString registryFile;
    QString decisionLogFile;
    bool awsMqtt311Disconnect = true;
};

/// mosquitto as a child process, bound to 127.0.0.1 only: a plain listener and a mutual-TLS listener
/// (require_certificate), anonymous clients allowed, persistence and the log in BrokerConfig::dir.
///
/// Life cycle: start() prepares on a worker thread (finds mosquitto, chooses ports, writes the config), launches the
/// process and polls the two ports with asynchronous TCP connects until both accept, then emits ready(). Nothing
/// blocks the owner thread. If mosquitto exits unexpectedly it is started again on the same ports and restarted()
/// says why (exit code or signal and the last lines of its log); more than MAX_RESTARTS unexpected exits within
/// RESTART_WINDOW_MS end in failed(). stop() sends SIGTERM (mosquitto saves its persistence file), SIGKILL after
/// STOP_GRACE_MS, and emits stopped() when the process is gone.
///
/// The child never outlives this process, even on a crash: it gets PR_SET_PDEATHSIG(SIGTERM) on Linux. The kernel
/// sends that signal when the *thread* that started the child ends, so use LocalBroker on a thread that lives as long
/// as the broker (the GUI thread; the CLI's main thread). The destructor also makes sure the process is gone (SIGTERM,
/// then SIGKILL; the one place that waits, at most ~3 s).
///
/// Thread affinity: owner (GUI) thread only, for every method and signal.
class LocalBroker final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Starting,   ///< preparing, launching, waiting for the listeners
        Running,    ///< both listeners accept connections
        Restarting, ///< mosquitto exited unexpectedly; it is being started again
        Stopping,   ///< stop() was called; waiting for the process to exit
        Failed,     ///< see failed(); the process is gone (or going)
    };
    Q_ENUM(State)

    /// Restart budget: more unexpected exits than this within the window and the broker is given up (failed()).
    static constexpr int MAX_RESTARTS = 5;
    static constexpr int RESTART_WINDOW_MS = 60 * 1000;
    /// How long mosquitto gets to exit after SIGTERM before SIGKILL.
    static constexpr int STOP_GRACE_MS = 3000;
    /// How long the listeners get to accept connections after the launch.
    static constexpr int READY_TIMEOUT_MS = 10000;

    explicit LocalBroker(QObject* parent = nullptr);
    ~LocalBroker() override;
    Q_DISABLE_COPY_MOVE(LocalBroker)

    /// Starts the broker with `config` (from Stopped or Failed; ignored otherwise). The outcome is ready() or failed().
    void start(const BrokerConfig& config);
    /// Stops the broker (or what start() was doing). stopped() follows, also when nothing was running.
    void stop();

    State state() const { return m_state; }
    const BrokerConfig& config() const { return m_config; }
    /// The ports in use (0 before the first launch). They can change across a restart only if a port was taken
    /// meanwhile, and warning() then says so.
    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    /// The mosquitto process id while it runs, else 0.
    qint64 processId() const;
    QString configFile() const;
    QString logFile() const;
    /// The last `maxLines` lines of mosquitto's log file (for messages; read from disk, small).
    QString logTail(int maxLines = 10) const;

    /// The mosquitto executable: `path` if given and executable, else mosquitto on PATH, /usr/sbin or /usr/local/sbin.
    /// Error `mosquitto_missing` with how to install it. A few stat() calls: fine on any thread.
    static Result<QString> findMosquitto(const QString& path = QString());
    /// The policy plugin (thingbench_policy_plugin.so): `path` if given, else $THINGBENCH_POLICY_PLUGIN, else where
    /// the package installs it relative to this program (<bin>/../lib/.../thingbench/), else where this build made
    /// it. Error `policy_plugin_missing` saying where it looked and what to do. A few stat() calls: any thread.
    static Result<QString> findPolicyPlugin(const QString& path = QString());

Q_SIGNALS:
    void stateChanged(State state);
    /// Both listeners accept connections (after start(); restarts emit restarted() instead).
    void ready();
    /// Something the user should know that did not stop the broker, e.g. a port in use replaced by another.
    void warning(const QString& message);
    /// mosquitto had exited unexpectedly and runs again; `reason` says how it ended and what its log said last.
    void restarted(const QString& reason);
    /// The broker cannot run: `code` is stable (`mosquitto_missing`, `mosquitto_failed`, `mosquitto_timeout`,
    /// `mosquitto_crashed`, `usage`, `file_not_found`, `file_unwritable`, …), `message` says what to do.
    void failed(const QString& code, const QString& message);
    /// The process is gone after stop() or after a failure.
    void stopped();

private:
    void prepare();
    void onPrepared(const Result<BrokerLaunch>& launch);
    void launch();
    void probeNext();
    void finishProbe();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void exitedBeforeReady(const QString& what);
    void exitedUnexpectedly(const QString& what);
    void fail(const QString& code, const QString& message);
    void cancelPending();
    void terminateProcess();
    void setState(State state);
    bool processRunning() const;
    bool launchHitBusyPort() const;
    QString launchDiagnostics() const;

    BrokerConfig m_config;
    State m_state = State::Stopped;
    QProcess m_process;
    QString m_program;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    quint64 m_generation = 0; ///< bumped by stop()/fail(): late results of earlier work are ignored
    int m_launchAttempts = 0; ///< launches of this start/restart that hit a port taken meanwhile
    qint64 m_logOffset = 0;   ///< size of the log before the current launch: what this launch wrote comes after
    QByteArray m_output;      ///< the tail of mosquitto's stdout/stderr (errors printed before the log is open)
    QString m_restartReason;
    QList<qint64> m_restartTimes; ///< m_clock times of unexpected exits within the window
    QElapsedTimer m_clock;
    QList<quint16> m_unprobedPorts; ///< listeners not yet seen accepting a connection
    QTcpSocket* m_probe = nullptr;  ///< the TCP connect in flight, owned by this
    QTimer m_probeTimer;            ///< the pause between two probes
    QTimer m_readyTimer;            ///< READY_TIMEOUT_MS after the launch
    QTimer m_killTimer;             ///< STOP_GRACE_MS after SIGTERM
    QTimer m_restartTimer;          ///< a short pause before a restart
    QFuture<void> m_preparing;      ///< the last preparation on the worker thread
};

} // namespace Sandbox
