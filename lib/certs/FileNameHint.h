// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// Role hints from file names in AWS download style (specs/certificates.md §2). A hint only suggests a role and a
/// certificate ID to check; it never decides whether a key belongs to a certificate.
namespace Certs {

enum class NameKind {
    None,
    Certificate, ///< `<id>-certificate.pem.crt`, `*.cert.pem`
    PrivateKey,  ///< `<id>-private.pem.key`, `*.private.key`
    PublicKey,   ///< `<id>-public.pem.key`, `*.public.key`
    RootCa,      ///< `AmazonRootCA1.pem` and other `*RootCA<n>.pem`
};

struct FileNameHint
{
    NameKind kind = NameKind::None;
    /// The AWS certificate ID prefix of the name (64 hex characters, or the 10 of the older console), lower-case;
    /// empty when the name has none.
    QString idPrefix;

    /// Whether `certificateId` (64 lower-case hex) starts with the prefix; nullopt when there is no prefix.
    std::optional<bool> prefixMatches(const QString& certificateId) const;
};

/// The hint in the last component of `path` (the folder does not count).
FileNameHint fileNameHint(const QString& path);

/// "certificate", "private_key", "public_key", "root_ca" ("" for None).
QString nameKindName(NameKind kind);

} // namespace Certs
