// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "connection/AwsSecretsDialog.h"
#include "connection/AwsSignInBox.h"
#include "connection/ConnectionDialog.h"
#include "connection/GreengrassBox.h"
#include "mqtt/MqttSession.h"
#include "sandbox/Sandbox.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/DialogSeams.h"
#include "messages/MessageTableModel.h"
#include "widgets/MessageBanner.h"
#include "workspace/Workspace.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QPointer>
#include <QProgressBar>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 20000;
const QString KEY_ID = u"AKIAIOSFODNN7EXAMPLE"_s;
const QString SECRET = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString TOKEN = u"FwoGZXIvYXdzEXAMPLETOKENdGhpcyBpcyBhIHRva2Vu"_s;
const QString ENDPOINT = u"abc123example-ats.iot.eu-central-1.amazonaws.com"_s;

template <typename T>
T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found) {
        qFatal("no child %s", qPrintable(name));
    }
    return found;
}

QString accessibleName(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : u"<no interface>"_s;
}

/// Every text assistive technology can read from `root` and its descendants: names, descriptions, values, help.
QStringList accessibleTexts(QAccessibleInterface* root)
{
    QStringList texts;
    if (!root) {
        return texts;
    }
    for (const auto which : {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help}) {
        texts << root->text(which);
    }
    for (int i = 0; i < root->childCount(); ++i) {
        texts << accessibleTexts(root->child(i));
    }
    return texts;
}

/// The dialog's sign-in box status line, read the way a screen reader reads it.
QString statusHeard(ConnectionDialog& dialog)
{
    return accessibleName(child<QLabel>(&dialog, u"statusLabel"_s));
}

void choosePreset(ConnectionDialog& dialog, ConnectionDialog::Preset preset)
{
    child<QComboBox>(&dialog, u"presetComboBox"_s)->setCurrentIndex(int(preset));
}

void chooseSource(ConnectionDialog& dialog, AwsSignInSettings::Source source)
{
    child<QComboBox>(&dialog, u"sourceComboBox"_s)->setCurrentIndex(int(source));
}

} // namespace

/// "Sign in with AWS IAM credentials" (issue 13): the preset, each source of credentials, the live status line, the
/// secrets never in accessible text, the settings in a workspace file, and a real connection through the local
/// sandbox's SigV4 WebSocket listener.
class TestAwsSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void presetSetsWebSocketPortAndPath();
    void environmentSourceResolves();
    void profileSourceListsAndResolves();
    void missingProfileIsExplainedAndNotAccepted();
    void typedInSecretNeverInAccessibleText();
    void everyControlHasAnAccessibleName();
    void signInSettingsRoundTripThroughTheWorkspaceFile();
    void damagedSignInFieldIsReported();
    void windowConnectsThroughTheSandboxWebSocket();
    void greengrassDiscoveryFindsTheSandboxCore();
    void greengrassUnknownThingIsExplained();
    void greengrassChoiceIsKeptAndRestoredInTheDialog_issue13();
    void connectDiscoversAndUsesTheFirstCoreThatAnswers_issue13();
    void connectExplainsAFailedDiscovery_issue13();
    void askSessionTokenCheckBoxKeepsNoToken_issue13();
    void secretsDialogIsAccessibleAndEchoesPasswords_issue13();
    void typedSecretsAreAskedAtConnect_issue13();

private:
    /// A dialog on the certificate preset with the sandbox's device certificate, Greengrass on, discovery at the
    /// sandbox's HTTPS endpoint.
    void setUpGreengrass(ConnectionDialog& dialog, const QString& thing, bool console = false);

    QTemporaryDir m_dir;
    QTemporaryDir m_sandboxDir;
    std::unique_ptr<Sandbox::Sandbox> m_sandbox;
    QString m_credentialsFile;
    QString m_configFile;
    Aws::Environment profileEnvironment() const
    {
        return {{u"AWS_SHARED_CREDENTIALS_FILE"_s, m_credentialsFile}, {u"AWS_CONFIG_FILE"_s, m_configFile}};
    }
};

void TestAwsSignIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_credentialsFile = m_dir.filePath(u"credentials"_s);
    m_configFile = m_dir.filePath(u"config"_s);
    QFile credentials(m_credentialsFile);
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write(u"[dev]\naws_access_key_id = %1\naws_secret_access_key = %2\naws_session_token = %3\n\n"
                      "[other]\naws_access_key_id = AKIAOTHEROTHER1234\naws_secret_access_key = other-secret\n"_s
                          .arg(KEY_ID, SECRET, TOKEN)
                          .toUtf8());
    credentials.close();
    QFile config(m_configFile);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile dev]\nregion = eu-west-1\n");
    config.close();

    // One local sandbox for the tests that connect: a real mosquitto, its SigV4 WebSocket listener and its HTTPS
    // data plane with Greengrass discovery, on 127.0.0.1 with real TLS.
    Sandbox::SandboxOptions options;
    options.dir = m_sandboxDir.path();
    options.sampleTraffic = false;
    // AWS IoT policies decide (the default): a thing the device policy does not cover is refused discovery (403).
    m_sandbox = std::make_unique<Sandbox::Sandbox>(options);
    QSignalSpy ready(m_sandbox.get(), &Sandbox::Sandbox::ready);
    QSignalSpy failed(m_sandbox.get(), &Sandbox::Sandbox::failed);
    m_sandbox->start();
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, WAIT_MS));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).toString()));
}

