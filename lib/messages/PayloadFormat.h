// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Payload rendering, done lazily for visible or selected rows only (never on the receive path). Pure functions.
namespace PayloadFormat {

enum class Kind { String, Json, Hex, Base64 };

/// True when the bytes are valid UTF-8 (an empty payload is).
bool isUtf8(const QByteArray& payload);

/// A one-line preview of at most `maxChars` characters: UTF-8 text with control characters shown as `·`
/// (invalid UTF-8 becomes U+FFFD), and `…` when cut. Looks at no more than ~4 × maxChars bytes.
QString preview(const QByteArray& payload, int maxChars = 200);

struct Rendered
{
    QString text;
    bool truncated = false; ///< `text` covers only the first `maxBytes` bytes of the payload
    bool valid = true;      ///< false: the payload is not what the kind expects (JSON that does not parse)
    QString problem;        ///< why `valid` is false, e.g. "not JSON: unterminated string at offset 12"
};

/// Renders at most `maxBytes` bytes of the payload as `kind`. JSON is pretty-printed with the payload's own key
/// order and number text; a payload that is not JSON is shown as text with `valid` false.
Rendered render(const QByteArray& payload, Kind kind, qsizetype maxBytes = 1024 * 1024);

} // namespace PayloadFormat
