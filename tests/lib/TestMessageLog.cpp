// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/MessageLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MqttMessage message(const QByteArray& payload, const QString& topic = u"devices/d1/telemetry"_s)
{
    MqttMessage m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = 1'777'890'030'123; // 2026-05-04T10:20:30.123Z
    m.qos = 1;
    return m;
}

MqttMessage withAllProperties()
{
    MqttMessage m = message(R"({"t":21.5})");
    auto properties = std::make_shared<MqttProperties>();
    properties->userProperties = {{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}, {u"b"_s, u"3=x"_s}, {u"ü"_s, u""_s}};
    properties->contentType = u"application/json"_s;
    properties->responseTopic = u"reply/here"_s;
    properties->correlationData = QByteArray("\x00\xff corr", 7);
    properties->messageExpirySeconds = 4'294'967'295u;
    properties->payloadIsUtf8 = true;
    m.properties = properties;
    m.qos = 2;
    m.retained = true;
    return m;
}

QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

/// MessageLog: the one JSON-lines message format (CLI `sub --format jsonl`, pane export, recordings).
class TestMessageLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void lineShape();
    void malformedLines_data();
    void malformedLines();
    void timeWithoutZoneIsUtc();
    void canonicalLinesReadAsTheGeneralReaderDoes();
    void readFileCountsAndReportsBadLines();
    void readFileCancels();
    void readFileMissing();
    void writeFileReplacesAtomically();
    void writeFileCancelLeavesNothing();
    void writeFileUnwritable();
    void csvExport();
};

void TestMessageLog::roundTrip_data()
{
    QTest::addColumn<MqttMessage>("original");
    QTest::addColumn<QString>("payloadKey"); // which member carries the payload

    QTest::newRow("plain text") << message("hello") << u"payload"_s;
    QTest::newRow("json text") << message(R"({"a": 1, "b": [true]})") << u"payload"_s;
    QTest::newRow("empty payload") << message(QByteArray()) << u"payload"_s;
    QTest::newRow("text with newline, CR, tab and NUL")
        << message(QByteArray("line 1\nline 2\r\n\t\0end", 20)) << u"payload"_s;
    QTest::newRow("multi-byte UTF-8") << message("grüße ✓ 🚀") << u"payload"_s;
    // Qt's JSON reader drops a leading U+FEFF from a string: such payloads go as base64 to keep their bytes.
    QTest::newRow("UTF-8 byte order mark kept") << message("\xEF\xBB\xBFhi") << u"payload_base64"_s;
    QTest::newRow("U+FEFF inside text") << message("a\xEF\xBB\xBF") << u"payload"_s;
    QTest::newRow("noncharacter U+FFFF") << message("\xEF\xBF\xBF") << u"payload"_s;
    QTest::newRow("not UTF-8: 0xff 0xfe") << message(QByteArray("\xff\xfe\x00\x01", 4)) << u"payload_base64"_s;
    QByteArray all;
    for (int i = 0; i < 256; ++i) {
        all += char(i);
    }
    QTest::newRow("every byte value") << message(all) << u"payload_base64"_s;
    QTest::newRow("overlong encoding") << message("\xC0\xAF") << u"payload_base64"_s;
    QTest::newRow("encoded surrogate") << message("\xED\xA0\x80") << u"payload_base64"_s;
    QTest::newRow("truncated sequence") << message("ok\xE2\x82") << u"payload_base64"_s;
    QTest::newRow("all MQTT 5 properties, QoS 2, retained") << withAllProperties() << u"payload"_s;
    MqttMessage unicodeTopic = message("x", u"häuser/küche/temp"_s);
    unicodeTopic.qos = 0;
    unicodeTopic.receivedAtMs = 0;
    QTest::newRow("unicode topic, QoS 0, epoch") << unicodeTopic << u"payload"_s;
    MqttMessage subscriptionOnly = message("x");
    auto ids = std::make_shared<MqttProperties>();
    ids->subscriptionIdentifiers = {7}; // the receiving session's, not the message's: not recorded
    subscriptionOnly.properties = ids;
    QTest::newRow("subscription identifiers are not recorded") << subscriptionOnly << u"payload"_s;
    MqttMessage empty = message("x");
    empty.properties = std::make_shared<MqttProperties>();
    QTest::newRow("empty properties are none") << empty << u"payload"_s;
}

