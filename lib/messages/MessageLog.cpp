// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageLog)
};

constexpr qint64 MAX_EXPIRY = 0xFFFFFFFFLL;
constexpr qsizetype WRITE_CHUNK = 1 << 20;
constexpr int PROGRESS_EVERY = 2048; // messages or lines between progress calls

Error badLine(const QString& message)
{
    return Error{QStringLiteral("bad_line"), message, {}};
}

/// The integer in `value` when it is a JSON number with no fraction in [min, max].
std::optional<qint64> integerIn(const QJsonValue& value, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (std::floor(number) != number || number < double(min) || number > double(max)) {
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<QByteArray> base64Of(const QJsonValue& value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return std::move(decoded.decoded);
}

/// Valid UTF-8 that comes back byte for byte from a JSON string. A leading byte order mark does not: Qt's JSON
/// reader drops it from the start of a string, so such payloads go as base64.
std::optional<QString> exactText(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        return std::nullopt;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        return std::nullopt;
    }
    return text;
}

QByteArray csvField(const QByteArray& value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r')) {
        return value;
    }
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray csvLine(const MqttMessage& message)
{
    const auto text = exactText(message.payload);
    const QByteArray payloadText = text ? message.payload : "base64:" + message.payload.toBase64();
    return isoTime(message.receivedAtMs).toUtf8() + ',' + csvField(message.topic.toUtf8()) + ',' +
        QByteArray::number(message.qos) + ',' + (message.retained ? "true" : "false") + ',' +
        QByteArray::number(message.payload.size()) + ',' + csvField(payloadText) + "\r\n";
}

/// Reads the line shape toLine() writes, byte by byte, without building a JSON document: the members in toLine()'s
/// order, no whitespace, no MQTT 5 properties, strings with only the short escapes. Replays and opened recordings are
/// almost all such lines, and this reads one several times faster than QJsonDocument (a replay at 100,000 messages/s
/// has no time for a document per line). Anything else, including every line with an error, returns nullopt and goes
/// the general way, so the two cannot disagree on what a line means or on what is wrong with it.
class CanonicalLine
{
public:
    explicit CanonicalLine(QByteArrayView line)
        : m_p(line.data())
        , m_end(line.data() + line.size())
    { }

    std::optional<MqttMessage> parse();

private:
    bool literal(std::string_view text)
    {
        if (m_end - m_p < qsizetype(text.size()) || std::memcmp(m_p, text.data(), text.size()) != 0) {
            return false;
        }
        m_p += text.size();
        return true;
    }
    /// The rest of a string whose opening quote was read, as UTF-8 bytes; false on a \u escape or a raw control
    /// character (the general reader decides those).
    bool string(QByteArray* out);
    bool integer(qint64* value);
    /// "YYYY-MM-DDTHH:MM:SS.mmmZ" (years 1970 to 9999, a real calendar day), then the closing quote.
    bool time(qint64* msSinceEpoch);

    const char* m_p;
    const char* const m_end;
};

bool CanonicalLine::string(QByteArray* out)
{
    const char* start = m_p;
    while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20) {
        ++m_p;
    }
    out->append(start, m_p - start);
    while (m_p < m_end) {
        const char c = *m_p++;
        if (c == '"') {
            return true;
        }
        if (uchar(c) < 0x20) {
            return false;
        }
        if (c != '\\') {
            out->append(c);
            continue;
        }
        if (m_p == m_end) {
            return false;
        }
        static constexpr std::string_view FROM = "\"\\/bfnrt";
        static constexpr std::string_view TO = "\"\\/\b\f\n\r\t";
        const size_t index = FROM.find(*m_p++);
        if (index == std::string_view::npos) {
            return false; // \u…: the general reader
        }
        out->append(TO[index]);
    }
    return false;
}

