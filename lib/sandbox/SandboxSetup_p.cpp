// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxSetup_p.h"

#include "common/FileIo.h"
#include "shadow/ShadowStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <array>
#include <utility>

namespace Sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

/// sandbox.json: which PKI the folder holds (paths relative to the folder, so it can be moved).
const QString MANIFEST_FILE = QStringLiteral("sandbox.json");
constexpr int MANIFEST_SCHEMA_VERSION = 1;
constexpr qint64 MANIFEST_CAP = qint64(64) * 1024;
/// The sandbox's certificates outlive many runs of a kept folder: ten years, so they never expire under a user.
constexpr int PKI_VALIDITY_DAYS = 3650;
const QString SHADOWS_FILE = QStringLiteral("shadows.json");
const QString LOCK_FILE = QStringLiteral("sandbox.lock");
/// As ShadowService reads it.
constexpr qint64 SHADOWS_FILE_CAP = qint64(256) * 1024 * 1024;

constexpr QFile::Permissions OWNER_ONLY = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

/// The manifest's keys and the TestPkiFiles member each names.
using PkiPath = QString Certs::TestPkiFiles::*;
const std::array<std::pair<const char*, PkiPath>, 7> PKI_FILES{{
    {"caCertificate", &Certs::TestPkiFiles::caCertificate},
    {"caKey", &Certs::TestPkiFiles::caKey},
    {"brokerCertificate", &Certs::TestPkiFiles::brokerCertificate},
    {"brokerKey", &Certs::TestPkiFiles::brokerKey},
    {"deviceCertificate", &Certs::TestPkiFiles::deviceCertificate},
    {"devicePrivateKey", &Certs::TestPkiFiles::devicePrivateKey},
    {"devicePublicKey", &Certs::TestPkiFiles::devicePublicKey},
}};

/// What is wrong with sandbox.json's root object, or an empty string.
QString checkManifest(const QJsonObject& root)
{
    const QJsonObject pki = root.value(QStringLiteral("pki")).toObject();
    for (const auto& [key, member] : PKI_FILES) {
        if (!pki.value(QLatin1String(key)).isString()) {
            return Tr::tr("“pki.%1” is not a file name").arg(QLatin1String(key));
        }
    }
    return {};
}

/// The files the manifest names (absolute), and the first one that does not exist (empty when all do).
std::pair<Certs::TestPkiFiles, QString> pkiOf(const QDir& dir, const QJsonObject& root)
{
    const QJsonObject pki = root.value(QStringLiteral("pki")).toObject();
    Certs::TestPkiFiles files;
    files.dir = dir.filePath(QStringLiteral("pki"));
    files.thingName = pki.value(QStringLiteral("thingName")).toString();
    files.deviceCertificateId = pki.value(QStringLiteral("certificateId")).toString();
    QString missing;
    for (const auto& [key, member] : PKI_FILES) {
        files.*member = QDir::cleanPath(dir.absoluteFilePath(pki.value(QLatin1String(key)).toString()));
        if (missing.isEmpty() && !QFileInfo(files.*member).isFile()) {
            missing = files.*member;
        }
    }
    return {files, missing};
}

/// The PKI the manifest records, when the manifest is readable and every file it names exists.
std::optional<Certs::TestPkiFiles> recordedPki(const QDir& dir, QStringList* notices)
{
    FileIo::JsonDocumentSpec spec;
    spec.description = Tr::tr("sandbox file");
    spec.schemaVersion = MANIFEST_SCHEMA_VERSION;
    spec.maxBytes = MANIFEST_CAP;
    spec.check = checkManifest;
    const FileIo::JsonDocument document = FileIo::loadJsonDocument(dir.filePath(MANIFEST_FILE), spec);
    if (document.status != FileIo::JsonDocument::Status::Loaded) {
        if (document.status != FileIo::JsonDocument::Status::Missing) {
            notices->append(document.problem.message);
        }
        return std::nullopt;
    }
    const auto [files, missing] = pkiOf(dir, document.root);
    if (!missing.isEmpty()) {
        notices->append(Tr::tr("The sandbox's certificate file “%1” is missing, so a new set of certificates was "
                               "made. Files copied from the old set no longer work with this sandbox.")
                            .arg(missing));
        return std::nullopt;
    }
    return files;
}

