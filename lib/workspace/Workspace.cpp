// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Workspace.h"

#include "common/FileIo.h"
#include "messages/MessageLog.h"
#include "workspace/WorkspaceJson_p.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace WorkspaceJsonPrivate;

// ---------------------------------------------------------------------------------------------------------------
// FileReference

FileReference FileReference::of(const QString& path)
{
    FileReference reference;
    reference.path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (path.isEmpty()) {
        return reference;
    }
    const auto bytes = FileIo::readFile(reference.path);
    if (bytes.ok()) {
        reference.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
        reference.size = bytes->size();
    }
    return reference;
}

FileReference::Status FileReference::check() const
{
    if (path.isEmpty() || sha256.isEmpty()) {
        return Status::Unknown;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return Status::Missing;
    }
    const auto bytes = FileIo::readFile(path);
    if (!bytes.ok()) {
        return Status::Unreadable;
    }
    const QString now = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    return now == sha256 ? Status::Unchanged : Status::Changed;
}

QString FileReference::describe(Status status) const
{
    switch (status) {
    case Status::Unchanged:
    case Status::Unknown:
        return {};
    case Status::Missing:
        return tr("%1 is no longer there: it was moved or deleted since it was chosen. Choose it again in the "
                  "connection settings (or drop it on the window).")
            .arg(path);
    case Status::Unreadable:
        return tr("%1 cannot be read: check its permissions.").arg(path);
    case Status::Changed:
        return tr("%1 has changed since it was chosen (its SHA-256 fingerprint differs). If you replaced it on "
                  "purpose, "
                  "choose it again in the connection settings to confirm.")
            .arg(path);
    }
    return {};
}

