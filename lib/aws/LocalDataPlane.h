// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;
class ShadowService;

namespace Aws {

class LocalDataPlaneWorker;

/// What the sandbox's local HTTPS service needs (LocalDataPlane::start()).
struct LocalDataPlaneOptions
{
    QString caFile;          ///< the sandbox CA (PEM): client certificates must chain to it
    QString certificateFile; ///< the server certificate (PEM), e.g. the sandbox broker's for 127.0.0.1/localhost
    QString keyFile;         ///< its private key (PEM, unencrypted)
    quint16 port = 0;        ///< 0: a free port (see LocalDataPlane::port())
    QString registryPath;    ///< the sandbox registry (lib/policy/Registry), re-read when it changes
    QString decisionLogPath; ///< JSON lines, appended (the policy plugin's format); empty: none
    /// Decide every request from the registry's policies, as AWS IoT does. Off: any certificate that chains to the CA
    /// may do anything (the sandbox's --no-policies), and nothing is logged.
    bool enforcePolicies = true;
    /// The broker connection publishes go through (the broker's plain listener); the client ID is made unique.
    ConnectionOptions brokerOptions;
    /// Discovery (§2.2): the one core the sandbox lists, its broker's mutual-TLS listener and the CA (PEM) it trusts.
    QString coreThingName = QStringLiteral("thingbench-sandbox-core");
    QString coreHost = QStringLiteral("127.0.0.1");
    quint16 corePort = 0;
    QByteArray coreCaPem;              ///< empty: the content of `caFile`
    int requestTimeoutMs = 10000;      ///< a request must arrive whole within this time
    qint64 maxHeaderBytes = 16 * 1024; ///< larger heads get 431
    qint64 maxBodyBytes = 128 * 1024;  ///< larger bodies get 413 (AWS IoT's payload limit)
};

/// The sandbox's local AWS IoT HTTPS data plane and Greengrass discovery service (spec aws-http-sigv4-greengrass.md
/// §1, §2) on 127.0.0.1: a QSslServer requiring a client certificate that chains to the sandbox CA, one request per
/// connection, serving `POST /topics/{topic}` (into the broker over its own MqttSession, with qos, retain and the
/// MQTT 5 properties), the REST shadow API and ListNamedShadowsForThing (through the same ShadowService as MQTT),
/// and `GET /greengrass/discover/thing/{thing}`. ALPN `x-amzn-http-ca` is accepted, as is no ALPN (8443 style).
///
/// Every request is authorised like the policy plugin does for MQTT: the client certificate's AWS certificate ID →
/// the registry → the policy evaluator (iot:Publish, iot:RetainPublish, iot:Get/Update/DeleteThingShadow,
/// iot:ListNamedShadowsForThing, greengrass:Discover; no client ID over HTTP). An unknown or inactive certificate gets
/// the connection closed without a reply, as AWS does; a denial gets 403 ForbiddenException. Each decision is appended
/// to the decision log. The retained-message API (`GET /retainedMessage`, `GET /retainedMessage/{topic}`,
/// iot:ListRetainedMessages and iot:GetRetainedMessage) is served from a live index of the broker's retained messages,
/// started by the first such request (RetainedIndex_p.h); AWS documents it for services and apps, so a device's
/// policy must grant it explicitly, as on AWS.
///
/// Thread affinity: start(), stop() and every signal on the owner thread; the server, its connections and its broker
/// session run on a worker QThread. The ShadowService (owner thread, not owned; may be null: shadow requests get 503)
/// is called on the owner thread and answers asynchronously; neither thread ever waits for the other.
class LocalDataPlane final : public QObject
{
    Q_OBJECT

public:
    explicit LocalDataPlane(ShadowService* shadows = nullptr, QObject* parent = nullptr);
    /// Stops the worker; waits for its thread to end (the only wait, and only on destruction).
    ~LocalDataPlane() override;
    Q_DISABLE_COPY_MOVE(LocalDataPlane)

    /// Starts listening on 127.0.0.1; listening() or failed() follows. Ignored while running.
    void start(const LocalDataPlaneOptions& options);
    /// Closes the server and every connection; stopped() follows.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    /// The port once listening() was emitted; 0 before.
    quint16 port() const { return m_port; }

Q_SIGNALS:
    /// Emitted once the server listens and its broker session is connected (publishes can go out).
    void listening(quint16 port);
    /// The service could not start (it stops by itself). `code`: `invalid_options`, `file_error`, `listen_failed`,
    /// `broker_unreachable`. The message says what is wrong and what to do.
    void failed(const QString& code, const QString& message);
    void stopped();

private:
    void threadFinished();

    QPointer<ShadowService> m_shadows;
    QThread* m_thread = nullptr;
    LocalDataPlaneWorker* m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace Aws
