// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small C interface through which the sandbox broker's mosquitto plugin asks lib/policy (DESIGN.md §1): the
// plugin says who connects and what they do; the authorizer decides from the registry as AWS IoT would, writes every
// decision with its explanation into the decision log, and never needs a Qt event loop. One authorizer per broker,
// used from the broker's single thread.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tb_authorizer tb_authorizer;

enum tb_decision { TB_ALLOWED = 0, TB_EXPLICIT_DENY = 1, TB_IMPLICIT_DENY = 2 };

enum tb_action { TB_PUBLISH = 0, TB_RETAIN_PUBLISH = 1, TB_SUBSCRIBE = 2, TB_RECEIVE = 3 };

/// Opens the registry at `registry_path` (a missing file is an empty registry: everything is denied) and the decision
/// log at `decision_log_path` (JSON lines, appended; NULL for none; past 16 MB it moves to `<path>.1`). On failure
/// returns NULL with `error` filled.
tb_authorizer* tb_authorizer_open(const char* registry_path, const char* decision_log_path, char* error,
                                  size_t error_size);
void tb_authorizer_close(tb_authorizer* authorizer);

/// Re-reads the registry when its file changed since the last read; returns 1 when it did. A damaged file keeps the
/// previous registry and is reported in the decision log.
int tb_authorizer_reload_if_changed(tb_authorizer* authorizer);
/// Writes out what the decision log holds in memory.
void tb_authorizer_flush(tb_authorizer* authorizer);

/// Connections are told apart by `connection`, an opaque handle that stays the same for one network connection (the
/// broker's client object): a client ID taken over by a new connection does not lose the new one's context when the
/// old one goes.
///
/// iot:Connect for `client_id` presenting the certificate whose AWS certificate ID (SHA-256 of the DER, lower-case
/// hex) is `certificate_id`; `persistent` is 1 for a clean-session-off connect. An unregistered or inactive certificate
/// is refused. On success the connection's context is kept until tb_authorizer_disconnected().
enum tb_decision tb_authorizer_connect(tb_authorizer* authorizer, const void* connection, const char* client_id,
                                       const char* certificate_id, int persistent);
/// Publish / RetainPublish / Subscribe / Receive of a connected client on `topic` (a filter for Subscribe).
enum tb_decision tb_authorizer_check(tb_authorizer* authorizer, const void* connection, enum tb_action action,
                                     const char* topic);
void tb_authorizer_disconnected(tb_authorizer* authorizer, const void* connection);

/// The explanation of the last decision (valid until the next call).
const char* tb_authorizer_last_explanation(const tb_authorizer* authorizer);

#ifdef __cplusplus
}
#endif
