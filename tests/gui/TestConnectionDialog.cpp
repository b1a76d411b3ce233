// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "certs/TestPki.h"
#include "connection/ConnectionDialog.h"
#include "mqtt/MqttSession.h"
#include "publish/PublishComposer.h"
#include "subscriptions/SubscriptionPane.h"
#include "support/BrokerFixture.h"
#include "support/DialogSeams.h"
#include "support/FileDropEvents.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ENDPOINT = u"a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com"_s;

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    auto* widget = parent->findChild<T*>(name);
    if (!widget) {
        qWarning("no child %s", qPrintable(name));
    }
    return widget;
}

bool qos2Enabled(QComboBox* comboBox)
{
    return qobject_cast<QStandardItemModel*>(comboBox->model())->item(2)->isEnabled();
}

/// Every problem label of the dialog that is showing, by object name.
QStringList visibleProblems(QWidget* dialog)
{
    QStringList names;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->objectName().endsWith(u"ProblemLabel"_s) && label->isVisibleTo(dialog)) {
            names << label->objectName();
        }
    }
    return names;
}

bool anyMessageBox()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox*>(widget) && widget->isVisible()) {
            return true;
        }
    }
    return false;
}

} // namespace

/// The connection settings dialog, alone and in the real main window, against a real mosquitto over mutual TLS.
class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mutualTlsFromTheDialogConnects();
    void problemsLandBesideTheirField_data();
    void problemsLandBesideTheirField();
    void problemGoesAwayWhenTheFieldIsEdited();
    void optionsRoundTrip();
    void awsPresetSetsPortAlpnClientIdAndWithholdsQos2();
    void endpointWarning_data();
    void endpointWarning();
    void typedPlainUrlKeepsDialogSettings();
    void keyboardOnly();
    void droppedFilesFillFieldsByContent_issue9();
    void accessibleNamesAndBuddies();
    void screenshot();

private:
    ConnectionDialog* openFromButton(MainWindow& window);
    void fillMutualTls(ConnectionDialog* dialog);

    BrokerFixture m_broker;
    QTemporaryDir m_dir;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
}

ConnectionDialog* TestConnectionDialog::openFromButton(MainWindow& window)
{
    QTest::mouseClick(child<QPushButton>(&window, u"connectionSettingsButton"_s), Qt::LeftButton);
    auto* dialog = window.findChild<ConnectionDialog*>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog)) {
        return nullptr;
    }
    return dialog;
}

void TestConnectionDialog::fillMutualTls(ConnectionDialog* dialog)
{
    child<QComboBox>(dialog, u"transportComboBox"_s)->setCurrentIndex(1); // mqtts://
    child<QLineEdit>(dialog, u"hostLineEdit"_s)->setText(u"localhost"_s);
    child<QSpinBox>(dialog, u"portSpinBox"_s)->setValue(m_broker.mtlsPort());
    // The Browse… buttons go through the file dialog seam.
    DialogSeams::setNextFileName(m_broker.pki().caCert);
    QTest::mouseClick(child<QPushButton>(dialog, u"caFileBrowseButton"_s), Qt::LeftButton);
    DialogSeams::setNextFileName(m_broker.pki().clientCert);
    QTest::mouseClick(child<QPushButton>(dialog, u"certFileBrowseButton"_s), Qt::LeftButton);
    DialogSeams::setNextFileName(m_broker.pki().clientKey);
    QTest::mouseClick(child<QPushButton>(dialog, u"keyFileBrowseButton"_s), Qt::LeftButton);
}

