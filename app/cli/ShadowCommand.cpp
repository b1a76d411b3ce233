// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "common/FileIo.h"
#include "mqtt/MqttSession.h"
#include "shadow/ShadowDiff.h"
#include "shadow/ShadowEngine.h"
#include "shadow/ShadowService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

/// Section and replay files are read whole, but never unbounded.
constexpr qint64 INPUT_CAP = qint64(64) * 1024 * 1024;
void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

/// A JSON string literal for `utf8` (valid UTF-8): quotes, backslashes and control characters escaped, the rest
/// kept as UTF-8 (the way the engine writes its payloads).
QByteArray jsonString(const QByteArray& utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 16);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

/// `{"responses":[{"topic":"…","payload":"…"},…]}` (DESIGN.md §3); `topic` first, as documented.
QByteArray responsesLine(const QList<ShadowMessage>& messages)
{
    QByteArray line = "{\"responses\":[";
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += "{\"topic\":" + jsonString(messages.at(i).topic.toUtf8()) +
            ",\"payload\":" + jsonString(messages.at(i).payload) + '}';
    }
    line += "]}\n";
    return line;
}

/// `--max-state-bytes` (shared by replay and serve).
QCommandLineOption maxStateOption()
{
    return QCommandLineOption(QStringLiteral("max-state-bytes"),
                              tr("Largest desired + reported state in bytes (default 8192, AWS IoT's limit; 413 "
                                 "beyond)."),
                              QStringLiteral("bytes"), QStringLiteral("8192"));
}

std::optional<ShadowLimits> limitsFrom(const QCommandLineParser& parser)
{
    ShadowLimits limits;
    bool ok = false;
    const int bytes = parser.value(QStringLiteral("max-state-bytes")).toInt(&ok);
    if (!ok || bytes < 1) {
        Cli::printError(tr("--max-state-bytes must be a positive number of bytes."));
        return std::nullopt;
    }
    limits.maxStateBytes = bytes;
    return limits;
}

/// A section argument of `shadow delta`: a file, `-` for stdin, or `null` for an absent section.
Result<QByteArray> readSectionArgument(const QString& argument)
{
    if (argument == QLatin1String("null")) {
        return QByteArray("null");
    }
    if (argument == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return Error{QStringLiteral("file_unreadable"), tr("Cannot read standard input."), {}};
        }
        const QByteArray data = in.read(INPUT_CAP + 1);
        if (data.size() > INPUT_CAP) {
            return Error{QStringLiteral("file_too_large"), tr("Standard input is larger than 64 MiB."), {}};
        }
        return data;
    }
    return FileIo::readFile(argument, INPUT_CAP);
}

int runDelta(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the AWS IoT shadow delta of a desired state over a reported state: the desired keys whose values "
           "differ from reported, as compact JSON, or null when there is none."));
    parser.addPositionalArgument(QStringLiteral("desired"), tr("Desired state: a JSON file, - for stdin, or null."));
    parser.addPositionalArgument(QStringLiteral("reported"), tr("Reported state: a JSON file, - for stdin, or null."));
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        Cli::printError(tr("Give the desired and the reported state, e.g. shadow delta desired.json reported.json "
                           "(use - for stdin and null for an absent section)."));
        return Cli::EXIT_USAGE;
    }
    if (files.at(0) == QLatin1String("-") && files.at(1) == QLatin1String("-")) {
        Cli::printError(tr("Only one of the two states can come from stdin."));
        return Cli::EXIT_USAGE;
    }
    Result<QByteArray> desired = readSectionArgument(files.at(0));
    if (!desired) {
        Cli::printError(desired.error().fullText());
        return Cli::EXIT_FAILURE_;
    }
    Result<QByteArray> reported = readSectionArgument(files.at(1));
    if (!reported) {
        Cli::printError(reported.error().fullText());
        return Cli::EXIT_FAILURE_;
    }
    Result<QByteArray> delta = Shadow::delta(*desired, *reported);
    if (!delta) {
        Cli::printError(delta.error().fullText());
        return Cli::EXIT_FAILURE_;
    }
    writeOut((delta->isEmpty() ? QByteArray("null") : *delta) + '\n');
    return Cli::EXIT_OK;
}

