// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/ConnectionDialog.h"

#include "certs/CertificateLoader.h"
#include "connection/AwsSignInBox.h"
#include "connection/GreengrassBox.h"
#include "mqtt/TopicFilter.h"
#include "support/DialogSeams.h"
#include "support/FileDrops.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QShowEvent>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <climits>
#include <limits>

namespace {

const QString AWS_ALPN = QStringLiteral("x-amzn-mqtt-ca");
const QString DEFAULT_WS_PATH = QStringLiteral("/mqtt");
constexpr int MAX_THING_NAME = 128;
QWidget* const NO_LABEL = nullptr; ///< a form row whose field sits under the fields above it

// Order of the transport combo box.
constexpr Transport TRANSPORTS[] = {Transport::Tcp, Transport::Tls, Transport::WebSocket, Transport::SecureWebSocket};
constexpr quint16 DEFAULT_PORTS[] = {1883, 8883, 80, 443};

int transportIndex(Transport transport)
{
    for (int i = 0; i < 4; ++i) {
        if (TRANSPORTS[i] == transport) {
            return i;
        }
    }
    return 0;
}

bool isWebSocket(Transport transport)
{
    return transport == Transport::WebSocket || transport == Transport::SecureWebSocket;
}

bool isReadableFile(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && info.isReadable();
}

/// Enables or disables one item of a combo box built with addItems() (its model is a QStandardItemModel).
void setComboItemEnabled(QComboBox* comboBox, int index, bool enabled, const QString& whyDisabled)
{
    auto* model = qobject_cast<QStandardItemModel*>(comboBox->model());
    if (!model || !model->item(index)) {
        return;
    }
    model->item(index)->setEnabled(enabled);
    model->item(index)->setToolTip(enabled ? QString() : whyDisabled);
    if (!enabled && comboBox->currentIndex() == index) {
        comboBox->setCurrentIndex(index - 1);
    }
}

// The groups are two-column forms on a QGridLayout rather than QFormLayout: QFormLayout over-estimates the height of
// word-wrapped notes (the problem labels) and spreads the excess into its rows as empty gaps.
int nextRow(QGridLayout* grid)
{
    return grid->count() == 0 ? 0 : grid->rowCount();
}

void addFormRow(QGridLayout* grid, QWidget* label, QWidget* field)
{
    const int row = nextRow(grid);
    if (label) {
        grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    }
    grid->addWidget(field, row, 1);
}

void addFormRow(QGridLayout* grid, QWidget* label, QLayout* field)
{
    const int row = nextRow(grid);
    grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addLayout(field, row, 1);
}

void addSpanningRow(QGridLayout* grid, QWidget* widget)
{
    grid->addWidget(widget, nextRow(grid), 0, 1, 2);
}

QGridLayout* createForm(QWidget* parent)
{
    auto* grid = new QGridLayout(parent);
    grid->setColumnStretch(1, 1);
    return grid;
}

QGridLayout* gridContaining(QLayout* layout, QWidget* widget)
{
    if (auto* grid = qobject_cast<QGridLayout*>(layout); grid && grid->indexOf(widget) >= 0) {
        return grid;
    }
    for (int i = 0; layout && i < layout->count(); ++i) {
        if (QGridLayout* grid = gridContaining(layout->itemAt(i)->layout(), widget)) {
            return grid;
        }
    }
    return nullptr;
}

/// Shows or hides the whole form row of `widget` (its label too). A row with nothing visible takes no room.
void setRowShown(QWidget* widget, bool shown)
{
    widget->setVisible(shown);
    QGridLayout* grid = widget->parentWidget() ? gridContaining(widget->parentWidget()->layout(), widget) : nullptr;
    if (!grid) {
        return;
    }
    int row = 0;
    int column = 0;
    int rowSpan = 0;
    int columnSpan = 0;
    grid->getItemPosition(grid->indexOf(widget), &row, &column, &rowSpan, &columnSpan);
    if (QLayoutItem* label = grid->itemAtPosition(row, 0); label && label->widget() && label->widget() != widget) {
        label->widget()->setVisible(shown);
    }
}

/// A live note or problem label. It gets no accessible name: assistive technology reads its text (QLabel reports
/// each change as NameChanged), and `what` becomes the description that says what the text is about.
QLabel* createNoteLabel(QWidget* parent, const QString& objectName, const QString& what)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleDescription(what);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connection Settings"));
    setAccessibleName(tr("Connection settings"));
    setMinimumWidth(780); // two columns of forms with file paths; narrower wraps every note

    auto* layout = new QVBoxLayout(this);

    layout->addLayout(createPresetForm());

    // Two columns, all visible at once, so that a problem is never hidden on another page. Created in reading
    // order: the default tab order then follows the layout.
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    left->addWidget(createBrokerGroup());
    left->addWidget(createTlsGroup());
    left->addStretch(1);
    right->addWidget(createMqttGroup());
    right->addWidget(createWillGroup());
    m_signInBox = new AwsSignInBox(this);
    right->addWidget(m_signInBox);
    m_greengrassBox = new GreengrassBox(this);
    right->addWidget(m_greengrassBox);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    m_generalProblemLabel = createNoteLabel(this, QStringLiteral("generalProblemLabel"), tr("Problem"));
    m_generalProblemLabel->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    m_generalProblemLabel->hide();
    layout->addWidget(m_generalProblemLabel);
    m_problems.insert(Field::General, ProblemSlot{nullptr, m_generalProblemLabel, {}});

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Check and use these settings"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Discard the changes"));
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_presetComboBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { applyPreset(static_cast<Preset>(index)); });
    connect(m_transportComboBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onTransportChanged);
    connect(m_hostLineEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateEndpointWarning);
    connectBoxes();
    connect(m_thingNameLineEdit, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (isAwsIot()) {
            m_clientIdLineEdit->setText(name);
        }
    });
    connect(m_versionComboBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateEnabledStates);
    connect(m_insecureCheckBox, &QCheckBox::toggled, this, &ConnectionDialog::updateEnabledStates);

    setOptions(ConnectionOptions{});
    m_presetComboBox->setFocus();

    m_dropLoader = new CertificateLoader(this);
    connect(m_dropLoader, &CertificateLoader::entriesRead, this, &ConnectionDialog::placeDroppedFiles);
    setAcceptDrops(true);
    for (QLineEdit* field : {m_caFileLineEdit, m_certFileLineEdit, m_keyFileLineEdit}) {
        field->installEventFilter(this); // a file dropped on a field is placed by its content, not typed as a URL
    }
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::connectBoxes()
{
    connect(m_hostLineEdit, &QLineEdit::textChanged, m_signInBox,
            [this](const QString& host) { m_signInBox->setEndpointHost(host.trimmed()); });
    // A longer status line wraps onto more lines: grow once the label's new size is known.
    const auto growLater = [this] {
        QMetaObject::invokeMethod(this, &ConnectionDialog::growToFit, Qt::QueuedConnection);
    };
    connect(m_signInBox, &AwsSignInBox::statusChanged, this, [this, growLater] {
        clearProblem(Field::General);
        growLater();
    });
    connect(m_greengrassBox, &GreengrassBox::statusChanged, this, growLater);
    connect(m_hostLineEdit, &QLineEdit::textChanged, m_greengrassBox,
            [this](const QString& host) { m_greengrassBox->setEndpointHost(host.trimmed()); });
    connect(m_greengrassBox, &GreengrassBox::discoverRequested, this,
            [this] { m_greengrassBox->discover(formOptions(), thingName()); });
    connect(m_greengrassBox, &GreengrassBox::coreFound, this, [this] { clearProblem(Field::General); });
}

