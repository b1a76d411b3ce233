// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app side of the HTTPS data plane (issue 13): the composer's "Send over HTTPS" and the shadow workbench's
// "Over REST" against the sandbox's LocalDataPlane over real TLS, with a real mosquitto and the shadow service behind
// it (spec aws-http-sigv4-greengrass.md §1.2, §1.3; aws-shadow.md §5).
#include "MainWindow.h"
#include "aws/IotHttpClient.h"
#include "mqtt/MqttSession.h"
#include "publish/HttpsPublishOptions.h"
#include "publish/PublishComposer.h"
#include "shadow/ShadowTreeModel.h"
#include "shadow/ShadowView.h"
#include "support/DataPlaneFixture.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 15000;

QString accessibleText(QObject* object, QAccessible::Text which)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(which) : u"<no interface>"_s;
}

bool connectAndWait(MqttSession& session, const ConnectionOptions& options)
{
    return session.connectToBroker(options) &&
        QTest::qWaitFor([&] { return session.state() == SessionState::Connected; }, WAIT_MS);
}

} // namespace

class TestHttpsDataPlaneViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void composerPublishesOverHttpsWithProperties_issue13();
    void composerShowsPolicyDenialInBothWords_issue13();
    void httpsNeedsTheClientCertificate_issue13();
    void shadowUpdateOverRestShowsVersionAndDelta_issue13();
    void restVersionConflictIsExplained_issue13();
    void namedShadowOverRestAndListed_issue13();
    void mainWindowGivesTheConnectionsEndpoint_issue13();

private:
    /// A connected MQTT 5 session over mutual TLS subscribed to `filter`, collecting into `received`.
    std::unique_ptr<MqttSession> subscriber(const QString& filter, QList<MqttMessage>* received);
    /// A composer on its own (unconnected) session, the data plane as its HTTPS endpoint, shown.
    void openComposer();
    /// A shadow view on a session connected over mutual TLS, the data plane as its REST endpoint, "Over REST" on.
    void openShadowView();
    /// Sends `json` as the desired section from the view; waits until the view shows a version above `before`.
    bool updateDesired(const QByteArray& json, qint64 before);
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    DataPlaneTest::Fixture m_fixture;
    std::unique_ptr<MqttSession> m_session;
    std::unique_ptr<PublishComposer> m_composer;
    std::unique_ptr<ShadowView> m_view;
};

void TestHttpsDataPlaneViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the recent-shadows file goes to the test location
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error));
}

void TestHttpsDataPlaneViews::cleanup()
{
    m_composer.reset();
    m_view.reset();
    m_session.reset();
}

std::unique_ptr<MqttSession> TestHttpsDataPlaneViews::subscriber(const QString& filter, QList<MqttMessage>* received)
{
    auto session = std::make_unique<MqttSession>();
    connect(session.get(), &MqttSession::messagesReceived, this,
            [received](const QList<MqttMessage>& messages) { received->append(messages); });
    QSignalSpy subscribed(session.get(), &MqttSession::subscribed);
    session->subscribe(filter, 1);
    ConnectionOptions options = m_fixture.broker.mtlsOptions();
    options.version = MqttVersion::V5;
    if (!session->connectToBroker(options) || !subscribed.wait(WAIT_MS)) {
        return nullptr;
    }
    return session;
}

void TestHttpsDataPlaneViews::openComposer()
{
    m_session = std::make_unique<MqttSession>();
    m_composer = std::make_unique<PublishComposer>(m_session.get());
    m_composer->resize(1000, 520);
    m_composer->setHttpsTarget(m_fixture.target());
    m_composer->show();
}

