// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sandbox/LocalBroker.h"

#include <QString>
#include <QStringList>

#include <utility>

// LocalBroker's preparation step, private to lib/sandbox: plain functions that do file I/O and socket probes, run on
// a worker thread (QtConcurrent) so the owner thread never waits for the disk.

namespace Sandbox {

/// Everything needed to launch mosquitto once.
struct BrokerLaunch
{
    QString program;    ///< the mosquitto executable
    QString configFile; ///< <dir>/mosquitto.conf, written
    quint16 port = 0;
    quint16 tlsPort = 0;
    QStringList warnings; ///< translated, e.g. a port in use that was replaced
};

/// Worker thread. Checks `config`, finds mosquitto, chooses the ports, writes <dir>/broker.json (the ports, for the
/// next run) and <dir>/mosquitto.conf, and moves a log larger than a few MiB to mosquitto.log.1.
///
/// Ports: `preferredPort` (0: the one in broker.json, else any free one) when it can be bound on 127.0.0.1, else a
/// free one chosen by the OS, with a warning naming both. Same for the TLS listener; the two always differ.
Result<BrokerLaunch> prepareBrokerLaunch(const BrokerConfig& config, quint16 preferredPort, quint16 preferredTlsPort);

/// The ports recorded in <dir>/broker.json by the last launch, read only (nothing is set aside; for another
/// process). Errors: `sandbox_not_found` (no file), `invalid_sandbox_file`, FileIo's read errors.
Result<std::pair<quint16, quint16>> readSavedPorts(const QString& dir);

/// The text of mosquitto.conf for `config` and the chosen ports. `runAsRoot` adds `user root` (as root, mosquitto
/// otherwise switches to the user "mosquitto" before reading the key file, which it then cannot read).
QString mosquittoConfig(const BrokerConfig& config, quint16 port, quint16 tlsPort, bool runAsRoot);

/// The last `maxLines` non-empty lines of the file at `path` from byte `from` on (at most the last 16 KiB).
QString fileTail(const QString& path, qint64 from, int maxLines);

/// The file names inside BrokerConfig::dir.
inline QString configFileName()
{
    return QStringLiteral("mosquitto.conf");
}
inline QString logFileName()
{
    return QStringLiteral("mosquitto.log");
}

} // namespace Sandbox
