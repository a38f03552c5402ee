// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "LedgerLog.h"
#include "platform/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace Cloudy::Ledger {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Ledger::Outbox)
};

// The schema this code writes (PRAGMA user_version); a newer file is refused.
constexpr int kSchemaVersion = 2;

Error dbError(const QString &what, const QSqlError &error)
{
    return Error {QStringLiteral("outbox-db"),
                  Tr::tr("The ledger outbox could not %1: %2").arg(what, error.text().trimmed())};
}

int stateCode(EntryState state)
{
    switch (state) {
    case EntryState::Pending:
        return 0;
    case EntryState::Confirmed:
        return 1;
    case EntryState::Refused:
        return 2;
    }
    return 0;
}

EntryState stateFrom(int code)
{
    return code == 1 ? EntryState::Confirmed : code == 2 ? EntryState::Refused : EntryState::Pending;
}

const QString entryColumns =
    QStringLiteral("canonical, signature, state, refusal_code, refusal_reason, queued_ms");
// Every column of an entry row, as both tables hold them.
const QString rowColumns = QStringLiteral("node_id, seq, kind, canonical, signature, hash, to_ms, state, "
                                          "refusal_code, refusal_reason, queued_ms");

// Refusals about the chain itself: the ledger's chain and the outbox's differ there, so renumbering the
// entries after it cannot help (reconciliation does).
bool isChainRefusal(const QString &code)
{
    return code == QLatin1String("seq-gap") || code == QLatin1String("seq-conflict")
           || code == QLatin1String("prev-mismatch");
}

} // namespace

QString defaultOutboxPath()
{
    return Paths::dataDir() + QStringLiteral("/ledger-outbox.sqlite");
}

