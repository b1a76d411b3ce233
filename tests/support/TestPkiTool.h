// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// A throw-away PKI for tests, made with lib/certs/TestPki (OpenSSL's C API; EC P-256 keys, fast), the one PKI
/// generator of the project. Everything is written under `dir`; private keys are 0600.
struct TestPki
{
    QString dir;
    QString caCert; ///< "ThingBench Test CA"
    QString caKey;
    QString serverCert; ///< CN=localhost, SAN DNS:localhost, IP:127.0.0.1, signed by the CA
    QString serverKey;
    QString serverCertWrongHost; ///< CN/SAN only "wrong.example" (hostname-mismatch tests), signed by the CA
    QString serverKeyWrongHost;
    QString serverCertExpired; ///< CN=localhost with SANs, notAfter in the past, signed by the CA
    QString serverKeyExpired;
    QString clientCert;         ///< CN=test-device, signed by the CA
    QString clientKey;          ///< unencrypted PKCS#8
    QString clientKeyEncrypted; ///< the same key, encrypted PKCS#8 (AES-256) with `passphrase`
    QString passphrase = QStringLiteral("correct horse battery staple");
    QString clientCertExpired; ///< CN=expired-device, notAfter in the past, signed by the CA (key: clientKey)
    QString otherKey;          ///< a second, unrelated EC key (key-mismatch tests)
    QString otherCaCert;       ///< an unrelated CA ("ThingBench Other CA") — "wrong CA" tests
    QString otherCaKey;
    QString otherClientCert; ///< a client certificate signed by the other CA (key: clientKey)

    /// Creates every file above in `dir`. Returns false and fills `error` on failure.
    bool create(const QString& dir, QString* error);
};
