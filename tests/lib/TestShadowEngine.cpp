// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowEngine.h"
#include "shadow/ShadowTopic.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// ShadowEngine against the rules of shared/specs/aws-shadow.md. Each row is a script of requests on thing "T"
/// ("NOW SUFFIX PAYLOAD", the suffix after `$aws/things/T/shadow/`) and the exact messages the last request must
/// publish ("SUFFIX PAYLOAD"). Rows name the spec section they check.
class TestShadowEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void ignoredTopics_data();
    void ignoredTopics();
    void stateLimitIsConfigurable();
    void rejectedRequestsChangeNothing();
    void pureFunction();
    void numbersRoundTrip();
    void storeRoundTripsThroughStateFile();
    void damagedStateFilesAreRefused_data();
    void damagedStateFilesAreRefused();

private:
    struct Run
    {
        ShadowStore store;
        QList<ShadowMessage> last;
    };
    static Run runScript(const QByteArrayList& steps, const ShadowLimits& limits = {});
};

namespace {

const QString PREFIX = u"$aws/things/T/shadow/"_s;

/// "SUFFIX PAYLOAD" for a message on thing T (or the full topic when it is another thing's).
QByteArray describe(const ShadowMessage& message)
{
    QString topic = message.topic;
    if (topic.startsWith(PREFIX)) {
        topic = topic.mid(PREFIX.size());
    }
    return topic.toUtf8() + ' ' + message.payload;
}

QByteArray repeat(char c, int n)
{
    return QByteArray(n, c);
}

/// An update whose desired state is exactly `bytes` long when compact: {"k":"xxxx…"}.
QByteArray desiredOfSize(int bytes)
{
    const int filler = bytes - int(sizeof(R"({"k":""})") - 1);
    return R"(1 update {"state":{"desired":{"k":")" + repeat('x', filler) + R"("}}})";
}

} // namespace

TestShadowEngine::Run TestShadowEngine::runScript(const QByteArrayList& steps, const ShadowLimits& limits)
{
    const ShadowEngine engine(limits);
    Run run;
    for (const QByteArray& step : steps) {
        const qsizetype firstSpace = step.indexOf(' ');
        const qsizetype secondSpace = step.indexOf(' ', firstSpace + 1);
        const qint64 now = step.left(firstSpace).toLongLong();
        const QByteArray suffix =
            secondSpace < 0 ? step.mid(firstSpace + 1) : step.mid(firstSpace + 1, secondSpace - firstSpace - 1);
        const QByteArray payload = secondSpace < 0 ? QByteArray() : step.mid(secondSpace + 1);
        const QString topic = suffix.startsWith('$') ? QString::fromUtf8(suffix) : PREFIX + QString::fromUtf8(suffix);
        ShadowEngine::Outcome outcome = engine.process(std::move(run.store), topic, payload, now);
        run.store = std::move(outcome.store);
        run.last = outcome.messages;
    }
    return run;
}

