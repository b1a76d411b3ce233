// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/RequiredTool.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace RequiredTool {

QString find(const QString& program, const QString& debianPackage, QString* error, const QString& configuredPath)
{
    if (!configuredPath.isEmpty()) {
        if (QFileInfo(configuredPath).isExecutable()) {
            return configuredPath;
        }
        *error = QStringLiteral("“%1” (found when CMake was configured) is not executable any more. Install the Debian "
                                "package “%2” (apt-get install %2, or packaging/setup.sh deps) and configure again.")
                     .arg(configuredPath, debianPackage);
        return {};
    }
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        *error = QStringLiteral("This test needs “%1”, which is not on PATH. Install the Debian package “%2” "
                                "(apt-get install %2, or packaging/setup.sh deps) and run the test again.")
                     .arg(program, debianPackage);
    }
    return path;
}

} // namespace RequiredTool
