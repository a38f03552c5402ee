// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include "PlatformLog.h"

#include <sodium.h>

namespace Cloudy::Crypto {

static_assert(kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kSeedBytes == crypto_sign_SEEDBYTES);
static_assert(kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(kSignatureBytes == crypto_sign_BYTES);
static_assert(kPassphraseSaltBytes == crypto_pwhash_SALTBYTES);
static_assert(kSecretBoxKeyBytes == crypto_secretbox_KEYBYTES);
static_assert(kSecretBoxNonceBytes == crypto_secretbox_NONCEBYTES);
static_assert(kSecretBoxMacBytes == crypto_secretbox_MACBYTES);

namespace {

// An empty view may have a null data pointer, which libsodium's non-null arguments must never get (even
// with a length of 0): it gets a pointer to a zero byte instead.
const unsigned char *bytes(QByteArrayView view)
{
    static const unsigned char nothing[1] = {0};
    return view.data() ? reinterpret_cast<const unsigned char *>(view.data()) : nothing;
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

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

SigningKeyPair generateSigningKeyPair()
{
    if (!initialize())
        return {};
    SigningKeyPair pair {QByteArray(kPublicKeyBytes, Qt::Uninitialized),
                         QByteArray(kSecretKeyBytes, Qt::Uninitialized)};
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

SigningKeyPair signingKeyPairFromSeed(QByteArrayView seed)
{
    if (seed.size() != kSeedBytes || !initialize())
        return {};
    SigningKeyPair pair {QByteArray(kPublicKeyBytes, Qt::Uninitialized),
                         QByteArray(kSecretKeyBytes, Qt::Uninitialized)};
    crypto_sign_seed_keypair(bytes(pair.publicKey), bytes(pair.secretKey), bytes(seed));
    return pair;
}

QByteArray seedOf(QByteArrayView secretKey)
{
    if (secretKey.size() != kSecretKeyBytes)
        return {};
    QByteArray seed(kSeedBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_seed(bytes(seed), bytes(secretKey));
    return seed;
}

QByteArray signDetached(QByteArrayView message, QByteArrayView secretKey)
{
    if (secretKey.size() != kSecretKeyBytes || !initialize())
        return {};
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(secretKey));
    return signature;
}

bool verifyDetached(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey)
{
    if (signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes || !initialize())
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()), bytes(publicKey))
           == 0;
}

QByteArray blake2b256(QByteArrayView data)
{
    if (!initialize())
        return {};
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    static_assert(crypto_generichash_BYTES == 32);
    crypto_generichash(bytes(hash), static_cast<size_t>(hash.size()), bytes(data),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return hash;
}

QString keyFingerprint(QByteArrayView publicKey)
{
    if (publicKey.size() != kPublicKeyBytes)
        return {};
    const QByteArray hex = blake2b256(publicKey).left(16).toHex();
    QString text;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QString::fromLatin1(hex.mid(i, 4));
    }
    return text;
}

QString normalizedFingerprint(const QString &fingerprint)
{
    QString result;
    for (const QChar c : fingerprint) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(':'))
            continue;
        result += c.toLower();
    }
    return result;
}

bool sameFingerprint(const QString &a, const QString &b)
{
    const QString left = normalizedFingerprint(a);
    return !left.isEmpty() && left == normalizedFingerprint(b);
}

PassphraseCost interactivePassphraseCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool acceptablePassphraseCost(const PassphraseCost &cost)
{
    constexpr quint64 maxOps = 16;
    constexpr quint64 maxMemory = quint64(1) << 30;
    return cost.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && cost.opsLimit <= maxOps
           && cost.memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && cost.memLimitBytes <= maxMemory;
}

QByteArray randomBytes(qsizetype count)
{
    if (count < 0 || !initialize())
        return {};
    QByteArray result(count, Qt::Uninitialized);
    randombytes_buf(result.data(), static_cast<size_t>(count));
    return result;
}

QByteArray deriveKeyFromPassphrase(QByteArrayView passphrase, QByteArrayView salt, const PassphraseCost &cost)
{
    if (salt.size() != kPassphraseSaltBytes || !acceptablePassphraseCost(cost) || !initialize())
        return {};
    QByteArray key(kSecretBoxKeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()),
                      reinterpret_cast<const char *>(bytes(passphrase)),
                      static_cast<unsigned long long>(passphrase.size()), bytes(salt), cost.opsLimit,
                      static_cast<size_t>(cost.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qCWarning(lcPlatform) << "Argon2id failed (out of memory?)";
        wipe(key);
        return {};
    }
    return key;
}

QByteArray secretBoxSeal(QByteArrayView plaintext, QByteArrayView nonce, QByteArrayView key)
{
    if (nonce.size() != kSecretBoxNonceBytes || key.size() != kSecretBoxKeyBytes || !initialize())
        return {};
    QByteArray ciphertext(plaintext.size() + kSecretBoxMacBytes, Qt::Uninitialized);
    crypto_secretbox_easy(bytes(ciphertext), bytes(plaintext),
                          static_cast<unsigned long long>(plaintext.size()), bytes(nonce), bytes(key));
    return ciphertext;
}

std::optional<QByteArray> secretBoxOpen(QByteArrayView ciphertext, QByteArrayView nonce, QByteArrayView key)
{
    if (ciphertext.size() < kSecretBoxMacBytes || nonce.size() != kSecretBoxNonceBytes
        || key.size() != kSecretBoxKeyBytes || !initialize())
        return std::nullopt;
    QByteArray plaintext(ciphertext.size() - kSecretBoxMacBytes, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plaintext), bytes(ciphertext),
                                   static_cast<unsigned long long>(ciphertext.size()), bytes(nonce),
                                   bytes(key))
        != 0) {
        wipe(plaintext);
        return std::nullopt;
    }
    return plaintext;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        // data() detaches a shared copy first; the copy other owners hold is theirs to wipe.
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace Cloudy::Crypto
