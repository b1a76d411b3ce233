// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

// Value types shared by the MQTT session, the CLI and the GUI. Plain values: safe to copy between threads.

enum class MqttVersion { V3_1_1, V5 };

enum class Transport { Tcp, Tls, WebSocket, SecureWebSocket };

/// MQTT 5 publish properties (sent on publish, shown on receive). Ignored on MQTT 3.1.1 connections.
struct MqttProperties
{
    QList<std::pair<QString, QString>> userProperties;
    QString contentType;
    QString responseTopic;
    QByteArray correlationData;
    std::optional<quint32> messageExpirySeconds;
    std::optional<bool> payloadIsUtf8; ///< payload format indicator
    QList<quint32> subscriptionIdentifiers;

    bool isEmpty() const;
    bool operator==(const MqttProperties&) const = default;
};

/// One received (or to be sent) message. Kept compact: it sits in rings of a million entries, so the
/// properties live behind a shared pointer that is null when the message had none.
struct MqttMessage
{
    QString topic;
    QByteArray payload;
    qint64 receivedAtMs = 0; ///< milliseconds since the epoch, taken on the Paho thread
    std::shared_ptr<const MqttProperties> properties;
    quint8 qos = 0;
    bool retained = false;
    bool duplicate = false;
};
// Moved in memory as bytes when a list grows (QString, QByteArray and std::shared_ptr hold no pointer to
// themselves): the inbox's list grows on Paho's receiving thread, the bottleneck of a drain.
Q_DECLARE_TYPEINFO(MqttMessage, Q_RELOCATABLE_TYPE);

struct LastWill
{
    QString topic;
    QByteArray payload;
    int qos = 0;
    bool retained = false;
};

/// AWS Signature Version 4 for MQTT over WebSocket (AWS IoT with IAM credentials, specs/aws-http-sigv4-greengrass.md
/// §3). MqttSession presigns a fresh URL right before every connect attempt, its own reconnects included, signing the
/// Host header as Paho sends it (`host:port`). The secret and the token are never logged or shown.
struct SigV4Signing
{
    QString accessKeyId;
    QString secretAccessKey; ///< never logged
    QString sessionToken;    ///< temporary credentials only; appended to the URL unsigned; never logged
    QString region;          ///< the endpoint's region, e.g. "eu-west-1"
    QString service = QStringLiteral("iotdevicegateway");
    std::optional<int> expiresSeconds; ///< X-Amz-Expires; AWS's own clients leave it out
};

/// Everything needed to open one broker connection. Built from a URL plus options; `validate()` checks the
/// combination before any network traffic.
struct ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    Transport transport = Transport::Tcp;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 1883;
    QString path; ///< websocket path, e.g. "/mqtt"

    // TLS
    QString caFile;        ///< empty: the system trust store
    QString certFile;      ///< client certificate (PEM)
    QString keyFile;       ///< client private key (PEM, possibly encrypted)
    QString passphrase;    ///< for an encrypted key; never logged
    QStringList alpn;      ///< e.g. {"x-amzn-mqtt-ca"} for AWS IoT mutual TLS on port 443
    bool insecure = false; ///< explicit opt-in: no chain and no hostname verification

    // MQTT
    QString clientId; ///< empty: a random "thingbench-…" id
    QString username;
    QString password;
    MqttVersion version = MqttVersion::V5;
    int keepAliveSeconds = 60;
    bool cleanStart = true;           ///< clean session (3.1.1) / clean start (5)
    quint32 sessionExpirySeconds = 0; ///< MQTT 5: how long the broker keeps the session after a disconnect
    std::optional<LastWill> will;
    int connectTimeoutSeconds = 10;

    /// SigV4-presigned WebSocket URLs (AWS IoT with IAM credentials); only with Transport::SecureWebSocket.
    std::optional<SigV4Signing> sigV4;

    // Reconnect with capped exponential backoff; every subscription is restored afterwards.
    bool autoReconnect = true;
    int reconnectMinMs = 500;
    int reconnectMaxMs = 30000;

    /// Parses `mqtt://`, `mqtts://`, `ws://`, `wss://` (also Paho's `tcp://` and `ssl://`), with optional
    /// `user:password@`, port and websocket path. Default ports: 1883, 8883, 80, 443.
    static Result<ConnectionOptions> fromUrl(const QString& url);

    bool usesTls() const { return transport == Transport::Tls || transport == Transport::SecureWebSocket; }
    /// The URI handed to Paho (`mqtt://host:port`, `wss://host:port/path`, ...).
    QString serverUri() const;
    /// A URL for display, without credentials.
    QString displayUrl() const;
    /// Forgets every TLS setting (files, passphrase, ALPN, insecure), e.g. for a plain transport.
    void clearTls();
    /// Takes the broker's address from `url` (parsed with fromUrl()): transport, host, port, websocket path, and the
    /// user name and password when the URL has a user name. Everything else stays.
    void setAddress(const ConnectionOptions& url);
    /// Checks the combination of options (ranges, files that must exist, TLS-only options on plain links).
    Result<void> validate() const;
};

enum class SessionState { Disconnected, Connecting, Connected, Reconnecting };

/// Why a connection failed, shaped like QMqttClient::ClientError but with the TLS causes told apart.
enum class SessionError {
    NoError,
    InvalidOptions,
    FileError,
    TlsUnknownCa,
    TlsHostnameMismatch,
    TlsServerCertificateExpired,
    TlsClientCertificateExpired,
    TlsKeyMismatch,
    TlsBadPassphrase,
    TlsClientCertificateRequired,
    TlsClientCertificateRejected,
    TlsHandshakeFailed,
    ConnectionRefused,
    HostNotFound,
    Timeout,
    UnsupportedProtocolVersion,
    IdentifierRejected,
    ServerUnavailable,
    BadCredentials,
    NotAuthorized,
    ConnectionLost,
    ProtocolError,
    Unknown,
};

namespace Mqtt {
/// Stable lower-case name, e.g. "connected".
QString stateName(SessionState state);
/// Stable lower-case code for scripts and tests, e.g. "tls_unknown_ca".
QString errorCode(SessionError error);
} // namespace Mqtt

/// A problem found before or while connecting, with the connection-settings field it is about (for the GUI).
struct ConnectionProblem
{
    enum class Field { None, CaFile, CertFile, KeyFile, Passphrase, Host, Port };
    SessionError error = SessionError::Unknown;
    QString message; ///< what is wrong and how to fix it
    QString detail;  ///< OpenSSL's own text
    Field field = Field::None;
};

namespace Mqtt {
/// Checks the TLS files of `options` locally (readable PEM, passphrase, key matches certificate, certificate not
/// expired) without any network traffic. Fast; fine on the GUI thread.
std::optional<ConnectionProblem> checkLocalFiles(const ConnectionOptions& options);
} // namespace Mqtt

Q_DECLARE_METATYPE(MqttMessage)
Q_DECLARE_METATYPE(SessionState)
Q_DECLARE_METATYPE(SessionError)
