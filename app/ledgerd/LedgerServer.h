// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/DatabaseSpec.h"
#include "platform/Result.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

// The HTTP API of cloudy-ledgerd (versioned under /v1; see docs/ledger-api.md). Errors are JSON objects
// {"error": {"code": "...", "message": "..."}} with a machine-readable code and a sentence for people.
class LedgerServer final : public QObject
{
    Q_OBJECT

public:
    explicit LedgerServer(QObject *parent = nullptr);
    ~LedgerServer() override;

    // Opens (and creates) the database. Must succeed before listen().
    Cloudy::Result<bool> openDatabase(const Cloudy::Ledger::DatabaseSpec &spec);
    // Returns the port actually bound (useful with port 0), or an error.
    Cloudy::Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    void addRoutes();

    QHttpServer m_http;
    QString m_connectionName;
    Cloudy::Ledger::DatabaseSpec m_spec;
};
