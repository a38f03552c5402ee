// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ledger database as schema 1 of cloudy-ledgerd wrote it (hashes, canonical bytes and signatures as hex
// text, no schema version), for the tests of the migration to schema 2 on SQLite and PostgreSQL.
#include "ledger/Receipt.h"
#include "ledger/RewardPolicy.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace CloudyTest {

// Creates schema 1's tables in db and stores `chain` (one node's receipts from seq 1, in order) as that
// schema did, with the node's totals, plus one flag of a refused entry at seq 1. Empty when done, else why
// not.
inline QString writeSchema1Ledger(const QSqlDatabase &db, const QList<Cloudy::Ledger::Entry> &chain)
{
    using namespace Cloudy::Ledger;
    QSqlQuery q(db);
    const QString bigint = QStringLiteral("BIGINT NOT NULL DEFAULT 0");
    const QStringList statements {
        QStringLiteral("CREATE TABLE ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE nodes (node_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, last_seq %1, "
                       "last_hash TEXT NOT NULL, last_to_ms %1, receipts %1, core_ms %1, memory_mib_s %1, "
                       "disk_mib_s %1, uptime_ms %1, capacity_core_ms %1, received %1, sent %1)")
            .arg(bigint),
        QStringLiteral(
            "CREATE TABLE entries (node_id TEXT NOT NULL, seq BIGINT NOT NULL, kind INTEGER NOT NULL, "
            "hash TEXT NOT NULL, canonical TEXT NOT NULL, signature TEXT NOT NULL, stored_ms BIGINT "
            "NOT NULL, PRIMARY KEY (node_id, seq))"),
        QStringLiteral(
            "CREATE TABLE flags (node_id TEXT NOT NULL, seq BIGINT NOT NULL, reason TEXT NOT NULL, "
            "canonical TEXT NOT NULL, signature TEXT NOT NULL, flagged_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX flags_node ON flags (node_id)")};
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return q.lastError().text();
    }
    const auto hex = [](const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex()); };
    const ChainHeader &last = headerOf(chain.constLast());
    const QString id = nodeIdOf(last.publicKey);
    ContributionTotals totals;
    for (const Entry &e : chain) {
        const auto &r = std::get<Receipt>(e);
        totals.receipts += 1;
        totals.coreMs += r.coreMs;
        totals.memoryMiBSeconds += r.memoryMiBSeconds;
        totals.diskMiBSeconds += r.diskMiBSeconds;
        totals.uptimeMs += r.uptimeMs;
        totals.capacityCoreMs += quint64(r.hostVcpus) * quint64(r.periodMs());
        q.prepare(QStringLiteral("INSERT INTO entries VALUES (?, ?, 1, ?, ?, ?, 0)"));
        q.addBindValue(id);
        q.addBindValue(qint64(headerOf(e).seq));
        q.addBindValue(hex(entryHash(e)));
        q.addBindValue(hex(canonicalBytes(e)));
        q.addBindValue(hex(headerOf(e).signature));
        if (!q.exec())
            return q.lastError().text();
    }
    q.prepare(
        QStringLiteral("INSERT INTO nodes (node_id, public_key, last_seq, last_hash, last_to_ms, receipts, "
                       "core_ms, memory_mib_s, disk_mib_s, uptime_ms, capacity_core_ms) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(id), QVariant(hex(last.publicKey)), QVariant(qint64(last.seq)),
          QVariant(hex(entryHash(chain.constLast()))), QVariant(std::get<Receipt>(chain.constLast()).toMs),
          QVariant(qint64(totals.receipts)), QVariant(qint64(totals.coreMs)),
          QVariant(qint64(totals.memoryMiBSeconds)), QVariant(qint64(totals.diskMiBSeconds)),
          QVariant(qint64(totals.uptimeMs)), QVariant(qint64(totals.capacityCoreMs))})
        q.addBindValue(value);
    if (!q.exec())
        return q.lastError().text();
    q.prepare(QStringLiteral("INSERT INTO flags VALUES (?, 1, 'seq-conflict', 'ab01', 'cd02', 0)"));
    q.addBindValue(id);
    if (!q.exec())
        return q.lastError().text();
    return {};
}

} // namespace CloudyTest
