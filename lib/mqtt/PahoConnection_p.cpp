// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/PahoConnection_p.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <map>
#include <memory>

namespace {

// After Paho's last callback for a retired client has posted its news, its thread still runs a little of Paho's own
// code that touches the client (token bookkeeping). Destroy it only after this pause.
constexpr int DESTROY_GRACE_MS = 250;
// Paho ends a connect that gets no answer after the connect timeout; a retired client is destroyed at the latest this
// long after that, whatever Paho says.
constexpr int RETIRE_MARGIN_MS = 5000;

/// The retired connections by id. Main thread only; a leaked pointer so that nothing runs at static destruction.
std::map<quint64, std::unique_ptr<PahoConnection>>& retired()
{
    static auto* connections = new std::map<quint64, std::unique_ptr<PahoConnection>>;
    return *connections;
}

void destroyRetired(quint64 id)
{
    retired().erase(id);
}

void destroyAllRetired()
{
    retired().clear();
}

/// Main thread: the link of the retired connection `id` changed; take the next step from where it stands now (news
/// may arrive twice, or before the connection was adopted: the bridge's own link is the truth).
void advanceRetired(quint64 id)
{
    const auto it = retired().find(id);
    if (it == retired().end()) {
        return;
    }
    PahoConnection& connection = *it->second;
    switch (connection.bridge().link()) {
    case PahoLink::Connected:
        try {
            connection.bridge().noteClosing();
            connection.client().disconnect(0, nullptr, connection.bridge().listener(PahoAction::Disconnect));
            return; // the disconnect's result brings us back here with Idle
        } catch (const mqtt::exception& e) {
            qCDebug(lcMqtt) << "Retired client: disconnect refused:" << e.what();
        }
        break;
    case PahoLink::Connecting:
    case PahoLink::Closing:
        return; // Paho's answer brings us back here
    case PahoLink::Idle:
        break;
    }
    QTimer::singleShot(DESTROY_GRACE_MS, QCoreApplication::instance(), [id] { destroyRetired(id); });
}

} // namespace

PahoConnection::PahoConnection(MqttSession* owner, const std::string& serverUri, const std::string& clientId,
                               int mqttVersion, int maxBufferedMessages, int connectTimeoutSeconds)
    : m_bridge(std::make_unique<PahoBridge>(owner))
    , m_client(std::make_unique<mqtt::async_client>(serverUri, clientId,
                                                    mqtt::create_options(mqttVersion, maxBufferedMessages), nullptr))
    , m_connectTimeoutSeconds(connectTimeoutSeconds)
{
    m_client->set_callback(*m_bridge);
}

PahoConnection::~PahoConnection() = default;

void PahoConnection::retire(std::unique_ptr<PahoConnection> connection)
{
    static std::atomic<quint64> nextId{1};
    QCoreApplication* app = QCoreApplication::instance();
    if (!app) {
        return; // no event loop to finish on (the process is ending): destroying it now disconnects it
    }
    const quint64 id = nextId++;
    // From now on the bridge reports link changes to the main thread, whichever thread the session lives on.
    connection->bridge().detach([id, app](PahoLink) {
        QMetaObject::invokeMethod(
            app, [id] { advanceRetired(id); }, Qt::QueuedConnection);
    });
    if (QThread::currentThread() == app->thread()) {
        adopt(id, std::move(connection));
        return;
    }
    // A session on a worker thread: the bookkeeping and its timers belong to the main thread. Should the main
    // thread never get to it, the holder still destroys the connection.
    auto holder = std::make_shared<std::unique_ptr<PahoConnection>>(std::move(connection));
    QMetaObject::invokeMethod(
        app, [id, holder] { adopt(id, std::move(*holder)); }, Qt::QueuedConnection);
}

void PahoConnection::adopt(quint64 id, std::unique_ptr<PahoConnection> connection)
{
    static const bool cleanupRegistered = [] {
        qAddPostRoutine(destroyAllRetired);
        return true;
    }();
    Q_UNUSED(cleanupRegistered);

    const int deadlineMs = connection->m_connectTimeoutSeconds * 1000 + RETIRE_MARGIN_MS;
    retired().emplace(id, std::move(connection));
    QTimer::singleShot(deadlineMs, QCoreApplication::instance(), [id] { destroyRetired(id); });
    advanceRetired(id);
}

int PahoConnection::retiringCount()
{
    return int(retired().size());
}
