// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/AwsCredentials.h"
#include "workspace/AwsSignIn.h"

#include <QGroupBox>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class AwsSignInBox;
}

/// "Sign in with AWS IAM credentials" in the connection settings: where the credentials come from (the environment,
/// a profile of the shared AWS files, or typed in), the region, and a live status line that says what will be used
/// or what is wrong. The credentials are read again on every change, on a worker thread (QtConcurrent): the shared
/// files are never read on the GUI thread. The secret access key and the session token are never shown, logged or
/// part of any accessible text. GUI thread only.
class AwsSignInBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit AwsSignInBox(QWidget* parent = nullptr);
    ~AwsSignInBox() override;
    Q_DISABLE_COPY_MOVE(AwsSignInBox)

    void setSettings(const AwsSignInSettings& settings, const AwsTypedSecrets& typed = {});
    /// The settings to save: never a secret.
    AwsSignInSettings settings() const;
    /// What was typed into the secret fields (Source::TypedIn), for the keychain.
    AwsTypedSecrets typedSecrets() const;
    /// The endpoint the dialog connects to: its region is the region's placeholder.
    void setEndpointHost(const QString& host);
    /// Test seam: the environment the credentials are read from (default: the process's).
    void setEnvironment(const Aws::Environment& environment);

    /// True once the credentials were read and a region is known; signing() then gives them.
    bool isReady() const;
    /// Signing for the endpoint set with setEndpointHost(), from the last credentials read.
    std::optional<SigV4Signing> signing() const;
    /// The status line's text: what will be used, or what is wrong and what to do.
    QString statusText() const;

Q_SIGNALS:
    /// The status line changed (the credentials were read again, or could not be).
    void statusChanged(const QString& text);

private:
    void onSourceChanged();
    void scheduleRead();
    void readCredentials();
    void listProfiles();
    void onRead(quint64 generation, const Result<Aws::AwsCredentials>& result);
    void updateRegionPlaceholder();
    void setStatus(const QString& text, bool problem);
    AwsSignInSettings::Source source() const;

    std::unique_ptr<Ui::AwsSignInBox> m_ui;
    Aws::Environment m_environment;
    QString m_host;
    QTimer m_readTimer; ///< coalesces typing: one read per pause
    quint64 m_generation = 0;
    bool m_reading = false;
    std::optional<Aws::AwsCredentials> m_credentials; ///< the last read; holds the secret in memory only
};
