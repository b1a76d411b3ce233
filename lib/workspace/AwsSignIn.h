// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/AwsCredentials.h"
#include "common/Result.h"
#include "mqtt/MqttTypes.h"

#include <QCoreApplication>
#include <QString>

/// How a connection signs in to AWS IoT with IAM credentials (MQTT over WebSocket, SigV4): where the credentials come
/// from, and the region. A workspace keeps these settings; it never keeps the secret access key or the session token
/// (a typed secret lives in the keychain, see SecretStore).
struct AwsSignInSettings
{
    enum class Source {
        Environment, ///< AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION
        Profile,     ///< a named profile of the shared files (~/.aws/credentials, ~/.aws/config)
        TypedIn,     ///< typed into the connection settings
    };

    Source source = Source::Environment;
    QString profile;         ///< Profile: empty means AWS_PROFILE, else "default"
    QString credentialsFile; ///< Profile: a shared-credentials file read instead of the usual one (the sandbox's)
    QString accessKeyId;     ///< TypedIn only
    QString region;          ///< empty: the endpoint's region, else the credentials'
    /// TypedIn: the session token is asked for at each connect and never kept (tokens expire), even with a keychain.
    bool askSessionToken = false;

    bool operator==(const AwsSignInSettings&) const = default;
};

/// The secrets typed into the connection settings (Source::TypedIn). Never logged, shown or written to a file.
struct AwsTypedSecrets
{
    QString secretAccessKey;
    QString sessionToken;
};

/// Reading the credentials a sign-in names and turning them into SigV4Signing. Plain functions; readCredentials()
/// reads the shared files for Source::Profile, so it runs on a worker thread (QtConcurrent) in the GUI.
namespace AwsSignIn {

/// Translation context (non-QObject code).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(AwsSignIn)
};

/// "environment", "profile" or "typed": the workspace file's names.
QString sourceName(AwsSignInSettings::Source source);
/// The source named `name`; nothing for an unknown name.
std::optional<AwsSignInSettings::Source> sourceFromName(const QString& name);

/// The credentials `settings` names, read now (profiles change, session tokens expire). `environment` is the process
/// environment (a test seam); `homeDir` holds `.aws/`. Blocking for Source::Profile (two small, capped reads). Errors
/// say what is wrong and what to do; none contains a secret.
Result<Aws::AwsCredentials> readCredentials(const AwsSignInSettings& settings, const AwsTypedSecrets& typed,
                                            const Aws::Environment& environment, const QString& homeDir);

/// The region to sign for: the one typed in, else the endpoint's (Aws::regionFromEndpoint), else the credentials'.
QString effectiveRegion(const AwsSignInSettings& settings, const QString& host, const Aws::AwsCredentials& credentials);

/// SigV4 signing for `host` with `credentials`; `no_region` when no region is known, saying where to enter one.
Result<SigV4Signing> signing(const AwsSignInSettings& settings, const Aws::AwsCredentials& credentials,
                             const QString& host);

/// "AKIA…WXYZ": the first and last four characters of an access key ID (not a secret, but long and noisy).
QString maskedKeyId(const QString& accessKeyId);

/// What will be used, in one sentence without any secret: "Access key AKIA…WXYZ from profile “dev”, region
/// eu-west-1; a session token is included."
QString describe(const Aws::AwsCredentials& credentials, const QString& region);

} // namespace AwsSignIn
