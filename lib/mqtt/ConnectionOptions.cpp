// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MqttTypes.h"
#include "mqtt/TopicFilter.h"

#include <QFileInfo>
#include <QUrl>

namespace {

Error invalid(const QString& message)
{
    return Error{QStringLiteral("invalid_options"), message, {}};
}

Result<void> checkReadableFile(const QString& path, const QString& what)
{
    if (path.isEmpty()) {
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{QStringLiteral("file_not_found"),
                     ConnectionOptions::tr("The %1 “%2” does not exist. Check the path.").arg(what, path),
                     {}};
    }
    if (info.isDir()) {
        return Error{QStringLiteral("file_unreadable"),
                     ConnectionOptions::tr("The %1 “%2” is a folder. Choose the file inside it.").arg(what, path),
                     {}};
    }
    if (!info.isFile() || !info.isReadable()) {
        return Error{
            QStringLiteral("file_unreadable"),
            ConnectionOptions::tr("The %1 “%2” cannot be read. Check that it is a file you may read.").arg(what, path),
            {}};
    }
    return {};
}

Result<void> validateSigV4(const ConnectionOptions& options)
{
    const SigV4Signing& signing = *options.sigV4;
    if (options.transport != Transport::SecureWebSocket) {
        return invalid(ConnectionOptions::tr("SigV4 signing works only over secure WebSockets. Use a wss:// URL, e.g. "
                                             "wss://abc-ats.iot.eu-west-1.amazonaws.com:443/mqtt."));
    }
    if (signing.accessKeyId.trimmed().isEmpty() || signing.secretAccessKey.isEmpty()) {
        return invalid(ConnectionOptions::tr("SigV4 signing needs an access key ID and its secret access key. Enter "
                                             "both, or choose an AWS profile that has them."));
    }
    if (signing.region.trimmed().isEmpty()) {
        return invalid(ConnectionOptions::tr("SigV4 signing needs the endpoint's region, e.g. eu-west-1 for "
                                             "abc-ats.iot.eu-west-1.amazonaws.com."));
    }
    if (signing.service.trimmed().isEmpty()) {
        return invalid(ConnectionOptions::tr("SigV4 signing needs a service name; AWS IoT uses iotdevicegateway."));
    }
    if (signing.expiresSeconds && (*signing.expiresSeconds < 1 || *signing.expiresSeconds > 604800)) {
        return invalid(ConnectionOptions::tr("X-Amz-Expires must be from 1 to 604800 seconds, or left out."));
    }
    return {};
}

} // namespace

Result<ConnectionOptions> ConnectionOptions::fromUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(tr("No broker URL given. Use for example mqtts://broker.example.com:8883 or "
                          "mqtt://127.0.0.1:1883."));
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        return invalid(
            tr("“%1” has no scheme. Write mqtt://%1 (plain), mqtts://%1 (TLS), ws://%1 or wss://%1.").arg(trimmed));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        return invalid(tr("“%1” is not a valid URL (%2). Use for example mqtts://broker.example.com:8883.")
                           .arg(trimmed, url.errorString()));
    }
    ConnectionOptions options;
    const QString scheme = url.scheme().toLower();
    quint16 defaultPort = 0;
    if (scheme == QLatin1String("mqtt") || scheme == QLatin1String("tcp")) {
        options.transport = Transport::Tcp;
        defaultPort = 1883;
    } else if (scheme == QLatin1String("mqtts") || scheme == QLatin1String("ssl")) {
        options.transport = Transport::Tls;
        defaultPort = 8883;
    } else if (scheme == QLatin1String("ws")) {
        options.transport = Transport::WebSocket;
        defaultPort = 80;
    } else if (scheme == QLatin1String("wss")) {
        options.transport = Transport::SecureWebSocket;
        defaultPort = 443;
    } else {
        return invalid(tr("Unsupported scheme “%1://”. Use mqtt://, mqtts://, ws:// or wss://.").arg(url.scheme()));
    }
    options.host = url.host();
    if (options.host.isEmpty()) {
        return invalid(tr("“%1” has no host name. Use for example %2://broker.example.com.").arg(trimmed, scheme));
    }
    const int port = url.port(defaultPort);
    if (port <= 0 || port > 65535) {
        return invalid(tr("Port %1 is out of range. Use a port between 1 and 65535.").arg(port));
    }
    options.port = static_cast<quint16>(port);
    const QString path = url.path();
    if (options.transport == Transport::WebSocket || options.transport == Transport::SecureWebSocket) {
        options.path = path.isEmpty() ? QStringLiteral("/mqtt") : path;
    } else if (!path.isEmpty() && path != QLatin1String("/")) {
        return invalid(tr("A path (“%1”) only makes sense for ws:// and wss:// URLs. Remove it.").arg(path));
    }
    options.username = url.userName();
    options.password = url.password();
    return options;
}

