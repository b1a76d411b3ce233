// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "aws/AwsCredentials.h"
#include "aws/AwsEndpoint.h"
#include "common/AppPaths.h"
#include "common/FileIo.h"
#include "mqtt/MqttSession.h"
#include "sandbox/Sandbox.h"
#include "workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic<bool> s_stopRequested{false};

void onStopSignal(int)
{
    s_stopRequested.store(true);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

/// The connection of the saved workspace `name` (from the app's data folder): for the local sandbox's workspace, the
/// sandbox's mutual-TLS listener and device certificate. Files that moved or changed since they were chosen are
/// warned about on stderr. `passwordNeeded`: the workspace has a password it does not keep.
Result<ConnectionOptions> workspaceConnection(const QString& name, bool* passwordNeeded)
{
    const WorkspaceStore store(WorkspaceStore::defaultDirectory());
    if (store.existingName(name).isEmpty()) {
        const QStringList names = store.names();
        return Error{QStringLiteral("usage"),
                     tr("There is no workspace “%1”. Saved workspaces: %2.")
                         .arg(name, names.isEmpty() ? tr("none yet") : names.join(QStringLiteral(", "))),
                     {}};
    }
    auto loaded = store.load(store.existingName(name));
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded->notice.isEmpty()) {
        std::fprintf(stderr, "thingbench-cli: warning: %s\n", qPrintable(loaded->notice));
    }
    const Workspace& workspace = loaded->workspace;
    if (workspace.kind == Workspace::Kind::Sandbox) {
        return Sandbox::Sandbox::savedConnectionOptions(AppPaths::sandboxDirectory(), true);
    }
    const ConnectionSettings& connection = workspace.connection;
    for (const FileReference* file : {&connection.caFile, &connection.certificateFile, &connection.privateKeyFile}) {
        if (const QString problem = file->describe(file->check()); !problem.isEmpty()) {
            std::fprintf(stderr, "thingbench-cli: warning: %s\n", qPrintable(problem));
        }
    }
    *passwordNeeded = connection.password != SecretStorage::None;
    return connection.options;
}

} // namespace

namespace Cli {

std::optional<int> splitSubcommand(const QStringList& arguments, const char* usage, QString* subcommand,
                                   QStringList* rest)
{
    if (arguments.size() < 2) {
        std::fputs(usage, stderr);
        return EXIT_USAGE;
    }
    *subcommand = arguments.at(1);
    if (*subcommand == QLatin1String("--help") || *subcommand == QLatin1String("-h") ||
        *subcommand == QLatin1String("help")) {
        std::fputs(usage, stdout);
        return EXIT_OK;
    }
    *rest = arguments;
    (*rest)[0] = arguments.at(0) + QLatin1Char(' ') + *subcommand;
    rest->removeAt(1);
    return std::nullopt;
}

bool forEachLine(QFile& in, const std::function<bool(qint64 lineNumber, const QByteArray& line)>& handle)
{
    // One line: a payload of AWS IoT's 128 KB limit, base64-encoded, fits many times over.
    constexpr qint64 MAX_LINE_BYTES = qint64(16) * 1024 * 1024;
    qint64 lineNumber = 0;
    while (true) {
        const QByteArray line = in.readLine(MAX_LINE_BYTES + 1);
        if (line.isEmpty()) {
            return true;
        }
        ++lineNumber;
        if (line.size() > MAX_LINE_BYTES && !line.endsWith('\n')) {
            printError(QCoreApplication::translate("Cli", "Line %1 is longer than 16 MiB.").arg(lineNumber));
            return false;
        }
        if (!line.trimmed().isEmpty() && !handle(lineNumber, line)) {
            return false;
        }
    }
}

bool openInput(const QString& path, QFile* file)
{
    const bool opened = path == QLatin1String("-") ? file->open(stdin, QIODevice::ReadOnly)
                                                   : (file->setFileName(path), file->open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QCoreApplication::translate("Cli", "Cannot read “%1”: %2. Check the path and try again.")
                       .arg(path, file->errorString()));
    }
    return opened;
}

void printError(const QString& message)
{
    const QByteArray line = QByteArrayLiteral("thingbench-cli: ") + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

int reportError(const Error& error)
{
    printError(error.fullText());
    return error.code == QLatin1String("usage") ? EXIT_USAGE : EXIT_FAILURE_;
}

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption help({QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + tr(". Run with --help for the options."));
        return EXIT_USAGE;
    }
    if (parser.isSet(help)) {
        const QByteArray text = parser.helpText().toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return EXIT_OK;
    }
    return std::nullopt;
}

