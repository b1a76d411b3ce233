// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/AwsCredentials.h"

#include "common/FileIo.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace Aws {

namespace {

using Tr = AwsCredentialsText;

/// Shared files are small; anything larger is not one.
constexpr qint64 MAX_SHARED_FILE = 1024 * 1024;

struct Section
{
    QString name;
    QHash<QString, QString> values;
};

/// An INI file as the AWS CLI reads it: `[section]` headers, `key = value` lines, `#`/`;` comment lines, indented
/// lines belonging to a nested setting (skipped). Inline comments are not stripped (the CLI keeps them too).
QList<Section> parseIni(const QByteArray& text)
{
    QList<Section> sections;
    QByteArray content = text;
    if (content.startsWith("\xEF\xBB\xBF")) {
        content.remove(0, 3);
    }
    for (QByteArray line : content.split('\n')) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#') || trimmed.startsWith(';')) {
            continue;
        }
        if (trimmed.startsWith('[')) {
            const qsizetype close = trimmed.indexOf(']');
            if (close > 0) {
                sections.append(Section{QString::fromUtf8(trimmed.mid(1, close - 1)).simplified(), {}});
            }
            continue;
        }
        const bool indented = line.startsWith(' ') || line.startsWith('\t');
        const qsizetype eq = trimmed.indexOf('=');
        if (indented || eq <= 0 || sections.isEmpty()) {
            continue; // a nested setting (s3 =\n  max_concurrent_requests = 20), or not a setting
        }
        const QString key = QString::fromUtf8(trimmed.left(eq)).trimmed().toLower();
        sections.last().values.insert(key, QString::fromUtf8(trimmed.mid(eq + 1)).trimmed());
    }
    return sections;
}

/// The profile a config-file section is for ("profile dev" → "dev", "default" → "default"), or empty.
QString configProfileName(const QString& section)
{
    if (section == QLatin1String("default")) {
        return section;
    }
    if (section.startsWith(QLatin1String("profile "))) {
        return section.mid(8).trimmed();
    }
    return {};
}

/// Merges every section of `sections` that belongs to `profile` (later values win, as in the CLI).
std::optional<QHash<QString, QString>> profileValues(const QList<Section>& sections, const QString& profile,
                                                     bool configFile)
{
    std::optional<QHash<QString, QString>> values;
    for (const Section& section : sections) {
        const QString name = configFile ? configProfileName(section.name) : section.name;
        if (name != profile) {
            continue;
        }
        if (!values) {
            values.emplace();
        }
        values->insert(section.values);
    }
    return values;
}

QString expandHome(const QString& path, const QString& homeDir)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        return homeDir + path.mid(1);
    }
    return path;
}

/// The file's content, a null QByteArray when it does not exist, or an error when it exists but cannot be read.
Result<QByteArray> readIfExists(const QString& path)
{
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        return QByteArray();
    }
    auto bytes = FileIo::readFile(path, MAX_SHARED_FILE);
    if (!bytes) {
        return bytes.error();
    }
    return bytes->isNull() ? QByteArray("") : *bytes;
}

Error error(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message, {}};
}

/// No static keys: say where the profile gets its credentials instead and how to export them.
Error unsupportedProfile(const QString& profile, const QHash<QString, QString>& values)
{
    QString how;
    if (values.contains(QStringLiteral("role_arn"))) {
        how = Tr::tr("assumes the role %1").arg(values.value(QStringLiteral("role_arn")));
    } else if (values.contains(QStringLiteral("sso_session")) || values.contains(QStringLiteral("sso_start_url"))) {
        how = Tr::tr("signs in with IAM Identity Center (SSO)");
    } else if (values.contains(QStringLiteral("credential_process"))) {
        how = Tr::tr("runs a credential process");
    } else if (values.contains(QStringLiteral("web_identity_token_file"))) {
        how = Tr::tr("uses a web identity token");
    } else {
        return error("incomplete_credentials",
                     Tr::tr("Profile “%1” has no aws_access_key_id and aws_secret_access_key. Add them (aws "
                            "configure --profile %1) or choose another profile.")
                         .arg(profile));
    }
    return error("unsupported_profile",
                 Tr::tr("Profile “%1” %2, which ThingBench does not do itself. Export temporary keys with “aws "
                        "configure export-credentials --profile %1 --format env” and use them from the environment.")
                     .arg(profile, how));
}

} // namespace

Environment systemEnvironment()
{
    Environment environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& key : system.keys()) {
        environment.insert(key, system.value(key));
    }
    return environment;
}

Result<std::optional<AwsCredentials>> credentialsFromEnvironment(const Environment& environment)
{
    const QString keyId = environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed();
    const QString secret = environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).trimmed();
    if (keyId.isEmpty() && secret.isEmpty()) {
        return std::optional<AwsCredentials>();
    }
    if (secret.isEmpty()) {
        return error("incomplete_credentials",
                     Tr::tr("AWS_ACCESS_KEY_ID is set (%1) but AWS_SECRET_ACCESS_KEY is not. Set both, or unset "
                            "AWS_ACCESS_KEY_ID to use a profile.")
                         .arg(keyId));
    }
    if (keyId.isEmpty()) {
        return error("incomplete_credentials",
                     Tr::tr("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not. Set "
                            "both, or unset AWS_SECRET_ACCESS_KEY to use a profile."));
    }
    AwsCredentials credentials;
    credentials.accessKeyId = keyId;
    credentials.secretAccessKey = secret;
    credentials.sessionToken = environment.value(QStringLiteral("AWS_SESSION_TOKEN")).trimmed();
    credentials.region = environment.value(QStringLiteral("AWS_REGION")).trimmed();
    if (credentials.region.isEmpty()) {
        credentials.region = environment.value(QStringLiteral("AWS_DEFAULT_REGION")).trimmed();
    }
    credentials.source = Tr::tr("environment");
    return std::optional<AwsCredentials>(credentials);
}