void TestShadowEngine::rules_data()
{
    QTest::addColumn<QByteArrayList>("steps");
    QTest::addColumn<QByteArrayList>("expected");

    // §3.2, §4.1, §4.2, §4.3: the first update creates version 1; accepted, documents (previous null), delta.
    QTest::newRow("3.2 first update is version 1, all three messages")
        << QByteArrayList{R"(100 update {"state":{"desired":{"color":"red"}},"clientToken":"c1"})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"desired":{"color":"red"}},"metadata":{"desired":{"color":{"timestamp":100}}},"version":1,"timestamp":100,"clientToken":"c1"})",
               R"(update/documents {"previous":null,"current":{"state":{"desired":{"color":"red"}},"metadata":{"desired":{"color":{"timestamp":100}}},"version":1},"timestamp":100,"clientToken":"c1"})",
               R"(update/delta {"state":{"color":"red"},"metadata":{"color":{"timestamp":100}},"version":1,"timestamp":100,"clientToken":"c1"})"};

    // §3.1 partial merge: untouched keys stay, and keep their timestamps (§4 per-leaf metadata).
    QTest::newRow("3.1 partial merge keeps untouched keys and their timestamps")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1,"b":2}}})",
                          R"(200 update {"state":{"reported":{"b":3}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"a":1,"b":3}},"metadata":{"reported":{"a":{"timestamp":100},"b":{"timestamp":200}}},"version":2,"timestamp":300})"};

    QTest::newRow("4.1 accepted echoes only the request's state, not stored keys")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1,"b":2}}})",
                          R"(200 update {"state":{"reported":{"b":3}}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"b":3}},"metadata":{"reported":{"b":{"timestamp":200}}},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"reported":{"a":1,"b":2}},"metadata":{"reported":{"a":{"timestamp":100},"b":{"timestamp":100}}},"version":1},"current":{"state":{"reported":{"a":1,"b":3}},"metadata":{"reported":{"a":{"timestamp":100},"b":{"timestamp":200}}},"version":2},"timestamp":200})"};

    QTest::newRow("3.1 null deletes a key, accepted echoes the null with a timestamp")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1,"b":2}}})",
                          R"(200 update {"state":{"reported":{"a":null}}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"a":null}},"metadata":{"reported":{"a":{"timestamp":200}}},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"reported":{"a":1,"b":2}},"metadata":{"reported":{"a":{"timestamp":100},"b":{"timestamp":100}}},"version":1},"current":{"state":{"reported":{"b":2}},"metadata":{"reported":{"b":{"timestamp":100}}},"version":2},"timestamp":200})"};

    QTest::newRow("3.1 null for an absent key is accepted and still increments the version")
        << QByteArrayList{R"(100 update {"state":{"reported":{"b":2}}})",
                          R"(200 update {"state":{"reported":{"zz":null}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"b":2}},"metadata":{"reported":{"b":{"timestamp":100}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 arrays are replaced whole, metadata per element")
        << QByteArrayList{R"(100 update {"state":{"reported":{"list":[1,2,3],"objs":[{"a":1}]}}})",
                          R"(200 update {"state":{"reported":{"list":[9]}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"list":[9],"objs":[{"a":1}]}},"metadata":{"reported":{"list":[{"timestamp":200}],"objs":[{"a":{"timestamp":100}}]}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 nested objects merge recursively")
        << QByteArrayList{R"(100 update {"state":{"desired":{"lights":{"color":"red","level":5}}}})",
                          R"(200 update {"state":{"desired":{"lights":{"color":"blue"}}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"desired":{"lights":{"color":"blue","level":5}},"delta":{"lights":{"color":"blue","level":5}}},"metadata":{"desired":{"lights":{"color":{"timestamp":200},"level":{"timestamp":100}}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 {} merged into an object leaves it unchanged, metadata {} echoed")
        << QByteArrayList{R"(100 update {"state":{"reported":{"o":{"x":1}}}})",
                          R"(200 update {"state":{"reported":{"o":{}}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"o":{"x":1}}},"metadata":{"reported":{"o":{"x":{"timestamp":100}}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 explicit {} is stored and returned, also replacing a scalar")
        << QByteArrayList{R"(100 update {"state":{"reported":{"c":3}}})",
                          R"(200 update {"state":{"reported":{"c":{},"d":{}}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"c":{},"d":{}}},"metadata":{"reported":{"c":{},"d":{}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 object over a scalar changes the type")
        << QByteArrayList{R"(100 update {"state":{"reported":{"c":3}}})",
                          R"(200 update {"state":{"reported":{"c":{"x":[true]}}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"c":{"x":[true]}}},"metadata":{"reported":{"c":{"x":[{"timestamp":200}]}}},"version":2,"timestamp":300})"};

    QTest::newRow("9.6 an object of only nulls for an absent key is not stored")
        << QByteArrayList{R"(100 update {"state":{"reported":{"k":1}}})",
                          R"(200 update {"state":{"reported":{"a":{"b":null,"c":{"d":null}},"e":{"f":null,"g":2}}}})",
                          "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"k":1,"e":{"g":2}}},"metadata":{"reported":{"k":{"timestamp":100},"e":{"g":{"timestamp":200}}}},"version":2,"timestamp":300})"};

    QTest::newRow("9.5 a nested object emptied by null deletion is kept as {}")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":{"b":1}}}})",
                          R"(200 update {"state":{"reported":{"a":{"b":null}}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"a":{}}},"metadata":{"reported":{"a":{}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 a section emptied by deleting its last key vanishes")
        << QByteArrayList{R"(100 update {"state":{"desired":{"a":1},"reported":{"b":1}}})",
                          R"(200 update {"state":{"desired":{"a":null}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"b":1}},"metadata":{"reported":{"b":{"timestamp":100}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 desired {} on a shadow without desired adds no section")
        << QByteArrayList{R"(100 update {"state":{"reported":{"b":1}}})", R"(200 update {"state":{"desired":{}}})",
                          "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"b":1}},"metadata":{"reported":{"b":{"timestamp":100}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 desired null removes the section; accepted metadata is a timestamp")
        << QByteArrayList{R"(100 update {"state":{"desired":{"a":1},"reported":{"b":1}}})",
                          R"(200 update {"state":{"desired":null}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"desired":null},"metadata":{"desired":{"timestamp":200}},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"desired":{"a":1},"reported":{"b":1}},"metadata":{"desired":{"a":{"timestamp":100}},"reported":{"b":{"timestamp":100}}},"version":1},"current":{"state":{"reported":{"b":1}},"metadata":{"reported":{"b":{"timestamp":100}}},"version":2},"timestamp":200})"};

    QTest::newRow("3.1/4.1 state null clears both sections, the shadow still exists")
        << QByteArrayList{R"(100 update {"state":{"desired":{"a":1},"reported":{"b":1}}})",
                          R"(200 update {"state":null})"}
        << QByteArrayList{
               R"(update/accepted {"state":null,"metadata":{"timestamp":200},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"desired":{"a":1},"reported":{"b":1}},"metadata":{"desired":{"a":{"timestamp":100}},"reported":{"b":{"timestamp":100}}},"version":1},"current":{"state":{},"metadata":{},"version":2},"timestamp":200})"};

    QTest::newRow("3.1 get after state null returns empty state and metadata")
        << QByteArrayList{R"(100 update {"state":{"desired":{"a":1}}})", R"(200 update {"state":null})", "300 get"}
        << QByteArrayList{R"(get/accepted {"state":{},"metadata":{},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 state {} only increments the version")
        << QByteArrayList{R"(100 update {"state":{"reported":{"b":1}}})", R"(200 update {"state":{}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"b":1}},"metadata":{"reported":{"b":{"timestamp":100}}},"version":2,"timestamp":300})"};

    QTest::newRow("3.1 state {} creates an empty shadow")
        << QByteArrayList{R"(100 update {"state":{}})", "300 get"}
        << QByteArrayList{R"(get/accepted {"state":{},"metadata":{},"version":1,"timestamp":300})"};

    QTest::newRow("2 desired and reported together; other top-level keys ignored, not echoed")
        << QByteArrayList{R"(100 update {"x":1,"state":{"reported":{"b":1},"desired":{"b":1}},"extra":{"y":2}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"b":1},"desired":{"b":1}},"metadata":{"reported":{"b":{"timestamp":100}},"desired":{"b":{"timestamp":100}}},"version":1,"timestamp":100})",
               R"(update/documents {"previous":null,"current":{"state":{"desired":{"b":1},"reported":{"b":1}},"metadata":{"desired":{"b":{"timestamp":100}},"reported":{"b":{"timestamp":100}}},"version":1},"timestamp":100})"};

    // §3.2 versions across delete and re-create; §4.5.
    QTest::newRow("4.5 delete answers the deleted version")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})", R"(110 update {"state":{}})",
                          R"(200 delete {"clientToken":"d"})"}
        << QByteArrayList{R"(delete/accepted {"version":2,"timestamp":200,"clientToken":"d"})"};

    QTest::newRow("4.5 get after delete is 404")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})", "200 delete", "300 get"}
        << QByteArrayList{R"(get/rejected {"code":404,"message":"No shadow exists with name: 'T'"})"};

    QTest::newRow("4.5 re-create continues at deleted version + 2 with previous null")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})", R"(110 update {"state":{}})", "200 delete",
                          R"(300 update {"state":{"reported":{"z":1}}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"z":1}},"metadata":{"reported":{"z":{"timestamp":300}}},"version":4,"timestamp":300})",
               R"(update/documents {"previous":null,"current":{"state":{"reported":{"z":1}},"metadata":{"reported":{"z":{"timestamp":300}}},"version":4},"timestamp":300})"};

    QTest::newRow("4.5 after 48 hours a re-created shadow starts at version 1")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})", "200 delete",
                          R"(172800200 update {"state":{"reported":{"z":1}}})", "172800300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"z":1}},"metadata":{"reported":{"z":{"timestamp":172800200}}},"version":1,"timestamp":172800300})"};

    QTest::newRow("4.5 deleting a missing shadow is 404 with the token")
        << QByteArrayList{R"(100 delete {"clientToken":"x"})"}
        << QByteArrayList{
               R"(delete/rejected {"code":404,"message":"No shadow exists with name: 'T'","clientToken":"x"})"};

    QTest::newRow("4.5 deleting twice: the second is 404")
        << QByteArrayList{R"(100 update {"state":{}})", "200 delete", "300 delete"}
        << QByteArrayList{R"(delete/rejected {"code":404,"message":"No shadow exists with name: 'T'"})"};

    // §3.2 optimistic locking.
    QTest::newRow("3.2 version mismatch is 409 with the token")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})",
                          R"(200 update {"state":{"reported":{"a":2}},"version":5,"clientToken":"v"})"}
        << QByteArrayList{R"(update/rejected {"code":409,"message":"Version conflict","clientToken":"v"})"};

    QTest::newRow("3.2 matching version is accepted and becomes version + 1")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})",
                          R"(200 update {"state":{"reported":{"a":2}},"version":1})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"a":2}},"metadata":{"reported":{"a":{"timestamp":200}}},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"reported":{"a":1}},"metadata":{"reported":{"a":{"timestamp":100}}},"version":1},"current":{"state":{"reported":{"a":2}},"metadata":{"reported":{"a":{"timestamp":200}}},"version":2},"timestamp":200})"};

    QTest::newRow("3.2 version 0 matches a shadow that never existed")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}},"version":0})", "200 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"a":1}},"metadata":{"reported":{"a":{"timestamp":100}}},"version":1,"timestamp":200})"};

    QTest::newRow("3.2 any other version on a shadow that never existed is 409")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}},"version":1})"}
        << QByteArrayList{R"(update/rejected {"code":409,"message":"Version conflict"})"};

    QTest::newRow("3.2 after a delete the consumed version matches")
        << QByteArrayList{R"(100 update {"state":{}})", "200 delete", R"(300 update {"state":{},"version":2})",
                          "400 get"}
        << QByteArrayList{R"(get/accepted {"state":{},"metadata":{},"version":3,"timestamp":400})"};

    QTest::newRow("3.2 negative version is 400 Invalid version")
        << QByteArrayList{R"(100 update {"state":{},"version":-1,"clientToken":"n"})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid version","clientToken":"n"})"};
    QTest::newRow("3.2 fractional version is 400 Invalid version")
        << QByteArrayList{R"(100 update {"state":{}})", R"(100 update {"state":{},"version":1.0})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid version"})"};
    QTest::newRow("3.2 string version is 400 Invalid version")
        << QByteArrayList{R"(100 update {"state":{},"version":"1"})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid version"})"};
    QTest::newRow("3.2 null version is 400 Invalid version")
        << QByteArrayList{R"(100 update {"state":{},"version":null})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid version"})"};

    // §3.3 clientToken.
    QTest::newRow("3.3 a 64-byte token is echoed")
        << QByteArrayList{R"(100 update {"state":{},"clientToken":")" + repeat('t', 64) + "\"}"}
        << QByteArrayList{
               R"(update/accepted {"state":{},"metadata":{},"version":1,"timestamp":100,"clientToken":")" +
                   repeat('t', 64) + "\"}",
               R"(update/documents {"previous":null,"current":{"state":{},"metadata":{},"version":1},"timestamp":100,"clientToken":")" +
                   repeat('t', 64) + "\"}"};
    QTest::newRow("3.3 a 65-byte token is 400, not echoed")
        << QByteArrayList{R"(100 update {"state":{},"clientToken":")" + repeat('t', 65) + "\"}"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid clientToken"})"};
    QTest::newRow("3.3 the limit counts UTF-8 bytes: 33 x é is 66 bytes")
        << QByteArrayList{"100 update {\"state\":{},\"clientToken\":\"" + QString(33, QChar(0xE9)).toUtf8() + "\"}"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid clientToken"})"};
    QTest::newRow("3.3 a token that is not a string is 400")
        << QByteArrayList{R"(100 update {"state":{},"clientToken":17})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid clientToken"})"};
    QTest::newRow("3.3 the token check comes before the state check")
        << QByteArrayList{R"(100 update {"clientToken":")" + repeat('t', 65) + "\"}"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid clientToken"})"};
    QTest::newRow("3.3 get echoes the token")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":true}}})", R"(200 get {"clientToken":"g1"})"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"a":true}},"metadata":{"reported":{"a":{"timestamp":100}}},"version":1,"timestamp":200,"clientToken":"g1"})"};
    QTest::newRow("3.3 get with an invalid token is 400 on get/rejected")
        << QByteArrayList{R"(100 get {"clientToken":")" + repeat('t', 65) + "\"}"}
        << QByteArrayList{R"(get/rejected {"code":400,"message":"Invalid clientToken"})"};
    QTest::newRow("2 get ignores any other payload")
        << QByteArrayList{R"(100 update {"state":{}})", "200 get not json at all"}
        << QByteArrayList{R"(get/accepted {"state":{},"metadata":{},"version":1,"timestamp":200})"};

    // §5 errors, in the suggested validation order.
    QTest::newRow("5 payload not parseable: 400 Invalid JSON")
        << QByteArrayList{R"(100 update {"state":)"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid JSON"})"};
    QTest::newRow("5 empty update payload: 400 Invalid JSON")
        << QByteArrayList{"100 update"} << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid JSON"})"};
    QTest::newRow("5 payload not an object: 400 Invalid JSON")
        << QByteArrayList{"100 update [1,2]"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Invalid JSON"})"};
    QTest::newRow("5 no state: 400 with the token echoed")
        << QByteArrayList{R"(100 update {"clientToken":"s","version":1})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Missing required node: state","clientToken":"s"})"};
    QTest::newRow("5 state not an object")
        << QByteArrayList{R"(100 update {"state":[1]})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"State node must be an object"})"};
    QTest::newRow("5 state contains an invalid node")
        << QByteArrayList{R"(100 update {"state":{"desired":{},"delta":{"a":1}}})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"State contains an invalid node: 'delta'"})"};
    QTest::newRow("5 desired not an object")
        << QByteArrayList{R"(100 update {"state":{"desired":"on"}})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Desired node must be an object"})"};
    QTest::newRow("5 reported not an object")
        << QByteArrayList{R"(100 update {"state":{"reported":[1]}})"}
        << QByteArrayList{R"(update/rejected {"code":400,"message":"Reported node must be an object"})"};
    QTest::newRow("3.1 array containing null: whole update rejected")
        << QByteArrayList{R"(100 update {"state":{"reported":{"ok":1,"a":[1,null]}},"clientToken":"an"})"}
        << QByteArrayList{
               R"(update/rejected {"code":400,"message":"Invalid JSON: arrays must not contain null values","clientToken":"an"})"};
    QTest::newRow("3.1 null at any depth inside an array: rejected")
        << QByteArrayList{R"(100 update {"state":{"desired":{"a":{"b":[[1,[null]]]}}}})"}
        << QByteArrayList{
               R"(update/rejected {"code":400,"message":"Invalid JSON: arrays must not contain null values"})"};
    QTest::newRow("5 payload not UTF-8: 415")
        << QByteArrayList{"100 update {\"state\":{\"reported\":{\"a\":\"\xff\"}}}"}
        << QByteArrayList{
               R"(update/rejected {"code":415,"message":"Unsupported documented encoding; supported encoding is UTF-8"})"};
    QTest::newRow("5 payload over 128 KiB: 413 before parsing")
        << QByteArrayList{"100 update " + repeat(' ', 128 * 1024 + 1)}
        << QByteArrayList{R"(update/rejected {"code":413,"message":"The payload exceeds the maximum size allowed"})"};

    // §7 limits.
    QTest::newRow("7 a state of exactly 8192 bytes is accepted")
        << QByteArrayList{desiredOfSize(8192), "2 get"}
        << QByteArrayList{R"(get/accepted {"state":{"desired":{"k":")" + repeat('x', 8192 - 8) +
                          R"("},"delta":{"k":")" + repeat('x', 8192 - 8) +
                          R"("}},"metadata":{"desired":{"k":{"timestamp":1}}},"version":1,"timestamp":2})"};
    QTest::newRow("7 8193 bytes: 413 with the token")
        << QByteArrayList{desiredOfSize(8193).replace("}}}", "}},\"clientToken\":\"big\"}")}
        << QByteArrayList{
               R"(update/rejected {"code":413,"message":"The payload exceeds the maximum size allowed","clientToken":"big"})"};
    QTest::newRow("7 the limit applies to the merged document: desired + reported")
        << QByteArrayList{desiredOfSize(8000), R"(2 update {"state":{"reported":{"r":")" + repeat('y', 200) + R"("}}})"}
        << QByteArrayList{R"(update/rejected {"code":413,"message":"The payload exceeds the maximum size allowed"})"};
    QTest::newRow("7 a deletion brings a too-large document back under the limit")
        << QByteArrayList{desiredOfSize(8000), R"(2 update {"state":{"desired":{"k":null},"reported":{"r":1}}})",
                          "3 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"r":1}},"metadata":{"reported":{"r":{"timestamp":2}}},"version":2,"timestamp":3})"};
    QTest::newRow("7 six levels are accepted")
        << QByteArrayList{R"(100 update {"state":{"reported":{"1":{"2":{"3":{"4":{"5":{"6":"x"}}}}}}}})", "200 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"1":{"2":{"3":{"4":{"5":{"6":"x"}}}}}}},"metadata":{"reported":{"1":{"2":{"3":{"4":{"5":{"6":{"timestamp":100}}}}}}}},"version":1,"timestamp":200})"};
    QTest::newRow("7 seven levels: 400")
        << QByteArrayList{R"(100 update {"state":{"reported":{"1":{"2":{"3":{"4":{"5":{"6":{"7":"x"}}}}}}}},"clientToken":"deep"})"}
        << QByteArrayList{
               R"(update/rejected {"code":400,"message":"JSON contains too many levels of nesting; maximum is 6","clientToken":"deep"})"};
    QTest::newRow("9.7 arrays count as levels")
        << QByteArrayList{R"(100 update {"state":{"reported":{"1":{"2":{"3":{"4":{"5":[[1]]}}}}}}})"}
        << QByteArrayList{
               R"(update/rejected {"code":400,"message":"JSON contains too many levels of nesting; maximum is 6"})"};
    QTest::newRow("9.7 an empty object at level 7 counts")
        << QByteArrayList{R"(100 update {"state":{"desired":{"1":{"2":{"3":{"4":{"5":{"6":{}}}}}}}}})"}
        << QByteArrayList{
               R"(update/rejected {"code":400,"message":"JSON contains too many levels of nesting; maximum is 6"})"};

    // §1 named shadows are independent of the classic one.
    QTest::newRow("1 a named shadow has its own document and version")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})", R"(110 update {"state":{}})",
                          R"(200 name/cfg/update {"state":{"reported":{"b":2}}})", "300 name/cfg/get"}
        << QByteArrayList{
               R"(name/cfg/get/accepted {"state":{"reported":{"b":2}},"metadata":{"reported":{"b":{"timestamp":200}}},"version":1,"timestamp":300})"};
    QTest::newRow("1 deleting a named shadow leaves the classic one")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})",
                          R"(200 name/cfg/update {"state":{"reported":{"b":2}}})", "250 name/cfg/delete", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"a":1}},"metadata":{"reported":{"a":{"timestamp":100}}},"version":1,"timestamp":300})"};
    QTest::newRow("4.4 404 of a named shadow quotes the shadow name")
        << QByteArrayList{R"(100 update {"state":{}})", R"(200 name/$cfg:1_-x/get {"clientToken":"n"})"}
        << QByteArrayList{
               R"(name/$cfg:1_-x/get/rejected {"code":404,"message":"No shadow exists with name: '$cfg:1_-x'","clientToken":"n"})"};
    QTest::newRow("1 things are independent")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1}}})", "200 $aws/things/Other/shadow/get"}
        << QByteArrayList{
               R"($aws/things/Other/shadow/get/rejected {"code":404,"message":"No shadow exists with name: 'Other'"})"};

    // §4.3 and §6 delta presence and absence.
    QTest::newRow("4.3 a reported-only update republishes the full delta with old desired timestamps")
        << QByteArrayList{R"(100 update {"state":{"desired":{"Status":"Great","mode":"eco"}}})",
                          R"(200 update {"state":{"reported":{"Status":"Awful"}}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"Status":"Awful"}},"metadata":{"reported":{"Status":{"timestamp":200}}},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"desired":{"Status":"Great","mode":"eco"}},"metadata":{"desired":{"Status":{"timestamp":100},"mode":{"timestamp":100}}},"version":1},"current":{"state":{"desired":{"Status":"Great","mode":"eco"},"reported":{"Status":"Awful"}},"metadata":{"desired":{"Status":{"timestamp":100},"mode":{"timestamp":100}},"reported":{"Status":{"timestamp":200}}},"version":2},"timestamp":200})",
               R"(update/delta {"state":{"Status":"Great","mode":"eco"},"metadata":{"Status":{"timestamp":100},"mode":{"timestamp":100}},"version":2,"timestamp":200})"};
    QTest::newRow("4.3 no delta once reported matches desired")
        << QByteArrayList{R"(100 update {"state":{"desired":{"on":true}}})",
                          R"(200 update {"state":{"reported":{"on":true}}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"on":true}},"metadata":{"reported":{"on":{"timestamp":200}}},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"desired":{"on":true}},"metadata":{"desired":{"on":{"timestamp":100}}},"version":1},"current":{"state":{"desired":{"on":true},"reported":{"on":true}},"metadata":{"desired":{"on":{"timestamp":100}},"reported":{"on":{"timestamp":200}}},"version":2},"timestamp":200})"};
    QTest::newRow("6 true is not 1: delta")
        << QByteArrayList{R"(100 update {"state":{"reported":{"on":1}}})",
                          R"(200 update {"state":{"desired":{"on":true}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"desired":{"on":true},"reported":{"on":1},"delta":{"on":true}},"metadata":{"desired":{"on":{"timestamp":200}},"reported":{"on":{"timestamp":100}}},"version":2,"timestamp":300})"};
    QTest::newRow("6 1 equals 1.0: no delta, both kept as written")
        << QByteArrayList{R"(100 update {"state":{"reported":{"n":1.0}}})",
                          R"(200 update {"state":{"desired":{"n":1}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"desired":{"n":1},"reported":{"n":1.0}},"metadata":{"desired":{"n":{"timestamp":200}},"reported":{"n":{"timestamp":100}}},"version":2,"timestamp":300})"};
    QTest::newRow("6 nested delta keeps the path; metadata projected")
        << QByteArrayList{R"(100 update {"state":{"desired":{"lights":{"color":"red","level":5},"fan":[1,2]}}})",
                          R"(200 update {"state":{"reported":{"lights":{"color":"red","level":3},"fan":[2,1]}}})"}
        << QByteArrayList{
               R"(update/accepted {"state":{"reported":{"lights":{"color":"red","level":3},"fan":[2,1]}},"metadata":{"reported":{"lights":{"color":{"timestamp":200},"level":{"timestamp":200}},"fan":[{"timestamp":200},{"timestamp":200}]}},"version":2,"timestamp":200})",
               R"(update/documents {"previous":{"state":{"desired":{"lights":{"color":"red","level":5},"fan":[1,2]}},"metadata":{"desired":{"lights":{"color":{"timestamp":100},"level":{"timestamp":100}},"fan":[{"timestamp":100},{"timestamp":100}]}},"version":1},"current":{"state":{"desired":{"lights":{"color":"red","level":5},"fan":[1,2]},"reported":{"lights":{"color":"red","level":3},"fan":[2,1]}},"metadata":{"desired":{"lights":{"color":{"timestamp":100},"level":{"timestamp":100}},"fan":[{"timestamp":100},{"timestamp":100}]},"reported":{"lights":{"color":{"timestamp":200},"level":{"timestamp":200}},"fan":[{"timestamp":200},{"timestamp":200}]}},"version":2},"timestamp":200})",
               R"(update/delta {"state":{"lights":{"level":5},"fan":[1,2]},"metadata":{"lights":{"level":{"timestamp":100}},"fan":[{"timestamp":100},{"timestamp":100}]},"version":2,"timestamp":200})"};
    QTest::newRow("6 desired {} under a non-empty reported object: no delta")
        << QByteArrayList{R"(100 update {"state":{"reported":{"o":{"x":1}}}})",
                          R"(200 update {"state":{"desired":{"o":{}}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"desired":{"o":{}},"reported":{"o":{"x":1}}},"metadata":{"desired":{"o":{}},"reported":{"o":{"x":{"timestamp":100}}}},"version":2,"timestamp":300})"};
    QTest::newRow("6 explicit {} without reported is in the delta")
        << QByteArrayList{R"(100 update {"state":{"desired":{"o":{}}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"desired":{"o":{}},"delta":{"o":{}}},"metadata":{"desired":{"o":{}}},"version":1,"timestamp":300})"};
    QTest::newRow("4.3 never published for a get")
        << QByteArrayList{R"(100 update {"state":{"desired":{"a":1}}})", "200 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"desired":{"a":1},"delta":{"a":1}},"metadata":{"desired":{"a":{"timestamp":100}}},"version":1,"timestamp":200})"};

    // Metadata kept per leaf across many updates.
    QTest::newRow("4 each leaf keeps the time it was last written")
        << QByteArrayList{R"(100 update {"state":{"reported":{"a":1,"o":{"x":1,"y":1}}}})",
                          R"(200 update {"state":{"reported":{"o":{"y":2}}}})",
                          R"(300 update {"state":{"reported":{"a":1}}})", "400 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"a":1,"o":{"x":1,"y":2}}},"metadata":{"reported":{"a":{"timestamp":300},"o":{"x":{"timestamp":100},"y":{"timestamp":200}}}},"version":3,"timestamp":400})"};

    // Key order is kept, for display and byte-exact responses.
    QTest::newRow("keys keep the order they were first written in")
        << QByteArrayList{R"(100 update {"state":{"reported":{"z":1,"a":2,"m":3}}})",
                          R"(200 update {"state":{"reported":{"a":9,"b":0}}})", "300 get"}
        << QByteArrayList{
               R"(get/accepted {"state":{"reported":{"z":1,"a":9,"m":3,"b":0}},"metadata":{"reported":{"z":{"timestamp":100},"a":{"timestamp":200},"m":{"timestamp":100},"b":{"timestamp":200}}},"version":2,"timestamp":300})"};
}

