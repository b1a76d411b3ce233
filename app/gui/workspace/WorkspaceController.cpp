// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceController.h"

#include "MainWindow.h"
#include "WorkspaceBar.h"
#include "certs/CertificateListModel.h"
#include "certs/CertificateManager.h"
#include "mqtt/MqttSession.h"
#include "publish/HttpsPublishOptions.h"
#include "publish/PublishComposer.h"
#include "shadow/ShadowView.h"
#include "subscriptions/SubscriptionPane.h"
#include "tree/TopicTreePane.h"
#include "support/DialogSeams.h"
#include "widgets/MessageBanner.h"
#include "workspace/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QSplitter>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <tuple>

namespace {

const QStringList SCREEN_NAMES{u"messages"_qs, u"shadows"_qs,  u"certificates"_qs,
                               u"registry"_qs, u"policies"_qs, u"charts"_qs};

/// The recorded reference when the file is the same path; a new, not yet fingerprinted one otherwise (the worker
/// fingerprints it before saving).
FileReference keepOrRenew(const FileReference& known, const QString& path)
{
    if (path.isEmpty()) {
        return {};
    }
    return known.path == path ? known : FileReference{QFileInfo(path).absoluteFilePath(), {}, -1};
}

} // namespace

void WorkspaceController::fingerprint(Workspace& workspace)
{
    for (FileReference* reference :
         {&workspace.connection.caFile, &workspace.connection.certificateFile, &workspace.connection.privateKeyFile}) {
        if (!reference->isEmpty() && reference->sha256.isEmpty()) {
            *reference = FileReference::of(reference->path);
        }
    }
    for (FileReference& reference : workspace.certificates) {
        if (reference.sha256.isEmpty()) {
            reference = FileReference::of(reference.path);
        }
    }
}

struct WorkspaceController::Opened
{
    Result<WorkspaceStore::Loaded> loaded = Error{};
    QStringList names;
    QStringList fileProblems; ///< connection files moved, deleted or changed since they were chosen
};

