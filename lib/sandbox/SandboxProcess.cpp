// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace Sandbox {

namespace {

const QString CLI_NAME = QStringLiteral("thingbench-cli");

} // namespace

QJsonObject infoToJson(const SandboxInfo& info)
{
    return {
        {u"dir"_qs, info.dir},
        {u"temporaryDir"_qs, info.temporaryDir},
        {u"plainUrl"_qs, info.plainUrl},
        {u"tlsUrl"_qs, info.tlsUrl},
        {u"caFile"_qs, info.caFile},
        {u"certificateFile"_qs, info.certificateFile},
        {u"privateKeyFile"_qs, info.privateKeyFile},
        {u"thingName"_qs, info.thingName},
        {u"certificateId"_qs, info.certificateId},
        {u"consoleCertificateFile"_qs, info.consoleCertificateFile},
        {u"consolePrivateKeyFile"_qs, info.consolePrivateKeyFile},
        {u"consoleCertificateId"_qs, info.consoleCertificateId},
        {u"registryFile"_qs, info.registryFile},
        {u"decisionLogFile"_qs, info.decisionLogFile},
        {u"policiesEnforced"_qs, info.policiesEnforced},
        {u"brokerLogFile"_qs, info.brokerLogFile},
        {u"port"_qs, int(info.port)},
        {u"tlsPort"_qs, int(info.tlsPort)},
        {u"httpsEndpoint"_qs, info.httpsEndpoint},
        {u"httpPort"_qs, int(info.httpPort)},
        {u"webSocketUrl"_qs, info.webSocketUrl},
        {u"wsPort"_qs, int(info.wsPort)},
        {u"awsCredentialsFile"_qs, info.awsCredentialsFile},
        {u"awsProfile"_qs, info.awsProfile},
        {u"awsRegion"_qs, info.awsRegion},
        {u"awsAccessKeyId"_qs, info.awsAccessKeyId},
        {u"brokerProcessId"_qs, info.brokerProcessId},
    };
}

SandboxInfo infoFromJson(const QJsonObject& object)
{
    SandboxInfo info;
    info.dir = object.value(u"dir"_qs).toString();
    info.temporaryDir = object.value(u"temporaryDir"_qs).toBool();
    info.plainUrl = object.value(u"plainUrl"_qs).toString();
    info.tlsUrl = object.value(u"tlsUrl"_qs).toString();
    info.caFile = object.value(u"caFile"_qs).toString();
    info.certificateFile = object.value(u"certificateFile"_qs).toString();
    info.privateKeyFile = object.value(u"privateKeyFile"_qs).toString();
    info.thingName = object.value(u"thingName"_qs).toString();
    info.certificateId = object.value(u"certificateId"_qs).toString();
    info.consoleCertificateFile = object.value(u"consoleCertificateFile"_qs).toString();
    info.consolePrivateKeyFile = object.value(u"consolePrivateKeyFile"_qs).toString();
    info.consoleCertificateId = object.value(u"consoleCertificateId"_qs).toString();
    info.registryFile = object.value(u"registryFile"_qs).toString();
    info.decisionLogFile = object.value(u"decisionLogFile"_qs).toString();
    info.policiesEnforced = object.value(u"policiesEnforced"_qs).toBool();
    info.brokerLogFile = object.value(u"brokerLogFile"_qs).toString();
    info.port = quint16(object.value(u"port"_qs).toInt());
    info.tlsPort = quint16(object.value(u"tlsPort"_qs).toInt());
    info.httpsEndpoint = object.value(u"httpsEndpoint"_qs).toString();
    info.httpPort = quint16(object.value(u"httpPort"_qs).toInt());
    info.webSocketUrl = object.value(u"webSocketUrl"_qs).toString();
    info.wsPort = quint16(object.value(u"wsPort"_qs).toInt());
    info.awsCredentialsFile = object.value(u"awsCredentialsFile"_qs).toString();
    info.awsProfile = object.value(u"awsProfile"_qs).toString();
    info.awsRegion = object.value(u"awsRegion"_qs).toString();
    info.awsAccessKeyId = object.value(u"awsAccessKeyId"_qs).toString();
    info.brokerProcessId = object.value(u"brokerProcessId"_qs).toInteger();
    return info;
}

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
#ifdef Q_OS_LINUX
    // The child (and through it mosquitto) goes when this process goes, even on SIGKILL. Runs between fork and exec.
    const pid_t parentPid = ::getpid();
    m_process.setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parentPid) {
            ::_exit(127);
        }
    });
#endif
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_process.readAllStandardError(); // the human-readable notes; the events on stdout say the same
    });
    connect(&m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            setState(Sandbox::State::Failed);
            Q_EMIT failed(QStringLiteral("cli_failed"),
                          tr("%1, which runs the local sandbox, could not be started (%2). Reinstall ThingBench, or "
                             "set the environment variable THINGBENCH_CLI to the thingbench-cli program.")
                              .arg(m_process.program(), m_process.errorString()));
            Q_EMIT stopped();
        }
    });
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(STOP_GRACE_MS);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { m_process.kill(); });
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.terminate(); // the child stops mosquitto, then exits
        if (!m_process.waitForFinished(STOP_GRACE_MS)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
}

