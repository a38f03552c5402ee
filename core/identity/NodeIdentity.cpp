// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeIdentity.h"

#include "IdentityLog.h"
#include "ledger/Receipt.h"
#include "platform/Libarchive.h"
#include "platform/Paths.h"
#include "platform/Secrets.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace Cloudy::Identity {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Identity::NodeIdentity)
};

struct StoredIdentity
{
    Crypto::SigningKeyPair keys;
    QDateTime created;
};

// A creation time as stored: whole seconds, so every form (keyring JSON, key file, manifest) agrees.
QDateTime nowForStorage()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

// ---- The keyring entry --------------------------------------------------------------------------------

// The keyring entry's content: {"v": 1, "seed": base64 of the 32-byte Ed25519 seed, "created": ms UTC}.
QByteArray encodeEntry(const QByteArray &seed, const QDateTime &created)
{
    const QJsonObject object {{QStringLiteral("v"), 1},
                              {QStringLiteral("seed"), QString::fromLatin1(seed.toBase64())},
                              {QStringLiteral("created"), created.toMSecsSinceEpoch()}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<StoredIdentity> decodeEntry(const QByteArray &data)
{
    const Error damaged {QStringLiteral("identity-damaged"),
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
    stored.created =
        QDateTime::fromMSecsSinceEpoch(object.value(QStringLiteral("created")).toInteger(), Qt::UTC);
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
        return {QStringLiteral("no-keyring"),
                Tr::tr("No keyring (such as GNOME Keyring or KWallet) can be reached, so the node identity "
                       "cannot be kept there (%1). Cloudy never writes the key to a plain file: start or "
                       "unlock a keyring, or choose a key file protected by a passphrase "
                       "(\"cloudyctl identity create --key-file %2\").")
                    .arg(result.message, defaultKeyFilePath())};
    default:
        return {QStringLiteral("keyring-failed"),
                Tr::tr("The keyring refused or failed to give access to the node identity: %1")
                    .arg(result.message)};
    }
}

IdentityInfo infoOf(const QByteArray &publicKey, const QDateTime &created, const QString &keyFile)
{
    return {Ledger::nodeIdOf(publicKey),
            publicKey,
            Crypto::keyFingerprint(publicKey),
            keyFile.isEmpty() ? KeyStorage::Keyring : KeyStorage::PassphraseFile,
            created,
            keyFile};
}

Error weakPassphrase()
{
    return {QStringLiteral("weak-passphrase"),
            Tr::tr("The passphrase must have at least %n characters.", nullptr, kMinimumPassphraseLength)};
}

bool weak(const QByteArray &passphrase)
{
    return QString::fromUtf8(passphrase).size() < kMinimumPassphraseLength;
}

// ---- The key file format ------------------------------------------------------------------------------

constexpr char kKeyFileMagic[4] = {'C', 'L', 'K', 'F'};
constexpr quint8 kKeyFileVersion = 1;
constexpr quint8 kKdfArgon2id13 = 1;
constexpr qsizetype kSealedBytes = Crypto::kSeedBytes + 8 + Crypto::kSecretBoxMacBytes;
// Offsets of the fields (docs/ledger-protocol.md section 6).
constexpr qsizetype kOpsOffset = 6;
constexpr qsizetype kMemOffset = 10;
constexpr qsizetype kSaltOffset = 18;
constexpr qsizetype kNonceOffset = kSaltOffset + Crypto::kPassphraseSaltBytes;
constexpr qsizetype kPublicKeyOffset = kNonceOffset + Crypto::kSecretBoxNonceBytes;
constexpr qsizetype kCreatedOffset = kPublicKeyOffset + Crypto::kPublicKeyBytes;
constexpr qsizetype kSealedOffset = kCreatedOffset + 8;
constexpr qsizetype kChecksumOffset = kSealedOffset + kSealedBytes;
static_assert(kChecksumOffset + 32 == kKeyFileBytes);

template<typename T> void appendBigEndian(QByteArray &out, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

template<typename T> T readBigEndian(QByteArrayView data, qsizetype offset)
{
    return qFromBigEndian<T>(data.data() + offset);
}

Error damagedKeyFile()
{
    return {QStringLiteral("damaged"), Tr::tr("The key file is damaged or not a Cloudy key file.")};
}

} // namespace

QByteArray encodeKeyFile(QByteArrayView seed, const QDateTime &created, QByteArrayView passphrase,
                         const Crypto::PassphraseCost &cost)
{
    Crypto::SigningKeyPair pair = Crypto::signingKeyPairFromSeed(seed);
    Crypto::wipe(pair.secretKey);
    if (pair.publicKey.isEmpty() || !Crypto::acceptablePassphraseCost(cost))
        return {};
    const QByteArray salt = Crypto::randomBytes(Crypto::kPassphraseSaltBytes);
    const QByteArray nonce = Crypto::randomBytes(Crypto::kSecretBoxNonceBytes);
    QByteArray key = Crypto::deriveKeyFromPassphrase(passphrase, salt, cost);
    if (key.isEmpty())
        return {};
    const qint64 createdMs = created.toMSecsSinceEpoch();
    QByteArray plaintext;
    plaintext.reserve(Crypto::kSeedBytes + 8);
    plaintext.append(seed.data(), seed.size());
    appendBigEndian<qint64>(plaintext, createdMs);
    const QByteArray sealed = Crypto::secretBoxSeal(plaintext, nonce, key);
    Crypto::wipe(plaintext);
    Crypto::wipe(key);

    QByteArray out;
    out.reserve(kKeyFileBytes);
    out.append(kKeyFileMagic, sizeof kKeyFileMagic);
    out.append(char(kKeyFileVersion));
    out.append(char(kKdfArgon2id13));
    appendBigEndian<quint32>(out, quint32(cost.opsLimit));
    appendBigEndian<quint64>(out, cost.memLimitBytes);
    out.append(salt);
    out.append(nonce);
    out.append(pair.publicKey);
    appendBigEndian<qint64>(out, createdMs);
    out.append(sealed);
    out.append(Crypto::blake2b256(out));
    Q_ASSERT(out.size() == kKeyFileBytes);
    return out;
}

Result<KeyFileHeader> readKeyFileHeader(QByteArrayView data)
{
    if (data.size() != kKeyFileBytes || std::memcmp(data.data(), kKeyFileMagic, sizeof kKeyFileMagic) != 0
        || Crypto::blake2b256(data.first(kChecksumOffset)) != data.sliced(kChecksumOffset).toByteArray())
        return damagedKeyFile();
    if (quint8(data[4]) != kKeyFileVersion || quint8(data[5]) != kKdfArgon2id13)
        return Error {
            QStringLiteral("damaged"),
            Tr::tr("The key file was written by a newer version of Cloudy; update Cloudy to use it.")};
    KeyFileHeader header;
    header.cost = {readBigEndian<quint32>(data, kOpsOffset), readBigEndian<quint64>(data, kMemOffset)};
    if (!Crypto::acceptablePassphraseCost(header.cost))
        return damagedKeyFile();
    header.publicKey = data.sliced(kPublicKeyOffset, Crypto::kPublicKeyBytes).toByteArray();
    header.created = QDateTime::fromMSecsSinceEpoch(readBigEndian<qint64>(data, kCreatedOffset), Qt::UTC);
    return header;
}

Result<KeyFileContent> openKeyFile(QByteArrayView data, QByteArrayView passphrase)
{
    Result<KeyFileHeader> header = readKeyFileHeader(data);
    if (!header)
        return header.error();
    QByteArray key = Crypto::deriveKeyFromPassphrase(
        passphrase, data.sliced(kSaltOffset, Crypto::kPassphraseSaltBytes), header->cost);
    if (key.isEmpty())
        return Error {QStringLiteral("damaged"),
                      Tr::tr("Not enough memory to derive the key from the passphrase.")};
    std::optional<QByteArray> plaintext =
        Crypto::secretBoxOpen(data.sliced(kSealedOffset, kSealedBytes),
                              data.sliced(kNonceOffset, Crypto::kSecretBoxNonceBytes), key);
    Crypto::wipe(key);
    // The checksum passed, so the bytes are as written: a failed seal means another passphrase.
    if (!plaintext)
        return Error {QStringLiteral("wrong-passphrase"), Tr::tr("The passphrase is wrong.")};
    KeyFileContent content;
    content.keys = Crypto::signingKeyPairFromSeed(QByteArrayView(*plaintext).first(Crypto::kSeedBytes));
    const qint64 createdMs = readBigEndian<qint64>(*plaintext, Crypto::kSeedBytes);
    Crypto::wipe(*plaintext);
    if (content.keys.publicKey != header->publicKey || createdMs != header->created.toMSecsSinceEpoch()) {
        Crypto::wipe(content.keys.secretKey);
        return Error {QStringLiteral("key-mismatch"),
                      Tr::tr("The key file's secret key does not belong to the public key it shows.")};
    }
    content.created = header->created;
    return content;
}

namespace {

// ---- Key files on disk --------------------------------------------------------------------------------

// Writes bytes to path atomically with mode 0600 from the start.
std::optional<QString> writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return QString::fromLocal8Bit(std::strerror(errno));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return std::nullopt;
}

Error keyFileWriteError(const QString &path, const QString &reason)
{
    return {QStringLiteral("key-file-failed"), Tr::tr("Cannot write the key file %1: %2.").arg(path, reason)};
}

Result<QByteArray> readKeyFileBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error {QStringLiteral("no-identity"),
                      Tr::tr("The key file %1 that held this computer's node identity is gone. Restore it "
                             "from a backup with \"cloudyctl identity import\", or create a new identity.")
                          .arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("key-file-failed"),
                      Tr::tr("Cannot read the key file %1: %2.").arg(path, file.errorString())};
    return file.read(kKeyFileBytes + 1);
}

Error damagedIdentityFile(const QString &path, const Error &cause)
{
    return {QStringLiteral("identity-damaged"),
            Tr::tr("The node identity in %1 cannot be used: %2 Restore it from a backup with \"cloudyctl "
                   "identity import\".")
                .arg(path, cause.message)};
}

Result<StoredIdentity> loadFromKeyFile(const QString &path, const QByteArray &passphrase)
{
    Result<QByteArray> bytes = readKeyFileBytes(path);
    if (!bytes)
        return bytes.error();
    if (passphrase.isEmpty()) {
        if (Result<KeyFileHeader> header = readKeyFileHeader(bytes.value()); !header)
            return damagedIdentityFile(path, header.error());
        return Error {QStringLiteral("passphrase-needed"),
                      Tr::tr("This computer's node identity is in the passphrase-protected file %1: its "
                             "passphrase is needed.")
                          .arg(path)};
    }
    Result<KeyFileContent> content = openKeyFile(bytes.value(), passphrase);
    if (!content) {
        if (content.error().code == QLatin1String("wrong-passphrase"))
            return Error {QStringLiteral("wrong-passphrase"),
                          Tr::tr("The passphrase of the key file %1 is wrong.").arg(path)};
        return damagedIdentityFile(path, content.error());
    }
    return StoredIdentity {std::move(content).value().keys, content->created};
}

Result<IdentityInfo> infoFromKeyFile(const QString &path)
{
    Result<QByteArray> bytes = readKeyFileBytes(path);
    if (!bytes)
        return bytes.error();
    Result<KeyFileHeader> header = readKeyFileHeader(bytes.value());
    if (!header)
        return damagedIdentityFile(path, header.error());
    return infoOf(header->publicKey, header->created, path);
}

Result<StoredIdentity> loadStored(Secrets &secrets, const QByteArray &passphrase)
{
    if (const QString keyFile = configuredKeyFile(); !keyFile.isEmpty())
        return loadFromKeyFile(keyFile, passphrase);
    SecretResult read = secrets.readNow(QString::fromLatin1(kKeyringEntry));
    if (!read.ok())
        return keyringError(read);
    Result<StoredIdentity> stored = decodeEntry(read.data);
    Crypto::wipe(read.data);
    return stored;
}

void setConfiguredKeyFile(const QString &path)
{
    Settings settings;
    if (path.isEmpty())
        settings.reset(Settings::Key::IdentityKeyFile);
    else
        settings.setValue(Settings::Key::IdentityKeyFile, path);
}

// Stores an identity where target says (keyring when empty) and records the choice in the settings.
Result<IdentityInfo> storeIdentity(Secrets &secrets, const StoredIdentity &identity, const QString &keyFile,
                                   const QByteArray &keyFilePassphrase, const Crypto::PassphraseCost &cost)
{
    QByteArray seed = Crypto::seedOf(identity.keys.secretKey);
    if (keyFile.isEmpty()) {
        QByteArray entry = encodeEntry(seed, identity.created);
        Crypto::wipe(seed);
        const SecretResult written = secrets.writeNow(QString::fromLatin1(kKeyringEntry), entry);
        Crypto::wipe(entry);
        if (!written.ok())
            return keyringError(written);
    } else {
        const QByteArray bytes = encodeKeyFile(seed, identity.created, keyFilePassphrase, cost);
        Crypto::wipe(seed);
        if (bytes.isEmpty())
            return keyFileWriteError(keyFile, Tr::tr("the key could not be encrypted"));
        if (const auto failure = writePrivateFile(keyFile, bytes))
            return keyFileWriteError(keyFile, *failure);
    }
    setConfiguredKeyFile(keyFile);
    return infoOf(identity.keys.publicKey, identity.created, keyFile);
}

QString storageDescription(const IdentityInfo &info)
{
    return info.storage == KeyStorage::Keyring ? Tr::tr("in the keyring")
                                               : Tr::tr("in the key file %1").arg(info.keyFile);
}

} // namespace

