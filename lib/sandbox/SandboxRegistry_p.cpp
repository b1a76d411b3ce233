// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxRegistry_p.h"

#include "certs/CertificateFile.h"
#include "certs/TestPki.h"
#include "common/FileIo.h"
#include "policy/Registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace Sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

const QString CONSOLE_CN = QStringLiteral("thingbench-console");
/// As the rest of the sandbox's PKI: it outlives many runs of a kept folder.
constexpr int CONSOLE_VALIDITY_DAYS = 3650;
/// A certificate file is small; anything larger is not one of ours.
constexpr qint64 PEM_CAP = qint64(64) * 1024;

Error pkiFailed(const QString& what)
{
    return Error{QStringLiteral("pki_failed"),
                 Tr::tr("Cannot make the sandbox's console certificate (%1). Delete the sandbox folder's “pki” folder "
                        "and sandbox.json to have a new set made.")
                     .arg(what),
                 {}};
}

/// The AWS certificate ID of the PEM certificate at `path`.
Result<QString> certificateIdOf(const QString& path)
{
    Result<QByteArray> pem = FileIo::readFile(path, PEM_CAP);
    if (!pem) {
        return pem.error();
    }
    Result<Certs::CertificateFile> file = Certs::inspect(*pem);
    if (!file || file->certificates.isEmpty()) {
        return pkiFailed(Tr::tr("“%1” holds no certificate").arg(path));
    }
    return file->certificates.first().awsCertificateId();
}

QJsonObject statement(const QJsonValue& action, const QJsonValue& resource)
{
    return QJsonObject{
        {QStringLiteral("Effect"), QStringLiteral("Allow")},
        {QStringLiteral("Action"), action},
        {QStringLiteral("Resource"), resource},
    };
}

Error registryFailed(const QString& path, const std::string& message)
{
    return Error{QStringLiteral("registry_failed"),
                 Tr::tr("The sandbox's registry “%1” cannot be used: %2. Fix or delete the file (the sandbox makes a "
                        "new one), or run thingbench-cli registry to repair it.")
                     .arg(path, QString::fromStdString(message)),
                 {}};
}

/// Registers `identity` with `policy` attached (the policy created from `document` when missing); nullopt or an error.
std::optional<std::string> registerIdentity(Policy::Registry& registry, const SandboxIdentity& identity,
                                            const QString& policy, const QByteArray& document, int64_t now)
{
    const std::string id = identity.certificateId.toStdString();
    Result<QByteArray> pem = FileIo::readFile(identity.certificateFile, PEM_CAP);
    if (!pem) {
        return pem.error().message.toStdString();
    }
    if (auto error = registry.registerCertificate(id, pem->toStdString(), Policy::CertificateStatus::Active, now)) {
        return error;
    }
    if (!registry.policies().count(policy.toStdString())) {
        if (auto error = registry.createPolicy(policy.toStdString(), document.toStdString(), now)) {
            return error;
        }
    }
    return registry.attachPolicy(policy.toStdString(), id);
}

} // namespace

SandboxIdentity consoleIdentityFiles(const QString& pkiDir)
{
    const QDir dir(pkiDir);
    return SandboxIdentity{dir.absoluteFilePath(QStringLiteral("thingbench-console-certificate.pem.crt")),
                           dir.absoluteFilePath(QStringLiteral("thingbench-console-private.pem.key")),
                           {}};
}

Result<SandboxIdentity> ensureConsoleIdentity(const QString& pkiDir, const QString& caCertificate, const QString& caKey,
                                              bool renew)
{
    SandboxIdentity identity = consoleIdentityFiles(pkiDir);
    if (renew || !QFileInfo(identity.certificateFile).isFile() || !QFileInfo(identity.privateKeyFile).isFile()) {
        Result<QByteArray> caPem = FileIo::readFile(caCertificate, PEM_CAP);
        Result<QByteArray> caKeyPem = FileIo::readFile(caKey, PEM_CAP);
        if (!caPem || !caKeyPem) {
            return (caPem ? caKeyPem : caPem).error();
        }
        Result<QByteArray> key = Certs::makeTestKey();
        if (!key) {
            return key.error();
        }
        Certs::TestCertificateSpec spec;
        spec.kind = Certs::TestCertificateSpec::Kind::Client;
        spec.commonName = CONSOLE_CN;
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(CONSOLE_VALIDITY_DAYS);
        Result<QByteArray> certificate = Certs::makeTestCertificate(spec, *key, *caPem, *caKeyPem);
        if (!certificate) {
            return certificate.error();
        }
        if (auto written = FileIo::writeFileAtomically(identity.privateKeyFile, *key, FileIo::Permissions::OwnerOnly);
            !written) {
            return written.error();
        }
        if (auto written = FileIo::writeFileAtomically(identity.certificateFile, *certificate); !written) {
            return written.error();
        }
    }
    Result<QString> id = certificateIdOf(identity.certificateFile);
    if (!id) {
        return id.error();
    }
    identity.certificateId = *id;
    return identity;
}