struct Outbox::Private
{
    QString connectionName;
    QString path;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    // BEGIN IMMEDIATE: the write lock up front, so two processes never interleave a read-then-append.
    std::optional<Error> begin()
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return dbError(Tr::tr("start a transaction"), q.lastError());
        return std::nullopt;
    }
    std::optional<Error> commit()
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const Error error = dbError(Tr::tr("save its changes"), q.lastError());
            rollback();
            return error;
        }
        return std::nullopt;
    }
    void rollback()
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("ROLLBACK"));
    }

    // Entries of the chain (and with withSetAside those set aside too, each before the entry that took
    // its seq), by node then seq.
    Result<QList<LocalEntry>> select(const QString &where, const QVariantList &values, int limit = -1,
                                     bool withSetAside = false)
    {
        const QString from =
            withSetAside
                ? QStringLiteral("(SELECT %1, node_id, seq, 0 AS aside FROM entries UNION ALL "
                                 "SELECT %1, node_id, seq, 1 AS aside FROM set_aside) AS every_entry")
                      .arg(entryColumns)
                : QStringLiteral("entries");
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 %4 ORDER BY node_id, seq%5%6")
                      .arg(entryColumns, withSetAside ? QStringLiteral("aside") : QStringLiteral("0"), from,
                           where, withSetAside ? QStringLiteral(", aside DESC") : QString(),
                           limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return dbError(Tr::tr("read its entries"), q.lastError());
        QList<LocalEntry> list;
        while (q.next()) {
            auto decoded = decodeEntry(q.value(0).toByteArray());
            if (!decoded)
                return Error {QStringLiteral("outbox-damaged"),
                              Tr::tr("The ledger outbox holds an entry that cannot be read: %1")
                                  .arg(decoded.error().message)};
            LocalEntry local;
            local.entry = std::move(decoded).value();
            headerOf(local.entry).signature = q.value(1).toByteArray();
            local.state = stateFrom(q.value(2).toInt());
            local.refusalCode = q.value(3).toString();
            local.refusalReason = q.value(4).toString();
            local.queuedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
            local.setAside = q.value(6).toInt() == 1;
            list.append(std::move(local));
        }
        return list;
    }

    Result<ChainTip> tip(const QString &nodeId)
    {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("SELECT seq, hash FROM entries WHERE node_id = ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(nodeId);
        if (!q.exec())
            return dbError(Tr::tr("read its entries"), q.lastError());
        ChainTip t;
        if (q.next()) {
            t.seq = quint64(q.value(0).toLongLong());
            t.hash = q.value(1).toByteArray();
        }
        // Receipts set aside count too: their hours were reported once, they are not issued again.
        q.prepare(QStringLiteral("SELECT MAX(to_ms) FROM (SELECT to_ms FROM entries WHERE node_id = ? "
                                 "UNION ALL SELECT to_ms FROM set_aside WHERE node_id = ?)"));
        q.addBindValue(nodeId);
        q.addBindValue(nodeId);
        if (!q.exec())
            return dbError(Tr::tr("read its entries"), q.lastError());
        if (q.next())
            t.lastReceiptToMs = q.value(0).toLongLong();
        return t;
    }

    // Inserts one signed entry that continues the chain tip (updated). Inside a transaction.
    std::optional<Error> insert(const Entry &entry, ChainTip &tip, qint64 nowMs)
    {
        const ChainHeader &h = headerOf(entry);
        if (h.seq != tip.seq + 1 || h.prev != tip.hash)
            return Error {
                QStringLiteral("outbox-chain"),
                Tr::tr("Entry %1 does not continue this node's chain in the outbox (it ends at %2).")
                    .arg(h.seq)
                    .arg(tip.seq)};
        if (!verifyEntry(entry))
            return Error {QStringLiteral("bad-signature"),
                          Tr::tr("Entry %1 is not signed by its key.").arg(h.seq)};
        if (auto plausible = checkPlausible(entry); !plausible)
            return plausible.error();
        qint64 toMs = 0;
        if (const auto *r = std::get_if<Receipt>(&entry)) {
            if (r->fromMs < tip.lastReceiptToMs)
                return Error {QStringLiteral("period-overlap"),
                              Tr::tr("The receipt's period starts before the end of the previous receipt.")};
            toMs = r->toMs;
        }
        const QByteArray hash = entryHash(entry);
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("INSERT INTO entries (node_id, seq, kind, canonical, signature, hash, to_ms, "
                           "state, refusal_code, refusal_reason, queued_ms) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', '', ?)"));
        q.addBindValue(nodeIdOf(h.publicKey));
        q.addBindValue(qint64(h.seq));
        q.addBindValue(isReceipt(entry) ? 1 : 2);
        q.addBindValue(canonicalBytes(entry));
        q.addBindValue(h.signature);
        q.addBindValue(hash);
        q.addBindValue(toMs);
        q.addBindValue(nowMs);
        if (!q.exec())
            return dbError(Tr::tr("store an entry"), q.lastError());
        tip.seq = h.seq;
        tip.hash = hash;
        tip.lastReceiptToMs = std::max(tip.lastReceiptToMs, toMs);
        return std::nullopt;
    }

    std::optional<Error> openAndMigrate()
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(path);
        const QString where = QDir::toNativeSeparators(path);
        if (!database.open())
            return dbError(Tr::tr("open %1").arg(where), database.lastError());
        QSqlQuery q(database);
        for (const QString &pragma :
             {QStringLiteral("PRAGMA busy_timeout = 10000"), QStringLiteral("PRAGMA journal_mode = WAL"),
              QStringLiteral("PRAGMA synchronous = FULL")}) {
            if (!q.exec(pragma))
                return dbError(Tr::tr("open %1").arg(where), q.lastError());
        }
        if (auto error = begin())
            return error;
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const Error error = dbError(Tr::tr("be read"), q.lastError());
            rollback();
            return error;
        }
        const int version = q.value(0).toInt();
        q.finish();
        if (version > kSchemaVersion) {
            rollback();
            return Error {QStringLiteral("outbox-newer"),
                          Tr::tr("The ledger outbox %1 was written by a newer version of Cloudy (schema %2, "
                                 "this version knows %3). Update Cloudy Desktop to use it.")
                              .arg(where)
                              .arg(version)
                              .arg(kSchemaVersion)};
        }
        if (version < kSchemaVersion) {
            const QStringList statements {
                QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
                               "node_id TEXT NOT NULL, seq INTEGER NOT NULL, kind INTEGER NOT NULL, "
                               "canonical BLOB NOT NULL, signature BLOB NOT NULL, hash BLOB NOT NULL, "
                               "to_ms INTEGER NOT NULL, state INTEGER NOT NULL, refusal_code TEXT NOT NULL, "
                               "refusal_reason TEXT NOT NULL, queued_ms INTEGER NOT NULL, "
                               "PRIMARY KEY (node_id, seq))"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS entries_state ON entries(state, node_id, seq)"),
                // Schema 2: entries the ledger refused and the chain went on without (setAsideRefused).
                QStringLiteral("CREATE TABLE IF NOT EXISTS set_aside ("
                               "node_id TEXT NOT NULL, seq INTEGER NOT NULL, kind INTEGER NOT NULL, "
                               "canonical BLOB NOT NULL, signature BLOB NOT NULL, hash BLOB NOT NULL, "
                               "to_ms INTEGER NOT NULL, state INTEGER NOT NULL, refusal_code TEXT NOT NULL, "
                               "refusal_reason TEXT NOT NULL, queued_ms INTEGER NOT NULL, "
                               "set_aside_ms INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS set_aside_node ON set_aside(node_id, seq)"),
                QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS answers (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
            };
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    const Error error = dbError(Tr::tr("create its tables"), q.lastError());
                    rollback();
                    return error;
                }
            }
        }
        return commit();
    }

    // Inside a transaction.
    std::optional<Error> writeState(const QString &nodeId, const QList<quint64> &seqs, EntryState state,
                                    const QString &code, const QString &reason)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE entries SET state = ?, refusal_code = ?, refusal_reason = ? WHERE "
                                 "node_id = ? AND seq = ?"));
        for (const quint64 seq : seqs) {
            q.addBindValue(stateCode(state));
            // Never NULL: a null QString binds as NULL.
            q.addBindValue(code.isNull() ? QStringLiteral("") : code);
            q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
            q.addBindValue(nodeId);
            q.addBindValue(qint64(seq));
            if (!q.exec())
                return dbError(Tr::tr("mark an entry"), q.lastError());
        }
        return std::nullopt;
    }

    Result<bool> setState(const QString &nodeId, const QList<quint64> &seqs, EntryState state,
                          const QString &code, const QString &reason)
    {
        if (auto error = begin())
            return *error;
        if (auto error = writeState(nodeId, seqs, state, code, reason)) {
            rollback();
            return *error;
        }
        if (auto error = commit())
            return *error;
        return true;
    }
};

