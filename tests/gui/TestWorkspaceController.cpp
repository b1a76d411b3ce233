// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "certs/CertificateManager.h"
#include "connection/AwsSignInBox.h"
#include "connection/ConnectionDialog.h"
#include "connection/GreengrassBox.h"
#include "common/FileIo.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MqttSession.h"
#include "publish/HttpsPublishOptions.h"
#include "publish/PublishComposer.h"
#include "registry/RegistryView.h"
#include "sandbox/Sandbox.h"
#include "shadow/ShadowTreeModel.h"
#include "shadow/ShadowView.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/DialogSeams.h"
#include "widgets/MessageBanner.h"
#include "workspace/SecretStore.h"
#include "workspace/WorkspaceBar.h"
#include "workspace/WorkspaceController.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 20000;

/// A main window with its workspace controller on a data folder, as main() makes them.
struct App
{
    explicit App(const QString& dataDir, const QString& mosquittoPath = {})
        : window(std::make_unique<MainWindow>())
        , controller(std::make_unique<WorkspaceController>(window.get(), dataDir))
    {
        Sandbox::SandboxOptions options;
        options.mosquittoPath = mosquittoPath;
        controller->setSandboxOptions(options);
    }
    ~App()
    {
        controller->flush();
        controller.reset();
    }
    bool startAndWait()
    {
        QSignalSpy opened(controller.get(), &WorkspaceController::opened);
        controller->start();
        return opened.wait(WAIT_MS);
    }
    QAction* menuAction(const char* name) const { return controller->bar()->findChild<QAction*>(QLatin1String(name)); }

    std::unique_ptr<MainWindow> window;
    std::unique_ptr<WorkspaceController> controller;
};

/// ctest runs this test twice: inside a private keychain session (tests/support/with-keychain.sh) and with no
/// keychain reachable at all.
bool keychainExpected()
{
    return qEnvironmentVariable("THINGBENCH_TEST_KEYCHAIN") == u"1"_s;
}

bool processExists(qint64 pid)
{
    return pid > 0 && QFile::exists(u"/proc/%1"_s.arg(pid));
}

} // namespace

/// Workspaces in the app (issue 10): the first run lands in the local sandbox with traffic and a shadow; what the
/// user set up survives a restart; workspaces are switched, created, renamed, duplicated, deleted (Undo), and a
/// damaged file or a changed certificate is explained.
class TestWorkspaceController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstRunOpensTheSandboxWithTrafficAndAShadow();
    void whatTheUserSetUpSurvivesARestart();
    void manageWorkspacesFromTheBar();
    void damagedWorkspaceIsExplained();
    void changedCertificateIsExplained();
    void missingMosquittoIsExplainedAndTheAppStillWorks();
    void workspaceBarIsAccessible();
    void sandboxSettingsRestartTheSandboxAndAreKept_issue12();
    void secretsFollowARenameAndGoWithADelete();
    void awsTypedSecretGoesToTheKeychain_issue13();
    void greengrassAndHttpsChoicesSurviveARestart_issue13();
    void sessionTokenAskedEachTimeIsNeverKept_issue13();
    void sandboxSigV4ChoiceSurvivesARestart_issue13();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dataDir() const { return m_dir->path(); }
};

void TestWorkspaceController::initTestCase()
{
    // The app runs the sandbox through thingbench-cli (Sandbox::SandboxProcess): the one just built.
    qputenv("THINGBENCH_CLI", THINGBENCH_CLI_EXECUTABLE);
}

