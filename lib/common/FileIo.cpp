// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>

#include <limits>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileIo)
};
/// Why a JSON document cannot be used, in words (what the user would need to know to repair it).
QString parseProblem(const QByteArray& data, const QJsonParseError& error)
{
    if (data.trimmed().isEmpty()) {
        return Tr::tr("it is empty");
    }
    const bool truncated = error.error == QJsonParseError::UnterminatedObject ||
        error.error == QJsonParseError::UnterminatedArray || error.error == QJsonParseError::UnterminatedString ||
        error.offset >= data.trimmed().size();
    if (truncated) {
        return Tr::tr("it ends in the middle of the data (cut off after %1 bytes, for example by a full disk or a "
                      "crash while it was written)")
            .arg(data.size());
    }
    return Tr::tr("it is not valid JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
}

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

int removeInterruptedWrites(const QString& path)
{
    static const QRegularExpression leftover(QStringLiteral("^\\.[A-Za-z0-9]{6}$"));
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    int removed = 0;
    const QStringList candidates =
        dir.entryList({info.fileName() + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : candidates) {
        if (leftover.match(name.mid(info.fileName().size())).hasMatch() && QFile::remove(dir.filePath(name))) {
            ++removed;
        }
    }
    return removed;
}

Result<QString> setAside(const QString& path, SetAsideReason reason, const QDateTime& now)
{
    const QDateTime when = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    const QString base = path +
        (reason == SetAsideReason::NewerVersion ? QStringLiteral(".newer-") : QStringLiteral(".damaged-")) +
        when.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n) {
        target = base + QLatin1Char('-') + QString::number(n);
    }
    // QFile::rename never replaces an existing file, so a name taken meanwhile fails instead of overwriting.
    QFile file(path);
    if (!file.rename(target)) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot rename “%1” to “%2”. Check that you have permission to write in “%3”.")
                         .arg(path, target, QFileInfo(path).absolutePath()),
                     file.errorString()};
    }
    return target;
}

JsonDocument loadJsonDocument(const QString& path, const JsonDocumentSpec& spec)
{
    JsonDocument result;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        return result; // Missing
    }

    // What is wrong, in words; empty while the document is usable.
    QString problem;
    QString detail;
    SetAsideReason reason = SetAsideReason::Damaged;
    int newerVersion = 0;
    auto data = readFile(path, spec.maxBytes);
    if (!data) {
        problem = data.error().code == QLatin1String("file_too_large")
            ? Tr::tr("it is larger than %1 bytes, more than such a file can be").arg(spec.maxBytes)
            : Tr::tr("it cannot be read");
        detail = data.error().detail;
    } else {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(*data, &parseError);
        const QJsonValue version = document.object().value(QStringLiteral("schemaVersion"));
        if (parseError.error != QJsonParseError::NoError) {
            problem = parseProblem(*data, parseError);
        } else if (!document.isObject()) {
            problem = Tr::tr("it holds a JSON %1 where an object ({…}) is expected")
                          .arg(document.isArray() ? Tr::tr("list") : Tr::tr("value"));
        } else if (!version.isDouble() || version.toDouble() != double(version.toInteger()) ||
                   version.toInteger() < 1) {
            problem = Tr::tr("it has no valid “schemaVersion” (a whole number from 1)");
        } else if (version.toInteger() > spec.schemaVersion) {
            reason = SetAsideReason::NewerVersion;
            newerVersion = int(qMin<qint64>(version.toInteger(), std::numeric_limits<int>::max()));
        } else if (const QString wrong = spec.check ? spec.check(document.object()) : QString(); !wrong.isEmpty()) {
            problem = Tr::tr("it does not have the expected content: %1").arg(wrong);
        } else {
            result.status = JsonDocument::Status::Loaded;
            result.root = document.object();
            result.schemaVersion = int(version.toInteger());
            return result;
        }
    }

    const auto moved = setAside(path, reason);
    if (!moved) {
        result.status = JsonDocument::Status::Blocked;
        const QString what = reason == SetAsideReason::NewerVersion
            ? Tr::tr("it was written by a newer ThingBench (schema version %1; this version "
                     "understands up to %2)")
                  .arg(newerVersion)
                  .arg(spec.schemaVersion)
            : problem;
        result.problem = Error{QStringLiteral("file_blocked"),
                               Tr::tr("The %1 “%2” cannot be used: %3. It could not be moved aside either, so "
                                      "nothing will be saved over it until you move or repair it. %4")
                                   .arg(spec.description, path, what, moved.error().message),
                               moved.error().detail};
        return result;
    }
    result.status = JsonDocument::Status::SetAside;
    result.setAsidePath = *moved;
    if (reason == SetAsideReason::NewerVersion) {
        result.problem = Error{QStringLiteral("file_newer_version"),
                               Tr::tr("The %1 “%2” was written by a newer ThingBench (schema version %3; this "
                                      "version understands up to %4). So that this version does not overwrite it, "
                                      "it was moved to “%5” and a new one is started. To use it again, rename it "
                                      "back and open it with the newer ThingBench.")
                                   .arg(spec.description, path)
                                   .arg(newerVersion)
                                   .arg(spec.schemaVersion)
                                   .arg(*moved),
                               {}};
    } else {
        result.problem = Error{QStringLiteral("file_damaged"),
                               Tr::tr("The %1 “%2” cannot be used: %3. It was moved to “%4” and is kept there; a "
                                      "new one is started. Open the moved file to copy back what you need, or "
                                      "delete it.")
                                   .arg(spec.description, path, problem, *moved),
                               detail};
    }
    return result;
}

} // namespace FileIo
