// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to lib/policy: what PolicyExplanation.cpp asks of the evaluator to put a decision in words.

#include "policy/PolicyEvaluator.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Policy::Detail {

std::string explain(const std::vector<Document>& policies, const Request& request, const Context& context,
                    const Result& result);

/// Why `${name}` is not resolved for `context`, in words.
std::string unresolvedReason(std::string_view name, const Context& context);
bool statementActionMatches(const Statement& statement, std::string_view action);
/// Resource/NotResource of `statement` against `resource`; unresolved variables are added to `missing`.
bool statementResourceMatches(const Statement& statement, std::string_view resource, const Context& context,
                              std::vector<std::string>* missing);
/// The first condition of `statement` that does not hold, if any.
std::optional<size_t> failingCondition(const Statement& statement, const Context& context,
                                       std::vector<std::string>* missing);
/// `pattern` with its variables resolved; nullopt (and `*unresolved` named) when one is not.
std::optional<std::string> expandedPattern(const Pattern& pattern, const Context& context, std::string* unresolved);
/// The values a condition key has for `context` (empty and false when missing).
bool conditionKeyValues(std::string_view key, const Context& context, std::vector<std::string>* values);

} // namespace Policy::Detail
