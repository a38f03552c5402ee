// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OpenSSL's libcrypto for SHA-256, opened on first use (LazyLibrary.h): only bundle downloads need it, and
// its relocation alone costs the start of the GUI a few milliseconds. Included by the files that hash, after
// which unqualified calls from a namespace in Cloudy find the names below first.

#include "platform/LazyLibrary.h"

#include <openssl/evp.h>

namespace Cloudy {

// CLOUDY_LIBCRYPTO_SONAME is read from the library found at configure time (core/CMakeLists.txt).
constinit inline const LazyLibrary libcrypto {CLOUDY_LIBCRYPTO_SONAME};

CLOUDY_LAZY_FUNCTION(libcrypto, EVP_MD_CTX_new);
CLOUDY_LAZY_FUNCTION(libcrypto, EVP_MD_CTX_free);
CLOUDY_LAZY_FUNCTION(libcrypto, EVP_DigestInit_ex);
CLOUDY_LAZY_FUNCTION(libcrypto, EVP_DigestUpdate);
CLOUDY_LAZY_FUNCTION(libcrypto, EVP_DigestFinal_ex);
CLOUDY_LAZY_FUNCTION(libcrypto, EVP_sha256);

} // namespace Cloudy
