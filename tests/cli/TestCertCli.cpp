// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lib/TestCertFixtures.h"

#include "certs/CertErrors.h"
#include "certs/CertExporter.h"
#include "certs/CertificateFile.h"
#include "support/RequiredTool.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `thingbench-cli cert …` against DESIGN.md §3: JSON field names, error codes, exit codes 0/1/2, byte-exact stdout,
// warnings on stderr, and no secret ever printed. Runs the built binary (THINGBENCH_CLI_EXECUTABLE).
class TestCertCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usage_data();
    void usage();
    void infoFields();
    void info_data();
    void info();
    void infoSeveralFiles();
    void infoReferenceTime_data();
    void infoReferenceTime();
    void match_data();
    void match();
    void exportBytes_data();
    void exportBytes();
    void exportSeveralFiles();
    void exportCArrayNameAsGiven_data();
    void exportCArrayNameAsGiven();
    void exportWarnings();
    void freertosHeader();
    void makePki();
    void gitWorkTreeWarnings();
    void secretsAreNeverPrinted();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& arguments, const QString& workDir = {}, const QString& stdoutFile = {});
    static QList<QJsonObject> jsonLines(const QByteArray& out);

    CertFixture m_fixture;
};

void TestCertCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(THINGBENCH_CLI_EXECUTABLE)), THINGBENCH_CLI_EXECUTABLE);
    QString error;
    QVERIFY2(m_fixture.create(&error), qPrintable(error));
}

TestCertCli::Run TestCertCli::cli(const QStringList& arguments, const QString& workDir, const QString& stdoutFile)
{
    QProcess process;
    process.setWorkingDirectory(workDir.isEmpty() ? m_fixture.dir() : workDir);
    if (!stdoutFile.isEmpty()) {
        process.setStandardOutputFile(stdoutFile);
    }
    process.start(QStringLiteral(THINGBENCH_CLI_EXECUTABLE), QStringList{u"cert"_s} + arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << "thingbench-cli did not finish:" << arguments << process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<QJsonObject> TestCertCli::jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : pemLines(out)) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning() << "not a JSON object line:" << line;
            return {};
        }
        objects << document.object();
    }
    return objects;
}

void TestCertCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no action") << QStringList() << 2;
    QTest::newRow("unknown action") << QStringList{u"frobnicate"_s} << 2;
    QTest::newRow("--help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("info --help") << QStringList{u"info"_s, u"--help"_s} << 0;
    QTest::newRow("info without files") << QStringList{u"info"_s} << 2;
    QTest::newRow("info with a bad --at") << QStringList{u"info"_s, u"--at"_s, u"yesterday"_s, u"rsa.crt"_s} << 2;
    QTest::newRow("match with one file") << QStringList{u"match"_s, u"rsa.crt"_s} << 2;
    QTest::newRow("export without --format") << QStringList{u"export"_s, u"rsa.crt"_s} << 2;
    QTest::newRow("export with an unknown format")
        << QStringList{u"export"_s, u"--format"_s, u"hex"_s, u"rsa.crt"_s} << 2;
    QTest::newRow("export with an unknown role")
        << QStringList{u"export"_s, u"--format"_s, u"pem"_s, u"--role"_s, u"boss"_s, u"rsa.crt"_s} << 2;
    QTest::newRow("export --name with two files")
        << QStringList{u"export"_s, u"--format"_s, u"freertos-define"_s, u"--name"_s, u"X"_s, u"rsa.crt"_s, u"ec.crt"_s}
        << 2;
    QTest::newRow("export without a name for a JITR CA in mtb-define")
        << QStringList{u"export"_s, u"--format"_s, u"mtb-define"_s, u"--role"_s, u"jitr_ca"_s, u"rsa_ca.crt"_s} << 2;
    QTest::newRow("freertos-header without --key") << QStringList{u"freertos-header"_s, u"--cert"_s, u"rsa.crt"_s} << 2;
    QTest::newRow("make-pki without --out") << QStringList{u"make-pki"_s} << 2;
    QTest::newRow("make-pki with a bad thing name")
        << QStringList{u"make-pki"_s, u"--out"_s, u"pki-bad"_s, u"--thing"_s, u"no spaces"_s} << 2;
}

void TestCertCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 2) {
        QVERIFY2(run.err.startsWith("thingbench-cli: ") || run.err.startsWith("Usage:"), run.err.constData());
    }
}

