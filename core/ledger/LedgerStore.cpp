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
#include <unordered_map>

namespace Cloudy::Ledger {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Ledger::LedgerStore)
};

constexpr int kMaxAttempts = 5;

// A node's totals from a row whose columns from `first` on are, in this order: receipts, core_ms,
// memory_mib_s, disk_mib_s, uptime_ms, capacity_core_ms.
ContributionTotals totalsAt(const QSqlQuery &row, int first)
{
    ContributionTotals t;
    t.receipts = row.value(first).toULongLong();
    t.coreMs = row.value(first + 1).toULongLong();
    t.memoryMiBSeconds = row.value(first + 2).toULongLong();
    t.diskMiBSeconds = row.value(first + 3).toULongLong();
    t.uptimeMs = row.value(first + 4).toULongLong();
    t.capacityCoreMs = row.value(first + 5).toULongLong();
    return t;
}

// Lower-case hex, written straight into the QString. Never a null QString: Qt SQL binds a null string as
// NULL (a payee not met yet has no key).
QString hexOf(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return QStringLiteral("");
    static constexpr char kDigits[] = "0123456789abcdef";
    QString text(bytes.size() * 2, Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        *out++ = QLatin1Char(kDigits[uchar(c) >> 4]);
        *out++ = QLatin1Char(kDigits[uchar(c) & 0xf]);
    }
    return text;
}

// The state of one node while a group of batches is checked and written.
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
    // The node's entries written in this transaction (consecutive seqs from firstSeqInGroup), for telling an
    // entry sent again from a different one without reading it back.
    quint64 firstSeqInGroup = 0;
    QList<const CheckedEntry *> inGroup;
};

// Schema 2 keeps hashes, canonical bytes and signatures as bytes (BLOB / BYTEA); schema 1 (no version in
// ledger_meta) kept them as hex text, twice the bytes to write, hash and fsync per entry.
constexpr int kSchemaVersion = 2;

QString entriesTable(const QString &bytes)
{
    return QStringLiteral(
               "CREATE TABLE entries (node_id TEXT NOT NULL, seq BIGINT NOT NULL, kind INTEGER NOT "
               "NULL, hash %1 NOT NULL, canonical %1 NOT NULL, signature %1 NOT NULL, stored_ms "
               "BIGINT NOT NULL, PRIMARY KEY (node_id, seq))")
        .arg(bytes);
}

QString flagsTable(const QString &bytes)
{
    return QStringLiteral(
               "CREATE TABLE flags (node_id TEXT NOT NULL, seq BIGINT NOT NULL, reason TEXT NOT NULL, "
               "canonical %1 NOT NULL, signature %1 NOT NULL, flagged_ms BIGINT NOT NULL)")
        .arg(bytes);
}

// Copies every row of table `from` into `to` (same columns), turning the hex text of the columns listed in
// hexColumns into bytes. False with *error set when a statement fails.
bool copyFromHex(const QSqlDatabase &db, const QString &from, const QString &to, const QStringList &columns,
                 const QList<int> &hexColumns, QSqlError *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    const QString list = columns.join(QStringLiteral(", "));
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(list, from))) {
        *error = read.lastError();
        return false;
    }
    QStringList marks(columns.size(), QStringLiteral("?"));
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(to, list, marks.join(QStringLiteral(", "))))) {
        *error = write.lastError();
        return false;
    }
    while (read.next()) {
        for (int c = 0; c < columns.size(); ++c) {
            if (hexColumns.contains(c))
                write.bindValue(c, QByteArray::fromHex(read.value(c).toString().toLatin1()));
            else
                write.bindValue(c, read.value(c));
        }
        if (!write.exec()) {
            *error = write.lastError();
            return false;
        }
    }
    return true;
}

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
    if (sqlite) {
        QSqlQuery pragma(db);
        for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
            if (!pragma.exec(QLatin1String(statement)))
                return Error {QStringLiteral("database-schema"),
                              Tr::tr("Cannot prepare the ledger database %1: %2")
                                  .arg(spec.displayName(), pragma.lastError().text())};
        }
    }
    if (const auto schema = prepareSchema(db); !schema)
        return schema.error();
    qCInfo(lcLedger) << "ledger database" << spec.displayName() << "open";
    return true;
}

