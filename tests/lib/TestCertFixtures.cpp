// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCertFixtures.h"

#include "support/RequiredTool.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <vector>

namespace {

constexpr char PASS_ARGUMENT[] = "pass:correct horse battery";

QString processError(QProcess& process, const QString& what)
{
    return QStringLiteral("%1 failed (exit %2): %3")
        .arg(what)
        .arg(process.exitCode())
        .arg(QString::fromLocal8Bit(process.readAllStandardError()));
}

} // namespace

QString CertFixture::path(const QString& name) const
{
    return QDir(m_dir.path()).filePath(name);
}

QByteArray CertFixture::read(const QString& name) const
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString CertFixture::write(const QString& name, const QByteArray& bytes) const
{
    QFile file(path(name));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
    }
    return file.fileName();
}

std::optional<QByteArray> CertFixture::openssl(const QStringList& arguments, QString* error) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(OPENSSL_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error) {
            *error = processError(process, QStringLiteral("openssl ") + arguments.join(QLatin1Char(' ')));
        }
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

QByteArray CertFixture::derOf(const QString& name, bool key) const
{
    const QStringList arguments = key ? QStringList{QStringLiteral("pkey"), QStringLiteral("-in"), name,
                                                    QStringLiteral("-outform"), QStringLiteral("DER")}
                                      : QStringList{QStringLiteral("x509"), QStringLiteral("-in"), name,
                                                    QStringLiteral("-outform"), QStringLiteral("DER")};
    return openssl(arguments).value_or(QByteArray());
}

