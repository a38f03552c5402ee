// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include "PlatformLog.h"

#include <sodium.h>

namespace Cloudy::Crypto {

static_assert(kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(kSeedBytes == crypto_sign_SEEDBYTES);
static_assert(kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(kSignatureBytes == crypto_sign_BYTES);

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
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

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        // data() detaches a shared copy first; the copy other owners hold is theirs to wipe.
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace Cloudy::Crypto