void TestMessageLog::roundTrip()
{
    QFETCH(MqttMessage, original);
    QFETCH(QString, payloadKey);

    const QByteArray line = MessageLog::toLine(original);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1); // one line, whatever the payload holds
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QVERIFY2(object.contains(payloadKey), line.constData());
    QCOMPARE(object.value(u"payloadlen"_s).toInteger(), qint64(original.payload.size()));

    const Result<MqttMessage> parsed = MessageLog::parseLine(line, 1);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->payload, original.payload); // exact bytes
    QCOMPARE(parsed->topic, original.topic);
    QCOMPARE(parsed->qos, original.qos);
    QCOMPARE(parsed->retained, original.retained);
    QCOMPARE(parsed->receivedAtMs, original.receivedAtMs); // milliseconds kept
    MqttProperties recorded = original.properties ? *original.properties : MqttProperties();
    recorded.subscriptionIdentifiers.clear();
    QCOMPARE(bool(parsed->properties), !recorded.isEmpty());
    if (!recorded.isEmpty()) {
        QVERIFY(*parsed->properties == recorded);
    }
}

void TestMessageLog::lineShape()
{
    // The members scripts already use (sub --format jsonl) keep their names and types.
    const QJsonObject object = QJsonDocument::fromJson(MessageLog::toLine(withAllProperties())).object();
    QCOMPARE(object.value(u"tst"_s).toString(), u"2026-05-04T10:20:30.123Z"_s);
    QCOMPARE(object.value(u"topic"_s).toString(), u"devices/d1/telemetry"_s);
    QCOMPARE(object.value(u"qos"_s).toInt(), 2);
    QCOMPARE(object.value(u"retain"_s), QJsonValue(true));
    QCOMPARE(object.value(u"payload"_s).toString(), uR"({"t":21.5})"_s);
    const QJsonObject properties = object.value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"user_properties"_s).toArray().at(2).toArray(), (QJsonArray{u"b"_s, u"3=x"_s}));
    QCOMPARE(properties.value(u"content_type"_s).toString(), u"application/json"_s);
    QCOMPARE(properties.value(u"response_topic"_s).toString(), u"reply/here"_s);
    QCOMPARE(properties.value(u"correlation_data_base64"_s).toString(),
             QString::fromLatin1(QByteArray("\x00\xff corr", 7).toBase64()));
    QCOMPARE(properties.value(u"message_expiry_interval"_s).toInteger(), 4'294'967'295LL);
    QCOMPARE(properties.value(u"payload_format_indicator"_s).toInt(), 1);
    QVERIFY(!properties.contains(u"subscription_identifiers"_s));
    // A message without properties has no "properties" member at all.
    QVERIFY(!QJsonDocument::fromJson(MessageLog::toLine(message("x"))).object().contains(u"properties"_s));
}

