// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/GreengrassCoreFinder.h"

#include "aws/AwsEndpoint.h"
#include "common/FileIo.h"

#include <QDir>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace Aws {

namespace {

const QString DISCOVERY_ALPN = QStringLiteral("x-amzn-http-ca");

} // namespace

GreengrassCoreFinder::GreengrassCoreFinder(QObject* parent)
    : QObject(parent)
{ }

GreengrassCoreFinder::~GreengrassCoreFinder()
{
    if (m_discovery) { // not inside one of its signals here: the unique_ptr deletes it
        m_discovery->disconnect(this);
        m_discovery->abort();
    }
}

QString GreengrassCoreFinder::defaultEndpoint(const QString& iotHost)
{
    const QString region = regionFromEndpoint(iotHost);
    return region.isEmpty() ? QString()
                            : QStringLiteral("%1:%2").arg(greengrassDiscoveryHost(region)).arg(DISCOVERY_PORT);
}

Result<HttpsTarget> GreengrassCoreFinder::discoveryTarget(const QString& endpoint, const ConnectionOptions& device,
                                                          const QString& thing)
{
    static const QRegularExpression hostPort(QStringLiteral("^([^\\s:/]+)(?::(\\d{1,5}))?$"));
    const QRegularExpressionMatch match = hostPort.match(endpoint.trimmed());
    if (!match.hasMatch() || match.captured(2).toInt() > 65535) {
        return Error{QStringLiteral("bad_discovery_endpoint"),
                     tr("Enter the discovery endpoint as host:port, e.g. "
                        "greengrass-ats.iot.eu-west-1.amazonaws.com:8443."),
                     {}};
    }
    if (thing.isEmpty() || device.certFile.isEmpty() || device.keyFile.isEmpty()) {
        return Error{QStringLiteral("discovery_needs_device"),
                     tr("Greengrass discovery needs the thing name and its certificate and private key: enter them in "
                        "the connection settings."),
                     {}};
    }
    HttpsTarget target;
    target.host = match.captured(1);
    target.port = match.captured(2).isEmpty() ? DISCOVERY_PORT : quint16(match.captured(2).toUInt());
    target.tls.caFile = device.caFile;
    target.tls.certFile = device.certFile;
    target.tls.keyFile = device.keyFile;
    target.tls.passphrase = device.passphrase;
    if (target.port == 443) {
        target.tls.alpn = {DISCOVERY_ALPN}; // §2.1: 443 needs ALPN x-amzn-http-ca
    }
    return target;
}

QString GreengrassCoreFinder::caFilePath(const QString& directory, const QString& groupId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    const QString name = QString(groupId).replace(unsafe, QStringLiteral("_"));
    return QDir(directory).filePath(QStringLiteral("%1-ca.pem").arg(name.isEmpty() ? QStringLiteral("group") : name));
}

ConnectionOptions GreengrassCoreFinder::coreOptions(const ConnectionOptions& device, const DiscoveryAttempt& attempt,
                                                    const QString& thing, const QString& caFile)
{
    ConnectionOptions options = device;
    options.transport = Transport::Tls;
    options.host = attempt.endpoint.hostAddress;
    options.port = attempt.endpoint.port;
    options.path.clear();
    options.caFile = caFile;
    options.alpn.clear();
    options.sigV4.reset();
    options.clientId = thing; // §2.3: the client ID must be the thing name
    return options;
}

void GreengrassCoreFinder::find(const HttpsTarget& target, const ConnectionOptions& device, const QString& thing,
                                const QString& caDirectory)
{
    abort();
    m_device = device;
    m_thing = thing;
    m_caDirectory = caDirectory;
    m_busy = true;
    m_discovery = std::make_unique<GreengrassDiscovery>();
    // abort() disconnects an earlier search's signals: what arrives here is about this one.
    connect(m_discovery.get(), &GreengrassDiscovery::discovered, this, [this](const DiscoveryResponse& response) {
        m_response = response;
        Q_EMIT discovered(response);
        if (m_discovery) {
            m_discovery->connectToCore(response, m_device, m_thing);
        }
    });
    connect(m_discovery.get(), &GreengrassDiscovery::attemptStarted, this, &GreengrassCoreFinder::attemptStarted);
    connect(m_discovery.get(), &GreengrassDiscovery::attemptFailed, this, &GreengrassCoreFinder::attemptFailed);
    connect(m_discovery.get(), &GreengrassDiscovery::coreConnected, this, &GreengrassCoreFinder::onCoreConnected);
    connect(m_discovery.get(), &GreengrassDiscovery::failed, this, [this](const Error& error) {
        m_busy = false;
        finish();
        Q_EMIT failed(error);
    });
    m_discovery->discover(target, thing);
}

void GreengrassCoreFinder::abort()
{
    ++m_generation;
    m_busy = false;
    finish();
}

void GreengrassCoreFinder::finish()
{
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->abort();                 // closes the loop's test connection: the caller connects on its own
        m_discovery.release()->deleteLater(); // may be inside one of its own signals
    }
}

void GreengrassCoreFinder::onCoreConnected(const DiscoveryAttempt& attempt)
{
    finish();
    QStringList cas;
    for (const DiscoveryGroup& group : std::as_const(m_response.groups)) {
        if (group.groupId == attempt.groupId) {
            cas = group.cas;
        }
    }
    const QString path = caFilePath(m_caDirectory, attempt.groupId);
    const QByteArray pem = cas.join(QLatin1Char('\n')).toUtf8();
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, attempt, path, cas] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // aborted or searching again meanwhile
        }
        m_busy = false;
        if (const Result<void> written = watcher->result(); !written) {
            Q_EMIT failed(written.error());
            return;
        }
        Q_EMIT coreFound(coreOptions(m_device, attempt, m_thing, cas.isEmpty() ? m_device.caFile : path), attempt);
    });
    watcher->setFuture(QtConcurrent::run([path, pem] { // the CA file is the app's: owner-only, off this thread
        return FileIo::writeFileAtomically(path, pem, FileIo::Permissions::OwnerOnly);
    }));
}

} // namespace Aws
