// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certs/PemReader.h"

#include "certs/CertErrors.h"
#include "certs/OpenSslHandles_p.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <openssl/ec.h>
#include <openssl/pem.h>

namespace Certs {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Certs)
};

constexpr QByteArrayView BEGIN_PREFIX("-----BEGIN");
constexpr QByteArrayView END_PREFIX("-----END");
constexpr QByteArrayView DASHES("-----");
constexpr QByteArrayView UTF8_BOM("\xEF\xBB\xBF");

Error makeError(QLatin1StringView code, const QString& message, const QString& detail = {})
{
    return Error{QString(code), message, detail};
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isBlank(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (!isAsciiSpace(c)) {
            return false;
        }
    }
    return true;
}

/// I3: spaces and tabs only (not other whitespace).
QByteArray trimmed(const QByteArray& line)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && (line[begin] == ' ' || line[begin] == '\t')) {
        ++begin;
    }
    while (end > begin && (line[end - 1] == ' ' || line[end - 1] == '\t')) {
        --end;
    }
    return begin == 0 && end == line.size() ? line : line.mid(begin, end - begin);
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
        c == '=';
}

/// `-----BEGIN <label>-----` / `-----END <label>-----` exactly; fills `label`.
bool parseFrame(const QByteArray& line, QByteArrayView prefix, QByteArray* label)
{
    const qsizetype minimum = prefix.size() + 1 + 1 + DASHES.size(); // prefix, space, one label character, dashes
    if (line.size() < minimum || !line.startsWith(prefix) || line.at(prefix.size()) != ' ' || !line.endsWith(DASHES)) {
        return false;
    }
    *label = line.mid(prefix.size() + 1, line.size() - prefix.size() - 1 - DASHES.size());
    return !label->isEmpty() && !label->startsWith('-') && !label->endsWith('-') && !label->contains(DASHES);
}

/// A label for messages: at most 40 characters (labels are not secret, but a damaged line might hold more).
QString printable(const QByteArray& text, qsizetype limit = 40)
{
    QString result = QString::fromUtf8(text.left(limit));
    if (text.size() > limit) {
        result += QChar(0x2026);
    }
    return result;
}

/// Base64 via OpenSSL's EVP decoder (I5): refuses misplaced padding and a length that is not a multiple of 4.
std::optional<QByteArray> decodeBase64(const QByteArray& base64)
{
    std::unique_ptr<EVP_ENCODE_CTX, Ssl::Deleter<EVP_ENCODE_CTX, EVP_ENCODE_CTX_free>> context(EVP_ENCODE_CTX_new());
    if (!context) {
        return std::nullopt;
    }
    QByteArray out(base64.size() / 4 * 3 + 3 + 80, Qt::Uninitialized);
    int written = 0;
    int finalWritten = 0;
    EVP_DecodeInit(context.get());
    auto* buffer = reinterpret_cast<unsigned char*>(out.data());
    if (EVP_DecodeUpdate(context.get(), buffer, &written, reinterpret_cast<const unsigned char*>(base64.constData()),
                         int(base64.size())) < 0 ||
        EVP_DecodeFinal(context.get(), buffer + written, &finalWritten) != 1) {
        Ssl::clearErrors();
        return std::nullopt;
    }
    out.truncate(written + finalWritten);
    return out;
}

/// Checks that `der` is one complete `d2i` structure with nothing after it.
template <typename T>
bool parsesCompletely(const QByteArray& der, T* (*d2i)(T**, const unsigned char**, long), void (*freeFn)(T*))
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* end = p + der.size();
    T* object = d2i(nullptr, &p, long(der.size()));
    if (!object) {
        return false;
    }
    freeFn(object);
    return p == end;
}

bool isNamedCurveParameters(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Ssl::Asn1ObjectPtr oid(d2i_ASN1_OBJECT(nullptr, &p, long(der.size())));
    if (!oid || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        return false;
    }
    const int nid = OBJ_obj2nid(oid.get());
    EC_GROUP* group = nid == NID_undef ? nullptr : EC_GROUP_new_by_curve_name(nid);
    EC_GROUP_free(group);
    return group != nullptr;
}

bool isValidPkcs8(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Ssl::Pkcs8Ptr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der.size())));
    if (!info || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        return false;
    }
    Ssl::PKeyPtr key(EVP_PKCS82PKEY(info.get()));
    return key != nullptr;
}

