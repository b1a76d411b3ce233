// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"
#include "certs/TestPki.h"
#include "common/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

// DESIGN.md §5 "Certificates: 1,000 PEM files converted by the CLI in ≤ 2 s".
//
// Generates N distinct certificates with lib/certs/TestPki (one RSA-2048 device key like AWS-issued device
// certificates, signed by the test PKI's EC CA; every tenth file with CRLF line endings and a BOM so normalisation has
// work to do), then runs `thingbench-cli cert export --format cstring-freertos FILE...` over all of them in ONE process
// and reports files per second. Three runs (one in a short run, THINGBENCH_BENCH_SHORT=1); the median counts. Prints
// "cert export: <figure> (target <target>) PASS|FAIL" and exits 1 when the median misses the target (in a short run
// the time is printed, not judged).
//
// Usage: BenchCertExport [files=1000] [target-seconds=2]

namespace {

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
    Certs::TestPkiOptions pkiOptions;
    pkiOptions.outDir = QDir(dir.path()).filePath(QStringLiteral("pki"));
    const Result<Certs::TestPkiFiles> pki = Certs::makeTestPki(pkiOptions);
    if (!dir.isValid() || !pki) {
        print(QStringLiteral("BenchCertExport: setup failed"));
        return 1;
    }
    const Result<QByteArray> deviceKey = FileIo::readFile(pki->devicePrivateKey);
    const Result<QByteArray> caCertificate = FileIo::readFile(pki->caCertificate);
    const Result<QByteArray> caKey = FileIo::readFile(pki->caKey);
    if (!deviceKey || !caCertificate || !caKey) {
        print(QStringLiteral("BenchCertExport: cannot read the test PKI"));
        return 1;
    }
    QStringList files;
    qint64 inputBytes = 0;
    for (int i = 0; i < count; ++i) {
        Certs::TestCertificateSpec spec;
        spec.commonName = QStringLiteral("bench-device-%1").arg(i);
        Result<QByteArray> certificate = Certs::makeTestCertificate(spec, *deviceKey, *caCertificate, *caKey);
        if (!certificate) {
            print(
                QStringLiteral("BenchCertExport: certificate generation failed: %1").arg(certificate.error().message));
            return 1;
        }
        QByteArray pem = *certificate;
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