WorkspaceController::WorkspaceController(MainWindow* window, const QString& dataDirectory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_store(QDir(dataDirectory).filePath(u"workspaces"_qs))
    , m_sandboxDir(QDir(dataDirectory).filePath(u"sandbox"_qs))
    , m_bar(new WorkspaceBar(window))
    , m_secrets(new SecretStore(this))
{
    m_pool.setMaxThreadCount(1);
    m_bar->setObjectName(QStringLiteral("workspaceBar"));
    window->setWorkspaceWidget(m_bar);
    m_autosaveTimer.setInterval(AUTOSAVE_INTERVAL_MS);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &WorkspaceController::autosave);
    connect(m_bar, &WorkspaceBar::switchRequested, this, &WorkspaceController::open);
    connect(m_bar, &WorkspaceBar::newRequested, this,
            [this] { askName(tr("New workspace"), QString(), &WorkspaceController::createWorkspace); });
    connect(m_bar, &WorkspaceBar::renameRequested, this,
            [this] { askName(tr("Rename workspace"), m_name, &WorkspaceController::renameCurrent); });
    connect(m_bar, &WorkspaceBar::duplicateRequested, this, [this] {
        askName(tr("Duplicate workspace"), tr("%1 (copy)").arg(m_name), &WorkspaceController::duplicateCurrent);
    });
    connect(m_bar, &WorkspaceBar::deleteRequested, this, &WorkspaceController::deleteCurrent);
    connect(window, &MainWindow::sandboxSettingsChanged, this, &WorkspaceController::restartSandbox);
    connect(m_bar, &WorkspaceBar::importRequested, this, [this] {
        const QString path = DialogSeams::openFileName(m_window, tr("Import a workspace"), tr("Workspaces (*.json)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(m_bar, &WorkspaceBar::exportRequested, this, &WorkspaceController::askExport);
}

WorkspaceController::~WorkspaceController()
{
    m_pool.waitForDone(); // a save in flight finishes (it holds no pointer to this)
}

void WorkspaceController::setSandboxOptions(const Sandbox::SandboxOptions& options)
{
    m_sandboxOptions = options;
}

void WorkspaceController::start()
{
    // One trip to the worker: find the workspace to open (creating the sandbox one on first run) and load it.
    const WorkspaceStore store = m_store;
    const Workspace firstRun = sandboxWorkspace();
    runThen<std::pair<QString, Opened>>(
        [store, firstRun] {
            QString name = store.lastWorkspace();
            const QStringList names = store.names();
            if (names.isEmpty()) { // first run: the local sandbox
                name = WorkspaceStore::sandboxWorkspaceName();
                (void)store.create(name, firstRun);
            } else if (name.isEmpty() || !names.contains(name)) {
                name = names.contains(WorkspaceStore::sandboxWorkspaceName()) ? WorkspaceStore::sandboxWorkspaceName()
                                                                              : names.first();
            }
            return std::make_pair(name, load(store, name));
        },
        [this](const std::pair<QString, Opened>& result) { onOpened(result.first, result.second); });
}

Workspace WorkspaceController::sandboxWorkspace()
{
    Workspace workspace;
    workspace.kind = Workspace::Kind::Sandbox;
    workspace.thingName = u"sample-thing"_qs;
    workspace.notes = tr("The local sandbox: a mosquitto broker on this computer with a sample device. Everything "
                         "works offline; nothing leaves this machine.");
    PaneSettings welcome;
    welcome.filter = u"#"_qs;
    welcome.subscribed = true;
    welcome.format = u"json"_qs;
    PaneSettings shadows; // "#" does not match "$…" topics (MQTT): the shadow traffic has its own pane
    shadows.filter = u"$aws/things/+/shadow/#"_qs;
    shadows.subscribed = true;
    shadows.format = u"json"_qs;
    workspace.panes = {welcome, shadows};
    workspace.draft = {{}, u"sandbox/sample-thing/cmd"_qs, "{\"hello\": \"sandbox\"}", 0, false, {}};
    workspace.templates = {
        {tr("Turn the sample LED on (shadow)"),
         u"$aws/things/sample-thing/shadow/update"_qs,
         "{\"state\": {\"desired\": {\"led\": \"on\"}}}",
         1,
         false,
         {}},
        {tr("Turn the sample LED off (shadow)"),
         u"$aws/things/sample-thing/shadow/update"_qs,
         "{\"state\": {\"desired\": {\"led\": \"off\"}}}",
         1,
         false,
         {}},
    };
    workspace.shadows.thing = u"sample-thing"_qs;
    workspace.shadows.recent = {{u"sample-thing"_qs, {}}};
    return workspace;
}

WorkspaceController::Opened WorkspaceController::load(const WorkspaceStore& store, const QString& name)
{
    Opened result;
    result.loaded = store.load(name);
    result.names = store.names();
    if (result.loaded.ok()) {
        const ConnectionSettings& c = result.loaded->workspace.connection;
        for (const FileReference* file : {&c.caFile, &c.certificateFile, &c.privateKeyFile}) {
            if (const QString problem = file->describe(file->check()); !problem.isEmpty()) {
                result.fileProblems.append(problem);
            }
        }
        if (store.lastWorkspace() != name) {
            (void)store.setLastWorkspace(name);
        }
    }
    return result;
}

void WorkspaceController::open(const QString& name)
{
    if (!m_name.isEmpty() && !m_blocked) {
        // The workspace being left is saved first, as it is now: the one worker takes jobs in order, so this save
        // lands before the next workspace is read (even while an autosave is still on its way).
        if (Workspace now = capture(); !(now == m_saved)) {
            const WorkspaceStore store = m_store;
            const QString leaving = m_name;
            m_saved = now;
            m_pool.start([store, leaving, now]() mutable {
                fingerprint(now);
                (void)store.save(leaving, now);
            });
        }
    }
    m_autosaveTimer.stop();
    const WorkspaceStore store = m_store;
    runThen<Opened>([store, name] { return load(store, name); },
                    [this, name](const Opened& result) { onOpened(name, result); });
}

void WorkspaceController::onOpened(const QString& name, const Opened& result)
{
    m_names = result.names;
    if (!result.loaded.ok()) {
        report(false, result.loaded.error().fullText());
        if (result.loaded.error().code != u"file_blocked"_qs) { // not there (any more): the window's stays open
            refreshBar();
            if (!m_name.isEmpty()) {
                m_autosaveTimer.start();
            }
            return;
        }
    }
    m_name = name;
    m_keptPassword.clear();
    m_keptPassphrase.clear();
    m_triedPassword.clear();
    m_triedPassphrase.clear();
    for (QString* secret : {&m_keptAwsSecret, &m_keptAwsToken, &m_triedAwsSecret, &m_triedAwsToken}) {
        secret->clear();
    }
    const Workspace workspace = result.loaded.ok() ? result.loaded->workspace : Workspace{};
    m_blocked = !result.loaded.ok();
    m_workspace = workspace;
    m_saved = result.loaded.ok() && !result.loaded->migrated && !result.loaded->fresh ? workspace : Workspace{};
    apply(workspace);
    loadSecrets(workspace);
    QStringList notices = result.fileProblems;
    if (result.loaded.ok() && !result.loaded->notice.isEmpty()) {
        notices.prepend(result.loaded->notice);
    }
    if (!notices.isEmpty()) {
        m_window->banner()->showMessage(notices.join(u"\n"_qs), MessageBanner::Kind::Warning);
    }
    m_window->setWindowTitle(tr("%1 — ThingBench").arg(name));
    refreshBar();
    m_autosaveTimer.start();
    Q_EMIT opened(name, notices.join(u"\n"_qs));
}

void WorkspaceController::apply(const Workspace& workspace)
{
    MainWindow* window = m_window;
    window->session()->disconnectFromBroker();
    window->closeAllPanes();
    window->setPolicyDecisionLog(QString()); // the sandbox's, set again once it runs
    window->setSandboxHttpsEndpoint(QString());
    if (workspace.kind == Workspace::Kind::Broker) {
        if (m_sandbox) {
            m_sandbox->stop(); // only the sandbox workspace keeps it running
        }
        window->applyConnectionSettings(workspace.connection.options, workspace.connection.awsIot, workspace.thingName);
    }
    if (workspace.kind == Workspace::Kind::Sandbox && workspace.connection.awsSignIn) {
        // The user chose the sandbox's SigV4 WebSocket: kept; its port and files are refreshed once the sandbox runs.
        window->applyConnectionSettings(workspace.connection.options, true, workspace.connection.options.clientId);
    }
    window->setAwsSignIn(workspace.connection.awsSignIn);
    window->setGreengrass(workspace.kind == Workspace::Kind::Broker ? workspace.connection.greengrass : std::nullopt);
    window->setSandboxWebSocket(std::nullopt); // the sandbox's, set again once it runs
    window->setSecretsToAsk(workspace.connection.password == SecretStorage::Ask,
                            workspace.connection.passphrase == SecretStorage::Ask);
    for (const PaneSettings& settings : workspace.panes) {
        window->addPane()->applySettings(settings);
    }
    if (workspace.panes.isEmpty() && workspace.trees.isEmpty()) {
        window->addPane();
    }
    for (const TreeSettings& settings : workspace.trees) {
        window->addTreePane(settings.filter, settings.subscribed)->applySettings(settings);
    }
    window->composer()->loadDraft(workspace.draft);
    window->composer()->setTemplates(workspace.templates);
    window->composer()->setHistory(workspace.history);
    window->composer()->httpsOptions()->applySettings(workspace.httpsPublish);
    window->shadowView()->applyWorkspaceSettings(workspace.shadows);
    window->certificateManager()->model()->clear();
    QStringList files;
    for (const FileReference& reference : workspace.certificates) {
        files.append(reference.path);
    }
    if (!files.isEmpty()) {
        window->certificateManager()->addPaths(files);
    }
    applyLayout(workspace.layout);
    window->setSandboxSettings(workspace.sandbox, workspace.kind == Workspace::Kind::Sandbox);
    if (workspace.kind == Workspace::Kind::Sandbox) {
        startSandbox();
    }
}

void WorkspaceController::applyLayout(const LayoutSettings& layout)
{
    MainWindow* window = m_window;
    if (!layout.geometry.isEmpty()) {
        window->restoreGeometry(layout.geometry);
    }
    if (!layout.windowState.isEmpty()) {
        window->restoreState(layout.windowState);
    }
    if (layout.splitter.size() == window->messagesSplitter()->count()) {
        window->messagesSplitter()->setSizes(layout.splitter);
    }
    window->paneTabs()->setCurrentIndex(qBound(0, layout.currentPane, window->paneTabs()->count() - 1));
    window->showScreen(MainWindow::Screen(qMax(0, int(SCREEN_NAMES.indexOf(layout.screen)))));
}

ConnectionSettings WorkspaceController::captureConnection() const
{
    if (m_workspace.kind == Workspace::Kind::Sandbox) {
        return captureSandboxConnection();
    }
    ConnectionSettings connection = m_workspace.connection;
    ConnectionOptions options = m_window->savedConnectionSettings();
    if (const auto typed = ConnectionOptions::fromUrl(m_window->brokerUrl())) {
        options.setAddress(*typed); // a password typed in the URL is cleared below like any other
    }
    // Secrets stay in memory: without a keychain they are asked for again next time.
    // A secret typed this run means the workspace needs one: in the keychain once it holds exactly that secret,
    // else asked for next time. None typed keeps what the workspace said.
    if (!options.password.isEmpty()) {
        connection.password = options.password == m_keptPassword ? SecretStorage::Keychain : SecretStorage::Ask;
    }
    if (!options.passphrase.isEmpty()) {
        connection.passphrase = options.passphrase == m_keptPassphrase ? SecretStorage::Keychain : SecretStorage::Ask;
    }
    if (options.username.isEmpty()) {
        connection.password = SecretStorage::None;
    }
    if (options.keyFile.isEmpty()) {
        connection.passphrase = SecretStorage::None;
    }
    options.password.clear();
    options.passphrase.clear();
    options.sigV4.reset(); // read again at each Connect; the secret is never saved
    captureAwsSignIn(connection);
    connection.caFile = keepOrRenew(m_workspace.connection.caFile, options.caFile);
    connection.certificateFile = keepOrRenew(m_workspace.connection.certificateFile, options.certFile);
    connection.privateKeyFile = keepOrRenew(m_workspace.connection.privateKeyFile, options.keyFile);
    connection.options = options;
    connection.awsIot = m_window->isAwsIotPreset();
    connection.greengrass = m_window->greengrass();
    return connection;
}

ConnectionSettings WorkspaceController::captureSandboxConnection() const
{
    // The sandbox's address, ports and files come from the running sandbox: only the user's choice of its SigV4
    // WebSocket is kept (with the MQTT settings and client ID used there), so that it survives a restart.
    ConnectionSettings connection;
    if (!m_window->awsSignIn()) {
        return connection; // mutual TLS with the console certificate, the default
    }
    ConnectionOptions options = m_window->savedConnectionSettings();
    options.password.clear();
    options.passphrase.clear();
    options.sigV4.reset();
    options.clearTls(); // the CA is the running sandbox's: set again at each connect
    connection.options = options;
    connection.awsIot = true;
    captureAwsSignIn(connection);
    return connection;
}

void WorkspaceController::captureAwsSignIn(ConnectionSettings& connection) const
{
    connection.awsSignIn = m_window->awsSignIn();
    const AwsTypedSecrets& secrets = m_window->awsSecrets();
    if (!connection.awsSignIn || connection.awsSignIn->source != AwsSignInSettings::Source::TypedIn) {
        connection.awsSecret = SecretStorage::None;
    } else if (!secrets.secretAccessKey.isEmpty()) { // as for the password: kept once the keychain holds exactly it
        const bool tokenKept = connection.awsSignIn->askSessionToken || secrets.sessionToken.isEmpty() ||
            secrets.sessionToken == m_keptAwsToken; // a token asked for at each connect is never kept
        const bool kept = secrets.secretAccessKey == m_keptAwsSecret && tokenKept;
        connection.awsSecret = kept ? SecretStorage::Keychain : SecretStorage::Ask;
    }
}

Workspace WorkspaceController::capture() const
{
    Workspace workspace = m_workspace;
    MainWindow* window = m_window;
    workspace.connection = captureConnection();
    if (workspace.kind == Workspace::Kind::Sandbox) {
        workspace.sandbox = window->sandboxSettings();
    }
    if (workspace.kind == Workspace::Kind::Broker) {
        workspace.thingName = window->thingName();
    }
    workspace.panes.clear();
    for (const SubscriptionPane* pane : window->panes()) {
        workspace.panes.append(pane->settings());
    }
    workspace.trees.clear();
    for (const TopicTreePane* tree : window->treePanes()) {
        workspace.trees.append(tree->settings());
    }
    workspace.draft = window->composer()->draft();
    workspace.templates = window->composer()->templates();
    workspace.history = window->composer()->history();
    workspace.httpsPublish = window->composer()->httpsOptions()->settings();
    workspace.shadows = window->shadowView()->workspaceSettings();
    QList<FileReference> certificates;
    for (const QString& path : window->certificateManager()->files()) {
        const auto known = std::find_if(workspace.certificates.cbegin(), workspace.certificates.cend(),
                                        [&path](const FileReference& r) { return r.path == path; });
        certificates.append(known != workspace.certificates.cend() ? *known : FileReference{path, {}, -1});
    }
    workspace.certificates = certificates;
    workspace.layout.screen = SCREEN_NAMES.value(int(window->currentScreen()));
    workspace.layout.geometry = window->saveGeometry();
    workspace.layout.windowState = window->saveState();
    workspace.layout.splitter = window->messagesSplitter()->sizes();
    workspace.layout.currentPane = qMax(0, window->paneTabs()->currentIndex());
    return workspace;
}

void WorkspaceController::autosave()
{
    if (m_name.isEmpty() || m_blocked || m_saving || !m_window) {
        return;
    }
    if (m_workspace.kind == Workspace::Kind::Broker) {
        AwsTypedSecrets aws = m_window->awsSecrets();
        if (const auto& signIn = m_window->awsSignIn(); signIn && signIn->askSessionToken) {
            aws.sessionToken.clear(); // asked for at each connect: never kept
            forgetAwsSessionToken();
        }
        keepSecrets(m_window->savedConnectionSettings(), aws);
    }
    const Workspace now = capture();
    if (now == m_saved) {
        m_bar->setSaveState(tr("Saved"));
        return;
    }
    m_saving = true;
    m_bar->setSaveState(tr("Saving…"));
    const WorkspaceStore store = m_store;
    const QString name = m_name;
    runThen<std::pair<Result<void>, Workspace>>(
        [store, name, now] {
            Workspace saved = now;
            fingerprint(saved);
            return std::make_pair(store.save(name, saved), saved);
        },
        [this, name](const std::pair<Result<void>, Workspace>& result) {
            m_saving = false;
            if (name != m_name) {
                return; // saved the workspace that was open before a switch
            }
            if (!result.first.ok()) {
                m_bar->setSaveState(tr("Not saved: %1").arg(result.first.error().message));
                return;
            }
            // What is on disk, fingerprints included; captures keep those fingerprints while the paths stay.
            m_workspace = result.second;
            m_saved = result.second;
            m_bar->setSaveState(tr("Saved"));
            Q_EMIT saved(name);
        });
}

void WorkspaceController::saveNow()
{
    autosave();
}

void WorkspaceController::flush()
{
    m_pool.waitForDone();
    if (m_name.isEmpty() || m_blocked || !m_window) {
        return;
    }
    Workspace now = capture();
    if (now == m_saved) {
        return;
    }
    fingerprint(now); // the window is closed: reading a few files here delays nothing the user sees
    if (const auto saved = m_store.save(m_name, now); saved.ok()) {
        m_saved = now;
    }
}

void WorkspaceController::refreshBar()
{
    m_bar->setWorkspaces(m_names, m_name);
}

void WorkspaceController::report(bool ok, const QString& message)
{
    if (m_window) {
        m_window->banner()->showMessage(message, ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    }
    Q_EMIT operationFinished(ok, message);
}

void WorkspaceController::loadSecrets(const Workspace& workspace)
{
    const QString name = m_name;
    const auto wanted = [](SecretStorage storage) { return storage == SecretStorage::Keychain; };
    const auto& signIn = workspace.connection.awsSignIn;
    const SecretStorage token = signIn && signIn->askSessionToken ? SecretStorage::Ask : workspace.connection.awsSecret;
    for (const auto& [what, storage] : {std::pair{u"password"_qs, workspace.connection.password},
                                        std::pair{u"passphrase"_qs, workspace.connection.passphrase},
                                        std::pair{u"awsSecretAccessKey"_qs, workspace.connection.awsSecret},
                                        std::pair{u"awsSessionToken"_qs, token}}) {
        if (!wanted(storage)) {
            continue;
        }
        const QString key = SecretStore::keyFor(name, what);
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_secrets, &SecretStore::readFinished, this,
                        [this, key, name, what, once](const QString& done, const std::optional<QByteArray>& secret,
                                                      const QString&) {
                            if (done != key) {
                                return; // another entry's answer
                            }
                            QObject::disconnect(*once);
                            if (name != m_name || !secret || !m_window) {
                                return; // a workspace switched meanwhile, or nothing there: Connect asks
                            }
                            useKeptSecret(what, QString::fromUtf8(*secret));
                        });
        m_secrets->read(key);
    }
}

void WorkspaceController::useKeptSecret(const QString& what, const QString& text)
{
    if (what == u"password"_qs) {
        m_keptPassword = text;
        m_window->setSecrets(text, {});
    } else if (what == u"passphrase"_qs) {
        m_keptPassphrase = text;
        m_window->setSecrets({}, text);
    } else if (what == u"awsSecretAccessKey"_qs) {
        m_keptAwsSecret = text;
        m_window->setAwsSecrets(text, {});
    } else {
        m_keptAwsToken = text;
        m_window->setAwsSecrets({}, text);
    }
}

void WorkspaceController::forgetAwsSessionToken()
{
    if (m_keptAwsToken.isEmpty()) {
        return;
    }
    // Kept before the user chose to be asked at each connect: an expired token does not stay in the keychain.
    m_keptAwsToken.clear();
    m_triedAwsToken.clear();
    m_secrets->remove(SecretStore::keyFor(m_name, u"awsSessionToken"_qs));
}

void WorkspaceController::keepSecrets(const ConnectionOptions& options, const AwsTypedSecrets& aws)
{
    const QString name = m_name;
    using Entry = std::tuple<QString, QString, QString*, QString*>;
    for (const auto& [what, secret, kept, tried] :
         {Entry{u"awsSecretAccessKey"_qs, aws.secretAccessKey, &m_keptAwsSecret, &m_triedAwsSecret},
          Entry{u"awsSessionToken"_qs, aws.sessionToken, &m_keptAwsToken, &m_triedAwsToken},
          Entry{u"password"_qs, options.password, &m_keptPassword, &m_triedPassword},
          Entry{u"passphrase"_qs, options.passphrase, &m_keptPassphrase, &m_triedPassphrase}}) {
        if (secret.isEmpty() || secret == *kept || secret == *tried) {
            continue;
        }
        *tried = secret; // one attempt per secret: a failed write is not retried every second
        const QString key = SecretStore::keyFor(name, what);
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_secrets, &SecretStore::written, this,
                        [this, key, name, kept, secret, once](const QString& done, const QString& error) {
                            if (done != key) {
                                return;
                            }
                            QObject::disconnect(*once);
                            if (name != m_name) {
                                return;
                            }
                            if (error.isEmpty()) {
                                *kept = secret; // from now on the workspace says "keychain"
                            } else {
                                m_bar->setToolTip(error); // it says "ask"
                            }
                        });
        m_secrets->write(key, secret.toUtf8());
    }
}
