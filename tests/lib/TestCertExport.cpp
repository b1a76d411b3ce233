// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertFixtures.h"

#include "certs/CertErrors.h"
#include "certs/CertExporter.h"
#include "certs/CertificateFile.h"
#include "support/RequiredTool.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The exports of specs/certificates.md §5 and §1: exact bytes on small inputs, equality with what the original
// tools produce for well-formed files, and — the strongest check — every C export compiled by the system's C (or
// C++) compiler, with the compiled string or array bytes compared to pem_normalized or the DER.
class TestCertExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactBytes_data();
    void exactBytes();
    void xxdLayout_data();
    void xxdLayout();
    void xxdNames_data();
    void xxdNames();
    void compiledBytes_data();
    void compiledBytes();
    void sameAsTheOriginalTools_data();
    void sameAsTheOriginalTools();
    void freertosHeader_data();
    void freertosHeader();
    void freertosHeaderRefuses_data();
    void freertosHeaderRefuses();
    void rolesPickNames_data();
    void rolesPickNames();
    void aesEncryptedPkcs8Warning();
    void formatNames();

private:
    Certs::CertificateFile load(const QString& name, const std::optional<QByteArray>& passphrase = std::nullopt);
    QByteArray keyDer(const QString& name);

    CertFixture m_fixture;
    QString m_xxd; ///< vim's xxd, the reference for the c-array layout
};

namespace {

const QList<QByteArray> TINY = {"-----BEGIN CERTIFICATE-----", "QUJD", "REVG", "-----END CERTIFICATE-----"};

const char MAIN_STRING[] = "int main(int argc, char** argv)\n"
                           "{\n"
                           "    FILE* f;\n"
                           "    if (argc < 2) return 1;\n"
                           "    f = fopen(argv[1], \"wb\");\n"
                           "    if (!f) return 1;\n"
                           "    fwrite(%1, 1, sizeof(%1) - 1, f);\n"
                           "    fclose(f);\n"
                           "    return 0;\n"
                           "}\n";

const char MAIN_ARRAY[] = "int main(int argc, char** argv)\n"
                          "{\n"
                          "    FILE* f;\n"
                          "    if (argc < 2 || sizeof(%1) != %1_len) return 1;\n"
                          "    f = fopen(argv[1], \"wb\");\n"
                          "    if (!f) return 1;\n"
                          "    fwrite(%1, 1, %1_len, f);\n"
                          "    fclose(f);\n"
                          "    return 0;\n"
                          "}\n";

QByteArray mainFor(const char* templateText, const QByteArray& symbol)
{
    return QString::fromLatin1(templateText).arg(QString::fromLatin1(symbol)).toLatin1();
}

QByteArray symbolOf(const QByteArray& exported, const char* pattern)
{
    const auto match = QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromLatin1(exported));
    return match.captured(1).toLatin1();
}

// The CertificateConfigurator template, written out independently of the exporter (§1.1).
const char TEMPLATE_BEGIN[] = R"(#ifndef AWS_CLIENT_CREDENTIAL_KEYS_H
#define AWS_CLIENT_CREDENTIAL_KEYS_H

#include <stdint.h>

/*
 * PEM-encoded client certificate.
 *
 * Must include the PEM header and footer:
 * "-----BEGIN CERTIFICATE-----\n"\
 * "...base64 data...\n"\
 * "-----END CERTIFICATE-----"
 */
)";
const char TEMPLATE_KEY_COMMENT[] = R"(/*
 * PEM-encoded client private key.
 *
 * Must include the PEM header and footer:
 * "-----BEGIN RSA PRIVATE KEY-----\n"\
 * "...base64 data...\n"\
 * "-----END RSA PRIVATE KEY-----"
 */
)";
const char TEMPLATE_END[] = R"(/*
 * PEM-encoded Just-in-Time Registration (JITR) certificate (optional).
 *
 * If used, must include the PEM header and footer:
 * "-----BEGIN CERTIFICATE-----\n"\
 * "...base64 data...\n"\
 * "-----END CERTIFICATE-----"
 */
#define keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM  ""


#endif /* AWS_CLIENT_CREDENTIAL_KEYS_H */
)";

/// generator.js `formatCredentialText` (CertificateConfigurator, §1.1), step by step.
QByteArray generatorJsBody(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace("\n", "\\n\"\\\n\"");
    return text.left(text.size() - 6) + "\"\n";
}