/// One replay input line: `{"topic":"…","payload":"<text>"|"payload_base64":"…","now"?:<epoch seconds>}`.
struct ReplayRequest
{
    QString topic;
    QByteArray payload;
    qint64 now = 0;
};

Result<ReplayRequest> parseReplayLine(const QByteArray& line)
{
    const auto bad = [](const QString& message) { return Error{QStringLiteral("invalid_input"), message, {}}; };
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return bad(tr("not a JSON object (%1)").arg(error.errorString()));
    }
    const QJsonObject object = document.object();
    ReplayRequest request;
    const QJsonValue topic = object.value(QStringLiteral("topic"));
    if (!topic.isString()) {
        return bad(tr("\"topic\" must be a string"));
    }
    request.topic = topic.toString();
    const QJsonValue payload = object.value(QStringLiteral("payload"));
    const QJsonValue base64 = object.value(QStringLiteral("payload_base64"));
    if (!payload.isUndefined() && !base64.isUndefined()) {
        return bad(tr("give \"payload\" or \"payload_base64\", not both"));
    }
    if (payload.isString()) {
        request.payload = payload.toString().toUtf8();
    } else if (base64.isString()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(base64.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return bad(tr("\"payload_base64\" is not valid base64"));
        }
        request.payload = *decoded;
    } else if (!payload.isUndefined() || !base64.isUndefined()) {
        return bad(tr("\"payload\" and \"payload_base64\" must be strings"));
    }
    const QJsonValue now = object.value(QStringLiteral("now"));
    if (now.isUndefined() || now.isNull()) {
        request.now = QDateTime::currentSecsSinceEpoch();
    } else {
        const double seconds = now.toDouble(-1);
        if (!now.isDouble() || seconds < 0 || seconds > 9.0e15 || std::floor(seconds) != seconds) {
            return bad(tr("\"now\" must be a whole number of epoch seconds"));
        }
        request.now = qint64(seconds);
    }
    return request;
}

int runReplay(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the AWS IoT shadow engine without a broker. Each input line is "
           "{\"topic\":\"$aws/things/T/shadow/...\",\"payload\":\"<text>\",\"now\":<epoch seconds>} (\"now\" "
           "optional; \"payload_base64\" for bytes that are not UTF-8); each output line is "
           "{\"responses\":[{\"topic\":\"...\",\"payload\":\"...\"},...]}, every message the service would publish. "
           "State persists across lines."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("JSON-lines input (default: - for stdin)."),
                                 QStringLiteral("[file|-]"));
    parser.addOption(maxStateOption());
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        Cli::printError(tr("Give one input file (or - for stdin)."));
        return Cli::EXIT_USAGE;
    }
    const std::optional<ShadowLimits> limits = limitsFrom(parser);
    if (!limits) {
        return Cli::EXIT_USAGE;
    }
    QFile in;
    if (!Cli::openInput(files.value(0, QStringLiteral("-")), &in)) {
        return Cli::EXIT_FAILURE_;
    }
    const ShadowEngine engine(*limits);
    ShadowStore store;
    const bool complete = Cli::forEachLine(in, [&](qint64 lineNumber, const QByteArray& line) {
        Result<ReplayRequest> request = parseReplayLine(line);
        if (!request) {
            Cli::printError(tr("Line %1: %2. Each line must be {\"topic\":\"...\",\"payload\":\"...\",\"now\":N}.")
                                .arg(lineNumber)
                                .arg(request.error().message));
            return false;
        }
        ShadowEngine::Outcome outcome =
            engine.process(std::move(store), request->topic, request->payload, request->now);
        store = std::move(outcome.store);
        writeOut(responsesLine(outcome.messages));
        return true;
    });
    return complete ? Cli::EXIT_OK : Cli::EXIT_FAILURE_;
}