void TestShadowEngine::rules()
{
    QFETCH(QByteArrayList, steps);
    QFETCH(QByteArrayList, expected);
    const Run run = runScript(steps);
    QByteArrayList actual;
    for (const ShadowMessage& message : run.last) {
        actual.append(describe(message));
    }
    if (actual != expected) {
        qWarning().noquote() << "actual:\n" << actual.join('\n') << "\nexpected:\n" << expected.join('\n');
    }
    QCOMPARE(actual, expected);
}

void TestShadowEngine::ignoredTopics_data()
{
    QTest::addColumn<QString>("topic");
    // EMB-C-SHADOW's non-shadow topics, response topics and invalid names (spec §1): no answer, no change.
    QTest::newRow("response topic (a client publishing a delta)") << u"$aws/things/T/shadow/update/delta"_s;
    QTest::newRow("accepted topic") << u"$aws/things/T/shadow/get/accepted"_s;
    QTest::newRow("documents topic") << u"$aws/things/T/shadow/update/documents"_s;
    QTest::newRow("named response topic") << u"$aws/things/T/shadow/name/n/update/accepted"_s;
    QTest::newRow("no /delete/delta") << u"$aws/things/T/shadow/delete/delta"_s;
    QTest::newRow("no /get/documents") << u"$aws/things/T/shadow/get/documents"_s;
    QTest::newRow("extra level after a response") << u"$aws/things/T/shadow/get/rejected/x"_s;
    QTest::newRow("extra level after a request") << u"$aws/things/T/shadow/update/x"_s;
    QTest::newRow("empty thing name") << u"$aws/things//shadow/update"_s;
    QTest::newRow("empty shadow name") << u"$aws/things/T/shadow/name//update"_s;
    QTest::newRow("missing operation") << u"$aws/things/T/shadow"_s;
    QTest::newRow("missing operation, trailing slash") << u"$aws/things/T/shadow/"_s;
    QTest::newRow("named without operation") << u"$aws/things/T/shadow/name/n"_s;
    QTest::newRow("unknown operation") << u"$aws/things/T/shadow/list"_s;
    QTest::newRow("thing name 129 characters") << u"$aws/things/"_s + QString(129, u'a') + u"/shadow/update"_s;
    QTest::newRow("shadow name 65 characters") << u"$aws/things/T/shadow/name/"_s + QString(65, u'a') + u"/update"_s;
    QTest::newRow("thing name with a space") << u"$aws/things/my thing/shadow/update"_s;
    QTest::newRow("thing name with $") << u"$aws/things/a$b/shadow/update"_s;
    QTest::newRow("shadow name with a dot") << u"$aws/things/T/shadow/name/a.b/update"_s;
    QTest::newRow("operation in upper case (names are case-sensitive)") << u"$aws/things/T/shadow/UPDATE"_s;
    QTest::newRow("another prefix") << u"aws/things/T/shadow/update"_s;
    QTest::newRow("not a shadow topic") << u"devices/T/update"_s;
}

