// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/HttpsClient.h"
#include "common/Result.h"

#include <QCommandLineParser>

/// The options of thingbench-cli's HTTPS commands (http, shadow --http, greengrass): --endpoint HOST[:PORT] and the
/// TLS options of the connecting commands (DESIGN.md §3).
namespace Cli {

/// Adds --endpoint, --cafile, --cert, --key, --passphrase, --passphrase-file, --alpn, --insecure and --timeout.
void addHttpsOptions(QCommandLineParser& parser);
/// The target of the parsed options: port 8443 by default; port 443 offers ALPN x-amzn-http-ca unless --alpn is
/// given. The passphrase comes from --passphrase, --passphrase-file or THINGBENCH_PASSPHRASE. Errors name the option.
Result<Aws::HttpsTarget> httpsTarget(const QCommandLineParser& parser);

} // namespace Cli
