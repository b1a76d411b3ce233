// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "shadow/ShadowDocument.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

/// One key of a shadow seen from both sections, for the shadow viewer.
struct ShadowKeyComparison
{
    enum class Status {
        OnlyDesired,  ///< desired has the key, reported does not
        OnlyReported, ///< reported has the key, desired does not
        Equal,        ///< both have it with equal values (as the delta compares them: `1` equals `1.0`)
        Different,    ///< both have it with different values (`true` differs from `1`)
    };

    QStringList path; ///< keys from the section root, e.g. {"lights", "color"}
    Status status = Status::Equal;
    QByteArray desired;  ///< compact JSON of the desired value; empty when desired lacks the key
    QByteArray reported; ///< compact JSON of the reported value; empty when reported lacks the key
    /// When the key was last written in each section (for an object or array: its newest leaf), from metadata.
    std::optional<qint64> desiredTimestamp;
    std::optional<qint64> reportedTimestamp;
    /// The key is in the delta: wholly, or (for an object on both sides) through one of its keys.
    bool inDelta = false;
    /// Both values are objects: the comparisons of their keys follow this entry, one level deeper.
    bool hasChildren = false;

    int depth() const { return int(path.size()) - 1; }
};

/// One key of a section (desired or reported) seen in two versions of a shadow, for the viewer's history.
struct ShadowVersionChange
{
    enum class Status {
        Added,     ///< only the newer version has the key
        Removed,   ///< only the older version has it (deleted with `null`, or the section was)
        Changed,   ///< both have it with different values
        Unchanged, ///< both have it with equal values
    };

    QString section;  ///< "desired" or "reported"
    QStringList path; ///< keys from the section root
    Status status = Status::Unchanged;
    QByteArray before;        ///< compact JSON in the older version; empty when absent
    QByteArray after;         ///< compact JSON in the newer version; empty when absent
    bool hasChildren = false; ///< both values are objects: their keys follow, one level deeper

    int depth() const { return int(path.size()) - 1; }
};

/// The delta of AWS IoT shadows (spec §6) and a per-key comparison for the viewer. Pure functions, any thread.
namespace Shadow {

/// The delta of `desired` over `reported`: each is a JSON object as text, or empty / `null` for an absent section.
/// Returns compact JSON in desired's key order, or an empty QByteArray when there is no delta.
/// Error codes: `invalid_json`, `not_an_object`.
Result<QByteArray> delta(const QByteArray& desired, const QByteArray& reported);

/// Every key of both sections in viewer order: desired's keys in their order, then keys only reported has; the
/// keys of objects present on both sides follow their parent entry (pre-order).
QList<ShadowKeyComparison> compare(const ShadowDocument& document);

/// What changed from `older` to `newer` (any two versions of a shadow): desired's keys, then reported's, in the
/// same pre-order as compare(). With `onlyChanges`, keys whose value is equal in both are left out (an object with
/// a change inside stays, as the parent of that change).
QList<ShadowVersionChange> compareVersions(const ShadowDocument& older, const ShadowDocument& newer,
                                           bool onlyChanges = false);

} // namespace Shadow

Q_DECLARE_METATYPE(ShadowKeyComparison)
Q_DECLARE_METATYPE(ShadowVersionChange)
