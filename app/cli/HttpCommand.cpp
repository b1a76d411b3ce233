// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// thingbench-cli http pub, http retained list|get and shadow get|update|delete --http: the AWS IoT HTTPS data plane
// with X.509 client certificates (DESIGN.md §3; spec aws-http-sigv4-greengrass.md §1).
#include "CliCommon.h"
#include "HttpCommon.h"

#include "aws/IotHttpClient.h"
#include "common/FileIo.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

/// Sends one request with `start` and waits for its reply (bounded by the target's timeout).
Aws::IotHttpReply callOnce(const Aws::HttpsTarget& target, const std::function<void(Aws::IotHttpClient&)>& start)
{
    Aws::IotHttpClient client;
    client.setTarget(target);
    Aws::IotHttpReply result;
    QEventLoop loop;
    QObject::connect(&client, &Aws::IotHttpClient::finished, &loop, [&](const Aws::IotHttpReply& reply) {
        result = reply;
        loop.quit();
    });
    start(client);
    loop.exec();
    return result;
}

void printBody(QByteArray body)
{
    if (!body.isEmpty() && !body.endsWith('\n')) {
        body += '\n';
    }
    std::fwrite(body.constData(), 1, size_t(body.size()), stdout);
    std::fflush(stdout);
}

/// Sends one request with `start` and prints the outcome; returns the exit code.
int runOne(const Aws::HttpsTarget& target, const std::function<void(Aws::IotHttpClient&)>& start)
{
    const Aws::IotHttpReply reply = callOnce(target, start);
    if (!reply.transportError) {
        printBody(reply.response.body);
    }
    if (!reply.succeeded()) {
        Cli::printError(reply.describe());
        return Cli::EXIT_FAILURE_;
    }
    return Cli::EXIT_OK;
}

/// The payload of -m / -f (exactly one of them).
Result<QByteArray> payloadOption(const QCommandLineParser& parser, bool required)
{
    const bool message = parser.isSet(QStringLiteral("m"));
    const bool file = parser.isSet(QStringLiteral("f"));
    if (message && file) {
        return Error{QStringLiteral("usage"), tr("Give either -m MESSAGE or -f FILE, not both."), {}};
    }
    if (file) {
        return FileIo::readFile(parser.value(QStringLiteral("f")), 128 * 1024 + 1);
    }
    if (message) {
        return parser.value(QStringLiteral("m")).toUtf8();
    }
    if (required) {
        return Error{QStringLiteral("usage"), tr("Give the payload with -m MESSAGE or -f FILE."), {}};
    }
    return QByteArray();
}

} // namespace