Result<bool> LedgerStore::prepareSchema(const QSqlDatabase &db)
{
    const bool sqlite = m_spec.kind == DatabaseSpec::Kind::Sqlite;
    const QString bytes = sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    QSqlQuery q(db);
    QSqlError failure;
    const auto run = [&](const QString &statement) {
        if (q.exec(statement))
            return true;
        failure = q.lastError();
        qCWarning(lcLedger) << "schema statement failed:" << statement << failure.text();
        return false;
    };
    const auto fail = [&] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error {
            QStringLiteral("database-schema"),
            Tr::tr("Cannot prepare the ledger database %1: %2").arg(m_spec.displayName(), failure.text())};
    };
    // One instance at a time creates or migrates the tables (several ledgerd may share one PostgreSQL).
    if (!run(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))
        || (!sqlite && !run(QStringLiteral("SELECT pg_advisory_xact_lock(7283110)")))
        || !run(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
        || !run(QStringLiteral("SELECT value FROM ledger_meta WHERE key = 'schema'")))
        return fail();
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (version > kSchemaVersion) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error {
            QStringLiteral("database-schema"),
            Tr::tr("The ledger database %1 was written by a newer cloudy-ledgerd (schema %2; this one "
                   "knows schema %3). It is left untouched: run the newer version.")
                .arg(m_spec.displayName())
                .arg(version)
                .arg(kSchemaVersion)};
    }
    const bool hasEntries = db.tables().contains(QStringLiteral("entries"));
    const QString bigint = QStringLiteral("BIGINT NOT NULL DEFAULT 0");
    if (!run(QStringLiteral(
                 "CREATE TABLE IF NOT EXISTS nodes (node_id TEXT PRIMARY KEY, public_key TEXT NOT NULL, "
                 "last_seq %1, last_hash TEXT NOT NULL, last_to_ms %1, receipts %1, core_ms %1, "
                 "memory_mib_s %1, disk_mib_s %1, uptime_ms %1, capacity_core_ms %1, received %1, "
                 "sent %1)")
                 .arg(bigint)))
        return fail();
    if (!hasEntries) {
        if (!run(entriesTable(bytes)) || !run(flagsTable(bytes)))
            return fail();
    } else if (version < 2) {
        qCInfo(lcLedger) << "ledger database" << m_spec.displayName()
                         << "migrating to schema 2 (hashes, entries and signatures as bytes)";
        if (sqlite) {
            // SQLite cannot change a column's type: the tables are made again and the rows copied over.
            const QStringList entryColumns {QStringLiteral("node_id"),   QStringLiteral("seq"),
                                            QStringLiteral("kind"),      QStringLiteral("hash"),
                                            QStringLiteral("canonical"), QStringLiteral("signature"),
                                            QStringLiteral("stored_ms")};
            const QStringList flagColumns {QStringLiteral("node_id"),   QStringLiteral("seq"),
                                           QStringLiteral("reason"),    QStringLiteral("canonical"),
                                           QStringLiteral("signature"), QStringLiteral("flagged_ms")};
            if (!run(QStringLiteral("DROP INDEX IF EXISTS flags_node"))
                || !run(QStringLiteral("ALTER TABLE entries RENAME TO entries_v1"))
                || !run(QStringLiteral("ALTER TABLE flags RENAME TO flags_v1")) || !run(entriesTable(bytes))
                || !run(flagsTable(bytes)))
                return fail();
            if (!copyFromHex(db, QStringLiteral("entries_v1"), QStringLiteral("entries"), entryColumns,
                             {3, 4, 5}, &failure)
                || !copyFromHex(db, QStringLiteral("flags_v1"), QStringLiteral("flags"), flagColumns, {3, 4},
                                &failure))
                return fail();
            if (!run(QStringLiteral("DROP TABLE entries_v1")) || !run(QStringLiteral("DROP TABLE flags_v1")))
                return fail();
        } else {
            const QString toBytes = QStringLiteral("ALTER COLUMN %1 TYPE BYTEA USING decode(%1, 'hex')");
            if (!run(QStringLiteral("ALTER TABLE entries %1, %2, %3")
                         .arg(toBytes.arg(QStringLiteral("hash")), toBytes.arg(QStringLiteral("canonical")),
                              toBytes.arg(QStringLiteral("signature"))))
                || !run(QStringLiteral("ALTER TABLE flags %1, %2")
                            .arg(toBytes.arg(QStringLiteral("canonical")),
                                 toBytes.arg(QStringLiteral("signature")))))
                return fail();
        }
    }
    if (!run(QStringLiteral("CREATE INDEX IF NOT EXISTS flags_node ON flags (node_id)"))
        || !run(QStringLiteral("DELETE FROM ledger_meta WHERE key = 'schema'"))
        || !run(QStringLiteral("INSERT INTO ledger_meta (key, value) VALUES ('schema', '%1')")
                    .arg(kSchemaVersion))
        || !run(QStringLiteral("COMMIT")))
        return fail();
    return true;
}

