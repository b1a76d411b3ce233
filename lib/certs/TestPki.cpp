// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/TestPki.h"

#include "certs/OpenSslHandles_p.h"
#include "common/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <utility>
#include <vector>

namespace Certs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Certs)
};

constexpr char ORGANIZATION[] = "ThingBench test PKI";

Error pkiError(const QString& what)
{
    return Error{
        QStringLiteral("pki_failed"),
        Tr::tr("Could not create the test PKI: %1 failed. Check that OpenSSL 3 is installed correctly.").arg(what),
        Ssl::drainErrors()};
}

using Extensions = std::vector<std::pair<int, const char*>>;

struct Issuer
{
    X509* certificate = nullptr; ///< nullptr: self-signed
    EVP_PKEY* key = nullptr;
};

Ssl::X509Ptr makeCertificate(EVP_PKEY* subjectKey, const QString& commonName, const Issuer& issuer,
                             const QDateTime& notBefore, const QDateTime& notAfter, const Extensions& extensions);

Ssl::X509Ptr makeCertificate(EVP_PKEY* subjectKey, const QString& commonName, const Issuer& issuer, int days,
                             const Extensions& extensions)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return makeCertificate(subjectKey, commonName, issuer, now.addSecs(-60), now.addDays(days), extensions);
}

Ssl::X509Ptr makeCertificate(EVP_PKEY* subjectKey, const QString& commonName, const Issuer& issuer,
                             const QDateTime& notBefore, const QDateTime& notAfter, const Extensions& extensions)
{
    Ssl::X509Ptr x509(X509_new());
    Ssl::BigNumPtr serial(BN_new());
    if (!x509 || !serial ||
        X509_set_version(x509.get(), X509_VERSION_3) != 1
        // 159 random bits, the top one set: always 20 bytes and positive (RFC 5280), like AWS's serials.
        || BN_rand(serial.get(), 159, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x509.get())) ||
        !ASN1_TIME_set(X509_getm_notBefore(x509.get()), time_t(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(x509.get()), time_t(notAfter.toSecsSinceEpoch()))) {
        return nullptr;
    }
    X509_NAME* name = X509_get_subject_name(x509.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(ORGANIZATION), -1,
                                   -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1 ||
        X509_set_issuer_name(x509.get(), issuer.certificate ? X509_get_subject_name(issuer.certificate) : name) != 1 ||
        X509_set_pubkey(x509.get(), subjectKey) != 1) {
        return nullptr;
    }
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer.certificate ? issuer.certificate : x509.get(), x509.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : extensions) {
        // The SKI is added before the AKI, so a self-signed certificate's AKI can refer to it.
        Ssl::X509ExtPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
        if (!extension || X509_add_ext(x509.get(), extension.get(), -1) != 1) {
            return nullptr;
        }
    }
    if (X509_sign(x509.get(), issuer.key ? issuer.key : subjectKey, EVP_sha256()) <= 0) {
        return nullptr;
    }
    return x509;
}

QByteArray certificatePem(X509* x509)
{
    Ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_X509(bio.get(), x509) == 1 ? Ssl::bioContents(bio.get()) : QByteArray();
}

/// PKCS#8 ("PRIVATE KEY"), or the traditional form ("RSA PRIVATE KEY", PKCS#1) AWS downloads use.
QByteArray privateKeyPem(EVP_PKEY* key, bool traditional)
{
    Ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio) {
        return {};
    }
    const int ok = traditional
        ? PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return ok == 1 ? Ssl::bioContents(bio.get()) : QByteArray();
}

QByteArray publicKeyPem(EVP_PKEY* key)
{
    Ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_PUBKEY(bio.get(), key) == 1 ? Ssl::bioContents(bio.get()) : QByteArray();
}

} // namespace

