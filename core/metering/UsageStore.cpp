// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageStore.h"

#include "MeteringLog.h"
#include "platform/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Cloudy::Metering {

namespace {

// The schema this code writes (PRAGMA user_version). Older files are migrated, newer ones refused.
constexpr int kSchemaVersion = 1;
constexpr qint64 kHourMs = 3600 * 1000;

qint64 hourStartOf(qint64 ms)
{
    // Floor division: UTC hours start at multiples of 3600 s since the epoch (no leap seconds in Unix time).
    qint64 start = ms - (ms % kHourMs);
    if (ms % kHourMs < 0)
        start -= kHourMs;
    return start;
}

QString sqlMessage(const QSqlError &error)
{
    return error.text().trimmed();
}

Error storeError(const QString &what, const QSqlError &error)
{
    return Error {QStringLiteral("metering-db"),
                  QObject::tr("The metering database could not %1: %2").arg(what, sqlMessage(error))};
}

// An error of SQLite that says the file is not a database or is damaged (SQLITE_NOTADB 26, SQLITE_CORRUPT
// 11).
bool isDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("26") || code == QLatin1String("11"))
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("malformed"), Qt::CaseInsensitive);
}

UsageReading readingFrom(const QSqlQuery &query)
{
    UsageReading reading;
    reading.domain = query.value(0).toString();
    reading.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    reading.running = query.value(2).toLongLong() != 0;
    reading.cpuTimeNs = quint64(query.value(3).toLongLong());
    reading.vcpus = query.value(4).toInt();
    reading.memoryKiB = quint64(query.value(5).toLongLong());
    reading.diskAllocationBytes = quint64(query.value(6).toLongLong());
    reading.diskCapacityBytes = quint64(query.value(7).toLongLong());
    return reading;
}

const QString readingColumns =
    QStringLiteral("domain, at_ms, running, cpu_ns, vcpus, mem_kib, disk_alloc, disk_cap");

} // namespace

QString defaultUsageDatabasePath()
{
    return Paths::dataDir() + QStringLiteral("/metering.sqlite");
}

struct UsageStore::Private
{
    QString connectionName;
    QString path;
    bool open = false;
    // The last reading per domain, so record() does not ask SQLite each time.
    QHash<QString, UsageReading> last;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    void closeConnection()
    {
        if (connectionName.isEmpty())
            return;
        {
            QSqlDatabase database = QSqlDatabase::database(connectionName, false);
            if (database.isOpen())
                database.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
        open = false;
        last.clear();
    }

    // Opens the file and checks it is a sound SQLite database. Returns the SQLite error if not.
    std::optional<QSqlError> openConnection()
    {
        connectionName =
            QStringLiteral("cloudy-metering-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        if (!database.open())
            return database.lastError();
        QSqlQuery query(database);
        // Wait rather than fail when another process (cloudyctl reading totals) holds a lock briefly.
        if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
            return query.lastError();
        // The first real read: fails with "file is not a database" on garbage.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return query.lastError();
        if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return query.lastError();
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return query.lastError();
        if (query.next() && query.value(0).toString() != QLatin1String("ok"))
            return QSqlError(QStringLiteral("quick_check"), query.value(0).toString(),
                             QSqlError::StatementError, QStringLiteral("11"));
        return std::nullopt;
    }

    // Moves a damaged file (and its WAL and shared-memory files) aside; never deletes it.
    QString moveAside()
    {
        QString target = path + QStringLiteral(".corrupt");
        for (int n = 1; QFileInfo::exists(target); ++n)
            target = path + QStringLiteral(".corrupt.%1").arg(n);
        QFile::rename(path, target);
        for (const QString &suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            if (QFileInfo::exists(path + suffix))
                QFile::rename(path + suffix, target + suffix);
        return target;
    }

    std::optional<Error> createSchema()
    {
        QSqlDatabase database = db();
        QSqlQuery query(database);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return storeError(QObject::tr("be read"), query.lastError());
        const int version = query.value(0).toInt();
        query.finish();
        if (version > kSchemaVersion)
            return Error {QStringLiteral("metering-db-newer"),
                          QObject::tr("The metering database %1 was written by a newer version of Cloudy "
                                      "(schema %2, this version knows %3). Update Cloudy Desktop to use it.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(version)
                              .arg(kSchemaVersion)};
        if (version == kSchemaVersion)
            return std::nullopt;
        if (!database.transaction())
            return storeError(QObject::tr("start a transaction"), database.lastError());
        const QStringList statements {
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS readings ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT, domain TEXT NOT NULL, at_ms INTEGER NOT NULL, "
                "running INTEGER NOT NULL, cpu_ns INTEGER NOT NULL, vcpus INTEGER NOT NULL, "
                "mem_kib INTEGER NOT NULL, disk_alloc INTEGER NOT NULL, disk_cap INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS readings_domain_at ON readings(domain, at_ms)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS hours ("
                "domain TEXT NOT NULL, hour_start_ms INTEGER NOT NULL, core_s REAL NOT NULL DEFAULT 0, "
                "mem_gib_s REAL NOT NULL DEFAULT 0, disk_gib_h REAL NOT NULL DEFAULT 0, "
                "running_s REAL NOT NULL DEFAULT 0, samples INTEGER NOT NULL DEFAULT 0, "
                "PRIMARY KEY(domain, hour_start_ms))"),
            QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
        };
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                database.rollback();
                return storeError(QObject::tr("create its tables"), error);
            }
        }
        if (!database.commit())
            return storeError(QObject::tr("create its tables"), database.lastError());
        return std::nullopt;
    }

    std::optional<UsageReading> queryLast(const QString &domain) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT %1 FROM readings WHERE domain = ? ORDER BY id DESC LIMIT 1")
                          .arg(readingColumns));
        query.addBindValue(domain);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return readingFrom(query);
    }
};

