// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertFixtures.h"

#include "certs/CertErrors.h"
#include "certs/CertExporter.h"
#include "certs/CertificateFile.h"
#include "certs/PemReader.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// The input rules I1–I8 of specs/certificates.md §3: every variant of a file normalises to the same lines, and every
// kind of broken input is refused with its stable error code (DESIGN.md §3).
class TestCertReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void variantsNormaliseIdentically_data();
    void variantsNormaliseIdentically();
    void derCertificate();
    void blankLineAfterDekInfoIsKept();
    void base64LinesAreNotRewrapped();
    void bundles();
    void errors_data();
    void errors();
    void errorMessagesSayWhatToDo();

private:
    CertFixture m_fixture;
};

namespace {

using Transform = std::function<QByteArray(const QByteArray&)>;

QByteArray mapLines(const QByteArray& text, const std::function<QByteArray(const QByteArray&)>& map)
{
    QList<QByteArray> lines = text.split('\n');
    const bool finalNewline = text.endsWith('\n');
    if (finalNewline) {
        lines.removeLast();
    }
    for (QByteArray& line : lines) {
        line = map(line);
    }
    return lines.join('\n') + (finalNewline ? "\n" : "");
}

/// Inserts a blank line after every base64 line of the body (I5 drops them).
QByteArray blankLinesInBody(const QByteArray& text)
{
    QByteArray out;
    for (const QByteArray& line : pemLines(text)) {
        out += line + '\n';
        if (!line.startsWith("-----") && !line.contains(':') && !line.isEmpty()) {
            out += "\n";
        }
    }
    return out;
}

/// Drops every blank line (the FreeRTOS quick-start script's bug, §1.4): I5 puts the one after DEK-Info back.
QByteArray withoutBlankLines(const QByteArray& text)
{
    QByteArray out;
    for (const QByteArray& line : pemLines(text)) {
        if (!line.isEmpty()) {
            out += line + '\n';
        }
    }
    return out;
}

/// Re-encodes the DER of a one-block PEM after `edit`, in 64-character lines.
QByteArray reencoded(const QByteArray& pem, const std::function<QByteArray(QByteArray)>& edit)
{
    const QList<QByteArray> lines = pemLines(pem);
    QByteArray base64;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        base64 += lines.at(i);
    }
    const QByteArray edited = edit(QByteArray::fromBase64(base64)).toBase64();
    QByteArray out = lines.first() + '\n';
    for (qsizetype i = 0; i < edited.size(); i += 64) {
        out += edited.mid(i, 64) + '\n';
    }
    return out + lines.last() + '\n';
}

QByteArray replaceLine(const QByteArray& pem, int index, const QByteArray& replacement)
{
    QList<QByteArray> lines = pemLines(pem);
    lines[index] = replacement;
    return lines.join('\n') + '\n';
}

} // namespace

void TestCertReader::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.create(&error), qPrintable(error));
}