/// I6 for one block. Returns an error message part (what the content is not) or nothing when it is valid.
std::optional<Error> checkDer(PemBlock& block)
{
    bool valid = false;
    switch (block.kind) {
    case BlockKind::Certificate:
        valid = parsesCompletely<X509>(block.der, d2i_X509, X509_free);
        break;
    case BlockKind::PrivateKey:
        valid = isValidPkcs8(block.der);
        break;
    case BlockKind::EncryptedPrivateKey:
        valid = parsesCompletely<X509_SIG>(block.der, d2i_X509_SIG, X509_SIG_free);
        break;
    case BlockKind::PublicKey:
        valid = parsesCompletely<EVP_PKEY>(block.der, d2i_PUBKEY, EVP_PKEY_free);
        break;
    case BlockKind::EcParameters:
        valid = isNamedCurveParameters(block.der);
        break;
    case BlockKind::RsaPrivateKey:
    case BlockKind::EcPrivateKey:
        if (block.isLegacyEncrypted()) {
            // Without the passphrase only the headers and the ciphertext length can be checked.
            QByteArray header = block.headers + '\n';
            EVP_CIPHER_INFO cipher{};
            if (PEM_get_EVP_CIPHER_INFO(header.data(), &cipher) != 1 || !cipher.cipher) {
                Ssl::clearErrors();
                return makeError(Codes::INVALID_DER,
                                 Tr::tr("The encryption headers of the %1 block (line %2) are not valid "
                                        "(expected “Proc-Type: 4,ENCRYPTED” and “DEK-Info: <cipher>,<IV>”). Use the "
                                        "original key file.")
                                     .arg(block.label)
                                     .arg(block.firstLine));
            }
            const int blockSize = EVP_CIPHER_get_block_size(cipher.cipher);
            valid = !block.der.isEmpty() && (blockSize <= 1 || block.der.size() % blockSize == 0);
        } else {
            valid = Ssl::decodeTypeSpecificPrivateKey(block.der, block.kind == BlockKind::RsaPrivateKey) != nullptr;
        }
        break;
    }
    if (valid) {
        return std::nullopt;
    }
    const QString detail = Ssl::drainErrors();
    return makeError(Codes::INVALID_DER,
                     Tr::tr("The %1 block (line %2) decodes, but its content is not a valid %3: the file is truncated "
                            "or corrupted. Download or copy the file again.")
                         .arg(block.label)
                         .arg(block.firstLine)
                         .arg(describeBlockKind(block.kind)),
                     detail);
}

/// I5 + I6 for the body lines of one block (between BEGIN and END).
Result<PemBlock> finishBlock(const QByteArray& label, BlockKind kind, int firstLine, int endLine,
                             const QList<QByteArray>& body, const QList<int>& bodyLineNumbers)
{
    PemBlock block;
    block.label = QString::fromLatin1(label);
    block.kind = kind;
    block.firstLine = firstLine;
    const bool mayHaveHeaders = kind == BlockKind::RsaPrivateKey || kind == BlockKind::EcPrivateKey;
    bool inHeaders = mayHaveHeaders;
    QList<QByteArray> headerLines;
    QList<QByteArray> dataLines;
    QByteArray base64;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QByteArray& line = body.at(i);
        if (line.isEmpty()) {
            continue; // I5: blank lines in the body are dropped (the one after the headers is re-added below)
        }
        if (inHeaders && line.contains(':')) {
            headerLines.append(line);
            continue;
        }
        inHeaders = false;
        for (qsizetype column = 0; column < line.size(); ++column) {
            const char c = line.at(column);
            if (!isBase64Char(c)) {
                // Name the character and its place, never the line: it may be private key material.
                const QString shown = c > 0x20 && c < 0x7f
                    ? QString(QLatin1Char(c))
                    : QStringLiteral("0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
                return makeError(Codes::INVALID_BASE64,
                                 Tr::tr("Line %1, inside the %2 block that starts on line %3, has “%4” at column %5, "
                                        "which is not base64. The file is corrupted or was edited; use the original "
                                        "file.")
                                     .arg(bodyLineNumbers.at(i))
                                     .arg(block.label)
                                     .arg(firstLine)
                                     .arg(shown)
                                     .arg(column + 1));
            }
        }
        dataLines.append(line);
        base64 += line;
    }
    const std::optional<QByteArray> der = decodeBase64(base64);
    if (!der) {
        return makeError(
            Codes::INVALID_BASE64,
            Tr::tr("The base64 text of the %1 block (lines %2–%3) does not decode (wrong length or "
                   "misplaced “=” padding): the file is truncated or corrupted. Download or copy it again.")
                .arg(block.label)
                .arg(firstLine)
                .arg(endLine));
    }
    block.der = *der;
    block.lines.reserve(dataLines.size() + headerLines.size() + 3);
    block.lines.append("-----BEGIN " + label + "-----");
    if (!headerLines.isEmpty()) {
        block.headers = headerLines.join('\n');
        block.lines.append(headerLines);
        block.lines.append(QByteArray()); // I5: exactly one blank line after the headers
    }
    block.lines.append(dataLines);
    block.lines.append("-----END " + label + "-----");
    if (auto error = checkDer(block)) {
        return *error;
    }
    return block;
}

