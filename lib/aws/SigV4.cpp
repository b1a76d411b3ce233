// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/SigV4.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace Aws {

namespace {

using Tr = SigV4Text;

const QByteArray ALGORITHM = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray TERMINATOR = QByteArrayLiteral("aws4_request");
const QByteArray P_ALGORITHM = QByteArrayLiteral("X-Amz-Algorithm");
const QByteArray P_CREDENTIAL = QByteArrayLiteral("X-Amz-Credential");
const QByteArray P_DATE = QByteArrayLiteral("X-Amz-Date");
const QByteArray P_EXPIRES = QByteArrayLiteral("X-Amz-Expires");
const QByteArray P_SIGNED_HEADERS = QByteArrayLiteral("X-Amz-SignedHeaders");
const QByteArray P_SIGNATURE = QByteArrayLiteral("X-Amz-Signature");
const QByteArray P_TOKEN = QByteArrayLiteral("X-Amz-Security-Token");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

QByteArray hmac(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// Trims and collapses inner runs of spaces, as SigV4 canonicalises header values.
QByteArray canonicalHeaderValue(const QByteArray& value)
{
    return value.simplified();
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

Error invalidInput(const QString& message)
{
    return Error{QStringLiteral("invalid_sigv4"), message, {}};
}

Refusal refuse(const char* code, const QString& message)
{
    Refusal refusal;
    refusal.code = QString::fromLatin1(code);
    refusal.message = message;
    return refusal;
}

QString latin(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

/// The received query as decoded (name, value) pairs; duplicates are refused.
std::optional<Refusal> parseQuery(const QByteArray& query, QHash<QByteArray, QByteArray>* params)
{
    if (query.isEmpty()) {
        return std::nullopt;
    }
    for (const QByteArray& item : query.split('&')) {
        if (item.isEmpty()) {
            continue;
        }
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = uriDecode(eq < 0 ? item : item.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : uriDecode(item.mid(eq + 1));
        if (params->contains(name)) {
            return refuse("malformed_parameter",
                          QStringLiteral("The query parameter '%1' appears more than once.").arg(latin(name)));
        }
        params->insert(name, value);
    }
    return std::nullopt;
}

/// The parsed X-Amz-Credential: AKID/date8/region/service/aws4_request.
struct Scope
{
    QByteArray accessKeyId, date8, region, service, terminator;
};

std::optional<Refusal> checkScope(const QByteArray& credential, const QByteArray& date, const QString& service,
                                  Scope* scope)
{
    const QList<QByteArray> parts = credential.split('/');
    if (parts.size() != 5 || parts.at(0).isEmpty()) {
        return refuse("malformed_parameter",
                      QStringLiteral("Credential should have 5 parts separated by '/': "
                                     "<access key ID>/<yyyymmdd>/<region>/<service>/aws4_request, got '%1'.")
                          .arg(latin(credential)));
    }
    *scope = Scope{parts.at(0), parts.at(1), parts.at(2), parts.at(3), parts.at(4)};
    if (scope->terminator != TERMINATOR) {
        return refuse("wrong_scope",
                      QStringLiteral("Credential should be scoped with a valid terminator: "
                                     "'aws4_request', not '%1'.")
                          .arg(latin(scope->terminator)));
    }
    if (latin(scope->service) != service) {
        return refuse("wrong_scope",
                      QStringLiteral("Credential should be scoped to correct service: '%1', not '%2'.")
                          .arg(service, latin(scope->service)));
    }
    if (scope->date8 != date.left(8)) {
        return refuse("wrong_scope",
                      QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                                     "version of date from HTTP: '%1' != '%2', from 'X-Amz-Date'.")
                          .arg(latin(scope->date8), latin(date.left(8))));
    }
    return std::nullopt;
}

/// Checks X-Amz-Date against `now` (±15 minutes) and X-Amz-Expires.
std::optional<Refusal> checkTime(const QDateTime& signedAt, const QByteArray& date, const QByteArray* expires,
                                 const QDateTime& now)
{
    const QDateTime utcNow = now.toUTC();
    const QByteArray nowText = amzDate(utcNow);
    if (signedAt.secsTo(utcNow) > CLOCK_WINDOW_SECONDS) {
        return refuse("signature_expired",
                      QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                          .arg(latin(date), latin(amzDate(utcNow.addSecs(-CLOCK_WINDOW_SECONDS))), latin(nowText)));
    }
    if (utcNow.secsTo(signedAt) > CLOCK_WINDOW_SECONDS) {
        return refuse("signature_not_yet_current",
                      QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 15 min.)")
                          .arg(latin(date), latin(amzDate(utcNow.addSecs(CLOCK_WINDOW_SECONDS))), latin(nowText)));
    }
    if (expires) {
        bool number = false;
        const qint64 seconds = expires->toLongLong(&number);
        if (!number || seconds < 0 || seconds > MAX_EXPIRES_SECONDS || expires->startsWith('+')) {
            return refuse("malformed_parameter",
                          QStringLiteral("X-Amz-Expires must be a whole number of seconds from 0 to %1, not '%2'.")
                              .arg(MAX_EXPIRES_SECONDS)
                              .arg(latin(*expires)));
        }
        const QDateTime end = signedAt.addSecs(seconds);
        if (utcNow > end) {
            return refuse("request_expired",
                          QStringLiteral("Request has expired: X-Amz-Date %1 plus X-Amz-Expires %2 s ended at %3; "
                                         "it is now %4.")
                              .arg(latin(date))
                              .arg(seconds)
                              .arg(latin(amzDate(end)), latin(nowText)));
        }
    }
    return std::nullopt;
}

} // namespace

// ---- Generic steps ----------------------------------------------------------------------------------------------

QByteArray uriEncode(const QByteArray& bytes)
{
    static const char HEX[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%').append(HEX[byte >> 4]).append(HEX[byte & 0x0F]);
        }
    }
    return out;
}

QByteArray uriDecode(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '%' && i + 2 < bytes.size() && hexValue(bytes.at(i + 1)) >= 0 && hexValue(bytes.at(i + 2)) >= 0) {
            out.append(static_cast<char>(hexValue(bytes.at(i + 1)) * 16 + hexValue(bytes.at(i + 2))));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray amzDate(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime parseAmzDate(const QByteArray& text)
{
    if (text.size() != 16 || text.at(8) != 'T' || text.at(15) != 'Z') {
        return {};
    }
    for (qsizetype i = 0; i < 15; ++i) {
        if (i != 8 && (text.at(i) < '0' || text.at(i) > '9')) {
            return {};
        }
    }
    const QDate date = QDate::fromString(QString::fromLatin1(text.left(8)), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(QString::fromLatin1(text.mid(9, 6)), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}

QByteArray signedHeaders(const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QList<QByteArray> names;
    for (const auto& header : headers) {
        names.append(header.first.toLower());
    }
    std::sort(names.begin(), names.end());
    return names.join(';');
}

QByteArray canonicalQuery(const QList<std::pair<QByteArray, QByteArray>>& query)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto& [name, value] : query) {
        encoded.append({uriEncode(name), uriEncode(value)});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : std::as_const(encoded)) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray canonicalRequest(const CanonicalRequestParts& parts)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto& [name, value] : parts.headers) {
        headers.append({name.toLower(), canonicalHeaderValue(value)});
    }
    std::sort(headers.begin(), headers.end());
    QByteArray out = parts.method + '\n' + parts.canonicalUri + '\n' + canonicalQuery(parts.query) + '\n';
    for (const auto& [name, value] : std::as_const(headers)) {
        out.append(name).append(':').append(value).append('\n');
    }
    out.append('\n').append(signedHeaders(parts.headers)).append('\n').append(parts.payloadHash);
    return out;
}

QByteArray credentialScope(const QByteArray& date8, const QByteArray& region, const QByteArray& service)
{
    return date8 + '/' + region + '/' + service + '/' + TERMINATOR;
}

QByteArray stringToSign(const QByteArray& amzDateText, const QByteArray& scope, const QByteArray& canonical)
{
    return ALGORITHM + '\n' + amzDateText + '\n' + scope + '\n' + sha256Hex(canonical);
}

QByteArray signingKey(const QByteArray& secret, const QByteArray& date8, const QByteArray& region,
                      const QByteArray& service)
{
    const QByteArray dateKey = hmac(QByteArrayLiteral("AWS4") + secret, date8);
    const QByteArray regionKey = hmac(dateKey, region);
    const QByteArray serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, TERMINATOR);
}

QByteArray signature(const QByteArray& key, const QByteArray& toSign)
{
    return hmac(key, toSign).toHex();
}

// ---- Presigning -------------------------------------------------------------------------------------------------

Result<PresignResult> presignWebSocketUrl(const PresignInput& input)
{
    if (input.accessKeyId.trimmed().isEmpty()) {
        return invalidInput(Tr::tr("No access key ID given. Give the AWS access key ID (it starts with AKIA or "
                                   "ASIA), or a profile that has one."));
    }
    if (input.accessKeyId.contains(QLatin1Char('/')) || input.accessKeyId.trimmed() != input.accessKeyId) {
        return invalidInput(Tr::tr("The access key ID “%1” contains a slash or spaces. Copy it again from the IAM "
                                   "console or your credentials file.")
                                .arg(input.accessKeyId));
    }
    if (input.secretAccessKey.isEmpty()) {
        return invalidInput(Tr::tr("No secret access key given for access key ID “%1”. Give the secret that belongs "
                                   "to this key.")
                                .arg(input.accessKeyId));
    }
    if (input.region.isEmpty() || input.region.contains(QLatin1Char('/'))) {
        return invalidInput(Tr::tr("No valid region given. Use the region of the endpoint, e.g. eu-west-1 for "
                                   "abc-ats.iot.eu-west-1.amazonaws.com."));
    }
    if (input.service.isEmpty() || input.service.contains(QLatin1Char('/'))) {
        return invalidInput(Tr::tr("No valid service name given. AWS IoT's WebSocket endpoint uses "
                                   "iotdevicegateway."));
    }
    if (input.host.isEmpty() || input.host.contains(QLatin1Char('/')) || input.host.contains(QLatin1Char(' '))) {
        return invalidInput(Tr::tr("No valid host given. Give the endpoint exactly as the Host header will be sent, "
                                   "e.g. abc-ats.iot.eu-west-1.amazonaws.com:443."));
    }
    if (!input.path.startsWith(QLatin1Char('/')) || input.path.contains(QLatin1Char('?'))) {
        return invalidInput(Tr::tr("The path “%1” must start with / and have no query, e.g. /mqtt.").arg(input.path));
    }
    if (!input.signingTime.isValid()) {
        return invalidInput(Tr::tr("No valid signing time given. Use the current UTC time (YYYYMMDDTHHMMSSZ)."));
    }
    if (input.expiresSeconds && (*input.expiresSeconds < 1 || *input.expiresSeconds > MAX_EXPIRES_SECONDS)) {
        return invalidInput(Tr::tr("X-Amz-Expires must be from 1 to %1 seconds. AWS IoT ends a WebSocket URL "
                                   "about 15 minutes after signing whatever it says, so it can usually be left out.")
                                .arg(MAX_EXPIRES_SECONDS));
    }
    const QByteArray date = amzDate(input.signingTime);
    const QByteArray date8 = date.left(8);
    const QByteArray region = input.region.toUtf8();
    const QByteArray service = input.service.toUtf8();
    const QByteArray scope = credentialScope(date8, region, service);

    CanonicalRequestParts parts;
    parts.method = QByteArrayLiteral("GET");
    parts.canonicalUri = input.path.toUtf8();
    parts.query = {{P_ALGORITHM, ALGORITHM},
                   {P_CREDENTIAL, input.accessKeyId.toUtf8() + '/' + scope},
                   {P_DATE, date},
                   {P_SIGNED_HEADERS, QByteArrayLiteral("host")}};
    if (input.expiresSeconds) {
        parts.query.append({P_EXPIRES, QByteArray::number(*input.expiresSeconds)});
    }
    parts.headers = {{QByteArrayLiteral("host"), input.host.toUtf8()}};
    const QByteArray canonical = canonicalRequest(parts);
    const QByteArray toSign = stringToSign(date, scope, canonical);
    const QByteArray sig = signature(signingKey(input.secretAccessKey.toUtf8(), date8, region, service), toSign);

    // The token goes after the signature and is not signed (§3.2).
    QByteArray url = QByteArrayLiteral("wss://") + input.host.toUtf8() + parts.canonicalUri + '?' +
        canonicalQuery(parts.query) + '&' + P_SIGNATURE + '=' + sig;
    if (!input.sessionToken.isEmpty()) {
        url += '&' + P_TOKEN + '=' + uriEncode(input.sessionToken.toUtf8());
    }
    PresignResult result;
    result.credentialScope = latin(scope);
    result.canonicalRequest = latin(canonical);
    result.stringToSign = latin(toSign);
    result.signature = latin(sig);
    result.url = latin(url);
    return result;
}

// ---- Verifying --------------------------------------------------------------------------------------------------

namespace {

/// The checks that need no credentials: parameters present, algorithm, date, scope and signed headers.
std::optional<Refusal> checkParameters(const QHash<QByteArray, QByteArray>& params, const QString& service,
                                       Scope* scope, QDateTime* signedAt)
{
    QStringList missing;
    for (const QByteArray& name : {P_ALGORITHM, P_CREDENTIAL, P_SIGNATURE, P_DATE, P_SIGNED_HEADERS}) {
        if (params.value(name).isEmpty()) {
            missing << latin(name);
        }
    }
    if (!missing.isEmpty()) {
        return refuse("missing_parameter",
                      QStringLiteral("AWS query-string parameters must include 'X-Amz-Algorithm', "
                                     "'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', "
                                     "'X-Amz-SignedHeaders'. Missing: %1.")
                          .arg(missing.join(QStringLiteral(", "))));
    }
    if (params.value(P_ALGORITHM) != ALGORITHM) {
        return refuse("malformed_parameter",
                      QStringLiteral("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\", not "
                                     "'%1'.")
                          .arg(latin(params.value(P_ALGORITHM))));
    }
    const QByteArray date = params.value(P_DATE);
    *signedAt = parseAmzDate(date);
    if (!signedAt->isValid()) {
        return refuse("malformed_parameter",
                      QStringLiteral("X-Amz-Date must be in the ISO8601 Long Format "
                                     "\"yyyyMMdd'T'HHmmss'Z'\", not '%1'.")
                          .arg(latin(date)));
    }
    if (auto refusal = checkScope(params.value(P_CREDENTIAL), date, service, scope)) {
        return refusal;
    }
    if (!params.value(P_SIGNED_HEADERS).split(';').contains(QByteArrayLiteral("host"))) {
        return refuse("malformed_parameter",
                      QStringLiteral("X-Amz-SignedHeaders must include 'host', not '%1'.")
                          .arg(latin(params.value(P_SIGNED_HEADERS))));
    }
    return std::nullopt;
}

/// Recomputes the signature over the request as received and compares it in constant time.
std::optional<Refusal> checkSignature(const QByteArray& method, const QByteArray& path,
                                      const QHash<QByteArray, QByteArray>& params, const QByteArray& hostHeader,
                                      const Scope& scope, const QByteArray& secret)
{
    // Every parameter but the signature and the (never signed) token, and the signed headers with the values we
    // received (only Host exists on our side; any other signed header is empty here and fails).
    CanonicalRequestParts parts;
    parts.method = method;
    parts.canonicalUri = path.isEmpty() ? QByteArrayLiteral("/") : path;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() != P_SIGNATURE && it.key() != P_TOKEN) {
            parts.query.append({it.key(), it.value()});
        }
    }
    for (const QByteArray& name : params.value(P_SIGNED_HEADERS).split(';')) {
        parts.headers.append({name, name == "host" ? hostHeader : QByteArray()});
    }
    const QByteArray canonical = canonicalRequest(parts);
    const QByteArray scopeText = credentialScope(scope.date8, scope.region, scope.service);
    const QByteArray expected = signature(signingKey(secret, scope.date8, scope.region, scope.service),
                                          stringToSign(params.value(P_DATE), scopeText, canonical));
    if (constantTimeEquals(expected, params.value(P_SIGNATURE).toLower())) {
        return std::nullopt;
    }
    return refuse("signature_mismatch",
                  QStringLiteral("The request signature we calculated does not match the signature you provided. "
                                 "Check your AWS Secret Access Key and signing method. The canonical request we "
                                 "calculated: '%1'")
                      .arg(latin(canonical)));
}

} // namespace

