// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/KeyInfo.h"

#include <QCoreApplication>

namespace Certs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Certs)
};
} // namespace

QString keyContainerName(KeyContainer container)
{
    switch (container) {
    case KeyContainer::Pkcs1:
        return QStringLiteral("pkcs1");
    case KeyContainer::Sec1:
        return QStringLiteral("sec1");
    case KeyContainer::Pkcs8:
        return QStringLiteral("pkcs8");
    case KeyContainer::EncryptedPkcs8:
        return QStringLiteral("encrypted_pkcs8");
    case KeyContainer::LegacyEncryptedPkcs1:
        return QStringLiteral("legacy_encrypted_pkcs1");
    case KeyContainer::LegacyEncryptedSec1:
        return QStringLiteral("legacy_encrypted_sec1");
    case KeyContainer::Spki:
        return QStringLiteral("spki");
    }
    return {};
}

QString keyContainerDescription(KeyContainer container)
{
    switch (container) {
    case KeyContainer::Pkcs1:
        return Tr::tr("PKCS#1");
    case KeyContainer::Sec1:
        return Tr::tr("SEC1");
    case KeyContainer::Pkcs8:
        return Tr::tr("PKCS#8");
    case KeyContainer::EncryptedPkcs8:
        return Tr::tr("encrypted PKCS#8");
    case KeyContainer::LegacyEncryptedPkcs1:
        return Tr::tr("legacy encrypted PKCS#1");
    case KeyContainer::LegacyEncryptedSec1:
        return Tr::tr("legacy encrypted SEC1");
    case KeyContainer::Spki:
        return Tr::tr("SubjectPublicKeyInfo");
    }
    return {};
}

} // namespace Certs