Result<TestPkiFiles> makeTestPki(const TestPkiOptions& options)
{
    static const QRegularExpression thingName(QStringLiteral("^[a-zA-Z0-9:_-]{1,128}$"));
    if (!thingName.match(options.thingName).hasMatch()) {
        return Error{QStringLiteral("usage"),
                     Tr::tr("“%1” is not a valid AWS IoT thing name: use 1–128 letters, digits, “:”, “_” or “-”.")
                         .arg(options.thingName),
                     {}};
    }
    if (options.days < 1 || options.days > 36500) {
        return Error{QStringLiteral("usage"), Tr::tr("The validity must be between 1 and 36500 days."), {}};
    }
    if (options.outDir.isEmpty()) {
        return Error{QStringLiteral("usage"), Tr::tr("Choose a folder for the test PKI."), {}};
    }
    Ssl::clearErrors();

    Ssl::PKeyPtr caKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!caKey) {
        return pkiError(QStringLiteral("EC key generation"));
    }
    Ssl::X509Ptr ca = makeCertificate(caKey.get(), QStringLiteral("ThingBench Local Root CA 1"), {}, options.days,
                                      {{NID_basic_constraints, "critical,CA:TRUE"},
                                       {NID_key_usage, "critical,keyCertSign,cRLSign"},
                                       {NID_subject_key_identifier, "hash"},
                                       {NID_authority_key_identifier, "keyid:always"}});
    if (!ca) {
        return pkiError(QStringLiteral("CA certificate"));
    }
    const Issuer issuer{ca.get(), caKey.get()};

    Ssl::PKeyPtr brokerKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!brokerKey) {
        return pkiError(QStringLiteral("EC key generation"));
    }
    Ssl::X509Ptr broker = makeCertificate(brokerKey.get(), QStringLiteral("localhost"), issuer, options.days,
                                          {{NID_basic_constraints, "critical,CA:FALSE"},
                                           {NID_key_usage, "critical,digitalSignature"},
                                           {NID_ext_key_usage, "serverAuth"},
                                           {NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"},
                                           {NID_subject_key_identifier, "hash"},
                                           {NID_authority_key_identifier, "keyid:always"}});
    if (!broker) {
        return pkiError(QStringLiteral("broker certificate"));
    }

    // Like CreateKeysAndCertificate: an RSA-2048 key, downloaded as "RSA PRIVATE KEY".
    Ssl::PKeyPtr deviceKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    if (!deviceKey) {
        return pkiError(QStringLiteral("RSA key generation"));
    }
    Ssl::X509Ptr device = makeCertificate(deviceKey.get(), options.thingName, issuer, options.days,
                                          {{NID_basic_constraints, "critical,CA:FALSE"},
                                           {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                                           {NID_ext_key_usage, "clientAuth"},
                                           {NID_subject_key_identifier, "hash"},
                                           {NID_authority_key_identifier, "keyid:always"}});
    if (!device) {
        return pkiError(QStringLiteral("device certificate"));
    }
    const QByteArray deviceDer = Ssl::toDer<X509>(device.get(), i2d_X509);

    TestPkiFiles files;
    files.dir = QDir(options.outDir).absolutePath();
    files.thingName = options.thingName;
    files.deviceCertificateId = QString::fromLatin1(Ssl::sha256(deviceDer).toHex());
    const QDir dir(files.dir);
    files.caCertificate = dir.filePath(QStringLiteral("ThingBenchRootCA1.pem"));
    files.caKey = dir.filePath(QStringLiteral("ThingBenchRootCA1.key"));
    files.brokerCertificate = dir.filePath(QStringLiteral("broker.crt"));
    files.brokerKey = dir.filePath(QStringLiteral("broker.key"));
    files.deviceCertificate = dir.filePath(files.deviceCertificateId + QStringLiteral("-certificate.pem.crt"));
    files.devicePrivateKey = dir.filePath(files.deviceCertificateId + QStringLiteral("-private.pem.key"));
    files.devicePublicKey = dir.filePath(files.deviceCertificateId + QStringLiteral("-public.pem.key"));

    struct Output
    {
        QString path;
        QByteArray data;
        FileIo::Permissions permissions;
    };
    const Output outputs[] = {
        {files.caCertificate, certificatePem(ca.get()), FileIo::Permissions::Default},
        {files.caKey, privateKeyPem(caKey.get(), false), FileIo::Permissions::OwnerOnly},
        {files.brokerCertificate, certificatePem(broker.get()), FileIo::Permissions::Default},
        {files.brokerKey, privateKeyPem(brokerKey.get(), false), FileIo::Permissions::OwnerOnly},
        {files.deviceCertificate, certificatePem(device.get()), FileIo::Permissions::Default},
        {files.devicePrivateKey, privateKeyPem(deviceKey.get(), true), FileIo::Permissions::OwnerOnly},
        {files.devicePublicKey, publicKeyPem(deviceKey.get()), FileIo::Permissions::Default},
    };
    for (const Output& output : outputs) {
        if (output.data.isEmpty()) {
            return pkiError(QStringLiteral("PEM encoding"));
        }
    }
    for (const Output& output : outputs) {
        if (auto written = FileIo::writeFileAtomically(output.path, output.data, output.permissions); !written) {
            return written.error();
        }
    }
    return files;
}

namespace {

Ssl::PKeyPtr readPrivateKey(const QByteArray& pem)
{
    Ssl::BioPtr bio = Ssl::memoryBio(pem);
    return Ssl::PKeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Ssl::X509Ptr readCertificate(const QByteArray& pem)
{
    Ssl::BioPtr bio = Ssl::memoryBio(pem);
    return Ssl::X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

} // namespace

Result<QByteArray> makeTestKey()
{
    Ssl::clearErrors();
    Ssl::PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const QByteArray pem = key ? privateKeyPem(key.get(), false) : QByteArray();
    if (pem.isEmpty()) {
        return pkiError(QStringLiteral("EC key generation"));
    }
    return pem;
}

Result<QByteArray> encryptTestKey(const QByteArray& keyPem, const QByteArray& passphrase)
{
    Ssl::clearErrors();
    Ssl::PKeyPtr key = readPrivateKey(keyPem);
    Ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key || !bio ||
        PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), EVP_aes_256_cbc(), passphrase.constData(),
                                      int(passphrase.size()), nullptr, nullptr) != 1) {
        return pkiError(QStringLiteral("key encryption"));
    }
    return Ssl::bioContents(bio.get());
}

