// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"
#include "workspace/AwsSignIn.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// A file the workspace refers to (a CA, a client certificate, a key, a file in the certificate manager), with what
/// it was when it was chosen, so that a moved, deleted or changed file is noticed and explained instead of failing
/// with an obscure TLS error at the next connect.
struct FileReference
{
    Q_DECLARE_TR_FUNCTIONS(FileReference)

public:
    QString path;   ///< absolute
    QString sha256; ///< lower-case hex of the file's bytes when it was chosen; empty: not known (never read)
    qint64 size = -1;

    bool isEmpty() const { return path.isEmpty(); }
    bool operator==(const FileReference&) const = default;

    /// Reads the file and records its fingerprint (a missing or unreadable file gives an empty fingerprint).
    /// Blocking: worker thread or CLI.
    static FileReference of(const QString& path);

    enum class Status { Unchanged, Changed, Missing, Unreadable, Unknown };
    /// Compares the file on disk with what was recorded. Blocking: worker thread or CLI.
    Status check() const;
    /// The status in words, naming the file and saying what to do ("… was changed since it was chosen on …").
    QString describe(Status status) const;
};

/// One message of the publish composer: its history, its saved templates, and the draft being edited.
struct PublishDraft
{
    QString name; ///< templates only
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retain = false;
    MqttProperties properties;

    bool operator==(const PublishDraft&) const = default;
};

/// One subscription pane as the user left it.
struct PaneSettings
{
    QString filter;
    int qos = 0;
    QString colour;                ///< "#rrggbb"; empty: the next colour of the palette
    int rowLimit = 10'000;         ///< messages kept
    int memoryLimitMiB = 256;      ///< payload bytes kept
    QString format = u"string"_qs; ///< how the detail view shows payloads: string, json, hex or base64
    bool follow = true;            ///< keeps the newest row in view
    QString search;
    bool regex = false;
    bool subscribed = false; ///< was subscribed when saved: subscribe again on connect

    bool operator==(const PaneSettings&) const = default;
};

/// A topic tree pane as a workspace keeps it.
struct TreeSettings
{
    QString filter = u"#"_qs;
    int topicCap = 100'000; ///< topics kept before the least recently updated is evicted
    bool subscribed = true; ///< subscribe again on connect

    bool operator==(const TreeSettings&) const = default;
};

/// How a secret of the connection (the MQTT password, the key's passphrase) is kept. Never in the workspace file.
enum class SecretStorage {
    None,     ///< the connection needs none
    Keychain, ///< in the system keychain (QtKeychain), under the workspace's name
    Ask,      ///< asked for at each connect (no keychain, or the user chose not to keep it)
};

/// "Connect through a Greengrass core" (spec aws-http-sigv4-greengrass.md §2): the connection's own options are the
/// device's (its certificate and key, the AWS IoT endpoint); at each connect discovery runs again and the first core
/// that answers is used. No core address is kept: cores move, and a stale one would fail with an obscure error.
struct GreengrassSettings
{
    QString thingName;         ///< the thing discovery asks about; also the client ID at the core
    QString discoveryEndpoint; ///< "host:port"; empty: the Greengrass endpoint of the connection's region, port 8443

    bool operator==(const GreengrassSettings&) const = default;
};

/// The connection of a workspace: every setting of ConnectionOptions but the secrets, with its files fingerprinted.
struct ConnectionSettings
{
    ConnectionOptions options; ///< `passphrase` and `password` are always empty here
    FileReference caFile;
    FileReference certificateFile;
    FileReference privateKeyFile;
    bool awsIot = false; ///< the AWS IoT preset (port 8883, or 443 with ALPN)
    SecretStorage password = SecretStorage::None;
    SecretStorage passphrase = SecretStorage::None;
    /// "AWS IoT with IAM credentials" (wss://, SigV4): where the credentials come from; nothing for other connections.
    std::optional<AwsSignInSettings> awsSignIn;
    /// A typed-in secret access key and session token (AwsSignInSettings::Source::TypedIn): keychain entries
    /// "awsSecretAccessKey" and "awsSessionToken", never the file.
    SecretStorage awsSecret = SecretStorage::None;
    /// Through a Greengrass core found by discovery at each connect (the certificate presets); nothing otherwise.
    std::optional<GreengrassSettings> greengrass;

    bool operator==(const ConnectionSettings& other) const;
};

/// The shadow workbench: the thing and shadow shown, and the named shadows remembered per thing.
struct ShadowSettings
{
    QString thing;
    QString shadow; ///< empty: the classic shadow
    struct Recent
    {
        QString thing;
        QStringList shadows;
        bool operator==(const Recent&) const = default;
    };
    QList<Recent> recent; ///< most recent first

