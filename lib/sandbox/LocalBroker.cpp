// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/LocalBroker.h"

#include "common/Logging.h"
#include "sandbox/BrokerSetup_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QtConcurrent>

#include <csignal>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace Sandbox {

namespace {

/// The pause between two readiness probes of a listener that did not accept yet.
constexpr int PROBE_INTERVAL_MS = 25;
/// The pause before a restart: lets the kernel release the ports, and bounds the loop with the restart budget.
constexpr int RESTART_DELAY_MS = 200;
/// Launches of one start (or restart) that found a port taken at the last moment, before giving up.
constexpr int MAX_LAUNCH_ATTEMPTS = 3;
/// What mosquitto keeps of its own stdout/stderr (it prints there only before its log file is open).
constexpr qsizetype OUTPUT_TAIL_BYTES = qsizetype(8) * 1024;
/// What mosquitto writes when bind() fails with EADDRINUSE.
constexpr char ADDRESS_IN_USE[] = "Address already in use";

QString signalName(int signal)
{
    switch (signal) {
    case SIGKILL:
        return QStringLiteral("SIGKILL");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGSEGV:
        return QStringLiteral("SIGSEGV");
    case SIGABRT:
        return QStringLiteral("SIGABRT");
    case SIGBUS:
        return QStringLiteral("SIGBUS");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

/// "exited with code 3" / "was killed by SIGKILL (signal 9)". On Unix, QProcess reports the signal as the exit code
/// of a crash exit.
QString exitDescription(int exitCode, QProcess::ExitStatus status)
{
    if (status == QProcess::CrashExit) {
        return LocalBroker::tr("was killed by %1 (signal %2)").arg(signalName(exitCode)).arg(exitCode);
    }
    return LocalBroker::tr("exited with code %1").arg(exitCode);
}

} // namespace

LocalBroker::LocalBroker(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // The child gets SIGTERM when the thread that forked it ends, so mosquitto never outlives us, even after a crash
    // or SIGKILL of this process. Runs in the child between fork and exec: async-signal-safe calls only.
    const pid_t parentPid = ::getpid();
    m_process.setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parentPid) {
            ::_exit(127); // we died between fork and prctl: nobody would ever stop the broker
        }
    });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process.readAllStandardOutput();
        if (m_output.size() > OUTPUT_TAIL_BYTES) {
            m_output = m_output.right(OUTPUT_TAIL_BYTES);
        }
    });
    connect(&m_process, &QProcess::finished, this, &LocalBroker::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &LocalBroker::onProcessError);

    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(PROBE_INTERVAL_MS);
    connect(&m_probeTimer, &QTimer::timeout, this, &LocalBroker::probeNext);
    m_readyTimer.setSingleShot(true);
    m_readyTimer.setInterval(READY_TIMEOUT_MS);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("mosquitto_timeout"),
             tr("mosquitto did not accept connections on ports %1 and %2 within %3 s. %4")
                 .arg(m_port)
                 .arg(m_tlsPort)
                 .arg(READY_TIMEOUT_MS / 1000)
                 .arg(launchDiagnostics()));
    });
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(STOP_GRACE_MS);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcSandbox) << "mosquitto did not exit within" << STOP_GRACE_MS << "ms of SIGTERM; sending SIGKILL";
        m_process.kill();
    });
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(RESTART_DELAY_MS);
    connect(&m_restartTimer, &QTimer::timeout, this, &LocalBroker::prepare);
}

LocalBroker::~LocalBroker()
{
    cancelPending();
    disconnect(&m_process, nullptr, this, nullptr);
    // The normal way out is stop() and stopped(); this is the safety net, and the one place that waits.
    if (processRunning()) {
        m_process.terminate();
        if (!m_process.waitForFinished(STOP_GRACE_MS)) {
            m_process.kill();
            m_process.waitForFinished(STOP_GRACE_MS);
        }
    }
    // A preparation still running writes into the folder: let it finish before the owner may remove the folder.
    m_preparing.waitForFinished();
}

