// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// libsodium behind Qt types: Ed25519 signatures and BLAKE2b hashes for the service catalog and the ledger.
namespace Cloudy::Crypto {

// Initialises libsodium once (thread-safe). Returns false only if the library cannot work on this CPU.
bool initialize();
QString libraryVersion();

} // namespace Cloudy::Crypto
