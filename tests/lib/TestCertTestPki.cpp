// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertificateFile.h"
#include "certs/FileNameHint.h"
#include "certs/TestPki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Certs::makeTestPki (OpenSSL C API): a local CA, a broker certificate for localhost/127.0.0.1 and AWS-style device
// files, checked with lib/certs itself and with the `openssl` tool.
class TestCertTestPki final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesAndNames();
    void privateKeysAreOwnerOnly();
    void certificates();
    void keysMatch();
    void opensslVerifiesTheChain_data();
    void opensslVerifiesTheChain();
    void rejectsBadOptions_data();
    void rejectsBadOptions();

private:
    Certs::CertificateFile load(const QString& path);
    bool openssl(const QStringList& arguments, QByteArray* out = nullptr);

    QTemporaryDir m_dir;
    Certs::TestPkiFiles m_files;
};

void TestCertTestPki::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Certs::TestPkiOptions options;
    options.outDir = QDir(m_dir.path()).filePath(u"pki"_s);
    options.thingName = u"kitchen-sensor_01"_s;
    options.days = 10;
    auto files = Certs::makeTestPki(options);
    QVERIFY2(files.ok(), qPrintable(files ? QString() : files.error().fullText()));
    m_files = *files;
}

Certs::CertificateFile TestCertTestPki::load(const QString& path)
{
    auto file = Certs::loadFile(path);
    if (!file) {
        qWarning() << path << file.error().fullText();
        return {};
    }
    return *file;
}

bool TestCertTestPki::openssl(const QStringList& arguments, QByteArray* out)
{
    QProcess process;
    process.start(QStringLiteral(OPENSSL_EXECUTABLE), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << arguments << process.readAllStandardError();
        return false;
    }
    if (out) {
        *out = process.readAllStandardOutput();
    }
    return true;
}

void TestCertTestPki::filesAndNames()
{
    const QString dir = QDir(m_dir.path()).filePath(u"pki"_s);
    QCOMPARE(m_files.dir, dir);
    QCOMPARE(m_files.deviceCertificateId.size(), 64);
    const QString id = m_files.deviceCertificateId;
    QCOMPARE(QFileInfo(m_files.deviceCertificate).fileName(), id + u"-certificate.pem.crt"_s);
    QCOMPARE(QFileInfo(m_files.devicePrivateKey).fileName(), id + u"-private.pem.key"_s);
    QCOMPARE(QFileInfo(m_files.devicePublicKey).fileName(), id + u"-public.pem.key"_s);
    QCOMPARE(QFileInfo(m_files.caCertificate).fileName(), u"ThingBenchRootCA1.pem"_s);
    QCOMPARE(Certs::fileNameHint(m_files.caCertificate).kind, Certs::NameKind::RootCa);
    for (const QString& path : {m_files.caCertificate, m_files.caKey, m_files.brokerCertificate, m_files.brokerKey,
                                m_files.deviceCertificate, m_files.devicePrivateKey, m_files.devicePublicKey}) {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFileInfo(path).absolutePath(), dir);
    }
    // The names AWS uses, and the ID in them is the certificate's own.
    const Certs::CertificateFile device = load(m_files.deviceCertificate);
    QCOMPARE(device.certificates.first().awsCertificateId(), id);
    QVERIFY(device.warnings.isEmpty());
}

void TestCertTestPki::privateKeysAreOwnerOnly()
{
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString& key : {m_files.caKey, m_files.brokerKey, m_files.devicePrivateKey}) {
        const QFileDevice::Permissions permissions =
            QFile(key).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        QCOMPARE(permissions, ownerOnly);
    }
    QVERIFY(QFile(m_files.deviceCertificate).permissions() & QFileDevice::ReadOther);
}

