// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "messages/MessageTableModel.h"
#include "mqtt/MqttSession.h"
#include "policy/Registry.h"
#include "publish/PublishComposer.h"
#include "sandbox/Sandbox.h"
#include "subscriptions/SubscriptionPane.h"
#include "widgets/MessageBanner.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 20000;

/// What a screen reader hears for `widget`: its accessible name and description.
QString heard(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) + u" | "_s + accessible->text(QAccessible::Description)
                      : QString();
}

} // namespace

/// "Why?" in the app (issue 12): the local sandbox's policy plugin refuses the window's own connection a connect, a
/// subscription, a publish and deliveries, and the banner, the pane and the composer say which and why, from the
/// decision log. A real mosquitto with the plugin, real mutual TLS, the sandbox's own registry.
class TestPolicyRefusals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedSubscriptionIsExplainedInThePane();
    void refusedPublishIsExplainedInTheComposer();
    void withheldMessagesAreExplainedInThePane();
    void refusedConnectIsExplainedInTheBanner();

private:
    bool connectWindow(const QString& clientId);

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::Sandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestPolicyRefusals::initTestCase()
{
    Sandbox::SandboxOptions options;
    options.dir = m_dir.path();
    options.sampleTraffic = false; // the window connects as the sample thing itself
    m_sandbox = std::make_unique<Sandbox::Sandbox>(options);
    QSignalSpy ready(m_sandbox.get(), &Sandbox::Sandbox::ready);
    m_sandbox->start();
    QVERIFY(ready.wait(WAIT_MS));
    QVERIFY(m_sandbox->info().policiesEnforced);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    m_window->setPolicyDecisionLog(m_sandbox->info().decisionLogFile);
    QVERIFY(connectWindow(u"sample-thing"_s));
}

void TestPolicyRefusals::cleanupTestCase()
{
    m_window.reset();
    if (m_sandbox) {
        QSignalSpy stopped(m_sandbox.get(), &Sandbox::Sandbox::stopped);
        m_sandbox->stop();
        QVERIFY(stopped.wait(WAIT_MS));
    }
}

bool TestPolicyRefusals::connectWindow(const QString& clientId)
{
    MqttSession* session = m_window->session();
    if (session->state() != SessionState::Disconnected) {
        session->disconnectFromBroker();
        if (!QTest::qWaitFor([&] { return session->state() == SessionState::Disconnected; }, WAIT_MS)) {
            return false;
        }
    }
    // The sample thing's certificate, under its least-privilege policy; MQTT 5, so a denied publish keeps the
    // connection (AWS closes only MQTT 3.1.1 connections).
    ConnectionOptions options = m_sandbox->deviceConnectionOptions();
    options.clientId = clientId;
    options.version = MqttVersion::V5;
    options.autoReconnect = false;
    m_window->applyConnectionSettings(options, false, u"sample-thing"_s);
    m_window->connectToBroker();
    return QTest::qWaitFor([&] { return session->state() == SessionState::Connected; }, WAIT_MS);
}

void TestPolicyRefusals::refusedSubscriptionIsExplainedInThePane()
{
    SubscriptionPane* pane = m_window->panes().first();
    pane->setFilterText(u"#"_s);
    pane->subscribe();
    auto* label = pane->findChild<QLabel*>(u"refusalLabel"_s);
    QVERIFY(label);
    // First the broker's SUBACK (MQTT 5: 0x87 Not authorized), then the policy's explanation from the log.
    QTRY_VERIFY_WITH_TIMEOUT(pane->brokerRefusal().contains(u"refused this subscription"_s), WAIT_MS);
    QVERIFY2(pane->brokerRefusal().contains(u"IMPLICIT_DENY"_s) && pane->brokerRefusal().contains(u"topicfilter/#"_s),
             qPrintable(pane->brokerRefusal()));
    QVERIFY(label->isVisible());
    QVERIFY2(heard(label).contains(u"topicfilter/#"_s), qPrintable(heard(label)));
    QVERIFY(m_window->banner()->isHidden()); // shown where it belongs, not in the banner
    // Subscribing again clears it until the broker answers again.
    pane->setFilterText(u"$aws/things/sample-thing/shadow/get/accepted"_s);
    pane->subscribe();
    QVERIFY(pane->brokerRefusal().isEmpty());
    QVERIFY(label->isHidden());
}

