// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/TopicLint.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TopicLint)
};

/// `$aws/` topics a client may use: shadows, jobs, fleet provisioning, events, rules and Device Defender.
bool isKnownAwsTopic(const QString& topic)
{
    static const QStringList prefixes{
        QStringLiteral("$aws/things/"),
        QStringLiteral("$aws/certificates/create"),
        QStringLiteral("$aws/provisioning-templates/"),
        QStringLiteral("$aws/events/"),
        QStringLiteral("$aws/rules/"),
        QStringLiteral("$aws/sitewise/"),
        QStringLiteral("$aws/defender/"),
        QStringLiteral("$aws/certificates/create-from-csr"),
    };
    for (const QString& prefix : prefixes) {
        if (topic.startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace TopicLint {

QList<Warning> check(const QString& topic, const Context& context)
{
    QList<Warning> warnings;
    if (topic.isEmpty()) {
        return warnings;
    }
    const auto warn = [&warnings](const char* code, const QString& message) {
        warnings.append(Warning{QString::fromLatin1(code), message});
    };
    if (topic.startsWith(QLatin1Char('/'))) {
        warn("leading_slash",
             Tr::tr("Starts with “/”: that makes an empty first level, a different topic from the "
                    "one without it. AWS recommends no leading slash."));
    }
    if (topic.contains(QLatin1Char(' '))) {
        warn("space", Tr::tr("Contains a space: valid MQTT, but easy to mistype in code and rules. Use “-” or “_”."));
    }
    bool ascii = true;
    for (const QChar c : topic) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (!ascii) {
        warn("non_ascii",
             Tr::tr("Contains characters outside ASCII: AWS IoT rules and policies handle them poorly. "
                    "Prefer ASCII letters, digits, “-” and “_”."));
    }
    if (!context.thingName.isEmpty() && !topic.contains(context.thingName) && !topic.startsWith(QLatin1Char('#'))) {
        warn("no_thing_name",
             Tr::tr("Does not contain the thing name “%1”. AWS recommends a thing name in every "
                    "device topic, so policies can restrict each device to its own topics.")
                 .arg(context.thingName));
    }
    if (topic.startsWith(QLatin1String("$aws/")) && !context.isFilter && !isKnownAwsTopic(topic)) {
        warn("aws_reserved",
             Tr::tr("“$aws/” topics are reserved by AWS IoT; publishing here is refused unless it is "
                    "a shadow, job, provisioning or rules topic."));
    }
    if (context.awsIot) {
        if (context.qos == 2) {
            warn("aws_qos2", Tr::tr("AWS IoT does not support QoS 2; it will refuse this. Use QoS 1."));
        }
        if (topic.startsWith(QLatin1String("$SYS"))) {
            warn("aws_sys", Tr::tr("AWS IoT has no “$SYS” topics; nothing will arrive here."));
        }
        // Reserved $aws topics are not counted against the depth limit.
        if (!topic.startsWith(QLatin1String("$aws/")) && topic.count(QLatin1Char('/')) > AWS_MAX_SLASHES) {
            warn("aws_depth",
                 Tr::tr("Has %1 “/”: AWS IoT allows at most %2 in a topic. Flatten it.")
                     .arg(topic.count(QLatin1Char('/')))
                     .arg(AWS_MAX_SLASHES));
        }
        if (!context.isFilter && context.payloadBytes > AWS_MAX_PAYLOAD) {
            warn("aws_payload_size",
                 Tr::tr("The payload is %1 bytes: AWS IoT refuses messages over 128 KB "
                        "(131072 bytes).")
                     .arg(context.payloadBytes));
        }
    }
    return warnings;
}

} // namespace TopicLint