/// PEMfileToCString.html after 2019-09-04 (§1.2), without the HTML line breaks.
QByteArray pemFileToCString(QByteArray text)
{
    text = text.trimmed();
    text.replace("\r\n", "\n");
    text.replace("\n", "\\n\"\\\n\"");
    return "\"" + text + "\"\n";
}

/// PEM-to-C-string.py (§1.3): `macro` empty for --pem-file.
QByteArray pemToCStringPy(QByteArray text, const QByteArray& macro)
{
    while (text.endsWith('\n')) {
        text.chop(1);
    }
    const QList<QByteArray> lines = text.split('\n');
    QByteArray out = macro.isEmpty() ? QByteArray() : "#define " + macro + " \\\n";
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        out += "\"" + lines.at(i) + "\\n\" \\\n";
    }
    return out + "\"" + lines.last() + "\\n\"\n";
}

/// The Cypress/Infineon scripts (§1.5): splitlines(), `"<line>\n"` + `\` for all but the last, then an empty line.
QByteArray cypressScript(const QByteArray& text, const QByteArray& comment)
{
    const QList<QByteArray> lines = pemLines(text);
    QByteArray out = comment + "\n";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += "\"" + lines.at(i) + "\\n\"" + (i + 1 < lines.size() ? "\\" : "") + "\n";
    }
    return out + "\n";
}

} // namespace

void TestCertExport::initTestCase()
{
    QString error;
    // The byte-for-byte comparisons need these tools; without them the test fails (it never silently skips).
    m_xxd = RequiredTool::find(u"xxd"_s, u"xxd"_s, &error);
    QVERIFY2(!m_xxd.isEmpty(), qPrintable(error));
    QVERIFY2(!RequiredTool::find(u"cc"_s, u"gcc"_s, &error).isEmpty(), qPrintable(error));
    QVERIFY2(!RequiredTool::find(u"c++"_s, u"g++"_s, &error).isEmpty(), qPrintable(error));
    QVERIFY2(m_fixture.create(&error), qPrintable(error));
}

Certs::CertificateFile TestCertExport::load(const QString& name, const std::optional<QByteArray>& passphrase)
{
    auto file = Certs::inspect(m_fixture.read(name), {name, passphrase});
    if (!file) {
        qWarning() << name << file.error().fullText();
        return {};
    }
    return *file;
}

QByteArray TestCertExport::keyDer(const QString& name)
{
    // The base64 body of the file's last block, decoded independently of the reader.
    const QList<QByteArray> lines = pemLines(m_fixture.read(name));
    qsizetype begin = lines.size() - 1;
    while (begin > 0 && !lines.at(begin).startsWith("-----BEGIN")) {
        --begin;
    }
    QByteArray base64;
    for (qsizetype i = begin + 1; i + 1 < lines.size(); ++i) {
        base64 += lines.at(i);
    }
    return QByteArray::fromBase64(base64);
}

void TestCertExport::exactBytes_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");

    // §5's table over L1…L4 = BEGIN, "QUJD", "REVG", END.
    QTest::newRow("cstring_freertos") << Certs::cStringFreertos(TINY)
                                      << QByteArray("\"-----BEGIN CERTIFICATE-----\\n\"\\\n"
                                                    "\"QUJD\\n\"\\\n"
                                                    "\"REVG\\n\"\\\n"
                                                    "\"-----END CERTIFICATE-----\"\n");
    QTest::newRow("cstring_nl_space") << Certs::cStringNlSpace(TINY)
                                      << QByteArray("\"-----BEGIN CERTIFICATE-----\\n\" \\\n"
                                                    "\"QUJD\\n\" \\\n"
                                                    "\"REVG\\n\" \\\n"
                                                    "\"-----END CERTIFICATE-----\\n\"\n");
    QTest::newRow("cstring_nl_nospace") << Certs::cStringNlNoSpace(TINY)
                                        << QByteArray("\"-----BEGIN CERTIFICATE-----\\n\"\\\n"
                                                      "\"QUJD\\n\"\\\n"
                                                      "\"REVG\\n\"\\\n"
                                                      "\"-----END CERTIFICATE-----\\n\"\n");
    QTest::newRow("one line") << Certs::cStringFreertos({"x"}) << QByteArray("\"x\"\n");
    QTest::newRow("blank line after DEK-Info")
        << Certs::cStringFreertos({"-----BEGIN RSA PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED",
                                   "DEK-Info: AES-256-CBC,00", "", "QUJD", "-----END RSA PRIVATE KEY-----"})
        << QByteArray("\"-----BEGIN RSA PRIVATE KEY-----\\n\"\\\n"
                      "\"Proc-Type: 4,ENCRYPTED\\n\"\\\n"
                      "\"DEK-Info: AES-256-CBC,00\\n\"\\\n"
                      "\"\\n\"\\\n"
                      "\"QUJD\\n\"\\\n"
                      "\"-----END RSA PRIVATE KEY-----\"\n");
}