void TestMessageLog::malformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected"); // a piece of the error message

    const QByteArray good = R"("tst":"2026-05-04T10:20:30.123Z","topic":"a/b","qos":0)";
    QTest::newRow("not JSON") << QByteArray("hello world") << u"not JSON"_s;
    QTest::newRow("cut line") << QByteArray(R"({"tst":"2026-05-04T10:20:30.123Z","topic":"a)") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << u"not a JSON object"_s;
    QTest::newRow("no tst") << QByteArray(R"({"topic":"a","qos":0,"payload":""})") << u"“tst”"_s;
    QTest::newRow("tst not a time") << QByteArray(R"({"tst":"yesterday","topic":"a","qos":0,"payload":""})")
                                    << u"“tst” is “yesterday”"_s;
    QTest::newRow("tst a number") << QByteArray(R"({"tst":17,"topic":"a","qos":0,"payload":""})") << u"“tst”"_s;
    QTest::newRow("no topic") << QByteArray(R"({"tst":"2026-05-04T10:20:30Z","qos":0,"payload":""})") << u"“topic”"_s;
    QTest::newRow("empty topic") << QByteArray(R"({"tst":"2026-05-04T10:20:30Z","topic":"","qos":0,"payload":""})")
                                 << u"“topic”"_s;
    QTest::newRow("qos 3") << QByteArray(R"({"tst":"2026-05-04T10:20:30Z","topic":"a","qos":3,"payload":""})")
                           << u"“qos” must be 0, 1 or 2"_s;
    QTest::newRow("qos text") << QByteArray(R"({"tst":"2026-05-04T10:20:30Z","topic":"a","qos":"1","payload":""})")
                              << u"“qos”"_s;
    QTest::newRow("qos 1.5") << QByteArray(R"({"tst":"2026-05-04T10:20:30Z","topic":"a","qos":1.5,"payload":""})")
                             << u"“qos”"_s;
    QTest::newRow("retain text") << "{" + good + R"(,"retain":"yes","payload":""})" << u"“retain”"_s;
    QTest::newRow("no payload") << "{" + good + "}" << u"exactly one of “payload”"_s;
    QTest::newRow("both payloads") << "{" + good + R"(,"payload":"a","payload_base64":"YQ=="})"
                                   << u"exactly one of “payload”"_s;
    QTest::newRow("payload a number") << "{" + good + R"(,"payload":5})" << u"“payload” must be a string"_s;
    QTest::newRow("bad base64") << "{" + good + R"(,"payload_base64":"@@@"})" << u"“payload_base64”"_s;
    QTest::newRow("payloadlen mismatch") << "{" + good + R"(,"payload":"abc","payloadlen":4})"
                                         << u"“payloadlen” says 4 bytes but the payload has 3"_s;
    QTest::newRow("properties a list") << "{" + good + R"(,"payload":"","properties":[]})"
                                       << u"“properties” must be an object"_s;
    QTest::newRow("user property not a pair")
        << "{" + good + R"(,"payload":"","properties":{"user_properties":[["a"]]}})" << u"[name, value] pair"_s;
    QTest::newRow("user property a number")
        << "{" + good + R"(,"payload":"","properties":{"user_properties":[["a",1]]}})" << u"[name, value] pair"_s;
    QTest::newRow("content type a number") << "{" + good + R"(,"payload":"","properties":{"content_type":1}})"
                                           << u"“properties.content_type” must be a string"_s;
    QTest::newRow("correlation not base64")
        << "{" + good + R"(,"payload":"","properties":{"correlation_data_base64":"!!"}})"
        << u"“properties.correlation_data_base64”"_s;
    QTest::newRow("expiry negative") << "{" + good + R"(,"payload":"","properties":{"message_expiry_interval":-1}})"
                                     << u"“properties.message_expiry_interval”"_s;
    QTest::newRow("expiry too large") << "{" + good +
            R"(,"payload":"","properties":{"message_expiry_interval":4294967296}})"
                                      << u"“properties.message_expiry_interval”"_s;
    QTest::newRow("format indicator 2") << "{" + good + R"(,"payload":"","properties":{"payload_format_indicator":2}})"
                                        << u"“properties.payload_format_indicator” must be 0 or 1"_s;
}

