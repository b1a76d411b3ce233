// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "certs/CertErrors.h"
#include "certs/CertExporter.h"
#include "certs/CertificateFile.h"
#include "certs/GitWorkTree.h"
#include "certs/TestPki.h"
#include "common/FileIo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

// `thingbench-cli cert info|match|export|freertos-header|make-pki` (DESIGN.md §3). Output goes to stdout as raw
// bytes (fwrite, no text conversion) so exports are byte-exact; errors and warnings go to stderr. Passphrases are
// only handed to lib/certs and never printed.

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

const char CERT_USAGE[] = "Usage: thingbench-cli cert <action> [options]\n"
                          "\n"
                          "Actions:\n"
                          "  info              facts about certificate and key files, one JSON line per file\n"
                          "  match             does a private or public key belong to a certificate?\n"
                          "  export            exact firmware exports (C strings, defines, arrays, PEM)\n"
                          "  freertos-header   aws_clientcredential_keys.h for a matching certificate + key\n"
                          "  make-pki          a local test CA, broker certificate and AWS-style device files\n"
                          "\n"
                          "Run 'thingbench-cli cert <action> --help' for an action's options.\n";

constexpr char STDIN_NAME[] = "-";

void writeStdout(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void writeJsonLine(const QJsonObject& object)
{
    writeStdout(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    std::fflush(stdout);
}

void printWarning(const QString& file, const QString& message)
{
    Cli::printError(file.isEmpty() ? tr("warning: %1").arg(message) : tr("warning: %1: %2").arg(file, message));
}

QJsonObject errorObject(const Error& error)
{
    return QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
}

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject publicKeyObject(const Certs::PublicKeyInfo& key)
{
    return QJsonObject{{QStringLiteral("algorithm"), key.algorithm},
                       {QStringLiteral("bits"), key.bits},
                       {QStringLiteral("curve"), stringOrNull(key.curve)},
                       {QStringLiteral("curve_nist"), stringOrNull(key.curveNist)}};
}

QJsonArray attributesArray(const QList<Certs::DnAttribute>& attributes)
{
    QJsonArray array;
    for (const Certs::DnAttribute& attribute : attributes) {
        array.append(QJsonObject{{QStringLiteral("type"), attribute.type},
                                 {QStringLiteral("oid"), attribute.oid},
                                 {QStringLiteral("value"), attribute.value},
                                 {QStringLiteral("set"), attribute.set}});
    }
    return array;
}

QJsonObject certificateObject(const Certs::CertificateInfo& info, const QDateTime& referenceTime)
{
    QJsonObject object;
    object.insert(QStringLiteral("subject_cn"), stringOrNull(info.subjectCn));
    object.insert(QStringLiteral("subject_rfc4514"), info.subjectRfc4514);
    object.insert(QStringLiteral("subject_attributes"), attributesArray(info.subjectAttributes));
    object.insert(QStringLiteral("issuer_cn"), stringOrNull(info.issuerCn));
    object.insert(QStringLiteral("issuer_rfc4514"), info.issuerRfc4514);
    object.insert(QStringLiteral("issuer_attributes"), attributesArray(info.issuerAttributes));
    object.insert(QStringLiteral("serial_hex"), info.serialHex);
    object.insert(QStringLiteral("not_before"), Certs::isoUtc(info.notBefore));
    object.insert(QStringLiteral("not_after"), Certs::isoUtc(info.notAfter));
    object.insert(QStringLiteral("status_at_reference_time"), Certs::validityStatusName(info.statusAt(referenceTime)));
    object.insert(QStringLiteral("sha256_fingerprint"), info.awsCertificateId());
    object.insert(QStringLiteral("sha256_fingerprint_colons"), info.sha256WithColons());
    object.insert(QStringLiteral("aws_certificate_id"), info.awsCertificateId());
    object.insert(QStringLiteral("sha1_fingerprint"), info.sha1Hex());
    object.insert(QStringLiteral("signature_algorithm"), info.signatureAlgorithm);
    object.insert(QStringLiteral("public_key"), publicKeyObject(info.publicKey));
    object.insert(QStringLiteral("spki_sha256"), info.publicKey.spkiSha256Hex());
    object.insert(QStringLiteral("basic_constraints_ca"), info.basicConstraintsCa);
    object.insert(QStringLiteral("self_signed"), info.selfSigned);
    return object;
}

QJsonObject keyObject(const Certs::KeyInfo& key)
{
    QJsonObject object;
    object.insert(QStringLiteral("pem_label"), key.pemLabel);
    object.insert(QStringLiteral("encrypted"), key.encrypted);
    object.insert(QStringLiteral("kind"),
                  key.kind == Certs::KeyKind::PrivateKey ? QStringLiteral("private_key")
                                                         : QStringLiteral("public_key"));
    object.insert(QStringLiteral("container"), Certs::keyContainerName(key.container));
    object.insert(QStringLiteral("encryption"), stringOrNull(key.encryption));
    if (key.publicKey) {
        object.insert(QStringLiteral("public_key"), publicKeyObject(*key.publicKey));
        object.insert(QStringLiteral("spki_sha256"), key.publicKey->spkiSha256Hex());
    } else {
        object.insert(QStringLiteral("public_key"), QJsonValue::Null);
        object.insert(QStringLiteral("spki_sha256"), QJsonValue::Null);
    }
    return object;
}

QJsonValue hintObject(const Certs::CertificateFile& file)
{
    if (file.nameHint.kind == Certs::NameKind::None) {
        return QJsonValue::Null;
    }
    QJsonObject object{{QStringLiteral("kind"), Certs::nameKindName(file.nameHint.kind)},
                       {QStringLiteral("id_prefix"), stringOrNull(file.nameHint.idPrefix)}};
    std::optional<bool> matches;
    if (!file.certificates.isEmpty()) {
        matches = file.nameHint.prefixMatches(file.certificates.first().awsCertificateId());
    }
    object.insert(QStringLiteral("id_prefix_matches"), matches ? QJsonValue(*matches) : QJsonValue(QJsonValue::Null));
    return object;
}

/// "-" reads stdin; anything else is a path. The result keeps the name as given (for hints and messages).
Result<Certs::CertificateFile> load(const QString& name, const std::optional<QByteArray>& passphrase)
{
    Certs::LoadOptions options;
    options.fileName = name;
    options.passphrase = passphrase;
    auto bytes = FileIo::readFile(name == QLatin1String(STDIN_NAME) ? QStringLiteral("/dev/stdin") : name);
    if (!bytes) {
        return bytes.error();
    }
    return Certs::inspect(*bytes, options);
}

/// The passphrase from --passphrase, --passphrase-file or THINGBENCH_PASSPHRASE (in that order), if any. Never printed.
Result<std::optional<QByteArray>> passphrase(const QCommandLineParser& parser)
{
    return Cli::secret(parser, QStringLiteral("passphrase"), QStringLiteral("passphrase-file"),
                       "THINGBENCH_PASSPHRASE");
}

void addPassphraseOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("passphrase"),
         tr("Passphrase of an encrypted private key (visible in the process list: prefer --passphrase-file or "
            "THINGBENCH_PASSPHRASE)."),
         QStringLiteral("passphrase")},
        {QStringLiteral("passphrase-file"),
         tr("Read the passphrase from this file (one trailing newline is ignored). --passphrase wins over it; it "
            "wins over the environment variable THINGBENCH_PASSPHRASE."),
         QStringLiteral("file")},
    });
}

