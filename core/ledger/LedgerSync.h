// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/LedgerClient.h"
#include "ledger/Outbox.h"
#include "ledger/ReceiptBuilder.h"
#include "ledger/RewardsSource.h"
#include "metering/Usage.h"
#include "platform/Crypto.h"

#include <QTimer>
#include <QUrl>

// The client sync (issue #6): the RewardsSource of the app and of `cloudyctl ledger`. Receipts are issued
// into the Outbox (signed, one transaction) and pushed to the ledger in batches; the ledger's answers are
// kept in the outbox so a restarted app shows them offline. A sync runs every syncInterval, after each new
// receipt, and on syncNow(); when the ledger cannot be reached it is retried with exponential back-off and
// jitter. Every step can be repeated: an entry the ledger already has is answered "already stored".
namespace Cloudy::Ledger {

// "no-ledger", "never-synced", "syncing", "synced", "unreachable", "refused" (cloudyctl --json).
QString syncStatusName(SyncStatus status);

class LedgerSync final : public RewardsSource
{
    Q_OBJECT

public:
    explicit LedgerSync(QObject *parent = nullptr);
    ~LedgerSync() override;

    // Opens the outbox (errors as Outbox::open) and loads the last sync state kept in it.
    Result<bool> open(const QString &outboxPath = defaultOutboxPath());
    Outbox &outbox() { return m_outbox; }

    // The ledger (empty url: none; status NoLedger, receipts are only recorded). Errors: "bad-ledger-url",
    // "bad-pin". Setting a ledger schedules a sync soon.
    Result<bool> setLedger(const QString &url, const QString &pinHex = {});
    // The node whose entries and balance are shown; by default the node of the outbox's latest entry.
    void setNodeId(const QString &nodeId);
    void setSyncInterval(int milliseconds); // default 10 minutes
    void setRequestTimeout(int milliseconds);
    // Off by default in tests (cloudyctl), on in the app: the periodic timer and sync after issuing.
    void setAutomatic(bool automatic);
    // The back-off after a failed sync (tests shorten it): base × 2^failures, capped, with jitter.
    void setBackoff(qint64 baseMs, qint64 capMs);
    // Entries per POST (default kClientBatchEntries, at most the ledger's 500).
    void setBatchSize(int entries);
    // Tests only: a pause before each batch is sent, so a test can kill the process between requests
    // (cloudyctl reads CLOUDY_LEDGER_TEST_BATCH_DELAY_MS and CLOUDY_LEDGER_TEST_BATCH_SIZE).
    void setBatchDelayForTests(int milliseconds) { m_batchDelayMs = milliseconds; }

    // Issues the receipts of the completed hours (UsageStore::hours()) that are not in the outbox yet:
    // hours after the end of the last receipt, ended by nowMs, with something donated. Signs them with key
    // (its public key is the node's), appends them in one transaction and starts a sync when automatic.
    // An entry the ledger refused for what it says is first set aside (Outbox::setAsideRefused), so one
    // refusal never stops the receipts after it. Returns how many receipts were issued.
    Result<int> issueReceipts(const QList<Metering::HourlyUsage> &hours, const DonatedCaps &caps,
                              const QString &microcloud, const Crypto::SigningKeyPair &key, qint64 nowMs);

    // Gives amount millicredits of this node (key's) to the node payeeNodeId, with an optional memo for
    // people: a transfer entry signed with key into the outbox, sent at the next sync (started now when
    // automatic). It spends only what the ledger has counted: the last balance the ledger sent, less the
    // transfers still pending. Errors: "bad-payee", "bad-amount", "bad-memo", "balance-unknown" (never
    // synced), "insufficient-credit", and the outbox's.
    Result<Transfer> issueTransfer(const QString &payeeNodeId, quint64 amountMillicredits,
                                   const QString &memo, const Crypto::SigningKeyPair &key, qint64 nowMs);
    // Outbox::setAsideRefused for key's chain (a sync follows when something was set aside and automatic).
    Result<int> setAsideRefused(const Crypto::SigningKeyPair &key);
    // What this node can still give: the ledger's balance less the pending transfers (nullopt: unknown).
    static std::optional<qint64> spendableMillicredits(const RewardsSnapshot &snapshot);

    RewardsSnapshot snapshot() const override;
    SyncState syncState() const override { return m_state; }
    void syncNow() override;
    bool isSyncing() const { return m_state.status == SyncStatus::Syncing; }

    // The node's earned credits under the policy for the given receipts (what pending ones will bring).
    static qint64 millicreditsOf(const QList<LocalEntry> &entries, const RewardPolicy &policy);

Q_SIGNALS:
    // A sync ended (successfully or not); syncState() says how.
    void syncFinished();

private:
    QString currentNodeId() const;
    // New entries are in the outbox: say so, and send them soon when automatic.
    void outboxChanged();
    void fail(const LedgerAnswer &answer);
    void refuse(const QString &message);
    void fetchNode(const std::function<void()> &then);
    void pushNext();
    void submitBatch(const QList<Entry> &batch);
    void finishSync();
    void scheduleIn(qint64 milliseconds);
    void saveState();
    void emitState();

    mutable Outbox m_outbox;
    LedgerClient m_client;
    QTimer m_timer;
    SyncState m_state;
    QString m_nodeId;
    int m_intervalMs = 10 * 60 * 1000;
    int m_failures = 0;
    qint64 m_backoffBaseMs = 30 * 1000;
    qint64 m_backoffCapMs = 30 * 60 * 1000;
    int m_batchSize = kClientBatchEntries;
    int m_maxBatchSize = kClientBatchEntries;
    int m_batchDelayMs = 0;
    bool m_automatic = false;
    bool m_blocked = false; // this sync found an entry the ledger refused
};

} // namespace Cloudy::Ledger
