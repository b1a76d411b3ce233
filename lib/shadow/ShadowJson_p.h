// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to lib/shadow: the JSON model behind the shadow engine. nlohmann::ordered_json keeps key order (for
// display and for byte-exact responses) and keeps 64-bit integers, unsigned integers and doubles apart, so `1`,
// `1.0` and `true` stay what the device sent. Doubles are written in the shortest form that reads back exactly.

#include <QByteArray>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace ShadowJson {

using Json = nlohmann::ordered_json;

/// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const char* data, qsizetype size);

/// Parses without throwing; std::nullopt for invalid JSON, including numbers that overflow a double.
std::optional<Json> parse(const char* data, qsizetype size);
inline std::optional<Json> parse(const QByteArray& bytes)
{
    return parse(bytes.constData(), bytes.size());
}

/// Compact serialisation (UTF-8, no spaces). Never throws.
std::string dump(const Json& value);
void dumpTo(std::string& out, const Json& value);
inline QByteArray toByteArray(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

/// JSON equality as the delta sees it (spec §6): objects compare by keys regardless of order, arrays element by
/// element in order, numbers by value (`1` equals `1.0`, 64-bit integers exactly), and different JSON types are
/// never equal (`true` is not `1`, `"1"` is not `1`).
bool deepEqual(const Json& a, const Json& b);

/// The delta of spec §6: desired keys whose value differs from reported, recursing into objects on both sides.
/// `desired`/`reported` are objects or null (absent). Returns an object; empty means no delta.
Json delta(const Json& desired, const Json& reported);

/// Metadata mirroring `value`: objects recurse, arrays become arrays of per-element metadata, every other value
/// (scalars and null) becomes {"timestamp":now}.
Json metadataFor(const Json& value, qint64 now);

/// `desiredMetadata` projected onto the shape of `delta` (spec §4.3): partial objects recurse, everything else
/// takes the stored metadata subtree whole.
Json projectMetadata(const Json& delta, const Json& desiredMetadata);

/// True when `value` has more than `maxDepth` levels of objects and arrays (the value itself is level 1 when it is
/// an object or array). Stops descending past the limit, so deeply nested input costs no deep recursion.
bool exceedsDepth(const Json& value, int maxDepth);
/// The number of object/array levels (0 for a scalar). Recursive: only for values already within limits.
int depthOf(const Json& value);

/// True when a null appears anywhere inside an array (spec §3.1: the whole update is rejected).
bool hasNullInArray(const Json& value);

/// True when `metadata` mirrors `value` the way metadataFor() builds it, with integer timestamps.
bool metadataMatches(const Json& value, const Json& metadata);

/// The newest timestamp anywhere in a metadata subtree; std::nullopt when it holds none (e.g. `{}`, `[]`).
std::optional<qint64> newestTimestamp(const Json& metadata);

/// Merges a section patch (an object) into `target` and `targetMetadata` (objects) per spec §3.1: null deletes,
/// objects merge recursively into objects, anything else replaces the value whole; an object written where there
/// was no object stores only its non-null content (an object of nothing but nulls is not stored). Written leaves
/// get `now` as their timestamp; untouched keys keep theirs.
void mergeSection(Json& target, Json& targetMetadata, const Json& patch, qint64 now);

} // namespace ShadowJson
