// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/HttpsClient.h"

#include "aws/HttpWire_p.h"
#include "common/FileIo.h"
#include "mqtt/MqttTypes.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace Aws {

namespace {

/// Certificates and keys are small; a larger file is not one.
constexpr qint64 MAX_PEM_FILE = qint64(1) * 1024 * 1024;
/// Heads beyond this are refused (AWS's are a few hundred bytes).
constexpr qsizetype MAX_HEAD_BYTES = 64 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("Aws::HttpsClient", text);
}

/// The client key of `tls`: RSA or EC, PKCS#1, SEC1 or PKCS#8, encrypted or not.
Result<QSslKey> loadKey(const TlsClientOptions& tls)
{
    auto bytes = FileIo::readFile(tls.keyFile, MAX_PEM_FILE);
    if (!bytes) {
        return bytes.error();
    }
    const QByteArray passphrase = tls.passphrase.toUtf8();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(*bytes, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull()) {
            return key;
        }
    }
    return Error{QStringLiteral("tls_bad_key"),
                 tr("Cannot use the private key “%1”: it is not an RSA or EC key in PEM, or its passphrase is wrong. "
                    "Check the file and the passphrase.")
                     .arg(tls.keyFile),
                 {}};
}

/// Applies the files of `tls` to `config`.
Result<void> configureTls(const TlsClientOptions& tls, QSslConfiguration* config)
{
    config->setProtocol(QSsl::TlsV1_2OrLater);
    config->setPeerVerifyMode(tls.insecure ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    if (!tls.caFile.isEmpty()) {
        auto bytes = FileIo::readFile(tls.caFile, MAX_PEM_FILE * 16);
        if (!bytes) {
            return bytes.error();
        }
        const QList<QSslCertificate> cas = QSslCertificate::fromData(*bytes, QSsl::Pem);
        if (cas.isEmpty()) {
            return Error{QStringLiteral("file_error"),
                         tr("The CA file “%1” holds no PEM certificate. Give the CA certificate in PEM (for AWS IoT: "
                            "AmazonRootCA1.pem).")
                             .arg(tls.caFile),
                         {}};
        }
        config->setCaCertificates(cas);
    }
    if (!tls.certFile.isEmpty()) {
        auto bytes = FileIo::readFile(tls.certFile, MAX_PEM_FILE);
        if (!bytes) {
            return bytes.error();
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(*bytes, QSsl::Pem);
        if (chain.isEmpty()) {
            return Error{QStringLiteral("file_error"),
                         tr("The client certificate “%1” holds no PEM certificate. Give the device certificate in PEM.")
                             .arg(tls.certFile),
                         {}};
        }
        config->setLocalCertificateChain(chain);
        auto key = loadKey(tls);
        if (!key) {
            return key.error();
        }
        config->setPrivateKey(*key);
    }
    if (!tls.alpn.isEmpty()) {
        QList<QByteArray> protocols;
        for (const QString& protocol : tls.alpn) {
            protocols.append(protocol.toUtf8());
        }
        config->setAllowedNextProtocols(protocols);
    }
    return {};
}

} // namespace

HttpsClient::HttpsClient(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpsClient::onTimeout);
}

void HttpsClient::onTimeout()
{
    failWith(QStringLiteral("timeout"),
             tr("%1 did not answer within %2 s. Check the endpoint and port (AWS IoT: 8443, or 443 with ALPN "
                "x-amzn-http-ca) and your network.")
                 .arg(describeTarget())
                 .arg(m_target.timeoutMs / 1000.0));
}

HttpsClient::~HttpsClient()
{
    abort();
}