void TestHttpsDataPlaneViews::composerPublishesOverHttpsWithProperties_issue13()
{
    QList<MqttMessage> live;
    const auto liveSubscriber = subscriber(u"allowed/https/#"_s, &live);
    QVERIFY(liveSubscriber);
    openComposer();
    auto* https = child<QCheckBox>(m_composer.get(), "httpsCheckBox");
    QVERIFY(https && https->isEnabled());
    QCOMPARE(accessibleText(https, QAccessible::Name), u"Send over HTTPS"_s);
    QCOMPARE(child<QComboBox>(m_composer.get(), "httpsPortComboBox")->accessibleName(), u"HTTPS port"_s);
    https->setChecked(true);
    QVERIFY(m_composer->httpsOptions()->isChosen());
    // QoS 2 is not offered over HTTPS (§1.2: qos 0 or 1).
    auto* qos = child<QComboBox>(m_composer.get(), "publishQosComboBox");
    const auto* qosModel = qobject_cast<const QStandardItemModel*>(qos->model());
    QVERIFY(qosModel && !qosModel->item(2)->isEnabled());

    const QString payload = u"{\"temp\": 21.5, \"note\": \"grüße\"}"_s;
    child<QLineEdit>(m_composer.get(), "topicLineEdit")->setText(u"allowed/https/one"_s);
    child<QPlainTextEdit>(m_composer.get(), "payloadTextEdit")->setPlainText(payload);
    qos->setCurrentIndex(1);
    child<QCheckBox>(m_composer.get(), "retainCheckBox")->setChecked(true);
    m_composer->findChild<QGroupBox*>()->setChecked(true);
    auto* userProperties = child<QTableWidget>(m_composer.get(), "userPropertiesTable");
    userProperties->insertRow(0);
    userProperties->setItem(0, 0, new QTableWidgetItem(u"deviceName"_s));
    userProperties->setItem(0, 1, new QTableWidgetItem(u"alpha"_s));
    child<QLineEdit>(m_composer.get(), "contentTypeLineEdit")->setText(u"application/json"_s);
    child<QLineEdit>(m_composer.get(), "responseTopicLineEdit")->setText(u"allowed/https/reply"_s);
    child<QLineEdit>(m_composer.get(), "correlationLineEdit")->setText(u"req-42"_s);
    child<QSpinBox>(m_composer.get(), "expirySpinBox")->setValue(300);
    auto* payloadFormat = child<QComboBox>(m_composer.get(), "payloadFormatComboBox");
    // On Linux a combo box is heard by its current text; its name is its own (and its label's).
    QCOMPARE(payloadFormat->accessibleName(), u"Payload format indicator"_s);
    payloadFormat->setCurrentIndex(2); // UTF-8 text

    QTest::mouseClick(child<QPushButton>(m_composer.get(), "publishButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty(), WAIT_MS);
    const MqttMessage message = live.constFirst();
    QCOMPARE(message.topic, u"allowed/https/one"_s);
    QCOMPARE(message.payload, payload.toUtf8()); // exact bytes
    QCOMPARE(int(message.qos), 1);
    QVERIFY(message.properties);
    QCOMPARE(message.properties->contentType, u"application/json"_s);
    QCOMPARE(message.properties->responseTopic, u"allowed/https/reply"_s);
    QCOMPARE(message.properties->correlationData, QByteArray("req-42"));
    QCOMPARE(message.properties->userProperties, (QList<std::pair<QString, QString>>{{u"deviceName"_s, u"alpha"_s}}));
    QCOMPARE(message.properties->payloadIsUtf8, std::optional<bool>(true));
    QVERIFY(message.properties->messageExpirySeconds && *message.properties->messageExpirySeconds <= 300 &&
            *message.properties->messageExpirySeconds >= 290);

    // The result line, as assistive technology reads it.
    auto* result = child<QLabel>(m_composer.get(), "resultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(accessibleText(result, QAccessible::Name).contains(u"Published over HTTPS"_s), WAIT_MS);
    const QString said = accessibleText(result, QAccessible::Name);
    QVERIFY2(said.contains(u"HTTP 200"_s) && said.contains(u"trace id"_s), qPrintable(said));
    QCOMPARE(m_composer->history().size(), 1);
    QCOMPARE(m_composer->history().constFirst().topic, u"allowed/https/one"_s);

    // Retained: a subscriber that comes later gets it, flagged retained.
    QList<MqttMessage> late;
    const auto lateSubscriber = subscriber(u"allowed/https/one"_s, &late);
    QVERIFY(lateSubscriber);
    QTRY_VERIFY_WITH_TIMEOUT(!late.isEmpty(), WAIT_MS);
    QVERIFY(late.constFirst().retained);
    QCOMPARE(late.constFirst().payload, payload.toUtf8());

    // Repeat over HTTPS: three more, one request at a time.
    live.clear();
    child<QCheckBox>(m_composer.get(), "retainCheckBox")->setChecked(false);
    child<QSpinBox>(m_composer.get(), "repeatSpinBox")->setValue(3);
    QVERIFY(m_composer->publish());
    QTRY_COMPARE_WITH_TIMEOUT(live.size(), 3, WAIT_MS);
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isRepeating(), WAIT_MS);

    const QString path = QStringLiteral(THINGBENCH_SCREENSHOT_DIR "/thingbench-https-publish.png");
    QVERIFY2(m_composer->grab().save(path), qPrintable(path));
}

void TestHttpsDataPlaneViews::composerShowsPolicyDenialInBothWords_issue13()
{
    openComposer();
    m_composer->httpsOptions()->setChosen(true);
    child<QLineEdit>(m_composer.get(), "topicLineEdit")->setText(u"denied/https"_s);
    child<QPlainTextEdit>(m_composer.get(), "payloadTextEdit")->setPlainText(u"x"_s);
    QSignalSpy shown(m_composer.get(), &PublishComposer::resultShown);
    QVERIFY(m_composer->publish());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), WAIT_MS);
    QCOMPARE(shown.constFirst().at(1).toBool(), false);
    const QString said = accessibleText(child<QLabel>(m_composer.get(), "resultLabel"), QAccessible::Name);
    // The service's words as sent (status, x-amzn-ErrorType) and ours (what to attach).
    QVERIFY2(said.contains(u"HTTP 403"_s), qPrintable(said));
    QVERIFY2(said.contains(u"ForbiddenException"_s), qPrintable(said));
    QVERIFY2(said.contains(u"iot:Publish"_s), qPrintable(said));
}

