// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

/// Dialog seams: the GUI asks through these so tests can answer without a modal loop (KeePassXC's
/// MessageBox::setNextAnswer / FileDialog::setNextFileName).
namespace DialogSeams {

/// Asks a yes/no question; returns true for yes. A queued test answer is used (once) instead of showing a dialog.
bool confirm(QWidget* parent, const QString& title, const QString& text);
void setNextConfirmation(bool answer);

/// Asks for a file to open or save; a queued test answer is used (once) instead of showing a dialog.
QString openFileName(QWidget* parent, const QString& title, const QString& filter = {});
QString saveFileName(QWidget* parent, const QString& title, const QString& filter = {});
void setNextFileName(const QString& path);

} // namespace DialogSeams
