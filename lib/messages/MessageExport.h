// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

class QAbstractItemModel;

/// Writes the rows of a message model (a MessageTableModel or a filter over it, in view order) to a file, atomically.
namespace MessageExport {

/// One JSON object per line: {"time":"<ISO 8601 UTC>","topic","qos","retained","size","payload_base64"}.
/// Returns the number of messages written.
Result<qint64> writeJsonLines(const QAbstractItemModel& model, const QString& path);

/// RFC 4180 CSV with a header row: time,topic,qos,retained,size,payload. The payload is text when it is valid UTF-8,
/// else "base64:" followed by its base64. Returns the number of messages written.
Result<qint64> writeCsv(const QAbstractItemModel& model, const QString& path);

} // namespace MessageExport
