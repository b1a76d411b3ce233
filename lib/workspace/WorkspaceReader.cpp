// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Checking, reading and migrating workspace documents (the writing side is in Workspace.cpp).
#include "messages/MessageLog.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceJson_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace WorkspaceJsonPrivate;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

QString quoted(const QString& path)
{
    return u"“"_qs + path + u"”"_qs;
}

} // namespace

namespace WorkspaceJsonPrivate {

QString join(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

void Checker::fail(const QString& problem)
{
    if (m_problem.isEmpty()) {
        m_problem = problem;
    }
}

void Checker::text(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (ok() && !value.isUndefined() && !value.isString()) {
        fail(Tr::tr("%1 is not text").arg(quoted(join(path, key))));
    }
}

void Checker::boolean(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (ok() && !value.isUndefined() && !value.isBool()) {
        fail(Tr::tr("%1 is not true or false").arg(quoted(join(path, key))));
    }
}

void Checker::integer(const QJsonObject& object, const char* key, const QString& path, qint64 min, qint64 max)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!ok() || value.isUndefined()) {
        return;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < double(min) || number > double(max)) {
        fail(Tr::tr("%1 is not a whole number from %2 to %3").arg(quoted(join(path, key))).arg(min).arg(max));
    }
}

void Checker::textList(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!ok() || value.isUndefined()) {
        return;
    }
    const QJsonArray array = value.toArray();
    bool texts = value.isArray();
    for (const QJsonValue& item : array) {
        texts = texts && item.isString();
    }
    if (!texts) {
        fail(Tr::tr("%1 is not a list of texts").arg(quoted(join(path, key))));
    }
}

void Checker::oneOf(const QJsonObject& object, const char* key, const QString& path, const QStringList& values)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (ok() && !value.isUndefined() && !values.contains(value.toString())) {
        fail(Tr::tr("%1 is not one of: %2").arg(quoted(join(path, key)), values.join(u", "_qs)));
    }
}

void Checker::base64(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!ok() || value.isUndefined()) {
        return;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded) {
        fail(Tr::tr("%1 is not base64 text").arg(quoted(join(path, key))));
    }
}

void Checker::reference(const QJsonObject& object, const char* key, const QString& path)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!ok() || value.isUndefined() || value.isNull()) {
        return;
    }
    const QString where = join(path, key);
    if (!value.isObject() || !value.toObject().value(u"path"_qs).isString()) {
        fail(Tr::tr("%1 is not a file reference ({\"path\": …})").arg(quoted(where)));
        return;
    }
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_qs);
    const QJsonValue sha = value.toObject().value(u"sha256"_qs);
    if (!sha.isUndefined() && !hex.match(sha.toString()).hasMatch()) {
        fail(Tr::tr("%1 is not 64 lower-case hex digits").arg(quoted(where + u".sha256"_qs)));
    }
    integer(value.toObject(), "size", where, -1, std::numeric_limits<qint32>::max() * qint64(1024));
}

void Checker::payload(const QJsonObject& object, const QString& path)
{
    if (object.contains(u"payload"_qs) && object.contains(u"payload_base64"_qs)) {
        fail(Tr::tr("%1 has both “payload” and “payload_base64”: keep one").arg(quoted(path)));
    }
    text(object, "payload", path);
    base64(object, "payload_base64", path);
}

QJsonObject Checker::object(const QJsonObject& parent, const char* key, const QString& path, bool nullable)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (value.isObject()) {
        return value.toObject();
    }
    if (!value.isUndefined() && !(nullable && value.isNull())) {
        fail(Tr::tr("%1 is not an object").arg(quoted(join(path, key))));
    }
    return {};
}

QJsonArray Checker::array(const QJsonObject& parent, const char* key, const QString& path)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isArray()) {
        fail(Tr::tr("%1 is not a list").arg(quoted(join(path, key))));
    }
    return value.toArray();
}

QJsonObject Checker::element(const QJsonArray& array, qsizetype index, const QString& path)
{
    if (!array.at(index).isObject()) {
        fail(Tr::tr("%1 is not an object").arg(quoted(path + u'[' + QString::number(index) + u']')));
        return {};
    }
    return array.at(index).toObject();
}

} // namespace WorkspaceJsonPrivate