void TestCertCli::infoFields()
{
    const Run run = cli({u"info"_s, u"rsa.crt"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 1);
    const QJsonObject& object = lines.first();
    // DESIGN.md §3's field names.
    for (const QString& field : {u"file"_s, u"status"_s, u"input_encoding"_s, u"pem_labels"_s, u"classification"_s,
                                 u"certificates"_s, u"key"_s}) {
        QVERIFY2(object.contains(field), qPrintable(field));
    }
    QCOMPARE(object.value(u"file"_s).toString(), u"rsa.crt"_s);
    QCOMPARE(object.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(object.value(u"input_encoding"_s).toString(), u"pem"_s);
    QCOMPARE(object.value(u"pem_labels"_s).toArray(), QJsonArray{u"CERTIFICATE"_s});
    QCOMPARE(object.value(u"classification"_s).toString(), u"certificate"_s);
    const QJsonObject certificate = object.value(u"certificates"_s).toArray().first().toObject();
    for (const QString& field :
         {u"subject_cn"_s, u"subject_rfc4514"_s, u"issuer_cn"_s, u"issuer_rfc4514"_s, u"serial_hex"_s, u"not_before"_s,
          u"not_after"_s, u"status_at_reference_time"_s, u"sha256_fingerprint"_s, u"aws_certificate_id"_s,
          u"sha1_fingerprint"_s, u"signature_algorithm"_s, u"public_key"_s, u"spki_sha256"_s, u"basic_constraints_ca"_s,
          u"self_signed"_s}) {
        QVERIFY2(certificate.contains(field), qPrintable(field));
    }
    const auto library = Certs::inspect(m_fixture.read(u"rsa.crt"_s));
    QVERIFY(library.ok());
    const Certs::CertificateInfo& info = library->certificates.first();
    QCOMPARE(certificate.value(u"subject_cn"_s).toString(), u"device-rsa"_s);
    QCOMPARE(certificate.value(u"issuer_cn"_s).toString(), u"Test RSA CA"_s);
    QCOMPARE(certificate.value(u"serial_hex"_s).toString(), u"0123456789abcdef"_s);
    QCOMPARE(certificate.value(u"aws_certificate_id"_s).toString(), info.awsCertificateId());
    QCOMPARE(certificate.value(u"sha256_fingerprint"_s).toString(), info.awsCertificateId());
    QCOMPARE(certificate.value(u"not_after"_s).toString(), Certs::isoUtc(info.notAfter));
    QVERIFY(certificate.value(u"not_after"_s).toString().endsWith(u'Z'));
    QCOMPARE(certificate.value(u"status_at_reference_time"_s).toString(), u"valid"_s);
    QCOMPARE(certificate.value(u"signature_algorithm"_s).toString(), u"sha256WithRSAEncryption"_s);
    const QJsonObject publicKey = certificate.value(u"public_key"_s).toObject();
    QCOMPARE(publicKey.value(u"algorithm"_s).toString(), u"RSA"_s);
    QCOMPARE(publicKey.value(u"bits"_s).toInt(), 2048);
    QVERIFY(publicKey.contains(u"curve"_s));
    QCOMPARE(certificate.value(u"basic_constraints_ca"_s).toBool(), false);
    QCOMPARE(certificate.value(u"self_signed"_s).toBool(), false);
    QVERIFY(object.value(u"key"_s).isNull());

    const Run key =
        cli({u"info"_s, u"--passphrase"_s, QString::fromLatin1(CertFixture::passphrase()), u"ec_pkcs8_aes.key"_s});
    QCOMPARE(key.exitCode, 0);
    const QJsonObject keyObject = jsonLines(key.out).value(0).value(u"key"_s).toObject();
    for (const QString& field : {u"pem_label"_s, u"encrypted"_s, u"kind"_s, u"public_key"_s, u"spki_sha256"_s}) {
        QVERIFY2(keyObject.contains(field), qPrintable(field));
    }
    QCOMPARE(keyObject.value(u"pem_label"_s).toString(), u"ENCRYPTED PRIVATE KEY"_s);
    QCOMPARE(keyObject.value(u"encrypted"_s).toBool(), true);
    QCOMPARE(keyObject.value(u"kind"_s).toString(), u"private_key"_s);
    QCOMPARE(keyObject.value(u"public_key"_s).toObject().value(u"curve"_s).toString(), u"prime256v1"_s);
    const QString ecSpki = jsonLines(cli({u"info"_s, u"ec.crt"_s}).out)
                               .value(0)
                               .value(u"certificates"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"spki_sha256"_s)
                               .toString();
    QCOMPARE(keyObject.value(u"spki_sha256"_s).toString(), ecSpki);
}

void TestCertCli::info_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("classification"); // empty: absent
    QTest::addColumn<QString>("code");           // empty: no error
    QTest::addColumn<int>("exitCode");

    const QString pass = QString::fromLatin1(CertFixture::passphrase());
    const QByteArray certificate = m_fixture.read(u"rsa.crt"_s);
    m_fixture.write(u"empty.pem"_s, {});
    m_fixture.write(u"notes.txt"_s, "just some notes\n");
    m_fixture.write(u"truncated.pem"_s, certificate.left(certificate.size() / 2));
    m_fixture.write(u"mismatched.pem"_s, QByteArray(certificate).replace("END CERTIFICATE", "END PRIVATE KEY"));
    m_fixture.write(u"bad_base64.pem"_s, QByteArray(certificate).replace("MII", "M*I"));
    QByteArray shortDer = m_fixture.read(u"rsa.der"_s).chopped(48).toBase64();
    QByteArray corrupted = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < shortDer.size(); i += 64) {
        corrupted += shortDer.mid(i, 64) + '\n';
    }
    m_fixture.write(u"corrupted_cert.pem"_s, corrupted + "-----END CERTIFICATE-----\n");
    m_fixture.write(u"crlf_bom.pem"_s, "\xEF\xBB\xBF" + QByteArray(certificate).replace("\n", "\r\n"));

    // clang-format off
    QTest::newRow("certificate") << QStringList{u"rsa.crt"_s} << u"ok"_s << u"certificate"_s << QString() << 0;
    QTest::newRow("CRLF + BOM certificate") << QStringList{u"crlf_bom.pem"_s} << u"ok"_s << u"certificate"_s << QString() << 0;
    QTest::newRow("DER certificate") << QStringList{u"rsa.der"_s} << u"ok"_s << u"certificate"_s << QString() << 0;
    QTest::newRow("chain") << QStringList{u"chain.pem"_s} << u"ok"_s << u"certificate_chain"_s << QString() << 0;
    QTest::newRow("PKCS#1 key") << QStringList{u"rsa_pkcs1.key"_s} << u"ok"_s << u"private_key"_s << QString() << 0;
    QTest::newRow("EC PARAMETERS + key") << QStringList{u"ec_params.key"_s} << u"ok"_s << u"private_key"_s << QString() << 0;
    QTest::newRow("public key") << QStringList{u"rsa_pub.pem"_s} << u"ok"_s << u"public_key"_s << QString() << 0;
    QTest::newRow("expired certificate is still ok") << QStringList{u"expired.crt"_s} << u"ok"_s << u"certificate"_s << QString() << 0;
    QTest::newRow("encrypted key, passphrase") << QStringList{u"--passphrase"_s, pass, u"rsa_legacy_aes.key"_s} << u"ok"_s << u"private_key"_s << QString() << 0;
    QTest::newRow("encrypted key, no passphrase") << QStringList{u"rsa_legacy_aes.key"_s} << u"error"_s << u"private_key"_s << u"passphrase_required"_s << 1;
    QTest::newRow("encrypted key, wrong passphrase") << QStringList{u"--passphrase"_s, u"wrong"_s, u"rsa_pkcs8_aes.key"_s} << u"error"_s << u"private_key"_s << u"bad_passphrase"_s << 1;
    QTest::newRow("empty_input") << QStringList{u"empty.pem"_s} << u"error"_s << QString() << u"empty_input"_s << 1;
    QTest::newRow("no_pem_block") << QStringList{u"notes.txt"_s} << u"error"_s << QString() << u"no_pem_block"_s << 1;
    QTest::newRow("unterminated_pem_block") << QStringList{u"truncated.pem"_s} << u"error"_s << QString() << u"unterminated_pem_block"_s << 1;
    QTest::newRow("mismatched_pem_label") << QStringList{u"mismatched.pem"_s} << u"error"_s << QString() << u"mismatched_pem_label"_s << 1;
    QTest::newRow("unsupported_pem_label") << QStringList{u"rsa_pkcs1_pub.pem"_s} << u"error"_s << QString() << u"unsupported_pem_label"_s << 1;
    QTest::newRow("invalid_base64") << QStringList{u"bad_base64.pem"_s} << u"error"_s << QString() << u"invalid_base64"_s << 1;
    QTest::newRow("invalid_der") << QStringList{u"corrupted_cert.pem"_s} << u"error"_s << QString() << u"invalid_der"_s << 1;
    QTest::newRow("unrecognized_binary") << QStringList{u"rsa_key.der"_s} << u"error"_s << QString() << u"unrecognized_binary"_s << 1;
    QTest::newRow("missing file") << QStringList{u"no-such-file.pem"_s} << u"error"_s << QString() << u"file_not_found"_s << 1;
    // clang-format on
}