void TestShadowEngine::ignoredTopics()
{
    QFETCH(QString, topic);
    const ShadowEngine engine;
    ShadowStore store = runScript({R"(100 update {"state":{"reported":{"a":1}}})"}).store;
    const ShadowStore before = store;
    const ShadowEngine::Outcome outcome =
        engine.process(store, topic, R"({"state":{"reported":{"a":2}},"clientToken":"x"})", 200);
    QVERIFY(outcome.messages.isEmpty());
    QVERIFY(!outcome.changed);
    QVERIFY(outcome.store == before);
}

void TestShadowEngine::stateLimitIsConfigurable()
{
    ShadowLimits limits;
    limits.maxStateBytes = 30 * 1024; // as Greengrass allows
    Run run = runScript({desiredOfSize(20000), "2 get"}, limits);
    QCOMPARE(run.last.size(), 1);
    QCOMPARE(run.last.first().topic, PREFIX + u"get/accepted"_s);
    QCOMPARE(run.store.document({u"T"_s, {}}).stateBytes(), 20000);
    limits.maxStateBytes = 100;
    run = runScript({desiredOfSize(101)}, limits);
    QCOMPARE(run.last.size(), 1);
    QCOMPARE(run.last.first().topic, PREFIX + u"update/rejected"_s);
    const QByteArray tooLarge = R"({"code":413,)";
    QVERIFY(run.last.first().payload.startsWith(tooLarge));
}

