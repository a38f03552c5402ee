// SPDX-License-Identifier: GPL-3.0-or-later
// cloudyctl ledger status|sync|balance|history|transfer: the Rewards page from a terminal, over the same
// LedgerSync and outbox as cloudy-desktop. Sync needs no secret key: the outbox's entries are signed when
// issued; transfer signs a new entry with the node's key (asking for a key file's passphrase).
#include "Command.h"
#include "Output.h"
#include "Passphrase.h"
#include "ledger/CreditsText.h"
#include "ledger/LedgerSync.h"
#include "platform/Secrets.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace Cloudy::Ledger;

namespace Cloudy::Ctl {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString credits(qint64 millicredits)
{
    const qint64 whole = millicredits / 1000;
    const qint64 part = std::abs(millicredits % 1000);
    return QStringLiteral("%1%2.%3")
        .arg(millicredits < 0 && whole == 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(part, 3, 10, QLatin1Char('0'));
}

QString stateName(EntryState state)
{
    switch (state) {
    case EntryState::Pending:
        return QStringLiteral("pending");
    case EntryState::Confirmed:
        return QStringLiteral("confirmed");
    case EntryState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject syncJson(const SyncState &state)
{
    QJsonObject o {{QStringLiteral("status"), syncStatusName(state.status)},
                   {QStringLiteral("ledger"), state.ledgerUrl},
                   {QStringLiteral("message"), state.message},
                   {QStringLiteral("sent"), state.sent}};
    if (state.lastAttempt.isValid())
        o.insert(QStringLiteral("lastAttempt"), timeText(state.lastAttempt));
    if (state.lastSuccess.isValid())
        o.insert(QStringLiteral("lastSuccess"), timeText(state.lastSuccess));
    if (state.nextAttempt.isValid())
        o.insert(QStringLiteral("nextAttempt"), timeText(state.nextAttempt));
    return o;
}

QJsonObject countsJson(const RewardsSnapshot &s)
{
    int pending = 0, confirmed = 0, refused = 0;
    for (const LocalEntry &e : s.entries) {
        pending += e.state == EntryState::Pending;
        confirmed += e.state == EntryState::Confirmed;
        refused += e.state == EntryState::Refused;
    }
    return {{QStringLiteral("pending"), pending},
            {QStringLiteral("confirmed"), confirmed},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("total"), int(s.entries.size())}};
}

QJsonObject balanceJson(const RewardsSnapshot &s)
{
    QJsonObject o {{QStringLiteral("node"), s.nodeId},
                   {QStringLiteral("known"), s.ledger.has_value()},
                   {QStringLiteral("pendingMillicredits"), s.pendingMillicredits}};
    if (s.ledger) {
        o.insert(QStringLiteral("earned"), s.ledger->earned);
        o.insert(QStringLiteral("received"), s.ledger->received);
        o.insert(QStringLiteral("sent"), s.ledger->sent);
        o.insert(QStringLiteral("balance"), s.ledger->balance());
        o.insert(QStringLiteral("receipts"), qint64(s.ledger->totals.receipts));
        o.insert(QStringLiteral("lastSeq"), qint64(s.ledger->lastSeq));
    }
    if (s.rank > 0)
        o.insert(QStringLiteral("rank"), s.rank);
    if (s.community)
        o.insert(QStringLiteral("communityNodes"), qint64(s.community->nodes));
    return o;
}

QString balanceText(const RewardsSnapshot &s)
{
    QString text =
        Tr::tr("Node: %1").arg(s.nodeId.isEmpty() ? Tr::tr("none yet") : s.nodeId) + QLatin1Char('\n');
    if (s.ledger) {
        text += Tr::tr("Balance: %1 credits (earned %2, received %3, sent %4)")
                    .arg(credits(s.ledger->balance()), credits(s.ledger->earned), credits(s.ledger->received),
                         credits(s.ledger->sent))
                + QLatin1Char('\n');
        if (s.rank > 0 && s.community)
            text += Tr::tr("Rank: %1 of %2 nodes").arg(s.rank).arg(s.community->nodes) + QLatin1Char('\n');
    } else {
        text += Tr::tr("Balance: unknown (the ledger has not confirmed any entry of this node yet)")
                + QLatin1Char('\n');
    }
    text += Tr::tr("Pending: %1 credits in receipts not yet confirmed").arg(credits(s.pendingMillicredits))
            + QLatin1Char('\n');
    return text;
}

QString statusText(const SyncState &state, const RewardsSnapshot &s)
{
    const QJsonObject counts = countsJson(s);
    QString text =
        Tr::tr("Node: %1").arg(s.nodeId.isEmpty() ? Tr::tr("none yet") : s.nodeId) + QLatin1Char('\n');
    text += Tr::tr("Ledger: %1").arg(state.ledgerUrl.isEmpty() ? Tr::tr("none configured") : state.ledgerUrl)
            + QLatin1Char('\n');
    text += Tr::tr("Sync: %1").arg(syncStatusName(state.status));
    if (!state.message.isEmpty())
        text += QStringLiteral(" — ") + state.message;
    text += QLatin1Char('\n');
    if (state.lastSuccess.isValid())
        text += Tr::tr("Last successful sync: %1").arg(timeText(state.lastSuccess)) + QLatin1Char('\n');
    if (state.nextAttempt.isValid())
        text += Tr::tr("Next attempt: %1").arg(timeText(state.nextAttempt)) + QLatin1Char('\n');
    text += Tr::tr("Entries: %1 pending, %2 confirmed, %3 refused")
                .arg(counts.value(QStringLiteral("pending")).toInt())
                .arg(counts.value(QStringLiteral("confirmed")).toInt())
                .arg(counts.value(QStringLiteral("refused")).toInt())
            + QLatin1Char('\n');
    for (const LocalEntry &e : s.entries) {
        if (e.state == EntryState::Refused)
            text += Tr::tr("Refused: entry %1: %2 (%3)")
                        .arg(headerOf(e.entry).seq)
                        .arg(e.refusalReason, e.refusalCode)
                    + QLatin1Char('\n');
    }
    return text;
}

QJsonObject historyEntryJson(const LocalEntry &e)
{
    QJsonObject o = entryToJson(e.entry, true);
    o.insert(QStringLiteral("state"), stateName(e.state));
    o.insert(QStringLiteral("queued"), timeText(e.queuedAt));
    if (e.state == EntryState::Refused) {
        o.insert(QStringLiteral("refusalCode"), e.refusalCode);
        o.insert(QStringLiteral("refusalReason"), e.refusalReason);
    }
    return o;
}

QString historyLine(const LocalEntry &e)
{
    const quint64 seq = headerOf(e.entry).seq;
    QString what;
    if (const auto *r = std::get_if<Receipt>(&e.entry)) {
        what = Tr::tr("receipt %1 → %2: %3 core-hours, %4 vCPUs, %5 MiB")
                   .arg(timeText(QDateTime::fromMSecsSinceEpoch(r->fromMs, Qt::UTC)),
                        timeText(QDateTime::fromMSecsSinceEpoch(r->toMs, Qt::UTC)))
                   .arg(double(r->coreMs) / 3600000.0, 0, 'f', 2)
                   .arg(r->vcpus)
                   .arg(r->memoryMiB);
    } else {
        const auto &t = std::get<Transfer>(e.entry);
        what = Tr::tr("transfer of %1 credits to %2")
                   .arg(credits(qint64(t.amountMillicredits)), QString::fromLatin1(t.payee.toHex().left(12)));
    }
    QString line = QStringLiteral("%1  %2  %3").arg(seq, 5).arg(stateName(e.state), -9).arg(what);
    if (e.state == EntryState::Refused)
        line += QStringLiteral(" — %1 (%2)").arg(e.refusalReason, e.refusalCode);
    return line;
}

// Runs the event loop until sync finishes (or the deadline passes).
bool runSync(LedgerSync &sync, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&sync, &LedgerSync::syncFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    sync.syncNow();
    if (!finished && sync.isSyncing())
        loop.exec();
    return finished || !sync.isSyncing();
}

// The transfer's entry as it stands in the outbox after the sync.
std::optional<LocalEntry> entryAt(const RewardsSnapshot &s, quint64 seq)
{
    for (const LocalEntry &e : s.entries) {
        if (!e.setAside && headerOf(e.entry).seq == seq && !isReceipt(e.entry))
            return e;
    }
    return std::nullopt;
}

// cloudyctl ledger transfer NODE AMOUNT [--memo TEXT]: first a sync (the balance as the ledger counts it
// now), then the signed transfer into the outbox, then a sync that delivers it.
int transfer(LedgerSync &sync, const QStringList &positional, const QString &memo, bool json,
             int timeoutSeconds)
{
    const QString payee = positional.value(1).trimmed().toLower();
    const QString amountText = positional.value(2);
    if (positional.size() != 3) {
        printError(
            Tr::tr("transfer needs the node to give to and the amount, e.g. 'cloudyctl ledger transfer "
                   "NODE-ID 2.5'."));
        return ExitUsage;
    }
    if (!isNodeId(payee)) {
        printError(
            Tr::tr("'%1' is not a node id: a node id is 64 hex digits ('cloudyctl identity show' prints "
                   "this node's).")
                .arg(positional.value(1)));
        return ExitUsage;
    }
    const std::optional<quint64> amount = parseCredits(amountText);
    if (!amount || *amount == 0) {
        printError(
            Tr::tr("'%1' is not an amount of credits: write it like 12 or 2.5 (at most three decimals).")
                .arg(amountText));
        return ExitUsage;
    }
    if (sync.syncState().ledgerUrl.isEmpty()) {
        printError(
            Tr::tr("A transfer needs the ledger, to know what this node can give: name it with --ledger URL "
                   "or in the setting %1.")
                .arg(Settings::name(Settings::Key::LedgerUrl)));
        return ExitUsage;
    }
    Secrets secrets;
    Result<Crypto::SigningKeyPair> key = loadSigningKeyAsking(secrets);
    if (!key)
        return fail(key.error(), json);
    const QString nodeId = nodeIdOf(key->publicKey);
    sync.setNodeId(nodeId);
    if (!runSync(sync, timeoutSeconds * 1000) || sync.syncState().status == SyncStatus::Unreachable) {
        Crypto::wipe(key.value().secretKey);
        return fail(
            Error {QStringLiteral("unreachable"),
                   Tr::tr("No transfer was made: the ledger could not be asked for this node's balance "
                          "(%1).")
                       .arg(sync.syncState().message)},
            json);
    }
    const Result<Transfer> issued =
        sync.issueTransfer(payee, *amount, memo, key.value(), QDateTime::currentMSecsSinceEpoch());
    Crypto::wipe(key.value().secretKey);
    if (!issued)
        return fail(issued.error(), json);
    const quint64 seq = issued->header.seq;
    const bool finished = runSync(sync, timeoutSeconds * 1000);
    const RewardsSnapshot s = sync.snapshot();
    const std::optional<LocalEntry> entry = entryAt(s, seq);
    const EntryState state = entry ? entry->state : EntryState::Pending;
    const QString amountShown = creditsText(qint64(*amount));
    if (json) {
        QJsonObject o {{QStringLiteral("node"), nodeId},
                       {QStringLiteral("payee"), payee},
                       {QStringLiteral("amount"), qint64(*amount)},
                       {QStringLiteral("seq"), qint64(seq)},
                       {QStringLiteral("state"), stateName(state)},
                       {QStringLiteral("balance"), balanceJson(s)}};
        if (state == EntryState::Refused) {
            o.insert(QStringLiteral("refusalCode"), entry->refusalCode);
            o.insert(QStringLiteral("refusalReason"), entry->refusalReason);
        }
        printJson(o);
    }
    switch (state) {
    case EntryState::Confirmed:
        if (!json)
            printText(Tr::tr("Gave %1 credits to %2.").arg(amountShown, payee) + QLatin1Char('\n')
                      + balanceText(s));
        return ExitOk;
    case EntryState::Refused:
        printError(Tr::tr("The ledger refused the transfer: %1 The entries after it go on without it.")
                       .arg(entry->refusalReason));
        return ExitProblemsFound;
    case EntryState::Pending:
        break;
    }
    printError(Tr::tr("The transfer of %1 credits waits in the outbox and is sent at the next sync: %2")
                   .arg(amountShown,
                        finished ? sync.syncState().message : Tr::tr("the ledger did not answer in time.")));
    return ExitProblemsFound;
}

} // namespace

int runLedger(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The community ledger: this node's receipts, their sync and its credits.\n"
               "  status   the outbox and the last sync (no network)\n"
               "  sync     send the pending receipts to the ledger and fetch the balance\n"
               "  balance  the credits the ledger counts for this node (after a sync when a ledger is set)\n"
               "  history  this node's entries and what the ledger said about each\n"
               "  transfer NODE AMOUNT  give credits to another node (signed with this node's key)"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("status, sync, balance, history or transfer"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"),
                                          Tr::tr("The ledger's address (default: the setting %1).")
                                              .arg(Settings::name(Settings::Key::LedgerUrl)),
                                          QStringLiteral("URL"));
    const QCommandLineOption pinOption(
        QStringLiteral("pin"),
        Tr::tr("SHA-256 of the ledger's TLS public key, 64 hex digits (default: the setting %1).")
            .arg(Settings::name(Settings::Key::LedgerPin)),
        QStringLiteral("SHA256"));
    const QCommandLineOption outboxOption(QStringLiteral("outbox"),
                                          Tr::tr("The outbox file (default: %1).").arg(defaultOutboxPath()),
                                          QStringLiteral("FILE"));
    const QCommandLineOption nodeOption(QStringLiteral("node"),
                                        Tr::tr("The node id (default: the node of the outbox's entries)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Tr::tr("Seconds to wait for the ledger (default 60)."),
                                           QStringLiteral("SECONDS"));
    const QCommandLineOption memoOption(QStringLiteral("memo"),
                                        Tr::tr("transfer: a note for people, e.g. what the credits pay for."),
                                        QStringLiteral("TEXT"));
    parser.addOptions(
        {jsonOption, ledgerOption, pinOption, outboxOption, nodeOption, timeoutOption, memoOption});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("status"));
    static const QStringList actions {QStringLiteral("status"), QStringLiteral("sync"),
                                      QStringLiteral("balance"), QStringLiteral("history"),
                                      QStringLiteral("transfer")};
    if ((positional.size() > 1 && action != QLatin1String("transfer")) || !actions.contains(action)) {
        printError(Tr::tr("Unknown action '%1': use status, sync, balance, history or transfer.")
                       .arg(positional.join(QLatin1Char(' '))));
        return ExitUsage;
    }
    int timeoutSeconds = 60;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || timeoutSeconds < 1) {
            printError(Tr::tr("--timeout needs a number of seconds, e.g. --timeout 30."));
            return ExitUsage;
        }
    }
    const bool json = parser.isSet(jsonOption);

