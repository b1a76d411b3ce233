// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateInfo.h"
#include "certs/FileNameHint.h"
#include "certs/KeyInfo.h"
#include "certs/PemReader.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// A certificate or key file read, classified and described (specs/certificates.md §3–§4). Any thread.
namespace Certs {

enum class Classification { Certificate, CertificateChain, PrivateKey, PublicKey };

/// "certificate", "certificate_chain", "private_key", "public_key".
QString classificationName(Classification classification);

struct LoadOptions
{
    /// The path as the user gave it: used for file-name hints only, never to decide a key match.
    QString fileName;
    /// For encrypted keys. Never logged, never stored in the result.
    std::optional<QByteArray> passphrase;
    /// The most key-derivation work an encrypted PKCS#8 key may ask for (PBKDF2/PBE iterations, scrypt N·r·p).
    /// Real keys use 2,048–600,000; a crafted file could otherwise keep a thread busy for hours.
    qint64 maxKdfCost = 10'000'000;
};

struct CertificateFile
{
    QString fileName;
    PemDocument document;
    Classification classification = Classification::Certificate;
    /// Every CERTIFICATE block in file order (a chain stays in file order, I8).
    QList<CertificateInfo> certificates;
    /// The first private key of the file, else its first public key.
    std::optional<KeyInfo> key;
    /// Why the key's facts are missing: passphrase_required (encrypted, no passphrase given) or bad_passphrase.
    std::optional<Error> keyError;
    /// Certificates together with a private key, or several keys: shown, but not exported as one string.
    bool mixed = false;
    FileNameHint nameHint;
    /// Things the user should know (translated), e.g. a file-name ID prefix that does not match the certificate.
    QStringList warnings;

    bool hasPrivateKey() const { return key && key->kind == KeyKind::PrivateKey; }
    /// The SPKI DER to compare for key matching: the first certificate's, else the key's (empty when unknown).
    QByteArray spkiDer() const;
};

/// Reads and describes a whole file's bytes. Structural problems (I1–I6) are errors; passphrase problems are not
/// (they land in CertificateFile::keyError so the other facts can still be shown).
Result<CertificateFile> inspect(const QByteArray& bytes, const LoadOptions& options = {});

/// Reads `path` with FileIo's size cap, then inspect(). `options.fileName` defaults to `path`.
Result<CertificateFile> loadFile(const QString& path, LoadOptions options = {});

/// Key ↔ certificate match (§4): compares the DER SubjectPublicKeyInfo of the first certificate of `certificate`
/// with the public key of `key` (a private key, decrypted if needed, or a public key). Never looks at file names.
/// Errors: wrong_content (no certificate / no key), passphrase_required, bad_passphrase.
Result<bool> keyMatchesCertificate(const CertificateFile& certificate, const CertificateFile& key);

} // namespace Certs