void TestShadowEngine::rejectedRequestsChangeNothing()
{
    // §3.2: rejected updates, gets and deletes do not increment the version or touch the document.
    const Run base = runScript({R"(100 update {"state":{"desired":{"a":1},"reported":{"a":2}}})"});
    const QByteArrayList rejected = {
        R"(200 update {"state":{"desired":{"a":9}},"version":7})",
        R"(200 update {"state":{"desired":{"a":[null]}}})",
        "200 update {",
        desiredOfSize(9000).replace("1 update", "200 update"),
        R"(200 update {"state":{"reported":{"1":{"2":{"3":{"4":{"5":{"6":{"7":1}}}}}}}}})",
        "200 get",
        "200 name/other/delete",
    };
    const ShadowEngine engine;
    for (const QByteArray& step : rejected) {
        Run run = base;
        const qsizetype firstSpace = step.indexOf(' ');
        const qsizetype secondSpace = step.indexOf(' ', firstSpace + 1);
        const QByteArray suffix =
            secondSpace < 0 ? step.mid(firstSpace + 1) : step.mid(firstSpace + 1, secondSpace - firstSpace - 1);
        const ShadowEngine::Outcome outcome =
            engine.process(run.store, PREFIX + QString::fromUtf8(suffix),
                           secondSpace < 0 ? QByteArray() : step.mid(secondSpace + 1), 200);
        QVERIFY2(!outcome.changed, step.left(60).constData());
        QVERIFY2(outcome.store == base.store, step.left(60).constData());
        QCOMPARE(outcome.store.document({u"T"_s, {}}).version(), 1);
    }
}

