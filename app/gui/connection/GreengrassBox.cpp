// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/GreengrassBox.h"
#include "ui_GreengrassBox.h"

#include "common/AppPaths.h"

#include <QAccessible>
#include <QDir>
#include <QHeaderView>

namespace {

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
    , m_finder(new Aws::GreengrassCoreFinder(this))
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
    connect(m_finder, &Aws::GreengrassCoreFinder::discovered, this, &GreengrassBox::onDiscovered);
    connect(m_finder, &Aws::GreengrassCoreFinder::attemptStarted, this,
            [this](const Aws::DiscoveryAttempt& attempt) { onAttempt(attempt, tr("Trying…")); });
    connect(m_finder, &Aws::GreengrassCoreFinder::attemptFailed, this, &GreengrassBox::onAttempt);
    connect(m_finder, &Aws::GreengrassCoreFinder::coreFound, this, &GreengrassBox::onCoreFound);
    connect(m_finder, &Aws::GreengrassCoreFinder::failed, this, &GreengrassBox::onFailed);
    setBusy(false);
    updateEnabledStates();
}

GreengrassBox::~GreengrassBox() = default;

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
    const QString endpoint = Aws::GreengrassCoreFinder::defaultEndpoint(host);
    m_ui->discoveryEndpointLineEdit->setPlaceholderText(endpoint.isEmpty() ? tr("host:port of the discovery service")
                                                                           : endpoint);
}

void GreengrassBox::setDiscoveryEndpoint(const QString& endpoint)
{
    m_ui->discoveryEndpointLineEdit->setText(endpoint);
}

QString GreengrassBox::discoveryEndpoint() const
{
    const QString typed = typedDiscoveryEndpoint();
    return typed.isEmpty() ? m_ui->discoveryEndpointLineEdit->placeholderText() : typed;
}

QString GreengrassBox::typedDiscoveryEndpoint() const
{
    return m_ui->discoveryEndpointLineEdit->text().trimmed();
}

void GreengrassBox::discover(const ConnectionOptions& device, const QString& thing)
{
    cancel();
    const auto target = Aws::GreengrassCoreFinder::discoveryTarget(discoveryEndpoint(), device, thing);
    if (!target) {
        onFailed(target.error());
        return;
    }
    m_thing = thing;
    m_ui->coresTreeWidget->clear();
    setBusy(true);
    setStatus(tr("Asking %1 which Greengrass cores “%2” may use…").arg(discoveryEndpoint(), thing), false);
    m_finder->find(*target, device, thing, m_caDirectory);
}

void GreengrassBox::cancel()
{
    m_core.reset();
    m_failed = false;
    m_finder->abort();
    setBusy(false);
}

QString GreengrassBox::statusText() const
{
    return m_ui->greengrassStatusLabel->text();
}

void GreengrassBox::onDiscovered(const Aws::DiscoveryResponse& response)
{
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
}

void GreengrassBox::onAttempt(const Aws::DiscoveryAttempt& attempt, const QString& result)
{
    if (QTreeWidgetItem* item = m_ui->coresTreeWidget->topLevelItem(attempt.number - 1)) {
        item->setText(ResultColumn, result);
        item->setToolTip(ResultColumn, result);
    }
}

void GreengrassBox::onCoreFound(const ConnectionOptions& options, const Aws::DiscoveryAttempt& attempt)
{
    onAttempt(attempt, tr("Works"));
    m_core = options;
    setBusy(false);
    setStatus(tr("Core %1 answers at %2. OK connects through it as “%3”.")
                  .arg(coreName(attempt.coreThingArn, attempt.groupId), endpointText(attempt.endpoint), m_thing),
              false);
    Q_EMIT coreFound();
}

void GreengrassBox::onFailed(const Error& error)
{
    m_failed = true;
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
