// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/FileNameHint.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Certs {

std::optional<bool> FileNameHint::prefixMatches(const QString& certificateId) const
{
    if (idPrefix.isEmpty()) {
        return std::nullopt;
    }
    return certificateId.startsWith(idPrefix, Qt::CaseInsensitive);
}

FileNameHint fileNameHint(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    FileNameHint hint;
    static const QRegularExpression awsName(
        QStringLiteral("^(?:([0-9A-Fa-f]{64}|[0-9A-Fa-f]{10})-)?.*?(certificate\\.pem\\.crt|private\\.pem\\.key|"
                       "public\\.pem\\.key)$"));
    static const QRegularExpression awsPrefix(QStringLiteral("^([0-9A-Fa-f]{64}|[0-9A-Fa-f]{10})-"
                                                             "(?:certificate\\.pem\\.crt|private\\.pem\\.key|"
                                                             "public\\.pem\\.key)$"));
    static const QRegularExpression rootCa(QStringLiteral("RootCA[0-9]+\\.pem$"));
    if (const auto match = awsName.match(name); match.hasMatch()) {
        const QString suffix = match.captured(2);
        hint.kind = suffix.startsWith(QLatin1String("certificate")) ? NameKind::Certificate
            : suffix.startsWith(QLatin1String("private"))           ? NameKind::PrivateKey
                                                                    : NameKind::PublicKey;
        if (const auto prefix = awsPrefix.match(name); prefix.hasMatch()) {
            hint.idPrefix = prefix.captured(1).toLower();
        }
    } else if (name.endsWith(QLatin1String(".cert.pem"))) {
        hint.kind = NameKind::Certificate; // the AWS IoT "connect one device" kit names
    } else if (name.endsWith(QLatin1String(".private.key"))) {
        hint.kind = NameKind::PrivateKey;
    } else if (name.endsWith(QLatin1String(".public.key"))) {
        hint.kind = NameKind::PublicKey;
    } else if (rootCa.match(name).hasMatch()) {
        hint.kind = NameKind::RootCa;
    }
    return hint;
}

QString nameKindName(NameKind kind)
{
    switch (kind) {
    case NameKind::None:
        return {};
    case NameKind::Certificate:
        return QStringLiteral("certificate");
    case NameKind::PrivateKey:
        return QStringLiteral("private_key");
    case NameKind::PublicKey:
        return QStringLiteral("public_key");
    case NameKind::RootCa:
        return QStringLiteral("root_ca");
    }
    return {};
}

} // namespace Certs
