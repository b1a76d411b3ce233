// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/MqttSession.h"
#include "sandbox/SandboxProcess.h"
#include "support/TestPrinters.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 20000;

/// Running (a zombie whose parent died and that nobody reaped yet has ended: it holds no port and no file).
bool processExists(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName > 0 && line.mid(afterName + 2, 1) != "Z";
}

} // namespace

/// The app's sandbox (issue 10): `thingbench-cli sandbox --events` as a child process. Its events arrive, a client
/// connects over mutual TLS with what ready() gave, a child or broker that dies is restarted and said, stop() leaves
/// no process, and what cannot start says why.
class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startsConnectsAndStops();
    void childThatDiesIsRestarted();
    void brokerThatDiesIsRestartedAndSaid();
    void missingMosquittoIsExplained();
    void missingCliIsExplained();

private:
    /// A SandboxProcess on m_dir with the CLI just built.
    std::unique_ptr<Sandbox::SandboxProcess> make(const QString& mosquitto = {});
    bool startAndWait(Sandbox::SandboxProcess& sandbox);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSandboxProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Sandbox::SandboxProcess> TestSandboxProcess::make(const QString& mosquitto)
{
    auto sandbox = std::make_unique<Sandbox::SandboxProcess>();
    Sandbox::SandboxOptions options;
    options.dir = m_dir->filePath(u"sandbox"_s);
    options.mosquittoPath = mosquitto;
    sandbox->setOptions(options);
    sandbox->setCliPath(QStringLiteral(THINGBENCH_CLI_EXECUTABLE));
    return sandbox;
}

bool TestSandboxProcess::startAndWait(Sandbox::SandboxProcess& sandbox)
{
    QSignalSpy ready(&sandbox, &Sandbox::SandboxProcess::ready);
    sandbox.start();
    return ready.wait(WAIT_MS);
}

void TestSandboxProcess::startsConnectsAndStops()
{
    auto sandbox = make();
    QVERIFY(startAndWait(*sandbox));
    QCOMPARE(sandbox->state(), Sandbox::Sandbox::State::Running);
    const Sandbox::SandboxInfo info = sandbox->info();
    QVERIFY(info.tlsPort > 0 && info.port > 0 && info.port != info.tlsPort);
    QCOMPARE(info.thingName, u"sample-thing"_s);
    QVERIFY(processExists(info.brokerProcessId));
    QVERIFY(processExists(sandbox->processId()));

    // The app's client connects over mutual TLS with what ready() said, and gets the retained welcome at once.
    MqttSession session;
    QList<MqttMessage> received;
    connect(&session, &MqttSession::messagesReceived, &session,
            [&received](const QList<MqttMessage>& batch) { received += batch; });
    QElapsedTimer connecting;
    connecting.start();
    QVERIFY(session.connectToBroker(sandbox->connectionOptions(true)));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Connected, WAIT_MS);
    // With the sandbox's own connections in another process, Paho connects at once (no 1 s socket poll wait).
    QVERIFY2(connecting.elapsed() < 900, qPrintable(u"connect took %1 ms"_s.arg(connecting.elapsed())));
    session.subscribe(u"sandbox/#"_s, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), WAIT_MS);
    QCOMPARE(received.first().topic, u"sandbox/welcome"_s);
    QVERIFY(received.first().retained);
    session.disconnectFromBroker();

    const qint64 child = sandbox->processId();
    QSignalSpy stopped(sandbox.get(), &Sandbox::SandboxProcess::stopped);
    sandbox->stop();
    QVERIFY(stopped.wait(WAIT_MS));
    QCOMPARE(sandbox->state(), Sandbox::Sandbox::State::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(info.brokerProcessId), 5000);
    QVERIFY(!processExists(child));
}

void TestSandboxProcess::childThatDiesIsRestarted()
{
    auto sandbox = make();
    QVERIFY(startAndWait(*sandbox));
    const Sandbox::SandboxInfo before = sandbox->info();
    QSignalSpy restarted(sandbox.get(), &Sandbox::SandboxProcess::restarted);
    QSignalSpy ready(sandbox.get(), &Sandbox::SandboxProcess::ready);
    ::kill(pid_t(sandbox->processId()), SIGKILL); // the child crashes: mosquitto goes with it (parent-death signal)
    QVERIFY(restarted.wait(WAIT_MS));
    QVERIFY2(restarted.first().at(0).toString().contains(u"crashed"_s), qPrintable(restarted.first().at(0).toString()));
    QVERIFY(ready.wait(WAIT_MS));
    QCOMPARE(sandbox->info().tlsPort, before.tlsPort); // the same URLs as before
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(before.brokerProcessId), 5000);
    QVERIFY(processExists(sandbox->info().brokerProcessId));
}

void TestSandboxProcess::brokerThatDiesIsRestartedAndSaid()
{
    auto sandbox = make();
    QVERIFY(startAndWait(*sandbox));
    const qint64 broker = sandbox->info().brokerProcessId;
    QSignalSpy restarted(sandbox.get(), &Sandbox::SandboxProcess::restarted);
    ::kill(pid_t(broker), SIGKILL);
    QVERIFY(restarted.wait(WAIT_MS));
    QVERIFY2(restarted.first().at(0).toString().contains(u"SIGKILL"_s), qPrintable(restarted.first().at(0).toString()));
    QCOMPARE(sandbox->state(),
             Sandbox::Sandbox::State::Running); // the child restarted mosquitto; it did not end itself
    QVERIFY(sandbox->info().brokerProcessId != broker);
    QVERIFY(processExists(sandbox->info().brokerProcessId));
}

void TestSandboxProcess::missingMosquittoIsExplained()
{
    auto sandbox = make(m_dir->filePath(u"no/mosquitto"_s));
    QSignalSpy failed(sandbox.get(), &Sandbox::SandboxProcess::failed);
    QSignalSpy stopped(sandbox.get(), &Sandbox::SandboxProcess::stopped);
    sandbox->start();
    QVERIFY(stopped.wait(WAIT_MS));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"mosquitto_missing"_s);
    QVERIFY(failed.first().at(1).toString().contains(u"apt install mosquitto"_s));
    QCOMPARE(sandbox->state(), Sandbox::Sandbox::State::Failed);
}

void TestSandboxProcess::missingCliIsExplained()
{
    auto sandbox = make();
    sandbox->setCliPath(m_dir->filePath(u"no/thingbench-cli"_s));
    QSignalSpy failed(sandbox.get(), &Sandbox::SandboxProcess::failed);
    sandbox->start();
    QVERIFY(failed.wait(WAIT_MS));
    QVERIFY(failed.first().at(1).toString().contains(u"THINGBENCH_CLI"_s));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "TestSandboxProcess.moc"