QLayout* ConnectionDialog::createPresetForm()
{
    auto* presetForm = new QGridLayout;
    presetForm->setColumnStretch(1, 1);
    m_presetComboBox = new QComboBox(this);
    m_presetComboBox->setObjectName(QStringLiteral("presetComboBox"));
    m_presetComboBox->addItems({tr("Custom"), tr("AWS IoT (port 8883)"), tr("AWS IoT (port 443, ALPN x-amzn-mqtt-ca)"),
                                tr("AWS IoT with IAM credentials (WebSocket, SigV4, port 443)")});
    m_presetComboBox->setAccessibleName(tr("Preset"));
    m_presetComboBox->setAccessibleDescription(tr("Custom, or AWS IoT Core over mutual TLS on port 8883 or on port "
                                                  "443 with ALPN, or over a WebSocket signed with IAM credentials"));
    auto* presetLabel = new QLabel(tr("Pr&eset:"), this);
    presetLabel->setBuddy(m_presetComboBox);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presetComboBox, 1);
    m_sandboxWebSocketButton = new QPushButton(tr("WebSocket with SigV4 (the sandbox's IAM user)"), this);
    m_sandboxWebSocketButton->setObjectName(QStringLiteral("sandboxWebSocketButton"));
    m_sandboxWebSocketButton->setAccessibleName(tr("Use the sandbox's WebSocket with SigV4"));
    m_sandboxWebSocketButton->setAccessibleDescription(
        tr("Connects to the local sandbox over MQTT over WebSocket, signed with the sandbox's IAM user"));
    m_sandboxWebSocketButton->setAutoDefault(false);
    m_sandboxWebSocketButton->hide();
    presetRow->addWidget(m_sandboxWebSocketButton);
    addFormRow(presetForm, presetLabel, presetRow);
    m_presetHintLabel = createNoteLabel(this, QStringLiteral("presetHintLabel"), tr("Preset note"));
    m_presetHintLabel->setText(tr("AWS IoT: the client ID is the thing name, the CA is taken from the system store "
                                  "unless you choose one, and QoS 2 is not offered (AWS IoT does not support it)."));
    addFormRow(presetForm, NO_LABEL, m_presetHintLabel);
    return presetForm;
}

QWidget* ConnectionDialog::createBrokerGroup()
{
    auto* group = new QGroupBox(tr("Broker"), this);
    group->setObjectName(QStringLiteral("brokerGroupBox"));
    auto* form = createForm(group);

    m_transportComboBox = new QComboBox(group);
    m_transportComboBox->setObjectName(QStringLiteral("transportComboBox"));
    m_transportComboBox->addItems(
        {tr("mqtt:// (TCP)"), tr("mqtts:// (TLS)"), tr("ws:// (WebSocket)"), tr("wss:// (WebSocket over TLS)")});
    m_transportComboBox->setAccessibleName(tr("Transport"));
    m_transportComboBox->setAccessibleDescription(tr("Plain TCP, TLS, WebSocket or WebSocket over TLS"));
    auto* transportLabel = new QLabel(tr("T&ransport:"), group);
    transportLabel->setBuddy(m_transportComboBox);
    addFormRow(form, transportLabel, m_transportComboBox);
    addProblemRow(form, Field::Transport, m_transportComboBox, tr("Transport"));

    m_hostLineEdit = new QLineEdit(group);
    m_hostLineEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_hostLineEdit->setAccessibleName(tr("Host"));
    m_hostLineEdit->setAccessibleDescription(tr("Host name or IP address of the broker"));
    m_hostLabel = new QLabel(tr("&Host:"), group);
    m_hostLabel->setBuddy(m_hostLineEdit);
    addFormRow(form, m_hostLabel, m_hostLineEdit);
    m_endpointWarningLabel = createNoteLabel(group, QStringLiteral("endpointWarningLabel"), tr("Endpoint warning"));
    m_endpointWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    addFormRow(form, NO_LABEL, m_endpointWarningLabel);
    addProblemRow(form, Field::Host, m_hostLineEdit, tr("Host"));

    m_portSpinBox = new QSpinBox(group);
    m_portSpinBox->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setAccessibleName(tr("Port"));
    m_portSpinBox->setAccessibleDescription(tr("TCP port of the broker: usually 1883 plain, 8883 TLS, 443 with ALPN"));
    auto* portLabel = new QLabel(tr("P&ort:"), group);
    portLabel->setBuddy(m_portSpinBox);
    addFormRow(form, portLabel, m_portSpinBox);
    addProblemRow(form, Field::Port, m_portSpinBox, tr("Port"));

    m_pathLineEdit = new QLineEdit(group);
    m_pathLineEdit->setObjectName(QStringLiteral("pathLineEdit"));
    m_pathLineEdit->setPlaceholderText(DEFAULT_WS_PATH);
    m_pathLineEdit->setAccessibleName(tr("WebSocket path"));
    m_pathLineEdit->setAccessibleDescription(tr("Path of the WebSocket endpoint, ws:// and wss:// only"));
    auto* pathLabel = new QLabel(tr("WebSocket &path:"), group);
    pathLabel->setBuddy(m_pathLineEdit);
    addFormRow(form, pathLabel, m_pathLineEdit);
    addProblemRow(form, Field::Path, m_pathLineEdit, tr("WebSocket path"));

    m_thingNameLineEdit = new QLineEdit(group);
    m_thingNameLineEdit->setObjectName(QStringLiteral("thingNameLineEdit"));
    m_thingNameLineEdit->setMaxLength(MAX_THING_NAME);
    m_thingNameLineEdit->setPlaceholderText(tr("e.g. my-thing"));
    m_thingNameLineEdit->setAccessibleName(tr("Thing name"));
    m_thingNameLineEdit->setAccessibleDescription(
        tr("AWS IoT thing name, also used as the client ID: 1 to 128 letters, digits, colons, underscores, hyphens"));
    auto* thingNameLabel = new QLabel(tr("Thin&g name:"), group);
    thingNameLabel->setBuddy(m_thingNameLineEdit);
    addFormRow(form, thingNameLabel, m_thingNameLineEdit);
    addProblemRow(form, Field::ThingName, m_thingNameLineEdit, tr("Thing name"));
    return group;
}

