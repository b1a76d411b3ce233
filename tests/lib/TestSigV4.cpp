// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/SigV4.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// AWS's SigV4 test suite context (awslabs/aws-c-auth tests/aws-signing-test-suite/v4/*/context.json).
const QByteArray SUITE_KEY_ID = "AKIDEXAMPLE";
const QByteArray SUITE_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const QByteArray SUITE_TOKEN = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
const QByteArray SUITE_DATE = "20150830T123600Z";
const QByteArray SUITE_SCOPE = "20150830/us-east-1/service/aws4_request";

const QString IOT_HOST = u"abc123-ats.iot.eu-west-1.amazonaws.com:443"_s;
const QString KEY_ID = u"AKIDEXAMPLE"_s;
const QString SECRET = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
// A session token with characters that RFC 3986 encoding must escape.
const QString TOKEN = u"IQoJb3JpZ2luX2Vj/+token=="_s;

QDateTime at(const char* amzDate)
{
    return Aws::parseAmzDate(amzDate);
}

Aws::PresignInput iotInput()
{
    Aws::PresignInput input;
    input.accessKeyId = KEY_ID;
    input.secretAccessKey = SECRET;
    input.region = u"eu-west-1"_s;
    input.host = IOT_HOST;
    input.signingTime = at("20261206T101500Z");
    return input;
}

/// The path and query of a presigned URL, as a server receives it.
QByteArray target(const QString& url)
{
    const QByteArray bytes = url.toUtf8();
    const qsizetype pathStart = bytes.indexOf('/', int(strlen("wss://")));
    return bytes.mid(pathStart);
}

Aws::CredentialLookup lookupFor(const QString& keyId, const QString& secret, const QString& region,
                                const QString& token = {})
{
    return [=](const QString& id) -> std::optional<Aws::KnownCredential> {
        if (id != keyId) {
            return std::nullopt;
        }
        return Aws::KnownCredential{secret, region, token};
    };
}

} // namespace

/// The SigV4 signer (specs/aws-http-sigv4-greengrass.md §3): AWS's published test suite, AWS IoT presigning and the
/// verifier of the sandbox's gate. Pure values, no network.
class TestSigV4 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uriEncoding();
    void amzDates();
    void publishedGetVanilla();
    void publishedGetVanillaWithSessionToken();
    void iotPresign();
    void iotPresignWithTokenAppendsItUnsigned();
    void iotPresignWithExpires();
    void presignRejectsBadInput_data();
    void presignRejectsBadInput();
    void verifyRoundTrip();
    void verifyRefuses_data();
    void verifyRefuses();
    void verifyExpiryMessageIsAwsStyle();
    void explainRefusal_data();
    void explainRefusal();
    void secretsNeverInRefusals();
};

void TestSigV4::uriEncoding()
{
    QCOMPARE(Aws::uriEncode("AZaz09-._~"), QByteArray("AZaz09-._~"));
    QCOMPARE(Aws::uriEncode("a/b c+d=e&f%"), QByteArray("a%2Fb%20c%2Bd%3De%26f%25"));
    QCOMPARE(Aws::uriEncode("\xC3\xA9"), QByteArray("%C3%A9")); // upper-case hex, per byte
    QCOMPARE(Aws::uriDecode("a%2Fb%20c%2bd+%zz%"), QByteArray("a/b c+d+%zz%"));
}

void TestSigV4::amzDates()
{
    const QDateTime time = at("20150830T123600Z");
    QVERIFY(time.isValid());
    QCOMPARE(time, QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC));
    QCOMPARE(Aws::amzDate(time), QByteArray("20150830T123600Z"));
    QVERIFY(!at("20150830T123600").isValid());
    QVERIFY(!at("2015-08-30T12:36:00Z").isValid());
    QVERIFY(!at("20151330T123600Z").isValid());
    QVERIFY(!at("20150830T123660Z").isValid());
}

