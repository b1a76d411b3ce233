// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "aws/AwsCredentials.h"
#include "aws/SigV4.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SigV4Command", text);
}

void addPresignOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Presign an AWS IoT MQTT-over-WebSocket URL with Signature Version 4 (GET /mqtt, service "
           "iotdevicegateway). Prints the wss:// URL, or with --json {\"credential_scope\",\"canonical_request\","
           "\"string_to_sign\",\"signature\",\"url\"}. Credentials come from --profile, else the AWS_* environment "
           "variables, else the AWS_PROFILE or default profile of ~/.aws/credentials; explicit options override them. "
           "The session token is appended after the signature, never signed. Sign exactly the Host header your client "
           "sends: Paho sends HOST:443."));
    parser.addOptions({
        {QStringLiteral("access-key-id"), tr("AWS access key ID."), QStringLiteral("K")},
        {QStringLiteral("secret-access-key"),
         tr("AWS secret access key (visible to other users in the process list; prefer --secret-access-key-file, a "
            "profile or AWS_SECRET_ACCESS_KEY)."),
         QStringLiteral("S")},
        {QStringLiteral("secret-access-key-file"), tr("Read the secret access key from FILE (one line)."),
         QStringLiteral("FILE")},
        {QStringLiteral("session-token"), tr("Session token of temporary credentials."), QStringLiteral("T")},
        {QStringLiteral("profile"), tr("Named profile of ~/.aws/credentials and ~/.aws/config."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"), tr("The endpoint's region, e.g. eu-west-1."), QStringLiteral("R")},
        {QStringLiteral("host"), tr("The Host header to sign: the endpoint, with :443 for Paho clients."),
         QStringLiteral("HOST[:PORT]")},
        {QStringLiteral("date"), tr("Signing time (UTC), default now."), QStringLiteral("YYYYMMDDTHHMMSSZ")},
        {QStringLiteral("expires"), tr("Add a signed X-Amz-Expires (1 to 604800)."), QStringLiteral("SECONDS")},
        {QStringLiteral("service"), tr("Service name (default iotdevicegateway)."), QStringLiteral("NAME"),
         QString::fromLatin1(Aws::IOT_SERVICE)},
        {QStringLiteral("path"), tr("Path (default /mqtt)."), QStringLiteral("PATH"), QStringLiteral("/mqtt")},
        {QStringLiteral("json"), tr("Print every intermediate string as JSON.")},
    });
}

/// The credentials before explicit options: --profile, else the environment, else the default profile if the shared
/// files have it. Errors are printed; returns the exit code then.
std::optional<int> baseCredentials(const QCommandLineParser& parser, const Aws::Environment& environment,
                                   Aws::AwsCredentials* credentials)
{
    const QString home = QDir::homePath();
    if (parser.isSet(QStringLiteral("profile"))) {
        auto profile = Aws::loadProfile(parser.value(QStringLiteral("profile")), environment, home);
        if (!profile) {
            Cli::printError(profile.error().message);
            return Cli::EXIT_FAILURE_;
        }
        *credentials = *profile;
    } else if (auto fromEnvironment = Aws::credentialsFromEnvironment(environment); !fromEnvironment) {
        if (!parser.isSet(QStringLiteral("access-key-id"))) {
            Cli::printError(fromEnvironment.error().message);
            return Cli::EXIT_USAGE;
        }
    } else if (fromEnvironment->has_value()) {
        *credentials = **fromEnvironment;
    } else if (!parser.isSet(QStringLiteral("access-key-id"))) {
        // The AWS CLI's fallback. A profile named by AWS_PROFILE must exist; the implicit "default" need not.
        auto profile = Aws::loadProfile(QString(), environment, home);
        if (profile) {
            *credentials = *profile;
        } else if (environment.contains(QStringLiteral("AWS_PROFILE"))) {
            Cli::printError(profile.error().message);
            return Cli::EXIT_FAILURE_;
        }
    }
    // As with the AWS CLI, the region variables win over a profile's region.
    for (const char* variable : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        const QString region = environment.value(QString::fromLatin1(variable)).trimmed();
        if (!region.isEmpty()) {
            credentials->region = region;
            break;
        }
    }
    return std::nullopt;
}

/// Applies the explicit options over `credentials`. A key ID given on the command line takes its secret and token
/// from the command line only (a profile's secret belongs to the profile's key).
std::optional<int> applyOptions(const QCommandLineParser& parser, Aws::AwsCredentials* credentials)
{
    if (parser.isSet(QStringLiteral("access-key-id"))) {
        credentials->accessKeyId = parser.value(QStringLiteral("access-key-id"));
        credentials->secretAccessKey.clear();
        credentials->sessionToken.clear();
    }
    if (parser.isSet(QStringLiteral("secret-access-key")) || parser.isSet(QStringLiteral("secret-access-key-file"))) {
        auto secret = Cli::secret(parser, QStringLiteral("secret-access-key"), QStringLiteral("secret-access-key-file"),
                                  "AWS_SECRET_ACCESS_KEY");
        if (!secret) {
            Cli::printError(secret.error().message);
            return Cli::EXIT_FAILURE_;
        }
        credentials->secretAccessKey = QString::fromUtf8(secret->value_or(QByteArray()));
    }
    if (parser.isSet(QStringLiteral("session-token"))) {
        credentials->sessionToken = parser.value(QStringLiteral("session-token"));
    }
    if (parser.isSet(QStringLiteral("region"))) {
        credentials->region = parser.value(QStringLiteral("region"));
    }
    if (credentials->accessKeyId.isEmpty() || credentials->secretAccessKey.isEmpty()) {
        Cli::printError(credentials->accessKeyId.isEmpty()
                            ? tr("No credentials: give --access-key-id and --secret-access-key(-file), --profile NAME, "
                                 "or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
                            : tr("No secret access key for %1: add --secret-access-key-file FILE (or "
                                 "--secret-access-key).")
                                  .arg(credentials->accessKeyId));
        return Cli::EXIT_USAGE;
    }
    return std::nullopt;
}

int runPresign(const QStringList& arguments)
{
    QCommandLineParser parser;
    addPresignOptions(parser);
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("host"))) {
        Cli::printError(tr("Give --host, e.g. --host abc123-ats.iot.eu-west-1.amazonaws.com:443, and no other "
                           "arguments."));
        return Cli::EXIT_USAGE;
    }
    const Aws::Environment environment = Aws::systemEnvironment();
    Aws::AwsCredentials credentials;
    if (auto code = baseCredentials(parser, environment, &credentials)) {
        return *code;
    }
    if (auto code = applyOptions(parser, &credentials)) {
        return *code;
    }
    Aws::PresignInput input;
    input.accessKeyId = credentials.accessKeyId;
    input.secretAccessKey = credentials.secretAccessKey;
    input.sessionToken = credentials.sessionToken;
    input.region = credentials.region;
    input.service = parser.value(QStringLiteral("service"));
    input.host = parser.value(QStringLiteral("host"));
    input.path = parser.value(QStringLiteral("path"));
    input.signingTime = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("date"))) {
        input.signingTime = Aws::parseAmzDate(parser.value(QStringLiteral("date")).toLatin1());
        if (!input.signingTime.isValid()) {
            Cli::printError(tr("--date “%1” is not YYYYMMDDTHHMMSSZ (UTC), e.g. 20261206T101500Z.")
                                .arg(parser.value(QStringLiteral("date"))));
            return Cli::EXIT_USAGE;
        }
    }
    if (parser.isSet(QStringLiteral("expires"))) {
        bool number = false;
        input.expiresSeconds = parser.value(QStringLiteral("expires")).toInt(&number);
        if (!number) {
            Cli::printError(tr("--expires takes a number of seconds from 1 to 604800."));
            return Cli::EXIT_USAGE;
        }
    }
    const auto result = Aws::presignWebSocketUrl(input);
    if (!result) {
        Cli::printError(result.error().message);
        return Cli::EXIT_USAGE;
    }
    QByteArray out = result->url.toUtf8();
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("credential_scope"), result->credentialScope},
                               {QStringLiteral("canonical_request"), result->canonicalRequest},
                               {QStringLiteral("string_to_sign"), result->stringToSign},
                               {QStringLiteral("signature"), result->signature},
                               {QStringLiteral("url"), result->url}};
        out = QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    out += '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return Cli::EXIT_OK;
}

} // namespace

namespace Cli {

int runSigV4(const QStringList& arguments)
{
    static const char USAGE[] = "Usage: thingbench-cli sigv4 <command> [options]\n"
                                "\n"
                                "Commands:\n"
                                "  presign   a SigV4-presigned wss:// URL for AWS IoT MQTT over WebSocket\n"
                                "\n"
                                "Run 'thingbench-cli sigv4 <command> --help' for a command's options.\n";
    QString command;
    QStringList rest;
    if (const auto code = splitSubcommand(arguments, USAGE, &command, &rest)) {
        return *code;
    }
    if (command == QLatin1String("presign")) {
        return runPresign(rest);
    }
    printError(tr("Unknown sigv4 command “%1”. Commands: presign.").arg(command));
    return EXIT_USAGE;
}

} // namespace Cli
