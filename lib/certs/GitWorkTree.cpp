// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/GitWorkTree.h"

#include <QDir>
#include <QFileInfo>

namespace Certs {

std::optional<QString> gitWorkTreeContaining(const QString& path)
{
    if (path.isEmpty()) {
        return std::nullopt;
    }
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (true) {
        if (QFileInfo::exists(current + QStringLiteral("/.git"))) {
            return current;
        }
        const QString parent = QFileInfo(current).path();
        if (parent == current || parent.isEmpty()) {
            return std::nullopt;
        }
        current = parent;
    }
}

} // namespace Certs
