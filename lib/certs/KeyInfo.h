// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateInfo.h"

#include <QString>

#include <optional>

/// Facts about a private or public key file (specs/certificates.md §4). Plain values, any thread.
namespace Certs {

/// How the key is stored.
enum class KeyContainer {
    Pkcs1,                ///< RSA PRIVATE KEY
    Sec1,                 ///< EC PRIVATE KEY (possibly with EC PARAMETERS)
    Pkcs8,                ///< PRIVATE KEY
    EncryptedPkcs8,       ///< ENCRYPTED PRIVATE KEY (PBES2 or PKCS#12 PBE)
    LegacyEncryptedPkcs1, ///< RSA PRIVATE KEY with Proc-Type/DEK-Info headers
    LegacyEncryptedSec1,  ///< EC PRIVATE KEY with Proc-Type/DEK-Info headers
    Spki,                 ///< PUBLIC KEY
};

enum class KeyKind { PrivateKey, PublicKey };

struct KeyInfo
{
    QString pemLabel; ///< "RSA PRIVATE KEY", … (of the key block; EC PARAMETERS is not the key)
    KeyContainer container = KeyContainer::Pkcs8;
    KeyKind kind = KeyKind::PrivateKey;
    bool encrypted = false;
    /// The encryption scheme as far as it can be read without the passphrase: "PBES2/PBKDF2-HMAC-SHA256/AES-256-CBC",
    /// "PBE-SHA1-3DES", or the legacy DEK-Info cipher "AES-256-CBC". Empty when not encrypted.
    QString encryption;
    /// Encrypted PKCS#8 with an AES cipher: Mbed TLS before 3.5 cannot read it (specs/certificates.md §7).
    bool aesEncryptedPkcs8 = false;
    /// Algorithm, size, curve and SPKI: known for public keys, unencrypted keys, and encrypted keys once decrypted.
    std::optional<PublicKeyInfo> publicKey;
};

/// "pkcs1", "sec1", "pkcs8", "encrypted_pkcs8", "legacy_encrypted_pkcs1", "legacy_encrypted_sec1", "spki".
QString keyContainerName(KeyContainer container);
/// "PKCS#1", "SEC1", "PKCS#8", "encrypted PKCS#8", "legacy encrypted PKCS#1", … for people.
QString keyContainerDescription(KeyContainer container);

} // namespace Certs
