// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <functional>
#include <vector>

/// Shared pieces of the benchmarks: verdicts against the DESIGN.md §5 targets, short runs, the message file, the
/// publisher (mosquitto_pub -l) and the reference subscriber (mosquitto_sub) on the same broker.
namespace BenchSupport {

inline constexpr int PAYLOAD_BYTES = 100;

/// A short run (environment THINGBENCH_BENCH_SHORT=1, as in CI): small counts that prove each benchmark still runs
/// and reports. Its timing figures are noise-dominated on a shared 2-core machine, so they are printed against
/// their targets but not judged; correctness (loss, completeness) and memory are judged in every run.
bool shortRun();
/// `full` normally, `small` in a short run.
qint64 scaled(qint64 full, qint64 small);
/// How long one measured run may take before it stops by itself: 180 s, 60 s in a short run.
int runLimitMs();

enum class Judged {
    Always,         ///< loss, completeness, memory: deterministic, a miss fails every run
    InFullRunsOnly, ///< timing: a miss fails the full run (packaging/setup.sh bench) only
};
/// Prints "<name>: <figure> (target <target>) PASS|FAIL" (a miss in a short run that is not judged says so) and
/// returns false when the run must fail.
bool verdict(const char* name, const QString& figure, const QString& target, bool met,
             Judged judged = Judged::InFullRunsOnly);
/// Runs the event loop (without the 10 ms naps of QTest::qWaitFor, which would throttle a flood) until `done` is
/// true or `timeoutMs` have passed; returns `done()`.
bool runUntil(const std::function<bool()>& done, int timeoutMs);
/// The `p` quantile (0..1) of `values`; 0 when empty.
double percentile(std::vector<double> values, double p);

/// Event-loop responsiveness: how late a 10 ms timer on this thread fires while measured work runs. start() before
/// the work, stop() after; each sample is how many milliseconds a tick came after it was due.
class LatenessProbe
{
public:
    static constexpr int INTERVAL_MS = 10;

    LatenessProbe();
    void start();
    void stop();
    /// The `p` quantile (0..1) of the samples, in milliseconds.
    double percentile(double p) const;

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    std::vector<double> m_lateness;
};

/// Where the CPU went during a measured region (Linux /proc): the whole machine, one other process (the broker),
/// this process and its calling thread. A capacity run on a small machine is bound by CPU once `machineBusy` nears
/// 1: every cycle one of our threads takes is then a cycle the broker and Paho's receiving thread do not get.
class CpuAccount
{
public:
    explicit CpuAccount(qint64 otherPid); ///< starts counting
    /// "machine busy 97% of 2 cores; broker 1.52 s, this process 1.10 s (this thread 0.41 s)" since construction.
    QString summary(const QString& otherName) const;
    double machineBusy() const; ///< 0..1 of all cores since construction

private:
    struct Sample
    {
        double machineBusySeconds = 0;
        double machineTotalSeconds = 0;
        double other = 0;
        double process = 0;
        double thread = 0;
    };
    Sample sample() const;
    qint64 m_otherPid;
    Sample m_start;
};

struct Run
{
    double seconds = 0;
    qint64 received = 0;
    quint64 dropped = 0;
    qint64 missing = 0;
    qint64 duplicates = 0;
    qint64 malformed = 0;
    bool ok = false;
};

/// Writes `count` lines of PAYLOAD_BYTES bytes (a 10-digit sequence number, then filler) to DIR/messages.txt.
QString writeMessages(const QString& dir, qint64 count);
/// Starts mosquitto_pub -l on topic "bench/flood" reading the file.
QProcess* startPublisher(quint16 port, const QString& messagesFile, QObject* parent);
/// Runs the publisher to its end (bounded): true when it sent the whole file.
bool publishAll(quint16 port, const QString& messagesFile);
/// mosquitto_sub -C count on "bench/#": seconds from the publisher's start until it has every message.
Run runReference(quint16 port, const QString& messagesFile, qint64 count);
/// A shadow update of ~8 KB (the AWS limit): 40 desired and 40 reported keys with nested objects, arrays and numbers
/// of every kind, `{"state":{"desired":{…},"reported":{…}}}`; `variant` shifts the values.
QByteArray bigShadowUpdate(int variant);
/// The sequence number a benchmark payload carries, or -1.
qint64 sequenceOf(const QByteArray& payload, qint64 count);

} // namespace BenchSupport
