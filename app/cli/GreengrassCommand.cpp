// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// thingbench-cli greengrass discover: Greengrass discovery and, with --connect, the connect loop (DESIGN.md §3; spec
// aws-http-sigv4-greengrass.md §2).
#include "CliCommon.h"
#include "HttpCommon.h"

#include "aws/GreengrassDiscovery.h"
#include "mqtt/MqttSession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void printLine(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString describe(const Aws::DiscoveryAttempt& attempt)
{
    return QStringLiteral("%1:%2 (group %3, core %4)")
        .arg(attempt.endpoint.hostAddress)
        .arg(attempt.endpoint.port)
        .arg(attempt.groupId, attempt.coreThingArn);
}

/// Wires the connect loop's signals to stderr/stdout and the exit code.
void reportConnectLoop(Aws::GreengrassDiscovery& discovery, int* exitCode)
{
    QObject::connect(&discovery, &Aws::GreengrassDiscovery::attemptStarted, &discovery,
                     [](const Aws::DiscoveryAttempt& attempt) {
                         Cli::printError(tr("trying core endpoint %1: %2").arg(attempt.number).arg(describe(attempt)));
                     });
    QObject::connect(&discovery, &Aws::GreengrassDiscovery::attemptFailed, &discovery,
                     [](const Aws::DiscoveryAttempt& attempt, const QString& message) {
                         Cli::printError(tr("core endpoint %1 failed: %2").arg(attempt.number).arg(message));
                     });
    QObject::connect(&discovery, &Aws::GreengrassDiscovery::coreConnected, &discovery,
                     [&discovery, exitCode](const Aws::DiscoveryAttempt& attempt) {
                         const QJsonObject line{{QStringLiteral("connected"), true},
                                                {QStringLiteral("attempt"), attempt.number},
                                                {QStringLiteral("groupId"), attempt.groupId},
                                                {QStringLiteral("coreThingArn"), attempt.coreThingArn},
                                                {QStringLiteral("hostAddress"), attempt.endpoint.hostAddress},
                                                {QStringLiteral("port"), int(attempt.endpoint.port)},
                                                {QStringLiteral("clientId"), discovery.session()->clientId()}};
                         printLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
                         *exitCode = Cli::EXIT_OK;
                         Cli::disconnectAndQuit(*discovery.session(), Cli::EXIT_OK);
                     });
}

} // namespace

namespace Cli {

int runGreengrass(const QStringList& arguments)
{
    static const char USAGE[] = "Usage: thingbench-cli greengrass <command> [options]\n"
                                "\n"
                                "Commands:\n"
                                "  discover   ask Greengrass discovery for a thing's cores; --connect tries them\n"
                                "\n"
                                "Run 'thingbench-cli greengrass <command> --help' for a command's options.\n";
    QString command;
    QStringList rest;
    if (const auto code = splitSubcommand(arguments, USAGE, &command, &rest)) {
        return *code;
    }
    if (command != QLatin1String("discover")) {
        printError(tr("Unknown greengrass command “%1”. Commands: discover.").arg(command));
        return EXIT_USAGE;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Greengrass discovery (GET /greengrass/discover/thing/THING over mutual TLS): prints the response; with "
           "--connect, connects over MQTT to each core endpoint in order and reports which one worked."));
    addHttpsOptions(parser);
    parser.addOptions({
        {QStringLiteral("thing"), tr("The client device's thing name (also its MQTT client ID)."),
         QStringLiteral("name")},
        {QStringLiteral("connect"), tr("Connect to the cores in order with the returned CA.")},
        {{QStringLiteral("V"), QStringLiteral("mqtt-version")},
         tr("MQTT version for --connect: 3 (3.1.1, default: Greengrass v2's broker speaks only 3.1.1) or 5."),
         QStringLiteral("version"),
         QStringLiteral("3")},
    });
    if (const auto code = parse(parser, rest)) {
        return *code;
    }
    auto target = httpsTarget(parser);
    if (!target) {
        return reportError(target.error());
    }
    const QString thing = parser.value(QStringLiteral("thing"));
    const QString version = parser.value(QStringLiteral("mqtt-version"));
    if (thing.isEmpty() || (version != QLatin1String("3") && version != QLatin1String("5"))) {
        printError(tr("Give the thing with --thing NAME (and --mqtt-version 3 or 5)."));
        return EXIT_USAGE;
    }
    ConnectionOptions base;
    base.certFile = target->tls.certFile;
    base.keyFile = target->tls.keyFile;
    base.passphrase = target->tls.passphrase;
    base.version = version == QLatin1String("5") ? MqttVersion::V5 : MqttVersion::V3_1_1;
    const bool connectAfter = parser.isSet(QStringLiteral("connect"));
    int exitCode = EXIT_FAILURE_;
    Aws::GreengrassDiscovery discovery;
    QObject::connect(&discovery, &Aws::GreengrassDiscovery::failed, &discovery, [&exitCode](const Error& error) {
        printError(error.fullText());
        exitCode = EXIT_FAILURE_;
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&discovery, &Aws::GreengrassDiscovery::discovered, &discovery,
                     [&](const Aws::DiscoveryResponse& response, const QByteArray& body) {
                         printLine(body.trimmed());
                         if (!connectAfter) {
                             exitCode = EXIT_OK;
                             QCoreApplication::exit(exitCode);
                             return;
                         }
                         discovery.connectToCore(response, base, thing);
                     });
    reportConnectLoop(discovery, &exitCode);
    discovery.discover(*target, thing);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Cli