bool CanonicalLine::integer(qint64* value)
{
    const char* start = m_p;
    qint64 number = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 10) {
        number = number * 10 + (*m_p++ - '0');
    }
    const qsizetype digits = m_p - start;
    *value = number;
    return digits > 0 && (digits == 1 || *start != '0') && number <= std::numeric_limits<qint32>::max();
}

bool CanonicalLine::time(qint64* msSinceEpoch)
{
    static constexpr std::string_view SHAPE = "dddd-dd-ddTdd:dd:dd.dddZ\"";
    if (m_end - m_p < qsizetype(SHAPE.size())) {
        return false;
    }
    for (size_t i = 0; i < SHAPE.size(); ++i) {
        if (SHAPE[i] == 'd' ? (m_p[i] < '0' || m_p[i] > '9') : m_p[i] != SHAPE[i]) {
            return false;
        }
    }
    const auto number = [this](int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; ++i) {
            value = value * 10 + (m_p[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    if (year < 1970 || month < 1 || month > 12 || day < 1 || day > QDate(year, month, 1).daysInMonth() || hour > 23 ||
        minute > 59 || second > 59) {
        return false;
    }
    const qint64 days = QDate(1970, 1, 1).daysTo(QDate(year, month, day));
    *msSinceEpoch = ((days * 24 + hour) * 60 + minute) * 60'000LL + second * 1000LL + number(20, 3);
    m_p += SHAPE.size();
    return true;
}

std::optional<MqttMessage> CanonicalLine::parse()
{
    MqttMessage message;
    QByteArray text;
    const bool base64 = literal(R"({"payload_base64":")");
    if (!base64 && !literal(R"({"payload":")")) {
        return std::nullopt;
    }
    qint64 length = 0;
    qint64 qos = 0;
    QByteArray topic;
    if (!string(&text) || !literal(R"(,"payloadlen":)") || !integer(&length) || !literal(R"(,"qos":)") ||
        !integer(&qos) || qos > 2 || !literal(R"(,"retain":)")) {
        return std::nullopt;
    }
    message.qos = quint8(qos);
    message.retained = literal("true");
    if ((!message.retained && !literal("false")) || !literal(R"(,"topic":")") || !string(&topic) || topic.isEmpty() ||
        !literal(R"(,"tst":")") || !time(&message.receivedAtMs) || !literal("}") || m_p != m_end) {
        return std::nullopt;
    }
    // Text and topic: valid UTF-8 comes back from a JSON string unchanged, except a leading byte order mark, which
    // Qt's reader drops.
    const auto exact = [](const QByteArray& bytes) {
        return QByteArrayView(bytes).isValidUtf8() && !bytes.startsWith("\xEF\xBB\xBF");
    };
    if (!exact(topic)) {
        return std::nullopt;
    }
    message.topic = QString::fromUtf8(topic);
    if (base64) {
        auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return std::nullopt;
        }
        message.payload = std::move(decoded.decoded);
    } else if (exact(text)) {
        message.payload = std::move(text);
    } else {
        return std::nullopt;
    }
    if (message.payload.size() != length) {
        return std::nullopt;
    }
    return message;
}

} // namespace