void TestCertExport::exactBytes()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual, expected);
}

void TestCertExport::xxdLayout_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray("unsigned char x[] = {\n};\nunsigned int x_len = 0;\n");
    QTest::newRow("3 bytes") << QByteArray("ABC")
                             << QByteArray("unsigned char x[] = {\n  0x41, 0x42, 0x43\n};\nunsigned int x_len = 3;\n");
    QTest::newRow("13 bytes") << QByteArray("0123456789abc")
                              << QByteArray(
                                     "unsigned char x[] = {\n"
                                     "  0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61, 0x62,\n"
                                     "  0x63\n"
                                     "};\n"
                                     "unsigned int x_len = 13;\n");
    QTest::newRow("12 bytes, 0xff") << QByteArray(12, char(0xff))
                                    << QByteArray(
                                           "unsigned char x[] = {\n"
                                           "  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff\n"
                                           "};\n"
                                           "unsigned int x_len = 12;\n");
}

void TestCertExport::xxdLayout()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(Certs::xxdInclude(data, "x"), expected);
    // And what vim's xxd itself prints for the same bytes.
    m_fixture.write(u"x"_s, data);
    QProcess process;
    process.setWorkingDirectory(m_fixture.dir());
    process.start(m_xxd, {u"-i"_s, u"x"_s});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.readAllStandardOutput(), expected);
}

void TestCertExport::xxdNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("plain") << u"device.der"_s << QByteArray("device_der");
    QTest::newRow("folders") << u"certs/aws-iot/device.der"_s << QByteArray("certs_aws_iot_device_der");
    QTest::newRow("leading digit") << u"01-device.der"_s << QByteArray("__01_device_der");
    QTest::newRow("relative dot") << u"./device.der"_s << QByteArray("__device_der");
    QTest::newRow("absolute") << u"/tmp/a.der"_s << QByteArray("_tmp_a_der");
    QTest::newRow("non-ASCII: one '_' per UTF-8 byte") << u"Ger\u00e4t.der"_s << QByteArray("Ger__t_der");
    QTest::newRow("AWS name") << u"8ecde6884f-certificate.der"_s << QByteArray("__8ecde6884f_certificate_der");
}

void TestCertExport::xxdNames()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, name);
    QCOMPARE(Certs::xxdName(path), name);
}

void TestCertExport::compiledBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("error");

    const QStringList files = {u"rsa.crt"_s,           u"rsa_ca.crt"_s,    u"ec.crt"_s,        u"chain.pem"_s,
                               u"rsa.der"_s,           u"rsa_pkcs1.key"_s, u"ec_params.key"_s, u"rsa_legacy_des3.key"_s,
                               u"rsa_pkcs8_aes.key"_s, u"rsa_pub.pem"_s};
    for (const QString& file : files) {
        const bool der = file.endsWith(u".der"_s);
        const QByteArray normalized = m_fixture.read(der ? u"rsa.crt"_s : file);
        const bool publicKey = file == u"rsa_pub.pem"_s;
        for (const QString& format : Certs::exportFormatNames()) {
            const Certs::ExportFormat f = *Certs::exportFormatFromName(format);
            QByteArray expected;
            QString error;
            switch (f) {
            case Certs::ExportFormat::Pem:
                expected = normalized;
                break;
            case Certs::ExportFormat::CStringFreertos:
            case Certs::ExportFormat::FreertosDefine:
            case Certs::ExportFormat::MtbDefine:
                expected = withoutFinalNewline(normalized);
                break;
            case Certs::ExportFormat::CStringNlSpace:
            case Certs::ExportFormat::CStringNlNoSpace:
            case Certs::ExportFormat::FreertosPyDefine:
            case Certs::ExportFormat::MbedArray:
            case Certs::ExportFormat::CypressScript:
                expected = normalized;
                break;
            case Certs::ExportFormat::Arduino:
                expected = "\n" + normalized;
                break;
            case Certs::ExportFormat::CArray:
                if (file == u"chain.pem"_s || file == u"rsa_legacy_des3.key"_s) {
                    error = QString(Certs::Codes::WRONG_CONTENT);
                } else if (file.endsWith(u".crt"_s) || der) {
                    expected = m_fixture.derOf(der ? u"rsa.crt"_s : file);
                } else {
                    expected = keyDer(file);
                }
                break;
            }
            const QString name = publicKey && Certs::formatNeedsName(f) && f != Certs::ExportFormat::CArray
                ? u"DEVICE_PUBLIC_KEY"_s
                : QString();
            QTest::addRow("%s as %s", qPrintable(file), qPrintable(format))
                << file << format << name << expected << error;
        }
    }
}

