// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateListModel.h"
#include "mqtt/MqttTypes.h"
#include "workspace/AwsSignIn.h"
#include "workspace/Workspace.h"

#include <QDialog>
#include <QHash>

class AwsSignInBox;
class GreengrassBox;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class CertificateLoader;
class QPushButton;
class QSpinBox;

/// The local sandbox's MQTT over WebSocket listener signed with SigV4, and the sandbox's IAM user (a profile in its
/// own shared-credentials file): offered by the dialog as one click in the "Local sandbox" workspace.
struct SandboxWebSocketChoice
{
    QString url;             ///< "wss://127.0.0.1:<port>/mqtt"
    QString caFile;          ///< the sandbox CA
    QString credentialsFile; ///< the IAM user's shared-credentials file
    QString profile;
    QString region;
};

/// The connection settings dialog: every option of ConnectionOptions, an AWS IoT preset, and validation before it
/// accepts. Problems (from ConnectionOptions::validate() and Mqtt::checkLocalFiles()) are shown beside the field they
/// are about and the dialog stays open; there is never a modal error box. GUI thread only.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Preset { Custom, AwsIot8883, AwsIot443, AwsIotSigV4 };

    explicit ConnectionDialog(QWidget* parent);
    ~ConnectionDialog() override;
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

    /// Fills the form. Options the form does not show (reconnect delays) are kept and returned by options().
    void setOptions(const ConnectionOptions& options, bool awsIot = false, const QString& thingName = {});
    ConnectionOptions options() const;
    bool isAwsIot() const;
    QString thingName() const;
    /// The "AWS IoT with IAM credentials" preset's sign-in (typed secrets for the keychain); nothing for the others.
    /// setOptions() with a wss:// AWS IoT connection chooses that preset; call this after it.
    void setAwsSignIn(const AwsSignInSettings& settings, const AwsTypedSecrets& typed = {});
    std::optional<AwsSignInSettings> awsSignIn() const;
    AwsTypedSecrets awsTypedSecrets() const;
    /// Shows "WebSocket with SigV4 (the sandbox's IAM user)", which fills the form with `choice`.
    void offerSandboxWebSocket(const SandboxWebSocketChoice& choice);
    AwsSignInBox* awsSignInBox() const { return m_signInBox; }
    /// "Connect through a Greengrass core" (the certificate presets): options() then give the core that answered.
    GreengrassBox* greengrassBox() const { return m_greengrassBox; }
    /// Turns "Connect through a Greengrass core" on with `settings` (a workspace's), or off. Call after setOptions().
    void setGreengrass(const std::optional<GreengrassSettings>& settings);
    /// The Greengrass choice to keep (the thing and the discovery endpoint typed, never a core's address); nothing
    /// when it is off or the preset has no client certificate.
    std::optional<GreengrassSettings> greengrass() const;
    /// The device's own connection as the form says (options() may give a discovered core's instead).
    ConnectionOptions deviceOptions() const { return formOptions(); }

    /// Checks the settings (ranges, files, key/certificate pair, passphrase, expiry) and shows every problem beside
    /// its field. Returns true when the settings can be used.
    bool validateAndShow();
    /// Accepts only when validateAndShow() finds nothing; otherwise the dialog stays open with the problems shown.
    void accept() override;

Q_SIGNALS:
    /// Files dropped on the dialog were read and placed in the fields their content fits (for tests).
    void droppedFilesPlaced(int placed);

