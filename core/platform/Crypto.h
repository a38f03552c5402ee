// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// libsodium behind Qt types: Ed25519 signatures and BLAKE2b hashes for the service catalog and the ledger.
// Every function calls initialize() itself, so callers never touch libsodium directly.
namespace Cloudy::Crypto {

inline constexpr qsizetype kPublicKeyBytes = 32; // crypto_sign_PUBLICKEYBYTES
inline constexpr qsizetype kSeedBytes = 32; // crypto_sign_SEEDBYTES
inline constexpr qsizetype kSecretKeyBytes = 64; // crypto_sign_SECRETKEYBYTES (seed + public key)
inline constexpr qsizetype kSignatureBytes = 64; // crypto_sign_BYTES

// Initialises libsodium once (thread-safe). Returns false only if the library cannot work on this CPU.
bool initialize();
QString libraryVersion();

// An Ed25519 key pair. The secret key is libsodium's 64-byte form; wipe() it when done.
struct SigningKeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

// A fresh random key pair (empty keys only if libsodium cannot initialise).
SigningKeyPair generateSigningKeyPair();
// The key pair a 32-byte seed determines (what a key file stores); empty keys when the seed is not 32 bytes.
SigningKeyPair signingKeyPairFromSeed(QByteArrayView seed);
// The 32-byte seed inside a 64-byte secret key.
QByteArray seedOf(QByteArrayView secretKey);

// The detached Ed25519 signature (64 bytes) of message; empty when secretKey is not 64 bytes.
QByteArray signDetached(QByteArrayView message, QByteArrayView secretKey);
// Whether signature is publicKey's signature of message. False for keys or signatures of the wrong size.
bool verifyDetached(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey);

// BLAKE2b with a 32-byte output and no key (libsodium crypto_generichash).
QByteArray blake2b256(QByteArrayView data);

// The fingerprint people compare: the first 16 bytes of BLAKE2b-256 of the raw public key, lower-case hex
// in eight groups of four separated by spaces ("3f2a 91c0 ..."). Empty for a key that is not 32 bytes.
QString keyFingerprint(QByteArrayView publicKey);
// A fingerprint as typed, reduced to lower-case hex digits: case, spaces and colons do not matter.
QString normalizedFingerprint(const QString &fingerprint);
bool sameFingerprint(const QString &a, const QString &b);

// ---- Passphrase protection (Argon2id + XSalsa20-Poly1305 secretbox) -----------------------------------

inline constexpr qsizetype kPassphraseSaltBytes = 16; // crypto_pwhash_SALTBYTES
inline constexpr qsizetype kSecretBoxKeyBytes = 32; // crypto_secretbox_KEYBYTES
inline constexpr qsizetype kSecretBoxNonceBytes = 24; // crypto_secretbox_NONCEBYTES
inline constexpr qsizetype kSecretBoxMacBytes = 16; // crypto_secretbox_MACBYTES

// The cost of deriving a key from a passphrase (libsodium crypto_pwhash, Argon2id v1.3). Stored beside the
// salt in every file that uses them, so a file written with other costs still opens.
struct PassphraseCost
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
};
// libsodium's INTERACTIVE costs (2 passes, 64 MiB): a fraction of a second.
PassphraseCost interactivePassphraseCost();
// Whether a cost read from a file may be used: at least libsodium's minimum and at most 16 passes and
// 1 GiB, so a hostile file cannot make the program allocate or compute without bound.
bool acceptablePassphraseCost(const PassphraseCost &cost);

// Cryptographically random bytes (empty only if libsodium cannot initialise).
QByteArray randomBytes(qsizetype count);
// A kSecretBoxKeyBytes key derived from passphrase and a kPassphraseSaltBytes salt with Argon2id; empty
// when the salt or cost is unacceptable or the memory cannot be had. The caller wipes it.
QByteArray deriveKeyFromPassphrase(QByteArrayView passphrase, QByteArrayView salt,
                                   const PassphraseCost &cost);
// secretbox: plaintext encrypted and authenticated under key and nonce (kSecretBoxMacBytes longer than
// plaintext); empty for a key or nonce of the wrong size.
QByteArray secretBoxSeal(QByteArrayView plaintext, QByteArrayView nonce, QByteArrayView key);
// The plaintext, or nothing when the ciphertext was not sealed under this key and nonce (wrong key or
// altered bytes: secretbox cannot tell which).
std::optional<QByteArray> secretBoxOpen(QByteArrayView ciphertext, QByteArrayView nonce, QByteArrayView key);

// Overwrites bytes with zeros in a way the compiler cannot drop (sodium_memzero), then empties it.
void wipe(QByteArray &bytes);

} // namespace Cloudy::Crypto
