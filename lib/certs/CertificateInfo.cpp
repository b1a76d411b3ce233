// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertificateInfo.h"

#include "certs/OpenSslHandles_p.h"

namespace Certs {

QString PublicKeyInfo::spkiSha256Hex() const
{
    return QString::fromLatin1(Ssl::sha256(spkiDer).toHex());
}

ValidityStatus CertificateInfo::statusAt(const QDateTime& time) const
{
    if (time < notBefore) {
        return ValidityStatus::NotYetValid;
    }
    if (time > notAfter) {
        return ValidityStatus::Expired;
    }
    return ValidityStatus::Valid;
}

QString CertificateInfo::awsCertificateId() const
{
    return QString::fromLatin1(sha256.toHex());
}

QString CertificateInfo::sha256WithColons() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString CertificateInfo::sha1Hex() const
{
    return QString::fromLatin1(sha1.toHex());
}

QString validityStatusName(ValidityStatus status)
{
    switch (status) {
    case ValidityStatus::Valid:
        return QStringLiteral("valid");
    case ValidityStatus::Expired:
        return QStringLiteral("expired");
    case ValidityStatus::NotYetValid:
        return QStringLiteral("not_yet_valid");
    }
    return {};
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace Certs
