// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import of one workspace as one file (WorkspaceStore::exportTo / importFrom).
#include "common/FileIo.h"
#include "workspace/WorkspaceStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

/// The exported file: the workspace document plus
///   "exportedName": the workspace's name,
///   "embedded": {"caFile"|"certificateFile"|"privateKeyFile": {"fileName": …, "base64": …}} (only when asked).
const QString EMBEDDED = u"embedded"_qs;
const QString EXPORTED_NAME = u"exportedName"_qs;

Result<QJsonObject> embed(const FileReference& reference)
{
    const auto bytes = FileIo::readFile(reference.path, 1024 * 1024);
    if (!bytes) {
        return bytes.error();
    }
    return QJsonObject{{u"fileName"_qs, QFileInfo(reference.path).fileName()},
                       {u"base64"_qs, QString::fromLatin1(bytes->toBase64())}};
}

} // namespace

Result<void> WorkspaceStore::exportTo(const QString& name, const QString& path, const ExportOptions& options) const
{
    const auto loaded = load(name);
    if (!loaded) {
        return loaded.error();
    }
    const Workspace& workspace = loaded->workspace;
    QJsonObject root = WorkspaceJson::toJson(workspace);
    root.insert(EXPORTED_NAME, name);
    QJsonObject embedded;
    const std::pair<const char*, const FileReference*> files[] = {
        {"caFile", &workspace.connection.caFile},
        {"certificateFile", &workspace.connection.certificateFile},
        {"privateKeyFile", &workspace.connection.privateKeyFile},
    };
    for (const auto& [key, reference] : files) {
        const bool isKey = reference == &workspace.connection.privateKeyFile;
        if (reference->isEmpty() || !options.embedCertificates || (isKey && !options.embedPrivateKey)) {
            continue;
        }
        const auto content = embed(*reference);
        if (!content) {
            return Error{content.error().code,
                         tr("%1 cannot be embedded: %2").arg(reference->path, content.error().message),
                         {}};
        }
        embedded.insert(QLatin1String(key), *content);
    }
    if (!embedded.isEmpty()) {
        root.insert(EMBEDDED, embedded);
    }
    const bool holdsKey = embedded.contains(u"privateKeyFile"_qs);
    return FileIo::writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented),
                                       holdsKey ? FileIo::Permissions::OwnerOnly : FileIo::Permissions::Default);
}

Result<void> WorkspaceStore::writeEmbedded(const QString& name, Workspace& workspace, const QJsonObject& embedded) const
{
    if (embedded.isEmpty()) {
        return {};
    }
    const QDir folder(QDir(m_directory).filePath(stemFor(name) + u".files"_qs));
    if (!QDir().mkpath(folder.path())) {
        return Error{u"file_unwritable"_qs, tr("The folder “%1” cannot be created.").arg(folder.path()), {}};
    }
    const std::pair<const char*, FileReference*> files[] = {
        {"caFile", &workspace.connection.caFile},
        {"certificateFile", &workspace.connection.certificateFile},
        {"privateKeyFile", &workspace.connection.privateKeyFile},
    };
    for (const auto& [key, reference] : files) {
        const QJsonObject file = embedded.value(QLatin1String(key)).toObject();
        if (file.isEmpty()) {
            continue;
        }
        const QString fileName = QFileInfo(file.value(u"fileName"_qs).toString()).fileName();
        const auto bytes = QByteArray::fromBase64Encoding(file.value(u"base64"_qs).toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        if (fileName.isEmpty() || !bytes) {
            return Error{u"invalid_import"_qs,
                         tr("The embedded %1 has no file name or its content is not base64.").arg(QLatin1String(key)),
                         {}};
        }
        const bool isKey = reference == &workspace.connection.privateKeyFile;
        const QString target = folder.filePath(fileName);
        if (auto written = FileIo::writeFileAtomically(
                target, *bytes, isKey ? FileIo::Permissions::OwnerOnly : FileIo::Permissions::Default);
            !written) {
            return written;
        }
        *reference = FileReference::of(target);
    }
    workspace.connection.options.caFile = workspace.connection.caFile.path;
    workspace.connection.options.certFile = workspace.connection.certificateFile.path;
    workspace.connection.options.keyFile = workspace.connection.privateKeyFile.path;
    return {};
}

Result<QString> WorkspaceStore::importFrom(const QString& path) const
{
    const auto bytes = FileIo::readFile(path, MAX_FILE_BYTES);
    if (!bytes) {
        return bytes.error();
    }
    // Checked here rather than through loadJsonDocument: a file being imported is the user's, never moved aside.
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    const QJsonObject root = document.object();
    const int version = root.value(u"schemaVersion"_qs).toInt(0);
    QString problem;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        problem = tr("it is not a JSON object (%1)").arg(parseError.errorString());
    } else if (version < 1 || version > Workspace::SCHEMA_VERSION) {
        problem = version > Workspace::SCHEMA_VERSION
            ? tr("it was written by a newer ThingBench (schema %1; this one reads up to %2)")
                  .arg(version)
                  .arg(Workspace::SCHEMA_VERSION)
            : tr("it has no valid “schemaVersion”");
    } else {
        problem = version == 1 ? WorkspaceJson::problemV1(root) : WorkspaceJson::problem(root);
    }
    if (!problem.isEmpty()) {
        return Error{u"invalid_import"_qs, tr("“%1” cannot be imported: %2.").arg(path, problem), {}};
    }
    Workspace workspace = WorkspaceJson::fromJson(WorkspaceJson::migrate(root));
    QString name = root.value(EXPORTED_NAME).toString(QFileInfo(path).completeBaseName()).trimmed();
    if (!checkName(name)) {
        name = tr("Imported workspace");
    }
    name = uniqueName(name);
    if (workspace.kind == Workspace::Kind::Sandbox && name != sandboxWorkspaceName()) {
        workspace.kind = Workspace::Kind::Broker;
    }
    if (auto written = writeEmbedded(name, workspace, root.value(EMBEDDED).toObject()); !written) {
        return written.error();
    }
    if (auto created = create(name, workspace); !created) {
        return created.error();
    }
    return name;
}
