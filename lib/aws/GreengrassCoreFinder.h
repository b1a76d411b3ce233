// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/GreengrassDiscovery.h"
#include "common/Result.h"
#include "mqtt/MqttTypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

namespace Aws {

/// From a device's connection to the connection through a Greengrass core (spec aws-http-sigv4-greengrass.md §2):
/// discovery, then the connect loop of GreengrassDiscovery until one core answers, then that core's connection
/// options with the group's CAs in a file written owner-only (on a worker thread) under a folder of the app's. The
/// test connection of the loop is closed: the caller connects its own session with coreFound()'s options.
///
/// Thread affinity: the owner thread only; nothing here blocks (network is asynchronous, the file is written with
/// QtConcurrent). Used by the connection settings' Discover and by the main window's Connect.
class GreengrassCoreFinder final : public QObject
{
    Q_OBJECT

public:
    /// The discovery port when the endpoint names none.
    static constexpr quint16 DISCOVERY_PORT = 8443;

    explicit GreengrassCoreFinder(QObject* parent = nullptr);
    ~GreengrassCoreFinder() override;
    Q_DISABLE_COPY_MOVE(GreengrassCoreFinder)

    /// "greengrass-ats.iot.<region>.amazonaws.com:8443" for an AWS IoT endpoint `iotHost`; empty when its region is
    /// not known from the name.
    static QString defaultEndpoint(const QString& iotHost);
    /// The discovery request's target: `endpoint` ("host" or "host:port", port 8443 by default; 443 gets ALPN
    /// x-amzn-http-ca) with `device`'s CA, certificate, key and passphrase. Errors say what to enter.
    static Result<HttpsTarget> discoveryTarget(const QString& endpoint, const ConnectionOptions& device,
                                               const QString& thing);
    /// Where the CA file of `groupId` goes in `directory` (a file name safe on every system).
    static QString caFilePath(const QString& directory, const QString& groupId);
    /// The connection through the core of `attempt`: `device`'s certificate and MQTT settings, the core's host and
    /// port, `caFile`, client ID = `thing` (§2.3), no ALPN, no WebSocket path.
    static ConnectionOptions coreOptions(const ConnectionOptions& device, const DiscoveryAttempt& attempt,
                                         const QString& thing, const QString& caFile);

    /// Discovers the cores `thing` may use at `target`, tries them in order with `device`, writes the group's CAs to
    /// `caDirectory` and emits coreFound(), or failed(). Cancels a search still running.
    void find(const HttpsTarget& target, const ConnectionOptions& device, const QString& thing,
              const QString& caDirectory);
    /// Stops the search; nothing more is emitted for it.
    void abort();
    /// From find() until coreFound(), failed() or abort().
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void discovered(const Aws::DiscoveryResponse& response);
    void attemptStarted(const Aws::DiscoveryAttempt& attempt);
    void attemptFailed(const Aws::DiscoveryAttempt& attempt, const QString& message);
    /// `options` connect through the core that answered.
    void coreFound(const ConnectionOptions& options, const Aws::DiscoveryAttempt& attempt);
    /// Discovery or every core failed; the message says why and what to do.
    void failed(const Error& error);

private:
    void onCoreConnected(const DiscoveryAttempt& attempt);
    void finish();

    std::unique_ptr<GreengrassDiscovery> m_discovery;
    DiscoveryResponse m_response;
    ConnectionOptions m_device;
    QString m_thing;
    QString m_caDirectory;
    bool m_busy = false;
    quint64 m_generation = 0; ///< bumped by find() and abort(): a CA file written for an earlier search is ignored
};

} // namespace Aws