void TestShadowEngine::pureFunction()
{
    // Same inputs, same outputs; the caller's store is never changed behind its back.
    const ShadowEngine engine;
    const ShadowStore start = runScript({R"(100 update {"state":{"desired":{"a":1,"o":{"x":[1,2]}}}})"}).store;
    const QByteArray update = R"({"state":{"desired":{"a":2,"o":{"y":true}},"reported":{"a":1}},"clientToken":"p"})";
    const ShadowEngine::Outcome first = engine.process(start, PREFIX + u"update"_s, update, 500);
    const ShadowEngine::Outcome second = engine.process(start, PREFIX + u"update"_s, update, 500);
    QCOMPARE(first.messages, second.messages);
    QVERIFY(first.store == second.store);
    QCOMPARE(start.document({u"T"_s, {}}).version(), 1);
    const QByteArray before = R"({"a":1,"o":{"x":[1,2]}})";
    const QByteArray after = R"({"a":2,"o":{"x":[1,2],"y":true}})";
    QCOMPARE(start.document({u"T"_s, {}}).desired(), before);
    QCOMPARE(first.store.document({u"T"_s, {}}).desired(), after);
    QVERIFY(first.key.has_value());
    QCOMPARE(first.key->thing, u"T"_s);
}

void TestShadowEngine::numbersRoundTrip()
{
    // JSON numbers come back exactly as written: 64-bit integers stay integers, 1.0 stays 1.0, doubles keep their
    // shortest exact form; true is never 1.
    const QByteArray reported = R"({"max":9223372036854775807,"umax":18446744073709551615,"min":-9223372036854775808,)"
                                R"("one":1,"onePointZero":1.0,"tenth":0.1,"third":0.3333333333333333,"big":1e+300,)"
                                R"("neg":-0.0,"t":true,"s":"1","u":"é\u00e9\ud83d\ude00","esc":"\"\\\/\n"})";
    const Run run = runScript({"100 update {\"state\":{\"reported\":" + reported + "}}"});
    const QByteArray stored = run.store.document({u"T"_s, {}}).reported();
    const QByteArray expected = R"({"max":9223372036854775807,"umax":18446744073709551615,"min":-9223372036854775808,)"
                                R"("one":1,"onePointZero":1.0,"tenth":0.1,"third":0.3333333333333333,"big":1e+300,)"
                                R"("neg":-0.0,"t":true,"s":"1","u":"éé😀","esc":"\"\\/\n"})";
    QCOMPARE(stored, expected);
    // A number that does not fit a double is not JSON we can keep exactly: refused like invalid JSON.
    const Run overflow = runScript({R"(100 update {"state":{"reported":{"x":1e400}}})"});
    const QByteArray invalid = R"({"code":400,"message":"Invalid JSON"})";
    QCOMPARE(overflow.last.first().payload, invalid);
}

