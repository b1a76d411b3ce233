// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertExporter.h"

#include "certs/CertErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

Error usageError(const QString& message)
{
    return Error{QStringLiteral("usage"), message, {}};
}

struct FormatName
{
    ExportFormat format;
    const char* name;
};

constexpr FormatName FORMAT_NAMES[] = {
    {ExportFormat::Pem, "pem"},
    {ExportFormat::CStringFreertos, "cstring-freertos"},
    {ExportFormat::CStringNlSpace, "cstring-nl-space"},
    {ExportFormat::CStringNlNoSpace, "cstring-nl-nospace"},
    {ExportFormat::FreertosDefine, "freertos-define"},
    {ExportFormat::FreertosPyDefine, "freertos-py-define"},
    {ExportFormat::MtbDefine, "mtb-define"},
    {ExportFormat::MbedArray, "mbed-array"},
    {ExportFormat::Arduino, "arduino"},
    {ExportFormat::CArray, "c-array"},
    {ExportFormat::CypressScript, "cypress-script"},
};

struct RoleName
{
    Role role;
    const char* name;
};

constexpr RoleName ROLE_NAMES[] = {
    {Role::ClientCertificate, "client_certificate"},
    {Role::ClientPrivateKey, "client_private_key"},
    {Role::RootCa, "root_ca"},
    {Role::JitrCa, "jitr_ca"},
};

/// Lines L1…Ln as C string literals: `"Li` + `between` + LF for i < n, `"Ln` + `last` + LF.
QByteArray literalLines(const QList<QByteArray>& lines, QByteArrayView between, QByteArrayView last)
{
    QByteArray out;
    qsizetype size = 0;
    for (const QByteArray& line : lines) {
        size += line.size() + 8;
    }
    out.reserve(size);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += '"';
        out += lines.at(i);
        out += i + 1 < lines.size() ? between : last;
        out += '\n';
    }
    return out;
}

/// §5's internal check: after I5 lines hold base64, '-', ' ', ':' and ','; anything that could break out of a C
/// string literal (a quote, a backslash, a trigraph, a control or non-ASCII byte) is refused.
std::optional<Error> checkLiteralSafe(const QList<QByteArray>& lines)
{
    for (const QByteArray& line : lines) {
        bool safe = !line.contains("??");
        for (const char c : line) {
            safe = safe && c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
        }
        if (!safe) {
            return makeError(Codes::WRONG_CONTENT,
                             Tr::tr("A header line of the key holds characters that cannot go into a C string "
                                    "literal. Remove the extra PEM headers, or re-export the key with openssl."));
        }
    }
    return std::nullopt;
}