Result<void> recordPki(const QDir& dir, const Certs::TestPkiFiles& files)
{
    QJsonObject pki{{QStringLiteral("thingName"), files.thingName},
                    {QStringLiteral("certificateId"), files.deviceCertificateId}};
    for (const auto& [key, member] : PKI_FILES) {
        pki.insert(QLatin1String(key), dir.relativeFilePath(files.*member));
    }
    const QJsonObject root{{QStringLiteral("schemaVersion"), MANIFEST_SCHEMA_VERSION}, {QStringLiteral("pki"), pki}};
    return FileIo::writeFileAtomically(dir.filePath(MANIFEST_FILE), QJsonDocument(root).toJson());
}

/// A shadows.json the shadow service could not load is set aside (and said), so the sandbox starts with no shadows
/// instead of not starting.
void setAsideUnusableShadows(const QString& path, QStringList* notices)
{
    if (!QFileInfo::exists(path)) {
        return;
    }
    Result<QByteArray> bytes = FileIo::readFile(path, SHADOWS_FILE_CAP);
    Result<ShadowStore> store = bytes ? ShadowStore::fromJson(*bytes) : Result<ShadowStore>(bytes.error());
    if (store) {
        return;
    }
    const auto reason = store.error().code == QLatin1String("unsupported_state_file")
        ? FileIo::SetAsideReason::NewerVersion
        : FileIo::SetAsideReason::Damaged;
    Result<QString> moved = FileIo::setAside(path, reason);
    notices->append(moved ? Tr::tr("The sandbox's shadows could not be read (%1); the file was moved to “%2” and the "
                                   "sandbox starts without shadows.")
                                .arg(store.error().message, *moved)
                          : Tr::tr("The sandbox's shadows could not be read (%1) and the file could not be moved "
                                   "aside: %2")
                                .arg(store.error().message, moved.error().message));
}

} // namespace

Result<std::shared_ptr<QLockFile>> lockSandboxDir(const QString& dirPath)
{
    const QString dir = QDir(dirPath).absolutePath();
    const bool created = !QFileInfo::exists(dir);
    if (!created && !QFileInfo(dir).isDir()) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("“%1” is a file, not a folder. Choose a folder for the sandbox.").arg(dir),
                     {}};
    }
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot use “%1” as the sandbox folder: it cannot be created or written to. Choose a "
                            "folder you may write to.")
                         .arg(dir),
                     {}};
    }
    if (created) {
        // It will hold private keys, retained messages and shadows: nobody else needs to look inside.
        QFile::setPermissions(dir, OWNER_ONLY);
    }
    auto lock = std::make_shared<QLockFile>(QDir(dir).filePath(LOCK_FILE));
    // A sandbox runs for hours: its lock never goes stale by age, only when its process is gone.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        return lock;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application)) {
        return Error{QStringLiteral("sandbox_in_use"),
                     Tr::tr("The sandbox folder “%1” is in use by another sandbox (%2, process %3). Stop that one "
                            "first, or choose another folder.")
                         .arg(dir, QFileInfo(application).fileName())
                         .arg(pid),
                     {}};
    }
    return Error{QStringLiteral("file_unwritable"),
                 Tr::tr("Cannot lock the sandbox folder “%1” (%2). Check that you may write to it.")
                     .arg(dir, QDir(dir).filePath(LOCK_FILE)),
                 {}};
}

