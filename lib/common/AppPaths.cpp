// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace AppPaths {

QString dataDirectory()
{
    const QString overridden = qEnvironmentVariable("THINGBENCH_DATA_DIR");
    if (!overridden.isEmpty()) {
        return QDir(overridden).absolutePath();
    }
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(generic.isEmpty() ? QDir::homePath() : generic).filePath(u"ThingBench"_qs);
}

QString workspacesDirectory()
{
    return QDir(dataDirectory()).filePath(u"workspaces"_qs);
}

QString sandboxDirectory()
{
    return QDir(dataDirectory()).filePath(u"sandbox"_qs);
}

} // namespace AppPaths
