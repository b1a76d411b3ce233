// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/DialogSeams.h"

#include "connection/AwsSecretsDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

#include <optional>

namespace {
QList<bool> s_nextConfirmations; // answered in order
std::optional<QString> s_nextFileName;
std::optional<QStringList> s_nextFileNames;
bool s_passphraseQueued = false;
bool s_textQueued = false;
std::optional<QString> s_nextText;
std::optional<QByteArray> s_nextPassphrase;
bool s_awsSecretsQueued = false;
std::optional<AwsTypedSecrets> s_nextAwsSecrets;
int s_awsSecretsAsked = 0;
} // namespace

namespace DialogSeams {

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (!s_nextConfirmations.isEmpty()) {
        return s_nextConfirmations.takeFirst();
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
        QMessageBox::Yes;
}

void setNextConfirmation(bool answer)
{
    s_nextConfirmations.append(answer);
}

QString openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_nextFileName) {
        return std::exchange(s_nextFileName, std::nullopt).value();
    }
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_nextFileName) {
        return std::exchange(s_nextFileName, std::nullopt).value();
    }
    return QFileDialog::getSaveFileName(parent, title, {}, filter);
}

void setNextFileName(const QString& path)
{
    s_nextFileName = path;
}

QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_nextFileNames) {
        return std::exchange(s_nextFileNames, std::nullopt).value();
    }
    return QFileDialog::getOpenFileNames(parent, title, {}, filter);
}

void setNextFileNames(const QStringList& paths)
{
    s_nextFileNames = paths;
}

QString existingDirectory(QWidget* parent, const QString& title)
{
    if (s_nextFileName) {
        return std::exchange(s_nextFileName, std::nullopt).value();
    }
    return QFileDialog::getExistingDirectory(parent, title);
}

std::optional<QByteArray> passphrase(QWidget* parent, const QString& title, const QString& text)
{
    if (std::exchange(s_passphraseQueued, false)) {
        return std::exchange(s_nextPassphrase, std::nullopt);
    }
    bool ok = false;
    QString typed = QInputDialog::getText(parent, title, text, QLineEdit::Password, {}, &ok);
    if (!ok) {
        return std::nullopt;
    }
    QByteArray answer = typed.toUtf8();
    typed.fill(QChar(u'\0')); // the caller wipes its copy after use
    return answer;
}

void setNextPassphrase(const std::optional<QByteArray>& answer)
{
    s_passphraseQueued = true;
    s_nextPassphrase = answer;
}

std::optional<AwsTypedSecrets> awsSecrets(QWidget* parent, const QString& keyId, bool askKey)
{
    ++s_awsSecretsAsked;
    if (std::exchange(s_awsSecretsQueued, false)) {
        return std::exchange(s_nextAwsSecrets, std::nullopt);
    }
    AwsSecretsDialog dialog(parent, keyId, askKey);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.secrets();
}

void setNextAwsSecrets(const std::optional<AwsTypedSecrets>& answer)
{
    s_awsSecretsQueued = true;
    s_nextAwsSecrets = answer;
}

int awsSecretsAsked()
{
    return s_awsSecretsAsked;
}

std::optional<QString> text(QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    if (std::exchange(s_textQueued, false)) {
        return std::exchange(s_nextText, std::nullopt);
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(typed) : std::nullopt;
}

void setNextText(const std::optional<QString>& answer)
{
    s_textQueued = true;
    s_nextText = answer;
}

} // namespace DialogSeams