Verification verifyPresignedRequest(const QByteArray& method, const QByteArray& pathAndQuery,
                                    const QByteArray& hostHeader, const QDateTime& now, const CredentialLookup& lookup,
                                    const QString& service)
{
    Verification result;
    const qsizetype mark = pathAndQuery.indexOf('?');
    const QByteArray path = mark < 0 ? pathAndQuery : pathAndQuery.left(mark);
    QHash<QByteArray, QByteArray> params;
    if (auto refusal = parseQuery(mark < 0 ? QByteArray() : pathAndQuery.mid(mark + 1), &params)) {
        result.refusal = refusal;
        return result;
    }
    result.amzDate = params.value(P_DATE);
    Scope scope;
    QDateTime signedAt;
    if (auto refusal = checkParameters(params, service, &scope, &signedAt)) {
        result.refusal = refusal;
        return result;
    }
    result.accessKeyId = latin(scope.accessKeyId);
    result.region = latin(scope.region);
    const std::optional<KnownCredential> known = lookup ? lookup(result.accessKeyId) : std::nullopt;
    if (!known) {
        result.refusal = refuse("unknown_access_key",
                                QStringLiteral("The access key ID '%1' is not known: the security token included in "
                                               "the request is invalid.")
                                    .arg(result.accessKeyId));
    } else if (result.region != known->region) {
        result.refusal = refuse("wrong_scope",
                                QStringLiteral("Credential should be scoped to a valid region, not "
                                               "'%1'. This endpoint is in '%2'.")
                                    .arg(result.region, known->region));
    } else if (latin(params.value(P_TOKEN)) != known->sessionToken) {
        result.refusal = refuse("invalid_token",
                                QStringLiteral("The security token included in the request is "
                                               "invalid."));
    } else if (auto refusal = checkTime(signedAt, result.amzDate,
                                        params.contains(P_EXPIRES) ? &params[P_EXPIRES] : nullptr, now)) {
        result.refusal = refusal;
    } else {
        result.refusal = checkSignature(method, path, params, hostHeader, scope, known->secretAccessKey.toUtf8());
    }
    return result;
}