// aws-c-auth tests/aws-signing-test-suite/v4/get-vanilla, query form: `query-string-to-sign.txt` is published; it
// holds the SHA-256 of the canonical request, so matching it byte for byte checks our canonical request too.
void TestSigV4::publishedGetVanilla()
{
    Aws::CanonicalRequestParts parts;
    parts.method = "GET";
    parts.canonicalUri = "/";
    parts.query = {{"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
                   {"X-Amz-SignedHeaders", "host"}, // given out of order: canonicalQuery() sorts
                   {"X-Amz-Credential", SUITE_KEY_ID + '/' + SUITE_SCOPE},
                   {"X-Amz-Date", SUITE_DATE}};
    parts.headers = {{"Host", "example.amazonaws.com"}};
    const QByteArray canonical = Aws::canonicalRequest(parts);
    QCOMPARE(canonical,
             QByteArray("GET\n/\n"
                        "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-"
                        "1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host\n"
                        "host:example.amazonaws.com\n\nhost\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray toSign =
        Aws::stringToSign(SUITE_DATE, Aws::credentialScope("20150830", "us-east-1", "service"), canonical);
    // query-string-to-sign.txt, published:
    QCOMPARE(toSign,
             QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                        "50e4af3247eb1fc9666ecb6ddd6837244e375e11e3ac919f08e01ee0a03c1d56"));
    // The HMAC chain over it (checked against an independent HMAC-SHA256 computation; the suite's signed-request file
    // for this case was not available to us — the published signature is checked in the session-token case below).
    const QByteArray key = Aws::signingKey(SUITE_SECRET, "20150830", "us-east-1", "service");
    QCOMPARE(Aws::signature(key, toSign),
             QByteArray("359fe211d8c9b77c4c7ceb160481b42da4e09ab0092be54d8a8d210d1fff9a6d"));
}

// aws-c-auth get-vanilla-with-session-token, query form (a generic presign that signs the token, X-Amz-Expires 3600):
// the published query-signed-request.txt carries X-Amz-Signature=7ff2b50b…; an earlier published version that also
// signed the token as a header has query-canonical-request.txt and query-string-to-sign.txt, checked byte for byte.
void TestSigV4::publishedGetVanillaWithSessionToken()
{
    const QByteArray scope = Aws::credentialScope("20150830", "us-east-1", "service");
    const QByteArray key = Aws::signingKey(SUITE_SECRET, "20150830", "us-east-1", "service");
    Aws::CanonicalRequestParts parts;
    parts.query = {{"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
                   {"X-Amz-Credential", SUITE_KEY_ID + '/' + SUITE_SCOPE},
                   {"X-Amz-Date", SUITE_DATE},
                   {"X-Amz-SignedHeaders", "host"},
                   {"X-Amz-Expires", "3600"},
                   {"X-Amz-Security-Token", SUITE_TOKEN}};
    parts.headers = {{"host", "example.amazonaws.com"}};
    QCOMPARE(Aws::signature(key, Aws::stringToSign(SUITE_DATE, scope, Aws::canonicalRequest(parts))),
             QByteArray("7ff2b50b376cb4d151970630573d6291dc128cc5c2a12ffb237f73cc53f67b6c"));

    parts.query[3].second = "host;x-amz-security-token";
    parts.headers.append({"X-Amz-Security-Token", SUITE_TOKEN});
    const QByteArray canonical = Aws::canonicalRequest(parts);
    QCOMPARE(canonical,
             QByteArray("GET\n/\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%"
                        "2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-Security-Token="
                        "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267&X-Amz-SignedHeaders=host%"
                        "3Bx-amz-security-token\nhost:example.amazonaws.com\nx-amz-security-token:"
                        "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267\n\nhost;x-amz-security-"
                        "token\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(Aws::stringToSign(SUITE_DATE, scope, canonical),
             QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                        "3ccf911b8d0ca9c791608b8f1550af1402a28ccc3a68f0d2023d6d7e334f2e72"));
}

void TestSigV4::iotPresign()
{
    const auto result = Aws::presignWebSocketUrl(iotInput());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->credentialScope, u"20261206/eu-west-1/iotdevicegateway/aws4_request"_s);
    // §3.1: GET /mqtt, the sorted, RFC 3986-encoded query, the Host header with its :443, the empty payload hash.
    QCOMPARE(result->canonicalRequest,
             u"GET\n/mqtt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20261206%2Feu-west-1%2F"
             "iotdevicegateway%2Faws4_request&X-Amz-Date=20261206T101500Z&X-Amz-SignedHeaders=host\n"
             "host:abc123-ats.iot.eu-west-1.amazonaws.com:443\n\nhost\n"
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    QVERIFY(result->stringToSign.startsWith(
        u"AWS4-HMAC-SHA256\n20261206T101500Z\n20261206/eu-west-1/iotdevicegateway/aws4_request\n"_s));
    // An independent HMAC-SHA256 computation over the same strings gave this value.
    QCOMPARE(result->signature, u"d4191222f742e119f2448eadc8f9366191d60d7c0d6b33430e5e78dd8c4a31c4"_s);
    QCOMPARE(result->url,
             u"wss://abc123-ats.iot.eu-west-1.amazonaws.com:443/mqtt?X-Amz-Algorithm=AWS4-HMAC-SHA256&"
             "X-Amz-Credential=AKIDEXAMPLE%2F20261206%2Feu-west-1%2Fiotdevicegateway%2Faws4_request&"
             "X-Amz-Date=20261206T101500Z&X-Amz-SignedHeaders=host&X-Amz-Signature="
             "d4191222f742e119f2448eadc8f9366191d60d7c0d6b33430e5e78dd8c4a31c4"_s);
    QVERIFY(!result->url.contains(SECRET));
    // Signing without the port is a different signature (the 403 of PAHO-JAVA-830).
    Aws::PresignInput noPort = iotInput();
    noPort.host = u"abc123-ats.iot.eu-west-1.amazonaws.com"_s;
    const auto other = Aws::presignWebSocketUrl(noPort);
    QVERIFY(other.ok());
    QVERIFY(other->signature != result->signature);
}

void TestSigV4::iotPresignWithTokenAppendsItUnsigned()
{
    const auto plain = Aws::presignWebSocketUrl(iotInput());
    Aws::PresignInput input = iotInput();
    input.sessionToken = TOKEN;
    const auto withToken = Aws::presignWebSocketUrl(input);
    QVERIFY(plain.ok() && withToken.ok());
    // §3.2: never signed, so nothing but the URL changes.
    QCOMPARE(withToken->signature, plain->signature);
    QCOMPARE(withToken->canonicalRequest, plain->canonicalRequest);
    QCOMPARE(withToken->stringToSign, plain->stringToSign);
    QVERIFY(!withToken->canonicalRequest.contains(u"Security-Token"_s));
    // Appended after the signature, RFC 3986 encoded.
    QCOMPARE(withToken->url, plain->url + u"&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj%2F%2Btoken%3D%3D"_s);
    QVERIFY(withToken->url.indexOf(u"X-Amz-Signature="_s) < withToken->url.indexOf(u"X-Amz-Security-Token="_s));
}

void TestSigV4::iotPresignWithExpires()
{
    Aws::PresignInput input = iotInput();
    input.expiresSeconds = 300;
    const auto result = Aws::presignWebSocketUrl(input);
    QVERIFY(result.ok());
    // Signed when present (§3.3), in its sorted place.
    QVERIFY(result->canonicalRequest.contains(u"&X-Amz-Date=20261206T101500Z&X-Amz-Expires=300&X-Amz-SignedHeaders"_s));
    QVERIFY(result->url.contains(u"X-Amz-Expires=300&"_s));
}

void TestSigV4::presignRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no key id") << u"accessKeyId"_s << QString() << u"access key ID"_s;
    QTest::newRow("key id with slash") << u"accessKeyId"_s << u"AKID/X"_s << u"slash"_s;
    QTest::newRow("no secret") << u"secretAccessKey"_s << QString() << u"secret access key"_s;
    QTest::newRow("no region") << u"region"_s << QString() << u"region"_s;
    QTest::newRow("no host") << u"host"_s << QString() << u"Host header"_s;
    QTest::newRow("host with path") << u"host"_s << u"example.com/mqtt"_s << u"Host header"_s;
    QTest::newRow("relative path") << u"path"_s << u"mqtt"_s << u"/mqtt"_s;
    QTest::newRow("no time") << u"signingTime"_s << QString() << u"signing time"_s;
    QTest::newRow("expires 0") << u"expires"_s << u"0"_s << u"X-Amz-Expires"_s;
    QTest::newRow("expires > 7 days") << u"expires"_s << u"604801"_s << u"X-Amz-Expires"_s;
}

void TestSigV4::presignRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    Aws::PresignInput input = iotInput();
    if (field == u"accessKeyId"_s) {
        input.accessKeyId = value;
    } else if (field == u"secretAccessKey"_s) {
        input.secretAccessKey = value;
    } else if (field == u"region"_s) {
        input.region = value;
    } else if (field == u"host"_s) {
        input.host = value;
    } else if (field == u"path"_s) {
        input.path = value;
    } else if (field == u"signingTime"_s) {
        input.signingTime = QDateTime();
    } else if (field == u"expires"_s) {
        input.expiresSeconds = value.toInt();
    }
    const auto result = Aws::presignWebSocketUrl(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"invalid_sigv4"_s);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(SECRET));
}

