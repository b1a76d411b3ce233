// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

const QString CLI = QStringLiteral(THINGBENCH_CLI_EXECUTABLE);
constexpr int WAIT_MS = 30000;

bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

/// Splits a printed command line into words the way sh does for what the sandbox prints: plain words and
/// single-quoted parts (with '\'' for a quote inside).
QStringList shellWords(const QString& line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\'') {
            qsizetype end = line.indexOf(u'\'', i + 1);
            if (end < 0) { // not a command line (prose such as "the sandbox's"): take the rest as it is
                end = line.size();
            }
            word += line.mid(i + 1, end - i - 1);
            i = end;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord) {
                words << word;
            }
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord) {
        words << word;
    }
    return words;
}

/// `thingbench-cli sandbox` as a child process, with what it printed.
struct SandboxRun
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString out;
    QString err;

    void start(const QStringList& arguments, const QProcessEnvironment& environment = {})
    {
        if (!environment.isEmpty()) {
            process->setProcessEnvironment(environment);
        }
        process->start(CLI, QStringList{u"sandbox"_s} + arguments);
    }
    void read()
    {
        out += QString::fromUtf8(process->readAllStandardOutput());
        err += QString::fromUtf8(process->readAllStandardError());
    }
    /// Waits for the line "ready" (false when the process ends or the time is up first).
    bool waitForReady()
    {
        return QTest::qWaitFor(
                   [this] {
                       read();
                       return out.split(u'\n').contains(u"ready"_s) || process->state() == QProcess::NotRunning;
                   },
                   WAIT_MS) &&
            out.split(u'\n').contains(u"ready"_s);
    }
    /// Waits for the end; the exit code, or -1 after a crash or the timeout.
    int waitForExit()
    {
        if (!process->waitForFinished(WAIT_MS)) {
            process->kill();
            process->waitForFinished();
            return -1;
        }
        read();
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }
    /// The printed command lines whose second word is `command` ("sub" or "pub"), as words.
    QList<QStringList> commands(const QString& command) const
    {
        QList<QStringList> found;
        for (const QString& line : out.split(u'\n')) {
            const QStringList words = shellWords(line);
            if (words.size() > 2 && words.at(1) == command) {
                found << words;
            }
        }
        return found;
    }
    qint64 brokerPid() const
    {
        static const QRegularExpression pid(u"pid (\\d+)"_s);
        return pid.match(out).captured(1).toLongLong();
    }
};

/// Runs a printed command (plus `extra` arguments) to its end; its exit code.
int runCommand(const QStringList& words, QString* output = nullptr)
{
    QProcess process;
    process.start(words.first(), words.mid(1));
    if (!process.waitForFinished(WAIT_MS)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output) {
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

/// Starts a printed `sub` command; waits until its output contains `expected`.
bool subscriberSees(QProcess& subscriber, QString* output, const QString& expected)
{
    return QTest::qWaitFor(
               [&] {
                   *output += QString::fromUtf8(subscriber.readAllStandardOutput());
                   return output->contains(expected) || subscriber.state() == QProcess::NotRunning;
               },
               WAIT_MS) &&
        output->contains(expected);
}

} // namespace

/// `thingbench-cli sandbox` against DESIGN.md §3: the printed lines work as printed, SIGTERM and SIGINT stop it with
/// exit 0 and no process left, and bad options are refused clearly.
class TestCliSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printedLinesWorkAndSigtermStopsIt();
    void sigintStopsItAndRemovesTheTemporaryFolder();
    void killedCliTakesTheBrokerWithItAndTheFolderIsReusable();
    void badOptionsAreUsageErrors();
    void missingMosquittoExitsWithInstallHint();
};