QString defaultKeyFilePath()
{
    return Paths::dataDir() + QLatin1String("/node-identity.key");
}

QString configuredKeyFile()
{
    return Settings().value(Settings::Key::IdentityKeyFile).toString();
}

Result<Crypto::SigningKeyPair> loadSigningKey(Secrets &secrets, const QByteArray &passphrase)
{
    Result<StoredIdentity> stored = loadStored(secrets, passphrase);
    if (!stored)
        return stored.error();
    return std::move(stored).value().keys;
}

Result<IdentityInfo> loadInfo(Secrets &secrets)
{
    if (const QString keyFile = configuredKeyFile(); !keyFile.isEmpty())
        return infoFromKeyFile(keyFile);
    Result<StoredIdentity> stored = loadStored(secrets, {});
    if (!stored)
        return stored.error();
    IdentityInfo info = infoOf(stored->keys.publicKey, stored->created, {});
    Crypto::wipe(stored.value().keys.secretKey);
    return info;
}

Result<IdentityInfo> ensureIdentity(Secrets &secrets)
{
    Result<IdentityInfo> existing = loadInfo(secrets);
    if (existing || existing.error().code != QLatin1String("no-identity"))
        return existing;
    // A key file that disappeared is not replaced behind the user's back.
    if (!configuredKeyFile().isEmpty())
        return existing;

    StoredIdentity fresh {Crypto::generateSigningKeyPair(), nowForStorage()};
    if (fresh.keys.publicKey.isEmpty())
        return Error {QStringLiteral("crypto-failed"), Tr::tr("The cryptography library cannot work on this "
                                                              "computer, so no identity can be created.")};
    Result<IdentityInfo> info = storeIdentity(secrets, fresh, {}, {}, {});
    Crypto::wipe(fresh.keys.secretKey);
    if (info)
        qCInfo(lcIdentity) << "created node identity" << info->nodeId;
    return info;
}

