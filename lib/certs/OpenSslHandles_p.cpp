// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/OpenSslHandles_p.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>

namespace Certs::Ssl {

void OpenSslFree::operator()(void* p) const
{
    OPENSSL_free(p);
}

QString drainErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.join(QLatin1String("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 && data ? QByteArray(data, qsizetype(length)) : QByteArray();
}

namespace {

QByteArray digest(const QByteArray& data, const EVP_MD* md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1) {
        clearErrors();
        return {};
    }
    return {reinterpret_cast<const char*>(out), qsizetype(length)};
}

} // namespace

QByteArray sha256(const QByteArray& data)
{
    return digest(data, EVP_sha256());
}

QByteArray sha1(const QByteArray& data)
{
    return digest(data, EVP_sha1());
}

QByteArray spkiDer(const EVP_PKEY* key)
{
    return toDer<EVP_PKEY>(key, i2d_PUBKEY);
}

PKeyPtr decodeKey(const QByteArray& der, const char* structure, const char* keyType, int selection)
{
    if (der.isEmpty()) {
        return nullptr;
    }
    EVP_PKEY* key = nullptr;
    DecoderCtxPtr context(OSSL_DECODER_CTX_new_for_pkey(&key, "DER", structure, keyType, selection, nullptr, nullptr));
    if (!context) {
        return nullptr;
    }
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    auto remaining = size_t(der.size());
    if (OSSL_DECODER_from_data(context.get(), &data, &remaining) != 1 || remaining != 0) {
        EVP_PKEY_free(key);
        return nullptr;
    }
    return PKeyPtr(key);
}

PKeyPtr decodeTypeSpecificPrivateKey(const QByteArray& der, bool rsa)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    if (Pkcs8Ptr pkcs8(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der.size()))); pkcs8) {
        return nullptr;
    }
    clearErrors();
    return decodeKey(der, "type-specific", rsa ? "RSA" : "EC", EVP_PKEY_KEYPAIR);
}

} // namespace Certs::Ssl
