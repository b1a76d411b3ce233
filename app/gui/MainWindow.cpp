// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "aws/GreengrassCoreFinder.h"
#include "certs/CertificateManager.h"
#include "charts/ChartView.h"
#include "common/AppPaths.h"
#include "common/BuildInfo.h"
#include "connection/ConnectionDialog.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MessageInbox.h"
#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"
#include "policy/PolicyView.h"
#include "publish/PublishComposer.h"
#include "recording/RecordReplayDialog.h"
#include "registry/RegistryView.h"
#include "sandbox/DecisionLog.h"
#include "shadow/ShadowView.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/DialogSeams.h"
#include "support/FileDrops.h"
#include "tree/RetainedCleaner.h"
#include "tree/TopicTreePane.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QElapsedTimer>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QDir>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent, Start start)
    : QMainWindow(parent)
    , m_session(new MqttSession(this))
{
    setWindowTitle(tr("ThingBench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/thingbench.svg")));
    resize(1100, 720);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* bar = new QHBoxLayout;
    m_connectionBar = bar;
    auto* urlLabel = new QLabel(tr("&Broker:"), central);
    m_urlLineEdit = new QLineEdit(QStringLiteral("mqtt://127.0.0.1:1883"), central);
    m_urlLineEdit->setObjectName(QStringLiteral("urlLineEdit"));
    m_urlLineEdit->setAccessibleName(tr("Broker URL"));
    m_urlLineEdit->setAccessibleDescription(tr("mqtt://, mqtts://, ws:// or wss:// URL of the broker"));
    urlLabel->setBuddy(m_urlLineEdit);
    m_connectButton = new QPushButton(tr("&Connect"), central);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect or disconnect"));
    m_settingsButton = new QPushButton(tr("Sett&ings…"), central);
    m_settingsButton->setObjectName(QStringLiteral("connectionSettingsButton"));
    m_settingsButton->setAccessibleName(tr("Connection settings"));
    m_settingsButton->setAccessibleDescription(tr("TLS files, ALPN, client ID, MQTT version, last will, AWS IoT"));
    m_stateLabel = new QLabel(stateText(SessionState::Disconnected), central);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    // No accessible name: a screen reader reads the state itself ("Connected to …"), and QLabel::setText reports
    // each change as NameChanged. The description says what the text is.
    m_stateLabel->setAccessibleDescription(tr("Connection state"));
    bar->addWidget(urlLabel);
    bar->addWidget(m_urlLineEdit, 1);
    bar->addWidget(m_connectButton);
    bar->addWidget(m_settingsButton);
    bar->addWidget(m_stateLabel);
    layout->addLayout(bar);

    m_banner = new MessageBanner(central); // an alert for assistive technology; hidden until there is a message
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("messagesSplitter"));
    m_messagesSplitter = splitter;
    m_paneTabs = new QTabWidget(splitter);
    m_paneTabs->setObjectName(QStringLiteral("paneTabs"));
    m_paneTabs->setAccessibleName(tr("Subscription panes"));
    m_paneTabs->setTabsClosable(true);
    m_paneTabs->setMovable(true);
    m_paneTabs->setDocumentMode(true);
    m_composer = new PublishComposer(m_session, splitter);
    m_composer->setObjectName(QStringLiteral("publishComposer"));
    splitter->addWidget(m_paneTabs);
    splitter->addWidget(m_composer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 260});
    layout->addWidget(setupScreens(splitter), 1);
    connect(m_paneTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* pane = qobject_cast<SubscriptionPane*>(m_paneTabs->widget(index))) {
            closePane(pane->id());
        }
    });
    setCentralWidget(central);

    // Live counters: their text is what assistive technology reads; the description says what is counted.
    const auto addCounter = [this](const QString& objectName, const QString& description) {
        auto* label = new QLabel(this);
        label->setObjectName(objectName);
        label->setAccessibleDescription(description);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_receivedLabel = addCounter(QStringLiteral("receivedCounterLabel"), tr("Messages received on this connection"));
    m_rateLabel = addCounter(QStringLiteral("rateCounterLabel"), tr("Messages received in the last second"));
    m_droppedLabel = addCounter(QStringLiteral("droppedCounterLabel"),
                                tr("Messages dropped: inbox full (arriving faster than shown), pane full (a pane's "
                                   "queue reached its limit), while paused (a paused pane's hold overflowed)"));

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* connectAction = fileMenu->addAction(tr("&Connect / Disconnect"), this, &MainWindow::toggleConnection);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    auto* addPaneAction = fileMenu->addAction(tr("New subscription &pane"), this, [this] { addPane(); });
    addPaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    auto* addTreeAction = fileMenu->addAction(tr("New topic &tree"), this, [this] { addTreePane(); });
    addTreeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    auto* recordAction = fileMenu->addAction(tr("&Record and replay…"), this, [this] { openRecordReplay(); });
    recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_settingsAction = fileMenu->addAction(tr("Connection &settings…"), this, [this] { openConnectionSettings(); });
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* messagesAction = viewMenu->addAction(tr("&Messages"), this, [this] { showScreen(Screen::Messages); });
    messagesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto* shadowsAction = viewMenu->addAction(tr("&Shadow workbench"), this, [this] { showScreen(Screen::Shadows); });
    shadowsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    auto* certificatesAction =
        viewMenu->addAction(tr("&Certificate manager"), this, [this] { showScreen(Screen::Certificates); });
    certificatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    auto* registryAction = viewMenu->addAction(tr("&Registry"), this, [this] { showScreen(Screen::Registry); });
    registryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    auto* policiesAction = viewMenu->addAction(tr("&Policies"), this, [this] { showScreen(Screen::Policies); });
    policiesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    auto* chartsAction = viewMenu->addAction(tr("C&harts"), this, [this] { showScreen(Screen::Charts); });
    chartsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ThingBench"), this, &MainWindow::showAbout);

    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::toggleConnection);
    connect(m_urlLineEdit, &QLineEdit::returnPressed, this, &MainWindow::toggleConnection);
    connect(m_settingsButton, &QPushButton::clicked, this, [this] { openConnectionSettings(); });
    connect(m_urlLineEdit, &QLineEdit::textEdited, this, &MainWindow::updateAwsIotMode);
    if (auto initial = ConnectionOptions::fromUrl(m_urlLineEdit->text())) {
        m_options = *initial;
    }
    connect(m_session, &MqttSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &MqttSession::errorOccurred, this,
            [this](SessionError, const QString& message) { showError(message); });

    connect(m_session, &MqttSession::subscribeFailed, this, &MainWindow::onSubscribeFailed);
    m_decisions = new Sandbox::DecisionLogWatcher(this);
    connect(m_decisions, &Sandbox::DecisionLogWatcher::refused, this, &MainWindow::explainRefusal);

    connect(m_session, &MqttSession::messagesReceived, this, &MainWindow::routeMessages);
    connect(m_session, &MqttSession::messagesReceived, this, &MainWindow::wakeCounters);
    m_flushTimer.setInterval(FLUSH_INTERVAL_MS);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &MainWindow::flushPanes);

    // At least four refreshes a second, so the status bar never contradicts the pane beside it (panes flush every
    // 50 ms). The timer stops when disconnected and idle; batches, state changes and pane changes restart it.
    m_counterTimer = new QTimer(this);
    m_counterTimer->setObjectName(QStringLiteral("counterTimer"));
    m_counterTimer->setInterval(250);
    connect(m_counterTimer, &QTimer::timeout, this, &MainWindow::updateCounters);
    m_clock.start();
    updateCounters();

    if (start == Start::WithPane) {
        addPane();
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::toggleConnection()
{
    if (isDiscoveringCore()) { // Connect again during discovery: stop it
        m_coreFinder->abort();
        onStateChanged(m_session->state());
        return;
    }
    if (m_session->state() != SessionState::Disconnected) {
        m_session->disconnectFromBroker();
        return;
    }
    m_banner->dismiss();
    auto options = connectionOptions();
    if (!options) {
        showError(options.error().message);
        return;
    }
    if (!askForSecrets(*options)) {
        return;
    }
    if (m_awsSignIn && options->transport == Transport::SecureWebSocket) {
        signInThenConnect(*options);
        return;
    }
    if (m_greengrass && options->transport == Transport::Tls) {
        discoverThenConnect(*options);
        return;
    }
    m_session->connectToBroker(*options);
}

bool MainWindow::isDiscoveringCore() const
{
    return m_coreFinder && m_coreFinder->isBusy();
}

void MainWindow::discoverThenConnect(const ConnectionOptions& device)
{
    const QString thing = m_greengrass->thingName.isEmpty() ? m_thingName : m_greengrass->thingName;
    const QString endpoint = m_greengrass->discoveryEndpoint.isEmpty()
        ? Aws::GreengrassCoreFinder::defaultEndpoint(device.host)
        : m_greengrass->discoveryEndpoint;
    if (endpoint.isEmpty()) {
        showError(tr("Cannot connect through a Greengrass core: %1 is not an AWS IoT endpoint, so the discovery "
                     "endpoint is not known. Enter it in the connection settings (Greengrass, Discovery endpoint).")
                      .arg(device.host));
        return;
    }
    const auto target = Aws::GreengrassCoreFinder::discoveryTarget(endpoint, device, thing);
    if (!target) {
        showError(tr("Cannot connect through a Greengrass core: %1").arg(target.error().message));
        return;
    }
    if (!m_coreFinder) {
        m_coreFinder = new Aws::GreengrassCoreFinder(this);
        connect(m_coreFinder, &Aws::GreengrassCoreFinder::coreFound, this, [this](const ConnectionOptions& core) {
            onStateChanged(m_session->state());
            if (m_session->state() == SessionState::Disconnected) {
                m_session->connectToBroker(core);
            }
        });
        connect(m_coreFinder, &Aws::GreengrassCoreFinder::failed, this, [this](const Error& error) {
            onStateChanged(m_session->state());
            showError(tr("Greengrass discovery found no core to connect to: %1 To connect to the endpoint directly, "
                         "clear “Connect through a Greengrass core” in the connection settings.")
                          .arg(error.message));
        });
    }
    const QString caDirectory = m_greengrassCaDirectory.isEmpty()
        ? QDir(AppPaths::dataDirectory()).filePath(QStringLiteral("greengrass"))
        : m_greengrassCaDirectory;
    m_coreFinder->find(*target, device, thing, caDirectory); // network and the CA file: never on this thread
    m_stateLabel->setText(tr("Asking %1 which Greengrass cores “%2” may use…").arg(endpoint, thing));
    m_connectButton->setText(tr("&Cancel"));
    for (QWidget* widget : {static_cast<QWidget*>(m_urlLineEdit), static_cast<QWidget*>(m_settingsButton)}) {
        widget->setEnabled(false); // as while connecting: the core found is for these settings
    }
    m_settingsAction->setEnabled(false);
}

void MainWindow::signInThenConnect(const ConnectionOptions& options)
{
    if (m_signingIn) {
        return; // the credentials are being read for this Connect already
    }
    m_signingIn = true;
    m_connectButton->setEnabled(false);
    const AwsSignInSettings settings = *m_awsSignIn;
    const AwsTypedSecrets typed = m_awsSecrets;
    const Aws::Environment environment = m_awsEnvironment.value_or(Aws::systemEnvironment());
    const QString home = QDir::homePath();
    auto* watcher = new QFutureWatcher<Result<Aws::AwsCredentials>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, settings, options] {
        watcher->deleteLater();
        m_signingIn = false;
        m_connectButton->setEnabled(true);
        const Result<Aws::AwsCredentials> read = watcher->result();
        const auto signing =
            read ? AwsSignIn::signing(settings, *read, options.host) : Result<SigV4Signing>(read.error());
        if (!signing) {
            showError(tr("Cannot sign in to AWS IoT: %1").arg(signing.error().message));
            return;
        }
        if (m_session->state() != SessionState::Disconnected) {
            return;
        }
        ConnectionOptions signedOptions = options;
        signedOptions.sigV4 = *signing;
        m_session->connectToBroker(signedOptions);
    });
    watcher->setFuture(QtConcurrent::run([settings, typed, environment, home] {
        return AwsSignIn::readCredentials(settings, typed, environment, home);
    }));
}