void TestSigV4::verifyRoundTrip()
{
    Aws::PresignInput input = iotInput();
    input.sessionToken = TOKEN;
    const auto presigned = Aws::presignWebSocketUrl(input);
    QVERIFY(presigned.ok());
    const auto verification =
        Aws::verifyPresignedRequest("GET", target(presigned->url), IOT_HOST.toUtf8(), at("20261206T102000Z"),
                                    lookupFor(KEY_ID, SECRET, u"eu-west-1"_s, TOKEN));
    QVERIFY2(verification.ok(), qPrintable(verification.refusal ? verification.refusal->message : QString()));
    QCOMPARE(verification.accessKeyId, KEY_ID);
    QCOMPARE(verification.region, u"eu-west-1"_s);
    QCOMPARE(verification.amzDate, QByteArray("20261206T101500Z"));
}

void TestSigV4::verifyRefuses_data()
{
    QTest::addColumn<QString>("secret");  // the client signs with this secret
    QTest::addColumn<QString>("keyId");   // ... this key ID
    QTest::addColumn<QString>("region");  // ... for this region
    QTest::addColumn<QByteArray>("date"); // ... at this time
    QTest::addColumn<int>("expires");     // ... with this X-Amz-Expires (0: none)
    QTest::addColumn<QByteArray>("host"); // the Host header the server receives
    QTest::addColumn<QString>("tamper");  // how the URL is changed after signing
    QTest::addColumn<QByteArray>("now");  // the server's clock
    QTest::addColumn<QString>("code");    // the expected refusal
    QTest::addColumn<QString>("mentions");

    const QByteArray host = IOT_HOST.toUtf8();
    const QByteArray signedAt = "20261206T101500Z";
    const QByteArray soon = "20261206T102000Z";
    QTest::newRow("wrong secret") << u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX"_s << KEY_ID << u"eu-west-1"_s
                                  << signedAt << 0 << host << QString() << soon << u"signature_mismatch"_s
                                  << u"does not match"_s;
    QTest::newRow("host without :443") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0
                                       << QByteArray("abc123-ats.iot.eu-west-1.amazonaws.com") << QString() << soon
                                       << u"signature_mismatch"_s << u"host:abc123-ats.iot.eu-west-1.amazonaws.com\n"_s;
    QTest::newRow("signed token") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host << u"sign-token"_s
                                  << soon << u"signature_mismatch"_s << u"does not match"_s;
    QTest::newRow("token changed") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host << u"other-token"_s
                                   << soon << u"invalid_token"_s << u"security token"_s;
    QTest::newRow("query tampered") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host << u"add-param"_s
                                    << soon << u"signature_mismatch"_s << u"does not match"_s;
    QTest::newRow("expired") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host << QString()
                             << QByteArray("20261206T103501Z") << u"signature_expired"_s << u"Signature expired"_s;
    QTest::newRow("future date") << SECRET << KEY_ID << u"eu-west-1"_s << QByteArray("20261206T105100Z") << 0 << host
                                 << QString() << QByteArray("20261206T103500Z") << u"signature_not_yet_current"_s
                                 << u"not yet current"_s;
    QTest::newRow("X-Amz-Expires elapsed")
        << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 60 << host << QString() << QByteArray("20261206T101601Z")
        << u"request_expired"_s << u"Request has expired"_s;
    QTest::newRow("missing signature") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host
                                       << u"drop-signature"_s << soon << u"missing_parameter"_s
                                       << u"Missing: X-Amz-Signature"_s;
    QTest::newRow("missing date") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host << u"drop-date"_s
                                  << soon << u"missing_parameter"_s << u"Missing: X-Amz-Date"_s;
    QTest::newRow("no query") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host << u"no-query"_s << soon
                              << u"missing_parameter"_s << u"X-Amz-Algorithm"_s;
    QTest::newRow("unknown key") << SECRET << u"AKIDUNKNOWN"_s << u"eu-west-1"_s << signedAt << 0 << host << QString()
                                 << soon << u"unknown_access_key"_s << u"AKIDUNKNOWN"_s;
    QTest::newRow("wrong region") << SECRET << KEY_ID << u"us-east-1"_s << signedAt << 0 << host << QString() << soon
                                  << u"wrong_scope"_s << u"not 'us-east-1'"_s;
    QTest::newRow("malformed date") << SECRET << KEY_ID << u"eu-west-1"_s << signedAt << 0 << host << u"bad-date"_s
                                    << soon << u"malformed_parameter"_s << u"ISO8601"_s;
}