void TestHttpsDataPlaneViews::httpsNeedsTheClientCertificate_issue13()
{
    openComposer();
    m_composer->setHttpsTarget(std::nullopt);
    auto* https = child<QCheckBox>(m_composer.get(), "httpsCheckBox");
    QVERIFY(!https->isEnabled());
    QVERIFY(!m_composer->httpsOptions()->isChosen());
    const QString why = u"HTTPS publishing needs the connection's client certificate and key"_s;
    QVERIFY2(https->toolTip().contains(why), qPrintable(https->toolTip()));
    QVERIFY2(accessibleText(https, QAccessible::Description).contains(why),
             qPrintable(accessibleText(https, QAccessible::Description)));
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(https);
    QVERIFY(iface->state().disabled);

    // The same for the shadow workbench's REST choices.
    m_session = std::make_unique<MqttSession>();
    m_view = std::make_unique<ShadowView>(m_session.get());
    m_view->setHttpsTarget(std::nullopt);
    auto* rest = child<QCheckBox>(m_view.get(), "restCheckBox");
    auto* list = child<QPushButton>(m_view.get(), "listShadowsButton");
    QVERIFY(!rest->isEnabled() && !list->isEnabled());
    QVERIFY(accessibleText(rest, QAccessible::Description).contains(u"client certificate and key"_s));
    QVERIFY(accessibleText(list, QAccessible::Description).contains(u"client certificate and key"_s));
    QCOMPARE(accessibleText(rest, QAccessible::Name), u"Over REST"_s);
    QVERIFY(accessibleText(list, QAccessible::Name).contains(u"named shadows"_s));
}

void TestHttpsDataPlaneViews::openShadowView()
{
    m_session = std::make_unique<MqttSession>();
    m_view = std::make_unique<ShadowView>(m_session.get());
    m_view->resize(1100, 700);
    ConnectionOptions options = m_fixture.broker.mtlsOptions();
    m_view->setConnection(options, false);
    m_view->setHttpsTarget(m_fixture.target());
    m_view->show();
    QVERIFY(connectAndWait(*m_session, options));
    auto* rest = child<QCheckBox>(m_view.get(), "restCheckBox");
    QVERIFY(rest->isEnabled());
    rest->setChecked(true);
    QVERIFY(m_view->isOverRest());
    child<QComboBox>(m_view.get(), "thingComboBox")->setCurrentText(u"dev-1"_s);
}

bool TestHttpsDataPlaneViews::updateDesired(const QByteArray& json, qint64 before)
{
    child<QComboBox>(m_view.get(), "sectionComboBox")->setCurrentIndex(0);
    child<QPlainTextEdit>(m_view.get(), "editorPlainTextEdit")->setPlainText(QString::fromUtf8(json));
    m_view->sendUpdate();
    return QTest::qWaitFor(
        [&] { return m_view->model()->document().exists() && m_view->model()->document().version() > before; },
        WAIT_MS);
}

