// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The workspaces on disk: one human-readable JSON file per workspace in one folder, named after the workspace
/// ("Kitchen sensor.json"; characters a file name cannot hold are %-encoded, so the name is the file's name and
/// listing needs no file to be read). Beside each file its previous version ("….json.bak"). Deleted workspaces go
/// to "deleted/" so a delete can be undone. `state.json` remembers the last workspace.
///
/// Saves are atomic (QSaveFile): a crash or a power cut at any moment leaves the old or the new file, never a
/// broken one. A damaged file (truncated, not JSON, wrong types, a newer schema) is moved aside, reported and never
/// overwritten; when its backup is good, the backup is used. Schema-1 files are migrated on load.
///
/// Every function reads or writes files: call them on a worker thread (the GUI does, through WorkspaceSession) or
/// from the CLI. Distinct instances on one folder are safe as long as one workspace is not written by two at once.
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    /// Workspace names are 1–100 characters, no control characters, no leading or trailing spaces.
    static constexpr int MAX_NAME_LENGTH = 100;
    static constexpr qint64 MAX_FILE_BYTES = 16 * 1024 * 1024;
    /// The name of the workspace the app opens on first run.
    static QString sandboxWorkspaceName();

    explicit WorkspaceStore(const QString& directory);

    /// `<app data folder>/workspaces` (see AppPaths).
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    /// Where the workspace called `name` lives.
    QString pathFor(const QString& name) const;
    /// The file name's stem for a workspace name (see the class comment).
    static QString stemFor(const QString& name);

    /// Checks a name for a new or renamed workspace (`invalid_name`, with what is wrong).
    static Result<void> checkName(const QString& name);
    /// The workspaces, sorted by name (case-insensitive). Reads the folder only.
    QStringList names() const;
    /// The name the store already has for `name` when they differ only in letter case (file systems that ignore
    /// case would make them one file), or an empty string.
    QString existingName(const QString& name) const;

    struct Loaded
    {
        Workspace workspace;
        /// A problem the user must hear about (a damaged or newer file set aside, a backup used instead, a migration):
        /// empty when the file simply loaded.
        QString notice;
        bool migrated = false;           ///< read from an older schema (saved in the current one at the next save)
        bool restoredFromBackup = false; ///< the file was damaged and its previous version was used
        bool fresh = false;              ///< the file was damaged, no backup was usable: an empty workspace
    };
    /// Loads a workspace. Errors: `workspace_not_found`, and `file_blocked` when the file cannot be used nor moved
    /// aside (then nothing may be saved over it).
    Result<Loaded> load(const QString& name) const;
    /// Saves atomically; the version on disk before becomes the backup. Writing what is already there does nothing.
    Result<void> save(const QString& name, const Workspace& workspace) const;

    /// A new workspace; `already_exists` when the name is taken.
    Result<void> create(const QString& name, const Workspace& workspace) const;
    Result<void> rename(const QString& from, const QString& to) const;
    Result<void> duplicate(const QString& from, const QString& to) const;
    /// Moves the workspace (and its backup) into "deleted/"; returns the moved file for undoDelete().
    Result<QString> remove(const QString& name) const;
    /// Puts a deleted workspace back under `name`.
    Result<void> undoDelete(const QString& deletedPath, const QString& name) const;

    struct ExportOptions
    {
        bool embedCertificates = false; ///< the CA and the client certificate, inside the exported file
        bool embedPrivateKey = false;   ///< the private key too: only with the user's explicit consent
    };
    /// Writes the workspace as one file (owner-only when it holds a private key). Secrets are never exported.
    Result<void> exportTo(const QString& name, const QString& path, const ExportOptions& options) const;
    /// Reads an exported workspace (or any workspace file) and adds it under its name, or "name (2)" when taken.
    /// Embedded files are written beside the workspace ("<name>.files/", keys owner-only). Returns the new name.
    Result<QString> importFrom(const QString& path) const;

    /// The workspace open when the app last stopped (empty: none yet).
    QString lastWorkspace() const;
    Result<void> setLastWorkspace(const QString& name) const;

private:
    /// A free name like "name (2)".
    QString uniqueName(const QString& name) const;
    Result<void> writeEmbedded(const QString& name, Workspace& workspace, const QJsonObject& embedded) const;

    QString m_directory;
};
