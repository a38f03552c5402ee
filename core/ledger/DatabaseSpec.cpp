// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseSpec.h"

#include <QCoreApplication>
#include <QUrl>

namespace Cloudy::Ledger {

namespace {

Error invalid(const QString &text, const char *why)
{
    return {QStringLiteral("database-spec"),
            QCoreApplication::translate("Cloudy::Ledger",
                                        "'%1' is not a database the ledger can use: %2. Use "
                                        "sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.")
                .arg(text, QCoreApplication::translate("Cloudy::Ledger", why))};
}

} // namespace

QString DatabaseSpec::driverName() const
{
    return kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString DatabaseSpec::displayName() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<DatabaseSpec> parseDatabaseSpec(const QString &text)
{
    DatabaseSpec spec;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        spec.kind = DatabaseSpec::Kind::Sqlite;
        spec.path = text.mid(7);
        if (spec.path.isEmpty())
            return invalid(text, QT_TRANSLATE_NOOP("Cloudy::Ledger", "the SQLite file name is missing"));
        return spec;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(text,
                           QT_TRANSLATE_NOOP("Cloudy::Ledger", "the server address is missing or malformed"));
        spec.kind = DatabaseSpec::Kind::Postgresql;
        spec.host = url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.database = url.path().mid(1);
        if (spec.database.isEmpty() || spec.database.contains(QLatin1Char('/')))
            return invalid(text, QT_TRANSLATE_NOOP("Cloudy::Ledger", "the database name is missing"));
        return spec;
    }
    return invalid(text, QT_TRANSLATE_NOOP("Cloudy::Ledger", "unknown kind of database"));
}

} // namespace Cloudy::Ledger