SharedFiles sharedFilePaths(const Environment& environment, const QString& homeDir)
{
    SharedFiles files;
    const QString credentials = environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    const QString config = environment.value(QStringLiteral("AWS_CONFIG_FILE"));
    files.credentialsPath =
        credentials.isEmpty() ? homeDir + QStringLiteral("/.aws/credentials") : expandHome(credentials, homeDir);
    files.configPath = config.isEmpty() ? homeDir + QStringLiteral("/.aws/config") : expandHome(config, homeDir);
    return files;
}

QString defaultProfileName(const Environment& environment)
{
    const QString profile = environment.value(QStringLiteral("AWS_PROFILE")).trimmed();
    return profile.isEmpty() ? QStringLiteral("default") : profile;
}

QStringList profileNames(const QByteArray& credentialsText, const QByteArray& configText)
{
    QStringList names;
    for (const Section& section : parseIni(credentialsText)) {
        if (!section.name.isEmpty() && !names.contains(section.name)) {
            names << section.name;
        }
    }
    for (const Section& section : parseIni(configText)) {
        const QString name = configProfileName(section.name);
        if (!name.isEmpty() && !names.contains(name)) {
            names << name;
        }
    }
    return names;
}

Result<AwsCredentials> credentialsFromProfile(const QString& profile, const QByteArray& credentialsText,
                                              const QByteArray& configText, const SharedFiles& files)
{
    if (credentialsText.isNull() && configText.isNull()) {
        return error("no_credentials_file",
                     Tr::tr("No AWS credentials file found (looked for “%1” and “%2”). Run “aws configure”, set "
                            "AWS_SHARED_CREDENTIALS_FILE, or give the keys in the environment.")
                         .arg(files.credentialsPath, files.configPath));
    }
    const auto fromCredentials = profileValues(parseIni(credentialsText), profile, false);
    const auto fromConfig = profileValues(parseIni(configText), profile, true);
    if (!fromCredentials && !fromConfig) {
        const QStringList names = profileNames(credentialsText, configText);
        return error("profile_not_found",
                     names.isEmpty()
                         ? Tr::tr("Profile “%1” not found: the AWS shared files define no profiles. Run “aws configure "
                                  "--profile %1”.")
                               .arg(profile)
                         : Tr::tr("Profile “%1” not found. Profiles that exist: %2.")
                               .arg(profile, names.join(QStringLiteral(", "))));
    }
    QHash<QString, QString> values = fromConfig.value_or(QHash<QString, QString>());
    values.insert(fromCredentials.value_or(QHash<QString, QString>())); // the credentials file wins
    AwsCredentials credentials;
    credentials.accessKeyId = values.value(QStringLiteral("aws_access_key_id"));
    credentials.secretAccessKey = values.value(QStringLiteral("aws_secret_access_key"));
    credentials.sessionToken =
        values.value(QStringLiteral("aws_session_token"), values.value(QStringLiteral("aws_security_token")));
    credentials.region = fromConfig ? fromConfig->value(QStringLiteral("region")) : QString();
    if (credentials.region.isEmpty()) {
        credentials.region = values.value(QStringLiteral("region"));
    }
    credentials.source = Tr::tr("profile “%1”").arg(profile);
    if (credentials.accessKeyId.isEmpty() && credentials.secretAccessKey.isEmpty()) {
        return unsupportedProfile(profile, values);
    }
    if (credentials.secretAccessKey.isEmpty()) {
        return error("incomplete_credentials",
                     Tr::tr("Profile “%1” has aws_access_key_id %2 but no aws_secret_access_key. Add the secret that "
                            "belongs to this key.")
                         .arg(profile, credentials.accessKeyId));
    }
    if (credentials.accessKeyId.isEmpty()) {
        return error(
            "incomplete_credentials",
            Tr::tr("Profile “%1” has an aws_secret_access_key but no aws_access_key_id. Add the key ID.").arg(profile));
    }
    return credentials;
}

Result<AwsCredentials> loadProfile(const QString& profile, const Environment& environment, const QString& homeDir)
{
    const SharedFiles files = sharedFilePaths(environment, homeDir);
    auto credentialsText = readIfExists(files.credentialsPath);
    if (!credentialsText) {
        return credentialsText.error();
    }
    auto configText = readIfExists(files.configPath);
    if (!configText) {
        return configText.error();
    }
    return credentialsFromProfile(profile.isEmpty() ? defaultProfileName(environment) : profile, *credentialsText,
                                  *configText, files);
}

QStringList listProfiles(const Environment& environment, const QString& homeDir)
{
    const SharedFiles files = sharedFilePaths(environment, homeDir);
    const auto credentialsText = readIfExists(files.credentialsPath);
    const auto configText = readIfExists(files.configPath);
    return profileNames(credentialsText ? *credentialsText : QByteArray(), configText ? *configText : QByteArray());
}

} // namespace Aws