void TestCertCli::info()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, status);
    QFETCH(QString, classification);
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    const Run run = cli(QStringList{u"info"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 1);
    const QJsonObject& object = lines.first();
    QCOMPARE(object.value(u"status"_s).toString(), status);
    QCOMPARE(object.value(u"classification"_s).toString(), classification);
    QCOMPARE(object.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    if (!code.isEmpty()) {
        QVERIFY(!object.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
        QVERIFY2(run.err.startsWith("thingbench-cli: "), run.err.constData());
    }
}

void TestCertCli::infoSeveralFiles()
{
    const Run ok = cli({u"info"_s, u"rsa.crt"_s, u"ec.crt"_s, u"rsa.key"_s});
    QCOMPARE(ok.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(ok.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value(u"file"_s).toString(), u"rsa.crt"_s);
    QCOMPARE(lines.at(1).value(u"file"_s).toString(), u"ec.crt"_s);
    QCOMPARE(lines.at(2).value(u"file"_s).toString(), u"rsa.key"_s);
    const Run mixed = cli({u"info"_s, u"rsa.crt"_s, u"no-such-file.pem"_s, u"ec.crt"_s});
    QCOMPARE(mixed.exitCode, 1);
    const QList<QJsonObject> mixedLines = jsonLines(mixed.out);
    QCOMPARE(mixedLines.size(), 3);
    QCOMPARE(mixedLines.at(1).value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(mixedLines.at(2).value(u"status"_s).toString(), u"ok"_s);
    // stdin
    QProcess process;
    process.setWorkingDirectory(m_fixture.dir());
    process.start(QStringLiteral(THINGBENCH_CLI_EXECUTABLE), {u"cert"_s, u"info"_s, u"-"_s});
    process.write(m_fixture.read(u"ec.crt"_s));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(jsonLines(process.readAllStandardOutput()).value(0).value(u"classification"_s).toString(),
             u"certificate"_s);
}

void TestCertCli::infoReferenceTime_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("status");
    QTest::newRow("before") << u"2000-01-01T00:00:00Z"_s << u"not_yet_valid"_s;
    QTest::newRow("after") << u"2100-01-01T00:00:00Z"_s << u"expired"_s;
    QTest::newRow("now-ish, no offset means UTC")
        << QDateTime::currentDateTimeUtc().addDays(1).toString(u"yyyy-MM-ddTHH:mm:ss"_s) << u"valid"_s;
    QTest::newRow("with an offset") << QDateTime::currentDateTimeUtc().toOffsetFromUtc(7200).toString(Qt::ISODate)
                                    << u"valid"_s;
}

void TestCertCli::infoReferenceTime()
{
    QFETCH(QString, at);
    QFETCH(QString, status);
    const Run run = cli({u"info"_s, u"--at"_s, at, u"rsa.crt"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject certificate = jsonLines(run.out).value(0).value(u"certificates"_s).toArray().first().toObject();
    QCOMPARE(certificate.value(u"status_at_reference_time"_s).toString(), status);
}

void TestCertCli::match_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString pass = QString::fromLatin1(CertFixture::passphrase());
    QTest::newRow("RSA match") << QStringList{u"rsa.crt"_s, u"rsa_pkcs1.key"_s} << 0;
    QTest::newRow("EC match, EC PARAMETERS bundle") << QStringList{u"ec.crt"_s, u"ec_params.key"_s} << 0;
    QTest::newRow("public-key file") << QStringList{u"ec.crt"_s, u"ec_pub.pem"_s} << 0;
    QTest::newRow("encrypted key") << QStringList{u"rsa.crt"_s, u"rsa_pkcs8_aes.key"_s, u"--passphrase"_s, pass} << 0;
    QTest::newRow("DER certificate") << QStringList{u"rsa.der"_s, u"rsa.key"_s} << 0;
    QTest::newRow("no match") << QStringList{u"rsa.crt"_s, u"ec.key"_s} << 1;
    QTest::newRow("no match, same algorithm") << QStringList{u"rsa.crt"_s, u"rsa_ca.key"_s} << 1;
    QTest::newRow("passphrase required") << QStringList{u"rsa.crt"_s, u"rsa_pkcs8_aes.key"_s} << 2;
    QTest::newRow("bad passphrase") << QStringList{u"rsa.crt"_s, u"rsa_legacy_aes.key"_s, u"--passphrase"_s, u"x"_s}
                                    << 2;
    QTest::newRow("missing key file") << QStringList{u"rsa.crt"_s, u"nope.key"_s} << 2;
    QTest::newRow("swapped") << QStringList{u"rsa.key"_s, u"rsa.crt"_s} << 2;
}

void TestCertCli::match()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = cli(QStringList{u"match"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject object = jsonLines(run.out).value(0);
    if (exitCode == 2) {
        QVERIFY(!object.contains(u"key_matches_certificate"_s));
        QVERIFY(!object.value(u"error"_s).toObject().value(u"code"_s).toString().isEmpty());
        QVERIFY(run.err.startsWith("thingbench-cli: "));
    } else {
        QCOMPARE(object.value(u"key_matches_certificate"_s).toBool(), exitCode == 0);
        QCOMPARE(object.value(u"key_spki_sha256"_s).toString() == object.value(u"certificate_spki_sha256"_s).toString(),
                 exitCode == 0);
    }
}

void TestCertCli::exportBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    const QByteArray certificate = m_fixture.read(u"ec.crt"_s);
    m_fixture.write(u"messy.pem"_s,
                    "\xEF\xBB\xBFsubject=CN = device-ec\r\n  " +
                        QByteArray(certificate).replace("\n", " \r\n\t").chopped(3));
    for (const QString& format : Certs::exportFormatNames()) {
        for (const QString& file : {u"ec.crt"_s, u"messy.pem"_s, u"rsa_legacy_aes.key"_s, u"rsa.der"_s}) {
            QTest::addRow("%s %s", qPrintable(format), qPrintable(file)) << file << format;
        }
    }
}

void TestCertCli::exportBytes()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const Run run = cli({u"export"_s, u"--format"_s, format, file});
    auto loaded = Certs::inspect(m_fixture.read(file), {file, {}});
    QVERIFY(loaded.ok());
    auto expected = Certs::exportFile(*loaded, {*Certs::exportFormatFromName(format), {}, {}});
    if (!expected.ok()) { // c-array of a legacy encrypted key: no DER form
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray());
        QVERIFY(run.err.contains(expected.error().message.toUtf8()));
        return;
    }
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected->bytes);
    if (file == u"messy.pem"_s && format != u"c-array"_s) {
        // I7: the messy variant exports exactly like the clean file.
        QCOMPARE(run.out, cli({u"export"_s, u"--format"_s, format, u"ec.crt"_s}).out);
    }
}

void TestCertCli::exportSeveralFiles()
{
    // Several FILEs in one process: each export in order (the bench uses this).
    const Run all = cli({u"export"_s, u"--format"_s, u"cstring-freertos"_s, u"rsa.crt"_s, u"ec.crt"_s, u"rsa.key"_s});
    QCOMPARE(all.exitCode, 0);
    QByteArray expected;
    for (const QString& file : {u"rsa.crt"_s, u"ec.crt"_s, u"rsa.key"_s}) {
        expected += cli({u"export"_s, u"--format"_s, u"cstring-freertos"_s, file}).out;
    }
    QCOMPARE(all.out, expected);
    // One bad file: nothing on stdout, exit 1, the file named on stderr.
    m_fixture.write(u"bad.pem"_s, "-----BEGIN CERTIFICATE-----\nAAAA\n");
    const Run bad = cli({u"export"_s, u"--format"_s, u"cstring-freertos"_s, u"rsa.crt"_s, u"bad.pem"_s, u"ec.crt"_s});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.out, QByteArray());
    QVERIFY(bad.err.contains("bad.pem: "));
    // A file mixing certificate and key is refused.
    m_fixture.write(u"combined.pem"_s, m_fixture.read(u"rsa.crt"_s) + m_fixture.read(u"rsa.key"_s));
    const Run combined = cli({u"export"_s, u"--format"_s, u"pem"_s, u"combined.pem"_s});
    QCOMPARE(combined.exitCode, 1);
    QCOMPARE(combined.out, QByteArray());
}