Outbox::Outbox()
    : d(std::make_unique<Private>())
{ }

Outbox::~Outbox()
{
    close();
}

int Outbox::schemaVersion()
{
    return kSchemaVersion;
}

bool Outbox::isOpen() const
{
    return !d->connectionName.isEmpty();
}

QString Outbox::path() const
{
    return d->path;
}

void Outbox::close()
{
    if (d->connectionName.isEmpty())
        return;
    {
        QSqlDatabase database = d->db();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
}

Result<bool> Outbox::open(const QString &path)
{
    close();
    d->path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    d->connectionName = QStringLiteral("cloudy-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Every query is gone before a failure closes the connection again.
    const std::optional<Error> error = d->openAndMigrate();
    if (error) {
        close();
        return *error;
    }
    return true;
}

Result<ChainTip> Outbox::tip(const QString &nodeId)
{
    return d->tip(nodeId);
}

Result<QList<Entry>> Outbox::issue(const QList<Entry> &bodies, const Crypto::SigningKeyPair &key)
{
    if (key.publicKey.size() != 32 || key.secretKey.size() != Crypto::kSecretKeyBytes)
        return Error {QStringLiteral("no-identity"), Tr::tr("The node has no signing key to sign receipts.")};
    if (auto error = d->begin())
        return *error;
    const QString nodeId = nodeIdOf(key.publicKey);
    auto tip = d->tip(nodeId);
    if (!tip) {
        d->rollback();
        return tip.error();
    }
    ChainTip chain = tip.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Entry> issued;
    for (Entry entry : bodies) {
        ChainHeader &h = headerOf(entry);
        h.publicKey = key.publicKey;
        h.seq = chain.seq + 1;
        h.prev = chain.hash;
        if (!signEntry(entry, key.secretKey)) {
            d->rollback();
            return Error {QStringLiteral("sign"), Tr::tr("The entry could not be signed.")};
        }
        if (auto error = d->insert(entry, chain, now)) {
            d->rollback();
            return *error;
        }
        issued.append(entry);
    }
    if (auto error = d->commit())
        return *error;
    qCInfo(lcLedger) << "outbox: issued" << issued.size() << "entries, chain now at" << chain.seq;
    return issued;
}

Result<bool> Outbox::append(const QList<Entry> &signedEntries)
{
    if (auto error = d->begin())
        return *error;
    QHash<QString, ChainTip> tips;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Entry &entry : signedEntries) {
        const QString nodeId = nodeIdOf(headerOf(entry).publicKey);
        if (!tips.contains(nodeId)) {
            auto tip = d->tip(nodeId);
            if (!tip) {
                d->rollback();
                return tip.error();
            }
            tips.insert(nodeId, tip.value());
        }
        if (auto error = d->insert(entry, tips[nodeId], now)) {
            d->rollback();
            return *error;
        }
    }
    if (auto error = d->commit())
        return *error;
    return true;
}

Result<int> Outbox::setAsideRefused(const Crypto::SigningKeyPair &key)
{
    if (key.publicKey.size() != 32 || key.secretKey.size() != Crypto::kSecretKeyBytes)
        return Error {QStringLiteral("no-identity"), Tr::tr("The node has no signing key to sign receipts.")};
    const QString nodeId = nodeIdOf(key.publicKey);
    if (auto error = d->begin())
        return *error;
    const auto fail = [this](const Error &error) -> Result<int> {
        d->rollback();
        return error;
    };
    const auto refused = d->select(QStringLiteral("WHERE node_id = ? AND state = 2"), {nodeId}, 1);
    if (!refused)
        return fail(refused.error());
    if (refused->isEmpty() || isChainRefusal(refused->first().refusalCode)) {
        d->rollback();
        return 0;
    }
    const LocalEntry &first = refused->first();
    const quint64 seq = headerOf(first.entry).seq;
    if (first.refusalCode == QLatin1String("period-in-future")) {
        // Its time may well have come (the ledger's clock was behind ours): it is sent again as it is.
        if (auto error = d->writeState(nodeId, {seq}, EntryState::Pending, {}, {}))
            return fail(*error);
        if (auto error = d->commit())
            return *error;
        return 0;
    }
    const auto later = d->select(QStringLiteral("WHERE node_id = ? AND seq > ?"), {nodeId, qint64(seq)});
    if (!later)
        return fail(later.error());
    for (const LocalEntry &local : later.value()) {
        if (local.state != EntryState::Pending)
            return fail(
                Error {QStringLiteral("outbox-chain"),
                       Tr::tr("The ledger confirmed entry %1 after refusing entry %2: the outbox and the "
                              "ledger disagree, so the refused entry is kept where it is.")
                           .arg(headerOf(local.entry).seq)
                           .arg(seq)});
    }
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO set_aside (%1, set_aside_ms) SELECT %1, ? FROM entries "
                             "WHERE node_id = ? AND seq = ?")
                  .arg(rowColumns));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(nodeId);
    q.addBindValue(qint64(seq));
    if (!q.exec())
        return fail(dbError(Tr::tr("set a refused entry aside"), q.lastError()));
    q.prepare(QStringLiteral("DELETE FROM entries WHERE node_id = ? AND seq >= ?"));
    q.addBindValue(nodeId);
    q.addBindValue(qint64(seq));
    if (!q.exec())
        return fail(dbError(Tr::tr("set a refused entry aside"), q.lastError()));
    auto tip = d->tip(nodeId);
    if (!tip)
        return fail(tip.error());
    ChainTip chain = tip.value();
    // The entries that waited behind it continue the chain from its seq, signed again.
    for (const LocalEntry &local : later.value()) {
        Entry entry = local.entry;
        ChainHeader &h = headerOf(entry);
        h.seq = chain.seq + 1;
        h.prev = chain.hash;
        if (!signEntry(entry, key.secretKey))
            return fail(Error {QStringLiteral("sign"), Tr::tr("The entry could not be signed.")});
        if (auto error = d->insert(entry, chain, local.queuedAt.toMSecsSinceEpoch()))
            return fail(*error);
    }
    if (auto error = d->commit())
        return *error;
    qCInfo(lcLedger) << "outbox: set entry" << seq << "aside (" << first.refusalCode << "), renumbered"
                     << later->size() << "entries after it";
    return 1;
}