void TestAwsSignIn::presetSetsWebSocketPortAndPath()
{
    ConnectionDialog dialog(nullptr);
    auto* signInBox = dialog.awsSignInBox();
    QVERIFY(!signInBox->isVisibleTo(&dialog));
    choosePreset(dialog, ConnectionDialog::Preset::AwsIotSigV4);
    QVERIFY(signInBox->isVisibleTo(&dialog));
    const ConnectionOptions options = dialog.options();
    QCOMPARE(options.transport, Transport::SecureWebSocket);
    QCOMPARE(options.port, quint16(443));
    QCOMPARE(options.path, u"/mqtt"_s);
    QVERIFY(options.caFile.isEmpty()); // the system store: AWS IoT chains to Amazon Root CA 1
    QVERIFY(options.certFile.isEmpty());
    QVERIFY(options.alpn.isEmpty());
    QVERIFY(dialog.isAwsIot());
    child<QLineEdit>(&dialog, u"thingNameLineEdit"_s)->setText(u"my-thing"_s);
    QCOMPARE(dialog.options().clientId, u"my-thing"_s); // the thing name is the client ID, as for the other presets
    QVERIFY(dialog.awsSignIn().has_value());
    choosePreset(dialog, ConnectionDialog::Preset::AwsIot8883);
    QVERIFY(!dialog.awsSignIn().has_value());
    QVERIFY(!dialog.options().sigV4.has_value());
}

