// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeIdentity.h"

#include "IdentityLog.h"
#include "ledger/Receipt.h"
#include "platform/Secrets.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cloudy::Identity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Identity::NodeIdentity)
};

// The keyring entry's content: {"v": 1, "seed": base64 of the 32-byte Ed25519 seed, "created": ms UTC}.
QByteArray encodeEntry(const QByteArray &seed, const QDateTime &created)
{
    const QJsonObject object{{QStringLiteral("v"), 1},
                             {QStringLiteral("seed"), QString::fromLatin1(seed.toBase64())},
                             {QStringLiteral("created"), created.toMSecsSinceEpoch()}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct StoredIdentity
{
    Crypto::SigningKeyPair keys;
    QDateTime created;
};

Result<StoredIdentity> decodeEntry(const QByteArray &data)
{
    const Error damaged{QStringLiteral("identity-damaged"),
                        Tr::tr("The node identity in your keyring is damaged and cannot be used. Restore it "
                               "from a backup with \"cloudyctl identity import\".")};
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    if (object.value(QStringLiteral("v")).toInt() != 1)
        return damaged;
    QByteArray seed = QByteArray::fromBase64(object.value(QStringLiteral("seed")).toString().toLatin1());
    StoredIdentity stored;
    stored.keys = Crypto::signingKeyPairFromSeed(seed);
    Crypto::wipe(seed);
    if (stored.keys.publicKey.isEmpty())
        return damaged;
    stored.created = QDateTime::fromMSecsSinceEpoch(object.value(QStringLiteral("created")).toInteger(),
                                                    Qt::UTC);
    return stored;
}

Error keyringError(const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::NotFound:
        return {QStringLiteral("no-identity"),
                Tr::tr("This computer has no node identity yet. Create one with \"cloudyctl identity "
                       "create\" or in the first-run assistant.")};
    case SecretResult::Status::NoKeyring:
    case SecretResult::Status::TimedOut:
        return {QStringLiteral("no-keyring"), result.message};
    default:
        return {QStringLiteral("keyring-failed"), result.message};
    }
}

IdentityInfo infoOf(const StoredIdentity &stored)
{
    return {Ledger::nodeIdOf(stored.keys.publicKey), stored.keys.publicKey,
            Crypto::keyFingerprint(stored.keys.publicKey), KeyStorage::Keyring, stored.created};
}

Result<StoredIdentity> loadStored(Secrets &secrets)
{
    SecretResult read = secrets.readNow(QString::fromLatin1(kKeyringEntry));
    if (!read.ok())
        return keyringError(read);
    Result<StoredIdentity> stored = decodeEntry(read.data);
    Crypto::wipe(read.data);
    return stored;
}

} // namespace

Result<Crypto::SigningKeyPair> loadSigningKey(Secrets &secrets)
{
    Result<StoredIdentity> stored = loadStored(secrets);
    if (!stored)
        return stored.error();
    return std::move(stored).value().keys;
}

Result<IdentityInfo> loadInfo(Secrets &secrets)
{
    Result<StoredIdentity> stored = loadStored(secrets);
    if (!stored)
        return stored.error();
    IdentityInfo info = infoOf(stored.value());
    Crypto::wipe(stored.value().keys.secretKey);
    return info;
}

Result<IdentityInfo> ensureIdentity(Secrets &secrets)
{
    Result<IdentityInfo> existing = loadInfo(secrets);
    if (existing || existing.error().code != QLatin1String("no-identity"))
        return existing;

    StoredIdentity fresh{Crypto::generateSigningKeyPair(),
                         QDateTime::currentDateTimeUtc().addMSecs(
                             -QDateTime::currentDateTimeUtc().time().msec())};
    if (fresh.keys.publicKey.isEmpty())
        return Error{QStringLiteral("crypto-failed"), Tr::tr("The cryptography library cannot work on this "
                                                             "computer, so no identity can be created.")};
    QByteArray seed = Crypto::seedOf(fresh.keys.secretKey);
    QByteArray entry = encodeEntry(seed, fresh.created);
    Crypto::wipe(seed);
    const SecretResult written = secrets.writeNow(QString::fromLatin1(kKeyringEntry), entry);
    Crypto::wipe(entry);
    IdentityInfo info = infoOf(fresh);
    Crypto::wipe(fresh.keys.secretKey);
    if (!written.ok())
        return keyringError(written);
    qCInfo(lcIdentity) << "created node identity" << info.nodeId;
    return info;
}

} // namespace Cloudy::Identity
