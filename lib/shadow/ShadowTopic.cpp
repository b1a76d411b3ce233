// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowTopic.h"

#include <algorithm>

namespace {

constexpr int MAX_THING_NAME = 128;
constexpr int MAX_SHADOW_NAME = 64;

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u':' || u == u'_' ||
        u == u'-';
}

std::optional<ShadowOperation> operationFrom(QStringView level)
{
    if (level == u"get") {
        return ShadowOperation::Get;
    }
    if (level == u"update") {
        return ShadowOperation::Update;
    }
    if (level == u"delete") {
        return ShadowOperation::Delete;
    }
    return std::nullopt;
}

std::optional<ShadowTopic::Kind> responseFrom(ShadowOperation operation, QStringView level)
{
    if (level == u"accepted") {
        return ShadowTopic::Kind::Accepted;
    }
    if (level == u"rejected") {
        return ShadowTopic::Kind::Rejected;
    }
    if (operation == ShadowOperation::Update && level == u"delta") {
        return ShadowTopic::Kind::Delta;
    }
    if (operation == ShadowOperation::Update && level == u"documents") {
        return ShadowTopic::Kind::Documents;
    }
    return std::nullopt;
}

/// Cuts `rest` at the next '/': returns the level and leaves the remainder (without the '/') in `rest`.
QStringView nextLevel(QStringView& rest, bool* more)
{
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0) {
        const QStringView level = rest;
        rest = {};
        *more = false;
        return level;
    }
    const QStringView level = rest.left(slash);
    rest = rest.mid(slash + 1);
    *more = true;
    return level;
}

} // namespace

QString ShadowKey::topicPrefix() const
{
    QString prefix = QStringLiteral("$aws/things/") + thing + QStringLiteral("/shadow");
    if (!shadow.isEmpty()) {
        prefix += QStringLiteral("/name/") + shadow;
    }
    return prefix;
}

QString Shadow::operationName(ShadowOperation operation)
{
    switch (operation) {
    case ShadowOperation::Get:
        return QStringLiteral("get");
    case ShadowOperation::Update:
        return QStringLiteral("update");
    case ShadowOperation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

bool ShadowTopic::isValidThingName(QStringView name)
{
    if (name.isEmpty() || name.size() > MAX_THING_NAME) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), isNameCharacter);
}

bool ShadowTopic::isValidShadowName(QStringView name)
{
    if (name.isEmpty() || name.size() > MAX_SHADOW_NAME) {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](QChar c) { return c == u'$' || isNameCharacter(c); });
}

std::optional<ShadowTopic> ShadowTopic::parse(QStringView topic)
{
    constexpr QStringView PREFIX = u"$aws/things/";
    if (!topic.startsWith(PREFIX)) {
        return std::nullopt;
    }
    QStringView rest = topic.mid(PREFIX.size());
    bool more = false;
    ShadowTopic result;
    const QStringView thing = nextLevel(rest, &more);
    if (!more || !isValidThingName(thing) || nextLevel(rest, &more) != u"shadow" || !more) {
        return std::nullopt;
    }
    result.key.thing = thing.toString();
    QStringView level = nextLevel(rest, &more);
    if (level == u"name") {
        if (!more) {
            return std::nullopt;
        }
        const QStringView shadow = nextLevel(rest, &more);
        if (!more || !isValidShadowName(shadow)) {
            return std::nullopt;
        }
        result.key.shadow = shadow.toString();
        level = nextLevel(rest, &more);
    }
    const auto operation = operationFrom(level);
    if (!operation) {
        return std::nullopt;
    }
    result.operation = *operation;
    if (!more) {
        result.kind = Kind::Request;
        return result;
    }
    const auto kind = responseFrom(*operation, nextLevel(rest, &more));
    if (!kind || more) {
        return std::nullopt; // unknown suffix, or extra levels after it (`…/get/rejected/x`)
    }
    result.kind = *kind;
    return result;
}

QString ShadowTopic::topic(const ShadowKey& key, ShadowOperation operation, Kind kind)
{
    QString result = key.topicPrefix() + QLatin1Char('/') + Shadow::operationName(operation);
    switch (kind) {
    case Kind::Request:
        break;
    case Kind::Accepted:
        result += QStringLiteral("/accepted");
        break;
    case Kind::Rejected:
        result += QStringLiteral("/rejected");
        break;
    case Kind::Delta:
        result += QStringLiteral("/delta");
        break;
    case Kind::Documents:
        result += QStringLiteral("/documents");
        break;
    }
    return result;
}
