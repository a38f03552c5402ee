// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metering/Usage.h"

#include <QString>

#include <memory>
#include <optional>

namespace Cloudy::Metering {

// Paths::dataDir() + "/metering.sqlite".
QString defaultUsageDatabasePath();

// Samples and hourly aggregates in SQLite (WAL, synchronous=FULL, one transaction per reading, so a crash
// loses at most the reading being written and never leaves an hour half-counted). The last reading is
// kept so a restarted program continues the counters where they were. Its own QSqlDatabase connection
// (unique name), used from one thread.
class UsageStore
{
public:
    UsageStore();
    ~UsageStore();
    UsageStore(const UsageStore &) = delete;
    UsageStore &operator=(const UsageStore &) = delete;

    // Creates the file and schema when missing; refuses a newer schema version with a clear error.
    std::optional<Error> open(const QString &path = defaultUsageDatabasePath());
    void close();
    bool isOpen() const;

    // Stores the reading and adds its delta (from the previous reading of the same domain, if any) to the
    // hours it spans (split proportionally at hour boundaries). Returns the delta added.
    Result<UsageDelta> record(const UsageReading &reading);
    // The last reading recorded for the domain (to continue after a restart).
    std::optional<UsageReading> lastReading(const QString &domain) const;

    // Totals over [from, to) from the hourly aggregates (partial hours prorated), all domains when empty.
    Result<UsageTotals> totals(const QDateTime &from, const QDateTime &to, const QString &domain = {}) const;
    Result<QList<HourlyUsage>> hours(const QDateTime &from, const QDateTime &to,
                                     const QString &domain = {}) const;
    // The readings in [from, to), oldest first (the live chart's history after a restart).
    Result<QList<UsageReading>> readings(const QDateTime &from, const QDateTime &to,
                                         const QString &domain = {}) const;
    // Removes readings older than `before` (hourly aggregates are kept forever: they are small).
    Result<qint64> pruneReadings(const QDateTime &before);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Cloudy::Metering
