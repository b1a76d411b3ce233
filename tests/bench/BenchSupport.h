// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

/// Shared pieces of the ingest benchmarks: the message file, the publisher (mosquitto_pub -l) and the reference
/// subscriber (mosquitto_sub) on the same broker.
namespace BenchSupport {

inline constexpr int PAYLOAD_BYTES = 100;
inline constexpr int RUN_LIMIT_MS = 180000; // every run stops by itself

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
/// mosquitto_sub -C count on "bench/#": seconds from the publisher's start until it has every message.
Run runReference(quint16 port, const QString& messagesFile, qint64 count);
/// The sequence number a benchmark payload carries, or -1.
qint64 sequenceOf(const QByteArray& payload, qint64 count);

} // namespace BenchSupport