Result<IdentityInfo> createInKeyFile(Secrets &secrets, const QString &path, const QByteArray &passphrase,
                                     const Crypto::PassphraseCost &cost)
{
    if (weak(passphrase))
        return weakPassphrase();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Result<IdentityInfo> existing = loadInfo(secrets);
    if (existing)
        return Error {QStringLiteral("identity-exists"),
                      Tr::tr("This computer already has the node identity %1 (%2). Back it up with "
                             "\"cloudyctl identity export\" rather than creating another.")
                          .arg(existing->nodeId, storageDescription(existing.value()))};
    const QString code = existing.error().code;
    if (code != QLatin1String("no-identity") && code != QLatin1String("no-keyring"))
        return existing.error();
    if (QFileInfo::exists(absolute))
        return Error {QStringLiteral("key-file-exists"),
                      Tr::tr("%1 already exists; Cloudy never overwrites a key file. Choose another path.")
                          .arg(absolute)};

    StoredIdentity fresh {Crypto::generateSigningKeyPair(), nowForStorage()};
    if (fresh.keys.publicKey.isEmpty())
        return Error {QStringLiteral("crypto-failed"), Tr::tr("The cryptography library cannot work on this "
                                                              "computer, so no identity can be created.")};
    Result<IdentityInfo> info = storeIdentity(secrets, fresh, absolute, passphrase, cost);
    Crypto::wipe(fresh.keys.secretKey);
    if (info)
        qCInfo(lcIdentity) << "created node identity" << info->nodeId << "in" << absolute;
    return info;
}

