// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "certs/CertificateListModel.h"
#include "certs/CertificateManager.h"
#include "certs/TestPki.h"
#include "common/FileIo.h"
#include "mqtt/MqttSession.h"
#include "support/BrokerFixture.h"
#include "support/DialogSeams.h"
#include "support/FileDropEvents.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Model = CertificateListModel;

namespace {

constexpr int WAIT_MS = 20000;

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A drop of `paths` (files and folders) on `target`, as a file manager sends it; both events must be accepted.
void drop(QWidget* target, const QStringList& paths)
{
    QVERIFY(FileDropEvents::dropFiles(target, paths));
}

QByteArray cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(THINGBENCH_CLI_EXECUTABLE), arguments);
    process.waitForFinished(30000);
    return process.exitCode() == 0 ? process.readAllStandardOutput()
                                   : QByteArray("CLI FAILED: ") + process.readAllStandardError();
}

} // namespace

/// The certificate manager (issue 9): real files made by the test PKI (OpenSSL), dropped as a file manager drops
/// them; exports compared byte for byte with `thingbench-cli cert export`.
class TestCertificateManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void droppedFilesAndFoldersAreListed_issue9();
    void matchAndChain_issue9();
    void exportEqualsTheCli_issue9();
    void freertosHeaderEqualsTheCli_issue9();
    void privateKeyInGitWorkTreeAsksAndIgnores_issue9();
    void batchExport_issue9();
    void encryptedKeyAsksForItsPassphrase_issue9();
    void dropOnTheWindowAndUseForConnection_issue9();
    void keyboardOnlyFlow_issue9();
    void droppedFilesMakeAWorkingConnection_issue9();
    void screenshot_issue9();

private:
    bool loadAll(CertificateManager& manager, const QStringList& paths);
    int rowOf(const CertificateManager& manager, const QString& path) const;
    QString cellOf(const CertificateManager& manager, const QString& path, int column) const;

    QTemporaryDir m_dir;
    QString m_aws; ///< a folder as AWS IoT's "Create certificate" downloads it
    Certs::TestPkiFiles m_pki;
    QString m_otherKey; ///< a key of no certificate here
    QString m_otherCa;  ///< a CA that signed nothing here
    QString m_expired;
    QString m_expiresSoon;
    QString m_garbage;
    QString m_encryptedKey;
    QString m_amazonRoot;
};

void TestCertificateManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_aws = m_dir.filePath(u"aws"_s);
    Certs::TestPkiOptions options;
    options.outDir = m_aws;
    const Result<Certs::TestPkiFiles> pki = Certs::makeTestPki(options);
    QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().fullText()));
    m_pki = *pki;
    const QString extra = m_dir.filePath(u"extra"_s);
    QVERIFY(QDir().mkpath(extra));
    const QByteArray otherKey = *Certs::makeTestKey();
    m_otherKey = extra + u"/other.key"_s;
    QVERIFY(write(m_otherKey, otherKey));
    Certs::TestCertificateSpec ca{Certs::TestCertificateSpec::Kind::Ca, u"Other CA"_s, {}, {}, {}};
    m_otherCa = extra + u"/other-ca.pem"_s;
    QVERIFY(write(m_otherCa, *Certs::makeTestCertificate(ca, otherKey)));
    Certs::TestCertificateSpec expired{Certs::TestCertificateSpec::Kind::Client,
                                       u"old-device"_s,
                                       {},
                                       QDateTime::currentDateTimeUtc().addDays(-400),
                                       QDateTime::currentDateTimeUtc().addDays(-3)};
    m_expired = extra + u"/expired.pem"_s;
    QVERIFY(write(m_expired, *Certs::makeTestCertificate(expired, otherKey)));
    Certs::TestCertificateSpec soon{Certs::TestCertificateSpec::Kind::Client,
                                    u"soon-device"_s,
                                    {},
                                    {},
                                    QDateTime::currentDateTimeUtc().addDays(12)};
    m_expiresSoon = extra + u"/soon.pem"_s;
    QVERIFY(write(m_expiresSoon, *Certs::makeTestCertificate(soon, otherKey)));
    m_garbage = extra + u"/notes.pem"_s;
    QVERIFY(write(m_garbage, "this is not a certificate\n"));
    m_encryptedKey = extra + u"/encrypted.key"_s;
    QVERIFY(write(m_encryptedKey, *Certs::encryptTestKey(otherKey, "secret")));
    m_amazonRoot = m_aws + u"/AmazonRootCA1.pem"_s;
    QVERIFY(QFile::copy(u"/usr/share/ca-certificates/mozilla/Amazon_Root_CA_1.crt"_s, m_amazonRoot));
}

