// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertFixtures.h"

#include "certs/CertErrors.h"
#include "certs/CertificateFile.h"
#include "certs/FileNameHint.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The facts of specs/certificates.md §2 and §4, checked against the `openssl` tool's own answers: certificate
// facts, the AWS certificate ID, validity at a reference time, key containers, key ↔ certificate matching by public
// key (never by file name) and AWS download-style file-name hints.
class TestCertInfo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void amazonRootCa1Id();
    void certificateFacts_data();
    void certificateFacts();
    void distinguishedNames();
    void statusAtReferenceTime_data();
    void statusAtReferenceTime();
    void keyFacts_data();
    void keyFacts();
    void keyDerivationCostIsCapped();
    void keyMatch_data();
    void keyMatch();
    void keyMatchIgnoresFileNames();
    void spkiHashIsOpensslsPublicKeyHash();
    void fileNameHints_data();
    void fileNameHints();
    void idPrefixIsChecked_data();
    void idPrefixIsChecked();

private:
    Certs::CertificateFile load(const QString& name, const std::optional<QByteArray>& passphrase = std::nullopt);
    QString opensslField(const QString& file, const QStringList& options, const QString& prefix);

    CertFixture m_fixture;
};

namespace {

QDateTime opensslDate(const QString& text)
{
    // "Nov 26 10:25:18 2026 GMT" (the day is space-padded)
    QString simplified = text.simplified();
    simplified.remove(u" GMT"_s);
    QDateTime time = QLocale::c().toDateTime(simplified, u"MMM d HH:mm:ss yyyy"_s);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

void TestCertInfo::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.create(&error), qPrintable(error));
}

Certs::CertificateFile TestCertInfo::load(const QString& name, const std::optional<QByteArray>& passphrase)
{
    Certs::LoadOptions options;
    options.fileName = name;
    options.passphrase = passphrase;
    auto file = Certs::inspect(m_fixture.read(name), options);
    if (!file) {
        qWarning() << name << file.error().fullText();
        return {};
    }
    return *file;
}

QString TestCertInfo::opensslField(const QString& file, const QStringList& options, const QString& prefix)
{
    const auto out = m_fixture.openssl(
        QStringList{u"x509"_s, u"-in"_s, file, u"-noout"_s, u"-nameopt"_s, u"RFC2253,-esc_msb"_s} + options);
    if (!out) {
        return {};
    }
    for (const QString& line : QString::fromUtf8(*out).split(u'\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed();
        }
    }
    return {};
}

void TestCertInfo::amazonRootCa1Id()
{
    // §2: the AWS certificate ID is the SHA-256 of the DER; Debian ships Amazon Root CA 1.
    const QString path = u"/usr/share/ca-certificates/mozilla/Amazon_Root_CA_1.crt"_s;
    QVERIFY2(QFile::exists(path), "Debian's ca-certificates package is needed for this test");
    auto file = Certs::loadFile(path);
    QVERIFY(file.ok());
    QCOMPARE(file->certificates.size(), 1);
    const Certs::CertificateInfo& info = file->certificates.first();
    QCOMPARE(info.awsCertificateId(), u"8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e"_s);
    QCOMPARE(info.sha256WithColons(),
             u"8E:CD:E6:88:4F:3D:87:B1:12:5B:A3:1A:C3:FC:B1:3D:70:16:DE:7F:57:CC:90:4F:E1:CB:97:C6:AE:98:19:6E"_s);
    QCOMPARE(info.subjectRfc4514, u"CN=Amazon Root CA 1,O=Amazon,C=US"_s);
    QVERIFY(info.basicConstraintsCa);
    QVERIFY(info.selfSigned);
    QCOMPARE(info.publicKey.algorithm, u"RSA"_s);
    QCOMPARE(info.publicKey.bits, 2048);
    QCOMPARE(Certs::isoUtc(info.notAfter), u"2038-01-17T00:00:00Z"_s);
    QCOMPARE(info.statusAt(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)), Certs::ValidityStatus::Valid);
    // The file-name hint for the name AWS uses.
    QCOMPARE(Certs::fileNameHint(u"AmazonRootCA1.pem"_s).kind, Certs::NameKind::RootCa);
}

