// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpCommon.h"

#include "CliCommon.h"

#include <QCoreApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

namespace Cli {

void addHttpsOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("endpoint"),
         tr("AWS IoT endpoint HOST[:PORT] (default port 8443; 443 uses ALPN x-amzn-http-ca), e.g. "
            "abc123-ats.iot.eu-west-1.amazonaws.com."),
         QStringLiteral("host")},
        {QStringLiteral("cafile"), tr("CA certificate(s) (PEM) to verify the server; default: the system store."),
         QStringLiteral("file")},
        {QStringLiteral("cert"), tr("Device certificate (PEM)."), QStringLiteral("file")},
        {QStringLiteral("key"), tr("Device private key (PEM, may be encrypted)."), QStringLiteral("file")},
        {QStringLiteral("passphrase"),
         tr("Passphrase of an encrypted private key (visible in the process list: prefer --passphrase-file or "
            "THINGBENCH_PASSPHRASE)."),
         QStringLiteral("passphrase")},
        {QStringLiteral("passphrase-file"), tr("Read the key's passphrase from this file."), QStringLiteral("file")},
        {QStringLiteral("alpn"), tr("ALPN protocol(s), comma-separated (default on port 443: x-amzn-http-ca)."),
         QStringLiteral("protocols")},
        {QStringLiteral("insecure"), tr("Do not verify the server's certificate or host name (testing only).")},
        {QStringLiteral("timeout"), tr("Seconds to wait for the answer (default 15)."), QStringLiteral("seconds"),
         QStringLiteral("15")},
    });
}

Result<Aws::HttpsTarget> httpsTarget(const QCommandLineParser& parser)
{
    const auto bad = [](const QString& message) { return Error{QStringLiteral("usage"), message, {}}; };
    const QString endpoint = parser.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty()) {
        return bad(tr("Give the endpoint with --endpoint HOST[:PORT] (aws iot describe-endpoint --endpoint-type "
                      "iot:Data-ATS)."));
    }
    Aws::HttpsTarget target;
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    target.host = colon < 0 ? endpoint : endpoint.left(colon);
    if (colon >= 0) {
        bool ok = false;
        const uint port = endpoint.mid(colon + 1).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return bad(
                tr("--endpoint: “%1” is not a port number (AWS IoT: 8443 or 443).").arg(endpoint.mid(colon + 1)));
        }
        target.port = quint16(port);
    }
    if (target.host.isEmpty()) {
        return bad(tr("--endpoint needs a host name."));
    }
    bool ok = false;
    const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600) {
        return bad(tr("--timeout must be 1–600 seconds."));
    }
    target.timeoutMs = seconds * 1000;
    target.tls.caFile = parser.value(QStringLiteral("cafile"));
    target.tls.certFile = parser.value(QStringLiteral("cert"));
    target.tls.keyFile = parser.value(QStringLiteral("key"));
    target.tls.insecure = parser.isSet(QStringLiteral("insecure"));
    if (parser.isSet(QStringLiteral("alpn"))) {
        target.tls.alpn = parser.value(QStringLiteral("alpn")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (target.port == 443) {
        target.tls.alpn = {QStringLiteral("x-amzn-http-ca")};
    }
    if (target.tls.certFile.isEmpty() || target.tls.keyFile.isEmpty()) {
        return bad(tr("The HTTPS data plane needs the device certificate and key: give --cert FILE and --key FILE."));
    }
    auto passphrase =
        secret(parser, QStringLiteral("passphrase"), QStringLiteral("passphrase-file"), "THINGBENCH_PASSPHRASE");
    if (!passphrase) {
        return passphrase.error();
    }
    if (passphrase->has_value()) {
        target.tls.passphrase = QString::fromUtf8(**passphrase);
    }
    return target;
}

} // namespace Cli
