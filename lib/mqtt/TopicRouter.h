// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Routes received messages to local subscribers (panes, the shadow service, the CLI) by topic filter, with
/// one broker subscription per distinct filter. Owner thread only (the GUI thread in the app); not locked.
class TopicRouter
{
public:
    using SubscriberId = quint64;

    /// Registers `id` for `filter` (already validated). Returns true when the filter is new and the caller must
    /// subscribe on the broker. Adding the same pair twice is a no-op that returns false.
    bool add(SubscriberId id, const QString& filter);
    /// Unregisters `id` from `filter`. Returns true when no subscriber needs the filter any more and the caller
    /// must unsubscribe on the broker.
    bool remove(SubscriberId id, const QString& filter);
    /// Removes `id` from every filter; returns the filters that no subscriber needs any more.
    QStringList removeSubscriber(SubscriberId id);

    /// Distinct filters currently needed (each is one broker subscription).
    QStringList filters() const;
    /// Subscribers whose filters match `topic`, each once, in ascending id order. Results are cached per
    /// topic (bounded); the cache is cleared whenever a subscription changes.
    const QList<SubscriberId>& subscribersFor(const QString& topic);

    /// Subscribers for one delivered copy of a message. A broker with several matching subscriptions of one client
    /// may send a copy per subscription (mosquitto does for MQTT 5). `deliveredFor` are the filters the copy names
    /// through MQTT 5 subscription identifiers: then only their subscribers get it, so overlapping filters never show
    /// a message twice. Empty `deliveredFor` (MQTT 3.1.1, or identifiers unknown): every matching subscriber.
    QList<SubscriberId> subscribersForDelivery(const QString& topic, const QStringList& deliveredFor);

private:
    QHash<QString, QList<SubscriberId>> m_byFilter; // filter -> subscribers
    QHash<QString, QList<SubscriberId>> m_cache;    // topic -> matching subscribers
};