bool ConnectionSettings::operator==(const ConnectionSettings& other) const
{
    return WorkspaceJsonPrivate::connectionToJson(*this) == WorkspaceJsonPrivate::connectionToJson(other);
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

namespace WorkspaceJsonPrivate {

QJsonValue referenceToJson(const FileReference& reference)
{
    if (reference.isEmpty()) {
        return QJsonValue::Null;
    }
    QJsonObject object{{u"path"_qs, reference.path}};
    if (!reference.sha256.isEmpty()) {
        object.insert(u"sha256"_qs, reference.sha256);
        object.insert(u"size"_qs, reference.size);
    }
    return object;
}

void insertPayload(QJsonObject& object, const QByteArray& payload)
{
    const QString text = QString::fromUtf8(payload);
    if (!payload.startsWith("\xEF\xBB\xBF") && text.toUtf8() == payload) {
        object.insert(u"payload"_qs, text);
    } else {
        object.insert(u"payload_base64"_qs, QString::fromLatin1(payload.toBase64()));
    }
}

QString secretName(SecretStorage storage)
{
    switch (storage) {
    case SecretStorage::Keychain:
        return u"keychain"_qs;
    case SecretStorage::Ask:
        return u"ask"_qs;
    case SecretStorage::None:
        break;
    }
    return u"none"_qs;
}

QJsonObject connectionToJson(const ConnectionSettings& connection)
{
    const ConnectionOptions& o = connection.options;
    QJsonObject object{
        {u"url"_qs, o.displayUrl()},
        {u"mqttVersion"_qs, o.version == MqttVersion::V5 ? 5 : 3},
        {u"clientId"_qs, o.clientId},
        {u"username"_qs, o.username},
        {u"keepAliveSeconds"_qs, o.keepAliveSeconds},
        {u"cleanStart"_qs, o.cleanStart},
        {u"sessionExpirySeconds"_qs, qint64(o.sessionExpirySeconds)},
        {u"connectTimeoutSeconds"_qs, o.connectTimeoutSeconds},
        {u"autoReconnect"_qs, o.autoReconnect},
        {u"reconnectMinMs"_qs, o.reconnectMinMs},
        {u"reconnectMaxMs"_qs, o.reconnectMaxMs},
        {u"alpn"_qs, QJsonArray::fromStringList(o.alpn)},
        {u"insecure"_qs, o.insecure},
        {u"caFile"_qs, referenceToJson(connection.caFile)},
        {u"certificateFile"_qs, referenceToJson(connection.certificateFile)},
        {u"privateKeyFile"_qs, referenceToJson(connection.privateKeyFile)},
        {u"awsIot"_qs, connection.awsIot},
        {u"password"_qs, secretName(connection.password)},
        {u"passphrase"_qs, secretName(connection.passphrase)},
    };
    if (const auto& signIn = connection.awsSignIn) { // only when used: files of other connections stay as they were
        object.insert(u"awsSignIn"_qs,
                      QJsonObject{{u"source"_qs, AwsSignIn::sourceName(signIn->source)},
                                  {u"profile"_qs, signIn->profile},
                                  {u"credentialsFile"_qs, signIn->credentialsFile},
                                  {u"accessKeyId"_qs, signIn->accessKeyId},
                                  {u"region"_qs, signIn->region},
                                  {u"askSessionToken"_qs, signIn->askSessionToken}});
    }
    if (connection.awsSecret != SecretStorage::None) {
        object.insert(u"awsSecret"_qs, secretName(connection.awsSecret));
    }
    if (const auto& greengrass = connection.greengrass) { // present means on; never a core's address
        object.insert(u"greengrass"_qs,
                      QJsonObject{{u"thingName"_qs, greengrass->thingName},
                                  {u"discoveryEndpoint"_qs, greengrass->discoveryEndpoint}});
    }
    if (o.will) {
        QJsonObject will{{u"topic"_qs, o.will->topic}, {u"qos"_qs, o.will->qos}, {u"retain"_qs, o.will->retained}};
        insertPayload(will, o.will->payload);
        object.insert(u"will"_qs, will);
    } else {
        object.insert(u"will"_qs, QJsonValue::Null);
    }
    return object;
}

} // namespace WorkspaceJsonPrivate

namespace {

QJsonObject paneToJson(const PaneSettings& pane)
{
    return {
        {u"filter"_qs, pane.filter},
        {u"qos"_qs, pane.qos},
        {u"colour"_qs, pane.colour},
        {u"rowLimit"_qs, pane.rowLimit},
        {u"memoryLimitMiB"_qs, pane.memoryLimitMiB},
        {u"format"_qs, pane.format},
        {u"follow"_qs, pane.follow},
        {u"search"_qs, pane.search},
        {u"regex"_qs, pane.regex},
        {u"subscribed"_qs, pane.subscribed},
    };
}

QJsonArray draftsToJson(const QList<PublishDraft>& drafts)
{
    QJsonArray array;
    for (const PublishDraft& draft : drafts) {
        array.append(WorkspaceJson::draftToJson(draft));
    }
    return array;
}

QJsonObject shadowsToJson(const ShadowSettings& shadows)
{
    QJsonArray recent;
    for (const ShadowSettings::Recent& entry : shadows.recent) {
        recent.append(
            QJsonObject{{u"thing"_qs, entry.thing}, {u"shadows"_qs, QJsonArray::fromStringList(entry.shadows)}});
    }
    return {{u"thing"_qs, shadows.thing}, {u"shadow"_qs, shadows.shadow}, {u"recent"_qs, recent}};
}

QJsonObject layoutToJson(const LayoutSettings& layout)
{
    QJsonArray splitter;
    for (int size : layout.splitter) {
        splitter.append(size);
    }
    return {
        {u"screen"_qs, layout.screen},
        {u"geometry"_qs, QString::fromLatin1(layout.geometry.toBase64())},
        {u"windowState"_qs, QString::fromLatin1(layout.windowState.toBase64())},
        {u"splitter"_qs, splitter},
        {u"currentPane"_qs, layout.currentPane},
    };
}

} // namespace

namespace WorkspaceJson {

QJsonObject draftToJson(const PublishDraft& draft)
{
    QJsonObject object{{u"topic"_qs, draft.topic}, {u"qos"_qs, draft.qos}, {u"retain"_qs, draft.retain}};
    if (!draft.name.isEmpty()) {
        object.insert(u"name"_qs, draft.name);
    }
    insertPayload(object, draft.payload);
    const QJsonObject properties = MessageLog::propertiesToJson(draft.properties);
    if (!properties.isEmpty()) {
        object.insert(u"properties"_qs, properties);
    }
    return object;
}

QJsonObject toJson(const Workspace& workspace)
{
    QJsonArray panes;
    for (const PaneSettings& pane : workspace.panes) {
        panes.append(paneToJson(pane));
    }
    QJsonArray trees;
    for (const TreeSettings& tree : workspace.trees) {
        trees.append(QJsonObject{
            {u"filter"_qs, tree.filter}, {u"topicCap"_qs, tree.topicCap}, {u"subscribed"_qs, tree.subscribed}});
    }
    QJsonArray certificates;
    for (const FileReference& reference : workspace.certificates) {
        certificates.append(referenceToJson(reference));
    }
    return {
        {u"schemaVersion"_qs, Workspace::SCHEMA_VERSION},
        {u"kind"_qs, workspace.kind == Workspace::Kind::Sandbox ? u"sandbox"_qs : u"broker"_qs},
        {u"thingName"_qs, workspace.thingName},
        {u"notes"_qs, workspace.notes},
        {u"connection"_qs, connectionToJson(workspace.connection)},
        {u"panes"_qs, panes},
        {u"trees"_qs, trees},
        {u"publish"_qs,
         QJsonObject{{u"draft"_qs, draftToJson(workspace.draft)},
                     {u"templates"_qs, draftsToJson(workspace.templates)},
                     {u"history"_qs, draftsToJson(workspace.history.mid(0, Workspace::HISTORY_LIMIT))},
                     {u"https"_qs,
                      QJsonObject{{u"enabled"_qs, workspace.httpsPublish.enabled},
                                  {u"alpn"_qs, workspace.httpsPublish.alpn}}}}},
        {u"shadows"_qs, shadowsToJson(workspace.shadows)},
        {u"certificates"_qs, certificates},
        {u"layout"_qs, layoutToJson(workspace.layout)},
        {u"sandbox"_qs,
         QJsonObject{{u"enforcePolicies"_qs, workspace.sandbox.enforcePolicies},
                     {u"awsMqtt311Disconnect"_qs, workspace.sandbox.awsMqtt311Disconnect}}},
    };
}

QByteArray toBytes(const Workspace& workspace)
{
    return QJsonDocument(toJson(workspace)).toJson(QJsonDocument::Indented);
}

} // namespace WorkspaceJson
