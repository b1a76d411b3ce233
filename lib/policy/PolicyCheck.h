// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One line of `thingbench-cli policy check` (DESIGN.md §3): policies, a connection context and a request as JSON in,
// the decision as JSON out. Plain C++ (no Qt).

#include "policy/PolicyEvaluator.h"

#include <string>
#include <string_view>
#include <variant>

namespace Policy {

struct CheckInput
{
    std::vector<Document> policies;
    Context context;
    Request request;
};

/// `{"policies":[...],"context":{...},"request":{"action":...,"resource":...}}`; other keys are ignored. The error
/// says what is wrong and how to fix it.
std::variant<CheckInput, std::string> parseCheckLine(std::string_view line);

/// `{"decision":...,"allowed":...,"matched":[{"policy":i,"statement":j,"effect":...}],"missingContextValues":[...],
/// "explanation":...}` on one line (indices from 0).
std::string resultToJson(const Result& result);

/// `{"error": message}` on one line: the output for an input line that could not be evaluated.
std::string errorToJson(const std::string& message);

} // namespace Policy
