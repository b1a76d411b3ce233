// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;

/// Files dropped from a file manager: the window, the certificate manager and the connection dialog take them.
namespace FileDrops {

/// The local paths (files and folders) a drag carries; empty when it carries none (text, remote URLs).
QStringList localPaths(const QMimeData* mime);

} // namespace FileDrops