/// The git work tree that stdout's file lies in, when stdout is a regular file (a shell redirect). Linux only:
/// the path comes from /proc/self/fd/1. A terminal or a pipe is not a place a key can be committed from.
std::optional<std::pair<QString, QString>> stdoutInGitWorkTree()
{
#ifdef Q_OS_LINUX
    struct stat status = {};
    if (::fstat(STDOUT_FILENO, &status) != 0 || !S_ISREG(status.st_mode)) {
        return std::nullopt;
    }
    const QString target = QFileInfo(QStringLiteral("/proc/self/fd/1")).symLinkTarget();
    if (target.isEmpty()) {
        return std::nullopt;
    }
    if (auto tree = Certs::gitWorkTreeContaining(QFileInfo(target).absolutePath())) {
        return std::make_pair(target, *tree);
    }
#endif
    return std::nullopt;
}

void warnIfKeyGoesIntoGit()
{
    if (const auto place = stdoutInGitWorkTree()) {
        printWarning({},
                     tr("a private key is being written to “%1”, inside the git work tree “%2”. Keys committed "
                        "to a repository leak easily: add the file to .gitignore, or write it outside the "
                        "repository.")
                         .arg(place->first, place->second));
    }
}

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Facts about certificate and key files (PEM or DER): one JSON object per "
                                        "file per line. Exit 0 when every file is ok, 1 otherwise."));
    addPassphraseOptions(parser);
    parser.addOption({QStringLiteral("at"),
                      tr("Reference time for the validity status (ISO 8601; UTC when no offset is given). Default: "
                         "now."),
                      QStringLiteral("time")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Certificate or key files ('-' reads stdin)."),
                                 QStringLiteral("FILE..."));
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        Cli::printError(tr("Give at least one certificate or key file. Run with --help for the options."));
        return Cli::EXIT_USAGE;
    }
    QDateTime referenceTime = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("at"))) {
        const QString text = parser.value(QStringLiteral("at"));
        referenceTime = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!referenceTime.isValid()) {
            referenceTime = QDateTime::fromString(text, Qt::ISODate);
        }
        if (!referenceTime.isValid()) {
            Cli::printError(tr("--at needs an ISO 8601 time such as 2030-01-01T00:00:00Z, not “%1”.").arg(text));
            return Cli::EXIT_USAGE;
        }
        if (referenceTime.timeSpec() == Qt::LocalTime) {
            referenceTime.setTimeSpec(Qt::UTC); // no offset given: UTC, so results do not depend on the machine
        }
    }
    auto secret = passphrase(parser);
    if (!secret) {
        Cli::printError(secret.error().fullText());
        return Cli::EXIT_USAGE;
    }
    bool allOk = true;
    for (const QString& name : files) {
        QJsonObject object{{QStringLiteral("file"), name},
                           {QStringLiteral("reference_time"), Certs::isoUtc(referenceTime)}};
        auto file = load(name, *secret);
        std::optional<Error> error;
        if (!file) {
            error = file.error();
        } else {
            const Certs::CertificateFile& f = *file;
            object.insert(QStringLiteral("input_encoding"),
                          f.document.encoding == Certs::InputEncoding::Der ? QStringLiteral("der")
                                                                           : QStringLiteral("pem"));
            object.insert(QStringLiteral("pem_labels"), QJsonArray::fromStringList(f.document.labels()));
            object.insert(QStringLiteral("classification"), Certs::classificationName(f.classification));
            QJsonArray certificates;
            for (const Certs::CertificateInfo& certificate : f.certificates) {
                certificates.append(certificateObject(certificate, referenceTime));
            }
            object.insert(QStringLiteral("certificates"), certificates);
            object.insert(QStringLiteral("key"), f.key ? QJsonValue(keyObject(*f.key)) : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("file_name_hint"), hintObject(f));
            object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings));
            for (const QString& warning : f.warnings) {
                printWarning(name, warning);
            }
            error = f.keyError;
        }
        if (error) {
            allOk = false;
            object.insert(QStringLiteral("status"), QStringLiteral("error"));
            object.insert(QStringLiteral("error"), errorObject(*error));
            Cli::printError(name + QStringLiteral(": ") + error->message);
        } else {
            object.insert(QStringLiteral("status"), QStringLiteral("ok"));
        }
        writeJsonLine(object);
    }
    return allOk ? Cli::EXIT_OK : Cli::EXIT_FAILURE_;
}