QByteArray refusalBody(const Refusal& refusal, const QString& traceId)
{
    QJsonObject body;
    body.insert(QStringLiteral("message"), refusal.message);
    body.insert(QStringLiteral("traceId"), traceId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString explainRefusal(int httpStatus, const QByteArray& errorType, const QByteArray& body)
{
    QString serverMessage;
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject()) {
        serverMessage = json.object().value(QStringLiteral("message")).toString();
        if (serverMessage.isEmpty()) {
            serverMessage = json.object().value(QStringLiteral("errorMessage")).toString();
        }
    } else if (!body.trimmed().isEmpty()) {
        serverMessage = QString::fromUtf8(body.trimmed().left(500));
    }
    const QString type = QString::fromLatin1(errorType.left(errorType.indexOf(':'))).trimmed();
    const auto says = [&](const char* text) {
        return serverMessage.contains(QLatin1String(text), Qt::CaseInsensitive);
    };

    QString advice;
    if (says("Signature expired")) {
        advice = Tr::tr("The signed URL is older than the server accepts (15 minutes): this computer's clock is behind "
                        "the server's, or the URL was signed too long ago. Set the clock automatically (NTP) and "
                        "connect again; ThingBench signs a fresh URL for every attempt.");
    } else if (says("not yet current")) {
        advice = Tr::tr("The signed URL is dated more than 15 minutes in the server's future: this computer's clock is "
                        "ahead. Set the clock automatically (NTP) and connect again.");
    } else if (says("Request has expired")) {
        advice = Tr::tr("The URL's X-Amz-Expires time has passed. Sign a new URL just before connecting, or leave "
                        "X-Amz-Expires out.");
    } else if (says("does not match")) {
        advice = Tr::tr("The signature does not match. Check that the secret access key belongs to the access key ID; "
                        "sign exactly the Host header the client sends (Paho sends the port too: "
                        "endpoint:443); and do not sign the session token: X-Amz-Security-Token goes after "
                        "X-Amz-Signature, outside the signature.");
    } else if (says("security token") || says("not known")) {
        advice = Tr::tr("The credentials are not accepted: the access key ID is unknown, or the session token is "
                        "wrong or has expired. Refresh the temporary credentials (for example with "
                        "“aws configure export-credentials”) and connect again.");
    } else if (says("Credential should be scoped")) {
        advice = Tr::tr("The credential scope is wrong: sign for the endpoint's own region (eu-west-1 for "
                        "abc-ats.iot.eu-west-1.amazonaws.com) and the service iotdevicegateway.");
    } else if (says("must include") || says("X-Amz-")) {
        advice = Tr::tr("The URL lacks SigV4 parameters or has malformed ones. Sign it again with ThingBench (or "
                        "thingbench-cli sigv4 presign) instead of editing it by hand.");
    } else if (httpStatus == 403) {
        advice = Tr::tr("The server refused the WebSocket connection (403 Forbidden). Check the credentials and that "
                        "their IAM policy allows iot:Connect for this client ID.");
    } else {
        advice = Tr::tr("The server refused the WebSocket upgrade with HTTP status %1. Check the URL's host, port and "
                        "path (/mqtt).")
                     .arg(httpStatus);
    }
    if (!serverMessage.isEmpty()) {
        advice += QLatin1Char(' ') +
            (type.isEmpty() ? Tr::tr("The server said: “%1”").arg(serverMessage)
                            : Tr::tr("The server said (%1): “%2”").arg(type, serverMessage));
    }
    return advice;
}

} // namespace Aws
