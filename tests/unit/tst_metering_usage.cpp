// SPDX-License-Identifier: GPL-3.0-or-later
// usageBetween(): what two readings of the contribution node say was donated (pure arithmetic), and how a
// delta is split across the UTC hours it spans when the store adds it up.
#include "TestEnv.h"
#include "metering/Usage.h"
#include "metering/UsageStore.h"

#include <QTemporaryDir>

using namespace Cloudy::Metering;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
constexpr quint64 kMiB = 1024; // in KiB
constexpr quint64 kGiBBytes = 1ULL << 30;

UsageReading reading(qint64 atMs, bool running, quint64 cpuNs, quint64 memoryKiB = 1024 * kMiB,
                     quint64 diskBytes = 0)
{
    UsageReading r;
    r.at = t0.addMSecs(atMs);
    r.domain = QStringLiteral("cloudy-node");
    r.running = running;
    r.cpuTimeNs = cpuNs;
    r.vcpus = 2;
    r.memoryKiB = memoryKiB;
    r.diskAllocationBytes = diskBytes;
    r.diskCapacityBytes = diskBytes * 2;
    return r;
}

} // namespace

class TestMeteringUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageBetween_data()
    {
        QTest::addColumn<UsageReading>("before");
        QTest::addColumn<UsageReading>("after");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("runningSeconds");
        QTest::addColumn<double>("coreSeconds");
        QTest::addColumn<double>("memoryGiBSeconds");
        QTest::addColumn<double>("diskGiBHours");
        QTest::addColumn<bool>("counterReset");

        // 10 s, 1.5 cores busy, 1 GiB, 2 GiB of disk.
        QTest::newRow("steady") << reading(0, true, 1'000'000'000, 1024 * kMiB, 2 * kGiBBytes)
                                << reading(10'000, true, 16'000'000'000, 1024 * kMiB, 2 * kGiBBytes) << 10.0
                                << 10.0 << 15.0 << 10.0 << 2.0 * 10 / 3600 << false;
        // Memory is the mean of both ends (balloon grew from 512 MiB to 1 GiB).
        QTest::newRow("balloon grows")
            << reading(0, true, 0, 512 * kMiB) << reading(4'000, true, 0, 1024 * kMiB) << 4.0 << 4.0 << 0.0
            << 0.75 * 4 << 0.0 << false;
        // The guest restarted: the counter went down, the later counter counts from 0.
        QTest::newRow("counter reset")
            << reading(0, true, 50'000'000'000) << reading(5'000, true, 2'000'000'000) << 5.0 << 5.0 << 2.0
            << 5.0 << 0.0 << true;
        // Paused at both ends: no running time, no memory time; the counter does not move.
        QTest::newRow("paused") << reading(0, false, 7'000'000'000, 1024 * kMiB, kGiBBytes)
                                << reading(360'000, false, 7'000'000'000, 1024 * kMiB, kGiBBytes) << 360.0
                                << 0.0 << 0.0 << 0.0 << 0.1 << false;
        // Paused in between: half the interval, the running end's memory.
        QTest::newRow("paused after")
            << reading(0, true, 0, 2048 * kMiB) << reading(10'000, false, 3'000'000'000, 0) << 10.0 << 5.0
            << 3.0 << 10.0 << 0.0 << false;
        // Off: the counter reads 0 (a reset to nothing), nothing donated.
        QTest::newRow("shut off") << reading(0, true, 9'000'000'000) << reading(2'000, false, 0, 0) << 2.0
                                  << 1.0 << 0.0 << 1.0 << 0.0 << true;
        // A gap longer than maxGapSeconds (the computer slept): CPU from the counters only.
        QTest::newRow("gap") << reading(0, true, 1'000'000'000, 1024 * kMiB, kGiBBytes)
                             << reading(601'000, true, 4'000'000'000, 1024 * kMiB, kGiBBytes) << 601.0 << 0.0
                             << 3.0 << 0.0 << 0.0 << false;
        QTest::newRow("gap edge") << reading(0, true, 0) << reading(600'000, true, 0) << 600.0 << 600.0 << 0.0
                                  << 600.0 << 0.0 << false;
        // The clock went backwards: nothing at all (never negative, never counted twice).
        QTest::newRow("clock backwards")
            << reading(10'000, true, 1'000'000'000) << reading(0, true, 9'000'000'000) << 0.0 << 0.0 << 0.0
            << 0.0 << 0.0 << false;
        QTest::newRow("same time") << reading(0, true, 1'000'000'000) << reading(0, true, 2'000'000'000)
                                   << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << false;
        QTest::newRow("milliseconds") << reading(0, true, 0) << reading(1'500, true, 750'000'000) << 1.5
                                      << 1.5 << 0.75 << 1.5 << 0.0 << false;
    }

    void usageBetween()
    {
        QFETCH(UsageReading, before);
        QFETCH(UsageReading, after);
        QFETCH(double, seconds);
        QFETCH(double, runningSeconds);
        QFETCH(double, coreSeconds);
        QFETCH(double, memoryGiBSeconds);
        QFETCH(double, diskGiBHours);
        QFETCH(bool, counterReset);

        const UsageDelta delta = Cloudy::Metering::usageBetween(before, after);
        QCOMPARE(delta.secondsExact, seconds);
        QCOMPARE(delta.seconds, qint64(seconds));
        QCOMPARE(delta.runningSeconds, runningSeconds);
        QCOMPARE(delta.coreSeconds, coreSeconds);
        QCOMPARE(delta.memoryGiBSeconds, memoryGiBSeconds);
        QVERIFY2(qAbs(delta.diskGiBHours - diskGiBHours) < 1e-12,
                 qPrintable(QString::number(delta.diskGiBHours)));
        QCOMPARE(delta.counterReset, counterReset);
        QVERIFY(delta.coreSeconds >= 0 && delta.memoryGiBSeconds >= 0 && delta.runningSeconds >= 0);
    }

    void maxGapIsAParameter()
    {
        const UsageDelta strict =
            Cloudy::Metering::usageBetween(reading(0, true, 0), reading(20'000, true, 0), 10);
        QCOMPARE(strict.runningSeconds, 0.0);
        QCOMPARE(strict.memoryGiBSeconds, 0.0);
        const UsageDelta none =
            Cloudy::Metering::usageBetween(reading(0, true, 0), reading(20'000, true, 0), 0);
        QCOMPARE(none.runningSeconds, 20.0); // 0: no gap limit
    }

    void totalsAddUp()
    {
        UsageTotals totals;
        UsageDelta a;
        a.coreSeconds = 1.5;
        a.memoryGiBSeconds = 2;
        a.diskGiBHours = 0.25;
        a.runningSeconds = 10;
        totals += a;
        totals += a;
        QCOMPARE(totals.coreSeconds, 3.0);
        QCOMPARE(totals.memoryGiBSeconds, 4.0);
        QCOMPARE(totals.diskGiBHours, 0.5);
        QCOMPARE(totals.runningSeconds, 20.0);
        QCOMPARE(totals.samples, qint64(2));
        UsageTotals more;
        more += totals;
        more += totals;
        QCOMPARE(more.coreSeconds, 6.0);
        QCOMPARE(more.samples, qint64(4));
    }

    // Through the store: one delta across 10:59:30 → 11:00:30 → 11:01:30 goes half to each hour.
    void hourSplitting()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        UsageStore store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("m.sqlite"))));
        const qint64 minute = 60'000;
        // 10:59:30, one core busy for 60 s up to 11:00:30, then 2 cores for 60 s.
        QVERIFY(store.record(reading(59 * minute + 30'000, true, 0)).ok());
        const auto first = store.record(reading(60 * minute + 30'000, true, 60'000'000'000));
        QVERIFY(first.ok());
        QCOMPARE(first->coreSeconds, 60.0);
        QVERIFY(store.record(reading(61 * minute + 30'000, true, 180'000'000'000)).ok());

        const auto hours = store.hours(t0, t0.addSecs(3 * 3600));
        QVERIFY(hours.ok());
        QCOMPARE(hours->size(), 2);
        QCOMPARE(hours->at(0).hourStart, t0);
        QCOMPARE(hours->at(0).totals.coreSeconds, 30.0);
        QCOMPARE(hours->at(0).totals.runningSeconds, 30.0);
        QCOMPARE(hours->at(0).totals.memoryGiBSeconds, 30.0);
        QCOMPARE(hours->at(0).totals.samples, qint64(1));
        QCOMPARE(hours->at(1).hourStart, t0.addSecs(3600));
        QCOMPARE(hours->at(1).totals.coreSeconds, 150.0);
        QCOMPARE(hours->at(1).totals.runningSeconds, 90.0);
        QCOMPARE(hours->at(1).totals.samples, qint64(2));

        // A long delta over three hours is split by the time in each.
        UsageStore other;
        QVERIFY(!other.open(dir.filePath(QStringLiteral("n.sqlite"))));
        QVERIFY(other.record(reading(30 * minute, true, 0)).ok());
        // 2.5 h later is beyond maxGapSeconds: only CPU (the counters' difference), split 30/60/60 min.
        QVERIFY(other.record(reading(180 * minute, true, 150'000'000'000)).ok());
        const auto split = other.hours(t0, t0.addSecs(4 * 3600));
        QCOMPARE(split->size(), 4); // 10:00 (the first sample), 11:00, 12:00, 13:00
        QCOMPARE(split->at(0).totals.coreSeconds, 30.0);
        QCOMPARE(split->at(1).totals.coreSeconds, 60.0);
        QCOMPARE(split->at(2).totals.coreSeconds, 60.0);
        QCOMPARE(split->at(2).totals.memoryGiBSeconds, 0.0);
        // The reading at 13:00:00 exactly is a sample of the 13:00 hour, which got no time.
        const auto last = other.hours(t0.addSecs(3 * 3600), t0.addSecs(4 * 3600));
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().totals.samples, qint64(1));
        QCOMPARE(last->first().totals.coreSeconds, 0.0);
    }
};

CLOUDY_TEST_MAIN(TestMeteringUsage)
#include "tst_metering_usage.moc"
