// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/BrokerSetup_p.h"

#include "common/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTcpServer>

#include <unistd.h>

namespace Sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

/// broker.json: the ports of the last run, so the URLs stay the same across restarts of the app.
const QString PORTS_FILE = QStringLiteral("broker.json");
constexpr int PORTS_SCHEMA_VERSION = 1;
constexpr qint64 PORTS_FILE_CAP = qint64(64) * 1024;
/// A log larger than this is moved to mosquitto.log.1 before the next launch (one old generation kept).
constexpr qint64 LOG_ROTATE_BYTES = qint64(4) * 1024 * 1024;
/// mosquitto drops QoS 0 messages for a client once this many wait for it (default 1000: too few for a flood). Kept
/// below 65,536: mosquitto 2.0.11 loses messages beyond about that many queued for one persisted session.
constexpr int MAX_QUEUED_MESSAGES = 60000;
/// How often mosquitto writes its persistence file while running (it also writes it on SIGTERM).
constexpr int AUTOSAVE_SECONDS = 60;

Error usage(const QString& message)
{
    return Error{QStringLiteral("usage"), message, {}};
}

/// Why `port` cannot be bound on 127.0.0.1 now, or an empty string when it can.
QString portProblem(quint16 port)
{
    // QTcpServer sets SO_REUSEADDR on Unix, as mosquitto does: a port in TIME_WAIT counts as free, one somebody
    // listens on does not.
    QTcpServer server;
    if (server.listen(QHostAddress(QHostAddress::LocalHost), port)) {
        server.close();
        return {};
    }
    return server.serverError() == QAbstractSocket::SocketAccessError ? Tr::tr("needs administrator rights")
                                                                      : Tr::tr("is in use by another program");
}

/// A port the OS considers free on 127.0.0.1 right now, other than `other`; 0 if none could be found.
quint16 freePort(quint16 other)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer server;
        if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            return 0;
        }
        const quint16 port = server.serverPort();
        server.close();
        if (port != other) {
            return port;
        }
    }
    return 0;
}

/// `wanted` if it can be bound, else a free port (and a warning naming both); 0 when nothing can be bound.
quint16 choosePort(quint16 wanted, quint16 other, const QString& listener, QStringList* warnings)
{
    if (wanted != 0 && wanted != other) {
        const QString problem = portProblem(wanted);
        if (problem.isEmpty()) {
            return wanted;
        }
        const quint16 port = freePort(other);
        if (port != 0) {
            //: %1: listener ("plain MQTT"), %2: port, %3: "is in use by another program", %4: the new port
            warnings->append(Tr::tr("Port %2 for %1 %3; the sandbox uses port %4 instead.")
                                 .arg(listener)
                                 .arg(wanted)
                                 .arg(problem)
                                 .arg(port));
        }
        return port;
    }
    return freePort(other);
}

bool isPort(const QJsonValue& value)
{
    return value.isDouble() && value.toInt(-1) >= 1 && value.toInt(-1) <= 65535;
}

/// What is wrong with broker.json's root object, or an empty string.
QString checkPorts(const QJsonObject& root)
{
    return isPort(root.value(QStringLiteral("port"))) && isPort(root.value(QStringLiteral("tlsPort")))
        ? QString()
        : Tr::tr("“port” and “tlsPort” must be port numbers");
}

std::pair<quint16, quint16> portsOf(const QJsonObject& root)
{
    return {quint16(root.value(QStringLiteral("port")).toInt()),
            quint16(root.value(QStringLiteral("tlsPort")).toInt())};
}

/// The ports of the previous run from broker.json ({0, 0} when there is none or it is unusable, which is set aside).
std::pair<quint16, quint16> previousPorts(const QString& dir, QStringList* warnings)
{
    FileIo::JsonDocumentSpec spec;
    spec.description = Tr::tr("sandbox ports file");
    spec.schemaVersion = PORTS_SCHEMA_VERSION;
    spec.maxBytes = PORTS_FILE_CAP;
    spec.check = checkPorts;
    const FileIo::JsonDocument document = FileIo::loadJsonDocument(QDir(dir).filePath(PORTS_FILE), spec);
    if (document.status == FileIo::JsonDocument::Status::SetAside ||
        document.status == FileIo::JsonDocument::Status::Blocked) {
        warnings->append(document.problem.message);
    }
    return document.status == FileIo::JsonDocument::Status::Loaded ? portsOf(document.root)
                                                                   : std::pair<quint16, quint16>{0, 0};
}

