// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/AwsCredentials.h"
#include "common/Result.h"

#include <QString>

// The sandbox's AWS-side files, private to lib/sandbox: the local IAM user that signs MQTT over WebSocket (SigV4) and
// the ports of the HTTPS data plane and the WebSocket listener of the last run (stable URLs across restarts).

namespace Sandbox {

/// The sandbox's one IAM user: its keys are in an AWS shared-credentials file in the sandbox folder (owner-only), so
/// any AWS SDK or the AWS CLI can use it with AWS_SHARED_CREDENTIALS_FILE=<file> AWS_PROFILE=<profile>.
struct SandboxIamUser
{
    QString credentialsFile;         ///< <dir>/aws-credentials
    QString profile;                 ///< "thingbench-sandbox"
    Aws::AwsCredentials credentials; ///< region set to sandboxRegion()
};

/// The region the sandbox's WebSocket listener accepts in a credential scope.
QString sandboxRegion(); ///< "us-east-1"

/// Worker thread. Reads <dir>/aws-credentials, or makes a new IAM user (random access key ID "AKIA…" and secret) when
/// the file is missing or unusable (an unusable file is set aside and reported in `notices`). Errors:
/// `file_unwritable`.
Result<SandboxIamUser> ensureSandboxIamUser(const QString& dir, QStringList* notices);

/// The ports of the sandbox's AWS services.
struct ServicePorts
{
    quint16 httpPort = 0; ///< the HTTPS data plane and Greengrass discovery (AWS's 8443)
    quint16 wsPort = 0;   ///< MQTT over WebSocket with SigV4 (AWS's 443 /mqtt)
};

/// The ports of the last run (<dir>/services.json); zeros when there was none or the file is unusable. Small read.
ServicePorts readServicePorts(const QString& dir);
/// Records the ports in use (atomically). Small write.
Result<void> writeServicePorts(const QString& dir, const ServicePorts& ports);

} // namespace Sandbox
