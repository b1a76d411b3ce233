// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "policy/PolicyView.h"
#include "policy/Registry.h"
#include "publish/PublishComposer.h"
#include "sandbox/Sandbox.h"
#include "subscriptions/SubscriptionPane.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 20000;

QString heard(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

} // namespace

/// The Policy screen against the local sandbox's real registry (made by a real sandbox start): "Would this thing
/// work?" for the sample thing's least-privilege certificate and for the console certificate, a certificate made
/// INACTIVE, and one request evaluated against a picked policy.
class TestPolicyView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessionFromTheWindowIsCheckedStepByStep();
    void consoleCertificateMayDoAllOfIt();
    void inactiveCertificateFailsAtTheConnect();
    void oneRequestAgainstAPickedPolicy();

private:
    QLabel* summary() const { return m_view->findChild<QLabel*>(u"sessionSummaryLabel"_s); }
    QTableWidget* table() const { return m_view->findChild<QTableWidget*>(u"sessionTable"_s); }
    /// The table's rows as "step | decision".
    QStringList rows() const;
    bool reloadAndWait();

    QTemporaryDir m_dir;
    Sandbox::SandboxInfo m_info;
    std::unique_ptr<MainWindow> m_window;
    PolicyView* m_view = nullptr;
};

void TestPolicyView::initTestCase()
{
    // A real sandbox start makes and registers its certificates, thing and policies; then it may stop.
    {
        Sandbox::SandboxOptions options;
        options.dir = m_dir.path();
        options.sampleTraffic = false;
        Sandbox::Sandbox sandbox(options);
        QSignalSpy ready(&sandbox, &Sandbox::Sandbox::ready);
        sandbox.start();
        QVERIFY(ready.wait(WAIT_MS));
        m_info = sandbox.info();
        QSignalSpy stopped(&sandbox, &Sandbox::Sandbox::stopped);
        sandbox.stop();
        QVERIFY(stopped.wait(WAIT_MS));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 820);
    m_window->show();
    m_view = m_window->policyView();
    m_window->setRegistryFile(m_info.registryFile);
    QSignalSpy loaded(m_view, &PolicyView::registryLoaded);
    m_window->showScreen(MainWindow::Screen::Policies);
    QVERIFY(loaded.wait(WAIT_MS));
    QCOMPARE(m_window->currentScreen(), MainWindow::Screen::Policies);
    new QAbstractItemModelTester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestPolicyView::cleanupTestCase()
{
    m_window.reset();
}

QStringList TestPolicyView::rows() const
{
    QStringList result;
    for (int row = 0; row < table()->rowCount(); ++row) {
        result << table()->item(row, 0)->text() + u" | "_s + table()->item(row, 2)->text();
    }
    return result;
}

bool TestPolicyView::reloadAndWait()
{
    QSignalSpy loaded(m_view, &PolicyView::registryLoaded);
    m_view->findChild<QPushButton*>(u"reloadButton"_s)->click();
    return loaded.wait(WAIT_MS);
}

void TestPolicyView::sessionFromTheWindowIsCheckedStepByStep()
{
    // What the window holds: the thing's name, a pane on its shadow's delta, a draft and two templates.
    ConnectionOptions options = *ConnectionOptions::fromUrl(u"mqtt://127.0.0.1:1"_s);
    m_window->applyConnectionSettings(options, false, u"sample-thing"_s);
    m_window->panes().first()->setFilterText(u"$aws/things/sample-thing/shadow/update/delta"_s);
    PublishComposer* composer = m_window->composer();
    PublishComposer::Draft welcome;
    welcome.name = u"welcome"_s;
    welcome.topic = u"sandbox/welcome"_s;
    welcome.retain = true;
    PublishComposer::Draft stray;
    stray.name = u"stray"_s;
    stray.topic = u"factory/reset"_s;
    composer->setTemplates({welcome, stray});
    PublishComposer::Draft telemetry;
    telemetry.topic = u"sandbox/sample-thing/telemetry"_s;
    composer->loadDraft(telemetry);

    QVERIFY(m_view->selectCertificate(m_info.certificateId));
    m_view->findChild<QPushButton*>(u"fromWindowButton"_s)->click();
    QCOMPARE(m_view->findChild<QLineEdit*>(u"clientIdLineEdit"_s)->text(), u"sample-thing"_s);
    m_view->findChild<QPushButton*>(u"checkSessionButton"_s)->click();
    const QStringList expected{
        u"Connect as “sample-thing” | ✔ Allowed"_s,
        u"Subscribe to “$aws/things/sample-thing/shadow/update/delta” | ✔ Allowed"_s,
        u"Receive “$aws/things/sample-thing/shadow/update/delta” (under “$aws/things/sample-thing/shadow/update/delta”) | ✔ Allowed"_s,
        u"Publish to “sandbox/welcome” | ✔ Allowed"_s,
        u"Retain on “sandbox/welcome” | ✔ Allowed"_s,
        u"Publish to “factory/reset” | ✖ Denied: nothing allows it"_s,
        u"Publish to “sandbox/sample-thing/telemetry” | ✔ Allowed"_s,
    };
    QCOMPARE(rows(), expected);
    QVERIFY2(table()->item(5, 3)->text().contains(u"no statement allows iot:Publish on topic/factory/reset"_s),
             qPrintable(table()->item(5, 3)->text()));
    QCOMPARE(table()->item(5, 1)->text(), u"topic/factory/reset"_s);
    const QString verdict = u"✖ This session would not work on AWS IoT: 1 of 7 requests are denied, first: Publish to "
                            u"“factory/reset”."_s;
    QVERIFY2(summary()->text().startsWith(verdict), qPrintable(summary()->text()));
    QVERIFY(heard(summary()).startsWith(verdict));

    // Another client ID: the thing is not bound, so its policy's variables resolve to nothing and the connect fails.
    m_view->findChild<QLineEdit*>(u"clientIdLineEdit"_s)->setText(u"someone-else"_s);
    m_view->checkSession();
    QVERIFY2(table()->item(0, 2)->text().startsWith(u"✖"_s), qPrintable(rows().join(u'\n')));
    QVERIFY2(table()->item(0, 3)->text().contains(u"iot:Connection.Thing.ThingName"_s),
             qPrintable(table()->item(0, 3)->text()));
}

void TestPolicyView::consoleCertificateMayDoAllOfIt()
{
    QVERIFY(m_view->selectCertificate(m_info.consoleCertificateId));
    m_view->setSession(u"anyone"_s, {u"#"_s}, {{u"a/b"_s, true}});
    m_view->checkSession();
    QCOMPARE(table()->rowCount(), 5);
    QCOMPARE(summary()->text(), u"✔ This session would work: all 5 requests are allowed."_s);
}

void TestPolicyView::inactiveCertificateFailsAtTheConnect()
{
    const auto failed = Policy::Registry::update(m_info.registryFile.toStdString(), [&](Policy::Registry& registry) {
        return registry.updateCertificate(m_info.certificateId.toStdString(), Policy::CertificateStatus::Inactive);
    });
    QVERIFY(!failed);
    QVERIFY(reloadAndWait());
    QVERIFY(m_view->selectCertificate(m_info.certificateId));
    m_view->setSession(u"sample-thing"_s, {u"a/b"_s}, {});
    m_view->checkSession();
    QCOMPARE(table()->rowCount(), 1); // refused at the handshake: nothing after it happens
    QVERIFY2(table()->item(0, 3)->text().contains(u"is INACTIVE"_s), qPrintable(table()->item(0, 3)->text()));
    QVERIFY(m_view->findChild<QComboBox*>(u"certificateComboBox"_s)->currentText().contains(u"INACTIVE"_s));
}

void TestPolicyView::oneRequestAgainstAPickedPolicy()
{
    auto* policies = m_view->findChild<QComboBox*>(u"policyComboBox"_s);
    const int index = policies->findText(u"sample-thing-policy"_s);
    QVERIFY(index > 0);
    policies->setCurrentIndex(index);
    Q_EMIT policies->activated(index);
    auto* document = m_view->findChild<QPlainTextEdit*>(u"policyEdit"_s);
    QVERIFY(document->toPlainText().contains(u"${iot:Connection.Thing.ThingName}"_s));
    m_view->findChild<QComboBox*>(u"actionComboBox"_s)->setCurrentText(u"iot:Subscribe"_s);
    m_view->findChild<QLineEdit*>(u"resourceLineEdit"_s)->setText(u"$aws/things/sample-thing/shadow/get/+"_s);
    m_view->findChild<QLineEdit*>(u"requestClientIdLineEdit"_s)->setText(u"sample-thing"_s);
    m_view->findChild<QLineEdit*>(u"thingNameLineEdit"_s)->setText(u"sample-thing"_s);
    m_view->findChild<QCheckBox*>(u"thingAttachedCheckBox"_s)->setChecked(true);
    auto* decision = m_view->findChild<QLabel*>(u"decisionLabel"_s);
    auto* explanation = m_view->findChild<QPlainTextEdit*>(u"explanationEdit"_s);
    m_view->findChild<QPushButton*>(u"evaluateButton"_s)->click();
    QCOMPARE(decision->text(), u"✔ Allowed"_s);
    QVERIFY2(explanation->toPlainText().contains(u"statement 4 allows iot:Subscribe"_s),
             qPrintable(explanation->toPlainText()));
    // Not attached: the thing's variable does not resolve.
    m_view->findChild<QCheckBox*>(u"thingAttachedCheckBox"_s)->setChecked(false);
    m_view->evaluateRequest();
    QCOMPARE(decision->text(), u"✖ Denied: nothing allows it"_s);
    QCOMPARE(heard(decision), decision->text());
    // A broken document is said in words, and nothing is decided.
    document->setPlainText(u"{\"Statement\": ["_s);
    m_view->evaluateRequest();
    auto* status = m_view->findChild<QLabel*>(u"policyStatusLabel"_s);
    QVERIFY2(status->text().startsWith(u"The policy cannot be used:"_s), qPrintable(status->text()));
    QVERIFY(decision->text().isEmpty());
    QVERIFY(m_window->grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-policy-session.png"_s));
    m_view->findChild<QTabWidget*>(u"policyTabs"_s)->setCurrentIndex(1);
    QVERIFY(m_window->grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-policy-request.png"_s));
}

QTEST_MAIN(TestPolicyView)
#include "TestPolicyView.moc"
