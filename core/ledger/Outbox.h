// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Receipt.h"
#include "ledger/RewardsSource.h"
#include "platform/Crypto.h"
#include "platform/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// The node's own entries waiting for (and after) the ledger's acknowledgement: a SQLite file of its own
// (WAL, synchronous=FULL, PRAGMA user_version), so receipts survive a crash and a restart and sync later.
// Every change is one transaction: a crash at any point leaves either the old or the new state. It also keeps
// the ledger's last answers (node view, rank, summary, policy, sync times) so a restarted app shows them
// offline. Several processes (the app and cloudyctl) may open the same file. Not thread-safe.
namespace Cloudy::Ledger {

QString defaultOutboxPath();

// Where a node's chain ends in the outbox.
struct ChainTip
{
    quint64 seq = 0; // 0: no entry yet
    QByteArray hash = QByteArray(32, '\0'); // entryHash of the last entry (zeros when none)
    qint64 lastReceiptToMs = 0; // end of the last receipt's period (0 when none)
};

class Outbox final
{
public:
    Outbox();
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Opens (creating when missing) the outbox. Errors: "outbox-db" (cannot open/write), "outbox-newer"
    // (written by a newer Cloudy: refused, left untouched).
    Result<bool> open(const QString &path = defaultOutboxPath());
    void close();
    bool isOpen() const;
    QString path() const;

    Result<ChainTip> tip(const QString &nodeId);
    // Gives the bodies (receipts or transfers, header fields ignored) the next seq/prev of key's chain,
    // signs them and appends them, all in one transaction. Returns the signed entries.
    Result<QList<Entry>> issue(const QList<Entry> &bodies, const Crypto::SigningKeyPair &key);
    // Appends entries that are already signed; each must continue its node's chain (seq and prev).
    Result<bool> append(const QList<Entry> &signedEntries);
    // Lets key's chain go on past an entry the ledger refused for what it says (a transfer over the balance,
    // implausible amounts, an overlapping period...): in one transaction the first such entry is set aside
    // (entries() still lists it, setAside and Refused with the ledger's reason) and the pending entries that
    // waited behind it are renumbered from its seq and signed again with key. An entry refused for a date
    // in the future is made pending again instead (the ledger's clock may have caught up). Refusals about
    // the chain itself (seq-gap, seq-conflict, prev-mismatch) are left alone. Returns how many entries were
    // set aside (0 or 1).
    Result<int> setAsideRefused(const Crypto::SigningKeyPair &key);

    // Entries of one node (all nodes when nodeId is empty), oldest first, with those set aside.
    Result<QList<LocalEntry>> entries(const QString &nodeId = {});
    // Pending entries, by node then seq.
    Result<QList<LocalEntry>> pending(const QString &nodeId = {});
    // The pending entries to send next, by node then seq, at most limit; none after a refused entry of its
    // node (the chain is broken there). Reads only those rows, so a sync stays linear in its entries.
    Result<QList<LocalEntry>> nextToSend(int limit);
    // How many entries are pending (all nodes), without reading them.
    Result<int> pendingCount();
    // The nodes with at least one refused entry.
    Result<QSet<QString>> nodesWithRefused();
    // The node of the latest entry in the outbox (empty when it holds none).
    Result<QString> lastNodeId();

    Result<bool> markConfirmed(const QString &nodeId, const QList<quint64> &seqs);
    Result<bool> markRefused(const QString &nodeId, quint64 seq, const QString &code, const QString &reason);
    // Back to pending (the ledger lost them, or the user retries a refused entry).
    Result<bool> markPending(const QString &nodeId, const QList<quint64> &seqs);
    Result<bool> markPendingAfter(const QString &nodeId, quint64 afterSeq);

    // The ledger's last answers, by name ("node", "summary", "policy", "sync"...), as JSON objects.
    Result<bool> saveAnswer(const QString &name, const QJsonObject &value);
    Result<QJsonObject> answer(const QString &name); // empty object when never saved

    // Tests only: the schema version this code writes.
    static int schemaVersion();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Cloudy::Ledger
