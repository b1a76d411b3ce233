// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/AwsEndpoint.h"

#include <QRegularExpression>

namespace Aws {

QString regionFromEndpoint(const QString& host)
{
    // <prefix>-ats.iot.<region>.amazonaws.com[.cn], greengrass-ats.iot.<region>…, greengrass.ats.iot.<region>….
    static const QRegularExpression endpoint(
        QStringLiteral(R"(^[a-z0-9.-]*\biot\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(?:\.cn)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = host.section(QLatin1Char(':'), 0, 0).trimmed();
    const QRegularExpressionMatch match = endpoint.match(name);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString greengrassDiscoveryHost(const QString& region)
{
    if (region.startsWith(QLatin1String("cn-"))) {
        return QStringLiteral("greengrass.ats.iot.%1.amazonaws.com.cn").arg(region);
    }
    return QStringLiteral("greengrass-ats.iot.%1.amazonaws.com").arg(region);
}

} // namespace Aws
