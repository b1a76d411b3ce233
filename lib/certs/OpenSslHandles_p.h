// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to lib/certs: owning handles for OpenSSL objects and small helpers shared by the certificate code.
// Never include this from a public header (STYLE.md §1: OpenSSL stays behind .cpp and _p.h files).

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace Certs::Ssl {

template <typename T, void (*F)(T*)>
struct Deleter
{
    void operator()(T* p) const { F(p); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, Deleter<X509_SIG, X509_SIG_free>>;
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>>;
using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, Deleter<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT, ASN1_OBJECT_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME, X509_NAME_free>>;
using X509ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

/// Frees memory OpenSSL allocated with OPENSSL_malloc.
struct OpenSslFree
{
    void operator()(void* p) const;
};

/// Drains OpenSSL's thread-local error queue into one line (for Error::detail). Never contains key material:
/// OpenSSL's error strings name functions and reasons only.
QString drainErrors();

/// Empties the error queue without reading it (after a failure we report in our own words).
void clearErrors();

/// A read-only memory BIO over `data`; `data` must outlive the BIO.
BioPtr memoryBio(const QByteArray& data);

/// The bytes written to a memory BIO so far.
QByteArray bioContents(BIO* bio);

/// SHA-256 / SHA-1 of `data` (raw digest bytes).
QByteArray sha256(const QByteArray& data);
QByteArray sha1(const QByteArray& data);

/// DER of a structure through an i2d function; empty on failure.
template <typename T>
QByteArray toDer(const T* object, int (*i2d)(const T*, unsigned char**))
{
    if (!object) {
        return {};
    }
    unsigned char* buffer = nullptr;
    const int length = i2d(object, &buffer);
    if (length <= 0 || !buffer) {
        return {};
    }
    std::unique_ptr<unsigned char, OpenSslFree> guard(buffer);
    return {reinterpret_cast<const char*>(buffer), length};
}

/// The SubjectPublicKeyInfo DER of a key (public part only).
QByteArray spkiDer(const EVP_PKEY* key);

/// Decodes DER `der` with OpenSSL's decoder for `structure` ("type-specific", "PrivateKeyInfo",
/// "SubjectPublicKeyInfo") and key type (`"RSA"`, `"EC"` or nullptr for any). The whole input must be consumed.
PKeyPtr decodeKey(const QByteArray& der, const char* structure, const char* keyType, int selection);

/// A PKCS#1 RSAPrivateKey (`rsa`) or SEC1 ECPrivateKey. OpenSSL 3.0's "type-specific" decoder also takes PKCS#8
/// bytes; those are refused here, so a label always matches its structure (I6).
PKeyPtr decodeTypeSpecificPrivateKey(const QByteArray& der, bool rsa);

} // namespace Certs::Ssl