void MainWindow::setAwsSignIn(const std::optional<AwsSignInSettings>& signIn)
{
    m_awsSignIn = signIn;
    m_awsSecrets = {}; // another connection's typed keys do not carry over (the keychain's follow)
}

void MainWindow::setAwsSecrets(const QString& secretAccessKey, const QString& sessionToken)
{
    if (!secretAccessKey.isEmpty()) {
        m_awsSecrets.secretAccessKey = secretAccessKey;
    }
    if (!sessionToken.isEmpty()) {
        m_awsSecrets.sessionToken = sessionToken;
    }
}

void MainWindow::setSecretsToAsk(bool password, bool passphrase)
{
    m_askPassword = password;
    m_askPassphrase = passphrase;
}

void MainWindow::setSecrets(const QString& password, const QString& passphrase)
{
    if (!password.isEmpty()) {
        m_options.password = password;
    }
    if (!passphrase.isEmpty()) {
        m_options.passphrase = passphrase;
    }
    updateHttpsTarget();
}

bool MainWindow::askForSecrets(ConnectionOptions& options)
{
    if (m_askPassword && options.password.isEmpty() && !options.username.isEmpty()) {
        const auto answer = DialogSeams::passphrase(
            this, tr("Password"),
            tr("The MQTT password of %1 on %2 (kept in memory until ThingBench closes, never on disk):")
                .arg(options.username, options.host));
        if (!answer) {
            return false;
        }
        m_options.password = options.password = QString::fromUtf8(*answer);
    }
    if (m_askPassphrase && options.passphrase.isEmpty() && !options.keyFile.isEmpty()) {
        const auto answer = DialogSeams::passphrase(
            this, tr("Key passphrase"),
            tr("The passphrase of the private key %1 (kept in memory until ThingBench closes, never on disk):")
                .arg(options.keyFile));
        if (!answer) {
            return false;
        }
        m_options.passphrase = options.passphrase = QString::fromUtf8(*answer);
    }
    return askForAwsSecrets();
}