QString SandboxProcess::findCli()
{
    const QString configured = qEnvironmentVariable("THINGBENCH_CLI");
    if (!configured.isEmpty()) {
        return configured;
    }
    const QDir here(QCoreApplication::applicationDirPath());
    // Installed side by side; in the build tree app/gui/thingbench and app/cli/thingbench-cli.
    for (const QString& candidate : {here.filePath(CLI_NAME), here.filePath(u"../cli/"_qs + CLI_NAME)}) {
        if (QFileInfo(candidate).isExecutable()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return QStandardPaths::findExecutable(CLI_NAME);
}

ConnectionOptions SandboxProcess::connectionOptions(bool mutualTls) const
{
    return Sandbox::connectionOptionsFor(m_info, mutualTls);
}

void SandboxProcess::start()
{
    if (m_state != Sandbox::State::Stopped && m_state != Sandbox::State::Failed) {
        return;
    }
    m_stopping = false;
    m_restarts.clear();
    launch();
}

void SandboxProcess::launch()
{
    const QString cli = m_cliPath.isEmpty() ? findCli() : m_cliPath;
    if (cli.isEmpty()) {
        setState(Sandbox::State::Failed);
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(QStringLiteral("cli_missing"),
                              tr("The local sandbox needs thingbench-cli, which is not installed beside ThingBench. "
                                 "Reinstall ThingBench, or set THINGBENCH_CLI to the thingbench-cli program."));
                Q_EMIT stopped();
            },
            Qt::QueuedConnection);
        return;
    }
    QStringList arguments{u"sandbox"_qs, u"--events"_qs, u"--dir"_qs,
                          m_options.dir, u"--thing"_qs,  m_options.thingName};
    if (m_options.port != 0) {
        arguments << u"--port"_qs << QString::number(m_options.port);
    }
    if (m_options.tlsPort != 0) {
        arguments << u"--tls-port"_qs << QString::number(m_options.tlsPort);
    }
    if (!m_options.sampleTraffic) {
        arguments << u"--no-sample"_qs;
    }
    if (!m_options.enforcePolicies) {
        arguments << u"--no-policies"_qs;
    }
    if (!m_options.awsMqtt311Disconnect) {
        arguments << u"--no-aws-mqtt311-disconnect"_qs;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_options.mosquittoPath.isEmpty()) {
        environment.insert(u"THINGBENCH_MOSQUITTO"_qs, m_options.mosquittoPath);
    }
    if (!m_options.policyPluginPath.isEmpty()) {
        environment.insert(u"THINGBENCH_POLICY_PLUGIN"_qs, m_options.policyPluginPath);
    }
    m_process.setProcessEnvironment(environment);
    m_pending.clear();
    m_lastError.clear();
    m_lastErrorCode.clear();
    setState(Sandbox::State::Starting);
    m_process.start(cli, arguments);
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        if (m_state != Sandbox::State::Stopped) {
            setState(Sandbox::State::Stopped);
            Q_EMIT stopped();
        }
        return;
    }
    m_stopping = true;
    setState(Sandbox::State::Stopping);
    m_process.terminate();
    m_killTimer.start();
}

void SandboxProcess::onOutput()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject()) {
            onEvent(document.object());
        }
    }
}

void SandboxProcess::onEvent(const QJsonObject& event)
{
    const QString name = event.value(u"event"_qs).toString();
    if (name == u"ready"_qs) {
        m_info = infoFromJson(event.value(u"info"_qs).toObject());
        setState(Sandbox::State::Running);
        Q_EMIT ready();
    } else if (name == u"notice"_qs) {
        Q_EMIT notice(event.value(u"message"_qs).toString());
    } else if (name == u"restarted"_qs) {
        if (event.value(u"info"_qs).isObject()) {
            m_info = infoFromJson(event.value(u"info"_qs).toObject());
        }
        Q_EMIT restarted(event.value(u"reason"_qs).toString());
    } else if (name == u"failed"_qs) {
        m_lastErrorCode = event.value(u"code"_qs).toString();
        m_lastError = event.value(u"message"_qs).toString();
    }
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    if (m_stopping) {
        setState(Sandbox::State::Stopped);
        Q_EMIT stopped();
        return;
    }
    if (!m_lastErrorCode.isEmpty()) { // the sandbox said why it gave up (mosquitto missing, a bad folder…)
        setState(Sandbox::State::Failed);
        Q_EMIT failed(m_lastErrorCode, m_lastError);
        Q_EMIT stopped();
        return;
    }
    const QString reason = status == QProcess::CrashExit
        ? tr("the sandbox process crashed")
        : tr("the sandbox process ended with exit code %1").arg(exitCode);
    const qint64 now = m_clock.elapsed();
    m_restarts.removeIf([now](qint64 at) { return now - at > RESTART_WINDOW_MS; });
    if (m_restarts.size() >= MAX_RESTARTS) {
        setState(Sandbox::State::Failed);
        Q_EMIT failed(QStringLiteral("sandbox_crashed"),
                      tr("The local sandbox stopped %1 times within a minute (%2); it is not restarted again. "
                         "Its folder, with mosquitto.log, is %3.")
                          .arg(MAX_RESTARTS + 1)
                          .arg(reason, m_options.dir));
        Q_EMIT stopped();
        return;
    }
    m_restarts.append(now);
    setState(Sandbox::State::Restarting);
    Q_EMIT restarted(reason);
    launch();
}

void SandboxProcess::setState(Sandbox::State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace Sandbox
