// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/PahoConnection_p.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <map>

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

/// Main thread: the retired connection `id` now stands at `link`; take the next step.
void advanceRetired(quint64 id, PahoLink link)
{
    const auto it = retired().find(id);
    if (it == retired().end()) {
        return;
    }
    PahoConnection& connection = *it->second;
    switch (link) {
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
    static quint64 nextId = 1;
    static const bool cleanupRegistered = [] {
        qAddPostRoutine(destroyAllRetired);
        return true;
    }();
    Q_UNUSED(cleanupRegistered);

    QCoreApplication* app = QCoreApplication::instance();
    if (!app) {
        return; // no event loop to finish on (the process is ending): destroying it now disconnects it
    }
    const quint64 id = nextId++;
    // From now on the bridge reports link changes here, through the main thread's event queue.
    const PahoLink link = connection->bridge().detach([id, app](PahoLink changed) {
        QMetaObject::invokeMethod(
            app, [id, changed] { advanceRetired(id, changed); }, Qt::QueuedConnection);
    });
    const int deadlineMs = connection->m_connectTimeoutSeconds * 1000 + RETIRE_MARGIN_MS;
    retired().emplace(id, std::move(connection));
    QTimer::singleShot(deadlineMs, app, [id] { destroyRetired(id); });
    advanceRetired(id, link);
}

int PahoConnection::retiringCount()
{
    return int(retired().size());
}