bool MainWindow::askForAwsSecrets()
{
    if (!m_awsSignIn || m_awsSignIn->source != AwsSignInSettings::Source::TypedIn) {
        return true;
    }
    const bool askKey = m_awsSecrets.secretAccessKey.isEmpty(); // SecretStorage::Ask, or the keychain had none
    const bool askToken = m_awsSignIn->askSessionToken;         // it expires: asked at each connect, never kept
    if (!askKey && !askToken) {
        return true;
    }
    const auto answer = DialogSeams::awsSecrets(this, m_awsSignIn->accessKeyId, askKey);
    if (!answer) {
        return false;
    }
    if (askKey) {
        m_awsSecrets.secretAccessKey = answer->secretAccessKey;
    }
    if (askToken || !answer->sessionToken.isEmpty()) {
        m_awsSecrets.sessionToken = answer->sessionToken;
    }
    return true;
}

Result<ConnectionOptions> MainWindow::connectionOptions() const
{
    auto typed = ConnectionOptions::fromUrl(m_urlLineEdit->text());
    if (!typed) {
        return typed.error();
    }
    ConnectionOptions options = m_options;
    options.setAddress(*typed);
    if (!options.usesTls()) {
        // A plain URL typed by hand: the dialog's TLS settings do not apply to it (they are kept for later).
        options.clearTls();
    }
    return options;
}

QString MainWindow::brokerUrl() const
{
    return m_urlLineEdit->text();
}

void MainWindow::setBrokerUrl(const QString& url)
{
    m_urlLineEdit->setText(url);
    updateAwsIotMode();
}

void MainWindow::connectToBroker()
{
    if (m_session->state() == SessionState::Disconnected) {
        toggleConnection();
    }
}

