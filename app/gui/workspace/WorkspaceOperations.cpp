// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceController: managing workspaces (create, rename, duplicate, delete with Undo, import, export) and the
// local sandbox of the "Local sandbox" workspace.
#include "MainWindow.h"
#include "WorkspaceBar.h"
#include "WorkspaceController.h"
#include "mqtt/MqttSession.h"
#include "shadow/ShadowView.h"
#include "support/DialogSeams.h"
#include "widgets/MessageBanner.h"
#include "workspace/SecretStore.h"

#include <QMessageBox>

#include <memory>
#include <QtConcurrent/QtConcurrentRun>

namespace {

/// The result of a management operation on the worker: what to open next (empty: stay) and what to say.
struct Outcome
{
    bool ok = false;
    QString message;
    QString open;
    QString undoPath; ///< a delete: where the file went
};

} // namespace

void WorkspaceController::askName(const QString& title, const QString& initial,
                                  void (WorkspaceController::*action)(const QString&))
{
    const auto name = DialogSeams::text(m_window, title, tr("Workspace name:"), initial);
    if (name) {
        (this->*action)(name->trimmed());
    }
}

void WorkspaceController::createWorkspace(const QString& name)
{
    const WorkspaceStore store = m_store;
    runThen<Outcome>(
        [store, name] {
            const auto created = store.create(name, Workspace{});
            return created.ok() ? Outcome{true, tr("Workspace “%1” created.").arg(name), name, {}}
                                : Outcome{false, created.error().message, {}, {}};
        },
        [this](const Outcome& outcome) {
            report(outcome.ok, outcome.message);
            if (!outcome.open.isEmpty()) {
                open(outcome.open);
            }
        });
}

void WorkspaceController::renameCurrent(const QString& name)
{
    if (name == m_name || m_name.isEmpty()) {
        return;
    }
    m_autosaveTimer.stop();
    const WorkspaceStore store = m_store;
    const QString from = m_name;
    const Workspace latest = capture();
    const bool save = !m_blocked;
    runThen<Outcome>(
        [store, from, name, latest, save] {
            if (save) { // the file carries the latest state under its new name
                Workspace saved = latest;
                fingerprint(saved);
                (void)store.save(from, saved);
            }
            const auto renamed = store.rename(from, name);
            return renamed.ok() ? Outcome{true, tr("Workspace “%1” is now “%2”.").arg(from, name), name, {}}
                                : Outcome{false, renamed.error().message, from, {}};
        },
        [this, from](const Outcome& outcome) {
            report(outcome.ok, outcome.message);
            if (outcome.ok) { // the keychain entries follow the name (written before the reopen reads them)
                const QString to = outcome.open;
                for (const auto& [what, secret] :
                     {std::pair{u"password"_qs, m_keptPassword}, std::pair{u"passphrase"_qs, m_keptPassphrase},
                      std::pair{u"awsSecretAccessKey"_qs, m_keptAwsSecret},
                      std::pair{u"awsSessionToken"_qs, m_keptAwsToken}}) {
                    if (!secret.isEmpty()) {
                        m_secrets->write(SecretStore::keyFor(to, what), secret.toUtf8());
                    }
                }
                forgetSecrets(from);
            }
            m_name.clear(); // reopened under its (new) name; nothing is saved under the old one
            open(outcome.open);
        });
}

void WorkspaceController::forgetSecrets(const QString& workspace)
{
    m_secrets->remove(SecretStore::keyFor(workspace, u"password"_qs));
    m_secrets->remove(SecretStore::keyFor(workspace, u"passphrase"_qs));
    m_secrets->remove(SecretStore::keyFor(workspace, u"awsSecretAccessKey"_qs));
    m_secrets->remove(SecretStore::keyFor(workspace, u"awsSessionToken"_qs));
}

void WorkspaceController::duplicateCurrent(const QString& name)
{
    saveNow();
    const WorkspaceStore store = m_store;
    const QString from = m_name;
    runThen<Outcome>(
        [store, from, name] {
            const auto copied = store.duplicate(from, name);
            return copied.ok() ? Outcome{true, tr("“%1” is a copy of “%2”.").arg(name, from), name, {}}
                               : Outcome{false, copied.error().message, {}, {}};
        },
        [this](const Outcome& outcome) {
            report(outcome.ok, outcome.message);
            if (!outcome.open.isEmpty()) {
                open(outcome.open);
            }
        });
}

