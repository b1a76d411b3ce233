// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace BenchSupport {

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
    const bool finished = subscriber.waitForFinished(RUN_LIMIT_MS);
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

} // namespace BenchSupport