namespace MessageLog {

QJsonObject propertiesToJson(const MqttProperties& p)
{
    QJsonObject properties;
    if (!p.userProperties.isEmpty()) {
        QJsonArray pairs;
        for (const auto& [name, value] : p.userProperties) {
            pairs.append(QJsonArray{name, value});
        }
        properties.insert(QStringLiteral("user_properties"), pairs);
    }
    if (!p.contentType.isEmpty()) {
        properties.insert(QStringLiteral("content_type"), p.contentType);
    }
    if (!p.responseTopic.isEmpty()) {
        properties.insert(QStringLiteral("response_topic"), p.responseTopic);
    }
    if (!p.correlationData.isEmpty()) {
        properties.insert(QStringLiteral("correlation_data_base64"), QString::fromLatin1(p.correlationData.toBase64()));
    }
    if (p.messageExpirySeconds) {
        properties.insert(QStringLiteral("message_expiry_interval"), qint64(*p.messageExpirySeconds));
    }
    if (p.payloadIsUtf8) {
        properties.insert(QStringLiteral("payload_format_indicator"), *p.payloadIsUtf8 ? 1 : 0);
    }
    return properties;
}

Result<MqttProperties> propertiesFromJson(const QJsonObject& object)
{
    MqttProperties p;
    const QJsonValue pairs = object.value(QStringLiteral("user_properties"));
    if (!pairs.isUndefined()) {
        if (!pairs.isArray()) {
            return badLine(Tr::tr("“properties.user_properties” must be a list of [name, value] pairs"));
        }
        for (const QJsonValue& pair : pairs.toArray()) {
            const QJsonArray items = pair.toArray();
            if (!pair.isArray() || items.size() != 2 || !items.at(0).isString() || !items.at(1).isString()) {
                return badLine(
                    Tr::tr("each of “properties.user_properties” must be a [name, value] pair of two strings"));
            }
            p.userProperties.append({items.at(0).toString(), items.at(1).toString()});
        }
    }
    const auto text = [&object](const char* key, QString* target) -> std::optional<Error> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            return std::nullopt;
        }
        if (!value.isString()) {
            return badLine(Tr::tr("“properties.%1” must be a string").arg(QLatin1String(key)));
        }
        *target = value.toString();
        return std::nullopt;
    };
    if (auto error = text("content_type", &p.contentType)) {
        return *error;
    }
    if (auto error = text("response_topic", &p.responseTopic)) {
        return *error;
    }
    const QJsonValue correlation = object.value(QStringLiteral("correlation_data_base64"));
    if (!correlation.isUndefined()) {
        const auto bytes = base64Of(correlation);
        if (!bytes) {
            return badLine(Tr::tr("“properties.correlation_data_base64” must be a base64 string"));
        }
        p.correlationData = *bytes;
    }
    const QJsonValue expiry = object.value(QStringLiteral("message_expiry_interval"));
    if (!expiry.isUndefined()) {
        const auto seconds = integerIn(expiry, 0, MAX_EXPIRY);
        if (!seconds) {
            return badLine(
                Tr::tr("“properties.message_expiry_interval” must be a whole number of seconds from 0 to 4294967295"));
        }
        p.messageExpirySeconds = quint32(*seconds);
    }
    const QJsonValue indicator = object.value(QStringLiteral("payload_format_indicator"));
    if (!indicator.isUndefined()) {
        const auto value = integerIn(indicator, 0, 1);
        if (!value) {
            return badLine(Tr::tr("“properties.payload_format_indicator” must be 0 or 1"));
        }
        p.payloadIsUtf8 = *value == 1;
    }
    return p;
}

QJsonObject toJson(const MqttMessage& message)
{
    QJsonObject object;
    object.insert(QStringLiteral("tst"), isoTime(message.receivedAtMs));
    object.insert(QStringLiteral("topic"), message.topic);
    object.insert(QStringLiteral("qos"), int(message.qos));
    object.insert(QStringLiteral("retain"), message.retained);
    object.insert(QStringLiteral("payloadlen"), qint64(message.payload.size()));
    if (const auto text = exactText(message.payload)) {
        object.insert(QStringLiteral("payload"), *text);
    } else {
        object.insert(QStringLiteral("payload_base64"), QString::fromLatin1(message.payload.toBase64()));
    }
    if (message.properties) {
        const QJsonObject properties = propertiesToJson(*message.properties);
        if (!properties.isEmpty()) {
            object.insert(QStringLiteral("properties"), properties);
        }
    }
    return object;
}

QByteArray toLine(const MqttMessage& message)
{
    QByteArray line = QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact);
    line += '\n';
    return line;
}