void TestConnectionDialog::mutualTlsFromTheDialogConnects()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionDialog* dialog = openFromButton(window);
    QVERIFY(dialog);
    fillMutualTls(dialog);
    QCOMPARE(child<QLineEdit>(dialog, u"caFileLineEdit"_s)->text(), m_broker.pki().caCert);
    QCOMPARE(child<QLineEdit>(dialog, u"keyFileLineEdit"_s)->text(), m_broker.pki().clientKey);
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QTRY_VERIFY(!window.findChild<ConnectionDialog*>()); // deleted on close

    auto* url = child<QLineEdit>(&window, u"urlLineEdit"_s);
    QCOMPARE(url->text(), u"mqtts://localhost:%1"_s.arg(m_broker.mtlsPort()));
    auto options = window.connectionOptions();
    QVERIFY(options);
    QCOMPARE(options->caFile, m_broker.pki().caCert);
    QCOMPARE(options->certFile, m_broker.pki().clientCert);
    QCOMPARE(options->keyFile, m_broker.pki().clientKey);

    QTest::mouseClick(child<QPushButton>(&window, u"connectButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, 10000);
    QVERIFY(!child<QPushButton>(&window, u"connectionSettingsButton"_s)->isEnabled());
    window.session()->disconnectFromBroker();
    QTRY_COMPARE(window.session()->state(), SessionState::Disconnected);
    QVERIFY(child<QPushButton>(&window, u"connectionSettingsButton"_s)->isEnabled());

    // Opened again, the dialog shows the settings in use.
    dialog = openFromButton(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->options().certFile, m_broker.pki().clientCert);
    QCOMPARE(dialog->options().port, m_broker.mtlsPort());
    dialog->reject();
}

void TestConnectionDialog::problemsLandBesideTheirField_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("problemLabel");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");

    const TestPki& pki = m_broker.pki();
    const QString missing = m_dir.filePath(u"no-such-ca.pem"_s);
    QTest::newRow("missing CA file") << u"localhost"_s << missing << pki.clientCert << pki.clientKey << QString()
                                     << u"caFileProblemLabel"_s << u"caFileLineEdit"_s << u"does not exist"_s;
    QTest::newRow("CA file is not PEM") << u"localhost"_s << pki.clientKey << pki.clientCert << pki.clientKey
                                        << QString() << u"caFileProblemLabel"_s << u"caFileLineEdit"_s
                                        << u"no PEM certificate"_s;
    QTest::newRow("key does not match") << u"localhost"_s << pki.caCert << pki.clientCert << pki.otherKey << QString()
                                        << u"keyFileProblemLabel"_s << u"keyFileLineEdit"_s << u"does not belong"_s;
    QTest::newRow("expired certificate") << u"localhost"_s << pki.caCert << pki.clientCertExpired << pki.clientKey
                                         << QString() << u"certFileProblemLabel"_s << u"certFileLineEdit"_s
                                         << u"expired"_s;
    QTest::newRow("wrong passphrase") << u"localhost"_s << pki.caCert << pki.clientCert << pki.clientKeyEncrypted
                                      << u"not the passphrase"_s << u"passphraseProblemLabel"_s
                                      << u"passphraseLineEdit"_s << u"wrong"_s;
    QTest::newRow("missing passphrase") << u"localhost"_s << pki.caCert << pki.clientCert << pki.clientKeyEncrypted
                                        << QString() << u"passphraseProblemLabel"_s << u"passphraseLineEdit"_s
                                        << u"Enter its passphrase"_s;
    QTest::newRow("certificate without key")
        << u"localhost"_s << pki.caCert << pki.clientCert << QString() << QString() << u"keyFileProblemLabel"_s
        << u"keyFileLineEdit"_s << u"without its private key"_s;
    QTest::newRow("missing key file") << u"localhost"_s << pki.caCert << pki.clientCert
                                      << m_dir.filePath(u"no-such.key"_s) << QString() << u"keyFileProblemLabel"_s
                                      << u"keyFileLineEdit"_s << u"does not exist"_s;
    QTest::newRow("no host") << QString() << pki.caCert << pki.clientCert << pki.clientKey << QString()
                             << u"hostProblemLabel"_s << u"hostLineEdit"_s << u"No broker host"_s;
}

