// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

double clockSeconds(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// utime + stime of a process, from /proc/<pid>/stat (fields 14 and 15, after the parenthesised name).
double processSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

namespace BenchSupport {

CpuAccount::CpuAccount(qint64 otherPid)
    : m_otherPid(otherPid)
    , m_start(sample())
{ }

CpuAccount::Sample CpuAccount::sample() const
{
    Sample s;
    QFile stat(u"/proc/stat"_s);
    if (stat.open(QIODevice::ReadOnly)) {
        // "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks.
        const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
        const double tick = double(sysconf(_SC_CLK_TCK));
        for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
            const double seconds = double(fields.at(i).toLongLong()) / tick;
            s.machineTotalSeconds += seconds;
            s.machineBusySeconds += (i == 4 || i == 5) ? 0 : seconds; // idle and iowait are not busy
        }
    }
    s.other = processSeconds(m_otherPid);
    s.process = clockSeconds(CLOCK_PROCESS_CPUTIME_ID);
    s.thread = clockSeconds(CLOCK_THREAD_CPUTIME_ID);
    return s;
}

double CpuAccount::machineBusy() const
{
    const Sample now = sample();
    const double total = now.machineTotalSeconds - m_start.machineTotalSeconds;
    return total > 0 ? (now.machineBusySeconds - m_start.machineBusySeconds) / total : 0;
}

QString CpuAccount::summary(const QString& otherName) const
{
    const Sample now = sample();
    return u"machine busy %1% of %2 cores; %3 %4 s, this process %5 s (this thread %6 s)"_s
        .arg(machineBusy() * 100, 0, 'f', 0)
        .arg(QThread::idealThreadCount())
        .arg(otherName)
        .arg(now.other - m_start.other, 0, 'f', 2)
        .arg(now.process - m_start.process, 0, 'f', 2)
        .arg(now.thread - m_start.thread, 0, 'f', 2);
}

bool shortRun()
{
    static const bool isShort = qEnvironmentVariableIntValue("THINGBENCH_BENCH_SHORT") != 0;
    return isShort;
}

qint64 scaled(qint64 full, qint64 small)
{
    return shortRun() ? small : full;
}

int runLimitMs()
{
    return int(scaled(180'000, 60'000));
}

bool verdict(const char* name, const QString& figure, const QString& target, bool met, Judged judged)
{
    const bool counts = judged == Judged::Always || !shortRun();
    const char* outcome = met ? "PASS" : (counts ? "FAIL" : "FAIL (short run: timing not judged)");
    std::printf("%s: %s (target %s) %s\n", name, qPrintable(figure), qPrintable(target), outcome);
    std::fflush(stdout);
    return met || !counts;
}

bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    poll.start(2);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

QString writeMessages(const QString& dir, qint64 count)
{
    // Line i: a 10-digit sequence number, then filler, 100 bytes in all (mosquitto_pub -l strips the newline).
    const QString path = dir + u"/messages.txt"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray line(PAYLOAD_BYTES + 1, 'x');
    line[PAYLOAD_BYTES] = '\n';
    QByteArray chunk;
    chunk.reserve(1 << 20);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(10, '0');
        std::copy(number.begin(), number.end(), line.begin());
        chunk += line;
        if (chunk.size() > (1 << 20) - PAYLOAD_BYTES * 2) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

QProcess* startPublisher(quint16 port, const QString& messagesFile, QObject* parent)
{
    auto* publisher = new QProcess(parent);
    publisher->setStandardInputFile(messagesFile);
    publisher->setStandardOutputFile(QProcess::nullDevice());
    publisher->start(
        QStringLiteral(MOSQUITTO_PUB_EXECUTABLE),
        {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-t"_s, u"bench/flood"_s, u"-q"_s, u"0"_s, u"-l"_s});
    return publisher;
}

bool publishAll(quint16 port, const QString& messagesFile)
{
    QProcess* publisher = startPublisher(port, messagesFile, nullptr);
    const bool done = publisher->waitForFinished(runLimitMs()) && publisher->exitStatus() == QProcess::NormalExit &&
        publisher->exitCode() == 0;
    if (publisher->state() != QProcess::NotRunning) {
        publisher->kill();
        publisher->waitForFinished();
    }
    delete publisher;
    return done;
}

Run runReference(quint16 port, const QString& messagesFile, qint64 count)
{
    Run run;
    QProcess subscriber;
    subscriber.setStandardOutputFile(QProcess::nullDevice());
    subscriber.start(QStringLiteral(MOSQUITTO_SUB_EXECUTABLE),
                     {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-t"_s, u"bench/#"_s, u"-q"_s, u"0"_s,
                      u"-C"_s, QString::number(count)});
    if (!subscriber.waitForStarted()) {
        return run;
    }
    // mosquitto_sub gives no readiness signal on a pipe; half a second is ample on loopback.
    QThread::msleep(500);
    QElapsedTimer timer;
    timer.start();
    QProcess* publisher = startPublisher(port, messagesFile, nullptr);
    const bool finished = subscriber.waitForFinished(runLimitMs());
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    publisher->waitForFinished(10000);
    delete publisher;
    if (!finished) {
        subscriber.kill();
        subscriber.waitForFinished();
        return run;
    }
    run.received = subscriber.exitCode() == 0 ? count : 0;
    run.ok = subscriber.exitCode() == 0;
    return run;
}

qint64 sequenceOf(const QByteArray& payload, qint64 count)
{
    if (payload.size() != PAYLOAD_BYTES) {
        return -1;
    }
    bool ok = false;
    const qint64 sequence = payload.left(10).toLongLong(&ok);
    return ok && sequence >= 0 && sequence < count ? sequence : -1;
}

QByteArray bigShadowUpdate(int variant)
{
    QByteArray desired;
    QByteArray reported;
    for (int i = 0; i < 40; ++i) {
        const QByteArray key = "\"sensor_" + QByteArray::number(i) + "\":";
        const QByteArray value = R"({"value":)" + QByteArray::number(i * 1.5 + variant, 'g', 10) +
            R"(,"unit":"celsius","limits":[-40,125],"enabled":true,"id":)" + QByteArray::number(1000000 + i) + '}';
        desired += (i ? "," : "") + key + value;
        reported += (i ? "," : "") + key + value;
    }
    return R"({"state":{"desired":{)" + desired + R"(},"reported":{)" + reported + "}}}";
}

LatenessProbe::LatenessProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(INTERVAL_MS);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        m_lateness.push_back(std::max(0.0, double(m_tick.nsecsElapsed()) / 1e6 - INTERVAL_MS));
        m_tick.restart();
    });
}

void LatenessProbe::start()
{
    m_lateness.clear();
    m_tick.start();
    m_timer.start();
}

void LatenessProbe::stop()
{
    m_timer.stop();
}

double LatenessProbe::percentile(double p) const
{
    return BenchSupport::percentile(m_lateness, p);
}

} // namespace BenchSupport
