// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Receipt.h"
#include "ledger/RewardPolicy.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

// Credits per local day and per resource, for the Rewards page's chart: pure functions over receipts and the
// reward policy, in integer millicredits like the policy itself.
namespace Cloudy::Ledger {

struct ResourceCredits
{
    qint64 cpu = 0; // millicredits for core-hours
    qint64 memory = 0; // for memory GiB-hours
    qint64 disk = 0; // for disk GiB-hours
    qint64 effortBonus = 0; // what the policy's effort weighting adds on top (0 when its weight is 0)

    qint64 total() const { return cpu + memory + disk + effortBonus; }
    ResourceCredits &operator+=(const ResourceCredits &other);
    friend bool operator==(const ResourceCredits &, const ResourceCredits &) = default;
};

struct DayCredits
{
    QDate day; // a local day in the zone asked for
    ContributionTotals totals; // the receipts' amounts that fell on this day
    ResourceCredits credits;
};

// One entry per day from `first` to `last` (both included, oldest first; empty when last < first). A receipt
// that spans midnight is split in proportion to the time on each side (amounts rounded down cumulatively, so
// the parts add up to the receipt's amounts exactly). Each resource's credits are the policy's base credits
// for that day's amount of it alone; the effort bonus is what the policy adds for the day's totals. Both
// round down per day, so the sum over days may be a few millicredits below the credits of the summed totals.
QList<DayCredits> dailyCredits(const QList<Receipt> &receipts, const RewardPolicy &policy, QDate first,
                               QDate last, const QTimeZone &zone = QTimeZone::systemTimeZone());

enum class BucketSize
{
    Day,
    Week, // ISO weeks, Monday to Sunday
    Month, // calendar months
};

struct CreditBucket
{
    QDate first; // the first day of the bucket that lies in the input (a bucket is cut at the range's ends)
    QDate last;
    ResourceCredits credits;
};

// Groups consecutive days (as dailyCredits returns them) so a long range stays readable: 365 days by month
// give 12 or 13 bars.
QList<CreditBucket> bucketCredits(const QList<DayCredits> &days, BucketSize size);

// The bucket size that keeps a chart of `dayCount` days readable: days up to 31, weeks up to 120, months
// beyond.
BucketSize bucketSizeFor(int dayCount);

} // namespace Cloudy::Ledger