void TestCertExport::compiledBytes()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    QFETCH(QString, error);

    const Certs::CertificateFile loaded = load(file);
    Certs::ExportRequest request;
    request.format = *Certs::exportFormatFromName(format);
    request.name = name;
    auto exported = Certs::exportFile(loaded, request);
    if (!error.isEmpty()) {
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().code, error);
        return;
    }
    QVERIFY2(exported.ok(), qPrintable(exported ? QString() : exported.error().fullText()));
    const QByteArray text = exported->bytes;
    QVERIFY(text.endsWith('\n'));
    QVERIFY(!text.contains('\r'));

    QByteArray source = "#include <stdio.h>\n";
    bool cplusplus = false;
    switch (request.format) {
    case Certs::ExportFormat::Pem:
        QCOMPARE(text, expected);
        return;
    case Certs::ExportFormat::CStringFreertos:
    case Certs::ExportFormat::CStringNlSpace:
    case Certs::ExportFormat::CStringNlNoSpace:
    case Certs::ExportFormat::CypressScript:
        source += "static const char s[] =\n" + text + ";\n" + mainFor(MAIN_STRING, "s");
        break;
    case Certs::ExportFormat::FreertosDefine:
    case Certs::ExportFormat::FreertosPyDefine:
    case Certs::ExportFormat::MtbDefine:
        source += text + "static const char s[] = " + symbolOf(text, "^#define (\\w+) \\\\\n") + ";\n" +
            mainFor(MAIN_STRING, "s");
        break;
    case Certs::ExportFormat::MbedArray:
        source += text + mainFor(MAIN_STRING, symbolOf(text, "^const char (\\w+)\\[\\] =\n"));
        break;
    case Certs::ExportFormat::Arduino:
        cplusplus = true;
        source += "#define PROGMEM\n" + text + mainFor(MAIN_STRING, symbolOf(text, R"(^static const char (\w+)\[\])"));
        break;
    case Certs::ExportFormat::CArray:
        source += text + mainFor(MAIN_ARRAY, symbolOf(text, R"(^unsigned char (\w+)\[\])"));
        break;
    }
    QString compileError;
    const QString base = QString(file).replace(u'.', u'_') + u'_' + QString(format).replace(u'-', u'_');
    const auto compiled = compileAndRun(m_fixture.dir(), base, source, cplusplus, &compileError);
    QVERIFY2(compiled.has_value(), qPrintable(compileError + u"\n"_s + QString::fromLatin1(source)));
    QCOMPARE(*compiled, expected);
}

