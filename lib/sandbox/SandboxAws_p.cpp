// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxAws_p.h"

#include "common/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

const QString CREDENTIALS_FILE = QStringLiteral("aws-credentials");
const QString PROFILE = QStringLiteral("thingbench-sandbox");
const QString PORTS_FILE = QStringLiteral("services.json");
constexpr qint64 SMALL_FILE_CAP = qint64(64) * 1024;

/// `length` characters drawn uniformly from `alphabet` by the system's cryptographic generator.
QString randomText(QLatin1StringView alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        text.append(QChar(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))))));
    }
    return text;
}

Aws::AwsCredentials newCredentials()
{
    Aws::AwsCredentials credentials;
    // The shapes of AWS's long-term keys: "AKIA" and 16 of base32's alphabet; a 40-character secret.
    credentials.accessKeyId =
        QStringLiteral("AKIA") + randomText(QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), 16);
    credentials.secretAccessKey =
        randomText(QLatin1StringView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), 40);
    return credentials;
}

QByteArray credentialsFileText(const Aws::AwsCredentials& credentials)
{
    return QStringLiteral(
               "# The ThingBench sandbox's local IAM user: signs MQTT over WebSocket (SigV4) to the sandbox.\n"
               "# Use it with AWS_SHARED_CREDENTIALS_FILE=<this file> AWS_PROFILE=%1 (region %2).\n"
               "[%1]\naws_access_key_id = %3\naws_secret_access_key = %4\n")
        .arg(PROFILE, sandboxRegion(), credentials.accessKeyId, credentials.secretAccessKey)
        .toUtf8();
}

} // namespace

QString sandboxRegion()
{
    return QStringLiteral("us-east-1");
}

Result<SandboxIamUser> ensureSandboxIamUser(const QString& dir, QStringList* notices)
{
    SandboxIamUser user;
    user.credentialsFile = QDir(dir).filePath(CREDENTIALS_FILE);
    user.profile = PROFILE;
    if (QFileInfo::exists(user.credentialsFile)) {
        Result<QByteArray> text = FileIo::readFile(user.credentialsFile, SMALL_FILE_CAP);
        Result<Aws::AwsCredentials> read = text ? Aws::credentialsFromProfile(PROFILE, *text, QByteArray())
                                                : Result<Aws::AwsCredentials>(text.error());
        if (read && read->hasKeys()) {
            user.credentials = *read;
            user.credentials.region = sandboxRegion();
            return user;
        }
        Result<QString> setAside = FileIo::setAside(user.credentialsFile, FileIo::SetAsideReason::Damaged);
        if (!setAside) {
            return setAside.error(); // never written over: the user's file stays as it is
        }
        notices->append(
            Tr::tr("The sandbox's IAM user file “%1” could not be used (%2); it was set aside as “%3” and a "
                   "new IAM user was made.")
                .arg(user.credentialsFile, read ? Tr::tr("it holds no keys") : read.error().message, *setAside));
    }
    user.credentials = newCredentials();
    if (Result<void> written = FileIo::writeFileAtomically(user.credentialsFile, credentialsFileText(user.credentials),
                                                           FileIo::Permissions::OwnerOnly);
        !written) {
        return written.error();
    }
    user.credentials.region = sandboxRegion();
    user.credentials.source = Tr::tr("the sandbox's IAM user");
    return user;
}

ServicePorts readServicePorts(const QString& dir)
{
    Result<QByteArray> text = FileIo::readFile(QDir(dir).filePath(PORTS_FILE), SMALL_FILE_CAP);
    if (!text) {
        return {};
    }
    const QJsonObject root = QJsonDocument::fromJson(*text).object();
    const auto port = [&root](const char* key) {
        const int value = root.value(QLatin1String(key)).toInt(0);
        return value > 0 && value <= 65535 ? quint16(value) : quint16(0);
    };
    return {port("httpPort"), port("wsPort")};
}

Result<void> writeServicePorts(const QString& dir, const ServicePorts& ports)
{
    const QJsonObject root{{QStringLiteral("httpPort"), ports.httpPort}, {QStringLiteral("wsPort"), ports.wsPort}};
    return FileIo::writeFileAtomically(QDir(dir).filePath(PORTS_FILE), QJsonDocument(root).toJson());
}

} // namespace Sandbox
