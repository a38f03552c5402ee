// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Crypto.h"
#include "platform/Result.h"

#include <QDateTime>
#include <QString>

namespace Cloudy {
class Secrets;
}

// The node's identity (docs/ledger-protocol.md, section 1): one Ed25519 key pair per node, the node id
// derived from its public key. The secret key lives only in the OS keyring (through Secrets/QtKeychain);
// with no keyring the user must choose the passphrase-protected key file explicitly. There is never a
// plaintext key on disk.
namespace Cloudy::Identity {

// Where the key pair is kept.
enum class KeyStorage
{
    Keyring, // the OS keyring (Secret Service)
    PassphraseFile, // Argon2id + secretbox key file the user chose because there is no keyring
};

// What may be shown about an identity (no secret in it).
struct IdentityInfo
{
    QString nodeId; // 64 hex characters
    QByteArray publicKey; // 32 raw bytes
    QString fingerprint; // Crypto::keyFingerprint(publicKey)
    KeyStorage storage = KeyStorage::Keyring;
    QDateTime created; // UTC
};

// The keyring entry that holds the identity (under the application's Secrets service).
inline constexpr auto kKeyringEntry = "node-identity";

// The node's signing key pair from the keyring, blocking (command line, tests, the desktop at start-up
// on a worker-free path). Errors: code "no-identity" (the keyring works and holds none yet),
// "no-keyring" (no keyring reachable: the message says what the user can do), "identity-damaged",
// "keyring-failed". The caller wipes the secret key when done.
Result<Crypto::SigningKeyPair> loadSigningKey(Secrets &secrets);
// The identity as it can be shown.
Result<IdentityInfo> loadInfo(Secrets &secrets);
// Loads the identity, creating and storing a new one in the keyring when the keyring holds none.
// Never writes a file: without a keyring this fails with "no-keyring".
Result<IdentityInfo> ensureIdentity(Secrets &secrets);

} // namespace Cloudy::Identity
