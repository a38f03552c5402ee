// SPDX-License-Identifier: GPL-3.0-or-later
// The node identity against a real gnome-keyring in the harness's D-Bus session: ensureIdentity creates a
// key pair in the keyring and loadSigningKey gives it back; `cloudyctl identity` show/create/export, the
// entry removed from the keyring, import restores the same node id. Without a keyring (the session bus
// points nowhere) `cloudyctl identity create` fails with the clear message and writes no file, and the
// explicit key-file alternative works end to end.
#include "TestEnv.h"
#include "identity/NodeIdentity.h"
#include "ledger/Receipt.h"
#include "platform/BuildInfo.h"
#include "platform/Paths.h"
#include "platform/Secrets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Cloudy;
using namespace Cloudy::Identity;
using CloudyTest::programPath;

namespace {

using Run = CloudyTest::ProcessResult;

} // namespace

class TestIdentityKeyring : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QProcessEnvironment environment(const QString &home, bool keyring) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(home + QLatin1String("/data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(home + QLatin1String("/config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(home + QLatin1String("/cache")));
        if (!keyring)
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QLatin1String("unix:path=") + path(QStringLiteral("no-such-bus")));
        return environment;
    }

    // Runs cloudyctl with stdin (not a terminal) holding the given lines.
    Run ctl(const QStringList &arguments, const QProcessEnvironment &environment,
            const QByteArray &input = {})
    {
        Run run;
        if (!CloudyTest::runProgram(programPath(QStringLiteral("cloudyctl")), arguments, &run, environment,
                                    60000, input))
            run.exitCode = -1;
        return run;
    }

    static QString describe(const Run &run)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(run.exitCode)
            .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
    }

    static QJsonObject json(const Run &run) { return QJsonDocument::fromJson(run.out).object(); }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        const QDir root(dir);
        if (!root.exists())
            return files;
        for (const QFileInfo &info :
             root.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::Dirs)) {
            if (info.isDir())
                files += filesUnder(info.filePath());
            else
                files += info.filePath();
        }
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // This process's own settings and data (the library test) live in the temporary directory too.
        qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("self/data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("self/config"))));
        QVERIFY(Paths::dataDir().startsWith(m_dir.path()));
    }

    void libraryKeyringRoundTrip()
    {
        CLOUDY_REQUIRE_SERVICE("keyring");
        Secrets secrets(QStringLiteral("eu.clommunity.CloudyDesktop.tests.identity"), nullptr);
        secrets.removeNow(QString::fromLatin1(kKeyringEntry)); // a crashed earlier run
        QCOMPARE(loadInfo(secrets).error().code, QStringLiteral("no-identity"));

        const Result<IdentityInfo> created = ensureIdentity(secrets);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->storage, KeyStorage::Keyring);
        QCOMPARE(created->nodeId, Ledger::nodeIdOf(created->publicKey));
        QVERIFY(configuredKeyFile().isEmpty());
        QVERIFY(filesUnder(Paths::dataDir()).isEmpty()); // nothing on disk

        const Result<Crypto::SigningKeyPair> keys = loadSigningKey(secrets);
        QVERIFY2(keys, qPrintable(keys.error().message));
        QCOMPARE(keys->publicKey, created->publicKey);
        const QByteArray signature = Crypto::signDetached("receipt bytes", keys->secretKey);
        QVERIFY(Crypto::verifyDetached("receipt bytes", signature, created->publicKey));
        QCOMPARE(ensureIdentity(secrets)->nodeId, created->nodeId); // loads, does not create another

        // Backup, lose the keyring entry, restore.
        const QString backup = path(QStringLiteral("library.cloudy-backup"));
        const Result<IdentityInfo> exported = exportBackup(secrets, backup, "backup passphrase");
        QVERIFY2(exported, qPrintable(exported.error().message));
        QVERIFY(secrets.removeNow(QString::fromLatin1(kKeyringEntry)).ok());
        QCOMPARE(loadInfo(secrets).error().code, QStringLiteral("no-identity"));
        QCOMPARE(importBackup(secrets, backup, "wrong passphrase!").error().code,
                 QStringLiteral("wrong-passphrase"));
        QCOMPARE(loadInfo(secrets).error().code, QStringLiteral("no-identity"));
        const Result<IdentityInfo> imported = importBackup(secrets, backup, "backup passphrase");
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->nodeId, created->nodeId);
        QCOMPARE(imported->storage, KeyStorage::Keyring);
        const Result<Crypto::SigningKeyPair> restored = loadSigningKey(secrets);
        QVERIFY(restored);
        QCOMPARE(restored->secretKey, keys->secretKey);

        // A different identity in the keyring is not replaced without being asked.
        QVERIFY(secrets.removeNow(QString::fromLatin1(kKeyringEntry)).ok());
        const Result<IdentityInfo> other = ensureIdentity(secrets);
        QVERIFY(other);
        const Result<IdentityInfo> refused = importBackup(secrets, backup, "backup passphrase");
        QCOMPARE(refused.error().code, QStringLiteral("identity-exists"));
        QVERIFY(refused.error().message.contains(other->nodeId));
        QVERIFY(refused.error().message.contains(created->nodeId));
        QCOMPARE(loadInfo(secrets)->nodeId, other->nodeId);
        ImportOptions replace;
        replace.replace = true;
        QCOMPARE(importBackup(secrets, backup, "backup passphrase", replace)->nodeId, created->nodeId);
        QCOMPARE(loadInfo(secrets)->nodeId, created->nodeId);

        QVERIFY(secrets.removeNow(QString::fromLatin1(kKeyringEntry)).ok());
    }

    void cliKeyringRoundTrip()
    {
        CLOUDY_REQUIRE_SERVICE("keyring");
        // cloudyctl uses the application's own keyring service; this keyring is the harness's private one.
        Secrets secrets(BuildInfo::applicationId(), nullptr);
        secrets.removeNow(QString::fromLatin1(kKeyringEntry));
        const QProcessEnvironment env = environment(QStringLiteral("cli"), true);

        Run run = ctl({QStringLiteral("identity"), QStringLiteral("show")}, env);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(run.err.contains("cloudyctl identity create"), qPrintable(describe(run)));

        run = ctl({QStringLiteral("identity"), QStringLiteral("create")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = ctl({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QString nodeId = json(run).value(QStringLiteral("nodeId")).toString();
        QCOMPARE(nodeId.size(), 64);
        QCOMPARE(json(run).value(QStringLiteral("storage")).toString(), QStringLiteral("keyring"));
        QVERIFY(filesUnder(path(QStringLiteral("cli/data"))).isEmpty());
        // The keyring holds what cloudyctl shows.
        QCOMPARE(loadSigningKey(secrets).ok(), true);

        const QString backup = path(QStringLiteral("cli.cloudy-backup"));
        run = ctl({QStringLiteral("identity"), QStringLiteral("export"), backup}, env, "short\n");
        QVERIFY2(run.exitCode == 1 && !QFileInfo::exists(backup), qPrintable(describe(run)));
        run = ctl({QStringLiteral("identity"), QStringLiteral("export"), backup}, env,
                  "cli backup passphrase\n");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(QFileInfo::exists(backup));

        QVERIFY(secrets.removeNow(QString::fromLatin1(kKeyringEntry)).ok());
        run = ctl({QStringLiteral("identity"), QStringLiteral("show")}, env);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));

        run =
            ctl({QStringLiteral("identity"), QStringLiteral("import"), backup}, env, "not the passphrase\n");
        QVERIFY2(run.exitCode == 1 && run.err.contains("wrong"), qPrintable(describe(run)));
        run = ctl({QStringLiteral("identity"), QStringLiteral("import"), backup}, env,
                  "cli backup passphrase\n");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = ctl({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(json(run).value(QStringLiteral("nodeId")).toString(), nodeId);

        QVERIFY(secrets.removeNow(QString::fromLatin1(kKeyringEntry)).ok());
    }

    void cliWithoutKeyring()
    {
        const QProcessEnvironment env = environment(QStringLiteral("nokeyring"), false);
        const QString dataDir = path(QStringLiteral("nokeyring/data"));

        Run run = ctl({QStringLiteral("identity"), QStringLiteral("create")}, env, "a passphrase\n");
        QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
        QVERIFY2(run.err.contains("keyring") && run.err.contains("--key-file")
                     && run.err.contains("plain file"),
                 qPrintable(describe(run)));
        QVERIFY2(filesUnder(dataDir).isEmpty(), qPrintable(filesUnder(dataDir).join(QLatin1Char(' '))));
        QVERIFY(filesUnder(path(QStringLiteral("nokeyring/config"))).isEmpty());

        run = ctl({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QCOMPARE(json(run).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("no-keyring"));

        // The explicit alternative: a key file protected by a passphrase.
        const QString keyFile = dataDir + QLatin1String("/cloudy-desktop/node-identity.key");
        run =
            ctl({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("--key-file"), keyFile},
                env, "key file passphrase\n");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(QFileInfo(keyFile).size(), kKeyFileBytes);
        QFile written(keyFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("CLKF"));
        run = ctl({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QString nodeId = json(run).value(QStringLiteral("nodeId")).toString();
        QCOMPARE(json(run).value(QStringLiteral("storage")).toString(), QStringLiteral("key-file"));
        QCOMPARE(json(run).value(QStringLiteral("keyFile")).toString(), keyFile);

        // Export asks for the key file's passphrase, then the backup's.
        const QString backup = path(QStringLiteral("nokeyring.cloudy-backup"));
        run = ctl({QStringLiteral("identity"), QStringLiteral("export"), backup}, env,
                  "wrong passphrase\nbackup pass\n");
        QVERIFY2(run.exitCode == 1 && run.err.contains("wrong"), qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(backup));
        run = ctl({QStringLiteral("identity"), QStringLiteral("export"), backup}, env,
                  "key file passphrase\nbackup pass\n");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

        // A fresh install elsewhere restores it into another key file.
        const QProcessEnvironment fresh = environment(QStringLiteral("fresh"), false);
        const QString restored = path(QStringLiteral("fresh/restored.key"));
        run = ctl({QStringLiteral("identity"), QStringLiteral("import"), backup}, fresh, "backup pass\n");
        QVERIFY2(run.exitCode == 1 && run.err.contains("--key-file"), qPrintable(describe(run)));
        run = ctl({QStringLiteral("identity"), QStringLiteral("import"), backup, QStringLiteral("--key-file"),
                   restored},
                  fresh, "backup pass\nrestored passphrase\n");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = ctl({QStringLiteral("identity"), QStringLiteral("show"), QStringLiteral("--json")}, fresh);
        QCOMPARE(json(run).value(QStringLiteral("nodeId")).toString(), nodeId);
        QCOMPARE(json(run).value(QStringLiteral("keyFile")).toString(), restored);
    }
};

CLOUDY_TEST_MAIN(TestIdentityKeyring)
#include "tst_identity_keyring.moc"