namespace Cli {

namespace {

int runHttpPub(const QStringList& rest);
int runHttpRetained(const QStringList& arguments);

} // namespace

int runHttp(const QStringList& arguments)
{
    static const char USAGE[] = "Usage: thingbench-cli http <command> [options]\n"
                                "\n"
                                "Commands:\n"
                                "  pub               publish over the AWS IoT HTTPS data plane (POST /topics/TOPIC)\n"
                                "  retained list     list the retained messages (GET /retainedMessage)\n"
                                "  retained get      read one retained message (GET /retainedMessage/TOPIC)\n"
                                "\n"
                                "Run 'thingbench-cli http <command> --help' for a command's options.\n";
    QString command;
    QStringList rest;
    if (const auto code = splitSubcommand(arguments, USAGE, &command, &rest)) {
        return *code;
    }
    if (command == QLatin1String("pub")) {
        return runHttpPub(rest);
    }
    if (command == QLatin1String("retained")) {
        return runHttpRetained(rest);
    }
    printError(tr("Unknown http command “%1”. Commands: pub, retained.").arg(command));
    return EXIT_USAGE;
}

namespace {

int runHttpPub(const QStringList& rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Publishes one message over the AWS IoT HTTPS data plane."));
    addHttpsOptions(parser);
    parser.addOptions({
        {{QStringLiteral("t"), QStringLiteral("topic")}, tr("Topic to publish to."), QStringLiteral("topic")},
        {{QStringLiteral("m"), QStringLiteral("message")}, tr("Payload text."), QStringLiteral("text")},
        {{QStringLiteral("f"), QStringLiteral("file")}, tr("Send this file's bytes."), QStringLiteral("file")},
        {{QStringLiteral("q"), QStringLiteral("qos")},
         tr("QoS 0 or 1 (default 0)."),
         QStringLiteral("qos"),
         QStringLiteral("0")},
        {{QStringLiteral("r"), QStringLiteral("retain")}, tr("Retain the message (needs iot:RetainPublish).")},
    });
    addPropertyOptions(parser);
    if (const auto code = parse(parser, rest)) {
        return *code;
    }
    auto target = httpsTarget(parser);
    if (!target) {
        return reportError(target.error());
    }
    const QString topic = parser.value(QStringLiteral("t"));
    if (topic.isEmpty()) {
        printError(tr("Give the topic with -t TOPIC."));
        return EXIT_USAGE;
    }
    Aws::IotPublishOptions options;
    const QString qos = parser.value(QStringLiteral("q"));
    if (qos != QLatin1String("0") && qos != QLatin1String("1")) {
        printError(tr("-q must be 0 or 1: AWS IoT has no QoS 2."));
        return EXIT_USAGE;
    }
    options.qos = qos.toInt();
    options.retain = parser.isSet(QStringLiteral("r"));
    const Result<MqttProperties> properties = propertyOptions(parser);
    if (!properties) {
        printError(properties.error().message);
        return EXIT_USAGE;
    }
    options.properties = *properties;
    auto payload = payloadOption(parser, true);
    if (!payload) {
        return reportError(payload.error());
    }
    return runOne(*target, [&](Aws::IotHttpClient& client) { client.publish(topic, *payload, options); });
}

/// Every page of ListRetainedMessages, merged into one {"retainedTopics":[...]} document.
int listAllRetained(const Aws::HttpsTarget& target, int maxResults)
{
    QJsonArray topics;
    QString token;
    for (int page = 0; page < 100'000; ++page) {
        const Aws::IotHttpReply reply =
            callOnce(target, [&](Aws::IotHttpClient& client) { client.listRetainedMessages(token, maxResults); });
        if (!reply.succeeded()) {
            if (!reply.transportError) {
                printBody(reply.response.body);
            }
            printError(reply.describe());
            return EXIT_FAILURE_;
        }
        const QJsonObject body = QJsonDocument::fromJson(reply.response.body).object();
        for (const QJsonValue& topic : body.value(QStringLiteral("retainedTopics")).toArray()) {
            topics.append(topic);
        }
        token = body.value(QStringLiteral("nextToken")).toString();
        if (token.isEmpty()) {
            break;
        }
    }
    printBody(QJsonDocument(QJsonObject{{QStringLiteral("retainedTopics"), topics}}).toJson(QJsonDocument::Compact));
    return EXIT_OK;
}

int runHttpRetained(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists or reads retained messages over the AWS IoT HTTPS data plane "
                                        "(iot:ListRetainedMessages, iot:GetRetainedMessage)."));
    addHttpsOptions(parser);
    parser.addPositionalArgument(QStringLiteral("list|get"), tr("list: the retained topics; get: one message."));
    parser.addOptions({
        {{QStringLiteral("t"), QStringLiteral("topic")}, tr("get: the topic to read."), QStringLiteral("topic")},
        {QStringLiteral("max"), tr("list: topics per page, 1–200 (default 200)."), QStringLiteral("n")},
        {QStringLiteral("next-token"), tr("list: the page after this token."), QStringLiteral("token")},
        {QStringLiteral("all"), tr("list: follow every page and print one merged list.")},
        {QStringLiteral("payload"), tr("get: print only the payload's bytes, decoded.")},
    });
    if (const auto code = parse(parser, arguments)) {
        return *code;
    }
    const QStringList positional = parser.positionalArguments();
    const QString operation = positional.value(0);
    if (positional.size() != 1 || (operation != QLatin1String("list") && operation != QLatin1String("get"))) {
        printError(tr("Say what to do: http retained list [--all] or http retained get -t TOPIC."));
        return EXIT_USAGE;
    }
    auto target = httpsTarget(parser);
    if (!target) {
        return reportError(target.error());
    }
    if (operation == QLatin1String("list")) {
        bool ok = true;
        const int maxResults = parser.isSet(QStringLiteral("max")) ? parser.value(QStringLiteral("max")).toInt(&ok) : 0;
        if (!ok || maxResults < 0 || maxResults > 200) {
            printError(tr("--max must be 1–200."));
            return EXIT_USAGE;
        }
        if (parser.isSet(QStringLiteral("all"))) {
            return listAllRetained(*target, maxResults);
        }
        const QString token = parser.value(QStringLiteral("next-token"));
        return runOne(*target, [&](Aws::IotHttpClient& client) { client.listRetainedMessages(token, maxResults); });
    }
    const QString topic = parser.value(QStringLiteral("t"));
    if (topic.isEmpty()) {
        printError(tr("Give the topic with -t TOPIC."));
        return EXIT_USAGE;
    }
    if (!parser.isSet(QStringLiteral("payload"))) {
        return runOne(*target, [&](Aws::IotHttpClient& client) { client.getRetainedMessage(topic); });
    }
    const Aws::IotHttpReply reply =
        callOnce(*target, [&](Aws::IotHttpClient& client) { client.getRetainedMessage(topic); });
    if (!reply.succeeded()) {
        printError(reply.describe());
        return EXIT_FAILURE_;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply.response.body).object();
    const QByteArray payload = QByteArray::fromBase64(body.value(QStringLiteral("payload")).toString().toLatin1());
    std::fwrite(payload.constData(), 1, size_t(payload.size()), stdout);
    std::fflush(stdout);
    return EXIT_OK;
}

} // namespace

