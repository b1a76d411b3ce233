// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Versions of the libraries in use at run time (for About and bug reports).
namespace BuildInfo {
QString thingbenchVersion();
QString qtVersion();
QString pahoVersion();    ///< e.g. "Paho MQTT C++ 1.2.0 / C 1.3.12"
QString opensslVersion(); ///< e.g. "OpenSSL 3.0.17 1 Jul 2025"
} // namespace BuildInfo
