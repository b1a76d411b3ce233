// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

// DESIGN.md §5 "Certificates: 1,000 PEM files converted by the CLI in ≤ 2 s".
//
// Generates N distinct certificates (OpenSSL C API: one RSA-2048 subject key like AWS-issued device certificates,
// signed by an EC CA; every tenth file with CRLF line endings and a BOM so normalisation has work to do), then runs
// `thingbench-cli cert export --format cstring-freertos FILE...` over all of them in ONE process and reports files
// per second. Three runs (one in a short run, THINGBENCH_BENCH_SHORT=1); the median counts. Prints
// "cert export: <figure> (target <target>) PASS|FAIL" and exits 1 when the median misses the target (in a short run
// the time is printed, not judged).
//
// Usage: BenchCertExport [files=1000] [target-seconds=2]

namespace {

template <typename T, void (*F)(T*)>
struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

QByteArray certificatePem(EVP_PKEY* subjectKey, EVP_PKEY* caKey, int index)
{
    X509Ptr x509(X509_new());
    BigNumPtr serial(BN_new());
    if (!x509 || !serial || X509_set_version(x509.get(), X509_VERSION_3) != 1 ||
        BN_rand(serial.get(), 159, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x509.get())) ||
        !X509_gmtime_adj(X509_getm_notBefore(x509.get()), 0) ||
        !X509_time_adj_ex(X509_getm_notAfter(x509.get()), 365, 0, nullptr)) {
        return {};
    }
    const QByteArray cn = "bench-device-" + QByteArray::number(index);
    X509_NAME* subject = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                               int(cn.size()), -1, 0);
    X509_NAME* issuer = X509_get_issuer_name(x509.get());
    X509_NAME_add_entry_by_txt(issuer, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Bench CA"), -1, -1,
                               0);
    if (X509_set_pubkey(x509.get(), subjectKey) != 1 || X509_sign(x509.get(), caKey, EVP_sha256()) <= 0) {
        return {};
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), x509.get()) != 1) {
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return {data, qsizetype(length)};
}

void print(const QString& text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 1000;
    const double targetSeconds = arguments.size() > 2 ? arguments.at(2).toDouble() : 2.0;
    if (count <= 0 || targetSeconds <= 0) {
        print(QStringLiteral("usage: BenchCertExport [files=1000] [target-seconds=2]"));
        return 2;
    }

    QTemporaryDir dir;
    PKeyPtr subjectKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    PKeyPtr caKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!dir.isValid() || !subjectKey || !caKey) {
        print(QStringLiteral("BenchCertExport: setup failed"));
        return 1;
    }
    QStringList files;
    qint64 inputBytes = 0;
    for (int i = 0; i < count; ++i) {
        QByteArray pem = certificatePem(subjectKey.get(), caKey.get(), i);
        if (pem.isEmpty()) {
            print(QStringLiteral("BenchCertExport: certificate generation failed"));
            return 1;
        }
        if (i % 10 == 0) {
            pem = "\xEF\xBB\xBF" + pem.replace("\n", "\r\n");
        }
        const QString path = QDir(dir.path()).filePath(QStringLiteral("device-%1.pem").arg(i, 4, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size()) {
            print(QStringLiteral("BenchCertExport: cannot write %1").arg(path));
            return 1;
        }
        inputBytes += pem.size();
        // Relative names keep the command line short.
        files << QFileInfo(path).fileName();
    }

    const QStringList command = QStringList{QStringLiteral("cert"), QStringLiteral("export"),
                                            QStringLiteral("--format"), QStringLiteral("cstring-freertos")} +
        files;
    std::vector<double> seconds;
    const int runs = int(BenchSupport::scaled(3, 1));
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(THINGBENCH_CLI_EXECUTABLE), command);
        if (!process.waitForFinished(600000)) {
            print(QStringLiteral("BenchCertExport: thingbench-cli did not finish"));
            return 1;
        }
        const QByteArray out = process.readAllStandardOutput();
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        if (process.exitCode() != 0 || out.count("\"-----END CERTIFICATE-----\"\n") != count) {
            print(QStringLiteral("BenchCertExport: export failed (exit %1): %2")
                      .arg(process.exitCode())
                      .arg(QString::fromUtf8(process.readAllStandardError().left(500))));
            return 1;
        }
        seconds.push_back(elapsed);
        print(QStringLiteral("run %1: %2 files (%3 KiB in, %4 KiB out) in %5 s")
                  .arg(run + 1)
                  .arg(count)
                  .arg(inputBytes / 1024)
                  .arg(out.size() / 1024)
                  .arg(elapsed, 0, 'f', 3));
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds.at(seconds.size() / 2);
    const bool met = BenchSupport::verdict(
        "cert export",
        QStringLiteral("%1 files in %2 s = %3 files/s (median of %4, one process each)")
            .arg(count)
            .arg(median, 0, 'f', 3)
            .arg(double(count) / median, 0, 'f', 0)
            .arg(runs),
        QStringLiteral("%1 files in <= %2 s").arg(count).arg(targetSeconds, 0, 'g', 3), median <= targetSeconds);
    return met ? 0 : 1;
}
