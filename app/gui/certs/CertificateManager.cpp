// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateManager.h"
#include "ui_CertificateManager.h"

#include "CertificateLoader.h"
#include "certs/CertChain.h"
#include "certs/CertExporter.h"
#include "certs/CertificateListModel.h"
#include "certs/GitWorkTree.h"
#include "common/FileIo.h"
#include "support/DialogSeams.h"
#include "support/FileDrops.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;
using namespace Certs;
using Entry = CertificateListModel::Entry;
using Expiry = CertificateListModel::Expiry;

namespace {

/// Expiry colours: they repeat the symbol and the words of the expiry column.
class ExpiryDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool problems = index.data(CertificateListModel::HasProblemsRole).toBool();
        switch (Expiry(index.data(CertificateListModel::ExpiryRole).toInt())) {
        case Expiry::Expired:
        case Expiry::NotYetValid:
            option->backgroundBrush = QColor(0xfd, 0xe2, 0xe1);
            return;
        case Expiry::Soon:
            option->backgroundBrush = QColor(0xff, 0xf4, 0xe5);
            return;
        case Expiry::Valid:
        case Expiry::None:
            break;
        }
        if (problems && index.column() == CertificateListModel::ProblemsColumn) {
            option->backgroundBrush = QColor(0xfd, 0xe2, 0xe1);
        }
    }
};

bool isCa(const CertificateFile& file)
{
    return file.classification == Classification::Certificate && !file.certificates.isEmpty() &&
        (file.certificates.first().basicConstraintsCa || file.certificates.first().selfSigned);
}

/// A file name for a batch export of `path` in `format`: the name without its certificate extensions, then .pem
/// or .h.
QString exportName(const QString& path, ExportFormat format)
{
    QString base = QFileInfo(path).fileName();
    for (const QString& suffix :
         {u".pem.crt"_s, u".pem.key"_s, u".crt"_s, u".pem"_s, u".key"_s, u".cer"_s, u".der"_s}) {
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    return base + (format == ExportFormat::Pem ? u".pem"_s : u".h"_s);
}

} // namespace

CertificateManager::CertificateManager(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CertificateManager>())
    , m_model(new CertificateListModel(this))
    , m_loader(new CertificateLoader(this))
{
    m_ui->setupUi(this);
    setObjectName(u"certificateManager"_s);
    QTableView* table = m_ui->certificatesTableView;
    table->setModel(m_model);
    table->setItemDelegate(new ExpiryDelegate(table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // one line per file, cheap with 1,000 rows
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    m_ui->formatComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->roleComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {220, 200, 160, 200, 210, 170};
    for (int column = 0; column < int(std::size(widths)); ++column) {
        table->setColumnWidth(column, widths[column]);
    }
    for (const QString& name : exportFormatNames()) {
        m_ui->formatComboBox->addItem(name);
    }
    m_ui->roleComboBox->addItem(tr("Automatic (from the content)"));
    for (const QString& name : roleNames()) {
        m_ui->roleComboBox->addItem(name, name);
    }
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    setupConnections();
    updateChecks();
    updatePreview();
}

CertificateManager::~CertificateManager() = default;

void CertificateManager::setupConnections()
{
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, [this] {
        addPaths(
            DialogSeams::openFileNames(this, tr("Add certificates and keys"),
                                       tr("Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)")));
    });
    connect(m_ui->addFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder = DialogSeams::existingDirectory(this, tr("Add every certificate and key in a folder"));
        if (!folder.isEmpty()) {
            addPaths({folder});
        }
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { m_model->removeRows(selectedRows()); });
    connect(m_ui->cancelButton, &QPushButton::clicked, m_loader, &CertificateLoader::cancel);
    connect(m_ui->useForConnectionButton, &QPushButton::clicked, this, &CertificateManager::useForConnection);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CertificateManager::copyPreview);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CertificateManager::savePreview);
    connect(m_ui->freertosHeaderButton, &QPushButton::clicked, this, &CertificateManager::exportFreertosHeader);
    connect(m_ui->batchExportButton, &QPushButton::clicked, this, &CertificateManager::batchExport);
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &CertificateManager::updatePreview);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &CertificateManager::updatePreview);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &CertificateManager::updatePreview);
    connect(m_ui->certificatesTableView, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { unlockKey(index.row()); });
    connect(m_ui->certificatesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateChecks();
        updateDetails();
        updatePreview();
    });
    connect(m_ui->certificatesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updatePreview();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateChecks();
        updateDetails();
        updatePreview();
    });
    connect(m_loader, &CertificateLoader::entriesRead, m_model, &CertificateListModel::addEntries);
    connect(m_loader, &CertificateLoader::progressChanged, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_loader, &CertificateLoader::finished, this, &CertificateManager::onLoadFinished);
}

