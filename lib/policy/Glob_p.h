// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to lib/policy: AWS policy globs (`*` any run, `?` one character) over patterns whose variables have been
// resolved to literal text.

#include "policy/PolicyDocument.h"

#include <functional>
#include <string_view>
#include <vector>

namespace Policy::Glob {

/// Resolves a variable of a pattern to its literal value; false when it cannot be resolved.
using Resolver = std::function<bool(std::string_view name, std::string_view* value)>;

/// `pattern` (without variables, or every variable resolved by `resolve`) against `text`. A pattern with a variable
/// that `resolve` cannot resolve matches nothing; `*unresolved` (if given) then names it.
bool matches(const Pattern& pattern, std::string_view text, bool ignoreCase, const Resolver& resolve = {},
             std::string* unresolved = nullptr);

/// The pattern's text with its variables resolved (for explanations and for ArnEquals-style comparisons); nullopt
/// when one cannot be resolved.
std::optional<std::string> expand(const Pattern& pattern, const Resolver& resolve, std::string* unresolved = nullptr);

/// `arn` split at its first five colons (the sixth part keeps any further colons).
std::vector<std::string_view> splitArn(std::string_view arn);

} // namespace Policy::Glob
