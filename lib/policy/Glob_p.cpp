// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Glob_p.h"

#include <cctype>

namespace Policy::Glob {

namespace {

constexpr int STAR = 256;
constexpr int QUESTION = 257;

/// The pattern as symbols: a character (0..255, literal even when it is `*` from `${*}` or a variable's value),
/// STAR or QUESTION. Reused per thread: matching allocates nothing once warm.
bool flatten(const Pattern& pattern, const Resolver& resolve, std::string* unresolved, std::vector<int>* out)
{
    out->clear();
    for (const Pattern::Part& part : pattern.parts) {
        switch (part.kind) {
        case Pattern::Part::Literal:
            for (const char c : part.text) {
                out->push_back(static_cast<unsigned char>(c));
            }
            break;
        case Pattern::Part::Star:
            if (out->empty() || out->back() != STAR) {
                out->push_back(STAR);
            }
            break;
        case Pattern::Part::Question:
            out->push_back(QUESTION);
            break;
        case Pattern::Part::Variable: {
            std::string_view value;
            if (!resolve || !resolve(part.text, &value)) {
                if (unresolved) {
                    *unresolved = part.text;
                }
                return false;
            }
            for (const char c : value) {
                out->push_back(static_cast<unsigned char>(c));
            }
            break;
        }
        }
    }
    return true;
}

int fold(int c, bool ignoreCase)
{
    return ignoreCase && c < 256 ? std::tolower(c) : c;
}

bool matchSymbols(const std::vector<int>& pattern, std::string_view text, bool ignoreCase)
{
    size_t p = 0;
    size_t t = 0;
    size_t starP = std::string_view::npos;
    size_t starT = 0;
    while (t < text.size()) {
        const int c = static_cast<unsigned char>(text[t]);
        if (p < pattern.size() && pattern[p] == STAR) {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() &&
                   (pattern[p] == QUESTION || fold(pattern[p], ignoreCase) == fold(c, ignoreCase))) {
            ++p;
            ++t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == STAR) {
        ++p;
    }
    return p == pattern.size();
}

} // namespace

bool matches(const Pattern& pattern, std::string_view text, bool ignoreCase, const Resolver& resolve,
             std::string* unresolved)
{
    thread_local std::vector<int> symbols;
    if (!flatten(pattern, resolve, unresolved, &symbols)) {
        return false;
    }
    return matchSymbols(symbols, text, ignoreCase);
}

std::optional<std::string> expand(const Pattern& pattern, const Resolver& resolve, std::string* unresolved)
{
    std::string text;
    for (const Pattern::Part& part : pattern.parts) {
        switch (part.kind) {
        case Pattern::Part::Literal:
            text += part.text;
            break;
        case Pattern::Part::Star:
            text += '*';
            break;
        case Pattern::Part::Question:
            text += '?';
            break;
        case Pattern::Part::Variable: {
            std::string_view value;
            if (!resolve || !resolve(part.text, &value)) {
                if (unresolved) {
                    *unresolved = part.text;
                }
                return std::nullopt;
            }
            text += value;
            break;
        }
        }
    }
    return text;
}

std::vector<std::string_view> splitArn(std::string_view arn)
{
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (parts.size() < 5) {
        const size_t colon = arn.find(':', start);
        if (colon == std::string_view::npos) {
            break;
        }
        parts.push_back(arn.substr(start, colon - start));
        start = colon + 1;
    }
    parts.push_back(arn.substr(start));
    return parts;
}

} // namespace Policy::Glob