    LedgerSync sync;
    if (auto opened =
            sync.open(parser.isSet(outboxOption) ? parser.value(outboxOption) : defaultOutboxPath());
        !opened) {
        printError(opened.error().message);
        return ExitProblemsFound;
    }
    if (parser.isSet(nodeOption)) {
        if (!isNodeId(parser.value(nodeOption))) {
            printError(Tr::tr("--node needs a node id: 64 lower-case hex digits."));
            return ExitUsage;
        }
        sync.setNodeId(parser.value(nodeOption));
    }
    Settings settings;
    const QString url = parser.isSet(ledgerOption) ? parser.value(ledgerOption)
                                                   : settings.value(Settings::Key::LedgerUrl).toString();
    const QString pin = parser.isSet(pinOption) ? parser.value(pinOption)
                                                : settings.value(Settings::Key::LedgerPin).toString();
    if (auto set = sync.setLedger(url, pin); !set) {
        printError(set.error().message);
        return ExitUsage;
    }
    sync.setRequestTimeout(std::min(timeoutSeconds, 30) * 1000);
    sync.setBatchDelayForTests(qEnvironmentVariableIntValue("CLOUDY_LEDGER_TEST_BATCH_DELAY_MS"));
    if (const int size = qEnvironmentVariableIntValue("CLOUDY_LEDGER_TEST_BATCH_SIZE"); size > 0)
        sync.setBatchSize(size);