QStringList CertificateManager::files() const
{
    QStringList files;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        files.append(m_model->entry(row).path);
    }
    return files;
}

void CertificateManager::addPaths(const QStringList& paths)
{
    if (paths.isEmpty()) {
        return;
    }
    m_ui->progressBar->setRange(0, 0); // busy until the folders are searched
    m_ui->progressBar->show();
    m_ui->cancelButton->show();
    m_loader->load(paths);
}

bool CertificateManager::isLoading() const
{
    return m_loader->isBusy();
}

void CertificateManager::onLoadFinished(int read, bool cancelled, bool capped)
{
    if (!m_loader->isBusy()) {
        m_ui->progressBar->hide();
        m_ui->cancelButton->hide();
    }
    if (cancelled) {
        showResult(tr("Stopped: %n file(s) were read before Cancel.", nullptr, read), false);
    } else if (capped) {
        showResult(tr("Only the first %1 files of the folder were read: drop a smaller folder to see the rest.")
                       .arg(CertificateLoader::MAX_FILES),
                   true);
    }
    Q_EMIT loadingFinished(read);
}

void CertificateManager::dragEnterEvent(QDragEnterEvent* event)
{
    if (!FileDrops::localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void CertificateManager::dropEvent(QDropEvent* event)
{
    const QStringList paths = FileDrops::localPaths(event->mimeData());
    if (!paths.isEmpty()) {
        addPaths(paths);
        event->acceptProposedAction();
    }
}

QList<int> CertificateManager::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->certificatesTableView->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CertificateManager::selectRows(const QList<int>& rows)
{
    QItemSelection selection;
    for (const int row : rows) {
        selection.select(m_model->index(row, 0), m_model->index(row, CertificateListModel::ColumnCount - 1));
    }
    if (!rows.isEmpty()) { // the current row first: the preview and details follow it
        m_ui->certificatesTableView->selectionModel()->setCurrentIndex(m_model->index(rows.first(), 0),
                                                                       QItemSelectionModel::NoUpdate);
    }
    m_ui->certificatesTableView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

CertificateManager::Selection CertificateManager::selection() const
{
    Selection result;
    for (const int row : selectedRows()) {
        const auto& file = m_model->entry(row).file;
        if (!file) {
            continue;
        }
        if (file->hasPrivateKey() && !file->mixed) {
            result.key = result.key < 0 ? row : result.key;
        } else if (isCa(*file)) {
            result.cas << row;
        } else if (!file->certificates.isEmpty() && result.certificate < 0) {
            result.certificate = row;
        }
    }
    return result;
}

std::optional<bool> CertificateManager::keyMatch(const Selection& selection, QString* text) const
{
    if (selection.certificate < 0 || selection.key < 0) {
        *text = tr("Key match: select a certificate and a private key to see whether they belong together.");
        return std::nullopt;
    }
    const Entry& certificate = m_model->entry(selection.certificate);
    const Entry& key = m_model->entry(selection.key);
    const Result<bool> match = keyMatchesCertificate(*certificate.file, *key.file);
    if (!match) {
        *text = match.error().code == u"passphrase_required"_s
            ? tr("Key match: “%1” is encrypted. Press Enter on its row (or double-click it) to give its passphrase.")
                  .arg(QFileInfo(key.path).fileName())
            : tr("Key match: cannot tell (%1): %2").arg(match.error().code, match.error().fullText());
        return std::nullopt;
    }
    *text = *match ? tr("✔ Key match: “%1” is the private key of “%2”.")
                         .arg(QFileInfo(key.path).fileName(), QFileInfo(certificate.path).fileName())
                   : tr("✖ Key mismatch: “%1” is NOT the private key of “%2”: it belongs to another certificate.")
                         .arg(QFileInfo(key.path).fileName(), QFileInfo(certificate.path).fileName());
    return *match;
}

void CertificateManager::updateChecks()
{
    const Selection chosen = selection();
    QString matchText;
    keyMatch(chosen, &matchText);
    m_ui->matchLabel->setText(matchText);
    if (chosen.certificate < 0 || chosen.cas.isEmpty()) {
        m_ui->chainLabel->setText(tr("Chain: select a certificate and the CA to verify it against (for example "
                                     "the CA you registered with AWS IoT)."));
    } else {
        QList<CertificateInfo> anchors;
        for (const int row : chosen.cas) {
            anchors << m_model->entry(row).file->certificates.first();
        }
        const ChainVerdict verdict =
            verifyChain(m_model->entry(chosen.certificate).file->certificates, anchors, m_model->now());
        m_ui->chainLabel->setText((verdict.verified ? u"✔ "_s : u"✖ "_s) +
                                  tr("Chain [%1]: %2").arg(verdict.code, verdict.message));
    }
    m_ui->freertosHeaderButton->setEnabled(chosen.certificate >= 0 && chosen.key >= 0);
    m_ui->useForConnectionButton->setEnabled(chosen.certificate >= 0 && chosen.key >= 0);
    m_ui->batchExportButton->setEnabled(!selectedRows().isEmpty());
    m_ui->removeButton->setEnabled(!selectedRows().isEmpty());
}

QString CertificateManager::describe(int row) const
{
    const Entry& entry = m_model->entry(row);
    QStringList lines{tr("File: %1").arg(QDir::toNativeSeparators(entry.path)),
                      tr("Kind: %1").arg(CertificateListModel::kindText(entry))};
    if (entry.file) {
        for (const CertificateInfo& certificate : entry.file->certificates) {
            lines << QString() << tr("Subject: %1").arg(certificate.subjectRfc4514)
                  << tr("Issuer: %1").arg(certificate.issuerRfc4514)
                  << tr("Valid: %1 to %2").arg(isoUtc(certificate.notBefore), isoUtc(certificate.notAfter))
                  << tr("AWS certificate ID (SHA-256): %1").arg(certificate.awsCertificateId())
                  << tr("Serial: %1").arg(certificate.serialHex)
                  << tr("Key: %1 %2 %3")
                         .arg(certificate.publicKey.algorithm)
                         .arg(certificate.publicKey.bits)
                         .arg(certificate.publicKey.curveNist)
                  << tr("CA: %1, self-signed: %2")
                         .arg(certificate.basicConstraintsCa ? tr("yes") : tr("no"),
                              certificate.selfSigned ? tr("yes") : tr("no"));
            if (const std::optional<QString> root = awsRootCaName(certificate)) {
                lines << tr("Recognised by its fingerprint: %1, a root CA of AWS IoT endpoints.").arg(*root);
            }
        }
        if (entry.file->key) {
            const KeyInfo& key = *entry.file->key;
            lines << QString() << tr("Key container: %1").arg(keyContainerDescription(key.container));
            if (key.encrypted) {
                lines << tr("Encrypted with %1").arg(key.encryption);
            }
            if (key.publicKey) {
                lines << tr("Public key SHA-256: %1").arg(key.publicKey->spkiSha256Hex());
            }
        }
    }
    const QStringList problems = CertificateListModel::problemsOf(entry);
    if (!problems.isEmpty()) {
        lines << QString() << tr("Problems:") << problems;
    }
    return lines.join(u'\n');
}

void CertificateManager::updateDetails()
{
    const QModelIndex current = m_ui->certificatesTableView->currentIndex();
    m_ui->detailsPlainTextEdit->setPlainText(current.isValid() ? describe(current.row()) : QString());
}

void CertificateManager::updatePreview()
{
    m_previewBytes.clear();
    m_previewIsSecret = false;
    const QModelIndex current = m_ui->certificatesTableView->currentIndex();
    const std::optional<ExportFormat> format = exportFormatFromName(m_ui->formatComboBox->currentText());
    QString status;
    if (!current.isValid() || !format) {
        status = tr("Select a file to preview its export.");
    } else if (const Entry& entry = m_model->entry(current.row()); !entry.file) {
        status = tr("This file was refused, so it cannot be exported: %1")
                     .arg(CertificateListModel::problemsOf(entry).join(u"; "_s));
    } else {
        ExportRequest request;
        request.format = *format;
        request.role = roleFromName(m_ui->roleComboBox->currentData().toString());
        request.name = m_ui->nameLineEdit->text().trimmed();
        const Result<ExportResult> exported = exportFile(*entry.file, request);
        if (exported) {
            m_previewBytes = exported->bytes;
            m_previewIsSecret = entry.file->hasPrivateKey();
            m_previewSuggestedName = exportName(entry.path, *format);
            status = exported->warnings.isEmpty()
                ? tr("%n byte(s), exactly as Copy and Save write them.", nullptr, int(m_previewBytes.size()))
                : exported->warnings.join(u' ');
        } else {
            status = tr("Cannot export [%1]: %2").arg(exported.error().code, exported.error().fullText());
        }
    }
    m_ui->previewPlainTextEdit->setPlainText(QString::fromUtf8(m_previewBytes));
    m_ui->exportStatusLabel->setText(status);
    m_ui->copyButton->setEnabled(!m_previewBytes.isEmpty());
    m_ui->saveButton->setEnabled(!m_previewBytes.isEmpty());
}

void CertificateManager::copyPreview()
{
    if (!m_previewBytes.isEmpty()) {
        QApplication::clipboard()->setText(QString::fromUtf8(m_previewBytes));
        showResult(tr("Copied %n byte(s).", nullptr, int(m_previewBytes.size())), false);
    }
}

void CertificateManager::savePreview()
{
    if (m_previewBytes.isEmpty()) {
        return;
    }
    const QString path = DialogSeams::saveFileName(this, tr("Save export"), tr("All files (*)"));
    if (!path.isEmpty() && writeChecked(path, m_previewBytes, m_previewIsSecret)) {
        showResult(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)), false);
    }
}

bool CertificateManager::writeChecked(const QString& path, const QByteArray& bytes, bool secret)
{
    // A private key inside a git work tree is one `git add .` away from a public repository: ask first.
    const std::optional<QString> root = secret ? gitWorkTreeContaining(path) : std::nullopt;
    if (root &&
        !DialogSeams::confirm(this, tr("Private key in a git work tree"),
                              tr("“%1” is inside the git work tree “%2”. A private key committed there is "
                                 "exposed to everyone with the repository. Save it anyway?")
                                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(*root)))) {
        return false;
    }
    const Result<void> written = FileIo::writeFileAtomically(
        path, bytes, secret ? FileIo::Permissions::OwnerOnly : FileIo::Permissions::Default);
    if (!written) {
        showResult(tr("Cannot save “%1”: %2").arg(QDir::toNativeSeparators(path), written.error().fullText()), true);
        return false;
    }
    if (root) {
        offerGitIgnore(*root, path);
    }
    return true;
}