QWidget* ConnectionDialog::createTlsGroup()
{
    m_tlsGroupBox = new QGroupBox(tr("TLS (mqtts:// and wss:// only)"), this);
    m_tlsGroupBox->setObjectName(QStringLiteral("tlsGroupBox"));
    auto* form = createForm(m_tlsGroupBox);
    const auto fileRow = [this, form](QLineEdit*& lineEdit, const QString& objectName, const QString& labelText,
                                      const QString& accessibleName, const QString& dialogTitle,
                                      const QString& browseName) {
        lineEdit = new QLineEdit(m_tlsGroupBox);
        lineEdit->setObjectName(objectName);
        lineEdit->setAccessibleName(accessibleName);
        auto* label = new QLabel(labelText, m_tlsGroupBox);
        label->setBuddy(lineEdit);
        auto* row = new QHBoxLayout;
        row->addWidget(lineEdit, 1);
        row->addWidget(createBrowseButton(lineEdit, dialogTitle, browseName));
        addFormRow(form, label, row);
    };

    fileRow(m_caFileLineEdit, QStringLiteral("caFileLineEdit"), tr("CA &file:"), tr("CA file"),
            tr("Choose the CA certificate"), tr("Browse for the CA file"));
    m_caFileLineEdit->setPlaceholderText(tr("System trust store"));
    m_caHintLabel = createNoteLabel(m_tlsGroupBox, QStringLiteral("caHintLabel"), tr("CA file note"));
    m_caHintLabel->setText(tr("Leave empty to use the system trust store. It includes Amazon Root CA 1, which "
                              "AWS IoT endpoints use."));
    m_caFileLineEdit->setAccessibleDescription(m_caHintLabel->text());
    addProblemRow(form, Field::CaFile, m_caFileLineEdit, tr("CA file"));
    addFormRow(form, NO_LABEL, m_caHintLabel);

    fileRow(m_certFileLineEdit, QStringLiteral("certFileLineEdit"), tr("Client &certificate:"),
            tr("Client certificate file"), tr("Choose the client certificate"),
            tr("Browse for the client certificate"));
    m_certFileLineEdit->setAccessibleDescription(tr("PEM certificate of this device, for mutual TLS"));
    addProblemRow(form, Field::CertFile, m_certFileLineEdit, tr("Client certificate"));

    fileRow(m_keyFileLineEdit, QStringLiteral("keyFileLineEdit"), tr("Private &key:"), tr("Private key file"),
            tr("Choose the private key"), tr("Browse for the private key"));
    m_keyFileLineEdit->setAccessibleDescription(tr("PEM private key that belongs to the client certificate"));
    addProblemRow(form, Field::KeyFile, m_keyFileLineEdit, tr("Private key"));

    m_passphraseLineEdit = new QLineEdit(m_tlsGroupBox);
    m_passphraseLineEdit->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphraseLineEdit->setEchoMode(QLineEdit::Password);
    m_passphraseLineEdit->setPlaceholderText(tr("Only for an encrypted key"));
    m_passphraseLineEdit->setAccessibleName(tr("Key passphrase"));
    m_passphraseLineEdit->setAccessibleDescription(tr("Passphrase of an encrypted private key; empty otherwise"));
    auto* passphraseLabel = new QLabel(tr("Pa&ssphrase:"), m_tlsGroupBox);
    passphraseLabel->setBuddy(m_passphraseLineEdit);
    addFormRow(form, passphraseLabel, m_passphraseLineEdit);
    addProblemRow(form, Field::Passphrase, m_passphraseLineEdit, tr("Passphrase"));

    m_alpnLineEdit = new QLineEdit(m_tlsGroupBox);
    m_alpnLineEdit->setObjectName(QStringLiteral("alpnLineEdit"));
    m_alpnLineEdit->setPlaceholderText(tr("e.g. %1").arg(AWS_ALPN));
    m_alpnLineEdit->setAccessibleName(tr("ALPN protocols"));
    m_alpnLineEdit->setAccessibleDescription(
        tr("Comma-separated ALPN protocol names; x-amzn-mqtt-ca for AWS IoT on port 443"));
    auto* alpnLabel = new QLabel(tr("A&LPN:"), m_tlsGroupBox);
    alpnLabel->setBuddy(m_alpnLineEdit);
    addFormRow(form, alpnLabel, m_alpnLineEdit);
    addProblemRow(form, Field::Alpn, m_alpnLineEdit, tr("ALPN"));

    m_insecureCheckBox = new QCheckBox(tr("Do &not verify the broker (insecure)"), m_tlsGroupBox);
    m_insecureCheckBox->setObjectName(QStringLiteral("insecureCheckBox"));
    m_insecureCheckBox->setAccessibleName(tr("Do not verify the broker (insecure)"));
    m_insecureCheckBox->setAccessibleDescription(
        tr("Skips the check of the broker's certificate chain and host name. For testing only."));
    addSpanningRow(form, m_insecureCheckBox);
    m_insecureWarningLabel =
        createNoteLabel(m_tlsGroupBox, QStringLiteral("insecureWarningLabel"), tr("Insecure connection warning"));
    m_insecureWarningLabel->setText(
        tr("⚠ Warning: the broker's certificate and host name will not be checked. Anyone on the network path can "
           "pose as the broker and read or change your messages and credentials. Use this only for testing."));
    m_insecureWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    addSpanningRow(form, m_insecureWarningLabel);
    return m_tlsGroupBox;
}

