// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/TopicLint.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// Topic lint: AWS IoT best practices and limits as warnings, never errors.
class TestTopicLint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warnings_data();
    void warnings();
};

void TestTopicLint::warnings_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("isFilter");
    QTest::addColumn<bool>("awsIot");
    QTest::addColumn<int>("qos");
    QTest::addColumn<qint64>("payloadBytes");
    QTest::addColumn<QString>("thingName");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("clean") << u"devices/sensor-1/telemetry"_s << false << true << 1 << qint64(10) << u"sensor-1"_s
                           << QStringList{};
    QTest::newRow("leading slash") << u"/devices/x"_s << false << false << 0 << qint64(-1) << QString()
                                   << QStringList{u"leading_slash"_s};
    QTest::newRow("space") << u"my topic"_s << false << false << 0 << qint64(-1) << QString()
                           << QStringList{u"space"_s};
    QTest::newRow("non-ASCII") << u"capteurs/température"_s << false << false << 0 << qint64(-1) << QString()
                               << QStringList{u"non_ascii"_s};
    QTest::newRow("no thing name") << u"devices/other/telemetry"_s << false << false << 0 << qint64(-1) << u"sensor-1"_s
                                   << QStringList{u"no_thing_name"_s};
    QTest::newRow("$aws reserved publish")
        << u"$aws/custom/thing"_s << false << false << 0 << qint64(-1) << QString() << QStringList{u"aws_reserved"_s};
    QTest::newRow("$aws shadow publish is fine") << u"$aws/things/sensor-1/shadow/update"_s << false << true << 1
                                                 << qint64(20) << u"sensor-1"_s << QStringList{};
    QTest::newRow("QoS 2 on AWS IoT") << u"a/sensor-1"_s << false << true << 2 << qint64(1) << u"sensor-1"_s
                                      << QStringList{u"aws_qos2"_s};
    QTest::newRow("QoS 2 elsewhere is fine")
        << u"a/b"_s << false << false << 2 << qint64(1) << QString() << QStringList{};
    QTest::newRow("8 slashes on AWS IoT")
        << u"a/b/c/d/e/f/g/h/i"_s << false << true << 0 << qint64(1) << QString() << QStringList{u"aws_depth"_s};
    QTest::newRow("7 slashes on AWS IoT")
        << u"a/b/c/d/e/f/g/h"_s << false << true << 0 << qint64(1) << QString() << QStringList{};
    QTest::newRow("payload over 128 KB") << u"a/b"_s << false << true << 1 << qint64(131073) << QString()
                                         << QStringList{u"aws_payload_size"_s};
    QTest::newRow("payload of 128 KB") << u"a/b"_s << false << true << 1 << qint64(131072) << QString()
                                       << QStringList{};
    QTest::newRow("$SYS on AWS IoT") << u"$SYS/#"_s << true << true << 0 << qint64(-1) << QString()
                                     << QStringList{u"aws_sys"_s};
    QTest::newRow("filter with # and thing name")
        << u"#"_s << true << false << 0 << qint64(-1) << u"sensor-1"_s << QStringList{};
}

void TestTopicLint::warnings()
{
    QFETCH(QString, topic);
    QFETCH(bool, isFilter);
    QFETCH(bool, awsIot);
    QFETCH(int, qos);
    QFETCH(qint64, payloadBytes);
    QFETCH(QString, thingName);
    QFETCH(QStringList, codes);
    TopicLint::Context context;
    context.isFilter = isFilter;
    context.awsIot = awsIot;
    context.qos = qos;
    context.payloadBytes = payloadBytes;
    context.thingName = thingName;
    QStringList actual;
    for (const TopicLint::Warning& warning : TopicLint::check(topic, context)) {
        actual << warning.code;
        QVERIFY(!warning.message.isEmpty());
    }
    QCOMPARE(actual, codes);
}

QTEST_APPLESS_MAIN(TestTopicLint)
#include "TestTopicLint.moc"