void TestCertCli::exportCArrayNameAsGiven_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << u"rsa.der"_s;
    QTest::newRow("dot slash") << u"./rsa.der"_s;
    QTest::newRow("folder") << u"sub/01-rsa.der"_s;
    QTest::newRow("leading digit") << u"9rsa.der"_s;
}

void TestCertCli::exportCArrayNameAsGiven()
{
    QFETCH(QString, path);
    QDir(m_fixture.dir()).mkpath(u"sub"_s);
    if (QDir::cleanPath(path) != u"rsa.der"_s) {
        QFile::remove(m_fixture.path(path));
        QVERIFY(QFile::copy(m_fixture.path(u"rsa.der"_s), m_fixture.path(path)));
    }
    const Run run = cli({u"export"_s, u"--format"_s, u"c-array"_s, path});
    QCOMPARE(run.exitCode, 0);
    QString toolError;
    const QString xxd = RequiredTool::find(u"xxd"_s, u"xxd"_s, &toolError);
    QVERIFY2(!xxd.isEmpty(), qPrintable(toolError)); // the byte-for-byte reference; never skipped
    QProcess process;
    process.setWorkingDirectory(m_fixture.dir());
    process.start(xxd, {u"-i"_s, path});
    QVERIFY(process.waitForFinished());
    QCOMPARE(run.out, process.readAllStandardOutput());
    // --name overrides the derived name.
    const Run named = cli({u"export"_s, u"--format"_s, u"c-array"_s, u"--name"_s, u"device_cert_der"_s, path});
    QVERIFY(named.out.startsWith("unsigned char device_cert_der[] = {\n"));
    QVERIFY(named.out.endsWith(
        "unsigned int device_cert_der_len = " + QByteArray::number(m_fixture.read(u"rsa.der"_s).size()) + ";\n"));
}

