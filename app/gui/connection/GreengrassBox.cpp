// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/GreengrassBox.h"
#include "ui_GreengrassBox.h"

#include "aws/AwsEndpoint.h"
#include "common/AppPaths.h"
#include "common/FileIo.h"

#include <QAccessible>
#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr quint16 DISCOVERY_PORT = 8443;
const QString DISCOVERY_ALPN = QStringLiteral("x-amzn-http-ca");

enum Column { CoreColumn, EndpointColumn, ResultColumn };

/// "arn:aws:iot:us-west-2:123456789012:thing/MyCore" → "MyCore".
QString coreName(const QString& thingArn, const QString& groupId)
{
    const qsizetype slash = thingArn.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        return thingArn.mid(slash + 1);
    }
    return thingArn.isEmpty() ? groupId : thingArn;
}

QString endpointText(const Aws::DiscoveryConnectivity& endpoint)
{
    return QStringLiteral("%1:%2").arg(endpoint.hostAddress).arg(endpoint.port);
}

} // namespace

GreengrassBox::GreengrassBox(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::GreengrassBox>())
    , m_caDirectory(QDir(AppPaths::dataDirectory()).filePath(QStringLiteral("greengrass")))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("greengrassBox"));
    QHeaderView* header = m_ui->coresTreeWidget->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CoreColumn, QHeaderView::Stretch); // long core names are elided (full in tooltips)
    header->setSectionResizeMode(EndpointColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_ui->coresTreeWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QPushButton* button : {m_ui->discoverButton, m_ui->cancelDiscoveryButton}) {
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // the progress bar takes the rest
    }
    m_ui->buttonsLayout->setAlignment(m_ui->discoverButton, Qt::AlignLeft);
    connect(m_ui->enableCheckBox, &QCheckBox::toggled, this, &GreengrassBox::updateEnabledStates);
    connect(m_ui->discoverButton, &QPushButton::clicked, this, &GreengrassBox::discoverRequested);
    connect(m_ui->cancelDiscoveryButton, &QPushButton::clicked, this, [this] {
        cancel();
        setStatus(tr("Discovery cancelled."), false);
    });
    connect(m_ui->discoveryEndpointLineEdit, &QLineEdit::textChanged, this, [this] { m_core.reset(); });
    setBusy(false);
    updateEnabledStates();
}

GreengrassBox::~GreengrassBox()
{
    if (m_discovery) {
        m_discovery->abort();
    }
}

bool GreengrassBox::useCore() const
{
    return m_ui->enableCheckBox->isChecked();
}

void GreengrassBox::setUseCore(bool use)
{
    m_ui->enableCheckBox->setChecked(use);
}

void GreengrassBox::setEndpointHost(const QString& host)
{
    m_host = host;
    const QString region = Aws::regionFromEndpoint(host);
    m_ui->discoveryEndpointLineEdit->setPlaceholderText(
        region.isEmpty() ? tr("host:port of the discovery service")
                         : QStringLiteral("%1:%2").arg(Aws::greengrassDiscoveryHost(region)).arg(DISCOVERY_PORT));
}

void GreengrassBox::setDiscoveryEndpoint(const QString& endpoint)
{
    m_ui->discoveryEndpointLineEdit->setText(endpoint);
}

QString GreengrassBox::discoveryEndpoint() const
{
    const QString typed = m_ui->discoveryEndpointLineEdit->text().trimmed();
    return typed.isEmpty() ? m_ui->discoveryEndpointLineEdit->placeholderText() : typed;
}

void GreengrassBox::discover(const ConnectionOptions& device, const QString& thing)
{
    cancel();
    static const QRegularExpression hostPort(QStringLiteral("^([^\\s:/]+)(?::(\\d{1,5}))?$"));
    const QRegularExpressionMatch match = hostPort.match(discoveryEndpoint());
    if (!match.hasMatch() || match.captured(2).toInt() > 65535) {
        setStatus(
            tr("Enter the discovery endpoint as host:port, e.g. greengrass-ats.iot.eu-west-1.amazonaws.com:8443."),
            true);
        return;
    }
    if (thing.isEmpty() || device.certFile.isEmpty() || device.keyFile.isEmpty()) {
        setStatus(tr("Discovery needs the thing name and its certificate and private key: enter them above."), true);
        return;
    }
    m_device = device;
    m_thing = thing;
    Aws::HttpsTarget target;
    target.host = match.captured(1);
    target.port = match.captured(2).isEmpty() ? DISCOVERY_PORT : quint16(match.captured(2).toUInt());
    target.tls.caFile = device.caFile;
    target.tls.certFile = device.certFile;
    target.tls.keyFile = device.keyFile;
    target.tls.passphrase = device.passphrase;
    if (target.port == 443) {
        target.tls.alpn = {DISCOVERY_ALPN}; // §2.1: 443 needs ALPN x-amzn-http-ca
    }
    m_discovery = std::make_unique<Aws::GreengrassDiscovery>();
    // cancel() disconnects an earlier run's signals: what arrives here is about this run.
    connect(m_discovery.get(), &Aws::GreengrassDiscovery::discovered, this, &GreengrassBox::onDiscovered);
    connect(m_discovery.get(), &Aws::GreengrassDiscovery::attemptStarted, this,
            [this](const Aws::DiscoveryAttempt& attempt) { onAttempt(attempt, tr("Trying…")); });
    connect(m_discovery.get(), &Aws::GreengrassDiscovery::attemptFailed, this,
            [this](const Aws::DiscoveryAttempt& attempt, const QString& message) { onAttempt(attempt, message); });
    connect(m_discovery.get(), &Aws::GreengrassDiscovery::coreConnected, this, &GreengrassBox::onCoreConnected);
    connect(m_discovery.get(), &Aws::GreengrassDiscovery::failed, this, &GreengrassBox::onFailed);
    setBusy(true);
    setStatus(tr("Asking %1 which Greengrass cores “%2” may use…").arg(discoveryEndpoint(), thing), false);
    m_discovery->discover(target, thing);
}