// ---- Backups ------------------------------------------------------------------------------------------

namespace {

constexpr auto kBackupFormat = "cloudy-node-identity-backup";
constexpr int kBackupVersion = 1;
constexpr qint64 kMaxBackupBytes = 1024 * 1024;
constexpr la_int64_t kMaxManifestBytes = 16 * 1024;
constexpr la_int64_t kMaxKeyEntryBytes = 4 * 1024;
constexpr char kManifestName[] = "manifest.json";
constexpr char kKeyEntryName[] = "identity.key";

struct ArchiveReadFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct ArchiveWriteFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

struct BackupContent
{
    IdentityInfo manifest;
    QByteArray keyFile;
};

Error backupError(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message};
}

Error backupDamaged(const QString &detail)
{
    return backupError("backup-damaged",
                       Tr::tr("This is not a Cloudy identity backup, or it is damaged: %1").arg(detail));
}

bool unsafePath(const QByteArray &name)
{
    if (name.isEmpty() || name.startsWith('/'))
        return true;
    for (const QByteArray &part : name.split('/')) {
        if (part == "..")
            return true;
    }
    return false;
}

QByteArray manifestJson(const IdentityInfo &info)
{
    const QJsonObject object {
        {QStringLiteral("format"), QString::fromLatin1(kBackupFormat)},
        {QStringLiteral("version"), kBackupVersion},
        {QStringLiteral("nodeId"), info.nodeId},
        {QStringLiteral("publicKey"), QString::fromLatin1(info.publicKey.toBase64())},
        {QStringLiteral("fingerprint"), info.fingerprint},
        {QStringLiteral("created"), info.created.toUTC().toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<IdentityInfo> parseManifest(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return backupDamaged(Tr::tr("the manifest is not a JSON object."));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kBackupFormat))
        return backupDamaged(Tr::tr("the manifest does not describe a node identity."));
    if (object.value(QStringLiteral("version")).toInt() != kBackupVersion)
        return backupDamaged(Tr::tr("the backup was written by a newer version of Cloudy."));
    const QByteArray publicKey =
        QByteArray::fromBase64(object.value(QStringLiteral("publicKey")).toString().toLatin1(),
                               QByteArray::AbortOnBase64DecodingErrors);
    const QDateTime created =
        QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (publicKey.size() != Crypto::kPublicKeyBytes || !created.isValid())
        return backupDamaged(Tr::tr("the manifest has no valid public key or creation time."));
    IdentityInfo info = infoOf(publicKey, created.toUTC(), {});
    if (object.value(QStringLiteral("nodeId")).toString() != info.nodeId)
        return backupError("backup-key-mismatch",
                           Tr::tr("The backup's node id does not belong to its public key: the backup was "
                                  "altered."));
    return info;
}

// Reads the archive in memory with hard limits: exactly manifest.json and identity.key, regular files.
Result<BackupContent> parseBackup(const QByteArray &data)
{
    if (data.size() > kMaxBackupBytes)
        return backupError("backup-too-large",
                           Tr::tr("The file is far larger than an identity backup; it is not read."));
    std::unique_ptr<archive, ArchiveReadFree> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
        return backupDamaged(QString::fromUtf8(archive_error_string(reader.get())));

    QByteArray manifest;
    QByteArray keyFile;
    bool haveManifest = false;
    bool haveKey = false;
    int entries = 0;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        const QByteArray name(archive_entry_pathname(entry) ? archive_entry_pathname(entry) : "");
        const QString shown = QString::fromUtf8(name);
        if (++entries > 2)
            return backupError(
                "backup-unexpected-entry",
                Tr::tr("The backup holds more than a manifest and a key (\"%1\"): refused.").arg(shown));
        if (unsafePath(name))
            return backupError(
                "backup-unsafe-path",
                Tr::tr("The backup holds an entry with an unsafe path (\"%1\"): refused.").arg(shown));
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry)
            || archive_entry_symlink(entry))
            return backupError(
                "backup-not-regular",
                Tr::tr("The backup entry \"%1\" is a link or a special file: refused.").arg(shown));
        const bool isManifest = name == kManifestName;
        if ((!isManifest && name != kKeyEntryName) || (isManifest ? haveManifest : haveKey))
            return backupError("backup-unexpected-entry",
                               Tr::tr("The backup holds an unexpected entry \"%1\": refused.").arg(shown));
        const la_int64_t size = archive_entry_size(entry);
        if (!archive_entry_size_is_set(entry) || size < 0
            || size > (isManifest ? kMaxManifestBytes : kMaxKeyEntryBytes))
            return backupError(
                "backup-too-large",
                Tr::tr("The backup entry \"%1\" is larger than it can be: refused.").arg(shown));
        QByteArray content(qsizetype(size), Qt::Uninitialized);
        if (size > 0 && archive_read_data(reader.get(), content.data(), size_t(size)) != size)
            return backupDamaged(Tr::tr("the entry \"%1\" is cut short.").arg(shown));
        (isManifest ? manifest : keyFile) = content;
        (isManifest ? haveManifest : haveKey) = true;
    }
    if (status != ARCHIVE_EOF)
        return backupDamaged(QString::fromUtf8(archive_error_string(reader.get())));
    if (!haveManifest || !haveKey)
        return backupDamaged(Tr::tr("the manifest or the key is missing."));

    Result<IdentityInfo> info = parseManifest(manifest);
    if (!info)
        return info.error();
    Result<KeyFileHeader> header = readKeyFileHeader(keyFile);
    if (!header)
        return backupDamaged(header.error().message);
    if (header->publicKey != info->publicKey)
        return backupError("backup-key-mismatch",
                           Tr::tr("The key in the backup does not belong to the identity its manifest names: "
                                  "the backup was altered."));
    return BackupContent {std::move(info).value(), keyFile};
}

