// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BuildInfo.h"

#include <MQTTAsync.h>
#include <mqtt/async_client.h>
#include <openssl/crypto.h>

namespace BuildInfo {

QString thingbenchVersion()
{
    return QStringLiteral(THINGBENCH_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString pahoVersion()
{
    QString cVersion;
    for (MQTTAsync_nameValue* info = MQTTAsync_getVersionInfo(); info && info->name; ++info) {
        if (std::string_view(info->name) == "Product version") {
            cVersion = QString::fromLatin1(info->value);
        }
    }
    return QStringLiteral("Paho MQTT C++ %1 / C %2")
        .arg(QStringLiteral("%1.%2.%3")
                 .arg(mqtt::VERSION >> 24)
                 .arg((mqtt::VERSION >> 16) & 0xff)
                 .arg((mqtt::VERSION >> 8) & 0xff),
             cVersion);
}

QString opensslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace BuildInfo