void TestCertInfo::certificateFacts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ca");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");

    QTest::newRow("RSA CA") << u"rsa_ca.crt"_s << true << true << u"RSA"_s << 2048 << QString();
    QTest::newRow("RSA device signed by the CA") << u"rsa.crt"_s << false << false << u"RSA"_s << 2048 << QString();
    QTest::newRow("EC device signed by an RSA CA")
        << u"ec.crt"_s << false << false << u"EC"_s << 256 << u"prime256v1"_s;
    // `openssl req -x509` adds basicConstraints CA:TRUE (openssl.cnf's v3_ca).
    QTest::newRow("EC self-signed") << u"ec_self.crt"_s << true << true << u"EC"_s << 256 << u"prime256v1"_s;
    QTest::newRow("subject = issuer, other signer")
        << u"same_name.crt"_s << false << false << u"EC"_s << 256 << u"prime256v1"_s;
    QTest::newRow("EC P-384 CA") << u"same_name_ca.crt"_s << true << true << u"EC"_s << 384 << u"secp384r1"_s;
    QTest::newRow("expired") << u"expired.crt"_s << false << true << u"EC"_s << 256 << u"prime256v1"_s;
    QTest::newRow("UTF-8 names") << u"utf8.crt"_s << true << true << u"EC"_s << 256 << u"prime256v1"_s;
    QTest::newRow("DER input") << u"rsa.der"_s << false << false << u"RSA"_s << 2048 << QString();
}

void TestCertInfo::certificateFacts()
{
    QFETCH(QString, file);
    QFETCH(bool, ca);
    QFETCH(bool, selfSigned);
    QFETCH(QString, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, curve);

    const Certs::CertificateFile loaded = load(file);
    QCOMPARE(loaded.certificates.size(), 1);
    const Certs::CertificateInfo& info = loaded.certificates.first();
    const QString pemFile = file.endsWith(u".der"_s) ? u"rsa.crt"_s : file;

    // Fingerprints as `openssl x509 -fingerprint` prints them ("sha256 Fingerprint=8E:CD:…").
    const QString sha256 = opensslField(pemFile, {u"-fingerprint"_s, u"-sha256"_s}, u"sha256 Fingerprint="_s);
    QVERIFY(!sha256.isEmpty());
    QCOMPARE(info.sha256WithColons(), sha256);
    QCOMPARE(info.awsCertificateId(), QString(sha256).remove(u':').toLower());
    QCOMPARE(
        info.awsCertificateId(),
        QString::fromLatin1(QCryptographicHash::hash(m_fixture.derOf(pemFile), QCryptographicHash::Sha256).toHex()));
    const QString sha1 = QString::fromLatin1(
        m_fixture.openssl({u"x509"_s, u"-in"_s, pemFile, u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s})
            .value_or(QByteArray())
            .split('=')
            .value(1)
            .trimmed());
    QVERIFY(!sha1.isEmpty());
    QCOMPARE(info.sha1Hex(), sha1.toLower().remove(u':'));

    QCOMPARE(info.serialHex, opensslField(pemFile, {u"-serial"_s}, u"serial="_s).toLower());
    QCOMPARE(info.subjectRfc4514, opensslField(pemFile, {u"-subject"_s}, u"subject="_s));
    QCOMPARE(info.issuerRfc4514, opensslField(pemFile, {u"-issuer"_s}, u"issuer="_s));
    QCOMPARE(info.notBefore, opensslDate(opensslField(pemFile, {u"-startdate"_s}, u"notBefore="_s)));
    QCOMPARE(info.notAfter, opensslDate(opensslField(pemFile, {u"-enddate"_s}, u"notAfter="_s)));
    QVERIFY(info.notAfter.timeSpec() == Qt::UTC);
    QVERIFY(Certs::isoUtc(info.notAfter).endsWith(u'Z'));

    const QString text = QString::fromUtf8(
        m_fixture.openssl({u"x509"_s, u"-in"_s, pemFile, u"-noout"_s, u"-text"_s}).value_or(QByteArray()));
    const auto signature = QRegularExpression(u"Signature Algorithm: (\\S+)"_s).match(text);
    QCOMPARE(info.signatureAlgorithm, signature.captured(1));

    QCOMPARE(info.basicConstraintsCa, ca);
    QCOMPARE(info.basicConstraintsCa, text.contains(u"CA:TRUE"_s));
    QCOMPARE(info.selfSigned, selfSigned);
    QCOMPARE(info.publicKey.algorithm, algorithm);
    QCOMPARE(info.publicKey.bits, bits);
    QCOMPARE(info.publicKey.curve, curve);
    if (curve == u"prime256v1"_s) {
        QCOMPARE(info.publicKey.curveNist, u"P-256"_s);
    }
}

