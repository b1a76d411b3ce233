// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// thingbench-cli http pub and shadow get|update|delete --http: the AWS IoT HTTPS data plane with X.509 client
// certificates (DESIGN.md §3; spec aws-http-sigv4-greengrass.md §1).
#include "CliCommon.h"
#include "HttpCommon.h"

#include "aws/IotHttpClient.h"
#include "common/FileIo.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

/// Sends one request with `start` and prints the outcome; returns the exit code.
int runOne(const Aws::HttpsTarget& target, const std::function<void(Aws::IotHttpClient&)>& start)
{
    Aws::IotHttpClient client;
    client.setTarget(target);
    int exitCode = Cli::EXIT_FAILURE_;
    QObject::connect(&client, &Aws::IotHttpClient::finished, &client, [&exitCode](const Aws::IotHttpReply& reply) {
        if (!reply.transportError) {
            QByteArray body = reply.response.body;
            if (!body.isEmpty() && !body.endsWith('\n')) {
                body += '\n';
            }
            std::fwrite(body.constData(), 1, size_t(body.size()), stdout);
            std::fflush(stdout);
        }
        if (reply.succeeded()) {
            exitCode = Cli::EXIT_OK;
        } else {
            Cli::printError(reply.describe());
        }
        QCoreApplication::exit(exitCode);
    });
    start(client);
    QCoreApplication::exec();
    return exitCode;
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

int runHttp(const QStringList& arguments)
{
    static const char USAGE[] = "Usage: thingbench-cli http <command> [options]\n"
                                "\n"
                                "Commands:\n"
                                "  pub   publish over the AWS IoT HTTPS data plane (POST /topics/TOPIC)\n"
                                "\n"
                                "Run 'thingbench-cli http <command> --help' for a command's options.\n";
    QString command;
    QStringList rest;
    if (const auto code = splitSubcommand(arguments, USAGE, &command, &rest)) {
        return *code;
    }
    if (command != QLatin1String("pub")) {
        printError(tr("Unknown http command “%1”. Commands: pub.").arg(command));
        return EXIT_USAGE;
    }
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
        printError(target.error().fullText());
        return target.error().code == QLatin1String("usage") ? EXIT_USAGE : EXIT_FAILURE_;
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
        printError(payload.error().fullText());
        return payload.error().code == QLatin1String("usage") ? EXIT_USAGE : EXIT_FAILURE_;
    }
    return runOne(*target, [&](Aws::IotHttpClient& client) { client.publish(topic, *payload, options); });
}

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
        printError(target.error().fullText());
        return target.error().code == QLatin1String("usage") ? EXIT_USAGE : EXIT_FAILURE_;
    }
    const ShadowKey key{parser.value(QStringLiteral("thing")), parser.value(QStringLiteral("name"))};
    if (key.thing.isEmpty()) {
        printError(tr("Give the thing with --thing NAME."));
        return EXIT_USAGE;
    }
    const bool update = operation == QLatin1String("update");
    auto document = payloadOption(parser, update);
    if (!document) {
        printError(document.error().fullText());
        return document.error().code == QLatin1String("usage") ? EXIT_USAGE : EXIT_FAILURE_;
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