void MainWindow::closeAllPanes()
{
    for (const quint64 id : m_panes.keys() + m_treePanes.keys()) {
        closePane(id);
    }
}

MainWindow::Screen MainWindow::currentScreen() const
{
    return Screen(qBound(0, m_screenTabs->currentIndex(), int(Screen::Charts)));
}

void MainWindow::setPolicyDecisionLog(const QString& path)
{
    m_decisionLog = path;
    if (path.isEmpty()) {
        m_decisions->stop();
    } else if (m_session->state() != SessionState::Disconnected) {
        m_decisions->watch(path, m_session->clientId());
    }
}

void MainWindow::setRegistryFile(const QString& path)
{
    if (path != m_policyView->registryFile()) {
        m_policyView->setRegistryFile(path);
        m_registryView->setRegistryFile(path);
    }
}

void MainWindow::setSandboxSettings(const SandboxSettings& settings, bool editable)
{
    m_registryView->setSandboxSettings(settings.enforcePolicies, settings.awsMqtt311Disconnect, editable);
}

SandboxSettings MainWindow::sandboxSettings() const
{
    return SandboxSettings{m_registryView->enforcePolicies(), m_registryView->awsMqtt311Disconnect()};
}

void MainWindow::sendSessionToPolicyView()
{
    QStringList filters;
    for (const SubscriptionPane* pane : panes()) {
        const QString filter = pane->activeFilter().isEmpty() ? pane->settings().filter : pane->activeFilter();
        if (!filter.isEmpty() && !filters.contains(filter)) {
            filters << filter;
        }
    }
    QList<QPair<QString, bool>> publishes;
    const QList<PublishComposer::Draft> drafts = m_composer->templates() + QList{m_composer->draft()};
    for (const PublishComposer::Draft& draft : drafts) {
        if (!draft.topic.isEmpty() && !publishes.contains(qMakePair(draft.topic, draft.retain))) {
            publishes.append({draft.topic, draft.retain});
        }
    }
    // A device connects as its thing; the window's own client ID otherwise.
    const QString clientId = m_thingName.isEmpty() ? m_session->clientId() : m_thingName;
    m_policyView->setSession(clientId, filters, publishes);
}

void MainWindow::onSubscribeFailed(const QString& filter, const QString& message)
{
    for (SubscriptionPane* pane : std::as_const(m_panes)) {
        if (pane->activeFilter() == filter) {
            pane->showBrokerRefusal(message);
        }
    }
    for (TopicTreePane* tree : std::as_const(m_treePanes)) {
        if (tree->activeFilter() == filter) {
            tree->showBrokerRefusal(message);
        }
    }
}

void MainWindow::explainRefusal(const Sandbox::PolicyDecision& decision)
{
    const QString name = decision.resourceName();
    if (decision.action == QLatin1String("iot:Connect")) {
        m_banner->showMessage(tr("The sandbox's AWS IoT policy refused to connect as “%1”. %2 Change the policy in "
                                 "the sandbox's registry (thingbench-cli registry), or connect with another "
                                 "certificate or client ID.")
                                  .arg(decision.clientId, decision.explanation),
                              MessageBanner::Kind::Error);
        return;
    }
    if (decision.action == QLatin1String("iot:Publish") || decision.action == QLatin1String("iot:RetainPublish")) {
        const QString what = decision.count > 1
            ? tr("The sandbox's AWS IoT policy refused %1 publishes to “%2”.").arg(decision.count).arg(name)
            : tr("The sandbox's AWS IoT policy refused the publish to “%1”.").arg(name);
        m_composer->showPublishRefusal(
            tr("%1 (MQTT does not tell a QoS 0 publisher.) %2").arg(what, decision.explanation));
        return;
    }
    bool shown = false;
    for (SubscriptionPane* pane : std::as_const(m_panes)) {
        const QString filter = pane->activeFilter();
        if (decision.action == QLatin1String("iot:Subscribe") && filter == name) {
            pane->showBrokerRefusal(
                tr("The sandbox's AWS IoT policy refused this subscription. %1").arg(decision.explanation));
            shown = true;
        } else if (decision.action == QLatin1String("iot:Receive") && !filter.isEmpty() &&
                   TopicFilter::matches(filter, name)) {
            pane->noteWithheld(name, decision.count, decision.explanation);
            shown = true;
        }
    }
    if (!shown) { // e.g. the pane has been closed meanwhile
        m_banner->showMessage(
            tr("The sandbox's AWS IoT policy refused %1 on “%2”. %3").arg(decision.action, name, decision.explanation),
            MessageBanner::Kind::Warning);
    }
}

void MainWindow::setWorkspaceWidget(QWidget* widget)
{
    m_connectionBar->insertWidget(0, widget);
}

