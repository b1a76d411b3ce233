// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/DecisionLog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::PolicyDecision;

namespace {

const QDateTime EPOCH = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);

/// A decision line as the plugin's Authorizer writes it.
QByteArray line(const QString& clientId, const QString& action, const QString& resource, const QString& decision,
                const QString& time = u"2026-12-06T04:23:08.864Z"_s, int count = 0)
{
    QByteArray text = R"({"time":")" + time.toUtf8() + R"(","clientId":")" + clientId.toUtf8() +
        R"(","certificateId":"ab12","action":")" + action.toUtf8() +
        R"(","resource":"arn:aws:iot:us-east-1:123456789012:)" + resource.toUtf8() + R"(","decision":")" +
        decision.toUtf8() + R"(","explanation":")" + decision.toUtf8() + R"(: because")";
    if (count > 0) {
        text += R"(,"count":)" + QByteArray::number(count);
    }
    return text + "}\n";
}

void append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

/// The app's reading of the sandbox's decision log: which lines are a client's refusals, partial lines, a flood,
/// rotation, and the watcher's signal from a file written as the plugin writes it.
class TestDecisionLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesADecisionLine();
    void otherLinesAreNotDecisions();
    void keepsOnlyTheClientsRefusals();
    void waitsForAPartialLine();
    void followsARotation();
    void floodKeepsTheNewestPart();
    void watcherReportsNewRefusals();
};

void TestDecisionLog::parsesADecisionLine()
{
    const auto decision = PolicyDecision::fromJsonLine(line(u"dev-1"_s, u"iot:Subscribe"_s, u"topicfilter/a/+/b:c"_s,
                                                            u"IMPLICIT_DENY"_s, u"2026-12-06T04:23:08.864Z"_s, 7)
                                                           .trimmed());
    QVERIFY(decision);
    QCOMPARE(decision->clientId, u"dev-1"_s);
    QCOMPARE(decision->certificateId, u"ab12"_s);
    QCOMPARE(decision->action, u"iot:Subscribe"_s);
    QCOMPARE(decision->resourcePath(), u"topicfilter/a/+/b:c"_s); // colons after the account stay in the path
    QCOMPARE(decision->resourceName(), u"a/+/b:c"_s);
    QCOMPARE(decision->decision, u"IMPLICIT_DENY"_s);
    QVERIFY(!decision->allowed());
    QCOMPARE(decision->explanation, u"IMPLICIT_DENY: because"_s);
    QCOMPARE(decision->count, 7);
    QCOMPARE(decision->time, QDateTime(QDate(2026, 12, 6), QTime(4, 23, 8, 864), Qt::UTC));
}

void TestDecisionLog::otherLinesAreNotDecisions()
{
    QVERIFY(!PolicyDecision::fromJsonLine(R"({"time":"2026-12-06T04:23:08.864Z","event":"registry reloaded"})"));
    QVERIFY(!PolicyDecision::fromJsonLine("not json"));
    QVERIFY(!PolicyDecision::fromJsonLine("[1,2]"));
    const auto single = PolicyDecision::fromJsonLine(line(u"a"_s, u"iot:Connect"_s, u"client/a"_s, u"ALLOWED"_s));
    QVERIFY(single && single->allowed());
    QCOMPARE(single->count, 1); // no "count": one decision
}

void TestDecisionLog::keepsOnlyTheClientsRefusals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"decisions.jsonl"_s);
    append(path, line(u"me"_s, u"iot:Connect"_s, u"client/me"_s, u"ALLOWED"_s));
    append(path, line(u"other"_s, u"iot:Publish"_s, u"topic/x"_s, u"IMPLICIT_DENY"_s));
    append(path, line(u"me"_s, u"iot:Publish"_s, u"topic/x"_s, u"EXPLICIT_DENY"_s));
    append(path, line(u"me-too"_s, u"iot:Publish"_s, u"topic/y"_s, u"IMPLICIT_DENY"_s)); // a longer ID, not ours
    append(path, line(u"me"_s, u"iot:Receive"_s, u"topic/z"_s, u"IMPLICIT_DENY"_s, u"2020-01-01T00:00:00.000Z"_s));
    const Sandbox::DecisionLogRead read =
        Sandbox::readDecisionLog(path, 0, 0, u"me"_s, QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC), 1 << 20);
    QCOMPARE(read.refusals.size(), 1); // not: allowed, another client, a similar ID, before `since`
    QCOMPARE(read.refusals.first().resourceName(), u"x"_s);
    QCOMPARE(read.offset, QFile(path).size());
    QVERIFY(read.inode != 0);
    // The next read starts where this one stopped.
    append(path, line(u"me"_s, u"iot:Subscribe"_s, u"topicfilter/#"_s, u"IMPLICIT_DENY"_s));
    const Sandbox::DecisionLogRead next =
        Sandbox::readDecisionLog(path, read.inode, read.offset, u"me"_s, EPOCH, 1 << 20);
    QCOMPARE(next.refusals.size(), 1);
    QCOMPARE(next.refusals.first().action, u"iot:Subscribe"_s);
}