void TestCertReader::variantsNormaliseIdentically_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("input");

    const QList<std::pair<const char*, Transform>> variants = {
        {"as written", [](const QByteArray& t) { return t; }},
        {"I2 CRLF", [](const QByteArray& t) { return QByteArray(t).replace("\n", "\r\n"); }},
        {"I2 lone CR", [](const QByteArray& t) { return QByteArray(t).replace('\n', '\r'); }},
        {"I1 UTF-8 BOM", [](const QByteArray& t) { return "\xEF\xBB\xBF" + t; }},
        {"I1+I2 BOM and CRLF",
         [](const QByteArray& t) { return "\xEF\xBB\xBF" + QByteArray(t).replace("\n", "\r\n"); }},
        {"I7 no final newline", [](const QByteArray& t) { return withoutFinalNewline(t); }},
        {"I4 trailing blank lines", [](const QByteArray& t) { return t + "\n\n \n\t\n"; }},
        {"I4 leading blank lines", [](const QByteArray& t) { return "\n\n   \n" + t; }},
        {"I3 indented with spaces",
         [](const QByteArray& t) { return mapLines(t, [](const QByteArray& l) { return "    " + l; }); }},
        {"I3 indented with tabs",
         [](const QByteArray& t) { return mapLines(t, [](const QByteArray& l) { return "\t" + l; }); }},
        {"I3 trailing blanks",
         [](const QByteArray& t) { return mapLines(t, [](const QByteArray& l) { return l + " \t "; }); }},
        {"I5 blank lines in the body", blankLinesInBody},
        {"I4 text around the blocks",
         [](const QByteArray& t) {
             return "subject=CN = device\nissuer=CN = Test CA\n\n" + t + "\nsome trailing notes\n";
         }},
        {"I4 Bag Attributes",
         [](const QByteArray& t) {
             return "Bag Attributes\n    localKeyID: 01 00 00 00\n    friendlyName: device\nsubject=/CN=device\n" + t;
         }},
        {"everything at once",
         [](const QByteArray& t) {
             QByteArray messy = mapLines(blankLinesInBody(t), [](const QByteArray& l) { return "  " + l + "\t"; });
             return "\xEF\xBB\xBF" + QByteArray("notes\r\n") + withoutFinalNewline(messy.replace("\n", "\r\n"));
         }},
    };
    const QStringList files = {u"rsa.crt"_s,
                               u"ec.crt"_s,
                               u"chain.pem"_s,
                               u"rsa.key"_s,
                               u"rsa_pkcs1.key"_s,
                               u"ec_sec1.key"_s,
                               u"ec_params.key"_s,
                               u"rsa_pkcs8_aes.key"_s,
                               u"rsa_legacy_aes.key"_s,
                               u"rsa_legacy_des3.key"_s,
                               u"ec_legacy_aes.key"_s,
                               u"rsa_pub.pem"_s,
                               u"utf8.crt"_s};
    for (const QString& file : files) {
        const QByteArray original = m_fixture.read(file);
        QVERIFY(!original.isEmpty());
        for (const auto& [name, transform] : variants) {
            QTest::addRow("%s: %s", qPrintable(file), name) << file << transform(original);
        }
    }
    // `openssl x509 -text` output: the text before the block is dropped.
    QTest::addRow("rsa.crt: openssl x509 -text output") << u"rsa.crt"_s << m_fixture.read(u"rsa_text.crt"_s);
    // The quick-start script's output (§1.4): every blank line gone, including the one after DEK-Info.
    for (const QString& file : {u"rsa_legacy_aes.key"_s, u"ec_legacy_aes.key"_s}) {
        QTest::addRow("%s: I5 blank line after DEK-Info missing", qPrintable(file))
            << file << withoutBlankLines(m_fixture.read(file));
        QTest::addRow("%s: I5 several blank lines after DEK-Info", qPrintable(file))
            << file << m_fixture.read(file).replace("\n\n", "\n\n\n\n");
    }
}

void TestCertReader::variantsNormaliseIdentically()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, input);
    const QByteArray expected = m_fixture.read(file); // openssl's own output is in normal form
    auto document = Certs::readPem(input);
    QVERIFY2(document.ok(), qPrintable(document ? QString() : document.error().fullText()));
    QCOMPARE(document->encoding, Certs::InputEncoding::Pem);
    QCOMPARE(document->normalized(), expected);
    QCOMPARE(document->lines(), pemLines(expected));

    // I7: every export is a function of the lines, so every format gives the same bytes as for the original.
    auto original = Certs::inspect(expected, {file, {}});
    auto variant = Certs::inspect(input, {file, {}});
    QVERIFY(original.ok() && variant.ok());
    for (const QString& formatName : Certs::exportFormatNames()) {
        Certs::ExportRequest request;
        request.format = *Certs::exportFormatFromName(formatName);
        if (original->classification == Certs::Classification::PublicKey && Certs::formatNeedsName(request.format)) {
            request.name = u"PUBLIC_KEY"_s;
        }
        auto a = Certs::exportFile(*original, request);
        auto b = Certs::exportFile(*variant, request);
        QCOMPARE(a.ok(), b.ok());
        if (a.ok()) {
            QCOMPARE(b->bytes, a->bytes);
        }
    }
}