void TestAwsSignIn::environmentSourceResolves()
{
    ConnectionDialog dialog(nullptr);
    dialog.awsSignInBox()->setEnvironment({{u"AWS_ACCESS_KEY_ID"_s, KEY_ID},
                                           {u"AWS_SECRET_ACCESS_KEY"_s, SECRET},
                                           {u"AWS_SESSION_TOKEN"_s, TOKEN},
                                           {u"AWS_REGION"_s, u"us-east-1"_s}});
    choosePreset(dialog, ConnectionDialog::Preset::AwsIotSigV4);
    chooseSource(dialog, AwsSignInSettings::Source::Environment);
    child<QLineEdit>(&dialog, u"hostLineEdit"_s)->setText(ENDPOINT);
    // The endpoint's region wins over the credentials'.
    QTRY_COMPARE_WITH_TIMEOUT(
        statusHeard(dialog),
        u"Access key AKIA…MPLE from environment, region eu-central-1; a session token is included."_s, WAIT_MS);
    QCOMPARE(child<QLineEdit>(&dialog, u"regionLineEdit"_s)->placeholderText(), u"eu-central-1 (from the endpoint)"_s);
    const ConnectionOptions options = dialog.options();
    QVERIFY(options.sigV4.has_value());
    QCOMPARE(options.sigV4->accessKeyId, KEY_ID);
    QCOMPARE(options.sigV4->secretAccessKey, SECRET);
    QCOMPARE(options.sigV4->sessionToken, TOKEN);
    QCOMPARE(options.sigV4->region, u"eu-central-1"_s);
    // A region typed in wins over both.
    child<QLineEdit>(&dialog, u"regionLineEdit"_s)->setText(u"ap-south-1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(statusHeard(dialog).contains(u"region ap-south-1"_s), WAIT_MS);
    // No keys in the environment: what to do.
    dialog.awsSignInBox()->setEnvironment({});
    QTRY_VERIFY_WITH_TIMEOUT(statusHeard(dialog).contains(u"AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set"_s),
                             WAIT_MS);
    QVERIFY(!dialog.options().sigV4.has_value());
}

void TestAwsSignIn::profileSourceListsAndResolves()
{
    ConnectionDialog dialog(nullptr);
    dialog.awsSignInBox()->setEnvironment(profileEnvironment());
    choosePreset(dialog, ConnectionDialog::Preset::AwsIotSigV4);
    child<QLineEdit>(&dialog, u"hostLineEdit"_s)->setText(u"127.0.0.1"_s); // not AWS: the profile's region
    chooseSource(dialog, AwsSignInSettings::Source::Profile);
    auto* profiles = child<QComboBox>(&dialog, u"profileComboBox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(profiles->count(), 2, WAIT_MS); // listed off the GUI thread
    QCOMPARE(profiles->itemText(0), u"dev"_s);
    QCOMPARE(profiles->itemText(1), u"other"_s);
    profiles->setCurrentText(u"dev"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        statusHeard(dialog),
        u"Access key AKIA…MPLE from profile “dev”, region eu-west-1; a session token is included."_s, WAIT_MS);
    QCOMPARE(dialog.awsSignIn()->profile, u"dev"_s);
    QCOMPARE(dialog.options().sigV4->region, u"eu-west-1"_s);
}

void TestAwsSignIn::missingProfileIsExplainedAndNotAccepted()
{
    ConnectionDialog dialog(nullptr);
    dialog.awsSignInBox()->setEnvironment(profileEnvironment());
    choosePreset(dialog, ConnectionDialog::Preset::AwsIotSigV4);
    child<QLineEdit>(&dialog, u"hostLineEdit"_s)->setText(ENDPOINT);
    child<QLineEdit>(&dialog, u"thingNameLineEdit"_s)->setText(u"my-thing"_s);
    chooseSource(dialog, AwsSignInSettings::Source::Profile);
    child<QComboBox>(&dialog, u"profileComboBox"_s)->setCurrentText(u"nope"_s);
    QTRY_VERIFY_WITH_TIMEOUT(statusHeard(dialog).contains(u"nope"_s) && statusHeard(dialog).contains(u"dev"_s),
                             WAIT_MS); // names the profile and lists those that exist
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, u"okButton"_s), Qt::LeftButton);
    QVERIFY2(dialog.isVisible(), "the dialog stays open");
    auto* problem = child<QLabel>(&dialog, u"generalProblemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(accessibleName(problem).startsWith(u"AWS sign-in: "_s), qPrintable(accessibleName(problem)));
}

void TestAwsSignIn::typedInSecretNeverInAccessibleText()
{
    ConnectionDialog dialog(nullptr);
    dialog.show();
    choosePreset(dialog, ConnectionDialog::Preset::AwsIotSigV4);
    child<QLineEdit>(&dialog, u"hostLineEdit"_s)->setText(ENDPOINT);
    chooseSource(dialog, AwsSignInSettings::Source::TypedIn);
    child<QLineEdit>(&dialog, u"accessKeyIdLineEdit"_s)->setText(KEY_ID);
    QTRY_VERIFY_WITH_TIMEOUT(statusHeard(dialog).contains(u"secret access key"_s), WAIT_MS);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"secretAccessKeyLineEdit"_s), SECRET);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"sessionTokenLineEdit"_s), TOKEN);
    QTRY_COMPARE_WITH_TIMEOUT(
        statusHeard(dialog),
        u"Access key AKIA…MPLE from the keys typed in, region eu-central-1; a session token is included."_s, WAIT_MS);
    QCOMPARE(dialog.awsTypedSecrets().secretAccessKey, SECRET);
    QCOMPARE(dialog.awsTypedSecrets().sessionToken, TOKEN);
    QCOMPARE(dialog.options().sigV4->secretAccessKey, SECRET);
    const QStringList texts = accessibleTexts(QAccessible::queryAccessibleInterface(&dialog));
    QVERIFY(texts.size() > 50);
    for (const QString& text : texts) {
        QVERIFY2(!text.contains(SECRET) && !text.contains(TOKEN), qPrintable(u"heard: "_s + text.left(40)));
    }
    // The settings to save carry the key ID, never the secret.
    const AwsSignInSettings settings = *dialog.awsSignIn();
    QCOMPARE(settings.accessKeyId, KEY_ID);
    Workspace workspace;
    workspace.connection.awsSignIn = settings;
    const QByteArray json = QJsonDocument(WorkspaceJson::toJson(workspace)).toJson();
    QVERIFY(!json.contains(SECRET.toUtf8()) && !json.contains(TOKEN.toUtf8()));

    QVERIFY(dialog.grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-sigv4-signin.png"_s));
}