void CertificateManager::offerGitIgnore(const QString& root, const QString& path)
{
    const QString entry = u'/' + QDir(root).relativeFilePath(path);
    if (!DialogSeams::confirm(this, tr("Ignore the key in git"),
                              tr("Add “%1” to “%2/.gitignore” so that git never commits it?").arg(entry, root))) {
        return;
    }
    const QString ignorePath = root + u"/.gitignore"_s;
    const Result<QByteArray> existing = FileIo::readFile(ignorePath);
    QByteArray content = existing ? *existing : QByteArray();
    if (!content.isEmpty() && !content.endsWith('\n')) {
        content += '\n';
    }
    content += entry.toUtf8() + '\n';
    if (const Result<void> written = FileIo::writeFileAtomically(ignorePath, content); !written) {
        showResult(tr("Cannot update “%1”: %2").arg(ignorePath, written.error().fullText()), true);
    }
}

void CertificateManager::exportFreertosHeader()
{
    const Selection chosen = selection();
    if (chosen.certificate < 0 || chosen.key < 0) {
        showResult(tr("Select the device certificate and its private key first."), true);
        return;
    }
    const Result<ExportResult> header =
        freertosKeysHeader(*m_model->entry(chosen.certificate).file, *m_model->entry(chosen.key).file);
    if (!header) {
        showResult(
            tr("Cannot build aws_clientcredential_keys.h [%1]: %2").arg(header.error().code, header.error().fullText()),
            true);
        return;
    }
    m_previewBytes = header->bytes;
    m_previewIsSecret = true; // it holds the private key
    m_ui->previewPlainTextEdit->setPlainText(QString::fromUtf8(m_previewBytes));
    m_ui->exportStatusLabel->setText(tr("aws_clientcredential_keys.h: %n byte(s). It holds the private key: keep it "
                                        "out of version control.",
                                        nullptr, int(m_previewBytes.size())));
    m_ui->detailTabWidget->setCurrentWidget(m_ui->exportTab);
    m_ui->copyButton->setEnabled(true);
    m_ui->saveButton->setEnabled(true);
}