    if (action == QLatin1String("transfer"))
        return transfer(sync, positional, parser.value(memoOption), json, timeoutSeconds);
    if (action == QLatin1String("status")) {
        const RewardsSnapshot s = sync.snapshot();
        const SyncState state = sync.syncState();
        if (json) {
            printJson({{QStringLiteral("node"), s.nodeId},
                       {QStringLiteral("sync"), syncJson(state)},
                       {QStringLiteral("entries"), countsJson(s)},
                       {QStringLiteral("balance"), balanceJson(s)}});
        } else {
            printText(statusText(state, s));
        }
        return ExitOk;
    }

    // sync and balance ask the ledger (balance: only for a fresh view; the cached one otherwise).
    bool synced = true;
    if (action == QLatin1String("sync") || (action == QLatin1String("balance") && !url.trimmed().isEmpty())) {
        if (!runSync(sync, timeoutSeconds * 1000)) {
            printError(Tr::tr("The ledger did not finish answering within %1 seconds.").arg(timeoutSeconds));
            return ExitProblemsFound;
        }
        synced = sync.syncState().status == SyncStatus::Synced;
    }
    const RewardsSnapshot s = sync.snapshot();
    const SyncState state = sync.syncState();

    if (action == QLatin1String("sync")) {
        if (json)
            printJson({{QStringLiteral("node"), s.nodeId},
                       {QStringLiteral("sync"), syncJson(state)},
                       {QStringLiteral("entries"), countsJson(s)},
                       {QStringLiteral("balance"), balanceJson(s)}});
        else
            printText(statusText(state, s) + balanceText(s));
        if (!synced && !json)
            printError(state.message);
        return synced ? ExitOk : ExitProblemsFound;
    }
    if (action == QLatin1String("balance")) {
        QJsonObject o = balanceJson(s);
        o.insert(QStringLiteral("fresh"), synced && !url.trimmed().isEmpty());
        if (json)
            printJson(o);
        else
            printText(balanceText(s));
        if (!synced) {
            if (!json)
                printError(Tr::tr("Showing the last known balance: %1").arg(state.message));
            return ExitProblemsFound;
        }
        return ExitOk;
    }
    // history
    if (json) {
        QJsonArray list;
        for (const LocalEntry &e : s.entries)
            list.append(historyEntryJson(e));
        printJson({{QStringLiteral("node"), s.nodeId}, {QStringLiteral("entries"), list}});
    } else {
        QStringList lines;
        for (const LocalEntry &e : s.entries)
            lines << historyLine(e);
        printText(lines.isEmpty() ? Tr::tr("No entries yet.") : lines.join(QLatin1Char('\n')));
    }
    return ExitOk;
}

} // namespace Cloudy::Ctl