Result<std::optional<QByteArray>> secret(const QCommandLineParser& parser, const QString& option,
                                         const QString& fileOption, const char* environmentVariable)
{
    const QString variable = QString::fromLatin1(environmentVariable);
    if (parser.isSet(option)) {
        printError(tr("warning: --%1 on the command line can be read by other users of this machine (ps, "
                      "/proc); use --%2 FILE or the environment variable %3 instead.")
                       .arg(option, fileOption, variable));
        return std::optional<QByteArray>(parser.value(option).toUtf8());
    }
    if (parser.isSet(fileOption)) {
        const QString path = parser.value(fileOption);
        auto bytes = FileIo::readFile(path, MAX_SECRET_FILE);
        if (!bytes) {
            Error error = bytes.error();
            error.message = QStringLiteral("--%1: %2").arg(fileOption, error.message);
            return error;
        }
        QByteArray value = *bytes;
        if (value.endsWith("\r\n")) {
            value.chop(2);
        } else if (value.endsWith('\n')) {
            value.chop(1);
        }
        if (value.isEmpty()) {
            return Error{QStringLiteral("file_empty"),
                         tr("--%1: the file “%2” is empty. Write the secret into it (one line) and try again.")
                             .arg(fileOption, path),
                         {}};
        }
        return std::optional<QByteArray>(value);
    }
    if (qEnvironmentVariableIsSet(environmentVariable)) {
        return std::optional<QByteArray>(qgetenv(environmentVariable));
    }
    return std::optional<QByteArray>();
}

