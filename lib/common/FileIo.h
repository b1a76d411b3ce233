// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace FileIo {

/// Default cap for files we read whole (certificates, keys, workspaces, payload files).
inline constexpr qint64 DEFAULT_READ_CAP = 64 * 1024 * 1024;

/// Reads a whole file, refusing files larger than `maxBytes`. Errors: `file_not_found`, `file_unreadable`,
/// `file_too_large`, each naming the file and what to do.
Result<QByteArray> readFile(const QString& path, qint64 maxBytes = DEFAULT_READ_CAP);

enum class Permissions { Default, OwnerOnly };

/// Writes atomically through QSaveFile: the old file stays intact until the new one is complete.
/// `OwnerOnly` sets 0600 before the data is committed (for private keys and secrets).
Result<void> writeFileAtomically(const QString& path, const QByteArray& data,
                                 Permissions permissions = Permissions::Default);

/// Removes what an interrupted writeFileAtomically() of `path` can leave beside it. QSaveFile writes to an unnamed
/// file and, to replace an existing `path`, names it "<name>.XXXXXX" just before renaming it over: a process killed in
/// between leaves that file behind (the real file is intact). Returns how many were removed.
int removeInterruptedWrites(const QString& path);

/// Why a file is moved aside; it picks the suffix of the new name.
enum class SetAsideReason {
    Damaged,      ///< "<name>.damaged-<UTC time>": truncated, not JSON, wrong types, unreadable
    NewerVersion, ///< "<name>.newer-<UTC time>": written by a newer ThingBench (a higher schemaVersion)
};

/// Renames `path` to "<path>.damaged-20261205T161500Z" (or ".newer-…") beside it, so that the next save cannot
/// overwrite what the user had. Never replaces an earlier set-aside file: a name that is taken gets "-2", "-3", ….
/// Returns the new path, or `file_unwritable` when the rename is impossible (the caller must then not save over it).
/// `now` is for tests; by default the current UTC time.
Result<QString> setAside(const QString& path, SetAsideReason reason, const QDateTime& now = QDateTime());

/// What loadJsonDocument() expects of a file the app owns.
struct JsonDocumentSpec
{
    /// How the user knows the file, for messages, e.g. tr("templates file"). Already translated.
    QString description;
    /// The newest `schemaVersion` this build understands; a higher one is set aside as NewerVersion.
    int schemaVersion = 1;
    qint64 maxBytes = DEFAULT_READ_CAP;
    /// Checks the types of the root object's members (the file has a JSON object root with an integer
    /// `schemaVersion` ≥ 1 and ≤ `schemaVersion` when it is called). Returns what is wrong in words ("“templates”
    /// is not a list"), or an empty string when every member has the expected type. May be empty (no check).
    std::function<QString(const QJsonObject& root)> check;
};

/// The outcome of loadJsonDocument().
struct JsonDocument
{
    enum class Status {
        Missing,  ///< no file yet: start empty; saving creates it
        Loaded,   ///< `root` holds the document
        SetAside, ///< the file could not be used and now is at `setAsidePath`; start empty; saving is safe
        Blocked,  ///< the file could not be used and could not be moved: do not save over it (see `problem`)
    };
    Status status = Status::Missing;
    QJsonObject root;
    int schemaVersion = 0;
    QString setAsidePath;
    /// For SetAside and Blocked: what is wrong, where the old file now is and what to do, in words (translated).
    Error problem;
};

/// Loads a JSON document the app owns (templates, workspaces, recordings' index…) with one policy for all of
/// them: a file that is truncated, not JSON, not an object, has wrong types (`spec.check`), lacks a valid
/// `schemaVersion`, has a newer one, is too large or cannot be read is set aside with setAside() and reported;
/// it is never overwritten by the next save. Blocking (reads the file): call it where disk I/O is allowed.
JsonDocument loadJsonDocument(const QString& path, const JsonDocumentSpec& spec);

} // namespace FileIo