Result<MqttMessage> fromJson(const QJsonObject& object)
{
    MqttMessage message;
    const QJsonValue tst = object.value(QStringLiteral("tst"));
    if (!tst.isString()) {
        return badLine(Tr::tr("“tst” (the receive time, ISO 8601 UTC such as 2026-05-04T10:20:30.123Z) is missing"));
    }
    QDateTime time = QDateTime::fromString(tst.toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        return badLine(Tr::tr("“tst” is “%1”, not an ISO 8601 time such as 2026-05-04T10:20:30.123Z")
                           .arg(tst.toString().left(40)));
    }
    if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC); // the format's times are UTC; a time written without a zone is read as UTC
    }
    message.receivedAtMs = time.toMSecsSinceEpoch();

    const QJsonValue topic = object.value(QStringLiteral("topic"));
    if (!topic.isString() || topic.toString().isEmpty()) {
        return badLine(Tr::tr("“topic” must be a topic name (a string that is not empty)"));
    }
    message.topic = topic.toString();

    const auto qos = integerIn(object.value(QStringLiteral("qos")), 0, 2);
    if (!qos) {
        return badLine(Tr::tr("“qos” must be 0, 1 or 2"));
    }
    message.qos = quint8(*qos);

    const QJsonValue retain = object.value(QStringLiteral("retain"));
    if (!retain.isUndefined() && !retain.isBool()) {
        return badLine(Tr::tr("“retain” must be true or false"));
    }
    message.retained = retain.toBool(false);

    const QJsonValue text = object.value(QStringLiteral("payload"));
    const QJsonValue base64 = object.value(QStringLiteral("payload_base64"));
    if (text.isUndefined() == base64.isUndefined()) {
        return badLine(Tr::tr("give exactly one of “payload” (text) and “payload_base64” (other bytes)"));
    }
    if (!text.isUndefined()) {
        if (!text.isString()) {
            return badLine(Tr::tr("“payload” must be a string; use “payload_base64” for bytes that are not text"));
        }
        message.payload = text.toString().toUtf8();
    } else {
        const auto bytes = base64Of(base64);
        if (!bytes) {
            return badLine(Tr::tr("“payload_base64” must be a base64 string"));
        }
        message.payload = *bytes;
    }
    const QJsonValue length = object.value(QStringLiteral("payloadlen"));
    if (!length.isUndefined()) {
        const auto declared = integerIn(length, 0, std::numeric_limits<qint32>::max());
        if (!declared) {
            return badLine(Tr::tr("“payloadlen” must be a whole number of bytes"));
        }
        if (*declared != message.payload.size()) {
            return badLine(Tr::tr("“payloadlen” says %1 bytes but the payload has %2; the line was changed or cut")
                               .arg(*declared)
                               .arg(message.payload.size()));
        }
    }

    const QJsonValue properties = object.value(QStringLiteral("properties"));
    if (!properties.isUndefined() && !properties.isNull()) {
        if (!properties.isObject()) {
            return badLine(Tr::tr("“properties” must be an object"));
        }
        auto parsed = propertiesFromJson(properties.toObject());
        if (!parsed) {
            return parsed.error();
        }
        if (!parsed->isEmpty()) {
            message.properties = std::make_shared<const MqttProperties>(std::move(parsed).value());
        }
    }
    return message;
}

