// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/TlsDiagnostics_p.h"

#include "certs/OpenSslHandles_p.h"
#include "common/FileIo.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TlsDiagnostics)
};

using Problem = TlsDiagnostics::Problem;

using Certs::Ssl::BioPtr;
using Certs::Ssl::Deleter;
using Certs::Ssl::PKeyPtr;
using Certs::Ssl::X509Ptr;
using SslCtxPtr = std::unique_ptr<SSL_CTX, Deleter<SSL_CTX, SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, Deleter<SSL, SSL_free>>;

/// Drains OpenSSL's (thread-local) error queue into one line.
QString opensslErrors()
{
    return Certs::Ssl::drainErrors();
}

struct PassphraseContext
{
    QByteArray passphrase;
    bool asked = false;
};

int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* userData)
{
    auto* context = static_cast<PassphraseContext*>(userData);
    context->asked = true;
    const int length = static_cast<int>(qMin<qsizetype>(context->passphrase.size(), size));
    std::memcpy(buffer, context->passphrase.constData(), static_cast<size_t>(length));
    return length;
}

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QString isoTime(const ASN1_TIME* time)
{
    struct tm tm
    {
    };
    if (ASN1_TIME_to_tm(time, &tm) != 1) {
        return QStringLiteral("?");
    }
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return QString::fromLatin1(buffer);
}

std::optional<Problem> fileProblem(const Error& error, Problem::Field field)
{
    return Problem{SessionError::FileError, error.message, error.detail, field};
}

/// Maps a certificate verification result of the broker's chain to a plain-language problem.
Problem verifyProblem(long result, const ConnectionOptions& options)
{
    const QString detail = QString::fromLatin1(X509_verify_cert_error_string(result));
    switch (result) {
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return {SessionError::TlsHostnameMismatch,
                Tr::tr("The broker's certificate is not valid for “%1”. Connect with the host name the certificate "
                       "was issued for, or fix the broker's certificate (its subjectAltName).")
                    .arg(options.host),
                detail};
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return {SessionError::TlsServerCertificateExpired,
                Tr::tr("The broker's certificate has expired. Renew the broker's certificate, or check this "
                       "computer's clock."),
                detail};
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return {SessionError::TlsServerCertificateExpired,
                Tr::tr("The broker's certificate is not valid yet. Check this computer's clock."), detail};
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
        return {SessionError::TlsUnknownCa,
                options.caFile.isEmpty()
                    ? Tr::tr("The broker's certificate is not signed by a CA this computer trusts. Choose the CA "
                             "file that signed the broker's certificate (for AWS IoT: AmazonRootCA1.pem).")
                    : Tr::tr("The broker's certificate is not signed by the CA in “%1”. Choose the CA file that "
                             "signed the broker's certificate (for AWS IoT: AmazonRootCA1.pem).")
                          .arg(options.caFile),
                detail};
    default:
        return {SessionError::TlsHandshakeFailed, Tr::tr("The broker's certificate was rejected: %1.").arg(detail),
                detail};
    }
}

/// Maps a TLS alert the broker sent (as an OpenSSL reason code) to a problem, if it is one we can explain.
std::optional<Problem> alertProblem(int reason, const QString& detail, const ConnectionOptions& options)
{
    switch (reason) {
    case SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED:
        return Problem{SessionError::TlsClientCertificateRequired,
                       Tr::tr("The broker requires a client certificate. Choose the device certificate and its "
                              "private key in the connection settings."),
                       detail};
    case SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE:
        if (options.certFile.isEmpty()) {
            return Problem{SessionError::TlsClientCertificateRequired,
                           Tr::tr("The broker refused the TLS handshake; it probably requires a client certificate. "
                                  "Choose the device certificate and its private key."),
                           detail};
        }
        return Problem{SessionError::TlsHandshakeFailed,
                       Tr::tr("The broker refused the TLS handshake. Check the ALPN setting (AWS IoT on port 443 "
                              "needs x-amzn-mqtt-ca) and that the broker accepts this certificate."),
                       detail};
    case SSL_R_TLSV1_ALERT_UNKNOWN_CA:
    case SSL_R_SSLV3_ALERT_BAD_CERTIFICATE:
    case SSL_R_SSLV3_ALERT_CERTIFICATE_UNKNOWN:
    case SSL_R_TLSV1_ALERT_ACCESS_DENIED:
        return Problem{SessionError::TlsClientCertificateRejected,
                       Tr::tr("The broker rejected the client certificate “%1”: it does not trust its issuer. Use a "
                              "certificate registered with this broker (on AWS IoT: registered and active).")
                           .arg(options.certFile),
                       detail};
    case SSL_R_SSLV3_ALERT_CERTIFICATE_EXPIRED:
        return Problem{SessionError::TlsClientCertificateExpired,
                       Tr::tr("The broker says the client certificate has expired. Create or renew the device "
                              "certificate."),
                       detail};
    case SSL_R_TLSV1_ALERT_NO_APPLICATION_PROTOCOL:
        return Problem{SessionError::TlsHandshakeFailed,
                       Tr::tr("The broker does not accept the ALPN protocol offered (%1). Remove ALPN, or use "
                              "x-amzn-mqtt-ca for AWS IoT on port 443.")
                           .arg(options.alpn.join(QLatin1Char(','))),
                       detail};
    default:
        return std::nullopt;
    }
}

