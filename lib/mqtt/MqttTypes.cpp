// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MqttTypes.h"

bool MqttProperties::isEmpty() const
{
    return userProperties.isEmpty() && contentType.isEmpty() && responseTopic.isEmpty() && correlationData.isEmpty() &&
        !messageExpirySeconds && !payloadIsUtf8 && subscriptionIdentifiers.isEmpty();
}

namespace Mqtt {

QString stateName(SessionState state)
{
    switch (state) {
    case SessionState::Disconnected:
        return QStringLiteral("disconnected");
    case SessionState::Connecting:
        return QStringLiteral("connecting");
    case SessionState::Connected:
        return QStringLiteral("connected");
    case SessionState::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return {};
}

QString errorCode(SessionError error)
{
    switch (error) {
    case SessionError::NoError:
        return QStringLiteral("no_error");
    case SessionError::InvalidOptions:
        return QStringLiteral("invalid_options");
    case SessionError::FileError:
        return QStringLiteral("file_error");
    case SessionError::TlsUnknownCa:
        return QStringLiteral("tls_unknown_ca");
    case SessionError::TlsHostnameMismatch:
        return QStringLiteral("tls_hostname_mismatch");
    case SessionError::TlsServerCertificateExpired:
        return QStringLiteral("tls_server_certificate_expired");
    case SessionError::TlsClientCertificateExpired:
        return QStringLiteral("tls_client_certificate_expired");
    case SessionError::TlsKeyMismatch:
        return QStringLiteral("tls_key_mismatch");
    case SessionError::TlsBadPassphrase:
        return QStringLiteral("tls_bad_passphrase");
    case SessionError::TlsClientCertificateRequired:
        return QStringLiteral("tls_client_certificate_required");
    case SessionError::TlsClientCertificateRejected:
        return QStringLiteral("tls_client_certificate_rejected");
    case SessionError::TlsHandshakeFailed:
        return QStringLiteral("tls_handshake_failed");
    case SessionError::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case SessionError::HostNotFound:
        return QStringLiteral("host_not_found");
    case SessionError::Timeout:
        return QStringLiteral("timeout");
    case SessionError::UnsupportedProtocolVersion:
        return QStringLiteral("unsupported_protocol_version");
    case SessionError::IdentifierRejected:
        return QStringLiteral("identifier_rejected");
    case SessionError::ServerUnavailable:
        return QStringLiteral("server_unavailable");
    case SessionError::BadCredentials:
        return QStringLiteral("bad_credentials");
    case SessionError::NotAuthorized:
        return QStringLiteral("not_authorized");
    case SessionError::ConnectionLost:
        return QStringLiteral("connection_lost");
    case SessionError::ProtocolError:
        return QStringLiteral("protocol_error");
    case SessionError::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace Mqtt
