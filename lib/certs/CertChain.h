// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// Chain checks for the certificate manager: does a certificate verify up to a CA the user trusts, and is a CA one
/// of the roots AWS IoT's endpoints chain to. Pure functions over DER (OpenSSL's verifier), any thread.
namespace Certs {

/// The root CA that AWS IoT documents for its server certificates, recognised by the SHA-256 of its DER (never by
/// its name): "Amazon Root CA 1" … "Amazon Root CA 4", "Starfield Services Root Certificate Authority - G2".
std::optional<QString> awsRootCaName(const CertificateInfo& certificate);

struct ChainVerdict
{
    bool verified = false;
    /// OpenSSL's reason as a stable code ("ok", "unable_to_get_issuer_cert_locally", "cert_has_expired", …).
    QString code;
    /// In words (translated): "Verified: … → …", or why not and what to do.
    QString message;
    /// The subjects' CNs from the leaf up to the trust anchor, as OpenSSL built the chain.
    QStringList path;
};

/// Verifies `chain.first()` (the certificate to check; the rest of `chain` are untrusted intermediates) against
/// `anchors` (the CAs the user trusts) at `time`, as a TLS client would (no purpose, no host name).
ChainVerdict verifyChain(const QList<CertificateInfo>& chain, const QList<CertificateInfo>& anchors,
                         const QDateTime& time);

} // namespace Certs