class Socket
{
public:
    ~Socket()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    int fd = -1;
};

/// Connects with a timeout. Returns a problem on failure; on success `socket.fd` is a blocking socket.
std::optional<Problem> connectTcp(const ConnectionOptions& options, int timeoutMs, Socket& socket)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const QByteArray host = options.host.toUtf8();
    const QByteArray port = QByteArray::number(options.port);
    if (const int rc = ::getaddrinfo(host.constData(), port.constData(), &hints, &found); rc != 0) {
        return Problem{SessionError::HostNotFound,
                       Tr::tr("The broker host “%1” was not found. Check the spelling of the host name (for AWS IoT: "
                              "the endpoint from Settings in the AWS IoT console).")
                           .arg(options.host),
                       QString::fromLocal8Bit(::gai_strerror(rc))};
    }
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> guard(found, &::freeaddrinfo);
    int lastErrno = 0;
    for (addrinfo* ai = found; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0) {
            lastErrno = errno;
            continue;
        }
        if (::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0 && errno != EINPROGRESS) {
            lastErrno = errno;
            ::close(fd);
            continue;
        }
        pollfd pfd{fd, POLLOUT, 0};
        const int ready = ::poll(&pfd, 1, timeoutMs);
        int soError = 0;
        socklen_t length = sizeof soError;
        if (ready <= 0) {
            lastErrno = ETIMEDOUT;
        } else if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length) == 0 && soError == 0) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            socket.fd = fd;
            return std::nullopt;
        } else {
            lastErrno = soError;
        }
        ::close(fd);
    }
    const QString detail = QString::fromLocal8Bit(std::strerror(lastErrno));
    if (lastErrno == ETIMEDOUT) {
        return Problem{SessionError::Timeout,
                       Tr::tr("No answer from %1:%2. Check the host and port, and that no firewall blocks the port.")
                           .arg(options.host)
                           .arg(options.port),
                       detail};
    }
    return Problem{SessionError::ConnectionRefused,
                   Tr::tr("The connection to %1:%2 was refused: no broker is listening there. Check the port "
                          "(1883 plain, 8883 TLS, 443 with ALPN) and that the broker is running.")
                       .arg(options.host)
                       .arg(options.port),
                   detail};
}

