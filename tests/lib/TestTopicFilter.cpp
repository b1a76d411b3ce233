// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/TopicFilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Rows cite the MQTT 3.1.1 (§4.7) and MQTT 5.0 (§4.8.2) sections their cases come from; the examples of
// §4.7.1.2, §4.7.1.3, §4.7.2 and §4.7.3 are all here.
class TestTopicFilter final : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void validateFilter_data();
    void validateFilter();
    void validateTopicName_data();
    void validateTopicName();
    void hasWildcards_data();
    void hasWildcards();
};

namespace {

QString withNull(const QString& before, const QString& after)
{
    return before + QChar(u'\0') + after;
}

/// 65535 UTF-8 bytes in 16385 UTF-16 units: 16383 four-byte emoji plus three ASCII letters.
QString emojiAtLimit()
{
    return u"\U0001F600"_s.repeated(16383) + u"abc"_s;
}

} // namespace

void TestTopicFilter::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("expected");

    auto row = [](const char* name, const QString& filter, const QString& topic, bool expected) {
        QTest::newRow(name) << filter << topic << expected;
    };

    // §4.7.1.2 Multi-level wildcard.
    row("§4.7.1.2 sport/tennis/player1/# matches sport/tennis/player1", u"sport/tennis/player1/#"_s,
        u"sport/tennis/player1"_s, true);
    row("§4.7.1.2 sport/tennis/player1/# matches sport/tennis/player1/ranking", u"sport/tennis/player1/#"_s,
        u"sport/tennis/player1/ranking"_s, true);
    row("§4.7.1.2 sport/tennis/player1/# matches sport/tennis/player1/score/wimbledon", u"sport/tennis/player1/#"_s,
        u"sport/tennis/player1/score/wimbledon"_s, true);
    row("§4.7.1.2 sport/tennis/player1/# does not match sport/tennis", u"sport/tennis/player1/#"_s, u"sport/tennis"_s,
        false);
    row("§4.7.1.2 sport/tennis/player1/# does not match sport/tennis/player2", u"sport/tennis/player1/#"_s,
        u"sport/tennis/player2"_s, false);
    row("§4.7.1.2 sport/# matches sport", u"sport/#"_s, u"sport"_s, true);
    row("§4.7.1.2 sport/# matches sport/", u"sport/#"_s, u"sport/"_s, true);
    row("§4.7.1.2 sport/# matches sport/tennis/player1", u"sport/#"_s, u"sport/tennis/player1"_s, true);
    row("§4.7.1.2 sport/# does not match sports", u"sport/#"_s, u"sports"_s, false);
    row("§4.7.1.2 # matches sport", u"#"_s, u"sport"_s, true);
    row("§4.7.1.2 # matches sport/tennis/player1", u"#"_s, u"sport/tennis/player1"_s, true);
    row("§4.7.1.2 # matches /", u"#"_s, u"/"_s, true);
    row("§4.7.1.2 sport/tennis/# matches sport/tennis/player1", u"sport/tennis/#"_s, u"sport/tennis/player1"_s, true);
    row("§4.7.1.2 /# matches /", u"/#"_s, u"/"_s, true);
    row("§4.7.1.2 /# matches /finance", u"/#"_s, u"/finance"_s, true);
    row("§4.7.1.2 /# does not match finance", u"/#"_s, u"finance"_s, false);

    // §4.7.1.3 Single-level wildcard.
    row("§4.7.1.3 sport/tennis/+ matches sport/tennis/player1", u"sport/tennis/+"_s, u"sport/tennis/player1"_s, true);
    row("§4.7.1.3 sport/tennis/+ matches sport/tennis/player2", u"sport/tennis/+"_s, u"sport/tennis/player2"_s, true);
    row("§4.7.1.3 sport/tennis/+ does not match sport/tennis/player1/ranking", u"sport/tennis/+"_s,
        u"sport/tennis/player1/ranking"_s, false);
    row("§4.7.1.3 sport/+ does not match sport", u"sport/+"_s, u"sport"_s, false);
    row("§4.7.1.3 sport/+ matches sport/", u"sport/+"_s, u"sport/"_s, true);
    row("§4.7.1.3 + matches sport", u"+"_s, u"sport"_s, true);
    row("§4.7.1.3 + does not match sport/tennis", u"+"_s, u"sport/tennis"_s, false);
    row("§4.7.1.3 +/tennis/# matches sport/tennis/player1", u"+/tennis/#"_s, u"sport/tennis/player1"_s, true);
    row("§4.7.1.3 +/tennis/# matches sport/tennis", u"+/tennis/#"_s, u"sport/tennis"_s, true);
    row("§4.7.1.3 +/tennis/# does not match sport/golf/player1", u"+/tennis/#"_s, u"sport/golf/player1"_s, false);
    row("§4.7.1.3 sport/+/player1 matches sport/tennis/player1", u"sport/+/player1"_s, u"sport/tennis/player1"_s, true);
    row("§4.7.1.3 sport/+/player1 does not match sport/tennis/player2", u"sport/+/player1"_s, u"sport/tennis/player2"_s,
        false);
    row("§4.7.1.3 /finance matches +/+", u"+/+"_s, u"/finance"_s, true);
    row("§4.7.1.3 /finance matches /+", u"/+"_s, u"/finance"_s, true);
    row("§4.7.1.3 /finance does not match +", u"+"_s, u"/finance"_s, false);

    // §4.7.2 Topics beginning with $.
    row("§4.7.2 # does not match $SYS/monitor/Clients", u"#"_s, u"$SYS/monitor/Clients"_s, false);
    row("§4.7.2 # does not match $SYS", u"#"_s, u"$SYS"_s, false);
    row("§4.7.2 +/monitor/Clients does not match $SYS/monitor/Clients", u"+/monitor/Clients"_s,
        u"$SYS/monitor/Clients"_s, false);
    row("§4.7.2 + does not match $SYS", u"+"_s, u"$SYS"_s, false);
    row("§4.7.2 +/# does not match $SYS/broker/uptime", u"+/#"_s, u"$SYS/broker/uptime"_s, false);
    row("§4.7.2 $SYS/# matches $SYS/monitor/Clients", u"$SYS/#"_s, u"$SYS/monitor/Clients"_s, true);
    row("§4.7.2 $SYS/# matches $SYS", u"$SYS/#"_s, u"$SYS"_s, true);
    row("§4.7.2 $SYS/monitor/+ matches $SYS/monitor/Clients", u"$SYS/monitor/+"_s, u"$SYS/monitor/Clients"_s, true);
    row("§4.7.2 # still matches sport (needs both # and $SYS/#)", u"#"_s, u"sport"_s, true);
    row("§4.7.2 $SYS/# does not match sport (needs both # and $SYS/#)", u"$SYS/#"_s, u"sport"_s, false);
    row("§4.7.2 # matches a/$b ($ only counts in the first level)", u"#"_s, u"a/$b"_s, true);
    row("§4.7.2 +/+ matches a/$b", u"+/+"_s, u"a/$b"_s, true);
    row("§4.7.2 # matches /$SYS (first level is empty)", u"#"_s, u"/$SYS"_s, true);

    // §4.7.3 Topic semantic and usage: case-sensitive, spaces allowed, leading and trailing `/` are distinct.
    row("§4.7.3 ACCOUNTS does not match Accounts", u"ACCOUNTS"_s, u"Accounts"_s, false);
    row("§4.7.3 Accounts payable matches Accounts payable", u"Accounts payable"_s, u"Accounts payable"_s, true);
    row("§4.7.3 /finance does not match finance", u"/finance"_s, u"finance"_s, false);
    row("§4.7.3 finance does not match /finance", u"finance"_s, u"/finance"_s, false);
    row("§4.7.3 / matches /", u"/"_s, u"/"_s, true);
    row("§4.7.3 sport does not match sport/", u"sport"_s, u"sport/"_s, false);
    row("§4.7.3 sport/ does not match sport", u"sport/"_s, u"sport"_s, false);
    row("§4.7.3 non-ASCII levels compare exactly", u"Zürich/°C"_s, u"Zürich/°C"_s, true);
    row("§4.7.3 no Unicode normalisation", u"Zu\u0308rich"_s, u"Zürich"_s, false);

    // §4.7.1.1 Empty levels are levels like any other.
    row("§4.7.1.1 a//b matches a//b", u"a//b"_s, u"a//b"_s, true);
    row("§4.7.1.1 a/+/b matches a//b", u"a/+/b"_s, u"a//b"_s, true);
    row("§4.7.1.1 a/+/b does not match a/b", u"a/+/b"_s, u"a/b"_s, false);
    row("§4.7.1.1 +/+ matches /", u"+/+"_s, u"/"_s, true);
    row("§4.7.1.1 + does not match /", u"+"_s, u"/"_s, false);
    row("§4.7.1.1 +/+/+ matches //", u"+/+/+"_s, u"//"_s, true);
    row("§4.7.1.1 a/# matches a//b", u"a/#"_s, u"a//b"_s, true);
    row("§4.7.1.1 a/b does not match a/b/", u"a/b"_s, u"a/b/"_s, false);

    // AWS IoT reserved topics start with `$aws`: a literal first level, so later wildcards work as usual.
    row("§4.7.2 AWS $aws/things/+/shadow/# matches update/accepted", u"$aws/things/+/shadow/#"_s,
        u"$aws/things/dev1/shadow/update/accepted"_s, true);
    row("§4.7.2 AWS $aws/things/+/shadow/# matches a named shadow delta", u"$aws/things/+/shadow/#"_s,
        u"$aws/things/dev1/shadow/name/config/update/delta"_s, true);
    row("§4.7.2 AWS $aws/things/+/shadow/# matches the parent level", u"$aws/things/+/shadow/#"_s,
        u"$aws/things/dev1/shadow"_s, true);
    row("§4.7.2 AWS $aws/things/+/shadow/# does not match jobs", u"$aws/things/+/shadow/#"_s,
        u"$aws/things/dev1/jobs/notify"_s, false);
    row("§4.7.2 AWS $aws/things/+/shadow/# does not match $aws/things/dev1", u"$aws/things/+/shadow/#"_s,
        u"$aws/things/dev1"_s, false);
    row("§4.7.2 AWS $aws/things/+/shadow/name/+/update/delta matches", u"$aws/things/+/shadow/name/+/update/delta"_s,
        u"$aws/things/dev1/shadow/name/config/update/delta"_s, true);
    row("§4.7.2 AWS $aws/things/dev1/shadow/+/accepted matches get/accepted", u"$aws/things/dev1/shadow/+/accepted"_s,
        u"$aws/things/dev1/shadow/get/accepted"_s, true);
    row("§4.7.2 AWS $aws/things/dev1/shadow/+/accepted does not match dev2", u"$aws/things/dev1/shadow/+/accepted"_s,
        u"$aws/things/dev2/shadow/get/accepted"_s, false);
    row("§4.7.2 AWS # does not match $aws/things/dev1/shadow/update", u"#"_s, u"$aws/things/dev1/shadow/update"_s,
        false);
    row("§4.7.2 AWS +/things/+/shadow/# does not match $aws/things/dev1/shadow/update", u"+/things/+/shadow/#"_s,
        u"$aws/things/dev1/shadow/update"_s, false);
    row("§4.7.2 AWS $aws/# does not match $AWS/things (case-sensitive)", u"$aws/#"_s, u"$AWS/things"_s, false);

    // MQTT 5.0 §4.8.2 Shared subscriptions: matching uses the filter after `$share/<ShareName>/`.
    row("MQTT5 §4.8.2 $share/consumer1/sport/tennis/+ matches sport/tennis/player1",
        u"$share/consumer1/sport/tennis/+"_s, u"sport/tennis/player1"_s, true);
    row("MQTT5 §4.8.2 $share/consumer1/sport/tennis/+ does not match sport/tennis",
        u"$share/consumer1/sport/tennis/+"_s, u"sport/tennis"_s, false);
    row("MQTT5 §4.8.2 $share/consumer1//finance matches /finance", u"$share/consumer1//finance"_s, u"/finance"_s, true);
    row("MQTT5 §4.8.2 $share/consumer1//finance does not match finance", u"$share/consumer1//finance"_s, u"finance"_s,
        false);
    row("MQTT5 §4.8.2 $share/g/# matches sport", u"$share/g/#"_s, u"sport"_s, true);
    row("MQTT5 §4.8.2 $share/g/# does not match $SYS/x (§4.7.2 applies to the filter part)", u"$share/g/#"_s,
        u"$SYS/x"_s, false);
    row("MQTT5 §4.8.2 $share/g/+ does not match $SYS", u"$share/g/+"_s, u"$SYS"_s, false);
    row("MQTT5 §4.8.2 $share/g/$SYS/# matches $SYS/broker", u"$share/g/$SYS/#"_s, u"$SYS/broker"_s, true);
    row("MQTT5 §4.8.2 $share/g/sport does not match $share/g/sport", u"$share/g/sport"_s, u"$share/g/sport"_s, false);
    row("MQTT5 §4.8.2 $share/g/a does not match g/a", u"$share/g/a"_s, u"g/a"_s, false);
    row("MQTT5 §4.8.2 $sharex/a is an ordinary filter", u"$sharex/a"_s, u"$sharex/a"_s, true);
    row("MQTT5 §4.8.2 $share alone is an ordinary filter", u"$share"_s, u"$share"_s, true);
}