Result<BackupContent> readBackupFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return backupError("backup-failed", Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return parseBackup(file.read(kMaxBackupBytes + 1));
}

bool addEntry(archive *writer, const char *name, const QByteArray &content, const QDateTime &mtime)
{
    std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
    archive_entry_set_pathname(entry.get(), name);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0600);
    archive_entry_set_size(entry.get(), content.size());
    archive_entry_set_mtime(entry.get(), mtime.toSecsSinceEpoch(), 0);
    return archive_write_header(writer, entry.get()) == ARCHIVE_OK
           && archive_write_data(writer, content.constData(), size_t(content.size())) == content.size()
           && archive_write_finish_entry(writer) == ARCHIVE_OK;
}

} // namespace

Result<IdentityInfo> exportBackup(Secrets &secrets, const QString &path, const QByteArray &backupPassphrase,
                                  const QByteArray &keyFilePassphrase, const Crypto::PassphraseCost &cost)
{
    if (weak(backupPassphrase))
        return weakPassphrase();
    if (QFileInfo::exists(path))
        return backupError("backup-exists",
                           Tr::tr("%1 already exists; an identity backup never overwrites a file. Choose "
                                  "another name.")
                               .arg(path));
    Result<StoredIdentity> stored = loadStored(secrets, keyFilePassphrase);
    if (!stored)
        return stored.error();
    QByteArray seed = Crypto::seedOf(stored->keys.secretKey);
    const QByteArray keyFile = encodeKeyFile(seed, stored->created, backupPassphrase, cost);
    Crypto::wipe(seed);
    Crypto::wipe(stored.value().keys.secretKey);
    const IdentityInfo info = infoOf(stored->keys.publicKey, stored->created, configuredKeyFile());
    if (keyFile.isEmpty())
        return backupError("backup-failed", Tr::tr("The key could not be encrypted for the backup."));

    std::unique_ptr<archive, ArchiveWriteFree> writer(archive_write_new());
    archive_write_set_format_pax_restricted(writer.get());
    archive_write_set_bytes_in_last_block(writer.get(), 1); // no padding to 10 KiB
    QByteArray buffer(64 * 1024, '\0');
    size_t used = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool built =
        archive_write_open_memory(writer.get(), buffer.data(), size_t(buffer.size()), &used) == ARCHIVE_OK
        && addEntry(writer.get(), kManifestName, manifestJson(info), now)
        && addEntry(writer.get(), kKeyEntryName, keyFile, now)
        && archive_write_close(writer.get()) == ARCHIVE_OK;
    if (!built)
        return backupError("backup-failed", Tr::tr("Cannot build the backup archive: %1")
                                                .arg(QString::fromUtf8(archive_error_string(writer.get()))));
    buffer.truncate(qsizetype(used));
    if (const auto failure = writePrivateFile(path, buffer))
        return backupError("backup-failed", Tr::tr("Cannot write %1: %2.").arg(path, *failure));
    qCInfo(lcIdentity) << "exported node identity" << info.nodeId << "to" << path;
    return info;
}

