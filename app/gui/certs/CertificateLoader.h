// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateListModel.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

/// Reads certificate and key files off the GUI thread (QtConcurrent), handing them back in small batches with
/// progress, so that a thousand dropped files never hold the event loop. Folders are searched recursively for
/// certificate-like names (.pem, .crt, .cer, .der, .key); files given one by one are read whatever their name.
///
/// GUI thread only; the reading task touches nothing but its own copies of the paths (and a passphrase it wipes).
class CertificateLoader final : public QObject
{
    Q_OBJECT

public:
    /// At most this many files per load (a dropped home folder must not read forever).
    static constexpr int MAX_FILES = 20000;

    explicit CertificateLoader(QObject* parent = nullptr);
    ~CertificateLoader() override; ///< cancels what is still reading; never waits for it
    Q_DISABLE_COPY_MOVE(CertificateLoader)

    /// Starts reading `paths` (files or folders). Loads queue behind one another.
    void load(const QStringList& paths);
    /// Reads one file again with a passphrase (an encrypted key). The passphrase is wiped once used.
    void loadWithPassphrase(const QString& path, QByteArray passphrase);
    void cancel();
    bool isBusy() const { return m_watcher != nullptr; }

Q_SIGNALS:
    void entriesRead(const QList<CertificateListModel::Entry>& entries);
    void progressChanged(int done, int total);
    /// A load ended: `read` files were read; `cancelled` when the user stopped it; `capped` when a folder held more
    /// than MAX_FILES candidates.
    void finished(int read, bool cancelled, bool capped);

private:
    struct Job
    {
        QStringList paths;
        QByteArray passphrase;
    };
    void startNext();

    QList<Job> m_queue;
    QFutureWatcher<QList<CertificateListModel::Entry>>* m_watcher = nullptr;
    int m_read = 0;
    std::shared_ptr<bool> m_capped;
};
