// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Paho C never sets TCP_NODELAY on its sockets, so every small MQTT packet that follows another (a PUBACK, then the
/// next request) waits up to 40 ms for the peer's delayed ACK: a QoS 1 request/response takes ~40 ms instead of
/// ~0.3 ms on loopback. Paho gives no access to its socket, so after a connect we find this process's TCP sockets
/// whose peer port is the broker's and switch Nagle's algorithm off on them. Any thread; Linux only (no-op elsewhere).
namespace SocketTuning {
/// Returns how many sockets were changed.
int enableNoDelayForPeerPort(quint16 port);
} // namespace SocketTuning