bool CertFixture::create(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    // Written with plain C strings (QT_NO_CAST_FROM_ASCII): converted to QStringList below.
    const char* pass = PASS_ARGUMENT;
    const std::vector<std::vector<const char*>> steps = {
        // An RSA CA and an RSA device key in every container.
        {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa_ca.key"},
        {"req", "-x509", "-new", "-key", "rsa_ca.key", "-subj", "/C=US/O=ThingBench Tests/CN=Test RSA CA", "-days",
         "3650", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
         "-out", "rsa_ca.crt"},
        {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa.key"},
        {"pkey", "-in", "rsa.key", "-traditional", "-out", "rsa_pkcs1.key"},
        {"pkcs8", "-topk8", "-in", "rsa.key", "-v2", "aes-256-cbc", "-passout", pass, "-out", "rsa_pkcs8_aes.key"},
        {"pkcs8", "-topk8", "-in", "rsa.key", "-v2", "des3", "-passout", pass, "-out", "rsa_pkcs8_des3.key"},
        {"rsa", "-in", "rsa.key", "-traditional", "-aes256", "-passout", pass, "-out", "rsa_legacy_aes.key"},
        {"rsa", "-in", "rsa.key", "-traditional", "-des3", "-passout", pass, "-out", "rsa_legacy_des3.key"},
        {"pkey", "-in", "rsa.key", "-pubout", "-out", "rsa_pub.pem"},
        {"rsa", "-in", "rsa.key", "-RSAPublicKey_out", "-out", "rsa_pkcs1_pub.pem"},
        {"pkey", "-in", "rsa.key", "-outform", "DER", "-out", "rsa_key.der"},
        {"req", "-new", "-key", "rsa.key", "-subj", "/O=ThingBench Tests/CN=device-rsa", "-out", "rsa.csr"},
        {"x509", "-req", "-in", "rsa.csr", "-CA", "rsa_ca.crt", "-CAkey", "rsa_ca.key", "-set_serial",
         "0x0123456789abcdef", "-days", "365", "-out", "rsa.crt"},
        {"x509", "-in", "rsa.crt", "-outform", "DER", "-out", "rsa.der"},
        // An EC key made the `openssl ecparam -genkey` way (EC PARAMETERS + EC PRIVATE KEY), in every container.
        {"ecparam", "-genkey", "-name", "prime256v1", "-out", "ec_params.key"},
        {"pkey", "-in", "ec_params.key", "-out", "ec.key"},
        {"pkey", "-in", "ec.key", "-traditional", "-out", "ec_sec1.key"},
        {"pkcs8", "-topk8", "-in", "ec.key", "-v2", "aes-256-cbc", "-passout", pass, "-out", "ec_pkcs8_aes.key"},
        {"ec", "-in", "ec.key", "-aes256", "-passout", pass, "-out", "ec_legacy_aes.key"},
        {"pkcs8", "-topk8", "-in", "ec.key", "-v2", "aes-128-cbc", "-iter", "20000", "-passout", pass, "-out",
         "ec_pkcs8_iter.key"},
        {"pkcs8", "-topk8", "-in", "ec.key", "-scrypt", "-passout", pass, "-out", "ec_pkcs8_scrypt.key"},
        {"pkey", "-in", "ec.key", "-pubout", "-out", "ec_pub.pem"},
        {"req", "-new", "-key", "ec.key", "-subj", "/CN=device-ec", "-out", "ec.csr"},
        {"x509", "-req", "-in", "ec.csr", "-CA", "rsa_ca.crt", "-CAkey", "rsa_ca.key", "-set_serial", "2", "-days",
         "365", "-out", "ec.crt"},
        {"req", "-x509", "-new", "-key", "ec.key", "-subj", "/CN=self-signed-ec", "-days", "30", "-out", "ec_self.crt"},
        // A certificate that expired a day ago (notAfter before notBefore; valid nowhere).
        {"x509", "-req", "-in", "ec.csr", "-signkey", "ec.key", "-days", "-1", "-out", "expired.crt"},
        // Subject equals issuer, but signed by another key: not self-signed.
        {"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", "other_ec.key"},
        {"req", "-x509", "-new", "-key", "other_ec.key", "-subj", "/CN=Same Name", "-days", "30", "-out",
         "same_name_ca.crt"},
        {"req", "-new", "-key", "ec.key", "-subj", "/CN=Same Name", "-out", "same_name.csr"},
        {"x509", "-req", "-in", "same_name.csr", "-CA", "same_name_ca.crt", "-CAkey", "other_ec.key", "-set_serial",
         "3", "-days", "30", "-out", "same_name.crt"},
        // UTF-8 in the subject.
        {"req", "-x509", "-new", "-utf8", "-key", "ec.key", "-subj",
         "/C=DE/O=Gr\xc3\xbc"
         "n & Partner, Ltd./CN=Ger\xc3\xa4"
         "t \xc3\x9c"
         "nic\xc3\xb8"
         "de",
         "-days", "30", "-out", "utf8.crt"},
        {"x509", "-in", "rsa.crt", "-text", "-out", "rsa_text.crt"},
        {"crl2pkcs7", "-nocrl", "-certfile", "rsa.crt", "-out", "rsa.p7b"},
    };
    for (const auto& step : steps) {
        QStringList arguments;
        for (const char* argument : step) {
            arguments << QString::fromUtf8(argument);
        }
        if (!openssl(arguments, error)) {
            return false;
        }
    }
    write(QStringLiteral("chain.pem"), read(QStringLiteral("rsa.crt")) + read(QStringLiteral("rsa_ca.crt")));
    return true;
}

QList<QByteArray> pemLines(const QByteArray& pem)
{
    QList<QByteArray> lines = pem.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

QByteArray withoutFinalNewline(const QByteArray& text)
{
    return text.endsWith('\n') ? text.left(text.size() - 1) : text;
}

std::optional<QByteArray> compileAndRun(const QString& workDir, const QString& baseName, const QByteArray& source,
                                        bool cplusplus, QString* error)
{
    const QString compiler = RequiredTool::find(cplusplus ? QStringLiteral("c++") : QStringLiteral("cc"),
                                                cplusplus ? QStringLiteral("g++") : QStringLiteral("gcc"), error);
    if (compiler.isEmpty()) {
        return std::nullopt;
    }
    const QDir dir(workDir);
    const QString sourcePath = dir.filePath(baseName + (cplusplus ? QStringLiteral(".cpp") : QStringLiteral(".c")));
    const QString program = dir.filePath(baseName + QStringLiteral(".bin"));
    const QString output = dir.filePath(baseName + QStringLiteral(".out"));
    QFile file(sourcePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(source) != source.size()) {
        *error = QStringLiteral("cannot write ") + sourcePath;
        return std::nullopt;
    }
    file.close();
    QProcess compile;
    compile.setWorkingDirectory(workDir);
    compile.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList standard =
        cplusplus ? QStringList{QStringLiteral("-std=c++11")} : QStringList{QStringLiteral("-std=c99")};
    compile.start(
        compiler,
        standard +
            QStringList{QStringLiteral("-Wall"), QStringLiteral("-Werror"), QStringLiteral("-o"), program, sourcePath});
    if (!compile.waitForFinished(60000) || compile.exitCode() != 0) {
        *error = QStringLiteral("compile failed: ") + QString::fromLocal8Bit(compile.readAll());
        return std::nullopt;
    }
    QProcess run;
    run.setWorkingDirectory(workDir);
    run.start(program, {output});
    if (!run.waitForFinished(30000) || run.exitCode() != 0) {
        *error = QStringLiteral("program failed: ") + QString::fromLocal8Bit(run.readAllStandardError());
        return std::nullopt;
    }
    QFile result(output);
    if (!result.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no output from the program");
        return std::nullopt;
    }
    return result.readAll();
}