void TestConnectionDialog::problemsLandBesideTheirField()
{
    QFETCH(QString, host);
    QFETCH(QString, caFile);
    QFETCH(QString, certFile);
    QFETCH(QString, keyFile);
    QFETCH(QString, passphrase);
    QFETCH(QString, problemLabel);
    QFETCH(QString, field);
    QFETCH(QString, says);

    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QComboBox>(&dialog, u"transportComboBox"_s)->setCurrentIndex(1);
    child<QLineEdit>(&dialog, u"hostLineEdit"_s)->setText(host);
    child<QSpinBox>(&dialog, u"portSpinBox"_s)->setValue(m_broker.mtlsPort());
    child<QLineEdit>(&dialog, u"caFileLineEdit"_s)->setText(caFile);
    child<QLineEdit>(&dialog, u"certFileLineEdit"_s)->setText(certFile);
    child<QLineEdit>(&dialog, u"keyFileLineEdit"_s)->setText(keyFile);
    child<QLineEdit>(&dialog, u"passphraseLineEdit"_s)->setText(passphrase);

    QTest::mouseClick(child<QPushButton>(&dialog, u"okButton"_s), Qt::LeftButton);
    QVERIFY2(dialog.isVisible(), "the dialog stays open");
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!anyMessageBox());
    QCOMPARE(visibleProblems(&dialog), QStringList{problemLabel});
    auto* label = child<QLabel>(&dialog, problemLabel);
    QVERIFY2(label->text().contains(says), qPrintable(label->text()));
    QVERIFY(!child<QLabel>(&dialog, u"generalProblemLabel"_s)->isVisibleTo(&dialog));
    // The field is focused and carries the problem for screen readers.
    auto* fieldWidget = child<QWidget>(&dialog, field);
    QCOMPARE(dialog.focusWidget(), fieldWidget);
    QCOMPARE(fieldWidget->accessibleDescription(), label->text());
    // Beside the field: the label sits right under it, in the same column.
    const QRect fieldRect(fieldWidget->mapTo(&dialog, QPoint(0, 0)), fieldWidget->size());
    const QPoint labelTop = label->mapTo(&dialog, QPoint(0, 0));
    QVERIFY(labelTop.y() >= fieldRect.bottom());
    QVERIFY(labelTop.y() - fieldRect.bottom() < 3 * fieldRect.height());
    QCOMPARE(labelTop.x(), fieldRect.left());
    QVERIFY(!dialog.validateAndShow());
}

void TestConnectionDialog::problemGoesAwayWhenTheFieldIsEdited()
{
    ConnectionDialog dialog(nullptr);
    ConnectionOptions options;
    options.transport = Transport::Tls;
    options.host = u"localhost"_s;
    options.port = m_broker.mtlsPort();
    options.caFile = m_broker.pki().caCert;
    options.certFile = m_broker.pki().clientCertExpired;
    options.keyFile = m_broker.pki().clientKey;
    dialog.setOptions(options);
    dialog.show();
    QVERIFY(!dialog.validateAndShow());
    auto* cert = child<QLineEdit>(&dialog, u"certFileLineEdit"_s);
    QCOMPARE(visibleProblems(&dialog), QStringList{u"certFileProblemLabel"_s});
    cert->setText(m_broker.pki().clientCert);
    QVERIFY(visibleProblems(&dialog).isEmpty());
    QCOMPARE(cert->accessibleDescription(), u"PEM certificate of this device, for mutual TLS"_s);
    QVERIFY(dialog.validateAndShow());
}

