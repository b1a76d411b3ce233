// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mqtt/MqttTypes.h"

#include <QTest>

// Readable QCOMPARE failures for our enums.
namespace QTest {
template <>
inline char* toString(const SessionState& state)
{
    return qstrdup(qPrintable(Mqtt::stateName(state)));
}
template <>
inline char* toString(const SessionError& error)
{
    return qstrdup(qPrintable(Mqtt::errorCode(error)));
}
} // namespace QTest