namespace {

/// scheme://host:port[/path], with IPv6 hosts in brackets. `pahoSchemes`: tcp/ssl (Paho) instead of mqtt/mqtts.
QString buildUrl(const ConnectionOptions& options, bool pahoSchemes)
{
    QString scheme;
    switch (options.transport) {
    case Transport::Tcp:
        scheme = pahoSchemes ? QStringLiteral("tcp") : QStringLiteral("mqtt");
        break;
    case Transport::Tls:
        scheme = pahoSchemes ? QStringLiteral("ssl") : QStringLiteral("mqtts");
        break;
    case Transport::WebSocket:
        scheme = QStringLiteral("ws");
        break;
    case Transport::SecureWebSocket:
        scheme = QStringLiteral("wss");
        break;
    }
    const QString& host = options.host;
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    QString url = scheme + QLatin1String("://") + hostPart + QLatin1Char(':') + QString::number(options.port);
    if (options.transport == Transport::WebSocket || options.transport == Transport::SecureWebSocket) {
        url += options.path.isEmpty() ? QStringLiteral("/mqtt") : options.path;
    }
    return url;
}

} // namespace

QString ConnectionOptions::serverUri() const
{
    return buildUrl(*this, true);
}

QString ConnectionOptions::displayUrl() const
{
    return buildUrl(*this, false);
}

void ConnectionOptions::setAddress(const ConnectionOptions& url)
{
    transport = url.transport;
    host = url.host;
    port = url.port;
    path = url.path;
    if (!url.username.isEmpty()) {
        username = url.username;
        password = url.password;
    }
}

void ConnectionOptions::clearTls()
{
    caFile.clear();
    certFile.clear();
    keyFile.clear();
    passphrase.clear();
    alpn.clear();
    insecure = false;
}

Result<void> ConnectionOptions::validate() const
{
    if (host.isEmpty()) {
        return invalid(tr("No broker host given. Enter the broker's host name or address."));
    }
    if (port == 0) {
        return invalid(tr("Port 0 is not valid. Use the broker's port, usually 1883 (plain) or 8883 (TLS)."));
    }
    if (!usesTls()) {
        if (!caFile.isEmpty() || !certFile.isEmpty() || !keyFile.isEmpty() || !alpn.isEmpty()) {
            return invalid(tr("TLS files or ALPN were given for a plain connection. Use an mqtts:// or wss:// URL, "
                              "or remove the TLS options."));
        }
    }
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        return invalid(certFile.isEmpty()
                           ? tr("A private key was given without a client certificate. Add the certificate too.")
                           : tr("A client certificate was given without its private key. Add the key too."));
    }
    if (auto r = checkReadableFile(caFile, tr("CA file")); !r) {
        return r;
    }
    if (auto r = checkReadableFile(certFile, tr("client certificate")); !r) {
        return r;
    }
    if (auto r = checkReadableFile(keyFile, tr("private key")); !r) {
        return r;
    }
    for (const QString& protocol : alpn) {
        if (protocol.isEmpty() || protocol.toUtf8().size() > 255) {
            return invalid(tr("ALPN protocol names must be 1 to 255 bytes long, e.g. x-amzn-mqtt-ca."));
        }
    }
    if (keepAliveSeconds < 0 || keepAliveSeconds > 65535) {
        return invalid(tr("Keep-alive must be between 0 and 65535 seconds."));
    }
    if (clientId.toUtf8().size() > 65535) {
        return invalid(tr("The client id is too long: MQTT allows at most 65535 bytes."));
    }
    if (version == MqttVersion::V3_1_1 && sessionExpirySeconds != 0) {
        return invalid(tr("Session expiry is an MQTT 5 feature. Choose MQTT 5, or use a persistent session "
                          "(clean session off) on MQTT 3.1.1."));
    }
    if (!password.isEmpty() && username.isEmpty() && version == MqttVersion::V3_1_1) {
        return invalid(tr("MQTT 3.1.1 does not allow a password without a user name. Add a user name."));
    }
    if (reconnectMinMs <= 0 || reconnectMaxMs < reconnectMinMs) {
        return invalid(tr("Reconnect delays must be positive, with the maximum at least the minimum."));
    }
    if (sigV4) {
        if (auto r = validateSigV4(*this); !r) {
            return r;
        }
    }
    if (will) {
        if (auto r = TopicFilter::validateTopicName(will->topic); !r) {
            return Error{QStringLiteral("invalid_options"), tr("Last will topic: %1").arg(r.error().message), {}};
        }
        if (will->qos < 0 || will->qos > 2) {
            return invalid(tr("Last will QoS must be 0, 1 or 2."));
        }
    }
    return {};
}
