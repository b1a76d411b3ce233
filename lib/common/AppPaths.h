// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Where ThingBench keeps its files, the same for the app and for thingbench-cli (whose application names differ,
/// so QStandardPaths::AppDataLocation would not be shared).
namespace AppPaths {

/// `$THINGBENCH_DATA_DIR` when set (tests, portable set-ups), else `<GenericDataLocation>/ThingBench`
/// (on Linux `~/.local/share/ThingBench`). Not created here.
QString dataDirectory();
/// `<dataDirectory>/workspaces`.
QString workspacesDirectory();
/// `<dataDirectory>/sandbox`: the local sandbox's broker, PKI and shadows.
QString sandboxDirectory();

} // namespace AppPaths
