// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shadow/ShadowStore.h"
#include "shadow/ShadowTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// The AWS IoT Device Shadow service as a pure function (spec `aws-shadow.md`): given the stored shadows, one
/// request (topic and payload bytes) and the clock, it returns the next stored shadows and every message the service
/// publishes in answer, in publishing order. No I/O, no clock of its own, no randomness: the same inputs always give
/// the same outputs, so tests fix the clock.
///
/// Reproduced: classic and named shadows, partial merge, null deletion, arrays replaced whole, empty sections
/// removed, `{"state":null}`, versions (1 first, +1 per accepted update, delete answers the deleted version and
/// the next update continues after it), optimistic locking (409), clientToken echo and limit, per-leaf metadata,
/// `/update/accepted`, `/update/documents`, `/update/delta`, `/get/accepted`, `/delete/accepted`, and the error
/// documents of spec §5 (400, 404, 409, 413, 415, 500). Topics that are not shadow requests (responses, other
/// topics, invalid names) change nothing and are not answered.
///
/// Thread-safe: const, no shared state.
class ShadowEngine
{
public:
    struct Outcome
    {
        ShadowStore store;             ///< the stored shadows after the request
        QList<ShadowMessage> messages; ///< what the service publishes, in order; empty when the topic is ignored
        std::optional<ShadowKey> key;  ///< the shadow the request addressed (unset when ignored)
        bool changed = false;          ///< true when the request changed the store (accepted update or delete)
    };

    explicit ShadowEngine(const ShadowLimits& limits = {});

    const ShadowLimits& limits() const { return m_limits; }

    /// Handles one publish on `topic` at `nowSeconds` (epoch seconds; every timestamp written for this request).
    /// Pass the store with std::move when the old one is not needed: nothing is copied then.
    Outcome process(ShadowStore store, const QString& topic, const QByteArray& payload, qint64 nowSeconds) const;

private:
    ShadowLimits m_limits;
};