void CertificateManager::batchExport()
{
    const QList<int> rows = selectedRows();
    const std::optional<ExportFormat> format = exportFormatFromName(m_ui->formatComboBox->currentText());
    if (rows.isEmpty() || !format) {
        return;
    }
    const QString folder = DialogSeams::existingDirectory(this, tr("Export the selected files into"));
    if (folder.isEmpty()) {
        return;
    }
    int written = 0;
    QStringList failures;
    for (const int row : rows) {
        const Entry& entry = m_model->entry(row);
        if (!entry.file) {
            failures << tr("%1: refused when read").arg(QFileInfo(entry.path).fileName());
            continue;
        }
        ExportRequest request;
        request.format = *format; // each file in its own role, as inferred from its content
        const Result<ExportResult> exported = exportFile(*entry.file, request);
        if (!exported) {
            failures << u"%1: [%2] %3"_s.arg(QFileInfo(entry.path).fileName(), exported.error().code,
                                             exported.error().message);
            continue;
        }
        const QString target = QDir(folder).filePath(exportName(entry.path, *format));
        if (!writeChecked(target, exported->bytes, entry.file->hasPrivateKey())) {
            failures << tr("%1: not written").arg(QFileInfo(entry.path).fileName());
            continue;
        }
        ++written;
    }
    showResult(tr("Exported %n file(s) into “%1”.", nullptr, written).arg(QDir::toNativeSeparators(folder)) +
                   (failures.isEmpty() ? QString() : u' ' + tr("Not exported: %1").arg(failures.join(u"; "_s))),
               !failures.isEmpty());
}