int runServe(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the AWS IoT shadow service on a broker until stopped (Ctrl+C, SIGTERM): answers get, update and "
           "delete on $aws/things/+/shadow/# for classic and named shadows."));
    Cli::addConnectionOptions(parser);
    parser.addOptions({
        {QStringLiteral("state-file"),
         tr("Keep the shadows in this file (loaded at start, written atomically after changes)."),
         QStringLiteral("file")},
        {{QStringLiteral("q"), QStringLiteral("qos")},
         tr("QoS of the subscription and the responses: 0 (default, lowest latency) or 1."),
         QStringLiteral("qos"),
         QStringLiteral("0")},
        {{QStringLiteral("v"), QStringLiteral("verbose")},
         tr("Print each request and its responses as a JSON line: {\"topic\",\"payload\",\"responses\"}.")},
    });
    parser.addOption(maxStateOption());
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Cli::printError(tr("Unexpected argument “%1”. Run with --help for the options.")
                            .arg(parser.positionalArguments().constFirst()));
        return Cli::EXIT_USAGE;
    }
    ConnectionOptions connection;
    if (auto code = Cli::connectionOptionsOrExit(parser, &connection)) {
        return *code;
    }
    const ConnectionOptions* options = &connection;
    const std::optional<ShadowLimits> limits = limitsFrom(parser);
    if (!limits) {
        return Cli::EXIT_USAGE;
    }
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    bool qosOk = false;
    const int qos = parser.value(QStringLiteral("qos")).toInt(&qosOk);
    if (!qosOk || qos < 0 || qos > 1) {
        Cli::printError(tr("--qos must be 0 or 1 (AWS IoT has no QoS 2)."));
        return Cli::EXIT_USAGE;
    }

    Cli::installStopHandler();
    MqttSession session;
    ShadowService service(&session);
    service.setLimits(*limits);
    service.setQos(qos);
    if (parser.isSet(QStringLiteral("state-file"))) {
        if (auto loaded = service.setStateFile(parser.value(QStringLiteral("state-file"))); !loaded) {
            Cli::printError(loaded.error().fullText());
            return Cli::EXIT_FAILURE_;
        }
    }
    const QString url = options->displayUrl();
    QObject::connect(&service, &ShadowService::ready, &service, [url] {
        Cli::printError(tr("shadow service ready on %1 (subscribed to %2); stop with Ctrl+C.")
                            .arg(url, ShadowService::subscriptionFilter()));
    });
    QObject::connect(&service, &ShadowService::errorOccurred, &service, &Cli::printError);
    QObject::connect(&service, &ShadowService::subscriptionFailed, &service, [](const QString& message) {
        Cli::printError(message);
        QCoreApplication::exit(Cli::EXIT_FAILURE_);
    });
    if (verbose) {
        QObject::connect(&service, &ShadowService::requestHandled, &service,
                         [](const QString& topic, const QList<ShadowMessage>& responses) {
                             QByteArray line = responsesLine(responses);
                             line.insert(1, "\"topic\":" + jsonString(topic.toUtf8()) + ',');
                             writeOut(line);
                         });
    }
    service.start();
    int exitCode = Cli::EXIT_OK;
    if (!Cli::startSession(session, *options, &exitCode)) {
        return exitCode;
    }
    exitCode = QCoreApplication::exec();
    service.stop();
    if (auto saved = service.flush(); !saved) {
        Cli::printError(saved.error().fullText());
        exitCode = Cli::EXIT_FAILURE_;
    }
    return exitCode;
}

} // namespace

namespace Cli {

int runShadow(const QStringList& arguments)
{
    static const char USAGE[] =
        "Usage: thingbench-cli shadow <command> [options]\n"
        "\n"
        "Commands:\n"
        "  delta DESIRED REPORTED   the delta of two states (files, - for stdin, null for absent)\n"
        "  replay [FILE|-]          run the shadow engine on JSON-lines requests, without a broker\n"
        "  serve --broker URL       run the shadow service on a broker until stopped\n"
        "  get|update|delete --http --endpoint HOST --thing T [--name S] [-m JSON]\n"
        "                           a shadow request over the AWS IoT HTTPS data plane (REST)\n"
        "\n"
        "Run 'thingbench-cli shadow <command> --help' for a command's options.\n";
    QString command;
    QStringList rest;
    if (const auto code = splitSubcommand(arguments, USAGE, &command, &rest)) {
        return *code;
    }
    if (command == QLatin1String("delta")) {
        return runDelta(rest);
    }
    if (command == QLatin1String("replay")) {
        return runReplay(rest);
    }
    if (command == QLatin1String("serve")) {
        return runServe(rest);
    }
    if (command == QLatin1String("get") || command == QLatin1String("update") || command == QLatin1String("delete")) {
        return runShadowHttp(command, rest);
    }
    printError(tr("Unknown shadow command “%1”. Commands: delta, replay, serve, get, update, delete.").arg(command));
    return EXIT_USAGE;
}

} // namespace Cli