void TestCliSandbox::printedLinesWorkAndSigtermStopsIt()
{
    QTemporaryDir dir;
    const QString sandboxDir = dir.filePath(u"sandbox"_s);
    SandboxRun sandbox;
    sandbox.start({u"--dir"_s, sandboxDir});
    QVERIFY2(sandbox.waitForReady(), qPrintable(sandbox.out + sandbox.err));
    const qint64 pid = sandbox.brokerPid();
    QVERIFY2(processExists(pid), qPrintable(sandbox.out));
    const QList<QStringList> subs = sandbox.commands(u"sub"_s);
    const QList<QStringList> pubs = sandbox.commands(u"pub"_s);
    QCOMPARE(subs.size(), 3); // plain, mutual TLS, then WebSocket with SigV4
    QCOMPARE(pubs.size(), 2);
    QVERIFY(subs.at(0).at(3).startsWith(u"mqtt://127.0.0.1:"_s));
    QVERIFY(subs.at(1).at(3).startsWith(u"mqtts://127.0.0.1:"_s));
    // The AWS endpoints besides MQTT over mutual TLS, and the IAM user that signs for the WebSocket one.
    QVERIFY2(QRegularExpression(u"WebSocket +wss://127\\.0\\.0\\.1:\\d+/mqtt \\(SigV4, region us-east-1\\)"_s)
                 .match(sandbox.out)
                 .hasMatch(),
             qPrintable(sandbox.out));
    QVERIFY2(QFileInfo(sandboxDir + u"/aws-credentials"_s).permissions() ==
                 (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
             qPrintable(sandbox.out));
    QVERIFY2(!sandbox.out.contains(u"aws_secret_access_key"_s),
             qPrintable(sandbox.out)); // the secret stays in the file

    // Plain: the printed sub gets the retained welcome at once (so it is subscribed), then the printed pub's message.
    QProcess plainSub;
    plainSub.start(subs.at(0).first(), subs.at(0).mid(1));
    QString plainOutput;
    QVERIFY2(subscriberSees(plainSub, &plainOutput, u"sandbox/welcome "_s), qPrintable(plainOutput));
    QString pubOutput;
    QCOMPARE(runCommand(pubs.at(0), &pubOutput), 0);
    QVERIFY2(subscriberSees(plainSub, &plainOutput, u"sandbox/hello Hello, sandbox"_s), qPrintable(plainOutput));
    // The printed HTTPS publish (the data plane, with the console certificate) reaches MQTT subscribers.
    const QList<QStringList> https = sandbox.commands(u"http"_s);
    QCOMPARE(https.size(), 1);
    QCOMPARE(runCommand(https.at(0), &pubOutput), 0);
    QVERIFY2(pubOutput.contains(u"\"message\":\"OK\""_s), qPrintable(pubOutput));
    QVERIFY2(subscriberSees(plainSub, &plainOutput, u"sandbox/hello Hello over HTTPS"_s), qPrintable(plainOutput));
    plainSub.kill();
    plainSub.waitForFinished();

    // Mutual TLS with the printed certificate: the printed pub sets desired led on, the sample device follows.
    QProcess tlsSub;
    tlsSub.start(subs.at(1).first(), subs.at(1).mid(1) + QStringList{u"-t"_s, u"sandbox/welcome"_s});
    QString tlsOutput;
    QVERIFY2(subscriberSees(tlsSub, &tlsOutput, u"sandbox/welcome "_s), qPrintable(tlsOutput));
    QCOMPARE(runCommand(pubs.at(1), &pubOutput), 0);
    QVERIFY2(subscriberSees(tlsSub, &tlsOutput, uR"("state":{"reported":{"led":"on"}})"_s), qPrintable(tlsOutput));
    tlsSub.kill();
    tlsSub.waitForFinished();

    // MQTT over WebSocket, signed with the IAM user of the printed credentials file (the printed export).
    static const QRegularExpression exportLine(u"export AWS_SHARED_CREDENTIALS_FILE=(\\S+)"_s);
    const QString credentialsFile = exportLine.match(sandbox.out).captured(1);
    QCOMPARE(credentialsFile, sandboxDir + u"/aws-credentials"_s);
    QProcess webSocketSub;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, credentialsFile);
    for (const QString& name : {u"AWS_ACCESS_KEY_ID"_s, u"AWS_SECRET_ACCESS_KEY"_s, u"AWS_PROFILE"_s}) {
        environment.remove(name);
    }
    webSocketSub.setProcessEnvironment(environment);
    webSocketSub.start(subs.at(2).first(), subs.at(2).mid(1));
    QString webSocketOutput;
    QVERIFY2(subscriberSees(webSocketSub, &webSocketOutput, u"sandbox/welcome "_s),
             qPrintable(webSocketOutput + QString::fromUtf8(webSocketSub.readAllStandardError())));
    webSocketSub.kill();
    webSocketSub.waitForFinished();

    QCOMPARE(::kill(pid_t(sandbox.process->processId()), SIGTERM), 0);
    QCOMPARE(sandbox.waitForExit(), 0);
    QVERIFY(!processExists(pid));
    QVERIFY(QFileInfo::exists(sandboxDir + u"/sandbox.json"_s)); // --dir keeps the sandbox
    QVERIFY(QFileInfo::exists(sandboxDir + u"/shadows.json"_s));
}