QWidget* ConnectionDialog::createMqttGroup()
{
    auto* group = new QGroupBox(tr("MQTT"), this);
    group->setObjectName(QStringLiteral("mqttGroupBox"));
    auto* form = createForm(group);

    m_clientIdLineEdit = new QLineEdit(group);
    m_clientIdLineEdit->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientIdLineEdit->setPlaceholderText(tr("Random (thingbench-…)"));
    m_clientIdLineEdit->setAccessibleName(tr("Client ID"));
    m_clientIdLineEdit->setAccessibleDescription(tr("MQTT client identifier; empty for a random one"));
    auto* clientIdLabel = new QLabel(tr("Client I&D:"), group);
    clientIdLabel->setBuddy(m_clientIdLineEdit);
    addFormRow(form, clientIdLabel, m_clientIdLineEdit);
    addProblemRow(form, Field::ClientId, m_clientIdLineEdit, tr("Client ID"));

    m_versionComboBox = new QComboBox(group);
    m_versionComboBox->setObjectName(QStringLiteral("versionComboBox"));
    m_versionComboBox->addItems({tr("MQTT 5"), tr("MQTT 3.1.1")});
    m_versionComboBox->setAccessibleName(tr("MQTT version"));
    auto* versionLabel = new QLabel(tr("MQTT &version:"), group);
    versionLabel->setBuddy(m_versionComboBox);
    addFormRow(form, versionLabel, m_versionComboBox);

    m_keepAliveSpinBox = new QSpinBox(group);
    m_keepAliveSpinBox->setObjectName(QStringLiteral("keepAliveSpinBox"));
    m_keepAliveSpinBox->setRange(0, 65535);
    m_keepAliveSpinBox->setSuffix(tr(" s"));
    m_keepAliveSpinBox->setSpecialValueText(tr("off"));
    m_keepAliveSpinBox->setAccessibleName(tr("Keep-alive in seconds"));
    m_keepAliveSpinBox->setAccessibleDescription(tr("Seconds between pings when idle; 0 turns keep-alive off"));
    auto* keepAliveLabel = new QLabel(tr("Keep-&alive:"), group);
    keepAliveLabel->setBuddy(m_keepAliveSpinBox);
    addFormRow(form, keepAliveLabel, m_keepAliveSpinBox);
    addProblemRow(form, Field::KeepAlive, m_keepAliveSpinBox, tr("Keep-alive"));

    m_cleanStartCheckBox = new QCheckBox(tr("Clean s&tart"), group);
    m_cleanStartCheckBox->setObjectName(QStringLiteral("cleanStartCheckBox"));
    m_cleanStartCheckBox->setAccessibleName(tr("Clean start"));
    m_cleanStartCheckBox->setAccessibleDescription(
        tr("Start with a new session (clean session on MQTT 3.1.1) instead of resuming the stored one"));
    addFormRow(form, NO_LABEL, m_cleanStartCheckBox);

    m_sessionExpirySpinBox = new QSpinBox(group);
    m_sessionExpirySpinBox->setObjectName(QStringLiteral("sessionExpirySpinBox"));
    m_sessionExpirySpinBox->setRange(0, std::numeric_limits<int>::max());
    m_sessionExpirySpinBox->setSuffix(tr(" s"));
    m_sessionExpirySpinBox->setSpecialValueText(tr("at disconnect"));
    m_sessionExpirySpinBox->setAccessibleName(tr("Session expiry in seconds"));
    m_sessionExpirySpinBox->setAccessibleDescription(
        tr("MQTT 5 only: how long the broker keeps the session after a disconnect"));
    auto* sessionExpiryLabel = new QLabel(tr("Session e&xpiry:"), group);
    sessionExpiryLabel->setBuddy(m_sessionExpirySpinBox);
    addFormRow(form, sessionExpiryLabel, m_sessionExpirySpinBox);
    addProblemRow(form, Field::SessionExpiry, m_sessionExpirySpinBox, tr("Session expiry"));

    m_usernameLineEdit = new QLineEdit(group);
    m_usernameLineEdit->setObjectName(QStringLiteral("usernameLineEdit"));
    m_usernameLineEdit->setAccessibleName(tr("User name"));
    auto* usernameLabel = new QLabel(tr("&User name:"), group);
    usernameLabel->setBuddy(m_usernameLineEdit);
    addFormRow(form, usernameLabel, m_usernameLineEdit);
    addProblemRow(form, Field::Username, m_usernameLineEdit, tr("User name"));

    m_passwordLineEdit = new QLineEdit(group);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setAccessibleName(tr("Password"));
    auto* passwordLabel = new QLabel(tr("Pass&word:"), group);
    passwordLabel->setBuddy(m_passwordLineEdit);
    addFormRow(form, passwordLabel, m_passwordLineEdit);

    m_connectTimeoutSpinBox = new QSpinBox(group);
    m_connectTimeoutSpinBox->setObjectName(QStringLiteral("connectTimeoutSpinBox"));
    m_connectTimeoutSpinBox->setRange(1, 600);
    m_connectTimeoutSpinBox->setSuffix(tr(" s"));
    m_connectTimeoutSpinBox->setAccessibleName(tr("Connect timeout in seconds"));
    auto* timeoutLabel = new QLabel(tr("Connect ti&meout:"), group);
    timeoutLabel->setBuddy(m_connectTimeoutSpinBox);
    addFormRow(form, timeoutLabel, m_connectTimeoutSpinBox);

    m_autoReconnectCheckBox = new QCheckBox(tr("Reconnect automatically"), group);
    m_autoReconnectCheckBox->setObjectName(QStringLiteral("autoReconnectCheckBox"));
    m_autoReconnectCheckBox->setAccessibleName(tr("Reconnect automatically"));
    m_autoReconnectCheckBox->setAccessibleDescription(
        tr("After a lost connection, reconnect with increasing delays and restore every subscription"));
    addFormRow(form, NO_LABEL, m_autoReconnectCheckBox);
    return group;
}

QWidget* ConnectionDialog::createWillGroup()
{
    m_willGroupBox = new QGroupBox(tr("Last w&ill"), this);
    m_willGroupBox->setObjectName(QStringLiteral("willGroupBox"));
    m_willGroupBox->setCheckable(true);
    m_willGroupBox->setAccessibleName(tr("Last will"));
    m_willGroupBox->setAccessibleDescription(
        tr("A message the broker publishes for this client when it disconnects without saying goodbye"));
    auto* form = createForm(m_willGroupBox);

    m_willTopicLineEdit = new QLineEdit(m_willGroupBox);
    m_willTopicLineEdit->setObjectName(QStringLiteral("willTopicLineEdit"));
    m_willTopicLineEdit->setPlaceholderText(tr("e.g. devices/my-thing/status"));
    m_willTopicLineEdit->setAccessibleName(tr("Last will topic"));
    auto* topicLabel = new QLabel(tr("Topic:"), m_willGroupBox);
    topicLabel->setBuddy(m_willTopicLineEdit);
    addFormRow(form, topicLabel, m_willTopicLineEdit);
    addProblemRow(form, Field::WillTopic, m_willTopicLineEdit, tr("Last will topic"));

    m_willPayloadLineEdit = new QLineEdit(m_willGroupBox);
    m_willPayloadLineEdit->setObjectName(QStringLiteral("willPayloadLineEdit"));
    m_willPayloadLineEdit->setPlaceholderText(tr("e.g. offline"));
    m_willPayloadLineEdit->setAccessibleName(tr("Last will payload"));
    auto* payloadLabel = new QLabel(tr("Pa&yload:"), m_willGroupBox);
    payloadLabel->setBuddy(m_willPayloadLineEdit);
    addFormRow(form, payloadLabel, m_willPayloadLineEdit);

    auto* optionsRow = new QHBoxLayout;
    m_willQosComboBox = new QComboBox(m_willGroupBox);
    m_willQosComboBox->setObjectName(QStringLiteral("willQosComboBox"));
    m_willQosComboBox->addItems({tr("QoS 0"), tr("QoS 1"), tr("QoS 2")});
    m_willQosComboBox->setAccessibleName(tr("Last will QoS"));
    m_willRetainCheckBox = new QCheckBox(tr("Retain"), m_willGroupBox);
    m_willRetainCheckBox->setObjectName(QStringLiteral("willRetainCheckBox"));
    m_willRetainCheckBox->setAccessibleName(tr("Retain the last will"));
    optionsRow->addWidget(m_willQosComboBox);
    optionsRow->addWidget(m_willRetainCheckBox);
    optionsRow->addStretch(1);
    auto* qosLabel = new QLabel(tr("&QoS:"), m_willGroupBox);
    qosLabel->setBuddy(m_willQosComboBox);
    addFormRow(form, qosLabel, optionsRow);
    addProblemRow(form, Field::WillQos, m_willQosComboBox, tr("Last will QoS"));
    return m_willGroupBox;
}