void CertificateManager::useForConnection()
{
    const Selection chosen = selection();
    QString matchText;
    const std::optional<bool> match = keyMatch(chosen, &matchText);
    if (!match || !*match) {
        showResult(matchText, true);
        return;
    }
    const QString ca = chosen.cas.isEmpty() ? QString() : m_model->entry(chosen.cas.first()).path;
    Q_EMIT connectionFilesChosen(m_model->entry(chosen.certificate).path, m_model->entry(chosen.key).path, ca);
    showResult(ca.isEmpty() ? tr("The certificate and key are set for the next connection (CA unchanged).")
                            : tr("The certificate, key and CA are set for the next connection."),
               false);
}

void CertificateManager::unlockKey(int row)
{
    const Entry& entry = m_model->entry(row);
    if (!entry.file || !entry.file->keyError) {
        return;
    }
    std::optional<QByteArray> passphrase = DialogSeams::passphrase(
        this, tr("Encrypted private key"),
        tr("Passphrase of “%1” (used to read it now, never stored):").arg(QFileInfo(entry.path).fileName()));
    if (passphrase) {
        m_loader->loadWithPassphrase(entry.path, *passphrase);
        passphrase->fill('\0');
    }
}

void CertificateManager::showResult(const QString& text, bool error)
{
    m_ui->banner->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information);
}
