// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertificateFile.h"

#include "certs/CertErrors.h"
#include "certs/OpenSslHandles_p.h"
#include "common/FileIo.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <ctime>
#include <limits>

namespace Certs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Certs)
};

Error makeError(QLatin1StringView code, const QString& message, const QString& detail = {})
{
    return Error{QString(code), message, detail};
}

QString objectText(const ASN1_OBJECT* object, bool numeric)
{
    char buffer[128];
    const int length = OBJ_obj2txt(buffer, sizeof buffer, object, numeric ? 1 : 0);
    return length > 0 ? QString::fromLatin1(buffer, qMin<int>(length, int(sizeof buffer) - 1)) : QString();
}

QString asn1StringToUtf8(const ASN1_STRING* value)
{
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0 || !utf8) {
        Ssl::clearErrors();
        return {};
    }
    std::unique_ptr<unsigned char, Ssl::OpenSslFree> guard(utf8);
    return QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
}

QString rfc4514(const X509_NAME* name)
{
    Ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 flags (reverse order, ",", "+", escaping) but UTF-8 kept as UTF-8 instead of \XX escapes.
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        Ssl::clearErrors();
        return {};
    }
    return QString::fromUtf8(Ssl::bioContents(bio.get()));
}

QList<DnAttribute> attributes(const X509_NAME* name)
{
    QList<DnAttribute> result;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT* object = X509_NAME_ENTRY_get_object(entry);
        DnAttribute attribute;
        const int nid = OBJ_obj2nid(object);
        attribute.oid = objectText(object, true);
        attribute.type = nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : attribute.oid;
        attribute.value = asn1StringToUtf8(X509_NAME_ENTRY_get_data(entry));
        attribute.set = X509_NAME_ENTRY_set(entry);
        result.append(attribute);
    }
    return result;
}

/// The last CN: the most specific one when a name has several.
QString commonName(const QList<DnAttribute>& attributes)
{
    QString last;
    for (const DnAttribute& attribute : attributes) {
        if (attribute.type == QLatin1String("CN")) {
            last = attribute.value;
        }
    }
    return last;
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        Ssl::clearErrors();
        return {};
    }
    return {QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC};
}

PublicKeyInfo publicKeyInfo(const EVP_PKEY* key, const QByteArray& spkiDer)
{
    PublicKeyInfo info;
    info.spkiDer = spkiDer;
    if (!key) {
        return info;
    }
    if (const char* name = EVP_PKEY_get0_type_name(key)) {
        info.algorithm = QString::fromLatin1(name);
    }
    info.bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1) {
            info.curve = QString::fromLatin1(group, qsizetype(length));
            if (const char* nist = EC_curve_nid2nist(OBJ_sn2nid(group))) {
                info.curveNist = QString::fromLatin1(nist);
            }
        }
    }
    Ssl::clearErrors();
    return info;
}

