// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerSync.h"

#include "LedgerLog.h"
#include "ledger/CreditsText.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Cloudy::Ledger {

QString syncStatusName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::NoLedger:
        return QStringLiteral("no-ledger");
    case SyncStatus::NeverSynced:
        return QStringLiteral("never-synced");
    case SyncStatus::Syncing:
        return QStringLiteral("syncing");
    case SyncStatus::Synced:
        return QStringLiteral("synced");
    case SyncStatus::Unreachable:
        return QStringLiteral("unreachable");
    case SyncStatus::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

namespace {

SyncStatus statusFrom(const QString &name)
{
    for (const SyncStatus s : {SyncStatus::NoLedger, SyncStatus::NeverSynced, SyncStatus::Synced,
                               SyncStatus::Unreachable, SyncStatus::Refused}) {
        if (syncStatusName(s) == name)
            return s;
    }
    return SyncStatus::NeverSynced;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

LedgerSync::LedgerSync(QObject *parent)
    : RewardsSource(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LedgerSync::syncNow);
    m_state.status = SyncStatus::NoLedger;
}

LedgerSync::~LedgerSync() = default;

Result<bool> LedgerSync::open(const QString &outboxPath)
{
    auto opened = m_outbox.open(outboxPath);
    if (!opened)
        return opened;
    const auto saved = m_outbox.answer(QStringLiteral("sync"));
    if (saved && !saved->isEmpty()) {
        const QJsonObject o = saved.value();
        m_state.lastAttempt = timeFrom(o.value(QStringLiteral("last_attempt")));
        m_state.lastSuccess = timeFrom(o.value(QStringLiteral("last_success")));
        m_state.message = o.value(QStringLiteral("message")).toString();
        m_state.sent = o.value(QStringLiteral("sent")).toInt();
        // A retry another process (or the last run) scheduled is shown until it is due.
        const QDateTime next = timeFrom(o.value(QStringLiteral("next_attempt")));
        if (next > QDateTime::currentDateTimeUtc())
            m_state.nextAttempt = next;
        if (!m_state.ledgerUrl.isEmpty())
            m_state.status = statusFrom(o.value(QStringLiteral("status")).toString());
    }
    return true;
}

Result<bool> LedgerSync::setLedger(const QString &url, const QString &pinHex)
{
    if (url.trimmed().isEmpty()) {
        m_client.abortAll();
        m_client.setBaseUrl({});
        const SyncState previous = m_state;
        m_state = SyncState();
        m_state.status = SyncStatus::NoLedger;
        m_state.lastAttempt = previous.lastAttempt;
        m_state.lastSuccess = previous.lastSuccess;
        m_state.message = tr("No ledger is configured: receipts are kept on this computer until one is.");
        m_timer.stop();
        emitState();
        return true;
    }
    auto base = normalizeLedgerUrl(url);
    if (!base)
        return base.error();
    QByteArray pin;
    if (!pinHex.trimmed().isEmpty()) {
        auto parsed = parsePin(pinHex);
        if (!parsed)
            return parsed.error();
        pin = parsed.value();
        if (base->scheme() != QLatin1String("https"))
            return Error {QStringLiteral("bad-pin"),
                          tr("A pin only makes sense with an https:// ledger address.")};
    }
    const bool changed = base.value() != m_client.baseUrl();
    m_client.setBaseUrl(base.value());
    m_client.setPin(pin);
    m_state.ledgerUrl = base->toString();
    if (changed || m_state.status == SyncStatus::NoLedger) {
        const auto saved =
            m_outbox.isOpen() ? m_outbox.answer(QStringLiteral("sync")) : Result<QJsonObject>(QJsonObject());
        const bool sameLedger = saved && saved->value(QStringLiteral("url")).toString() == m_state.ledgerUrl;
        m_state.status = sameLedger ? statusFrom(saved->value(QStringLiteral("status")).toString())
                                    : SyncStatus::NeverSynced;
        if (m_automatic)
            scheduleIn(1000);
    }
    emitState();
    return true;
}

void LedgerSync::setNodeId(const QString &nodeId)
{
    m_nodeId = nodeId;
    Q_EMIT snapshotChanged();
}

void LedgerSync::setSyncInterval(int milliseconds)
{
    m_intervalMs = milliseconds;
}

void LedgerSync::setRequestTimeout(int milliseconds)
{
    m_client.setTimeout(milliseconds);
}

void LedgerSync::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic && !m_timer.isActive() && !m_state.ledgerUrl.isEmpty() && !isSyncing())
        scheduleIn(1000);
}