bool isCIdentifier(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

QString aesPkcs8Warning(const KeyInfo& key)
{
    return Tr::tr("The key is PKCS#8 encrypted with AES (%1). Mbed TLS 2.28, which FreeRTOS, ModusToolbox and "
                  "ESP-IDF builds use, rejects such keys (-0x2e80, algorithm not available). Re-encrypt it with 3DES "
                  "(openssl pkcs8 -topk8 -v2 des3 -in KEY -out KEY-3des.pem), use a legacy encrypted key (openssl "
                  "pkey -aes256 -traditional), or export the unencrypted key if the device keeps it in secure storage.")
        .arg(key.encryption);
}

bool holdsCertificates(const CertificateFile& file)
{
    return file.classification == Classification::Certificate ||
        file.classification == Classification::CertificateChain;
}

/// The first private-key block (not EC PARAMETERS) or public-key block.
const PemBlock* keyBlock(const CertificateFile& file)
{
    for (const PemBlock& block : file.document.blocks) {
        if (block.kind != BlockKind::Certificate && block.kind != BlockKind::EcParameters) {
            return &block;
        }
    }
    return nullptr;
}

QByteArray cypressComment(const CertificateFile& file, const std::optional<Role>& explicitRole)
{
    if (explicitRole) {
        switch (*explicitRole) {
        case Role::ClientCertificate:
            return QByteArrayLiteral("/* Thing Certificate */");
        case Role::ClientPrivateKey:
            return QByteArrayLiteral("/* Thing Private Key */");
        case Role::RootCa:
            return QByteArrayLiteral("/* Amazon Root Certificate */");
        case Role::JitrCa:
            return {};
        }
    }
    // The script decides by file name suffix only.
    const QString name = QFileInfo(file.fileName).fileName();
    if (name.endsWith(QLatin1String("private.pem.key"))) {
        return QByteArrayLiteral("/* Thing Private Key */");
    }
    if (name.endsWith(QLatin1String("certificate.pem.crt"))) {
        return QByteArrayLiteral("/* Thing Certificate */");
    }
    if (name.endsWith(QLatin1String("CA1.pem"))) {
        return QByteArrayLiteral("/* Amazon Root Certificate */");
    }
    return {};
}

// §1.1: the CertificateConfigurator template (generator.js, 2019-06…2021-08), byte for byte.
constexpr char HEADER_BEGIN[] = "#ifndef AWS_CLIENT_CREDENTIAL_KEYS_H\n"
                                "#define AWS_CLIENT_CREDENTIAL_KEYS_H\n"
                                "\n"
                                "#include <stdint.h>\n"
                                "\n";
constexpr char CLIENT_CERTIFICATE_COMMENT[] = "/*\n"
                                              " * PEM-encoded client certificate.\n"
                                              " *\n"
                                              " * Must include the PEM header and footer:\n"
                                              " * \"-----BEGIN CERTIFICATE-----\\n\"\\\n"
                                              " * \"...base64 data...\\n\"\\\n"
                                              " * \"-----END CERTIFICATE-----\"\n"
                                              " */\n";
constexpr char PRIVATE_KEY_COMMENT[] = "/*\n"
                                       " * PEM-encoded client private key.\n"
                                       " *\n"
                                       " * Must include the PEM header and footer:\n"
                                       " * \"-----BEGIN RSA PRIVATE KEY-----\\n\"\\\n"
                                       " * \"...base64 data...\\n\"\\\n"
                                       " * \"-----END RSA PRIVATE KEY-----\"\n"
                                       " */\n";
constexpr char JITR_TEXT[] = "/*\n"
                             " * PEM-encoded Just-in-Time Registration (JITR) certificate (optional).\n"
                             " *\n"
                             " * If used, must include the PEM header and footer:\n"
                             " * \"-----BEGIN CERTIFICATE-----\\n\"\\\n"
                             " * \"...base64 data...\\n\"\\\n"
                             " * \"-----END CERTIFICATE-----\"\n"
                             " */\n"
                             "#define keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM  \"\"\n"
                             "\n";
constexpr char HEADER_END[] = "\n"
                              "#endif /* AWS_CLIENT_CREDENTIAL_KEYS_H */\n";

} // namespace

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    QString normalized = name.toString().toLower();
    normalized.replace(QLatin1Char('_'), QLatin1Char('-'));
    // The spec's ids for the same formats.
    if (normalized == QLatin1String("arduino-progmem")) {
        return ExportFormat::Arduino;
    }
    if (normalized == QLatin1String("der-c-array") || normalized == QLatin1String("xxd-i")) {
        return ExportFormat::CArray;
    }
    if (normalized == QLatin1String("cypress-script-stdout")) {
        return ExportFormat::CypressScript;
    }
    for (const FormatName& entry : FORMAT_NAMES) {
        if (normalized == QLatin1String(entry.name)) {
            return entry.format;
        }
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    for (const FormatName& entry : FORMAT_NAMES) {
        if (entry.format == format) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatName& entry : FORMAT_NAMES) {
        names << QString::fromLatin1(entry.name);
    }
    return names;
}

