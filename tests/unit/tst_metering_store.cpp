// SPDX-License-Identifier: GPL-3.0-or-later
// UsageStore on real SQLite files in a temporary folder: hourly aggregates and prorated totals, persistence
// across reopening, a damaged file moved aside, a newer schema refused, and crash safety: a child process
// (this binary re-executed with --record-loop) records readings until it is SIGKILLed, and the file it leaves
// is consistent (the hours add up to exactly the deltas of the readings that were stored).
#include "TestEnv.h"
#include "metering/Usage.h"
#include "metering/UsageStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>

using namespace Cloudy::Metering;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
const QString node = QStringLiteral("cloudy-node");

UsageReading reading(qint64 atMs, quint64 cpuNs, bool running = true, quint64 memoryKiB = 1024 * 1024,
                     const QString &domain = node)
{
    UsageReading r;
    r.at = t0.addMSecs(atMs);
    r.domain = domain;
    r.running = running;
    r.cpuTimeNs = cpuNs;
    r.vcpus = 1;
    r.memoryKiB = memoryKiB;
    r.diskAllocationBytes = 1ULL << 30;
    r.diskCapacityBytes = 4ULL << 30;
    return r;
}

// The child of crashSafety(): records readings as fast as it can until killed. A counter reset now and then
// and a backwards clock step, so every kind of delta is in the file.
int recordLoop(const QString &path)
{
    UsageStore store;
    if (const auto error = store.open(path)) {
        fprintf(stderr, "open: %s\n", qPrintable(error->message));
        return 2;
    }
    const auto last = store.lastReading(node);
    qint64 atMs = last ? t0.msecsTo(last->at) : 0;
    quint64 cpu = last ? last->cpuTimeNs : 0;
    for (qint64 i = 0;; ++i) {
        atMs += (i % 97 == 96) ? -5000 : 30'000; // 30 s steps: hours fill quickly, no gaps
        cpu = (i % 53 == 52) ? 1'000'000 : cpu + 3'500'000'000ULL;
        const auto recorded = store.record(reading(atMs, cpu, i % 11 != 10));
        if (!recorded) {
            fprintf(stderr, "record: %s\n", qPrintable(recorded.error().message));
            return 3;
        }
        if (i == 20) {
            printf("recording\n");
            fflush(stdout);
        }
    }
}

} // namespace

class TestMeteringStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dbPath(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hoursAndTotals()
    {
        UsageStore store;
        QVERIFY(!store.isOpen());
        QVERIFY(!store.record(reading(0, 0)).ok()); // not open: an error, not a crash
        QVERIFY(!store.open(dbPath(QStringLiteral("series.sqlite"))));
        QVERIFY(store.isOpen());
        QVERIFY(!store.lastReading(node));

        // Every 5 minutes from 10:00 to 12:30: half a core, 1 GiB, 1 GiB of disk.
        const qint64 step = 5 * 60'000;
        for (int i = 0; i <= 30; ++i) {
            const auto delta = store.record(reading(i * step, quint64(i) * 150'000'000'000ULL));
            QVERIFY2(delta.ok(), qPrintable(delta.error().message));
            QCOMPARE(delta->coreSeconds, i == 0 ? 0.0 : 150.0);
        }
        const auto hours = store.hours(t0, t0.addSecs(3 * 3600), node);
        QVERIFY(hours.ok());
        QCOMPARE(hours->size(), 3);
        QCOMPARE(hours->at(0).hourStart, t0);
        QCOMPARE(hours->at(0).domain, node);
        // A delta belongs to the time it covers: 10:55→11:00 is 10:00's, though its reading is a sample of
        // 11:00.
        QCOMPARE(hours->at(0).totals.coreSeconds, 1800.0);
        QCOMPARE(hours->at(0).totals.samples, qint64(12)); // 10:00 … 10:55
        QCOMPARE(hours->at(1).totals.coreSeconds, 1800.0);
        QCOMPARE(hours->at(1).totals.runningSeconds, 3600.0);
        QCOMPARE(hours->at(1).totals.memoryGiBSeconds, 3600.0);
        QCOMPARE(hours->at(1).totals.diskGiBHours, 1.0);
        QCOMPARE(hours->at(1).totals.samples, qint64(12));
        QCOMPARE(hours->at(2).hourStart, t0.addSecs(2 * 3600));
        QCOMPARE(hours->at(2).totals.coreSeconds, 900.0);
        QCOMPARE(hours->at(2).totals.samples, qint64(7)); // 12:00 … 12:30

        auto totals = store.totals(t0, t0.addSecs(3 * 3600));
        QVERIFY(totals.ok());
        QCOMPARE(totals->coreSeconds, 4500.0);
        QCOMPARE(totals->runningSeconds, 9000.0);
        QCOMPARE(totals->memoryGiBSeconds, 9000.0);
        QCOMPARE(totals->diskGiBHours, 2.5);
        QCOMPARE(totals->samples, qint64(31));
        // Partial hours at both ends are prorated: 10:30–11:30 is half of 10:00 and half of 11:00.
        totals = store.totals(t0.addSecs(1800), t0.addSecs(5400));
        QCOMPARE(totals->coreSeconds, 1800.0);
        QCOMPARE(totals->runningSeconds, 3600.0);
        QCOMPARE(totals->samples, qint64(12));
        // 10:00–10:10 (a sixth of an hour) and an empty range.
        QCOMPARE(store.totals(t0, t0.addSecs(600))->coreSeconds, 300.0);
        QCOMPARE(store.totals(t0, t0)->coreSeconds, 0.0);
        // The hour in progress (data up to 12:30) counts whole up to the last reading: "today" read at
        // 12:31 has all of 12:00-12:30, and 12:00-12:15 is half of what that hour holds so far.
        QCOMPARE(store.totals(t0.addSecs(2 * 3600), t0.addSecs(2 * 3600 + 1860))->coreSeconds, 900.0);
        QCOMPARE(store.totals(t0.addSecs(2 * 3600), t0.addSecs(2 * 3600 + 900))->coreSeconds, 450.0);
        // Another domain is separate; an empty domain means all.
        QVERIFY(store.record(reading(0, 0, true, 1024, QStringLiteral("other"))).ok());
        QVERIFY(
            store.record(reading(3'600'000, 3'600'000'000'000ULL, true, 1024, QStringLiteral("other"))).ok());
        QCOMPARE(store.totals(t0, t0.addSecs(3 * 3600), node)->coreSeconds, 4500.0);
        QCOMPARE(store.totals(t0, t0.addSecs(3 * 3600))->coreSeconds, 4500.0 + 3600.0);

        // Readings come back in order.
        const auto readings = store.readings(t0, t0.addSecs(3600), node);
        QCOMPARE(readings->size(), 12);
        QCOMPARE(readings->at(1).at, t0.addMSecs(step));
        QCOMPARE(readings->at(1).cpuTimeNs, 150'000'000'000ULL);
        QCOMPARE(readings->at(1).diskCapacityBytes, 4ULL << 30);
        QCOMPARE(readings->at(1).at.timeSpec(), Qt::UTC);
    }

    void persistsAcrossReopen()
    {
        const QString path = dbPath(QStringLiteral("reopen.sqlite"));
        {
            UsageStore store;
            QVERIFY(!store.open(path));
            QVERIFY(store.record(reading(0, 1'000'000'000)).ok());
            QVERIFY(store.record(reading(10'000, 6'000'000'000)).ok());
        }
        UsageStore store;
        QVERIFY(!store.open(path));
        const auto last = store.lastReading(node);
        QVERIFY(last);
        QCOMPARE(last->at, t0.addSecs(10));
        QCOMPARE(last->cpuTimeNs, 6'000'000'000ULL);
        QVERIFY(last->running);
        // The counters continue where the previous run stopped.
        const auto delta = store.record(reading(20'000, 8'000'000'000));
        QCOMPARE(delta->coreSeconds, 2.0);
        QCOMPARE(store.totals(t0, t0.addSecs(3600))->coreSeconds, 7.0);
        QCOMPARE(store.totals(t0, t0.addSecs(3600))->samples, qint64(3));

        // The file is in WAL mode with the schema version set.
        store.close();
        QVERIFY(!store.isOpen());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void pruneKeepsLastReading()
    {
        UsageStore store;
        QVERIFY(!store.open(dbPath(QStringLiteral("prune.sqlite"))));
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.record(reading(i * 1000, quint64(i) * 1'000'000'000)).ok());
        const auto removed = store.pruneReadings(t0.addSecs(3600));
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), qint64(4));
        QCOMPARE(store.readings(t0, t0.addSecs(3600))->size(), 1);
        QCOMPARE(store.lastReading(node)->cpuTimeNs, 4'000'000'000ULL);
        QCOMPARE(store.totals(t0, t0.addSecs(3600))->coreSeconds, 4.0); // the hours stay
    }

    void damagedFileIsMovedAside()
    {
        const QString path = dbPath(QStringLiteral("damaged.sqlite"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919) % 251));
        garbage.write(bytes);
        garbage.close();

        UsageStore store;
        const auto error = store.open(path);
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("metering-db-damaged"));
        QVERIFY2(error->message.contains(QStringLiteral("is damaged")), qPrintable(error->message));
        QVERIFY2(error->message.contains(path + QStringLiteral(".corrupt")), qPrintable(error->message));
        // Never deleted: the damaged bytes are kept for whoever wants to look.
        QFile aside(path + QStringLiteral(".corrupt"));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), bytes);
        // …and a new database works.
        QVERIFY(store.isOpen());
        QVERIFY(store.record(reading(0, 0)).ok());
        QVERIFY(store.record(reading(1000, 1'000'000'000)).ok());
        QCOMPARE(store.totals(t0, t0.addSecs(3600))->coreSeconds, 1.0);
        store.close();
        QVERIFY(!store.open(path)); // sound now

        // A second damaged file does not overwrite the first one moved aside.
        QVERIFY(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not SQLite at all, just some text that is long enough to be a header......");
        garbage.close();
        const auto again = store.open(path);
        QVERIFY(again);
        QVERIFY(QFile::exists(path + QStringLiteral(".corrupt.1")));
        QCOMPARE(QFileInfo(path + QStringLiteral(".corrupt")).size(), qint64(bytes.size()));
    }

    void newerSchemaIsRefused()
    {
        const QString path = dbPath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        UsageStore store;
        const auto error = store.open(path);
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("metering-db-newer"));
        QVERIFY2(error->message.contains(QStringLiteral("newer version")), qPrintable(error->message));
        QVERIFY(!store.isOpen());
        QVERIFY(QFile::exists(path)); // untouched
        QVERIFY(!QFile::exists(path + QStringLiteral(".corrupt")));
    }

    void twoStoresOneThread()
    {
        // Each store has its own connection name: two open at once do not disturb each other.
        UsageStore a;
        UsageStore b;
        QVERIFY(!a.open(dbPath(QStringLiteral("a.sqlite"))));
        QVERIFY(!b.open(dbPath(QStringLiteral("b.sqlite"))));
        QVERIFY(a.record(reading(0, 0)).ok());
        QVERIFY(a.record(reading(1000, 2'000'000'000)).ok());
        QVERIFY(b.record(reading(0, 0)).ok());
        QCOMPARE(a.totals(t0, t0.addSecs(3600))->coreSeconds, 2.0);
        QCOMPARE(b.totals(t0, t0.addSecs(3600))->coreSeconds, 0.0);
    }

    void crashSafety()
    {
        const QString path = dbPath(QStringLiteral("crash.sqlite"));
        for (int round = 0; round < 3; ++round) {
            QProcess child;
            child.setProgram(QCoreApplication::applicationFilePath());
            child.setArguments({QStringLiteral("--record-loop"), path});
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start();
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(20000), "the child did not start recording");
            QVERIFY(child.readAll().contains("recording"));
            // Let it write for a moment, then kill it in the middle of whatever it is doing.
            QTest::qWait(300 + round * 200);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            UsageStore store;
            const auto error = store.open(path);
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            const auto readings = store.readings(t0.addYears(-1), t0.addYears(1), node);
            QVERIFY(readings.ok());
            QVERIFY(readings->size() > 20);
            // Sum of the deltas between the stored readings, in the order they were recorded (readings()
            // sorts by time, and the loop steps the clock back now and then: replay in insertion order).
            UsageTotals expected;
            std::optional<UsageReading> lastStored;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral(
                    "SELECT at_ms, running, cpu_ns, mem_kib, disk_alloc FROM readings ORDER BY id")));
                std::optional<UsageReading> previous;
                qint64 rows = 0;
                while (query.next()) {
                    UsageReading r = reading(0, 0);
                    r.at = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
                    r.running = query.value(1).toBool();
                    r.cpuTimeNs = quint64(query.value(2).toLongLong());
                    r.memoryKiB = quint64(query.value(3).toLongLong());
                    r.diskAllocationBytes = quint64(query.value(4).toLongLong());
                    if (previous)
                        expected += usageBetween(*previous, r);
                    else
                        ++expected.samples;
                    previous = r;
                    ++rows;
                }
                QCOMPARE(rows, qint64(readings->size()));
                lastStored = previous;
                QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
                QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            const auto hours = store.hours(t0.addYears(-1), t0.addYears(1), node);
            UsageTotals stored;
            for (const HourlyUsage &hour : hours.value())
                stored += hour.totals;
            qInfo("round %d: %lld readings, %lld hours, %.1f core-s", round, qint64(readings->size()),
                  qint64(hours->size()), stored.coreSeconds);
            QCOMPARE(stored.samples, qint64(readings->size()));
            QCOMPARE(stored.samples, expected.samples);
            QVERIFY(qAbs(stored.coreSeconds - expected.coreSeconds) < 1e-6 * expected.coreSeconds + 1e-9);
            QVERIFY(qAbs(stored.memoryGiBSeconds - expected.memoryGiBSeconds)
                    < 1e-6 * expected.memoryGiBSeconds + 1e-9);
            QVERIFY(qAbs(stored.runningSeconds - expected.runningSeconds)
                    < 1e-6 * expected.runningSeconds + 1e-9);
            QVERIFY(qAbs(stored.diskGiBHours - expected.diskGiBHours) < 1e-6 * expected.diskGiBHours + 1e-9);
            // The next run goes on from the last reading that made it to the disk.
            QVERIFY(lastStored);
            QCOMPARE(store.lastReading(node)->cpuTimeNs, lastStored->cpuTimeNs);
            QCOMPARE(store.lastReading(node)->at, lastStored->at);
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--record-loop") == 0)
        return recordLoop(QString::fromLocal8Bit(argv[2]));
    TestMeteringStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return CloudyTest::finish(QTest::qExec(&test, argc, argv));
}
#include "tst_metering_store.moc"
