// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "sandbox/Sandbox.h"
#include "sandbox/SandboxProcess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

#include <sys/socket.h>
#include <unistd.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void writeOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

/// The write end of the self-pipe, for the signal handler (a plain int: all it may touch).
volatile std::sig_atomic_t s_signalFd = -1;

void onStopSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    if (s_signalFd >= 0) {
        (void)!::write(s_signalFd, &byte, 1); // async-signal-safe; a full socket already holds a wake-up
    }
    errno = savedErrno;
}

/// SIGINT and SIGTERM as an event: the handler writes one byte to a socket pair and a QSocketNotifier on the main
/// thread calls `onStop` from the event loop, where stopping the sandbox is safe. Restores the default handlers when
/// destroyed.
class StopSignals
{
public:
    StopSignals() = default;
    ~StopSignals();
    Q_DISABLE_COPY_MOVE(StopSignals)

    /// Returns false (with errno set) when the socket pair cannot be made.
    bool install(std::function<void()> onStop);

private:
    int m_fds[2] = {-1, -1}; ///< [0]: written by the handler, [1]: read by the notifier
    std::unique_ptr<QSocketNotifier> m_notifier;
};

bool StopSignals::install(std::function<void()> onStop)
{
    // CLOEXEC: mosquitto must not inherit the sockets; NONBLOCK: the handler never blocks, the drain loop ends.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, m_fds) != 0) {
        return false;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fds[1], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                     [this, onStop = std::move(onStop)] {
                         char buffer[64];
                         while (::read(m_fds[1], buffer, sizeof buffer) > 0) { }
                         onStop();
                     });
    s_signalFd = m_fds[0];
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    return true;
}

StopSignals::~StopSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    s_signalFd = -1;
    m_notifier.reset();
    for (int fd : m_fds) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
}

/// `word` as one shell word: unchanged when it holds no special character, else in single quotes.
QString shellQuote(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (plain.match(word).hasMatch()) {
        return word;
    }
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// How to run this program in the printed lines: "thingbench-cli" when that is what PATH finds, else its full path.
QString cliProgram()
{
    QString self = QCoreApplication::applicationFilePath();
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("thingbench-cli"));
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == QFileInfo(self).canonicalFilePath()) {
        return QStringLiteral("thingbench-cli");
    }
    return self;
}

