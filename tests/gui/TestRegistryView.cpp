// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "certs/TestPki.h"
#include "policy/Registry.h"
#include "registry/RegistryView.h"
#include "support/DialogSeams.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

constexpr int WAIT_MS = 20000;

Policy::Registry readRegistry(const QString& path)
{
    auto loaded = Policy::Registry::load(path.toStdString());
    if (auto* registry = std::get_if<Policy::Registry>(&loaded)) {
        return std::move(*registry);
    }
    qWarning() << "registry unreadable:" << QString::fromStdString(std::get<std::string>(loaded));
    return {};
}

} // namespace

/// The Registry screen changes the registry file as `aws iot` would change AWS's, from a user's clicks: each change
/// is read back from the file, and a refused change leaves the file as it was and says why.
class TestRegistryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thingCertificatePolicyAndAttachments();
    void newVersionBecomesTheDefault();
    void refusedChangesSayWhyAndChangeNothing();

private:
    /// Runs `action` and waits for its change to be saved and the screen to be read again; the result line.
    QString change(const std::function<void()>& action, bool* ok = nullptr);

    QTemporaryDir m_dir;
    QString m_registry;
    Certs::TestPkiFiles m_pki;
    std::unique_ptr<MainWindow> m_window;
    RegistryView* m_view = nullptr;
};

void TestRegistryView::initTestCase()
{
    m_registry = m_dir.filePath(u"registry.json"_s);
    const Result<Certs::TestPkiFiles> pki = Certs::makeTestPki({m_dir.filePath(u"pki"_s), u"kitchen-sensor"_s, 30});
    QVERIFY(pki.ok());
    m_pki = *pki;
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 820);
    m_window->show();
    m_view = m_window->registryView();
    m_window->setRegistryFile(m_registry);
    QSignalSpy loaded(m_view, &RegistryView::registryLoaded);
    m_window->showScreen(MainWindow::Screen::Registry);
    QVERIFY(loaded.wait(WAIT_MS)); // a missing file is an empty registry
    QCOMPARE(m_window->currentScreen(), MainWindow::Screen::Registry);
}

QString TestRegistryView::change(const std::function<void()>& action, bool* ok)
{
    QSignalSpy changed(m_view, &RegistryView::changed);
    QSignalSpy loaded(m_view, &RegistryView::registryLoaded);
    action();
    if (!changed.wait(WAIT_MS) || !(loaded.size() > 0 || loaded.wait(WAIT_MS))) {
        return u"(no change finished)"_s;
    }
    if (ok) {
        *ok = changed.first().at(0).toBool();
    }
    return changed.first().at(1).toString();
}

void TestRegistryView::thingCertificatePolicyAndAttachments()
{
    DialogSeams::setNextText(u"kitchen-sensor"_s);
    QCOMPARE(change([this] { m_view->findChild<QPushButton*>(u"newThingButton"_s)->click(); }),
             u"✔ Thing “kitchen-sensor” created."_s);
    QVERIFY(readRegistry(m_registry).things().count("kitchen-sensor"));

    DialogSeams::setNextFileName(m_pki.deviceCertificate);
    bool ok = false;
    const QString registered = change([this] { m_view->registerCertificate(); }, &ok);
    QVERIFY2(ok, qPrintable(registered));
    const std::string id = m_pki.deviceCertificateId.toStdString();
    QCOMPARE(readRegistry(m_registry).certificates().at(id).status, Policy::CertificateStatus::Active);

    // A new policy from the editor's starting document.
    DialogSeams::setNextText(u"kitchen-policy"_s);
    QCOMPARE(change([this] { m_view->createPolicy(); }), u"✔ Policy “kitchen-policy” created."_s);

    QVERIFY(m_view->select(u"certificate"_s, m_pki.deviceCertificateId));
    m_view->findChild<QComboBox*>(u"policyPickComboBox"_s)->setCurrentText(u"kitchen-policy"_s);
    QVERIFY(change([this] { m_view->findChild<QPushButton*>(u"attachPolicyButton"_s)->click(); }).startsWith(u"✔"_s));
    m_view->findChild<QComboBox*>(u"thingPickComboBox"_s)->setCurrentText(u"kitchen-sensor"_s);
    QVERIFY(change([this] { m_view->attachThing(); }).startsWith(u"✔"_s));
    m_view->findChild<QComboBox*>(u"statusComboBox"_s)->setCurrentText(u"INACTIVE"_s);
    QVERIFY(change([this] { m_view->setStatus(); }).startsWith(u"✔"_s));

    const Policy::Registry registry = readRegistry(m_registry);
    QCOMPARE(registry.certificates().at(id).policies, std::vector<std::string>{"kitchen-policy"});
    QCOMPARE(registry.certificates().at(id).status, Policy::CertificateStatus::Inactive);
    QCOMPARE(registry.things().at("kitchen-sensor").principals, std::vector<std::string>{id});
    // What the screen shows of the certificate, as a screen reader reads it.
    QVERIFY(m_view->select(u"certificate"_s, m_pki.deviceCertificateId));
    auto* details = m_view->findChild<QPlainTextEdit*>(u"detailsEdit"_s);
    QVERIFY2(details->toPlainText().contains(u"Status: INACTIVE"_s) &&
                 details->toPlainText().contains(u"Policy kitchen-policy"_s) &&
                 details->toPlainText().contains(u"Thing kitchen-sensor"_s),
             qPrintable(details->toPlainText()));
    auto* result = m_view->findChild<QLabel*>(u"resultLabel"_s);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(result);
    QVERIFY(accessible->text(QAccessible::Name).startsWith(u"✔ Certificate"_s));
}