void TestCertExport::sameAsTheOriginalTools_data()
{
    QTest::addColumn<QByteArray>("ours");
    QTest::addColumn<QByteArray>("tool");

    // For well-formed files (one final LF, no stray whitespace) our output is the tools' output, byte for byte.
    for (const QString& file :
         {u"rsa.crt"_s, u"chain.pem"_s, u"rsa_pkcs1.key"_s, u"rsa_legacy_aes.key"_s, u"ec_params.key"_s}) {
        const QByteArray text = m_fixture.read(file);
        const Certs::CertificateFile loaded = load(file);
        const auto exportAs = [&loaded](Certs::ExportFormat format, std::optional<Certs::Role> role = std::nullopt) {
            return Certs::exportFile(loaded, {format, role, {}}).value().bytes;
        };
        const QByteArray role = loaded.hasPrivateKey() ? "keyCLIENT_PRIVATE_KEY_PEM" : "keyCLIENT_CERTIFICATE_PEM";
        QTest::addRow("%s: CertificateConfigurator body", qPrintable(file)) << "#define " + role + " \\\n" +
                exportAs(Certs::ExportFormat::CStringFreertos) << "#define " + role + " \\\n\"" + generatorJsBody(text);
        QTest::addRow("%s: PEMfileToCString", qPrintable(file))
            << exportAs(Certs::ExportFormat::CStringFreertos) << pemFileToCString(text);
        QTest::addRow("%s: PEMfileToCString with CRLF and trailing blank lines", qPrintable(file))
            << exportAs(Certs::ExportFormat::CStringFreertos)
            << pemFileToCString(QByteArray(text).replace("\n", "\r\n") + "\r\n\r\n");
        QTest::addRow("%s: PEM-to-C-string.py --pem-file", qPrintable(file))
            << exportAs(Certs::ExportFormat::CStringNlSpace) << pemToCStringPy(text, {});
        QTest::addRow("%s: PEM-to-C-string.py typed", qPrintable(file))
            << exportAs(Certs::ExportFormat::FreertosPyDefine) << pemToCStringPy(text, role);
        QTest::addRow("%s: format_cert_key.py", qPrintable(file)) << exportAs(Certs::ExportFormat::CStringNlNoSpace) +
                "\n" << cypressScript(text, {}).mid(1);
    }
    // PEM-to-C-string.py --root-ca-file puts the root CA into the JITR macro; so does freertos-py-define.
    const QByteArray ca = m_fixture.read(u"rsa_ca.crt"_s);
    QTest::newRow("PEM-to-C-string.py --root-ca-file")
        << Certs::exportFile(load(u"rsa_ca.crt"_s), {Certs::ExportFormat::FreertosPyDefine, Certs::Role::RootCa, {}})
               .value()
               .bytes
        << pemToCStringPy(ca, "keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM");
    // The Cypress Mbed OS script names files by suffix.
    for (const auto& [name, comment] :
         {std::pair{u"0123456789-certificate.pem.crt"_s, QByteArray("/* Thing Certificate */")},
          std::pair{u"0123456789-private.pem.key"_s, QByteArray("/* Thing Private Key */")},
          std::pair{u"AmazonRootCA1.pem"_s, QByteArray("/* Amazon Root Certificate */")},
          std::pair{u"other.pem"_s, QByteArray()}}) {
        const QString source = name.contains(u"private"_s) ? u"rsa_pkcs1.key"_s : u"rsa_ca.crt"_s;
        m_fixture.write(name, m_fixture.read(source));
        QTest::addRow("Cypress script: %s", qPrintable(name))
            << Certs::exportFile(load(name), {Certs::ExportFormat::CypressScript, {}, {}}).value().bytes
            << cypressScript(m_fixture.read(source), comment);
    }
    // Arduino: the aws-samples secrets.h layout.
    QTest::newRow("Arduino root CA")
        << Certs::exportFile(load(u"rsa_ca.crt"_s), {Certs::ExportFormat::Arduino, {}, {}}).value().bytes
        << "static const char AWS_CERT_CA[] PROGMEM = R\"EOF(\n" + ca + ")EOF\";\n";
    QTest::newRow("Arduino device key")
        << Certs::exportFile(load(u"rsa_pkcs1.key"_s), {Certs::ExportFormat::Arduino, {}, {}}).value().bytes
        << "static const char AWS_CERT_PRIVATE[] PROGMEM = R\"KEY(\n" + m_fixture.read(u"rsa_pkcs1.key"_s) +
            ")KEY\";\n";
    // xxd -i on the DER file, as given.
    QProcess process;
    process.setWorkingDirectory(m_fixture.dir());
    process.start(m_xxd, {u"-i"_s, u"rsa.der"_s});
    process.waitForFinished();
    QTest::newRow("xxd -i rsa.der")
        << Certs::exportFile(load(u"rsa.der"_s), {Certs::ExportFormat::CArray, {}, {}}).value().bytes
        << process.readAllStandardOutput();
}

void TestCertExport::sameAsTheOriginalTools()
{
    QFETCH(QByteArray, ours);
    QFETCH(QByteArray, tool);
    QCOMPARE(ours, tool);
}