void TestMessageLog::malformedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const Result<MqttMessage> parsed = MessageLog::parseLine(line, 42);
    QVERIFY2(!parsed.ok(), line.constData());
    QCOMPARE(parsed.error().code, u"bad_line"_s);
    QVERIFY2(parsed.error().message.startsWith(u"Line 42: "_s), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestMessageLog::canonicalLinesReadAsTheGeneralReaderDoes()
{
    // parseLine reads the shape toLine writes without a JSON document; every such line, and every near miss, must mean
    // exactly what the general reader (QJsonDocument + fromJson) makes of it, errors included.
    QRandomGenerator random(20260504);
    const QList<QByteArray> pieces{
        "a",        "\"",   "\\",     "/", "\b\f\n\r\t", QByteArray("\0", 1), "ü", "✓", "🚀", "\xEF\xBB\xBF", "\xff",
        "\xC0\xAF", "\x7f", "{}[]:,", " ", "\\u0041",    "\xED\xA0\x80"};
    QList<QByteArray> lines;
    for (int i = 0; i < 3000; ++i) {
        QByteArray payload;
        QByteArray topic;
        for (int n = int(random.bounded(6)); n > 0; --n) {
            payload += pieces.at(random.bounded(pieces.size()));
            topic += pieces.at(random.bounded(pieces.size()));
        }
        MqttMessage m = message(payload, topic.isEmpty() ? u"t"_s : QString::fromUtf8(topic));
        m.qos = quint8(random.bounded(3));
        m.retained = random.bounded(2) == 1;
        // 1960 to 2100, leap days and the last millisecond of a year among them
        m.receivedAtMs = -315'619'200'000LL + qint64(random.bounded(4'417'977'600.0)) * 1000 + random.bounded(1000);
        lines << MessageLog::toLine(m).chopped(1);
    }
    // Near misses of the shape: each must go the general way and come out the same.
    const QByteArray base = MessageLog::toLine(message("x")).chopped(1);
    const auto variant = [&base](const char* from, const char* to) { return QByteArray(base).replace(from, to); };
    lines << variant("\"qos\":1", "\"qos\":3") << variant("\"qos\":1", "\"qos\":01")
          << variant("\"qos\":1", "\"qos\":1.0") << variant("\"payloadlen\":1", "\"payloadlen\":2")
          << variant("\"payloadlen\":1", "\"payloadlen\":01") << variant("2026-05-04", "2026-13-04")
          << variant("2026-05-04", "2025-02-29") << variant("2026-05-04", "2024-02-29")
          << variant("2026-05-04", "1969-12-31") << variant("10:20:30", "24:00:00") << variant("10:20:30", "10:20:60")
          << variant(".123Z", ".12Z") << variant(".123Z", ".123+01:00") << variant("\"x\"", "\"\\u0078\"")
          << variant("\"retain\":false", "\"retain\":0")
          << variant("\"topic\":\"devices/d1/telemetry\"", "\"topic\":\"\"")
          << variant("\"payload\":\"x\"", "\"payload_base64\":\"eA==\"")
          << variant("\"payload\":\"x\"", "\"payload_base64\":\"e A==\"") << variant("{", "{ ") << base + " "
          << base + "}" << variant("\"tst\"", "\"tst\":1,\"tst\"");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const Result<MqttMessage> fast = MessageLog::parseLine(line, 1);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            QVERIFY2(!fast.ok(), line.constData());
            continue;
        }
        const Result<MqttMessage> general = MessageLog::fromJson(document.object());
        QVERIFY2(fast.ok() == general.ok(), line.constData());
        if (!general.ok()) {
            QCOMPARE(fast.error().message, u"Line 1: "_s + general.error().message);
            continue;
        }
        QVERIFY2(fast->payload == general->payload, line.constData());
        QVERIFY2(fast->topic == general->topic, line.constData());
        QVERIFY2(fast->qos == general->qos && fast->retained == general->retained, line.constData());
        QVERIFY2(fast->receivedAtMs == general->receivedAtMs, line.constData());
        QVERIFY2(bool(fast->properties) == bool(general->properties), line.constData());
    }
}

void TestMessageLog::timeWithoutZoneIsUtc()
{
    const auto parsed =
        MessageLog::parseLine(R"({"tst":"2026-05-04T10:20:30.123","topic":"a","qos":0,"payload":"x"})", 1);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->receivedAtMs, 1'777'890'030'123LL);
    const auto offset =
        MessageLog::parseLine(R"({"tst":"2026-05-04T12:20:30.123+02:00","topic":"a","qos":0,"payload":"x"})", 1);
    QVERIFY(offset.ok());
    QCOMPARE(offset->receivedAtMs, 1'777'890'030'123LL);
}

void TestMessageLog::readFileCountsAndReportsBadLines()
{
    QTemporaryDir dir;
    QByteArray content;
    QList<int> badLineNumbers;
    int lineNumber = 0;
    int good = 0;
    for (int i = 0; i < 20; ++i) {
        ++lineNumber;
        if (i % 3 == 1) {
            content += "{\"broken\": \r\n"; // CRLF endings too
            badLineNumbers << lineNumber;
        } else if (i == 6) {
            content += "   \n"; // blank: not a message, not an error
        } else {
            QByteArray line = MessageLog::toLine(message(QByteArray::number(i)));
            if (i % 2 == 0) {
                line.insert(line.size() - 1, '\r');
            }
            content += line;
            ++good;
        }
    }
    content.chop(1); // the last line may lack its newline
    const QString path = writeTemp(dir, u"mixed.jsonl"_s, content);
    const auto read = MessageLog::readFile(path);
    QVERIFY(read.ok());
    QCOMPARE(read->messages.size(), qsizetype(good));
    QCOMPARE(read->badLines, qint64(badLineNumbers.size()));
    QCOMPARE(read->errors.size(), qsizetype(MessageLog::REPORTED_ERRORS));
    for (int i = 0; i < MessageLog::REPORTED_ERRORS; ++i) {
        QVERIFY2(read->errors.at(i).message.startsWith(u"Line %1: "_s.arg(badLineNumbers.at(i))),
                 qPrintable(read->errors.at(i).message));
    }
    QCOMPARE(read->messages.first().payload, QByteArray("0"));
    QVERIFY(!read->cancelled);
    const QString summary = MessageLog::describeBadLines(*read);
    QVERIFY2(summary.contains(u"Line 2: not JSON"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"and 2 more"_s), qPrintable(summary));
    QVERIFY2(summary.startsWith(u"7 line"_s) && summary.contains(u"could not be read and were skipped"_s),
             qPrintable(summary));
}

