// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages/NumericField.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// NumericField: the JSON path syntax of chart series, and the numbers found in payloads.
class TestNumericField final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void badPath_data();
    void badPath();
    void parsedOnceLookedUpMany();
};

void TestNumericField::extract_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("value");

    // The payload itself.
    QTest::newRow("payload: decimal") << QString() << QByteArray("21.5") << true << 21.5;
    QTest::newRow("payload: spaces and newline") << u"  "_s << QByteArray(" -3e2\n") << true << -300.0;
    QTest::newRow("payload: $") << u"$"_s << QByteArray("42") << true << 42.0;
    QTest::newRow("payload: text") << QString() << QByteArray("warm") << false << 0.0;
    QTest::newRow("payload: JSON object") << QString() << QByteArray(R"({"t":1})") << false << 0.0;
    QTest::newRow("payload: empty") << QString() << QByteArray() << false << 0.0;
    QTest::newRow("payload: nan") << QString() << QByteArray("nan") << false << 0.0;
    QTest::newRow("payload: inf") << QString() << QByteArray("inf") << false << 0.0;
    QTest::newRow("payload: long") << QString() << QByteArray(100, '1') << false << 0.0;
    // Names.
    QTest::newRow("name") << u"temperature"_s << QByteArray(R"({"temperature":21.5,"unit":"C"})") << true << 21.5;
    QTest::newRow("integer") << u"count"_s << QByteArray(R"({"count":7})") << true << 7.0;
    QTest::newRow("nested") << u"state.reported.temp"_s
                            << QByteArray(R"({"state":{"reported":{"temp":-4.25},"desired":{"temp":20}}})") << true
                            << -4.25;
    QTest::newRow("JSONPath root") << u"$.state.reported.temp"_s << QByteArray(R"({"state":{"reported":{"temp":3}}})")
                                   << true << 3.0;
    QTest::newRow("name with a space") << u"room temp"_s << QByteArray(R"({"room temp":19})") << true << 19.0;
    QTest::newRow("surrounding spaces") << u"  temp "_s << QByteArray(R"({"temp":1.5})") << true << 1.5;
    QTest::newRow("quoted name with a dot")
        << uR"(["sensor.1"].temp)"_s << QByteArray(R"({"sensor.1":{"temp":8}})") << true << 8.0;
    QTest::newRow("quoted name with escapes") << uR"(["a\"b\\c"])"_s << QByteArray(R"({"a\"b\\c":5})") << true << 5.0;
    // Indexes.
    QTest::newRow("index then name") << u"readings[2].value"_s
                                     << QByteArray(R"({"readings":[{"value":1},{"value":2},{"value":3.5}]})") << true
                                     << 3.5;
    QTest::newRow("nested indexes") << u"m[1][0]"_s << QByteArray(R"({"m":[[1,2],[3,4]]})") << true << 3.0;
    QTest::newRow("array payload") << u"[0].temp"_s << QByteArray(R"([{"temp":12},{"temp":13}])") << true << 12.0;
    QTest::newRow("JSONPath root index") << u"$[1]"_s << QByteArray("[10,20]") << true << 20.0;
    // Values that count as numbers.
    QTest::newRow("numeric string") << u"t"_s << QByteArray(R"({"t":" 21.5 "})") << true << 21.5;
    QTest::newRow("true") << u"on"_s << QByteArray(R"({"on":true})") << true << 1.0;
    QTest::newRow("false") << u"on"_s << QByteArray(R"({"on":false})") << true << 0.0;
    // Messages without the field: nothing, not an error.
    QTest::newRow("missing name") << u"humidity"_s << QByteArray(R"({"temperature":21.5})") << false << 0.0;
    QTest::newRow("missing nested") << u"state.reported.temp"_s << QByteArray(R"({"state":{"desired":{}}})") << false
                                    << 0.0;
    QTest::newRow("index out of range") << u"readings[5]"_s << QByteArray(R"({"readings":[1,2]})") << false << 0.0;
    QTest::newRow("index into an object") << u"a[0]"_s << QByteArray(R"({"a":{"0":1}})") << false << 0.0;
    QTest::newRow("name into an array") << u"a.b"_s << QByteArray(R"({"a":[1]})") << false << 0.0;
    QTest::newRow("object value") << u"a"_s << QByteArray(R"({"a":{"b":1}})") << false << 0.0;
    QTest::newRow("null value") << u"a"_s << QByteArray(R"({"a":null})") << false << 0.0;
    QTest::newRow("text value") << u"a"_s << QByteArray(R"({"a":"warm"})") << false << 0.0;
    QTest::newRow("not JSON") << u"a"_s << QByteArray("a=1") << false << 0.0;
    QTest::newRow("plain number payload with a path") << u"a"_s << QByteArray("21.5") << false << 0.0;
}