void TestCertCli::exportWarnings()
{
    const Run aes = cli({u"export"_s, u"--format"_s, u"cstring-freertos"_s, u"ec_pkcs8_aes.key"_s});
    QCOMPARE(aes.exitCode, 0);
    QVERIFY(aes.err.contains("thingbench-cli: warning: ec_pkcs8_aes.key: "));
    QVERIFY(aes.err.contains("-0x2e80"));
    const Run des = cli({u"export"_s, u"--format"_s, u"cstring-freertos"_s, u"rsa_pkcs8_des3.key"_s});
    QCOMPARE(des.err, QByteArray());
    // A file name whose certificate ID prefix is not the certificate's.
    m_fixture.write(u"0000000000-certificate.pem.crt"_s, m_fixture.read(u"rsa.crt"_s));
    const Run renamed = cli({u"info"_s, u"0000000000-certificate.pem.crt"_s});
    QCOMPARE(renamed.exitCode, 0);
    QVERIFY(renamed.err.contains("certificate ID"));
    const QJsonObject hint = jsonLines(renamed.out).value(0).value(u"file_name_hint"_s).toObject();
    QCOMPARE(hint.value(u"id_prefix"_s).toString(), u"0000000000"_s);
    QCOMPARE(hint.value(u"id_prefix_matches"_s).toBool(true), false);
}