void LedgerSync::setBatchSize(int entries)
{
    m_maxBatchSize = std::clamp(entries, 1, 500);
}

void LedgerSync::setBackoff(qint64 baseMs, qint64 capMs)
{
    m_backoffBaseMs = baseMs;
    m_backoffCapMs = capMs;
}

QString LedgerSync::currentNodeId() const
{
    if (!m_nodeId.isEmpty() || !m_outbox.isOpen())
        return m_nodeId;
    const auto last = m_outbox.lastNodeId();
    return last ? last.value() : QString();
}

Result<int> LedgerSync::issueReceipts(const QList<Metering::HourlyUsage> &hours, const DonatedCaps &caps,
                                      const QString &microcloud, const Crypto::SigningKeyPair &key,
                                      qint64 nowMs)
{
    if (auto setAside = setAsideRefused(key); !setAside)
        return setAside.error();
    const auto tip = m_outbox.tip(nodeIdOf(key.publicKey));
    if (!tip)
        return tip.error();
    const QList<Receipt> bodies = buildReceipts(hours, caps, microcloud, nowMs, tip->lastReceiptToMs);
    if (bodies.isEmpty())
        return 0;
    const auto issued = m_outbox.issue(QList<Entry>(bodies.cbegin(), bodies.cend()), key);
    if (!issued)
        return issued.error();
    outboxChanged();
    return int(issued->size());
}

void LedgerSync::outboxChanged()
{
    Q_EMIT snapshotChanged();
    if (m_automatic && !m_state.ledgerUrl.isEmpty() && !isSyncing())
        QTimer::singleShot(0, this, &LedgerSync::syncNow);
}

Result<int> LedgerSync::setAsideRefused(const Crypto::SigningKeyPair &key)
{
    const auto setAside = m_outbox.setAsideRefused(key);
    if (setAside && setAside.value() > 0) {
        outboxChanged();
    }
    return setAside;
}

std::optional<qint64> LedgerSync::spendableMillicredits(const RewardsSnapshot &snapshot)
{
    if (!snapshot.ledger)
        return std::nullopt;
    qint64 spendable = snapshot.ledger->balance();
    for (const LocalEntry &local : snapshot.entries) {
        if (const auto *t = std::get_if<Transfer>(&local.entry); t && local.state == EntryState::Pending)
            spendable -= qint64(t->amountMillicredits);
    }
    return spendable;
}

