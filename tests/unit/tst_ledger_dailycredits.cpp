// SPDX-License-Identifier: GPL-3.0-or-later
// Credits per local day and resource for the Rewards page's chart, with worked numbers under the default
// policy (1000 millicredits a core-hour, 250 a memory GiB-hour, 5 a disk GiB-hour), and credits as text.
#include "ledger/CreditsText.h"
#include "ledger/DailyCredits.h"

#include <QTest>

using namespace Cloudy::Ledger;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
const QTimeZone kPlusOne(3600); // a fixed UTC+1 zone: local midnight is 23:00 UTC the day before

qint64 localMs(QDate day, QTime time, const QTimeZone &zone = kPlusOne)
{
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

// A receipt of `hours` at `cores` busy cores on a host of `hostVcpus`, with memory and disk in GiB.
Receipt receipt(qint64 fromMs, qint64 periodMs, quint64 cores, quint64 memoryGiB, quint64 diskGiB,
                quint32 hostVcpus = 8)
{
    Receipt r;
    r.fromMs = fromMs;
    r.toMs = fromMs + periodMs;
    r.vcpus = quint32(cores);
    r.hostVcpus = hostVcpus;
    r.coreMs = cores * quint64(periodMs);
    r.memoryMiBSeconds = memoryGiB * 1024 * quint64(periodMs / 1000);
    r.diskMiBSeconds = diskGiB * 1024 * quint64(periodMs / 1000);
    r.uptimeMs = quint64(periodMs);
    return r;
}

ResourceCredits credits(qint64 cpu, qint64 memory, qint64 disk, qint64 bonus = 0)
{
    return ResourceCredits {cpu, memory, disk, bonus};
}

} // namespace

namespace QTest {
template<> char *toString(const ResourceCredits &c)
{
    return qstrdup(QByteArray("cpu=" + QByteArray::number(c.cpu) + " memory=" + QByteArray::number(c.memory)
                              + " disk=" + QByteArray::number(c.disk)
                              + " bonus=" + QByteArray::number(c.effortBonus))
                       .constData());
}
} // namespace QTest

