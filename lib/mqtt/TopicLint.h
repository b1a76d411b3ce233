// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/// Gentle warnings shown while a topic or filter is typed: AWS IoT's topic best practices, reserved `$aws/`
/// topics, and AWS IoT's limits when the connection is AWS IoT. Never blocks a valid MQTT topic. Pure functions.
namespace TopicLint {

struct Context
{
    bool isFilter = false; ///< a subscription filter (wildcards allowed) rather than a topic to publish to
    bool awsIot = false;   ///< the connection is AWS IoT Core: its limits apply
    int qos = 0;
    qint64 payloadBytes = -1; ///< publish only; -1: unknown
    QString thingName;        ///< when known, topics are expected to contain it
};

struct Warning
{
    QString code;    ///< stable: leading_slash, space, non_ascii, no_thing_name, aws_reserved, aws_qos2, aws_depth,
                     ///< aws_payload_size, aws_sys
    QString message; ///< what it means and what to do
};

/// All warnings for `topic` (assumed syntactically valid; TopicFilter reports errors).
QList<Warning> check(const QString& topic, const Context& context);

/// AWS IoT Core limits (documented service quotas).
inline constexpr int AWS_MAX_SLASHES = 7;
inline constexpr qint64 AWS_MAX_PAYLOAD = 128 * 1024;

} // namespace TopicLint
