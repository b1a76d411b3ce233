// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowJson_p.h"

#include <cmath>

namespace ShadowJson {

namespace {

const std::string TIMESTAMP = "timestamp";

Json timestampObject(qint64 now)
{
    Json leaf = Json::object();
    leaf[TIMESTAMP] = now;
    return leaf;
}

bool isInteger(const Json& v)
{
    return v.is_number_integer(); // signed or unsigned
}

/// Exact comparison of two JSON numbers of any representation. long double holds every 64-bit integer exactly on
/// the platforms we build for (x86-64: 64-bit mantissa); integers of the same kind compare as integers anyway.
bool numbersEqual(const Json& a, const Json& b)
{
    if (a.is_number_unsigned() && b.is_number_unsigned()) {
        return a.get<quint64>() == b.get<quint64>();
    }
    if (isInteger(a) && isInteger(b)) {
        // One is signed (number_integer, which holds negatives); compare with signs in mind.
        const bool aNeg = a.is_number_unsigned() ? false : a.get<qint64>() < 0;
        const bool bNeg = b.is_number_unsigned() ? false : b.get<qint64>() < 0;
        if (aNeg != bNeg) {
            return false;
        }
        if (aNeg) {
            return a.get<qint64>() == b.get<qint64>();
        }
        return a.get<quint64>() == b.get<quint64>();
    }
    const auto asLongDouble = [](const Json& v) -> long double {
        if (v.is_number_unsigned()) {
            return static_cast<long double>(v.get<quint64>());
        }
        if (v.is_number_integer()) {
            return static_cast<long double>(v.get<qint64>());
        }
        return static_cast<long double>(v.get<double>());
    };
    return asLongDouble(a) == asLongDouble(b);
}

bool exceedsDepthAt(const Json& value, int level, int maxDepth)
{
    if (!value.is_structured()) {
        return false;
    }
    if (level > maxDepth) {
        return true;
    }
    for (const auto& child : value) { // objects: values; arrays: elements
        if (exceedsDepthAt(child, level + 1, maxDepth)) {
            return true;
        }
    }
    return false;
}

bool containsNull(const Json& value)
{
    if (value.is_null()) {
        return true;
    }
    if (value.is_structured()) {
        for (const auto& child : value) {
            if (containsNull(child)) {
                return true;
            }
        }
    }
    return false;
}

/// The value an object patch stores where there was no object: its content without nulls. Nested objects of only
/// nulls vanish too; std::nullopt when nothing is left of a non-empty patch. An explicit `{}` is kept.
std::optional<Json> materialize(const Json& patch)
{
    Json out = Json::object();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const Json& v = it.value();
        if (v.is_null()) {
            continue;
        }
        if (v.is_object()) {
            if (auto nested = materialize(v)) {
                out[it.key()] = std::move(*nested);
            }
            continue;
        }
        out[it.key()] = v;
    }
    if (out.empty() && !patch.empty()) {
        return std::nullopt;
    }
    return out;
}

void mergeObject(Json& target, Json& metadata, const Json& patch, qint64 now)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const std::string& key = it.key();
        const Json& value = it.value();
        if (value.is_null()) {
            target.erase(key);
            metadata.erase(key);
            continue;
        }
        if (value.is_object()) {
            const auto existing = target.find(key);
            if (existing != target.end() && existing->is_object()) {
                Json& childMetadata = metadata[key];
                if (!childMetadata.is_object()) {
                    childMetadata = metadataFor(*existing, now); // repairs a mismatch; never expected
                }
                mergeObject(*existing, childMetadata, value, now);
                continue;
            }
            // Absent or not an object: the old value goes, the patch's non-null content takes its place.
            std::optional<Json> stored = materialize(value);
            if (!stored) {
                target.erase(key);
                metadata.erase(key);
                continue;
            }
            metadata[key] = metadataFor(*stored, now);
            target[key] = std::move(*stored);
            continue;
        }
        target[key] = value; // scalars and arrays replace the value whole
        metadata[key] = metadataFor(value, now);
    }
}

} // namespace

bool isValidUtf8(const char* data, qsizetype size)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return false; // continuation byte, overlong lead (C0/C1) or F5..FF
        }
        if (size - i < length) {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char next = s[i + k];
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if ((length == 3 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) ||
            (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))) {
            return false;
        }
        i += length;
    }
    return true;
}

std::optional<Json> parse(const char* data, qsizetype size)
{
    Json value = Json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
        return std::nullopt;
    }
    return value;
}