std::optional<Role> roleFromName(QStringView name)
{
    QString normalized = name.toString().toLower();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const RoleName& entry : ROLE_NAMES) {
        if (normalized == QLatin1String(entry.name)) {
            return entry.role;
        }
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    for (const RoleName& entry : ROLE_NAMES) {
        if (entry.role == role) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

QStringList roleNames()
{
    QStringList names;
    for (const RoleName& entry : ROLE_NAMES) {
        names << QString::fromLatin1(entry.name);
    }
    return names;
}

std::optional<QString> defaultSymbolName(ExportFormat format, Role role)
{
    const auto pick = [role](const char* certificate, const char* key, const char* root,
                             const char* jitr) -> std::optional<QString> {
        const char* name = nullptr;
        switch (role) {
        case Role::ClientCertificate:
            name = certificate;
            break;
        case Role::ClientPrivateKey:
            name = key;
            break;
        case Role::RootCa:
            name = root;
            break;
        case Role::JitrCa:
            name = jitr;
            break;
        }
        return name ? std::optional<QString>(QString::fromLatin1(name)) : std::nullopt;
    };
    switch (format) {
    case ExportFormat::FreertosDefine:
        return pick("keyCLIENT_CERTIFICATE_PEM", "keyCLIENT_PRIVATE_KEY_PEM", "democonfigROOT_CA_PEM",
                    "keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM");
    case ExportFormat::FreertosPyDefine:
        // PEM-to-C-string.py puts a root CA (--root-ca-file) into the JITR macro; we do as the tool does.
        return pick("keyCLIENT_CERTIFICATE_PEM", "keyCLIENT_PRIVATE_KEY_PEM",
                    "keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM", "keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM");
    case ExportFormat::MtbDefine:
        return pick("CLIENT_CERTIFICATE", "CLIENT_PRIVATE_KEY", "ROOT_CA_CERTIFICATE", nullptr);
    case ExportFormat::MbedArray:
        return pick("SSL_CLIENTCERT_PEM", "SSL_CLIENTKEY_PEM", "SSL_CA_PEM", nullptr);
    case ExportFormat::Arduino:
        return pick("AWS_CERT_CRT", "AWS_CERT_PRIVATE", "AWS_CERT_CA", nullptr);
    case ExportFormat::Pem:
    case ExportFormat::CStringFreertos:
    case ExportFormat::CStringNlSpace:
    case ExportFormat::CStringNlNoSpace:
    case ExportFormat::CArray:
    case ExportFormat::CypressScript:
        return std::nullopt;
    }
    return std::nullopt;
}

bool formatNeedsName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::FreertosDefine:
    case ExportFormat::FreertosPyDefine:
    case ExportFormat::MtbDefine:
    case ExportFormat::MbedArray:
    case ExportFormat::Arduino:
    case ExportFormat::CArray:
        return true;
    case ExportFormat::Pem:
    case ExportFormat::CStringFreertos:
    case ExportFormat::CStringNlSpace:
    case ExportFormat::CStringNlNoSpace:
    case ExportFormat::CypressScript:
        return false;
    }
    return false;
}

bool isFirmwareFormat(ExportFormat format)
{
    return format != ExportFormat::Pem;
}

QByteArray cStringFreertos(const QList<QByteArray>& lines)
{
    return literalLines(lines, R"(\n"\)", R"(")");
}

QByteArray cStringNlSpace(const QList<QByteArray>& lines)
{
    return literalLines(lines, R"(\n" \)", R"(\n")");
}

QByteArray cStringNlNoSpace(const QList<QByteArray>& lines)
{
    return literalLines(lines, R"(\n"\)", R"(\n")");
}

QByteArray xxdInclude(const QByteArray& data, const QByteArray& name)
{
    static constexpr char HEX[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(data.size() * 6 + 2 * name.size() + 64);
    out += "unsigned char " + name + "[] = {\n";
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (i % 12 == 0) {
            out += i == 0 ? "  " : ",\n  ";
        } else {
            out += ", ";
        }
        const auto byte = static_cast<unsigned char>(data.at(i));
        out += "0x";
        out += HEX[byte >> 4];
        out += HEX[byte & 0x0f];
    }
    if (!data.isEmpty()) {
        out += '\n';
    }
    out += "};\nunsigned int " + name + "_len = " + QByteArray::number(data.size()) + ";\n";
    return out;
}

QByteArray xxdName(const QString& path)
{
    const QByteArray bytes = QFile::encodeName(path);
    QByteArray name;
    name.reserve(bytes.size() + 2);
    if (!bytes.isEmpty() && bytes.at(0) >= '0' && bytes.at(0) <= '9') {
        name += "__";
    }
    for (const char c : bytes) {
        const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        name += alnum ? c : '_';
    }
    return name;
}