Result<void> checkConfig(const BrokerConfig& config)
{
    if (config.dir.isEmpty()) {
        return usage(Tr::tr("No folder was given for the local broker. Choose a folder it may write to."));
    }
    const QString files[] = {config.dir, config.caFile, config.certificateFile, config.privateKeyFile};
    for (const QString& path : files) {
        if (path.contains(QLatin1Char('\n')) || path.contains(QLatin1Char('\r'))) {
            return usage(Tr::tr("The path “%1” contains a line break, which mosquitto's configuration cannot hold. "
                                "Choose a path without one.")
                             .arg(path.simplified()));
        }
    }
    if (!config.policyPlugin.isEmpty()) {
        for (const QString& path : {config.policyPlugin, config.registryFile, config.decisionLogFile}) {
            if (path.isEmpty() || path.contains(QLatin1Char('\n')) || path.contains(QLatin1Char('\r'))) {
                return usage(Tr::tr("The policy plugin needs a registry file and a decision log, without line breaks "
                                    "in their paths."));
            }
        }
    }
    const std::pair<QString, QString> tlsFiles[] = {{config.caFile, Tr::tr("CA certificate")},
                                                    {config.certificateFile, Tr::tr("broker certificate")},
                                                    {config.privateKeyFile, Tr::tr("broker private key")}};
    for (const auto& [path, what] : tlsFiles) {
        if (path.isEmpty()) {
            return usage(Tr::tr("No %1 was given for the broker's mutual-TLS listener.").arg(what));
        }
        if (!QFileInfo(path).isFile()) {
            return Error{QStringLiteral("file_not_found"),
                         Tr::tr("The %1 “%2” does not exist. Delete the sandbox folder's “pki” folder to have a new "
                                "one made, or check the path.")
                             .arg(what, path),
                         {}};
        }
    }
    if (!QDir().mkpath(config.dir)) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot create the sandbox folder “%1”. Choose a folder you may write to.").arg(config.dir),
                     {}};
    }
    return {};
}

void rotateLog(const QString& dir)
{
    const QString log = QDir(dir).filePath(logFileName());
    if (QFileInfo(log).size() > LOG_ROTATE_BYTES) {
        const QString old = log + QStringLiteral(".1");
        QFile::remove(old);
        QFile::rename(log, old);
    }
}

} // namespace

Result<BrokerLaunch> prepareBrokerLaunch(const BrokerConfig& config, quint16 preferredPort, quint16 preferredTlsPort)
{
    if (Result<void> checked = checkConfig(config); !checked) {
        return checked.error();
    }
    Result<QString> program = LocalBroker::findMosquitto(config.mosquittoPath);
    if (!program) {
        return program.error();
    }
    BrokerLaunch launch;
    launch.program = *program;
    const auto [previousPort, previousTlsPort] = previousPorts(config.dir, &launch.warnings);
    const quint16 wantedPort = preferredPort != 0 ? preferredPort : previousPort;
    const quint16 wantedTlsPort = preferredTlsPort != 0 ? preferredTlsPort : previousTlsPort;
    launch.port =
        choosePort(wantedPort, wantedTlsPort == wantedPort ? 0 : wantedTlsPort, Tr::tr("plain MQTT"), &launch.warnings);
    launch.tlsPort = choosePort(wantedTlsPort, launch.port, Tr::tr("mutual TLS"), &launch.warnings);
    if (launch.port == 0 || launch.tlsPort == 0) {
        return Error{QStringLiteral("no_free_port"),
                     Tr::tr("No free TCP port could be found on 127.0.0.1. Close some programs and try again."),
                     {}};
    }
    const QDir dir(config.dir);
    QJsonObject ports{{QStringLiteral("schemaVersion"), PORTS_SCHEMA_VERSION},
                      {QStringLiteral("port"), launch.port},
                      {QStringLiteral("tlsPort"), launch.tlsPort}};
    if (auto written =
            FileIo::writeFileAtomically(dir.filePath(PORTS_FILE), QJsonDocument(ports).toJson(QJsonDocument::Indented));
        !written) {
        return written.error();
    }
    launch.configFile = dir.filePath(configFileName());
    const QString text = mosquittoConfig(config, launch.port, launch.tlsPort, ::geteuid() == 0);
    if (auto written = FileIo::writeFileAtomically(launch.configFile, text.toUtf8()); !written) {
        return written.error();
    }
    rotateLog(config.dir);
    return launch;
}