void TestSigV4::verifyRefuses()
{
    QFETCH(QString, secret);
    QFETCH(QString, keyId);
    QFETCH(QString, region);
    QFETCH(QByteArray, date);
    QFETCH(int, expires);
    QFETCH(QByteArray, host);
    QFETCH(QString, tamper);
    QFETCH(QByteArray, now);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    Aws::PresignInput input = iotInput();
    input.accessKeyId = keyId;
    input.secretAccessKey = secret;
    input.region = region;
    input.signingTime = at(date.constData());
    if (expires > 0) {
        input.expiresSeconds = expires;
    }
    QString serverToken;
    if (tamper == u"other-token"_s) {
        input.sessionToken = u"stolen"_s;
        serverToken = TOKEN;
    }
    auto presigned = Aws::presignWebSocketUrl(input);
    QVERIFY(presigned.ok());
    QByteArray path = target(presigned->url);
    if (tamper == u"sign-token"_s) {
        // A generic presigner's URL: the token inside the signed query (SDKJS-1456, GO-820).
        Aws::CanonicalRequestParts parts;
        parts.canonicalUri = "/mqtt";
        const QByteArray scope = presigned->credentialScope.toUtf8();
        parts.query = {{"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
                       {"X-Amz-Credential", keyId.toUtf8() + '/' + scope},
                       {"X-Amz-Date", date},
                       {"X-Amz-SignedHeaders", "host"},
                       {"X-Amz-Security-Token", TOKEN.toUtf8()}};
        parts.headers = {{"host", host}};
        const QByteArray sig =
            Aws::signature(Aws::signingKey(secret.toUtf8(), date.left(8), region.toUtf8(), "iotdevicegateway"),
                           Aws::stringToSign(date, scope, Aws::canonicalRequest(parts)));
        path = "/mqtt?" + Aws::canonicalQuery(parts.query) + "&X-Amz-Signature=" + sig;
        serverToken = TOKEN;
    } else if (tamper == u"add-param"_s) {
        path.replace("X-Amz-SignedHeaders=host", "X-Amz-SignedHeaders=host&extra=1");
    } else if (tamper == u"drop-signature"_s) {
        path = path.left(path.indexOf("&X-Amz-Signature="));
    } else if (tamper == u"drop-date"_s) {
        path.replace("X-Amz-Date=" + date + '&', "");
    } else if (tamper == u"no-query"_s) {
        path = "/mqtt";
    } else if (tamper == u"bad-date"_s) {
        path.replace("X-Amz-Date=" + date, "X-Amz-Date=2026-12-06T10:15:00Z");
    }
    const auto verification = Aws::verifyPresignedRequest("GET", path, host, at(now.constData()),
                                                          lookupFor(KEY_ID, SECRET, u"eu-west-1"_s, serverToken));
    QVERIFY(!verification.ok());
    QCOMPARE(verification.refusal->code, code);
    QCOMPARE(verification.refusal->httpStatus, 403);
    QCOMPARE(verification.refusal->errorType, u"ForbiddenException"_s);
    QVERIFY2(verification.refusal->message.contains(mentions), qPrintable(verification.refusal->message));
    QVERIFY(!verification.refusal->message.contains(SECRET));
    QVERIFY(!verification.refusal->message.contains(TOKEN));
}

void TestSigV4::verifyExpiryMessageIsAwsStyle()
{
    const auto presigned = Aws::presignWebSocketUrl(iotInput()); // 20261206T101500Z
    QVERIFY(presigned.ok());
    const auto verification =
        Aws::verifyPresignedRequest("GET", target(presigned->url), IOT_HOST.toUtf8(), at("20261206T103500Z"),
                                    lookupFor(KEY_ID, SECRET, u"eu-west-1"_s));
    QVERIFY(!verification.ok());
    QCOMPARE(verification.refusal->message,
             u"Signature expired: 20261206T101500Z is now earlier than "
             "20261206T102000Z (20261206T103500Z - 15 min.)"_s);
    // Exactly 15 minutes is still accepted.
    QVERIFY(Aws::verifyPresignedRequest("GET", target(presigned->url), IOT_HOST.toUtf8(), at("20261206T103000Z"),
                                        lookupFor(KEY_ID, SECRET, u"eu-west-1"_s))
                .ok());
    const QByteArray body = Aws::refusalBody(*verification.refusal, u"trace-1"_s);
    QCOMPARE(body,
             QByteArray("{\"message\":\"Signature expired: 20261206T101500Z is now earlier than 20261206T102000Z "
                        "(20261206T103500Z - 15 min.)\",\"traceId\":\"trace-1\"}"));
}

void TestSigV4::explainRefusal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("expired") << 403
                             << QByteArray("{\"message\":\"Signature expired: 20261206T101500Z is now earlier than "
                                           "20261206T102000Z (20261206T103500Z - 15 min.)\"}")
                             << u"clock"_s;
    QTest::newRow("future") << 403 << QByteArray(R"({"message":"Signature not yet current: a is still later than b"})")
                            << u"ahead"_s;
    QTest::newRow("mismatch") << 403
                              << QByteArray(R"({"message":"The request signature we calculated does not match"})")
                              << u":443"_s;
    QTest::newRow("token") << 403
                           << QByteArray(R"({"message":"The security token included in the request is invalid."})")
                           << u"Refresh"_s;
    QTest::newRow("null message") << 403 << QByteArray(R"({"message":null,"traceId":"x"})") << u"iot:Connect"_s;
    QTest::newRow("not found") << 404 << QByteArray("Not Found") << u"404"_s;
}