void TestAwsSignIn::everyControlHasAnAccessibleName()
{
    ConnectionDialog dialog(nullptr);
    for (QWidget* box : {static_cast<QWidget*>(dialog.awsSignInBox()), static_cast<QWidget*>(dialog.greengrassBox())}) {
        for (QWidget* widget : box->findChildren<QWidget*>()) {
            if (qobject_cast<QLabel*>(widget) || widget->objectName().isEmpty() ||
                widget->objectName().startsWith(u"qt_"_s) || widget->window() != &dialog) {
                continue; // labels are read by their text; Qt's inner parts (a combo box's editor and popup, a
                          // view's viewport) by their control's name
            }
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
    QCOMPARE(accessibleName(dialog.awsSignInBox()), u"Sign in with AWS IAM credentials"_s);
    // On Linux a combo box is heard by its label (a relation) and its current text.
    QCOMPARE(child<QComboBox>(&dialog, u"sourceComboBox"_s)->accessibleName(), u"Credentials source"_s);
    QCOMPARE(accessibleName(dialog.greengrassBox()), u"Greengrass"_s);
    QCOMPARE(accessibleName(child<QPushButton>(&dialog, u"discoverButton"_s)), u"Discover Greengrass cores"_s);
}

void TestAwsSignIn::signInSettingsRoundTripThroughTheWorkspaceFile()
{
    Workspace workspace;
    workspace.connection.options = ConnectionOptions::fromUrl(u"wss://"_s + ENDPOINT + u":443/mqtt"_s).value();
    workspace.connection.awsIot = true;
    workspace.connection.awsSignIn = AwsSignInSettings{
        AwsSignInSettings::Source::Profile, u"dev"_s, u"/home/me/sandbox/aws-credentials"_s, {}, u"eu-west-1"_s};
    workspace.connection.awsSecret = SecretStorage::None;
    QJsonObject json = WorkspaceJson::toJson(workspace);
    QCOMPARE(WorkspaceJson::problem(json), QString());
    const Workspace back = WorkspaceJson::fromJson(json);
    QCOMPARE(back.connection.awsSignIn, workspace.connection.awsSignIn);
    QVERIFY(back.connection == workspace.connection);

    workspace.connection.awsSignIn = AwsSignInSettings{AwsSignInSettings::Source::TypedIn, {}, {}, KEY_ID, {}};
    workspace.connection.awsSecret = SecretStorage::Keychain;
    json = WorkspaceJson::toJson(workspace);
    const Workspace typed = WorkspaceJson::fromJson(json);
    QCOMPARE(typed.connection.awsSignIn->source, AwsSignInSettings::Source::TypedIn);
    QCOMPARE(typed.connection.awsSignIn->accessKeyId, KEY_ID);
    QCOMPARE(typed.connection.awsSecret, SecretStorage::Keychain);

    // A connection without a sign-in writes none (files of other connections stay as they were).
    Workspace plain;
    QVERIFY(!WorkspaceJson::toJson(plain).value(u"connection"_s).toObject().contains(u"awsSignIn"_s));
    QVERIFY(!WorkspaceJson::fromJson(WorkspaceJson::toJson(plain)).connection.awsSignIn.has_value());
}

void TestAwsSignIn::damagedSignInFieldIsReported()
{
    Workspace workspace;
    workspace.connection.awsSignIn.emplace(); // every field at its default
    const QJsonObject good = WorkspaceJson::toJson(workspace);
    const auto damaged = [&good](const QString& key, const QJsonValue& value) {
        QJsonObject root = good;
        QJsonObject connection = root.value(u"connection"_s).toObject();
        QJsonObject signIn = connection.value(u"awsSignIn"_s).toObject();
        if (key.isEmpty()) {
            connection.insert(u"awsSignIn"_s, value);
        } else {
            signIn.insert(key, value);
            connection.insert(u"awsSignIn"_s, signIn);
        }
        root.insert(u"connection"_s, connection);
        return WorkspaceJson::problem(root);
    };
    QCOMPARE(damaged(u"source"_s, u"sso"_s),
             u"“connection.awsSignIn.source” is not one of: environment, profile, typed"_s);
    QCOMPARE(damaged(u"profile"_s, 42), u"“connection.awsSignIn.profile” is not text"_s);
    QCOMPARE(damaged(u"region"_s, true), u"“connection.awsSignIn.region” is not text"_s);
    QCOMPARE(damaged({}, u"dev"_s), u"“connection.awsSignIn” is not an object"_s);
    QJsonObject root = good;
    QJsonObject connection = root.value(u"connection"_s).toObject();
    connection.insert(u"awsSecret"_s, u"plain"_s);
    root.insert(u"connection"_s, connection);
    QCOMPARE(WorkspaceJson::problem(root), u"“connection.awsSecret” is not one of: none, keychain, ask"_s);
}

void TestAwsSignIn::windowConnectsThroughTheSandboxWebSocket()
{
    QTemporaryDir dir;
    const Sandbox::SandboxInfo info = m_sandbox->info();
    QVERIFY(info.wsPort != 0);

    MainWindow window;
    window.setAwsEnvironment({{u"AWS_CONFIG_FILE"_s, dir.filePath(u"no-config"_s)}});
    window.show();
    // The sandbox workspace offers its SigV4 WebSocket and IAM user as one click (WorkspaceController sets this).
    window.setSandboxWebSocket(SandboxWebSocketChoice{info.webSocketUrl, info.caFile, info.awsCredentialsFile,
                                                      info.awsProfile, info.awsRegion});
    QPointer<ConnectionDialog> dialog = window.openConnectionSettings(); // deleted on close
    dialog->awsSignInBox()->setEnvironment({{u"AWS_CONFIG_FILE"_s, dir.filePath(u"no-config"_s)}});
    auto* sandboxButton = child<QPushButton>(dialog, u"sandboxWebSocketButton"_s);
    QVERIFY(sandboxButton->isVisible());
    QCOMPARE(accessibleName(sandboxButton), u"Use the sandbox's WebSocket with SigV4"_s);
    QTest::mouseClick(sandboxButton, Qt::LeftButton);
    QCOMPARE(child<QComboBox>(dialog, u"presetComboBox"_s)->currentIndex(), int(ConnectionDialog::Preset::AwsIotSigV4));
    QCOMPARE(child<QLineEdit>(dialog, u"hostLineEdit"_s)->text(), u"127.0.0.1"_s);
    QCOMPARE(child<QSpinBox>(dialog, u"portSpinBox"_s)->value(), int(info.wsPort));
    QCOMPARE(child<QLineEdit>(dialog, u"caFileLineEdit"_s)->text(), info.caFile);
    QCOMPARE(child<QComboBox>(dialog, u"sourceComboBox"_s)->currentIndex(), int(AwsSignInSettings::Source::Profile));
    QCOMPARE(child<QLineEdit>(dialog, u"credentialsFileLineEdit"_s)->text(), info.awsCredentialsFile);
    child<QLineEdit>(dialog, u"thingNameLineEdit"_s)->setText(u"sigv4-window"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->awsSignInBox()->isReady(), WAIT_MS);
    QVERIFY2(statusHeard(*dialog).contains(AwsSignIn::maskedKeyId(info.awsAccessKeyId)),
             qPrintable(statusHeard(*dialog)));
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), WAIT_MS);
    QCOMPARE(window.awsSignIn()->credentialsFile, info.awsCredentialsFile);

    SubscriptionPane* pane = window.panes().first();
    auto* filter = child<QLineEdit>(pane, u"filterLineEdit"_s);
    filter->setText(u"sigv4/#"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QSignalSpy subscribed(window.session(), &MqttSession::subscribed);
    window.connectToBroker(); // the credentials are read again now, off the GUI thread
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, WAIT_MS);
    QVERIFY(window.session()->options().sigV4.has_value());
    QCOMPARE(window.session()->options().clientId, u"sigv4-window"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!subscribed.isEmpty(), WAIT_MS);
    window.session()->publish(u"sigv4/hello"_s, "signed with the sandbox's IAM user", 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 1, WAIT_MS);
    QCOMPARE(pane->model()->messageAt(0).payload, QByteArray("signed with the sandbox's IAM user"));
    window.session()->disconnectFromBroker();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Disconnected, WAIT_MS);

    // A profile that is gone by the next Connect: the banner says why, and nothing connects.
    AwsSignInSettings missing = *window.awsSignIn();
    missing.profile = u"gone"_s;
    window.setAwsSignIn(missing);
    window.connectToBroker();
    auto* banner = window.banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), WAIT_MS);
    const QString said = banner->text();
    QVERIFY2(said.contains(u"Cannot sign in to AWS IoT"_s) && said.contains(u"gone"_s), qPrintable(said));
    QCOMPARE(window.session()->state(), SessionState::Disconnected);
}