void TestCertCli::freertosHeader()
{
    const Run ok = cli({u"freertos-header"_s, u"--cert"_s, u"rsa.crt"_s, u"--key"_s, u"rsa_pkcs1.key"_s});
    QCOMPARE(ok.exitCode, 0);
    auto expected = Certs::freertosKeysHeader(*Certs::inspect(m_fixture.read(u"rsa.crt"_s), {u"rsa.crt"_s, {}}),
                                              *Certs::inspect(m_fixture.read(u"rsa_pkcs1.key"_s), {u"k"_s, {}}));
    QVERIFY(expected.ok());
    QCOMPARE(ok.out, expected->bytes);
    QCOMPARE(ok.err, QByteArray());

    const Run mismatch = cli({u"freertos-header"_s, u"--cert"_s, u"rsa.crt"_s, u"--key"_s, u"ec.key"_s});
    QCOMPARE(mismatch.exitCode, 1);
    QCOMPARE(mismatch.out, QByteArray());
    QVERIFY(mismatch.err.contains("does not belong to the certificate"));

    const Run locked = cli({u"freertos-header"_s, u"--cert"_s, u"rsa.crt"_s, u"--key"_s, u"rsa_legacy_aes.key"_s});
    QCOMPARE(locked.exitCode, 1);
    QVERIFY(locked.err.contains("--passphrase"));
    const Run unlocked = cli({u"freertos-header"_s, u"--cert"_s, u"rsa.crt"_s, u"--key"_s, u"rsa_legacy_aes.key"_s,
                              u"--passphrase"_s, QString::fromLatin1(CertFixture::passphrase())});
    QCOMPARE(unlocked.exitCode, 0);
    QVERIFY(unlocked.out.contains("DEK-Info"));
    QVERIFY(unlocked.err.contains("warning"));
}

