// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/HttpsClient.h"
#include "aws/IotHttpClient.h"
#include "common/Result.h"
#include "mqtt/MqttTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class MqttSession;
class QTemporaryDir;

namespace Aws {

/// One way to reach a Greengrass core (`Connectivity` entry of spec aws-http-sigv4-greengrass.md §2.2).
struct DiscoveryConnectivity
{
    QString id;
    QString hostAddress;
    quint16 port = 8883; ///< `PortNumber`, 8883 when absent
    QString metadata;
};

struct DiscoveryCore
{
    QString thingArn;
    QList<DiscoveryConnectivity> connectivity;
};

struct DiscoveryGroup
{
    QString groupId;
    QList<DiscoveryCore> cores;
    QStringList cas; ///< PEM certificates the group's cores are issued by
};

/// A Greengrass discovery response (§2.2). Parses the capitalised keys AWS sends (`GGGroups`, `GGGroupId`, `Cores`,
/// `thingArn`, `Connectivity`, `Id`, `HostAddress`, `PortNumber`, `Metadata`, `CAs`) and tolerates the documented
/// lower-case ones (`ggGroups`, `id`, `hostAddress`, ...). Every field is optional; a field of the wrong type is an
/// error (`invalid_discovery_response`) that names it.
struct DiscoveryResponse
{
    Q_DECLARE_TR_FUNCTIONS(Aws::DiscoveryResponse)

public:
    QList<DiscoveryGroup> groups;

    static Result<DiscoveryResponse> parse(const QByteArray& json);
    /// The response in AWS's exact shape (capitalised keys), compact.
    QByteArray toJson() const;
};

/// One connection attempt of the connect loop (§2.3).
struct DiscoveryAttempt
{
    int number = 0; ///< 1, 2, ... in order
    QString groupId;
    QString coreThingArn;
    DiscoveryConnectivity endpoint;
};

/// Greengrass discovery and the connect loop (spec §2): `GET /greengrass/discover/thing/{thing}` over mutual TLS
/// (HttpsClient; 443 gets ALPN x-amzn-http-ca), then, on request, MQTT connects over mutual TLS to each core endpoint
/// in order (groups, cores, connectivity entries) with the same certificate and key, trusting every CA of the group
/// (written by a worker thread to owner-only temporary files for the connect loop), client ID = the thing name, until
/// one works.
///
/// Thread affinity: the owner thread only; nothing blocks. The session that connected stays owned by this object
/// (session()).
class GreengrassDiscovery final : public QObject
{
    Q_OBJECT

public:
    explicit GreengrassDiscovery(QObject* parent = nullptr);
    ~GreengrassDiscovery() override;
    Q_DISABLE_COPY_MOVE(GreengrassDiscovery)

    /// The request target for `thing` (percent-encoded).
    static HttpRequest discoverRequest(const QString& thing);
    /// Our words for a failed discovery answer (§2.4), with the service's own message as sent.
    static Error discoveryError(const IotHttpReply& reply, const QString& thing);

    /// Asks the discovery endpoint `target` about `thing`. discovered() or failed() follows.
    void discover(const HttpsTarget& target, const QString& thing);
    /// Tries every core endpoint of `response` in order with `base` (certificate, key, passphrase, MQTT version;
    /// host, port, CA and client ID are replaced). attemptStarted/attemptFailed per endpoint, then coreConnected or
    /// failed (`no_core_reachable`, or `no_core_endpoint` when the response lists none).
    void connectToCore(const DiscoveryResponse& response, const ConnectionOptions& base, const QString& thing);
    /// Stops discovering or connecting, and disconnects.
    void abort();

    /// The session of the core connected to (null before coreConnected).
    MqttSession* session() const { return m_session.get(); }

Q_SIGNALS:
    /// `body` is the response as sent.
    void discovered(const Aws::DiscoveryResponse& response, const QByteArray& body);
    void attemptStarted(const Aws::DiscoveryAttempt& attempt);
    void attemptFailed(const Aws::DiscoveryAttempt& attempt, const QString& message);
    void coreConnected(const Aws::DiscoveryAttempt& attempt);
    void failed(const Error& error);

private:
    void startAttempts(const QList<QStringList>& cas);
    void tryNext();

    HttpsClient* m_http = nullptr;
    QString m_thing;
    QList<DiscoveryAttempt> m_attempts;
    qsizetype m_next = 0;
    bool m_connected = false;
    ConnectionOptions m_base;
    std::unique_ptr<MqttSession> m_session;
    quint64 m_generation = 0;               ///< bumped by abort(): a late CA-file result is dropped
    std::shared_ptr<QTemporaryDir> m_caDir; ///< the group CAs' files, one per group with CAs
    QStringList m_attemptCaFiles;           ///< per attempt: its group's CA file, empty for the base CA
};

} // namespace Aws

Q_DECLARE_METATYPE(Aws::DiscoveryResponse)
Q_DECLARE_METATYPE(Aws::DiscoveryAttempt)
