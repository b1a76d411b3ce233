// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestPkiTool.h"

#include "certs/TestPki.h"
#include "common/FileIo.h"

#include <QDir>

namespace {

constexpr int VALID_DAYS = 3650;
/// The expired certificates were valid for one day in January 2020.
const QDateTime EXPIRED_START(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime EXPIRED_END(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC);

} // namespace

bool TestPki::create(const QString& targetDir, QString* error)
{
    // Every certificate comes from lib/certs/TestPki (OpenSSL's C API), the one generator of the project.
    dir = QDir(targetDir).absolutePath();
    const auto path = [this](const char* name) { return dir + QLatin1Char('/') + QLatin1String(name); };
    caCert = path("ca.pem");
    caKey = path("ca.key");
    serverCert = path("server.pem");
    serverKey = path("server.key");
    serverCertWrongHost = path("server-wrong-host.pem");
    serverKeyWrongHost = path("server-wrong-host.key");
    serverCertExpired = path("server-expired.pem");
    serverKeyExpired = path("server-expired.key");
    clientCert = path("client.pem");
    clientKey = path("client.key");
    clientKeyEncrypted = path("client-encrypted.key");
    clientCertExpired = path("client-expired.pem");
    otherKey = path("other.key");
    otherCaCert = path("other-ca.pem");
    otherCaKey = path("other-ca.key");
    otherClientCert = path("other-client.pem");

    // Each step returns the PEM, or fills `error` and returns an empty one.
    const auto take = [error](Result<QByteArray> made) {
        if (!made) {
            *error = made.error().fullText();
            return QByteArray();
        }
        return *std::move(made);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto spec = [&now](Certs::TestCertificateSpec::Kind kind, const QString& cn, const QString& altNames = {},
                             bool expired = false) {
        Certs::TestCertificateSpec result;
        result.kind = kind;
        result.commonName = cn;
        result.subjectAltNames = altNames;
        result.notBefore = expired ? EXPIRED_START : now.addSecs(-60);
        result.notAfter = expired ? EXPIRED_END : now.addDays(VALID_DAYS);
        return result;
    };
    using Kind = Certs::TestCertificateSpec::Kind;
    const QString localhost = QStringLiteral("DNS:localhost,IP:127.0.0.1");

    struct Output
    {
        QString path;
        QByteArray pem;
        bool secret;
    };
    QList<Output> outputs;
    const QByteArray caKeyPem = take(Certs::makeTestKey());
    const QByteArray caPem = caKeyPem.isEmpty()
        ? QByteArray()
        : take(Certs::makeTestCertificate(spec(Kind::Ca, QStringLiteral("ThingBench Test CA")), caKeyPem));
    if (caPem.isEmpty()) {
        return false;
    }
    outputs << Output{caKey, caKeyPem, true} << Output{caCert, caPem, false};
    const auto issued = [&](const QString& keyPath, const QString& certPath, const Certs::TestCertificateSpec& what,
                            const QByteArray& issuerPem, const QByteArray& issuerKeyPem, QByteArray keyPem = {}) {
        if (keyPem.isEmpty()) {
            keyPem = take(Certs::makeTestKey());
            if (keyPem.isEmpty()) {
                return QByteArray();
            }
            outputs << Output{keyPath, keyPem, true};
        }
        const QByteArray certificate = take(Certs::makeTestCertificate(what, keyPem, issuerPem, issuerKeyPem));
        if (!certificate.isEmpty()) {
            outputs << Output{certPath, certificate, false};
        }
        return certificate.isEmpty() ? QByteArray() : keyPem;
    };
    if (issued(serverKey, serverCert, spec(Kind::Server, QStringLiteral("localhost"), localhost), caPem, caKeyPem)
            .isEmpty() ||
        issued(serverKeyWrongHost, serverCertWrongHost,
               spec(Kind::Server, QStringLiteral("wrong.example"), QStringLiteral("DNS:wrong.example")), caPem,
               caKeyPem)
            .isEmpty() ||
        issued(serverKeyExpired, serverCertExpired, spec(Kind::Server, QStringLiteral("localhost"), localhost, true),
               caPem, caKeyPem)
            .isEmpty()) {
        return false;
    }
    const QByteArray clientKeyPem =
        issued(clientKey, clientCert, spec(Kind::Client, QStringLiteral("test-device")), caPem, caKeyPem);
    const QByteArray encrypted =
        clientKeyPem.isEmpty() ? QByteArray() : take(Certs::encryptTestKey(clientKeyPem, passphrase.toUtf8()));
    if (encrypted.isEmpty() ||
        issued({}, clientCertExpired, spec(Kind::Client, QStringLiteral("expired-device"), {}, true), caPem, caKeyPem,
               clientKeyPem)
            .isEmpty()) {
        return false;
    }
    outputs << Output{clientKeyEncrypted, encrypted, true};
    const QByteArray otherKeyPem = take(Certs::makeTestKey());
    const QByteArray otherCaKeyPem = take(Certs::makeTestKey());
    const QByteArray otherCaPem = otherCaKeyPem.isEmpty()
        ? QByteArray()
        : take(Certs::makeTestCertificate(spec(Kind::Ca, QStringLiteral("ThingBench Other CA")), otherCaKeyPem));
    if (otherKeyPem.isEmpty() || otherCaPem.isEmpty()) {
        return false;
    }
    outputs << Output{otherKey, otherKeyPem, true} << Output{otherCaKey, otherCaKeyPem, true}
            << Output{otherCaCert, otherCaPem, false};
    if (issued({}, otherClientCert, spec(Kind::Client, QStringLiteral("test-device")), otherCaPem, otherCaKeyPem,
               clientKeyPem)
            .isEmpty()) {
        return false;
    }
    for (const Output& output : std::as_const(outputs)) {
        const auto written = FileIo::writeFileAtomically(
            output.path, output.pem, output.secret ? FileIo::Permissions::OwnerOnly : FileIo::Permissions::Default);
        if (!written) {
            *error = written.error().fullText();
            return false;
        }
    }
    return true;
}
