// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/NumericField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <utility>

namespace {

/// No number is longer than this; a bigger payload is not looked at as text.
constexpr qsizetype MAX_NUMBER_TEXT = 64;

} // namespace

/// Reads a path step by step (see NumericField.h for the syntax). Positions in messages count characters from 1.
class NumericFieldParser
{
public:
    explicit NumericFieldParser(QString path)
        : m_path(std::move(path))
    { }

    Result<NumericField> run()
    {
        NumericField field;
        field.m_path = m_path;
        if (m_path.startsWith(QLatin1Char('$')) && (m_path.size() == 1 || isSeparator(m_path.at(1)))) {
            m_pos = 1; // JSONPath's root; "$" alone is the payload itself
            if (m_pos < m_path.size() && m_path.at(m_pos) == QLatin1Char('.')) {
                ++m_pos;
                if (auto failed = name(field)) {
                    return *failed;
                }
            }
        } else if (!m_path.isEmpty() && m_path.at(0) != QLatin1Char('[')) {
            if (auto failed = name(field)) {
                return *failed;
            }
        }
        while (m_pos < m_path.size()) {
            const QChar c = m_path.at(m_pos);
            if (c == QLatin1Char('[')) {
                if (auto failed = bracket(field)) {
                    return *failed;
                }
            } else if (c == QLatin1Char('.')) {
                ++m_pos;
                if (auto failed = name(field)) {
                    return *failed;
                }
            } else {
                return error(NumericField::tr("expected “.” or “[” at character %1").arg(m_pos + 1));
            }
        }
        return field;
    }

private:
    static bool isSeparator(QChar c) { return c == QLatin1Char('.') || c == QLatin1Char('['); }

    Error error(const QString& what) const
    {
        return Error{QStringLiteral("bad_field_path"),
                     NumericField::tr("“%1” is not a field path: %2. Separate names with dots and put array indexes "
                                      "in brackets, e.g. state.reported.temp or readings[2].value; leave it empty for "
                                      "a payload that is a number.")
                         .arg(m_path, what),
                     {}};
    }

    /// A plain name up to the next `.` or `[`.
    std::optional<Error> name(NumericField& field)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_path.size() && !isSeparator(m_path.at(m_pos))) {
            if (m_path.at(m_pos) == QLatin1Char(']')) {
                return error(NumericField::tr("“]” at character %1 closes no “[”").arg(m_pos + 1));
            }
            ++m_pos;
        }
        if (m_pos == start) {
            return error(NumericField::tr("a name is missing at character %1").arg(start + 1));
        }
        field.m_steps.push_back({m_path.mid(start, m_pos - start), -1});
        return std::nullopt;
    }

    /// `[<index>]` or `["<name>"]`, with m_pos at the `[`.
    std::optional<Error> bracket(NumericField& field)
    {
        const qsizetype open = m_pos++;
        if (m_pos < m_path.size() && m_path.at(m_pos) == QLatin1Char('"')) {
            return quotedName(field, open);
        }
        const qsizetype close = m_path.indexOf(QLatin1Char(']'), m_pos);
        if (close < 0) {
            return error(NumericField::tr("the “[” at character %1 is not closed with “]”").arg(open + 1));
        }
        const QString digits = m_path.mid(m_pos, close - m_pos);
        bool ok = !digits.isEmpty();
        for (const QChar c : digits) {
            ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }
        const qlonglong index = ok ? digits.toLongLong(&ok) : -1;
        if (!ok || index > std::numeric_limits<int>::max()) {
            return error(
                NumericField::tr("“%1” at character %2 is not an array index (0, 1, 2, …)").arg(digits).arg(m_pos + 1));
        }
        field.m_steps.push_back({QString(), qsizetype(index)});
        m_pos = close + 1;
        return std::nullopt;
    }

    /// `["<name>"]` with m_pos at the opening quote; `\"` and `\\` stand for `"` and `\`.
    std::optional<Error> quotedName(NumericField& field, qsizetype open)
    {
        QString text;
        for (++m_pos; m_pos < m_path.size(); ++m_pos) {
            const QChar c = m_path.at(m_pos);
            if (c == QLatin1Char('\\') && m_pos + 1 < m_path.size()) {
                text += m_path.at(++m_pos);
            } else if (c == QLatin1Char('"')) {
                break;
            } else {
                text += c;
            }
        }
        if (m_pos + 1 >= m_path.size() || m_path.at(m_pos + 1) != QLatin1Char(']')) {
            return error(NumericField::tr("the quoted name at character %1 is not closed with “\"]”").arg(open + 2));
        }
        field.m_steps.push_back({text, -1});
        m_pos += 2;
        return std::nullopt;
    }

    const QString m_path;
    qsizetype m_pos = 0;
};

Result<NumericField> NumericField::parse(const QString& path)
{
    return NumericFieldParser(path.trimmed()).run();
}

std::optional<double> NumericField::numberIn(const QByteArray& text)
{
    if (text.size() > MAX_NUMBER_TEXT) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QJsonValue NumericField::parseJson(const QByteArray& payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    if (document.isObject()) {
        return document.object();
    }
    if (document.isArray()) {
        return document.array();
    }
    return {QJsonValue::Undefined};
}

std::optional<double> NumericField::extract(const QByteArray& payload) const
{
    return isPayload() ? numberIn(payload) : extract(parseJson(payload));
}

std::optional<double> NumericField::extract(const QJsonValue& root) const
{
    QJsonValue value = root;
    for (const Step& step : m_steps) {
        if (step.index >= 0) {
            if (!value.isArray() || step.index >= value.toArray().size()) {
                return std::nullopt;
            }
            value = value.toArray().at(step.index);
        } else {
            if (!value.isObject()) {
                return std::nullopt;
            }
            value = value.toObject().value(step.name);
        }
    }
    switch (value.type()) {
    case QJsonValue::Double:
        return std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble()) : std::nullopt;
    case QJsonValue::Bool:
        return value.toBool() ? 1.0 : 0.0;
    case QJsonValue::String:
        return numberIn(value.toString().toUtf8());
    default:
        return std::nullopt;
    }
}