Result<std::pair<quint16, quint16>> readSavedPorts(const QString& dir)
{
    const QString path = QDir(dir).filePath(PORTS_FILE);
    if (!QFileInfo::exists(path)) {
        return Error{QStringLiteral("sandbox_not_found"),
                     Tr::tr("The local broker has not run in “%1” yet, so its ports are not known. Start it first.")
                         .arg(QDir::toNativeSeparators(dir)),
                     {}};
    }
    Result<QByteArray> bytes = FileIo::readFile(path, PORTS_FILE_CAP);
    if (!bytes) {
        return bytes.error();
    }
    const QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    const QString problem = root.value(QStringLiteral("schemaVersion")).toInt() == PORTS_SCHEMA_VERSION
        ? checkPorts(root)
        : Tr::tr("not a sandbox ports file of this version");
    if (!problem.isEmpty()) {
        return Error{QStringLiteral("invalid_sandbox_file"),
                     Tr::tr("“%1” cannot be used (%2). Start the sandbox once to write it again.").arg(path, problem),
                     {}};
    }
    return portsOf(root);
}

QString mosquittoConfig(const BrokerConfig& config, quint16 port, quint16 tlsPort, bool runAsRoot)
{
    const QString dir = QDir(config.dir).absolutePath();
    QStringList lines{
        QStringLiteral("# Written by ThingBench (lib/sandbox) at every start of the local sandbox: edits are lost."),
        QStringLiteral("per_listener_settings false"),
        QStringLiteral("allow_anonymous true"),
        QStringLiteral("max_queued_messages %1").arg(MAX_QUEUED_MESSAGES),
        QStringLiteral("persistence true"),
        QStringLiteral("persistence_location %1/").arg(dir),
        QStringLiteral("persistence_file mosquitto.db"),
        QStringLiteral("autosave_interval %1").arg(AUTOSAVE_SECONDS),
        // A file, not stdout: mosquitto buffers stdout until it exits when it is not a terminal.
        QStringLiteral("log_dest file %1/%2").arg(dir, logFileName()),
        QStringLiteral("log_type error"),
        QStringLiteral("log_type warning"),
        QStringLiteral("log_type notice"),
        QStringLiteral("log_type information"),
        QStringLiteral("log_timestamp_format %Y-%m-%dT%H:%M:%S"),
    };
    if (runAsRoot) {
        lines << QStringLiteral("user root");
    }
    if (!config.policyPlugin.isEmpty()) {
        // Global (mosquitto 2.0.11 sends its tick only to global plugins); it polices clients with a certificate.
        lines << QString() << QStringLiteral("# AWS IoT policies from the registry, for clients with a certificate")
              << QStringLiteral("plugin %1").arg(QFileInfo(config.policyPlugin).absoluteFilePath())
              << QStringLiteral("plugin_opt_registry %1").arg(QFileInfo(config.registryFile).absoluteFilePath())
              << QStringLiteral("plugin_opt_decision_log %1").arg(QFileInfo(config.decisionLogFile).absoluteFilePath())
              << QStringLiteral("plugin_opt_aws_mqtt311_disconnect %1")
                     .arg(config.awsMqtt311Disconnect ? QStringLiteral("true") : QStringLiteral("false"));
    }
    // Everything after a `listener` line belongs to that listener, so the global options come first.
    lines << QString() << QStringLiteral("# plain MQTT, loopback only")
          << QStringLiteral("listener %1 127.0.0.1").arg(port);
    lines << QString() << QStringLiteral("# mutual TLS: clients must present a certificate issued by the sandbox CA")
          << QStringLiteral("listener %1 127.0.0.1").arg(tlsPort)
          << QStringLiteral("cafile %1").arg(QFileInfo(config.caFile).absoluteFilePath())
          << QStringLiteral("certfile %1").arg(QFileInfo(config.certificateFile).absoluteFilePath())
          << QStringLiteral("keyfile %1").arg(QFileInfo(config.privateKeyFile).absoluteFilePath())
          << QStringLiteral("require_certificate true") << QStringLiteral("use_identity_as_username false");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString fileTail(const QString& path, qint64 from, int maxLines)
{
    constexpr qint64 MAX_TAIL_BYTES = qint64(16) * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const qint64 start = qMax(from, file.size() - MAX_TAIL_BYTES);
    if (start > 0 && !file.seek(start)) {
        return {};
    }
    QStringList lines = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > maxLines) {
        lines = lines.mid(lines.size() - maxLines);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Sandbox
