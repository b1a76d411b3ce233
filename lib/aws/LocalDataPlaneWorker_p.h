// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The worker-thread half of LocalDataPlane (private to lib/aws): the QSslServer, its connections, the broker
// session and the policy decisions. Every method runs on the worker thread; the owner talks to it only through
// queued calls and signals.

#include "aws/HttpWire_p.h"
#include "aws/LocalDataPlane.h"
#include "policy/Registry.h"
#include "shadow/ShadowTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>
#include <utility>
#include <sys/types.h>
#include <ctime>

class MqttSession;
class QSslServer;
class QSslSocket;
class QThread;
class QTimer;

namespace Aws {

class RetainedIndex;

/// The registry as of its last change, and the decisions it gives (worker thread).
class DataPlaneAuthority
{
public:
    void setPaths(const QString& registryPath, const QString& decisionLogPath);
    /// The registry's principal for `certificateId` (no client ID: HTTP has none). Re-reads the file when it changed.
    Policy::Principal principal(const std::string& certificateId);
    /// Evaluates `action` on `resource` for `principal` and appends the decision to the log.
    Policy::Result decide(const Policy::Principal& principal, const std::string& action, const std::string& resource);
    /// Appends a decision taken without the evaluator (unknown or inactive certificate).
    void logRefusal(const std::string& certificateId, const std::string& action, const std::string& resource,
                    const std::string& explanation);
    std::string arn(const std::string& kindAndName) const { return m_registry.arnPrefix() + kindAndName; }
    const Policy::Registry& registry() const { return m_registry; }

private:
    void reloadIfChanged();
    void appendLine(const QByteArray& line);

    std::string m_registryPath;
    QString m_logPath;
    Policy::Registry m_registry;
    bool m_loaded = false;
    struct timespec m_modified = {};
    off_t m_size = -1;
    ino_t m_inode = 0;
};

/// The server side of LocalDataPlane: owns the QSslServer, the connections (one request each, bounded in time and
/// size), the broker session publishes go through, and the policy decisions. Shadow requests leave as signals and
/// come back through answerShadow() / answerNamedShadows(), queued from the owner thread.
///
/// Thread affinity: the worker thread only, for every method and signal.
class LocalDataPlaneWorker final : public QObject
{
    Q_OBJECT

public:
    /// `ownerThread`: where the broker session is handed back on stop(), to be destroyed there.
    LocalDataPlaneWorker(const LocalDataPlaneOptions& options, QThread* ownerThread);
    ~LocalDataPlaneWorker() override;
    Q_DISABLE_COPY_MOVE(LocalDataPlaneWorker)

    void start();
    /// Closes everything and ends the worker thread. The broker session is disconnected and moved to the owner
    /// thread: MqttSession retires its Paho client through the main thread's event loop, which a finished worker
    /// thread could not serve (its timers would be lost).
    void stop();
    /// After the worker thread finished: the broker sessions to destroy on the owner thread.
    QList<MqttSession*> takeReleasedSessions() { return std::exchange(m_releasedSessions, {}); }
    /// The owner's answer to shadowRequest() / namedShadowsRequest().
    void answerShadow(quint64 requestId, int status, const QByteArray& body);
    void answerNamedShadows(quint64 requestId, const QStringList& names);

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const QString& code, const QString& message);
    void shadowRequest(quint64 requestId, const ShadowKey& key, ShadowOperation operation, const QByteArray& payload);
    void namedShadowsRequest(quint64 requestId, const QString& thing);

private:
    struct Request
    {
        QByteArray method;
        QByteArray path; ///< percent-encoded, without the query
        QList<std::pair<QString, QString>> query;
        HttpHeaders headers;
        QByteArray body;
        QString requestId; ///< x-amzn-RequestId and traceId
        Policy::Principal principal;
        std::string certificateId;
    };
    struct Connection
    {
        QSslSocket* socket = nullptr;
        QTimer* timer = nullptr;
        QByteArray buffer;
        bool handled = false; ///< the request was read; an answer is on its way
        Request request;
        QString listToken; ///< ListNamedShadowsForThing: the page asked for
        int listPageSize = 0;
    };

    void acceptPending();
    void onReadyRead(quint64 id);
    void closeConnection(quint64 id);
    void handleRequest(quint64 id);
    void routePublish(quint64 id, const QString& topicPath);
    void routeShadow(quint64 id, const QString& thing);
    void routeListNamedShadows(quint64 id, const QString& thing);
    void routeDiscover(quint64 id, const QString& thing);
    void routeRetained(quint64 id, const QByteArray& topicPath);
    void answerRetainedList(quint64 id, int maxResults, const QString& after);
    void answerRetainedMessage(quint64 id, const QString& topic);
    bool authorize(quint64 id, const std::string& action, const std::string& resource, bool discovery = false);
    std::optional<MqttProperties> publishProperties(quint64 id, const Request& request);
    void respond(quint64 id, int status, const QByteArray& body, const QByteArray& errorType = {});
    void respondMessage(quint64 id, int status, const QString& message, const QByteArray& errorType);
    QString queryValue(const Request& request, const QString& name, bool* present = nullptr) const;

    LocalDataPlaneOptions m_options;
    QSslServer* m_server = nullptr;
    MqttSession* m_session = nullptr;
    RetainedIndex* m_retained = nullptr;
    QList<MqttSession*> m_releasedSessions;
    QThread* m_ownerThread = nullptr;
    DataPlaneAuthority m_authority;
    QHash<quint64, Connection> m_connections;
    QHash<quint64, quint64> m_publishes; ///< broker publish id → connection id
    quint64 m_nextId = 1;
    bool m_announced = false; ///< listening() or failed() was emitted
};

} // namespace Aws
