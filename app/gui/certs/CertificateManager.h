// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateFile.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CertificateManager;
}
class CertificateListModel;
class CertificateLoader;

/// The certificate manager: AWS IoT downloads and firmware credentials dropped (files or whole folders) or picked,
/// read off the GUI thread and listed with what is inside and what is wrong; a certificate and a key checked for a
/// match, a certificate checked against a CA; exports in every format of `thingbench-cli cert export` with a
/// preview of the exact bytes, the FreeRTOS `aws_clientcredential_keys.h`, batch export; and "Use for this
/// connection". Saving a private key inside a git work tree asks first and offers a .gitignore entry.
///
/// GUI thread only.
class CertificateManager final : public QWidget
{
    Q_OBJECT

public:
    explicit CertificateManager(QWidget* parent = nullptr);
    ~CertificateManager() override;
    Q_DISABLE_COPY_MOVE(CertificateManager)

    /// Reads `paths` (files or folders) in the background and lists them.
    void addPaths(const QStringList& paths);
    /// The files listed, in list order (absolute paths): what a workspace keeps.
    QStringList files() const;
    CertificateListModel* model() const { return m_model; }
    bool isLoading() const;
    /// The bytes the preview shows: what Copy and Save write.
    QByteArray previewBytes() const { return m_previewBytes; }
    /// Selects rows (tests, and files just dropped for one purpose).
    void selectRows(const QList<int>& rows);

    /// The actions of the buttons.
    void copyPreview();
    void savePreview();
    void exportFreertosHeader();
    void batchExport();
    void useForConnection();
    /// Asks for the passphrase of the encrypted key in `row` and reads it again with it.
    void unlockKey(int row);

Q_SIGNALS:
    /// The user chose these files for the current connection (CA may be empty).
    void connectionFilesChosen(const QString& certificate, const QString& key, const QString& ca);
    /// Reading finished (also after a cancel); for tests and the status bar.
    void loadingFinished(int read);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Selection
    {
        int certificate = -1; ///< a device (non-CA) certificate or chain
        int key = -1;         ///< a private key
        QList<int> cas;       ///< CA certificates
    };
    void setupConnections();
    Selection selection() const;
    QList<int> selectedRows() const;
    void onLoadFinished(int read, bool cancelled, bool capped);
    void updateChecks();
    void updateDetails();
    void updatePreview();
    std::optional<bool> keyMatch(const Selection& selection, QString* text) const;
    QString describe(int row) const;
    bool writeChecked(const QString& path, const QByteArray& bytes, bool secret);
    void offerGitIgnore(const QString& root, const QString& path);
    void showResult(const QString& text, bool error);

    std::unique_ptr<Ui::CertificateManager> m_ui;
    CertificateListModel* m_model;
    CertificateLoader* m_loader;
    QByteArray m_previewBytes;
    bool m_previewIsSecret = false;
    QString m_previewSuggestedName;
};