Result<SandboxFiles> prepareSandboxDir(const QString& dirPath, const QString& thingName)
{
    const QDir dir(QDir(dirPath).absolutePath());
    if (!QDir().mkpath(dir.path())) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot create the sandbox folder “%1”. Choose a folder you may write to.").arg(dir.path()),
                     {}};
    }
    SandboxFiles files;
    files.shadowStateFile = dir.filePath(SHADOWS_FILE);
    std::optional<Certs::TestPkiFiles> pki = recordedPki(dir, &files.notices);
    if (!pki) {
        const QString pkiDir = dir.filePath(QStringLiteral("pki"));
        const bool pkiDirCreated = !QFileInfo::exists(pkiDir);
        Result<Certs::TestPkiFiles> made = Certs::makeTestPki({pkiDir, thingName, PKI_VALIDITY_DAYS});
        if (!made) {
            return made.error();
        }
        if (pkiDirCreated) {
            QFile::setPermissions(pkiDir, OWNER_ONLY);
        }
        if (auto recorded = recordPki(dir, *made); !recorded) {
            return recorded.error();
        }
        pki = *made;
        files.pkiCreated = true;
    } else if (pki->thingName != thingName) {
        files.notices.append(Tr::tr("The device certificate in “%1” was made for the thing “%2”, not “%3”. It still "
                                    "connects; delete the sandbox folder's “pki” folder and sandbox.json to get one "
                                    "for “%3”.")
                                 .arg(dir.path(), pki->thingName, thingName));
    }
    files.pki = *pki;
    Result<SandboxIdentity> console =
        ensureConsoleIdentity(files.pki.dir, files.pki.caCertificate, files.pki.caKey, files.pkiCreated);
    if (!console) {
        return console.error();
    }
    files.console = *console;
    files.registryFile = dir.filePath(registryFileName());
    files.decisionLogFile = dir.filePath(decisionLogFileName());
    const SandboxIdentity device{files.pki.deviceCertificate, files.pki.devicePrivateKey,
                                 files.pki.deviceCertificateId};
    Result<QStringList> seeded = seedRegistry(files.registryFile, device, files.console, thingName);
    if (!seeded) {
        return seeded.error();
    }
    files.notices << *seeded;
    Result<SandboxIamUser> iamUser = ensureSandboxIamUser(dir.path(), &files.notices);
    if (!iamUser) {
        return iamUser.error();
    }
    files.iamUser = *iamUser;
    files.servicePorts = readServicePorts(dir.path());
    setAsideUnusableShadows(files.shadowStateFile, &files.notices);
    return files;
}

QString registryFileName()
{
    return QStringLiteral("registry.json");
}

QString decisionLogFileName()
{
    return QStringLiteral("decisions.jsonl");
}

Result<Certs::TestPkiFiles> readSavedPki(const QString& dirPath)
{
    const QDir dir(QDir(dirPath).absolutePath());
    const QString path = dir.filePath(MANIFEST_FILE);
    if (!QFileInfo::exists(path)) {
        return Error{QStringLiteral("sandbox_not_found"),
                     Tr::tr("No local sandbox has run in “%1” yet. Start it first (the “Local sandbox” workspace in "
                            "ThingBench, or thingbench-cli sandbox --dir '%1').")
                         .arg(QDir::toNativeSeparators(dir.path())),
                     {}};
    }
    Result<QByteArray> bytes = FileIo::readFile(path, MANIFEST_CAP);
    if (!bytes) {
        return bytes.error();
    }
    const QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    const QString problem = root.value(QStringLiteral("schemaVersion")).toInt() == MANIFEST_SCHEMA_VERSION
        ? checkManifest(root)
        : Tr::tr("not a sandbox file of this version");
    if (!problem.isEmpty()) {
        return Error{QStringLiteral("invalid_sandbox_file"),
                     Tr::tr("“%1” cannot be used (%2). Start the sandbox once to write it again.").arg(path, problem),
                     {}};
    }
    const auto [files, missing] = pkiOf(dir, root);
    if (!missing.isEmpty()) {
        return Error{QStringLiteral("file_not_found"),
                     Tr::tr("The sandbox's certificate file “%1” is missing. Start the sandbox once to make a new set.")
                         .arg(missing),
                     {}};
    }
    return files;
}

} // namespace Sandbox
