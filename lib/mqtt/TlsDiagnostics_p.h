// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <optional>

/// Plain-language reasons for TLS and connection failures. Paho reports most of them as a generic
/// "TCP/TLS connect failure", so we look ourselves with OpenSSL: first the local files (before connecting), then,
/// after a failed connect, one diagnostic handshake with the same settings.
namespace TlsDiagnostics {

using Problem = ConnectionProblem;

/// GUI thread is fine: reads a few small local files, no network. Checks the CA file, the client certificate
/// (readable PEM, not expired, not yet valid), the key (passphrase required or wrong) and that the key belongs to
/// the certificate. Returns nothing when every file is usable.
std::optional<Problem> checkLocalFiles(const ConnectionOptions& options);

/// Blocking, worker thread only (it releases OpenSSL's per-thread state of the calling thread when it returns):
/// resolves, connects (TCP) and, for TLS transports, performs a handshake with the same CA, client certificate, ALPN
/// and verification settings, then waits up to `alertWaitMs` for the broker to reject the client certificate (TLS 1.3
/// sends that alert after the handshake). Returns the first problem seen, or nothing when the transport works (then the
/// failure was at the MQTT level).
std::optional<Problem> probe(const ConnectionOptions& options, int timeoutMs = 5000, int alertWaitMs = 1500);

} // namespace TlsDiagnostics
