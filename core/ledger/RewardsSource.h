// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/LedgerStore.h"
#include "ledger/Receipt.h"
#include "ledger/RewardPolicy.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// What the Rewards page (and `cloudyctl ledger status`) shows, as values: the node's local entries with
// their state, what the ledger last said, and the state of the sync. A RewardsSource produces them; the page
// only reads snapshots and calls syncNow().
namespace Cloudy::Ledger {

enum class EntryState
{
    Pending, // in the local outbox, not acknowledged by the ledger yet
    Confirmed, // the ledger stored it (or answered that it already had it)
    Refused, // the ledger refused it: refusalCode/refusalReason say why
};

struct LocalEntry
{
    Entry entry;
    EntryState state = EntryState::Pending;
    QString refusalCode; // the ledger's machine-readable code, when Refused
    QString refusalReason; // the ledger's sentence, when Refused
    QDateTime queuedAt; // UTC, when the entry entered the outbox
    bool setAside = false; // Refused, and the node's chain went on without it (Outbox::setAsideRefused)
};

enum class SyncStatus
{
    NoLedger, // no ledger configured: receipts are only recorded locally for now
    NeverSynced,
    Syncing,
    Synced,
    Unreachable, // the last attempt could not reach the ledger; retried with back-off
    Refused, // the ledger refused an entry (see the entry's reason)
};

struct SyncState
{
    SyncStatus status = SyncStatus::NeverSynced;
    QString ledgerUrl; // empty when none is configured
    QDateTime lastAttempt; // UTC, invalid when never
    QDateTime lastSuccess; // UTC, invalid when never
    QDateTime nextAttempt; // UTC, invalid when none is scheduled
    QString message; // for the user: what happened at the last attempt
    int sent = 0; // entries acknowledged by the last successful sync
    int progressDone = 0; // while Syncing: entries sent so far …
    int progressTotal = 0; // … of this many
};

struct RewardsSnapshot
{
    QString nodeId; // empty when the node has no identity yet
    std::optional<NodeView> ledger; // the ledger's view of this node (GET /v1/nodes/{id}), when known
    int rank = 0; // 1-based among the community's nodes by credits earned; 0 when unknown
    std::optional<LedgerSummary> community; // GET /v1/summary, when known
    RewardPolicy policy; // the ledger's policy (GET /v1/policy), or the default before the first sync
    QList<LocalEntry> entries; // the node's own entries, oldest first
    qint64 pendingMillicredits = 0; // what the pending receipts will earn under the policy
};

// Produces snapshots and runs the sync. Implemented by the client sync; the GUI and tests use this interface.
class RewardsSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual RewardsSnapshot snapshot() const = 0;
    virtual SyncState syncState() const = 0;
    // Starts a sync now (no-op while one runs). syncStateChanged() reports progress and the end.
    virtual void syncNow() = 0;

Q_SIGNALS:
    void snapshotChanged();
    void syncStateChanged();
};

} // namespace Cloudy::Ledger
