// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

/// Topic names and topic filters as the MQTT 3.1.1 (§4.7) and 5.0 (§4.7, §4.8.2) specifications define them.
/// Pure functions, safe on any thread.
namespace TopicFilter {

/// Validates a subscription filter: non-empty, at most 65535 UTF-8 bytes, no U+0000, `#` only as the whole
/// last level, `+` only as a whole level; `$share/<group>/<filter>` is accepted with a valid group and filter.
/// Error codes: `empty_filter`, `filter_too_long`, `null_character`, `invalid_multi_level_wildcard`,
/// `invalid_single_level_wildcard`, `invalid_shared_subscription`. Messages say how to fix the filter.
Result<void> validateFilter(const QString& filter);

/// Validates a topic name for publishing: non-empty, at most 65535 UTF-8 bytes, no U+0000, no wildcards.
/// Error codes: `empty_topic`, `topic_too_long`, `null_character`, `wildcard_in_topic`.
Result<void> validateTopicName(const QString& topic);

/// True when `topic` (a valid topic name) matches `filter` (a valid filter). A topic starting with `$` is not
/// matched by a filter whose first level is `+` or `#` (§4.7.2). `$share/<group>/` is stripped first.
bool matches(QStringView filter, QStringView topic);

/// True when the filter contains `+` or `#`.
bool hasWildcards(QStringView filter);

} // namespace TopicFilter
