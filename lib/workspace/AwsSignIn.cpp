// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/AwsSignIn.h"

#include "aws/AwsEndpoint.h"

namespace AwsSignIn {

namespace {

using Tr = Text;

Error error(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message, {}};
}

Result<Aws::AwsCredentials> fromEnvironment(const Aws::Environment& environment)
{
    const auto read = Aws::credentialsFromEnvironment(environment);
    if (!read) {
        return read.error();
    }
    if (!read->has_value()) {
        return error("no_credentials",
                     Tr::tr("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set in the environment ThingBench was "
                            "started from. Set them (and AWS_SESSION_TOKEN for temporary credentials) and start "
                            "ThingBench again, or choose a profile."));
    }
    return **read;
}

Result<Aws::AwsCredentials> fromTyped(const AwsSignInSettings& settings, const AwsTypedSecrets& typed)
{
    Aws::AwsCredentials credentials;
    credentials.accessKeyId = settings.accessKeyId.trimmed();
    credentials.secretAccessKey = typed.secretAccessKey.trimmed();
    credentials.sessionToken = typed.sessionToken.trimmed();
    credentials.source = Tr::tr("the keys typed in");
    if (credentials.accessKeyId.isEmpty()) {
        return error("incomplete_credentials",
                     Tr::tr("Enter the access key ID (it starts with AKIA, or ASIA for temporary credentials)."));
    }
    if (credentials.secretAccessKey.isEmpty()) {
        return error("incomplete_credentials",
                     Tr::tr("Enter the secret access key that belongs to access key %1.")
                         .arg(maskedKeyId(credentials.accessKeyId)));
    }
    return credentials;
}

} // namespace

QString sourceName(AwsSignInSettings::Source source)
{
    switch (source) {
    case AwsSignInSettings::Source::Environment:
        return QStringLiteral("environment");
    case AwsSignInSettings::Source::Profile:
        return QStringLiteral("profile");
    case AwsSignInSettings::Source::TypedIn:
        return QStringLiteral("typed");
    }
    return {};
}

std::optional<AwsSignInSettings::Source> sourceFromName(const QString& name)
{
    for (const auto source : {AwsSignInSettings::Source::Environment, AwsSignInSettings::Source::Profile,
                              AwsSignInSettings::Source::TypedIn}) {
        if (sourceName(source) == name) {
            return source;
        }
    }
    return std::nullopt;
}

Result<Aws::AwsCredentials> readCredentials(const AwsSignInSettings& settings, const AwsTypedSecrets& typed,
                                            const Aws::Environment& environment, const QString& homeDir)
{
    switch (settings.source) {
    case AwsSignInSettings::Source::Environment:
        return fromEnvironment(environment);
    case AwsSignInSettings::Source::TypedIn:
        return fromTyped(settings, typed);
    case AwsSignInSettings::Source::Profile:
        break;
    }
    Aws::Environment files = environment;
    if (!settings.credentialsFile.isEmpty()) {
        files.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), settings.credentialsFile);
    }
    return Aws::loadProfile(settings.profile.trimmed(), files, homeDir);
}

QString effectiveRegion(const AwsSignInSettings& settings, const QString& host, const Aws::AwsCredentials& credentials)
{
    if (!settings.region.trimmed().isEmpty()) {
        return settings.region.trimmed();
    }
    if (QString fromHost = Aws::regionFromEndpoint(host); !fromHost.isEmpty()) {
        return fromHost;
    }
    return credentials.region.trimmed();
}

Result<SigV4Signing> signing(const AwsSignInSettings& settings, const Aws::AwsCredentials& credentials,
                             const QString& host)
{
    SigV4Signing signing;
    signing.accessKeyId = credentials.accessKeyId;
    signing.secretAccessKey = credentials.secretAccessKey;
    signing.sessionToken = credentials.sessionToken;
    signing.region = effectiveRegion(settings, host, credentials);
    if (signing.region.isEmpty()) {
        return error("no_region",
                     Tr::tr("No region is known for %1: enter the endpoint's region (e.g. eu-west-1) "
                            "in the sign-in settings.")
                         .arg(host.isEmpty() ? Tr::tr("this endpoint") : host));
    }
    return signing;
}

QString maskedKeyId(const QString& accessKeyId)
{
    if (accessKeyId.size() <= 8) {
        return accessKeyId;
    }
    return accessKeyId.left(4) + QStringLiteral("…") + accessKeyId.right(4);
}

QString describe(const Aws::AwsCredentials& credentials, const QString& region)
{
    const QString key = maskedKeyId(credentials.accessKeyId);
    if (region.isEmpty()) {
        return Tr::tr("Access key %1 from %2, but no region: enter the endpoint's region (e.g. eu-west-1).")
            .arg(key, credentials.source);
    }
    if (credentials.sessionToken.isEmpty()) {
        return Tr::tr("Access key %1 from %2, region %3.").arg(key, credentials.source, region);
    }
    return Tr::tr("Access key %1 from %2, region %3; a session token is included.")
        .arg(key, credentials.source, region);
}

} // namespace AwsSignIn
