// SPDX-License-Identifier: GPL-3.0-or-later
// core/identity without a keyring (the session bus points nowhere): the passphrase key file (round trip,
// wrong passphrase, damaged and forged files), creating and loading an identity kept in a key file, and
// identity backups — round trip, refusals, and hostile archives built here with libarchive, each refused
// with its code and nothing written.
#include "TestEnv.h"
#include "identity/NodeIdentity.h"
#include "ledger/Receipt.h"
#include "platform/Crypto.h"
#include "platform/Paths.h"
#include "platform/Secrets.h"
#include "platform/Settings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Cloudy;
using namespace Cloudy::Identity;

namespace {

const QByteArray kPassphrase("correct horse battery");
const QByteArray kBackupPassphrase("backup staple 2026");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A key file whose checksum is recomputed after a change, as a forger would.
QByteArray rechecksummed(QByteArray data)
{
    data.truncate(kKeyFileBytes - 32);
    return data + Crypto::blake2b256(data);
}

QDateTime someTime()
{
    return QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC);
}

struct TarEntry
{
    TarEntry(QByteArray name, QByteArray content = {}, mode_t type = AE_IFREG, QByteArray linkTarget = {})
        : name(std::move(name))
        , content(std::move(content))
        , type(type)
        , linkTarget(std::move(linkTarget))
    { }
    QByteArray name;
    QByteArray content;
    mode_t type;
    QByteArray linkTarget; // symlink or hard link target
};

QByteArray buildTar(const QList<TarEntry> &entries)
{
    archive *writer = archive_write_new();
    archive_write_set_format_pax_restricted(writer);
    QByteArray buffer(4 * 1024 * 1024, '\0');
    size_t used = 0;
    archive_write_open_memory(writer, buffer.data(), size_t(buffer.size()), &used);
    for (const TarEntry &item : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.name.constData());
        archive_entry_set_perm(entry, 0600);
        if (item.type == AE_IFLNK) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, item.linkTarget.constData());
        } else if (!item.linkTarget.isEmpty()) {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, item.linkTarget.constData());
        } else {
            archive_entry_set_filetype(entry, item.type);
            if (item.type == AE_IFREG)
                archive_entry_set_size(entry, item.content.size());
            if (item.type == AE_IFCHR)
                archive_entry_set_rdev(entry, makedev(1, 3));
        }
        archive_write_header(writer, entry);
        if (!item.content.isEmpty() && item.type == AE_IFREG && item.linkTarget.isEmpty())
            archive_write_data(writer, item.content.constData(), size_t(item.content.size()));
        archive_write_finish_entry(writer);
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    buffer.truncate(qsizetype(used));
    return buffer;
}