Result<void> HttpsClient::checkTlsFiles(const TlsClientOptions& tls)
{
    if (!tls.keyFile.isEmpty() && tls.certFile.isEmpty()) {
        return Error{QStringLiteral("invalid_options"),
                     tr("A private key was given without its certificate: give the client certificate too."),
                     {}};
    }
    if (!tls.certFile.isEmpty() && tls.keyFile.isEmpty()) {
        return Error{QStringLiteral("invalid_options"),
                     tr("A client certificate was given without its private key: give the key too."),
                     {}};
    }
    ConnectionOptions options;
    options.transport = Transport::Tls;
    options.caFile = tls.caFile;
    options.certFile = tls.certFile;
    options.keyFile = tls.keyFile;
    options.passphrase = tls.passphrase;
    if (auto problem = Mqtt::checkLocalFiles(options)) {
        return Error{Mqtt::errorCode(problem->error), problem->message, problem->detail};
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    return configureTls(tls, &config);
}

void HttpsClient::send(const HttpsTarget& target, const HttpRequest& request)
{
    abort();
    m_target = target;
    m_request = request;
    m_done = false;
    if (target.host.isEmpty() || target.port == 0) {
        failWith(QStringLiteral("invalid_options"), tr("No endpoint: give a host name and a port (AWS IoT: 8443)."));
        return;
    }
    if (auto checked = checkTlsFiles(target.tls); !checked) {
        failWith(checked.error().code, checked.error().message, checked.error().detail);
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    (void)configureTls(target.tls, &config); // checked above
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(target.tls.serverName.isEmpty() ? target.host : target.tls.serverName);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpsClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpsClient::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpsClient::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpsClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            m_sslErrors.append(error.errorString());
        }
    });
    m_timer.start(target.timeoutMs);
    m_socket->connectToHostEncrypted(target.host, target.port, m_socket->peerVerifyName());
}

void HttpsClient::abort()
{
    ++m_generation;
    m_timer.stop();
    m_done = true;
    if (m_socket) {
        QSslSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_buffer.clear();
    m_sslErrors.clear();
    m_encrypted = false;
}

QString HttpsClient::describeTarget() const
{
    return QStringLiteral("%1:%2").arg(m_target.host).arg(m_target.port);
}

void HttpsClient::onEncrypted()
{
    m_encrypted = true;
    QByteArray head = m_request.method + ' ' + m_request.target + " HTTP/1.1\r\n";
    const bool defaultPort = m_target.port == 443;
    head += "host: " + m_target.host.toUtf8() + (defaultPort ? QByteArray() : ':' + QByteArray::number(m_target.port)) +
        "\r\n";
    for (const auto& [name, value] : m_request.headers) {
        head += name + ": " + value + "\r\n";
    }
    if (!m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PUT") {
        head += "content-length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    }
    head += "connection: close\r\n\r\n";
    m_socket->write(head + m_request.body);
}

void HttpsClient::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > m_target.maxResponseBytes) {
        failWith(QStringLiteral("response_too_large"),
                 tr("The answer of %1 is larger than %2 bytes; it was not read further.")
                     .arg(describeTarget())
                     .arg(m_target.maxResponseBytes));
        return;
    }
    parseBuffered();
}

void HttpsClient::parseBuffered()
{
    const qsizetype end = Wire::headEnd(m_buffer);
    if (end < 0) {
        if (m_buffer.size() > MAX_HEAD_BYTES) {
            failWith(QStringLiteral("protocol_error"), tr("%1 sent a header of over 64 KB.").arg(describeTarget()));
        }
        return;
    }
    const auto head = Wire::parseHead(m_buffer, end);
    bool statusOk = false;
    const int status = head ? head->second.toInt(&statusOk) : 0;
    if (!head || !head->first.startsWith("HTTP/") || !statusOk) {
        failWith(QStringLiteral("protocol_error"),
                 tr("%1 did not answer with HTTP. Check that the port is an HTTPS port (AWS IoT: 8443).")
                     .arg(describeTarget()));
        return;
    }
    if (status >= 100 && status < 200) {
        m_buffer.remove(0, end); // an interim answer (100 Continue): the real one follows
        parseBuffered();
        return;
    }
    const Wire::Framing framing = Wire::responseFraming(head->headers, m_request.method, status);
    if (!framing.valid) {
        failWith(QStringLiteral("protocol_error"), tr("%1 sent an invalid Content-Length.").arg(describeTarget()));
        return;
    }
    const QByteArray rest = m_buffer.mid(end);
    HttpResponse response;
    response.status = status;
    response.reason = head->third;
    response.headers = head->headers;
    response.negotiatedProtocol = m_socket->sslConfiguration().nextNegotiatedProtocol();
    switch (framing.kind) {
    case Wire::Framing::Kind::None:
        finishWith(response);
        return;
    case Wire::Framing::Kind::Length:
        if (rest.size() >= framing.length) {
            response.body = rest.left(framing.length);
            finishWith(response);
        }
        return;
    case Wire::Framing::Kind::Chunked: {
        bool malformed = false;
        if (auto body = Wire::decodeChunked(rest, &malformed)) {
            response.body = *body;
            finishWith(response);
        } else if (malformed) {
            failWith(QStringLiteral("protocol_error"), tr("%1 sent a malformed chunked body.").arg(describeTarget()));
        }
        return;
    }
    case Wire::Framing::Kind::UntilClose:
        return; // complete when the server closes
    }
}