void TestCliSandbox::sigintStopsItAndRemovesTheTemporaryFolder()
{
    SandboxRun sandbox;
    sandbox.start({u"--no-sample"_s, u"--thing"_s, u"cli-thing"_s});
    QVERIFY2(sandbox.waitForReady(), qPrintable(sandbox.out + sandbox.err));
    static const QRegularExpression folder(u"folder (\\S+) \\(temporary"_s);
    const QString path = folder.match(sandbox.out).captured(1);
    QVERIFY2(QFileInfo(path).isDir(), qPrintable(sandbox.out));
    QVERIFY(sandbox.out.contains(u"$aws/things/cli-thing/shadow/#"_s));
    const qint64 pid = sandbox.brokerPid();
    QVERIFY(processExists(pid));
    QCOMPARE(::kill(pid_t(sandbox.process->processId()), SIGINT), 0);
    QCOMPARE(sandbox.waitForExit(), 0);
    QVERIFY(!processExists(pid));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliSandbox::killedCliTakesTheBrokerWithItAndTheFolderIsReusable()
{
    QTemporaryDir dir;
    const QStringList arguments{u"--dir"_s, dir.path(), u"--no-sample"_s};
    SandboxRun crashed;
    crashed.start(arguments);
    QVERIFY2(crashed.waitForReady(), qPrintable(crashed.out + crashed.err));
    const qint64 pid = crashed.brokerPid();
    QVERIFY(processExists(pid));
    // No handler runs on SIGKILL: the kernel's parent-death signal alone stops mosquitto.
    QCOMPARE(::kill(pid_t(crashed.process->processId()), SIGKILL), 0);
    QCOMPARE(crashed.waitForExit(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), WAIT_MS);

    // The lock it left is stale (its process is gone): a new sandbox takes the folder over, on the same ports.
    SandboxRun next;
    next.start(arguments);
    QVERIFY2(next.waitForReady(), qPrintable(next.out + next.err));
    static const QRegularExpression plainUrl(u"mqtt://127\\.0\\.0\\.1:\\d+"_s);
    QCOMPARE(plainUrl.match(next.out).captured(), plainUrl.match(crashed.out).captured());
    QCOMPARE(::kill(pid_t(next.process->processId()), SIGTERM), 0);
    QCOMPARE(next.waitForExit(), 0);
    QVERIFY(!processExists(next.brokerPid()));
}

void TestCliSandbox::badOptionsAreUsageErrors()
{
    const QList<QStringList> cases = {
        {u"--port"_s, u"0"_s},
        {u"--tls-port"_s, u"70000"_s},
        {u"--port"_s, u"4000"_s, u"--tls-port"_s, u"4000"_s},
        {u"--http-port"_s, u"4000"_s, u"--ws-port"_s, u"4000"_s},
        {u"--ws-port"_s, u"0"_s},
        {u"--http-port"_s, u"x"_s},
        {u"--thing"_s, u"not a thing"_s},
        {u"--bogus"_s},
        {u"extra"_s},
    };
    for (const QStringList& arguments : cases) {
        SandboxRun sandbox;
        sandbox.start(arguments);
        QCOMPARE(sandbox.waitForExit(), 2);
        QVERIFY2(sandbox.err.startsWith(u"thingbench-cli: "_s), qPrintable(sandbox.err));
        QVERIFY2(!sandbox.out.contains(u"ready"_s), qPrintable(arguments.join(u' ')));
    }
}

void TestCliSandbox::missingMosquittoExitsWithInstallHint()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"THINGBENCH_MOSQUITTO"_s, u"/nonexistent/mosquitto"_s);
    SandboxRun sandbox;
    sandbox.start({}, environment);
    QCOMPARE(sandbox.waitForExit(), 1);
    QVERIFY2(sandbox.err.startsWith(u"thingbench-cli: "_s), qPrintable(sandbox.err));
    QVERIFY2(sandbox.err.contains(u"sudo apt install mosquitto"_s), qPrintable(sandbox.err));
}

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "TestCliSandbox.moc"
