// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSharedDataPointer>

#include <optional>

class ShadowDocumentData;

/// One shadow as the service stores it: the desired and reported sections, their per-leaf metadata (the time each
/// key was last written) and the version. Also what remains of a deleted shadow: no state, and the version the
/// next update continues after (spec §4.5).
///
/// An implicitly shared value: copies are cheap until one side changes. JSON comes and goes as compact UTF-8 text
/// whose numbers, key order and types are exactly the stored ones. Safe to copy between threads.
class ShadowDocument
{
    Q_DECLARE_TR_FUNCTIONS(ShadowDocument)

public:
    /// A shadow that has never existed (version 0).
    ShadowDocument();
    ShadowDocument(const ShadowDocument& other);
    ShadowDocument(ShadowDocument&& other) noexcept;
    ShadowDocument& operator=(const ShadowDocument& other);
    ShadowDocument& operator=(ShadowDocument&& other) noexcept;
    ~ShadowDocument();

    /// False for a shadow that never existed or was deleted (get answers 404).
    bool exists() const;
    /// The current version; for a deleted shadow the version its delete consumed (the next update continues after
    /// it), for one that never existed 0.
    qint64 version() const;
    /// When a deleted shadow was deleted (epoch seconds); 0 otherwise.
    qint64 deletedAt() const;

    bool hasDesired() const;
    bool hasReported() const;
    /// Compact JSON of each section; empty when the section is absent.
    QByteArray desired() const;
    QByteArray reported() const;
    QByteArray desiredMetadata() const;
    QByteArray reportedMetadata() const;
    /// The delta of spec §6 as compact JSON; empty when there is none.
    QByteArray delta() const;

    /// `{"state":{desired?,reported?},"metadata":{desired?,reported?},"version":N}`, as `/update/documents` shows
    /// it; `null` for a shadow that does not exist.
    QByteArray toJson() const;
    /// Reads a document in that form, or a `/get/accepted` payload (its delta, timestamp and clientToken are ignored;
    /// the delta is recomputed). Metadata that does not mirror the state is dropped. Error code: `invalid_shadow`.
    static Result<ShadowDocument> fromJson(const QByteArray& json);

    /// Size counted against the 8 KB limit: compact desired plus compact reported, in bytes.
    int stateBytes() const;
    /// Levels of nesting of the deeper section (the section object itself is level 1; 0 without state).
    int depth() const;

    bool operator==(const ShadowDocument& other) const;
    bool operator!=(const ShadowDocument& other) const { return !(*this == other); }

private:
    friend class ShadowDocumentAccess;
    QSharedDataPointer<ShadowDocumentData> d;
};
