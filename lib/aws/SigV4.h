// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

/// AWS Signature Version 4 for MQTT over WebSocket (specs/aws-http-sigv4-greengrass.md §3): presigning
/// `GET /mqtt` for AWS IoT, the generic canonical-request / string-to-sign / signing-key steps (which reproduce AWS's
/// published test suite), and the verifying side used by the sandbox's WebSocket gate.
///
/// Pure functions of their inputs (the signing time and "now" are parameters): safe on any thread. Secrets go into the
/// HMAC only; no function here logs anything, and no error text or refusal message contains a secret or a token.
namespace Aws {

/// Translation context for the strings of this namespace (non-QObject code).
class SigV4Text
{
    Q_DECLARE_TR_FUNCTIONS(Aws::SigV4)
};

/// The SHA-256 of an empty payload (lower-case hex): the payload hash of a presigned GET.
inline constexpr char EMPTY_PAYLOAD_SHA256[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/// The service name AWS IoT's WebSocket endpoint is signed for (§3.1, §1.5).
inline constexpr char IOT_SERVICE[] = "iotdevicegateway";
/// How far X-Amz-Date may be from the server's clock, either way (§3.3).
inline constexpr int CLOCK_WINDOW_SECONDS = 15 * 60;
/// The largest X-Amz-Expires SigV4 accepts (7 days).
inline constexpr int MAX_EXPIRES_SECONDS = 7 * 24 * 3600;

// ---- Generic SigV4 steps ----------------------------------------------------------------------------------------

/// RFC 3986 percent-encoding as SigV4 wants it: every byte except A–Z a–z 0–9 `-` `.` `_` `~` becomes `%XX` with
/// upper-case hex (so `/` is `%2F` and a space `%20`).
QByteArray uriEncode(const QByteArray& bytes);
/// The inverse of uriEncode() for received query strings (`+` stays `+`). Invalid escapes are kept as they are.
QByteArray uriDecode(const QByteArray& bytes);
/// "20150830T123600Z" for a UTC time.
QByteArray amzDate(const QDateTime& time);
/// Parses "YYYYMMDDTHHMMSSZ" strictly; an invalid QDateTime when it is not exactly that.
QDateTime parseAmzDate(const QByteArray& text);

/// The parts of one HTTP request that SigV4 signs.
struct CanonicalRequestParts
{
    QByteArray method = QByteArrayLiteral("GET");
    /// The path, already in canonical (URI-encoded) form, e.g. "/" or "/mqtt".
    QByteArray canonicalUri = QByteArrayLiteral("/");
    /// Query parameters, NOT encoded: canonicalRequest() encodes and sorts them (by encoded name, then value).
    QList<std::pair<QByteArray, QByteArray>> query;
    /// Signed headers: names are lower-cased and values trimmed (inner runs of spaces become one) and sorted.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray payloadHash = QByteArray(EMPTY_PAYLOAD_SHA256);
};

/// "host;x-amz-date": the lower-cased, sorted header names joined with ';'.
QByteArray signedHeaders(const QList<std::pair<QByteArray, QByteArray>>& headers);
/// The canonical query string: each name and value uriEncode()d, sorted, joined with '&'.
QByteArray canonicalQuery(const QList<std::pair<QByteArray, QByteArray>>& query);
/// METHOD \n URI \n QUERY \n HEADERS(name:value\n each) \n SIGNED-HEADERS \n PAYLOAD-HASH.
QByteArray canonicalRequest(const CanonicalRequestParts& parts);
/// "<yyyymmdd>/<region>/<service>/aws4_request".
QByteArray credentialScope(const QByteArray& date8, const QByteArray& region, const QByteArray& service);
/// "AWS4-HMAC-SHA256 \n <amzDate> \n <scope> \n hex(sha256(canonicalRequest))".
QByteArray stringToSign(const QByteArray& amzDate, const QByteArray& scope, const QByteArray& canonicalRequest);
/// HMAC("AWS4"+secret, date8) → region → service → "aws4_request" (raw 32 bytes).
QByteArray signingKey(const QByteArray& secret, const QByteArray& date8, const QByteArray& region,
                      const QByteArray& service);
/// Lower-case hex of HMAC-SHA256(signingKey, stringToSign).
QByteArray signature(const QByteArray& signingKey, const QByteArray& stringToSign);

// ---- Presigning an AWS IoT WebSocket URL -----------------------------------------------------------------------

/// What presignWebSocketUrl() needs. The secret and the token are never part of an error message.
struct PresignInput
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< optional; appended after the signature, never signed (§3.2)
    QString region;
    QString service = QString::fromLatin1(IOT_SERVICE);
    /// Exactly the Host header the client will send, e.g. "abc-ats.iot.eu-west-1.amazonaws.com:443" (Paho always
    /// sends the port, §3.4).
    QString host;
    QString path = QStringLiteral("/mqtt");
    QDateTime signingTime;             ///< UTC; invalid: refused
    std::optional<int> expiresSeconds; ///< X-Amz-Expires, signed when present (§3.3)
};

/// Every intermediate string of a presign, for `sigv4 presign --json` and tests.
struct PresignResult
{
    QString credentialScope;
    QString canonicalRequest;
    QString stringToSign;
    QString signature; ///< lower-case hex
    /// wss://<host><path>?<canonical query>&X-Amz-Signature=<sig>[&X-Amz-Security-Token=<encoded token>]
    QString url;
};

/// Presigns `GET <path>` for AWS IoT's WebSocket endpoint (§3.1–3.4). Errors (`invalid_sigv4`) name the missing or
/// malformed input and what to give instead.
Result<PresignResult> presignWebSocketUrl(const PresignInput& input);

// ---- Verifying a presigned request (the sandbox's gate) --------------------------------------------------------

/// What the verifier knows about one access key ID.
struct KnownCredential
{
    QString secretAccessKey;
    QString region;       ///< the region the key is valid in (the gate's region)
    QString sessionToken; ///< empty: no token may be sent; else the request must carry exactly this one
};

/// Looks up an access key ID; nothing when the key is unknown.
using CredentialLookup = std::function<std::optional<KnownCredential>(const QString& accessKeyId)>;

/// Why a presigned request was refused, in the shape AWS IoT answers a refused WebSocket upgrade (§3.4).
struct Refusal
{
    /// Stable: missing_parameter, malformed_parameter, unknown_access_key, wrong_scope, invalid_token,
    /// signature_mismatch, signature_expired, signature_not_yet_current, request_expired.
    QString code;
    int httpStatus = 403;
    QString errorType = QStringLiteral("ForbiddenException"); ///< x-amzn-ErrorType, sent with a trailing ':'
    QString message; ///< AWS-style text for the JSON body; never contains a secret or a token
};

/// The outcome of verifyPresignedRequest(): accepted (key ID, region, signing time) or a refusal.
struct Verification
{
    std::optional<Refusal> refusal;
    QString accessKeyId;
    QString region;
    QByteArray amzDate; ///< X-Amz-Date as received (set whenever it could be read, refused or not)