void TestCertInfo::distinguishedNames()
{
    // §4: the full DN as an RFC 4514 string in UTF-8, and the attributes in DER order.
    const Certs::CertificateInfo info = load(u"utf8.crt"_s).certificates.value(0);
    QCOMPARE(info.subjectRfc4514, u"CN=Ger\u00e4t \u00dcnic\u00f8de,O=Gr\u00fcn & Partner\\, Ltd.,C=DE"_s);
    QCOMPARE(info.subjectCn, u"Ger\u00e4t \u00dcnic\u00f8de"_s);
    QCOMPARE(info.subjectAttributes.size(), 3);
    QCOMPARE(info.subjectAttributes.at(0).type, u"C"_s);
    QCOMPARE(info.subjectAttributes.at(0).oid, u"2.5.4.6"_s);
    QCOMPARE(info.subjectAttributes.at(1).type, u"O"_s);
    QCOMPARE(info.subjectAttributes.at(1).value, u"Gr\u00fcn & Partner, Ltd."_s);
    QCOMPARE(info.subjectAttributes.at(2).type, u"CN"_s);
    QCOMPARE(info.subjectAttributes.at(2).set, 2);
    QCOMPARE(info.issuerAttributes.size(), 3);
}

void TestCertInfo::statusAtReferenceTime_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("offsetFrom"); // 0: notBefore, 1: notAfter, 2: now
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<Certs::ValidityStatus>("status");

    QTest::newRow("now") << u"rsa.crt"_s << 2 << qint64(0) << Certs::ValidityStatus::Valid;
    QTest::newRow("a second before notBefore") << u"rsa.crt"_s << 0 << qint64(-1) << Certs::ValidityStatus::NotYetValid;
    QTest::newRow("at notBefore") << u"rsa.crt"_s << 0 << qint64(0) << Certs::ValidityStatus::Valid;
    QTest::newRow("at notAfter") << u"rsa.crt"_s << 1 << qint64(0) << Certs::ValidityStatus::Valid;
    QTest::newRow("a second after notAfter") << u"rsa.crt"_s << 1 << qint64(1) << Certs::ValidityStatus::Expired;
    QTest::newRow("expired certificate now") << u"expired.crt"_s << 2 << qint64(0) << Certs::ValidityStatus::Expired;
    QTest::newRow("Amazon Root CA 1 in 2040") << u"/usr/share/ca-certificates/mozilla/Amazon_Root_CA_1.crt"_s << 2
                                              << qint64(14) * 365 * 86400 << Certs::ValidityStatus::Expired;
}

void TestCertInfo::statusAtReferenceTime()
{
    QFETCH(QString, file);
    QFETCH(int, offsetFrom);
    QFETCH(qint64, seconds);
    QFETCH(Certs::ValidityStatus, status);
    auto loaded = file.startsWith(u'/') ? Certs::loadFile(file) : Certs::inspect(m_fixture.read(file));
    QVERIFY(loaded.ok());
    const Certs::CertificateInfo& info = loaded->certificates.first();
    const QDateTime base = offsetFrom == 0 ? info.notBefore
        : offsetFrom == 1                  ? info.notAfter
                                           : QDateTime::currentDateTimeUtc();
    QCOMPARE(info.statusAt(base.addSecs(seconds)), status);
}

