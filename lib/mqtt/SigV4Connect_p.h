// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mqtt/MqttTypes.h"

#include <QDateTime>
#include <QString>

#include <optional>

/// SigV4-presigned WebSocket connections for MqttSession (ConnectionOptions::sigV4): the URI handed to Paho for one
/// connect attempt, and the diagnosis of a refused upgrade. The presigned URI holds a signature (and maybe a session
/// token): it goes to Paho only and is never logged or shown.
namespace SigV4Connect {

/// The Host header Paho sends for `options`: "host:port", always with the port (spec §3.4), IPv6 in brackets.
QString hostHeader(const ConnectionOptions& options);

/// The server URI for one connect attempt: `wss://host:port/path?<presigned query>`, signed at `now` for the Host
/// header Paho will send. GUI thread is fine (a few HMACs). Errors come from Aws::presignWebSocketUrl().
Result<QString> presignedServerUri(const ConnectionOptions& options, const QDateTime& now);

/// Blocking, worker thread only: opens a TLS connection with the options' CA, ALPN and verification settings, sends
/// the WebSocket upgrade Paho would send (freshly signed) and reads the answer. Returns a plain-language problem when
/// the server refuses the upgrade (Aws::explainRefusal), nothing when it switches protocols or cannot be reached (the
/// TLS probe explains those). Client certificates are not presented (SigV4 does not use them).
std::optional<ConnectionProblem> probeUpgrade(const ConnectionOptions& options, int timeoutMs = 5000);

} // namespace SigV4Connect