    bool ok() const { return !refusal.has_value(); }
};

/// Verifies a presigned request as AWS IoT does: `pathAndQuery` and `hostHeader` exactly as received, `now` the
/// server's clock. The session token is never part of the canonical query (§3.2): a URL that signed it fails with a
/// signature mismatch, as on AWS. Checks, in order: parameters present and well-formed, algorithm, scope (service,
/// region, terminator, date matching X-Amz-Date), access key known, token, X-Amz-Date within ±15 minutes of `now`,
/// X-Amz-Expires not elapsed, signature (compared in constant time).
Verification verifyPresignedRequest(const QByteArray& method, const QByteArray& pathAndQuery,
                                    const QByteArray& hostHeader, const QDateTime& now, const CredentialLookup& lookup,
                                    const QString& service = QString::fromLatin1(IOT_SERVICE));

/// The JSON body AWS IoT sends with a refusal: {"message":"...","traceId":"..."}.
QByteArray refusalBody(const Refusal& refusal, const QString& traceId);

/// A refused WebSocket upgrade seen by a client (status line, x-amzn-ErrorType, body) in plain words with what to do:
/// fix the clock, refresh the credentials, sign the Host header with its port (:443), do not sign the session token,
/// check the policy. Translated; the server's own message is quoted at the end.
QString explainRefusal(int httpStatus, const QByteArray& errorType, const QByteArray& body);

} // namespace Aws