void TestConnectionDialog::optionsRoundTrip()
{
    ConnectionOptions options;
    options.transport = Transport::SecureWebSocket;
    options.host = u"broker.example.com"_s;
    options.port = 8443;
    options.path = u"/ws"_s;
    options.caFile = m_broker.pki().caCert;
    options.alpn = {u"mqtt"_s, u"x-other"_s};
    options.insecure = true;
    options.clientId = u"bench-1"_s;
    options.username = u"alice"_s;
    options.password = u"secret"_s;
    options.version = MqttVersion::V5;
    options.keepAliveSeconds = 30;
    options.cleanStart = false;
    options.sessionExpirySeconds = 3600;
    options.connectTimeoutSeconds = 7;
    options.autoReconnect = false;
    options.reconnectMaxMs = 12345; // not in the form: kept
    options.will = LastWill{u"devices/bench-1/status"_s, "offline", 1, true};

    ConnectionDialog dialog(nullptr);
    dialog.setOptions(options);
    QVERIFY(child<QLabel>(&dialog, u"insecureWarningLabel"_s)->isVisibleTo(&dialog));
    const ConnectionOptions back = dialog.options();
    QCOMPARE(back.transport, options.transport);
    QCOMPARE(back.host, options.host);
    QCOMPARE(back.port, options.port);
    QCOMPARE(back.path, options.path);
    QCOMPARE(back.caFile, options.caFile);
    QCOMPARE(back.alpn, options.alpn);
    QCOMPARE(back.insecure, true);
    QCOMPARE(back.clientId, options.clientId);
    QCOMPARE(back.username, options.username);
    QCOMPARE(back.password, options.password);
    QCOMPARE(back.keepAliveSeconds, 30);
    QCOMPARE(back.cleanStart, false);
    QCOMPARE(back.sessionExpirySeconds, 3600u);
    QCOMPARE(back.connectTimeoutSeconds, 7);
    QCOMPARE(back.autoReconnect, false);
    QCOMPARE(back.reconnectMaxMs, 12345);
    QVERIFY(back.will);
    QCOMPARE(back.will->topic, options.will->topic);
    QCOMPARE(back.will->payload, options.will->payload);
    QCOMPARE(back.will->qos, 1);
    QCOMPARE(back.will->retained, true);
    QVERIFY(!dialog.isAwsIot());

    // MQTT 3.1.1 has no session expiry: the field is disabled and nothing is sent.
    auto* expiry = child<QSpinBox>(&dialog, u"sessionExpirySpinBox"_s);
    QVERIFY(expiry->isEnabled());
    child<QComboBox>(&dialog, u"versionComboBox"_s)->setCurrentIndex(1);
    QVERIFY(!expiry->isEnabled());
    QCOMPARE(dialog.options().version, MqttVersion::V3_1_1);
    QCOMPARE(dialog.options().sessionExpirySeconds, 0u);

    // Plain transports: the TLS group is disabled and its content is not used; the default port follows.
    auto* transport = child<QComboBox>(&dialog, u"transportComboBox"_s);
    transport->setCurrentIndex(0);
    QVERIFY(!child<QWidget>(&dialog, u"tlsGroupBox"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(&dialog, u"pathLineEdit"_s)->isEnabled());
    QVERIFY(dialog.options().caFile.isEmpty());
    QVERIFY(dialog.options().alpn.isEmpty());
    QCOMPARE(dialog.options().port, quint16(8443)); // chosen by hand: kept
    child<QSpinBox>(&dialog, u"portSpinBox"_s)->setValue(1883);
    transport->setCurrentIndex(1);
    QCOMPARE(dialog.options().port, quint16(8883));
}

void TestConnectionDialog::awsPresetSetsPortAlpnClientIdAndWithholdsQos2()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SubscriptionPane* firstPane = window.panes().constFirst();
    auto* paneQos = child<QComboBox>(firstPane, u"qosComboBox"_s);
    auto* composerQos = child<QComboBox>(window.composer(), u"publishQosComboBox"_s);
    paneQos->setCurrentIndex(2);
    composerQos->setCurrentIndex(2);

    ConnectionDialog* dialog = openFromButton(window);
    QVERIFY(dialog);
    auto* preset = child<QComboBox>(dialog, u"presetComboBox"_s);
    auto* thing = child<QLineEdit>(dialog, u"thingNameLineEdit"_s);
    QVERIFY(!thing->isVisibleTo(dialog));
    preset->setCurrentIndex(int(ConnectionDialog::Preset::AwsIot443));
    QVERIFY(dialog->isAwsIot());
    QVERIFY(thing->isVisibleTo(dialog));
    QCOMPARE(child<QComboBox>(dialog, u"transportComboBox"_s)->currentIndex(), 1);
    QCOMPARE(child<QSpinBox>(dialog, u"portSpinBox"_s)->value(), 443);
    QCOMPARE(child<QLineEdit>(dialog, u"alpnLineEdit"_s)->text(), u"x-amzn-mqtt-ca"_s);
    QVERIFY(child<QLineEdit>(dialog, u"caFileLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QLabel>(dialog, u"caHintLabel"_s)->text().contains(u"Amazon Root CA 1"_s));
    QVERIFY(!qos2Enabled(child<QComboBox>(dialog, u"willQosComboBox"_s)));
    // The old host (127.0.0.1) is not an AWS endpoint: cleared, and OK says so beside the field.
    QVERIFY(child<QLineEdit>(dialog, u"hostLineEdit"_s)->text().isEmpty());
    QVERIFY(!dialog->validateAndShow());
    QVERIFY(visibleProblems(dialog).contains(u"hostProblemLabel"_s));
    QVERIFY(visibleProblems(dialog).contains(u"thingNameProblemLabel"_s));

    child<QLineEdit>(dialog, u"hostLineEdit"_s)->setText(ENDPOINT);
    thing->setText(u"my-thing"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"clientIdLineEdit"_s)->text(), u"my-thing"_s);
    QVERIFY(child<QLineEdit>(dialog, u"clientIdLineEdit"_s)->isReadOnly());
    QVERIFY(!child<QLabel>(dialog, u"endpointWarningLabel"_s)->isVisibleTo(dialog));
    const ConnectionOptions options = dialog->options();
    QCOMPARE(options.transport, Transport::Tls);
    QCOMPARE(options.port, quint16(443));
    QCOMPARE(options.alpn, QStringList{u"x-amzn-mqtt-ca"_s});
    QCOMPARE(options.clientId, u"my-thing"_s);
    QVERIFY(options.caFile.isEmpty());
    QCOMPARE(dialog->thingName(), u"my-thing"_s);

    // The other preset: port 8883 without ALPN.
    preset->setCurrentIndex(int(ConnectionDialog::Preset::AwsIot8883));
    QCOMPARE(dialog->options().port, quint16(8883));
    QVERIFY(dialog->options().alpn.isEmpty());
    QCOMPARE(dialog->options().host, ENDPOINT); // an AWS endpoint is kept
    preset->setCurrentIndex(int(ConnectionDialog::Preset::AwsIot443));

    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(child<QLineEdit>(&window, u"urlLineEdit"_s)->text(), u"mqtts://%1:443"_s.arg(ENDPOINT));
    QVERIFY(window.isAwsIot());
    QCOMPARE(window.connectionOptions()->alpn, QStringList{u"x-amzn-mqtt-ca"_s});
    QCOMPARE(window.connectionOptions()->clientId, u"my-thing"_s);

    // QoS 2 is withheld everywhere, including panes added later; choices on QoS 2 moved to QoS 1.
    QVERIFY(!qos2Enabled(paneQos));
    QVERIFY(!qos2Enabled(composerQos));
    QCOMPARE(paneQos->currentIndex(), 1);
    QCOMPARE(composerQos->currentIndex(), 1);
    SubscriptionPane* newPane = window.addPane();
    QVERIFY(!qos2Enabled(child<QComboBox>(newPane, u"qosComboBox"_s)));

    // Opened again, the dialog is back on the AWS preset with the thing name.
    QTRY_VERIFY(!window.findChild<ConnectionDialog*>());
    dialog = openFromButton(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isAwsIot());
    QCOMPARE(child<QComboBox>(dialog, u"presetComboBox"_s)->currentIndex(), int(ConnectionDialog::Preset::AwsIot443));
    QCOMPARE(dialog->thingName(), u"my-thing"_s);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<ConnectionDialog*>());

    // Typing another broker by hand leaves AWS IoT mode: QoS 2 comes back.
    auto* url = child<QLineEdit>(&window, u"urlLineEdit"_s);
    url->selectAll();
    QTest::keyClicks(url, m_broker.plainUrl());
    QVERIFY(!window.isAwsIot());
    QVERIFY(qos2Enabled(paneQos));
    QVERIFY(qos2Enabled(composerQos));
    QVERIFY(qos2Enabled(child<QComboBox>(newPane, u"qosComboBox"_s)));
}