Result<MqttMessage> parseLine(QByteArrayView line, qint64 lineNumber)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r')) {
        line.chop(1);
    }
    if (auto message = CanonicalLine(line).parse()) {
        return std::move(*message);
    }
    const auto failed = [lineNumber](const QString& what) {
        return badLine(Tr::tr("Line %1: %2").arg(lineNumber).arg(what));
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failed(Tr::tr("not JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset + 1));
    }
    if (!document.isObject()) {
        return failed(Tr::tr("not a JSON object; each line must be one message object"));
    }
    auto message = fromJson(document.object());
    if (!message) {
        return failed(message.error().message);
    }
    return message;
}

Result<ReadReport> readFile(const QString& path, const Progress& progress)
{
    QFile file(path);
    if (!file.exists()) {
        return Error{QStringLiteral("file_not_found"),
                     Tr::tr("“%1” does not exist. Check the path and try again.").arg(path),
                     {}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file_unreadable"),
                     Tr::tr("Cannot read “%1”. Check that you may read it.").arg(path), file.errorString()};
    }
    ReadReport report;
    const qint64 total = file.size();
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.isEmpty() && file.error() != QFileDevice::NoError) {
            return Error{
                QStringLiteral("file_unreadable"),
                Tr::tr("Reading “%1” failed at line %2. Check the disk and try again.").arg(path).arg(lineNumber + 1),
                file.errorString()};
        }
        ++lineNumber;
        if (progress && lineNumber % PROGRESS_EVERY == 0 && !progress(file.pos(), total)) {
            report.cancelled = true;
            return report;
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        auto message = parseLine(line, lineNumber);
        if (!message) {
            ++report.badLines;
            if (report.errors.size() < REPORTED_ERRORS) {
                report.errors.append(message.error());
            }
            continue;
        }
        report.messages.append(std::move(message).value());
    }
    if (progress) {
        progress(total, total);
    }
    return report;
}

Result<qint64> writeFile(const QString& path, const QList<MqttMessage>& messages, FileFormat format,
                         const Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Cannot write “%1”. Choose a folder you may write to.").arg(path), file.errorString()};
    }
    const auto failed = [&file, &path] {
        file.cancelWriting();
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Writing “%1” failed; nothing was changed. Check free disk space.").arg(path),
                     file.errorString()};
    };
    QByteArray chunk;
    chunk.reserve(WRITE_CHUNK + 4096);
    if (format == FileFormat::Csv) {
        chunk += "time,topic,qos,retained,size,payload\r\n";
    }
    const qint64 total = messages.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && i % PROGRESS_EVERY == 0 && !progress(i, total)) {
            file.cancelWriting(); // the target keeps its old content (or stays absent); the temporary file goes
            return Error{QStringLiteral("cancelled"),
                         Tr::tr("Cancelled; “%1” was left as it was.").arg(QFileInfo(path).fileName()),
                         {}};
        }
        const MqttMessage& message = messages.at(i);
        chunk += format == FileFormat::Csv ? csvLine(message) : toLine(message);
        if (chunk.size() >= WRITE_CHUNK) {
            if (file.write(chunk) != chunk.size()) {
                return failed();
            }
            chunk.clear();
        }
    }
    if (!chunk.isEmpty() && file.write(chunk) != chunk.size()) {
        return failed();
    }
    if (progress && !progress(total, total)) {
        file.cancelWriting(); // cancelled at the last moment: still nothing replaces the target
        return Error{QStringLiteral("cancelled"),
                     Tr::tr("Cancelled; “%1” was left as it was.").arg(QFileInfo(path).fileName()),
                     {}};
    }
    if (!file.commit()) {
        return Error{QStringLiteral("file_unwritable"),
                     Tr::tr("Writing “%1” failed; nothing was changed. Check free disk space.").arg(path),
                     file.errorString()};
    }
    return total;
}

QString describeBadLines(const ReadReport& report)
{
    if (report.badLines == 0) {
        return {};
    }
    QStringList first;
    for (const Error& error : report.errors) {
        first << error.message;
    }
    QString text = Tr::tr("%Ln line(s) could not be read and were skipped: ", nullptr,
                          int(qMin<qint64>(report.badLines, INT_MAX))) +
        first.join(QStringLiteral("; "));
    if (report.badLines > report.errors.size()) {
        text += Tr::tr("; and %Ln more", nullptr, int(qMin<qint64>(report.badLines - report.errors.size(), INT_MAX)));
    }
    return text;
}

} // namespace MessageLog