void TestCertReader::derCertificate()
{
    // I1: binary input that is a DER certificate is imported as its standard PEM (64-character lines).
    auto document = Certs::readPem(m_fixture.read(u"rsa.der"_s));
    QVERIFY(document.ok());
    QCOMPARE(document->encoding, Certs::InputEncoding::Der);
    QCOMPARE(document->labels(), QStringList{u"CERTIFICATE"_s});
    QCOMPARE(document->normalized(), m_fixture.read(u"rsa.crt"_s));
    QCOMPARE(document->blocks.first().der, m_fixture.read(u"rsa.der"_s));
}

void TestCertReader::blankLineAfterDekInfoIsKept()
{
    // I5 / §1.4: OpenSSL 3.0 refuses a legacy encrypted key without the blank line after DEK-Info; we put it back.
    const QString stripped =
        m_fixture.write(u"legacy_stripped.key"_s, withoutBlankLines(m_fixture.read(u"rsa_legacy_aes.key"_s)));
    const QStringList decrypt = {u"pkey"_s, u"-passin"_s, u"pass:"_s + QString::fromLatin1(CertFixture::passphrase()),
                                 u"-noout"_s, u"-in"_s};
    QVERIFY2(!m_fixture.openssl(decrypt + QStringList{stripped}), "openssl should refuse the stripped key");
    auto document = Certs::readPem(m_fixture.read(u"legacy_stripped.key"_s));
    QVERIFY(document.ok());
    const QList<QByteArray> lines = document->lines();
    QVERIFY(lines.at(1).startsWith("Proc-Type: 4,ENCRYPTED"));
    QVERIFY(lines.at(2).startsWith("DEK-Info: AES-256-CBC,"));
    QCOMPARE(lines.at(3), QByteArray());
    QVERIFY(!lines.at(4).isEmpty());
    const QString normalized = m_fixture.write(u"legacy_normalized.key"_s, document->normalized());
    QString error;
    QVERIFY2(m_fixture.openssl(decrypt + QStringList{normalized}, &error), qPrintable(error));
}

void TestCertReader::base64LinesAreNotRewrapped()
{
    // I5: lines of another width stay as they are (Mbed TLS and OpenSSL read any width).
    const QByteArray der = m_fixture.read(u"rsa.der"_s);
    const QByteArray base64 = der.toBase64();
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 76) {
        pem += base64.mid(i, 76) + '\n';
    }
    pem += "-----END CERTIFICATE-----\n";
    auto document = Certs::readPem(pem);
    QVERIFY(document.ok());
    QCOMPARE(document->normalized(), pem);
    QCOMPARE(document->lines().at(1).size(), 76);
    QCOMPARE(document->blocks.first().der, der);
}