void TestCertExport::freertosHeader_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("RSA, PKCS#1 as AWS downloads it") << u"rsa.crt"_s << u"rsa_pkcs1.key"_s << false;
    QTest::newRow("RSA, PKCS#8") << u"rsa.crt"_s << u"rsa.key"_s << false;
    QTest::newRow("EC, EC PARAMETERS + SEC1") << u"ec.crt"_s << u"ec_params.key"_s << false;
    QTest::newRow("chain, its leaf's key") << u"chain.pem"_s << u"rsa.key"_s << false;
    QTest::newRow("DER certificate") << u"rsa.der"_s << u"rsa_pkcs1.key"_s << false;
    QTest::newRow("legacy encrypted key (decrypted to check the match)")
        << u"rsa.crt"_s << u"rsa_legacy_aes.key"_s << true;
}

void TestCertExport::freertosHeader()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(bool, encrypted);
    const Certs::CertificateFile certificateFile = load(certificate);
    const Certs::CertificateFile keyFile = load(key, CertFixture::passphrase());
    auto header = Certs::freertosKeysHeader(certificateFile, keyFile);
    QVERIFY2(header.ok(), qPrintable(header ? QString() : header.error().fullText()));
    QCOMPARE(header->warnings.isEmpty(), !encrypted);

    // The template around the bodies, as generator.js builds it from the original files.
    const QByteArray certificateText = certificateFile.document.normalized();
    const QByteArray keyText = m_fixture.read(key);
    const QByteArray expected = QByteArray(TEMPLATE_BEGIN) + "#define keyCLIENT_CERTIFICATE_PEM \\\n\"" +
        generatorJsBody(certificateText) + "\n" + TEMPLATE_KEY_COMMENT + "#define keyCLIENT_PRIVATE_KEY_PEM \\\n\"" +
        generatorJsBody(keyText) + "\n" + TEMPLATE_END;
    QCOMPARE(header->bytes, expected);

    // Compiled, the macros hold the normalised PEM without its final LF (§5).
    m_fixture.write(u"aws_clientcredential_keys.h"_s, header->bytes);
    const QByteArray source = "#include <stdio.h>\n"
                              "#include \"aws_clientcredential_keys.h\"\n"
                              "static const char c[] = keyCLIENT_CERTIFICATE_PEM;\n"
                              "static const char k[] = keyCLIENT_PRIVATE_KEY_PEM;\n"
                              "static const char j[] = keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM;\n"
                              "int main(int argc, char** argv)\n"
                              "{\n"
                              "    FILE* f;\n"
                              "    if (argc < 2 || sizeof(j) != 1) return 1;\n"
                              "    f = fopen(argv[1], \"wb\");\n"
                              "    if (!f) return 1;\n"
                              "    fwrite(c, 1, sizeof(c) - 1, f);\n"
                              "    fputc(1, f);\n"
                              "    fwrite(k, 1, sizeof(k) - 1, f);\n"
                              "    fclose(f);\n"
                              "    return 0;\n"
                              "}\n";
    QString error;
    const auto compiled = compileAndRun(m_fixture.dir(), u"freertos_header"_s, source, false, &error);
    QVERIFY2(compiled.has_value(), qPrintable(error));
    QCOMPARE(*compiled, withoutFinalNewline(certificateText) + '\x01' + withoutFinalNewline(keyText));
}

void TestCertExport::freertosHeaderRefuses_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("code");
    const QString mismatch = QString(Certs::Codes::KEY_MISMATCH);
    QTest::newRow("RSA certificate, EC key") << u"rsa.crt"_s << u"ec.key"_s << QByteArray() << mismatch;
    QTest::newRow("RSA certificate, the CA's key") << u"rsa.crt"_s << u"rsa_ca.key"_s << QByteArray() << mismatch;
    QTest::newRow("chain, the CA's key") << u"chain.pem"_s << u"rsa_ca.key"_s << QByteArray() << mismatch;
    QTest::newRow("EC certificate, another EC key") << u"ec.crt"_s << u"other_ec.key"_s << QByteArray() << mismatch;
    QTest::newRow("encrypted key, no passphrase")
        << u"rsa.crt"_s << u"rsa_pkcs8_aes.key"_s << QByteArray() << QString(Certs::Codes::PASSPHRASE_REQUIRED);
    QTest::newRow("encrypted key, wrong passphrase")
        << u"rsa.crt"_s << u"rsa_legacy_aes.key"_s << QByteArray("nope") << QString(Certs::Codes::BAD_PASSPHRASE);
    QTest::newRow("public key instead of the private key")
        << u"rsa.crt"_s << u"rsa_pub.pem"_s << QByteArray() << QString(Certs::Codes::WRONG_CONTENT);
    QTest::newRow("swapped") << u"rsa.key"_s << u"rsa.crt"_s << QByteArray() << QString(Certs::Codes::WRONG_CONTENT);
}

