// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/DialogSeams.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<bool> s_nextConfirmation;
std::optional<QString> s_nextFileName;
} // namespace

namespace DialogSeams {

bool confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (s_nextConfirmation) {
        return std::exchange(s_nextConfirmation, std::nullopt).value();
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
        QMessageBox::Yes;
}

void setNextConfirmation(bool answer)
{
    s_nextConfirmation = answer;
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

} // namespace DialogSeams