std::optional<Role> inferRole(const CertificateFile& file)
{
    switch (file.classification) {
    case Classification::PrivateKey:
        return Role::ClientPrivateKey;
    case Classification::PublicKey:
        return std::nullopt;
    case Classification::Certificate:
    case Classification::CertificateChain:
        break;
    }
    if (file.nameHint.kind == NameKind::RootCa) {
        return Role::RootCa;
    }
    if (file.nameHint.kind == NameKind::Certificate) {
        return Role::ClientCertificate;
    }
    return !file.certificates.isEmpty() && file.certificates.first().basicConstraintsCa ? Role::RootCa
                                                                                        : Role::ClientCertificate;
}

Result<ExportResult> exportFile(const CertificateFile& file, const ExportRequest& request)
{
    if (file.mixed) {
        return makeError(Codes::MIXED_CONTENT,
                         Tr::tr("The file holds certificates and keys together (or several keys). Export each from a "
                                "file of its own, so a private key never ends up in a certificate string."));
    }
    ExportResult result;
    std::optional<Role> role = request.role;
    if (role) {
        const bool wantsKey = *role == Role::ClientPrivateKey;
        const bool fits = wantsKey ? file.classification == Classification::PrivateKey : holdsCertificates(file);
        if (!fits) {
            return makeError(Codes::WRONG_CONTENT,
                             Tr::tr("The role %1 needs %2, but the file holds a %3. Choose the right file or role.")
                                 .arg(roleName(*role), wantsKey ? Tr::tr("a private key") : Tr::tr("a certificate"),
                                      classificationName(file.classification)));
        }
    } else {
        role = inferRole(file);
    }
    if (role) {
        result.role = *role;
        result.hasRole = true;
    }
    const ExportFormat format = request.format;
    if (!request.name.isEmpty() && !isCIdentifier(request.name)) {
        return usageError(Tr::tr("“%1” is not a C identifier. Use letters, digits and “_”, not starting with a digit.")
                              .arg(request.name));
    }
    QString name = request.name;
    if (name.isEmpty() && formatNeedsName(format) && format != ExportFormat::CArray) {
        if (const auto symbol = role ? defaultSymbolName(format, *role) : std::nullopt) {
            name = *symbol;
        } else {
            return usageError(role ? Tr::tr("The %1 format has no name for the role %2. Give one with --name.")
                                         .arg(exportFormatName(format), roleName(*role))
                                   : Tr::tr("The %1 format needs a name for a public key. Give one with --name.")
                                         .arg(exportFormatName(format)));
        }
    }
    const QList<QByteArray> lines = file.document.lines();
    if (auto unsafe = checkLiteralSafe(lines)) {
        return *unsafe;
    }
    const QByteArray symbol = name.toLatin1();
    switch (format) {
    case ExportFormat::Pem:
        result.bytes = file.document.normalized();
        break;
    case ExportFormat::CStringFreertos:
        result.bytes = cStringFreertos(lines);
        break;
    case ExportFormat::CStringNlSpace:
        result.bytes = cStringNlSpace(lines);
        break;
    case ExportFormat::CStringNlNoSpace:
        result.bytes = cStringNlNoSpace(lines);
        break;
    case ExportFormat::FreertosDefine:
    case ExportFormat::MtbDefine:
        result.bytes = "#define " + symbol + " \\\n" + cStringFreertos(lines);
        break;
    case ExportFormat::FreertosPyDefine:
        result.bytes = "#define " + symbol + " \\\n" + cStringNlSpace(lines);
        break;
    case ExportFormat::MbedArray:
        result.bytes = "const char " + symbol + "[] =\n" + literalLines(lines, R"(\n" \)", R"(\n";)");
        break;
    case ExportFormat::Arduino: {
        const QByteArray delimiter = role == Role::ClientCertificate || role == Role::ClientPrivateKey
            ? QByteArrayLiteral("KEY")
            : QByteArrayLiteral("EOF");
        const QByteArray text = file.document.normalized();
        if (text.contains(")" + delimiter + "\"")) {
            return makeError(Codes::WRONG_CONTENT,
                             Tr::tr("The text contains the raw-string end “)%1\"”; it cannot be an Arduino raw string.")
                                 .arg(QString::fromLatin1(delimiter)));
        }
        result.bytes =
            "static const char " + symbol + "[] PROGMEM = R\"" + delimiter + "(\n" + text + ")" + delimiter + "\";\n";
        break;
    }
    case ExportFormat::CArray: {
        QByteArray data;
        if (file.classification == Classification::Certificate) {
            data = file.certificates.first().der;
        } else if (file.classification == Classification::CertificateChain) {
            return makeError(Codes::WRONG_CONTENT,
                             Tr::tr("c-array holds one certificate's DER, but the file is a chain of %1. Export each "
                                    "certificate from its own file, or use a PEM string format for the chain.")
                                 .arg(file.certificates.size()));
        } else if (const PemBlock* block = keyBlock(file); block && !block->isLegacyEncrypted()) {
            data = block->der;
        } else {
            return makeError(Codes::WRONG_CONTENT,
                             Tr::tr("A legacy encrypted key (Proc-Type/DEK-Info) has no DER form. Use a PEM string "
                                    "format, or convert it with “openssl pkcs8 -topk8”."));
        }
        QByteArray arrayName = symbol;
        if (arrayName.isEmpty()) {
            arrayName = !file.fileName.isEmpty() && file.fileName != QLatin1String("-") ? xxdName(file.fileName)
                : holdsCertificates(file)                                               ? QByteArrayLiteral("cert_der")
                                                                                        : QByteArrayLiteral("key_der");
        }
        result.bytes = xxdInclude(data, arrayName);
        break;
    }
    case ExportFormat::CypressScript:
        result.bytes = cypressComment(file, request.role) + '\n' + cStringNlNoSpace(lines) + '\n';
        break;
    }
    if (isFirmwareFormat(format) && file.key && file.key->aesEncryptedPkcs8) {
        result.warnings << aesPkcs8Warning(*file.key);
    }
    return result;
}