void TestCertExport::freertosHeaderRefuses()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, code);
    auto header = Certs::freertosKeysHeader(
        load(certificate), load(key, passphrase.isEmpty() ? std::nullopt : std::optional<QByteArray>(passphrase)));
    QVERIFY(!header.ok());
    QCOMPARE(header.error().code, code);
    QVERIFY(!header.error().message.isEmpty());
}

void TestCertExport::rolesPickNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("role"); // empty: inferred
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("firstLine"); // empty: an error
    QTest::addColumn<QString>("code");

    // clang-format off
    QTest::newRow("freertos-define, inferred client certificate") << u"rsa.crt"_s << u"freertos-define"_s << QString() << QString() << QByteArray("#define keyCLIENT_CERTIFICATE_PEM \\") << QString();
    QTest::newRow("freertos-define, inferred client key") << u"rsa_pkcs1.key"_s << u"freertos-define"_s << QString() << QString() << QByteArray("#define keyCLIENT_PRIVATE_KEY_PEM \\") << QString();
    QTest::newRow("freertos-define, inferred root CA") << u"rsa_ca.crt"_s << u"freertos-define"_s << QString() << QString() << QByteArray("#define democonfigROOT_CA_PEM \\") << QString();
    QTest::newRow("freertos-define, jitr_ca") << u"rsa_ca.crt"_s << u"freertos-define"_s << u"jitr_ca"_s << QString() << QByteArray("#define keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM \\") << QString();
    QTest::newRow("freertos-py-define, root CA into the JITR macro") << u"rsa_ca.crt"_s << u"freertos-py-define"_s << u"root_ca"_s << QString() << QByteArray("#define keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM \\") << QString();
    QTest::newRow("mtb-define, client certificate") << u"ec.crt"_s << u"mtb-define"_s << QString() << QString() << QByteArray("#define CLIENT_CERTIFICATE \\") << QString();
    QTest::newRow("mtb-define, client key") << u"ec_sec1.key"_s << u"mtb-define"_s << QString() << QString() << QByteArray("#define CLIENT_PRIVATE_KEY \\") << QString();
    QTest::newRow("mtb-define, root CA") << u"rsa_ca.crt"_s << u"mtb-define"_s << QString() << QString() << QByteArray("#define ROOT_CA_CERTIFICATE \\") << QString();
    QTest::newRow("mtb-define has no JITR name") << u"rsa_ca.crt"_s << u"mtb-define"_s << u"jitr_ca"_s << QString() << QByteArray() << u"usage"_s;
    QTest::newRow("mtb-define, JITR with --name") << u"rsa_ca.crt"_s << u"mtb-define"_s << u"jitr_ca"_s << u"JITR_CA"_s << QByteArray("#define JITR_CA \\") << QString();
    QTest::newRow("mbed-array, certificate") << u"rsa.crt"_s << u"mbed-array"_s << QString() << QString() << QByteArray("const char SSL_CLIENTCERT_PEM[] =") << QString();
    QTest::newRow("mbed-array, key") << u"rsa.key"_s << u"mbed-array"_s << QString() << QString() << QByteArray("const char SSL_CLIENTKEY_PEM[] =") << QString();
    QTest::newRow("mbed-array, CA") << u"rsa_ca.crt"_s << u"mbed-array"_s << QString() << QString() << QByteArray("const char SSL_CA_PEM[] =") << QString();
    QTest::newRow("arduino, certificate") << u"rsa.crt"_s << u"arduino"_s << QString() << QString() << QByteArray("static const char AWS_CERT_CRT[] PROGMEM = R\"KEY(") << QString();
    QTest::newRow("arduino, CA") << u"rsa_ca.crt"_s << u"arduino"_s << QString() << QString() << QByteArray("static const char AWS_CERT_CA[] PROGMEM = R\"EOF(") << QString();
    QTest::newRow("--name overrides") << u"rsa.crt"_s << u"freertos-define"_s << u"client_certificate"_s << u"MY_CERT"_s << QByteArray("#define MY_CERT \\") << QString();
    QTest::newRow("c-array --name") << u"rsa.crt"_s << u"c-array"_s << QString() << u"device_cert"_s << QByteArray("unsigned char device_cert[] = {") << QString();
    QTest::newRow("c-array name from the path") << u"rsa.crt"_s << u"c-array"_s << QString() << QString() << QByteArray("unsigned char rsa_crt[] = {") << QString();
    QTest::newRow("--name must be a C identifier") << u"rsa.crt"_s << u"freertos-define"_s << QString() << u"9bad name"_s << QByteArray() << u"usage"_s;
    QTest::newRow("a key role on a certificate") << u"rsa.crt"_s << u"freertos-define"_s << u"client_private_key"_s << QString() << QByteArray() << QString(Certs::Codes::WRONG_CONTENT);
    QTest::newRow("a certificate role on a key") << u"rsa.key"_s << u"pem"_s << u"root_ca"_s << QString() << QByteArray() << QString(Certs::Codes::WRONG_CONTENT);
    QTest::newRow("a public key needs --name") << u"rsa_pub.pem"_s << u"freertos-define"_s << QString() << QString() << QByteArray() << u"usage"_s;
    // clang-format on
}