void TestHttpsDataPlaneViews::shadowUpdateOverRestShowsVersionAndDelta_issue13()
{
    openShadowView();
    child<QComboBox>(m_view.get(), "shadowComboBox")->setCurrentText(QString());
    QVERIFY(updateDesired(R"({"color":"green","power":true})", 0));
    const ShadowDocument shown = m_view->model()->document();
    QVERIFY(shown.version() >= 1);
    // Desired without reported: the delta holds both keys, side by side with the desired values.
    const QModelIndex color = m_view->model()->indexOfPath({u"color"_s});
    QVERIFY(color.isValid());
    QCOMPARE(color.siblingAtColumn(ShadowTreeModel::DesiredColumn).data().toString(), u"\"green\""_s);
    QVERIFY(color.siblingAtColumn(ShadowTreeModel::DeltaColumn).data().toString().contains(u"green"_s));
    const QString summary = child<QLabel>(m_view.get(), "summaryLabel")->text();
    QVERIFY2(summary.contains(u"Version %1"_s.arg(shown.version())), qPrintable(summary));
    QVERIFY2(summary.contains(u"delta pending"_s), qPrintable(summary));

    // The same document over MQTT.
    child<QCheckBox>(m_view.get(), "restCheckBox")->setChecked(false);
    QSignalSpy replied(m_view->client(), &ShadowClient::replied);
    m_view->get();
    QTRY_VERIFY_WITH_TIMEOUT(!replied.isEmpty(), WAIT_MS);
    const auto overMqtt = replied.constFirst().constFirst().value<ShadowReply>();
    QCOMPARE(int(overMqtt.status), int(ShadowReply::Status::Accepted));
    const auto document = ShadowDocument::fromJson(overMqtt.payload);
    QVERIFY(document);
    QCOMPARE(document->version(), shown.version());
    QCOMPARE(document->desired(), shown.desired());
    QCOMPARE(m_view->model()->document().version(), shown.version());
}

void TestHttpsDataPlaneViews::restVersionConflictIsExplained_issue13()
{
    openShadowView();
    child<QComboBox>(m_view.get(), "shadowComboBox")->setCurrentText(u"conflict"_s);
    QVERIFY(updateDesired(R"({"mode":"eco"})", 0));
    const qint64 seen = m_view->model()->document().version();
    // Someone else updates the shadow over REST; the view still shows the older version.
    child<QCheckBox>(m_view.get(), "followCheckBox")->setChecked(false);
    Aws::IotHttpClient other;
    other.setTarget(m_fixture.target());
    QSignalSpy otherDone(&other, &Aws::IotHttpClient::finished);
    other.updateShadow({u"dev-1"_s, u"conflict"_s}, R"({"state":{"desired":{"mode":"boost"}}})");
    QVERIFY(otherDone.wait(WAIT_MS));
    QVERIFY(otherDone.constFirst().constFirst().value<Aws::IotHttpReply>().succeeded());
    QCOMPARE(m_view->model()->document().version(), seen);

    child<QCheckBox>(m_view.get(), "expectedVersionCheckBox")->setChecked(true);
    child<QPlainTextEdit>(m_view.get(), "editorPlainTextEdit")->setPlainText(u"{\"mode\":\"off\"}"_s);
    m_view->sendUpdate();
    auto* banner = m_view->findChild<MessageBanner*>();
    // The 409 is explained, the current version fetched (over REST) and a retry on it offered.
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(u"Version conflict"_s), WAIT_MS);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->document().version(), seen + 1, WAIT_MS);
    QVERIFY2(banner->actionText().contains(QString::number(seen + 1)), qPrintable(banner->actionText()));
    QVERIFY(accessibleText(banner, QAccessible::Name).contains(u"409"_s));
}

