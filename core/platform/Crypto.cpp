// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include "PlatformLog.h"

#include <sodium.h>

namespace Cloudy::Crypto {

bool initialize()
{
    // sodium_init() is itself idempotent and thread-safe; -1 means no usable random source.
    static const bool ok = [] {
        if (sodium_init() < 0) {
            qCCritical(lcPlatform) << "libsodium could not be initialised";
            return false;
        }
        return true;
    }();
    return ok;
}

QString libraryVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

} // namespace Cloudy::Crypto