void GreengrassBox::cancel()
{
    ++m_generation;
    m_core.reset();
    if (m_discovery) {
        m_discovery->disconnect(this);
        m_discovery->abort();
        m_discovery.release()->deleteLater(); // may be inside one of its own signals
    }
    setBusy(false);
}

QString GreengrassBox::statusText() const
{
    return m_ui->greengrassStatusLabel->text();
}

void GreengrassBox::onDiscovered(const Aws::DiscoveryResponse& response)
{
    m_response = response;
    m_ui->coresTreeWidget->clear();
    int endpoints = 0;
    for (const Aws::DiscoveryGroup& group : response.groups) {
        for (const Aws::DiscoveryCore& core : group.cores) {
            for (const Aws::DiscoveryConnectivity& endpoint : core.connectivity) {
                auto* item = new QTreeWidgetItem(m_ui->coresTreeWidget);
                item->setText(CoreColumn, coreName(core.thingArn, group.groupId));
                item->setToolTip(CoreColumn, core.thingArn);
                item->setText(EndpointColumn, endpointText(endpoint));
                item->setToolTip(EndpointColumn, endpoint.metadata);
                ++endpoints;
            }
        }
    }
    setStatus(tr("Found %n core endpoint(s). Trying each in order…", nullptr, endpoints), false);
    m_discovery->connectToCore(response, m_device, m_thing);
}

void GreengrassBox::onAttempt(const Aws::DiscoveryAttempt& attempt, const QString& result)
{
    if (QTreeWidgetItem* item = m_ui->coresTreeWidget->topLevelItem(attempt.number - 1)) {
        item->setText(ResultColumn, result);
        item->setToolTip(ResultColumn, result);
    }
}

void GreengrassBox::onCoreConnected(const Aws::DiscoveryAttempt& attempt)
{
    onAttempt(attempt, tr("Works"));
    m_discovery->abort(); // the test connection: the window connects on its own
    QStringList cas;
    for (const Aws::DiscoveryGroup& group : std::as_const(m_response.groups)) {
        if (group.groupId == attempt.groupId) {
            cas = group.cas;
        }
    }
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    const QString name = QString(attempt.groupId).replace(unsafe, QStringLiteral("_"));
    const QString path =
        QDir(m_caDirectory).filePath(QStringLiteral("%1-ca.pem").arg(name.isEmpty() ? u"group"_qs : name));
    const QByteArray pem = cas.join(QLatin1Char('\n')).toUtf8();
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, attempt, path, cas] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return;
        }
        if (const Result<void> written = watcher->result(); !written) {
            onFailed(written.error());
            return;
        }
        useCoreConnection(attempt, cas.isEmpty() ? m_device.caFile : path);
    });
    watcher->setFuture(QtConcurrent::run([path, pem] { // the CA file is the app's: owner-only, off the GUI thread
        return FileIo::writeFileAtomically(path, pem, FileIo::Permissions::OwnerOnly);
    }));
}

void GreengrassBox::useCoreConnection(const Aws::DiscoveryAttempt& attempt, const QString& caFile)
{
    ConnectionOptions options = m_device;
    options.transport = Transport::Tls;
    options.host = attempt.endpoint.hostAddress;
    options.port = attempt.endpoint.port;
    options.path.clear();
    options.caFile = caFile;
    options.alpn.clear();
    options.clientId = m_thing; // §2.3: the client ID must be the thing name
    m_core = options;
    setBusy(false);
    setStatus(tr("Core %1 answers at %2. OK connects through it as “%3”.")
                  .arg(coreName(attempt.coreThingArn, attempt.groupId), endpointText(attempt.endpoint), m_thing),
              false);
    Q_EMIT coreFound();
}

void GreengrassBox::onFailed(const Error& error)
{
    setBusy(false);
    setStatus(error.message, true);
}

void GreengrassBox::setBusy(bool busy)
{
    m_ui->discoverButton->setEnabled(!busy && useCore());
    m_ui->cancelDiscoveryButton->setVisible(busy);
    m_ui->discoveryProgressBar->setVisible(busy);
}

void GreengrassBox::setStatus(const QString& text, bool problem)
{
    m_ui->greengrassStatusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a40000; }") : QString());
    if (m_ui->greengrassStatusLabel->text() == text) {
        return;
    }
    // No accessible name: the text is what assistive technology reads, announced on each change.
    m_ui->greengrassStatusLabel->setText(text);
    QAccessibleEvent changed(m_ui->greengrassStatusLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    Q_EMIT statusChanged(text);
}

void GreengrassBox::updateEnabledStates()
{
    const bool use = useCore();
    m_ui->discoveryEndpointLineEdit->setEnabled(use);
    m_ui->coresTreeWidget->setEnabled(use);
    m_ui->discoverButton->setEnabled(use && !m_ui->discoveryProgressBar->isVisibleTo(this));
    if (!use) {
        cancel();
    }
}