int runMatch(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Does the key belong to the certificate? Compares public keys (DER "
                                        "SubjectPublicKeyInfo), never file names. Exit 0 match, 1 no match, 2 error."));
    addPassphraseOptions(parser);
    parser.addPositionalArgument(QStringLiteral("CERT"), tr("Certificate file (the first certificate is used)."));
    parser.addPositionalArgument(QStringLiteral("KEY"),
                                 tr("Private key (encrypted: give --passphrase) or public key."));
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        Cli::printError(tr("Give a certificate file and a key file: cert match CERT KEY."));
        return Cli::EXIT_USAGE;
    }
    QJsonObject object{{QStringLiteral("certificate"), files.at(0)}, {QStringLiteral("key"), files.at(1)}};
    const auto fail = [&object](const QString& file, const Error& error) {
        object.insert(QStringLiteral("status"), QStringLiteral("error"));
        object.insert(QStringLiteral("error"), errorObject(error));
        writeJsonLine(object);
        Cli::printError(file.isEmpty() ? error.message : file + QStringLiteral(": ") + error.message);
        return Cli::EXIT_USAGE;
    };
    auto secret = passphrase(parser);
    if (!secret) {
        return fail({}, secret.error());
    }
    auto certificate = load(files.at(0), std::nullopt);
    if (!certificate) {
        return fail(files.at(0), certificate.error());
    }
    auto key = load(files.at(1), *secret);
    if (!key) {
        return fail(files.at(1), key.error());
    }
    auto matches = Certs::keyMatchesCertificate(*certificate, *key);
    if (!matches) {
        return fail({}, matches.error());
    }
    const Certs::CertificateInfo& first = certificate->certificates.first();
    object.insert(QStringLiteral("status"), QStringLiteral("ok"));
    object.insert(QStringLiteral("key_matches_certificate"), *matches);
    object.insert(QStringLiteral("aws_certificate_id"), first.awsCertificateId());
    object.insert(QStringLiteral("certificate_spki_sha256"), first.publicKey.spkiSha256Hex());
    object.insert(QStringLiteral("key_spki_sha256"), key->key->publicKey->spkiSha256Hex());
    object.insert(QStringLiteral("key_kind"),
                  key->hasPrivateKey() ? QStringLiteral("private_key") : QStringLiteral("public_key"));
    object.insert(QStringLiteral("key_file_name_hint"), hintObject(*key));
    // A key named <id>-private.pem.key can be checked against the certificate's ID; a hint only, never the verdict.
    const std::optional<bool> prefixMatches = key->nameHint.prefixMatches(first.awsCertificateId());
    object.insert(QStringLiteral("key_file_id_prefix_matches"),
                  prefixMatches ? QJsonValue(*prefixMatches) : QJsonValue(QJsonValue::Null));
    if (prefixMatches == false) {
        printWarning(files.at(1),
                     tr("the file name's certificate ID prefix %1 is not this certificate's ID (%2).")
                         .arg(key->nameHint.idPrefix, first.awsCertificateId()));
    }
    for (const QString& warning : certificate->warnings) {
        printWarning(files.at(0), warning);
    }
    for (const QString& warning : key->warnings) {
        printWarning(files.at(1), warning);
    }
    writeJsonLine(object);
    return *matches ? Cli::EXIT_OK : Cli::EXIT_FAILURE_;
}

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the exact export bytes to stdout. With several files, each export follows the previous one in "
           "order; if any file fails, nothing is written (exit 1).\nFormats: %1.\nRoles: %2.")
            .arg(Certs::exportFormatNames().join(QStringLiteral(", ")), Certs::roleNames().join(QStringLiteral(", "))));
    parser.addOptions({
        {QStringLiteral("format"), tr("Export format (see above)."), QStringLiteral("format")},
        {QStringLiteral("role"), tr("Who uses the text; picks macro and array names. Default: from the content."),
         QStringLiteral("role")},
        {QStringLiteral("name"), tr("Macro or array name, overriding the role's (one FILE only)."),
         QStringLiteral("name")},
    });
    addPassphraseOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Certificate or key files ('-' reads stdin)."),
                                 QStringLiteral("FILE..."));
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        Cli::printError(tr("Give the file to export. Run with --help for the options."));
        return Cli::EXIT_USAGE;
    }
    if (!parser.isSet(QStringLiteral("format"))) {
        Cli::printError(tr("--format is required. Formats: %1.").arg(Certs::exportFormatNames().join(u", ")));
        return Cli::EXIT_USAGE;
    }
    Certs::ExportRequest request;
    const auto format = Certs::exportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        Cli::printError(tr("Unknown format “%1”. Formats: %2.")
                            .arg(parser.value(QStringLiteral("format")), Certs::exportFormatNames().join(u", ")));
        return Cli::EXIT_USAGE;
    }
    request.format = *format;
    if (parser.isSet(QStringLiteral("role"))) {
        request.role = Certs::roleFromName(parser.value(QStringLiteral("role")));
        if (!request.role) {
            Cli::printError(tr("Unknown role “%1”. Roles: %2.")
                                .arg(parser.value(QStringLiteral("role")), Certs::roleNames().join(u", ")));
            return Cli::EXIT_USAGE;
        }
    }
    request.name = parser.value(QStringLiteral("name"));
    if (!request.name.isEmpty() && files.size() > 1) {
        Cli::printError(tr("--name works with one FILE only (several exports would define the same name)."));
        return Cli::EXIT_USAGE;
    }
    auto secret = passphrase(parser);
    if (!secret) {
        Cli::printError(secret.error().fullText());
        return Cli::EXIT_USAGE;
    }
    QByteArray output;
    bool failed = false;
    bool usage = false;
    bool privateKey = false;
    for (const QString& name : files) {
        auto file = load(name, *secret);
        if (!file) {
            Cli::printError(name + QStringLiteral(": ") + file.error().message);
            failed = true;
            continue;
        }
        // Exports keep encrypted keys encrypted, so no passphrase is needed; a wrong one is still an error.
        if (file->keyError && file->keyError->code == Certs::Codes::BAD_PASSPHRASE) {
            Cli::printError(name + QStringLiteral(": ") + file->keyError->message);
            failed = true;
            continue;
        }
        auto exported = Certs::exportFile(*file, request);
        if (!exported) {
            Cli::printError(name + QStringLiteral(": ") + exported.error().message);
            usage = usage || exported.error().code == QLatin1String("usage");
            failed = true;
            continue;
        }
        for (const QString& warning : file->warnings + exported->warnings) {
            printWarning(name, warning);
        }
        privateKey = privateKey || file->hasPrivateKey();
        output += exported->bytes;
    }
    if (failed) {
        return usage ? Cli::EXIT_USAGE : Cli::EXIT_FAILURE_;
    }
    if (privateKey) {
        warnIfKeyGoesIntoGit();
    }
    writeStdout(output);
    std::fflush(stdout);
    return Cli::EXIT_OK;
}

