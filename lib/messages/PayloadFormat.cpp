// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/PayloadFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PayloadFormat)
};

/// Re-indents JSON text without re-serialising values, so key order and number spelling stay exactly as sent.
QString indentJson(const QByteArray& json)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const QString text = QString::fromUtf8(json);
    const auto newline = [&out, &depth] {
        out += QLatin1Char('\n');
        out += QString(depth * 2, QLatin1Char(' '));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (escaped) {
                escaped = false;
            } else if (c == QLatin1Char('\\')) {
                escaped = true;
            } else if (c == QLatin1Char('"')) {
                inString = false;
            }
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            // Keep empty containers on one line.
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isSpace()) {
                ++j;
            }
            if (j < text.size() && (text.at(j) == QLatin1Char('}') || text.at(j) == QLatin1Char(']'))) {
                out += text.at(j);
                i = j;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

namespace PayloadFormat {

bool isUtf8(const QByteArray& payload)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(payload);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QString preview(const QByteArray& payload, int maxChars)
{
    const QByteArray head = payload.left(qsizetype(maxChars) * 4);
    QString text = QString::fromUtf8(head);
    bool cut = head.size() < payload.size();
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        cut = true;
    }
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control) {
            c = QChar(0x00B7);
        }
    }
    if (cut) {
        text += QChar(0x2026);
    }
    return text;
}

Rendered render(const QByteArray& payload, Kind kind, qsizetype maxBytes)
{
    Rendered result;
    const QByteArray bytes = payload.left(maxBytes);
    result.truncated = bytes.size() < payload.size();
    switch (kind) {
    case Kind::String:
        result.text = QString::fromUtf8(bytes);
        result.valid = isUtf8(bytes);
        if (!result.valid) {
            result.problem = Tr::tr("not valid UTF-8: invalid bytes are shown as �; use Hex to see them");
        }
        break;
    case Kind::Hex: {
        // 16 bytes a row, like a hex dump, so long payloads lay out as short lines.
        QByteArray hex;
        hex.reserve(bytes.size() * 3 + bytes.size() / 16);
        for (qsizetype offset = 0; offset < bytes.size(); offset += 16) {
            if (offset > 0) {
                hex += '\n';
            }
            hex += bytes.mid(offset, 16).toHex(' ');
        }
        result.text = QString::fromLatin1(hex);
        break;
    }
    case Kind::Base64: {
        // MIME-style 76-character lines.
        const QByteArray encoded = bytes.toBase64();
        QByteArray lines;
        lines.reserve(encoded.size() + encoded.size() / 76 + 1);
        for (qsizetype offset = 0; offset < encoded.size(); offset += 76) {
            if (offset > 0) {
                lines += '\n';
            }
            lines += encoded.mid(offset, 76);
        }
        result.text = QString::fromLatin1(lines);
        break;
    }
    case Kind::Json: {
        QJsonParseError error{};
        QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            result.valid = false;
            result.problem = result.truncated
                ? Tr::tr("only the first %1 bytes are shown, which are not complete JSON").arg(maxBytes)
                : Tr::tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
            result.text = QString::fromUtf8(bytes);
        } else {
            result.text = indentJson(bytes);
        }
        break;
    }
    }
    return result;
}

} // namespace PayloadFormat