Result<IdentityInfo> readBackupManifest(const QString &path)
{
    Result<BackupContent> content = readBackupFile(path);
    if (!content)
        return content.error();
    return content->manifest;
}

Result<IdentityInfo> importBackup(Secrets &secrets, const QString &path, const QByteArray &passphrase,
                                  const ImportOptions &options)
{
    const QString keyFile =
        options.keyFile.isEmpty() ? QString() : QFileInfo(options.keyFile).absoluteFilePath();
    if (!keyFile.isEmpty() && weak(options.keyFilePassphrase))
        return weakPassphrase();
    Result<BackupContent> content = readBackupFile(path);
    if (!content)
        return content.error();
    Result<KeyFileContent> opened = openKeyFile(content->keyFile, passphrase);
    if (!opened) {
        if (opened.error().code == QLatin1String("wrong-passphrase"))
            return Error {QStringLiteral("wrong-passphrase"),
                          Tr::tr("The passphrase of the backup %1 is wrong.").arg(path)};
        if (opened.error().code == QLatin1String("key-mismatch"))
            return backupError("backup-key-mismatch", opened.error().message);
        return backupDamaged(opened.error().message);
    }
    StoredIdentity identity {std::move(opened).value().keys, content->manifest.created};
    const QString nodeId = content->manifest.nodeId;
    auto wipeAndFail = [&identity](Error error) -> Result<IdentityInfo> {
        Crypto::wipe(identity.keys.secretKey);
        return error;
    };

    // What this computer has now decides whether the import may go ahead.
    const Result<IdentityInfo> existing = loadInfo(secrets);
    if (existing) {
        const bool sameStorage = existing->keyFile == keyFile;
        if (existing->nodeId == nodeId && sameStorage) {
            Crypto::wipe(identity.keys.secretKey);
            return existing; // nothing to do: this identity is already here, where it was asked for
        }
        if (existing->nodeId != nodeId && !options.replace)
            return wipeAndFail(
                {QStringLiteral("identity-exists"),
                 Tr::tr("This computer already has the node identity %1 (%2); the backup holds %3. Import "
                        "with --replace to give up %1 and its balance for %3.")
                     .arg(existing->nodeId, storageDescription(existing.value()), nodeId)});
    } else {
        const QString code = existing.error().code;
        const bool noneToLose = code == QLatin1String("no-identity")
                                || code == QLatin1String("identity-damaged")
                                || (code == QLatin1String("no-keyring") && !keyFile.isEmpty());
        if (!noneToLose)
            return wipeAndFail(existing.error());
    }
    if (!keyFile.isEmpty() && QFileInfo::exists(keyFile) && !options.replace
        && !(existing && existing->keyFile == keyFile))
        return wipeAndFail(
            {QStringLiteral("key-file-exists"),
             Tr::tr("%1 already exists; import with --replace to overwrite it.").arg(keyFile)});

    Result<IdentityInfo> stored = storeIdentity(secrets, identity, keyFile, options.keyFilePassphrase,
                                                Crypto::interactivePassphraseCost());
    Crypto::wipe(identity.keys.secretKey);
    if (stored)
        qCInfo(lcIdentity) << "imported node identity" << nodeId << "from" << path;
    return stored;
}

} // namespace Cloudy::Identity
