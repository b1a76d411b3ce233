// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/ShadowTypes.h"

#include <QString>
#include <QStringView>

#include <optional>

/// A shadow topic taken apart (spec §1): `$aws/things/<thing>/shadow[/name/<shadow>]/<operation>[/<response>]`.
/// Pure value; safe on any thread.
struct ShadowTopic
{
    /// What a message on the topic is: a request (published by clients) or one of the service's responses.
    enum class Kind { Request, Accepted, Rejected, Delta, Documents };

    ShadowKey key;
    ShadowOperation operation = ShadowOperation::Get;
    Kind kind = Kind::Request;

    /// Parses `topic`. Returns std::nullopt for anything that is not a shadow topic: another prefix, an empty,
    /// over-long or badly formed thing or shadow name, a missing or unknown operation, an unknown response suffix
    /// (`/delete/delta` does not exist) or extra levels after it. Such publishes are ignored, never answered.
    static std::optional<ShadowTopic> parse(QStringView topic);

    /// The topic of `kind` for `operation` on `key`. Only the combinations parse() accepts are meaningful.
    static QString topic(const ShadowKey& key, ShadowOperation operation, Kind kind);
    QString toString() const { return topic(key, operation, kind); }

    /// 1–128 characters of `[a-zA-Z0-9:_-]` (AWS API reference).
    static bool isValidThingName(QStringView name);
    /// 1–64 characters of `[$a-zA-Z0-9:_-]` (AWS API reference).
    static bool isValidShadowName(QStringView name);
};
