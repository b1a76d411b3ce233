// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertExporter.h"
#include "certs/CertificateFile.h"
#include "certs/PemReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer target for the certificate reader (specs/certificates.md I1–I8) and everything that runs on what it
// accepts: facts, decryption with a passphrase, key matching and every export. Besides crashes, leaks and undefined
// behaviour it checks two properties and aborts when they fail:
// - normalisation is idempotent: reading pem_normalized again gives the same lines;
// - every accepted input normalises to text that ends in one LF.

namespace {

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    if (auto document = Certs::readPem(bytes); document) {
        const QByteArray normalized = document->normalized();
        check(normalized.endsWith('\n') && !normalized.endsWith("\n\n"));
        auto again = Certs::readPem(normalized);
        check(again.ok());
        check(again->normalized() == normalized);
        check(again->labels() == document->labels());
    }

    Certs::LoadOptions options;
    options.fileName = QStringLiteral("0123456789-certificate.pem.crt");
    options.passphrase = QByteArrayLiteral("fuzz");
    options.maxKdfCost = 2048; // keep every run fast: crafted iteration counts are refused, not computed
    auto file = Certs::inspect(bytes, options);
    if (!file) {
        check(!file.error().code.isEmpty() && !file.error().message.isEmpty());
        return 0;
    }
    for (const QString& name : Certs::exportFormatNames()) {
        Certs::ExportRequest request;
        request.format = *Certs::exportFormatFromName(name);
        request.name = QStringLiteral("FUZZ_NAME");
        if (auto exported = Certs::exportFile(*file, request); exported) {
            check(exported->bytes.endsWith('\n'));
        }
        request.name.clear();
        (void)Certs::exportFile(*file, request);
    }
    (void)Certs::keyMatchesCertificate(*file, *file);
    (void)Certs::freertosKeysHeader(*file, *file);
    for (const Certs::CertificateInfo& certificate : file->certificates) {
        (void)certificate.awsCertificateId();
        (void)certificate.sha256WithColons();
    }
    return 0;
}
