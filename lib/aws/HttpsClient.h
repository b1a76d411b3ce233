// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <utility>

class QSslSocket;

namespace Aws {

/// Header fields in the order they were sent or received; names compared case-insensitively.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// The value of the first header named `name` (case-insensitive), or a null QByteArray.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);

/// TLS settings of one HTTPS request with an X.509 client certificate (AWS IoT's data plane on 8443 or 443).
struct TlsClientOptions
{
    QString caFile;        ///< CA certificate(s), PEM; empty: the system trust store
    QString certFile;      ///< client certificate (PEM); empty: none
    QString keyFile;       ///< its private key (PEM, RSA or EC, possibly encrypted)
    QString passphrase;    ///< for an encrypted key; never logged, never in an error message
    QStringList alpn;      ///< ALPN protocols offered, e.g. {"x-amzn-http-ca"} for AWS IoT on port 443
    QString serverName;    ///< SNI and the name the certificate must carry; empty: the host
    bool insecure = false; ///< explicit opt-in: no chain and no host name verification
};

/// Where and how one request goes.
struct HttpsTarget
{
    QString host;
    quint16 port = 8443;
    TlsClientOptions tls;
    int timeoutMs = 15000;                             ///< for the whole request, connect to last byte
    qint64 maxResponseBytes = qint64(4) * 1024 * 1024; ///< head and body together
};

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray target = QByteArrayLiteral("/"); ///< path and query, already percent-encoded
    HttpHeaders headers;                        ///< Host, Content-Length and Connection are added
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;
    QByteArray negotiatedProtocol; ///< the ALPN protocol the server chose (empty: none)

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

/// A small asynchronous HTTP/1.1 client on QSslSocket, one request per connection (AWS IoT may close after each).
/// Qt 6.4's QNetworkAccessManager cannot offer ALPN `x-amzn-http-ca` (spec aws-http-sigv4-greengrass.md §0.1), so
/// the data plane and discovery use this on both 8443 and 443. TLS 1.2 or later, SNI = the host (or
/// `serverName`), optional ALPN, client certificate and key, a CA file or the system store. Responses with
/// Content-Length, chunked or close-delimited bodies, up to `maxResponseBytes`.
///
/// Errors (`Error::code`), each in plain words: `invalid_options`, `file_error` (and the certificate codes of
/// Mqtt::checkLocalFiles: `tls_key_mismatch`, `tls_bad_passphrase`, ...), `host_not_found`, `connection_refused`,
/// `tls_handshake_failed` (with OpenSSL's reason), `timeout`, `closed_without_reply` (what AWS does for an inactive or
/// unattached certificate), `response_too_large`, `protocol_error`, `network_error`.
///
/// Thread affinity: the owner thread only; nothing blocks. Exactly one of responseReceived() or failed() follows each
/// send(), never from inside send().
class HttpsClient final : public QObject
{
    Q_OBJECT

public:
    explicit HttpsClient(QObject* parent = nullptr);
    ~HttpsClient() override;
    Q_DISABLE_COPY_MOVE(HttpsClient)

    /// Starts `request` to `target`, replacing (aborting, without a signal) any request under way.
    void send(const HttpsTarget& target, const HttpRequest& request);
    /// Aborts the request under way; no signal follows.
    void abort();
    bool isBusy() const { return m_socket != nullptr; }

    /// Loads the client certificate, key and CA of `tls` and checks them locally (the same checks and messages as
    /// MQTT connections). Blocking file reads of a few KB: fine on any thread.
    static Result<void> checkTlsFiles(const TlsClientOptions& tls);

Q_SIGNALS:
    void responseReceived(const Aws::HttpResponse& response);
    void failed(const Error& error);

private:
    void onTimeout();
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void parseBuffered();
    void finishWith(const HttpResponse& response);
    void failWith(const QString& code, const QString& message, const QString& detail = {});
    QString describeTarget() const;

    QSslSocket* m_socket = nullptr;
    HttpsTarget m_target;
    HttpRequest m_request;
    QByteArray m_buffer;
    QStringList m_sslErrors;
    QTimer m_timer;
    bool m_encrypted = false;
    bool m_done = true;
    quint64 m_generation = 0; ///< bumped by abort(): a failure queued before it is dropped
};

} // namespace Aws

Q_DECLARE_METATYPE(Aws::HttpResponse)
