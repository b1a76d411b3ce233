// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HTTP/1.1 wire helpers shared by HttpsClient (responses) and LocalDataPlane (requests), private to lib/aws. Pure
// functions on bytes: safe on any thread.

#include "aws/HttpsClient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Aws::Wire {

/// The start line and headers of a message, up to and including the blank line.
struct Head
{
    QByteArray first;  ///< method / version (request) or version (response)
    QByteArray second; ///< target (request) or status code (response)
    QByteArray third;  ///< version (request) or reason phrase (response)
    HttpHeaders headers;
    qsizetype size = 0; ///< bytes of the head, blank line included
};

/// Where the head ends: the index after "\r\n\r\n" (or "\n\n"), or -1 when it is not complete yet.
qsizetype headEnd(const QByteArray& bytes);
/// Parses a complete head (`bytes` up to headEnd()); nullopt when the start line or a header line is malformed.
std::optional<Head> parseHead(const QByteArray& bytes, qsizetype end);

/// The body framing a head announces.
struct Framing
{
    enum class Kind { None, Length, Chunked, UntilClose };
    Kind kind = Kind::None;
    qint64 length = 0;
    bool valid = true; ///< false: a Content-Length that is not a number, or two that differ
};
/// The framing of a response to a request with `method` and `status` (RFC 9112 §6.3).
Framing responseFraming(const HttpHeaders& headers, const QByteArray& method, int status);
/// The framing of a request (no body unless Content-Length or chunked).
Framing requestFraming(const HttpHeaders& headers);

/// Decodes a chunked body from `bytes` (after the head). Returns the body when the last chunk and trailers are
/// complete; nullopt while more bytes are needed; sets `*malformed` on a bad chunk size line.
std::optional<QByteArray> decodeChunked(const QByteArray& bytes, bool* malformed);

/// RFC 3986 percent-encoding of UTF-8 bytes, leaving only unreserved characters (and those in `keep`) as they are.
QByteArray percentEncode(const QString& text, const QByteArray& keep = {});
/// Decodes %XX sequences (and, in a query, '+' as a space when `plusIsSpace`); nullopt for a bad escape or bytes
/// that are not UTF-8.
std::optional<QString> percentDecode(QByteArrayView bytes, bool plusIsSpace = false);

/// The query of a request target split into decoded name/value pairs, in order; nullopt for a bad escape.
std::optional<QList<std::pair<QString, QString>>> parseQuery(QByteArrayView query);

/// "HTTP/1.1 <status> <reason>\r\n" + headers + "\r\n" + body, with Content-Length.
QByteArray serializeResponse(int status, const HttpHeaders& headers, const QByteArray& body);
/// The standard reason phrase for `status` ("OK", "Not Found", ...).
QByteArray reasonPhrase(int status);

} // namespace Aws::Wire