Result<QString> LocalBroker::findMosquitto(const QString& path)
{
    const QString hint = tr("Install it with “sudo apt install mosquitto” (Debian, Ubuntu) or your system's package "
                            "manager, then start the sandbox again. The rest of ThingBench works without it.");
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable()) {
            return info.absoluteFilePath();
        }
        return Error{QStringLiteral("mosquitto_missing"),
                     tr("The local sandbox needs the MQTT broker mosquitto, but “%1” is not an executable file. %2")
                         .arg(path, hint),
                     {}};
    }
    QString found = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (found.isEmpty()) {
        found = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    }
    if (found.isEmpty()) {
        return Error{QStringLiteral("mosquitto_missing"),
                     tr("The local sandbox needs the MQTT broker mosquitto, which is not installed (looked on PATH, "
                        "in /usr/sbin and in /usr/local/sbin). %1")
                         .arg(hint),
                     {}};
    }
    return found;
}

Result<QString> LocalBroker::findPolicyPlugin(const QString& path)
{
    QStringList candidates;
    if (!path.isEmpty()) {
        candidates << path;
    } else if (const QString fromEnvironment = qEnvironmentVariable("THINGBENCH_POLICY_PLUGIN");
               !fromEnvironment.isEmpty()) {
        candidates << fromEnvironment;
    } else {
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .absoluteFilePath(QStringLiteral(THINGBENCH_POLICY_PLUGIN_RELATIVE_PATH))
                   << QStringLiteral(THINGBENCH_POLICY_PLUGIN_BUILD_PATH);
    }
    for (const QString& candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile()) {
            return QFileInfo(candidate).absoluteFilePath();
        }
    }
    return Error{QStringLiteral("policy_plugin_missing"),
                 tr("The sandbox's policy plugin (thingbench_policy_plugin.so) was not found (looked at %1). Reinstall "
                    "ThingBench, set THINGBENCH_POLICY_PLUGIN to the plugin's file, or start the sandbox without AWS "
                    "IoT policies.")
                     .arg(candidates.join(QStringLiteral(", "))),
                 {}};
}

void LocalBroker::start(const BrokerConfig& config)
{
    if ((m_state != State::Stopped && m_state != State::Failed) || processRunning()) {
        qCWarning(lcSandbox) << "LocalBroker::start() ignored: the broker is" << m_state;
        return;
    }
    m_config = config;
    m_port = 0;
    m_tlsPort = 0;
    m_launchAttempts = 0;
    m_restartTimes.clear();
    m_restartReason.clear();
    setState(State::Starting);
    prepare();
}

void LocalBroker::stop()
{
    cancelPending();
    m_restartTimes.clear();
    if (processRunning()) {
        setState(State::Stopping);
        terminateProcess();
        return;
    }
    setState(State::Stopped);
    QMetaObject::invokeMethod(this, &LocalBroker::stopped, Qt::QueuedConnection);
}

qint64 LocalBroker::processId() const
{
    return processRunning() ? m_process.processId() : 0;
}

QString LocalBroker::configFile() const
{
    return m_config.dir.isEmpty() ? QString() : QDir(m_config.dir).filePath(configFileName());
}

QString LocalBroker::logFile() const
{
    return m_config.dir.isEmpty() ? QString() : QDir(m_config.dir).filePath(logFileName());
}

QString LocalBroker::logTail(int maxLines) const
{
    return fileTail(logFile(), 0, maxLines);
}