QByteArray manifestFor(const QByteArray &publicKey, const QString &nodeId = {})
{
    const QJsonObject object {
        {QStringLiteral("format"), QStringLiteral("cloudy-node-identity-backup")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("nodeId"), nodeId.isEmpty() ? Ledger::nodeIdOf(publicKey) : nodeId},
        {QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64())},
        {QStringLiteral("created"), someTime().toString(Qt::ISODateWithMs)}};
    return QJsonDocument(object).toJson();
}

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Secrets m_secrets {QStringLiteral("eu.clommunity.CloudyDesktop.tests"), nullptr};

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    // Nothing of an identity is on this computer: no key file in the data dir, no setting.
    void verifyNothingWritten(const QString &extraPath = {})
    {
        QVERIFY(configuredKeyFile().isEmpty());
        QVERIFY(!QFileInfo::exists(defaultKeyFilePath()));
        if (!extraPath.isEmpty())
            QVERIFY2(!QFileInfo::exists(extraPath), qPrintable(extraPath));
    }

    // A backup built by hand from a seed, as exportBackup writes it.
    struct HandBackup
    {
        QByteArray publicKey;
        QByteArray manifest;
        QByteArray key;
    };
    HandBackup handBackup()
    {
        const QByteArray seed = Crypto::randomBytes(Crypto::kSeedBytes);
        HandBackup backup;
        backup.publicKey = Crypto::signingKeyPairFromSeed(seed).publicKey;
        backup.manifest = manifestFor(backup.publicKey);
        backup.key = encodeKeyFile(seed, someTime(), kBackupPassphrase);
        return backup;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // No keyring: libsecret finds no session bus. Every path under the temporary directory.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path(QStringLiteral("no-bus"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
        QVERIFY(Paths::dataDir().startsWith(m_dir.path()));
        QVERIFY(Paths::settingsFile().startsWith(m_dir.path()));
        QVERIFY(QDir().mkpath(path(QStringLiteral("kept")))); // what a reinstall (init()) keeps
    }

    void init()
    {
        QDir(path(QStringLiteral("data"))).removeRecursively();
        QFile::remove(Paths::settingsFile());
        QDir(path(QStringLiteral("out"))).removeRecursively();
        QDir().mkpath(path(QStringLiteral("out")));
    }

    // ---- The key file format ----------------------------------------------------------------------

    void keyFileRoundTrip()
    {
        const Crypto::SigningKeyPair pair = Crypto::generateSigningKeyPair();
        const QByteArray seed = Crypto::seedOf(pair.secretKey);
        const QByteArray file = encodeKeyFile(seed, someTime(), kPassphrase);
        QCOMPARE(file.size(), kKeyFileBytes);
        QVERIFY(file.startsWith("CLKF\x01\x01"));
        QVERIFY(!file.contains(seed));

        const Result<KeyFileHeader> header = readKeyFileHeader(file);
        QVERIFY2(header, qPrintable(header.error().message));
        QCOMPARE(header->publicKey, pair.publicKey);
        QCOMPARE(header->created, someTime());
        QCOMPARE(header->cost.opsLimit, Crypto::interactivePassphraseCost().opsLimit);
        QCOMPARE(header->cost.memLimitBytes, Crypto::interactivePassphraseCost().memLimitBytes);

        const Result<KeyFileContent> opened = openKeyFile(file, kPassphrase);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(opened->keys.publicKey, pair.publicKey);
        QCOMPARE(opened->keys.secretKey, pair.secretKey);
        QCOMPARE(opened->created, someTime());

        // Two encodings of the same seed differ (fresh salt and nonce).
        QVERIFY(encodeKeyFile(seed, someTime(), kPassphrase) != file);
    }

    void keyFileWrongPassphrase()
    {
        const QByteArray file =
            encodeKeyFile(Crypto::randomBytes(Crypto::kSeedBytes), someTime(), kPassphrase);
        const Result<KeyFileContent> opened = openKeyFile(file, "correct horse batterY");
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("wrong-passphrase"));
        QVERIFY(!openKeyFile(file, {}));
    }

    void keyFileDamaged_data()
    {
        QTest::addColumn<int>("change"); // < 0: truncate by -change bytes; else flip this byte
        QTest::newRow("truncated by one") << -1;
        QTest::newRow("truncated to half") << -93;
        QTest::newRow("magic") << 0;
        QTest::newRow("version") << 4;
        QTest::newRow("opslimit") << 9;
        QTest::newRow("salt") << 20;
        QTest::newRow("nonce") << 40;
        QTest::newRow("public key") << 60;
        QTest::newRow("created") << 95;
        QTest::newRow("sealed seed") << 120;
        QTest::newRow("checksum") << 185;
    }

    void keyFileDamaged()
    {
        QFETCH(int, change);
        QByteArray file = encodeKeyFile(Crypto::randomBytes(Crypto::kSeedBytes), someTime(), kPassphrase);
        if (change < 0)
            file.chop(-change);
        else
            file[change] = char(file[change] ^ 0x20);
        QCOMPARE(readKeyFileHeader(file).error().code, QStringLiteral("damaged"));
        const Result<KeyFileContent> opened = openKeyFile(file, kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("damaged"));
    }

    void keyFileForged()
    {
        const QByteArray file =
            encodeKeyFile(Crypto::randomBytes(Crypto::kSeedBytes), someTime(), kPassphrase);
        // Another public key in the clear header, checksum recomputed: the sealed seed gives it away.
        QByteArray otherKey = file;
        otherKey.replace(58, 32, Crypto::generateSigningKeyPair().publicKey);
        QCOMPARE(openKeyFile(rechecksummed(otherKey), kPassphrase).error().code,
                 QStringLiteral("key-mismatch"));
        // A cost that would make the reader allocate 64 GiB is refused before any work.
        QByteArray greedy = file;
        greedy.replace(10, 8, QByteArray::fromHex("0000001000000000"));
        QCOMPARE(openKeyFile(rechecksummed(greedy), kPassphrase).error().code, QStringLiteral("damaged"));
        // Encoding refuses such costs too.
        QVERIFY(
            encodeKeyFile(Crypto::randomBytes(32), someTime(), kPassphrase, {2, quint64(1) << 36}).isEmpty());
    }

    // ---- An identity in a key file ----------------------------------------------------------------

    void noKeyringMeansNoIdentityAndNoFile()
    {
        const Result<IdentityInfo> info = loadInfo(m_secrets);
        QVERIFY(!info);
        QCOMPARE(info.error().code, QStringLiteral("no-keyring"));
        const Result<IdentityInfo> created = ensureIdentity(m_secrets);
        QVERIFY(!created);
        QCOMPARE(created.error().code, QStringLiteral("no-keyring"));
        QVERIFY2(created.error().message.contains(QLatin1String("--key-file")),
                 qPrintable(created.error().message));
        verifyNothingWritten();
        QVERIFY(!QDir(Paths::dataDir()).exists() || QDir(Paths::dataDir()).isEmpty());
    }

    void createAndLoadKeyFile()
    {
        QCOMPARE(createInKeyFile(m_secrets, defaultKeyFilePath(), "short").error().code,
                 QStringLiteral("weak-passphrase"));
        verifyNothingWritten();

        const Result<IdentityInfo> created = createInKeyFile(m_secrets, defaultKeyFilePath(), kPassphrase);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->storage, KeyStorage::PassphraseFile);
        QCOMPARE(created->keyFile, defaultKeyFilePath());
        QCOMPARE(configuredKeyFile(), defaultKeyFilePath());
        QCOMPARE(created->nodeId, Ledger::nodeIdOf(created->publicKey));
        QCOMPARE(QFileInfo(defaultKeyFilePath()).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);
        QCOMPARE(readAll(defaultKeyFilePath()).size(), kKeyFileBytes);

        // The public part without the passphrase.
        const Result<IdentityInfo> info = loadInfo(m_secrets);
        QVERIFY2(info, qPrintable(info.error().message));
        QCOMPARE(info->nodeId, created->nodeId);
        QCOMPARE(info->created, created->created);
        QCOMPARE(info->storage, KeyStorage::PassphraseFile);
        const Result<IdentityInfo> ensured = ensureIdentity(m_secrets);
        QVERIFY(ensured);
        QCOMPARE(ensured->nodeId, created->nodeId);

        // The secret needs the passphrase.
        QCOMPARE(loadSigningKey(m_secrets).error().code, QStringLiteral("passphrase-needed"));
        QCOMPARE(loadSigningKey(m_secrets, "not the passphrase").error().code,
                 QStringLiteral("wrong-passphrase"));
        const Result<Crypto::SigningKeyPair> keys = loadSigningKey(m_secrets, kPassphrase);
        QVERIFY2(keys, qPrintable(keys.error().message));
        QCOMPARE(keys->publicKey, created->publicKey);
        const QByteArray signature = Crypto::signDetached("a receipt", keys->secretKey);
        QVERIFY(Crypto::verifyDetached("a receipt", signature, created->publicKey));

        // A second identity is refused, and the file is never overwritten.
        const Result<IdentityInfo> again =
            createInKeyFile(m_secrets, path(QStringLiteral("out/other.key")), kPassphrase);
        QCOMPARE(again.error().code, QStringLiteral("identity-exists"));
        QVERIFY(again.error().message.contains(created->nodeId));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out/other.key"))));
    }

    void keyFileTakenIsNotOverwritten()
    {
        writeAll(path(QStringLiteral("out/taken.key")), "something else");
        QCOMPARE(createInKeyFile(m_secrets, path(QStringLiteral("out/taken.key")), kPassphrase).error().code,
                 QStringLiteral("key-file-exists"));
        QCOMPARE(readAll(path(QStringLiteral("out/taken.key"))), QByteArray("something else"));
        QVERIFY(configuredKeyFile().isEmpty());
    }

    void damagedKeyFileOnDisk_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("truncated") << -10;
        QTest::newRow("flipped byte") << 100;
        QTest::newRow("emptied") << -int(kKeyFileBytes);
    }

    void damagedKeyFileOnDisk()
    {
        QFETCH(int, change);
        QVERIFY(createInKeyFile(m_secrets, defaultKeyFilePath(), kPassphrase));
        QByteArray bytes = readAll(defaultKeyFilePath());
        if (change < 0)
            bytes.chop(-change);
        else
            bytes[change] = char(bytes[change] ^ 1);
        writeAll(defaultKeyFilePath(), bytes);
        QCOMPARE(loadInfo(m_secrets).error().code, QStringLiteral("identity-damaged"));
        QCOMPARE(loadSigningKey(m_secrets).error().code, QStringLiteral("identity-damaged"));
        const Result<Crypto::SigningKeyPair> keys = loadSigningKey(m_secrets, kPassphrase);
        QCOMPARE(keys.error().code, QStringLiteral("identity-damaged"));
        QVERIFY(keys.error().message.contains(defaultKeyFilePath()));
    }

    void missingKeyFileIsNotReplaced()
    {
        QVERIFY(createInKeyFile(m_secrets, defaultKeyFilePath(), kPassphrase));
        QVERIFY(QFile::remove(defaultKeyFilePath()));
        QCOMPARE(loadInfo(m_secrets).error().code, QStringLiteral("no-identity"));
        QCOMPARE(ensureIdentity(m_secrets).error().code, QStringLiteral("no-identity"));
        QVERIFY(!QFileInfo::exists(defaultKeyFilePath()));
    }

    // ---- Backups ----------------------------------------------------------------------------------

    void backupRoundTrip()
    {
        const Result<IdentityInfo> original = createInKeyFile(m_secrets, defaultKeyFilePath(), kPassphrase);
        QVERIFY(original);
        const QString backup = path(QStringLiteral("kept/identity.cloudy-backup"));

        QCOMPARE(exportBackup(m_secrets, backup, "short", kPassphrase).error().code,
                 QStringLiteral("weak-passphrase"));
        QCOMPARE(exportBackup(m_secrets, backup, kBackupPassphrase).error().code,
                 QStringLiteral("passphrase-needed"));
        QVERIFY(!QFileInfo::exists(backup));
        const Result<IdentityInfo> exported = exportBackup(m_secrets, backup, kBackupPassphrase, kPassphrase);
        QVERIFY2(exported, qPrintable(exported.error().message));
        QCOMPARE(exported->nodeId, original->nodeId);
        QCOMPARE(QFileInfo(backup).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(exportBackup(m_secrets, backup, kBackupPassphrase, kPassphrase).error().code,
                 QStringLiteral("backup-exists"));

        const Result<IdentityInfo> manifest = readBackupManifest(backup);
        QVERIFY2(manifest, qPrintable(manifest.error().message));
        QCOMPARE(manifest->nodeId, original->nodeId);
        QCOMPARE(manifest->publicKey, original->publicKey);
        QCOMPARE(manifest->created, original->created);

        // A reinstall: nothing left on this computer.
        init();
        verifyNothingWritten();
        const QString restored = path(QStringLiteral("out/restored.key"));
        ImportOptions options;
        options.keyFile = restored;
        options.keyFilePassphrase = "new file passphrase";
        const Result<IdentityInfo> wrong = importBackup(m_secrets, backup, kPassphrase, options);
        QCOMPARE(wrong.error().code, QStringLiteral("wrong-passphrase"));
        verifyNothingWritten(restored);
        // Into the keyring, which is not there: refused, nothing written.
        QCOMPARE(importBackup(m_secrets, backup, kBackupPassphrase).error().code,
                 QStringLiteral("no-keyring"));
        verifyNothingWritten(restored);

        const Result<IdentityInfo> imported = importBackup(m_secrets, backup, kBackupPassphrase, options);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->nodeId, original->nodeId);
        QCOMPARE(imported->created, original->created);
        QCOMPARE(configuredKeyFile(), restored);
        const Result<Crypto::SigningKeyPair> keys = loadSigningKey(m_secrets, options.keyFilePassphrase);
        QVERIFY2(keys, qPrintable(keys.error().message));
        QCOMPARE(keys->publicKey, original->publicKey);

        // The same backup again changes nothing.
        const Result<IdentityInfo> again = importBackup(m_secrets, backup, kBackupPassphrase, options);
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(again->nodeId, original->nodeId);
    }

    void importRefusesToReplaceAnotherIdentity()
    {
        const QString backup = path(QStringLiteral("kept/first.cloudy-backup"));
        const Result<IdentityInfo> first = createInKeyFile(m_secrets, defaultKeyFilePath(), kPassphrase);
        QVERIFY(first);
        QVERIFY(exportBackup(m_secrets, backup, kBackupPassphrase, kPassphrase));
        init();
        const Result<IdentityInfo> second = createInKeyFile(m_secrets, defaultKeyFilePath(), kPassphrase);
        QVERIFY(second);
        const QByteArray secondFile = readAll(defaultKeyFilePath());

        ImportOptions options;
        options.keyFile = defaultKeyFilePath();
        options.keyFilePassphrase = kPassphrase;
        const Result<IdentityInfo> refused = importBackup(m_secrets, backup, kBackupPassphrase, options);
        QCOMPARE(refused.error().code, QStringLiteral("identity-exists"));
        QVERIFY(refused.error().message.contains(first->nodeId));
        QVERIFY(refused.error().message.contains(second->nodeId));
        QCOMPARE(readAll(defaultKeyFilePath()), secondFile);
        QCOMPARE(loadInfo(m_secrets)->nodeId, second->nodeId);

        options.replace = true;
        const Result<IdentityInfo> replaced = importBackup(m_secrets, backup, kBackupPassphrase, options);
        QVERIFY2(replaced, qPrintable(replaced.error().message));
        QCOMPARE(replaced->nodeId, first->nodeId);
        QCOMPARE(loadInfo(m_secrets)->nodeId, first->nodeId);
    }

    void handBuiltBackupImports()
    {
        // The control for the hostile cases below: the archive they start from is accepted.
        const HandBackup hand = handBackup();
        const QString backup = path(QStringLiteral("out/hand.tar"));
        writeAll(backup, buildTar({{"manifest.json", hand.manifest}, {"identity.key", hand.key}}));
        ImportOptions options {false, path(QStringLiteral("out/hand.key")), kPassphrase};
        const Result<IdentityInfo> imported = importBackup(m_secrets, backup, kBackupPassphrase, options);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->publicKey, hand.publicKey);
    }

    void hostileBackup_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("code");
        const HandBackup hand = handBackup();
        const HandBackup other = handBackup();
        const TarEntry manifest {"manifest.json", hand.manifest};
        const TarEntry key {"identity.key", hand.key};

        QTest::newRow("extra entry") << buildTar({manifest, key, {"notes.txt", "hello"}})
                                     << "backup-unexpected-entry";
        QTest::newRow("unknown name")
            << buildTar({manifest, {"other.key", hand.key}}) << "backup-unexpected-entry";
        QTest::newRow("manifest twice") << buildTar({manifest, manifest}) << "backup-unexpected-entry";
        QTest::newRow("symlink") << buildTar({manifest, {"identity.key", {}, AE_IFLNK, "/etc/shadow"}})
                                 << "backup-not-regular";
        QTest::newRow("hard link") << buildTar({manifest, {"identity.key", {}, AE_IFREG, "manifest.json"}})
                                   << "backup-not-regular";
        QTest::newRow("device") << buildTar({manifest, {"identity.key", {}, AE_IFCHR}})
                                << "backup-not-regular";
        QTest::newRow("directory") << buildTar({{"manifest.json", {}, AE_IFDIR}, key})
                                   << "backup-not-regular";
        QTest::newRow("oversized manifest")
            << buildTar({{"manifest.json", hand.manifest + QByteArray(100 * 1024, ' ')}, key})
            << "backup-too-large";
        QTest::newRow("oversized key")
            << buildTar({manifest, {"identity.key", QByteArray(8 * 1024, 'k')}}) << "backup-too-large";
        QTest::newRow("oversized archive")
            << buildTar({manifest, key, {"padding", QByteArray(2 * 1024 * 1024, 'p')}}) << "backup-too-large";
        QTest::newRow("parent path") << buildTar({manifest, {"../identity.key", hand.key}})
                                     << "backup-unsafe-path";
        QTest::newRow("nested parent path")
            << buildTar({{"a/../../manifest.json", hand.manifest}, key}) << "backup-unsafe-path";
        QTest::newRow("absolute path")
            << buildTar({{"/manifest.json", hand.manifest}, key}) << "backup-unsafe-path";
        QTest::newRow("wrong public key")
            << buildTar({{"manifest.json", other.manifest}, key}) << "backup-key-mismatch";
        QTest::newRow("node id of another key") << buildTar(
            {{"manifest.json", manifestFor(hand.publicKey, Ledger::nodeIdOf(other.publicKey))}, key})
                                                << "backup-key-mismatch";
        QByteArray forged = hand.key;
        forged.replace(58, 32, other.publicKey);
        QTest::newRow("key file showing another public key")
            << buildTar({{"manifest.json", other.manifest}, {"identity.key", rechecksummed(forged)}})
            << "backup-key-mismatch";
        QByteArray flipped = hand.key;
        flipped[120] = char(flipped[120] ^ 1);
        QTest::newRow("damaged key") << buildTar({manifest, {"identity.key", flipped}}) << "backup-damaged";
        QTest::newRow("missing key") << buildTar({manifest}) << "backup-damaged";
        QTest::newRow("manifest not json") << buildTar({{"manifest.json", "{nope"}, key}) << "backup-damaged";
        QTest::newRow("not an archive") << Crypto::randomBytes(3000) << "backup-damaged";
        QTest::newRow("empty file") << QByteArray() << "backup-damaged";
        QByteArray cut = buildTar({manifest, key});
        cut.truncate(700);
        QTest::newRow("truncated archive") << cut << "backup-damaged";
    }

    void hostileBackup()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, code);
        const QString backup = path(QStringLiteral("out/hostile.tar"));
        writeAll(backup, archive);
        const QString target = path(QStringLiteral("out/hostile.key"));
        const Result<IdentityInfo> imported =
            importBackup(m_secrets, backup, kBackupPassphrase, ImportOptions {true, target, kPassphrase});
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, code);
        QVERIFY(!imported.error().message.isEmpty());
        verifyNothingWritten(target);
        QCOMPARE(QDir(path(QStringLiteral("out"))).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList {QStringLiteral("hostile.tar")});
    }
};

CLOUDY_TEST_MAIN(TestIdentity)
#include "tst_identity.moc"
