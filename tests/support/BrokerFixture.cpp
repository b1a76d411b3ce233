// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/BrokerFixture.h"

#include "support/RequiredTool.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

namespace {
constexpr int READY_TIMEOUT_MS = 10000;
constexpr int STOP_TIMEOUT_MS = 5000;
constexpr int DESTRUCTOR_STOP_TIMEOUT_MS = 3000;
constexpr int PROBE_TIMEOUT_MS = 250;
constexpr int POLL_INTERVAL_MS = 25;
constexpr int LAUNCH_ATTEMPTS = 5;
constexpr int RETRY_DELAY_MS = 200;
constexpr int LOG_TAIL_LINES = 40;

const QString CONFIG_FILE = QStringLiteral("mosquitto.conf");
const QString LOG_FILE = QStringLiteral("mosquitto.log");
// mosquitto's own stdout/stderr: only what it prints before the log file is open (config errors, the root warning).
const QString OUTPUT_FILE = QStringLiteral("mosquitto.out");

QString mosquittoExecutable()
{
    QString path = QString::fromLocal8Bit(MOSQUITTO_EXECUTABLE);
    if (path.isEmpty() || path.endsWith(QLatin1String("-NOTFOUND")))
        return {};
    return path;
}

QString fileTail(const QString& path, int maxLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no %1)").arg(QFileInfo(path).fileName());
    QStringList lines = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    return lines.join(QLatin1Char('\n'));
}

// What mosquitto logs when bind() fails with EADDRINUSE.
const QByteArray ADDRESS_IN_USE = QByteArrayLiteral("Address already in use");

QByteArray newContent(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.readAll();
}

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    const bool connected = socket.waitForConnected(PROBE_TIMEOUT_MS);
    socket.abort();
    return connected;
}
} // namespace

BrokerFixture::BrokerFixture()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/thingbench-broker-XXXXXX")))
{ }

BrokerFixture::~BrokerFixture()
{
    stopProcess(DESTRUCTOR_STOP_TIMEOUT_MS);
}

QString BrokerFixture::dir() const
{
    return m_dir && m_dir->isValid() ? m_dir->path() : QString();
}

QString BrokerFixture::log() const
{
    QFile file(dir() + QLatin1Char('/') + LOG_FILE);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll());
}

QString BrokerFixture::plainUrl() const
{
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_plainPort);
}

QString BrokerFixture::mtlsUrl() const
{
    return QStringLiteral("mqtts://localhost:%1").arg(m_mtlsPort);
}

QString BrokerFixture::tlsUrl() const
{
    return QStringLiteral("mqtts://localhost:%1").arg(m_tlsPort);
}

QString BrokerFixture::wsUrl() const
{
    return QStringLiteral("ws://127.0.0.1:%1").arg(m_wsPort);
}

bool BrokerFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

ConnectionOptions BrokerFixture::mtlsOptions() const
{
    ConnectionOptions options = *ConnectionOptions::fromUrl(mtlsUrl());
    options.caFile = m_pki.caCert;
    options.certFile = m_pki.clientCert;
    options.keyFile = m_pki.clientKey;
    return options;
}

qint64 BrokerFixture::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

quint16 BrokerFixture::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool BrokerFixture::start(const Options& options)
{
    stop();
    m_options = options;
    m_error.clear();

    if (!m_dir || !m_dir->isValid()) {
        m_error = QStringLiteral("Cannot create a temporary folder for the broker: %1")
                      .arg(m_dir ? m_dir->errorString() : QString());
        return false;
    }
    const QString program = mosquittoExecutable();
    if (program.isEmpty()) {
        m_error = QStringLiteral("mosquitto was not found when CMake was configured (MOSQUITTO_EXECUTABLE is empty). "
                                 "Install the Debian package “mosquitto” (apt-get install mosquitto) and configure "
                                 "again.");
        return false;
    }
    if (!QFileInfo(program).isExecutable()) {
        m_error = QStringLiteral("“%1” is not executable. Install the Debian package “mosquitto” and configure again.")
                      .arg(program);
        return false;
    }

    if (!m_pkiReady) {
        QString pkiError;
        if (!m_pki.create(dir() + QStringLiteral("/pki"), &pkiError)) {
            m_error = QStringLiteral("Cannot create the test PKI: %1").arg(pkiError);
            return false;
        }
        m_pkiReady = true;
    }

    // Ports are chosen on the first start only; later start() and restart() calls reuse them, so clients that
    // remember a URL (persistent sessions, reconnect tests) find the broker again.
    const bool firstStart = ports().contains(0);
    if (firstStart) {
        pickPorts();
        if (ports().contains(0)) {
            m_error = QStringLiteral("Cannot find free TCP ports on 127.0.0.1 for the broker");
            return false;
        }
    }
    return writeConfig() && launchWithRetries(firstStart);
}

bool BrokerFixture::start()
{
    return start(Options());
}

void BrokerFixture::stop()
{
    stopProcess(STOP_TIMEOUT_MS);
}