Result<QList<LocalEntry>> Outbox::entries(const QString &nodeId)
{
    if (nodeId.isEmpty())
        return d->select({}, {}, -1, true);
    return d->select(QStringLiteral("WHERE node_id = ?"), {nodeId}, -1, true);
}

Result<QList<LocalEntry>> Outbox::pending(const QString &nodeId)
{
    if (nodeId.isEmpty())
        return d->select(QStringLiteral("WHERE state = 0"), {});
    return d->select(QStringLiteral("WHERE state = 0 AND node_id = ?"), {nodeId});
}

Result<QList<LocalEntry>> Outbox::nextToSend(int limit)
{
    return d->select(QStringLiteral("WHERE state = 0 AND NOT EXISTS (SELECT 1 FROM entries AS r WHERE "
                                    "r.state = 2 AND r.node_id = entries.node_id AND r.seq < entries.seq)"),
                     {}, std::max(0, limit));
}

Result<int> Outbox::pendingCount()
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM entries WHERE state = 0")) || !q.next())
        return dbError(Tr::tr("read its entries"), q.lastError());
    return q.value(0).toInt();
}

Result<QSet<QString>> Outbox::nodesWithRefused()
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT node_id FROM entries WHERE state = 2")))
        return dbError(Tr::tr("read its entries"), q.lastError());
    QSet<QString> nodes;
    while (q.next())
        nodes.insert(q.value(0).toString());
    return nodes;
}

