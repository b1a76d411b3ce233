// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/TopicRouter.h"

#include "mqtt/TopicFilter.h"

#include <algorithm>
#include <utility>

namespace {

/// Topics seen by one session are usually few, but a `#` subscription on a busy broker sees unbounded distinct
/// topics (device ids in the path); the cache is dropped as a whole past this size.
constexpr qsizetype MAX_CACHED_TOPICS = 10000;

} // namespace

bool TopicRouter::add(SubscriberId id, const QString& filter)
{
    auto it = m_byFilter.find(filter);
    if (it == m_byFilter.end()) {
        m_byFilter.insert(filter, QList<SubscriberId>{id});
        m_cache.clear();
        return true;
    }
    QList<SubscriberId>& ids = it.value();
    if (ids.contains(id)) {
        return false;
    }
    ids.append(id);
    m_cache.clear();
    return false;
}

bool TopicRouter::remove(SubscriberId id, const QString& filter)
{
    auto it = m_byFilter.find(filter);
    if (it == m_byFilter.end() || !it.value().removeOne(id)) {
        return false;
    }
    m_cache.clear();
    if (!it.value().isEmpty()) {
        return false;
    }
    m_byFilter.erase(it);
    return true;
}

QStringList TopicRouter::removeSubscriber(SubscriberId id)
{
    QStringList unused;
    bool changed = false;
    for (auto it = m_byFilter.begin(); it != m_byFilter.end();) {
        if (!it.value().removeOne(id)) {
            ++it;
            continue;
        }
        changed = true;
        if (it.value().isEmpty()) {
            unused.append(it.key());
            it = m_byFilter.erase(it);
        } else {
            ++it;
        }
    }
    if (changed) {
        m_cache.clear();
    }
    unused.sort(); // QHash order is arbitrary; callers and logs get a stable order.
    return unused;
}

QStringList TopicRouter::filters() const
{
    QStringList result = m_byFilter.keys();
    result.sort();
    return result;
}

// The returned reference stays valid until the next call to a non-const member.
const QList<TopicRouter::SubscriberId>& TopicRouter::subscribersFor(const QString& topic)
{
    if (auto cached = m_cache.constFind(topic); cached != m_cache.cend()) {
        return cached.value();
    }
    QList<SubscriberId> ids;
    for (auto it = m_byFilter.cbegin(); it != m_byFilter.cend(); ++it) {
        if (TopicFilter::matches(it.key(), topic)) {
            ids.append(it.value());
        }
    }
    // A subscriber with several matching filters (`a/#` and `a/+`) gets the message once.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (m_cache.size() >= MAX_CACHED_TOPICS) {
        m_cache.clear();
    }
    return m_cache.emplace(topic, std::move(ids)).value();
}

QList<TopicRouter::SubscriberId> TopicRouter::subscribersForDelivery(const QString& topic,
                                                                     const QStringList& deliveredFor)
{
    if (deliveredFor.isEmpty()) {
        return subscribersFor(topic);
    }
    QList<SubscriberId> ids;
    for (const QString& filter : deliveredFor) {
        ids.append(m_byFilter.value(filter));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}