void TestRegistryView::newVersionBecomesTheDefault()
{
    QVERIFY(m_view->select(u"policy"_s, u"kitchen-policy"_s));
    auto* document = m_view->findChild<QPlainTextEdit*>(u"documentEdit"_s);
    QVERIFY(document->toPlainText().contains(u"devices/${iot:Connection.Thing.ThingName}"_s));
    document->setPlainText(
        uR"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:Connect","Resource":"*"}]})"_s);
    QVERIFY(change([this] { m_view->findChild<QPushButton*>(u"saveVersionButton"_s)->click(); }).startsWith(u"✔"_s));
    const Policy::Registry registry = readRegistry(m_registry);
    const Policy::StoredPolicy& policy = registry.policies().at("kitchen-policy");
    QCOMPARE(policy.versions.size(), size_t(2));
    QCOMPARE(policy.defaultVersion, std::string("2"));
    QVERIFY(policy.defaultPolicyVersion()->document.find("\"Resource\":\"*\"") != std::string::npos);
    QVERIFY(m_view->select(u"policy"_s, u"kitchen-policy"_s));
    QVERIFY(m_view->findChild<QPlainTextEdit*>(u"detailsEdit"_s)->toPlainText().contains(u"Default version: 2"_s));
}

void TestRegistryView::refusedChangesSayWhyAndChangeNothing()
{
    QFile file(m_registry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // A policy attached to a certificate cannot be deleted (DeleteConflictException), as on AWS.
    QVERIFY(m_view->select(u"policy"_s, u"kitchen-policy"_s));
    DialogSeams::setNextConfirmation(true);
    bool ok = true;
    QString message = change([this] { m_view->deleteSelected(); }, &ok);
    QVERIFY(!ok);
    QVERIFY2(message.contains(u"is attached to certificate"_s), qPrintable(message));
    // A document that is not a policy.
    QVERIFY(m_view->select(u"policy"_s, u"kitchen-policy"_s));
    m_view->findChild<QPlainTextEdit*>(u"documentEdit"_s)->setPlainText(u"{\"Statement\": 3}"_s);
    message = change([this] { m_view->saveVersion(); }, &ok);
    QVERIFY(!ok);
    QVERIFY2(message.startsWith(u"✖"_s), qPrintable(message));
    // A file that is not a certificate.
    DialogSeams::setNextFileName(m_pki.devicePrivateKey);
    message = change([this] { m_view->registerCertificate(); }, &ok);
    QVERIFY(!ok);
    QVERIFY2(message.contains(u"holds no certificate"_s), qPrintable(message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // none of them touched the file
    QVERIFY(m_window->grab().save(QStringLiteral(THINGBENCH_SCREENSHOT_DIR) + u"/thingbench-registry.png"_s));
}

QTEST_MAIN(TestRegistryView)
#include "TestRegistryView.moc"