void TestAwsSignIn::setUpGreengrass(ConnectionDialog& dialog, const QString& thing, bool console)
{
    const Sandbox::SandboxInfo info = m_sandbox->info();
    choosePreset(dialog, ConnectionDialog::Preset::AwsIot8883);
    child<QLineEdit>(&dialog, u"hostLineEdit"_s)->setText(ENDPOINT);
    child<QLineEdit>(&dialog, u"thingNameLineEdit"_s)->setText(thing);
    child<QLineEdit>(&dialog, u"caFileLineEdit"_s)->setText(info.caFile); // verifies the discovery endpoint
    // The device certificate may discover only its own thing; the console certificate may do anything.
    child<QLineEdit>(&dialog, u"certFileLineEdit"_s)
        ->setText(console ? info.consoleCertificateFile : info.certificateFile);
    child<QLineEdit>(&dialog, u"keyFileLineEdit"_s)
        ->setText(console ? info.consolePrivateKeyFile : info.privateKeyFile);
    GreengrassBox* box = dialog.greengrassBox();
    box->setCaDirectory(m_dir.filePath(u"greengrass"_s));
    QVERIFY(box->isVisibleTo(&dialog));
    // The default discovery endpoint is the endpoint region's; the sandbox's replaces it.
    QCOMPARE(box->discoveryEndpoint(), u"greengrass-ats.iot.eu-central-1.amazonaws.com:8443"_s);
    child<QCheckBox>(box, u"enableCheckBox"_s)->setChecked(true);
    box->setDiscoveryEndpoint(info.httpsEndpoint);
}