void TestWorkspaceController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWorkspaceController::firstRunOpensTheSandboxWithTrafficAndAShadow()
{
    qint64 brokerPid = 0;
    {
        App app(dataDir());
        app.window->show();
        QVERIFY(app.startAndWait());
        QCOMPARE(app.controller->currentName(), u"Local sandbox"_s);
        QCOMPARE(app.window->windowTitle(), u"Local sandbox — ThingBench"_s);
        // The sandbox starts and the window connects to it over mutual TLS with the sandbox's console certificate
        // (its policy allows everything, like the AWS console's test client).
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Connected, WAIT_MS);
        QVERIFY(app.window->brokerUrl().startsWith(u"mqtts://127.0.0.1:"_s));
        QVERIFY(app.window->savedConnectionSettings().certFile.endsWith(u"/thingbench-console-certificate.pem.crt"_s));
        QCOMPARE(app.window->policyDecisionLog(), dataDir() + u"/sandbox/decisions.jsonl"_s);
        // Issue 13: the sandbox's HTTPS data plane is the composer's "Send over HTTPS" endpoint, and it answers.
        HttpsPublishOptions* https = app.window->composer()->httpsOptions();
        QVERIFY(https->isAvailable());
        QCOMPARE(https->target().port, app.controller->sandbox()->info().httpPort);
        https->setChosen(true);
        app.window->composer()->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"thingbench/https"_s);
        QVERIFY(app.window->composer()->publish());
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window->composer()->findChild<QLabel*>(u"resultLabel"_s)->text().startsWith(u"Published over HTTPS"_s),
            WAIT_MS);
        https->setChosen(false);
        brokerPid = app.controller->sandbox()->info().brokerProcessId;
        QVERIFY(processExists(brokerPid));
        // The welcome pane on "#" shows traffic: the retained welcome message, the sample device's telemetry. A
        // second pane follows the shadow topics ("#" does not match topics that start with "$").
        QCOMPARE(app.window->panes().size(), 2);
        SubscriptionPane* pane = app.window->panes().first();
        QCOMPARE(pane->activeFilter(), u"#"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() > 0, WAIT_MS);
        QCOMPARE(app.window->panes().last()->activeFilter(), u"$aws/things/+/shadow/#"_s);
        // A shadow for the sample thing: Get in the shadow workbench shows what the sample device reported.
        app.window->showScreen(MainWindow::Screen::Shadows);
        QCOMPARE(app.window->shadowView()->chosenKey().thing, u"sample-thing"_s);
        app.window->shadowView()->get();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->shadowView()->model()->rowCount() > 0, WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->panes().last()->model()->rowCount() > 0, WAIT_MS);
        QVERIFY(QFile::exists(dataDir() + u"/workspaces/Local sandbox.json"_s));
        // A broker that dies is restarted, the user is told, and the connection comes back by itself.
        ::kill(pid_t(brokerPid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->banner()->text().contains(u"restarted"_s), WAIT_MS);
        QTRY_VERIFY_WITH_TIMEOUT(app.controller->sandbox()->info().brokerProcessId != brokerPid, WAIT_MS);
        brokerPid = app.controller->sandbox()->info().brokerProcessId;
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Connected, WAIT_MS);
    }
    // Closing the app stops the broker: no process is left behind.
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(brokerPid), 5000);
}

void TestWorkspaceController::sandboxSettingsRestartTheSandboxAndAreKept_issue12()
{
    const QString config = dataDir() + u"/sandbox/mosquitto.conf"_s;
    const auto configText = [&] {
        QFile file(config);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    {
        App app(dataDir());
        app.window->show();
        QVERIFY(app.startAndWait());
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Connected, WAIT_MS);
        QVERIFY(configText().contains(u"plugin_opt_aws_mqtt311_disconnect true"_s));
        app.window->showScreen(MainWindow::Screen::Registry);
        RegistryView* registry = app.window->registryView();
        auto* policies = registry->findChild<QCheckBox*>(u"policiesCheckBox"_s);
        auto* mqtt311 = registry->findChild<QCheckBox*>(u"mqtt311CheckBox"_s);
        QVERIFY(policies->isEnabled() && policies->isChecked() && mqtt311->isEnabled() && mqtt311->isChecked());
        // AWS MQTT 3.1.1 behaviour off: the sandbox restarts with it, and the window connects again.
        qint64 pid = app.controller->sandbox()->info().brokerProcessId;
        mqtt311->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.controller->sandbox()->info().brokerProcessId != pid &&
                                     app.controller->sandbox()->state() == Sandbox::Sandbox::State::Running,
                                 WAIT_MS);
        QVERIFY(configText().contains(u"plugin_opt_aws_mqtt311_disconnect false"_s));
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Connected, WAIT_MS);
        // No policies at all: no plugin in the broker, and the 3.1.1 switch has nothing to do.
        pid = app.controller->sandbox()->info().brokerProcessId;
        policies->click();
        QVERIFY(!mqtt311->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(app.controller->sandbox()->info().brokerProcessId != pid &&
                                     app.controller->sandbox()->state() == Sandbox::Sandbox::State::Running,
                                 WAIT_MS);
        QVERIFY2(!configText().contains(u"plugin "_s), qPrintable(configText()));
        QVERIFY(!app.controller->sandbox()->info().policiesEnforced);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Connected, WAIT_MS);
    }
    // Kept in the workspace: the next start runs the sandbox the same way.
    App app(dataDir());
    QVERIFY(app.startAndWait());
    QTRY_VERIFY_WITH_TIMEOUT(
        app.controller->sandbox() && app.controller->sandbox()->state() == Sandbox::Sandbox::State::Running, WAIT_MS);
    QVERIFY(!app.window->sandboxSettings().enforcePolicies);
    QVERIFY(!app.window->sandboxSettings().awsMqtt311Disconnect);
    QVERIFY(!configText().contains(u"plugin "_s));
}