ConnectionDialog* MainWindow::openConnectionSettings()
{
    if (m_connectionDialog) {
        m_connectionDialog->raise();
        m_connectionDialog->activateWindow();
        return m_connectionDialog;
    }
    m_connectionDialog = new ConnectionDialog(this);
    m_connectionDialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto current = connectionOptions();
    m_connectionDialog->setOptions(current ? *current : m_options, m_awsIotActive, m_thingName);
    if (m_awsSignIn) {
        m_connectionDialog->setAwsSignIn(*m_awsSignIn, m_awsSecrets);
    }
    m_connectionDialog->setGreengrass(m_greengrass);
    if (m_sandboxWebSocket) {
        m_connectionDialog->offerSandboxWebSocket(*m_sandboxWebSocket);
    }
    ConnectionDialog* dialog = m_connectionDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Through Greengrass: the device's own settings; discovery finds a core again at each Connect.
        m_greengrass = dialog->greengrass();
        applyConnectionSettings(m_greengrass ? dialog->deviceOptions() : dialog->options(), dialog->isAwsIot(),
                                dialog->thingName());
        m_awsSignIn = dialog->awsSignIn();
        m_awsSecrets = dialog->awsTypedSecrets();
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyConnectionSettings(const ConnectionOptions& options, bool awsIot, const QString& thingName)
{
    m_options = options;
    m_awsIotSettings = awsIot;
    m_thingName = thingName;
    m_urlLineEdit->setText(options.displayUrl());
    m_banner->dismiss();
    updateAwsIotMode();
}

void MainWindow::updateAwsIotMode()
{
    // Editing the URL by hand to another broker leaves AWS IoT mode; a half-typed URL changes nothing.
    const auto typed = ConnectionOptions::fromUrl(m_urlLineEdit->text());
    if (!typed) {
        return;
    }
    const bool active = m_awsIotSettings && typed->host.compare(m_options.host, Qt::CaseInsensitive) == 0;
    m_awsIotActive = active;
    m_shadowView->setThingName(active ? m_thingName : QString());
    m_composer->setAwsIot(active, active ? m_thingName : QString());
    m_composer->setQos2Allowed(!active);
    for (SubscriptionPane* pane : std::as_const(m_panes)) {
        pane->setQos2Allowed(!active);
        pane->setLintContext(active, active ? m_thingName : QString());
    }
    updateHttpsTarget();
}

void MainWindow::setSandboxHttpsEndpoint(const QString& endpoint)
{
    m_sandboxHttpsEndpoint = endpoint;
    updateHttpsTarget();
}

void MainWindow::updateHttpsTarget()
{
    std::optional<Aws::HttpsTarget> target;
    const auto options = connectionOptions();
    if (options && options->usesTls() && !options->certFile.isEmpty() && !options->keyFile.isEmpty()) {
        Aws::HttpsTarget https;
        https.host = options->host; // AWS IoT: the same ATS endpoint serves MQTT and the HTTPS data plane
        const qsizetype colon = m_sandboxHttpsEndpoint.lastIndexOf(QLatin1Char(':'));
        const bool sandbox = colon > 0 && m_sandboxHttpsEndpoint.left(colon) == options->host;
        if (sandbox) {
            https.port = m_sandboxHttpsEndpoint.mid(colon + 1).toUShort();
        }
        https.tls.caFile = options->caFile;
        https.tls.certFile = options->certFile;
        https.tls.keyFile = options->keyFile;
        https.tls.passphrase = options->passphrase; // in memory only, never shown
        https.tls.insecure = options->insecure;
        target = https;
    }
    m_composer->setHttpsTarget(target);
    m_shadowView->setHttpsTarget(target);
}

QWidget* MainWindow::setupScreens(QWidget* messages)
{
    // One tab per screen; the View menu reaches each with a shortcut (Ctrl+1, Ctrl+2).
    m_screenTabs = new QTabWidget(this);
    m_screenTabs->setObjectName(QStringLiteral("screenTabs"));
    m_screenTabs->setAccessibleName(tr("Screens"));
    m_screenTabs->addTab(messages, tr("Messages"));
    m_shadowView = new ShadowView(m_session, m_screenTabs);
    m_screenTabs->addTab(m_shadowView, tr("Shadows"));
    m_certificateManager = new CertificateManager(m_screenTabs);
    m_screenTabs->addTab(m_certificateManager, tr("Certificates"));
    connect(m_certificateManager, &CertificateManager::connectionFilesChosen, this, &MainWindow::useConnectionFiles);
    const QString registry = QDir(AppPaths::sandboxDirectory()).filePath(QStringLiteral("registry.json"));
    m_registryView = new RegistryView(m_screenTabs);
    m_registryView->setRegistryFile(registry);
    m_screenTabs->addTab(m_registryView, tr("Registry"));
    connect(m_registryView, &RegistryView::sandboxSettingsChanged, this, &MainWindow::sandboxSettingsChanged);
    m_policyView = new PolicyView(m_screenTabs);
    m_policyView->setRegistryFile(registry);
    m_screenTabs->addTab(m_policyView, tr("Policies"));
    connect(m_policyView, &PolicyView::sessionFromWindowRequested, this, &MainWindow::sendSessionToPolicyView);
    m_chartView = new ChartView(m_screenTabs);
    m_screenTabs->addTab(m_chartView, tr("Charts"));
    connect(m_session, &MqttSession::messagesReceived, m_chartView, &ChartView::ingest);
    connect(m_chartView, &ChartView::seriesChanged, this, &MainWindow::syncChartSubscriptions);
    setAcceptDrops(true); // certificate files dropped anywhere on the window go to the certificate manager
    return m_screenTabs;
}

void MainWindow::useConnectionFiles(const QString& certificate, const QString& key, const QString& ca)
{
    m_options.certFile = certificate;
    m_options.keyFile = key;
    if (!ca.isEmpty()) {
        m_options.caFile = ca;
    }
    if (m_connectionDialog) {
        m_connectionDialog->setOptions(m_options, m_awsIotSettings, m_thingName);
    }
    const auto typed = ConnectionOptions::fromUrl(m_urlLineEdit->text());
    if (typed && !typed->usesTls()) {
        m_banner->showMessage(tr("The certificate files are set, but the broker URL has no TLS (%1): use mqtts:// "
                                 "(or wss://) for them to be used.")
                                  .arg(m_urlLineEdit->text()),
                              MessageBanner::Kind::Warning);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!FileDrops::localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (const QStringList paths = FileDrops::localPaths(event->mimeData()); !paths.isEmpty()) {
        showScreen(Screen::Certificates);
        m_certificateManager->addPaths(paths);
        event->acceptProposedAction();
    }
}

void MainWindow::showScreen(Screen screen)
{
    m_screenTabs->setCurrentIndex(int(screen));
    if (screen == Screen::Shadows) {
        m_shadowView->findChild<QWidget*>(QStringLiteral("thingComboBox"))->setFocus(Qt::ShortcutFocusReason);
    } else if (screen == Screen::Certificates) {
        m_certificateManager->findChild<QWidget*>(QStringLiteral("certificatesTableView"))
            ->setFocus(Qt::ShortcutFocusReason);
    } else if (screen == Screen::Registry) {
        m_registryView->findChild<QWidget*>(QStringLiteral("registryTree"))->setFocus(Qt::ShortcutFocusReason);
    } else if (screen == Screen::Policies) {
        m_policyView->findChild<QWidget*>(QStringLiteral("certificateComboBox"))->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::onStateChanged(SessionState state)
{
    m_stateLabel->setText(stateText(state));
    m_connectButton->setText(state == SessionState::Disconnected ? tr("&Connect") : tr("&Disconnect"));
    m_urlLineEdit->setEnabled(state == SessionState::Disconnected);
    // Settings apply to the next connection, like the URL field.
    m_settingsButton->setEnabled(state == SessionState::Disconnected);
    m_settingsAction->setEnabled(state == SessionState::Disconnected);
    if (state == SessionState::Connecting && !m_decisionLog.isEmpty()) {
        m_decisions->watch(m_decisionLog, m_session->clientId()); // this connection's refusals, from now on
    }
    if (state == SessionState::Connected) {
        m_banner->dismiss();
        if (const auto options = connectionOptions()) {
            m_shadowView->setConnection(*options, m_awsIotActive); // the local shadow service would use these
        }
        updateHttpsTarget(); // with the passphrase asked for at Connect
    }
    updateCounters();
    wakeCounters();
}

void MainWindow::showError(const QString& message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Error);
}

QString MainWindow::stateText(SessionState state) const
{
    const QString url = m_session->options().displayUrl();
    switch (state) {
    case SessionState::Disconnected:
        return tr("Disconnected");
    case SessionState::Connecting:
        return tr("Connecting to %1…").arg(url);
    case SessionState::Connected:
        return tr("Connected to %1").arg(url);
    case SessionState::Reconnecting:
        return tr("Connection lost; reconnecting to %1…").arg(url);
    }
    return {};
}

void MainWindow::wakeCounters()
{
    if (!m_counterTimer->isActive()) {
        m_counterTimer->start();
    }
}

void MainWindow::updateCounters()
{
    const qint64 now = m_clock.elapsed();
    const quint64 received = m_session->receivedCount();
    // The rate is what arrived in the last second: the count now against the newest sample at least a second old
    // (or the oldest one kept). Samples survive a stop, so the first tick after a quiet spell counts what woke it.
    m_samples.append({now, received});
    while (m_samples.size() > 2 && now - m_samples.at(1).atMs >= 1000) {
        m_samples.removeFirst();
    }
    const quint64 rate = received - m_samples.constFirst().received;

    quint64 paneFull = 0;
    quint64 whilePaused = 0;
    for (const SubscriptionPane* pane : std::as_const(m_panes)) {
        paneFull += pane->droppedPaneFull();
        whilePaused += pane->droppedWhilePaused();
    }
    const QString receivedText = tr("%L1 received").arg(received);
    const QString rateText = tr("%L1 msg/s").arg(rate);
    const QString droppedText = tr("Dropped: %L1 inbox full · %L2 pane full · %L3 while paused")
                                    .arg(m_session->droppedCount())
                                    .arg(paneFull)
                                    .arg(whilePaused);
    const bool changed = receivedText != m_receivedLabel->text() || rateText != m_rateLabel->text() ||
        droppedText != m_droppedLabel->text();
    // QLabel::setText reports NameChanged to assistive technology only when the text really changes.
    m_receivedLabel->setText(receivedText);
    m_rateLabel->setText(rateText);
    m_droppedLabel->setText(droppedText);
    // Idle: nothing moved since the last tick and the last second's rate has fallen to zero.
    if (!changed && rate == 0 && m_session->state() == SessionState::Disconnected) {
        m_counterTimer->stop();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ThingBench"),
                       tr("<h3>ThingBench %1</h3><p>MQTT test client for AWS IoT Core and any MQTT 3.1.1/5 broker."
                          "</p><p>Qt %2<br>%3<br>%4</p>")
                           .arg(BuildInfo::thingbenchVersion(), BuildInfo::qtVersion(), BuildInfo::pahoVersion(),
                                BuildInfo::opensslVersion()));
}

SubscriptionPane* MainWindow::addPane(const QString& filter)
{
    const quint64 id = m_nextPaneId++;
    auto* pane = new SubscriptionPane(id, m_paneTabs);
    m_panes.insert(id, pane);
    pane->setQos2Allowed(!m_awsIotActive);
    pane->setLintContext(m_awsIotActive, m_awsIotActive ? m_thingName : QString());
    connect(pane, &SubscriptionPane::subscribeRequested, this, &MainWindow::onSubscribeRequested);
    connect(pane, &SubscriptionPane::unsubscribeRequested, this, &MainWindow::onUnsubscribeRequested);
    connect(pane, &SubscriptionPane::closeRequested, this, &MainWindow::closePane);
    // Clearing a pane changes the totals in the status bar even when no message arrives.
    connect(pane->model(), &QAbstractItemModel::modelReset, this, &MainWindow::wakeCounters);
    connect(pane, &SubscriptionPane::colourChanged, this, [this, pane](quint64, const QColor& colour) {
        QPixmap swatch(12, 12);
        swatch.fill(colour);
        m_paneTabs->setTabIcon(m_paneTabs->indexOf(pane), QIcon(swatch));
    });
    QPixmap swatch(12, 12);
    swatch.fill(pane->colour());
    const int index = m_paneTabs->addTab(pane, QIcon(swatch), tr("Pane %1").arg(id));
    m_paneTabs->setCurrentIndex(index);
    if (!filter.isEmpty()) {
        pane->setFilterText(filter);
    }
    pane->setFocus();
    return pane;
}

RecordReplayDialog* MainWindow::openRecordReplay()
{
    if (!m_recordReplay) {
        m_recordReplay = new RecordReplayDialog(m_session, this);
        connect(m_session, &MqttSession::messagesReceived, m_recordReplay, &RecordReplayDialog::ingest);
    }
    QList<RecordReplayDialog::Source> sources;
    for (const SubscriptionPane* pane : panes()) {
        if (!pane->activeFilter().isEmpty()) {
            sources.append({tr("Pane “%1”").arg(pane->activeFilter()), pane->activeFilter()});
        }
    }
    m_recordReplay->setSources(sources);
    m_recordReplay->show();
    m_recordReplay->raise();
    m_recordReplay->activateWindow();
    return m_recordReplay;
}

void MainWindow::syncChartSubscriptions()
{
    const QStringList wanted = m_chartView->topicFilters();
    for (const QString& filter : std::as_const(m_chartFilters)) {
        if (!wanted.contains(filter) && m_router.remove(CHART_SUBSCRIBER, filter)) {
            m_session->unsubscribe(filter);
        }
    }
    for (const QString& filter : wanted) {
        if (!m_chartFilters.contains(filter) && m_router.add(CHART_SUBSCRIBER, filter)) {
            m_session->subscribe(filter, brokerQosFor(filter));
        }
    }
    m_chartFilters = wanted;
}

TopicTreePane* MainWindow::addTreePane(const QString& filter, bool subscribe)
{
    const quint64 id = m_nextPaneId++;
    auto* tree = new TopicTreePane(id, m_paneTabs);
    m_treePanes.insert(id, tree);
    connect(tree, &TopicTreePane::subscribeRequested, this, &MainWindow::onSubscribeRequested);
    connect(tree, &TopicTreePane::unsubscribeRequested, this, &MainWindow::onUnsubscribeRequested);
    connect(tree, &TopicTreePane::closeRequested, this, &MainWindow::closePane);
    connect(tree, &TopicTreePane::openPaneRequested, this,
            [this](const QString& paneFilter) { addPane(paneFilter)->subscribe(); });
    connect(tree, &TopicTreePane::clearRetainedRequested, this, &MainWindow::clearRetained);
    m_paneTabs->setCurrentIndex(m_paneTabs->addTab(tree, tr("Tree: %1").arg(filter)));
    tree->setFilterText(filter);
    if (subscribe) {
        tree->subscribe();
    }
    return tree;
}

QList<TopicTreePane*> MainWindow::treePanes() const
{
    QList<TopicTreePane*> result;
    for (int i = 0; i < m_paneTabs->count(); ++i) {
        if (auto* tree = qobject_cast<TopicTreePane*>(m_paneTabs->widget(i))) {
            result << tree;
        }
    }
    return result;
}

void MainWindow::clearRetained(quint64 treeId, const QStringList& topics)
{
    auto* cleaner = new RetainedCleaner(m_session, topics, this);
    connect(cleaner, &RetainedCleaner::finished, this,
            [this, treeId](const QStringList& cleared, const QStringList& failures) {
                TopicTreePane* tree = m_treePanes.value(treeId);
                if (!tree) {
                    return;
                }
                tree->retainedCleared(cleared);
                if (!failures.isEmpty()) {
                    tree->showStatus(tr("Cleared %1 retained messages; %2 not cleared: %3")
                                         .arg(cleared.size())
                                         .arg(failures.size())
                                         .arg(failures.mid(0, 5).join(QStringLiteral("; "))));
                }
            });
    cleaner->start();
}

QList<SubscriptionPane*> MainWindow::panes() const
{
    QList<SubscriptionPane*> result;
    for (int i = 0; i < m_paneTabs->count(); ++i) {
        if (auto* pane = qobject_cast<SubscriptionPane*>(m_paneTabs->widget(i))) {
            result << pane;
        }
    }
    return result;
}

void MainWindow::routeMessages(const QList<MqttMessage>& messages)
{
    // One broker subscription per distinct filter; each message goes to every pane whose filter matches. Usually a
    // whole batch goes to the same panes (a flood on one topic, or panes on `#`): then each of them shares the batch.
    QList<quint64> common;
    qint64 batchCost = 0;
    bool uniform = true;
    for (qsizetype i = 0; i < messages.size() && uniform; ++i) {
        const MqttMessage& message = messages.at(i);
        const QList<quint64> panes =
            m_router.subscribersForDelivery(message.topic, m_session->filtersForDelivery(message));
        if (i == 0) {
            common = panes;
        } else {
            uniform = panes.constData() == common.constData() || panes == common;
        }
        batchCost += MessageInbox::costOf(message);
    }
    if (uniform) {
        for (const quint64 paneId : std::as_const(common)) {
            if (SubscriptionPane* pane = m_panes.value(paneId)) {
                pane->enqueueBatch(messages, batchCost);
            } else if (TopicTreePane* tree = m_treePanes.value(paneId)) {
                tree->ingest(messages);
            }
        }
    } else {
        QHash<quint64, QList<MqttMessage>> forTrees;
        for (const MqttMessage& message : messages) {
            const qint64 cost = MessageInbox::costOf(message);
            for (const quint64 paneId :
                 m_router.subscribersForDelivery(message.topic, m_session->filtersForDelivery(message))) {
                if (SubscriptionPane* pane = m_panes.value(paneId)) {
                    pane->enqueue(message, cost);
                } else if (m_treePanes.contains(paneId)) {
                    forTrees[paneId].append(message);
                }
            }
        }
        for (auto it = forTrees.cbegin(); it != forTrees.cend(); ++it) {
            m_treePanes.value(it.key())->ingest(it.value());
        }
    }
    if (!m_flushTimer.isActive()) {
        const qint64 sincePass = m_sinceFlushPass.isValid() ? m_sinceFlushPass.elapsed() : FLOOD_FLUSH_SPACING_MS;
        m_flushTimer.start(sincePass < FLOOD_FLUSH_SPACING_MS ? int(FLOOD_FLUSH_SPACING_MS - sincePass)
                                                              : FLUSH_INTERVAL_MS);
    }
}

void MainWindow::flushPanes()
{
    // The panes take their batches in turn, within a time budget per pass: with many busy panes the event loop is never
    // held for longer than about one pane's batch. The rest follow in the next pass, at once (a zero timer), starting
    // where this pass stopped so that every pane gets its turn.
    QElapsedTimer clock;
    clock.start();
    const QList<SubscriptionPane*> panes = m_panes.values();
    const qsizetype count = panes.size();
    bool holding = false; // a pane off screen keeps messages for when the flood pauses
    for (qsizetype done = 0; done < count; ++done) {
        if (done > 0 && clock.elapsed() >= FLUSH_BUDGET_MS) {
            m_flushCursor = (m_flushCursor + done) % count;
            m_flushTimer.start(0);
            return;
        }
        SubscriptionPane* pane = panes.at((m_flushCursor + done) % count);
        if (pane->isVisible()) {
            pane->flush();
        } else {
            holding = pane->flushHidden() || holding;
        }
    }
    m_sinceFlushPass.start();
    if (holding && !m_flushTimer.isActive()) {
        m_flushTimer.start(FLOOD_FLUSH_SPACING_MS);
    }
}

int MainWindow::brokerQosFor(const QString& filter) const
{
    int qos = 0;
    for (const SubscriptionPane* pane : m_panes) {
        if (pane->activeFilter() == filter) {
            qos = qMax(qos, pane->qos());
        }
    }
    return qos;
}

void MainWindow::onSubscribeRequested(quint64 paneId, const QString& filter, int qos)
{
    Q_UNUSED(qos);
    const bool isNewFilter = m_router.add(paneId, filter);
    if (auto* pane = m_panes.value(paneId)) {
        m_paneTabs->setTabText(m_paneTabs->indexOf(pane), filter);
    } else if (auto* tree = m_treePanes.value(paneId)) {
        m_paneTabs->setTabText(m_paneTabs->indexOf(tree), tr("Tree: %1").arg(filter));
    }
    // One broker subscription per filter, at the highest QoS any pane wants. Subscribing again only when that QoS
    // rises, because every SUBSCRIBE makes the broker resend retained messages to the panes already on the filter.
    const int wanted = brokerQosFor(filter);
    // A refused filter is asked for again (MqttSession retries what the broker refused).
    if (isNewFilter || wanted > m_session->subscriptions().value(filter, -1) ||
        !m_session->isSubscriptionActive(filter)) {
        m_session->subscribe(filter, wanted);
    }
}

void MainWindow::onUnsubscribeRequested(quint64 paneId, const QString& filter)
{
    if (m_router.remove(paneId, filter)) {
        m_session->unsubscribe(filter); // no other pane needs it
    }
}

void MainWindow::closePane(quint64 paneId)
{
    QWidget* pane = m_panes.take(paneId);
    if (!pane) {
        pane = m_treePanes.take(paneId);
    }
    if (!pane) {
        return;
    }
    for (const QString& filter : m_router.removeSubscriber(paneId)) {
        m_session->unsubscribe(filter);
    }
    m_paneTabs->removeTab(m_paneTabs->indexOf(pane));
    pane->deleteLater();
    wakeCounters(); // its drops leave the totals
}