Result<Transfer> LedgerSync::issueTransfer(const QString &payeeNodeId, quint64 amountMillicredits,
                                           const QString &memo, const Crypto::SigningKeyPair &key,
                                           qint64 nowMs)
{
    const QString nodeId = nodeIdOf(key.publicKey);
    if (!isNodeId(payeeNodeId) || payeeNodeId == nodeId)
        return Error {
            QStringLiteral("bad-payee"),
            payeeNodeId == nodeId
                ? tr("A node cannot give credits to itself.")
                : tr("'%1' is not a node id: a node id is 64 lower-case hex digits (cloudyctl identity "
                     "show prints this node's).")
                      .arg(payeeNodeId)};
    if (amountMillicredits == 0 || amountMillicredits > quint64(kMaxSafeInteger))
        return Error {QStringLiteral("bad-amount"), tr("The amount to give must be more than 0 credits.")};
    if (memo.toUtf8().size() > kMaxMemoBytes)
        return Error {QStringLiteral("bad-memo"), tr("The note is too long: at most %1 bytes (it has %2).")
                                                      .arg(kMaxMemoBytes)
                                                      .arg(memo.toUtf8().size())};
    if (auto setAside = setAsideRefused(key); !setAside)
        return setAside.error();
    setNodeId(nodeId);
    const RewardsSnapshot before = snapshot();
    const std::optional<qint64> spendable = spendableMillicredits(before);
    if (!spendable)
        return Error {
            QStringLiteral("balance-unknown"),
            tr("The ledger has not told this computer its balance yet: sync with the ledger first. A "
               "transfer can only give credits the ledger has counted.")};
    if (qint64(amountMillicredits) > *spendable)
        return Error {
            QStringLiteral("insufficient-credit"),
            tr("This node can give %1 credits now (its balance at the ledger less the transfers still "
               "waiting to be sent); %2 is more than that.")
                .arg(creditsText(std::max<qint64>(*spendable, 0)), creditsText(qint64(amountMillicredits)))};
    Transfer body;
    body.timeMs = nowMs;
    body.payee = QByteArray::fromHex(payeeNodeId.toLatin1());
    body.amountMillicredits = amountMillicredits;
    body.memo = memo;
    const auto issued = m_outbox.issue({body}, key);
    if (!issued)
        return issued.error();
    outboxChanged();
    return std::get<Transfer>(issued->first());
}

qint64 LedgerSync::millicreditsOf(const QList<LocalEntry> &entries, const RewardPolicy &policy)
{
    ContributionTotals totals;
    for (const LocalEntry &local : entries) {
        const auto *r = std::get_if<Receipt>(&local.entry);
        if (!r)
            continue;
        totals.coreMs += r->coreMs;
        totals.memoryMiBSeconds += r->memoryMiBSeconds;
        totals.diskMiBSeconds += r->diskMiBSeconds;
        totals.uptimeMs += r->uptimeMs;
        totals.capacityCoreMs += quint64(r->hostVcpus) * quint64(r->periodMs());
        ++totals.receipts;
    }
    return policy.earnedMillicredits(totals);
}

RewardsSnapshot LedgerSync::snapshot() const
{
    RewardsSnapshot s;
    if (!m_outbox.isOpen())
        return s;
    s.nodeId = currentNodeId();
    if (const auto policy = m_outbox.answer(QStringLiteral("policy")); policy && !policy->isEmpty()) {
        if (auto parsed = RewardPolicy::fromJson(policy.value()))
            s.policy = parsed.value();
    }
    if (const auto node = m_outbox.answer(QStringLiteral("node")); node && !node->isEmpty()) {
        auto view = nodeViewFromJson(node.value());
        if (view && view->nodeId == s.nodeId) {
            s.ledger = view.value();
            s.rank = node->value(QStringLiteral("rank")).toInt();
        }
    }
    if (const auto summary = m_outbox.answer(QStringLiteral("summary")); summary && !summary->isEmpty()) {
        if (auto parsed = summaryFromJson(summary.value()))
            s.community = parsed.value();
    }
    if (!s.nodeId.isEmpty()) {
        if (auto entries = m_outbox.entries(s.nodeId))
            s.entries = entries.value();
    }
    QList<LocalEntry> pending;
    for (const LocalEntry &local : std::as_const(s.entries)) {
        if (local.state == EntryState::Pending)
            pending.append(local);
    }
    s.pendingMillicredits = millicreditsOf(pending, s.policy);
    return s;
}