void TestCertInfo::keyFacts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("withPassphrase");
    QTest::addColumn<QString>("label");
    QTest::addColumn<Certs::KeyContainer>("container");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("encryption");
    QTest::addColumn<bool>("aes");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("keyError");

    using C = Certs::KeyContainer;
    const QString pbes2Aes = u"PBES2/PBKDF2-HMAC-SHA256/AES-256-CBC"_s;
    const QString pbes2Des = u"PBES2/PBKDF2-HMAC-SHA256/DES-EDE3-CBC"_s;
    const QString required = QString(Certs::Codes::PASSPHRASE_REQUIRED);
    // clang-format off
    QTest::newRow("RSA PKCS#8") << u"rsa.key"_s << false << u"PRIVATE KEY"_s << C::Pkcs8 << false << QString() << false << u"RSA"_s << 2048 << QString() << QString();
    QTest::newRow("RSA PKCS#1") << u"rsa_pkcs1.key"_s << false << u"RSA PRIVATE KEY"_s << C::Pkcs1 << false << QString() << false << u"RSA"_s << 2048 << QString() << QString();
    QTest::newRow("RSA encrypted PKCS#8 AES") << u"rsa_pkcs8_aes.key"_s << true << u"ENCRYPTED PRIVATE KEY"_s << C::EncryptedPkcs8 << true << pbes2Aes << true << u"RSA"_s << 2048 << QString() << QString();
    QTest::newRow("RSA encrypted PKCS#8 AES, no passphrase") << u"rsa_pkcs8_aes.key"_s << false << u"ENCRYPTED PRIVATE KEY"_s << C::EncryptedPkcs8 << true << pbes2Aes << true << QString() << 0 << QString() << required;
    QTest::newRow("RSA encrypted PKCS#8 3DES") << u"rsa_pkcs8_des3.key"_s << true << u"ENCRYPTED PRIVATE KEY"_s << C::EncryptedPkcs8 << true << pbes2Des << false << u"RSA"_s << 2048 << QString() << QString();
    QTest::newRow("RSA legacy encrypted AES") << u"rsa_legacy_aes.key"_s << true << u"RSA PRIVATE KEY"_s << C::LegacyEncryptedPkcs1 << true << u"AES-256-CBC"_s << false << u"RSA"_s << 2048 << QString() << QString();
    QTest::newRow("RSA legacy encrypted 3DES") << u"rsa_legacy_des3.key"_s << true << u"RSA PRIVATE KEY"_s << C::LegacyEncryptedPkcs1 << true << u"DES-EDE3-CBC"_s << false << u"RSA"_s << 2048 << QString() << QString();
    QTest::newRow("RSA legacy encrypted, no passphrase") << u"rsa_legacy_des3.key"_s << false << u"RSA PRIVATE KEY"_s << C::LegacyEncryptedPkcs1 << true << u"DES-EDE3-CBC"_s << false << QString() << 0 << QString() << required;
    QTest::newRow("RSA public key") << u"rsa_pub.pem"_s << false << u"PUBLIC KEY"_s << C::Spki << false << QString() << false << u"RSA"_s << 2048 << QString() << QString();
    QTest::newRow("EC PKCS#8") << u"ec.key"_s << false << u"PRIVATE KEY"_s << C::Pkcs8 << false << QString() << false << u"EC"_s << 256 << u"prime256v1"_s << QString();
    QTest::newRow("EC SEC1") << u"ec_sec1.key"_s << false << u"EC PRIVATE KEY"_s << C::Sec1 << false << QString() << false << u"EC"_s << 256 << u"prime256v1"_s << QString();
    QTest::newRow("EC PARAMETERS + SEC1") << u"ec_params.key"_s << false << u"EC PRIVATE KEY"_s << C::Sec1 << false << QString() << false << u"EC"_s << 256 << u"prime256v1"_s << QString();
    QTest::newRow("EC encrypted PKCS#8 AES") << u"ec_pkcs8_aes.key"_s << true << u"ENCRYPTED PRIVATE KEY"_s << C::EncryptedPkcs8 << true << pbes2Aes << true << u"EC"_s << 256 << u"prime256v1"_s << QString();
    QTest::newRow("EC legacy encrypted AES") << u"ec_legacy_aes.key"_s << true << u"EC PRIVATE KEY"_s << C::LegacyEncryptedSec1 << true << u"AES-256-CBC"_s << false << u"EC"_s << 256 << u"prime256v1"_s << QString();
    QTest::newRow("EC encrypted PKCS#8 AES-128, 20000 rounds") << u"ec_pkcs8_iter.key"_s << true << u"ENCRYPTED PRIVATE KEY"_s << C::EncryptedPkcs8 << true << u"PBES2/PBKDF2-HMAC-SHA256/AES-128-CBC"_s << true << u"EC"_s << 256 << u"prime256v1"_s << QString();
    QTest::newRow("EC encrypted PKCS#8 scrypt") << u"ec_pkcs8_scrypt.key"_s << true << u"ENCRYPTED PRIVATE KEY"_s << C::EncryptedPkcs8 << true << u"PBES2/scrypt/AES-256-CBC"_s << true << u"EC"_s << 256 << u"prime256v1"_s << QString();
    QTest::newRow("EC public key") << u"ec_pub.pem"_s << false << u"PUBLIC KEY"_s << C::Spki << false << QString() << false << u"EC"_s << 256 << u"prime256v1"_s << QString();
    // clang-format on
}