namespace {

/// --sigv4: the signing settings from the environment or a profile, the region from --region, the endpoint's name or
/// the credentials; nothing without --sigv4.
Result<std::optional<SigV4Signing>> sigV4Signing(const QCommandLineParser& parser, const ConnectionOptions& options)
{
    const auto bad = [](const QString& message) { return Error{QStringLiteral("usage"), message, {}}; };
    if (!parser.isSet(QStringLiteral("sigv4"))) {
        for (const char* option : {"profile", "region"}) {
            if (parser.isSet(QLatin1String(option))) {
                return bad(tr("--%1 is for signing in with AWS credentials: add --sigv4.").arg(QLatin1String(option)));
            }
        }
        return std::optional<SigV4Signing>();
    }
    if (options.transport != Transport::SecureWebSocket) {
        return bad(tr("--sigv4 signs a WebSocket sign-in: use a wss:// broker URL, e.g. "
                      "wss://abc-ats.iot.eu-west-1.amazonaws.com/mqtt."));
    }
    const Aws::Environment environment = Aws::systemEnvironment();
    Result<Aws::AwsCredentials> credentials = Error{};
    // As the AWS CLI: the key variables win unless a profile is named on the command line.
    Result<std::optional<Aws::AwsCredentials>> fromEnvironment = Aws::credentialsFromEnvironment(environment);
    if (!fromEnvironment) {
        return fromEnvironment.error();
    }
    if (fromEnvironment->has_value() && !parser.isSet(QStringLiteral("profile"))) {
        credentials = **fromEnvironment;
    } else {
        credentials = Aws::loadProfile(parser.value(QStringLiteral("profile")), environment, QDir::homePath());
        if (!credentials) {
            return credentials.error();
        }
    }
    SigV4Signing signing;
    signing.accessKeyId = credentials->accessKeyId;
    signing.secretAccessKey = credentials->secretAccessKey;
    signing.sessionToken = credentials->sessionToken;
    signing.region = parser.value(QStringLiteral("region"));
    if (signing.region.isEmpty()) {
        signing.region = Aws::regionFromEndpoint(options.host);
    }
    if (signing.region.isEmpty()) {
        signing.region = credentials->region;
    }
    if (signing.region.isEmpty()) {
        return bad(tr("--sigv4: the region is not known (the endpoint “%1” does not name one and the credentials "
                      "have none). Give it with --region, e.g. --region eu-west-1.")
                       .arg(options.host));
    }
    return std::optional<SigV4Signing>(signing);
}

} // namespace

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {{QStringLiteral("b"), QStringLiteral("broker")},
         tr("Broker URL: mqtt://host[:1883], mqtts://host[:8883], ws://host[:80]/path, wss://host[:443]/path."),
         QStringLiteral("url")},
        {QStringLiteral("cafile"), tr("CA certificate(s) (PEM) to verify the broker; default: the system store."),
         QStringLiteral("file")},
        {QStringLiteral("cert"), tr("Client certificate (PEM) for mutual TLS."), QStringLiteral("file")},
        {QStringLiteral("key"), tr("Client private key (PEM, may be encrypted)."), QStringLiteral("file")},
        {QStringLiteral("passphrase"),
         tr("Passphrase of an encrypted private key (visible in the process list: prefer --passphrase-file or "
            "THINGBENCH_PASSPHRASE)."),
         QStringLiteral("passphrase")},
        {QStringLiteral("passphrase-file"),
         tr("Read the key's passphrase from this file (one trailing newline is ignored). --passphrase wins over it; "
            "it wins over the environment variable THINGBENCH_PASSPHRASE."),
         QStringLiteral("file")},
        {QStringLiteral("alpn"),
         tr("ALPN protocol(s), comma-separated (AWS IoT on port 443 with certificates: x-amzn-mqtt-ca)."),
         QStringLiteral("protocols")},
        {QStringLiteral("insecure"), tr("Do not verify the broker's certificate or host name (testing only).")},
        {{QStringLiteral("i"), QStringLiteral("client-id")},
         tr("Client id (default: random thingbench-…)."),
         QStringLiteral("id")},
        {{QStringLiteral("u"), QStringLiteral("username")}, tr("User name."), QStringLiteral("name")},
        {{QStringLiteral("P"), QStringLiteral("password")},
         tr("Password (visible in the process list: prefer --password-file or THINGBENCH_PASSWORD)."),
         QStringLiteral("password")},
        {QStringLiteral("password-file"),
         tr("Read the password from this file (one trailing newline is ignored). --password (or one in the broker "
            "URL) wins over it; it wins over the environment variable THINGBENCH_PASSWORD."),
         QStringLiteral("file")},
        {{QStringLiteral("V"), QStringLiteral("mqtt-version")},
         tr("MQTT version: 5 (default) or 3 (3.1.1)."),
         QStringLiteral("version"),
         QStringLiteral("5")},
        {{QStringLiteral("k"), QStringLiteral("keepalive")},
         tr("Keep-alive in seconds (default 60)."),
         QStringLiteral("seconds"),
         QStringLiteral("60")},
        {{QStringLiteral("c"), QStringLiteral("persistent")},
         tr("Keep the session on the broker (clean session/clean start off); needs a fixed --client-id.")},
        {{QStringLiteral("x"), QStringLiteral("session-expiry")},
         tr("MQTT 5 session expiry in seconds (with --persistent)."),
         QStringLiteral("seconds")},
        {QStringLiteral("will-topic"), tr("Last will topic."), QStringLiteral("topic")},
        {QStringLiteral("will-payload"), tr("Last will payload."), QStringLiteral("text")},
        {QStringLiteral("will-qos"), tr("Last will QoS."), QStringLiteral("qos"), QStringLiteral("0")},
        {QStringLiteral("will-retain"), tr("Retain the last will.")},
        {QStringLiteral("workspace"), tr("Take connection settings from a saved workspace."), QStringLiteral("name")},
        {QStringLiteral("sigv4"),
         tr("Sign in with AWS IAM credentials (SigV4) over a wss:// URL, e.g. wss://abc-ats.iot.eu-west-1."
            "amazonaws.com/mqtt: the keys come from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, "
            "else from --profile (or AWS_PROFILE) in ~/.aws/credentials; the URL is signed again at every "
            "reconnect.")},
        {QStringLiteral("profile"), tr("With --sigv4: the AWS profile to take the keys from."), QStringLiteral("name")},
        {QStringLiteral("region"),
         tr("With --sigv4: the endpoint's region (default: from the endpoint's name, else the profile's or "
            "AWS_REGION)."),
         QStringLiteral("region")},
    });
}

void addPropertyOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("user-property"), tr("MQTT 5 user property NAME=VALUE (repeatable)."),
         QStringLiteral("name=value")},
        {QStringLiteral("content-type"), tr("MQTT 5 content type."), QStringLiteral("type")},
        {QStringLiteral("response-topic"), tr("MQTT 5 response topic."), QStringLiteral("topic")},
        {QStringLiteral("correlation-data"), tr("MQTT 5 correlation data (text)."), QStringLiteral("data")},
        {QStringLiteral("message-expiry"), tr("MQTT 5 message expiry interval in seconds."), QStringLiteral("seconds")},
        {QStringLiteral("payload-format"),
         tr("MQTT 5 payload format indicator: utf8 (the payload is UTF-8 text) or bytes."), QStringLiteral("format")},
    });
}