void TestShadowEngine::storeRoundTripsThroughStateFile()
{
    const Run run = runScript({R"(100 update {"state":{"desired":{"a":[1,{"b":2.50}]},"reported":{"x":{}}}})",
                               R"(150 name/n1/update {"state":{"reported":{"z":18446744073709551615}}})",
                               R"(160 name/gone/update {"state":{}})", "170 name/gone/delete",
                               R"(180 $aws/things/Other/shadow/update {"state":null})"});
    const QByteArray file = run.store.toJson();
    Result<ShadowStore> loaded = ShadowStore::fromJson(file);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(*loaded == run.store);
    QCOMPARE(loaded->toJson(), file);
    QCOMPARE(loaded->keys().size(), 4);
    QCOMPARE(loaded->existingKeys().size(), 3);
    const ShadowDocument gone = loaded->document({u"T"_s, u"gone"_s});
    QVERIFY(!gone.exists());
    QCOMPARE(gone.version(), 2);
    QCOMPARE(gone.deletedAt(), 170);
    // The loaded store behaves like the original: the deleted shadow continues its numbering.
    const ShadowEngine engine;
    const auto outcome = engine.process(*loaded, PREFIX + u"name/gone/update"_s, R"({"state":{}})", 200);
    const QByteArray version3 = R"("version":3)";
    QVERIFY(outcome.messages.first().payload.contains(version3));
}