void TestConnectionDialog::endpointWarning_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("says"); // empty: no warning

    QTest::newRow("ATS endpoint") << ENDPOINT << QString();
    QTest::newRow("ATS endpoint, China") << u"abc123-ats.iot.cn-north-1.amazonaws.com.cn"_s << QString();
    QTest::newRow("upper case") << ENDPOINT.toUpper() << QString();
    QTest::newRow("no -ats") << u"a1b2c3d4e5f6g7.iot.eu-west-1.amazonaws.com"_s << u"No “-ats”"_s;
    QTest::newRow("no region") << u"a1b2c3d4e5f6g7-ats.iot.amazonaws.com"_s << u"no region"_s;
    QTest::newRow("not AWS") << u"broker.example.com"_s << u"does not look like"_s;
    QTest::newRow("IP address") << u"127.0.0.1"_s << u"does not look like"_s;
}

void TestConnectionDialog::endpointWarning()
{
    QFETCH(QString, host);
    QFETCH(QString, says);

    ConnectionDialog dialog(nullptr);
    dialog.show();
    child<QComboBox>(&dialog, u"presetComboBox"_s)->setCurrentIndex(int(ConnectionDialog::Preset::AwsIot8883));
    auto* hostEdit = child<QLineEdit>(&dialog, u"hostLineEdit"_s);
    hostEdit->setFocus();
    QTest::keyClicks(hostEdit, host);
    auto* warning = child<QLabel>(&dialog, u"endpointWarningLabel"_s);
    if (says.isEmpty()) {
        QVERIFY2(!warning->isVisibleTo(&dialog), qPrintable(warning->text()));
    } else {
        QVERIFY(warning->isVisibleTo(&dialog));
        QVERIFY2(warning->text().contains(says), qPrintable(warning->text()));
        QCOMPARE(hostEdit->accessibleDescription(), warning->text());
        // Only a warning: custom domains exist. The thing name is what is missing here.
        child<QLineEdit>(&dialog, u"thingNameLineEdit"_s)->setText(u"my-thing"_s);
        QVERIFY(dialog.validateAndShow());
    }
    // The custom preset never warns about AWS endpoints.
    child<QComboBox>(&dialog, u"presetComboBox"_s)->setCurrentIndex(int(ConnectionDialog::Preset::Custom));
    QVERIFY(!warning->isVisibleTo(&dialog));
}

