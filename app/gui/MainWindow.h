// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/ConnectionDialog.h"
#include "mqtt/MqttTypes.h"
#include "mqtt/TopicRouter.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class CertificateManager;
class ChartView;
class RecordReplayDialog;
class MessageBanner;
class MqttSession;
class PublishComposer;
class ShadowView;
class PolicyView;
class RegistryView;
namespace Aws {
class GreengrassCoreFinder;
} // namespace Aws
namespace Sandbox {
class DecisionLogWatcher;
struct PolicyDecision;
} // namespace Sandbox
class SubscriptionPane;
class TopicTreePane;
class QAction;
class QHBoxLayout;
class QSplitter;
class QTabWidget;
class QLabel;
class QLineEdit;
class QPushButton;

/// The main window: a connection bar, an inline error banner, the pane area and live counters in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// How the window starts: with one empty pane (tests, no workspace), or with none (a workspace brings its panes).
    enum class Start { WithPane, Empty };
    explicit MainWindow(QWidget* parent = nullptr, Start start = Start::WithPane);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    MqttSession* session() const { return m_session; }
    /// Adds an empty subscription pane and focuses its filter field.
    SubscriptionPane* addPane(const QString& filter = {});
    QList<SubscriptionPane*> panes() const;
    /// Adds a topic tree pane on `filter` and subscribes it (sent once connected) unless `subscribe` is false.
    TopicTreePane* addTreePane(const QString& filter = QStringLiteral("#"), bool subscribe = true);
    QList<TopicTreePane*> treePanes() const;
    PublishComposer* composer() const { return m_composer; }
    ShadowView* shadowView() const { return m_shadowView; }
    CertificateManager* certificateManager() const { return m_certificateManager; }
    PolicyView* policyView() const { return m_policyView; }
    RegistryView* registryView() const { return m_registryView; }
    ChartView* chartView() const { return m_chartView; }
    /// Opens (or raises) the non-modal Record and replay dialog, its sources the current panes.
    RecordReplayDialog* openRecordReplay();

    /// The screens, in the order of their tabs.
    enum class Screen { Messages, Shadows, Certificates, Registry, Policies, Charts };
    void showScreen(Screen screen);
    /// Opens the connection settings dialog (window-modal, not blocking) and returns it; on accept its options are
    /// used for the next Connect.
    ConnectionDialog* openConnectionSettings();
    /// The options the next Connect uses: the URL field (transport, host, port, path, credentials in the URL) over
    /// the TLS and MQTT settings from the dialog.
    Result<ConnectionOptions> connectionOptions() const;
    /// True when the connection settings say AWS IoT and the URL field still points at that endpoint.
    bool isAwsIot() const { return m_awsIotActive; }

    // Workspaces (WorkspaceController) read and restore the window through these.
    QString brokerUrl() const;
    void setBrokerUrl(const QString& url);
    /// The connection settings as the dialog left them (without the URL field's overrides).
    const ConnectionOptions& savedConnectionSettings() const { return m_options; }
    bool isAwsIotPreset() const { return m_awsIotSettings; }
    QString thingName() const { return m_thingName; }
    /// Uses these settings for the next Connect (as the settings dialog's OK does) and shows their URL.
    void applyConnectionSettings(const ConnectionOptions& options, bool awsIot, const QString& thingName);
    /// Connects with the current settings unless connected or connecting.
    void connectToBroker();
    void closeAllPanes();
    Screen currentScreen() const;
    QTabWidget* paneTabs() const { return m_paneTabs; }
    QSplitter* messagesSplitter() const { return m_messagesSplitter; }
    MessageBanner* banner() const { return m_banner; }
    /// The workspace says a password or a key passphrase is needed but keeps none: Connect asks for it (once per run).
    void setSecretsToAsk(bool password, bool passphrase);
    /// Secrets read from the keychain for the next Connect (kept in memory only).
    void setSecrets(const QString& password, const QString& passphrase);
    /// How the "AWS IoT with IAM credentials" preset signs in (nothing for other connections). Connect reads the
    /// credentials again each time (off the GUI thread): profiles change and session tokens expire. Forgets the typed
    /// secrets of the previous sign-in.
    void setAwsSignIn(const std::optional<AwsSignInSettings>& signIn);
    const std::optional<AwsSignInSettings>& awsSignIn() const { return m_awsSignIn; }
    /// A typed-in secret access key and session token (from the dialog or the keychain), in memory only; an empty
    /// value keeps the one known.
    void setAwsSecrets(const QString& secretAccessKey, const QString& sessionToken);
    const AwsTypedSecrets& awsSecrets() const { return m_awsSecrets; }
    /// "Connect through a Greengrass core" (nothing: connect where the settings say). Connect then runs discovery with
    /// the connection's certificate and key and connects to the first core that answers; the banner says why when
    /// discovery fails, and nothing connects.
    void setGreengrass(const std::optional<GreengrassSettings>& greengrass) { m_greengrass = greengrass; }
    const std::optional<GreengrassSettings>& greengrass() const { return m_greengrass; }
    /// Where the Greengrass groups' CA files go (default: "greengrass/" in the app's data folder).
    void setGreengrassCaDirectory(const QString& directory) { m_greengrassCaDirectory = directory; }
    /// Connect is discovering Greengrass cores (Connect again cancels).
    bool isDiscoveringCore() const;
    /// The local sandbox's SigV4 WebSocket, offered in the connection settings (nothing outside the sandbox workspace).
    void setSandboxWebSocket(const std::optional<SandboxWebSocketChoice>& choice) { m_sandboxWebSocket = choice; }
    /// Test seam: the environment AWS credentials are read from at Connect (default: the process's).
    void setAwsEnvironment(const Aws::Environment& environment) { m_awsEnvironment = environment; }
    /// The local sandbox's policy decision log, or empty when the broker is not the sandbox: what its policy refuses
    /// this window's connection is explained where it shows (the banner for a connect, the pane for a subscription
    /// or withheld messages, the composer for a publish).
    void setPolicyDecisionLog(const QString& path);
    QString policyDecisionLog() const { return m_decisionLog; }
    /// The local AWS IoT registry the Registry screen shows and the Policy screen checks against (the sandbox's; by
    /// default the one in the app's sandbox folder).
    void setRegistryFile(const QString& path);
    /// The local sandbox's HTTPS data plane ("127.0.0.1:<port>", SandboxInfo::httpsEndpoint) while its workspace is
    /// open, else empty: "Send over HTTPS" and shadows "Over REST" use it instead of the connection's host on 8443.
    void setSandboxHttpsEndpoint(const QString& endpoint);
    /// How the local sandbox runs, as the Registry screen shows it; `editable` in the sandbox's workspace.
    void setSandboxSettings(const SandboxSettings& settings, bool editable);
    SandboxSettings sandboxSettings() const;
    /// Puts the workspace switcher at the start of the connection bar.
    void setWorkspaceWidget(QWidget* widget);