void TestSigV4::explainRefusal()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const QString text = Aws::explainRefusal(status, "ForbiddenException:", body);
    QVERIFY2(text.contains(mentions), qPrintable(text));
}

void TestSigV4::secretsNeverInRefusals()
{
    // Every refusal of a request signed with the real secret and a token: neither shows in any message.
    Aws::PresignInput input = iotInput();
    input.sessionToken = TOKEN;
    const auto presigned = Aws::presignWebSocketUrl(input);
    QVERIFY(presigned.ok());
    for (const char* now : {"20261206T102000Z", "20261206T110000Z", "20261206T090000Z"}) {
        for (const QString& token : {TOKEN, QString()}) {
            const auto verification =
                Aws::verifyPresignedRequest("GET", target(presigned->url), "wrong.example:443", at(now),
                                            lookupFor(KEY_ID, SECRET, u"eu-west-1"_s, token));
            QVERIFY(!verification.ok());
            QVERIFY(!verification.refusal->message.contains(SECRET));
            QVERIFY(!verification.refusal->message.contains(TOKEN));
            QVERIFY(!verification.refusal->message.contains(QString::fromLatin1(Aws::uriEncode(TOKEN.toUtf8()))));
        }
    }
}

QTEST_APPLESS_MAIN(TestSigV4)
#include "TestSigV4.moc"
