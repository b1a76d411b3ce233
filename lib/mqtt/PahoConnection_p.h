// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/PahoBridge_p.h"

#include <mqtt/async_client.h>

#include <memory>
#include <string>

/// One Paho client with its bridge and connect options: what MqttSession makes for each set of connection options.
///
/// Lifetime: owned by the session while it is the current connection. When the session lets go of it (new settings,
/// Disconnect during a connect, destruction) it is retired: retire() never waits. The connection is closed in the
/// background — a connect still under way is let finish and then disconnected, so no live, untracked connection is
/// left behind — and destroyed on the main thread once Paho has confirmed, after a short grace period so that Paho's
/// own thread has left its callback. Whatever is still retiring when the QCoreApplication goes away is destroyed
/// then (Paho's destroy sends DISCONNECT on a connected client).
///
/// Thread affinity: GUI (main) thread only.
class PahoConnection final
{
public:
    PahoConnection(MqttSession* owner, const std::string& serverUri, const std::string& clientId, int mqttVersion,
                   int maxBufferedMessages, int connectTimeoutSeconds);
    ~PahoConnection();
    Q_DISABLE_COPY_MOVE(PahoConnection)

    mqtt::async_client& client() { return *m_client; }
    PahoBridge& bridge() { return *m_bridge; }
    mqtt::connect_options& connectOptions() { return m_connectOptions; }

    /// Hands `connection` over to be closed and destroyed in the background; returns at once.
    static void retire(std::unique_ptr<PahoConnection> connection);
    /// Retired connections not destroyed yet (tests, diagnostics).
    static int retiringCount();

private:
    /// Main thread: takes over a retired connection and starts closing it.
    static void adopt(quint64 id, std::unique_ptr<PahoConnection> connection);

    // The bridge is declared first so that it outlives the client, which calls it until destroyed.
    std::unique_ptr<PahoBridge> m_bridge;
    std::unique_ptr<mqtt::async_client> m_client;
    mqtt::connect_options m_connectOptions;
    int m_connectTimeoutSeconds;
};
