// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char USAGE[] = "Usage: thingbench-cli <command> [options]\n"
                     "\n"
                     "Commands:\n"
                     "  sub     subscribe to topic filters and print messages (like mosquitto_sub)\n"
                     "  pub     publish messages (like mosquitto_pub)\n"
                     "  shadow  AWS IoT shadows offline: delta, replay, and a local shadow service (serve)\n"
                     "  cert    certificate facts, key matching and exact firmware C exports\n"
                     "  sandbox a local broker with mutual TLS, shadows and a sample device, until Ctrl+C\n"
                     "  policy  AWS IoT policy evaluation with explanations, without a broker (check)\n"
                     "  registry the sandbox's things, certificates and policies, like aws iot\n"
                     "  http    the AWS IoT HTTPS data plane with device certificates (pub)\n"
                     "  greengrass Greengrass discovery and connecting to the discovered core (discover)\n"
                     "  sigv4   AWS Signature Version 4: presigned wss:// URLs for AWS IoT (presign)\n"
                     "\n"
                     "Run 'thingbench-cli <command> --help' for a command's options.\n"
                     "  --version   print the version\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thingbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THINGBENCH_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs(USAGE, stderr);
        return Cli::EXIT_USAGE;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        std::printf("thingbench-cli %s\n", THINGBENCH_VERSION);
        return Cli::EXIT_OK;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        std::fputs(USAGE, stdout);
        return Cli::EXIT_OK;
    }
    // The subcommand's parser sees "thingbench-cli <command>" as its program name.
    arguments[0] = arguments.at(0) + QLatin1Char(' ') + command;
    arguments.removeAt(1);
    if (command == QLatin1String("sub")) {
        return Cli::runSub(arguments);
    }
    if (command == QLatin1String("pub")) {
        return Cli::runPub(arguments);
    }
    if (command == QLatin1String("shadow")) {
        return Cli::runShadow(arguments);
    }
    if (command == QLatin1String("cert")) {
        return Cli::runCert(arguments);
    }
    if (command == QLatin1String("sandbox")) {
        return Cli::runSandbox(arguments);
    }
    if (command == QLatin1String("policy")) {
        return Cli::runPolicy(arguments);
    }
    if (command == QLatin1String("registry")) {
        return Cli::runRegistry(arguments);
    }
    if (command == QLatin1String("http")) {
        return Cli::runHttp(arguments);
    }
    if (command == QLatin1String("greengrass")) {
        return Cli::runGreengrass(arguments);
    }
    if (command == QLatin1String("sigv4")) {
        return Cli::runSigV4(arguments);
    }
    Cli::printError(
        QCoreApplication::translate(
            "Cli",
            "Unknown command “%1”. Commands: sub, pub, shadow, cert, sandbox, policy, registry, sigv4, http, "
            "greengrass. Run thingbench-cli --help.")
            .arg(command));
    return Cli::EXIT_USAGE;
}