void LocalBroker::prepare()
{
    // Restarts and retries keep the current ports (stable URLs); the first launch starts from the configured ones.
    const quint16 port = m_port != 0 ? m_port : m_config.port;
    const quint16 tlsPort = m_tlsPort != 0 ? m_tlsPort : m_config.tlsPort;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Result<BrokerLaunch>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            onPrepared(watcher->result());
        }
    });
    // After the previous preparation, if one still runs: two must never write the configuration at once.
    const QFuture<Result<BrokerLaunch>> future =
        QtConcurrent::run([previous = m_preparing, config = m_config, port, tlsPort]() mutable {
            previous.waitForFinished();
            return prepareBrokerLaunch(config, port, tlsPort);
        });
    m_preparing = QFuture<void>(future);
    watcher->setFuture(future);
}

void LocalBroker::onPrepared(const Result<BrokerLaunch>& prepared)
{
    if (m_state != State::Starting && m_state != State::Restarting) {
        return;
    }
    if (!prepared) {
        fail(prepared.error().code, prepared.error().fullText());
        return;
    }
    m_program = prepared->program;
    m_port = prepared->port;
    m_tlsPort = prepared->tlsPort;
    for (const QString& message : prepared->warnings) {
        Q_EMIT warning(message);
    }
    launch();
}

void LocalBroker::launch()
{
    m_logOffset = QFileInfo(logFile()).size();
    m_output.clear();
    m_process.setProgram(m_program);
    m_process.setArguments({QStringLiteral("-c"), configFile()});
    m_process.setWorkingDirectory(m_config.dir);
    qCDebug(lcSandbox) << "starting" << m_program << "on ports" << m_port << m_tlsPort;
    m_process.start(); // asynchronous: errorOccurred(FailedToStart) if it cannot be executed
    m_unprobedPorts = {m_port, m_tlsPort};
    m_readyTimer.start();
    m_probeTimer.start();
}

void LocalBroker::probeNext()
{
    if (m_probe || (m_state != State::Starting && m_state != State::Restarting) || !processRunning()) {
        return;
    }
    if (m_unprobedPorts.isEmpty()) {
        m_readyTimer.stop();
        const bool restart = m_state == State::Restarting;
        setState(State::Running);
        if (restart) {
            qCInfo(lcSandbox) << "mosquitto restarted";
            Q_EMIT restarted(m_restartReason);
        } else {
            Q_EMIT ready();
        }
        return;
    }
    // An asynchronous TCP connect: accepted means the listener is up; refused means try again shortly.
    m_probe = new QTcpSocket(this);
    connect(m_probe, &QTcpSocket::connected, this, [this] {
        m_unprobedPorts.removeFirst();
        finishProbe();
        probeNext();
    });
    connect(m_probe, &QTcpSocket::errorOccurred, this, [this] {
        finishProbe();
        m_probeTimer.start();
    });
    m_probe->connectToHost(QHostAddress(QHostAddress::LocalHost), m_unprobedPorts.constFirst());
}

void LocalBroker::finishProbe()
{
    if (QTcpSocket* probe = std::exchange(m_probe, nullptr)) {
        disconnect(probe, nullptr, this, nullptr);
        probe->abort();
        probe->deleteLater();
    }
}

void LocalBroker::onProcessError(QProcess::ProcessError error)
{
    // Every other error is followed by finished().
    if (error != QProcess::FailedToStart) {
        return;
    }
    if (m_state == State::Stopping) {
        setState(State::Stopped);
        Q_EMIT stopped();
    } else if (m_state == State::Failed) {
        Q_EMIT stopped();
    } else {
        fail(QStringLiteral("mosquitto_failed"),
             tr("Cannot run mosquitto (“%1”): %2. Reinstall it (sudo apt install --reinstall mosquitto) and try "
                "again.")
                 .arg(m_program, m_process.errorString()));
    }
}

void LocalBroker::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    m_output += m_process.readAllStandardOutput();
    const QString what = exitDescription(exitCode, status);
    qCDebug(lcSandbox) << "mosquitto" << what << "in state" << m_state;
    switch (m_state) {
    case State::Stopping:
        setState(State::Stopped);
        Q_EMIT stopped();
        return;
    case State::Failed:
        Q_EMIT stopped();
        return;
    case State::Starting:
    case State::Restarting:
        exitedBeforeReady(what);
        return;
    case State::Running:
        exitedUnexpectedly(what);
        return;
    case State::Stopped:
        return;
    }
}

