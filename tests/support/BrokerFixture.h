// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"
#include "support/TestPkiTool.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <utility>

/// A real mosquitto broker for tests, bound to 127.0.0.1 on free ports, with a generated PKI.
/// A missing mosquitto binary is a test failure (start() returns false with a clear error), never a skip.
///
/// Listeners:
///  - plain:        mqtt://127.0.0.1:plainPort()
///  - mutual TLS:   mqtts://localhost:mtlsPort()      (require_certificate true, cafile = pki().caCert)
///  - server TLS:   mqtts://localhost:tlsPort()       (server certificate only, no client certificate needed)
///  - websockets:   ws://127.0.0.1:wsPort()           (plain websockets)
///  - wrong host:   mqtts://localhost:wrongHostPort() (server cert for "wrong.example")
///  - expired:      mqtts://localhost:expiredPort()   (expired server cert)
/// `user root` is added when running as root. Persistence can be enabled so sessions survive restart().
class BrokerFixture
{
public:
    struct Options
    {
        bool persistence = false;     ///< persistence true + a location in the fixture's temp dir
        QStringList extraConfig;      ///< raw lines appended to the global section of mosquitto.conf
        bool unlimitedQueues = false; ///< max_queued_messages 0 (throughput tests)
        /// User name → password. When set, the broker gets a password_file (made with mosquitto_passwd): anonymous
        /// clients are still let in, but a client that names one of these users must give its password.
        QList<std::pair<QString, QString>> users;
    };

    BrokerFixture();
    ~BrokerFixture(); ///< stops the broker (SIGTERM, then SIGKILL after 3 s)

    /// Generates the PKI (once), picks free ports (once), writes mosquitto.conf and starts mosquitto; returns when
    /// every listener accepts TCP connections (or false after ~10 s with `error()` set, including mosquitto's log).
    bool start(const Options& options);
    /// start() with default Options. (An overload, not `= {}`: GCC 12 rejects a default argument of a nested type
    /// with default member initializers inside the enclosing class.)
    bool start();
    /// Graceful stop (SIGTERM; mosquitto saves persistence), waits for exit.
    void stop();
    /// Hard kill (SIGKILL), waits for exit.
    void kill();
    /// Starts again on the same ports with the same config and PKI.
    bool restart();
    bool isRunning() const;
    /// The broker's process id (0 when not running), e.g. for benchmarks that account for its CPU time.
    qint64 processId() const;

    QString error() const { return m_error; }
    /// The broker's log file content (log_dest file), for diagnostics.
    QString log() const;

    const TestPki& pki() const { return m_pki; }
    QString dir() const; ///< the temporary folder holding config, PKI, log and persistence

    quint16 plainPort() const { return m_plainPort; }
    quint16 mtlsPort() const { return m_mtlsPort; }
    quint16 tlsPort() const { return m_tlsPort; }
    quint16 wsPort() const { return m_wsPort; }
    quint16 wrongHostPort() const { return m_wrongHostPort; }
    quint16 expiredPort() const { return m_expiredPort; }

    QString plainUrl() const; ///< "mqtt://127.0.0.1:<plainPort>"
    QString mtlsUrl() const;  ///< "mqtts://localhost:<mtlsPort>"
    QString tlsUrl() const;   ///< "mqtts://localhost:<tlsPort>"
    QString wsUrl() const;    ///< "ws://127.0.0.1:<wsPort>"
    /// Options for the mutual-TLS listener: mtlsUrl() with the fixture's CA, client certificate and key.
    ConnectionOptions mtlsOptions() const;

    /// A TCP port that was free a moment ago on 127.0.0.1.
    static quint16 freePort();

private:
    bool writeConfig();
    bool writePasswordFile(const QString& path);
    /// One attempt: starts mosquitto and waits for every listener. Sets m_error, and m_portBusy when mosquitto
    /// exited because a port was taken (worth retrying, unlike a config error or a timeout).
    bool launch();
    bool launchWithRetries(bool mayPickNewPorts);
    void pickPorts();
    QList<quint16> ports() const;
    /// SIGTERM, then SIGKILL once `graceMs` have passed.
    void stopProcess(int graceMs);
    QString diagnostics() const;

    bool m_portBusy = false;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    TestPki m_pki;
    bool m_pkiReady = false;
    Options m_options;
    QString m_error;
    quint16 m_plainPort = 0;
    quint16 m_mtlsPort = 0;
    quint16 m_tlsPort = 0;
    quint16 m_wsPort = 0;
    quint16 m_wrongHostPort = 0;
    quint16 m_expiredPort = 0;
};
