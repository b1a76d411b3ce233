// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/WorkspaceStore.h"

#include "common/AppPaths.h"
#include "common/FileIo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace {

const QString SUFFIX = u".json"_qs;
const QString BACKUP_SUFFIX = u".json.bak"_qs;
const QString STATE_FILE = u"state.json"_qs;
const QString DELETED_FOLDER = u"deleted"_qs;

Error storeError(const QString& code, const QString& message)
{
    return Error{code, message, {}};
}

QString nameForStem(const QString& stem)
{
    return QUrl::fromPercentEncoding(stem.toLatin1());
}

FileIo::JsonDocumentSpec workspaceSpec(const QString& name)
{
    FileIo::JsonDocumentSpec spec;
    spec.description = WorkspaceStore::tr("workspace “%1”").arg(name);
    spec.schemaVersion = Workspace::SCHEMA_VERSION;
    spec.maxBytes = WorkspaceStore::MAX_FILE_BYTES;
    spec.check = [](const QJsonObject& root) {
        return root.value(u"schemaVersion"_qs).toInt() == 1 ? WorkspaceJson::problemV1(root)
                                                            : WorkspaceJson::problem(root);
    };
    return spec;
}

/// Moves `from` to `to` (same folder tree); fails with a message naming both.
Result<void> moveFile(const QString& from, const QString& to)
{
    if (QFile::exists(from) && !QFile::rename(from, to)) {
        return storeError(u"file_unwritable"_qs,
                          WorkspaceStore::tr("“%1” could not be moved to “%2”: check the folder's permissions and free "
                                             "space.")
                              .arg(from, to));
    }
    return {};
}

} // namespace

QString WorkspaceStore::sandboxWorkspaceName()
{
    return tr("Local sandbox");
}

WorkspaceStore::WorkspaceStore(const QString& directory)
    : m_directory(QDir(directory).absolutePath())
{ }

QString WorkspaceStore::defaultDirectory()
{
    return AppPaths::workspacesDirectory();
}

QString WorkspaceStore::stemFor(const QString& name)
{
    // Letters, digits, space, "-", "_", "(" and ")" stay; the rest is %-encoded (also "." and "~", so no name makes a
    // hidden file or clashes with the backup suffix).
    return QString::fromLatin1(QUrl::toPercentEncoding(name, " ()", ".~"));
}

QString WorkspaceStore::pathFor(const QString& name) const
{
    return QDir(m_directory).filePath(stemFor(name) + SUFFIX);
}

Result<void> WorkspaceStore::checkName(const QString& name)
{
    const auto invalid = [](const QString& why) { return storeError(u"invalid_name"_qs, why); };
    if (name.trimmed().isEmpty()) {
        return invalid(tr("A workspace needs a name."));
    }
    if (name != name.trimmed()) {
        return invalid(tr("“%1”: a workspace name cannot start or end with a space.").arg(name));
    }
    if (name.size() > MAX_NAME_LENGTH) {
        return invalid(
            tr("The name is %1 characters long; at most %2 are allowed.").arg(name.size()).arg(MAX_NAME_LENGTH));
    }
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return invalid(tr("A workspace name cannot contain control characters (tabs, line breaks)."));
    }
    return {};
}

QStringList WorkspaceStore::names() const
{
    QStringList names;
    const QStringList files = QDir(m_directory).entryList({u"*.json"_qs}, QDir::Files);
    for (const QString& file : files) {
        if (file == STATE_FILE) {
            continue;
        }
        names.append(nameForStem(file.chopped(SUFFIX.size())));
    }
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

QString WorkspaceStore::existingName(const QString& name) const
{
    const QStringList all = names();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&name](const QString& existing) {
        return existing.compare(name, Qt::CaseInsensitive) == 0;
    });
    return found == all.cend() ? QString() : *found;
}

Result<WorkspaceStore::Loaded> WorkspaceStore::load(const QString& name) const
{
    const QString path = pathFor(name);
    // A save killed at the wrong moment leaves a named temporary file beside the intact workspace: tidy it up.
    FileIo::removeInterruptedWrites(path);
    FileIo::removeInterruptedWrites(path + u".bak"_qs);
    const FileIo::JsonDocumentSpec spec = workspaceSpec(name);
    const FileIo::JsonDocument document = FileIo::loadJsonDocument(path, spec);
    Loaded loaded;
    switch (document.status) {
    case FileIo::JsonDocument::Status::Missing:
        return storeError(u"workspace_not_found"_qs, tr("There is no workspace “%1” (no file %2).").arg(name, path));
    case FileIo::JsonDocument::Status::Blocked:
        return document.problem;
    case FileIo::JsonDocument::Status::Loaded:
        loaded.migrated = document.schemaVersion < Workspace::SCHEMA_VERSION;
        loaded.workspace = WorkspaceJson::fromJson(WorkspaceJson::migrate(document.root));
        if (loaded.migrated) {
            loaded.notice = tr("The workspace “%1” was written by an older ThingBench (schema %2); it was brought up "
                               "to date and will be saved in the new form (the old file is kept as its backup).")
                                .arg(name)
                                .arg(document.schemaVersion);
        }
        return loaded;
    case FileIo::JsonDocument::Status::SetAside:
        break;
    }
    // Damaged or newer: it is kept aside. Its previous version, when good, takes its place.
    const FileIo::JsonDocument backup = FileIo::loadJsonDocument(path + u".bak"_qs, spec);
    if (backup.status == FileIo::JsonDocument::Status::Loaded) {
        loaded.workspace = WorkspaceJson::fromJson(WorkspaceJson::migrate(backup.root));
        loaded.restoredFromBackup = true;
        loaded.notice = document.problem.message + u' ' +
            tr("Its previous version (the backup “%1”) was good and is used instead.").arg(path + u".bak"_qs);
        return loaded;
    }
    loaded.fresh = true;
    loaded.workspace.kind = name == sandboxWorkspaceName() ? Workspace::Kind::Sandbox : Workspace::Kind::Broker;
    loaded.notice = document.problem.message;
    return loaded;
}

