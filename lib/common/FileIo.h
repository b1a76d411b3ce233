// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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

} // namespace FileIo