void TestHttpsDataPlaneViews::namedShadowOverRestAndListed_issue13()
{
    openShadowView();
    child<QComboBox>(m_view.get(), "shadowComboBox")->setCurrentText(u"firmware"_s);
    QVERIFY(updateDesired(R"({"version":"2.1.0"})", 0));
    QCOMPARE(m_view->shownKey(), (ShadowKey{u"dev-1"_s, u"firmware"_s}));
    QCOMPARE(m_view->model()->indexOfPath({u"version"_s}).siblingAtColumn(ShadowTreeModel::DesiredColumn).data(),
             QVariant(u"\"2.1.0\""_s));

    // A named shadow made elsewhere (never seen by this view, nor remembered from an earlier run) is found by listing.
    const QString battery = u"battery-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    Aws::IotHttpClient other;
    other.setTarget(m_fixture.target());
    QSignalSpy otherDone(&other, &Aws::IotHttpClient::finished);
    other.updateShadow({u"dev-1"_s, battery}, R"({"state":{"reported":{"level":80}}})");
    QVERIFY(otherDone.wait(WAIT_MS));
    auto* shadows = child<QComboBox>(m_view.get(), "shadowComboBox");
    QCOMPARE(shadows->findText(battery), -1);
    QTest::mouseClick(child<QPushButton>(m_view.get(), "listShadowsButton"), Qt::LeftButton);
    auto* banner = m_view->findChild<MessageBanner*>();
    QTRY_VERIFY_WITH_TIMEOUT(shadows->findText(battery) >= 0, WAIT_MS);
    QVERIFY(shadows->findText(u"firmware"_s) >= 0);
    QVERIFY2(banner->text().contains(battery) && banner->text().contains(u"named shadow"_s),
             qPrintable(banner->text()));
    QVERIFY(accessibleText(banner, QAccessible::Name).contains(battery));
    // The firmware shadow (desired only, so a delta) with the listed names in the banner.
    const QString path = QStringLiteral(THINGBENCH_SCREENSHOT_DIR "/thingbench-shadow-rest.png");
    QVERIFY2(m_view->grab().save(path), qPrintable(path));

    // Get the listed one over REST.
    shadows->setCurrentText(battery);
    m_view->get();
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownKey().shadow == battery && m_view->model()->document().exists(), WAIT_MS);
    QCOMPARE(m_view->model()->indexOfPath({u"level"_s}).siblingAtColumn(ShadowTreeModel::ReportedColumn).data(),
             QVariant(u"80"_s));
}

void TestHttpsDataPlaneViews::mainWindowGivesTheConnectionsEndpoint_issue13()
{
    MainWindow window;
    ConnectionOptions options = m_fixture.broker.mtlsOptions(); // localhost, the CA, a client certificate and key
    window.applyConnectionSettings(options, false, QString());
    HttpsPublishOptions* https = window.composer()->httpsOptions();
    auto* rest = window.shadowView()->findChild<QCheckBox*>(u"restCheckBox"_s);
    QVERIFY(https->isAvailable() && rest->isEnabled());
    QCOMPARE(https->target().host, options.host);
    QCOMPARE(https->target().port, quint16(8443));
    QCOMPARE(https->target().tls.caFile, options.caFile);
    QCOMPARE(https->target().tls.certFile, options.certFile);
    QCOMPARE(https->target().tls.keyFile, options.keyFile);
    QVERIFY(https->target().tls.alpn.isEmpty());
    // Port 443 offers ALPN x-amzn-http-ca (spec §1.1).
    auto* port = window.composer()->findChild<QComboBox*>(u"httpsPortComboBox"_s);
    port->setCurrentIndex(1);
    QCOMPARE(https->target().port, quint16(443));
    QCOMPARE(https->target().tls.alpn, QStringList{u"x-amzn-http-ca"_s});

    // The local sandbox: its own HTTPS port on the connection's host; with ALPN there too. A publish goes through.
    window.setSandboxHttpsEndpoint(u"%1:%2"_s.arg(options.host).arg(m_fixture.dataPlane->port()));
    QCOMPARE(https->target().port, m_fixture.dataPlane->port());
    QCOMPARE(https->target().tls.alpn, QStringList{u"x-amzn-http-ca"_s});
    https->setChosen(true);
    QList<MqttMessage> received;
    const auto live = subscriber(u"allowed/window"_s, &received);
    QVERIFY(live);
    window.composer()->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"allowed/window"_s);
    window.composer()->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"via the window"_s);
    QVERIFY(window.composer()->publish());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, WAIT_MS);
    QCOMPARE(received.constFirst().payload, QByteArray("via the window"));
    QTRY_VERIFY_WITH_TIMEOUT(accessibleText(window.composer()->findChild<QLabel*>(u"resultLabel"_s), QAccessible::Name)
                                 .contains(u"Published over HTTPS"_s),
                             WAIT_MS);

    // Without a client certificate there is no HTTPS, and each choice says why.
    options.certFile.clear();
    options.keyFile.clear();
    window.applyConnectionSettings(options, false, QString());
    QVERIFY(!https->isAvailable() && !https->isChosen() && !rest->isEnabled());
}

QTEST_MAIN(TestHttpsDataPlaneViews)
#include "TestHttpsDataPlaneViews.moc"