QString commandLine(const QStringList& words)
{
    QStringList quoted;
    for (const QString& word : words) {
        quoted << shellQuote(word);
    }
    return QStringLiteral("  ") + quoted.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

/// The URLs, the certificate paths and ready-to-paste sub/pub lines, then "ready" on a line of its own.
void printReady(const Sandbox::SandboxInfo& info)
{
    const QString program = cliProgram();
    const QString shadow = QStringLiteral("$aws/things/%1/shadow").arg(info.thingName);
    const QStringList plain{QStringLiteral("--broker"), info.plainUrl};
    const QStringList tls{QStringLiteral("--broker"), info.tlsUrl,
                          QStringLiteral("--cafile"), info.caFile,
                          QStringLiteral("--cert"),   info.consoleCertificateFile,
                          QStringLiteral("--key"),    info.consolePrivateKeyFile};
    QString text = tr("ThingBench local sandbox, thing “%1”, folder %2%3\n")
                       .arg(info.thingName, info.dir,
                            info.temporaryDir ? tr(" (temporary: removed at exit; keep it with --dir)") : QString());
    text += tr("  plain MQTT       %1 (no certificate: not policed)\n").arg(info.plainUrl);
    text += tr("  mutual TLS       %1 (a client certificate issued by the CA is required)\n").arg(info.tlsUrl);
    text += tr("  CA certificate   %1\n").arg(info.caFile);
    text += tr("  console          %1\n                   %2 (policy thingbench-console-policy: everything)\n")
                .arg(info.consoleCertificateFile, info.consolePrivateKeyFile);
    text += tr("  device           %1\n                   %2 (thing %3, client ID %3, policy %3-policy: only its "
               "own topics)\n")
                .arg(info.certificateFile, info.privateKeyFile, info.thingName);
    text += tr("  certificate ID   %1 (device)\n").arg(info.certificateId);
    text += info.policiesEnforced ? tr("  AWS IoT policies enforced on mutual TLS: registry %1, decisions %2\n")
                                        .arg(info.registryFile, info.decisionLogFile)
                                  : tr("  AWS IoT policies are not enforced (--no-policies)\n");
    if (!info.httpsEndpoint.isEmpty()) {
        text += tr("  HTTPS            https://%1 (data plane and Greengrass discovery, with the device or console "
                   "certificate)\n")
                    .arg(info.httpsEndpoint);
    }
    if (!info.webSocketUrl.isEmpty()) {
        text += tr("  WebSocket        %1 (SigV4, region %2)\n").arg(info.webSocketUrl, info.awsRegion);
        text += tr("  IAM user         %1, profile %2 in %3\n")
                    .arg(info.awsAccessKeyId, info.awsProfile, info.awsCredentialsFile);
    }
    text += tr("  broker           mosquitto, pid %1, log %2\n").arg(info.brokerProcessId).arg(info.brokerLogFile);
    text += tr("Try it (plain):\n");
    text += commandLine(QStringList{program, QStringLiteral("sub")} + plain +
                        QStringList{QStringLiteral("-v"), QStringLiteral("-t"), QStringLiteral("sandbox/#")});
    text += commandLine(QStringList{program, QStringLiteral("pub")} + plain +
                        QStringList{QStringLiteral("-t"), QStringLiteral("sandbox/hello"), QStringLiteral("-m"),
                                    QStringLiteral("Hello, sandbox")});
    text += tr("Try it (mutual TLS with the console certificate; drive the shadow and the sample device follows):\n");
    text += commandLine(QStringList{program, QStringLiteral("sub")} + tls +
                        QStringList{QStringLiteral("-v"), QStringLiteral("-t"), shadow + QStringLiteral("/#")});
    text += commandLine(QStringList{program, QStringLiteral("pub")} + tls +
                        QStringList{QStringLiteral("-t"), shadow + QStringLiteral("/update"), QStringLiteral("-m"),
                                    QStringLiteral(R"({"state":{"desired":{"led":"on"}}})")});
    if (!info.httpsEndpoint.isEmpty()) {
        text += tr("Try it (the HTTPS data plane, as devices and back ends publish over port 8443):\n");
        text += commandLine(QStringList{
            program, QStringLiteral("http"), QStringLiteral("pub"), QStringLiteral("--endpoint"), info.httpsEndpoint,
            QStringLiteral("--cafile"), info.caFile, QStringLiteral("--cert"), info.consoleCertificateFile,
            QStringLiteral("--key"), info.consolePrivateKeyFile, QStringLiteral("-t"), QStringLiteral("sandbox/hello"),
            QStringLiteral("-m"), QStringLiteral("Hello over HTTPS")});
    }
    if (!info.webSocketUrl.isEmpty()) {
        text += tr("Try it (MQTT over WebSocket, signed with the sandbox's IAM user, as with AWS credentials):\n");
        text += QStringLiteral("  export AWS_SHARED_CREDENTIALS_FILE=%1\n").arg(shellQuote(info.awsCredentialsFile));
        text += commandLine(QStringList{program, QStringLiteral("sub"), QStringLiteral("--broker"), info.webSocketUrl,
                                        QStringLiteral("--cafile"), info.caFile, QStringLiteral("--sigv4"),
                                        QStringLiteral("--profile"), info.awsProfile, QStringLiteral("--region"),
                                        info.awsRegion, QStringLiteral("-v"), QStringLiteral("-t"),
                                        QStringLiteral("sandbox/#")});
    }
    text += tr("Stop with Ctrl+C.\n");
    writeOut(text + QStringLiteral("ready\n"));
}

/// A port option's value: nullopt when not given, 0 (after printing why) when invalid.
std::optional<quint16> portOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name)) {
        return std::nullopt;
    }
    bool ok = false;
    const uint port = parser.value(name).toUInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        Cli::printError(tr("--%1 must be a port number between 1 and 65535, not “%2”.").arg(name, parser.value(name)));
        return quint16(0);
    }
    return quint16(port);
}

