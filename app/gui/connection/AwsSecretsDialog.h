// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/AwsSignIn.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AwsSecretsDialog;
}

/// Asks at Connect for the typed-in AWS secrets the workspace does not keep (AwsSignInSettings::Source::TypedIn): the
/// secret access key when no keychain holds it (SecretStorage::Ask), and the session token when the user chose to be
/// asked for it at each connect. Both fields echo as passwords and have accessible names; what is typed is handed
/// back once and kept nowhere here. GUI thread only.
class AwsSecretsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `keyId` is shown masked (AwsSignIn::maskedKeyId); without `askKey` only the session token is asked for.
    AwsSecretsDialog(QWidget* parent, const QString& keyId, bool askKey);
    ~AwsSecretsDialog() override;
    Q_DISABLE_COPY_MOVE(AwsSecretsDialog)

    /// What was typed (the secret access key is empty when it was not asked for).
    AwsTypedSecrets secrets() const;

private:
    void updateOk();

    std::unique_ptr<Ui::AwsSecretsDialog> m_ui;
    bool m_askKey = true;
};