void TestCertExport::rolesPickNames()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, role);
    QFETCH(QString, name);
    QFETCH(QByteArray, firstLine);
    QFETCH(QString, code);
    Certs::ExportRequest request;
    request.format = *Certs::exportFormatFromName(format);
    if (!role.isEmpty()) {
        request.role = Certs::roleFromName(role);
        QVERIFY(request.role.has_value());
    }
    request.name = name;
    auto exported = Certs::exportFile(load(file), request);
    if (firstLine.isEmpty()) {
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().code, code);
        return;
    }
    QVERIFY2(exported.ok(), qPrintable(exported ? QString() : exported.error().fullText()));
    QCOMPARE(exported->bytes.left(exported->bytes.indexOf('\n')), firstLine);
}

void TestCertExport::aesEncryptedPkcs8Warning()
{
    // §7: Mbed TLS 2.28 rejects AES in PBES2; firmware exports of such keys warn and name the alternatives.
    const Certs::CertificateFile aes = load(u"rsa_pkcs8_aes.key"_s);
    auto cstring = Certs::exportFile(aes, {Certs::ExportFormat::CStringFreertos, {}, {}});
    QVERIFY(cstring.ok());
    QCOMPARE(cstring->warnings.size(), 1);
    QVERIFY(cstring->warnings.first().contains(u"-0x2e80"_s));
    QVERIFY(cstring->warnings.first().contains(u"des3"_s));
    // The export itself stays encrypted.
    QVERIFY(cstring->bytes.contains("ENCRYPTED PRIVATE KEY"));
    auto pem = Certs::exportFile(aes, {Certs::ExportFormat::Pem, {}, {}});
    QVERIFY(pem.ok() && pem->warnings.isEmpty());
    for (const QString& file : {u"rsa_pkcs8_des3.key"_s, u"rsa_legacy_aes.key"_s, u"rsa.key"_s}) {
        auto other = Certs::exportFile(load(file), {Certs::ExportFormat::CStringFreertos, {}, {}});
        QVERIFY(other.ok());
        QVERIFY2(other->warnings.isEmpty(), qPrintable(file));
    }
}

void TestCertExport::formatNames()
{
    // DESIGN.md §3's CLI names, and the spec's ids for the same formats.
    QCOMPARE(Certs::exportFormatNames(),
             (QStringList{u"pem"_s, u"cstring-freertos"_s, u"cstring-nl-space"_s, u"cstring-nl-nospace"_s,
                          u"freertos-define"_s, u"freertos-py-define"_s, u"mtb-define"_s, u"mbed-array"_s, u"arduino"_s,
                          u"c-array"_s, u"cypress-script"_s}));
    QCOMPARE(Certs::exportFormatFromName(u"cstring_freertos"), Certs::ExportFormat::CStringFreertos);
    QCOMPARE(Certs::exportFormatFromName(u"arduino_progmem"), Certs::ExportFormat::Arduino);
    QCOMPARE(Certs::exportFormatFromName(u"xxd_i"), Certs::ExportFormat::CArray);
    QCOMPARE(Certs::exportFormatFromName(u"der_c_array"), Certs::ExportFormat::CArray);
    QVERIFY(!Certs::exportFormatFromName(u"nope").has_value());
    QCOMPARE(Certs::roleNames(),
             (QStringList{u"client_certificate"_s, u"client_private_key"_s, u"root_ca"_s, u"jitr_ca"_s}));
}

QTEST_GUILESS_MAIN(TestCertExport)
#include "TestCertExport.moc"