void TestTopicFilter::matches()
{
    QFETCH(QString, filter);
    QFETCH(QString, topic);
    QFETCH(bool, expected);

    // The table only holds valid inputs: matches() is defined for those.
    QVERIFY2(TopicFilter::validateFilter(filter).ok(), qPrintable(filter));
    QVERIFY2(TopicFilter::validateTopicName(topic).ok(), qPrintable(topic));
    QCOMPARE(TopicFilter::matches(filter, topic), expected);
}

void TestTopicFilter::validateFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("hint"); // text the message must contain (the suggested fix)

    auto valid = [](const char* name, const QString& filter) {
        QTest::newRow(name) << filter << QString() << QString();
    };
    auto invalid = [](const char* name, const QString& filter, const QString& code, const QString& hint) {
        QTest::newRow(name) << filter << code << hint;
    };

    // §4.7.1.2
    valid("§4.7.1.2 # is valid", u"#"_s);
    valid("§4.7.1.2 sport/tennis/# is valid", u"sport/tennis/#"_s);
    invalid("§4.7.1.2 sport/tennis# is not valid", u"sport/tennis#"_s, u"invalid_multi_level_wildcard"_s,
            u"“sport/tennis/#”"_s);
    invalid("§4.7.1.2 sport/tennis/#/ranking is not valid", u"sport/tennis/#/ranking"_s,
            u"invalid_multi_level_wildcard"_s, u"“sport/tennis/+/ranking”"_s);
    invalid("§4.7.1.2 #/a is not valid", u"#/a"_s, u"invalid_multi_level_wildcard"_s, u"use “#”"_s);
    invalid("§4.7.1.2 ## is not valid", u"##"_s, u"invalid_multi_level_wildcard"_s, u"use “#”"_s);
    invalid("§4.7.1.2 a/#b is not valid", u"a/#b"_s, u"invalid_multi_level_wildcard"_s, u"use “a/#”"_s);
    invalid("§4.7.1.2 a/b# is not valid", u"a/b#"_s, u"invalid_multi_level_wildcard"_s, u"use “a/b/#”, not “a/b#”"_s);
    invalid("§4.7.1.2 a/+# is not valid", u"a/+#"_s, u"invalid_single_level_wildcard"_s, u"“a/+/#”"_s);

    // §4.7.1.3
    valid("§4.7.1.3 + is valid", u"+"_s);
    valid("§4.7.1.3 +/tennis/# is valid", u"+/tennis/#"_s);
    valid("§4.7.1.3 sport/+/player1 is valid", u"sport/+/player1"_s);
    valid("§4.7.1.3 +/+ is valid", u"+/+"_s);
    valid("§4.7.1.3 /+ is valid", u"/+"_s);
    invalid("§4.7.1.3 sport+ is not valid", u"sport+"_s, u"invalid_single_level_wildcard"_s, u"“sport/+”"_s);
    invalid("§4.7.1.3 +sport is not valid", u"+sport"_s, u"invalid_single_level_wildcard"_s, u"“+/sport”"_s);
    invalid("§4.7.1.3 a/b+c/d is not valid", u"a/b+c/d"_s, u"invalid_single_level_wildcard"_s, u"“a/b/+/c/d”"_s);
    invalid("§4.7.1.3 ++ is not valid", u"++"_s, u"invalid_single_level_wildcard"_s, QString());

    // §4.7.2 and §4.7.3
    valid("§4.7.2 $SYS/# is valid", u"$SYS/#"_s);
    valid("§4.7.2 $SYS/monitor/+ is valid", u"$SYS/monitor/+"_s);
    valid("§4.7.2 AWS $aws/things/+/shadow/# is valid", u"$aws/things/+/shadow/#"_s);
    valid("§4.7.3 / is valid", u"/"_s);
    valid("§4.7.3 Accounts payable is valid", u"Accounts payable"_s);
    valid("§4.7.3 non-ASCII is valid", u"Zürich/°C/\U0001F600"_s);
    invalid("§4.7.3 empty filter", QString(), u"empty_filter"_s, u"“#”"_s);

    // §4.7.1.1 empty levels
    valid("§4.7.1.1 // is valid", u"//"_s);
    valid("§4.7.1.1 a//b is valid", u"a//b"_s);
    valid("§4.7.1.1 /a is valid", u"/a"_s);
    valid("§4.7.1.1 a/ is valid", u"a/"_s);
    valid("§4.7.1.1 +//# is valid", u"+//#"_s);

    // §1.5.3 UTF-8 strings: at most 65535 bytes, no U+0000.
    valid("§1.5.3 65535 ASCII bytes is valid", QString(65535, u'a'));
    valid("§1.5.3 65535 bytes of 3-byte characters is valid", QString(21845, QChar(0x20AC)));
    valid("§1.5.3 65535 bytes with 4-byte characters is valid", emojiAtLimit());
    invalid("§1.5.3 65536 ASCII bytes is too long", QString(65536, u'a'), u"filter_too_long"_s, u"65536 bytes"_s);
    invalid("§1.5.3 21846 3-byte characters are too long", QString(21846, QChar(0x20AC)), u"filter_too_long"_s,
            u"65538 bytes"_s);
    invalid("§1.5.3 65536 bytes with 4-byte characters is too long", emojiAtLimit() + u"d"_s, u"filter_too_long"_s,
            u"65536 bytes"_s);
    invalid("§1.5.3 U+0000 is not valid", withNull(u"a/"_s, u"b"_s), u"null_character"_s, u"position 3"_s);
    invalid("§1.5.3 U+0000 is checked before wildcards", withNull(u"a#"_s, QString()), u"null_character"_s,
            u"U+0000"_s);

    // MQTT 5.0 §4.8.2 shared subscriptions
    valid("MQTT5 §4.8.2 $share/consumer1/sport/tennis/+ is valid", u"$share/consumer1/sport/tennis/+"_s);
    valid("MQTT5 §4.8.2 $share/consumer1//finance is valid", u"$share/consumer1//finance"_s);
    valid("MQTT5 §4.8.2 $share/g/# is valid", u"$share/g/#"_s);
    valid("MQTT5 §4.8.2 $share/g// is valid", u"$share/g//"_s);
    valid("MQTT5 §4.8.2 $share alone is an ordinary filter", u"$share"_s);
    valid("MQTT5 §4.8.2 $sharex/a is an ordinary filter", u"$sharex/a"_s);
    invalid("MQTT5 §4.8.2 $share/ has no share name", u"$share/"_s, u"invalid_shared_subscription"_s,
            u"no share name"_s);
    invalid("MQTT5 §4.8.2 $share//a has an empty share name", u"$share//a"_s, u"invalid_shared_subscription"_s,
            u"“$share/workers/sensors/#”"_s);
    invalid("MQTT5 §4.8.2 $share/g has no filter", u"$share/g"_s, u"invalid_shared_subscription"_s,
            u"“$share/g/sensors/#”"_s);
    invalid("MQTT5 §4.8.2 $share/g/ has an empty filter", u"$share/g/"_s, u"invalid_shared_subscription"_s,
            u"no topic filter"_s);
    invalid("MQTT5 §4.8.2 share name with +", u"$share/g+/a"_s, u"invalid_shared_subscription"_s, u"“g+”"_s);
    invalid("MQTT5 §4.8.2 share name +", u"$share/+/a"_s, u"invalid_shared_subscription"_s, u"“+”"_s);
    invalid("MQTT5 §4.8.2 share name with #", u"$share/g#/a"_s, u"invalid_shared_subscription"_s, u"“g#”"_s);
    invalid("MQTT5 §4.8.2 $share/# has a wildcard share name", u"$share/#"_s, u"invalid_shared_subscription"_s,
            QString());
    invalid("MQTT5 §4.8.2 filter part with a bad #", u"$share/g/a#"_s, u"invalid_multi_level_wildcard"_s,
            u"“$share/g/a/#”"_s);
    invalid("MQTT5 §4.8.2 filter part with a bad +", u"$share/g/a+"_s, u"invalid_single_level_wildcard"_s,
            u"“$share/g/a/+”"_s);
}

