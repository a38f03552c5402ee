// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QString>

namespace Cloudy::Ledger {

// Where a ledger keeps its entries, as given to `cloudy-ledgerd --db`:
//   sqlite:PATH                                   (the default: one file, WAL mode)
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME  (several ledgerd instances on one database)
struct DatabaseSpec
{
    enum class Kind
    {
        Sqlite,
        Postgresql
    };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;

    QString driverName() const; // the Qt SQL driver: QSQLITE or QPSQL
    QString displayName() const; // for logs: never includes the password
};

// Pure parser of the --db argument.
Result<DatabaseSpec> parseDatabaseSpec(const QString &text);

} // namespace Cloudy::Ledger