class TestLedgerDailyCredits final : public QObject
{
    Q_OBJECT

private slots:
    void oneHourInsideADay()
    {
        // 2 cores, 2 GiB and 10 GiB for one hour at 10:00 local: 2 core-hours = 2000, 2 GiB-hours of memory
        // = 500, 10 GiB-hours of disk = 50 (the protocol's worked example, 2550 in all).
        const QDate day(2026, 1, 2);
        const QList<Receipt> receipts {receipt(localMs(day, QTime(10, 0)), kHourMs, 2, 2, 10)};
        const QList<DayCredits> days =
            dailyCredits(receipts, RewardPolicy(), day.addDays(-1), day.addDays(1), kPlusOne);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.at(0).day, day.addDays(-1));
        QCOMPARE(days.at(0).credits, credits(0, 0, 0));
        QCOMPARE(days.at(1).day, day);
        QCOMPARE(days.at(1).credits, credits(2000, 500, 50));
        QCOMPARE(days.at(1).credits.total(), 2550);
        QCOMPARE(days.at(1).totals.receipts, quint64(1));
        QCOMPARE(days.at(1).totals.coreMs, quint64(7200000));
        QCOMPARE(days.at(2).credits, credits(0, 0, 0));
    }

    void localDaysFollowTheZone()
    {
        // 23:30 UTC on the 1st is 00:30 on the 2nd at UTC+1: the receipt belongs to the 2nd there.
        const QDate day(2026, 1, 2);
        const qint64 from = QDateTime(QDate(2026, 1, 1), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        const QList<Receipt> receipts {receipt(from, kHourMs / 2, 2, 0, 0)};
        const auto plusOne = dailyCredits(receipts, RewardPolicy(), QDate(2026, 1, 1), day, kPlusOne);
        QCOMPARE(plusOne.at(0).credits.cpu, 0);
        QCOMPARE(plusOne.at(1).credits.cpu, 1000);
        const auto utc = dailyCredits(receipts, RewardPolicy(), QDate(2026, 1, 1), day, QTimeZone::utc());
        QCOMPARE(utc.at(0).credits.cpu, 1000);
        QCOMPARE(utc.at(1).credits.cpu, 0);
    }

    void receiptAcrossMidnightIsSplit()
    {
        // 23:30 to 00:30 local, 1 core, 1 GiB memory, 3 GiB disk. Each side gets half: 500 for the CPU, 125
        // for memory and 7 for disk (7.5 rounded down per day: the two days show 14 where the hour as a
        // whole earns 15).
        const QDate day(2026, 1, 2);
        const QList<Receipt> receipts {receipt(localMs(day, QTime(23, 30)), kHourMs, 1, 1, 3)};
        const auto days = dailyCredits(receipts, RewardPolicy(), day, day.addDays(1), kPlusOne);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).credits, credits(500, 125, 7));
        QCOMPARE(days.at(1).credits, credits(500, 125, 7));
        QCOMPARE(days.at(0).totals.coreMs + days.at(1).totals.coreMs, quint64(kHourMs));
        QCOMPARE(days.at(0).totals.receipts, quint64(1)); // counted on the day it starts
        QCOMPARE(days.at(1).totals.receipts, quint64(0));

        // 23:45 to 00:45: a quarter before midnight, three quarters after.
        const QList<Receipt> late {receipt(localMs(day, QTime(23, 45)), kHourMs, 1, 0, 0)};
        const auto lateDays = dailyCredits(late, RewardPolicy(), day, day.addDays(1), kPlusOne);
        QCOMPARE(lateDays.at(0).credits.cpu, 250);
        QCOMPARE(lateDays.at(1).credits.cpu, 750);
    }

    void splitPartsAddUpExactly()
    {
        // 1000 core-ms over 3 s, midnight after 1 s: 333 before (rounded down), the remaining 667 after.
        const QDate day(2026, 1, 2);
        Receipt r;
        r.fromMs = localMs(day.addDays(1), QTime(0, 0)) - 1000;
        r.toMs = r.fromMs + 3000;
        r.hostVcpus = 1;
        r.coreMs = 1000;
        r.memoryMiBSeconds = 10;
        const auto days = dailyCredits({r}, RewardPolicy(), day, day.addDays(1), kPlusOne);
        QCOMPARE(days.at(0).totals.coreMs, quint64(333));
        QCOMPARE(days.at(1).totals.coreMs, quint64(667));
        QCOMPARE(days.at(0).totals.memoryMiBSeconds, quint64(3));
        QCOMPARE(days.at(1).totals.memoryMiBSeconds, quint64(7));
        QCOMPARE(days.at(0).totals.capacityCoreMs + days.at(1).totals.capacityCoreMs, quint64(3000));
    }

    void severalReceiptsAddUp()
    {
        // Two hours on the same day: 1 core then 3 cores = 4 core-hours = 4000.
        const QDate day(2026, 1, 2);
        const QList<Receipt> receipts {receipt(localMs(day, QTime(8, 0)), kHourMs, 1, 0, 0),
                                       receipt(localMs(day, QTime(9, 0)), kHourMs, 3, 4, 0)};
        const auto days = dailyCredits(receipts, RewardPolicy(), day, day, kPlusOne);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).credits, credits(4000, 1000, 0));
        QCOMPARE(days.at(0).totals.receipts, quint64(2));
    }

    void rangeClipsReceipts()
    {
        // Only the part inside the range counts; receipts wholly outside it, and empty ones, not at all.
        const QDate day(2026, 1, 2);
        const QList<Receipt> receipts {
            receipt(localMs(day, QTime(0, 0)) - kHourMs / 2, kHourMs, 2, 0, 0), // half inside
            receipt(localMs(day, QTime(0, 0)) - 2 * kHourMs, kHourMs, 2, 0, 0), // the day before
            receipt(localMs(day.addDays(1), QTime(0, 0)), kHourMs, 2, 0, 0), // the day after
            receipt(localMs(day, QTime(12, 0)), 0, 0, 0, 0), // empty period
        };
        const auto days = dailyCredits(receipts, RewardPolicy(), day, day, kPlusOne);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).credits.cpu, 1000);
        QCOMPARE(days.at(0).totals.receipts, quint64(0)); // the one inside started the day before

        QVERIFY(dailyCredits(receipts, RewardPolicy(), day, day.addDays(-1), kPlusOne).isEmpty());
    }

    void policyRatesAndEffortBonus()
    {
        // Other rates: 2000 a core-hour, 100 a memory GiB-hour, 0 for disk.
        RewardPolicy policy;
        policy.millicreditsPerCoreHour = 2000;
        policy.millicreditsPerMemoryGiBHour = 100;
        policy.millicreditsPerDiskGiBHour = 0;
        const QDate day(2026, 1, 2);
        const QList<Receipt> full {receipt(localMs(day, QTime(10, 0)), kHourMs, 2, 2, 10, 2)};
        QCOMPARE(dailyCredits(full, policy, day, day, kPlusOne).at(0).credits, credits(4000, 200, 0));

        // The default rates with a 50 % effort weight: both cores of a 2-core host for an hour is a share of
        // 1000 permille, so the 2550 of base credits earn half again: a bonus of 1275 (3825 in all).
        RewardPolicy weighted;
        weighted.effortWeightPercent = 50;
        const auto days = dailyCredits(full, weighted, day, day, kPlusOne);
        QCOMPARE(days.at(0).credits, credits(2000, 500, 50, 1275));
        QCOMPARE(days.at(0).credits.total(), 3825);
    }

    void daylightSavingDays()
    {
        const QTimeZone madrid("Europe/Madrid");
        if (!madrid.isValid())
            QSKIP("no time zone data for Europe/Madrid");
        // 29 March 2026 has 23 hours in Madrid: a receipt from its midnight to the next (23 h, 1 core) is
        // all on that day, 23 core-hours.
        const QDate day(2026, 3, 29);
        const qint64 from = localMs(day, QTime(0, 0), madrid);
        const qint64 to = localMs(day.addDays(1), QTime(0, 0), madrid);
        QCOMPARE(to - from, 23 * kHourMs);
        const QList<Receipt> receipts {receipt(from, to - from, 1, 0, 0)};
        const auto days = dailyCredits(receipts, RewardPolicy(), day.addDays(-1), day.addDays(1), madrid);
        QCOMPARE(days.at(0).credits.cpu, 0);
        QCOMPARE(days.at(1).credits.cpu, 23000);
        QCOMPARE(days.at(2).credits.cpu, 0);
    }

    void bucketsForAYear()
    {
        // 365 days to 26 November 2026, one core-hour at noon every day: by month that is 13 bars, the
        // first (27–30 November 2025) and the last (1–26 November 2026) cut at the range's ends.
        const QDate last(2026, 11, 26);
        const QDate first = last.addDays(-364);
        QCOMPARE(first, QDate(2025, 11, 27));
        QList<Receipt> receipts;
        for (QDate d = first; d <= last; d = d.addDays(1))
            receipts.append(receipt(localMs(d, QTime(12, 0)), kHourMs, 1, 0, 0));
        const auto days = dailyCredits(receipts, RewardPolicy(), first, last, kPlusOne);
        QCOMPARE(days.size(), 365);
        QCOMPARE(bucketSizeFor(365), BucketSize::Month);
        const auto months = bucketCredits(days, BucketSize::Month);
        QCOMPARE(months.size(), 13);
        QCOMPARE(months.first().first, first);
        QCOMPARE(months.first().last, QDate(2025, 11, 30));
        QCOMPARE(months.first().credits.cpu, 4000);
        QCOMPARE(months.at(1).first, QDate(2025, 12, 1));
        QCOMPARE(months.at(1).last, QDate(2025, 12, 31));
        QCOMPARE(months.at(1).credits.cpu, 31000);
        QCOMPARE(months.at(3).credits.cpu, 28000); // February 2026
        QCOMPARE(months.last().first, QDate(2026, 11, 1));
        QCOMPARE(months.last().last, last);
        QCOMPARE(months.last().credits.cpu, 26000);
        qint64 sum = 0;
        for (const CreditBucket &bucket : months)
            sum += bucket.credits.cpu;
        QCOMPARE(sum, 365000);

        // By ISO week: 27 November 2025 is a Thursday, so the first week has 4 days (Thu–Sun).
        const auto weeks = bucketCredits(days, BucketSize::Week);
        QCOMPARE(weeks.first().last, QDate(2025, 11, 30));
        QCOMPARE(weeks.first().credits.cpu, 4000);
        QCOMPARE(weeks.at(1).first, QDate(2025, 12, 1));
        QCOMPARE(weeks.at(1).first.dayOfWeek(), 1);
        QCOMPARE(weeks.at(1).credits.cpu, 7000);
        QCOMPARE(weeks.size(), 53);

        const auto byDay = bucketCredits(days, BucketSize::Day);
        QCOMPARE(byDay.size(), 365);
        QCOMPARE(bucketSizeFor(7), BucketSize::Day);
        QCOMPARE(bucketSizeFor(30), BucketSize::Day);
        QCOMPARE(bucketSizeFor(90), BucketSize::Week);
        QVERIFY(bucketCredits({}, BucketSize::Month).isEmpty());
    }

    void creditsAsText_data()
    {
        QTest::addColumn<qint64>("millicredits");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("whole") << qint64(12000) << QStringLiteral("12") << QStringLiteral("12");
        QTest::newRow("two decimals") << qint64(2550) << QStringLiteral("2.55") << QStringLiteral("2,55");
        QTest::newRow("one millicredit") << qint64(1) << QStringLiteral("0.001") << QStringLiteral("0,001");
        QTest::newRow("grouped") << qint64(1234500) << QStringLiteral("1,234.5") << QStringLiteral("1.234,5");
        QTest::newRow("negative") << qint64(-1500) << QStringLiteral("-1.5") << QStringLiteral("-1,5");
        QTest::newRow("large") << qint64(9007199254740991) << QStringLiteral("9,007,199,254,740.991")
                               << QStringLiteral("9.007.199.254.740,991");
    }

    void creditsAsText()
    {
        QFETCH(qint64, millicredits);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(creditsText(millicredits, QLocale(QLocale::English, QLocale::UnitedStates)), english);
        QCOMPARE(creditsText(millicredits, QLocale(QLocale::German, QLocale::Germany)), german);
    }

    void creditsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millicredits"); // -1: refused
        QTest::newRow("whole") << QStringLiteral("12") << qint64(12000);
        QTest::newRow("point") << QStringLiteral("2.55") << qint64(2550);
        QTest::newRow("comma") << QStringLiteral("1,25") << qint64(1250);
        QTest::newRow("no whole part") << QStringLiteral(".5") << qint64(500);
        QTest::newRow("one millicredit") << QStringLiteral("0.001") << qint64(1);
        QTest::newRow("spaces") << QStringLiteral(" 3 ") << qint64(3000);
        QTest::newRow("largest") << QStringLiteral("9007199254740.991") << qint64(9007199254740991);
        QTest::newRow("too large") << QStringLiteral("9007199254740.992") << qint64(-1);
        QTest::newRow("far too large") << QStringLiteral("99999999999999999999") << qint64(-1);
        QTest::newRow("four decimals") << QStringLiteral("0.0001") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1") << qint64(-1);
        QTest::newRow("plus") << QStringLiteral("+1") << qint64(-1);
        QTest::newRow("grouped") << QStringLiteral("1,234.5") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("point only") << QStringLiteral(".") << qint64(-1);
        QTest::newRow("trailing point") << QStringLiteral("3.") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("ten") << qint64(-1);
    }

    void creditsTyped()
    {
        QFETCH(QString, text);
        QFETCH(qint64, millicredits);
        const std::optional<quint64> parsed = parseCredits(text);
        if (millicredits < 0) {
            QVERIFY2(!parsed, qPrintable(text));
            return;
        }
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(qint64(*parsed), millicredits);
    }
};

QTEST_GUILESS_MAIN(TestLedgerDailyCredits)
#include "tst_ledger_dailycredits.moc"