bool LedgerStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

CheckedBatch checkBatch(const QList<Entry> &entries)
{
    CheckedBatch batch;
    batch.entries.reserve(entries.size());
    // A batch holds one or a few nodes' entries: each node id is derived once.
    QHash<QByteArray, QString> ids;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries[i];
        CheckedEntry checked;
        checked.canonical = canonicalBytes(entry);
        // What needs no database first: a forged or implausible entry never costs a transaction.
        if (!verifyEntry(entry, checked.canonical)) {
            batch.entries.clear();
            batch.error =
                Error {QStringLiteral("bad-signature"),
                       Tr::tr("The signature of entry %1 (seq %2) does not match its contents and key.")
                           .arg(i)
                           .arg(headerOf(entry).seq)};
            batch.errorIndex = i;
            return batch;
        }
        if (const auto plausible = checkPlausible(entry); !plausible) {
            batch.entries.clear();
            batch.error = plausible.error();
            batch.errorIndex = i;
            return batch;
        }
        const QByteArray &key = headerOf(entry).publicKey;
        auto id = ids.constFind(key);
        if (id == ids.cend())
            id = ids.insert(key, nodeIdOf(key));
        checked.nodeId = id.value();
        checked.hash = Crypto::blake2b256(checked.canonical);
        checked.entry = entry;
        batch.entries.append(std::move(checked));
    }
    return batch;
}

namespace {

// One transaction of a group: the statements prepared once, and the nodes as stored plus the batches
// applied so far.
class GroupWriter
{
public:
    enum class Outcome
    {
        Applied,
        Refused,
        DatabaseFailed
    };

    GroupWriter(const QSqlDatabase &db, const RewardPolicy &policy, qint64 nowMs, int entryDelayMs)
        : m_db(db)
        , m_policy(policy)
        , m_nowMs(nowMs)
        , m_entryDelayMs(entryDelayMs)
        , m_insert(db)
        , m_readNode(db)
        , m_readEntry(db)
    { }

    bool prepare()
    {
        return prepare(m_insert,
                       QStringLiteral("INSERT INTO entries (node_id, seq, kind, hash, canonical, signature, "
                                      "stored_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"))
               && prepare(m_readNode,
                          QStringLiteral("SELECT public_key, last_seq, last_hash, last_to_ms, receipts, "
                                         "core_ms, memory_mib_s, disk_mib_s, uptime_ms, capacity_core_ms, "
                                         "received, sent FROM nodes WHERE node_id = ?"))
               && prepare(m_readEntry, QStringLiteral("SELECT canonical, signature FROM entries WHERE "
                                                      "node_id = ? AND seq = ?"));
    }

