// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// A local test PKI made with OpenSSL's C API (no `openssl` tool needed): a root CA, a broker certificate for
/// localhost/127.0.0.1 and a device certificate + key named the way AWS IoT names downloads. For the local sandbox
/// and tests, never for production. Blocking (RSA key generation takes ~0.1 s): worker thread or CLI only.
namespace Certs {

struct TestPkiOptions
{
    QString outDir;
    /// The device certificate's CN (an AWS IoT thing name: 1–128 of [a-zA-Z0-9:_-]).
    QString thingName = QStringLiteral("thingbench-device");
    /// Validity of every certificate, from now.
    int days = 365;
};

/// The files written (absolute paths). Private keys are owner-only (0600).
struct TestPkiFiles
{
    QString dir;
    QString caCertificate;       ///< ThingBenchRootCA1.pem: self-signed, CA:TRUE, EC P-256
    QString caKey;               ///< ThingBenchRootCA1.key: PKCS#8 (kept so more certificates can be issued)
    QString brokerCertificate;   ///< broker.crt: CN=localhost, SAN DNS:localhost, IP:127.0.0.1, IP:::1; serverAuth
    QString brokerKey;           ///< broker.key: PKCS#8 EC P-256
    QString deviceCertificate;   ///< <id>-certificate.pem.crt: CN=<thing>, clientAuth, RSA-2048 like AWS-issued ones
    QString devicePrivateKey;    ///< <id>-private.pem.key: "RSA PRIVATE KEY" (PKCS#1), as AWS downloads it
    QString devicePublicKey;     ///< <id>-public.pem.key: "PUBLIC KEY"
    QString deviceCertificateId; ///< SHA-256 of the device certificate's DER (the AWS certificate ID)
    QString thingName;
};

/// Creates the PKI under `options.outDir` (created if needed; existing files with these names are replaced).
/// Errors: "usage" (bad thing name or days), "pki_failed" (OpenSSL), and FileIo's file_unwritable.
Result<TestPkiFiles> makeTestPki(const TestPkiOptions& options);

/// One certificate of a test PKI, for tests and benchmarks that need more than makeTestPki() (wrong host names,
/// expired certificates, a second CA): they all make their certificates here, never with a generator of their own.
struct TestCertificateSpec
{
    enum class Kind {
        Ca,     ///< CA:TRUE, keyCertSign + cRLSign
        Server, ///< CA:FALSE, serverAuth, `subjectAltNames`
        Client, ///< CA:FALSE, clientAuth
    };
    Kind kind = Kind::Client;
    QString commonName;
    QString subjectAltNames; ///< OpenSSL syntax, e.g. "DNS:localhost,IP:127.0.0.1"; empty: none
    QDateTime notBefore;     ///< invalid: a minute ago
    QDateTime notAfter;      ///< invalid: 365 days from now (a past time makes an expired certificate)
};

/// A new EC P-256 private key as PKCS#8 PEM ("PRIVATE KEY").
Result<QByteArray> makeTestKey();
/// The PEM private key `keyPem` re-encoded as encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY", AES-256-CBC).
Result<QByteArray> encryptTestKey(const QByteArray& keyPem, const QByteArray& passphrase);
/// A certificate (PEM) for the private key `subjectKeyPem`, signed by `issuerKeyPem` as `issuerCertificatePem`, or
/// self-signed when both are empty. SHA-256, a random 20-byte serial, subject and authority key identifiers.
Result<QByteArray> makeTestCertificate(const TestCertificateSpec& spec, const QByteArray& subjectKeyPem,
                                       const QByteArray& issuerCertificatePem = {},
                                       const QByteArray& issuerKeyPem = {});

} // namespace Certs