QString samplePolicyName(const QString& thingName)
{
    return thingName + QStringLiteral("-policy");
}

QString consolePolicyName()
{
    return QStringLiteral("thingbench-console-policy");
}

QByteArray samplePolicyDocument(const QString& arnPrefix, const QString& thingName)
{
    const QString thing = QStringLiteral("${iot:Connection.Thing.ThingName}");
    const QString topic = arnPrefix + QStringLiteral("topic/");
    const QString shadow = QStringLiteral("$aws/things/%1/shadow/*").arg(thing);
    const QJsonArray statements{
        statement(QStringLiteral("iot:Connect"), arnPrefix + QStringLiteral("client/") + thing),
        statement(QStringLiteral("iot:Publish"),
                  QJsonArray{topic + shadow, topic + QStringLiteral("sandbox/%1/*").arg(thing),
                             topic + QStringLiteral("sandbox/welcome")}),
        statement(QStringLiteral("iot:RetainPublish"), topic + QStringLiteral("sandbox/welcome")),
        statement(QStringLiteral("iot:Subscribe"), arnPrefix + QStringLiteral("topicfilter/") + shadow),
        statement(QStringLiteral("iot:Receive"), topic + shadow),
        // Over HTTPS there is no MQTT connection, so no iot:Connection.Thing.* variables: its telemetry, its shadows
        // and its Greengrass discovery by the thing's name (discovery supports no thing policy variables at all).
        statement(QJsonArray{QStringLiteral("iot:GetThingShadow"), QStringLiteral("iot:UpdateThingShadow"),
                             QStringLiteral("iot:DeleteThingShadow"), QStringLiteral("iot:ListNamedShadowsForThing")},
                  arnPrefix + QStringLiteral("thing/") + thingName),
        statement(QStringLiteral("greengrass:Discover"), arnPrefix + QStringLiteral("thing/") + thingName),
        statement(QStringLiteral("iot:Publish"), topic + QStringLiteral("sandbox/%1/*").arg(thingName)),
    };
    const QJsonObject document{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                               {QStringLiteral("Statement"), statements}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray consolePolicyDocument()
{
    const QJsonObject document{
        {QStringLiteral("Version"), QStringLiteral("2012-10-17")},
        {QStringLiteral("Statement"),
         QJsonArray{
             statement(QJsonArray{QStringLiteral("iot:*"), QStringLiteral("greengrass:*")}, QStringLiteral("*"))}}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<QStringList> seedRegistry(const QString& path, const SandboxIdentity& device, const SandboxIdentity& console,
                                 const QString& thingName)
{
    const std::string file = path.toStdString();
    // Read first: a registry that knows both certificates is not rewritten (the broker reloads on every change).
    auto loaded = Policy::Registry::load(file);
    if (const auto* message = std::get_if<std::string>(&loaded)) {
        return registryFailed(path, *message);
    }
    const auto& known = std::get<Policy::Registry>(loaded).certificates();
    const bool deviceKnown = known.count(device.certificateId.toStdString()) > 0;
    const bool consoleKnown = known.count(console.certificateId.toStdString()) > 0;
    if (deviceKnown && consoleKnown) {
        return QStringList();
    }
    const bool existed = QFileInfo::exists(path);
    const int64_t now = QDateTime::currentSecsSinceEpoch();
    const auto error = Policy::Registry::update(file, [&](Policy::Registry& registry) -> std::optional<std::string> {
        if (!deviceKnown) {
            const std::string thing = thingName.toStdString();
            if (!registry.things().count(thing)) {
                if (auto failed = registry.createThing(thing, {}, {})) {
                    return failed;
                }
            }
            const QByteArray document = samplePolicyDocument(QString::fromStdString(registry.arnPrefix()), thingName);
            if (auto failed = registerIdentity(registry, device, samplePolicyName(thingName), document, now)) {
                return failed;
            }
            if (auto failed = registry.attachThingPrincipal(thing, device.certificateId.toStdString())) {
                return failed;
            }
        }
        if (!consoleKnown) {
            return registerIdentity(registry, console, consolePolicyName(), consolePolicyDocument(), now);
        }
        return std::nullopt;
    });
    if (error) {
        return registryFailed(path, *error);
    }
    QStringList notices;
    if (existed) {
        notices << Tr::tr("The sandbox's new certificates were registered in its registry “%1”, with their policies.")
                       .arg(path);
    }
    return notices;
}

} // namespace Sandbox
