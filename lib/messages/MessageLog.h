// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mqtt/MqttTypes.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

/// The one JSON-lines message format of ThingBench: what `thingbench-cli sub --format jsonl` prints, what a pane
/// exports and opens, and what recording and replay use. One compact JSON object per line (UTF-8, "\n" after each):
///
///   {"tst":"2026-05-04T10:20:30.123Z","topic":"devices/d1/telemetry","qos":1,"retain":false,"payloadlen":11,
///    "payload":"{\"t\":21.5}","properties":{...}}
///
/// - `tst`: receive time, ISO 8601 UTC with milliseconds (required on read).
/// - `topic` (required, not empty), `qos` 0|1|2 (required), `retain` (optional, default false).
/// - `payload`: the payload as a string when its bytes are valid UTF-8 (and survive the round trip exactly), else
///   `payload_base64`; exactly one of the two. `payloadlen` is the byte count; when present on read it must match.
/// - `properties` (MQTT 5, only when the message had any): `user_properties` as [name, value] pairs in order,
///   `content_type`, `response_topic`, `correlation_data_base64`, `message_expiry_interval` (seconds),
///   `payload_format_indicator` (0 or 1). Subscription identifiers are not kept: they belong to the subscription of
///   the session that received the message, not to the message.
/// Unknown members are ignored on read so newer writers stay readable; blank lines are ignored.
///
/// Pure functions: thread-safe, for worker threads too.
namespace MessageLog {

/// Bad lines whose errors are kept in a ReadReport; the rest are only counted.
inline constexpr int REPORTED_ERRORS = 5;

/// The JSON object of one message (the schema above).
QJsonObject toJson(const MqttMessage& message);
/// One line: the compact JSON object followed by "\n".
QByteArray toLine(const MqttMessage& message);

/// The `properties` object of the schema (MQTT 5 publish properties), empty when there are none. Also used by the
/// workspace file for publish templates, so a template and a recorded message spell properties the same way.
QJsonObject propertiesToJson(const MqttProperties& properties);
/// Parses a `properties` object; errors (code `bad_line`) name the member that is wrong.
Result<MqttProperties> propertiesFromJson(const QJsonObject& object);

/// Parses one JSON object of the schema. Errors (code `bad_line`) say which member is wrong and why.
Result<MqttMessage> fromJson(const QJsonObject& object);
/// Parses one line (a trailing "\r\n" or "\n" is allowed). Errors start with "Line <lineNumber>: ".
Result<MqttMessage> parseLine(QByteArrayView line, qint64 lineNumber);

/// Called now and then with work done and total (bytes for reading, messages for writing); returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// What readFile() found.
struct ReadReport
{
    QList<MqttMessage> messages; ///< the good lines, in file order
    qint64 badLines = 0;         ///< lines that are not a message of this format (never silently dropped)
    QList<Error> errors;         ///< the errors of the first REPORTED_ERRORS bad lines, with their line numbers
    bool cancelled = false;      ///< the progress callback asked to stop; `messages` holds what was read so far
};

/// Reads a JSON-lines file. Fails only when the file cannot be read (`file_not_found`, `file_unreadable`); bad
/// lines are counted and reported in the result.
Result<ReadReport> readFile(const QString& path, const Progress& progress = {});

enum class FileFormat {
    JsonLines, ///< the format above
    Csv,       ///< RFC 4180, header time,topic,qos,retained,size,payload; payload as text or "base64:<base64>"
};

/// Writes `messages` atomically (QSaveFile): on error or cancel the file at `path` is left as it was, with no
/// half-written file. Returns the number written; errors `file_unwritable` and `cancelled`.
Result<qint64> writeFile(const QString& path, const QList<MqttMessage>& messages, FileFormat format,
                         const Progress& progress = {});

/// A short summary of a ReadReport's bad lines for a person: "3 bad lines skipped: line 4: …; line 9: …".
/// Empty when there were none.
QString describeBadLines(const ReadReport& report);

} // namespace MessageLog