void TestAwsSignIn::greengrassDiscoveryFindsTheSandboxCore()
{
    const Sandbox::SandboxInfo info = m_sandbox->info();
    QVERIFY(!info.httpsEndpoint.isEmpty());
    ConnectionDialog dialog(nullptr);
    dialog.show();
    setUpGreengrass(dialog, info.thingName);
    GreengrassBox* box = dialog.greengrassBox();
    QSignalSpy found(box, &GreengrassBox::coreFound);
    QTest::mouseClick(child<QPushButton>(box, u"discoverButton"_s), Qt::LeftButton);
    QVERIFY(child<QProgressBar>(box, u"discoveryProgressBar"_s)->isVisible());
    QVERIFY2(found.wait(WAIT_MS), qPrintable(box->statusText()));
    auto* cores = child<QTreeWidget>(box, u"coresTreeWidget"_s);
    QCOMPARE(cores->topLevelItemCount(), 1);
    QCOMPARE(cores->topLevelItem(0)->text(2), u"Works"_s);
    QCOMPARE(accessibleName(cores), u"Greengrass cores found"_s);
    const QString status = accessibleName(child<QLabel>(box, u"greengrassStatusLabel"_s));
    QVERIFY2(status.contains(u"answers at 127.0.0.1:"_s), qPrintable(status));
    QVERIFY(!child<QProgressBar>(box, u"discoveryProgressBar"_s)->isVisible());

    const ConnectionOptions options = dialog.options();
    QCOMPARE(options.host, u"127.0.0.1"_s);
    QCOMPARE(options.port, info.tlsPort);
    QCOMPARE(options.clientId, info.thingName);
    QCOMPARE(QFileInfo(options.caFile).absolutePath(), m_dir.filePath(u"greengrass"_s));
    QCOMPARE(QFileInfo(options.caFile).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(dialog.validateAndShow());
    auto* statusLabel = child<QLabel>(box, u"greengrassStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(statusLabel->height() >= statusLabel->heightForWidth(statusLabel->width()), WAIT_MS);
    QVERIFY(dialog.grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-greengrass.png"_s));

    // OK's options connect: client ID = the thing name, the group's CA trusted.
    MqttSession session;
    QVERIFY(session.connectToBroker(options));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Connected, WAIT_MS);
    QCOMPARE(session.clientId(), info.thingName);
    session.disconnectFromBroker();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Disconnected, WAIT_MS);
}

void TestAwsSignIn::greengrassUnknownThingIsExplained()
{
    // §2.4 in words: a thing the certificate's policy does not cover is a 403, an unknown thing a 404.
    const auto discover = [this](const QString& thing, bool console) {
        ConnectionDialog dialog(nullptr);
        dialog.show();
        setUpGreengrass(dialog, thing, console);
        GreengrassBox* box = dialog.greengrassBox();
        QTest::mouseClick(child<QPushButton>(box, u"discoverButton"_s), Qt::LeftButton);
        auto* label = child<QLabel>(box, u"greengrassStatusLabel"_s);
        (void)QTest::qWaitFor([&] { return !child<QProgressBar>(box, u"discoveryProgressBar"_s)->isVisible(); },
                              WAIT_MS);
        const QString said = accessibleName(label);
        const bool refused = !box->coreOptions() && !dialog.validateAndShow() &&
            child<QLabel>(&dialog, u"generalProblemLabel"_s)->text().startsWith(u"Greengrass: "_s);
        return std::make_pair(said, refused);
    };
    const auto [forbidden, forbiddenRefused] = discover(u"no-such-thing"_s, false);
    QVERIFY2(forbidden.startsWith(u"Discovery refused"_s) && forbidden.contains(u"greengrass:Discover"_s),
             qPrintable(forbidden));
    QVERIFY(forbiddenRefused); // no core: OK refuses and says why
    const auto [unknown, unknownRefused] = discover(u"no-such-thing"_s, true);
    QVERIFY2(unknown.startsWith(u"No core for “no-such-thing”"_s) && unknown.contains(u"not found"_s),
             qPrintable(unknown));
    QVERIFY(unknownRefused);
}

void TestAwsSignIn::greengrassChoiceIsKeptAndRestoredInTheDialog_issue13()
{
    // OK with "Connect through a Greengrass core" on keeps the choice (thing, discovery endpoint) and the device's own
    // connection, never a core's address; the dialog opens again with the box checked.
    const Sandbox::SandboxInfo info = m_sandbox->info();
    MainWindow window;
    window.show();
    QPointer<ConnectionDialog> dialog = window.openConnectionSettings();
    setUpGreengrass(*dialog, info.thingName);
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton); // no Discover: Connect discovers
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), WAIT_MS);
    QCOMPARE(window.greengrass(),
             std::optional<GreengrassSettings>(GreengrassSettings{info.thingName, info.httpsEndpoint}));
    QCOMPARE(window.savedConnectionSettings().host, ENDPOINT);
    QCOMPARE(window.savedConnectionSettings().port, quint16(8883));
    QCOMPARE(window.savedConnectionSettings().caFile, info.caFile);

    dialog = window.openConnectionSettings();
    QVERIFY(child<QCheckBox>(dialog->greengrassBox(), u"enableCheckBox"_s)->isChecked());
    QCOMPARE(dialog->greengrassBox()->typedDiscoveryEndpoint(), info.httpsEndpoint);
    QCOMPARE(dialog->greengrass(), window.greengrass());
    // Off again: the next OK forgets it.
    child<QCheckBox>(dialog->greengrassBox(), u"enableCheckBox"_s)->setChecked(false);
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), WAIT_MS);
    QVERIFY(!window.greengrass().has_value());

    // Kept in the workspace file: present means on, with no core address.
    Workspace workspace;
    workspace.connection.greengrass = GreengrassSettings{info.thingName, info.httpsEndpoint};
    const QJsonObject json = WorkspaceJson::toJson(workspace);
    QCOMPARE(WorkspaceJson::fromJson(json).connection.greengrass, workspace.connection.greengrass);
    QVERIFY(!QJsonDocument(json).toJson().contains(QByteArray::number(info.tlsPort)));
}

