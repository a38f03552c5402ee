// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyCredits.h"

#include <algorithm>

namespace Cloudy::Ledger {

namespace {

// 128-bit intermediates, as in RewardPolicy: amounts up to 2^64 times periods up to a day never overflow.
__extension__ typedef unsigned __int128 Wide;

// The part of `amount` that falls before `elapsedMs` of a `periodMs` long period, rounded down.
quint64 cumulative(quint64 amount, qint64 elapsedMs, qint64 periodMs)
{
    if (elapsedMs <= 0)
        return 0;
    if (elapsedMs >= periodMs)
        return amount;
    return static_cast<quint64>(Wide(amount) * Wide(quint64(elapsedMs)) / Wide(quint64(periodMs)));
}

quint64 slice(quint64 amount, qint64 fromMs, qint64 toMs, qint64 periodMs)
{
    return cumulative(amount, toMs, periodMs) - cumulative(amount, fromMs, periodMs);
}

qint64 startOfDayMs(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

ResourceCredits creditsOf(const ContributionTotals &totals, const RewardPolicy &policy)
{
    ContributionTotals cpu;
    cpu.coreMs = totals.coreMs;
    ContributionTotals memory;
    memory.memoryMiBSeconds = totals.memoryMiBSeconds;
    ContributionTotals disk;
    disk.diskMiBSeconds = totals.diskMiBSeconds;

    ResourceCredits credits;
    credits.cpu = policy.baseMillicredits(cpu);
    credits.memory = policy.baseMillicredits(memory);
    credits.disk = policy.baseMillicredits(disk);
    // baseMillicredits() is the sum of the same three rounded parts, so this is exactly the weighting's
    // share.
    credits.effortBonus = policy.earnedMillicredits(totals) - (credits.cpu + credits.memory + credits.disk);
    return credits;
}

} // namespace

ResourceCredits &ResourceCredits::operator+=(const ResourceCredits &other)
{
    cpu += other.cpu;
    memory += other.memory;
    disk += other.disk;
    effortBonus += other.effortBonus;
    return *this;
}

QList<DayCredits> dailyCredits(const QList<Receipt> &receipts, const RewardPolicy &policy, QDate first,
                               QDate last, const QTimeZone &zone)
{
    QList<DayCredits> days;
    if (!first.isValid() || !last.isValid() || last < first)
        return days;
    const qint64 count = first.daysTo(last) + 1;
    days.reserve(count);
    // boundaries[i] is the start of day i; boundaries[count] the end of the last day. Days are 23 to 25
    // hours long across daylight-saving changes, which is why they come from the zone and not from 86400 s.
    QList<qint64> boundaries;
    boundaries.reserve(count + 1);
    for (qint64 i = 0; i <= count; ++i) {
        boundaries.append(startOfDayMs(first.addDays(i), zone));
        if (i < count)
            days.append(DayCredits {first.addDays(i), {}, {}});
    }

    for (const Receipt &receipt : receipts) {
        const qint64 period = receipt.periodMs();
        if (period <= 0 || receipt.toMs <= boundaries.first() || receipt.fromMs >= boundaries.last())
            continue;
        // The first day the receipt touches, then every following day until it ends.
        const auto firstAfter = std::upper_bound(boundaries.cbegin(), boundaries.cend(), receipt.fromMs);
        qsizetype index = std::max<qsizetype>(0, (firstAfter - boundaries.cbegin()) - 1);
        const quint64 capacity = quint64(receipt.hostVcpus) * quint64(period);
        for (; index < count && boundaries.at(index) < receipt.toMs; ++index) {
            const qint64 from = std::max(receipt.fromMs, boundaries.at(index)) - receipt.fromMs;
            const qint64 to = std::min(receipt.toMs, boundaries.at(index + 1)) - receipt.fromMs;
            if (to <= from)
                continue;
            ContributionTotals &totals = days[index].totals;
            totals.coreMs += slice(receipt.coreMs, from, to, period);
            totals.memoryMiBSeconds += slice(receipt.memoryMiBSeconds, from, to, period);
            totals.diskMiBSeconds += slice(receipt.diskMiBSeconds, from, to, period);
            totals.uptimeMs += slice(receipt.uptimeMs, from, to, period);
            totals.capacityCoreMs += slice(capacity, from, to, period);
            if (from == 0)
                ++totals.receipts; // counted on the day it starts
        }
    }

    for (DayCredits &day : days)
        day.credits = creditsOf(day.totals, policy);
    return days;
}

QList<CreditBucket> bucketCredits(const QList<DayCredits> &days, BucketSize size)
{
    const auto keyOf = [size](QDate day) -> qint64 {
        switch (size) {
        case BucketSize::Day:
            return day.toJulianDay();
        case BucketSize::Week:
            return day.addDays(1 - day.dayOfWeek()).toJulianDay(); // the Monday of its week
        case BucketSize::Month:
            return qint64(day.year()) * 12 + day.month();
        }
        return 0;
    };
    QList<CreditBucket> buckets;
    qint64 currentKey = 0;
    for (const DayCredits &day : days) {
        const qint64 key = keyOf(day.day);
        if (buckets.isEmpty() || key != currentKey) {
            buckets.append(CreditBucket {day.day, day.day, {}});
            currentKey = key;
        }
        buckets.last().last = day.day;
        buckets.last().credits += day.credits;
    }
    return buckets;
}

BucketSize bucketSizeFor(int dayCount)
{
    if (dayCount <= 31)
        return BucketSize::Day;
    if (dayCount <= 120)
        return BucketSize::Week;
    return BucketSize::Month;
}

} // namespace Cloudy::Ledger