Result<MqttProperties> propertyOptions(const QCommandLineParser& parser)
{
    const auto bad = [](const QString& message) { return Error{QStringLiteral("usage"), message, {}}; };
    MqttProperties properties;
    for (const QString& pair : parser.values(QStringLiteral("user-property"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return bad(tr("--user-property needs NAME=VALUE, not “%1”.").arg(pair));
        }
        properties.userProperties.append({pair.left(eq), pair.mid(eq + 1)});
    }
    properties.contentType = parser.value(QStringLiteral("content-type"));
    properties.responseTopic = parser.value(QStringLiteral("response-topic"));
    properties.correlationData = parser.value(QStringLiteral("correlation-data")).toUtf8();
    if (parser.isSet(QStringLiteral("message-expiry"))) {
        bool ok = false;
        properties.messageExpirySeconds = parser.value(QStringLiteral("message-expiry")).toUInt(&ok);
        if (!ok) {
            return bad(tr("--message-expiry must be a number of seconds."));
        }
    }
    if (parser.isSet(QStringLiteral("payload-format"))) {
        const QString format = parser.value(QStringLiteral("payload-format"));
        if (format != QLatin1String("utf8") && format != QLatin1String("bytes")) {
            return bad(tr("--payload-format must be utf8 or bytes, not “%1”.").arg(format));
        }
        properties.payloadIsUtf8 = format == QLatin1String("utf8");
    }
    return properties;
}

Result<ConnectionOptions> connectionOptions(const QCommandLineParser& parser)
{
    const auto bad = [](const QString& message) { return Error{QStringLiteral("usage"), message, {}}; };
    const bool fromWorkspace = parser.isSet(QStringLiteral("workspace"));
    // With --workspace, the workspace's settings are the base and only the options given override them.
    const auto given = [&parser, fromWorkspace](const char* name) {
        return !fromWorkspace || parser.isSet(QLatin1String(name));
    };
    ConnectionOptions options;
    bool passwordNeeded = false;
    if (fromWorkspace) {
        auto base = workspaceConnection(parser.value(QStringLiteral("workspace")), &passwordNeeded);
        if (!base) {
            return base.error();
        }
        options = *base;
    } else if (!parser.isSet(QStringLiteral("broker"))) {
        return bad(tr("--broker is required, e.g. --broker mqtts://localhost:8883 (or --workspace NAME)."));
    }
    if (parser.isSet(QStringLiteral("broker"))) {
        auto parsed = ConnectionOptions::fromUrl(parser.value(QStringLiteral("broker")));
        if (!parsed) {
            return parsed.error();
        }
        options.setAddress(*parsed);
        if (fromWorkspace && !parsed->usesTls()) {
            options.clearTls(); // the workspace's TLS files are for its own (TLS) broker, not for a plain one
        }
    }
    if (given("cafile")) {
        options.caFile = parser.value(QStringLiteral("cafile"));
    }
    if (given("cert")) {
        options.certFile = parser.value(QStringLiteral("cert"));
    }
    if (given("key")) {
        options.keyFile = parser.value(QStringLiteral("key"));
    }
    auto passphrase =
        secret(parser, QStringLiteral("passphrase"), QStringLiteral("passphrase-file"), "THINGBENCH_PASSPHRASE");
    if (!passphrase) {
        return passphrase.error();
    }
    options.passphrase = passphrase->has_value() ? QString::fromUtf8(**passphrase) : QString();
    if (parser.isSet(QStringLiteral("alpn"))) {
        options.alpn = parser.value(QStringLiteral("alpn")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (given("insecure")) {
        options.insecure = parser.isSet(QStringLiteral("insecure"));
    }
    if (given("client-id")) {
        options.clientId = parser.value(QStringLiteral("client-id"));
    }
    if (parser.isSet(QStringLiteral("username"))) {
        options.username = parser.value(QStringLiteral("username"));
    }
    if (!options.password.isEmpty() && !parser.isSet(QStringLiteral("password"))) {
        // A password in the broker URL counts as given on the command line (and is as visible).
        printError(tr("warning: the password in the broker URL can be read by other users of this machine (ps, "
                      "/proc); use --password-file FILE or the environment variable THINGBENCH_PASSWORD instead."));
    } else {
        auto password =
            secret(parser, QStringLiteral("password"), QStringLiteral("password-file"), "THINGBENCH_PASSWORD");
        if (!password) {
            return password.error();
        }
        if (password->has_value()) {
            options.password = QString::fromUtf8(**password);
        }
    }
    if (passwordNeeded && options.password.isEmpty()) {
        return bad(tr("The workspace “%1” needs a password, and workspaces never keep one: give it with "
                      "--password-file FILE or the environment variable THINGBENCH_PASSWORD.")
                       .arg(parser.value(QStringLiteral("workspace"))));
    }
    if (given("mqtt-version")) {
        const QString version = parser.value(QStringLiteral("mqtt-version"));
        if (version == QLatin1String("5") || version == QLatin1String("mqttv5")) {
            options.version = MqttVersion::V5;
        } else if (version == QLatin1String("3") || version == QLatin1String("311") ||
                   version == QLatin1String("3.1.1") || version == QLatin1String("mqttv311")) {
            options.version = MqttVersion::V3_1_1;
        } else {
            return bad(tr("--mqtt-version must be 5 or 3 (for 3.1.1), not “%1”.").arg(version));
        }
    }
    bool ok = false;
    if (given("keepalive")) {
        options.keepAliveSeconds = parser.value(QStringLiteral("keepalive")).toInt(&ok);
        if (!ok) {
            return bad(tr("--keepalive must be a number of seconds."));
        }
    }
    if (given("persistent")) {
        options.cleanStart = !parser.isSet(QStringLiteral("persistent"));
    }
    if (!options.cleanStart && options.clientId.isEmpty()) {
        return bad(tr("--persistent needs a fixed --client-id, or the broker cannot find the session again."));
    }
    if (parser.isSet(QStringLiteral("session-expiry"))) {
        options.sessionExpirySeconds = parser.value(QStringLiteral("session-expiry")).toUInt(&ok);
        if (!ok) {
            return bad(tr("--session-expiry must be a number of seconds."));
        }
    } else if (!options.cleanStart && options.version == MqttVersion::V5 && given("persistent")) {
        options.sessionExpirySeconds = 0xFFFFFFFF; // a persistent v5 session that never expires, like 3.1.1
    }
    if (parser.isSet(QStringLiteral("will-topic"))) {
        LastWill will;
        will.topic = parser.value(QStringLiteral("will-topic"));
        will.payload = parser.value(QStringLiteral("will-payload")).toUtf8();
        will.qos = parser.value(QStringLiteral("will-qos")).toInt(&ok);
        if (!ok) {
            return bad(tr("--will-qos must be 0, 1 or 2."));
        }
        will.retained = parser.isSet(QStringLiteral("will-retain"));
        options.will = will;
    }
    if (auto signing = sigV4Signing(parser, options); !signing) {
        return signing.error();
    } else if (signing->has_value()) {
        options.sigV4 = **signing;
    }
    if (auto valid = options.validate(); !valid) {
        return valid.error();
    }
    return options;
}

std::optional<int> connectionOptionsOrExit(const QCommandLineParser& parser, ConnectionOptions* options)
{
    auto parsed = connectionOptions(parser);
    if (parsed) {
        *options = *parsed;
        return std::nullopt;
    }
    printError(parsed.error().fullText());
    const QString& code = parsed.error().code;
    return code == QLatin1String("usage") || code == QLatin1String("invalid_options") ? EXIT_USAGE : EXIT_FAILURE_;
}

void installStopHandler()
{
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    auto* timer = new QTimer(QCoreApplication::instance());
    QObject::connect(timer, &QTimer::timeout, QCoreApplication::instance(), [] {
        if (s_stopRequested.load()) {
            QCoreApplication::exit(EXIT_OK);
        }
    });
    timer->start(100);
}

bool startSession(MqttSession& session, const ConnectionOptions& options, int* exitCode)
{
    // Before the first connection succeeds, any error is fatal; afterwards errors are reported and the session
    // reconnects by itself.
    auto* guard = new QObject(&session);
    QObject::connect(
        &session, &MqttSession::errorOccurred, guard, [&session, guard](SessionError, const QString& message) {
            printError(message);
            if (session.state() != SessionState::Reconnecting && session.state() != SessionState::Connected) {
                QCoreApplication::exit(EXIT_FAILURE_);
            }
            Q_UNUSED(guard);
        });
    QObject::connect(&session, &MqttSession::stateChanged, guard, [&session](SessionState state) {
        if (state == SessionState::Disconnected && session.lastError() != SessionError::NoError &&
            session.lastError() != SessionError::ConnectionLost) {
            QCoreApplication::exit(EXIT_FAILURE_);
        }
    });
    if (!session.connectToBroker(options)) {
        *exitCode = EXIT_FAILURE_;
        return false;
    }
    return true;
}

void disconnectAndQuit(MqttSession& session, int exitCode)
{
    if (session.state() != SessionState::Connected) {
        QCoreApplication::exit(exitCode);
        return;
    }
    QObject::connect(&session, &MqttSession::stateChanged, &session, [exitCode](SessionState state) {
        if (state == SessionState::Disconnected) {
            QCoreApplication::exit(exitCode);
        }
    });
    QTimer::singleShot(2000, &session, [exitCode] { QCoreApplication::exit(exitCode); }); // never hang on exit
    session.disconnectFromBroker();
}

} // namespace Cli