Result<QString> Outbox::lastNodeId()
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT node_id FROM entries ORDER BY queued_ms DESC, seq DESC LIMIT 1")))
        return dbError(Tr::tr("read its entries"), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> Outbox::markConfirmed(const QString &nodeId, const QList<quint64> &seqs)
{
    return d->setState(nodeId, seqs, EntryState::Confirmed, {}, {});
}

Result<bool> Outbox::markRefused(const QString &nodeId, quint64 seq, const QString &code,
                                 const QString &reason)
{
    return d->setState(nodeId, {seq}, EntryState::Refused, code, reason);
}

Result<bool> Outbox::markPending(const QString &nodeId, const QList<quint64> &seqs)
{
    return d->setState(nodeId, seqs, EntryState::Pending, {}, {});
}

Result<bool> Outbox::markPendingAfter(const QString &nodeId, quint64 afterSeq)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE entries SET state = 0, refusal_code = '', refusal_reason = '' "
                             "WHERE node_id = ? AND seq > ? AND state = 1"));
    q.addBindValue(nodeId);
    q.addBindValue(qint64(afterSeq));
    if (!q.exec())
        return dbError(Tr::tr("mark an entry"), q.lastError());
    return true;
}

Result<bool> Outbox::saveAnswer(const QString &name, const QJsonObject &value)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO answers (name, value) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return dbError(Tr::tr("store the ledger's answer"), q.lastError());
    return true;
}

Result<QJsonObject> Outbox::answer(const QString &name)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT value FROM answers WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return dbError(Tr::tr("read the ledger's answers"), q.lastError());
    if (!q.next())
        return QJsonObject();
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace Cloudy::Ledger