void WorkspaceController::deleteCurrent()
{
    const QString name = m_name;
    if (name.isEmpty() ||
        !DialogSeams::confirm(m_window, tr("Delete workspace"),
                              tr("Delete the workspace “%1”? Its panes, templates and settings go with it (you can "
                                 "undo this until you close ThingBench).")
                                  .arg(name))) {
        return;
    }
    m_autosaveTimer.stop();
    m_name.clear(); // nothing is saved under the deleted name any more
    const WorkspaceStore store = m_store;
    const Workspace firstRun = sandboxWorkspace();
    const Workspace latest = capture();
    const bool save = !m_blocked;
    runThen<Outcome>(
        [store, name, firstRun, latest, save] {
            if (save) { // an Undo brings back the workspace as it was at the moment of the delete
                Workspace saved = latest;
                fingerprint(saved);
                (void)store.save(name, saved);
            }
            const auto removed = store.remove(name);
            if (!removed.ok()) {
                return Outcome{false, removed.error().message, name, {}};
            }
            QStringList names = store.names();
            if (names.isEmpty()) { // never without a workspace: the sandbox one comes back
                (void)store.create(WorkspaceStore::sandboxWorkspaceName(), firstRun);
                names = store.names();
            }
            return Outcome{true, tr("Workspace “%1” deleted.").arg(name), names.first(), *removed};
        },
        [this, name](const Outcome& outcome) {
            if (!outcome.open.isEmpty()) {
                open(outcome.open);
            }
            if (!outcome.ok) {
                report(false, outcome.message);
                return;
            }
            forgetSecrets(name); // a deleted workspace leaves no secret behind (Undo asks for it again)
            Q_EMIT operationFinished(true, outcome.message);
            const QString undoPath = outcome.undoPath;
            m_window->banner()->showMessage(outcome.message, MessageBanner::Kind::Information, tr("&Undo"));
            connect(
                m_window->banner(), &MessageBanner::actionTriggered, this,
                [this, undoPath, name] {
                    if (const auto restored = m_store.undoDelete(undoPath, name); restored.ok()) {
                        open(name);
                        report(true, tr("Workspace “%1” is back.").arg(name));
                    } else {
                        report(false, restored.error().message);
                    }
                },
                Qt::SingleShotConnection);
        });
}

void WorkspaceController::importFile(const QString& path)
{
    const WorkspaceStore store = m_store;
    runThen<Outcome>(
        [store, path] {
            const auto imported = store.importFrom(path);
            return imported.ok() ? Outcome{true, tr("Imported “%1” from %2.").arg(*imported, path), *imported, {}}
                                 : Outcome{false, imported.error().message, {}, {}};
        },
        [this](const Outcome& outcome) {
            report(outcome.ok, outcome.message);
            if (!outcome.open.isEmpty()) {
                open(outcome.open);
            }
        });
}

