// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/TopicFilter.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TopicFilter)
};

/// MQTT strings carry a 16-bit length prefix (MQTT 3.1.1 §1.5.3, MQTT 5.0 §1.5.4).
constexpr qsizetype MAX_UTF8_BYTES = 65535;
constexpr QStringView SHARE_PREFIX = u"$share/";

/// Length of `text` once encoded as UTF-8, without encoding it. A lone surrogate counts as the 3 bytes of the
/// U+FFFD that QString::toUtf8() writes in its place.
qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

bool exceedsMaxLength(QStringView text)
{
    // Every UTF-16 code unit becomes 1 to 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units).
    if (text.size() > MAX_UTF8_BYTES) {
        return true;
    }
    if (text.size() * 3 <= MAX_UTF8_BYTES) {
        return false;
    }
    return utf8Length(text) > MAX_UTF8_BYTES;
}

bool isWildcard(QChar c)
{
    return c == u'+' || c == u'#';
}

/// `filter` with `/` inserted wherever the wildcard at `pos` touches other characters of its level.
QString withOwnLevel(const QString& filter, qsizetype pos)
{
    QString fixed = filter.left(pos);
    if (pos > 0 && filter[pos - 1] != u'/') {
        fixed += u'/';
    }
    fixed += filter[pos];
    if (pos + 1 < filter.size() && filter[pos + 1] != u'/') {
        fixed += u'/';
    }
    fixed += QStringView(filter).sliced(pos + 1);
    return fixed;
}

/// `filter` cut after the `#` at `pos`, with `/` inserted before it when needed: the closest valid filter.
QString endingAtMultiLevelWildcard(const QString& filter, qsizetype pos)
{
    QString fixed = filter.left(pos);
    if (pos > 0 && filter[pos - 1] != u'/') {
        fixed += u'/';
    }
    fixed += u'#';
    return fixed;
}

Result<void> checkWildcards(const QString& filter)
{
    const qsizetype size = filter.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = filter[i];
        if (!isWildcard(c)) {
            continue;
        }
        const bool startsLevel = i == 0 || filter[i - 1] == u'/';
        const bool endsLevel = i + 1 == size || filter[i + 1] == u'/';
        if (c == u'+') {
            if (!startsLevel || !endsLevel) {
                return Error{QStringLiteral("invalid_single_level_wildcard"),
                             Tr::tr("“+” must be a whole level of a filter, between slashes: use “%1”, not “%2”.")
                                 .arg(withOwnLevel(filter, i), filter),
                             {}};
            }
            continue;
        }
        if (!startsLevel || !endsLevel) {
            return Error{QStringLiteral("invalid_multi_level_wildcard"),
                         Tr::tr("“#” must be the last level of a filter, on its own: use “%1”, not “%2”.")
                             .arg(endingAtMultiLevelWildcard(filter, i), filter),
                         {}};
        }
        if (i + 1 != size) {
            QString oneLevel = filter;
            oneLevel[i] = u'+';
            return Error{QStringLiteral("invalid_multi_level_wildcard"),
                         Tr::tr("“#” must be the last level of a filter: use “%1”, not “%2”. To match exactly one "
                                "level in the middle, use “+”, as in “%3”.")
                             .arg(endingAtMultiLevelWildcard(filter, i), filter, oneLevel),
                         {}};
        }
    }
    return {};
}

/// `$share/<ShareName>/<filter>` (MQTT 5.0 §4.8.2). The filter part is checked by the caller.
Result<void> checkSharedSubscription(const QString& filter)
{
    const QStringView rest = QStringView(filter).sliced(SHARE_PREFIX.size());
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView shareName = slash < 0 ? rest : rest.first(slash);
    if (shareName.isEmpty()) {
        return Error{QStringLiteral("invalid_shared_subscription"),
                     Tr::tr("The shared subscription “%1” has no share name. Write “$share/<name>/<filter>”, "
                            "for example “$share/workers/sensors/#”.")
                         .arg(filter),
                     {}};
    }
    if (shareName.contains(u'+') || shareName.contains(u'#')) {
        return Error{QStringLiteral("invalid_shared_subscription"),
                     Tr::tr("The share name “%1” contains “+” or “#”, which share names may not contain. Use a "
                            "plain name, for example “$share/workers/sensors/#”.")
                         .arg(shareName.toString()),
                     {}};
    }
    if (slash < 0 || slash + 1 == rest.size()) {
        return Error{QStringLiteral("invalid_shared_subscription"),
                     Tr::tr("The shared subscription “%1” has no topic filter after the share name. Write "
                            "“$share/%2/<filter>”, for example “$share/%2/sensors/#”.")
                         .arg(filter, shareName.toString()),
                     {}};
    }
    return {};
}

