// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateFile.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

/// The certificate manager's list: one row per file read (certificate, chain, key), with what is inside and what is
/// wrong with it. Rows are appended in batches as files are read off the GUI thread; a file read twice (same
/// absolute path) replaces its row.
///
/// Expiry is judged against `now()` (tests fix it): a warning within 30 days, an error once expired, each said in
/// words and a symbol so that it reads without colour (`ExpiryRole` gives the view the state for its colours).
///
/// The owner's thread, like every model.
class CertificateListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        KindColumn,
        SubjectColumn,
        IdColumn,
        ExpiryColumn,
        HintColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum class Expiry { None, Valid, Soon, Expired, NotYetValid };
    enum Role {
        ExpiryRole = Qt::UserRole + 1, ///< int of Expiry
        PathRole,                      ///< QString: the absolute path
        HasProblemsRole,               ///< bool
    };
    static constexpr int SOON_DAYS = 30;

    struct Entry
    {
        QString path;                               ///< absolute
        std::optional<Certs::CertificateFile> file; ///< what was read; empty when the file was refused
        std::optional<Error> error;                 ///< why the file was refused (stable code and message)
    };

    explicit CertificateListModel(QObject* parent = nullptr);
    ~CertificateListModel() override;
    Q_DISABLE_COPY_MOVE(CertificateListModel)

    /// Appends (or replaces, by path) in one insert per batch.
    void addEntries(const QList<Entry>& entries);
    /// Replaces row `row`'s file (e.g. an encrypted key read again with its passphrase).
    void replaceFile(int row, const Certs::CertificateFile& file);
    void removeRows(QList<int> rows);
    void clear();
    const Entry& entry(int row) const { return m_entries.at(row); }
    int rowOfPath(const QString& path) const;

    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }
    Expiry expiryOf(const Entry& entry) const;

    /// "Certificate", "Certificate chain (3)", "Private key (EC P-256, encrypted)", "Refused".
    static QString kindText(const Entry& entry);
    /// "✔ 2049-12-31 (in 8,400 days)", "⚠ 2027-01-01 (in 12 days)", "✖ expired 2024-01-01 (3 days ago)".
    QString expiryText(const Entry& entry) const;
    /// Every problem in words, with its stable code: "[passphrase_required] …".
    static QStringList problemsOf(const Entry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Entry& entry, int column) const;

    QList<Entry> m_entries;
    QDateTime m_now;
};