void WorkspaceController::askExport()
{
    const QString path =
        DialogSeams::saveFileName(m_window, tr("Export workspace “%1”").arg(m_name), tr("Workspaces (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    WorkspaceStore::ExportOptions options;
    options.embedCertificates = DialogSeams::confirm(
        m_window, tr("Export workspace"),
        tr("Put the CA and the client certificate inside the exported file, so it works on another computer?"));
    if (options.embedCertificates && !m_workspace.connection.privateKeyFile.isEmpty()) {
        options.embedPrivateKey = DialogSeams::confirm(
            m_window, tr("Export the private key?"),
            tr("Also put the PRIVATE KEY inside the file? Anyone with the file can then connect as this device. "
               "Only do this for a file you keep safe (it is written readable by you alone)."));
    }
    exportCurrent(path, options);
}

void WorkspaceController::exportCurrent(const QString& path, const WorkspaceStore::ExportOptions& options)
{
    saveNow();
    const WorkspaceStore store = m_store;
    const QString name = m_name;
    runThen<Outcome>(
        [store, name, path, options] {
            const auto exported = store.exportTo(name, path, options);
            return exported.ok() ? Outcome{true, tr("Workspace “%1” exported to %2.").arg(name, path), {}, {}}
                                 : Outcome{false, exported.error().message, {}, {}};
        },
        [this](const Outcome& outcome) { report(outcome.ok, outcome.message); });
}

void WorkspaceController::startSandbox()
{
    if (!m_sandbox) {
        m_sandbox = new Sandbox::SandboxProcess(this);
        connect(m_sandbox, &Sandbox::SandboxProcess::ready, this, &WorkspaceController::connectToSandbox);
        connect(m_sandbox, &Sandbox::SandboxProcess::failed, this, [this](const QString&, const QString& message) {
            m_window->banner()->showMessage(tr("Local sandbox: %1").arg(message), MessageBanner::Kind::Error);
        });
        connect(m_sandbox, &Sandbox::SandboxProcess::restarted, this, [this](const QString& reason) {
            m_window->banner()->showMessage(tr("The local sandbox stopped unexpectedly and was restarted (%1). The "
                                               "connection and its subscriptions are restored.")
                                                .arg(reason),
                                            MessageBanner::Kind::Warning);
        });
        connect(m_sandbox, &Sandbox::SandboxProcess::notice, this, [this](const QString& message) {
            m_window->banner()->showMessage(message, MessageBanner::Kind::Information);
        });
    }
    Sandbox::SandboxOptions options = m_sandboxOptions;
    options.dir = m_sandboxDir;
    const SandboxSettings settings = m_window->sandboxSettings();
    options.enforcePolicies = settings.enforcePolicies;
    options.awsMqtt311Disconnect = settings.awsMqtt311Disconnect;
    m_sandbox->setOptions(options);
    m_window->setBrokerUrl(tr("(starting the local sandbox…)"));
    if (m_sandbox->state() == Sandbox::Sandbox::State::Running) {
        connectToSandbox();
    } else {
        m_sandbox->start();
    }
}

void WorkspaceController::restartSandbox()
{
    if (m_workspace.kind != Workspace::Kind::Sandbox || !m_window) {
        return;
    }
    m_window->session()->disconnectFromBroker();
    if (!m_sandbox || m_sandbox->state() == Sandbox::Sandbox::State::Stopped ||
        m_sandbox->state() == Sandbox::Sandbox::State::Failed) {
        startSandbox();
        return;
    }
    // Once this run is gone, the next starts with the window's settings (one restart however often it is asked).
    if (!m_restartPending) {
        m_restartPending = true;
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_sandbox, &Sandbox::SandboxProcess::stopped, this, [this, once] {
            disconnect(*once);
            m_restartPending = false;
            if (m_workspace.kind == Workspace::Kind::Sandbox) {
                startSandbox();
            }
        });
    }
    m_window->banner()->showMessage(tr("The local sandbox restarts to apply its new settings…"),
                                    MessageBanner::Kind::Information);
    m_sandbox->stop();
}

bool WorkspaceController::useSandboxWebSocket(const Sandbox::SandboxInfo& info)
{
    const std::optional<AwsSignInSettings> signIn = m_window->awsSignIn();
    const auto url = ConnectionOptions::fromUrl(info.webSocketUrl);
    if (!signIn || info.webSocketUrl.isEmpty() || !url) {
        return false;
    }
    // The user's choice and MQTT settings stay; the port, the CA and the IAM user's file are this run's.
    ConnectionOptions options = m_window->savedConnectionSettings();
    options.setAddress(*url);
    options.clearTls();
    options.caFile = info.caFile;
    AwsSignInSettings refreshed = *signIn;
    if (refreshed.source == AwsSignInSettings::Source::Profile) {
        refreshed.credentialsFile = info.awsCredentialsFile;
        refreshed.profile = info.awsProfile;
        refreshed.region = info.awsRegion;
    }
    const QString thing = m_window->thingName().isEmpty() ? options.clientId : m_window->thingName();
    m_window->applyConnectionSettings(options, true, thing);
    if (!(refreshed == *signIn)) {
        m_window->setAwsSignIn(refreshed); // forgets typed secrets: only a profile's file is refreshed here
    }
    return true;
}

void WorkspaceController::connectToSandbox()
{
    if (m_workspace.kind != Workspace::Kind::Sandbox || !m_window) {
        return; // another workspace was opened meanwhile
    }
    const Sandbox::SandboxInfo info = m_sandbox->info();
    m_window->setSandboxHttpsEndpoint(info.httpsEndpoint); // before the settings, which give it to the screens
    if (!useSandboxWebSocket(info)) {
        m_window->applyConnectionSettings(m_sandbox->connectionOptions(true), false, info.thingName);
        m_window->setAwsSignIn(std::nullopt);
    }
    if (!info.webSocketUrl.isEmpty()) { // offered in the connection settings; mutual TLS stays the default
        m_window->setSandboxWebSocket(SandboxWebSocketChoice{info.webSocketUrl, info.caFile, info.awsCredentialsFile,
                                                             info.awsProfile, info.awsRegion});
    }
    m_window->setPolicyDecisionLog(info.decisionLogFile); // empty when the sandbox runs without policies
    m_window->setRegistryFile(info.registryFile);
    m_window->shadowView()->setThingName(info.thingName);
    MqttSession* session = m_window->session();
    if (session->state() == SessionState::Disconnected) {
        m_window->connectToBroker();
    } else { // the previous workspace's connection is still closing: connect once it has closed
        auto waiting = std::make_shared<QMetaObject::Connection>();
        *waiting = connect(session, &MqttSession::stateChanged, this, [this, waiting](SessionState state) {
            if (state == SessionState::Disconnected) {
                QObject::disconnect(*waiting);
                connectToSandbox();
            }
        });
    }
    Q_EMIT sandboxConnecting();
}
