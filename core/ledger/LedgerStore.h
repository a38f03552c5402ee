// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/DatabaseSpec.h"
#include "ledger/Receipt.h"
#include "ledger/RewardPolicy.h"
#include "platform/Result.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

// The server side of the ledger (cloudy-ledgerd): entries checked and stored through Qt SQL, SQLite (WAL,
// synchronous=FULL) or PostgreSQL. A batch is applied entirely or not at all. Several batches can share one
// transaction (group commit: one fsync for all of them): each is checked whole against the state the
// batches before it left and written only if it passes, so that a refused batch leaves no trace and does
// not spoil the others. Two stores on one PostgreSQL never both accept an entry for the same node and seq:
// PRIMARY KEY (node_id, seq) and SERIALIZABLE transactions, retried on a serialization failure. Not
// thread-safe: one store per thread (checkBatch() is pure and can run on any thread).
namespace Cloudy::Ledger {

inline constexpr qint64 kClockSkewMs = 5 * 60 * 1000;

struct NodeView
{
    QString nodeId;
    QString publicKeyHex;
    quint64 lastSeq = 0;
    QString lastHashHex;
    ContributionTotals totals;
    qint64 earned = 0; // millicredits
    qint64 received = 0;
    qint64 sent = 0;
    qint64 balance() const { return earned + received - sent; }
};

struct LedgerSummary
{
    quint64 nodes = 0;
    quint64 entries = 0;
    ContributionTotals totals;
    qint64 earned = 0;
    QList<NodeView> top; // at most 10, most credits first
};

struct SubmitItem
{
    QString nodeId;
    quint64 seq = 0;
    bool alreadyStored = false;
};

struct SubmitResult
{
    std::optional<Error> error; // set: nothing of the batch was stored
    int errorIndex = -1; // the entry the error is about, or -1
    QList<SubmitItem> items; // one per entry when the batch was applied
    int stored = 0;
    int alreadyStored = 0;
};

// An entry with what the ledger derives from it, each computed once.
struct CheckedEntry
{
    Entry entry;
    QString nodeId;
    QByteArray canonical; // canonicalBytes(entry)
    QByteArray hash; // BLAKE2b-256 of canonical: the entry hash
};

// A batch after the checks that need no database: signatures and plausibility.
struct CheckedBatch
{
    QList<CheckedEntry> entries; // when no error
    std::optional<Error> error; // set: the batch is refused as a whole
    int errorIndex = -1;
};

// Checks signatures and plausibility of a batch and derives node ids, canonical bytes and hashes. Pure:
// safe on any thread.
CheckedBatch checkBatch(const QList<Entry> &entries);

class LedgerStore final
{
public:
    explicit LedgerStore(RewardPolicy policy = {});
    ~LedgerStore();
    LedgerStore(const LedgerStore &) = delete;
    LedgerStore &operator=(const LedgerStore &) = delete;

    // Opens the database under a connection name of its own and creates the schema.
    Result<bool> open(const DatabaseSpec &spec);
    bool isOpen() const;
    const DatabaseSpec &spec() const { return m_spec; }
    const RewardPolicy &policy() const { return m_policy; }

    // Checks every entry (signature, chain, periods, amounts, credit) and stores the batch in one
    // transaction. nowMs is the ledger's clock (injected for tests).
    SubmitResult submit(const QList<Entry> &entries, qint64 nowMs);
    // Stores checked batches in one transaction (one fsync for all), in order, each all-or-nothing on its
    // own: a refused batch writes nothing and the others go on. One result per batch. A database failure
    // fails every batch (nothing stored). Batches with an error from checkBatch() are answered with it and
    // cost nothing.
    QList<SubmitResult> submitGroup(const QList<CheckedBatch> &batches, qint64 nowMs);

    Result<NodeView> node(const QString &nodeId);
    // Entries of a node with seq > after, in order, at most limit.
    Result<QList<Entry>> entries(const QString &nodeId, quint64 after, int limit);
    Result<LedgerSummary> summary();
    // The node's place among the community's nodes by credits earned: 1 for the most, ties ordered by node
    // id as in summary().top. Errors as node().
    Result<quint64> rank(const QString &nodeId);
    // How many seq conflicts were recorded for a node (a different entry for a stored seq).
    Result<int> flagCount(const QString &nodeId);

    // Tests only: a pause after each entry written inside the batch's transaction, so that a test can kill
    // the process while a transaction is certainly open (cloudy-ledgerd reads
    // CLOUDY_LEDGERD_TEST_ENTRY_DELAY_MS).
    void setEntryDelayForTests(int milliseconds) { m_entryDelayMs = milliseconds; }

private:
    // One attempt at the batches of pending: fills results; *retry when another writer got in the way.
    void submitOnce(const QList<CheckedBatch> &batches, const QList<int> &pending, qint64 nowMs,
                    QList<SubmitResult> *results, bool *retry);
    Result<bool> prepareSchema(const QSqlDatabase &db);
    Error databaseError(const QString &what, const QString &detail) const;

    RewardPolicy m_policy;
    DatabaseSpec m_spec;
    QString m_connectionName;
    int m_entryDelayMs = 0;
};

} // namespace Cloudy::Ledger
