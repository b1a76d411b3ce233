// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Reading certificate and key files: the input rules I1–I8 of specs/certificates.md. Pure functions, any thread.
namespace Certs {

enum class InputEncoding { Pem, Der };

/// What a PEM label holds.
enum class BlockKind {
    Certificate,
    PrivateKey,
    EncryptedPrivateKey,
    RsaPrivateKey,
    EcPrivateKey,
    PublicKey,
    EcParameters
};

/// One PEM block after normalisation (I3–I6).
struct PemBlock
{
    QString label; ///< e.g. "CERTIFICATE"
    BlockKind kind = BlockKind::Certificate;
    QList<QByteArray> lines; ///< the kept lines: BEGIN, RFC 1421 headers + one blank line, base64, END
    QByteArray headers;      ///< the RFC 1421 header lines joined with LF (legacy encrypted keys), else empty
    QByteArray der;          ///< the decoded body (still encrypted for legacy encrypted keys)
    int firstLine = 0;       ///< 1-based line of BEGIN in the input (after I2), for messages

    /// Legacy PEM encryption (`Proc-Type: 4,ENCRYPTED` + `DEK-Info`) of an RSA/EC PRIVATE KEY block.
    bool isLegacyEncrypted() const { return !headers.isEmpty(); }
    /// The block's kept lines joined with LF, with a final LF (this block's part of pem_normalized).
    QByteArray text() const;
};

/// A file read per I1–I8: its blocks in file order.
struct PemDocument
{
    InputEncoding encoding = InputEncoding::Pem;
    QList<PemBlock> blocks;

    /// L1…Ln: the kept lines of all blocks in file order (I7).
    QList<QByteArray> lines() const;
    /// pem_normalized: L1…Ln joined with LF, with a final LF (I7).
    QByteArray normalized() const;
    /// The labels in file order.
    QStringList labels() const;
};

/// The PEM labels I4 accepts, and their kind; nullopt for any other label.
std::optional<BlockKind> blockKindForLabel(QStringView label);
/// What a block of `kind` holds, for messages ("X.509 certificate", "PKCS#8 private key", …).
QString describeBlockKind(BlockKind kind);

/// Reads `bytes` (a whole file) per I1–I6: decoding, line endings, trimming, block framing, base64 and the DER
/// structure of each block. Encrypted keys are checked as far as possible without the passphrase; decrypting is
/// CertificateFile's job. Error codes: empty_input, unrecognized_binary, no_pem_block, unterminated_pem_block,
/// mismatched_pem_label, unsupported_pem_label, invalid_base64, invalid_der.
Result<PemDocument> readPem(const QByteArray& bytes);

} // namespace Certs