CertificateInfo certificateInfo(const QByteArray& der)
{
    CertificateInfo info;
    info.der = der;
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Ssl::X509Ptr x509(d2i_X509(nullptr, &p, long(der.size())));
    if (!x509) { // checked by readPem already
        Ssl::clearErrors();
        return info;
    }
    const X509_NAME* subject = X509_get_subject_name(x509.get());
    const X509_NAME* issuer = X509_get_issuer_name(x509.get());
    info.subjectAttributes = attributes(subject);
    info.subjectCn = commonName(info.subjectAttributes);
    info.subjectRfc4514 = rfc4514(subject);
    info.issuerAttributes = attributes(issuer);
    info.issuerCn = commonName(info.issuerAttributes);
    info.issuerRfc4514 = rfc4514(issuer);

    if (Ssl::BigNumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509.get()), nullptr)); serial) {
        if (char* hex = BN_bn2hex(serial.get())) {
            info.serialHex = QString::fromLatin1(hex).toLower();
            OPENSSL_free(hex);
        }
    }
    info.notBefore = toDateTime(X509_get0_notBefore(x509.get()));
    info.notAfter = toDateTime(X509_get0_notAfter(x509.get()));
    // AWS certificate ID: SHA-256 over the DER exactly as it is in the file.
    info.sha256 = Ssl::sha256(der);
    info.sha1 = Ssl::sha1(der);

    const int signatureNid = X509_get_signature_nid(x509.get());
    if (signatureNid != NID_undef) {
        info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(signatureNid));
    } else {
        const X509_ALGOR* algorithm = nullptr;
        X509_get0_signature(nullptr, &algorithm, x509.get());
        const ASN1_OBJECT* object = nullptr;
        X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
        info.signatureAlgorithm = objectText(object, true);
    }

    const QByteArray spki = Ssl::toDer<X509_PUBKEY>(X509_get_X509_PUBKEY(x509.get()), i2d_X509_PUBKEY);
    EVP_PKEY* key = X509_get0_pubkey(x509.get());
    info.publicKey = publicKeyInfo(key, spki);
    if (!key) { // an algorithm OpenSSL cannot load: at least name it
        ASN1_OBJECT* object = nullptr;
        X509_PUBKEY_get0_param(&object, nullptr, nullptr, nullptr, X509_get_X509_PUBKEY(x509.get()));
        info.publicKey.algorithm = objectText(object, false);
    }

    int critical = 0;
    if (auto* constraints =
            static_cast<BASIC_CONSTRAINTS*>(X509_get_ext_d2i(x509.get(), NID_basic_constraints, &critical, nullptr))) {
        info.basicConstraintsCa = constraints->ca != 0;
        BASIC_CONSTRAINTS_free(constraints);
    }
    info.selfSigned = X509_NAME_cmp(subject, issuer) == 0 && key && X509_verify(x509.get(), key) == 1;
    Ssl::clearErrors();
    return info;
}

struct PassphraseContext
{
    const QByteArray* passphrase = nullptr;
};

int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* userData)
{
    const auto* context = static_cast<const PassphraseContext*>(userData);
    if (!context || !context->passphrase) {
        return -1;
    }
    const int length = int(qMin<qsizetype>(context->passphrase->size(), size));
    std::memcpy(buffer, context->passphrase->constData(), size_t(length));
    return length;
}

QString cipherName(int nid)
{
    const char* name = OBJ_nid2sn(nid);
    return name ? QString::fromLatin1(name) : QString();
}