    bool operator==(const ShadowSettings&) const = default;
};

/// The composer's "Send over HTTPS" switch (issue 13) and its port.
struct HttpsPublishSettings
{
    bool enabled = false; ///< the switch is on (it only takes effect while the connection has an HTTPS endpoint)
    bool alpn = false;    ///< port 443 with ALPN x-amzn-http-ca instead of 8443

    bool operator==(const HttpsPublishSettings&) const = default;
};

/// How the local sandbox runs (the "Local sandbox" workspace): changing them restarts it.
struct SandboxSettings
{
    bool enforcePolicies = true;      ///< AWS IoT policies on the mutual-TLS listener (the registry decides)
    bool awsMqtt311Disconnect = true; ///< a denied publish of an MQTT 3.1.1 client closes its connection, as on AWS

    bool operator==(const SandboxSettings&) const = default;
};

/// Where the window and its parts were.
struct LayoutSettings
{
    QString screen = u"messages"_qs; ///< messages, shadows, certificates, registry, policies or charts
    QByteArray geometry;             ///< QWidget::saveGeometry()
    QByteArray windowState;          ///< QMainWindow::saveState()
    QList<int> splitter;             ///< the panes | composer splitter
    int currentPane = 0;

    bool operator==(const LayoutSettings&) const = default;
};

/// Everything ThingBench remembers about working with one thing (or one broker). One JSON file per workspace (see
/// WorkspaceStore); the name is the file's name, so it is not a member.
struct Workspace
{
    /// Schema history:
    /// 1. `broker` (a URL), `tls` {ca, certificate, key} as plain paths, `panes` as a list of filters,
    ///    `templates` and `history` at the top level (ThingBench 0.1 development builds).
    /// 2. `connection` with the options spelled out and files as {path, sha256, size}, panes with their options,
    ///    `publish` {draft, templates, history}, `shadows`, `certificates`, `layout`, `kind`; later `sandbox`
    ///    {enforcePolicies, awsMqtt311Disconnect} and `trees` [{filter, topicCap, subscribed}]; later still
    ///    `connection.greengrass` {thingName, discoveryEndpoint}, `connection.awsSignIn.askSessionToken` and
    ///    `publish.https` {enabled, alpn} (all optional, so earlier files read as before, with the defaults).
    static constexpr int SCHEMA_VERSION = 2;
    /// How many sent messages the history keeps.
    static constexpr int HISTORY_LIMIT = 100;

    enum class Kind {
        Broker,  ///< connects where `connection` says
        Sandbox, ///< the local sandbox: the broker's address and certificates come from the running sandbox
    };

    Kind kind = Kind::Broker;
    QString thingName; ///< the AWS IoT thing this workspace is about (may be empty)
    QString notes;     ///< free text for the user
    ConnectionSettings connection;
    QList<PaneSettings> panes;
    QList<TreeSettings> trees; ///< topic tree panes, after the subscription panes
    PublishDraft draft;
    QList<PublishDraft> templates;
    QList<PublishDraft> history; ///< newest first, at most HISTORY_LIMIT
    HttpsPublishSettings httpsPublish;
    ShadowSettings shadows;
    QList<FileReference> certificates; ///< the certificate manager's files
    LayoutSettings layout;
    SandboxSettings sandbox; ///< Kind::Sandbox only

    bool operator==(const Workspace&) const = default;
};

/// The JSON form of a workspace (pure functions, any thread).
namespace WorkspaceJson {

/// The document, with `schemaVersion` first… in spirit: QJsonDocument sorts keys, so the file is stable and diffs
/// well. Secrets are never part of it.
QJsonObject toJson(const Workspace& workspace);
/// Indented UTF-8 JSON for the file.
QByteArray toBytes(const Workspace& workspace);
/// What is wrong with the types of a schema-2 document, in words naming the member ("“panes[2].qos” is not 0, 1 or
/// 2"), or an empty string. Unknown members are allowed (a newer minor writer may add some).
QString problem(const QJsonObject& root);
/// The workspace of a schema-2 document that problem() accepted.
Workspace fromJson(const QJsonObject& root);
/// Brings an older document (schema 1) to the current schema. Returns the document unchanged when it is current.
QJsonObject migrate(const QJsonObject& root);
/// What is wrong with the types of a schema-1 document (checked before migrating), or an empty string.
QString problemV1(const QJsonObject& root);

QJsonObject draftToJson(const PublishDraft& draft);
PublishDraft draftFromJson(const QJsonObject& object);

} // namespace WorkspaceJson
