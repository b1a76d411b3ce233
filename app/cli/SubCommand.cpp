// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "messages/MessageLog.h"
#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDeadlineTimer>
#include <QTimer>

#include <cstdio>
#include <algorithm>
#include <limits>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

enum class Format { String, Json, Hex, Base64, JsonLines };

/// The JSON description of one message: the MessageLog format (`jsonl` prints it as is, one compact line). `json`
/// prints it indented and, when the payload is itself a JSON object or array, embeds it under "payload".
QJsonObject describe(const MqttMessage& message, bool embedJson)
{
    QJsonObject object = MessageLog::toJson(message);
    if (embedJson && !message.payload.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(message.payload, &error);
        if (error.error == QJsonParseError::NoError) {
            object.remove(QStringLiteral("payload_base64"));
            object.insert(QStringLiteral("payload"),
                          document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        }
    }
    return object;
}

} // namespace

namespace Cli {

int runSub(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Subscribe to topic filters and print each message (like mosquitto_sub)."));
    addConnectionOptions(parser);
    parser.addOptions({
        {{QStringLiteral("t"), QStringLiteral("topic")},
         tr("Topic filter to subscribe to (repeatable)."),
         QStringLiteral("filter")},
        {{QStringLiteral("q"), QStringLiteral("qos")},
         tr("Subscription QoS (default 0)."),
         QStringLiteral("qos"),
         QStringLiteral("0")},
        {{QStringLiteral("C"), QStringLiteral("count")}, tr("Exit after this many messages."), QStringLiteral("n")},
        {{QStringLiteral("W"), QStringLiteral("timeout")},
         tr("Give up after this many seconds (exit code 27), like mosquitto_sub -W."),
         QStringLiteral("seconds")},
        {QStringLiteral("format"), tr("Output: string (default), json, hex, base64, jsonl."), QStringLiteral("format"),
         QStringLiteral("string")},
        {{QStringLiteral("v"), QStringLiteral("verbose")}, tr("Print the topic before the payload.")},
        {{QStringLiteral("R"), QStringLiteral("no-retained")}, tr("Do not print retained messages.")},
        {{QStringLiteral("N"), QStringLiteral("no-newline")}, tr("Do not add a newline after each payload.")},
    });
    if (auto code = parse(parser, arguments)) {
        return *code;
    }
    ConnectionOptions connection;
    if (auto code = connectionOptionsOrExit(parser, &connection)) {
        return *code;
    }
    const ConnectionOptions* options = &connection;
    const QStringList filters = parser.values(QStringLiteral("topic"));
    if (filters.isEmpty()) {
        printError(tr("Give at least one topic filter with -t, e.g. -t 'devices/#'."));
        return EXIT_USAGE;
    }
    for (const QString& filter : filters) {
        if (auto valid = TopicFilter::validateFilter(filter); !valid) {
            printError(valid.error().message);
            return EXIT_USAGE;
        }
    }
    bool ok = false;
    const int qos = parser.value(QStringLiteral("qos")).toInt(&ok);
    if (!ok || qos < 0 || qos > 2) {
        printError(tr("-q must be 0, 1 or 2."));
        return EXIT_USAGE;
    }
    qint64 count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        count = parser.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || count < 1) {
            printError(tr("-C must be a positive number of messages."));
            return EXIT_USAGE;
        }
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    Format format = Format::String;
    if (formatName == QLatin1String("string")) {
        format = Format::String;
    } else if (formatName == QLatin1String("json")) {
        format = Format::Json;
    } else if (formatName == QLatin1String("hex")) {
        format = Format::Hex;
    } else if (formatName == QLatin1String("base64")) {
        format = Format::Base64;
    } else if (formatName == QLatin1String("jsonl")) {
        format = Format::JsonLines;
    } else {
        printError(tr("--format must be string, json, hex, base64 or jsonl, not “%1”.").arg(formatName));
        return EXIT_USAGE;
    }
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const bool skipRetained = parser.isSet(QStringLiteral("no-retained"));
    const bool newline = !parser.isSet(QStringLiteral("no-newline"));

    installStopHandler();
    MqttSession session;
    int exitCode = EXIT_OK;
    qint64 printed = 0;
    bool quitting = false;
    // -W: a deadline checked by a timer re-armed in steps of at most an hour, so any number of seconds works.
    QTimer timeoutTimer;
    QDeadlineTimer deadline(QDeadlineTimer::Forever);
    qint64 timeoutSeconds = 0;
    if (parser.isSet(QStringLiteral("timeout"))) {
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toLongLong(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > std::numeric_limits<qint64>::max() / 1000) {
            printError(tr("-W must be a positive number of seconds."));
            return EXIT_USAGE;
        }
        deadline.setRemainingTime(timeoutSeconds * 1000);
        timeoutTimer.setSingleShot(true);
        QObject::connect(&timeoutTimer, &QTimer::timeout, &session, [&] {
            if (!deadline.hasExpired()) {
                timeoutTimer.start(int(std::clamp<qint64>(deadline.remainingTime(), 1, 3'600'000)));
                return;
            }
            printError(tr("Timed out after %1 s with %2 message(s) received.").arg(timeoutSeconds).arg(printed));
            QCoreApplication::exit(EXIT_TIMEOUT);
        });
        timeoutTimer.start(int(std::clamp<qint64>(deadline.remainingTime(), 1, 3'600'000)));
    }
    // The session remembers the filters and (re)sends them whenever the broker does not hold them.
    for (const QString& filter : filters) {
        session.subscribe(filter, qos);
    }
    QObject::connect(&session, &MqttSession::subscribeFailed, &session,
                     [&quitting](const QString&, const QString& message) {
                         if (quitting) {
                             return;
                         }
                         printError(message);
                         QCoreApplication::exit(EXIT_FAILURE_);
                     });
    QByteArray out;
    QObject::connect(&session, &MqttSession::messagesReceived, &session, [&](const QList<MqttMessage>& batch) {
        out.clear();
        for (const MqttMessage& message : batch) {
            if (count >= 0 && printed >= count) {
                break;
            }
            if (skipRetained && message.retained) {
                continue;
            }
            if (verbose && format != Format::Json && format != Format::JsonLines) {
                out += message.topic.toUtf8();
                out += ' ';
            }
            switch (format) {
            case Format::String:
                out += message.payload;
                break;
            case Format::Hex:
                out += message.payload.toHex();
                break;
            case Format::Base64:
                out += message.payload.toBase64();
                break;
            case Format::Json:
                out += QJsonDocument(describe(message, true)).toJson(QJsonDocument::Indented);
                out.chop(1);
                break;
            case Format::JsonLines:
                out += MessageLog::toLine(message);
                break;
            }
            if (newline && format != Format::JsonLines) { // a JSON line carries its own newline
                out += '\n';
            }
            ++printed;
        }
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        if (count >= 0 && printed >= count && !quitting) {
            quitting = true;
            disconnectAndQuit(session, EXIT_OK);
        }
    });
    if (!startSession(session, *options, &exitCode)) {
        return exitCode;
    }
    return QCoreApplication::exec();
}

} // namespace Cli