    // Applies one batch: every entry is checked against the group's view first (nothing written), and only a
    // batch that passes whole is written, so a refused batch leaves nothing behind (a seq conflict records a
    // flag). DatabaseFailed: the whole transaction is lost (failedWhat/failedError say why).
    Outcome apply(const CheckedBatch &batch, SubmitResult *result)
    {
        *result = SubmitResult {};
        m_touched.clear();
        QList<const CheckedEntry *> toWrite;
        const QList<CheckedEntry> &entries = batch.entries;
        for (int i = 0; i < entries.size(); ++i) {
            const CheckedEntry &checked = entries[i];
            const Entry &entry = checked.entry;
            const ChainHeader &header = headerOf(entry);
            const QString &id = checked.nodeId;
            NodeState *node = stateOf(id);
            if (!node)
                return Outcome::DatabaseFailed;
            if (header.seq <= node->lastSeq) {
                const auto same = isStored(checked, *node);
                if (!same)
                    return Outcome::DatabaseFailed;
                if (*same) {
                    result->items.append({id, header.seq, true});
                    ++result->alreadyStored;
                    continue;
                }
                return refuse(result, i, QStringLiteral("seq-conflict"),
                              Tr::tr("Node %1 already has a different entry at seq %2; this one is refused "
                                     "and the ledger has recorded the attempt.")
                                  .arg(id.left(12))
                                  .arg(header.seq),
                              &checked);
            }
            if (header.seq != node->lastSeq + 1)
                return refuse(result, i, QStringLiteral("seq-gap"),
                              Tr::tr("Node %1 is at seq %2, so the next entry must have seq %3, not %4.")
                                  .arg(id.left(12))
                                  .arg(node->lastSeq)
                                  .arg(node->lastSeq + 1)
                                  .arg(header.seq));
            if (header.prev != node->lastHash)
                return refuse(
                    result, i, QStringLiteral("prev-mismatch"),
                    Tr::tr("The prev of entry seq %1 is not the hash of the node's entry before it.")
                        .arg(header.seq));
            if (const auto *r = std::get_if<Receipt>(&entry)) {
                if (r->fromMs < node->lastToMs)
                    return refuse(result, i, QStringLiteral("period-overlap"),
                                  Tr::tr("The period of receipt seq %1 starts before the node's previous "
                                         "receipt ended.")
                                      .arg(header.seq));
                if (r->toMs > m_nowMs + kClockSkewMs)
                    return refuse(result, i, QStringLiteral("period-in-future"),
                                  Tr::tr("The period of receipt seq %1 ends in the future.").arg(header.seq));
                node->lastToMs = r->toMs;
                node->totals.receipts += 1;
                node->totals.coreMs += r->coreMs;
                node->totals.memoryMiBSeconds += r->memoryMiBSeconds;
                node->totals.diskMiBSeconds += r->diskMiBSeconds;
                node->totals.uptimeMs += r->uptimeMs;
                node->totals.capacityCoreMs += quint64(r->hostVcpus) * quint64(r->periodMs());
            } else {
                const auto &t = std::get<Transfer>(entry);
                if (t.timeMs > m_nowMs + kClockSkewMs)
                    return refuse(result, i, QStringLiteral("period-in-future"),
                                  Tr::tr("Transfer seq %1 is dated in the future.").arg(header.seq));
                const qint64 balance =
                    m_policy.earnedMillicredits(node->totals) + node->received - node->sent;
                if (qint64(t.amountMillicredits) > balance)
                    return refuse(result, i, QStringLiteral("insufficient-credit"),
                                  Tr::tr("Transfer seq %1 moves %2 millicredits but the node has only %3.")
                                      .arg(header.seq)
                                      .arg(t.amountMillicredits)
                                      .arg(balance));
                node->sent += qint64(t.amountMillicredits);
                // The payee's received total lives on its row once it has one; a payee the ledger has not
                // met yet gets a row with an unknown key. (Never the payer: checkPlausible() refuses that.)
                NodeState *payee = stateOf(hexOf(t.payee));
                if (!payee)
                    return Outcome::DatabaseFailed;
                payee->received += qint64(t.amountMillicredits);
                payee->changed = true;
            }
            node->publicKey = header.publicKey;
            node->lastSeq = header.seq;
            node->lastHash = checked.hash;
            node->changed = true;
            if (node->inGroup.isEmpty())
                node->firstSeqInGroup = header.seq;
            node->inGroup.append(&checked);
            toWrite.append(&checked);
            result->items.append({id, header.seq, false});
            ++result->stored;
        }
        // The whole batch passed: written now, and it becomes part of the group's view.
        for (const CheckedEntry *checked : std::as_const(toWrite)) {
            const ChainHeader &header = headerOf(checked->entry);
            m_insert.bindValue(0, checked->nodeId);
            m_insert.bindValue(1, qint64(header.seq));
            m_insert.bindValue(2, isReceipt(checked->entry) ? 1 : 2);
            m_insert.bindValue(3, checked->hash);
            m_insert.bindValue(4, checked->canonical);
            m_insert.bindValue(5, header.signature);
            m_insert.bindValue(6, m_nowMs);
            if (!m_insert.exec())
                return failed(QStringLiteral("store entry"), m_insert.lastError());
            if (m_entryDelayMs > 0)
                QThread::msleep(ulong(m_entryDelayMs));
        }
        for (auto &[id, state] : m_touched)
            m_nodes.insert_or_assign(id, std::move(state));
        m_touched.clear();
        return Outcome::Applied;
    }