void setTimeouts(int fd, int timeoutMs)
{
    timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

/// Loads the client certificate and key the way the connection will; used by both checks.
std::optional<Problem> loadClientIdentity(const ConnectionOptions& options, X509Ptr& cert, PKeyPtr& key)
{
    auto certData = FileIo::readFile(options.certFile, 1024 * 1024);
    if (!certData) {
        return fileProblem(certData.error(), Problem::Field::CertFile);
    }
    auto bio = memoryBio(*certData);
    cert.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        const QString detail = opensslErrors();
        return Problem{SessionError::FileError,
                       Tr::tr("“%1” is not a PEM certificate. Export the device certificate as PEM "
                              "(-----BEGIN CERTIFICATE-----) and choose it again.")
                           .arg(options.certFile),
                       detail, Problem::Field::CertFile};
    }
    auto keyData = FileIo::readFile(options.keyFile, 1024 * 1024);
    if (!keyData) {
        return fileProblem(keyData.error(), Problem::Field::KeyFile);
    }
    PassphraseContext context{options.passphrase.toUtf8(), false};
    auto keyBio = memoryBio(*keyData);
    key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback, &context));
    const QString detail = opensslErrors();
    if (!key) {
        if (context.asked && options.passphrase.isEmpty()) {
            return Problem{SessionError::TlsBadPassphrase,
                           Tr::tr("The private key “%1” is encrypted. Enter its passphrase.").arg(options.keyFile),
                           detail};
        }
        if (context.asked) {
            return Problem{SessionError::TlsBadPassphrase,
                           Tr::tr("The passphrase for the private key “%1” is wrong. Enter the passphrase the key "
                                  "was encrypted with.")
                               .arg(options.keyFile),
                           detail, Problem::Field::Passphrase};
        }
        return Problem{SessionError::FileError,
                       Tr::tr("“%1” is not a PEM private key. Choose the device's private key file "
                              "(-----BEGIN … PRIVATE KEY-----).")
                           .arg(options.keyFile),
                       detail, Problem::Field::KeyFile};
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        const QString mismatch = opensslErrors();
        return Problem{SessionError::TlsKeyMismatch,
                       Tr::tr("The private key “%1” does not belong to the certificate “%2”. Choose the key that was "
                              "created together with this certificate.")
                           .arg(options.keyFile, options.certFile),
                       mismatch, Problem::Field::KeyFile};
    }
    return std::nullopt;
}

} // namespace

namespace TlsDiagnostics {

std::optional<Problem> checkLocalFiles(const ConnectionOptions& options)
{
    if (!options.usesTls()) {
        return std::nullopt;
    }
    ERR_clear_error();
    if (!options.caFile.isEmpty()) {
        auto data = FileIo::readFile(options.caFile, 16 * 1024 * 1024);
        if (!data) {
            return fileProblem(data.error(), Problem::Field::CaFile);
        }
        auto bio = memoryBio(*data);
        STACK_OF(X509_INFO)* infos = PEM_X509_INFO_read_bio(bio.get(), nullptr, nullptr, nullptr);
        int certificates = 0;
        if (infos) {
            for (int i = 0; i < sk_X509_INFO_num(infos); ++i) {
                certificates += sk_X509_INFO_value(infos, i)->x509 ? 1 : 0;
            }
            sk_X509_INFO_pop_free(infos, X509_INFO_free);
        }
        const QString detail = opensslErrors();
        if (certificates == 0) {
            return Problem{SessionError::FileError,
                           Tr::tr("The CA file “%1” holds no PEM certificate. Choose the CA certificate in PEM form "
                                  "(for AWS IoT: AmazonRootCA1.pem).")
                               .arg(options.caFile),
                           detail, Problem::Field::CaFile};
        }
    }
    if (options.certFile.isEmpty()) {
        return std::nullopt;
    }
    X509Ptr cert;
    PKeyPtr key;
    if (auto problem = loadClientIdentity(options, cert, key)) {
        return problem;
    }
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0) {
        return Problem{SessionError::TlsClientCertificateExpired,
                       Tr::tr("The client certificate “%1” expired on %2. Create or renew the device certificate.")
                           .arg(options.certFile, isoTime(X509_get0_notAfter(cert.get()))),
                       {},
                       Problem::Field::CertFile};
    }
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0) {
        return Problem{SessionError::TlsClientCertificateExpired,
                       Tr::tr("The client certificate “%1” is not valid before %2. Check this computer's clock.")
                           .arg(options.certFile, isoTime(X509_get0_notBefore(cert.get()))),
                       {},
                       Problem::Field::CertFile};
    }
    return std::nullopt;
}