Result<void> WorkspaceStore::save(const QString& name, const Workspace& workspace) const
{
    if (!QDir().mkpath(m_directory)) {
        return storeError(u"file_unwritable"_qs, tr("The workspaces folder “%1” cannot be created.").arg(m_directory));
    }
    const QString path = pathFor(name);
    const QByteArray bytes = WorkspaceJson::toBytes(workspace);
    QFile current(path);
    if (current.exists()) {
        const auto before = FileIo::readFile(path, MAX_FILE_BYTES);
        if (before.ok() && *before == bytes) {
            return {};
        }
        if (before.ok()) {
            // The version being replaced becomes the backup (itself written atomically).
            if (auto kept = FileIo::writeFileAtomically(path + u".bak"_qs, *before, FileIo::Permissions::OwnerOnly);
                !kept) {
                return kept.error();
            }
        }
    }
    return FileIo::writeFileAtomically(path, bytes, FileIo::Permissions::OwnerOnly);
}

Result<void> WorkspaceStore::create(const QString& name, const Workspace& workspace) const
{
    if (auto valid = checkName(name); !valid) {
        return valid;
    }
    if (const QString taken = existingName(name); !taken.isEmpty()) {
        return storeError(u"already_exists"_qs,
                          tr("There is already a workspace “%1”: choose another name.").arg(taken));
    }
    return save(name, workspace);
}

Result<void> WorkspaceStore::rename(const QString& from, const QString& to) const
{
    if (auto valid = checkName(to); !valid) {
        return valid;
    }
    const QString taken = existingName(to);
    if (!taken.isEmpty() && taken.compare(from, Qt::CaseInsensitive) != 0) {
        return storeError(u"already_exists"_qs,
                          tr("There is already a workspace “%1”: choose another name.").arg(taken));
    }
    if (!QFile::exists(pathFor(from))) {
        return storeError(u"workspace_not_found"_qs, tr("There is no workspace “%1”.").arg(from));
    }
    if (auto moved = moveFile(pathFor(from), pathFor(to)); !moved) {
        return moved;
    }
    (void)moveFile(pathFor(from) + u".bak"_qs, pathFor(to) + u".bak"_qs);
    if (lastWorkspace() == from) {
        (void)setLastWorkspace(to);
    }
    return {};
}

Result<void> WorkspaceStore::duplicate(const QString& from, const QString& to) const
{
    const auto loaded = load(from);
    if (!loaded) {
        return loaded.error();
    }
    Workspace copy = loaded->workspace;
    if (copy.kind == Workspace::Kind::Sandbox) {
        copy.kind = Workspace::Kind::Broker; // only one workspace drives the local sandbox
    }
    return create(to, copy);
}

Result<QString> WorkspaceStore::remove(const QString& name) const
{
    const QString path = pathFor(name);
    if (!QFile::exists(path)) {
        return storeError(u"workspace_not_found"_qs, tr("There is no workspace “%1”.").arg(name));
    }
    const QDir deleted(QDir(m_directory).filePath(DELETED_FOLDER));
    if (!QDir().mkpath(deleted.path())) {
        return storeError(u"file_unwritable"_qs, tr("The folder “%1” cannot be created.").arg(deleted.path()));
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_qs);
    const QString target = deleted.filePath(stemFor(name) + u'.' + stamp + SUFFIX);
    if (auto moved = moveFile(path, target); !moved) {
        return moved.error();
    }
    (void)moveFile(path + u".bak"_qs, target + u".bak"_qs);
    if (lastWorkspace() == name) {
        (void)setLastWorkspace({});
    }
    return target;
}

Result<void> WorkspaceStore::undoDelete(const QString& deletedPath, const QString& name) const
{
    if (const QString taken = existingName(name); !taken.isEmpty()) {
        return storeError(u"already_exists"_qs,
                          tr("A workspace “%1” was created since; rename it first, then undo the delete.").arg(taken));
    }
    if (auto moved = moveFile(deletedPath, pathFor(name)); !moved) {
        return moved;
    }
    (void)moveFile(deletedPath + u".bak"_qs, pathFor(name) + u".bak"_qs);
    return {};
}

QString WorkspaceStore::uniqueName(const QString& name) const
{
    QString candidate = name;
    for (int n = 2; !existingName(candidate).isEmpty(); ++n) {
        candidate = name.left(MAX_NAME_LENGTH - 6) + u" ("_qs + QString::number(n) + u')';
    }
    return candidate;
}

QString WorkspaceStore::lastWorkspace() const
{
    FileIo::JsonDocumentSpec spec;
    spec.description = tr("workspace state file");
    spec.maxBytes = 64 * 1024;
    const auto document = FileIo::loadJsonDocument(QDir(m_directory).filePath(STATE_FILE), spec);
    return document.root.value(u"lastWorkspace"_qs).toString();
}

Result<void> WorkspaceStore::setLastWorkspace(const QString& name) const
{
    if (!QDir().mkpath(m_directory)) {
        return storeError(u"file_unwritable"_qs, tr("The workspaces folder “%1” cannot be created.").arg(m_directory));
    }
    const QJsonObject state{{u"schemaVersion"_qs, 1}, {u"lastWorkspace"_qs, name}};
    return FileIo::writeFileAtomically(QDir(m_directory).filePath(STATE_FILE),
                                       QJsonDocument(state).toJson(QJsonDocument::Indented));
}
