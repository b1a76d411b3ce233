// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/AwsSignIn.h"

#include <QMessageBox>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

/// Dialog seams: the GUI asks through these so tests can answer without a modal loop (KeePassXC's
/// MessageBox::setNextAnswer / FileDialog::setNextFileName).
namespace DialogSeams {

/// Asks a yes/no question; returns true for yes. Queued test answers are used (each once, in order) instead of
/// showing a dialog.
bool confirm(QWidget* parent, const QString& title, const QString& text);
void setNextConfirmation(bool answer);

/// Asks for a file to open or save; a queued test answer is used (once) instead of showing a dialog.
QString openFileName(QWidget* parent, const QString& title, const QString& filter = {});
QString saveFileName(QWidget* parent, const QString& title, const QString& filter = {});
void setNextFileName(const QString& path);

/// Asks for several files to open; a queued test answer (setNextFileNames) is used once instead.
QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter = {});
void setNextFileNames(const QStringList& paths);
/// Asks for a folder; the queued file name (setNextFileName) answers it in tests.
QString existingDirectory(QWidget* parent, const QString& title);

/// Asks for a passphrase (echo off). The answer is handed back once and kept nowhere here; a queued test answer is
/// used (once) instead of showing a dialog. An empty optional means the user cancelled.
std::optional<QByteArray> passphrase(QWidget* parent, const QString& title, const QString& text);
void setNextPassphrase(const std::optional<QByteArray>& answer);

/// Asks at Connect for the typed-in AWS secrets the workspace does not keep (AwsSecretsDialog): the secret access key
/// of `keyId` when `askKey`, and the session token (optional). Handed back once and kept nowhere here; a queued test
/// answer (setNextAwsSecrets) is used once instead of showing the dialog. An empty optional means the user cancelled.
std::optional<AwsTypedSecrets> awsSecrets(QWidget* parent, const QString& keyId, bool askKey);
void setNextAwsSecrets(const std::optional<AwsTypedSecrets>& answer);
/// How many times awsSecrets() was asked, for tests that check a Connect asked (or did not).
int awsSecretsAsked();

/// Asks for a line of text (e.g. a name), prefilled with `initial`; an empty optional means the user cancelled. A
/// queued test answer (setNextText) is used once instead.
std::optional<QString> text(QWidget* parent, const QString& title, const QString& label, const QString& initial = {});
void setNextText(const std::optional<QString>& answer);

} // namespace DialogSeams