Result<PemDocument> readDer(const QByteArray& bytes)
{
    // I1: binary input is a DER certificate or nothing.
    PemBlock block;
    block.label = QStringLiteral("CERTIFICATE");
    block.kind = BlockKind::Certificate;
    block.firstLine = 1;
    block.der = bytes;
    if (!parsesCompletely<X509>(bytes, d2i_X509, X509_free)) {
        const QString detail = Ssl::drainErrors();
        const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
        return makeError(Codes::UNRECOGNIZED_BINARY,
                         utf16 ? Tr::tr("The file is UTF-16 text, not a certificate or key file. Save it as UTF-8 or "
                                        "ASCII text (PEM) and try again.")
                               : Tr::tr("The file is binary but not a DER certificate. Use the PEM file (text that "
                                        "starts with -----BEGIN), or convert a DER key with “openssl pkey -inform "
                                        "DER -in FILE -out key.pem”."),
                         detail);
    }
    // The standard PEM encoding: base64 in 64-character lines.
    QByteArray base64(4 * ((bytes.size() + 2) / 3) + 1, Qt::Uninitialized);
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(base64.data()),
                                       reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()));
    base64.truncate(length);
    block.lines.append(QByteArrayLiteral("-----BEGIN CERTIFICATE-----"));
    for (qsizetype offset = 0; offset < base64.size(); offset += 64) {
        block.lines.append(base64.mid(offset, 64));
    }
    block.lines.append(QByteArrayLiteral("-----END CERTIFICATE-----"));
    PemDocument document;
    document.encoding = InputEncoding::Der;
    document.blocks.append(block);
    return document;
}

} // namespace

QByteArray PemBlock::text() const
{
    QByteArray out;
    for (const QByteArray& line : lines) {
        out += line;
        out += '\n';
    }
    return out;
}

QList<QByteArray> PemDocument::lines() const
{
    QList<QByteArray> all;
    for (const PemBlock& block : blocks) {
        all.append(block.lines);
    }
    return all;
}

QByteArray PemDocument::normalized() const
{
    QByteArray out;
    for (const PemBlock& block : blocks) {
        out += block.text();
    }
    return out;
}

QStringList PemDocument::labels() const
{
    QStringList labels;
    for (const PemBlock& block : blocks) {
        labels << block.label;
    }
    return labels;
}

std::optional<BlockKind> blockKindForLabel(QStringView label)
{
    if (label == u"CERTIFICATE") {
        return BlockKind::Certificate;
    }
    if (label == u"PRIVATE KEY") {
        return BlockKind::PrivateKey;
    }
    if (label == u"ENCRYPTED PRIVATE KEY") {
        return BlockKind::EncryptedPrivateKey;
    }
    if (label == u"RSA PRIVATE KEY") {
        return BlockKind::RsaPrivateKey;
    }
    if (label == u"EC PRIVATE KEY") {
        return BlockKind::EcPrivateKey;
    }
    if (label == u"PUBLIC KEY") {
        return BlockKind::PublicKey;
    }
    if (label == u"EC PARAMETERS") {
        return BlockKind::EcParameters;
    }
    return std::nullopt;
}

QString describeBlockKind(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Certificate:
        return Tr::tr("X.509 certificate");
    case BlockKind::PrivateKey:
        return Tr::tr("PKCS#8 private key");
    case BlockKind::EncryptedPrivateKey:
        return Tr::tr("encrypted PKCS#8 private key (EncryptedPrivateKeyInfo)");
    case BlockKind::RsaPrivateKey:
        return Tr::tr("PKCS#1 RSA private key");
    case BlockKind::EcPrivateKey:
        return Tr::tr("SEC1 EC private key");
    case BlockKind::PublicKey:
        return Tr::tr("public key (SubjectPublicKeyInfo)");
    case BlockKind::EcParameters:
        return Tr::tr("named-curve EC parameters");
    }
    return {};
}