void BrokerFixture::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(STOP_TIMEOUT_MS);
}

bool BrokerFixture::restart()
{
    if (!m_pkiReady || ports().contains(0)) {
        m_error = QStringLiteral("restart() needs a successful start() first");
        return false;
    }
    stop();
    m_error.clear();
    return launchWithRetries(false);
}

void BrokerFixture::stopProcess(int graceMs)
{
    if (!isRunning())
        return;
    // SIGTERM lets mosquitto write its persistence file before it exits.
    m_process->terminate();
    if (!m_process->waitForFinished(graceMs)) {
        m_process->kill();
        m_process->waitForFinished(graceMs);
    }
}

void BrokerFixture::pickPorts()
{
    // The kernel hands out ephemeral ports at random, so collisions are rare; the set makes them impossible.
    QSet<quint16> taken;
    const auto pick = [&taken] {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const quint16 port = freePort();
            if (port != 0 && !taken.contains(port)) {
                taken.insert(port);
                return port;
            }
        }
        return quint16(0); // start() reports it
    };
    m_plainPort = pick();
    m_mtlsPort = pick();
    m_tlsPort = pick();
    m_wsPort = pick();
    m_wrongHostPort = pick();
    m_expiredPort = pick();
}

QList<quint16> BrokerFixture::ports() const
{
    return {m_plainPort, m_mtlsPort, m_tlsPort, m_wsPort, m_wrongHostPort, m_expiredPort};
}

bool BrokerFixture::writeConfig()
{
    const QString base = dir();
    QStringList lines{
        QStringLiteral("# Generated by BrokerFixture (tests/support/BrokerFixture.cpp)"),
        QStringLiteral("per_listener_settings false"),
        QStringLiteral("allow_anonymous true"),
        QStringLiteral("log_dest file %1/%2").arg(base, LOG_FILE),
        QStringLiteral("log_type error"),
        QStringLiteral("log_type warning"),
        QStringLiteral("log_type notice"),
        QStringLiteral("log_type information"),
        QStringLiteral("log_timestamp_format %Y-%m-%dT%H:%M:%S"),
    };
    // As root, mosquitto switches to user "mosquitto" before it reads the key files, which then cannot be read.
    if (::geteuid() == 0)
        lines << QStringLiteral("user root");
    if (m_options.persistence) {
        const QString location = base + QStringLiteral("/persistence/");
        if (!QDir().mkpath(location)) {
            m_error = QStringLiteral("Cannot create “%1”").arg(location);
            return false;
        }
        lines << QStringLiteral("persistence true") << QStringLiteral("persistence_location %1").arg(location)
              << QStringLiteral("persistence_file mosquitto.db");
    } else {
        lines << QStringLiteral("persistence false");
    }
    if (m_options.unlimitedQueues)
        lines << QStringLiteral("max_queued_messages 0");
    if (!m_options.users.isEmpty()) {
        const QString passwordFile = base + QStringLiteral("/passwords");
        if (!writePasswordFile(passwordFile))
            return false;
        lines << QStringLiteral("password_file %1").arg(passwordFile);
    }
    if (!m_options.extraConfig.isEmpty())
        lines << QStringLiteral("# Options::extraConfig") << m_options.extraConfig;

    // Everything after a `listener` line belongs to that listener (TLS options are per listener even with
    // per_listener_settings false), so the global options above must come first.
    const auto listener = [&lines](const char* comment, quint16 port) {
        lines << QString() << QStringLiteral("# ") + QLatin1String(comment)
              << QStringLiteral("listener %1 127.0.0.1").arg(port);
    };
    const auto tls = [&lines](const QString& cert, const QString& key) {
        lines << QStringLiteral("certfile ") + cert << QStringLiteral("keyfile ") + key;
    };
    listener("plain", m_plainPort);
    listener("mutual TLS", m_mtlsPort);
    lines << QStringLiteral("cafile ") + m_pki.caCert;
    tls(m_pki.serverCert, m_pki.serverKey);
    lines << QStringLiteral("require_certificate true") << QStringLiteral("use_identity_as_username false");
    listener("server-only TLS", m_tlsPort);
    tls(m_pki.serverCert, m_pki.serverKey);
    // libwebsockets binds every interface whatever address is given here; the port is ephemeral, so that is harmless.
    listener("websockets", m_wsPort);
    lines << QStringLiteral("protocol websockets");
    listener("TLS with a certificate for wrong.example", m_wrongHostPort);
    tls(m_pki.serverCertWrongHost, m_pki.serverKeyWrongHost);
    listener("TLS with an expired certificate", m_expiredPort);
    tls(m_pki.serverCertExpired, m_pki.serverKeyExpired);

    QFile file(base + QLatin1Char('/') + CONFIG_FILE);
    const QByteArray content = lines.join(QLatin1Char('\n')).toLocal8Bit() + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size() ||
        !file.flush()) {
        m_error = QStringLiteral("Cannot write “%1”: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool BrokerFixture::writePasswordFile(const QString& path)
{
    QString error;
    const QString tool = RequiredTool::find(QStringLiteral("mosquitto_passwd"), QStringLiteral("mosquitto"), &error);
    if (tool.isEmpty()) {
        m_error = error;
        return false;
    }
    QFile::remove(path);
    QFile created(path);
    if (!created.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("Cannot write “%1”: %2").arg(path, created.errorString());
        return false;
    }
    created.close();
    for (const auto& [user, password] : std::as_const(m_options.users)) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(tool, {QStringLiteral("-b"), path, user, password});
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            m_error = QStringLiteral("mosquitto_passwd failed for user “%1”: %2")
                          .arg(user, QString::fromLocal8Bit(process.readAll()));
            return false;
        }
    }
    return true;
}

