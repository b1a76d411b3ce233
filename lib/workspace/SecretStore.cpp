// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace {

/// What went wrong, in words; empty for success.
QString describe(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretStore::tr("The keychain holds no such secret.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::tr("No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or "
                               "KWallet). The secret is asked for when it is needed instead.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::tr("The keychain refused access (%1).").arg(job.errorString());
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::tr("The keychain failed: %1").arg(job.errorString());
}

// Jobs have no parent and delete themselves once finished: QtKeychain's libsecret backend calls back into a job
// after its D-Bus call ends, so a job deleted before that (with a parent that went away) crashes the app. The
// connections to this object end with it, so a late answer reaches nobody.

} // namespace

QString SecretStore::service()
{
    return QStringLiteral("ThingBench");
}

QString SecretStore::keyFor(const QString& workspace, const QString& what)
{
    return QStringLiteral("workspace/%1/%2").arg(workspace, what);
}

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{ }

void SecretStore::write(const QString& key, const QByteArray& secret)
{
    auto* job = new QKeychain::WritePasswordJob(service()); // no parent: see above
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job* done) { Q_EMIT written(key, describe(*done)); });
    job->start();
}

void SecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(service()); // no parent: see above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* done) {
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
        if (done->error() == QKeychain::NoError) {
            Q_EMIT readFinished(key, read->binaryData(), {});
        } else {
            Q_EMIT readFinished(key, std::nullopt, describe(*done));
        }
    });
    job->start();
}

void SecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(service()); // no parent: see above
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* done) {
        Q_EMIT removed(key, done->error() == QKeychain::EntryNotFound ? QString() : describe(*done));
    });
    job->start();
}