UsageStore::UsageStore()
    : d(std::make_unique<Private>())
{ }

UsageStore::~UsageStore()
{
    close();
}

std::optional<Error> UsageStore::open(const QString &path)
{
    close();
    d->path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {QStringLiteral("metering-db"),
                      QObject::tr("Could not create the folder %1 for the metering database.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()))};

    std::optional<Error> damaged;
    if (const auto failure = d->openConnection()) {
        if (!isDamage(*failure)) {
            d->closeConnection();
            return storeError(QObject::tr("be opened (%1)").arg(QDir::toNativeSeparators(path)), *failure);
        }
        d->closeConnection();
        const QString aside = d->moveAside();
        qCWarning(lcMetering) << "metering database" << path << "is damaged (" << sqlMessage(*failure)
                              << "); moved to" << aside;
        damaged = Error {
            QStringLiteral("metering-db-damaged"),
            QObject::tr("The metering database %1 is damaged (%2); it was moved to %3 and a new "
                        "one started. Donations metered before now are not counted in the totals.")
                .arg(QDir::toNativeSeparators(path), sqlMessage(*failure), QDir::toNativeSeparators(aside))};
        if (const auto again = d->openConnection()) {
            d->closeConnection();
            return storeError(QObject::tr("be created (%1)").arg(QDir::toNativeSeparators(path)), *again);
        }
    }
    if (const auto schema = d->createSchema()) {
        d->closeConnection();
        return schema;
    }
    d->open = true;
    return damaged;
}

void UsageStore::close()
{
    d->closeConnection();
}

bool UsageStore::isOpen() const
{
    return d->open;
}

std::optional<UsageReading> UsageStore::lastReading(const QString &domain) const
{
    if (!d->open)
        return std::nullopt;
    const auto cached = d->last.constFind(domain);
    if (cached != d->last.constEnd())
        return *cached;
    auto last = d->queryLast(domain);
    if (last)
        d->last.insert(domain, *last);
    return last;
}

Result<UsageDelta> UsageStore::record(const UsageReading &reading)
{
    if (!d->open)
        return Error {QStringLiteral("metering-db-closed"),
                      QObject::tr("The metering database is not open.")};
    if (!reading.at.isValid() || reading.domain.isEmpty())
        return Error {QStringLiteral("metering-invalid"),
                      QObject::tr("A metering reading needs a domain and a time.")};
    const std::optional<UsageReading> previous = lastReading(reading.domain);
    const UsageDelta delta = previous ? usageBetween(*previous, reading) : UsageDelta {};

    QSqlDatabase database = d->db();
    if (!database.transaction())
        return storeError(QObject::tr("start a transaction"), database.lastError());
    auto fail = [&](const QString &what, const QSqlError &error) -> Result<UsageDelta> {
        database.rollback();
        return storeError(what, error);
    };

    QSqlQuery insert(database);
    insert.prepare(
        QStringLiteral("INSERT INTO readings (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(readingColumns));
    const qint64 atMs = reading.at.toMSecsSinceEpoch();
    insert.addBindValue(reading.domain);
    insert.addBindValue(atMs);
    insert.addBindValue(reading.running ? 1 : 0);
    insert.addBindValue(qint64(reading.cpuTimeNs));
    insert.addBindValue(reading.vcpus);
    insert.addBindValue(qint64(reading.memoryKiB));
    insert.addBindValue(qint64(reading.diskAllocationBytes));
    insert.addBindValue(qint64(reading.diskCapacityBytes));
    if (!insert.exec())
        return fail(QObject::tr("store a reading"), insert.lastError());

    QSqlQuery upsert(database);
    upsert.prepare(QStringLiteral(
        "INSERT INTO hours (domain, hour_start_ms, core_s, mem_gib_s, disk_gib_h, running_s, samples) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(domain, hour_start_ms) DO UPDATE SET "
        "core_s = core_s + excluded.core_s, mem_gib_s = mem_gib_s + excluded.mem_gib_s, "
        "disk_gib_h = disk_gib_h + excluded.disk_gib_h, running_s = running_s + excluded.running_s, "
        "samples = samples + excluded.samples"));
    auto addToHour = [&](qint64 hourStart, double share, int samples) {
        upsert.addBindValue(reading.domain);
        upsert.addBindValue(hourStart);
        upsert.addBindValue(delta.coreSeconds * share);
        upsert.addBindValue(delta.memoryGiBSeconds * share);
        upsert.addBindValue(delta.diskGiBHours * share);
        upsert.addBindValue(delta.runningSeconds * share);
        upsert.addBindValue(samples);
        return upsert.exec();
    };

    // The delta covers (previous.at, reading.at]: each UTC hour in it gets its share of the time. The
    // reading itself is counted as a sample of the hour it was taken in.
    const qint64 endMs = atMs;
    const qint64 startMs = previous && delta.secondsExact > 0 ? previous->at.toMSecsSinceEpoch() : endMs;
    const qint64 span = endMs - startMs;
    const qint64 sampleHour = hourStartOf(endMs);
    bool sampleCounted = false;
    for (qint64 hour = hourStartOf(startMs); span > 0 && hour < endMs; hour += kHourMs) {
        const qint64 from = std::max(hour, startMs);
        const qint64 to = std::min(hour + kHourMs, endMs);
        const bool sampleHere = hour == sampleHour;
        sampleCounted = sampleCounted || sampleHere;
        if (!addToHour(hour, double(to - from) / double(span), sampleHere ? 1 : 0))
            return fail(QObject::tr("add to the hourly totals"), upsert.lastError());
    }
    // The first reading of a domain, or one taken exactly on the hour: only the sample to count.
    if (!sampleCounted && !addToHour(sampleHour, 0.0, 1))
        return fail(QObject::tr("add to the hourly totals"), upsert.lastError());
    if (!database.commit())
        return fail(QObject::tr("save a reading"), database.lastError());
    d->last.insert(reading.domain, reading);
    return delta;
}

Result<QList<HourlyUsage>> UsageStore::hours(const QDateTime &from, const QDateTime &to,
                                             const QString &domain) const
{
    if (!d->open)
        return Error {QStringLiteral("metering-db-closed"),
                      QObject::tr("The metering database is not open.")};
    QSqlQuery query(d->db());
    QString sql =
        QStringLiteral("SELECT domain, hour_start_ms, core_s, mem_gib_s, disk_gib_h, running_s, samples "
                       "FROM hours WHERE hour_start_ms >= ? AND hour_start_ms < ?");
    if (!domain.isEmpty())
        sql += QStringLiteral(" AND domain = ?");
    sql += QStringLiteral(" ORDER BY hour_start_ms, domain");
    query.prepare(sql);
    query.addBindValue(hourStartOf(from.toMSecsSinceEpoch()));
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!domain.isEmpty())
        query.addBindValue(domain);
    if (!query.exec())
        return storeError(QObject::tr("be read"), query.lastError());
    QList<HourlyUsage> result;
    while (query.next()) {
        HourlyUsage hour;
        hour.domain = query.value(0).toString();
        hour.hourStart = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        hour.totals.coreSeconds = query.value(2).toDouble();
        hour.totals.memoryGiBSeconds = query.value(3).toDouble();
        hour.totals.diskGiBHours = query.value(4).toDouble();
        hour.totals.runningSeconds = query.value(5).toDouble();
        hour.totals.samples = query.value(6).toLongLong();
        result.append(hour);
    }
    return result;
}

Result<UsageTotals> UsageStore::totals(const QDateTime &from, const QDateTime &to,
                                       const QString &domain) const
{
    const auto stored = hours(from, to, domain);
    if (!stored)
        return stored.error();
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    // The hour in progress holds data only up to the last reading: "today" at 10:05 must count all of
    // 10:00-10:05, not a twelfth of it.
    qint64 lastMs = std::numeric_limits<qint64>::max();
    {
        QSqlQuery query(d->db());
        query.prepare(domain.isEmpty() ? QStringLiteral("SELECT MAX(at_ms) FROM readings")
                                       : QStringLiteral("SELECT MAX(at_ms) FROM readings WHERE domain = ?"));
        if (!domain.isEmpty())
            query.addBindValue(domain);
        if (query.exec() && query.next() && !query.value(0).isNull())
            lastMs = query.value(0).toLongLong();
    }
    UsageTotals totals;
    for (const HourlyUsage &hour : stored.value()) {
        const qint64 start = hour.hourStart.toMSecsSinceEpoch();
        const qint64 end =
            std::max(start + 1, std::min(start + kHourMs, lastMs)); // what the hour's data covers
        const qint64 overlap = std::min(end, toMs) - std::max(start, fromMs);
        if (overlap <= 0)
            continue;
        if (overlap >= end - start) {
            totals += hour.totals;
            continue;
        }
        // A partial hour at either end: its share, as if the hour's donation were spread evenly over the
        // part of the hour it covers.
        const double share = double(overlap) / double(end - start);
        totals.coreSeconds += hour.totals.coreSeconds * share;
        totals.memoryGiBSeconds += hour.totals.memoryGiBSeconds * share;
        totals.diskGiBHours += hour.totals.diskGiBHours * share;
        totals.runningSeconds += hour.totals.runningSeconds * share;
        totals.samples += qint64(std::llround(double(hour.totals.samples) * share));
    }
    return totals;
}

Result<QList<UsageReading>> UsageStore::readings(const QDateTime &from, const QDateTime &to,
                                                 const QString &domain) const
{
    if (!d->open)
        return Error {QStringLiteral("metering-db-closed"),
                      QObject::tr("The metering database is not open.")};
    QSqlQuery query(d->db());
    QString sql =
        QStringLiteral("SELECT %1 FROM readings WHERE at_ms >= ? AND at_ms < ?").arg(readingColumns);
    if (!domain.isEmpty())
        sql += QStringLiteral(" AND domain = ?");
    sql += QStringLiteral(" ORDER BY at_ms, id");
    query.prepare(sql);
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!domain.isEmpty())
        query.addBindValue(domain);
    if (!query.exec())
        return storeError(QObject::tr("be read"), query.lastError());
    QList<UsageReading> result;
    while (query.next())
        result.append(readingFrom(query));
    return result;
}

Result<qint64> UsageStore::pruneReadings(const QDateTime &before)
{
    if (!d->open)
        return Error {QStringLiteral("metering-db-closed"),
                      QObject::tr("The metering database is not open.")};
    QSqlQuery query(d->db());
    // The last reading of each domain stays: the next record() continues its counters from it.
    query.prepare(QStringLiteral("DELETE FROM readings WHERE at_ms < ? AND id NOT IN "
                                 "(SELECT MAX(id) FROM readings GROUP BY domain)"));
    query.addBindValue(before.toMSecsSinceEpoch());
    if (!query.exec())
        return storeError(QObject::tr("remove old readings"), query.lastError());
    return qint64(query.numRowsAffected());
}

} // namespace Cloudy::Metering