void LedgerSync::syncNow()
{
    if (isSyncing())
        return;
    m_timer.stop();
    if (m_state.ledgerUrl.isEmpty()) {
        m_state.status = SyncStatus::NoLedger;
        m_state.nextAttempt = {};
        m_state.message = tr("No ledger is configured: receipts are kept on this computer until one is.");
        emitState();
        Q_EMIT syncFinished();
        return;
    }
    m_state.status = SyncStatus::Syncing;
    m_state.lastAttempt = QDateTime::currentDateTimeUtc();
    m_state.nextAttempt = {};
    m_state.message = tr("Sending receipts to the ledger…");
    m_state.progressDone = 0;
    m_state.progressTotal = 0;
    m_state.sent = 0;
    m_blocked = false;
    m_batchSize = m_maxBatchSize;
    emitState();
    m_client.getPolicy(this, [this](const LedgerAnswer &answer) {
        if (!answer.ok())
            return fail(answer);
        if (!RewardPolicy::fromJson(answer.json)) {
            LedgerAnswer bad;
            bad.error =
                Error {QStringLiteral("bad-answer"), tr("The ledger's reward policy cannot be read.")};
            return fail(bad);
        }
        m_outbox.saveAnswer(QStringLiteral("policy"), answer.json);
        fetchNode([this] {
            // Entries the outbox has as confirmed but the ledger does not (a new or restored ledger) are
            // sent again.
            const QString nodeId = currentNodeId();
            const auto node = m_outbox.answer(QStringLiteral("node"));
            quint64 lastSeq = 0;
            if (node && node->value(QStringLiteral("node")).toString() == nodeId)
                lastSeq = quint64(node->value(QStringLiteral("last_seq")).toInteger());
            if (!nodeId.isEmpty())
                m_outbox.markPendingAfter(nodeId, lastSeq);
            if (const auto pending = m_outbox.pendingCount())
                m_state.progressTotal = pending.value();
            emitState();
            pushNext();
        });
    });
}

void LedgerSync::fetchNode(const std::function<void()> &then)
{
    const QString nodeId = currentNodeId();
    if (nodeId.isEmpty())
        return then();
    m_client.getNode(nodeId, this, [this, nodeId, then](const LedgerAnswer &answer) {
        if (!answer.ok() && answer.error->code == QLatin1String("unknown-node")) {
            // The ledger has nothing of this node yet.
            m_outbox.saveAnswer(QStringLiteral("node"), {});
            return then();
        }
        if (!answer.ok())
            return fail(answer);
        if (!nodeViewFromJson(answer.json)) {
            LedgerAnswer bad;
            bad.error = Error {QStringLiteral("bad-answer"),
                               tr("The ledger's answer about this node cannot be read.")};
            return fail(bad);
        }
        m_outbox.saveAnswer(QStringLiteral("node"), answer.json);
        then();
    });
}

void LedgerSync::pushNext()
{
    // Per node, nothing after a refused entry can be stored (its chain is broken there): it stays pending.
    // Only the batch's rows are read, so a sync of many entries stays linear.
    const auto blockedNodes = m_outbox.nodesWithRefused();
    if (!blockedNodes) {
        LedgerAnswer bad;
        bad.error = blockedNodes.error();
        return fail(bad);
    }
    const auto next = m_outbox.nextToSend(m_batchSize);
    if (!next) {
        LedgerAnswer bad;
        bad.error = next.error();
        return fail(bad);
    }
    if (blockedNodes->contains(currentNodeId()))
        m_blocked = true;
    QList<Entry> batch;
    for (const LocalEntry &local : next.value())
        batch.append(local.entry);
    if (batch.isEmpty()) {
        fetchNode([this] {
            m_client.getSummary(this, [this](const LedgerAnswer &answer) {
                if (!answer.ok())
                    return fail(answer);
                m_outbox.saveAnswer(QStringLiteral("summary"), answer.json);
                finishSync();
            });
        });
        return;
    }
    if (m_batchDelayMs > 0) {
        QTimer::singleShot(m_batchDelayMs, this, [this, batch] { submitBatch(batch); });
        return;
    }
    submitBatch(batch);
}

