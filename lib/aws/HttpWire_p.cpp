// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/HttpWire_p.h"

#include <QStringDecoder>

namespace Aws {

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace Aws

namespace Aws::Wire {

qsizetype headEnd(const QByteArray& bytes)
{
    const qsizetype crlf = bytes.indexOf("\r\n\r\n");
    const qsizetype lf = bytes.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        return crlf + 4;
    }
    return lf >= 0 ? lf + 2 : -1;
}

std::optional<Head> parseHead(const QByteArray& bytes, qsizetype end)
{
    QList<QByteArray> lines = bytes.left(end).split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    if (lines.isEmpty()) {
        return std::nullopt;
    }
    Head head;
    head.size = end;
    const QByteArray& start = lines.constFirst();
    const qsizetype firstSpace = start.indexOf(' ');
    if (firstSpace <= 0) {
        return std::nullopt;
    }
    const qsizetype secondSpace = start.indexOf(' ', firstSpace + 1);
    head.first = start.left(firstSpace);
    head.second = secondSpace < 0 ? start.mid(firstSpace + 1) : start.mid(firstSpace + 1, secondSpace - firstSpace - 1);
    head.third = secondSpace < 0 ? QByteArray() : start.mid(secondSpace + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) {
            return std::nullopt; // no obsolete line folding (RFC 9112 §5.2)
        }
        head.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

namespace {

Framing lengthFraming(const HttpHeaders& headers, Framing::Kind otherwise)
{
    Framing framing;
    const QByteArray encoding = headerValue(headers, "transfer-encoding").toLower();
    if (encoding.contains("chunked")) {
        framing.kind = Framing::Kind::Chunked;
        return framing;
    }
    std::optional<qint64> length;
    for (const auto& [name, value] : headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) != 0) {
            continue;
        }
        bool ok = false;
        const qint64 parsed = value.toLongLong(&ok);
        if (!ok || parsed < 0 || (length && *length != parsed)) {
            framing.valid = false;
            return framing;
        }
        length = parsed;
    }
    if (length) {
        framing.kind = Framing::Kind::Length;
        framing.length = *length;
    } else {
        framing.kind = otherwise;
    }
    return framing;
}

} // namespace

Framing responseFraming(const HttpHeaders& headers, const QByteArray& method, int status)
{
    if (method == "HEAD" || (status >= 100 && status < 200) || status == 204 || status == 304) {
        return {};
    }
    return lengthFraming(headers, Framing::Kind::UntilClose);
}

Framing requestFraming(const HttpHeaders& headers)
{
    return lengthFraming(headers, Framing::Kind::None);
}

std::optional<QByteArray> decodeChunked(const QByteArray& bytes, bool* malformed)
{
    *malformed = false;
    QByteArray body;
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = bytes.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            return std::nullopt;
        }
        QByteArray sizeText = bytes.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0) {
            sizeText.truncate(semicolon); // chunk extensions are ignored
        }
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > qint64(1) << 40) {
            *malformed = true;
            return std::nullopt;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers end with an empty line.
            const qsizetype end = bytes.indexOf("\r\n", pos);
            if (end < 0) {
                return std::nullopt;
            }
            if (end == pos) {
                return body;
            }
            const qsizetype trailersEnd = bytes.indexOf("\r\n\r\n", pos);
            return trailersEnd < 0 ? std::nullopt : std::optional<QByteArray>(body);
        }
        if (bytes.size() < pos + size + 2) {
            return std::nullopt;
        }
        body.append(bytes.constData() + pos, size);
        if (bytes.mid(pos + size, 2) != "\r\n") {
            *malformed = true;
            return std::nullopt;
        }
        pos += size + 2;
    }
}

QByteArray percentEncode(const QString& text, const QByteArray& keep)
{
    return text.toUtf8().toPercentEncoding(keep);
}

std::optional<QString> percentDecode(QByteArrayView bytes, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '%') {
            if (i + 2 >= bytes.size()) {
                return std::nullopt;
            }
            bool ok = false;
            const int value = QByteArray(bytes.data() + i + 1, 2).toInt(&ok, 16);
            if (!ok) {
                return std::nullopt;
            }
            out.append(char(value));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(out);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

std::optional<QList<std::pair<QString, QString>>> parseQuery(QByteArrayView query)
{
    QList<std::pair<QString, QString>> pairs;
    if (query.isEmpty()) {
        return pairs;
    }
    for (const QByteArray& part : QByteArray(query.data(), query.size()).split('&')) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype equals = part.indexOf('=');
        const auto name = percentDecode(equals < 0 ? part : part.left(equals), true);
        const auto value = percentDecode(equals < 0 ? QByteArray() : part.mid(equals + 1), true);
        if (!name || !value) {
            return std::nullopt;
        }
        pairs.append({*name, *value});
    }
    return pairs;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray serializeResponse(int status, const HttpHeaders& headers, const QByteArray& body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "content-length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

} // namespace Aws::Wire