int runFreertosHeader(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes aws_clientcredential_keys.h (the FreeRTOS CertificateConfigurator "
                                        "layout) to stdout. Refuses a key that does not match the certificate."));
    parser.addOptions({
        {QStringLiteral("cert"), tr("Device certificate (PEM or DER)."), QStringLiteral("file")},
        {QStringLiteral("key"), tr("Its private key."), QStringLiteral("file")},
    });
    addPassphraseOptions(parser);
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    if (!parser.isSet(QStringLiteral("cert")) || !parser.isSet(QStringLiteral("key")) ||
        !parser.positionalArguments().isEmpty()) {
        Cli::printError(tr("Give the certificate and the key: cert freertos-header --cert C --key K."));
        return Cli::EXIT_USAGE;
    }
    auto secret = passphrase(parser);
    if (!secret) {
        Cli::printError(secret.error().fullText());
        return Cli::EXIT_USAGE;
    }
    const QString certificatePath = parser.value(QStringLiteral("cert"));
    const QString keyPath = parser.value(QStringLiteral("key"));
    auto certificate = load(certificatePath, std::nullopt);
    if (!certificate) {
        Cli::printError(certificatePath + QStringLiteral(": ") + certificate.error().message);
        return Cli::EXIT_FAILURE_;
    }
    auto key = load(keyPath, *secret);
    if (!key) {
        Cli::printError(keyPath + QStringLiteral(": ") + key.error().message);
        return Cli::EXIT_FAILURE_;
    }
    auto header = Certs::freertosKeysHeader(*certificate, *key);
    if (!header) {
        Cli::printError(header.error().message);
        return Cli::EXIT_FAILURE_;
    }
    for (const QString& warning : certificate->warnings) {
        printWarning(certificatePath, warning);
    }
    for (const QString& warning : key->warnings + header->warnings) {
        printWarning(keyPath, warning);
    }
    warnIfKeyGoesIntoGit();
    writeStdout(header->bytes);
    std::fflush(stdout);
    return Cli::EXIT_OK;
}