QLabel* ConnectionDialog::addProblemRow(QGridLayout* form, Field which, QWidget* field, const QString& what)
{
    // "caFileLineEdit" -> "caFileProblemLabel"
    static const QRegularExpression widgetSuffix(QStringLiteral("(LineEdit|SpinBox|ComboBox)$"));
    const QString objectName = field->objectName().replace(widgetSuffix, QStringLiteral("ProblemLabel"));
    auto* label = createNoteLabel(field->parentWidget(), objectName, tr("%1 problem").arg(what));
    label->setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    addFormRow(form, NO_LABEL, label);
    setRowShown(label, false);
    m_problems.insert(which, ProblemSlot{field, label, field->accessibleDescription()});
    // A problem is about the value that was checked: editing the field takes it away.
    if (auto* lineEdit = qobject_cast<QLineEdit*>(field)) {
        connect(lineEdit, &QLineEdit::textChanged, this, [this, which] { clearProblem(which); });
    } else if (auto* spinBox = qobject_cast<QSpinBox*>(field)) {
        connect(spinBox, &QSpinBox::valueChanged, this, [this, which] { clearProblem(which); });
    } else if (auto* comboBox = qobject_cast<QComboBox*>(field)) {
        connect(comboBox, &QComboBox::currentIndexChanged, this, [this, which] { clearProblem(which); });
    }
    return label;
}

QPushButton* ConnectionDialog::createBrowseButton(QLineEdit* target, const QString& title,
                                                  const QString& accessibleName)
{
    auto* button = new QPushButton(tr("Browse…"), target->parentWidget());
    button->setObjectName(target->objectName().replace(QStringLiteral("LineEdit"), QStringLiteral("BrowseButton")));
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false); // Return in the dialog accepts it; it never opens a file dialog
    connect(button, &QPushButton::clicked, this, [this, target, title] {
        const QString path =
            DialogSeams::openFileName(this, title, tr("Certificates and keys (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty()) {
            target->setText(path);
            target->setFocus();
        }
    });
    return button;
}

void ConnectionDialog::setOptions(const ConnectionOptions& options, bool awsIot, const QString& thingName)
{
    m_base = options;
    m_updating = true;
    Preset preset = Preset::Custom;
    if (awsIot && options.transport == Transport::SecureWebSocket) {
        preset = Preset::AwsIotSigV4;
    } else if (awsIot) {
        preset = options.port == 443 && options.alpn.contains(AWS_ALPN) ? Preset::AwsIot443 : Preset::AwsIot8883;
    }
    m_presetComboBox->setCurrentIndex(static_cast<int>(preset));
    m_preset = preset;
    m_transportComboBox->setCurrentIndex(transportIndex(options.transport));
    m_previousTransport = m_transportComboBox->currentIndex();
    m_hostLineEdit->setText(options.host);
    m_portSpinBox->setValue(options.port);
    m_pathLineEdit->setText(options.path);
    m_thingNameLineEdit->setText(awsIot ? thingName : QString());
    m_caFileLineEdit->setText(options.caFile);
    m_certFileLineEdit->setText(options.certFile);
    m_keyFileLineEdit->setText(options.keyFile);
    m_passphraseLineEdit->setText(options.passphrase);
    m_alpnLineEdit->setText(options.alpn.join(QStringLiteral(", ")));
    m_insecureCheckBox->setChecked(options.insecure);
    m_clientIdLineEdit->setText(awsIot && !thingName.isEmpty() ? thingName : options.clientId);
    m_versionComboBox->setCurrentIndex(options.version == MqttVersion::V5 ? 0 : 1);
    m_keepAliveSpinBox->setValue(options.keepAliveSeconds);
    m_cleanStartCheckBox->setChecked(options.cleanStart);
    m_sessionExpirySpinBox->setValue(int(qMin<quint32>(options.sessionExpirySeconds, INT_MAX)));
    m_usernameLineEdit->setText(options.username);
    m_passwordLineEdit->setText(options.password);
    m_connectTimeoutSpinBox->setValue(options.connectTimeoutSeconds);
    m_autoReconnectCheckBox->setChecked(options.autoReconnect);
    m_willGroupBox->setChecked(options.will.has_value());
    const LastWill will = options.will.value_or(LastWill{});
    m_willTopicLineEdit->setText(will.topic);
    m_willPayloadLineEdit->setText(QString::fromUtf8(will.payload));
    m_willQosComboBox->setCurrentIndex(qBound(0, will.qos, 2));
    m_willRetainCheckBox->setChecked(will.retained);
    m_updating = false;
    clearProblems();
    updateEnabledStates();
    updateEndpointWarning();
}

ConnectionOptions ConnectionDialog::options() const
{
    ConnectionOptions options = formOptions();
    const bool certificatePreset = preset() == Preset::AwsIot8883 || preset() == Preset::AwsIot443;
    if (certificatePreset && m_greengrassBox->useCore()) {
        if (const auto core = m_greengrassBox->coreOptions()) {
            options = *core; // the discovered core's host, port and group CA; the form's certificate and MQTT settings
        }
    }
    return options;
}