bool BrokerFixture::launchWithRetries(bool mayPickNewPorts)
{
    for (int attempt = 1; attempt <= LAUNCH_ATTEMPTS; ++attempt) {
        if (launch())
            return true;
        // A port can be taken between freePort() and mosquitto's bind, or between stop() and restart() (ephemeral
        // ports are also handed out as source ports of outgoing connections). A config error or a timeout will not
        // get better by trying again.
        if (!m_portBusy || attempt == LAUNCH_ATTEMPTS)
            break;
        QThread::msleep(RETRY_DELAY_MS);
        if (mayPickNewPorts) {
            pickPorts();
            if (!writeConfig())
                return false;
        }
    }
    return false;
}

bool BrokerFixture::launch()
{
    m_portBusy = false;
    const QString base = dir();
    // Both files are appended to across restarts; only what this attempt adds tells why it failed.
    const qint64 logOffset = QFileInfo(base + QLatin1Char('/') + LOG_FILE).size();
    const qint64 outputOffset = QFileInfo(base + QLatin1Char('/') + OUTPUT_FILE).size();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(mosquittoExecutable());
    m_process->setArguments({QStringLiteral("-c"), base + QLatin1Char('/') + CONFIG_FILE});
    m_process->setWorkingDirectory(base);
    // Nothing is forwarded to the test's output and no pipe can fill up: both channels go to a file.
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(base + QLatin1Char('/') + OUTPUT_FILE, QIODevice::Append);
    m_process->setStandardErrorFile(base + QLatin1Char('/') + OUTPUT_FILE, QIODevice::Append);
    // If the test process dies without running destructors (crash, ctest timeout), the kernel kills mosquitto too.
    // PR_SET_PDEATHSIG follows the thread that forks: fixtures are created and started on the test's main thread.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
    m_process->start();
    if (!m_process->waitForStarted(READY_TIMEOUT_MS)) {
        m_error = QStringLiteral("Cannot start “%1”: %2").arg(m_process->program(), m_process->errorString());
        return false;
    }

    const QDeadlineTimer deadline(READY_TIMEOUT_MS);
    QList<quint16> pending = ports();
    while (true) {
        // Probe each listener until it accepts once; every probe shows up as a short connection in the log.
        for (auto it = pending.begin(); it != pending.end();) {
            if (acceptsConnections(*it))
                it = pending.erase(it);
            else
                ++it;
        }
        // Also a short sleep: returns at once when mosquitto exits (bad config, port in use).
        const bool exited = m_process->state() == QProcess::NotRunning || m_process->waitForFinished(POLL_INTERVAL_MS);
        if (exited) {
            m_portBusy = newContent(base + QLatin1Char('/') + LOG_FILE, logOffset).contains(ADDRESS_IN_USE) ||
                newContent(base + QLatin1Char('/') + OUTPUT_FILE, outputOffset).contains(ADDRESS_IN_USE);
            m_error = QStringLiteral("mosquitto exited with code %1 before its listeners were ready.\n%2")
                          .arg(m_process->exitCode())
                          .arg(diagnostics());
            return false;
        }
        if (pending.isEmpty())
            return true;
        if (deadline.hasExpired()) {
            QStringList missing;
            for (quint16 port : std::as_const(pending))
                missing << QString::number(port);
            m_error = QStringLiteral("mosquitto did not accept connections on port(s) %1 within %2 s.\n%3")
                          .arg(missing.join(QStringLiteral(", ")))
                          .arg(READY_TIMEOUT_MS / 1000)
                          .arg(diagnostics());
            stopProcess(STOP_TIMEOUT_MS);
            return false;
        }
    }
}

QString BrokerFixture::diagnostics() const
{
    const QString base = dir();
    return QStringLiteral("--- %1 (tail) ---\n%2\n--- %3 ---\n%4\n--- %5 ---\n%6")
        .arg(LOG_FILE, fileTail(base + QLatin1Char('/') + LOG_FILE, LOG_TAIL_LINES), OUTPUT_FILE,
             fileTail(base + QLatin1Char('/') + OUTPUT_FILE, LOG_TAIL_LINES), CONFIG_FILE,
             fileTail(base + QLatin1Char('/') + CONFIG_FILE, 200));
}