void LedgerSync::submitBatch(const QList<Entry> &batch)
{
    m_client.submit(batch, this, [this, batch](const LedgerAnswer &answer) {
        if (answer.ok()) {
            QHash<QString, QList<quint64>> confirmed;
            for (const Entry &entry : batch)
                confirmed[nodeIdOf(headerOf(entry).publicKey)].append(headerOf(entry).seq);
            for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
                if (auto marked = m_outbox.markConfirmed(it.key(), it.value()); !marked) {
                    LedgerAnswer bad;
                    bad.error = marked.error();
                    return fail(bad);
                }
            }
            m_state.progressDone += int(batch.size());
            m_state.sent += int(batch.size());
            emitState();
            return pushNext();
        }
        if (answer.transient)
            return fail(answer);
        if (answer.error->code == QLatin1String("batch-too-large") && m_batchSize > 1) {
            m_batchSize = std::max(1, m_batchSize / 2);
            return pushNext();
        }
        if (answer.errorIndex >= 0 && answer.errorIndex < batch.size()) {
            // The whole batch was refused for this entry; the ones before it go again in the next batch.
            const ChainHeader &h = headerOf(batch.at(answer.errorIndex));
            qCWarning(lcLedger) << "the ledger refused entry" << h.seq << "of node"
                                << nodeIdOf(h.publicKey).left(12) << answer.error->code
                                << answer.error->message;
            if (auto marked = m_outbox.markRefused(nodeIdOf(h.publicKey), h.seq, answer.error->code,
                                                   answer.error->message);
                !marked) {
                LedgerAnswer bad;
                bad.error = marked.error();
                return fail(bad);
            }
            return pushNext();
        }
        refuse(answer.error->message);
    });
}

void LedgerSync::finishSync()
{
    m_failures = 0;
    m_state.lastSuccess = QDateTime::currentDateTimeUtc();
    if (m_blocked) {
        m_state.status = SyncStatus::Refused;
        m_state.message = tr("The ledger refused an entry of this node; the entries after it wait. See the "
                             "refused entry for the ledger's reason.");
    } else {
        m_state.status = SyncStatus::Synced;
        m_state.message = m_state.sent == 0 ? tr("Up to date with the ledger.")
                                            : tr("%n entries sent to the ledger.", nullptr, m_state.sent);
    }
    m_state.nextAttempt = {};
    if (m_automatic)
        scheduleIn(m_intervalMs);
    saveState();
    emitState();
    Q_EMIT snapshotChanged();
    Q_EMIT syncFinished();
}

void LedgerSync::fail(const LedgerAnswer &answer)
{
    ++m_failures;
    m_state.status = SyncStatus::Unreachable;
    m_state.message = answer.error ? answer.error->message : tr("The ledger cannot be reached.");
    const qint64 delay =
        std::max<qint64>(backoffDelayMs(m_failures - 1, QRandomGenerator::global()->generateDouble(),
                                        m_backoffBaseMs, m_backoffCapMs),
                         qint64(answer.retryAfterSeconds) * 1000);
    scheduleIn(delay);
    saveState();
    emitState();
    Q_EMIT snapshotChanged();
    Q_EMIT syncFinished();
}

void LedgerSync::refuse(const QString &message)
{
    ++m_failures;
    m_state.status = SyncStatus::Refused;
    m_state.message = message;
    scheduleIn(backoffDelayMs(m_failures - 1, QRandomGenerator::global()->generateDouble(), m_backoffBaseMs,
                              m_backoffCapMs));
    saveState();
    emitState();
    Q_EMIT snapshotChanged();
    Q_EMIT syncFinished();
}

void LedgerSync::scheduleIn(qint64 milliseconds)
{
    const qint64 delay = std::clamp<qint64>(milliseconds, 0, std::numeric_limits<int>::max());
    m_state.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    m_timer.start(int(delay));
}

void LedgerSync::saveState()
{
    if (!m_outbox.isOpen())
        return;
    m_outbox.saveAnswer(QStringLiteral("sync"),
                        QJsonObject {{QStringLiteral("status"), syncStatusName(m_state.status)},
                                     {QStringLiteral("url"), m_state.ledgerUrl},
                                     {QStringLiteral("last_attempt"), timeText(m_state.lastAttempt)},
                                     {QStringLiteral("last_success"), timeText(m_state.lastSuccess)},
                                     {QStringLiteral("next_attempt"), timeText(m_state.nextAttempt)},
                                     {QStringLiteral("message"), m_state.message},
                                     {QStringLiteral("sent"), m_state.sent}});
}

void LedgerSync::emitState()
{
    Q_EMIT syncStateChanged();
}

} // namespace Cloudy::Ledger