void HttpsClient::onDisconnected()
{
    if (m_done || !m_socket) {
        return;
    }
    m_buffer += m_socket->readAll();
    const qsizetype end = Wire::headEnd(m_buffer);
    if (end >= 0) {
        const auto head = Wire::parseHead(m_buffer, end);
        if (head &&
            Wire::responseFraming(head->headers, m_request.method, head->second.toInt()).kind ==
                Wire::Framing::Kind::UntilClose) {
            HttpResponse response;
            response.status = head->second.toInt();
            response.reason = head->third;
            response.headers = head->headers;
            response.body = m_buffer.mid(end);
            response.negotiatedProtocol = m_socket->sslConfiguration().nextNegotiatedProtocol();
            finishWith(response);
            return;
        }
        failWith(QStringLiteral("protocol_error"),
                 tr("%1 closed the connection in the middle of its answer.").arg(describeTarget()));
        return;
    }
    if (!m_encrypted) {
        failWith(QStringLiteral("tls_handshake_failed"),
                 tr("%1 closed the connection during the TLS handshake. Check the port, the client certificate and "
                    "ALPN (port 443 needs x-amzn-http-ca).")
                     .arg(describeTarget()));
        return;
    }
    failWith(QStringLiteral("closed_without_reply"),
             tr("%1 closed the connection without a reply. AWS IoT does this when the client certificate is not "
                "registered, not ACTIVE, or has no policy or thing attached: check the certificate's status and "
                "attachments.")
                 .arg(describeTarget()));
}

void HttpsClient::onSocketError()
{
    if (m_done || !m_socket) {
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString detail = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        failWith(QStringLiteral("connection_refused"),
                 tr("%1 refused the connection: nothing listens on that port. Check the endpoint and port (AWS IoT: "
                    "8443, or 443 with ALPN x-amzn-http-ca).")
                     .arg(describeTarget()),
                 detail);
        return;
    case QAbstractSocket::HostNotFoundError:
        failWith(QStringLiteral("host_not_found"),
                 tr("The host “%1” was not found. Check the endpoint (AWS IoT: <prefix>-ats.iot.<region>."
                    "amazonaws.com, see aws iot describe-endpoint --endpoint-type iot:Data-ATS).")
                     .arg(m_target.host),
                 detail);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: {
        const QString reasons = m_sslErrors.isEmpty() ? detail : m_sslErrors.join(QStringLiteral("; "));
        failWith(QStringLiteral("tls_handshake_failed"),
                 tr("The TLS handshake with %1 failed: %2. Check the CA file (it must have issued the server's "
                    "certificate), the host name, and that the server accepts your client certificate.")
                     .arg(describeTarget(), reasons),
                 detail);
        return;
    }
    case QAbstractSocket::SocketTimeoutError:
        onTimeout();
        return;
    default:
        if (m_encrypted) {
            onDisconnected();
            return;
        }
        failWith(QStringLiteral("network_error"), tr("The connection to %1 failed.").arg(describeTarget()), detail);
        return;
    }
}

void HttpsClient::finishWith(const HttpResponse& response)
{
    abort();
    Q_EMIT responseReceived(response);
}

void HttpsClient::failWith(const QString& code, const QString& message, const QString& detail)
{
    abort();
    // Never from inside send(); and dropped when a new send() or abort() comes first.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, error = Error{code, message, detail}] {
            if (generation == m_generation) {
                Q_EMIT failed(error);
            }
        },
        Qt::QueuedConnection);
}

} // namespace Aws
