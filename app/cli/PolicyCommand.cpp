// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "policy/PolicyCheck.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PolicyCommand", text);
}

void writeLine(const std::string& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// One decision per input line; a line that cannot be read gets {"error": ...} in its place (and on stderr), so
/// output lines stay aligned with input lines.
int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate AWS IoT policies locally, without a broker or an AWS account. Each input line is "
           "{\"policies\":[<policy document>...],\"context\":{\"clientId\":...,\"thingName\":...,\"thingAttached\":"
           "true,\"certificateId\":...,\"certificateSubject\":{\"CommonName\":[...]},\"connectAttributes\":[...]},"
           "\"request\":{\"action\":\"iot:Publish\",\"resource\":\"arn:aws:iot:REGION:ACCOUNT:topic/a/b\"}}; each "
           "output line is {\"decision\":\"ALLOWED\"|\"EXPLICIT_DENY\"|\"IMPLICIT_DENY\",\"allowed\":...,"
           "\"matched\":[{\"policy\":i,\"statement\":j,\"effect\":...}],\"missingContextValues\":[...],"
           "\"explanation\":\"...\"} (indices from 0). Exit 0 when every line was evaluated."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("JSON-lines input (default: - for stdin)."),
                                 QStringLiteral("[file|-]"));
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        Cli::printError(tr("Give one input file (or - for stdin)."));
        return Cli::EXIT_USAGE;
    }
    QFile in;
    if (!Cli::openInput(files.value(0, QStringLiteral("-")), &in)) {
        return Cli::EXIT_FAILURE_;
    }
    int exitCode = Cli::EXIT_OK;
    const bool complete = Cli::forEachLine(in, [&](qint64 lineNumber, const QByteArray& line) {
        auto input = Policy::parseCheckLine(std::string_view(line.constData(), size_t(line.size())));
        if (const auto* error = std::get_if<std::string>(&input)) {
            const QString message = tr("Line %1: %2.").arg(lineNumber).arg(QString::fromStdString(*error));
            Cli::printError(message);
            writeLine(Policy::errorToJson(message.toStdString()));
            exitCode = Cli::EXIT_FAILURE_;
            return true; // the next lines are answered too
        }
        const auto& check = std::get<Policy::CheckInput>(input);
        writeLine(Policy::resultToJson(Policy::Evaluator(check.policies).evaluate(check.request, check.context)));
        return true;
    });
    return complete ? exitCode : Cli::EXIT_FAILURE_;
}

} // namespace

namespace Cli {

int runPolicy(const QStringList& arguments)
{
    static const char USAGE[] =
        "Usage: thingbench-cli policy <command> [options]\n"
        "\n"
        "Commands:\n"
        "  check [FILE|-]   evaluate AWS IoT policies on JSON-lines requests, without a broker\n"
        "\n"
        "Run 'thingbench-cli policy <command> --help' for a command's options.\n";
    QString command;
    QStringList rest;
    if (const auto code = splitSubcommand(arguments, USAGE, &command, &rest)) {
        return *code;
    }
    if (command == QLatin1String("check")) {
        return runCheck(rest);
    }
    printError(tr("Unknown policy command “%1”. Commands: check.").arg(command));
    return EXIT_USAGE;
}

} // namespace Cli