void TestShadowEngine::damagedStateFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("{") << u"invalid_state_file"_s;
    QTest::newRow("no schema") << QByteArray(R"({"shadows":[]})") << u"invalid_state_file"_s;
    QTest::newRow("newer schema") << QByteArray(R"({"schemaVersion":99,"shadows":[]})") << u"unsupported_state_file"_s;
    QTest::newRow("bad name")
        << QByteArray(R"({"schemaVersion":1,"shadows":[{"thing":"a b","shadow":"","exists":true,"version":1}]})")
        << u"invalid_state_file"_s;
    QTest::newRow("metadata does not mirror state")
        << QByteArray(R"({"schemaVersion":1,"shadows":[{"thing":"T","shadow":"","exists":true,"version":1,)"
                      R"("state":{"desired":{"a":1}},"metadata":{"desired":{"b":{"timestamp":1}}}}]})")
        << u"invalid_state_file"_s;
    QTest::newRow("deleted shadow with state")
        << QByteArray(R"({"schemaVersion":1,"shadows":[{"thing":"T","shadow":"","exists":false,"version":1,)"
                      R"("state":{"desired":{"a":1}},"metadata":{"desired":{"a":{"timestamp":1}}}}]})")
        << u"invalid_state_file"_s;
}

void TestShadowEngine::damagedStateFilesAreRefused()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, code);
    const Result<ShadowStore> loaded = ShadowStore::fromJson(file);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QVERIFY(!loaded.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(TestShadowEngine)

#include "TestShadowEngine.moc"