Result<QByteArray> makeTestCertificate(const TestCertificateSpec& spec, const QByteArray& subjectKeyPem,
                                       const QByteArray& issuerCertificatePem, const QByteArray& issuerKeyPem)
{
    Ssl::clearErrors();
    Ssl::PKeyPtr subjectKey = readPrivateKey(subjectKeyPem);
    Ssl::X509Ptr issuerCertificate = issuerCertificatePem.isEmpty() ? nullptr : readCertificate(issuerCertificatePem);
    Ssl::PKeyPtr issuerKey = issuerKeyPem.isEmpty() ? nullptr : readPrivateKey(issuerKeyPem);
    if (!subjectKey || issuerCertificatePem.isEmpty() != issuerKeyPem.isEmpty() ||
        (!issuerCertificatePem.isEmpty() && (!issuerCertificate || !issuerKey))) {
        return pkiError(QStringLiteral("reading the keys and the issuer"));
    }
    const QByteArray altNames = spec.subjectAltNames.toUtf8();
    Extensions extensions;
    switch (spec.kind) {
    case TestCertificateSpec::Kind::Ca:
        extensions = {{NID_basic_constraints, "critical,CA:TRUE"}, {NID_key_usage, "critical,keyCertSign,cRLSign"}};
        break;
    case TestCertificateSpec::Kind::Server:
        extensions = {{NID_basic_constraints, "critical,CA:FALSE"},
                      {NID_key_usage, "critical,digitalSignature"},
                      {NID_ext_key_usage, "serverAuth"}};
        break;
    case TestCertificateSpec::Kind::Client:
        extensions = {{NID_basic_constraints, "critical,CA:FALSE"},
                      {NID_key_usage, "critical,digitalSignature"},
                      {NID_ext_key_usage, "clientAuth"}};
        break;
    }
    if (!altNames.isEmpty()) {
        extensions.push_back({NID_subject_alt_name, altNames.constData()});
    }
    extensions.push_back({NID_subject_key_identifier, "hash"});
    extensions.push_back({NID_authority_key_identifier, "keyid:always"});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Ssl::X509Ptr certificate =
        makeCertificate(subjectKey.get(), spec.commonName, Issuer{issuerCertificate.get(), issuerKey.get()},
                        spec.notBefore.isValid() ? spec.notBefore : now.addSecs(-60),
                        spec.notAfter.isValid() ? spec.notAfter : now.addDays(365), extensions);
    const QByteArray pem = certificate ? certificatePem(certificate.get()) : QByteArray();
    if (pem.isEmpty()) {
        return pkiError(QStringLiteral("certificate “%1”").arg(spec.commonName));
    }
    return pem;
}

} // namespace Certs
