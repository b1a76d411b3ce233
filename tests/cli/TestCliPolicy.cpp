// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray checkLine(const char* action, const char* resource, const char* context = "{}")
{
    return QByteArray(
               R"({"policies":[{"Version":"2012-10-17","Statement":[)"
               R"({"Effect":"Allow","Action":"iot:Connect","Resource":"arn:aws:iot:us-east-1:123456789012:client/${iot:ClientId}"},)"
               R"({"Effect":"Allow","Action":["iot:Publish","iot:Receive"],"Resource":"arn:aws:iot:us-east-1:123456789012:topic/devices/${iot:ClientId}/*"},)"
               R"({"Effect":"Deny","Action":"iot:Publish","Resource":"arn:aws:iot:us-east-1:123456789012:topic/devices/*/admin"}]}],)"
               R"("context":)") +
        context + R"(,"request":{"action":")" + action + R"(","resource":"arn:aws:iot:us-east-1:123456789012:)" +
        resource + R"("},"ignored":1})" + "\n";
}

QJsonObject object(const QByteArray& line)
{
    return QJsonDocument::fromJson(line).object();
}

} // namespace

/// `thingbench-cli policy check` against the contract of DESIGN.md §3.
class TestCliPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkAnswersEachLine()
    {
        const QByteArray input = checkLine("iot:Connect", "client/dev-1", R"({"clientId":"dev-1"})") + "\n" +
            checkLine("iot:Publish", "topic/devices/dev-1/admin", R"({"clientId":"dev-1"})") +
            checkLine("iot:Publish", "topic/devices/dev-2/t", R"({"clientId":"dev-1"})") +
            checkLine("iot:Connect", "client/dev-1");
        const CliRun::Run run = CliRun::run({u"policy"_s, u"check"_s}, input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QByteArrayList lines = run.out.split('\n');
        QCOMPARE(lines.size(), 5); // four answers (the blank line is skipped) and the final newline
        QVERIFY(lines[0].startsWith(
            R"({"decision":"ALLOWED","allowed":true,"matched":[{"policy":0,"statement":0,"effect":"Allow"}])"));
        const QJsonObject denied = object(lines[1]);
        QCOMPARE(denied.value(u"decision"_s).toString(), u"EXPLICIT_DENY"_s);
        QCOMPARE(denied.value(u"matched"_s).toArray().first().toObject().value(u"statement"_s).toInt(), 2);
        const QJsonObject other = object(lines[2]);
        QCOMPARE(other.value(u"decision"_s).toString(), u"IMPLICIT_DENY"_s);
        QCOMPARE(other.value(u"explanation"_s).toString(),
                 u"IMPLICIT_DENY: no statement allows iot:Publish on topic/devices/dev-2/t; policy 1 statement 2 "
                 u"allows iot:Publish on topic/devices/dev-1/* only"_s);
        const QJsonObject noClient = object(lines[3]);
        QCOMPARE(noClient.value(u"decision"_s).toString(), u"IMPLICIT_DENY"_s);
        QCOMPARE(noClient.value(u"missingContextValues"_s).toArray(), QJsonArray{u"iot:ClientId"_s});
    }

    void checkReadsAFileAndReportsBadLines()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"requests.jsonl"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"policies":[{"Statement":[{"Effect":"Permit","Action":"iot:Connect","Resource":"*"}]}],"request":{"action":"iot:Connect","resource":"*"}})"
            "\n{not json\n");
        file.write(checkLine("iot:Receive", "topic/devices/dev-1/x", R"({"clientId":"dev-1"})"));
        file.close();
        const CliRun::Run run = CliRun::run({u"policy"_s, u"check"_s, file.fileName()});
        QCOMPARE(run.exitCode, 1);
        const QByteArrayList lines = run.out.split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(object(lines[0]).value(u"error"_s).toString(),
                 u"Line 1: policy 1: statement 1: Effect must be \"Allow\" or \"Deny\", not \"Permit\"."_s);
        QVERIFY(object(lines[1]).value(u"error"_s).toString().startsWith(u"Line 2: the line is not valid JSON"_s));
        QCOMPARE(object(lines[2]).value(u"decision"_s).toString(), u"ALLOWED"_s);
        QVERIFY(run.err.contains("thingbench-cli: Line 1: policy 1: statement 1: Effect must be"));

        QCOMPARE(CliRun::run({u"policy"_s, u"check"_s, dir.filePath(u"missing.jsonl"_s)}).exitCode, 1);
        QCOMPARE(CliRun::run({u"policy"_s, u"nonsense"_s}).exitCode, 2);
        const CliRun::Run help = CliRun::run({u"policy"_s, u"check"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("missingContextValues"));
    }
};

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "TestCliPolicy.moc"