void TestTopicFilter::validateFilter()
{
    QFETCH(QString, filter);
    QFETCH(QString, code);
    QFETCH(QString, hint);

    const Result<void> result = TopicFilter::validateFilter(filter);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(result.error().message.contains(hint), qPrintable(result.error().message));
}

void TestTopicFilter::validateTopicName_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("hint");

    auto valid = [](const char* name, const QString& topic) { QTest::newRow(name) << topic << QString() << QString(); };
    auto invalid = [](const char* name, const QString& topic, const QString& code, const QString& hint) {
        QTest::newRow(name) << topic << code << hint;
    };

    valid("§4.7.3 sport/tennis/player1 is valid", u"sport/tennis/player1"_s);
    valid("§4.7.3 / is valid", u"/"_s);
    valid("§4.7.3 /finance is valid", u"/finance"_s);
    valid("§4.7.3 Accounts payable is valid", u"Accounts payable"_s);
    valid("§4.7.3 a//b is valid", u"a//b"_s);
    valid("§4.7.3 sport/ is valid", u"sport/"_s);
    valid("§4.7.2 $SYS/monitor/Clients is valid", u"$SYS/monitor/Clients"_s);
    valid("§4.7.2 AWS $aws/things/dev1/shadow/update is valid", u"$aws/things/dev1/shadow/update"_s);
    valid("§4.7.3 non-ASCII is valid", u"Zürich/°C"_s);
    valid("§1.5.3 65535 ASCII bytes is valid", QString(65535, u'a'));
    valid("§1.5.3 65535 bytes with 4-byte characters is valid", emojiAtLimit());

    invalid("§4.7.3 empty topic", QString(), u"empty_topic"_s, u"“sensors/kitchen/temperature”"_s);
    invalid("§1.5.3 65536 ASCII bytes is too long", QString(65536, u'a'), u"topic_too_long"_s, u"65536 bytes"_s);
    invalid("§1.5.3 21846 3-byte characters are too long", QString(21846, QChar(0x20AC)), u"topic_too_long"_s,
            u"65538 bytes"_s);
    invalid("§1.5.3 U+0000 is not valid", withNull(QString(), u"a"_s), u"null_character"_s, u"position 1"_s);
    invalid("§4.7.1 # in a topic name", u"sport/#"_s, u"wildcard_in_topic"_s, u"“#”"_s);
    invalid("§4.7.1 + in a topic name", u"sport/+/player1"_s, u"wildcard_in_topic"_s, u"“+”"_s);
    invalid("§4.7.1 + inside a level of a topic name", u"a+b"_s, u"wildcard_in_topic"_s, u"“a+b”"_s);
    invalid("§4.7.1 # alone as a topic name", u"#"_s, u"wildcard_in_topic"_s, QString());
    invalid("§4.7.1 AWS shadow filter as a topic name", u"$aws/things/+/shadow/update"_s, u"wildcard_in_topic"_s,
            QString());
}