Result<ExportResult> freertosKeysHeader(const CertificateFile& certificate, const CertificateFile& key)
{
    if (!holdsCertificates(certificate) || certificate.mixed) {
        return makeError(Codes::WRONG_CONTENT,
                         certificate.mixed
                             ? Tr::tr("“%1” holds certificates and keys together. Give the certificate alone.")
                                   .arg(certificate.fileName)
                             : Tr::tr("“%1” is not a certificate. Give the device certificate with --cert.")
                                   .arg(certificate.fileName));
    }
    if (!key.hasPrivateKey() || key.mixed) {
        return makeError(
            Codes::WRONG_CONTENT,
            Tr::tr("“%1” is not a private key file. Give the device's private key with --key.").arg(key.fileName));
    }
    auto matches = keyMatchesCertificate(certificate, key);
    if (!matches) {
        return matches.error();
    }
    if (!*matches) {
        return makeError(
            Codes::KEY_MISMATCH,
            Tr::tr("The private key “%1” does not belong to the certificate “%2”: their public keys differ "
                   "(SPKI SHA-256 %3 vs %4). Choose the key created with this certificate (for AWS IoT, "
                   "the …-private.pem.key downloaded with it).")
                .arg(key.fileName, certificate.fileName,
                     certificate.certificates.first().publicKey.spkiSha256Hex().left(16),
                     key.key->publicKey->spkiSha256Hex().left(16)));
    }
    const QList<QByteArray> certificateLines = certificate.document.lines();
    const QList<QByteArray> keyLines = key.document.lines();
    if (auto unsafe = checkLiteralSafe(keyLines)) {
        return *unsafe;
    }
    if (auto unsafe = checkLiteralSafe(certificateLines)) {
        return *unsafe;
    }
    ExportResult result;
    result.role = Role::ClientCertificate;
    result.bytes = QByteArray(HEADER_BEGIN) + CLIENT_CERTIFICATE_COMMENT + "#define keyCLIENT_CERTIFICATE_PEM \\\n" +
        cStringFreertos(certificateLines) + "\n" + PRIVATE_KEY_COMMENT + "#define keyCLIENT_PRIVATE_KEY_PEM \\\n" +
        cStringFreertos(keyLines) + "\n" + JITR_TEXT + HEADER_END;
    if (key.key->aesEncryptedPkcs8) {
        result.warnings << aesPkcs8Warning(*key.key);
    }
    if (key.key->encrypted) {
        result.warnings << Tr::tr("The key stays encrypted in the header. FreeRTOS's key provisioning parses "
                                  "keyCLIENT_PRIVATE_KEY_PEM without a passphrase, so the device will reject it; "
                                  "export the decrypted key (openssl pkey -in KEY -out KEY-plain.pem) instead.");
    }
    return result;
}

} // namespace Certs
