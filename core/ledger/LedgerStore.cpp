// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerStore.h"

#include "LedgerLog.h"
#include "platform/Crypto.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace Cloudy::Ledger {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Ledger::LedgerStore)
};

constexpr int kMaxAttempts = 5;

// Never a null QString: Qt SQL binds a null string as NULL (a payee not met yet has no key).
QString hexOf(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromLatin1(bytes.toHex());
}

// The state of one node while a batch is checked.
struct NodeState
{
    bool exists = false;
    bool changed = false;
    QByteArray publicKey;
    quint64 lastSeq = 0;
    QByteArray lastHash = QByteArray(32, '\0');
    qint64 lastToMs = 0;
    ContributionTotals totals;
    qint64 received = 0;
    qint64 sent = 0;
};

bool isRetryable(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL: serialization failure, deadlock, unique violation (another instance stored the same seq
    // first: checked again, the entry is then already stored or a conflict). SQLite: busy.
    return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("23505")
           || code == QLatin1String("5") || code == QLatin1String("6");
}

} // namespace

LedgerStore::LedgerStore(RewardPolicy policy)
    : m_policy(policy)
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("ledger-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

LedgerStore::~LedgerStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error LedgerStore::databaseError(const QString &what, const QString &detail) const
{
    qCWarning(lcLedger) << "database error:" << what << detail;
    return Error {QStringLiteral("database"),
                  Tr::tr("The ledger database %1 failed (%2): %3").arg(m_spec.displayName(), what, detail)};
}

Result<bool> LedgerStore::open(const DatabaseSpec &spec)
{
    m_spec = spec;
    if (!QSqlDatabase::isDriverAvailable(spec.driverName()))
        return Error {QStringLiteral("database-driver"),
                      Tr::tr("The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).")
                          .arg(spec.driverName(), spec.kind == DatabaseSpec::Kind::Sqlite
                                                      ? QStringLiteral("sqlite")
                                                      : QStringLiteral("psql"))};
    QSqlDatabase db = QSqlDatabase::addDatabase(spec.driverName(), m_connectionName);
    const bool sqlite = spec.kind == DatabaseSpec::Kind::Sqlite;
    if (sqlite) {
        QDir().mkpath(QFileInfo(spec.path).absolutePath());
        db.setDatabaseName(spec.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
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
            Tr::tr("Cannot open the ledger database %1: %2").arg(spec.displayName(), db.lastError().text())};
    QSqlQuery query(db);
    QStringList statements;
    if (sqlite)
        statements << QStringLiteral("PRAGMA journal_mode=WAL") << QStringLiteral("PRAGMA synchronous=FULL");
    const QString bigint = QStringLiteral("BIGINT NOT NULL DEFAULT 0");
    statements
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS nodes (node_id TEXT PRIMARY KEY, public_key TEXT NOT "
                          "NULL, last_seq %1, last_hash TEXT NOT NULL, last_to_ms %1, receipts %1, core_ms "
                          "%1, memory_mib_s %1, disk_mib_s %1, uptime_ms %1, capacity_core_ms %1, "
                          "received %1, sent %1)")
               .arg(bigint)
        << QStringLiteral("CREATE TABLE IF NOT EXISTS entries (node_id TEXT NOT NULL, seq BIGINT NOT NULL, "
                          "kind INTEGER NOT NULL, hash TEXT NOT NULL, canonical TEXT NOT NULL, signature "
                          "TEXT NOT NULL, stored_ms BIGINT NOT NULL, PRIMARY KEY (node_id, seq))")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS flags (node_id TEXT NOT NULL, seq BIGINT NOT NULL, "
                          "reason TEXT NOT NULL, canonical TEXT NOT NULL, signature TEXT NOT NULL, "
                          "flagged_ms BIGINT NOT NULL)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS flags_node ON flags (node_id)");
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            // Two instances creating the schema at once on PostgreSQL: the loser sees a duplicate; fine.
            if (!sqlite && QSqlQuery(db).exec(QStringLiteral("SELECT 1 FROM entries LIMIT 1")))
                continue;
            return Error {QStringLiteral("database-schema"),
                          Tr::tr("Cannot prepare the ledger database %1: %2")
                              .arg(spec.displayName(), query.lastError().text())};
        }
    }
    qCInfo(lcLedger) << "ledger database" << spec.displayName() << "open";
    return true;
}