int runShadowHttp(const QString& operation, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A Device Shadow request over the AWS IoT HTTPS data plane (REST)."));
    addHttpsOptions(parser);
    parser.addOptions({
        {QStringLiteral("http"), tr("Use the HTTPS data plane (required).")},
        {QStringLiteral("thing"), tr("Thing name."), QStringLiteral("name")},
        {QStringLiteral("name"), tr("Named shadow (default: the classic shadow)."), QStringLiteral("shadow")},
        {{QStringLiteral("m"), QStringLiteral("message")}, tr("The update document (JSON)."), QStringLiteral("json")},
        {{QStringLiteral("f"), QStringLiteral("file")},
         tr("Read the update document from a file."),
         QStringLiteral("file")},
    });
    if (const auto code = parse(parser, arguments)) {
        return *code;
    }
    if (!parser.isSet(QStringLiteral("http"))) {
        printError(tr("shadow %1 talks to AWS IoT's REST API: add --http (and --endpoint, --thing).").arg(operation));
        return EXIT_USAGE;
    }
    auto target = httpsTarget(parser);
    if (!target) {
        return reportError(target.error());
    }
    const ShadowKey key{parser.value(QStringLiteral("thing")), parser.value(QStringLiteral("name"))};
    if (key.thing.isEmpty()) {
        printError(tr("Give the thing with --thing NAME."));
        return EXIT_USAGE;
    }
    const bool update = operation == QLatin1String("update");
    auto document = payloadOption(parser, update);
    if (!document) {
        return reportError(document.error());
    }
    return runOne(*target, [&](Aws::IotHttpClient& client) {
        if (update) {
            client.updateShadow(key, *document);
        } else if (operation == QLatin1String("delete")) {
            client.deleteShadow(key);
        } else {
            client.getShadow(key);
        }
    });
}

} // namespace Cli