void TestConnectionDialog::typedPlainUrlKeepsDialogSettings()
{
    MainWindow window;
    ConnectionDialog* dialog = window.openConnectionSettings();
    QVERIFY(dialog);
    fillMutualTls(dialog);
    child<QLineEdit>(dialog, u"clientIdLineEdit"_s)->setText(u"typed-url-test"_s);
    child<QComboBox>(dialog, u"versionComboBox"_s)->setCurrentIndex(1);
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    // A plain URL typed by hand: MQTT settings stay, the TLS files do not apply.
    auto* url = child<QLineEdit>(&window, u"urlLineEdit"_s);
    url->setText(m_broker.plainUrl());
    auto plain = window.connectionOptions();
    QVERIFY(plain);
    QCOMPARE(plain->transport, Transport::Tcp);
    QCOMPARE(plain->port, m_broker.plainPort());
    QCOMPARE(plain->clientId, u"typed-url-test"_s);
    QCOMPARE(plain->version, MqttVersion::V3_1_1);
    QVERIFY(plain->caFile.isEmpty());
    QVERIFY(plain->certFile.isEmpty());
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, 10000);
    window.session()->disconnectFromBroker();
    QTRY_COMPARE(window.session()->state(), SessionState::Disconnected);

    // Back to the TLS URL: the TLS files are used again.
    url->setText(m_broker.mtlsUrl());
    auto tls = window.connectionOptions();
    QVERIFY(tls);
    QCOMPARE(tls->certFile, m_broker.pki().clientCert);
    QCOMPARE(tls->clientId, u"typed-url-test"_s);

    url->setText(u"broker.example.com"_s);
    QVERIFY(!window.connectionOptions());
}

