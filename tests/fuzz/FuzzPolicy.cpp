// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for lib/policy: the input is one `policy check` line (policies, context, request). Checks: no
// crash (ASan/UBSan), a line either parses or says why, and a decision is the same with and without its explanation,
// which always starts with the decision's name.

#include "policy/PolicyCheck.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    auto input = Policy::parseCheckLine(line);
    if (const auto* error = std::get_if<std::string>(&input)) {
        if (error->empty()) {
            std::abort(); // every refusal says why
        }
        return 0;
    }
    const auto& check = std::get<Policy::CheckInput>(input);
    const Policy::Evaluator evaluator(check.policies);
    const Policy::Result explained = evaluator.evaluate(check.request, check.context, true);
    const Policy::Result bare = evaluator.evaluate(check.request, check.context, false);
    if (explained.decision != bare.decision || explained.matched.size() != bare.matched.size() ||
        explained.explanation.rfind(Policy::decisionName(explained.decision), 0) != 0 ||
        (explained.decision != Policy::Decision::ImplicitDeny && explained.matched.empty())) {
        std::abort();
    }
    (void)Policy::resultToJson(explained);
    return 0;
}
