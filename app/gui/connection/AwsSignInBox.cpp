// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/AwsSignInBox.h"
#include "ui_AwsSignInBox.h"

#include "aws/AwsEndpoint.h"

#include <QAccessible>
#include <QDir>
#include <QFutureWatcher>
#include <QSignalBlocker>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int READ_DELAY_MS = 250;

/// Runs `work` on the global pool and hands its result to `then` on `context`'s thread (never after it is gone).
template <typename T, typename Work, typename Then>
void runThen(QObject* context, Work work, Then then)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

AwsSignInBox::AwsSignInBox(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::AwsSignInBox>())
    , m_environment(Aws::systemEnvironment())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("awsSignInBox"));
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(READ_DELAY_MS);
    connect(&m_readTimer, &QTimer::timeout, this, &AwsSignInBox::readCredentials);
    connect(m_ui->sourceComboBox, &QComboBox::currentIndexChanged, this, &AwsSignInBox::onSourceChanged);
    connect(m_ui->profileComboBox, &QComboBox::currentTextChanged, this, &AwsSignInBox::scheduleRead);
    connect(m_ui->credentialsFileLineEdit, &QLineEdit::textChanged, this, [this] {
        listProfiles();
        scheduleRead();
    });
    connect(m_ui->askSessionTokenCheckBox, &QCheckBox::toggled, this, [this](bool ask) {
        m_ui->sessionTokenLineEdit->setEnabled(!ask); // asked at each connect instead: nothing typed here is kept
        scheduleRead();
    });
    for (QLineEdit* field :
         {m_ui->accessKeyIdLineEdit, m_ui->secretAccessKeyLineEdit, m_ui->sessionTokenLineEdit, m_ui->regionLineEdit}) {
        connect(field, &QLineEdit::textChanged, this, &AwsSignInBox::scheduleRead);
    }
    updateRegionPlaceholder();
    onSourceChanged();
}

AwsSignInBox::~AwsSignInBox() = default;

void AwsSignInBox::setSettings(const AwsSignInSettings& settings, const AwsTypedSecrets& typed)
{
    {
        const QSignalBlocker blocker(m_ui->sourceComboBox);
        m_ui->sourceComboBox->setCurrentIndex(int(settings.source));
    }
    m_ui->profileComboBox->setCurrentText(settings.profile);
    m_ui->credentialsFileLineEdit->setText(settings.credentialsFile);
    m_ui->accessKeyIdLineEdit->setText(settings.accessKeyId);
    m_ui->secretAccessKeyLineEdit->setText(typed.secretAccessKey);
    m_ui->sessionTokenLineEdit->setText(typed.sessionToken);
    m_ui->askSessionTokenCheckBox->setChecked(settings.askSessionToken);
    m_ui->regionLineEdit->setText(settings.region);
    onSourceChanged();
}

AwsSignInSettings AwsSignInBox::settings() const
{
    AwsSignInSettings settings;
    settings.source = source();
    settings.region = m_ui->regionLineEdit->text().trimmed();
    if (settings.source == AwsSignInSettings::Source::Profile) {
        settings.profile = m_ui->profileComboBox->currentText().trimmed();
        settings.credentialsFile = m_ui->credentialsFileLineEdit->text().trimmed();
    } else if (settings.source == AwsSignInSettings::Source::TypedIn) {
        settings.accessKeyId = m_ui->accessKeyIdLineEdit->text().trimmed();
        settings.askSessionToken = m_ui->askSessionTokenCheckBox->isChecked();
    }
    return settings;
}

AwsTypedSecrets AwsSignInBox::typedSecrets() const
{
    if (source() != AwsSignInSettings::Source::TypedIn) {
        return {};
    }
    // A token asked for at each connect is never taken from here (nor kept in the keychain).
    const bool askToken = m_ui->askSessionTokenCheckBox->isChecked();
    return {m_ui->secretAccessKeyLineEdit->text().trimmed(),
            askToken ? QString() : m_ui->sessionTokenLineEdit->text().trimmed()};
}

void AwsSignInBox::setEndpointHost(const QString& host)
{
    if (host == m_host) {
        return;
    }
    m_host = host;
    updateRegionPlaceholder();
    if (m_credentials) { // the region may come from the endpoint: the status line says which one now
        onRead(m_generation, *m_credentials);
    }
}

void AwsSignInBox::setEnvironment(const Aws::Environment& environment)
{
    m_environment = environment;
    listProfiles();
    scheduleRead();
}

bool AwsSignInBox::isReady() const
{
    return !m_reading && !m_readTimer.isActive() && signing().has_value();
}