int runMakePki(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes a local test PKI in DIR: ThingBenchRootCA1.pem (+ .key), broker.crt/broker.key for "
           "localhost/127.0.0.1, and <id>-certificate.pem.crt, <id>-private.pem.key, <id>-public.pem.key for the "
           "device, named the way AWS IoT names downloads. Private keys are owner-only (0600). Prints the paths as "
           "JSON."));
    parser.addOptions({
        {QStringLiteral("out"), tr("Folder to write to (created if needed)."), QStringLiteral("dir")},
        {QStringLiteral("thing"), tr("Device certificate CN, an AWS IoT thing name (default thingbench-device)."),
         QStringLiteral("name"), QStringLiteral("thingbench-device")},
        {QStringLiteral("days"), tr("Validity in days (default 365)."), QStringLiteral("n"), QStringLiteral("365")},
    });
    if (auto code = Cli::parse(parser, arguments)) {
        return *code;
    }
    if (!parser.isSet(QStringLiteral("out")) || !parser.positionalArguments().isEmpty()) {
        Cli::printError(tr("Give the folder to write to: cert make-pki --out DIR."));
        return Cli::EXIT_USAGE;
    }
    Certs::TestPkiOptions options;
    options.outDir = parser.value(QStringLiteral("out"));
    options.thingName = parser.value(QStringLiteral("thing"));
    bool ok = false;
    options.days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (!ok) {
        Cli::printError(tr("--days must be a whole number of days."));
        return Cli::EXIT_USAGE;
    }
    if (const auto tree = Certs::gitWorkTreeContaining(options.outDir)) {
        printWarning({},
                     tr("private keys are being written to “%1”, inside the git work tree “%2”. Keys committed "
                        "to a repository leak easily: add the folder to .gitignore, or use a folder outside the "
                        "repository.")
                         .arg(QFileInfo(options.outDir).absoluteFilePath(), *tree));
    }
    auto files = Certs::makeTestPki(options);
    if (!files) {
        Cli::printError(files.error().fullText());
        return files.error().code == QLatin1String("usage") ? Cli::EXIT_USAGE : Cli::EXIT_FAILURE_;
    }
    writeJsonLine(QJsonObject{
        {QStringLiteral("dir"), files->dir},
        {QStringLiteral("ca_certificate"), files->caCertificate},
        {QStringLiteral("ca_key"), files->caKey},
        {QStringLiteral("broker_certificate"), files->brokerCertificate},
        {QStringLiteral("broker_key"), files->brokerKey},
        {QStringLiteral("device_certificate"), files->deviceCertificate},
        {QStringLiteral("device_private_key"), files->devicePrivateKey},
        {QStringLiteral("device_public_key"), files->devicePublicKey},
        {QStringLiteral("aws_certificate_id"), files->deviceCertificateId},
        {QStringLiteral("thing_name"), files->thingName},
    });
    return Cli::EXIT_OK;
}

} // namespace

namespace Cli {

int runCert(const QStringList& arguments)
{
#ifdef Q_OS_WIN
    // Exports are exact bytes: no LF → CRLF translation on stdout.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QString action;
    QStringList rest;
    if (const auto code = splitSubcommand(arguments, CERT_USAGE, &action, &rest)) {
        return *code;
    }
    if (action == QLatin1String("info")) {
        return runInfo(rest);
    }
    if (action == QLatin1String("match")) {
        return runMatch(rest);
    }
    if (action == QLatin1String("export")) {
        return runExport(rest);
    }
    if (action == QLatin1String("freertos-header")) {
        return runFreertosHeader(rest);
    }
    if (action == QLatin1String("make-pki")) {
        return runMakePki(rest);
    }
    printError(tr("Unknown cert action “%1”. Actions: info, match, export, freertos-header, make-pki.").arg(action));
    return EXIT_USAGE;
}

} // namespace Cli
