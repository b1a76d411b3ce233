// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// Value types shared by the shadow engine, service, client and viewer. Plain values: safe to copy between threads.

/// Which shadow: the thing's classic (unnamed) shadow when `shadow` is empty, else the named shadow `shadow`.
struct ShadowKey
{
    QString thing;
    QString shadow;

    bool isClassic() const { return shadow.isEmpty(); }
    /// `$aws/things/<thing>/shadow` or `$aws/things/<thing>/shadow/name/<shadow>` (spec §1).
    QString topicPrefix() const;
    /// The name AWS quotes in its 404 message: the thing name for the classic shadow, else the shadow name.
    QString nameInMessages() const { return shadow.isEmpty() ? thing : shadow; }

    friend bool operator==(const ShadowKey& a, const ShadowKey& b)
    {
        return a.thing == b.thing && a.shadow == b.shadow;
    }
    friend bool operator!=(const ShadowKey& a, const ShadowKey& b) { return !(a == b); }
    friend bool operator<(const ShadowKey& a, const ShadowKey& b)
    {
        const int byThing = a.thing.compare(b.thing);
        return byThing < 0 || (byThing == 0 && a.shadow < b.shadow);
    }
};

enum class ShadowOperation { Get, Update, Delete };

/// The limits of spec §7. The defaults are AWS IoT's; `maxStateBytes` is configurable as on Greengrass.
struct ShadowLimits
{
    int maxStateBytes = 8192;                ///< compact desired + reported of the merged document (413 beyond)
    int maxDepth = 6;                        ///< levels in desired and in reported, objects and arrays (400 beyond)
    int maxClientTokenBytes = 64;            ///< UTF-8 bytes (400 beyond)
    int maxPayloadBytes = 128 * 1024;        ///< AWS IoT's MQTT payload limit, checked before parsing (413 beyond)
    qint64 versionMemorySeconds = 48 * 3600; ///< how long a deleted shadow's version is remembered (spec §4.5)
};

/// One message the shadow service publishes: a response topic and its JSON payload.
struct ShadowMessage
{
    QString topic;
    QByteArray payload;

    bool operator==(const ShadowMessage&) const = default;
};

namespace Shadow {
/// "get", "update" or "delete": the topic level of the operation.
QString operationName(ShadowOperation operation);
} // namespace Shadow

Q_DECLARE_METATYPE(ShadowKey)
Q_DECLARE_METATYPE(ShadowOperation)
Q_DECLARE_METATYPE(ShadowMessage)