protected:
    void showEvent(QShowEvent* event) override;
    /// Certificate and key files dropped on the dialog (or on its file fields) go to the field their content fits:
    /// a private key to the key, a CA certificate to the CA, a device certificate to the certificate. Never by name.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The fields a problem can be shown beside.
    enum class Field {
        General,
        Transport,
        Host,
        Port,
        Path,
        ThingName,
        CaFile,
        CertFile,
        KeyFile,
        Passphrase,
        Alpn,
        ClientId,
        KeepAlive,
        SessionExpiry,
        Username,
        WillTopic,
        WillQos,
    };

    struct ProblemSlot
    {
        QWidget* field = nullptr;
        QLabel* label = nullptr;
        QString description; ///< the field's own accessible description, restored when the problem goes away
    };

    QLayout* createPresetForm();
    /// The sign-in and Greengrass boxes follow the endpoint, and the dialog grows with their status lines.
    void connectBoxes();
    QWidget* createBrokerGroup();
    QWidget* createTlsGroup();
    QWidget* createMqttGroup();
    QWidget* createWillGroup();
    /// Adds a hidden problem label under `field` in `form`'s next row and registers it for `which`.
    QLabel* addProblemRow(QGridLayout* form, Field which, QWidget* field, const QString& what);
    QPushButton* createBrowseButton(QLineEdit* target, const QString& title, const QString& accessibleName);

    void dropFiles(const QStringList& paths);
    void placeDroppedFiles(const QList<CertificateListModel::Entry>& entries);

    void applyPreset(Preset preset);
    void onTransportChanged(int index);
    void updateEnabledStates();
    void updateEndpointWarning();
    /// Grows the dialog when wrapped notes appear: a top-level layout's minimum size ignores height-for-width.
    void growToFit();
    void clearProblems();
    void clearProblem(Field which);
    void showProblem(Field which, const QString& message, const QString& detail = {});
    Field fieldForValidationError(const ConnectionOptions& options, const Error& error) const;
    static Field fieldForProblem(const ConnectionProblem& problem);
    Preset preset() const;
    /// The options from the form alone (options() may replace the broker with a Greengrass core's).
    ConnectionOptions formOptions() const;
    Transport transport() const;

    CertificateLoader* m_dropLoader = nullptr; ///< reads dropped files off the GUI thread
    ConnectionOptions m_base;                  ///< keeps the options the form does not show
    Preset m_preset = Preset::Custom;          ///< the preset the form was last set up for
    int m_previousTransport = 0;
    bool m_updating = false;

    QComboBox* m_presetComboBox = nullptr;
    QLabel* m_presetHintLabel = nullptr;
    QPushButton* m_sandboxWebSocketButton = nullptr;
    QComboBox* m_transportComboBox = nullptr;
    QLabel* m_hostLabel = nullptr;
    QLineEdit* m_hostLineEdit = nullptr;
    QLabel* m_endpointWarningLabel = nullptr;
    QSpinBox* m_portSpinBox = nullptr;
    QLineEdit* m_pathLineEdit = nullptr;
    QLineEdit* m_thingNameLineEdit = nullptr;

    QGroupBox* m_tlsGroupBox = nullptr;
    QLineEdit* m_caFileLineEdit = nullptr;
    QLabel* m_caHintLabel = nullptr;
    QLineEdit* m_certFileLineEdit = nullptr;
    QLineEdit* m_keyFileLineEdit = nullptr;
    QLineEdit* m_passphraseLineEdit = nullptr;
    QLineEdit* m_alpnLineEdit = nullptr;
    QCheckBox* m_insecureCheckBox = nullptr;
    QLabel* m_insecureWarningLabel = nullptr;

    QLineEdit* m_clientIdLineEdit = nullptr;
    QComboBox* m_versionComboBox = nullptr;
    QSpinBox* m_keepAliveSpinBox = nullptr;
    QCheckBox* m_cleanStartCheckBox = nullptr;
    QSpinBox* m_sessionExpirySpinBox = nullptr;
    QLineEdit* m_usernameLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QSpinBox* m_connectTimeoutSpinBox = nullptr;
    QCheckBox* m_autoReconnectCheckBox = nullptr;

    AwsSignInBox* m_signInBox = nullptr;
    GreengrassBox* m_greengrassBox = nullptr;

    QGroupBox* m_willGroupBox = nullptr;
    QLineEdit* m_willTopicLineEdit = nullptr;
    QLineEdit* m_willPayloadLineEdit = nullptr;
    QComboBox* m_willQosComboBox = nullptr;
    QCheckBox* m_willRetainCheckBox = nullptr;

    QLabel* m_generalProblemLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
    QHash<Field, ProblemSlot> m_problems;
};