void TestConnectionDialog::keyboardOnly()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* settingsButton = child<QPushButton>(&window, u"connectionSettingsButton"_s);
    settingsButton->setFocus();
    QTest::keyClick(settingsButton, Qt::Key_Space);
    auto* dialog = window.findChild<ConnectionDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->focusWidget()->objectName(), u"presetComboBox"_s);

    QStringList visited;
    const auto tabTo = [&](const QString& name) {
        for (int i = 0; i < 80; ++i) {
            QWidget* focus = dialog->focusWidget();
            if (focus && focus->objectName() == name) {
                return true;
            }
            visited << (focus ? focus->objectName() : u"(none)"_s);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return false;
    };
    const auto typeInto = [&](const QString& name, const QString& text) {
        if (!tabTo(name)) {
            return false;
        }
        QWidget* focus = dialog->focusWidget();
        QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus, text);
        return true;
    };

    QVERIFY2(tabTo(u"transportComboBox"_s), qPrintable(visited.join(u", "_s)));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Down); // mqtt:// -> mqtts://
    QVERIFY2(typeInto(u"hostLineEdit"_s, u"localhost"_s), qPrintable(visited.join(u", "_s)));
    QVERIFY(typeInto(u"portSpinBox"_s, QString::number(m_broker.mtlsPort())));
    QVERIFY(typeInto(u"caFileLineEdit"_s, m_broker.pki().caCert));
    QVERIFY(typeInto(u"certFileLineEdit"_s, m_broker.pki().clientCert));
    QVERIFY(typeInto(u"keyFileLineEdit"_s, m_broker.pki().clientKeyEncrypted));
    QVERIFY(typeInto(u"passphraseLineEdit"_s, m_broker.pki().passphrase));
    QVERIFY(typeInto(u"clientIdLineEdit"_s, u"keyboard-only"_s));

    // The order follows the layout: broker, TLS, then MQTT.
    const auto position = [&](const QString& name) { return visited.indexOf(name); };
    QVERIFY(position(u"transportComboBox"_s) < position(u"hostLineEdit"_s));
    QVERIFY(position(u"hostLineEdit"_s) < position(u"portSpinBox"_s));
    QVERIFY(position(u"portSpinBox"_s) < position(u"caFileLineEdit"_s));
    QVERIFY(position(u"caFileLineEdit"_s) < position(u"caFileBrowseButton"_s));
    QVERIFY(position(u"caFileBrowseButton"_s) < position(u"certFileLineEdit"_s));
    QVERIFY(position(u"keyFileLineEdit"_s) < position(u"passphraseLineEdit"_s));
    QVERIFY(position(u"passphraseLineEdit"_s) < position(u"alpnLineEdit"_s));

    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return); // the default button: OK
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QTRY_VERIFY(!window.findChild<ConnectionDialog*>());
    const auto options = window.connectionOptions();
    QVERIFY(options);
    QCOMPARE(options->passphrase, m_broker.pki().passphrase);
    QCOMPARE(options->clientId, u"keyboard-only"_s);

    auto* url = child<QLineEdit>(&window, u"urlLineEdit"_s);
    QCOMPARE(url->text(), u"mqtts://localhost:%1"_s.arg(m_broker.mtlsPort()));
    url->setFocus();
    QTest::keyClick(url, Qt::Key_Return); // Return in the URL field connects
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, 10000);
}

