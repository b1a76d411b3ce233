// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileIo)
};
} // namespace

namespace FileIo {

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{QStringLiteral("file_not_found"),
                     Tr::tr("File “%1” does not exist. Check the path and try again.").arg(path),
                     {}};
    }
    if (info.isDir()) {
        return Error{QStringLiteral("file_unreadable"),
                     Tr::tr("“%1” is a folder, not a file. Choose a file instead.").arg(path),
                     {}};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file_unreadable"),
                     Tr::tr("Cannot read “%1”. Check that you have permission to read it.").arg(path),
                     file.errorString()};
    }
    // Sequential files (pipes, /dev/stdin) report size 0: read up to the cap and check.
    const QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        return Error{QStringLiteral("file_too_large"),
                     Tr::tr("File “%1” is larger than %2 bytes. Choose a smaller file.").arg(path).arg(maxBytes),
                     {}};
    }
    if (file.error() != QFileDevice::NoError) {
        return Error{QStringLiteral("file_unreadable"), Tr::tr("Cannot read “%1”.").arg(path), file.errorString()};
    }
    return data;
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& data, Permissions permissions)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot create the folder “%1”. Check that you have permission to write there.").arg(dir),
                     {}};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot write “%1”. Check that you have permission to write there.").arg(path),
                     file.errorString()};
    }
    if (permissions == Permissions::OwnerOnly &&
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot make “%1” readable by its owner only; nothing was written.").arg(path),
                     file.errorString()};
    }
    if (file.write(data) != data.size() || !file.commit()) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Writing “%1” failed; the previous version is unchanged. Check free disk space.").arg(path),
                     file.errorString()};
    }
    return {};
}

} // namespace FileIo