void TestCertInfo::keyFacts()
{
    QFETCH(QString, file);
    QFETCH(bool, withPassphrase);
    QFETCH(QString, label);
    QFETCH(Certs::KeyContainer, container);
    QFETCH(bool, encrypted);
    QFETCH(QString, encryption);
    QFETCH(bool, aes);
    QFETCH(QString, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    QFETCH(QString, keyError);

    const Certs::CertificateFile loaded =
        load(file, withPassphrase ? std::optional<QByteArray>(CertFixture::passphrase()) : std::nullopt);
    QVERIFY(loaded.key.has_value());
    const Certs::KeyInfo& key = *loaded.key;
    QCOMPARE(key.pemLabel, label);
    QCOMPARE(key.container, container);
    QCOMPARE(key.kind, container == Certs::KeyContainer::Spki ? Certs::KeyKind::PublicKey : Certs::KeyKind::PrivateKey);
    QCOMPARE(loaded.classification,
             container == Certs::KeyContainer::Spki ? Certs::Classification::PublicKey
                                                    : Certs::Classification::PrivateKey);
    QCOMPARE(key.encrypted, encrypted);
    QCOMPARE(key.encryption, encryption);
    QCOMPARE(key.aesEncryptedPkcs8, aes);
    QCOMPARE(loaded.keyError ? loaded.keyError->code : QString(), keyError);
    QCOMPARE(key.publicKey.has_value(), keyError.isEmpty());
    if (key.publicKey) {
        QCOMPARE(key.publicKey->algorithm, algorithm);
        QCOMPARE(key.publicKey->bits, bits);
        QCOMPARE(key.publicKey->curve, curve);
    }
}

void TestCertInfo::keyDerivationCostIsCapped()
{
    // A crafted key could ask for billions of PBKDF2 rounds; above the cap it is not decrypted.
    Certs::LoadOptions options;
    options.passphrase = CertFixture::passphrase();
    options.maxKdfCost = 10000;
    for (const QString& file : {u"ec_pkcs8_iter.key"_s, u"ec_pkcs8_scrypt.key"_s}) {
        auto capped = Certs::inspect(m_fixture.read(file), options);
        QVERIFY(capped.ok());
        QVERIFY(capped->keyError.has_value());
        QCOMPARE(capped->keyError->code, QString(Certs::Codes::INVALID_DER));
        QVERIFY(!capped->key->publicKey.has_value());
    }
    options.maxKdfCost = 20000;
    auto allowed = Certs::inspect(m_fixture.read(u"ec_pkcs8_iter.key"_s), options);
    QVERIFY(allowed.ok() && !allowed->keyError && allowed->key->publicKey);
}

void TestCertInfo::keyMatch_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase"); // empty: none
    QTest::addColumn<QString>("expected");      // "match", "mismatch" or an error code

    const QByteArray pass = CertFixture::passphrase();
    const QString match = u"match"_s;
    const QString mismatch = u"mismatch"_s;
    for (const QString& key : {u"rsa.key"_s, u"rsa_pkcs1.key"_s, u"rsa_pkcs8_aes.key"_s, u"rsa_pkcs8_des3.key"_s,
                               u"rsa_legacy_aes.key"_s, u"rsa_legacy_des3.key"_s, u"rsa_pub.pem"_s}) {
        QTest::addRow("RSA: %s", qPrintable(key)) << u"rsa.crt"_s << key << pass << match;
    }
    for (const QString& key : {u"ec.key"_s, u"ec_sec1.key"_s, u"ec_params.key"_s, u"ec_pkcs8_aes.key"_s,
                               u"ec_legacy_aes.key"_s, u"ec_pub.pem"_s}) {
        QTest::addRow("EC: %s", qPrintable(key)) << u"ec.crt"_s << key << pass << match;
    }
    QTest::newRow("DER certificate") << u"rsa.der"_s << u"rsa_pkcs1.key"_s << QByteArray() << match;
    QTest::newRow("chain: its first certificate") << u"chain.pem"_s << u"rsa.key"_s << QByteArray() << match;
    QTest::newRow("chain: not the CA's key") << u"chain.pem"_s << u"rsa_ca.key"_s << QByteArray() << mismatch;
    QTest::newRow("RSA certificate, its CA's RSA key") << u"rsa.crt"_s << u"rsa_ca.key"_s << QByteArray() << mismatch;
    QTest::newRow("RSA certificate, an EC key") << u"rsa.crt"_s << u"ec.key"_s << QByteArray() << mismatch;
    QTest::newRow("EC certificate, another EC key") << u"ec.crt"_s << u"other_ec.key"_s << QByteArray() << mismatch;
    QTest::newRow("EC certificate, an RSA public key") << u"ec.crt"_s << u"rsa_pub.pem"_s << QByteArray() << mismatch;
    QTest::newRow("same subject and issuer, other key")
        << u"same_name_ca.crt"_s << u"ec.key"_s << QByteArray() << mismatch;
    QTest::newRow("encrypted, no passphrase")
        << u"rsa.crt"_s << u"rsa_pkcs8_aes.key"_s << QByteArray() << QString(Certs::Codes::PASSPHRASE_REQUIRED);
    QTest::newRow("encrypted, wrong passphrase")
        << u"rsa.crt"_s << u"rsa_pkcs8_aes.key"_s << QByteArray("wrong") << QString(Certs::Codes::BAD_PASSPHRASE);
    QTest::newRow("legacy, wrong passphrase")
        << u"rsa.crt"_s << u"rsa_legacy_aes.key"_s << QByteArray("wrong") << QString(Certs::Codes::BAD_PASSPHRASE);
    QTest::newRow("legacy 3DES, wrong passphrase")
        << u"ec.crt"_s << u"ec_legacy_aes.key"_s << QByteArray("Wrong") << QString(Certs::Codes::BAD_PASSPHRASE);
    QTest::newRow("swapped arguments") << u"rsa.key"_s << u"rsa.crt"_s << QByteArray()
                                       << QString(Certs::Codes::WRONG_CONTENT);
}