void TestConnectionDialog::droppedFilesFillFieldsByContent_issue9()
{
    // An AWS IoT download: certificate, private key, public key and Amazon Root CA 1, under names that say nothing
    // about which is which: the fields are filled by what each file holds.
    QTemporaryDir download;
    Certs::TestPkiOptions options;
    options.outDir = download.filePath(u"pki"_s);
    const Result<Certs::TestPkiFiles> pki = Certs::makeTestPki(options);
    QVERIFY(pki);
    const QString folder = download.filePath(u"aws"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString certificate = folder + u"/a.pem"_s;
    const QString key = folder + u"/b.pem"_s;
    const QString root = folder + u"/c.pem"_s;
    QVERIFY(QFile::copy(pki->deviceCertificate, certificate));
    QVERIFY(QFile::copy(pki->devicePrivateKey, key));
    QVERIFY(QFile::copy(pki->devicePublicKey, folder + u"/d.pem"_s));
    QVERIFY(QFile::copy(u"/usr/share/ca-certificates/mozilla/Amazon_Root_CA_1.crt"_s, root));
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy placed(&dialog, &ConnectionDialog::droppedFilesPlaced);
    QVERIFY(FileDropEvents::dropFiles(&dialog, {folder}));
    QTRY_VERIFY_WITH_TIMEOUT(!placed.isEmpty(), 20000);
    auto* caField = child<QLineEdit>(&dialog, u"caFileLineEdit"_s);
    auto* certificateField = child<QLineEdit>(&dialog, u"certFileLineEdit"_s);
    auto* keyField = child<QLineEdit>(&dialog, u"keyFileLineEdit"_s);
    QCOMPARE(QFileInfo(caField->text()).fileName(), u"c.pem"_s);
    QCOMPARE(QFileInfo(certificateField->text()).fileName(), u"a.pem"_s);
    QCOMPARE(QFileInfo(keyField->text()).fileName(), u"b.pem"_s);
    QCOMPARE(dialog.options().transport, Transport::Tls); // certificates mean TLS
    // A key dropped on the CA field goes to the key field: the content decides, not where it landed.
    keyField->clear();
    QVERIFY(FileDropEvents::dropFiles(caField, {key}));
    QTRY_COMPARE_WITH_TIMEOUT(placed.size(), 2, 20000);
    QCOMPARE(QFileInfo(keyField->text()).fileName(), u"b.pem"_s);
    QCOMPARE(QFileInfo(caField->text()).fileName(), u"c.pem"_s);
}

void TestConnectionDialog::accessibleNamesAndBuddies()
{
    ConnectionDialog dialog(nullptr);
    dialog.setOptions(ConnectionOptions{}, true, u"my-thing"_s); // every row visible
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel*>(widget) ||
            widget->objectName().startsWith(u"qt_"_s) || !widget->parentWidget() ||
            qobject_cast<QComboBox*>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || widget->window() != &dialog) {
            continue; // labels, the inner line edits of combo and spin boxes, and a combo box's popup list
        }
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(widget->objectName() + u' ' + QLatin1String(widget->metaObject()->className()) + u" in "_s +
                            widget->parentWidget()->objectName()));
    }
    const QStringList withBuddies = {u"presetComboBox"_s,     u"transportComboBox"_s, u"hostLineEdit"_s,
                                     u"portSpinBox"_s,        u"pathLineEdit"_s,      u"thingNameLineEdit"_s,
                                     u"caFileLineEdit"_s,     u"certFileLineEdit"_s,  u"keyFileLineEdit"_s,
                                     u"passphraseLineEdit"_s, u"alpnLineEdit"_s,      u"clientIdLineEdit"_s,
                                     u"versionComboBox"_s,    u"keepAliveSpinBox"_s,  u"sessionExpirySpinBox"_s,
                                     u"usernameLineEdit"_s,   u"passwordLineEdit"_s,  u"willTopicLineEdit"_s};
    QSet<QChar> mnemonics;
    for (const QString& name : withBuddies) {
        bool found = false;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy() && label->buddy()->objectName() == name) {
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(name));
    }
    // Mnemonics are unique across labels, check boxes and group boxes.
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        const qsizetype amp = label->text().indexOf(u'&');
        if (label->buddy() && amp >= 0) {
            const QChar key = label->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(label->text()));
            mnemonics.insert(key);
        }
    }
    for (QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        const qsizetype amp = button->text().indexOf(u'&');
        if (amp >= 0) {
            const QChar key = button->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(button->text()));
            mnemonics.insert(key);
        }
    }
    QCOMPARE(child<QLineEdit>(&dialog, u"passphraseLineEdit"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(&dialog, u"passwordLineEdit"_s)->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::screenshot()
{
    // THINGBENCH_DIALOG_SCREENSHOT=/tmp/connection-dialog.png saves what a user sees (a problem shown, and the AWS
    // preset as "-aws.png").
    const QString path = qEnvironmentVariable("THINGBENCH_DIALOG_SCREENSHOT");
    ConnectionDialog dialog(nullptr);
    ConnectionOptions options;
    options.transport = Transport::Tls;
    options.host = u"localhost"_s;
    options.port = m_broker.mtlsPort();
    options.caFile = m_broker.pki().caCert;
    options.certFile = m_broker.pki().clientCert;
    options.keyFile = m_broker.pki().otherKey;
    options.will = LastWill{u"devices/bench/status"_s, "offline", 1, true};
    dialog.setOptions(options);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.validateAndShow());
    QTest::qWait(50);
    if (!path.isEmpty()) {
        QVERIFY(dialog.grab().save(path));
    }
    child<QComboBox>(&dialog, u"presetComboBox"_s)->setCurrentIndex(int(ConnectionDialog::Preset::AwsIot443));
    child<QLineEdit>(&dialog, u"hostLineEdit"_s)->setText(u"a1b2c3d4e5f6g7.iot.eu-west-1.amazonaws.com"_s);
    child<QLineEdit>(&dialog, u"thingNameLineEdit"_s)->setText(u"my-thing"_s);
    child<QCheckBox>(&dialog, u"insecureCheckBox"_s)->setChecked(true);
    QTest::qWait(50);
    if (!path.isEmpty()) {
        QString awsPath = path;
        awsPath.replace(u".png"_s, u"-aws.png"_s);
        QVERIFY(dialog.grab().save(awsPath));
    }
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
