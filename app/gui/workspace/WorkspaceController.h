// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxProcess.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

class MainWindow;
class SecretStore;
class WorkspaceBar;

/// Keeps the main window and the workspace on disk in step. It opens the last workspace at start (on first run the
/// "Local sandbox" workspace, which starts the local sandbox and connects to it), captures the window once a second
/// and saves when something changed (debounced: at most one save a second), switches, creates, renames, duplicates,
/// deletes (with Undo), imports and exports workspaces.
///
/// Every file operation runs on one worker thread, in order; the GUI thread only captures and applies. flush() at
/// exit is the one wait: the window is gone by then and the last changes must reach the disk.
class WorkspaceController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int AUTOSAVE_INTERVAL_MS = 1000;

    /// `dataDirectory` holds "workspaces/" and "sandbox/" (AppPaths::dataDirectory() in the app; a temporary folder
    /// in tests). Adds its WorkspaceBar to `window`.
    WorkspaceController(MainWindow* window, const QString& dataDirectory, QObject* parent = nullptr);
    ~WorkspaceController() override;
    Q_DISABLE_COPY_MOVE(WorkspaceController)

    /// Options for the sandbox this controller starts (tests set the mosquitto path or ports); `dir` is always the
    /// data directory's "sandbox/".
    void setSandboxOptions(const Sandbox::SandboxOptions& options);
    /// Opens the last workspace, or on first run creates and opens the "Local sandbox" workspace. Asynchronous:
    /// opened() follows.
    void start();

    QString currentName() const { return m_name; }
    WorkspaceStore store() const { return m_store; }
    WorkspaceBar* bar() const { return m_bar; }
    Sandbox::SandboxProcess* sandbox() const { return m_sandbox; }
    /// The window as a workspace keeps it.
    Workspace capture() const;

    /// Saves the current workspace, then opens `name`.
    void open(const QString& name);
    void createWorkspace(const QString& name);
    void renameCurrent(const QString& name);
    void duplicateCurrent(const QString& name);
    /// Deletes the current workspace (after a confirmation) and opens another; the banner offers Undo.
    void deleteCurrent();
    void importFile(const QString& path);
    void exportCurrent(const QString& path, const WorkspaceStore::ExportOptions& options);
    /// Saves now if something changed (asynchronous; saved() follows).
    void saveNow();
    /// Saves what changed and waits for every file operation to end. For the end of the program.
    void flush();

Q_SIGNALS:
    /// A workspace was opened and applied to the window; `notice` is what the user was told about its file.
    void opened(const QString& name, const QString& notice);
    void saved(const QString& name);
    /// A management operation ended; `message` says what happened (also shown in the banner).
    void operationFinished(bool ok, const QString& message);
    void sandboxConnecting();

private:
    struct Opened;
    /// Worker thread: loads `name`, checks its files, remembers it as the last workspace.
    static Opened load(const WorkspaceStore& store, const QString& name);
    void apply(const Workspace& workspace);
    void applyLayout(const LayoutSettings& layout);
    void onOpened(const QString& name, const Opened& result);
    void autosave();
    void refreshBar();
    void report(bool ok, const QString& message);
    /// Reads the workspace's secrets from the keychain (when it keeps them there) for the next Connect.
    void loadSecrets(const Workspace& workspace);
    /// Puts secrets typed this run into the keychain; the workspace then says "keychain" instead of "ask".
    void keepSecrets(const ConnectionOptions& options, const AwsTypedSecrets& aws);
    /// A secret read from the keychain goes to the window for the next Connect.
    void useKeptSecret(const QString& what, const QString& text);
    /// Removes the open workspace's session token from the keychain (the user now wants to be asked at each connect).
    void forgetAwsSessionToken();
    /// Removes a workspace's entries from the keychain (after a rename or a delete).
    void forgetSecrets(const QString& workspace);
    void startSandbox();
    /// The window's sandbox settings changed: stops the sandbox and starts it again with them.
    void restartSandbox();
    void connectToSandbox();
    ConnectionSettings captureConnection() const;
    /// The sandbox workspace's connection: the user's choice of its SigV4 WebSocket, else the default (mutual TLS).
    ConnectionSettings captureSandboxConnection() const;
    /// The window connects to the running sandbox's SigV4 WebSocket when the user chose it (its sign-in is set): the
    /// address, CA and the IAM user's file come from `info`. False when it is not chosen or not served.
    bool useSandboxWebSocket(const Sandbox::SandboxInfo& info);
    /// The window's AWS sign-in, and whether its typed secret is in the keychain or asked for.
    void captureAwsSignIn(ConnectionSettings& connection) const;
    static Workspace sandboxWorkspace();
    /// Fingerprints the file references that have none yet (worker thread: reads the files).
    static void fingerprint(Workspace& workspace);
    template <typename T, typename Work, typename Then>
    void runThen(Work work, Then then);
    void askName(const QString& title, const QString& initial, void (WorkspaceController::*action)(const QString&));
    void askExport();

    QPointer<MainWindow> m_window;
    WorkspaceStore m_store;
    QString m_sandboxDir;
    Sandbox::SandboxOptions m_sandboxOptions;
    WorkspaceBar* m_bar = nullptr;
    Sandbox::SandboxProcess* m_sandbox = nullptr;
    bool m_restartPending = false; ///< restartSandbox() waits for the sandbox to stop
    QThreadPool m_pool;            ///< one thread: file operations run one after the other
    QTimer m_autosaveTimer;
    QString m_name;
    Workspace m_workspace;  ///< as opened or last saved: fingerprints of unchanged files are kept from here
    Workspace m_saved;      ///< what is on disk
    bool m_blocked = false; ///< the file can neither be used nor moved aside: nothing is saved over it
    bool m_saving = false;
    QStringList m_names;
    SecretStore* m_secrets = nullptr;
    QString m_keptPassword; ///< what the keychain holds for the open workspace (empty: nothing known)
    QString m_keptPassphrase;
    QString m_triedPassword; ///< the last secret handed to the keychain (kept or refused)
    QString m_triedPassphrase;
    QString m_keptAwsSecret; ///< the same for a typed-in AWS secret access key and session token
    QString m_keptAwsToken;
    QString m_triedAwsSecret;
    QString m_triedAwsToken;
};

template <typename T, typename Work, typename Then>
void WorkspaceController::runThen(Work work, Then then)
{
    // A watcher owned by this object: its finished() comes on this thread, also for work that ended before the
    // watcher saw it, and never after this object is gone.
    auto* watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then = std::move(then)]() mutable {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}
