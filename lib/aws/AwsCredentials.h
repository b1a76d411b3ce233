// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// AWS credentials for SigV4 signing from the places the AWS CLI and SDKs read them: the standard environment
/// variables and named profiles in the shared files (`~/.aws/credentials`, `~/.aws/config`).
///
/// The parsers are pure functions of file contents and an environment map, so tests never touch the real home
/// folder; loadProfile() and listProfiles() read the files (small, capped reads: fine on any thread). Only static keys
/// (with an optional session token) are supported: profiles that assume roles or use SSO are refused with what to do.
/// No error text contains the secret access key or the session token.
namespace Aws {

/// One set of credentials. `secretAccessKey` and `sessionToken` are secrets: never log or print them.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< empty for long-term keys
    QString region;       ///< may be empty when no source names one
    QString source;       ///< where they came from, for messages: "environment", "profile “dev”"

    bool hasKeys() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

/// Translation context for the strings of this file (non-QObject code).
class AwsCredentialsText
{
    Q_DECLARE_TR_FUNCTIONS(Aws::AwsCredentials)
};

/// An environment as a map (e.g. from QProcessEnvironment::systemEnvironment()).
using Environment = QHash<QString, QString>;

/// The process environment as an Environment.
Environment systemEnvironment();

/// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN and AWS_REGION (else AWS_DEFAULT_REGION).
/// Returns nothing when neither key variable is set; errors (`incomplete_credentials`) when only one of the two is.
Result<std::optional<AwsCredentials>> credentialsFromEnvironment(const Environment& environment);

/// Where the shared files are: AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE, else `<home>/.aws/credentials` and
/// `<home>/.aws/config` (`~/` at the start of a variable's value is expanded too).
struct SharedFiles
{
    QString credentialsPath;
    QString configPath;
};
SharedFiles sharedFilePaths(const Environment& environment, const QString& homeDir);

/// The profile to use when none is named: AWS_PROFILE, else "default".
QString defaultProfileName(const Environment& environment);

/// The profiles named in the two files' contents (null QByteArray: file absent), in order of appearance, each once:
/// `[name]` sections of the credentials file and `[profile name]` (or `[default]`) sections of the config file.
QStringList profileNames(const QByteArray& credentialsText, const QByteArray& configText);

/// The profile `profile` from the two files' contents (null QByteArray: file absent). Keys in the credentials file
/// win over keys in the config file; the region comes from the config file. `#` and `;` start comment lines; names and
/// values are trimmed; indented lines (nested settings such as `s3 =`) are skipped. Errors:
///  - `no_credentials_file`: neither file exists (names both paths from `files`);
///  - `profile_not_found`: lists the profiles that exist;
///  - `incomplete_credentials`: a key ID without a secret or a secret without a key ID;
///  - `unsupported_profile`: no static keys (role, SSO or process credentials), with the command that exports them.
Result<AwsCredentials> credentialsFromProfile(const QString& profile, const QByteArray& credentialsText,
                                              const QByteArray& configText, const SharedFiles& files = {});

/// Reads the shared files named by `environment` (or under `homeDir`) and returns credentialsFromProfile().
/// `profile` empty: defaultProfileName().
Result<AwsCredentials> loadProfile(const QString& profile, const Environment& environment, const QString& homeDir);

/// The profile names found in the shared files (empty when there are none), e.g. for a picker.
QStringList listProfiles(const Environment& environment, const QString& homeDir);

} // namespace Aws