ConnectionOptions ConnectionDialog::formOptions() const
{
    ConnectionOptions options = m_base;
    options.transport = transport();
    options.host = m_hostLineEdit->text().trimmed();
    options.port = static_cast<quint16>(m_portSpinBox->value());
    options.path.clear();
    if (isWebSocket(options.transport)) {
        const QString path = m_pathLineEdit->text().trimmed();
        options.path =
            path.isEmpty() ? DEFAULT_WS_PATH : (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    }
    // The TLS group is disabled on plain transports: what it holds does not apply there.
    options.clearTls();
    if (options.usesTls()) {
        options.caFile = m_caFileLineEdit->text().trimmed();
        options.certFile = m_certFileLineEdit->text().trimmed();
        options.keyFile = m_keyFileLineEdit->text().trimmed();
        options.passphrase = m_passphraseLineEdit->text();
        for (const QString& protocol : m_alpnLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!protocol.trimmed().isEmpty()) {
                options.alpn << protocol.trimmed();
            }
        }
        options.insecure = m_insecureCheckBox->isChecked();
    }
    options.sigV4.reset();
    if (preset() == Preset::AwsIotSigV4 && options.transport == Transport::SecureWebSocket) {
        options.sigV4 = m_signInBox->signing(); // read when the settings last changed; the secret stays in memory
    }
    options.clientId = isAwsIot() ? thingName() : m_clientIdLineEdit->text().trimmed();
    options.version = m_versionComboBox->currentIndex() == 0 ? MqttVersion::V5 : MqttVersion::V3_1_1;
    options.keepAliveSeconds = m_keepAliveSpinBox->value();
    options.cleanStart = m_cleanStartCheckBox->isChecked();
    options.sessionExpirySeconds =
        options.version == MqttVersion::V5 ? static_cast<quint32>(m_sessionExpirySpinBox->value()) : 0;
    options.username = m_usernameLineEdit->text();
    options.password = m_passwordLineEdit->text();
    options.connectTimeoutSeconds = m_connectTimeoutSpinBox->value();
    options.autoReconnect = m_autoReconnectCheckBox->isChecked();
    options.will.reset();
    if (m_willGroupBox->isChecked()) {
        options.will = LastWill{m_willTopicLineEdit->text(), m_willPayloadLineEdit->text().toUtf8(),
                                m_willQosComboBox->currentIndex(), m_willRetainCheckBox->isChecked()};
    }
    return options;
}

void ConnectionDialog::offerSandboxWebSocket(const SandboxWebSocketChoice& choice)
{
    m_sandboxWebSocketButton->disconnect(this);
    m_sandboxWebSocketButton->show();
    connect(m_sandboxWebSocketButton, &QPushButton::clicked, this, [this, choice] {
        const auto url = ConnectionOptions::fromUrl(choice.url);
        if (!url) {
            showProblem(Field::General, url.error().message);
            return;
        }
        m_presetComboBox->setCurrentIndex(int(Preset::AwsIotSigV4));
        m_hostLineEdit->setText(url->host);
        m_portSpinBox->setValue(url->port);
        m_pathLineEdit->setText(url->path);
        m_caFileLineEdit->setText(choice.caFile);
        if (m_thingNameLineEdit->text().trimmed().isEmpty()) {
            m_thingNameLineEdit->setText(QStringLiteral("thingbench-app")); // not the sample device's own ID
        }
        m_signInBox->setSettings(
            {AwsSignInSettings::Source::Profile, choice.profile, choice.credentialsFile, {}, choice.region});
    });
}

void ConnectionDialog::setGreengrass(const std::optional<GreengrassSettings>& settings)
{
    m_greengrassBox->setUseCore(settings.has_value());
    m_greengrassBox->setDiscoveryEndpoint(settings ? settings->discoveryEndpoint : QString());
    if (settings && m_thingNameLineEdit->text().trimmed().isEmpty()) {
        m_thingNameLineEdit->setText(settings->thingName);
    }
}

std::optional<GreengrassSettings> ConnectionDialog::greengrass() const
{
    const bool certificatePreset = preset() == Preset::AwsIot8883 || preset() == Preset::AwsIot443;
    if (!certificatePreset || !m_greengrassBox->useCore()) {
        return std::nullopt;
    }
    return GreengrassSettings{thingName(), m_greengrassBox->typedDiscoveryEndpoint()};
}

void ConnectionDialog::setAwsSignIn(const AwsSignInSettings& settings, const AwsTypedSecrets& typed)
{
    m_signInBox->setSettings(settings, typed);
}

std::optional<AwsSignInSettings> ConnectionDialog::awsSignIn() const
{
    if (preset() != Preset::AwsIotSigV4) {
        return std::nullopt;
    }
    return m_signInBox->settings();
}

AwsTypedSecrets ConnectionDialog::awsTypedSecrets() const
{
    return preset() == Preset::AwsIotSigV4 ? m_signInBox->typedSecrets() : AwsTypedSecrets{};
}

bool ConnectionDialog::isAwsIot() const
{
    return preset() != Preset::Custom;
}

QString ConnectionDialog::thingName() const
{
    return isAwsIot() ? m_thingNameLineEdit->text().trimmed() : QString();
}

ConnectionDialog::Preset ConnectionDialog::preset() const
{
    return static_cast<Preset>(qMax(0, m_presetComboBox->currentIndex()));
}

Transport ConnectionDialog::transport() const
{
    return TRANSPORTS[qBound(0, m_transportComboBox->currentIndex(), 3)];
}

void ConnectionDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!FileDrops::localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ConnectionDialog::dropEvent(QDropEvent* event)
{
    if (const QStringList paths = FileDrops::localPaths(event->mimeData()); !paths.isEmpty()) {
        dropFiles(paths);
        event->acceptProposedAction();
    }
}