Q_SIGNALS:
    /// The user changed how the local sandbox runs (Registry screen): it restarts with the new settings.
    void sandboxSettingsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void toggleConnection();
    /// Asks for the secrets the workspace does not keep; false when the user cancelled.
    bool askForSecrets(ConnectionOptions& options);
    /// A typed-in sign-in's secret access key when none is known (not in the keychain: once per run), and its session
    /// token when the user chose to be asked for it at each connect; false when the user cancelled.
    bool askForAwsSecrets();
    /// Greengrass discovery with `device`'s certificate and key, then connects to the first core that answers.
    void discoverThenConnect(const ConnectionOptions& device);
    /// Reads the AWS credentials of the sign-in on a worker thread, then connects with a SigV4-signed WebSocket; the
    /// banner says why when they cannot be read, and nothing connects.
    void signInThenConnect(const ConnectionOptions& options);
    /// The certificate manager's "Use for this connection": the files go into the connection settings.
    void useConnectionFiles(const QString& certificate, const QString& key, const QString& ca);
    QWidget* setupScreens(QWidget* messages);
    void updateAwsIotMode();
    /// Gives the composer and the shadow view the connection's HTTPS endpoint (host:8443 or the sandbox's, with the
    /// connection's CA, certificate, key and passphrase), or none without a client certificate and key.
    void updateHttpsTarget();
    void onStateChanged(SessionState state);
    void showError(const QString& message);
    /// The state in words for the state label: "Disconnected", "Connecting to …", "Connected to …".
    QString stateText(SessionState state) const;
    /// Refreshes the status-bar counters; stops the refresh timer once disconnected and nothing changes.
    void updateCounters();
    /// Starts the 250 ms counter refresh unless it runs (cheap: called for every batch and state change).
    void wakeCounters();
    void showAbout();
    void routeMessages(const QList<MqttMessage>& messages);
    void flushPanes();
    void onSubscribeRequested(quint64 paneId, const QString& filter, int qos);
    void onUnsubscribeRequested(quint64 paneId, const QString& filter);
    void closePane(quint64 paneId);
    /// The Charts screen's series changed: the session subscribes to their filters (one router subscriber).
    void syncChartSubscriptions();
    /// A topic tree's confirmed "clear retained below here": empty retained publishes, then the tree is told.
    void clearRetained(quint64 treeId, const QStringList& topics);
    int brokerQosFor(const QString& filter) const;
    void onSubscribeFailed(const QString& filter, const QString& message);
    /// The Policy screen's "Take from this window": the panes' filters, the templates' and the draft's topics.
    void sendSessionToPolicyView();
    /// Shows why the sandbox refused this connection something (DecisionLogWatcher).
    void explainRefusal(const Sandbox::PolicyDecision& decision);

    MqttSession* m_session = nullptr;
    QLineEdit* m_urlLineEdit = nullptr;
    QPushButton* m_connectButton = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QAction* m_settingsAction = nullptr;
    QPointer<ConnectionDialog> m_connectionDialog;
    ConnectionOptions m_options;   ///< from the settings dialog; the URL field overrides where the broker is
    bool m_awsIotSettings = false; ///< the dialog's AWS IoT preset
    bool m_awsIotActive = false;   ///< ... and the URL still points at its endpoint
    QString m_thingName;
    bool m_askPassword = false;
    bool m_askPassphrase = false;
    std::optional<AwsSignInSettings> m_awsSignIn;
    AwsTypedSecrets m_awsSecrets;
    std::optional<GreengrassSettings> m_greengrass;
    Aws::GreengrassCoreFinder* m_coreFinder = nullptr; ///< Connect's discovery (made on first use)
    QString m_greengrassCaDirectory;
    bool m_signingIn = false; ///< the credentials are being read for a Connect
    std::optional<Aws::Environment> m_awsEnvironment;
    std::optional<SandboxWebSocketChoice> m_sandboxWebSocket;
    QLabel* m_stateLabel = nullptr;
    MessageBanner* m_banner = nullptr;
    // Status-bar counters: live labels whose text is their accessible name (a description says what they count).
    QLabel* m_receivedLabel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QLabel* m_droppedLabel = nullptr;
    QTimer* m_counterTimer = nullptr; // 250 ms while connected or while the counts move; stopped when idle
    QElapsedTimer m_clock;
    struct CounterSample
    {
        qint64 atMs = 0;
        quint64 received = 0;
    };
    QList<CounterSample> m_samples; ///< the last second of received counts, for the rate
    QTabWidget* m_paneTabs = nullptr;
    QSplitter* m_messagesSplitter = nullptr;
    QHBoxLayout* m_connectionBar = nullptr;
    PublishComposer* m_composer = nullptr;
    QTabWidget* m_screenTabs = nullptr;
    ShadowView* m_shadowView = nullptr;
    CertificateManager* m_certificateManager = nullptr;
    PolicyView* m_policyView = nullptr;
    RegistryView* m_registryView = nullptr;
    ChartView* m_chartView = nullptr;
    RecordReplayDialog* m_recordReplay = nullptr; ///< made on first use; lives with the window
    QStringList m_chartFilters;                   ///< what the router holds for CHART_SUBSCRIBER
    QHash<quint64, SubscriptionPane*> m_panes;
    QHash<quint64, TopicTreePane*> m_treePanes; // ids shared with m_panes: one router for both
    TopicRouter m_router;
    Sandbox::DecisionLogWatcher* m_decisions = nullptr;
    QString m_decisionLog;
    QString m_sandboxHttpsEndpoint;
    quint64 m_nextPaneId = 1;
    /// The Charts screen's id in the router (panes count up from 1; the chart takes every batch directly).
    static constexpr quint64 CHART_SUBSCRIBER = ~quint64(0);
    // Routed messages are coalesced: a message after a quiet spell shows within FLUSH_INTERVAL_MS; while traffic
    // keeps coming, passes are FLOOD_FLUSH_SPACING_MS apart (10 repaints a second), which leaves the CPU to Paho's
    // receiving thread and the broker when the machine has few cores.
    static constexpr int FLUSH_INTERVAL_MS = 50;
    static constexpr int FLOOD_FLUSH_SPACING_MS = 100;
    static constexpr int FLUSH_BUDGET_MS = 6; // one pass of flushes; more busy panes wait for the next pass
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlushPass; ///< since the last complete pass of flushes (invalid before the first)
    qsizetype m_flushCursor = 0;    ///< the pane the next pass of flushes starts with
};
