// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Facts about AWS IoT endpoint names (spec aws-http-sigv4-greengrass.md §1.1, §2.1): the region an endpoint is in,
/// and the Greengrass discovery endpoint of a region.
namespace Aws {

/// The region of an AWS IoT endpoint host: "abc123-ats.iot.eu-west-1.amazonaws.com" (a port after ":" is ignored)
/// → "eu-west-1"; also "greengrass-ats.iot.<region>…" and ".amazonaws.com.cn" hosts. Empty when the host is not an AWS
/// IoT endpoint (a local broker, an IP address).
QString regionFromEndpoint(const QString& host);

/// The Greengrass discovery host of `region`: "greengrass-ats.iot.<region>.amazonaws.com", and China's
/// "greengrass.ats.iot.cn-north-1.amazonaws.com.cn" form for cn-* regions.
QString greengrassDiscoveryHost(const QString& region);

} // namespace Aws
