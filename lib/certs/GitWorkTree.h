// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Certs {

/// The top folder of the git work tree that `path` (a file or folder, existing or not yet) lies in, found by looking
/// for a `.git` folder or file in `path` and each parent. Private keys written there are one `git add .` away from
/// a public repository, so callers warn. Looks at the file system only; never runs git.
std::optional<QString> gitWorkTreeContaining(const QString& path);

} // namespace Certs