bool TestCertificateManager::loadAll(CertificateManager& manager, const QStringList& paths)
{
    QSignalSpy finished(&manager, &CertificateManager::loadingFinished);
    manager.addPaths(paths);
    return QTest::qWaitFor([&] { return !finished.isEmpty() && !manager.isLoading(); }, WAIT_MS);
}

int TestCertificateManager::rowOf(const CertificateManager& manager, const QString& path) const
{
    return manager.model()->rowOfPath(QFileInfo(path).absoluteFilePath());
}

QString TestCertificateManager::cellOf(const CertificateManager& manager, const QString& path, int column) const
{
    return manager.model()->index(rowOf(manager, path), column).data().toString();
}

void TestCertificateManager::droppedFilesAndFoldersAreListed_issue9()
{
    CertificateManager manager;
    manager.show();
    QSignalSpy finished(&manager, &CertificateManager::loadingFinished);
    drop(&manager, {m_aws, m_expired, m_expiresSoon, m_garbage});
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !manager.isLoading(), WAIT_MS);
    // The folder's certificate-like files (CA, CA key, broker pair, device pair, public key, Amazon root) and the
    // three files dropped one by one.
    QCOMPARE(manager.model()->rowCount(), int(QDir(m_aws).entryList(QDir::Files).size()) + 3);
    QCOMPARE(cellOf(manager, m_pki.deviceCertificate, Model::KindColumn), u"Certificate"_s);
    QCOMPARE(cellOf(manager, m_pki.deviceCertificate, Model::SubjectColumn), m_pki.thingName);
    QCOMPARE(cellOf(manager, m_pki.deviceCertificate, Model::IdColumn), m_pki.deviceCertificateId);
    QVERIFY(cellOf(manager, m_pki.deviceCertificate, Model::ExpiryColumn).startsWith(u"✔"_s));
    QCOMPARE(cellOf(manager, m_pki.deviceCertificate, Model::HintColumn), u"certificate, ID prefix matches"_s);
    QCOMPARE(cellOf(manager, m_pki.devicePrivateKey, Model::KindColumn), u"Private key (RSA 2048)"_s);
    QCOMPARE(cellOf(manager, m_amazonRoot, Model::KindColumn), u"CA certificate (Amazon Root CA 1)"_s);
    QVERIFY(cellOf(manager, m_expired, Model::ExpiryColumn).startsWith(u"✖ Expired"_s));
    QCOMPARE(manager.model()->index(rowOf(manager, m_expired), 0).data(Model::ExpiryRole).toInt(),
             int(Model::Expiry::Expired));
    QVERIFY(cellOf(manager, m_expiresSoon, Model::ExpiryColumn).startsWith(u"⚠ Expires"_s));
    QCOMPARE(cellOf(manager, m_garbage, Model::KindColumn), u"✖ Refused"_s);
    QVERIFY2(cellOf(manager, m_garbage, Model::ProblemsColumn).startsWith(u"["_s),
             qPrintable(cellOf(manager, m_garbage, Model::ProblemsColumn)));
    // Dropping the same file again replaces its row.
    const int rows = manager.model()->rowCount();
    drop(&manager, {m_expired});
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 && !manager.isLoading(), WAIT_MS);
    QCOMPARE(manager.model()->rowCount(), rows);
}

