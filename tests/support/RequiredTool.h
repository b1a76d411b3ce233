// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// External programs the tests compare against (xxd, cc, openssl, mosquitto). A missing tool is a test failure with a
/// message naming the Debian package to install, never a silent skip (packaging/setup.sh installs all of them).
namespace RequiredTool {

/// The absolute path of `program` on PATH (or `configuredPath` when CMake found it), or an empty string with `error`
/// saying which Debian package to install.
QString find(const QString& program, const QString& debianPackage, QString* error,
             const QString& configuredPath = QString());

} // namespace RequiredTool