void TestAwsSignIn::connectDiscoversAndUsesTheFirstCoreThatAnswers_issue13()
{
    const Sandbox::SandboxInfo info = m_sandbox->info();
    ConnectionOptions device = ConnectionOptions::fromUrl(u"mqtts://"_s + ENDPOINT + u":8883"_s).value();
    device.caFile = info.caFile;
    device.certFile = info.certificateFile;
    device.keyFile = info.privateKeyFile;
    device.version = MqttVersion::V3_1_1;
    MainWindow window;
    window.show();
    window.applyConnectionSettings(device, true, info.thingName);
    window.setGreengrass(GreengrassSettings{info.thingName, info.httpsEndpoint});
    window.setGreengrassCaDirectory(m_dir.filePath(u"window-greengrass"_s));
    window.connectToBroker();
    QVERIFY(window.isDiscoveringCore());
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, WAIT_MS);
    // The core that answered, not the endpoint of the settings; the group's CA written owner-only.
    const ConnectionOptions used = window.session()->options();
    QCOMPARE(used.host, u"127.0.0.1"_s);
    QCOMPARE(used.port, info.tlsPort);
    QCOMPARE(used.clientId, info.thingName);
    QCOMPARE(QFileInfo(used.caFile).absolutePath(), m_dir.filePath(u"window-greengrass"_s));
    QCOMPARE(QFileInfo(used.caFile).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(window.savedConnectionSettings().host, ENDPOINT); // discovered again at the next Connect
    QVERIFY(!window.isDiscoveringCore());
    window.session()->disconnectFromBroker();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Disconnected, WAIT_MS);
}

void TestAwsSignIn::connectExplainsAFailedDiscovery_issue13()
{
    const Sandbox::SandboxInfo info = m_sandbox->info();
    ConnectionOptions device = ConnectionOptions::fromUrl(u"mqtts://"_s + ENDPOINT + u":8883"_s).value();
    device.caFile = info.caFile;
    device.certFile = info.certificateFile;
    device.keyFile = info.privateKeyFile;
    MainWindow window;
    window.show();
    window.applyConnectionSettings(device, true, u"no-such-thing"_s);
    // The device's policy does not cover this thing: discovery is refused (403), the banner says so, nothing connects.
    window.setGreengrass(GreengrassSettings{u"no-such-thing"_s, info.httpsEndpoint});
    window.setGreengrassCaDirectory(m_dir.filePath(u"window-greengrass"_s));
    window.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), WAIT_MS);
    const QString said = window.banner()->text();
    QVERIFY2(said.startsWith(u"Greengrass discovery found no core to connect to: Discovery refused"_s) &&
                 said.contains(u"clear “Connect through a Greengrass core”"_s),
             qPrintable(said));
    QCOMPARE(window.session()->state(), SessionState::Disconnected);
    QVERIFY(!window.isDiscoveringCore());
    QCOMPARE(child<QPushButton>(&window, u"connectButton"_s)->text(), u"&Connect"_s);
    // A discovery endpoint that cannot be known is explained before anything is sent.
    window.setGreengrass(GreengrassSettings{u"no-such-thing"_s, {}});
    window.applyConnectionSettings(ConnectionOptions::fromUrl(u"mqtts://broker.example.com:8883"_s).value(), true,
                                   u"no-such-thing"_s);
    window.connectToBroker();
    QVERIFY2(window.banner()->text().contains(u"Discovery endpoint"_s), qPrintable(window.banner()->text()));
    QVERIFY(!window.isDiscoveringCore());
}

void TestAwsSignIn::askSessionTokenCheckBoxKeepsNoToken_issue13()
{
    ConnectionDialog dialog(nullptr);
    dialog.show();
    choosePreset(dialog, ConnectionDialog::Preset::AwsIotSigV4);
    chooseSource(dialog, AwsSignInSettings::Source::TypedIn);
    auto* ask = child<QCheckBox>(&dialog, u"askSessionTokenCheckBox"_s);
    QVERIFY(ask->isVisible());
    QCOMPARE(accessibleName(ask), u"Ask for the session token at each connect"_s);
    child<QLineEdit>(&dialog, u"accessKeyIdLineEdit"_s)->setText(KEY_ID);
    child<QLineEdit>(&dialog, u"secretAccessKeyLineEdit"_s)->setText(SECRET);
    auto* token = child<QLineEdit>(&dialog, u"sessionTokenLineEdit"_s);
    token->setText(TOKEN);
    QCOMPARE(dialog.awsTypedSecrets().sessionToken, TOKEN);
    ask->click();
    QVERIFY(!token->isEnabled());
    QCOMPARE(dialog.awsTypedSecrets().sessionToken, QString()); // never handed on, so never kept
    QCOMPARE(dialog.awsTypedSecrets().secretAccessKey, SECRET);
    QVERIFY(dialog.awsSignIn()->askSessionToken);
    // Restored as saved.
    ConnectionDialog again(nullptr);
    choosePreset(again, ConnectionDialog::Preset::AwsIotSigV4);
    again.setAwsSignIn(*dialog.awsSignIn());
    QVERIFY(child<QCheckBox>(&again, u"askSessionTokenCheckBox"_s)->isChecked());
    QVERIFY(!child<QLineEdit>(&again, u"sessionTokenLineEdit"_s)->isEnabled());
    // Other sources have no token to ask for.
    chooseSource(dialog, AwsSignInSettings::Source::Profile);
    QVERIFY(!ask->isVisible());
    QVERIFY(!dialog.awsSignIn()->askSessionToken);
}

