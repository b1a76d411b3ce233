// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

/// The stable error codes of the certificate code (DESIGN.md §3). Scripts and tests depend on them: never rename.
/// They go into Error::code; Error::message says, in the user's language, what is wrong and what to do.
namespace Certs::Codes {

inline constexpr QLatin1StringView EMPTY_INPUT("empty_input");
inline constexpr QLatin1StringView NO_PEM_BLOCK("no_pem_block");
inline constexpr QLatin1StringView UNTERMINATED_PEM_BLOCK("unterminated_pem_block");
inline constexpr QLatin1StringView MISMATCHED_PEM_LABEL("mismatched_pem_label");
inline constexpr QLatin1StringView UNSUPPORTED_PEM_LABEL("unsupported_pem_label");
inline constexpr QLatin1StringView INVALID_BASE64("invalid_base64");
inline constexpr QLatin1StringView INVALID_DER("invalid_der");
inline constexpr QLatin1StringView UNRECOGNIZED_BINARY("unrecognized_binary");
inline constexpr QLatin1StringView BAD_PASSPHRASE("bad_passphrase");
inline constexpr QLatin1StringView PASSPHRASE_REQUIRED("passphrase_required");
inline constexpr QLatin1StringView KEY_MISMATCH("key_mismatch");

// Codes beyond DESIGN.md §3's list, used by exports and the pairing commands only.

/// The file holds a kind of content the operation cannot use (a certificate where a key is needed, a chain for
/// `c-array`, an EC PARAMETERS block alone, a role that does not fit the content).
inline constexpr QLatin1StringView WRONG_CONTENT("wrong_content");
/// The file mixes certificates and private keys (or holds several keys): exported as one string it would put a
/// private key where firmware expects a certificate, so exports refuse it.
inline constexpr QLatin1StringView MIXED_CONTENT("mixed_content");

} // namespace Certs::Codes
