// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/AwsSecretsDialog.h"
#include "ui_AwsSecretsDialog.h"

#include <QPushButton>

AwsSecretsDialog::AwsSecretsDialog(QWidget* parent, const QString& keyId, bool askKey)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AwsSecretsDialog>())
    , m_askKey(askKey)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("awsSecretsDialog"));
    const QString masked = AwsSignIn::maskedKeyId(keyId);
    if (askKey) {
        m_ui->explanationLabel->setText(
            tr("The secret access key of %1, and its session token for temporary credentials. Kept in memory until "
               "ThingBench closes, never on disk.")
                .arg(masked));
    } else {
        setWindowTitle(tr("AWS session token"));
        m_ui->explanationLabel->setText(
            tr("The current session token of %1 (session tokens expire, so it is asked for at each connect and never "
               "kept). Leave it empty for long-term credentials.")
                .arg(masked));
    }
    m_ui->secretAccessKeyLabel->setVisible(askKey);
    m_ui->secretAccessKeyLineEdit->setVisible(askKey);
    // The explanation is the dialog's description: a screen reader reads it when the dialog opens.
    setAccessibleDescription(m_ui->explanationLabel->text());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect with these credentials"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretAccessKeyLineEdit, &QLineEdit::textChanged, this, &AwsSecretsDialog::updateOk);
    (askKey ? m_ui->secretAccessKeyLineEdit : m_ui->sessionTokenLineEdit)->setFocus();
    updateOk();
}

AwsSecretsDialog::~AwsSecretsDialog() = default;

AwsTypedSecrets AwsSecretsDialog::secrets() const
{
    return {m_askKey ? m_ui->secretAccessKeyLineEdit->text().trimmed() : QString(),
            m_ui->sessionTokenLineEdit->text().trimmed()};
}

void AwsSecretsDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_askKey || !m_ui->secretAccessKeyLineEdit->text().trimmed().isEmpty());
}