void TestCertInfo::keyMatch()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, expected);
    const Certs::CertificateFile certificateFile = load(certificate);
    const Certs::CertificateFile keyFile =
        load(key, passphrase.isEmpty() ? std::nullopt : std::optional<QByteArray>(passphrase));
    auto matches = Certs::keyMatchesCertificate(certificateFile, keyFile);
    if (expected == u"match"_s || expected == u"mismatch"_s) {
        QVERIFY2(matches.ok(), qPrintable(matches ? QString() : matches.error().fullText()));
        QCOMPARE(*matches, expected == u"match"_s);
    } else {
        QVERIFY(!matches.ok());
        QCOMPARE(matches.error().code, expected);
    }
}

void TestCertInfo::keyMatchIgnoresFileNames()
{
    // A key named after another certificate's ID still matches its own certificate and only that (§4).
    const Certs::CertificateFile rsa = load(u"rsa.crt"_s);
    const Certs::CertificateFile ec = load(u"ec.crt"_s);
    const QString misleading = ec.certificates.first().awsCertificateId() + u"-private.pem.key"_s;
    m_fixture.write(misleading, m_fixture.read(u"rsa.key"_s));
    const Certs::CertificateFile key = load(misleading);
    QCOMPARE(key.nameHint.kind, Certs::NameKind::PrivateKey);
    QCOMPARE(*Certs::keyMatchesCertificate(rsa, key), true);
    QCOMPARE(*Certs::keyMatchesCertificate(ec, key), false);
}

