// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertificateListModel.h"

#include "certs/CertChain.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Certs;

CertificateListModel::CertificateListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{ }

CertificateListModel::~CertificateListModel() = default;

void CertificateListModel::addEntries(const QList<Entry>& entries)
{
    QList<Entry> fresh;
    for (const Entry& entry : entries) {
        if (const int row = rowOfPath(entry.path); row >= 0) {
            m_entries[row] = entry; // read again: the row shows the file as it is now
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            fresh.append(entry);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size()) - 1);
    m_entries.append(fresh);
    endInsertRows();
}

void CertificateListModel::replaceFile(int row, const Certs::CertificateFile& file)
{
    m_entries[row].file = file;
    m_entries[row].error.reset();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CertificateListModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row >= 0 && row < m_entries.size()) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
}

void CertificateListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int CertificateListModel::rowOfPath(const QString& path) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) { return e.path == path; });
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

void CertificateListModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, ExpiryColumn), index(rowCount() - 1, ExpiryColumn));
    }
}

CertificateListModel::Expiry CertificateListModel::expiryOf(const Entry& entry) const
{
    if (!entry.file || entry.file->certificates.isEmpty()) {
        return Expiry::None;
    }
    const CertificateInfo& first = entry.file->certificates.first();
    switch (first.statusAt(m_now)) {
    case ValidityStatus::Expired:
        return Expiry::Expired;
    case ValidityStatus::NotYetValid:
        return Expiry::NotYetValid;
    case ValidityStatus::Valid:
        break;
    }
    return m_now.daysTo(first.notAfter) <= SOON_DAYS ? Expiry::Soon : Expiry::Valid;
}

QString CertificateListModel::kindText(const Entry& entry)
{
    if (!entry.file) {
        return tr("✖ Refused");
    }
    const CertificateFile& file = *entry.file;
    switch (file.classification) {
    case Classification::Certificate: {
        const CertificateInfo& certificate = file.certificates.first();
        if (const std::optional<QString> root = awsRootCaName(certificate)) {
            return tr("CA certificate (%1)").arg(*root);
        }
        return certificate.basicConstraintsCa ? tr("CA certificate") : tr("Certificate");
    }
    case Classification::CertificateChain:
        return tr("Certificate chain (%n certificate(s))", nullptr, int(file.certificates.size()));
    case Classification::PrivateKey:
    case Classification::PublicKey: {
        QString what = file.classification == Classification::PrivateKey ? tr("Private key") : tr("Public key");
        QStringList facts;
        if (file.key && file.key->publicKey) {
            const PublicKeyInfo& key = *file.key->publicKey;
            facts << (key.curveNist.isEmpty() ? u"%1 %2"_qs.arg(key.algorithm).arg(key.bits)
                                              : u"%1 %2"_qs.arg(key.algorithm, key.curveNist));
        }
        if (file.key && file.key->encrypted) {
            facts << tr("encrypted");
        }
        return facts.isEmpty() ? what : u"%1 (%2)"_qs.arg(what, facts.join(u", "_qs));
    }
    }
    return {};
}

QString CertificateListModel::expiryText(const Entry& entry) const
{
    if (!entry.file || entry.file->certificates.isEmpty()) {
        return {};
    }
    const QDateTime notAfter = entry.file->certificates.first().notAfter;
    const QString date = notAfter.toString(u"yyyy-MM-dd"_qs);
    const qint64 days = m_now.daysTo(notAfter);
    switch (expiryOf(entry)) {
    case Expiry::Expired:
        return tr("✖ Expired %1 (%n day(s) ago)", nullptr, int(-days)).arg(date);
    case Expiry::NotYetValid:
        return tr("✖ Not valid before %1").arg(entry.file->certificates.first().notBefore.toString(u"yyyy-MM-dd"_qs));
    case Expiry::Soon:
        return tr("⚠ Expires %1 (in %n day(s))", nullptr, int(days)).arg(date);
    case Expiry::Valid:
        return tr("✔ %1 (in %n day(s))", nullptr, int(days)).arg(date);
    case Expiry::None:
        break;
    }
    return {};
}

QStringList CertificateListModel::problemsOf(const Entry& entry)
{
    QStringList problems;
    const auto add = [&](const Error& error) { problems << u"[%1] %2"_qs.arg(error.code, error.fullText()); };
    if (entry.error) {
        add(*entry.error);
    }
    if (entry.file) {
        if (entry.file->keyError) {
            add(*entry.file->keyError);
        }
        problems << entry.file->warnings;
    }
    return problems;
}

int CertificateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CertificateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? entry.path : displayText(entry, index.column());
    case ExpiryRole:
        return int(expiryOf(entry));
    case PathRole:
        return entry.path;
    case HasProblemsRole:
        return !problemsOf(entry).isEmpty();
    default:
        return {};
    }
}

QString CertificateListModel::displayText(const Entry& entry, int column) const
{
    const CertificateInfo* first =
        entry.file && !entry.file->certificates.isEmpty() ? &entry.file->certificates.first() : nullptr;
    switch (column) {
    case FileColumn:
        return QFileInfo(entry.path).fileName();
    case KindColumn:
        return kindText(entry);
    case SubjectColumn:
        return first ? (first->subjectCn.isEmpty() ? first->subjectRfc4514 : first->subjectCn) : QString();
    case IdColumn:
        return first ? first->awsCertificateId() : QString();
    case ExpiryColumn:
        return expiryText(entry);
    case HintColumn: {
        if (!entry.file || entry.file->nameHint.kind == NameKind::None) {
            return {};
        }
        const FileNameHint& hint = entry.file->nameHint;
        const QString kind = nameKindName(hint.kind);
        if (hint.idPrefix.isEmpty() || !first) {
            return kind;
        }
        return hint.prefixMatches(first->awsCertificateId()).value_or(false)
            ? tr("%1, ID prefix matches").arg(kind)
            : tr("%1, ID prefix does NOT match").arg(kind);
    }
    case ProblemsColumn:
        return problemsOf(entry).join(u"; "_qs);
    default:
        return {};
    }
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const TITLES[] = {
        QT_TR_NOOP("File"),   QT_TR_NOOP("Kind"),          QT_TR_NOOP("Subject"), QT_TR_NOOP("AWS certificate ID"),
        QT_TR_NOOP("Expiry"), QT_TR_NOOP("AWS file name"), QT_TR_NOOP("Problems")};
    return section >= 0 && section < ColumnCount ? tr(TITLES[section]) : QVariant();
}
