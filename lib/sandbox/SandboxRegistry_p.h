// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

// The sandbox's local AWS IoT registry (lib/policy's Registry in <dir>/registry.json), private to lib/sandbox: what a
// new sandbox folder starts with. Plain functions doing file I/O: worker thread or CLI only.

namespace Sandbox {

/// A certificate the sandbox makes and registers.
struct SandboxIdentity
{
    QString certificateFile;
    QString privateKeyFile;
    QString certificateId; ///< SHA-256 of the DER, lower-case hex
};

/// The console's files in the PKI folder `pkiDir` (fixed names, so another process finds them).
SandboxIdentity consoleIdentityFiles(const QString& pkiDir);

/// Worker thread. The console identity in `pkiDir`: the certificate the app and the printed command lines connect with
/// (as the AWS console's MQTT test client does with its own rights), issued by the sandbox CA (`caCertificate`,
/// `caKey`). Made when its certificate or key is missing, or with `renew` (the CA is new); else read. The key is
/// owner-only. Errors: `pki_failed`, FileIo's.
Result<SandboxIdentity> ensureConsoleIdentity(const QString& pkiDir, const QString& caCertificate, const QString& caKey,
                                              bool renew);

/// The names the sandbox gives what it registers.
QString samplePolicyName(const QString& thingName); ///< "<thing>-policy"
QString consolePolicyName();                        ///< "thingbench-console-policy"

/// The sample thing's least-privilege policy: connect only as itself (client ID = thing name, the certificate
/// attached to the thing), publish its telemetry, the welcome (retained) and its own shadow requests, subscribe to and
/// receive its own shadow's answers (every MQTT resource goes through ${iot:Connection.Thing.ThingName}); over HTTPS,
/// get, update, delete and list its own shadows and discover its Greengrass core (its thing by name).
QByteArray samplePolicyDocument(const QString& arnPrefix, const QString& thingName);
/// The console's policy: everything (iot:*, greengrass:*), like an administrator's IAM rights in the AWS console.
QByteArray consolePolicyDocument();

/// Worker thread. Makes sure the registry at `path` knows the sandbox's certificates. A certificate that is not
/// registered yet (a new folder, or a new PKI) is registered ACTIVE with what it needs: the device certificate with
/// the thing `thingName` (created if missing) and its least-privilege policy attached, the console certificate with
/// the console policy. What the user changed in the registry is left alone. Returns notices for the user (translated);
/// errors: `registry_failed` (naming the file and what is wrong).
Result<QStringList> seedRegistry(const QString& path, const SandboxIdentity& device, const SandboxIdentity& console,
                                 const QString& thingName);

} // namespace Sandbox