/// `message` has `%1` for the 1-based position of the null character.
Error nullCharacter(const QString& message, qsizetype position)
{
    return Error{QStringLiteral("null_character"), message.arg(position + 1), {}};
}

} // namespace

namespace TopicFilter {

Result<void> validateFilter(const QString& filter)
{
    if (filter.isEmpty()) {
        return Error{QStringLiteral("empty_filter"),
                     Tr::tr("The topic filter is empty. Enter a filter such as “sensors/+/temperature”, or “#” for "
                            "every topic."),
                     {}};
    }
    if (exceedsMaxLength(filter)) {
        return Error{QStringLiteral("filter_too_long"),
                     Tr::tr("The topic filter is %1 bytes long in UTF-8; MQTT allows at most 65535. Shorten it, for "
                            "example by replacing levels with “+” or “#”.")
                         .arg(utf8Length(filter)),
                     {}};
    }
    if (const qsizetype nul = filter.indexOf(QChar(u'\0')); nul >= 0) {
        return nullCharacter(Tr::tr("The topic filter contains a null character (U+0000) at position %1, which "
                                    "MQTT does not allow. Remove it."),
                             nul);
    }
    if (filter.startsWith(SHARE_PREFIX)) {
        if (auto r = checkSharedSubscription(filter); !r) {
            return r;
        }
    }
    // The share name holds no wildcard once checked above, so scanning the whole text checks the filter part.
    return checkWildcards(filter);
}

Result<void> validateTopicName(const QString& topic)
{
    if (topic.isEmpty()) {
        return Error{QStringLiteral("empty_topic"),
                     Tr::tr("The topic is empty. Enter a topic such as “sensors/kitchen/temperature”."),
                     {}};
    }
    if (exceedsMaxLength(topic)) {
        return Error{QStringLiteral("topic_too_long"),
                     Tr::tr("The topic is %1 bytes long in UTF-8; MQTT allows at most 65535. Shorten it.")
                         .arg(utf8Length(topic)),
                     {}};
    }
    if (const qsizetype nul = topic.indexOf(QChar(u'\0')); nul >= 0) {
        return nullCharacter(Tr::tr("The topic contains a null character (U+0000) at position %1, which MQTT does "
                                    "not allow. Remove it."),
                             nul);
    }
    for (const QChar c : topic) {
        if (isWildcard(c)) {
            return Error{QStringLiteral("wildcard_in_topic"),
                         Tr::tr("The topic “%1” contains “%2”: wildcards are only allowed in subscriptions, not in "
                                "the topic you publish to. Replace “%2” with a concrete level name.")
                             .arg(topic, QString(c)),
                         {}};
        }
    }
    return {};
}

// Hot path (once per received message and filter): no allocation, levels are split by index.
bool matches(QStringView filter, QStringView topic)
{
    if (filter.startsWith(SHARE_PREFIX)) {
        const qsizetype slash = filter.indexOf(u'/', SHARE_PREFIX.size());
        if (slash < 0) {
            return false;
        }
        filter = filter.sliced(slash + 1);
    }
    if (filter.isEmpty() || topic.isEmpty()) {
        return false;
    }
    // §4.7.2: wildcards in the first level do not match topics starting with `$` (such as `$SYS/...`).
    if (topic.front() == u'$' && isWildcard(filter.front())) {
        return false;
    }

    const qsizetype filterSize = filter.size();
    const qsizetype topicSize = topic.size();
    qsizetype f = 0; // start of the current filter level
    qsizetype t = 0; // start of the current topic level
    bool topicConsumed = false;
    for (;;) {
        qsizetype filterEnd = filter.indexOf(u'/', f);
        if (filterEnd < 0) {
            filterEnd = filterSize;
        }
        const QStringView filterLevel = filter.sliced(f, filterEnd - f);
        if (filterLevel.size() == 1 && filterLevel.front() == u'#') {
            // §4.7.1.2: `#` matches the parent level and any number of child levels.
            return true;
        }
        if (topicConsumed) {
            return false;
        }
        qsizetype topicEnd = topic.indexOf(u'/', t);
        if (topicEnd < 0) {
            topicEnd = topicSize;
        }
        const bool singleLevelWildcard = filterLevel.size() == 1 && filterLevel.front() == u'+';
        if (!singleLevelWildcard && filterLevel != topic.sliced(t, topicEnd - t)) {
            return false;
        }
        if (filterEnd == filterSize) {
            return topicEnd == topicSize;
        }
        f = filterEnd + 1;
        if (topicEnd == topicSize) {
            topicConsumed = true;
        } else {
            t = topicEnd + 1;
        }
    }
}

bool hasWildcards(QStringView filter)
{
    for (const QChar c : filter) {
        if (isWildcard(c)) {
            return true;
        }
    }
    return false;
}

} // namespace TopicFilter