void TestTopicFilter::validateTopicName()
{
    QFETCH(QString, topic);
    QFETCH(QString, code);
    QFETCH(QString, hint);

    const Result<void> result = TopicFilter::validateTopicName(topic);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(result.error().message.contains(hint), qPrintable(result.error().message));
}

void TestTopicFilter::hasWildcards_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("expected");

    QTest::newRow("§4.7.1.2 #") << u"#"_s << true;
    QTest::newRow("§4.7.1.2 sport/tennis/#") << u"sport/tennis/#"_s << true;
    QTest::newRow("§4.7.1.3 +") << u"+"_s << true;
    QTest::newRow("§4.7.1.3 sport/+/player1") << u"sport/+/player1"_s << true;
    QTest::newRow("§4.7.2 $aws/things/+/shadow/#") << u"$aws/things/+/shadow/#"_s << true;
    QTest::newRow("§4.7.3 sport/tennis/player1") << u"sport/tennis/player1"_s << false;
    QTest::newRow("§4.7.3 /") << u"/"_s << false;
    QTest::newRow("§4.7.3 $SYS/broker/uptime") << u"$SYS/broker/uptime"_s << false;
    QTest::newRow("MQTT5 §4.8.2 $share/g/a") << u"$share/g/a"_s << false;
    QTest::newRow("MQTT5 §4.8.2 $share/g/+") << u"$share/g/+"_s << true;
    QTest::newRow("empty") << QString() << false;
}

void TestTopicFilter::hasWildcards()
{
    QFETCH(QString, filter);
    QFETCH(bool, expected);

    QCOMPARE(TopicFilter::hasWildcards(filter), expected);
}

QTEST_APPLESS_MAIN(TestTopicFilter)

#include "TestTopicFilter.moc"