std::optional<Problem> probe(const ConnectionOptions& options, int timeoutMs, int alertWaitMs)
{
    // This runs on a pool thread that outlives the call: release OpenSSL's per-thread state (DRBGs, error queue)
    // when done, or it stays allocated until the thread exits.
    struct ThreadStateRelease
    {
        ~ThreadStateRelease() { OPENSSL_thread_stop(); }
    } release;
    Socket socket;
    if (auto problem = connectTcp(options, timeoutMs, socket)) {
        return problem;
    }
    if (!options.usesTls()) {
        return std::nullopt;
    }
    ERR_clear_error();
    SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    if (!ctx) {
        return Problem{SessionError::Unknown, Tr::tr("OpenSSL could not create a TLS context."), opensslErrors()};
    }
    SSL_CTX_set_verify(ctx.get(), options.insecure ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, nullptr);
    if (!options.caFile.isEmpty()) {
        SSL_CTX_load_verify_locations(ctx.get(), options.caFile.toLocal8Bit().constData(), nullptr);
    } else {
        SSL_CTX_set_default_verify_paths(ctx.get());
    }
    if (!options.certFile.isEmpty()) {
        X509Ptr cert;
        PKeyPtr key;
        if (auto problem = loadClientIdentity(options, cert, key)) {
            return problem;
        }
        SSL_CTX_use_certificate(ctx.get(), cert.get());
        SSL_CTX_use_PrivateKey(ctx.get(), key.get());
    }
    if (!options.alpn.isEmpty()) {
        QByteArray wire;
        for (const QString& protocol : options.alpn) {
            const QByteArray bytes = protocol.toUtf8();
            wire.append(static_cast<char>(bytes.size())).append(bytes);
        }
        SSL_CTX_set_alpn_protos(ctx.get(), reinterpret_cast<const unsigned char*>(wire.constData()),
                                static_cast<unsigned>(wire.size()));
    }
    SslPtr ssl(SSL_new(ctx.get()));
    const QByteArray host = options.host.toUtf8();
    in6_addr address6{};
    in_addr address4{};
    const bool isIp = ::inet_pton(AF_INET, host.constData(), &address4) == 1 ||
        ::inet_pton(AF_INET6, host.constData(), &address6) == 1;
    if (!isIp) {
        SSL_set_tlsext_host_name(ssl.get(), host.constData());
    }
    if (!options.insecure) {
        X509_VERIFY_PARAM* param = SSL_get0_param(ssl.get());
        if (isIp) {
            X509_VERIFY_PARAM_set1_ip_asc(param, host.constData());
        } else {
            X509_VERIFY_PARAM_set1_host(param, host.constData(), 0);
        }
    }
    setTimeouts(socket.fd, timeoutMs);
    SSL_set_fd(ssl.get(), socket.fd);
    ERR_clear_error();
    if (SSL_connect(ssl.get()) != 1) {
        const long verify = SSL_get_verify_result(ssl.get());
        const unsigned long code = ERR_peek_error();
        const QString detail = opensslErrors();
        if (verify != X509_V_OK) {
            return verifyProblem(verify, options);
        }
        if (auto problem = alertProblem(ERR_GET_REASON(code), detail, options)) {
            return problem;
        }
        if (code == 0) {
            return Problem{SessionError::TlsHandshakeFailed,
                           Tr::tr("The broker at %1:%2 closed the connection during the TLS handshake. Check that "
                                  "this port speaks TLS (mqtts:// is usually 8883) and the ALPN setting.")
                               .arg(options.host)
                               .arg(options.port),
                           detail};
        }
        return Problem{SessionError::TlsHandshakeFailed,
                       Tr::tr("The TLS handshake with %1:%2 failed. Check the port and the TLS settings.")
                           .arg(options.host)
                           .arg(options.port),
                       detail};
    }
    // TLS 1.3: the broker checks the client certificate after our handshake completes and answers with an alert.
    setTimeouts(socket.fd, alertWaitMs);
    char byte = 0;
    ERR_clear_error();
    const int read = SSL_read(ssl.get(), &byte, 1);
    if (read <= 0) {
        const unsigned long code = ERR_peek_error();
        const QString detail = opensslErrors();
        if (auto problem = alertProblem(ERR_GET_REASON(code), detail, options)) {
            return problem;
        }
    }
    return std::nullopt;
}

} // namespace TlsDiagnostics

namespace Mqtt {

std::optional<ConnectionProblem> checkLocalFiles(const ConnectionOptions& options)
{
    return TlsDiagnostics::checkLocalFiles(options);
}

} // namespace Mqtt
