// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certs/CertificateFile.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Firmware exports with the exact bytes of specs/certificates.md §5. Every text export is a function of the
/// normalised lines L1…Ln only (I7), so CRLF, BOM, missing-final-LF and whitespace variants export identically.
/// Pure functions, any thread.
namespace Certs {

enum class ExportFormat {
    Pem,              ///< pem_normalized
    CStringFreertos,  ///< `"Li\n"\` …, last `"Ln"`
    CStringNlSpace,   ///< `"Li\n" \` …, last `"Ln\n"`
    CStringNlNoSpace, ///< `"Li\n"\` …, last `"Ln\n"`
    FreertosDefine,   ///< `#define M \` + CStringFreertos
    FreertosPyDefine, ///< `#define M \` + CStringNlSpace
    MtbDefine,        ///< `#define M \` + CStringFreertos, ModusToolbox names
    MbedArray,        ///< `const char N[] =` + CStringNlSpace + `;`
    Arduino,          ///< `static const char N[] PROGMEM = R"D(` … `)D";`
    CArray,           ///< the DER in `xxd -i` layout
    CypressScript,    ///< the Cypress Mbed OS script's stdout: comment, CStringNlNoSpace, empty line
};

/// Who uses the exported text; picks macro and array names.
enum class Role { ClientCertificate, ClientPrivateKey, RootCa, JitrCa };

/// CLI names: "pem", "cstring-freertos", …, "c-array", "cypress-script" (the spec's ids with '_' work too).
std::optional<ExportFormat> exportFormatFromName(QStringView name);
QString exportFormatName(ExportFormat format);
QStringList exportFormatNames();

/// "client_certificate", "client_private_key", "root_ca", "jitr_ca".
std::optional<Role> roleFromName(QStringView name);
QString roleName(Role role);
QStringList roleNames();

/// The macro or array name a format uses for a role (§5 table); nullopt when the format has none for it.
std::optional<QString> defaultSymbolName(ExportFormat format, Role role);
/// Whether the format needs a macro/array name (from --role or --name).
bool formatNeedsName(ExportFormat format);
/// Every format but `pem` is meant to be compiled into firmware.
bool isFirmwareFormat(ExportFormat format);

// The text forms over lines L1…Ln (each returns text ending in one LF).
QByteArray cStringFreertos(const QList<QByteArray>& lines);
QByteArray cStringNlSpace(const QList<QByteArray>& lines);
QByteArray cStringNlNoSpace(const QList<QByteArray>& lines);

/// `xxd -i` layout of `data` under `name` (§1.7).
QByteArray xxdInclude(const QByteArray& data, const QByteArray& name);
/// The array name `xxd -i` derives from a path as given: bytes that are not ASCII letters or digits become '_',
/// and "__" goes in front when the path starts with a digit.
QByteArray xxdName(const QString& path);

struct ExportRequest
{
    ExportFormat format = ExportFormat::Pem;
    std::optional<Role> role; ///< nullopt: inferred from the content (and an AmazonRootCA-style name)
    QString name;             ///< overrides the macro/array name when not empty (must be a C identifier)
};

struct ExportResult
{
    QByteArray bytes;
    Role role = Role::ClientCertificate;
    bool hasRole = false;
    QStringList warnings; ///< translated; e.g. the Mbed TLS limit on AES-encrypted PKCS#8 keys (§7)
};

/// The role exports use when none is given: a private key is the client key, a CA certificate (or a file named
/// like AmazonRootCA1.pem) the root CA, any other certificate the client certificate; nullopt for public keys.
std::optional<Role> inferRole(const CertificateFile& file);

/// Exports `file` (already validated by inspect()). Errors: mixed_content, wrong_content (role or format does not
/// fit the content), and "usage" for a missing or invalid name.
Result<ExportResult> exportFile(const CertificateFile& file, const ExportRequest& request);

/// `aws_clientcredential_keys.h` as FreeRTOS's CertificateConfigurator made it (§1.1), with bodies normalised.
/// Refuses a key that does not belong to the first certificate (key_mismatch); an encrypted key must be decrypted
/// with its passphrase first (passphrase_required, bad_passphrase).
Result<ExportResult> freertosKeysHeader(const CertificateFile& certificate, const CertificateFile& key);

} // namespace Certs
