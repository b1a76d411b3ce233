// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/SigV4Connect_p.h"

#include "aws/SigV4.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>

namespace SigV4Connect {

namespace {

// The answer to an upgrade is small; more than this is not read.
constexpr qsizetype MAX_RESPONSE = 64 * 1024;

/// Status, x-amzn-ErrorType and body of an HTTP response read from `socket` (blocking, bounded by `timeoutMs` per
/// wait and MAX_RESPONSE in size). Status 0 when no complete status line arrived.
struct UpgradeAnswer
{
    int status = 0;
    QByteArray errorType;
    QByteArray body;
};

UpgradeAnswer readAnswer(QSslSocket& socket, int timeoutMs)
{
    UpgradeAnswer answer;
    QByteArray data;
    qsizetype headEnd = -1;
    while ((headEnd = data.indexOf("\r\n\r\n")) < 0 && data.size() < MAX_RESPONSE) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs)) {
            break;
        }
        data += socket.read(MAX_RESPONSE - data.size());
    }
    const QList<QByteArray> lines = data.left(headEnd < 0 ? data.size() : headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (!statusLine.value(0).startsWith("HTTP/") || statusLine.size() < 2) {
        return answer;
    }
    answer.status = statusLine.at(1).toInt();
    qsizetype contentLength = -1;
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "x-amzn-errortype") {
            answer.errorType = value;
        } else if (name == "content-length") {
            contentLength = value.toLongLong();
        }
    }
    if (answer.status == 101 || headEnd < 0) {
        return answer;
    }
    answer.body = data.mid(headEnd + 4);
    const qsizetype wanted = contentLength >= 0 ? qMin(contentLength, MAX_RESPONSE) : MAX_RESPONSE;
    while (answer.body.size() < wanted) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs)) {
            break; // closed (a body without Content-Length ends with the connection) or silent
        }
        answer.body += socket.read(wanted - answer.body.size());
    }
    return answer;
}

QByteArray upgradeRequest(const QString& uri, const QString& host)
{
    // Byte for byte as Paho sends it: everything after the authority.
    const QByteArray bytes = uri.toUtf8();
    const qsizetype schemeEnd = bytes.indexOf("://");
    const qsizetype pathStart = bytes.indexOf('/', schemeEnd < 0 ? 0 : schemeEnd + 3);
    const QByteArray target = pathStart < 0 ? QByteArrayLiteral("/mqtt") : bytes.mid(pathStart);
    QByteArray nonce(16, Qt::Uninitialized);
    for (char& byte : nonce) {
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return "GET " + target + " HTTP/1.1\r\nHost: " + host.toUtf8() +
        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + "Origin: http://" + host.toUtf8() +
        "\r\nSec-WebSocket-Key: " + nonce.toBase64() +
        "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mqtt\r\n\r\n";
}

} // namespace

QString hostHeader(const ConnectionOptions& options)
{
    const QString host =
        options.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + options.host + QLatin1Char(']') : options.host;
    return host + QLatin1Char(':') + QString::number(options.port);
}

Result<QString> presignedServerUri(const ConnectionOptions& options, const QDateTime& now)
{
    if (!options.sigV4) {
        return options.serverUri();
    }
    const SigV4Signing& signing = *options.sigV4;
    Aws::PresignInput input;
    input.accessKeyId = signing.accessKeyId.trimmed();
    input.secretAccessKey = signing.secretAccessKey;
    input.sessionToken = signing.sessionToken;
    input.region = signing.region.trimmed();
    input.service = signing.service.trimmed();
    input.host = hostHeader(options);
    input.path = options.path.isEmpty() ? QStringLiteral("/mqtt") : options.path;
    input.signingTime = now;
    input.expiresSeconds = signing.expiresSeconds;
    auto presigned = Aws::presignWebSocketUrl(input);
    if (!presigned) {
        return presigned.error();
    }
    return presigned->url;
}

std::optional<ConnectionProblem> probeUpgrade(const ConnectionOptions& options, int timeoutMs)
{
    const auto uri = presignedServerUri(options, QDateTime::currentDateTimeUtc());
    if (!uri) {
        return ConnectionProblem{SessionError::InvalidOptions, uri.error().message, {}, ConnectionProblem::Field::None};
    }
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        tls.setCaCertificates(QSslCertificate::fromPath(options.caFile));
    }
    if (!options.alpn.isEmpty()) {
        QList<QByteArray> protocols;
        for (const QString& protocol : options.alpn) {
            protocols << protocol.toUtf8();
        }
        tls.setAllowedNextProtocols(protocols);
    }
    tls.setPeerVerifyMode(options.insecure ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(options.host, options.port);
    if (!socket.waitForEncrypted(timeoutMs)) {
        return std::nullopt; // transport problems are the TLS probe's to explain
    }
    socket.write(upgradeRequest(*uri, hostHeader(options)));
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return std::nullopt;
    }
    const UpgradeAnswer answer = readAnswer(socket, timeoutMs);
    socket.abort();
    if (answer.status == 0 || answer.status == 101) {
        return std::nullopt;
    }
    ConnectionProblem problem;
    problem.error = answer.status == 403 ? SessionError::NotAuthorized : SessionError::ProtocolError;
    problem.message = Aws::explainRefusal(answer.status, answer.errorType, answer.body);
    problem.detail = QStringLiteral("HTTP %1").arg(answer.status);
    return problem;
}

} // namespace SigV4Connect