void TestCertTestPki::certificates()
{
    const Certs::CertificateInfo ca = load(m_files.caCertificate).certificates.value(0);
    QVERIFY(ca.basicConstraintsCa);
    QVERIFY(ca.selfSigned);
    QCOMPARE(ca.publicKey.curveNist, u"P-256"_s);

    const Certs::CertificateInfo broker = load(m_files.brokerCertificate).certificates.value(0);
    QCOMPARE(broker.subjectCn, u"localhost"_s);
    QCOMPARE(broker.issuerRfc4514, ca.subjectRfc4514);
    QVERIFY(!broker.basicConstraintsCa);
    QVERIFY(!broker.selfSigned);

    const Certs::CertificateFile deviceFile = load(m_files.deviceCertificate);
    const Certs::CertificateInfo device = deviceFile.certificates.value(0);
    QCOMPARE(device.subjectCn, u"kitchen-sensor_01"_s);
    QCOMPARE(device.publicKey.algorithm, u"RSA"_s);
    QCOMPARE(device.publicKey.bits, 2048);
    QCOMPARE(device.serialHex.size(), 40); // 159-bit random serial, 20 bytes like AWS's
    QCOMPARE(device.statusAt(QDateTime::currentDateTimeUtc()), Certs::ValidityStatus::Valid);
    QCOMPARE(device.statusAt(QDateTime::currentDateTimeUtc().addDays(11)), Certs::ValidityStatus::Expired);

    // The private key as AWS downloads it: RSA PRIVATE KEY (PKCS#1).
    const Certs::CertificateFile key = load(m_files.devicePrivateKey);
    QCOMPARE(key.key->pemLabel, u"RSA PRIVATE KEY"_s);
    QCOMPARE(key.key->container, Certs::KeyContainer::Pkcs1);
    QCOMPARE(load(m_files.devicePublicKey).key->pemLabel, u"PUBLIC KEY"_s);

    QByteArray text;
    QVERIFY(openssl(
        {u"x509"_s, u"-in"_s, m_files.brokerCertificate, u"-noout"_s, u"-ext"_s, u"subjectAltName,extendedKeyUsage"_s},
        &text));
    QVERIFY2(text.contains("DNS:localhost"), text.constData());
    QVERIFY(text.contains("IP Address:127.0.0.1"));
    QVERIFY(text.contains("TLS Web Server Authentication"));
    QVERIFY(openssl({u"x509"_s, u"-in"_s, m_files.deviceCertificate, u"-noout"_s, u"-ext"_s, u"extendedKeyUsage"_s},
                    &text));
    QVERIFY(text.contains("TLS Web Client Authentication"));
}

void TestCertTestPki::keysMatch()
{
    const Certs::CertificateFile device = load(m_files.deviceCertificate);
    QCOMPARE(*Certs::keyMatchesCertificate(device, load(m_files.devicePrivateKey)), true);
    QCOMPARE(*Certs::keyMatchesCertificate(device, load(m_files.devicePublicKey)), true);
    QCOMPARE(*Certs::keyMatchesCertificate(device, load(m_files.brokerKey)), false);
    QCOMPARE(*Certs::keyMatchesCertificate(load(m_files.brokerCertificate), load(m_files.brokerKey)), true);
    QCOMPARE(*Certs::keyMatchesCertificate(load(m_files.caCertificate), load(m_files.caKey)), true);
}

void TestCertTestPki::opensslVerifiesTheChain_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("broker for localhost")
        << QStringList{u"-purpose"_s, u"sslserver"_s, u"-verify_hostname"_s, u"localhost"_s, u"broker"_s};
    QTest::newRow("broker for 127.0.0.1")
        << QStringList{u"-purpose"_s, u"sslserver"_s, u"-verify_ip"_s, u"127.0.0.1"_s, u"broker"_s};
    QTest::newRow("device as TLS client") << QStringList{u"-purpose"_s, u"sslclient"_s, u"device"_s};
}

void TestCertTestPki::opensslVerifiesTheChain()
{
    QFETCH(QStringList, arguments);
    QStringList full = {u"verify"_s, u"-CAfile"_s, m_files.caCertificate};
    for (const QString& argument : arguments) {
        full << (argument == u"broker"_s       ? m_files.brokerCertificate
                     : argument == u"device"_s ? m_files.deviceCertificate
                                               : argument);
    }
    QVERIFY(openssl(full));
}

void TestCertTestPki::rejectsBadOptions_data()
{
    QTest::addColumn<QString>("thing");
    QTest::addColumn<int>("days");
    QTest::newRow("space in the thing name") << u"my thing"_s << 30;
    QTest::newRow("empty thing name") << QString() << 30;
    QTest::newRow("129 characters") << QString(129, u'a') << 30;
    QTest::newRow("zero days") << u"thing"_s << 0;
}

void TestCertTestPki::rejectsBadOptions()
{
    QFETCH(QString, thing);
    QFETCH(int, days);
    Certs::TestPkiOptions options;
    options.outDir = QDir(m_dir.path()).filePath(u"rejected"_s);
    options.thingName = thing;
    options.days = days;
    auto files = Certs::makeTestPki(options);
    QVERIFY(!files.ok());
    QCOMPARE(files.error().code, u"usage"_s);
    QVERIFY(!QFileInfo::exists(options.outDir));
}

QTEST_GUILESS_MAIN(TestCertTestPki)
#include "TestCertTestPki.moc"