void LocalBroker::exitedBeforeReady(const QString& what)
{
    cancelPending();
    // A port can be taken between the check and mosquitto's bind(): prepare again, which finds it taken and chooses
    // another (and says so).
    if (launchHitBusyPort() && ++m_launchAttempts < MAX_LAUNCH_ATTEMPTS) {
        prepare();
        return;
    }
    if (m_state == State::Restarting) {
        exitedUnexpectedly(what);
        return;
    }
    fail(QStringLiteral("mosquitto_failed"),
         tr("mosquitto %1 before it accepted connections. %2").arg(what, launchDiagnostics()));
}

void LocalBroker::exitedUnexpectedly(const QString& what)
{
    cancelPending();
    const qint64 now = m_clock.elapsed();
    m_restartTimes.removeIf([now](qint64 time) { return now - time > RESTART_WINDOW_MS; });
    const QString tail = fileTail(logFile(), 0, 5);
    const QString reason =
        tail.isEmpty() ? tr("mosquitto %1.").arg(what) : tr("mosquitto %1. Its log ended with:\n%2").arg(what, tail);
    if (m_restartTimes.size() >= MAX_RESTARTS) {
        fail(QStringLiteral("mosquitto_crashed"),
             tr("mosquitto stopped unexpectedly %1 times within a minute, so it is not started again. The last time: "
                "%2\nSee %3 for more.")
                 .arg(m_restartTimes.size() + 1)
                 .arg(reason, logFile()));
        return;
    }
    qCInfo(lcSandbox) << "mosquitto" << what << "- restarting it";
    m_restartTimes.append(now);
    m_restartReason = reason;
    m_launchAttempts = 0;
    setState(State::Restarting);
    m_restartTimer.start();
}

void LocalBroker::fail(const QString& code, const QString& message)
{
    cancelPending();
    qCInfo(lcSandbox) << "local broker failed:" << code;
    setState(State::Failed);
    Q_EMIT failed(code, message);
    if (processRunning()) {
        terminateProcess(); // stopped() follows from finished()
    } else {
        QMetaObject::invokeMethod(this, &LocalBroker::stopped, Qt::QueuedConnection);
    }
}

void LocalBroker::cancelPending()
{
    ++m_generation;
    finishProbe();
    m_unprobedPorts.clear();
    m_probeTimer.stop();
    m_readyTimer.stop();
    m_restartTimer.stop();
}

void LocalBroker::terminateProcess()
{
    if (!m_killTimer.isActive()) {
        m_process.terminate(); // SIGTERM: mosquitto saves its persistence file and exits
        m_killTimer.start();
    }
}

void LocalBroker::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

bool LocalBroker::processRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool LocalBroker::launchHitBusyPort() const
{
    return m_output.contains(ADDRESS_IN_USE) ||
        fileTail(logFile(), m_logOffset, 50).contains(QLatin1String(ADDRESS_IN_USE));
}

QString LocalBroker::launchDiagnostics() const
{
    QStringList parts;
    QStringList output = QString::fromLocal8Bit(m_output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (output.size() > 10) {
        output = output.mid(output.size() - 10);
    }
    if (!output.isEmpty()) {
        parts << tr("It printed:\n%1").arg(output.join(QLatin1Char('\n')));
    }
    const QString log = fileTail(logFile(), m_logOffset, 10);
    if (!log.isEmpty()) {
        parts << tr("Its log (%1) ends with:\n%2").arg(logFile(), log);
    }
    if (parts.isEmpty()) {
        parts << tr("It wrote nothing to its log (%1).").arg(logFile());
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace Sandbox