std::optional<SigV4Signing> AwsSignInBox::signing() const
{
    if (!m_credentials) {
        return std::nullopt;
    }
    const auto signing = AwsSignIn::signing(settings(), *m_credentials, m_host);
    return signing ? std::optional<SigV4Signing>(*signing) : std::nullopt;
}

QString AwsSignInBox::statusText() const
{
    return m_ui->statusLabel->text();
}

void AwsSignInBox::onSourceChanged()
{
    const AwsSignInSettings::Source current = source();
    const bool profile = current == AwsSignInSettings::Source::Profile;
    const bool typed = current == AwsSignInSettings::Source::TypedIn;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->profileLabel), static_cast<QWidget*>(m_ui->profileComboBox),
          static_cast<QWidget*>(m_ui->credentialsFileLabel), static_cast<QWidget*>(m_ui->credentialsFileLineEdit)}) {
        widget->setVisible(profile);
    }
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->accessKeyIdLabel), static_cast<QWidget*>(m_ui->accessKeyIdLineEdit),
          static_cast<QWidget*>(m_ui->secretAccessKeyLabel), static_cast<QWidget*>(m_ui->secretAccessKeyLineEdit),
          static_cast<QWidget*>(m_ui->sessionTokenLabel), static_cast<QWidget*>(m_ui->sessionTokenLineEdit),
          static_cast<QWidget*>(m_ui->askSessionTokenCheckBox)}) {
        widget->setVisible(typed);
    }
    if (profile) {
        listProfiles();
    }
    scheduleRead();
}

void AwsSignInBox::scheduleRead()
{
    m_credentials.reset();
    ++m_generation; // a read still running answers for settings that are gone
    m_readTimer.start();
}

void AwsSignInBox::readCredentials()
{
    m_reading = true;
    setStatus(tr("Reading the AWS credentials…"), false);
    const quint64 generation = ++m_generation;
    const AwsSignInSettings settings = this->settings();
    const AwsTypedSecrets typed = typedSecrets();
    const Aws::Environment environment = m_environment;
    const QString home = QDir::homePath();
    runThen<Result<Aws::AwsCredentials>>(
        this,
        [settings, typed, environment, home] { return AwsSignIn::readCredentials(settings, typed, environment, home); },
        [this, generation](const Result<Aws::AwsCredentials>& result) { onRead(generation, result); });
}

void AwsSignInBox::listProfiles()
{
    if (source() != AwsSignInSettings::Source::Profile) {
        return;
    }
    Aws::Environment environment = m_environment;
    if (const QString file = m_ui->credentialsFileLineEdit->text().trimmed(); !file.isEmpty()) {
        environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), file);
    }
    const QString home = QDir::homePath();
    runThen<QStringList>(
        this, [environment, home] { return Aws::listProfiles(environment, home); },
        [this](const QStringList& profiles) {
            const QString current = m_ui->profileComboBox->currentText();
            const QSignalBlocker blocker(m_ui->profileComboBox);
            m_ui->profileComboBox->clear();
            m_ui->profileComboBox->addItems(profiles);
            m_ui->profileComboBox->setCurrentText(current.isEmpty() && !profiles.isEmpty() ? profiles.first()
                                                                                           : current);
            if (current.isEmpty() && !profiles.isEmpty()) {
                scheduleRead();
            }
        });
}

void AwsSignInBox::onRead(quint64 generation, const Result<Aws::AwsCredentials>& result)
{
    if (generation != m_generation) {
        return; // the settings changed meanwhile: another read follows
    }
    m_reading = false;
    if (!result) {
        m_credentials.reset();
        setStatus(result.error().message, true);
        return;
    }
    m_credentials = *result;
    const QString region = AwsSignIn::effectiveRegion(settings(), m_host, *result);
    setStatus(AwsSignIn::describe(*result, region), region.isEmpty());
}

void AwsSignInBox::updateRegionPlaceholder()
{
    const QString fromHost = Aws::regionFromEndpoint(m_host);
    m_ui->regionLineEdit->setPlaceholderText(fromHost.isEmpty() ? tr("From the credentials")
                                                                : tr("%1 (from the endpoint)").arg(fromHost));
}

void AwsSignInBox::setStatus(const QString& text, bool problem)
{
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a40000; }") : QString());
    if (m_ui->statusLabel->text() == text) {
        return;
    }
    // The label has no accessible name: its text is what assistive technology reads, announced on each change.
    m_ui->statusLabel->setText(text);
    QAccessibleEvent changed(m_ui->statusLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    Q_EMIT statusChanged(text);
}

AwsSignInSettings::Source AwsSignInBox::source() const
{
    return AwsSignInSettings::Source(qBound(0, m_ui->sourceComboBox->currentIndex(), 2));
}