bool LedgerStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

SubmitResult LedgerStore::submit(const QList<Entry> &entries, qint64 nowMs)
{
    SubmitResult result;
    // What needs no database first: a forged or implausible entry never costs a transaction.
    for (int i = 0; i < entries.size(); ++i) {
        if (!verifyEntry(entries[i])) {
            result.error =
                Error {QStringLiteral("bad-signature"),
                       Tr::tr("The signature of entry %1 (seq %2) does not match its contents and key.")
                           .arg(i)
                           .arg(headerOf(entries[i]).seq)};
            result.errorIndex = i;
            return result;
        }
        if (const auto plausible = checkPlausible(entries[i]); !plausible) {
            result.error = plausible.error();
            result.errorIndex = i;
            return result;
        }
    }
    for (int attempt = 1;; ++attempt) {
        bool retry = false;
        std::optional<std::pair<Entry, QString>> flag;
        result = submitOnce(entries, nowMs, &retry, &flag);
        if (flag)
            recordFlag(flag->first, flag->second, nowMs);
        if (!retry || attempt == kMaxAttempts)
            return result;
        qCDebug(lcLedger) << "batch retried after a concurrent change, attempt" << attempt;
    }
}

SubmitResult LedgerStore::submitOnce(const QList<Entry> &entries, qint64 nowMs, bool *retry,
                                     std::optional<std::pair<Entry, QString>> *flag)
{
    SubmitResult result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool sqlite = m_spec.kind == DatabaseSpec::Kind::Sqlite;
    QSqlQuery q(db);
    const auto fail = [&](const QString &what, const QSqlError &error) {
        *retry = isRetryable(error);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        result = SubmitResult {};
        if (*retry) {
            // Another ledgerd changed the same rows first: expected with several instances; checked again.
            qCInfo(lcLedger) << "concurrent change, batch checked again:" << what << error.nativeErrorCode();
            result.error = Error {QStringLiteral("database"),
                                  Tr::tr("The ledger is busy; send the batch again in a moment.")};
        } else {
            result.error = databaseError(what, error.text());
        }
        return result;
    };
    const auto refuse = [&](int index, const QString &code, const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        result = SubmitResult {};
        result.error = Error {code, message};
        result.errorIndex = index;
        return result;
    };
    if (!q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                       : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")))
        return fail(QStringLiteral("begin"), q.lastError());

    // Prepared once for the whole batch: SQLite compiles the statement once, not per entry.
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO entries (node_id, seq, kind, hash, canonical, signature, "
                                       "stored_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return fail(QStringLiteral("prepare"), insert.lastError());

    QHash<QString, NodeState> nodes;
    const auto load = [&](const QString &id, NodeState *state) -> bool {
        QSqlQuery s(db);
        s.prepare(QStringLiteral("SELECT public_key, last_seq, last_hash, last_to_ms, receipts, core_ms, "
                                 "memory_mib_s, disk_mib_s, uptime_ms, capacity_core_ms, received, sent FROM "
                                 "nodes WHERE node_id = ?"));
        s.addBindValue(id);
        if (!s.exec())
            return false;
        if (s.next()) {
            state->exists = true;
            state->publicKey = QByteArray::fromHex(s.value(0).toString().toLatin1());
            state->lastSeq = s.value(1).toULongLong();
            state->lastHash = QByteArray::fromHex(s.value(2).toString().toLatin1());
            state->lastToMs = s.value(3).toLongLong();
            state->totals.receipts = s.value(4).toULongLong();
            state->totals.coreMs = s.value(5).toULongLong();
            state->totals.memoryMiBSeconds = s.value(6).toULongLong();
            state->totals.diskMiBSeconds = s.value(7).toULongLong();
            state->totals.uptimeMs = s.value(8).toULongLong();
            state->totals.capacityCoreMs = s.value(9).toULongLong();
            state->received = s.value(10).toLongLong();
            state->sent = s.value(11).toLongLong();
        }
        return true;
    };

    for (int i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries[i];
        const ChainHeader &header = headerOf(entry);
        const QString id = nodeIdOf(header.publicKey);
        if (!nodes.contains(id)) {
            NodeState state;
            if (!load(id, &state))
                return fail(QStringLiteral("read node"), db.lastError());
            nodes.insert(id, state);
        }
        NodeState &node = nodes[id];
        const QByteArray canonical = canonicalBytes(entry);
        if (header.seq <= node.lastSeq) {
            QSqlQuery s(db);
            s.prepare(
                QStringLiteral("SELECT canonical, signature FROM entries WHERE node_id = ? AND seq = ?"));
            s.addBindValue(id);
            s.addBindValue(qint64(header.seq));
            if (!s.exec())
                return fail(QStringLiteral("read entry"), s.lastError());
            if (s.next() && s.value(0).toString() == hexOf(canonical)
                && s.value(1).toString() == hexOf(header.signature)) {
                result.items.append({id, header.seq, true});
                ++result.alreadyStored;
                continue;
            }
            *flag = std::make_pair(entry, QStringLiteral("seq-conflict"));
            return refuse(
                i, QStringLiteral("seq-conflict"),
                Tr::tr("Node %1 already has a different entry at seq %2; this one is refused and the "
                       "ledger has recorded the attempt.")
                    .arg(id.left(12))
                    .arg(header.seq));
        }
        if (header.seq != node.lastSeq + 1)
            return refuse(i, QStringLiteral("seq-gap"),
                          Tr::tr("Node %1 is at seq %2, so the next entry must have seq %3, not %4.")
                              .arg(id.left(12))
                              .arg(node.lastSeq)
                              .arg(node.lastSeq + 1)
                              .arg(header.seq));
        if (header.prev != node.lastHash)
            return refuse(i, QStringLiteral("prev-mismatch"),
                          Tr::tr("The prev of entry seq %1 is not the hash of the node's entry before it.")
                              .arg(header.seq));
        if (const auto *r = std::get_if<Receipt>(&entry)) {
            if (r->fromMs < node.lastToMs)
                return refuse(
                    i, QStringLiteral("period-overlap"),
                    Tr::tr("The period of receipt seq %1 starts before the node's previous receipt ended.")
                        .arg(header.seq));
            if (r->toMs > nowMs + kClockSkewMs)
                return refuse(i, QStringLiteral("period-in-future"),
                              Tr::tr("The period of receipt seq %1 ends in the future.").arg(header.seq));
            node.lastToMs = r->toMs;
            node.totals.receipts += 1;
            node.totals.coreMs += r->coreMs;
            node.totals.memoryMiBSeconds += r->memoryMiBSeconds;
            node.totals.diskMiBSeconds += r->diskMiBSeconds;
            node.totals.uptimeMs += r->uptimeMs;
            node.totals.capacityCoreMs += quint64(r->hostVcpus) * quint64(r->periodMs());
        } else {
            const auto &t = std::get<Transfer>(entry);
            if (t.timeMs > nowMs + kClockSkewMs)
                return refuse(i, QStringLiteral("period-in-future"),
                              Tr::tr("Transfer seq %1 is dated in the future.").arg(header.seq));
            const qint64 balance = m_policy.earnedMillicredits(node.totals) + node.received - node.sent;
            if (qint64(t.amountMillicredits) > balance)
                return refuse(i, QStringLiteral("insufficient-credit"),
                              Tr::tr("Transfer seq %1 moves %2 millicredits but the node has only %3.")
                                  .arg(header.seq)
                                  .arg(t.amountMillicredits)
                                  .arg(balance));
            node.sent += qint64(t.amountMillicredits);
            const QString payee = hexOf(t.payee);
            // The payee's received total lives on its row once it has one; a payee the ledger has not met
            // yet gets a row with an unknown key.
            if (!nodes.contains(payee)) {
                NodeState state;
                if (!load(payee, &state))
                    return fail(QStringLiteral("read node"), db.lastError());
                nodes.insert(payee, state);
            }
            NodeState &payeeState = nodes[payee];
            payeeState.received += qint64(t.amountMillicredits);
            payeeState.changed = true;
        }
        NodeState &current = nodes[id];
        current.publicKey = header.publicKey;
        current.lastSeq = header.seq;
        current.lastHash = Crypto::blake2b256(canonical);
        current.changed = true;

        insert.bindValue(0, id);
        insert.bindValue(1, qint64(header.seq));
        insert.bindValue(2, isReceipt(entry) ? 1 : 2);
        insert.bindValue(3, hexOf(current.lastHash));
        insert.bindValue(4, hexOf(canonical));
        insert.bindValue(5, hexOf(header.signature));
        insert.bindValue(6, nowMs);
        if (!insert.exec())
            return fail(QStringLiteral("store entry"), insert.lastError());
        result.items.append({id, header.seq, false});
        ++result.stored;
        if (m_entryDelayMs > 0)
            QThread::msleep(ulong(m_entryDelayMs));
    }

    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const NodeState &n = it.value();
        if (!n.changed)
            continue;
        QSqlQuery w(db);
        if (n.exists)
            w.prepare(QStringLiteral(
                "UPDATE nodes SET public_key = ?, last_seq = ?, last_hash = ?, last_to_ms = ?, "
                "receipts = ?, core_ms = ?, memory_mib_s = ?, disk_mib_s = ?, uptime_ms = ?, "
                "capacity_core_ms = ?, received = ?, sent = ? WHERE node_id = ?"));
        else
            w.prepare(
                QStringLiteral("INSERT INTO nodes (public_key, last_seq, last_hash, last_to_ms, receipts, "
                               "core_ms, memory_mib_s, disk_mib_s, uptime_ms, capacity_core_ms, received, "
                               "sent, node_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        w.addBindValue(hexOf(n.publicKey));
        w.addBindValue(qint64(n.lastSeq));
        w.addBindValue(hexOf(n.lastHash));
        w.addBindValue(n.lastToMs);
        w.addBindValue(qint64(n.totals.receipts));
        w.addBindValue(qint64(n.totals.coreMs));
        w.addBindValue(qint64(n.totals.memoryMiBSeconds));
        w.addBindValue(qint64(n.totals.diskMiBSeconds));
        w.addBindValue(qint64(n.totals.uptimeMs));
        w.addBindValue(qint64(n.totals.capacityCoreMs));
        w.addBindValue(n.received);
        w.addBindValue(n.sent);
        w.addBindValue(it.key());
        if (!w.exec())
            return fail(QStringLiteral("store node"), w.lastError());
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("commit"), q.lastError());
    return result;
}

void LedgerStore::recordFlag(const Entry &entry, const QString &reason, qint64 nowMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO flags (node_id, seq, reason, canonical, signature, flagged_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nodeIdOf(headerOf(entry).publicKey));
    q.addBindValue(qint64(headerOf(entry).seq));
    q.addBindValue(reason);
    q.addBindValue(hexOf(canonicalBytes(entry)));
    q.addBindValue(hexOf(headerOf(entry).signature));
    q.addBindValue(nowMs);
    if (!q.exec())
        qCWarning(lcLedger) << "cannot record a flag:" << q.lastError().text();
    qCWarning(lcLedger) << "flagged" << reason << "for node" << nodeIdOf(headerOf(entry).publicKey) << "seq"
                        << headerOf(entry).seq;
}

Result<NodeView> LedgerStore::node(const QString &nodeId)
{
    if (!isNodeId(nodeId))
        return Error {QStringLiteral("unknown-node"),
                      Tr::tr("\"%1\" is not a node id (64 lower-case hex digits).").arg(nodeId.left(80))};
    QSqlQuery s(QSqlDatabase::database(m_connectionName, false));
    s.prepare(
        QStringLiteral("SELECT public_key, last_seq, last_hash, receipts, core_ms, memory_mib_s, disk_mib_s, "
                       "uptime_ms, capacity_core_ms, received, sent FROM nodes WHERE node_id = ?"));
    s.addBindValue(nodeId);
    if (!s.exec())
        return databaseError(QStringLiteral("read node"), s.lastError().text());
    if (!s.next())
        return Error {QStringLiteral("unknown-node"),
                      Tr::tr("The ledger has no entry of node %1.").arg(nodeId.left(12))};
    NodeView v;
    v.nodeId = nodeId;
    v.publicKeyHex = s.value(0).toString();
    v.lastSeq = s.value(1).toULongLong();
    v.lastHashHex = s.value(2).toString();
    v.totals.receipts = s.value(3).toULongLong();
    v.totals.coreMs = s.value(4).toULongLong();
    v.totals.memoryMiBSeconds = s.value(5).toULongLong();
    v.totals.diskMiBSeconds = s.value(6).toULongLong();
    v.totals.uptimeMs = s.value(7).toULongLong();
    v.totals.capacityCoreMs = s.value(8).toULongLong();
    v.received = s.value(9).toLongLong();
    v.sent = s.value(10).toLongLong();
    v.earned = m_policy.earnedMillicredits(v.totals);
    return v;
}

Result<QList<Entry>> LedgerStore::entries(const QString &nodeId, quint64 after, int limit)
{
    QSqlQuery s(QSqlDatabase::database(m_connectionName, false));
    s.prepare(
        QStringLiteral("SELECT canonical, signature FROM entries WHERE node_id = ? AND seq > ? ORDER BY seq "
                       "LIMIT ?"));
    s.addBindValue(nodeId);
    s.addBindValue(qint64(std::min<quint64>(after, quint64(kMaxSafeInteger))));
    s.addBindValue(limit);
    if (!s.exec())
        return databaseError(QStringLiteral("read entries"), s.lastError().text());
    QList<Entry> list;
    while (s.next()) {
        auto decoded = decodeEntry(QByteArray::fromHex(s.value(0).toString().toLatin1()));
        if (!decoded)
            return databaseError(QStringLiteral("decode entry"), decoded.error().message);
        headerOf(decoded.value()).signature = QByteArray::fromHex(s.value(1).toString().toLatin1());
        list.append(std::move(decoded).value());
    }
    return list;
}

Result<LedgerSummary> LedgerStore::summary()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery s(db);
    if (!s.exec(QStringLiteral("SELECT node_id FROM nodes WHERE last_seq > 0 OR received > 0")))
        return databaseError(QStringLiteral("read nodes"), s.lastError().text());
    QStringList ids;
    while (s.next())
        ids << s.value(0).toString();
    LedgerSummary summary;
    for (const QString &id : std::as_const(ids)) {
        const auto n = node(id);
        if (!n)
            return n.error();
        ++summary.nodes;
        summary.totals.receipts += n->totals.receipts;
        summary.totals.coreMs += n->totals.coreMs;
        summary.totals.memoryMiBSeconds += n->totals.memoryMiBSeconds;
        summary.totals.diskMiBSeconds += n->totals.diskMiBSeconds;
        summary.totals.uptimeMs += n->totals.uptimeMs;
        summary.totals.capacityCoreMs += n->totals.capacityCoreMs;
        summary.earned += n->earned;
        summary.top.append(n.value());
    }
    std::sort(summary.top.begin(), summary.top.end(), [](const NodeView &a, const NodeView &b) {
        return a.earned != b.earned ? a.earned > b.earned : a.nodeId < b.nodeId;
    });
    if (summary.top.size() > 10)
        summary.top.resize(10);
    if (!s.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) || !s.next())
        return databaseError(QStringLiteral("count entries"), s.lastError().text());
    summary.entries = s.value(0).toULongLong();
    return summary;
}

Result<quint64> LedgerStore::rank(const QString &nodeId)
{
    const auto self = node(nodeId);
    if (!self)
        return self.error();
    QSqlQuery s(QSqlDatabase::database(m_connectionName, false));
    if (!s.exec(QStringLiteral("SELECT node_id, receipts, core_ms, memory_mib_s, disk_mib_s, uptime_ms, "
                               "capacity_core_ms FROM nodes WHERE last_seq > 0 OR received > 0")))
        return databaseError(QStringLiteral("read nodes"), s.lastError().text());
    quint64 ahead = 0;
    while (s.next()) {
        const QString id = s.value(0).toString();
        ContributionTotals t;
        t.receipts = s.value(1).toULongLong();
        t.coreMs = s.value(2).toULongLong();
        t.memoryMiBSeconds = s.value(3).toULongLong();
        t.diskMiBSeconds = s.value(4).toULongLong();
        t.uptimeMs = s.value(5).toULongLong();
        t.capacityCoreMs = s.value(6).toULongLong();
        const qint64 earned = m_policy.earnedMillicredits(t);
        if (earned > self->earned || (earned == self->earned && id < nodeId))
            ++ahead;
    }
    return ahead + 1;
}

Result<int> LedgerStore::flagCount(const QString &nodeId)
{
    QSqlQuery s(QSqlDatabase::database(m_connectionName, false));
    s.prepare(QStringLiteral("SELECT COUNT(*) FROM flags WHERE node_id = ?"));
    s.addBindValue(nodeId);
    if (!s.exec() || !s.next())
        return databaseError(QStringLiteral("count flags"), s.lastError().text());
    return s.value(0).toInt();
}

} // namespace Cloudy::Ledger
