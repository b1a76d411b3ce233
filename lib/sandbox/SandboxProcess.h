// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace Sandbox {

/// The local sandbox for the app: `thingbench-cli sandbox --events` as a child process, which runs mosquitto, the
/// shadow service and the sample device. Running them in their own process keeps the app's process to its one Paho
/// connection: Paho C 1.3 looks at its sockets once a second, so a second connection in the same process waits up to a
/// second to connect (paho.mqtt.c issue 1039) — the user's first connection to the sandbox would be late by that much.
/// It also keeps the sandbox's traffic off the app's receiving thread.
///
/// The child dies with the app (PR_SET_PDEATHSIG), and mosquitto with the child. When the child ends unexpectedly
/// it is restarted (at most MAX_RESTARTS a minute, then failed()), and the user is told (restarted()).
///
/// Owner (GUI) thread only.
class SandboxProcess final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MAX_RESTARTS = 5;
    static constexpr int RESTART_WINDOW_MS = 60'000;
    static constexpr int STOP_GRACE_MS = 5'000;

    explicit SandboxProcess(QObject* parent = nullptr);
    ~SandboxProcess() override; ///< stops the child (it stops mosquitto) and waits briefly
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    /// `dir` must be set (the app's sandbox folder); mosquittoPath is passed on as THINGBENCH_MOSQUITTO.
    void setOptions(const SandboxOptions& options) { m_options = options; }
    /// thingbench-cli: empty finds it (THINGBENCH_CLI, beside this program, the build tree, PATH).
    void setCliPath(const QString& path) { m_cliPath = path; }
    static QString findCli();

    void start();
    void stop();
    Sandbox::State state() const { return m_state; }
    /// Valid after ready().
    SandboxInfo info() const { return m_info; }
    /// Ready-to-use options for the plain or the mutual-TLS listener (see Sandbox::connectionOptions()).
    ConnectionOptions connectionOptions(bool mutualTls) const;
    qint64 processId() const { return m_process.processId(); }

Q_SIGNALS:
    void stateChanged(Sandbox::State state);
    void ready();
    void failed(const QString& code, const QString& message);
    /// The broker or the whole sandbox process stopped unexpectedly and was restarted; `reason` says why.
    void restarted(const QString& reason);
    void notice(const QString& message);
    /// Nothing runs any more (after stop(), or after a failure).
    void stopped();

private:
    void launch();
    void onOutput();
    void onEvent(const QJsonObject& event);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void setState(Sandbox::State state);

    SandboxOptions m_options;
    QString m_cliPath;
    QProcess m_process;
    QByteArray m_pending; ///< stdout not yet split into lines
    QString m_lastError;  ///< the child's last "failed" event, for the message when it ends
    QString m_lastErrorCode;
    SandboxInfo m_info;
    Sandbox::State m_state = Sandbox::State::Stopped;
    bool m_stopping = false;
    QList<qint64> m_restarts; ///< when the child was restarted (ms of m_clock), for the restart limit
    QElapsedTimer m_clock;
    QTimer m_killTimer;
};

/// The event protocol of `thingbench-cli sandbox --events`: one JSON object per line on stdout, {"event": "ready",
/// "info": {...}}, {"event": "notice", "message"}, {"event": "restarted", "reason"}, {"event": "failed", "code",
/// "message"}, {"event": "stopped"}.
QJsonObject infoToJson(const SandboxInfo& info);
SandboxInfo infoFromJson(const QJsonObject& object);

} // namespace Sandbox