void TestDecisionLog::waitsForAPartialLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"decisions.jsonl"_s);
    const QByteArray whole = line(u"me"_s, u"iot:Publish"_s, u"topic/x"_s, u"IMPLICIT_DENY"_s);
    append(path, whole.left(40));
    const Sandbox::DecisionLogRead first = Sandbox::readDecisionLog(path, 0, 0, u"me"_s, EPOCH, 1 << 20);
    QVERIFY(first.refusals.isEmpty());
    QCOMPARE(first.offset, 0); // the partial line is read again once complete
    append(path, whole.mid(40));
    const Sandbox::DecisionLogRead second =
        Sandbox::readDecisionLog(path, first.inode, first.offset, u"me"_s, EPOCH, 1 << 20);
    QCOMPARE(second.refusals.size(), 1);
}

void TestDecisionLog::followsARotation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"decisions.jsonl"_s);
    append(path, line(u"me"_s, u"iot:Publish"_s, u"topic/one"_s, u"IMPLICIT_DENY"_s));
    const Sandbox::DecisionLogRead first = Sandbox::readDecisionLog(path, 0, 0, u"me"_s, EPOCH, 1 << 20);
    QCOMPARE(first.refusals.size(), 1);
    // Written after our read, then the file moves to .1 (as the Authorizer rotates it) and a new one begins.
    append(path, line(u"me"_s, u"iot:Publish"_s, u"topic/two"_s, u"IMPLICIT_DENY"_s));
    QVERIFY(QFile::rename(path, path + u".1"_s));
    append(path, line(u"me"_s, u"iot:Publish"_s, u"topic/three"_s, u"IMPLICIT_DENY"_s));
    const Sandbox::DecisionLogRead second =
        Sandbox::readDecisionLog(path, first.inode, first.offset, u"me"_s, EPOCH, 1 << 20);
    QCOMPARE(second.refusals.size(), 2);
    QCOMPARE(second.refusals.at(0).resourceName(), u"two"_s);
    QCOMPARE(second.refusals.at(1).resourceName(), u"three"_s);
    QVERIFY(second.inode != first.inode);
}

void TestDecisionLog::floodKeepsTheNewestPart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"decisions.jsonl"_s);
    append(path, QByteArray());
    const Sandbox::DecisionLogRead empty = Sandbox::readDecisionLog(path, 0, 0, u"me"_s, EPOCH, 1 << 20);
    QCOMPARE(empty.offset, 0);
    QByteArray flood;
    for (int i = 0; i < 2000; ++i) {
        flood += line(u"other"_s, u"iot:Receive"_s, u"topic/n/%1"_s.arg(i), u"ALLOWED"_s);
    }
    flood += line(u"me"_s, u"iot:Publish"_s, u"topic/last"_s, u"IMPLICIT_DENY"_s);
    append(path, flood);
    const qint64 cap = 64 * 1024;
    QVERIFY(flood.size() > 4 * cap);
    const Sandbox::DecisionLogRead read = Sandbox::readDecisionLog(path, empty.inode, 0, u"me"_s, EPOCH, cap);
    QCOMPARE(read.refusals.size(), 1); // the newest part holds it; no line is parsed from its middle
    QCOMPARE(read.offset, flood.size());
}

void TestDecisionLog::watcherReportsNewRefusals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"decisions.jsonl"_s);
    append(path, line(u"me"_s, u"iot:Publish"_s, u"topic/old"_s, u"IMPLICIT_DENY"_s, u"2020-01-01T00:00:00.000Z"_s));
    Sandbox::DecisionLogWatcher watcher;
    QSignalSpy refused(&watcher, &Sandbox::DecisionLogWatcher::refused);
    watcher.watch(path, u"me"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    append(path, line(u"me"_s, u"iot:Subscribe"_s, u"topicfilter/#"_s, u"IMPLICIT_DENY"_s, now));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
    QCOMPARE(refused.first().first().value<PolicyDecision>().resourceName(), u"#"_s); // not the old one
    // A new connection's client ID: its refusals, not the previous one's.
    watcher.watch(path, u"next"_s);
    append(path, line(u"me"_s, u"iot:Publish"_s, u"topic/a"_s, u"IMPLICIT_DENY"_s, now));
    append(path,
           line(u"next"_s, u"iot:Connect"_s, u"client/next"_s, u"IMPLICIT_DENY"_s,
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 5000);
    QCOMPARE(refused.last().first().value<PolicyDecision>().clientId, u"next"_s);
    watcher.stop();
    append(path,
           line(u"next"_s, u"iot:Publish"_s, u"topic/b"_s, u"IMPLICIT_DENY"_s,
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    QTest::qWait(3 * Sandbox::DecisionLogWatcher::POLL_INTERVAL_MS); // stopped: nothing more may come
    QCOMPARE(refused.size(), 2);
}

QTEST_GUILESS_MAIN(TestDecisionLog)
#include "TestDecisionLog.moc"