bool isAesCipher(int nid)
{
    const QString name = cipherName(nid);
    return name.startsWith(QLatin1String("AES"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("id-aes"), Qt::CaseInsensitive);
}

struct Pkcs8Scheme
{
    QString description; ///< "PBES2/PBKDF2-HMAC-SHA256/AES-256-CBC", or the PBE scheme's name
    bool aes = false;
    qint64 cost = 0; ///< PBKDF2/PBE iterations, or scrypt N·r·p; 0 when unknown
};

qint64 integerValue(const ASN1_INTEGER* value)
{
    int64_t result = 0;
    if (!value || ASN1_INTEGER_get_int64(&result, value) != 1 || result < 0) {
        Ssl::clearErrors();
        return std::numeric_limits<qint64>::max(); // unreadable or negative: treat as too costly
    }
    return result;
}

qint64 saturatingProduct(qint64 a, qint64 b)
{
    qint64 product = 0;
    return qMulOverflow(a, b, &product) ? std::numeric_limits<qint64>::max() : product;
}

/// Describes the encryption of an EncryptedPrivateKeyInfo without decrypting it.
Pkcs8Scheme pkcs8Scheme(const X509_SIG* sig)
{
    Pkcs8Scheme scheme;
    const X509_ALGOR* algorithm = nullptr;
    X509_SIG_get0(sig, &algorithm, nullptr);
    const ASN1_OBJECT* object = nullptr;
    int parameterType = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(&object, &parameterType, &parameter, algorithm);
    const int nid = OBJ_obj2nid(object);
    if (nid != NID_pbes2) {
        // PKCS#5 v1 / PKCS#12 PBEs: PBEParameter { salt, iterationCount }.
        scheme.description = nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : objectText(object, true);
        if (parameterType == V_ASN1_SEQUENCE && parameter) {
            std::unique_ptr<PBEPARAM, Ssl::Deleter<PBEPARAM, PBEPARAM_free>> pbe(static_cast<PBEPARAM*>(
                ASN1_item_unpack(static_cast<const ASN1_STRING*>(parameter), ASN1_ITEM_rptr(PBEPARAM))));
            scheme.cost = pbe ? integerValue(pbe->iter) : 0;
        }
        Ssl::clearErrors();
        return scheme;
    }
    scheme.description = QStringLiteral("PBES2");
    if (parameterType != V_ASN1_SEQUENCE || !parameter) {
        return scheme;
    }
    std::unique_ptr<PBE2PARAM, Ssl::Deleter<PBE2PARAM, PBE2PARAM_free>> pbes2(static_cast<PBE2PARAM*>(
        ASN1_item_unpack(static_cast<const ASN1_STRING*>(parameter), ASN1_ITEM_rptr(PBE2PARAM))));
    if (!pbes2) {
        Ssl::clearErrors();
        return scheme;
    }
    const int kdfNid = OBJ_obj2nid(pbes2->keyfunc->algorithm);
    const ASN1_TYPE* kdfParameter = pbes2->keyfunc->parameter;
    const bool kdfSequence = kdfParameter && kdfParameter->type == V_ASN1_SEQUENCE;
    QString kdf = objectText(pbes2->keyfunc->algorithm, false);
    if (kdfNid == NID_id_pbkdf2) {
        QString prf = QStringLiteral("HMAC-SHA1"); // the PBKDF2 default when no PRF is given
        std::unique_ptr<PBKDF2PARAM, Ssl::Deleter<PBKDF2PARAM, PBKDF2PARAM_free>> pbkdf2(
            kdfSequence
                ? static_cast<PBKDF2PARAM*>(ASN1_item_unpack(kdfParameter->value.sequence, ASN1_ITEM_rptr(PBKDF2PARAM)))
                : nullptr);
        if (pbkdf2) {
            scheme.cost = integerValue(pbkdf2->iter);
            if (pbkdf2->prf) {
                QString name = objectText(pbkdf2->prf->algorithm, false);
                if (name.startsWith(QLatin1String("hmacWith"))) {
                    name = QStringLiteral("HMAC-") + name.mid(8);
                }
                prf = name;
            }
        }
        kdf = QStringLiteral("PBKDF2-") + prf;
    } else if (kdfNid == NID_id_scrypt) {
        std::unique_ptr<SCRYPT_PARAMS, Ssl::Deleter<SCRYPT_PARAMS, SCRYPT_PARAMS_free>> scrypt(
            kdfSequence ? static_cast<SCRYPT_PARAMS*>(
                              ASN1_item_unpack(kdfParameter->value.sequence, ASN1_ITEM_rptr(SCRYPT_PARAMS)))
                        : nullptr);
        if (scrypt) {
            scheme.cost = saturatingProduct(
                saturatingProduct(integerValue(scrypt->costParameter), integerValue(scrypt->blockSize)),
                integerValue(scrypt->parallelizationParameter));
        }
        kdf = QStringLiteral("scrypt");
    }
    const int cipherNid = OBJ_obj2nid(pbes2->encryption->algorithm);
    scheme.aes = isAesCipher(cipherNid);
    const QString cipher =
        cipherNid != NID_undef ? cipherName(cipherNid) : objectText(pbes2->encryption->algorithm, true);
    Ssl::clearErrors();
    scheme.description = QStringLiteral("PBES2/") + kdf + QLatin1Char('/') + cipher;
    return scheme;
}

Error passphraseRequired()
{
    return makeError(Codes::PASSPHRASE_REQUIRED,
                     Tr::tr("The private key is encrypted. Give its passphrase (--passphrase) to read the key."));
}

Error badPassphrase(const QString& detail)
{
    return makeError(
        Codes::BAD_PASSPHRASE,
        Tr::tr("The passphrase does not decrypt the private key. Check the passphrase (it is case-sensitive) "
               "and try again."),
        detail);
}

/// Key facts for one key block; decrypts with the passphrase when there is one.
KeyInfo keyInfo(const PemBlock& block, const LoadOptions& options, std::optional<Error>* keyError)
{
    const std::optional<QByteArray>& passphrase = options.passphrase;
    KeyInfo info;
    info.pemLabel = block.label;
    Ssl::PKeyPtr key;
    switch (block.kind) {
    case BlockKind::PublicKey: {
        info.kind = KeyKind::PublicKey;
        info.container = KeyContainer::Spki;
        const auto* p = reinterpret_cast<const unsigned char*>(block.der.constData());
        key.reset(d2i_PUBKEY(nullptr, &p, long(block.der.size())));
        info.publicKey = publicKeyInfo(key.get(), block.der);
        Ssl::clearErrors();
        return info;
    }
    case BlockKind::PrivateKey: {
        info.container = KeyContainer::Pkcs8;
        const auto* p = reinterpret_cast<const unsigned char*>(block.der.constData());
        Ssl::Pkcs8Ptr pkcs8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(block.der.size())));
        key.reset(pkcs8 ? EVP_PKCS82PKEY(pkcs8.get()) : nullptr);
        break;
    }
    case BlockKind::EncryptedPrivateKey: {
        info.container = KeyContainer::EncryptedPkcs8;
        info.encrypted = true;
        const auto* p = reinterpret_cast<const unsigned char*>(block.der.constData());
        Ssl::X509SigPtr sig(d2i_X509_SIG(nullptr, &p, long(block.der.size())));
        if (!sig) {
            break;
        }
        const Pkcs8Scheme scheme = pkcs8Scheme(sig.get());
        info.encryption = scheme.description;
        info.aesEncryptedPkcs8 = scheme.aes;
        if (!passphrase) {
            *keyError = passphraseRequired();
            break;
        }
        if (scheme.cost > options.maxKdfCost) {
            *keyError = makeError(Codes::INVALID_DER,
                                  Tr::tr("The key's encryption asks for %1 key-derivation rounds, far more than any "
                                         "real key uses; it was not decrypted. Re-encrypt the key with openssl pkcs8.")
                                      .arg(scheme.cost));
            break;
        }
        Ssl::Pkcs8Ptr pkcs8(PKCS8_decrypt(sig.get(), passphrase->constData(), int(passphrase->size())));
        if (!pkcs8) {
            *keyError = badPassphrase(Ssl::drainErrors());
            break;
        }
        key.reset(EVP_PKCS82PKEY(pkcs8.get()));
        if (!key) {
            *keyError = badPassphrase(Ssl::drainErrors());
        }
        break;
    }
    case BlockKind::RsaPrivateKey:
    case BlockKind::EcPrivateKey: {
        const bool rsa = block.kind == BlockKind::RsaPrivateKey;
        if (!block.isLegacyEncrypted()) {
            info.container = rsa ? KeyContainer::Pkcs1 : KeyContainer::Sec1;
            key = Ssl::decodeTypeSpecificPrivateKey(block.der, rsa);
            break;
        }
        info.container = rsa ? KeyContainer::LegacyEncryptedPkcs1 : KeyContainer::LegacyEncryptedSec1;
        info.encrypted = true;
        QByteArray header = block.headers + '\n';
        EVP_CIPHER_INFO cipher{};
        if (PEM_get_EVP_CIPHER_INFO(header.data(), &cipher) == 1 && cipher.cipher) {
            info.encryption = QString::fromLatin1(EVP_CIPHER_get0_name(cipher.cipher)).toUpper();
        }
        if (!passphrase) {
            *keyError = passphraseRequired();
            break;
        }
        QByteArray data = block.der; // decrypted in place
        long length = long(data.size());
        PassphraseContext context{&*passphrase};
        if (PEM_do_header(&cipher, reinterpret_cast<unsigned char*>(data.data()), &length, passphraseCallback,
                          &context) != 1) {
            *keyError = badPassphrase(Ssl::drainErrors());
            break;
        }
        data.truncate(length);
        key = Ssl::decodeTypeSpecificPrivateKey(data, rsa);
        // Padding that happens to check out with a wrong passphrase leaves garbage: still a wrong passphrase.
        if (!key) {
            *keyError = badPassphrase(Ssl::drainErrors());
        }
        break;
    }
    case BlockKind::Certificate:
    case BlockKind::EcParameters:
        break;
    }
    if (key) {
        info.publicKey = publicKeyInfo(key.get(), Ssl::spkiDer(key.get()));
    }
    Ssl::clearErrors();
    return info;
}