void TestMessageLog::readFileCancels()
{
    QTemporaryDir dir;
    QByteArray content;
    for (int i = 0; i < 10'000; ++i) {
        content += MessageLog::toLine(message(QByteArray::number(i)));
    }
    const QString path = writeTemp(dir, u"big.jsonl"_s, content);
    qint64 calls = 0;
    qint64 lastDone = 0;
    const auto read = MessageLog::readFile(path, [&](qint64 done, qint64 total) {
        ++calls;
        lastDone = done;
        return done < total / 2;
    });
    QVERIFY(read.ok());
    QVERIFY(read->cancelled);
    QVERIFY(read->messages.size() < 10'000);
    QVERIFY(lastDone >= content.size() / 2 && lastDone < content.size());
    QVERIFY(calls >= 2);
}

void TestMessageLog::readFileMissing()
{
    QTemporaryDir dir;
    const auto read = MessageLog::readFile(dir.filePath(u"absent.jsonl"_s));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, u"file_not_found"_s);
    QVERIFY(read.error().message.contains(u"absent.jsonl"_s));
}

void TestMessageLog::writeFileReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"out.jsonl"_s, "old content\n");
    const QList<MqttMessage> messages{message("a"), message(QByteArray("\xff", 1)), withAllProperties()};
    const auto written = MessageLog::writeFile(path, messages, MessageLog::FileFormat::JsonLines);
    QVERIFY(written.ok());
    QCOMPARE(*written, qint64(3));
    QByteArray expected;
    for (const MqttMessage& m : messages) {
        expected += MessageLog::toLine(m);
    }
    QCOMPARE(readAll(path), expected);
    const auto back = MessageLog::readFile(path);
    QVERIFY(back.ok());
    QCOMPARE(back->messages.size(), qsizetype(3));
    QCOMPARE(back->badLines, qint64(0));
    QCOMPARE(back->messages.at(1).payload, QByteArray("\xff", 1));
}

void TestMessageLog::writeFileCancelLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"keep.jsonl"_s, "what the user had\n");
    QList<MqttMessage> messages;
    for (int i = 0; i < 10'000; ++i) {
        messages << message(QByteArray::number(i));
    }
    const auto written = MessageLog::writeFile(path, messages, MessageLog::FileFormat::JsonLines,
                                               [](qint64 done, qint64) { return done < 5000; });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"cancelled"_s);
    QCOMPARE(readAll(path), QByteArray("what the user had\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"keep.jsonl"_s});

    // Cancelled at the very end: still nothing written, and no new file where there was none.
    const QString fresh = dir.filePath(u"fresh.jsonl"_s);
    const auto late = MessageLog::writeFile(fresh, messages, MessageLog::FileFormat::JsonLines,
                                            [](qint64 done, qint64 total) { return done < total; });
    QCOMPARE(late.ok() ? QString() : late.error().code, u"cancelled"_s);
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"keep.jsonl"_s});
}

void TestMessageLog::writeFileUnwritable()
{
    QTemporaryDir dir;
    const auto written = MessageLog::writeFile(dir.filePath(u"no/such/folder/out.jsonl"_s), {message("a")},
                                               MessageLog::FileFormat::JsonLines);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"file_unwritable"_s);
    QVERIFY(written.error().message.contains(u"Choose a folder"_s));
}

void TestMessageLog::csvExport()
{
    QTemporaryDir dir;
    MqttMessage quoted = message("say \"hi\", twice");
    quoted.topic = u"a,b"_s;
    const QList<MqttMessage> messages{quoted, message(QByteArray("\xff\x01", 2))};
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(MessageLog::writeFile(path, messages, MessageLog::FileFormat::Csv).ok());
    QCOMPARE(readAll(path),
             QByteArray("time,topic,qos,retained,size,payload\r\n"
                        "2026-05-04T10:20:30.123Z,\"a,b\",1,false,15,\"say \"\"hi\"\", twice\"\r\n"
                        "2026-05-04T10:20:30.123Z,devices/d1/telemetry,1,false,2,base64:/wE=\r\n"));
}

QTEST_GUILESS_MAIN(TestMessageLog)
#include "TestMessageLog.moc"