void TestPolicyRefusals::refusedPublishIsExplainedInTheComposer()
{
    PublishComposer* composer = m_window->composer();
    composer->findChild<QLineEdit*>(u"topicLineEdit"_s)->setText(u"not/mine"_s);
    composer->findChild<QComboBox*>(u"publishQosComboBox"_s)->setCurrentIndex(0);
    composer->findChild<QPlainTextEdit*>(u"payloadTextEdit"_s)->setPlainText(u"{\"x\":1}"_s);
    QVERIFY(composer->publish());
    auto* result = composer->findChild<QLabel*>(u"resultLabel"_s);
    // QoS 0: MQTT says nothing to the publisher; the decision log does.
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"refused the publish to “not/mine”"_s), WAIT_MS);
    QVERIFY2(result->text().contains(u"iot:Publish on topic/not/mine"_s), qPrintable(result->text()));
    QVERIFY2(heard(result).contains(u"not/mine"_s), qPrintable(heard(result)));
    QCOMPARE(m_window->session()->state(), SessionState::Connected); // MQTT 5: the connection stays
}

void TestPolicyRefusals::withheldMessagesAreExplainedInThePane()
{
    // A new default version of the thing's policy: it may subscribe to sandbox/#, but receives only its own topics.
    const std::string registry = m_sandbox->info().registryFile.toStdString();
    const auto failed = Policy::Registry::update(registry, [](Policy::Registry& r) -> std::optional<std::string> {
        const std::string arn = r.arnPrefix();
        const std::string document = R"({"Version":"2012-10-17","Statement":[)"
                                     R"({"Effect":"Allow","Action":"iot:Connect","Resource":")" +
            arn +
            R"(client/${iot:Connection.Thing.ThingName}"},)"
            R"({"Effect":"Allow","Action":"iot:Subscribe","Resource":")" +
            arn +
            R"(topicfilter/sandbox/#"},)"
            R"({"Effect":"Allow","Action":"iot:Receive","Resource":")" +
            arn + R"(topic/sandbox/${iot:Connection.Thing.ThingName}/*"}]})";
        return r.createPolicyVersion("sample-thing-policy", document, true, 0);
    });
    QVERIFY2(!failed, failed ? failed->c_str() : "");
    SubscriptionPane* pane = m_window->addPane();
    // The broker reloads the registry on its next tick: subscribe until the new version allows it (bounded).
    QVERIFY(QTest::qWaitFor(
        [&] {
            pane->setFilterText(u"sandbox/#"_s);
            pane->subscribe();
            QSignalSpy answered(m_window->session(), &MqttSession::subscribed);
            return answered.wait(1000) && pane->brokerRefusal().isEmpty();
        },
        WAIT_MS));
    // Someone else (the plain listener is not policed) publishes where the thing may not receive.
    MqttSession other;
    QVERIFY(other.connectToBroker(m_sandbox->connectionOptions(false)));
    QTRY_COMPARE_WITH_TIMEOUT(other.state(), SessionState::Connected, WAIT_MS);
    for (int i = 0; i < 3; ++i) {
        other.publish(u"sandbox/elsewhere/data"_s, "{}", 1, false);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->brokerRefusal().contains(u"withheld 3 messages from this pane, the latest on “sandbox/elsewhere/data”"_s),
        WAIT_MS);
    QVERIFY2(pane->brokerRefusal().contains(u"withheld"_s) && pane->brokerRefusal().contains(u"iot:Receive"_s),
             qPrintable(pane->brokerRefusal()));
    QCOMPARE(pane->model()->rowCount(), 0); // and indeed nothing arrived
    other.disconnectFromBroker();
    QVERIFY(m_window->grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-policy-refusals.png"_s));
}

void TestPolicyRefusals::refusedConnectIsExplainedInTheBanner()
{
    QVERIFY(!connectWindow(u"intruder"_s));
    MessageBanner* banner = m_window->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"refused to connect as “intruder”"_s), WAIT_MS);
    QVERIFY2(banner->text().contains(u"iot:Connect on client/intruder"_s), qPrintable(banner->text()));
    QVERIFY2(heard(banner).contains(u"client/intruder"_s), qPrintable(heard(banner)));
}

QTEST_MAIN(TestPolicyRefusals)
#include "TestPolicyRefusals.moc"