void dumpTo(std::string& out, const Json& value)
{
    // Strings come from validated UTF-8 input, so `replace` never triggers; it only guarantees dump() cannot throw.
    out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string dump(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool deepEqual(const Json& a, const Json& b)
{
    if (a.is_number() && b.is_number()) {
        return numbersEqual(a, b);
    }
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case Json::value_t::object: {
        if (a.size() != b.size()) {
            return false;
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            const auto other = b.find(it.key());
            if (other == b.end() || !deepEqual(it.value(), *other)) {
                return false;
            }
        }
        return true;
    }
    case Json::value_t::array: {
        if (a.size() != b.size()) {
            return false;
        }
        for (size_t i = 0; i < a.size(); ++i) {
            if (!deepEqual(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    default:
        return a == b; // null, boolean, string, binary
    }
}

Json delta(const Json& desired, const Json& reported)
{
    Json result = Json::object();
    if (!desired.is_object() || desired.empty()) {
        return result;
    }
    if (!reported.is_object()) {
        return desired; // no reported section: everything desired, explicit {} values included
    }
    for (auto it = desired.begin(); it != desired.end(); ++it) {
        const auto other = reported.find(it.key());
        if (other == reported.end()) {
            result[it.key()] = it.value();
        } else if (it->is_object() && other->is_object()) {
            Json nested = delta(*it, *other);
            if (!nested.empty()) {
                result[it.key()] = std::move(nested);
            }
        } else if (!deepEqual(*it, *other)) {
            result[it.key()] = it.value();
        }
    }
    return result;
}

Json metadataFor(const Json& value, qint64 now)
{
    if (value.is_object()) {
        Json out = Json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            out[it.key()] = metadataFor(it.value(), now);
        }
        return out;
    }
    if (value.is_array()) {
        Json out = Json::array();
        for (const auto& element : value) {
            out.push_back(metadataFor(element, now));
        }
        return out;
    }
    return timestampObject(now);
}

Json projectMetadata(const Json& delta, const Json& desiredMetadata)
{
    Json out = Json::object();
    if (!desiredMetadata.is_object()) {
        return out;
    }
    for (auto it = delta.begin(); it != delta.end(); ++it) {
        const auto meta = desiredMetadata.find(it.key());
        if (meta == desiredMetadata.end()) {
            continue; // never expected: delta keys come from desired
        }
        if (it->is_object() && meta->is_object()) {
            out[it.key()] = projectMetadata(*it, *meta);
        } else {
            out[it.key()] = *meta;
        }
    }
    return out;
}

bool exceedsDepth(const Json& value, int maxDepth)
{
    return exceedsDepthAt(value, 1, maxDepth);
}

int depthOf(const Json& value)
{
    if (!value.is_structured()) {
        return 0;
    }
    int deepest = 0;
    for (const auto& child : value) {
        deepest = std::max(deepest, depthOf(child));
    }
    return deepest + 1;
}

bool hasNullInArray(const Json& value)
{
    if (value.is_array()) {
        for (const auto& element : value) {
            if (containsNull(element)) {
                return true;
            }
        }
        return false;
    }
    if (value.is_object()) {
        for (const auto& child : value) {
            if (hasNullInArray(child)) {
                return true;
            }
        }
    }
    return false;
}

bool metadataMatches(const Json& value, const Json& metadata)
{
    if (value.is_object()) {
        if (!metadata.is_object() || metadata.size() != value.size()) {
            return false;
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            const auto meta = metadata.find(it.key());
            if (meta == metadata.end() || !metadataMatches(it.value(), *meta)) {
                return false;
            }
        }
        return true;
    }
    if (value.is_array()) {
        if (!metadata.is_array() || metadata.size() != value.size()) {
            return false;
        }
        for (size_t i = 0; i < value.size(); ++i) {
            if (!metadataMatches(value[i], metadata[i])) {
                return false;
            }
        }
        return true;
    }
    if (!metadata.is_object() || metadata.size() != 1) {
        return false;
    }
    const auto timestamp = metadata.find(TIMESTAMP);
    return timestamp != metadata.end() && timestamp->is_number_integer();
}

std::optional<qint64> newestTimestamp(const Json& metadata)
{
    std::optional<qint64> newest;
    if (metadata.is_object()) {
        const auto timestamp = metadata.find(TIMESTAMP);
        if (metadata.size() == 1 && timestamp != metadata.end() && timestamp->is_number_integer()) {
            return timestamp->get<qint64>();
        }
    }
    if (metadata.is_structured()) {
        for (const auto& child : metadata) {
            if (const auto t = newestTimestamp(child); t && (!newest || *t > *newest)) {
                newest = t;
            }
        }
    }
    return newest;
}

void mergeSection(Json& target, Json& targetMetadata, const Json& patch, qint64 now)
{
    if (!target.is_object()) {
        target = Json::object();
    }
    if (!targetMetadata.is_object()) {
        targetMetadata = Json::object();
    }
    mergeObject(target, targetMetadata, patch, now);
}

} // namespace ShadowJson
