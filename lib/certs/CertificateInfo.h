// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// Facts about certificates and public keys (specs/certificates.md §4). Plain values, any thread.
namespace Certs {

/// Algorithm, size and curve of a public key, and its SubjectPublicKeyInfo DER (what key matching compares).
struct PublicKeyInfo
{
    QString algorithm;  ///< OpenSSL's key type name: "RSA", "EC", "ED25519", …
    int bits = 0;       ///< key size in bits (RSA modulus, EC field size)
    QString curve;      ///< EC only: OpenSSL's curve name ("prime256v1", "secp384r1")
    QString curveNist;  ///< EC only, when the curve has one: the NIST name ("P-256")
    QByteArray spkiDer; ///< DER SubjectPublicKeyInfo

    /// SHA-256 of the SPKI DER, lower-case hex (`spki_sha256`).
    QString spkiSha256Hex() const;
};

/// One attribute of a distinguished name, in DER order.
struct DnAttribute
{
    QString type;  ///< short name ("CN", "O", …) or the dotted OID when OpenSSL has no name for it
    QString oid;   ///< dotted OID
    QString value; ///< UTF-8 value
    int set = 0;   ///< index of the RDN (SET) it belongs to; equal for the parts of a multi-valued RDN
};

enum class ValidityStatus { Valid, Expired, NotYetValid };

/// The facts §4 lists for one certificate.
struct CertificateInfo
{
    QByteArray der;    ///< the certificate exactly as encoded in the file
    QString subjectCn; ///< the last (most specific) CN, empty when there is none
    QString subjectRfc4514;
    QList<DnAttribute> subjectAttributes;
    QString issuerCn;
    QString issuerRfc4514;
    QList<DnAttribute> issuerAttributes;
    QString serialHex;          ///< lower-case hex, two digits per byte ("-" in front for a negative serial)
    QDateTime notBefore;        ///< UTC
    QDateTime notAfter;         ///< UTC
    QByteArray sha256;          ///< SHA-256 of `der` (raw)
    QByteArray sha1;            ///< SHA-1 of `der` (raw)
    QString signatureAlgorithm; ///< e.g. "sha256WithRSAEncryption", "ecdsa-with-SHA256"
    PublicKeyInfo publicKey;
    bool basicConstraintsCa = false;
    bool selfSigned = false; ///< subject equals issuer and the signature verifies with the certificate's own key

    /// valid, expired or not yet valid at `time` (notBefore ≤ time ≤ notAfter is valid, as RFC 5280).
    ValidityStatus statusAt(const QDateTime& time) const;
    /// The AWS IoT certificate ID: SHA-256 of the DER, 64 lower-case hex characters.
    QString awsCertificateId() const;
    /// SHA-256 as upper-case hex pairs joined with ':' (as `openssl x509 -fingerprint -sha256`).
    QString sha256WithColons() const;
    QString sha1Hex() const;
};

/// "valid", "expired", "not_yet_valid".
QString validityStatusName(ValidityStatus status);
/// ISO 8601 UTC with a Z: "2049-12-31T23:59:59Z".
QString isoUtc(const QDateTime& time);

} // namespace Certs
