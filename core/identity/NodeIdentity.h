// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Crypto.h"
#include "platform/Result.h"

#include <QDateTime>
#include <QString>

namespace Cloudy {
class Secrets;
}

// The node's identity (docs/ledger-protocol.md, sections 1 and 6): one Ed25519 key pair per node, the node
// id derived from its public key. The secret key lives in the OS keyring (through Secrets/QtKeychain); with
// no keyring the user must choose the passphrase-protected key file explicitly (Argon2id + secretbox).
// There is never a plaintext key on disk. The setting Settings::Key::IdentityKeyFile says where the
// identity is: empty for the keyring, else the key file's path.
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
    QString keyFile; // the key file's absolute path when storage is PassphraseFile
};

// The keyring entry that holds the identity (under the application's Secrets service).
inline constexpr auto kKeyringEntry = "node-identity";
// Passphrases that protect a key file or a backup have at least this many characters.
inline constexpr int kMinimumPassphraseLength = 8;

// Paths::dataDir() + "/node-identity.key": where a key file goes unless the user names another.
QString defaultKeyFilePath();
// The key file the identity lives in (from the settings), empty when it lives in the keyring.
QString configuredKeyFile();

// The node's signing key pair, blocking (command line, tests, the desktop at start-up on a worker-free
// path), from the keyring or from the key file the settings name (which needs its passphrase). Errors:
// "no-identity" (none created yet), "no-keyring" (no keyring reachable: the message says what the user can
// do), "identity-damaged", "keyring-failed"; for a key file also "passphrase-needed", "wrong-passphrase"
// and "key-file-failed" (cannot be read). The caller wipes the secret key when done.
Result<Crypto::SigningKeyPair> loadSigningKey(Secrets &secrets, const QByteArray &passphrase = {});
// The identity as it can be shown. A key file's public part is readable without its passphrase.
Result<IdentityInfo> loadInfo(Secrets &secrets);
// Loads the identity, creating and storing a new one in the keyring when there is none.
// Never writes a file: without a keyring this fails with "no-keyring".
Result<IdentityInfo> ensureIdentity(Secrets &secrets);
// Creates a new identity in a passphrase-protected key file at path (the user's explicit choice when there
// is no keyring) and remembers it in the settings. Errors: "identity-exists" (this computer has one),
// "key-file-exists" (path is taken), "weak-passphrase", "key-file-failed".
Result<IdentityInfo>
createInKeyFile(Secrets &secrets, const QString &path, const QByteArray &passphrase,
                const Crypto::PassphraseCost &cost = Crypto::interactivePassphraseCost());

// ---- The key file format (pure functions; docs/ledger-protocol.md section 6) ----------------------------

inline constexpr qsizetype kKeyFileBytes = 186;

// The public part of a key file, readable without the passphrase.
struct KeyFileHeader
{
    Crypto::PassphraseCost cost;
    QByteArray publicKey;
    QDateTime created;
};
struct KeyFileContent
{
    Crypto::SigningKeyPair keys; // the caller wipes keys.secretKey
    QDateTime created;
};

// The key file bytes for a 32-byte seed; empty when seed or cost is invalid.
QByteArray encodeKeyFile(QByteArrayView seed, const QDateTime &created, QByteArrayView passphrase,
                         const Crypto::PassphraseCost &cost = Crypto::interactivePassphraseCost());
// Errors: "damaged" (wrong size, magic, checksum, unknown version or costs out of range).
Result<KeyFileHeader> readKeyFileHeader(QByteArrayView data);
// Errors: "damaged", "wrong-passphrase", "key-mismatch" (the secret key does not match the public key the
// header shows).
Result<KeyFileContent> openKeyFile(QByteArrayView data, QByteArrayView passphrase);

// ---- Backups ------------------------------------------------------------------------------------------

// Writes the identity to a new backup archive at path (a tar: manifest.json and identity.key, the key
// sealed under backupPassphrase; docs/ledger-protocol.md section 6), mode 0600. keyFilePassphrase opens
// the identity when it lives in a key file. Errors: those of loadSigningKey, "weak-passphrase",
// "backup-exists" (never overwritten), "backup-failed".
Result<IdentityInfo> exportBackup(Secrets &secrets, const QString &path, const QByteArray &backupPassphrase,
                                  const QByteArray &keyFilePassphrase = {},
                                  const Crypto::PassphraseCost &cost = Crypto::interactivePassphraseCost());

// What a backup says about itself (its manifest), checked but not decrypted.
Result<IdentityInfo> readBackupManifest(const QString &path);

struct ImportOptions
{
    bool replace = false; // replace a different identity this computer already has
    QString keyFile; // empty: into the keyring; else a key file at this path
    QByteArray keyFilePassphrase; // protects that key file
};
// Restores the identity from a backup archive (read with hard limits: two regular files with the expected
// names and sizes, nothing else). Changes nothing unless every check passes. Errors: "backup-failed" (cannot
// read), "backup-too-large", "backup-unsafe-path", "backup-not-regular", "backup-unexpected-entry",
// "backup-damaged", "backup-key-mismatch", "wrong-passphrase", "identity-exists" (a different identity is
// here and replace is not set: the message names both node ids), "key-file-exists", "weak-passphrase",
// "no-keyring", "keyring-failed", "key-file-failed".
Result<IdentityInfo> importBackup(Secrets &secrets, const QString &path, const QByteArray &passphrase,
                                  const ImportOptions &options = {});

} // namespace Cloudy::Identity
