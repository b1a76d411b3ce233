// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/AwsEndpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// Aws::regionFromEndpoint and greengrassDiscoveryHost on the endpoint forms of spec aws-http-sigv4-greengrass.md §1.1
/// and §2.1.
class TestAwsEndpoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionFromEndpoint_data();
    void regionFromEndpoint();
    void greengrassDiscoveryHost();
};

void TestAwsEndpoint::regionFromEndpoint_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("region");
    QTest::newRow("ATS data endpoint") << u"a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com"_s << u"eu-west-1"_s;
    QTest::newRow("with a port") << u"a1b2c3d4e5f6g7-ats.iot.us-east-2.amazonaws.com:443"_s << u"us-east-2"_s;
    QTest::newRow("upper case") << u"A1B2-ATS.IOT.AP-SOUTHEAST-2.AMAZONAWS.COM"_s << u"ap-southeast-2"_s;
    QTest::newRow("three-part region") << u"abc-ats.iot.us-gov-west-1.amazonaws.com"_s << u"us-gov-west-1"_s;
    QTest::newRow("China") << u"abc.ats.iot.cn-north-1.amazonaws.com.cn"_s << u"cn-north-1"_s;
    QTest::newRow("legacy endpoint") << u"abc.iot.eu-central-1.amazonaws.com"_s << u"eu-central-1"_s;
    QTest::newRow("Greengrass discovery") << u"greengrass-ats.iot.eu-west-1.amazonaws.com"_s << u"eu-west-1"_s;
    QTest::newRow("no region") << u"abc-ats.iot.amazonaws.com"_s << QString();
    QTest::newRow("loopback") << u"127.0.0.1"_s << QString();
    QTest::newRow("another broker") << u"broker.example.com"_s << QString();
    QTest::newRow("look-alike") << u"abc-ats.iot.eu-west-1.amazonaws.com.example.com"_s << QString();
}

void TestAwsEndpoint::regionFromEndpoint()
{
    QFETCH(QString, host);
    QFETCH(QString, region);
    QCOMPARE(Aws::regionFromEndpoint(host), region);
}

void TestAwsEndpoint::greengrassDiscoveryHost()
{
    QCOMPARE(Aws::greengrassDiscoveryHost(u"eu-west-1"_s), u"greengrass-ats.iot.eu-west-1.amazonaws.com"_s);
    QCOMPARE(Aws::greengrassDiscoveryHost(u"cn-north-1"_s), u"greengrass.ats.iot.cn-north-1.amazonaws.com.cn"_s);
}

QTEST_GUILESS_MAIN(TestAwsEndpoint)
#include "TestAwsEndpoint.moc"