    // Writes the rows of the nodes the applied batches changed.
    bool writeNodes()
    {
        QSqlQuery update(m_db);
        QSqlQuery insert(m_db);
        bool prepared = false;
        for (const auto &[id, n] : m_nodes) {
            if (!n.changed)
                continue;
            if (!prepared) {
                if (!prepare(update,
                             QStringLiteral("UPDATE nodes SET public_key = ?, last_seq = ?, last_hash = "
                                            "?, last_to_ms = ?, receipts = ?, core_ms = ?, "
                                            "memory_mib_s = ?, disk_mib_s = ?, uptime_ms = ?, "
                                            "capacity_core_ms = ?, received = ?, sent = ? WHERE "
                                            "node_id = ?"))
                    || !prepare(insert,
                                QStringLiteral("INSERT INTO nodes (public_key, last_seq, last_hash, "
                                               "last_to_ms, receipts, core_ms, memory_mib_s, disk_mib_s, "
                                               "uptime_ms, capacity_core_ms, received, sent, node_id) VALUES "
                                               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                    return false;
                prepared = true;
            }
            QSqlQuery &w = n.exists ? update : insert;
            w.bindValue(0, hexOf(n.publicKey));
            w.bindValue(1, qint64(n.lastSeq));
            w.bindValue(2, hexOf(n.lastHash));
            w.bindValue(3, n.lastToMs);
            w.bindValue(4, qint64(n.totals.receipts));
            w.bindValue(5, qint64(n.totals.coreMs));
            w.bindValue(6, qint64(n.totals.memoryMiBSeconds));
            w.bindValue(7, qint64(n.totals.diskMiBSeconds));
            w.bindValue(8, qint64(n.totals.uptimeMs));
            w.bindValue(9, qint64(n.totals.capacityCoreMs));
            w.bindValue(10, n.received);
            w.bindValue(11, n.sent);
            w.bindValue(12, id);
            if (!w.exec()) {
                failed(QStringLiteral("store node"), w.lastError());
                return false;
            }
        }
        return true;
    }

    bool exec(const QString &statement)
    {
        QSqlQuery q(m_db);
        if (q.exec(statement))
            return true;
        failed(statement, q.lastError());
        return false;
    }

    QString failedWhat;
    QSqlError failedError;

private:
    bool prepare(QSqlQuery &query, const QString &statement)
    {
        if (query.prepare(statement))
            return true;
        failed(QStringLiteral("prepare"), query.lastError());
        return false;
    }

    Outcome failed(const QString &what, const QSqlError &error)
    {
        failedWhat = what;
        failedError = error;
        return Outcome::DatabaseFailed;
    }

    // The state of a node as this batch sees it (the group's view plus this batch's changes); null when it
    // cannot be read. References stay valid while the batch is applied (std::unordered_map).
    NodeState *stateOf(const QString &id)
    {
        if (const auto touched = m_touched.find(id); touched != m_touched.end())
            return &touched->second;
        auto base = m_nodes.find(id);
        if (base == m_nodes.end()) {
            NodeState state;
            m_readNode.bindValue(0, id);
            if (!m_readNode.exec()) {
                failed(QStringLiteral("read node"), m_readNode.lastError());
                return nullptr;
            }
            if (m_readNode.next()) {
                const QSqlQuery &s = m_readNode;
                state.exists = true;
                state.publicKey = QByteArray::fromHex(s.value(0).toString().toLatin1());
                state.lastSeq = s.value(1).toULongLong();
                state.lastHash = QByteArray::fromHex(s.value(2).toString().toLatin1());
                state.lastToMs = s.value(3).toLongLong();
                state.totals = totalsAt(s, 4);
                state.received = s.value(10).toLongLong();
                state.sent = s.value(11).toLongLong();
            }
            m_readNode.finish();
            base = m_nodes.emplace(id, std::move(state)).first;
        }
        return &m_touched.emplace(id, base->second).first->second;
    }

    Outcome refuse(SubmitResult *result, int index, const QString &code, const QString &message,
                   const CheckedEntry *flagged = nullptr)
    {
        // Nothing of the batch was written: forgetting its changes to the group's view is all it takes.
        m_touched.clear();
        *result = SubmitResult {};
        result->error = Error {code, message};
        result->errorIndex = index;
        if (flagged) {
            // Recorded in the group's transaction (no fsync of its own).
            const ChainHeader &header = headerOf(flagged->entry);
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO flags (node_id, seq, reason, canonical, signature, "
                                     "flagged_ms) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(flagged->nodeId);
            q.addBindValue(qint64(header.seq));
            q.addBindValue(code);
            q.addBindValue(flagged->canonical);
            q.addBindValue(header.signature);
            q.addBindValue(m_nowMs);
            if (!q.exec())
                return failed(QStringLiteral("record flag"), q.lastError());
            qCWarning(lcLedger) << "flagged" << code << "for node" << flagged->nodeId << "seq" << header.seq;
        }
        return Outcome::Refused;
    }

    // Whether exactly this entry (same canonical bytes and signature) is stored at its seq, which is at most
    // the node's last: written in this transaction (this batch or one before), or before it. Empty when the
    // database cannot be read.
    std::optional<bool> isStored(const CheckedEntry &checked, const NodeState &node)
    {
        const ChainHeader &header = headerOf(checked.entry);
        if (!node.inGroup.isEmpty() && header.seq >= node.firstSeqInGroup) {
            const CheckedEntry *other = node.inGroup.at(qsizetype(header.seq - node.firstSeqInGroup));
            return other->canonical == checked.canonical
                   && headerOf(other->entry).signature == header.signature;
        }
        m_readEntry.bindValue(0, checked.nodeId);
        m_readEntry.bindValue(1, qint64(header.seq));
        if (!m_readEntry.exec()) {
            failed(QStringLiteral("read entry"), m_readEntry.lastError());
            return std::nullopt;
        }
        const bool same = m_readEntry.next() && m_readEntry.value(0).toByteArray() == checked.canonical
                          && m_readEntry.value(1).toByteArray() == header.signature;
        m_readEntry.finish();
        return same;
    }

    QSqlDatabase m_db;
    const RewardPolicy &m_policy;
    qint64 m_nowMs;
    int m_entryDelayMs;
    QSqlQuery m_insert;
    QSqlQuery m_readNode;
    QSqlQuery m_readEntry;
    std::unordered_map<QString, NodeState> m_nodes;
    std::unordered_map<QString, NodeState> m_touched;
};

} // namespace

SubmitResult LedgerStore::submit(const QList<Entry> &entries, qint64 nowMs)
{
    return submitGroup({checkBatch(entries)}, nowMs).constFirst();
}

QList<SubmitResult> LedgerStore::submitGroup(const QList<CheckedBatch> &batches, qint64 nowMs)
{
    QList<SubmitResult> results(batches.size());
    QList<int> pending; // the batches that need the database
    for (int b = 0; b < batches.size(); ++b) {
        if (batches[b].error) {
            results[b].error = batches[b].error;
            results[b].errorIndex = batches[b].errorIndex;
        } else {
            pending.append(b);
        }
    }
    if (pending.isEmpty())
        return results;
    for (int attempt = 1;; ++attempt) {
        bool retry = false;
        submitOnce(batches, pending, nowMs, &results, &retry);
        if (!retry || attempt == kMaxAttempts)
            return results;
        qCDebug(lcLedger) << "group of" << pending.size()
                          << "batches retried after a concurrent change, attempt" << attempt;
    }
}

void LedgerStore::submitOnce(const QList<CheckedBatch> &batches, const QList<int> &pending, qint64 nowMs,
                             QList<SubmitResult> *results, bool *retry)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool sqlite = m_spec.kind == DatabaseSpec::Kind::Sqlite;
    GroupWriter writer(db, m_policy, nowMs, m_entryDelayMs);
    // A database failure loses the whole transaction: every batch of the group gets the same answer.
    const auto fail = [&] {
        *retry = isRetryable(writer.failedError);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        Error error;
        if (*retry) {
            // Another ledgerd changed the same rows first: expected with several instances; checked again.
            qCInfo(lcLedger) << "concurrent change, group checked again:" << writer.failedWhat
                             << writer.failedError.nativeErrorCode();
            error = Error {QStringLiteral("database"),
                           Tr::tr("The ledger is busy; send the batch again in a moment.")};
        } else {
            error = databaseError(writer.failedWhat, writer.failedError.text());
        }
        for (int b : pending) {
            (*results)[b] = SubmitResult {};
            (*results)[b].error = error;
        }
    };
    if (!writer.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                            : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")))
        return fail();
    if (!writer.prepare())
        return fail();
    for (int b : pending) {
        if (writer.apply(batches[b], &(*results)[b]) == GroupWriter::Outcome::DatabaseFailed)
            return fail();
    }
    if (!writer.writeNodes() || !writer.exec(QStringLiteral("COMMIT")))
        return fail();
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
    v.totals = totalsAt(s, 3);
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
        auto decoded = decodeEntry(s.value(0).toByteArray());
        if (!decoded)
            return databaseError(QStringLiteral("decode entry"), decoded.error().message);
        headerOf(decoded.value()).signature = s.value(1).toByteArray();
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
        const ContributionTotals t = totalsAt(s, 1);
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