bool isPrivateKeyKind(BlockKind kind)
{
    return kind == BlockKind::PrivateKey || kind == BlockKind::EncryptedPrivateKey ||
        kind == BlockKind::RsaPrivateKey || kind == BlockKind::EcPrivateKey;
}

QString ecParametersCurve(const PemBlock& block)
{
    const auto* p = reinterpret_cast<const unsigned char*>(block.der.constData());
    Ssl::Asn1ObjectPtr oid(d2i_ASN1_OBJECT(nullptr, &p, long(block.der.size())));
    const int nid = oid ? OBJ_obj2nid(oid.get()) : NID_undef;
    Ssl::clearErrors();
    return nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : QString();
}

} // namespace

QString classificationName(Classification classification)
{
    switch (classification) {
    case Classification::Certificate:
        return QStringLiteral("certificate");
    case Classification::CertificateChain:
        return QStringLiteral("certificate_chain");
    case Classification::PrivateKey:
        return QStringLiteral("private_key");
    case Classification::PublicKey:
        return QStringLiteral("public_key");
    }
    return {};
}

QByteArray CertificateFile::spkiDer() const
{
    if (!certificates.isEmpty()) {
        return certificates.first().publicKey.spkiDer;
    }
    return key && key->publicKey ? key->publicKey->spkiDer : QByteArray();
}

