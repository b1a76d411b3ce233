// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcMqtt, "thingbench.mqtt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCerts, "thingbench.certs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcShadow, "thingbench.shadow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "thingbench.workspace", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "thingbench.sandbox", QtWarningMsg)