void TestAwsSignIn::secretsDialogIsAccessibleAndEchoesPasswords_issue13()
{
    AwsSecretsDialog both(nullptr, KEY_ID, true);
    both.show();
    auto* key = child<QLineEdit>(&both, u"secretAccessKeyLineEdit"_s);
    auto* token = child<QLineEdit>(&both, u"sessionTokenLineEdit"_s);
    QCOMPARE(accessibleName(key), u"Secret access key"_s);
    QCOMPARE(accessibleName(token), u"Session token"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(key->isVisible() && token->isVisible());
    QVERIFY(both.accessibleDescription().contains(AwsSignIn::maskedKeyId(KEY_ID)));
    QVERIFY(!both.accessibleDescription().contains(KEY_ID)); // masked
    auto* ok = child<QDialogButtonBox>(&both, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // the key is needed
    QTest::keyClicks(key, SECRET);
    QTest::keyClicks(token, TOKEN);
    QVERIFY(ok->isEnabled());
    QCOMPARE(both.secrets().secretAccessKey, SECRET);
    QCOMPARE(both.secrets().sessionToken, TOKEN);
    for (const QString& text : accessibleTexts(QAccessible::queryAccessibleInterface(&both))) {
        QVERIFY2(!text.contains(SECRET) && !text.contains(TOKEN), qPrintable(u"heard: "_s + text.left(40)));
    }
    // The token alone (the key is known): no key field, OK without a token (long-term keys have none).
    AwsSecretsDialog tokenOnly(nullptr, KEY_ID, false);
    tokenOnly.show();
    QVERIFY(!child<QLineEdit>(&tokenOnly, u"secretAccessKeyLineEdit"_s)->isVisible());
    QVERIFY(child<QDialogButtonBox>(&tokenOnly, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(tokenOnly.secrets().secretAccessKey, QString());
}

void TestAwsSignIn::typedSecretsAreAskedAtConnect_issue13()
{
    // The sandbox's IAM user typed in, its secret kept nowhere (SecretStorage::Ask): Connect asks for it, and with
    // "Ask for the session token at each connect" asks for the token at every Connect.
    const Sandbox::SandboxInfo info = m_sandbox->info();
    const auto iamUser = AwsSignIn::readCredentials(
        {AwsSignInSettings::Source::Profile, info.awsProfile, info.awsCredentialsFile, {}, {}, false}, {},
        {{u"AWS_CONFIG_FILE"_s, m_dir.filePath(u"none"_s)}}, {});
    QVERIFY2(iamUser.ok(), qPrintable(iamUser.ok() ? QString() : iamUser.error().message));
    ConnectionOptions options = ConnectionOptions::fromUrl(info.webSocketUrl).value();
    options.caFile = info.caFile;
    MainWindow window;
    window.show();
    window.applyConnectionSettings(options, true, u"typed-window"_s);
    window.setAwsSignIn(
        AwsSignInSettings{AwsSignInSettings::Source::TypedIn, {}, {}, info.awsAccessKeyId, info.awsRegion, false});
    const int asked = DialogSeams::awsSecretsAsked();
    DialogSeams::setNextAwsSecrets(std::nullopt); // cancelled: nothing connects
    window.connectToBroker();
    QCOMPARE(DialogSeams::awsSecretsAsked(), asked + 1);
    QCOMPARE(window.session()->state(), SessionState::Disconnected);
    DialogSeams::setNextAwsSecrets(AwsTypedSecrets{iamUser->secretAccessKey, {}});
    window.connectToBroker();
    QCOMPARE(DialogSeams::awsSecretsAsked(), asked + 2);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, WAIT_MS);
    QCOMPARE(window.session()->options().sigV4->secretAccessKey, iamUser->secretAccessKey);
    window.session()->disconnectFromBroker();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Disconnected, WAIT_MS);
    // Known for this run now: the next Connect does not ask again...
    window.connectToBroker();
    QCOMPARE(DialogSeams::awsSecretsAsked(), asked + 2);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, WAIT_MS);
    window.session()->disconnectFromBroker();
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Disconnected, WAIT_MS);
    // ...unless the session token is asked for at each connect: the token is asked (the key is not replaced).
    AwsSignInSettings askToken = *window.awsSignIn();
    askToken.askSessionToken = true;
    window.setAwsSignIn(askToken);
    window.setAwsSecrets(iamUser->secretAccessKey, {});
    for (int connect = 1; connect <= 2; ++connect) {
        DialogSeams::setNextAwsSecrets(AwsTypedSecrets{u"ignored: the key was not asked for"_s, {}});
        window.connectToBroker();
        QCOMPARE(DialogSeams::awsSecretsAsked(), asked + 2 + connect);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, WAIT_MS);
        QCOMPARE(window.session()->options().sigV4->secretAccessKey, iamUser->secretAccessKey);
        window.session()->disconnectFromBroker();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Disconnected, WAIT_MS);
    }
}

QTEST_MAIN(TestAwsSignIn)
#include "TestAwsSignIn.moc"