void TestWorkspaceController::whatTheUserSetUpSurvivesARestart()
{
    // A broker workspace (no sandbox needed): a pane, a template, a history entry, a shadow, the layout.
    const QString certificate = dataDir() + u"/device.crt"_s;
    QVERIFY(FileIo::writeFileAtomically(certificate, "not really a certificate").ok());
    Workspace expected;
    {
        App app(dataDir());
        QVERIFY(app.controller->store().create(u"Kitchen"_s, Workspace{}).ok());
        QVERIFY(app.controller->store().setLastWorkspace(u"Kitchen"_s).ok());
        QVERIFY(app.startAndWait());
        QCOMPARE(app.controller->currentName(), u"Kitchen"_s);
        ConnectionOptions options = ConnectionOptions::fromUrl(u"mqtts://127.0.0.1:1"_s).value();
        options.certFile = certificate;
        options.clientId = u"kitchen-1"_s;
        options.username = u"alice"_s;
        options.password = u"never-on-disk"_s;
        app.window->applyConnectionSettings(options, false, u"kitchen"_s);
        app.window->closeAllPanes();
        PaneSettings pane{u"kitchen/+/temp"_s, 1, u"#112233"_s, 2000, 32, u"hex"_s, false, u"hot"_s, false, false};
        app.window->addPane()->applySettings(pane);
        app.window->composer()->setTemplates({{u"Ping"_s, u"kitchen/ping"_s, "1", 1, true, {}}});
        app.window->composer()->loadDraft({{}, u"kitchen/cmd"_s, "{\"x\":1}", 0, false, {}});
        app.window->shadowView()->applyWorkspaceSettings({u"kitchen"_s, u"config"_s, {{u"kitchen"_s, {u"config"_s}}}});
        app.window->messagesSplitter()->setSizes({400, 200});
        app.window->showScreen(MainWindow::Screen::Certificates);
        // Autosave: within about a second the file holds it, with the certificate fingerprinted.
        QSignalSpy saved(app.controller.get(), &WorkspaceController::saved);
        QVERIFY(saved.wait(WAIT_MS));
        QTRY_COMPARE_WITH_TIMEOUT(app.controller->bar()->saveState(), u"Saved"_s, WAIT_MS);
        if (keychainExpected()) { // the keychain write lands, then the file says "keychain"
            QTRY_VERIFY_WITH_TIMEOUT(FileIo::readFile(app.controller->store().pathFor(u"Kitchen"_s))
                                         .value()
                                         .contains("\"password\": \"keychain\""),
                                     WAIT_MS);
        }
        const QByteArray file = FileIo::readFile(app.controller->store().pathFor(u"Kitchen"_s)).value();
        QVERIFY(file.contains("kitchen/+/temp"));
        QVERIFY(!file.contains("never-on-disk"));
        expected = app.controller->capture();
        QVERIFY(!expected.connection.certificateFile.sha256.isEmpty());
    }
    App again(dataDir());
    QVERIFY(again.startAndWait());
    QCOMPARE(again.controller->currentName(), u"Kitchen"_s); // the last workspace reopens
    const Workspace restored = again.controller->capture();
    QCOMPARE(restored.panes, expected.panes);
    QCOMPARE(restored.templates, expected.templates);
    QCOMPARE(restored.draft, expected.draft);
    QCOMPARE(restored.shadows.thing, u"kitchen"_s);
    QCOMPARE(restored.shadows.shadow, u"config"_s);
    QCOMPARE(restored.layout.screen, u"certificates"_s);
    QCOMPARE(again.window->brokerUrl(), u"mqtts://127.0.0.1:1"_s);
    QCOMPARE(again.window->savedConnectionSettings().clientId, u"kitchen-1"_s);
    if (keychainExpected()) {
        // Kept in the system keychain: the file says so, and Connect uses it without asking.
        QCOMPARE(restored.connection.password, SecretStorage::Keychain);
        QTRY_COMPARE_WITH_TIMEOUT(again.window->savedConnectionSettings().password, u"never-on-disk"_s, WAIT_MS);
        again.window->connectToBroker();
        QCOMPARE(again.window->session()->options().password, u"never-on-disk"_s);
    } else {
        // No keychain: never stored anywhere, asked for at Connect, and used.
        QCOMPARE(again.window->savedConnectionSettings().password, QString());
        QCOMPARE(restored.connection.password, SecretStorage::Ask);
        DialogSeams::setNextPassphrase(QByteArray("typed-now"));
        again.window->connectToBroker();
        QCOMPARE(again.window->session()->options().password, u"typed-now"_s);
    }
    again.window->session()->disconnectFromBroker();
    QVERIFY(!FileIo::readFile(again.controller->store().pathFor(u"Kitchen"_s)).value().contains("never-on-disk"));
    QCOMPARE(again.window->panes().first()->activeFilter(), QString()); // was not subscribed
    QCOMPARE(again.window->panes().first()->settings().search, u"hot"_s);
}