Result<CertificateFile> inspect(const QByteArray& bytes, const LoadOptions& options)
{
    auto document = readPem(bytes);
    if (!document) {
        return document.error();
    }
    CertificateFile file;
    file.fileName = options.fileName;
    file.document = std::move(document).value();
    file.nameHint = fileNameHint(options.fileName);

    int privateKeys = 0;
    int publicKeys = 0;
    const PemBlock* keyBlock = nullptr;
    const PemBlock* publicKeyBlock = nullptr;
    const PemBlock* ecParameters = nullptr;
    for (const PemBlock& block : file.document.blocks) {
        if (block.kind == BlockKind::Certificate) {
            file.certificates.append(certificateInfo(block.der));
        } else if (isPrivateKeyKind(block.kind)) {
            if (++privateKeys == 1) {
                keyBlock = &block;
            }
        } else if (block.kind == BlockKind::PublicKey) {
            if (++publicKeys == 1) {
                publicKeyBlock = &block;
            }
        } else if (block.kind == BlockKind::EcParameters && !ecParameters) {
            ecParameters = &block;
        }
    }
    const qsizetype certificates = file.certificates.size();
    if (certificates == 0 && privateKeys == 0 && publicKeys == 0) {
        return makeError(Codes::WRONG_CONTENT,
                         Tr::tr("The file holds only EC PARAMETERS (a curve name), no key or certificate. Choose the "
                                "key file, or create a key with “openssl ecparam -genkey -name prime256v1”."));
    }
    if (certificates > 0) {
        file.classification = certificates == 1 ? Classification::Certificate : Classification::CertificateChain;
    } else if (privateKeys > 0) {
        file.classification = Classification::PrivateKey;
    } else {
        file.classification = Classification::PublicKey;
    }
    if (const PemBlock* block = keyBlock ? keyBlock : publicKeyBlock) {
        file.key = keyInfo(*block, options, &file.keyError);
    }
    file.mixed = (certificates > 0 && privateKeys + publicKeys > 0) || privateKeys + publicKeys > 1;
    if (file.mixed) {
        file.warnings << (certificates > 0 && privateKeys > 0
                              ? Tr::tr("The file holds certificates and a private key together. Exports need them in "
                                       "separate files, so the key never ends up in a certificate string.")
                              : Tr::tr("The file holds more than one key; only the first is described. Split it into "
                                       "one file per key."));
    }
    // EC PARAMETERS + EC PRIVATE KEY (openssl ecparam -genkey) is one key (I8): the curves must agree.
    if (ecParameters && keyBlock && file.key && file.key->publicKey && !file.key->publicKey->curve.isEmpty()) {
        const QString curve = ecParametersCurve(*ecParameters);
        if (!curve.isEmpty() && curve != file.key->publicKey->curve) {
            return makeError(Codes::INVALID_DER,
                             Tr::tr("The EC PARAMETERS block names the curve %1, but the key is on %2. Use the file "
                                    "exactly as openssl wrote it, or drop the EC PARAMETERS block.")
                                 .arg(curve, file.key->publicKey->curve));
        }
    }
    // File names in AWS download style suggest a role; a certificate-ID prefix is checked, never trusted.
    const FileNameHint& hint = file.nameHint;
    if (!hint.idPrefix.isEmpty() && !file.certificates.isEmpty() &&
        hint.prefixMatches(file.certificates.first().awsCertificateId()) == false) {
        file.warnings << Tr::tr("The file name starts with the certificate ID %1, but this certificate's ID is %2. "
                                "The file was renamed or belongs to another certificate; check that you have the "
                                "right file.")
                             .arg(hint.idPrefix, file.certificates.first().awsCertificateId());
    }
    const bool namedCertificate = hint.kind == NameKind::Certificate || hint.kind == NameKind::RootCa;
    if (namedCertificate && file.classification != Classification::Certificate &&
        file.classification != Classification::CertificateChain) {
        file.warnings << Tr::tr("The file is named like a certificate but holds a %1.")
                             .arg(file.classification == Classification::PrivateKey ? Tr::tr("private key")
                                                                                    : Tr::tr("public key"));
    } else if (hint.kind == NameKind::PrivateKey && file.classification != Classification::PrivateKey) {
        file.warnings << Tr::tr("The file is named like a private key but holds no private key.");
    } else if (hint.kind == NameKind::PublicKey && file.classification != Classification::PublicKey) {
        file.warnings << Tr::tr("The file is named like a public key but holds something else.");
    }
    return file;
}

Result<CertificateFile> loadFile(const QString& path, LoadOptions options)
{
    auto bytes = FileIo::readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    if (options.fileName.isEmpty()) {
        options.fileName = path;
    }
    return inspect(*bytes, options);
}

Result<bool> keyMatchesCertificate(const CertificateFile& certificate, const CertificateFile& key)
{
    if (certificate.certificates.isEmpty()) {
        return makeError(
            Codes::WRONG_CONTENT,
            Tr::tr("“%1” holds no certificate. Give the certificate first, then the key.").arg(certificate.fileName));
    }
    if (!key.key) {
        return makeError(
            Codes::WRONG_CONTENT,
            Tr::tr("“%1” holds no private or public key. Give the key file (…-private.pem.key).").arg(key.fileName));
    }
    if (key.keyError) {
        return *key.keyError;
    }
    if (!key.key->publicKey || key.key->publicKey->spkiDer.isEmpty()) {
        return makeError(Codes::INVALID_DER, Tr::tr("The public key of “%1” cannot be read.").arg(key.fileName));
    }
    return certificate.certificates.first().publicKey.spkiDer == key.key->publicKey->spkiDer;
}

} // namespace Certs