void TestCertCli::makePki()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run run =
        cli({u"make-pki"_s, u"--out"_s, u"pki"_s, u"--thing"_s, u"sensor-42"_s, u"--days"_s, u"30"_s}, dir.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QJsonObject object = jsonLines(run.out).value(0);
    const QString id = object.value(u"aws_certificate_id"_s).toString();
    QCOMPARE(id.size(), 64);
    const QString pki = QDir(dir.path()).filePath(u"pki"_s);
    QCOMPARE(object.value(u"device_certificate"_s).toString(), pki + u'/' + id + u"-certificate.pem.crt"_s);
    QCOMPARE(object.value(u"device_private_key"_s).toString(), pki + u'/' + id + u"-private.pem.key"_s);
    QCOMPARE(object.value(u"device_public_key"_s).toString(), pki + u'/' + id + u"-public.pem.key"_s);
    QCOMPARE(object.value(u"thing_name"_s).toString(), u"sensor-42"_s);
    for (const QString& field : {u"ca_certificate"_s, u"ca_key"_s, u"broker_certificate"_s, u"broker_key"_s,
                                 u"device_certificate"_s, u"device_private_key"_s, u"device_public_key"_s}) {
        const QString path = object.value(field).toString();
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const bool secret = field.endsWith(u"key"_s) && field != u"device_public_key"_s;
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const QFileDevice::Permissions permissions =
            QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        if (secret) {
            QCOMPARE(permissions, ownerOnly);
        } else {
            QVERIFY(permissions & QFileDevice::ReadOther);
        }
    }
    // The certificate ID in the names is the one `cert info` computes, and the device files match.
    const Run info = cli({u"info"_s, object.value(u"device_certificate"_s).toString()});
    QCOMPARE(jsonLines(info.out)
                 .value(0)
                 .value(u"certificates"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"aws_certificate_id"_s)
                 .toString(),
             id);
    QCOMPARE(cli({u"match"_s, object.value(u"device_certificate"_s).toString(),
                  object.value(u"device_private_key"_s).toString()})
                 .exitCode,
             0);
    QCOMPARE(cli({u"match"_s, object.value(u"device_certificate"_s).toString(),
                  object.value(u"device_public_key"_s).toString()})
                 .exitCode,
             0);
    QCOMPARE(
        cli({u"match"_s, object.value(u"broker_certificate"_s).toString(), object.value(u"broker_key"_s).toString()})
            .exitCode,
        0);
    QString error;
    QVERIFY2(m_fixture.openssl({u"verify"_s, u"-CAfile"_s, object.value(u"ca_certificate"_s).toString(), u"-purpose"_s,
                                u"sslserver"_s, u"-verify_hostname"_s, u"localhost"_s,
                                object.value(u"broker_certificate"_s).toString()},
                               &error),
             qPrintable(error));
    QVERIFY2(m_fixture.openssl({u"verify"_s, u"-CAfile"_s, object.value(u"ca_certificate"_s).toString(), u"-purpose"_s,
                                u"sslclient"_s, object.value(u"device_certificate"_s).toString()},
                               &error),
             qPrintable(error));
}

