// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/CertChain.h"

#include "certs/OpenSslHandles_p.h"

#include <QCoreApplication>

#include <openssl/x509_vfy.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CertChain)
};

using StorePtr = std::unique_ptr<X509_STORE, Certs::Ssl::Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Certs::Ssl::Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Certs::Ssl::Deleter<STACK_OF(X509), freeX509Stack>>;

Certs::Ssl::X509Ptr fromDer(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return Certs::Ssl::X509Ptr(d2i_X509(nullptr, &data, der.size()));
}

QString commonNameOf(X509* certificate)
{
    const X509_NAME* name = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return Tr::tr("(no CN)");
    }
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    const QString text = length >= 0 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8), length) : QString();
    OPENSSL_free(utf8);
    return text;
}

/// A stable code from OpenSSL's verify error: its X509_V_ERR_ name, lower case, without the prefix.
QString codeFor(int error)
{
    switch (error) {
    case X509_V_OK:
        return QStringLiteral("ok");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return QStringLiteral("unable_to_get_issuer_cert_locally");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return QStringLiteral("unable_to_get_issuer_cert");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QStringLiteral("cert_signature_failure");
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QStringLiteral("cert_has_expired");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QStringLiteral("cert_not_yet_valid");
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QStringLiteral("depth_zero_self_signed_cert");
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QStringLiteral("self_signed_cert_in_chain");
    case X509_V_ERR_INVALID_CA:
        return QStringLiteral("invalid_ca");
    default:
        return QStringLiteral("verify_error_%1").arg(error);
    }
}

QString adviceFor(int error)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        return Tr::tr("Select the CA that issued it (and any intermediate certificates).");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return Tr::tr("The selected CA did not sign it: select the CA that did.");
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Tr::tr("Renew the expired certificate.");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Tr::tr("Check the device clock, or wait until the certificate becomes valid.");
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return Tr::tr("It is self-signed: select it as the CA too if you mean to trust it.");
    case X509_V_ERR_INVALID_CA:
        return Tr::tr("A certificate in the chain is not a CA (basicConstraints): it cannot sign others.");
    default:
        return {};
    }
}

} // namespace

namespace Certs {

std::optional<QString> awsRootCaName(const CertificateInfo& certificate)
{
    // SHA-256 of the DER of each root (Debian's ca-certificates copies; AWS IoT server authentication docs).
    static const std::pair<const char*, const char*> ROOTS[] = {
        {"8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e", "Amazon Root CA 1"},
        {"1ba5b2aa8c65401a82960118f80bec4f62304d83cec4713a19c39c011ea46db4", "Amazon Root CA 2"},
        {"18ce6cfe7bf14e60b2e347b8dfe868cb31d02ebb3ada271569f50343b46db3a4", "Amazon Root CA 3"},
        {"e35d28419ed02025cfa69038cd623962458da5c695fbdea3c22b0bfb25897092", "Amazon Root CA 4"},
        {"568d6905a2c88708a4b3025190edcfedb1974a606a13c6e5290fcb2ae63edab5",
         "Starfield Services Root Certificate Authority - G2"},
    };
    const QString id = certificate.awsCertificateId();
    for (const auto& [fingerprint, name] : ROOTS) {
        if (id == QLatin1String(fingerprint)) {
            return QString::fromLatin1(name);
        }
    }
    return std::nullopt;
}

ChainVerdict verifyChain(const QList<CertificateInfo>& chain, const QList<CertificateInfo>& anchors,
                         const QDateTime& time)
{
    ChainVerdict verdict;
    if (chain.isEmpty() || anchors.isEmpty()) {
        verdict.code = QStringLiteral("wrong_content");
        verdict.message = Tr::tr("Select a certificate and the CA to check it against.");
        return verdict;
    }
    StorePtr store(X509_STORE_new());
    for (const CertificateInfo& anchor : anchors) {
        if (Ssl::X509Ptr x509 = fromDer(anchor.der)) {
            X509_STORE_add_cert(store.get(), x509.get()); // the store takes its own reference
        }
    }
    X509StackPtr untrusted(sk_X509_new_null());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (Ssl::X509Ptr x509 = fromDer(chain.at(i).der)) {
            sk_X509_push(untrusted.get(), x509.release());
        }
    }
    const Ssl::X509Ptr leaf = fromDer(chain.first().der);
    StoreCtxPtr context(X509_STORE_CTX_new());
    if (!leaf || !context || !X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get())) {
        Ssl::clearErrors();
        verdict.code = QStringLiteral("internal_error");
        verdict.message = Tr::tr("The certificates could not be prepared for verification.");
        return verdict;
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), time.toSecsSinceEpoch());
    verdict.verified = X509_verify_cert(context.get()) == 1;
    const int error = X509_STORE_CTX_get_error(context.get());
    if (STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(context.get())) {
        for (int i = 0; i < sk_X509_num(built); ++i) {
            verdict.path << commonNameOf(sk_X509_value(built, i));
        }
    }
    Ssl::clearErrors();
    verdict.code = codeFor(verdict.verified ? X509_V_OK : error);
    verdict.message = verdict.verified
        ? Tr::tr("Verified: %1.").arg(verdict.path.join(QStringLiteral(" → ")))
        : Tr::tr("Does not verify: %1. %2")
              .arg(QString::fromUtf8(X509_verify_cert_error_string(error)), adviceFor(error));
    return verdict;
}

} // namespace Certs