void TestCertReader::bundles()
{
    // I8: a chain keeps its file order; EC PARAMETERS + EC PRIVATE KEY is one key with both blocks exported.
    auto chain = Certs::inspect(m_fixture.read(u"chain.pem"_s));
    QVERIFY(chain.ok());
    QCOMPARE(chain->classification, Certs::Classification::CertificateChain);
    QCOMPARE(chain->certificates.size(), 2);
    QCOMPARE(chain->certificates.at(0).subjectCn, u"device-rsa"_s);
    QCOMPARE(chain->certificates.at(1).subjectCn, u"Test RSA CA"_s);

    auto ecKey = Certs::inspect(m_fixture.read(u"ec_params.key"_s));
    QVERIFY(ecKey.ok());
    QCOMPARE(ecKey->classification, Certs::Classification::PrivateKey);
    QCOMPARE(ecKey->document.labels(), (QStringList{u"EC PARAMETERS"_s, u"EC PRIVATE KEY"_s}));
    QVERIFY(!ecKey->mixed);
    QCOMPARE(ecKey->key->pemLabel, u"EC PRIVATE KEY"_s);
    auto exported = Certs::exportFile(*ecKey, {Certs::ExportFormat::Pem, {}, {}});
    QVERIFY(exported.ok());
    QCOMPARE(exported->bytes, m_fixture.read(u"ec_params.key"_s));

    // A certificate and its key in one file are described, but not exported as one string.
    auto mixed = Certs::inspect(m_fixture.read(u"rsa.crt"_s) + m_fixture.read(u"rsa.key"_s));
    QVERIFY(mixed.ok());
    QVERIFY(mixed->mixed);
    QCOMPARE(mixed->classification, Certs::Classification::Certificate);
    QVERIFY(mixed->hasPrivateKey());
    QVERIFY(!mixed->warnings.isEmpty());
    auto refused = Certs::exportFile(*mixed, {Certs::ExportFormat::CStringFreertos, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString(Certs::Codes::MIXED_CONTENT));
}

void TestCertReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");

    const QByteArray certificate = m_fixture.read(u"rsa.crt"_s);
    const QByteArray legacy = m_fixture.read(u"rsa_legacy_aes.key"_s);
    const QList<QByteArray> lines = pemLines(certificate);
    const QString empty = QString(Certs::Codes::EMPTY_INPUT);
    const QString noBlock = QString(Certs::Codes::NO_PEM_BLOCK);
    const QString unterminated = QString(Certs::Codes::UNTERMINATED_PEM_BLOCK);
    const QString mismatched = QString(Certs::Codes::MISMATCHED_PEM_LABEL);
    const QString unsupported = QString(Certs::Codes::UNSUPPORTED_PEM_LABEL);
    const QString base64 = QString(Certs::Codes::INVALID_BASE64);
    const QString der = QString(Certs::Codes::INVALID_DER);
    const QString binary = QString(Certs::Codes::UNRECOGNIZED_BINARY);

    // I1
    QTest::newRow("I1 0 bytes") << QByteArray() << empty;
    QTest::newRow("I1 only whitespace") << QByteArray(" \t\r\n\n  \n") << empty;
    QTest::newRow("I1 only a BOM and a newline") << QByteArray("\xEF\xBB\xBF\n") << empty;
    QTest::newRow("I1 binary with NUL bytes") << QByteArray("\x00\x01\x02garbage\x00", 12) << binary;
    QTest::newRow("I1 invalid UTF-8 text") << QByteArray("caf\xE9 au lait\n") << binary;
    QTest::newRow("I1 DER private key (not a certificate)") << m_fixture.read(u"rsa_key.der"_s) << binary;
    QTest::newRow("I1 truncated DER certificate") << m_fixture.read(u"rsa.der"_s).chopped(10) << binary;
    QTest::newRow("I1 UTF-16 text") << QByteArray("\xFF\xFE-\0-\0-\0", 8) << binary;
    // I4
    QTest::newRow("I4 plain text") << QByteArray("hello\nworld\n") << noBlock;
    QTest::newRow("I4 openssl -text output without the PEM")
        << m_fixture.read(u"rsa_text.crt"_s).left(m_fixture.read(u"rsa_text.crt"_s).indexOf("-----BEGIN")) << noBlock;
    QTest::newRow("I4 END line missing") << lines.mid(0, lines.size() - 1).join('\n') + '\n' << unterminated;
    QTest::newRow("I4 truncated in the middle") << certificate.left(certificate.size() / 2) << unterminated;
    QTest::newRow("I4 footer cut as CertificateConfigurator does without a final LF")
        << withoutFinalNewline(certificate).chopped(6) << unterminated;
    QTest::newRow("I4 a second BEGIN before the END")
        << lines.mid(0, 5).join('\n') + '\n' + certificate << unterminated;
    QTest::newRow("I4 END label differs")
        << replaceLine(certificate, int(lines.size() - 1), "-----END PRIVATE KEY-----") << mismatched;
    QTest::newRow("I4 END without BEGIN") << lines.mid(1).join('\n') + '\n' << mismatched;
    QTest::newRow("I4 RSA PUBLIC KEY label") << m_fixture.read(u"rsa_pkcs1_pub.pem"_s) << unsupported;
    QTest::newRow("I4 PKCS7 label") << m_fixture.read(u"rsa.p7b"_s) << unsupported;
    QTest::newRow("I4 TRUSTED CERTIFICATE label")
        << QByteArray(certificate).replace("CERTIFICATE-----", "TRUSTED CERTIFICATE-----") << unsupported;
    QTest::newRow("I4 X509 CRL label") << QByteArray("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n")
                                       << unsupported;
    QTest::newRow("I4 malformed BEGIN line")
        << replaceLine(certificate, 0, "-----BEGIN CERTIFICATE----") << unsupported;
    QTest::newRow("I4 certificate after a supported block with another label")
        << certificate + "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"
        << unsupported;
    // I5
    QTest::newRow("I5 non-base64 character")
        << replaceLine(certificate, 3, lines.at(3).left(10) + '*' + lines.at(3).mid(11)) << base64;
    QTest::newRow("I5 space inside a line")
        << replaceLine(certificate, 3, lines.at(3).left(10) + ' ' + lines.at(3).mid(11)) << base64;
    QTest::newRow("I5 a character missing") << replaceLine(certificate, 3, lines.at(3).mid(1)) << base64;
    QTest::newRow("I5 padding in the middle") << replaceLine(certificate, 3, lines.at(3).left(60) + "====") << base64;
    QTest::newRow("I5 header line in a certificate")
        << replaceLine(certificate, 1, "Proc-Type: 4,ENCRYPTED\n" + lines.at(1)) << base64;
    // I6
    QTest::newRow("I6 corrupted_cert.pem (DER 48 bytes short)")
        << reencoded(certificate, [](const QByteArray& d) { return d.chopped(48); }) << der;
    QTest::newRow("I6 trailing bytes after the certificate")
        << reencoded(certificate, [](const QByteArray& d) { return d + QByteArray("\x05\x00", 2); }) << der;
    QTest::newRow("I6 one byte flipped in the structure") << reencoded(certificate, [](QByteArray d) {
        d[1] = char(0x81);
        return d;
    }) << der;
    QTest::newRow("I6 certificate under a PRIVATE KEY label")
        << QByteArray(certificate).replace("CERTIFICATE", "PRIVATE KEY") << der;
    QTest::newRow("I6 PKCS#8 under an RSA PRIVATE KEY label")
        << QByteArray(m_fixture.read(u"rsa.key"_s)).replace("PRIVATE KEY", "RSA PRIVATE KEY") << der;
    QTest::newRow("I6 PKCS#8 under an EC PRIVATE KEY label")
        << QByteArray(m_fixture.read(u"ec.key"_s)).replace("PRIVATE KEY", "EC PRIVATE KEY") << der;
    QTest::newRow("I6 PKCS#1 RSA key under an EC PRIVATE KEY label")
        << QByteArray(m_fixture.read(u"rsa_pkcs1.key"_s)).replace("RSA PRIVATE KEY", "EC PRIVATE KEY") << der;
    QTest::newRow("I6 trailing bytes after a PKCS#1 key")
        << reencoded(m_fixture.read(u"rsa_pkcs1.key"_s),
                     [](const QByteArray& d) { return d + QByteArray("\x05\x00", 2); })
        << der;
    QTest::newRow("I6 trailing bytes after a SEC1 key")
        << reencoded(m_fixture.read(u"ec_sec1.key"_s),
                     [](const QByteArray& d) { return d + QByteArray("\x05\x00", 2); })
        << der;
    QTest::newRow("I6 PKCS#8 key truncated")
        << reencoded(m_fixture.read(u"rsa.key"_s), [](const QByteArray& d) { return d.chopped(100); }) << der;
    QTest::newRow("I6 SEC1 key truncated")
        << reencoded(m_fixture.read(u"ec_sec1.key"_s), [](const QByteArray& d) { return d.chopped(20); }) << der;
    QTest::newRow("I6 public key truncated")
        << reencoded(m_fixture.read(u"rsa_pub.pem"_s), [](const QByteArray& d) { return d.chopped(7); }) << der;
    QTest::newRow("I6 encrypted PKCS#8 truncated")
        << reencoded(m_fixture.read(u"rsa_pkcs8_aes.key"_s), [](const QByteArray& d) { return d.chopped(33); }) << der;
    QTest::newRow("I6 EC PARAMETERS not a named curve")
        << QByteArray("-----BEGIN EC PARAMETERS-----\nBQA=\n-----END EC PARAMETERS-----\n") << der;
    QTest::newRow("I6 legacy key with a broken DEK-Info")
        << QByteArray(legacy).replace("DEK-Info: AES-256-CBC", "DEK-Info: NO-SUCH-CIPHER") << der;
    {
        // Ciphertext cut to a length that is not a whole number of AES blocks.
        QList<QByteArray> keyLines = pemLines(legacy);
        QByteArray body;
        for (qsizetype i = 4; i + 1 < keyLines.size(); ++i) {
            body += keyLines.at(i);
        }
        const QByteArray cut = QByteArray::fromBase64(body).chopped(5).toBase64();
        QByteArray truncated = keyLines.mid(0, 4).join('\n') + '\n';
        for (qsizetype i = 0; i < cut.size(); i += 64) {
            truncated += cut.mid(i, 64) + '\n';
        }
        truncated += keyLines.last() + '\n';
        QTest::newRow("I6 legacy ciphertext truncated") << truncated << der;
    }
    QTest::newRow("I6 empty body") << QByteArray("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n") << der;
    // Content that is no certificate or key at all.
    QTest::newRow("EC PARAMETERS alone")
        << m_fixture.read(u"ec_params.key"_s)
               .left(m_fixture.read(u"ec_params.key"_s).indexOf("-----BEGIN EC PRIVATE KEY"))
        << QString(Certs::Codes::WRONG_CONTENT);
}

void TestCertReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    auto file = Certs::inspect(input);
    QVERIFY2(!file.ok(), "the input should be refused");
    QCOMPARE(file.error().code, code);
    QVERIFY(!file.error().message.isEmpty());
}

void TestCertReader::errorMessagesSayWhatToDo()
{
    // Messages name the place and the remedy, never just the code.
    auto unterminated = Certs::inspect(m_fixture.read(u"rsa.crt"_s).chopped(27));
    QVERIFY(!unterminated.ok());
    QVERIFY2(unterminated.error().message.contains(u"line 1"_s), qPrintable(unterminated.error().message));
    QVERIFY(unterminated.error().message.contains(u"again"_s));
    const QByteArray certificate = m_fixture.read(u"rsa.crt"_s);
    auto base64 = Certs::inspect(replaceLine(certificate, 5, "not base64!"));
    QVERIFY(!base64.ok());
    QVERIFY2(base64.error().message.contains(u"Line 6"_s), qPrintable(base64.error().message));
    auto binary = Certs::inspect(m_fixture.read(u"rsa_key.der"_s));
    QVERIFY(binary.error().message.contains(u"openssl pkey -inform DER"_s));
}

QTEST_GUILESS_MAIN(TestCertReader)
#include "TestCertReader.moc"
