// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/// The user interface in the user's language: ThingBench's own catalogue for `locale` (by default the system's,
/// from LANG/LC_ALL/LANGUAGE) from the installed translations folder when there is one (so an updated .qm can be
/// dropped in), else the copy built into the program; and Qt's own strings (standard buttons and dialogs) when the
/// system has them.
namespace Translations {

/// Installs the translators on `app` (they live as long as it). Returns the language loaded ("de"), or an empty
/// string when the UI stays in English.
QString install(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace Translations