void TestWorkspaceController::manageWorkspacesFromTheBar()
{
    App app(dataDir());
    QVERIFY(app.controller->store().create(u"Alpha"_s, Workspace{}).ok());
    QVERIFY(app.controller->store().setLastWorkspace(u"Alpha"_s).ok());
    QVERIFY(app.startAndWait());
    QSignalSpy opened(app.controller.get(), &WorkspaceController::opened);

    DialogSeams::setNextText(u"Beta"_s);
    app.menuAction("newWorkspaceAction")->trigger();
    QVERIFY(opened.wait(WAIT_MS));
    QCOMPARE(app.controller->currentName(), u"Beta"_s);
    app.window->addPane(u"beta/#"_s);

    DialogSeams::setNextText(u"Gamma"_s);
    app.menuAction("renameWorkspaceAction")->trigger();
    QVERIFY(opened.wait(WAIT_MS));
    QCOMPARE(app.controller->store().names(), (QStringList{u"Alpha"_s, u"Gamma"_s}));

    DialogSeams::setNextText(u"Gamma copy"_s);
    app.menuAction("duplicateWorkspaceAction")->trigger();
    QVERIFY(opened.wait(WAIT_MS));
    QCOMPARE(app.controller->currentName(), u"Gamma copy"_s);
    QVERIFY(app.window->panes().last()->settings().filter == u"beta/#"_s); // the copy has the pane

    // A taken name is refused with the reason, nothing changes.
    DialogSeams::setNextText(u"alpha"_s);
    QSignalSpy finished(app.controller.get(), &WorkspaceController::operationFinished);
    app.menuAction("newWorkspaceAction")->trigger();
    QVERIFY(finished.wait(WAIT_MS));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(app.window->banner()->text().contains(u"Alpha"_s));

    // Delete asks first; Undo brings it back.
    DialogSeams::setNextConfirmation(true);
    app.menuAction("deleteWorkspaceAction")->trigger();
    QVERIFY(opened.wait(WAIT_MS));
    QVERIFY(!app.controller->store().names().contains(u"Gamma copy"_s));
    QCOMPARE(app.window->banner()->actionText(), u"&Undo"_s);
    Q_EMIT app.window->banner()->actionTriggered();
    QVERIFY(opened.wait(WAIT_MS));
    QCOMPARE(app.controller->currentName(), u"Gamma copy"_s);
    QVERIFY(app.window->panes().last()->settings().filter == u"beta/#"_s);

    // Switching through the combo box, right after a change: the workspace left keeps it.
    app.window->addPane(u"late/#"_s);
    auto* combo = app.controller->bar()->findChild<QComboBox*>(u"workspaceComboBox"_s);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findText(u"Alpha"_s));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(opened.wait(WAIT_MS));
    QCOMPARE(app.controller->currentName(), u"Alpha"_s);
    const auto left = app.controller->store().load(u"Gamma copy"_s);
    QVERIFY(left.ok());
    QCOMPARE(left->workspace.panes.last().filter, u"late/#"_s);

    // Export and import round trip.
    const QString exported = dataDir() + u"/alpha-export.json"_s;
    DialogSeams::setNextFileName(exported);
    DialogSeams::setNextConfirmation(false); // no certificates inside
    app.menuAction("exportWorkspaceAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported), WAIT_MS);
    DialogSeams::setNextFileName(exported);
    app.menuAction("importWorkspaceAction")->trigger();
    QVERIFY(opened.wait(WAIT_MS));
    QCOMPARE(app.controller->currentName(), u"Alpha (2)"_s);
}