void TestCertificateManager::matchAndChain_issue9()
{
    CertificateManager manager;
    QVERIFY(loadAll(manager, {m_aws, m_otherKey, m_otherCa}));
    auto* match = manager.findChild<QLabel*>(u"matchLabel"_s);
    auto* chain = manager.findChild<QLabel*>(u"chainLabel"_s);
    manager.selectRows({rowOf(manager, m_pki.deviceCertificate), rowOf(manager, m_pki.devicePrivateKey)});
    QVERIFY2(match->text().startsWith(u"✔ Key match"_s), qPrintable(match->text()));
    manager.selectRows({rowOf(manager, m_pki.deviceCertificate), rowOf(manager, m_otherKey)});
    QVERIFY2(match->text().startsWith(u"✖ Key mismatch"_s), qPrintable(match->text()));
    manager.selectRows({rowOf(manager, m_pki.deviceCertificate), rowOf(manager, m_pki.caCertificate)});
    QVERIFY2(chain->text().startsWith(u"✔ Chain [ok]"_s), qPrintable(chain->text()));
    manager.selectRows({rowOf(manager, m_pki.deviceCertificate), rowOf(manager, m_otherCa)});
    QVERIFY2(chain->text().startsWith(u"✖ Chain [unable_to_get_issuer_cert"_s), qPrintable(chain->text()));
    QVERIFY(chain->text().contains(u"Select the CA that issued it"_s));
}