bool ConnectionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (const QStringList paths = FileDrops::localPaths(drag->mimeData()); !paths.isEmpty()) {
            drag->acceptProposedAction();
            if (event->type() == QEvent::Drop) {
                dropFiles(paths);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConnectionDialog::dropFiles(const QStringList& paths)
{
    m_dropLoader->load(paths); // read off the GUI thread; placed as they arrive
}

void ConnectionDialog::placeDroppedFiles(const QList<CertificateListModel::Entry>& entries)
{
    int placed = 0;
    for (const CertificateListModel::Entry& entry : entries) {
        const QString name = QFileInfo(entry.path).fileName();
        if (!entry.file) {
            showProblem(Field::General, tr("“%1” is not a certificate or key: %2").arg(name, entry.error->message));
            continue;
        }
        const Certs::CertificateFile& file = *entry.file;
        QLineEdit* target = nullptr;
        Field field = Field::General;
        if (file.hasPrivateKey() && !file.mixed) {
            target = m_keyFileLineEdit;
            field = Field::KeyFile;
        } else if (!file.certificates.isEmpty() && !file.mixed) {
            const Certs::CertificateInfo& first = file.certificates.first();
            const bool ca = first.basicConstraintsCa || first.selfSigned;
            target = ca ? m_caFileLineEdit : m_certFileLineEdit;
            field = ca ? Field::CaFile : Field::CertFile;
        }
        if (!target) {
            if (file.mixed) { // a public key is simply not needed (AWS downloads come with one)
                showProblem(Field::General,
                            tr("“%1” holds a certificate and a key together: the connection needs "
                               "them in separate files (export each from the certificate manager).")
                                .arg(name));
            }
            continue;
        }
        target->setText(entry.path);
        clearProblem(field);
        ++placed;
    }
    if (placed > 0 && (transport() == Transport::Tcp || transport() == Transport::WebSocket)) {
        // Certificates are for TLS: mqtt:// becomes mqtts://, ws:// becomes wss://.
        m_transportComboBox->setCurrentIndex(transport() == Transport::Tcp ? 1 : 3);
    }
    Q_EMIT droppedFilesPlaced(placed);
}

void ConnectionDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFit();
}

void ConnectionDialog::growToFit()
{
    if (!isVisible()) {
        return;
    }
    QLayout* top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : top->totalSizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

void ConnectionDialog::accept()
{
    if (validateAndShow()) {
        QDialog::accept();
    }
}

bool ConnectionDialog::validateAndShow()
{
    clearProblems();
    const ConnectionOptions options = this->options();
    if (isAwsIot()) {
        static const QRegularExpression thingNamePattern(QStringLiteral("^[a-zA-Z0-9:_-]{1,128}$"));
        const QString name = thingName();
        if (name.isEmpty()) {
            showProblem(Field::ThingName,
                        tr("Enter the thing name as registered in AWS IoT; it is also the client "
                           "ID."));
        } else if (!thingNamePattern.match(name).hasMatch()) {
            showProblem(Field::ThingName,
                        tr("A thing name has 1 to 128 characters: letters, digits, “:”, “_” and "
                           "“-”. Remove the other characters."));
        }
    }
    if (preset() == Preset::AwsIotSigV4 && !m_signInBox->isReady()) {
        showProblem(Field::General, tr("AWS sign-in: %1").arg(m_signInBox->statusText()));
    }
    // Connect discovers again: only a discovery running or failed here holds OK back (none run yet is fine).
    if (!m_greengrassBox->isHidden() && m_greengrassBox->useCore() && !m_greengrassBox->coreOptions() &&
        (m_greengrassBox->isBusy() || m_greengrassBox->hasFailed())) {
        showProblem(Field::General,
                    tr("Greengrass: click Discover and wait for a core that answers, or clear “Connect "
                       "through a Greengrass core”."));
    }
    if (auto valid = options.validate(); !valid) {
        showProblem(fieldForValidationError(options, valid.error()), valid.error().message, valid.error().detail);
    } else if (auto problem = Mqtt::checkLocalFiles(options)) {
        showProblem(fieldForProblem(*problem), problem->message, problem->detail);
    }

    // Focus the first field with a problem, in tab order, so that keyboard users land on it.
    QSet<QWidget*> fieldsWithProblems;
    bool problemShown = false;
    for (const ProblemSlot& slot : std::as_const(m_problems)) {
        if (!slot.label->isHidden()) {
            problemShown = true;
            if (slot.field) {
                fieldsWithProblems.insert(slot.field);
            }
        }
    }
    for (QWidget* widget = m_presetComboBox->nextInFocusChain(); widget && widget != m_presetComboBox;
         widget = widget->nextInFocusChain()) {
        if (fieldsWithProblems.contains(widget)) {
            widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    growToFit();
    return !problemShown;
}

ConnectionDialog::Field ConnectionDialog::fieldForValidationError(const ConnectionOptions& options,
                                                                  const Error& error) const
{
    // validate() reports the first problem as a message only; find the field by asking the same questions in the
    // same order.
    if (error.code.startsWith(QLatin1String("file_"))) {
        const std::pair<const QString&, Field> files[] = {
            {options.caFile, Field::CaFile}, {options.certFile, Field::CertFile}, {options.keyFile, Field::KeyFile}};
        for (const auto& [path, field] : files) {
            if (!path.isEmpty() && !isReadableFile(path)) {
                return field;
            }
        }
        return Field::General;
    }
    if (options.host.isEmpty()) {
        return Field::Host;
    }
    if (options.port == 0) {
        return Field::Port;
    }
    if (!options.usesTls() &&
        (!options.caFile.isEmpty() || !options.certFile.isEmpty() || !options.keyFile.isEmpty() ||
         !options.alpn.isEmpty())) {
        return Field::Transport;
    }
    if (options.certFile.isEmpty() != options.keyFile.isEmpty()) {
        return options.certFile.isEmpty() ? Field::CertFile : Field::KeyFile;
    }
    for (const QString& protocol : options.alpn) {
        if (protocol.isEmpty() || protocol.toUtf8().size() > 255) {
            return Field::Alpn;
        }
    }
    if (options.keepAliveSeconds < 0 || options.keepAliveSeconds > 65535) {
        return Field::KeepAlive;
    }
    if (options.clientId.toUtf8().size() > 65535) {
        return isAwsIot() ? Field::ThingName : Field::ClientId;
    }
    if (options.version == MqttVersion::V3_1_1 && options.sessionExpirySeconds != 0) {
        return Field::SessionExpiry;
    }
    if (!options.password.isEmpty() && options.username.isEmpty() && options.version == MqttVersion::V3_1_1) {
        return Field::Username;
    }
    if (options.will) {
        if (!TopicFilter::validateTopicName(options.will->topic)) {
            return Field::WillTopic;
        }
        if (options.will->qos < 0 || options.will->qos > 2) {
            return Field::WillQos;
        }
    }
    return Field::General;
}

ConnectionDialog::Field ConnectionDialog::fieldForProblem(const ConnectionProblem& problem)
{
    switch (problem.field) {
    case ConnectionProblem::Field::CaFile:
        return Field::CaFile;
    case ConnectionProblem::Field::CertFile:
        return Field::CertFile;
    case ConnectionProblem::Field::KeyFile:
        return Field::KeyFile;
    case ConnectionProblem::Field::Passphrase:
        return Field::Passphrase;
    case ConnectionProblem::Field::Host:
        return Field::Host;
    case ConnectionProblem::Field::Port:
        return Field::Port;
    case ConnectionProblem::Field::None:
        break;
    }
    // Some checks name no field (an encrypted key without a passphrase): the error still says which one it is.
    switch (problem.error) {
    case SessionError::TlsBadPassphrase:
        return Field::Passphrase;
    case SessionError::TlsKeyMismatch:
        return Field::KeyFile;
    case SessionError::TlsClientCertificateExpired:
        return Field::CertFile;
    default:
        return Field::General;
    }
}

void ConnectionDialog::showProblem(Field which, const QString& message, const QString& detail)
{
    const auto it = m_problems.constFind(which);
    const ProblemSlot slot = it != m_problems.cend() ? *it : m_problems.value(Field::General);
    slot.label->setText(message);
    slot.label->setToolTip(detail); // OpenSSL's own words, for the curious
    setRowShown(slot.label, true);
    if (slot.field) {
        // Screen readers announce the description with the field: the problem travels with it.
        slot.field->setAccessibleDescription(message);
    }
}

void ConnectionDialog::clearProblem(Field which)
{
    const auto it = m_problems.constFind(which);
    if (it == m_problems.cend() || it->label->isHidden()) {
        return;
    }
    setRowShown(it->label, false);
    it->label->clear();
    if (it->field) {
        it->field->setAccessibleDescription(it->description);
    }
}

void ConnectionDialog::clearProblems()
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        clearProblem(it.key());
    }
}

void ConnectionDialog::applyPreset(Preset preset)
{
    if (m_updating) {
        return;
    }
    m_updating = true;
    const bool wasCustom = m_preset == Preset::Custom;
    m_preset = preset;
    if (preset != Preset::Custom) {
        static const QRegularExpression awsHost(QStringLiteral("\\.amazonaws\\.com(\\.cn)?$"),
                                                QRegularExpression::CaseInsensitiveOption);
        const bool sigV4 = preset == Preset::AwsIotSigV4;
        m_transportComboBox->setCurrentIndex(transportIndex(sigV4 ? Transport::SecureWebSocket : Transport::Tls));
        m_previousTransport = m_transportComboBox->currentIndex();
        m_portSpinBox->setValue(preset == Preset::AwsIot8883 ? 8883 : 443);
        m_alpnLineEdit->setText(preset == Preset::AwsIot443 ? AWS_ALPN : QString());
        if (sigV4) { // IAM credentials sign the WebSocket URL: no client certificate
            m_pathLineEdit->setText(DEFAULT_WS_PATH);
            m_certFileLineEdit->clear();
            m_keyFileLineEdit->clear();
            m_passphraseLineEdit->clear();
        }
        if (!awsHost.match(m_hostLineEdit->text().trimmed()).hasMatch()) {
            m_hostLineEdit->clear();
        }
        if (wasCustom) {
            // AWS IoT endpoints chain to Amazon Root CA 1, which the system store has; a CA chosen for another
            // broker would make the handshake fail.
            m_caFileLineEdit->clear();
        }
        m_insecureCheckBox->setChecked(false);
        m_clientIdLineEdit->setText(m_thingNameLineEdit->text().trimmed());
    } else {
        if (m_alpnLineEdit->text().trimmed() == AWS_ALPN) {
            m_alpnLineEdit->clear();
        }
    }
    m_updating = false;
    clearProblems();
    updateEnabledStates();
    updateEndpointWarning();
    if (preset != Preset::Custom && m_hostLineEdit->text().isEmpty()) {
        m_hostLineEdit->setFocus();
    }
}

void ConnectionDialog::onTransportChanged(int index)
{
    if (!m_updating) {
        // Follow the scheme's default port unless the user chose another one.
        if (m_portSpinBox->value() == DEFAULT_PORTS[qBound(0, m_previousTransport, 3)]) {
            m_portSpinBox->setValue(DEFAULT_PORTS[qBound(0, index, 3)]);
        }
        if (isWebSocket(transport()) && m_pathLineEdit->text().isEmpty()) {
            m_pathLineEdit->setText(DEFAULT_WS_PATH);
        }
    }
    m_previousTransport = index;
    updateEnabledStates();
}

void ConnectionDialog::updateEnabledStates()
{
    const bool aws = isAwsIot();
    const Transport current = transport();
    m_tlsGroupBox->setEnabled(current == Transport::Tls || current == Transport::SecureWebSocket);
    m_pathLineEdit->setEnabled(isWebSocket(current));
    setRowShown(m_thingNameLineEdit, aws);
    setRowShown(m_presetHintLabel, aws);
    m_signInBox->setVisible(preset() == Preset::AwsIotSigV4);
    m_greengrassBox->setVisible(preset() == Preset::AwsIot8883 || preset() == Preset::AwsIot443);
    m_hostLabel->setText(aws ? tr("&Host (endpoint):") : tr("&Host:"));
    m_hostLineEdit->setPlaceholderText(aws ? tr("xxxxxxxxxxxxxx-ats.iot.<region>.amazonaws.com")
                                           : tr("e.g. broker.example.com"));
    m_clientIdLineEdit->setReadOnly(aws);
    m_clientIdLineEdit->setToolTip(aws ? tr("The thing name is the client ID for AWS IoT.") : QString());
    const bool v5 = m_versionComboBox->currentIndex() == 0;
    m_sessionExpirySpinBox->setEnabled(v5);
    m_sessionExpirySpinBox->setToolTip(v5 ? QString() : tr("Session expiry needs MQTT 5."));
    setRowShown(m_insecureWarningLabel, m_insecureCheckBox->isChecked());
    setComboItemEnabled(m_willQosComboBox, 2, !aws, tr("AWS IoT does not support QoS 2."));
    growToFit();
}

void ConnectionDialog::updateEndpointWarning()
{
    const QString host = m_hostLineEdit->text().trimmed().toLower();
    QString warning;
    if (isAwsIot() && !host.isEmpty()) {
        static const QRegularExpression endpoint(QStringLiteral("^[a-z0-9]+-ats\\.iot\\.[a-z]{2}(-[a-z]+)+-\\d+\\."
                                                                "amazonaws\\.com(\\.cn)?$"));
        static const QRegularExpression legacy(QStringLiteral("^[a-z0-9]+\\.iot\\.[a-z0-9-]+\\.amazonaws\\.com"));
        static const QRegularExpression noRegion(QStringLiteral("^[a-z0-9]+(-ats)?\\.iot\\.amazonaws\\.com"));
        if (endpoint.match(host).hasMatch()) {
            warning.clear();
        } else if (noRegion.match(host).hasMatch()) {
            warning = tr("⚠ The endpoint has no region. It looks like …-ats.iot.<region>.amazonaws.com, for example "
                         "…-ats.iot.eu-west-1.amazonaws.com.");
        } else if (legacy.match(host).hasMatch()) {
            warning = tr("⚠ No “-ats” in the endpoint: legacy endpoints use a Symantec certificate that the system "
                         "store may not trust. Use the ATS endpoint shown in the AWS IoT console (Settings, Device "
                         "data endpoint).");
        } else {
            warning = tr("⚠ This does not look like an AWS IoT endpoint (…-ats.iot.<region>.amazonaws.com). Copy it "
                         "from the AWS IoT console: Settings, Device data endpoint.");
        }
    }
    m_endpointWarningLabel->setText(warning);
    setRowShown(m_endpointWarningLabel, !warning.isEmpty());
    const ProblemSlot slot = m_problems.value(Field::Host);
    if (slot.label && slot.label->isHidden()) {
        m_hostLineEdit->setAccessibleDescription(warning.isEmpty() ? slot.description : warning);
    }
    growToFit();
}