void TestCertCli::gitWorkTreeWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(u"repo/.git"_s));
    QVERIFY(root.mkpath(u"elsewhere"_s));
    const QString repo = root.filePath(u"repo"_s);

    // make-pki --out inside a work tree warns (keys are written there); outside it does not.
    const Run inside = cli({u"make-pki"_s, u"--out"_s, root.filePath(u"repo/certs"_s)});
    QCOMPARE(inside.exitCode, 0);
    QVERIFY2(inside.err.contains("git work tree"), inside.err.constData());
    QVERIFY(inside.err.contains(repo.toUtf8()));
    const Run outside = cli({u"make-pki"_s, u"--out"_s, root.filePath(u"elsewhere/certs"_s)});
    QCOMPARE(outside.err, QByteArray());

    // Exports go to stdout: a private key redirected into a file inside a work tree warns.
    const QString key = m_fixture.path(u"rsa_pkcs1.key"_s);
    const QString target = root.filePath(u"repo/src/keys.h"_s);
    QVERIFY(root.mkpath(u"repo/src"_s));
    const Run keyIntoRepo = cli({u"export"_s, u"--format"_s, u"freertos-define"_s, key}, {}, target);
    QCOMPARE(keyIntoRepo.exitCode, 0);
    QVERIFY2(keyIntoRepo.err.contains("git work tree"), keyIntoRepo.err.constData());
    QVERIFY(QFile(target).size() > 0);
    const Run headerIntoRepo =
        cli({u"freertos-header"_s, u"--cert"_s, m_fixture.path(u"rsa.crt"_s), u"--key"_s, key}, {}, target);
    QVERIFY(headerIntoRepo.err.contains("git work tree"));
    // A certificate is public: no warning. A pipe or a file outside a work tree: no warning.
    const Run certificateIntoRepo =
        cli({u"export"_s, u"--format"_s, u"freertos-define"_s, m_fixture.path(u"rsa.crt"_s)}, {}, target);
    QCOMPARE(certificateIntoRepo.err, QByteArray());
    const Run keyToPipe = cli({u"export"_s, u"--format"_s, u"freertos-define"_s, key}, repo);
    QCOMPARE(keyToPipe.err, QByteArray());
    const Run keyElsewhere = cli({u"export"_s, u"--format"_s, u"pem"_s, key}, {}, root.filePath(u"elsewhere/k.pem"_s));
    QCOMPARE(keyElsewhere.err, QByteArray());
}

void TestCertCli::secretsAreNeverPrinted()
{
    // Neither the passphrase nor key material ever reaches stderr or the JSON output.
    const QString pass = QString::fromLatin1(CertFixture::passphrase());
    const QList<QByteArray> keyLines = pemLines(m_fixture.read(u"rsa.key"_s));
    const QByteArray& keyMaterial = keyLines.at(3);
    // A damaged key line: the message names the column, never the line's text.
    QList<QByteArray> damaged = keyLines;
    damaged[3] = keyMaterial.left(20) + '*' + keyMaterial.mid(21);
    m_fixture.write(u"damaged.key"_s, damaged.join('\n') + '\n');
    const QList<QStringList> runs = {
        {u"info"_s, u"--passphrase"_s, pass, u"rsa_pkcs8_aes.key"_s, u"rsa.key"_s, u"rsa_legacy_aes.key"_s},
        {u"info"_s, u"--passphrase"_s, u"not the passphrase"_s, u"rsa_pkcs8_aes.key"_s, u"rsa_legacy_aes.key"_s},
        {u"match"_s, u"rsa.crt"_s, u"rsa_pkcs8_aes.key"_s, u"--passphrase"_s, pass},
        {u"match"_s, u"rsa.crt"_s, u"rsa_pkcs8_aes.key"_s, u"--passphrase"_s, u"not the passphrase"_s},
        {u"export"_s, u"--format"_s, u"pem"_s, u"--passphrase"_s, u"not the passphrase"_s, u"rsa_pkcs8_aes.key"_s},
        {u"freertos-header"_s, u"--cert"_s, u"ec.crt"_s, u"--key"_s, u"rsa.key"_s},
        {u"info"_s, u"damaged.key"_s},
        {u"export"_s, u"--format"_s, u"pem"_s, u"damaged.key"_s},
    };
    for (const QStringList& arguments : runs) {
        const Run run = cli(arguments);
        QVERIFY2(!run.err.contains(CertFixture::passphrase()), qPrintable(arguments.join(u' ')));
        QVERIFY2(!run.err.contains("not the passphrase"), qPrintable(arguments.join(u' ')));
        QVERIFY2(!run.err.contains(keyMaterial), qPrintable(arguments.join(u' ')));
        QVERIFY2(!run.err.contains(keyMaterial.left(20)) && !run.err.contains(keyMaterial.mid(21)),
                 qPrintable(arguments.join(u' ')));
        if (arguments.first() != u"export"_s) {
            QVERIFY2(!run.out.contains(CertFixture::passphrase()), qPrintable(arguments.join(u' ')));
            QVERIFY2(!run.out.contains(keyMaterial), qPrintable(arguments.join(u' ')));
        }
    }
}

QTEST_GUILESS_MAIN(TestCertCli)
#include "TestCertCli.moc"