void TestCertificateManager::exportEqualsTheCli_issue9()
{
    CertificateManager manager;
    QVERIFY(loadAll(manager, {m_aws}));
    auto* format = manager.findChild<QComboBox*>(u"formatComboBox"_s);
    for (const QString& path : {m_pki.deviceCertificate, m_pki.devicePrivateKey, m_amazonRoot}) {
        manager.selectRows({rowOf(manager, path)});
        for (const QString& name : {u"pem"_s, u"cstring-freertos"_s, u"arduino"_s, u"c-array"_s, u"mbed-array"_s}) {
            format->setCurrentText(name);
            QCOMPARE(manager.previewBytes(), cli({u"cert"_s, u"export"_s, u"--format"_s, name, path}));
        }
    }
    // Save writes exactly the preview; a key is owner-only.
    manager.selectRows({rowOf(manager, m_pki.devicePrivateKey)});
    format->setCurrentText(u"cstring-freertos"_s);
    const QString target = m_dir.filePath(u"key.h"_s);
    DialogSeams::setNextFileName(target);
    manager.savePreview();
    QCOMPARE(*FileIo::readFile(target), manager.previewBytes());
    QCOMPARE(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestCertificateManager::freertosHeaderEqualsTheCli_issue9()
{
    CertificateManager manager;
    QVERIFY(loadAll(manager, {m_aws}));
    manager.selectRows({rowOf(manager, m_pki.deviceCertificate), rowOf(manager, m_pki.devicePrivateKey)});
    QVERIFY(manager.findChild<QPushButton*>(u"freertosHeaderButton"_s)->isEnabled());
    manager.exportFreertosHeader();
    QCOMPARE(manager.previewBytes(),
             cli({u"cert"_s, u"freertos-header"_s, u"--cert"_s, m_pki.deviceCertificate, u"--key"_s,
                  m_pki.devicePrivateKey}));
    QVERIFY(manager.previewBytes().contains("keyCLIENT_CERTIFICATE_PEM"));
}

void TestCertificateManager::privateKeyInGitWorkTreeAsksAndIgnores_issue9()
{
    QTemporaryDir repository;
    QVERIFY(QDir(repository.path()).mkpath(u".git"_s));
    QVERIFY(QDir(repository.path()).mkpath(u"firmware"_s));
    CertificateManager manager;
    QVERIFY(loadAll(manager, {m_pki.devicePrivateKey}));
    manager.selectRows({0});
    const QString target = repository.filePath(u"firmware/key.pem"_s);
    DialogSeams::setNextFileName(target);
    DialogSeams::setNextConfirmation(false); // "Save it anyway?" No: nothing is written
    manager.savePreview();
    QVERIFY(!QFile::exists(target));
    DialogSeams::setNextFileName(target);
    DialogSeams::setNextConfirmation(true);  // save it anyway
    DialogSeams::setNextConfirmation(false); // no .gitignore entry
    manager.savePreview();
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(repository.filePath(u".gitignore"_s)));
    QCOMPARE(QFile::permissions(target) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // Again, accepting the .gitignore entry: it is appended to what the file had.
    QVERIFY(write(repository.filePath(u".gitignore"_s), "build/"));
    DialogSeams::setNextFileName(target);
    DialogSeams::setNextConfirmation(true);
    DialogSeams::setNextConfirmation(true);
    manager.savePreview();
    QCOMPARE(*FileIo::readFile(repository.filePath(u".gitignore"_s)), QByteArray("build/\n/firmware/key.pem\n"));
    // Outside a work tree nothing is asked (no queued answer would hang the test on a real dialog).
    QTemporaryDir plain;
    DialogSeams::setNextFileName(plain.filePath(u"key.pem"_s));
    manager.savePreview();
    QVERIFY(QFile::exists(plain.filePath(u"key.pem"_s)));
}

void TestCertificateManager::batchExport_issue9()
{
    CertificateManager manager;
    QVERIFY(loadAll(manager, {m_aws}));
    manager.selectRows({rowOf(manager, m_pki.deviceCertificate), rowOf(manager, m_amazonRoot)});
    manager.findChild<QComboBox*>(u"formatComboBox"_s)->setCurrentText(u"cstring-freertos"_s);
    QTemporaryDir out;
    DialogSeams::setNextFileName(out.path());
    manager.batchExport();
    const QStringList written = QDir(out.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(written.size(), 2);
    QVERIFY(written.contains(u"AmazonRootCA1.h"_s));
    QCOMPARE(*FileIo::readFile(out.filePath(u"AmazonRootCA1.h"_s)),
             cli({u"cert"_s, u"export"_s, u"--format"_s, u"cstring-freertos"_s, m_amazonRoot}));
}

void TestCertificateManager::encryptedKeyAsksForItsPassphrase_issue9()
{
    CertificateManager manager;
    QVERIFY(loadAll(manager, {m_encryptedKey}));
    QCOMPARE(cellOf(manager, m_encryptedKey, Model::KindColumn), u"Private key (encrypted)"_s);
    QVERIFY(cellOf(manager, m_encryptedKey, Model::ProblemsColumn).startsWith(u"[passphrase_required]"_s));
    QSignalSpy finished(&manager, &CertificateManager::loadingFinished);
    DialogSeams::setNextPassphrase(QByteArray("wrong"));
    manager.unlockKey(rowOf(manager, m_encryptedKey));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !manager.isLoading(), WAIT_MS);
    QVERIFY(cellOf(manager, m_encryptedKey, Model::ProblemsColumn).startsWith(u"[bad_passphrase]"_s));
    DialogSeams::setNextPassphrase(QByteArray("secret"));
    manager.unlockKey(rowOf(manager, m_encryptedKey));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2 && !manager.isLoading(), WAIT_MS);
    QCOMPARE(cellOf(manager, m_encryptedKey, Model::KindColumn), u"Private key (EC P-256, encrypted)"_s);
    QCOMPARE(cellOf(manager, m_encryptedKey, Model::ProblemsColumn), QString());
}

void TestCertificateManager::dropOnTheWindowAndUseForConnection_issue9()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CertificateManager* manager = window.certificateManager();
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(u"mqtts://127.0.0.1:8883"_s);
    QSignalSpy finished(manager, &CertificateManager::loadingFinished);
    drop(&window, {m_aws});
    auto* screens = window.findChild<QTabWidget*>(u"screenTabs"_s);
    QCOMPARE(screens->currentWidget(), static_cast<QWidget*>(manager));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !manager->isLoading(), WAIT_MS);
    manager->selectRows({rowOf(*manager, m_pki.deviceCertificate), rowOf(*manager, m_pki.devicePrivateKey),
                         rowOf(*manager, m_pki.caCertificate)});
    QTest::mouseClick(manager->findChild<QPushButton*>(u"useForConnectionButton"_s), Qt::LeftButton);
    const Result<ConnectionOptions> options = window.connectionOptions();
    QVERIFY(options);
    QCOMPARE(QFileInfo(options->certFile).absoluteFilePath(), QFileInfo(m_pki.deviceCertificate).absoluteFilePath());
    QCOMPARE(QFileInfo(options->keyFile).absoluteFilePath(), QFileInfo(m_pki.devicePrivateKey).absoluteFilePath());
    QCOMPARE(QFileInfo(options->caFile).absoluteFilePath(), QFileInfo(m_pki.caCertificate).absoluteFilePath());
    // A key of another certificate is refused, said in words.
    manager->selectRows({rowOf(*manager, m_pki.brokerCertificate), rowOf(*manager, m_pki.devicePrivateKey)});
    manager->useForConnection();
    QVERIFY(manager->findChild<MessageBanner*>()->text().startsWith(u"✖ Key mismatch"_s));
}

