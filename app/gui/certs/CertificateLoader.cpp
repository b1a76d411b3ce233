// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateLoader.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

using Entry = CertificateListModel::Entry;

namespace {

constexpr int BATCH = 25;

/// The files to read: given files as they are, folders searched for certificate-like names. Runs on the worker.
QStringList expand(const QStringList& paths, const QPromise<QList<Entry>>& promise, bool* capped)
{
    static const QStringList PATTERNS = {u"*.pem"_qs, u"*.crt"_qs, u"*.cer"_qs, u"*.der"_qs, u"*.key"_qs};
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        QDirIterator it(info.absoluteFilePath(), PATTERNS, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext() && !promise.isCanceled()) {
            if (files.size() >= CertificateLoader::MAX_FILES) {
                *capped = true;
                return files;
            }
            files << it.next();
        }
    }
    files.removeDuplicates();
    return files;
}

void readFiles(QPromise<QList<Entry>>& promise, const QStringList& paths, QByteArray passphrase,
               const std::shared_ptr<bool>& capped)
{
    const QStringList files = expand(paths, promise, capped.get());
    promise.setProgressRange(0, int(files.size()));
    QList<Entry> batch;
    for (qsizetype i = 0; i < files.size() && !promise.isCanceled(); ++i) {
        Certs::LoadOptions options;
        if (!passphrase.isEmpty()) {
            options.passphrase = passphrase;
        }
        Result<Certs::CertificateFile> file = Certs::loadFile(files.at(i), options);
        Entry entry;
        entry.path = files.at(i);
        if (file) {
            entry.file = std::move(*file);
        } else {
            entry.error = file.error();
        }
        batch.append(std::move(entry));
        if (batch.size() >= BATCH || i + 1 == files.size()) {
            promise.addResult(std::exchange(batch, {}));
            promise.setProgressValue(int(i + 1));
        }
    }
    passphrase.fill('\0');
}

} // namespace

CertificateLoader::CertificateLoader(QObject* parent)
    : QObject(parent)
{ }

CertificateLoader::~CertificateLoader()
{
    if (m_watcher) {
        m_watcher->cancel(); // the task stops at its next file; nothing waits for it
    }
}

void CertificateLoader::load(const QStringList& paths)
{
    if (!paths.isEmpty()) {
        m_queue.append({paths, {}});
        startNext();
    }
}

void CertificateLoader::loadWithPassphrase(const QString& path, QByteArray passphrase)
{
    m_queue.append({{path}, passphrase});
    passphrase.fill('\0');
    startNext();
}

void CertificateLoader::cancel()
{
    for (Job& job : m_queue) {
        job.passphrase.fill('\0');
    }
    m_queue.clear();
    if (m_watcher) {
        m_watcher->cancel();
    }
}

void CertificateLoader::startNext()
{
    if (m_watcher || m_queue.isEmpty()) {
        return;
    }
    Job job = m_queue.takeFirst();
    m_read = 0;
    m_capped = std::make_shared<bool>(false);
    m_watcher = new QFutureWatcher<QList<Entry>>(this);
    connect(m_watcher, &QFutureWatcherBase::resultReadyAt, this, [this](int index) {
        const QList<Entry> entries = m_watcher->resultAt(index);
        m_read += int(entries.size());
        Q_EMIT entriesRead(entries);
    });
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_watcher->progressMaximum()); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const bool cancelled = m_watcher->isCanceled();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        Q_EMIT finished(m_read, cancelled, *m_capped);
        startNext();
    });
    m_watcher->setFuture(QtConcurrent::run(readFiles, job.paths, job.passphrase, m_capped));
    job.passphrase.fill('\0');
}
