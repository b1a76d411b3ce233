// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

/// The system keychain (QtKeychain: the Secret Service on Linux, the Keychain on macOS, the Credential Store on
/// Windows) for the secrets a workspace needs but never writes to its file: the MQTT password and the key's
/// passphrase. There is no insecure fallback: when no keychain is available, a write fails (and the app asks for the
/// secret when it is needed instead). Asynchronous: nothing here waits. Secrets are never logged.
///
/// Owner (GUI) thread only.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    /// The keychain's service name for ThingBench's entries.
    static QString service();
    /// The entry of one secret of one workspace, e.g. "workspace/Kitchen/password".
    static QString keyFor(const QString& workspace, const QString& what);

    explicit SecretStore(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SecretStore)

    void write(const QString& key, const QByteArray& secret);
    void read(const QString& key);
    void remove(const QString& key);

Q_SIGNALS:
    /// `error` is empty on success, else what went wrong in words (no keychain, access denied…).
    void written(const QString& key, const QString& error);
    /// `secret` is empty when there is none or the keychain cannot be reached (`error` says which).
    void readFinished(const QString& key, const std::optional<QByteArray>& secret, const QString& error);
    void removed(const QString& key, const QString& error);
};