void TestNumericField::extract()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, payload);
    QFETCH(bool, found);
    QFETCH(double, value);
    const Result<NumericField> field = NumericField::parse(path);
    QVERIFY2(field.ok(), field.ok() ? "" : qPrintable(field.error().message));
    QCOMPARE(field->path(), path.trimmed());
    const std::optional<double> number = field->extract(payload);
    QCOMPARE(number.has_value(), found);
    if (found) {
        QCOMPARE(*number, value);
    }
}

void TestNumericField::badPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("said"); // part of the message: where and what

    QTest::newRow("two dots") << u"a..b"_s << u"a name is missing at character 3"_s;
    QTest::newRow("leading dot") << u".a"_s << u"a name is missing at character 1"_s;
    QTest::newRow("trailing dot") << u"a."_s << u"a name is missing at character 3"_s;
    QTest::newRow("$ and a dot only") << u"$."_s << u"a name is missing at character 3"_s;
    QTest::newRow("dot before a bracket") << u"a.[0]"_s << u"a name is missing at character 3"_s;
    QTest::newRow("unclosed bracket") << u"a[1"_s << u"the “[” at character 2 is not closed"_s;
    QTest::newRow("name as index") << u"a[x]"_s << u"“x” at character 3 is not an array index"_s;
    QTest::newRow("negative index") << u"a[-1]"_s << u"“-1” at character 3 is not an array index"_s;
    QTest::newRow("empty index") << u"a[]"_s << u"“” at character 3 is not an array index"_s;
    QTest::newRow("huge index") << u"a[99999999999]"_s << u"is not an array index"_s;
    QTest::newRow("stray bracket") << u"a]"_s << u"“]” at character 2 closes no “[”"_s;
    QTest::newRow("text after an index") << u"a[1]b"_s << u"expected “.” or “[” at character 5"_s;
    QTest::newRow("unclosed quote") << uR"(["a)"_s << u"the quoted name at character 2 is not closed"_s;
    QTest::newRow("quote without bracket") << uR"(["a"x)"_s << u"the quoted name at character 2 is not closed"_s;
}

void TestNumericField::badPath()
{
    QFETCH(QString, path);
    QFETCH(QString, said);
    const Result<NumericField> field = NumericField::parse(path);
    QVERIFY(!field.ok());
    QCOMPARE(field.error().code, u"bad_field_path"_s);
    QVERIFY2(field.error().message.contains(said), qPrintable(field.error().message));
    // The message names the path and shows how to write one.
    QVERIFY(field.error().message.contains(u"“%1”"_s.arg(path)));
    QVERIFY(field.error().message.contains(u"readings[2].value"_s));
}

void TestNumericField::parsedOnceLookedUpMany()
{
    const QByteArray payload = R"({"t":21.5,"h":40,"list":[1,2]})";
    const QJsonValue root = NumericField::parseJson(payload);
    QVERIFY(root.isObject());
    QCOMPARE(NumericField::parse(u"t"_s)->extract(root), std::optional<double>(21.5));
    QCOMPARE(NumericField::parse(u"h"_s)->extract(root), std::optional<double>(40));
    QCOMPARE(NumericField::parse(u"list[1]"_s)->extract(root), std::optional<double>(2));
    QVERIFY(NumericField::parseJson("21.5").isUndefined());
    QVERIFY(NumericField::parseJson("{broken").isUndefined());
    // The payload itself, from a parsed value, must be a number.
    QCOMPARE(NumericField().extract(QJsonValue(3.5)), std::optional<double>(3.5));
    QVERIFY(!NumericField().extract(root));
    QVERIFY(NumericField().isPayload());
    QVERIFY(NumericField::parse(u"$"_s)->isPayload());
}

QTEST_APPLESS_MAIN(TestNumericField)
#include "TestNumericField.moc"