Result<PemDocument> readPem(const QByteArray& bytes)
{
    const auto emptyInput = [] {
        return makeError(Codes::EMPTY_INPUT,
                         Tr::tr("The file is empty. Choose the certificate or key file itself; if it was just "
                                "downloaded or copied, do that again."));
    };
    if (isBlank(bytes)) {
        return emptyInput();
    }
    // I1: NUL bytes or invalid UTF-8 mean binary.
    if (bytes.contains('\0') || !QByteArrayView(bytes).isValidUtf8()) {
        return readDer(bytes);
    }
    QByteArray text = bytes.startsWith(UTF8_BOM) ? bytes.mid(UTF8_BOM.size()) : bytes;
    if (isBlank(text)) {
        return emptyInput();
    }
    // I2: CRLF → LF, then any remaining CR → LF.
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    const QList<QByteArray> lines = text.split('\n');

    PemDocument document;
    bool inBlock = false;
    QByteArray label;
    BlockKind kind = BlockKind::Certificate;
    int beginLine = 0;
    QList<QByteArray> body;
    QList<int> bodyLineNumbers;
    const auto unterminated = [&] {
        return makeError(Codes::UNTERMINATED_PEM_BLOCK,
                         Tr::tr("The %1 block that starts on line %2 has no “-----END %1-----” line: the file is "
                                "truncated. Download or copy the file again, complete with its END line.")
                             .arg(QString::fromLatin1(label))
                             .arg(beginLine));
    };
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index + 1);
        const QByteArray line = trimmed(lines.at(index)); // I3
        QByteArray frameLabel;
        if (!inBlock) {
            if (parseFrame(line, BEGIN_PREFIX, &frameLabel)) {
                const std::optional<BlockKind> found = blockKindForLabel(QString::fromLatin1(frameLabel));
                if (!found) {
                    return makeError(
                        Codes::UNSUPPORTED_PEM_LABEL,
                        Tr::tr("Line %1 starts a “%2” block, which is not a certificate or key this tool reads. Use a "
                               "CERTIFICATE, a private key (PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY, EC "
                               "PRIVATE KEY) or a PUBLIC KEY; convert other formats with openssl.")
                            .arg(lineNumber)
                            .arg(printable(frameLabel)));
                }
                inBlock = true;
                label = frameLabel;
                kind = *found;
                beginLine = lineNumber;
                body.clear();
                bodyLineNumbers.clear();
            } else if (line.startsWith(BEGIN_PREFIX)) {
                return makeError(Codes::UNSUPPORTED_PEM_LABEL,
                                 Tr::tr("Line %1 starts with “-----BEGIN” but is not a complete “-----BEGIN "
                                        "<TYPE>-----” line (a PEM block needs it on a line of its own). Use the "
                                        "original file.")
                                     .arg(lineNumber));
            } else if (line.startsWith(END_PREFIX)) {
                return makeError(Codes::MISMATCHED_PEM_LABEL,
                                 Tr::tr("Line %1 ends a PEM block that never began: its “-----BEGIN …-----” line is "
                                        "missing or damaged. Use the original file.")
                                     .arg(lineNumber));
            }
            // I4: any other text outside blocks is dropped.
            continue;
        }
        if (line.startsWith(BEGIN_PREFIX)) {
            return unterminated();
        }
        if (line.startsWith(END_PREFIX)) {
            if (!parseFrame(line, END_PREFIX, &frameLabel)) {
                return unterminated(); // a damaged footer, e.g. cut off as "-----END CERTIFICAT"
            }
            if (frameLabel != label) {
                return makeError(Codes::MISMATCHED_PEM_LABEL,
                                 Tr::tr("The block that starts on line %1 with “BEGIN %2” ends on line %3 with “END "
                                        "%4”. BEGIN and END must name the same type; use the original file.")
                                     .arg(beginLine)
                                     .arg(QString::fromLatin1(label))
                                     .arg(lineNumber)
                                     .arg(printable(frameLabel)));
            }
            auto block = finishBlock(label, kind, beginLine, lineNumber, body, bodyLineNumbers);
            if (!block) {
                return block.error();
            }
            document.blocks.append(std::move(block).value());
            inBlock = false;
            continue;
        }
        body.append(line);
        bodyLineNumbers.append(lineNumber);
    }
    if (inBlock) {
        return unterminated();
    }
    if (document.blocks.isEmpty()) {
        return makeError(Codes::NO_PEM_BLOCK,
                         Tr::tr("No PEM block (“-----BEGIN …-----” … “-----END …-----”) was found. Choose the "
                                ".pem/.crt/.key file itself, or convert the file to PEM with openssl."));
    }
    return document;
}

} // namespace Certs