void TestCertificateManager::keyboardOnlyFlow_issue9()
{
    CertificateManager manager;
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    manager.activateWindow();
    QVERIFY(loadAll(manager, {m_pki.deviceCertificate, m_pki.devicePrivateKey})); // rows in the order given
    auto* table = manager.findChild<QTableView*>(u"certificatesTableView"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier); // both rows
    QVERIFY(manager.findChild<QLabel*>(u"matchLabel"_s)->text().startsWith(u"✔ Key match"_s));
    QTest::keyClick(&manager, Qt::Key_E, Qt::AltModifier); // the &Export tab
    QCOMPARE(manager.findChild<QTabWidget*>(u"detailTabWidget"_s)->currentIndex(), 1);
    auto* headerButton = manager.findChild<QPushButton*>(u"freertosHeaderButton"_s);
    QVERIFY2(headerButton->isVisible() && headerButton->isEnabled(), qPrintable(headerButton->text()));
    QTest::keyClick(&manager, Qt::Key_K, Qt::AltModifier); // aws_clientcredential_&keys.h (an animated click)
    QTRY_VERIFY(manager.previewBytes().contains("keyCLIENT_PRIVATE_KEY_PEM"));
}

void TestCertificateManager::droppedFilesMakeAWorkingConnection_issue9()
{
    // Done when: a user drops the files on the window and gets a working connection. A real mosquitto that requires
    // a client certificate; its CA, the device certificate and key dropped; Use for this connection; Connect.
    BrokerFixture broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QLineEdit*>(u"urlLineEdit"_s)->setText(broker.mtlsUrl());
    CertificateManager* manager = window.certificateManager();
    const QStringList files = {broker.pki().caCert, broker.pki().clientCert, broker.pki().clientKey};
    QSignalSpy finished(manager, &CertificateManager::loadingFinished);
    drop(&window, files);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !manager->isLoading(), WAIT_MS);
    manager->selectRows({0, 1, 2});
    QVERIFY(manager->findChild<QLabel*>(u"matchLabel"_s)->text().startsWith(u"✔ Key match"_s));
    QVERIFY(manager->findChild<QLabel*>(u"chainLabel"_s)->text().startsWith(u"✔ Chain [ok]"_s));
    QTest::mouseClick(manager->findChild<QPushButton*>(u"useForConnectionButton"_s), Qt::LeftButton);
    QTest::mouseClick(window.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), SessionState::Connected, WAIT_MS);
}

void TestCertificateManager::screenshot_issue9()
{
    MainWindow window;
    window.resize(1280, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::Screen::Certificates);
    CertificateManager* manager = window.certificateManager();
    QVERIFY(loadAll(*manager, {m_aws, m_expired, m_expiresSoon, m_garbage, m_encryptedKey}));
    manager->selectRows({rowOf(*manager, m_pki.deviceCertificate), rowOf(*manager, m_pki.devicePrivateKey),
                         rowOf(*manager, m_pki.caCertificate)});
    manager->findChild<QComboBox*>(u"formatComboBox"_s)->setCurrentText(u"cstring-freertos"_s);
    manager->findChild<QTabWidget*>(u"detailTabWidget"_s)->setCurrentIndex(1);
    const QString path = QStringLiteral(THINGBENCH_SCREENSHOT_DIR "/thingbench-certificate-manager.png");
    QVERIFY2(window.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestCertificateManager)
#include "TestCertificateManager.moc"