void TestWorkspaceController::damagedWorkspaceIsExplained()
{
    App app(dataDir());
    const QString path = app.controller->store().pathFor(u"Broken"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QVERIFY(FileIo::writeFileAtomically(path, "{\"schemaVersion\": 2, \"panes\": [{\"qos\": \"high\"}]}").ok());
    QVERIFY(app.controller->store().setLastWorkspace(u"Broken"_s).ok());
    QVERIFY(app.startAndWait());
    QCOMPARE(app.controller->currentName(), u"Broken"_s);
    const QString text = app.window->banner()->text();
    QVERIFY2(text.contains(u"panes[0].qos"_s), qPrintable(text));
    QVERIFY2(text.contains(u".damaged-"_s), qPrintable(text)); // says where the file went
    QVERIFY(!app.window->banner()->isHidden());
    QCOMPARE(QDir(QFileInfo(path).path()).entryList({u"Broken.json.damaged-*"_s}, QDir::Files).size(), 1);
}

void TestWorkspaceController::changedCertificateIsExplained()
{
    const QString certificate = dataDir() + u"/device.crt"_s;
    QVERIFY(FileIo::writeFileAtomically(certificate, "version one").ok());
    {
        App app(dataDir());
        Workspace workspace;
        workspace.connection.certificateFile = FileReference::of(certificate);
        workspace.connection.options.certFile = certificate;
        QVERIFY(app.controller->store().create(u"Device"_s, workspace).ok());
        QVERIFY(app.controller->store().setLastWorkspace(u"Device"_s).ok());
    }
    QVERIFY(FileIo::writeFileAtomically(certificate, "version two").ok());
    App app(dataDir());
    QVERIFY(app.startAndWait());
    const QString text = app.window->banner()->text();
    QVERIFY2(text.contains(certificate) && text.contains(u"changed"_s), qPrintable(text));
}

void TestWorkspaceController::missingMosquittoIsExplainedAndTheAppStillWorks()
{
    App app(dataDir(), dataDir() + u"/no-such/mosquitto"_s);
    QVERIFY(app.startAndWait());
    QCOMPARE(app.controller->currentName(), u"Local sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(app.window->banner()->text().contains(u"apt install mosquitto"_s), WAIT_MS);
    // The rest of the app works: a pane can be added and the connection settings edited.
    const int panes = int(app.window->panes().size());
    app.window->addPane(u"a/b"_s);
    QCOMPARE(app.window->panes().size(), panes + 1);
    app.window->setBrokerUrl(u"mqtt://127.0.0.1:1"_s);
    QVERIFY(app.window->connectionOptions().ok());
}

void TestWorkspaceController::workspaceBarIsAccessible()
{
    App app(dataDir());
    QVERIFY(app.controller->store().create(u"Alpha"_s, Workspace{}).ok());
    QVERIFY(app.controller->store().setLastWorkspace(u"Alpha"_s).ok());
    QVERIFY(app.startAndWait());
    app.window->show();
    auto* combo = app.controller->bar()->findChild<QComboBox*>(u"workspaceComboBox"_s);
    auto* menu = app.controller->bar()->findChild<QToolButton*>(u"workspaceMenuButton"_s);
    // On Linux a combo box is heard by its label ("Workspace:", its buddy) and its value.
    QAccessibleInterface* comboInterface = QAccessible::queryAccessibleInterface(combo);
    QCOMPARE(comboInterface->text(QAccessible::Value), u"Alpha"_s);
    QVERIFY(comboInterface->text(QAccessible::Description).contains(u"workspace in use"_s));
    bool labelled = false;
    for (const auto& [other, relation] : comboInterface->relations(QAccessible::Label)) {
        labelled = labelled || other->text(QAccessible::Name) == u"Workspace:"_s;
    }
    QVERIFY(labelled);
    QCOMPARE(QAccessible::queryAccessibleInterface(menu)->text(QAccessible::Name), u"Manage workspaces"_s);
    // The save state is live text a screen reader can read (its text is its name).
    app.window->addPane(u"x/#"_s);
    auto* state = app.controller->bar()->findChild<QLabel*>(u"saveStateLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(QAccessible::queryAccessibleInterface(state)->text(QAccessible::Name), u"Saved"_s,
                              WAIT_MS);
}

namespace {

/// What the keychain holds under `key` (empty optional: nothing, or no keychain).
std::optional<QByteArray> keychainEntry(const QString& key)
{
    SecretStore store;
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(key);
    if (!read.wait(WAIT_MS)) {
        return std::nullopt;
    }
    return read.first().at(1).value<std::optional<QByteArray>>();
}

} // namespace

void TestWorkspaceController::secretsFollowARenameAndGoWithADelete()
{
    if (!keychainExpected()) {
        QSKIP("needs a keychain: the ctest variant TestWorkspaceController runs this with one");
    }
    App app(dataDir());
    QVERIFY(app.controller->store().create(u"Dev"_s, Workspace{}).ok());
    QVERIFY(app.controller->store().create(u"Other"_s, Workspace{}).ok());
    QVERIFY(app.controller->store().setLastWorkspace(u"Dev"_s).ok());
    QVERIFY(app.startAndWait());
    ConnectionOptions options = ConnectionOptions::fromUrl(u"mqtts://127.0.0.1:1"_s).value();
    options.username = u"dev"_s;
    options.password = u"pw-dev"_s;
    app.window->applyConnectionSettings(options, false, {});
    const auto fileSaysKeychain = [&app](const QString& name) {
        return FileIo::readFile(app.controller->store().pathFor(name)).value().contains("\"password\": \"keychain\"");
    };
    QTRY_VERIFY_WITH_TIMEOUT(fileSaysKeychain(u"Dev"_s), WAIT_MS);
    QCOMPARE(keychainEntry(SecretStore::keyFor(u"Dev"_s, u"password"_s)), std::optional<QByteArray>("pw-dev"));

    QSignalSpy opened(app.controller.get(), &WorkspaceController::opened);
    DialogSeams::setNextText(u"Dev2"_s);
    app.menuAction("renameWorkspaceAction")->trigger();
    QVERIFY(opened.wait(WAIT_MS));
    QTRY_VERIFY_WITH_TIMEOUT(fileSaysKeychain(u"Dev2"_s), WAIT_MS);
    QCOMPARE(keychainEntry(SecretStore::keyFor(u"Dev2"_s, u"password"_s)), std::optional<QByteArray>("pw-dev"));
    QCOMPARE(keychainEntry(SecretStore::keyFor(u"Dev"_s, u"password"_s)), std::nullopt);

    DialogSeams::setNextConfirmation(true);
    app.menuAction("deleteWorkspaceAction")->trigger();
    QVERIFY(opened.wait(WAIT_MS));
    QCOMPARE(app.controller->currentName(), u"Other"_s);
    QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(SecretStore::keyFor(u"Dev2"_s, u"password"_s)), std::nullopt, WAIT_MS);
}

void TestWorkspaceController::awsTypedSecretGoesToTheKeychain_issue13()
{
    // "AWS IoT with IAM credentials", keys typed in: the file keeps the sign-in and the key ID, never the secret or
    // the token; those go to the keychain like the MQTT password (or are asked for at Connect without one).
    const QString secret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
    const QString token = u"FwoGZXIvYXdzEXAMPLETOKEN"_s;
    const AwsSignInSettings signIn{
        AwsSignInSettings::Source::TypedIn, {}, {}, u"AKIAIOSFODNN7EXAMPLE"_s, u"eu-west-1"_s};
    const auto fileOf = [](App& app) { return FileIo::readFile(app.controller->store().pathFor(u"Aws"_s)).value(); };
    {
        App app(dataDir());
        QVERIFY(app.controller->store().create(u"Aws"_s, Workspace{}).ok());
        QVERIFY(app.controller->store().setLastWorkspace(u"Aws"_s).ok());
        QVERIFY(app.startAndWait());
        app.window->applyConnectionSettings(
            ConnectionOptions::fromUrl(u"wss://abc-ats.iot.eu-west-1.amazonaws.com:443/mqtt"_s).value(), true,
            u"my-thing"_s);
        app.window->setAwsSignIn(signIn);
        app.window->setAwsSecrets(secret, token);
        const QByteArray expected = keychainExpected() ? "\"awsSecret\": \"keychain\"" : "\"awsSecret\": \"ask\"";
        QTRY_VERIFY_WITH_TIMEOUT(fileOf(app).contains(expected), WAIT_MS);
        const QByteArray file = fileOf(app);
        QVERIFY(file.contains("\"accessKeyId\": \"AKIAIOSFODNN7EXAMPLE\""));
        QVERIFY(file.contains("\"source\": \"typed\""));
        QVERIFY(!file.contains(secret.toUtf8()) && !file.contains(token.toUtf8()));
        if (keychainExpected()) {
            QCOMPARE(keychainEntry(SecretStore::keyFor(u"Aws"_s, u"awsSecretAccessKey"_s)),
                     std::optional<QByteArray>(secret.toUtf8()));
            QCOMPARE(keychainEntry(SecretStore::keyFor(u"Aws"_s, u"awsSessionToken"_s)),
                     std::optional<QByteArray>(token.toUtf8()));
        }
    }
    App again(dataDir());
    QVERIFY(again.startAndWait());
    QCOMPARE(again.window->awsSignIn(), std::optional<AwsSignInSettings>(signIn));
    if (keychainExpected()) { // read back from the keychain for the next Connect
        QTRY_COMPARE_WITH_TIMEOUT(again.window->awsSecrets().secretAccessKey, secret, WAIT_MS);
        QTRY_COMPARE_WITH_TIMEOUT(again.window->awsSecrets().sessionToken, token, WAIT_MS);
    } else {
        QCOMPARE(again.controller->capture().connection.awsSecret, SecretStorage::Ask);
        QCOMPARE(again.window->awsSecrets().secretAccessKey, QString());
    }
}

void TestWorkspaceController::greengrassAndHttpsChoicesSurviveARestart_issue13()
{
    // "Connect through a Greengrass core" and "Send over HTTPS" (port 443 with ALPN) are kept in the workspace: the
    // device's own connection and the thing, never a core's address. Connect discovers again.
    const QString certificate = dataDir() + u"/device.crt"_s;
    const QString key = dataDir() + u"/device.key"_s;
    QVERIFY(FileIo::writeFileAtomically(certificate, "not really a certificate").ok());
    QVERIFY(FileIo::writeFileAtomically(key, "not really a key").ok());
    const GreengrassSettings greengrass{u"gg-device"_s, u"127.0.0.1:1"_s}; // nothing listens there
    {
        App app(dataDir());
        QVERIFY(app.controller->store().create(u"Gg"_s, Workspace{}).ok());
        QVERIFY(app.controller->store().setLastWorkspace(u"Gg"_s).ok());
        QVERIFY(app.startAndWait());
        ConnectionOptions device =
            ConnectionOptions::fromUrl(u"mqtts://abc-ats.iot.eu-west-1.amazonaws.com:8883"_s).value();
        device.certFile = certificate;
        device.keyFile = key;
        device.clientId = u"gg-device"_s;
        app.window->applyConnectionSettings(device, true, u"gg-device"_s);
        app.window->setGreengrass(greengrass);
        app.window->composer()->httpsOptions()->applySettings({true, true});
        QTRY_VERIFY_WITH_TIMEOUT(
            FileIo::readFile(app.controller->store().pathFor(u"Gg"_s)).value().contains("\"greengrass\""), WAIT_MS);
        const Workspace saved = app.controller->store().load(u"Gg"_s)->workspace;
        QCOMPARE(saved.connection.greengrass, std::optional<GreengrassSettings>(greengrass));
        QCOMPARE(saved.connection.options.host, u"abc-ats.iot.eu-west-1.amazonaws.com"_s);
        QVERIFY(saved.httpsPublish.enabled && saved.httpsPublish.alpn);
    }
    App again(dataDir());
    QVERIFY(again.startAndWait());
    QCOMPARE(again.window->greengrass(), std::optional<GreengrassSettings>(greengrass));
    HttpsPublishOptions* https = again.window->composer()->httpsOptions();
    QCOMPARE(https->settings(), (HttpsPublishSettings{true, true}));
    QVERIFY(https->isChosen()); // the connection has a certificate and key: its HTTPS endpoint, on 443 with ALPN
    QCOMPARE(https->target().host, u"abc-ats.iot.eu-west-1.amazonaws.com"_s);
    QCOMPARE(https->target().port, quint16(443));
    QCOMPARE(https->target().tls.alpn, QStringList{u"x-amzn-http-ca"_s});
    // The connection settings open with the box checked and the discovery endpoint as it was.
    QPointer<ConnectionDialog> dialog = again.window->openConnectionSettings();
    QVERIFY(dialog->greengrassBox()->useCore());
    QCOMPARE(dialog->greengrassBox()->typedDiscoveryEndpoint(), greengrass.discoveryEndpoint);
    dialog->reject();
    // Connect runs discovery (off the GUI thread) and says in the banner why it found no core.
    again.window->connectToBroker();
    QVERIFY(again.window->isDiscoveringCore());
    QTRY_VERIFY_WITH_TIMEOUT(again.window->banner()->text().startsWith(u"Greengrass discovery found no core"_s),
                             WAIT_MS);
    QCOMPARE(again.window->session()->state(), SessionState::Disconnected);
}

void TestWorkspaceController::sessionTokenAskedEachTimeIsNeverKept_issue13()
{
    // A typed-in sign-in whose session token is asked for at each connect: the secret access key follows the usual
    // way (keychain, else asked), the token is never kept anywhere and is asked at every Connect.
    const QString secret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
    const QString token = u"FwoGZXIvYXdzEXAMPLETOKEN"_s;
    const AwsSignInSettings signIn{
        AwsSignInSettings::Source::TypedIn, {}, {}, u"ASIAIOSFODNN7EXAMPLE"_s, u"eu-west-1"_s, true};
    const auto fileOf = [](App& app) { return FileIo::readFile(app.controller->store().pathFor(u"Sts"_s)).value(); };
    {
        App app(dataDir());
        QVERIFY(app.controller->store().create(u"Sts"_s, Workspace{}).ok());
        QVERIFY(app.controller->store().setLastWorkspace(u"Sts"_s).ok());
        QVERIFY(app.startAndWait());
        app.window->applyConnectionSettings(ConnectionOptions::fromUrl(u"wss://127.0.0.1:1/mqtt"_s).value(), true,
                                            u"my-thing"_s);
        app.window->setAwsSignIn(signIn);
        app.window->setAwsSecrets(secret, token); // e.g. asked for at a Connect
        const QByteArray expected = keychainExpected() ? "\"awsSecret\": \"keychain\"" : "\"awsSecret\": \"ask\"";
        QTRY_VERIFY_WITH_TIMEOUT(fileOf(app).contains(expected), WAIT_MS);
        QVERIFY(fileOf(app).contains("\"askSessionToken\": true"));
        QVERIFY(!fileOf(app).contains(secret.toUtf8()) && !fileOf(app).contains(token.toUtf8()));
        if (keychainExpected()) {
            QCOMPARE(keychainEntry(SecretStore::keyFor(u"Sts"_s, u"awsSecretAccessKey"_s)),
                     std::optional<QByteArray>(secret.toUtf8()));
        }
        QCOMPARE(keychainEntry(SecretStore::keyFor(u"Sts"_s, u"awsSessionToken"_s)), std::nullopt);
    }
    App again(dataDir());
    QVERIFY(again.startAndWait());
    QCOMPARE(again.window->awsSignIn(), std::optional<AwsSignInSettings>(signIn));
    if (keychainExpected()) {
        QTRY_COMPARE_WITH_TIMEOUT(again.window->awsSecrets().secretAccessKey, secret, WAIT_MS);
    }
    QCOMPARE(again.window->awsSecrets().sessionToken, QString());
    for (int connect = 1; connect <= 2; ++connect) {
        const int asked = DialogSeams::awsSecretsAsked();
        DialogSeams::setNextAwsSecrets(AwsTypedSecrets{secret, token + QString::number(connect)});
        again.window->connectToBroker(); // nothing listens on port 1: only the asking matters here
        QCOMPARE(DialogSeams::awsSecretsAsked(), asked + 1);
        QCOMPARE(again.window->awsSecrets().sessionToken, token + QString::number(connect));
        QCOMPARE(again.window->awsSecrets().secretAccessKey, secret);
        QTRY_COMPARE_WITH_TIMEOUT(again.window->session()->state(), SessionState::Disconnected, WAIT_MS);
    }
    again.controller->saveNow();
    QTRY_COMPARE_WITH_TIMEOUT(again.controller->bar()->saveState(), u"Saved"_s, WAIT_MS);
    QVERIFY(!FileIo::readFile(again.controller->store().pathFor(u"Sts"_s)).value().contains(token.toUtf8()));
    QCOMPARE(keychainEntry(SecretStore::keyFor(u"Sts"_s, u"awsSessionToken"_s)), std::nullopt);
}

void TestWorkspaceController::sandboxSigV4ChoiceSurvivesARestart_issue13()
{
    // The "Local sandbox" workspace switched to its SigV4 WebSocket ("AWS IoT with IAM credentials") stays on it
    // after a restart; the port, the CA and the IAM user's file come from the running sandbox.
    {
        App app(dataDir());
        app.window->show();
        QVERIFY(app.startAndWait());
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Connected, WAIT_MS);
        QPointer<ConnectionDialog> dialog = app.window->openConnectionSettings();
        app.window->session()->disconnectFromBroker();
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"sandboxWebSocketButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->awsSignInBox()->isReady(), WAIT_MS);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), WAIT_MS);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Disconnected, WAIT_MS);
        app.window->connectToBroker();
        QTRY_COMPARE_WITH_TIMEOUT(app.window->session()->state(), SessionState::Connected, WAIT_MS);
        QVERIFY(app.window->session()->options().sigV4.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(
            FileIo::readFile(app.controller->store().pathFor(u"Local sandbox"_s)).value().contains("\"awsSignIn\""),
            WAIT_MS);
    }
    App again(dataDir());
    QVERIFY(again.startAndWait());
    QTRY_COMPARE_WITH_TIMEOUT(again.window->session()->state(), SessionState::Connected, WAIT_MS);
    const Sandbox::SandboxInfo info = again.controller->sandbox()->info();
    const ConnectionOptions used = again.window->session()->options();
    QCOMPARE(used.transport, Transport::SecureWebSocket);
    QCOMPARE(used.port, info.wsPort);
    QCOMPARE(used.caFile, info.caFile);
    QVERIFY(used.sigV4.has_value());
    QCOMPARE(used.sigV4->accessKeyId, info.awsAccessKeyId);
    QCOMPARE(used.clientId, u"thingbench-app"_s); // the dialog's, not the sample device's
    QCOMPARE(again.window->awsSignIn()->credentialsFile, info.awsCredentialsFile);
    QVERIFY(!FileIo::readFile(again.controller->store().pathFor(u"Local sandbox"_s))
                 .value()
                 .contains(used.sigV4->secretAccessKey.toUtf8()));
}

QTEST_MAIN(TestWorkspaceController)
#include "TestWorkspaceController.moc"