void TestCertInfo::spkiHashIsOpensslsPublicKeyHash()
{
    // spki_sha256 = SHA-256 of the DER SubjectPublicKeyInfo, as `openssl pkey -pubout -outform DER | sha256sum`.
    for (const auto& [certificate, publicKey] :
         {std::pair{u"rsa.crt"_s, u"rsa_pub.pem"_s}, std::pair{u"ec.crt"_s, u"ec_pub.pem"_s}}) {
        const QByteArray der = m_fixture.openssl({u"pkey"_s, u"-pubin"_s, u"-in"_s, publicKey, u"-outform"_s, u"DER"_s})
                                   .value_or(QByteArray());
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
        QCOMPARE(load(certificate).certificates.first().publicKey.spkiSha256Hex(), expected);
        QCOMPARE(load(publicKey).key->publicKey->spkiSha256Hex(), expected);
    }
}

void TestCertInfo::fileNameHints_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Certs::NameKind>("kind");
    QTest::addColumn<QString>("prefix");

    const QString id = u"8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e"_s;
    using K = Certs::NameKind;
    QTest::newRow("64-hex certificate") << id + u"-certificate.pem.crt"_s << K::Certificate << id;
    QTest::newRow("64-hex private key") << u"/some/folder/"_s + id + u"-private.pem.key"_s << K::PrivateKey << id;
    QTest::newRow("64-hex public key") << id + u"-public.pem.key"_s << K::PublicKey << id;
    QTest::newRow("10-hex legacy prefix") << u"a7fdac8939-private.pem.key"_s << K::PrivateKey << u"a7fdac8939"_s;
    QTest::newRow("upper-case hex") << u"A7FDAC8939-certificate.pem.crt"_s << K::Certificate << u"a7fdac8939"_s;
    QTest::newRow("no prefix") << u"device-certificate.pem.crt"_s << K::Certificate << QString();
    QTest::newRow("11 hex is no prefix") << u"a7fdac89390-certificate.pem.crt"_s << K::Certificate << QString();
    QTest::newRow("AmazonRootCA1.pem") << u"AmazonRootCA1.pem"_s << K::RootCa << QString();
    QTest::newRow("AmazonRootCA3.pem") << u"AmazonRootCA3.pem"_s << K::RootCa << QString();
    QTest::newRow("connect kit certificate") << u"thing.cert.pem"_s << K::Certificate << QString();
    QTest::newRow("connect kit key") << u"thing.private.key"_s << K::PrivateKey << QString();
    QTest::newRow("plain name") << u"device.pem"_s << K::None << QString();
    QTest::newRow("folder names do not count") << id + u"-certificate.pem.crt/device.pem"_s << K::None << QString();
}

void TestCertInfo::fileNameHints()
{
    QFETCH(QString, name);
    QFETCH(Certs::NameKind, kind);
    QFETCH(QString, prefix);
    const Certs::FileNameHint hint = Certs::fileNameHint(name);
    QCOMPARE(hint.kind, kind);
    QCOMPARE(hint.idPrefix, prefix);
}

void TestCertInfo::idPrefixIsChecked_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("matches");
    const QString id = load(u"rsa.crt"_s).certificates.first().awsCertificateId();
    QTest::newRow("full ID") << id << true;
    QTest::newRow("10-hex prefix") << id.left(10) << true;
    QTest::newRow("another certificate's ID") << load(u"ec.crt"_s).certificates.first().awsCertificateId() << false;
    QTest::newRow("10 hex of another") << u"0000000000"_s << false;
}

void TestCertInfo::idPrefixIsChecked()
{
    QFETCH(QString, prefix);
    QFETCH(bool, matches);
    const QString name = prefix + u"-certificate.pem.crt"_s;
    m_fixture.write(name, m_fixture.read(u"rsa.crt"_s));
    const Certs::CertificateFile file = load(name);
    QCOMPARE(file.nameHint.prefixMatches(file.certificates.first().awsCertificateId()), std::optional<bool>(matches));
    const bool warned = std::any_of(file.warnings.cbegin(), file.warnings.cend(),
                                    [](const QString& w) { return w.contains(u"certificate ID"_s); });
    QCOMPARE(warned, !matches);
}

QTEST_GUILESS_MAIN(TestCertInfo)
#include "TestCertInfo.moc"
