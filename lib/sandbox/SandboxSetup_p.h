// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/TestPki.h"
#include "common/Result.h"
#include "sandbox/SandboxAws_p.h"
#include "sandbox/SandboxRegistry_p.h"

#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

// The sandbox's preparation step, private to lib/sandbox: file I/O and key generation, run on a worker thread
// (QtConcurrent) so the owner thread never waits for the disk or for RSA.

namespace Sandbox {

/// The sandbox folder's files, ready for the broker and the shadow service.
struct SandboxFiles
{
    Certs::TestPkiFiles pki;
    QString shadowStateFile;   ///< <dir>/shadows.json; missing (a fresh store) or readable, never damaged
    SandboxIdentity console;   ///< the app's own certificate (SandboxRegistry_p.h)
    QString registryFile;      ///< <dir>/registry.json, knowing both certificates
    QString decisionLogFile;   ///< <dir>/decisions.jsonl (the policy plugin's decision log)
    SandboxIamUser iamUser;    ///< signs MQTT over WebSocket to the sandbox (<dir>/aws-credentials)
    ServicePorts servicePorts; ///< the AWS services' ports of the last run
    bool pkiCreated = false;   ///< made now (a new folder, or the old set was incomplete)
    QStringList notices;       ///< translated, e.g. a damaged shadow file set aside
};

/// Creates `dir` (owner-only when it is new) and takes its lock file (sandbox.lock), so two sandboxes never share a
/// folder (two brokers writing one persistence file, two shadow services one shadows.json). A lock left by a process
/// that no longer runs is taken over. A few system calls, no waiting: fine on the owner thread. Errors:
/// `sandbox_in_use` (naming the process that holds it), `file_unwritable`.
Result<std::shared_ptr<QLockFile>> lockSandboxDir(const QString& dir);

/// Worker thread. Creates `dir` if needed, reuses the PKI recorded in <dir>/sandbox.json when all
/// its files are there or makes a new one with Certs::makeTestPki in <dir>/pki (and records it), makes the console
/// certificate when missing, registers both certificates in <dir>/registry.json when it does not know them yet, and
/// makes the sandbox's IAM user when it has none (ensureSandboxIamUser), and
/// sets a damaged or newer shadows.json aside (FileIo::setAside) so the shadow service starts empty instead of failing.
/// Errors: `file_unwritable` (the folder), makeTestPki's, `registry_failed`.
Result<SandboxFiles> prepareSandboxDir(const QString& dir, const QString& thingName);

/// The PKI recorded in <dir>/sandbox.json, read only (nothing is set aside; for another process). Errors:
/// `sandbox_not_found` (no file), `invalid_sandbox_file`, `file_not_found` (a recorded file is gone).
Result<Certs::TestPkiFiles> readSavedPki(const QString& dir);

/// The file names inside the sandbox folder.
QString registryFileName();    ///< "registry.json"
QString decisionLogFileName(); ///< "decisions.jsonl"

} // namespace Sandbox
