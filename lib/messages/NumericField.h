// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

/// Where a chart finds the number in a message: a path into a JSON payload, or the payload itself.
///
/// Path syntax (surrounding spaces are ignored):
///  - empty (or `$`): the payload itself, when its text is a number: `21.5`, `-3e2`, ` 42\n`;
///  - names separated by dots: `temperature`, `state.reported.temp`; a name is any text without `.`, `[` and `]`
///    (spaces inside are kept: `room temp`);
///  - array indexes in brackets, counted from 0, after a name or another index: `readings[2].value`, `m[0][1]`,
///    and first for a payload that is an array: `[0].temp`;
///  - a quoted name in brackets for names with dots or brackets: `["sensor.1"].temp` (`\"` and `\\` inside);
///  - an optional `$.` or `$` in front, as JSONPath writes it: `$.state.reported.temp`, `$[0]`.
///
/// The value found counts as a number when it is a JSON number, a string holding a number (`"21.5"`, as some devices
/// send), or a boolean (true 1, false 0). NaN and infinities never count. A message without the field, or whose
/// payload is not JSON, has no number: extract() returns nothing, which is not an error.
///
/// A value type; safe on any thread.
class NumericField
{
    Q_DECLARE_TR_FUNCTIONS(NumericField)

public:
    /// The payload itself.
    NumericField() = default;

    /// Parses a path. Error code `bad_field_path`, with a message that says at which character and what to write.
    static Result<NumericField> parse(const QString& path);

    /// The path as given (trimmed); empty for the payload itself.
    const QString& path() const { return m_path; }
    bool isPayload() const { return m_steps.empty(); }

    /// The number in `payload` (parsed as JSON unless this is the payload itself).
    std::optional<double> extract(const QByteArray& payload) const;
    /// The number in a payload parsed already (a QJsonDocument's object or array as a value): parse once, then look
    /// up every field of the message. For the payload itself, the value must be a number.
    std::optional<double> extract(const QJsonValue& root) const;

    /// A payload parsed for extract(const QJsonValue&): its object or array, or an undefined value when it is not a
    /// JSON object or array.
    static QJsonValue parseJson(const QByteArray& payload);
    /// The number `text` holds (trimmed, C locale), if it is one and finite.
    static std::optional<double> numberIn(const QByteArray& text);

    bool operator==(const NumericField&) const = default;

private:
    struct Step
    {
        QString name;
        qsizetype index = -1; ///< an array index when >= 0, else a name
        bool operator==(const Step&) const = default;
    };

    QString m_path;
    std::vector<Step> m_steps;

    friend class NumericFieldParser;
};