/// One event of --events: a compact JSON object on a line of its own (Sandbox::SandboxProcess reads them).
void writeEvent(const QJsonObject& event)
{
    writeOut(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

/// --events: the app's SandboxProcess reads these instead of the text for people.
void reportEvents(Sandbox::Sandbox& sandbox)
{
    QObject::connect(&sandbox, &Sandbox::Sandbox::ready, &sandbox, [&sandbox] {
        writeEvent({{u"event"_qs, u"ready"_qs}, {u"info"_qs, Sandbox::infoToJson(sandbox.info())}});
    });
    QObject::connect(&sandbox, &Sandbox::Sandbox::notice, &sandbox, [](const QString& message) {
        writeEvent({{u"event"_qs, u"notice"_qs}, {u"message"_qs, message}});
    });
    QObject::connect(&sandbox, &Sandbox::Sandbox::brokerRestarted, &sandbox, [&sandbox](const QString& reason) {
        // Sent once the new broker is up: its process id is new, its ports are the same.
        writeEvent({{u"event"_qs, u"restarted"_qs},
                    {u"reason"_qs, reason},
                    {u"info"_qs, Sandbox::infoToJson(sandbox.info())}});
    });
    QObject::connect(&sandbox, &Sandbox::Sandbox::failed, &sandbox, [](const QString& code, const QString& message) {
        writeEvent({{u"event"_qs, u"failed"_qs}, {u"code"_qs, code}, {u"message"_qs, message}});
    });
}

/// Runs the sandbox until SIGINT/SIGTERM (exit 0) or a failure (exit 1, or 2 for bad options); leaves no process.
int runUntilStopped(const Sandbox::SandboxOptions& options, bool events)
{
    Sandbox::Sandbox sandbox(options);
    int exitCode = Cli::EXIT_OK;
    bool stopping = false;
    StopSignals stopSignals;
    const bool installed = stopSignals.install([&sandbox, &stopping] {
        if (!stopping) {
            stopping = true;
            Cli::printError(tr("stopping the sandbox…"));
            sandbox.stop();
        }
    });
    if (!installed) {
        Cli::printError(tr("Cannot watch for Ctrl+C: %1.").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return Cli::EXIT_FAILURE_;
    }
    if (events) {
        reportEvents(sandbox);
    } else {
        QObject::connect(&sandbox, &Sandbox::Sandbox::ready, &sandbox, [&sandbox] { printReady(sandbox.info()); });
    }
    QObject::connect(&sandbox, &Sandbox::Sandbox::notice, &sandbox,
                     [](const QString& message) { Cli::printError(tr("note: %1").arg(message)); });
    QObject::connect(&sandbox, &Sandbox::Sandbox::brokerRestarted, &sandbox, [](const QString& reason) {
        Cli::printError(tr("the broker stopped unexpectedly and was restarted: %1").arg(reason));
    });
    QObject::connect(&sandbox, &Sandbox::Sandbox::failed, &sandbox,
                     [&exitCode, &stopping](const QString& code, const QString& message) {
                         Cli::printError(message);
                         exitCode = code == QLatin1String("usage") ? Cli::EXIT_USAGE : Cli::EXIT_FAILURE_;
                         stopping = true;
                     });
    // Nothing runs any more (after a stop or a failure): the broker process is gone.
    QObject::connect(&sandbox, &Sandbox::Sandbox::stopped, &sandbox, [&exitCode] { QCoreApplication::exit(exitCode); });
    sandbox.start();
    return QCoreApplication::exec();
}

} // namespace

namespace Cli {

int runSandbox(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the local sandbox on 127.0.0.1 until Ctrl+C or SIGTERM: mosquitto with a plain and a mutual-TLS "
           "listener, a test PKI, the AWS IoT shadow service and a sample device. Prints the URLs, the certificate "
           "paths and sub/pub lines to try, then a line \"ready\". The environment variable THINGBENCH_MOSQUITTO "
           "names the mosquitto executable (default: PATH, /usr/sbin, /usr/local/sbin); THINGBENCH_POLICY_PLUGIN the "
           "policy plugin (default: the installed one)."));
    parser.addOptions({
        {QStringLiteral("dir"),
         tr("Keep the sandbox in this folder: its certificates, shadows, retained messages and ports persist across "
            "runs (default: a temporary folder removed at exit)."),
         QStringLiteral("dir")},
        {QStringLiteral("port"),
         tr("Plain MQTT port (default: the previous run's, else a free one; a port in use is replaced)."),
         QStringLiteral("port")},
        {QStringLiteral("tls-port"), tr("Mutual-TLS port (same rules)."), QStringLiteral("port")},
        {QStringLiteral("http-port"), tr("HTTPS data-plane and Greengrass discovery port, AWS's 8443 (same rules)."),
         QStringLiteral("port")},
        {QStringLiteral("ws-port"), tr("MQTT over WebSocket with SigV4, AWS's 443 /mqtt (same rules)."),
         QStringLiteral("port")},
        {QStringLiteral("thing"), tr("The sample thing's name (default: sample-thing)."), QStringLiteral("name")},
        {QStringLiteral("no-sample"), tr("Do not run the sample device (no welcome message, no telemetry).")},
        {QStringLiteral("no-policies"),
         tr("Do not enforce AWS IoT policies on the mutual-TLS listener (by default the registry in the folder "
            "decides, as AWS IoT would; see thingbench-cli registry).")},
        {QStringLiteral("no-aws-mqtt311-disconnect"),
         tr("Keep an MQTT 3.1.1 client connected after a denied publish (AWS IoT closes its connection).")},
        {QStringLiteral("events"),
         tr("Print events as JSON lines instead of text (for programs: ready with the URLs and files, notice, "
            "restarted, failed).")},
    });
    if (auto code = parse(parser, arguments)) {
        return *code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument “%1”. Run with --help for the options.")
                       .arg(parser.positionalArguments().constFirst()));
        return EXIT_USAGE;
    }
    Sandbox::SandboxOptions options;
    options.dir = parser.value(QStringLiteral("dir"));
    const std::optional<quint16> port = portOption(parser, QStringLiteral("port"));
    const std::optional<quint16> tlsPort = portOption(parser, QStringLiteral("tls-port"));
    const std::optional<quint16> httpPort = portOption(parser, QStringLiteral("http-port"));
    const std::optional<quint16> wsPort = portOption(parser, QStringLiteral("ws-port"));
    if (port == quint16(0) || tlsPort == quint16(0) || httpPort == quint16(0) || wsPort == quint16(0)) {
        return EXIT_USAGE;
    }
    options.port = port.value_or(0);
    options.tlsPort = tlsPort.value_or(0);
    options.httpPort = httpPort.value_or(0);
    options.wsPort = wsPort.value_or(0);
    if (parser.isSet(QStringLiteral("thing"))) {
        options.thingName = parser.value(QStringLiteral("thing"));
    }
    options.sampleTraffic = !parser.isSet(QStringLiteral("no-sample"));
    options.enforcePolicies = !parser.isSet(QStringLiteral("no-policies"));
    options.awsMqtt311Disconnect = !parser.isSet(QStringLiteral("no-aws-mqtt311-disconnect"));
    options.mosquittoPath = qEnvironmentVariable("THINGBENCH_MOSQUITTO");
    return runUntilStopped(options, parser.isSet(QStringLiteral("events")));
}

} // namespace Cli
