// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnv.h"
#include "ledger/DatabaseSpec.h"

using namespace Cloudy::Ledger;

class TestDatabaseSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlite()
    {
        const auto spec = parseDatabaseSpec(QStringLiteral("sqlite:/var/lib/cloudy/ledger.sqlite"));
        QVERIFY(spec.ok());
        QCOMPARE(spec->kind, DatabaseSpec::Kind::Sqlite);
        QCOMPARE(spec->path, QStringLiteral("/var/lib/cloudy/ledger.sqlite"));
        QCOMPARE(spec->driverName(), QStringLiteral("QSQLITE"));
    }

    void postgresql()
    {
        const auto spec =
            parseDatabaseSpec(QStringLiteral("postgresql://cloudy:s3cret@127.0.0.1:5433/ledger"));
        QVERIFY(spec.ok());
        QCOMPARE(spec->kind, DatabaseSpec::Kind::Postgresql);
        QCOMPARE(spec->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(spec->port, 5433);
        QCOMPARE(spec->user, QStringLiteral("cloudy"));
        QCOMPARE(spec->password, QStringLiteral("s3cret"));
        QCOMPARE(spec->database, QStringLiteral("ledger"));
        QCOMPARE(spec->driverName(), QStringLiteral("QPSQL"));
        // Logs show where the ledger is, never the password.
        QVERIFY(!spec->displayName().contains(QLatin1String("s3cret")));
    }

    void postgresqlDefaultPort()
    {
        const auto spec = parseDatabaseSpec(QStringLiteral("postgres://cloudy@db.example/ledger"));
        QVERIFY(spec.ok());
        QCOMPARE(spec->port, 5432);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("sqlite without path") << QStringLiteral("sqlite:");
        QTest::newRow("unknown kind") << QStringLiteral("mysql://root@localhost/ledger");
        QTest::newRow("postgres without database") << QStringLiteral("postgresql://cloudy@localhost");
        QTest::newRow("postgres without host") << QStringLiteral("postgresql:///ledger");
        QTest::newRow("plain path") << QStringLiteral("/tmp/ledger.sqlite");
    }
    void rejects()
    {
        QFETCH(QString, text);
        const auto spec = parseDatabaseSpec(text);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, QStringLiteral("database-spec"));
        QVERIFY(spec.error().message.contains(QLatin1String("sqlite:PATH")));
    }
};

CLOUDY_TEST_MAIN(TestDatabaseSpec)
#include "tst_databasespec.moc"