namespace {

const QStringList SECRET_NAMES{u"none"_qs, u"keychain"_qs, u"ask"_qs};
const QStringList FORMAT_NAMES{u"string"_qs, u"json"_qs, u"hex"_qs, u"base64"_qs};
const QStringList SCREEN_NAMES{u"messages"_qs, u"shadows"_qs,  u"certificates"_qs,
                               u"registry"_qs, u"policies"_qs, u"charts"_qs};

void checkDraft(Checker& checker, const QJsonObject& draft, const QString& path)
{
    checker.text(draft, "name", path);
    checker.text(draft, "topic", path);
    checker.integer(draft, "qos", path, 0, 2);
    checker.boolean(draft, "retain", path);
    checker.payload(draft, path);
    const QJsonObject properties = checker.object(draft, "properties", path);
    if (checker.ok() && !properties.isEmpty()) {
        const auto parsed = MessageLog::propertiesFromJson(properties);
        if (!parsed.ok()) {
            checker.fail(Tr::tr("%1: %2").arg(quoted(path), parsed.error().message));
        }
    }
}

void checkDrafts(Checker& checker, const QJsonObject& parent, const char* key, const QString& path)
{
    const QJsonArray drafts = checker.array(parent, key, path);
    const QString where = join(path, key);
    for (qsizetype i = 0; checker.ok() && i < drafts.size(); ++i) {
        checkDraft(checker, checker.element(drafts, i, where), where + u'[' + QString::number(i) + u']');
    }
}

void checkConnection(Checker& checker, const QJsonObject& root)
{
    const QString path = u"connection"_qs;
    const QJsonObject c = checker.object(root, "connection", QString());
    checker.text(c, "url", path);
    if (checker.ok() && c.contains(u"url"_qs) && !c.value(u"url"_qs).toString().isEmpty()) {
        const auto options = ConnectionOptions::fromUrl(c.value(u"url"_qs).toString());
        if (!options.ok()) {
            checker.fail(Tr::tr("%1: %2").arg(quoted(u"connection.url"_qs), options.error().message));
        }
    }
    checker.integer(c, "mqttVersion", path, 3, 5);
    for (const char* key : {"clientId", "username"}) {
        checker.text(c, key, path);
    }
    checker.integer(c, "keepAliveSeconds", path, 0, 65535);
    checker.integer(c, "sessionExpirySeconds", path, 0, 0xFFFFFFFFLL);
    checker.integer(c, "connectTimeoutSeconds", path, 1, 3600);
    checker.integer(c, "reconnectMinMs", path, 0, 3'600'000);
    checker.integer(c, "reconnectMaxMs", path, 0, 3'600'000);
    for (const char* key : {"cleanStart", "autoReconnect", "insecure", "awsIot"}) {
        checker.boolean(c, key, path);
    }
    checker.textList(c, "alpn", path);
    for (const char* key : {"caFile", "certificateFile", "privateKeyFile"}) {
        checker.reference(c, key, path);
    }
    checker.oneOf(c, "password", path, SECRET_NAMES);
    checker.oneOf(c, "passphrase", path, SECRET_NAMES);
    const QJsonObject signIn = checker.object(c, "awsSignIn", path, true);
    const QString signInPath = u"connection.awsSignIn"_qs;
    checker.oneOf(signIn, "source", signInPath, {u"environment"_qs, u"profile"_qs, u"typed"_qs});
    for (const char* key : {"profile", "credentialsFile", "accessKeyId", "region"}) {
        checker.text(signIn, key, signInPath);
    }
    checker.boolean(signIn, "askSessionToken", signInPath);
    checker.oneOf(c, "awsSecret", path, SECRET_NAMES);
    const QJsonObject greengrass = checker.object(c, "greengrass", path, true);
    checker.text(greengrass, "thingName", u"connection.greengrass"_qs);
    checker.text(greengrass, "discoveryEndpoint", u"connection.greengrass"_qs);
    const QJsonObject will = checker.object(c, "will", path, true);
    checker.text(will, "topic", u"connection.will"_qs);
    checker.integer(will, "qos", u"connection.will"_qs, 0, 2);
    checker.boolean(will, "retain", u"connection.will"_qs);
    checker.payload(will, u"connection.will"_qs);
}

void checkPanes(Checker& checker, const QJsonObject& root)
{
    const QJsonArray panes = checker.array(root, "panes", QString());
    static const QRegularExpression colour(u"^(#[0-9a-fA-F]{6})?$"_qs);
    for (qsizetype i = 0; checker.ok() && i < panes.size(); ++i) {
        const QString path = u"panes["_qs + QString::number(i) + u']';
        const QJsonObject pane = checker.element(panes, i, u"panes"_qs);
        for (const char* key : {"filter", "colour", "search"}) {
            checker.text(pane, key, path);
        }
        if (checker.ok() && !colour.match(pane.value(u"colour"_qs).toString()).hasMatch()) {
            checker.fail(Tr::tr("%1 is not a colour like #3366cc").arg(quoted(path + u".colour"_qs)));
        }
        checker.integer(pane, "qos", path, 0, 2);
        checker.integer(pane, "rowLimit", path, 100, 5'000'000);
        checker.integer(pane, "memoryLimitMiB", path, 16, 16 * 1024);
        checker.oneOf(pane, "format", path, FORMAT_NAMES);
        for (const char* key : {"follow", "regex", "subscribed"}) {
            checker.boolean(pane, key, path);
        }
    }
}

void checkTrees(Checker& checker, const QJsonObject& root)
{
    const QJsonArray trees = checker.array(root, "trees", QString());
    for (qsizetype i = 0; checker.ok() && i < trees.size(); ++i) {
        const QString path = u"trees["_qs + QString::number(i) + u']';
        const QJsonObject tree = checker.element(trees, i, u"trees"_qs);
        checker.text(tree, "filter", path);
        checker.integer(tree, "topicCap", path, 100, 10'000'000);
        checker.boolean(tree, "subscribed", path);
    }
}

void checkShadows(Checker& checker, const QJsonObject& root)
{
    const QJsonObject shadows = checker.object(root, "shadows", QString());
    checker.text(shadows, "thing", u"shadows"_qs);
    checker.text(shadows, "shadow", u"shadows"_qs);
    const QJsonArray recent = checker.array(shadows, "recent", u"shadows"_qs);
    for (qsizetype i = 0; checker.ok() && i < recent.size(); ++i) {
        const QString path = u"shadows.recent["_qs + QString::number(i) + u']';
        const QJsonObject entry = checker.element(recent, i, u"shadows.recent"_qs);
        checker.text(entry, "thing", path);
        checker.textList(entry, "shadows", path);
    }
}

void checkLayout(Checker& checker, const QJsonObject& root)
{
    const QJsonObject layout = checker.object(root, "layout", QString());
    checker.oneOf(layout, "screen", u"layout"_qs, SCREEN_NAMES);
    checker.base64(layout, "geometry", u"layout"_qs);
    checker.base64(layout, "windowState", u"layout"_qs);
    checker.integer(layout, "currentPane", u"layout"_qs, 0, 10'000);
    const QJsonArray splitter = checker.array(layout, "splitter", u"layout"_qs);
    for (const QJsonValue& size : splitter) {
        if (checker.ok() && (!size.isDouble() || size.toInteger(-1) < 0)) {
            checker.fail(Tr::tr("%1 is not a list of sizes").arg(quoted(u"layout.splitter"_qs)));
        }
    }
}

void checkSandbox(Checker& checker, const QJsonObject& root)
{
    const QJsonObject sandbox = checker.object(root, "sandbox", QString());
    checker.boolean(sandbox, "enforcePolicies", u"sandbox"_qs);
    checker.boolean(sandbox, "awsMqtt311Disconnect", u"sandbox"_qs);
}

// --- reading (after the checks) ---

FileReference referenceFrom(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    FileReference reference;
    reference.path = object.value(u"path"_qs).toString();
    reference.sha256 = object.value(u"sha256"_qs).toString();
    reference.size = object.value(u"size"_qs).toInteger(-1);
    return reference;
}

QByteArray payloadFrom(const QJsonObject& object)
{
    if (object.contains(u"payload_base64"_qs)) {
        return QByteArray::fromBase64(object.value(u"payload_base64"_qs).toString().toLatin1());
    }
    return object.value(u"payload"_qs).toString().toUtf8();
}

SecretStorage secretFrom(const QJsonValue& value)
{
    const QString name = value.toString();
    return name == u"keychain"_qs ? SecretStorage::Keychain
        : name == u"ask"_qs       ? SecretStorage::Ask
                                  : SecretStorage::None;
}

ConnectionSettings connectionFrom(const QJsonObject& c)
{
    ConnectionSettings settings;
    ConnectionOptions& o = settings.options;
    const QString url = c.value(u"url"_qs).toString();
    if (!url.isEmpty()) {
        o = ConnectionOptions::fromUrl(url).value();
    }
    o.version = c.value(u"mqttVersion"_qs).toInt(5) == 3 ? MqttVersion::V3_1_1 : MqttVersion::V5;
    o.clientId = c.value(u"clientId"_qs).toString();
    o.username = c.value(u"username"_qs).toString();
    o.keepAliveSeconds = c.value(u"keepAliveSeconds"_qs).toInt(o.keepAliveSeconds);
    o.cleanStart = c.value(u"cleanStart"_qs).toBool(o.cleanStart);
    o.sessionExpirySeconds = quint32(c.value(u"sessionExpirySeconds"_qs).toInteger(0));
    o.connectTimeoutSeconds = c.value(u"connectTimeoutSeconds"_qs).toInt(o.connectTimeoutSeconds);
    o.autoReconnect = c.value(u"autoReconnect"_qs).toBool(o.autoReconnect);
    o.reconnectMinMs = c.value(u"reconnectMinMs"_qs).toInt(o.reconnectMinMs);
    o.reconnectMaxMs = c.value(u"reconnectMaxMs"_qs).toInt(o.reconnectMaxMs);
    for (const QJsonValue& protocol : c.value(u"alpn"_qs).toArray()) {
        o.alpn.append(protocol.toString());
    }
    o.insecure = c.value(u"insecure"_qs).toBool(false);
    settings.caFile = referenceFrom(c.value(u"caFile"_qs));
    settings.certificateFile = referenceFrom(c.value(u"certificateFile"_qs));
    settings.privateKeyFile = referenceFrom(c.value(u"privateKeyFile"_qs));
    o.caFile = settings.caFile.path;
    o.certFile = settings.certificateFile.path;
    o.keyFile = settings.privateKeyFile.path;
    o.password.clear();
    o.passphrase.clear();
    settings.awsIot = c.value(u"awsIot"_qs).toBool(false);
    settings.password = secretFrom(c.value(u"password"_qs));
    settings.passphrase = secretFrom(c.value(u"passphrase"_qs));
    if (c.value(u"awsSignIn"_qs).isObject()) {
        const QJsonObject signIn = c.value(u"awsSignIn"_qs).toObject();
        AwsSignInSettings aws;
        aws.source = AwsSignIn::sourceFromName(signIn.value(u"source"_qs).toString()).value_or(aws.source);
        aws.profile = signIn.value(u"profile"_qs).toString();
        aws.credentialsFile = signIn.value(u"credentialsFile"_qs).toString();
        aws.accessKeyId = signIn.value(u"accessKeyId"_qs).toString();
        aws.region = signIn.value(u"region"_qs).toString();
        aws.askSessionToken = signIn.value(u"askSessionToken"_qs).toBool(false);
        settings.awsSignIn = aws;
    }
    settings.awsSecret = secretFrom(c.value(u"awsSecret"_qs));
    if (c.value(u"greengrass"_qs).isObject()) {
        const QJsonObject greengrass = c.value(u"greengrass"_qs).toObject();
        settings.greengrass = GreengrassSettings{greengrass.value(u"thingName"_qs).toString(),
                                                 greengrass.value(u"discoveryEndpoint"_qs).toString()};
    }
    if (c.value(u"will"_qs).isObject()) {
        const QJsonObject will = c.value(u"will"_qs).toObject();
        o.will = LastWill{will.value(u"topic"_qs).toString(), payloadFrom(will), will.value(u"qos"_qs).toInt(0),
                          will.value(u"retain"_qs).toBool(false)};
    }
    return settings;
}

PaneSettings paneFrom(const QJsonObject& object)
{
    PaneSettings pane;
    pane.filter = object.value(u"filter"_qs).toString();
    pane.qos = object.value(u"qos"_qs).toInt(pane.qos);
    pane.colour = object.value(u"colour"_qs).toString();
    pane.rowLimit = object.value(u"rowLimit"_qs).toInt(pane.rowLimit);
    pane.memoryLimitMiB = object.value(u"memoryLimitMiB"_qs).toInt(pane.memoryLimitMiB);
    pane.format = object.value(u"format"_qs).toString(pane.format);
    pane.follow = object.value(u"follow"_qs).toBool(pane.follow);
    pane.search = object.value(u"search"_qs).toString();
    pane.regex = object.value(u"regex"_qs).toBool(false);
    pane.subscribed = object.value(u"subscribed"_qs).toBool(false);
    return pane;
}

QList<PublishDraft> draftsFrom(const QJsonValue& value)
{
    QList<PublishDraft> drafts;
    for (const QJsonValue& draft : value.toArray()) {
        drafts.append(WorkspaceJson::draftFromJson(draft.toObject()));
    }
    return drafts;
}

ShadowSettings shadowsFrom(const QJsonObject& object)
{
    ShadowSettings shadows;
    shadows.thing = object.value(u"thing"_qs).toString();
    shadows.shadow = object.value(u"shadow"_qs).toString();
    for (const QJsonValue& value : object.value(u"recent"_qs).toArray()) {
        ShadowSettings::Recent entry;
        entry.thing = value.toObject().value(u"thing"_qs).toString();
        for (const QJsonValue& name : value.toObject().value(u"shadows"_qs).toArray()) {
            entry.shadows.append(name.toString());
        }
        shadows.recent.append(entry);
    }
    return shadows;
}

LayoutSettings layoutFrom(const QJsonObject& object)
{
    LayoutSettings layout;
    layout.screen = object.value(u"screen"_qs).toString(layout.screen);
    layout.geometry = QByteArray::fromBase64(object.value(u"geometry"_qs).toString().toLatin1());
    layout.windowState = QByteArray::fromBase64(object.value(u"windowState"_qs).toString().toLatin1());
    for (const QJsonValue& size : object.value(u"splitter"_qs).toArray()) {
        layout.splitter.append(size.toInt());
    }
    layout.currentPane = object.value(u"currentPane"_qs).toInt(0);
    return layout;
}

} // namespace

namespace WorkspaceJson {

QString problem(const QJsonObject& root)
{
    Checker checker;
    checker.oneOf(root, "kind", QString(), {u"broker"_qs, u"sandbox"_qs});
    checker.text(root, "thingName", QString());
    checker.text(root, "notes", QString());
    checkConnection(checker, root);
    checkPanes(checker, root);
    checkTrees(checker, root);
    const QJsonObject publish = checker.object(root, "publish", QString());
    checkDraft(checker, checker.object(publish, "draft", u"publish"_qs), u"publish.draft"_qs);
    checkDrafts(checker, publish, "templates", u"publish"_qs);
    checkDrafts(checker, publish, "history", u"publish"_qs);
    const QJsonObject https = checker.object(publish, "https", u"publish"_qs);
    checker.boolean(https, "enabled", u"publish.https"_qs);
    checker.boolean(https, "alpn", u"publish.https"_qs);
    checkShadows(checker, root);
    const QJsonArray certificates = checker.array(root, "certificates", QString());
    for (qsizetype i = 0; checker.ok() && i < certificates.size(); ++i) {
        checker.reference(QJsonObject{{u"file"_qs, certificates.at(i)}}, "file",
                          u"certificates["_qs + QString::number(i) + u']');
    }
    checkLayout(checker, root);
    checkSandbox(checker, root);
    return checker.problem();
}

PublishDraft draftFromJson(const QJsonObject& object)
{
    PublishDraft draft;
    draft.name = object.value(u"name"_qs).toString();
    draft.topic = object.value(u"topic"_qs).toString();
    draft.payload = payloadFrom(object);
    draft.qos = object.value(u"qos"_qs).toInt(0);
    draft.retain = object.value(u"retain"_qs).toBool(false);
    const auto properties = MessageLog::propertiesFromJson(object.value(u"properties"_qs).toObject());
    if (properties.ok()) {
        draft.properties = *properties;
    }
    return draft;
}

Workspace fromJson(const QJsonObject& root)
{
    Workspace workspace;
    workspace.kind =
        root.value(u"kind"_qs).toString() == u"sandbox"_qs ? Workspace::Kind::Sandbox : Workspace::Kind::Broker;
    workspace.thingName = root.value(u"thingName"_qs).toString();
    workspace.notes = root.value(u"notes"_qs).toString();
    workspace.connection = connectionFrom(root.value(u"connection"_qs).toObject());
    for (const QJsonValue& pane : root.value(u"panes"_qs).toArray()) {
        workspace.panes.append(paneFrom(pane.toObject()));
    }
    for (const QJsonValue& value : root.value(u"trees"_qs).toArray()) {
        const QJsonObject object = value.toObject();
        TreeSettings tree;
        tree.filter = object.value(u"filter"_qs).toString(tree.filter);
        tree.topicCap = object.value(u"topicCap"_qs).toInt(tree.topicCap);
        tree.subscribed = object.value(u"subscribed"_qs).toBool(tree.subscribed);
        workspace.trees.append(tree);
    }
    const QJsonObject publish = root.value(u"publish"_qs).toObject();
    workspace.draft = draftFromJson(publish.value(u"draft"_qs).toObject());
    workspace.templates = draftsFrom(publish.value(u"templates"_qs));
    workspace.history = draftsFrom(publish.value(u"history"_qs)).mid(0, Workspace::HISTORY_LIMIT);
    const QJsonObject https = publish.value(u"https"_qs).toObject();
    workspace.httpsPublish.enabled = https.value(u"enabled"_qs).toBool(false);
    workspace.httpsPublish.alpn = https.value(u"alpn"_qs).toBool(false);
    workspace.shadows = shadowsFrom(root.value(u"shadows"_qs).toObject());
    for (const QJsonValue& reference : root.value(u"certificates"_qs).toArray()) {
        if (!reference.isNull()) {
            workspace.certificates.append(referenceFrom(reference));
        }
    }
    workspace.layout = layoutFrom(root.value(u"layout"_qs).toObject());
    const QJsonObject sandbox = root.value(u"sandbox"_qs).toObject();
    workspace.sandbox.enforcePolicies = sandbox.value(u"enforcePolicies"_qs).toBool(true);
    workspace.sandbox.awsMqtt311Disconnect = sandbox.value(u"awsMqtt311Disconnect"_qs).toBool(true);
    return workspace;
}

QString problemV1(const QJsonObject& root)
{
    Checker checker;
    checker.text(root, "broker", QString());
    const QString broker = root.value(u"broker"_qs).toString();
    if (checker.ok() && !broker.isEmpty()) {
        const auto options = ConnectionOptions::fromUrl(broker);
        if (!options.ok()) {
            checker.fail(Tr::tr("%1: %2").arg(quoted(u"broker"_qs), options.error().message));
        }
    }
    checker.text(root, "thingName", QString());
    const QJsonObject tls = checker.object(root, "tls", QString());
    for (const char* key : {"ca", "certificate", "key"}) {
        checker.text(tls, key, u"tls"_qs);
    }
    checker.textList(root, "panes", QString());
    checkDrafts(checker, root, "templates", QString());
    checkDrafts(checker, root, "history", QString());
    return checker.problem();
}

QJsonObject migrate(const QJsonObject& root)
{
    if (root.value(u"schemaVersion"_qs).toInt() != 1) {
        return root;
    }
    // Schema 1 → 2: the connection gets its own object with the files fingerprinted now (their state when the file
    // was written is not known); panes become objects; templates and history move under "publish".
    ConnectionSettings connection;
    const auto options = ConnectionOptions::fromUrl(root.value(u"broker"_qs).toString());
    if (options.ok()) {
        connection.options = *options;
        connection.options.password.clear();
    }
    const QJsonObject tls = root.value(u"tls"_qs).toObject();
    connection.caFile = FileReference::of(tls.value(u"ca"_qs).toString());
    connection.certificateFile = FileReference::of(tls.value(u"certificate"_qs).toString());
    connection.privateKeyFile = FileReference::of(tls.value(u"key"_qs).toString());
    QJsonArray panes;
    for (const QJsonValue& filter : root.value(u"panes"_qs).toArray()) {
        panes.append(QJsonObject{{u"filter"_qs, filter.toString()}, {u"subscribed"_qs, true}});
    }
    return {
        {u"schemaVersion"_qs, Workspace::SCHEMA_VERSION},
        {u"kind"_qs, u"broker"_qs},
        {u"thingName"_qs, root.value(u"thingName"_qs).toString()},
        {u"connection"_qs, connectionToJson(connection)},
        {u"panes"_qs, panes},
        {u"publish"_qs,
         QJsonObject{{u"templates"_qs, root.value(u"templates"_qs)}, {u"history"_qs, root.value(u"history"_qs)}}},
    };
}

} // namespace WorkspaceJson
