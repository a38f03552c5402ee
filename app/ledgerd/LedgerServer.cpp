// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerServer.h"

#include "ledger/LedgerLog.h"
#include "platform/BuildInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Cloudy;

namespace {

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"),
             QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace

LedgerServer::LedgerServer(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("ledgerd"))
{
    addRoutes();
}

LedgerServer::~LedgerServer()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<bool> LedgerServer::openDatabase(const Ledger::DatabaseSpec &spec)
{
    m_spec = spec;
    if (!QSqlDatabase::isDriverAvailable(spec.driverName()))
        return Error {QStringLiteral("database-driver"),
                      tr("The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).")
                          .arg(spec.driverName(), spec.kind == Ledger::DatabaseSpec::Kind::Sqlite
                                                      ? QStringLiteral("sqlite")
                                                      : QStringLiteral("psql"))};
    QSqlDatabase db = QSqlDatabase::addDatabase(spec.driverName(), m_connectionName);
    if (spec.kind == Ledger::DatabaseSpec::Kind::Sqlite) {
        QDir().mkpath(QFileInfo(spec.path).absolutePath());
        db.setDatabaseName(spec.path);
    } else {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.database);
    }
    if (!db.open())
        return Error {
            QStringLiteral("database-open"),
            tr("Cannot open the ledger database %1: %2").arg(spec.displayName(), db.lastError().text())};
    QSqlQuery query(db);
    if (spec.kind == Ledger::DatabaseSpec::Kind::Sqlite)
        query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return Error {QStringLiteral("database-schema"),
                      tr("Cannot prepare the ledger database %1: %2")
                          .arg(spec.displayName(), query.lastError().text())};
    qCInfo(lcLedger) << "ledger database" << spec.displayName() << "open";
    return true;
}

Result<quint16> LedgerServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        return Error {QStringLiteral("listen"),
                      tr("Cannot listen on %1:%2 (is another program using that port?).")
                          .arg(address.toString())
                          .arg(port)};
    qCInfo(lcLedger) << "listening on" << address.toString() << bound;
    return bound;
}

void LedgerServer::addRoutes()
{
    m_http.route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get, [this]() {
        const bool databaseOpen = QSqlDatabase::database(m_connectionName, false).isOpen();
        return QHttpServerResponse(
            QJsonObject {
                {QStringLiteral("status"), databaseOpen ? QStringLiteral("ok") : QStringLiteral("degraded")},
                {QStringLiteral("version"), BuildInfo::version()},
                {QStringLiteral("database"), m_spec.kind == Ledger::DatabaseSpec::Kind::Sqlite
                                                 ? QStringLiteral("sqlite")
                                                 : QStringLiteral("postgresql")},
            },
            databaseOpen ? QHttpServerResponder::StatusCode::Ok
                         : QHttpServerResponder::StatusCode::ServiceUnavailable);
    });
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        responder.write(
            QJsonDocument(errorBody(
                QStringLiteral("not-found"),
                tr("There is no %1 in the ledger API. The API lives under /v1.").arg(request.url().path()))),
            QHttpServerResponder::StatusCode::NotFound);
    });
}
