// SPDX-License-Identifier: GPL-3.0-or-later
// The client sync against the real cloudy-ledgerd on loopback (started by the test on a temporary SQLite
// database, no harness): receipts issued from metering hours into the outbox, pushed and confirmed, the
// balance the ledger computes, resubmission without duplicates, a new ledger that gets everything again, an
// entry the ledger refuses (its reason kept, the rest pending), an unreachable ledger retried with back-off
// until it starts, a refused transfer set aside so the receipts after it are stored, and `cloudyctl ledger
// sync|status|balance|history|transfer --json`.
#include "GuestSupport.h"
#include "LedgerdTestSupport.h"
#include "identity/NodeIdentity.h"
#include "ledger/LedgerSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloudy;
using namespace Cloudy::Ledger;
using namespace LedgerdTest;

namespace {

constexpr qint64 kEarnedPerHour = kEarnedPerMeteredHour;

// Completed hours from 100 hours ago (see meteredHours()).
qint64 firstHour()
{
    return (QDateTime::currentMSecsSinceEpoch() / kHour - 100) * kHour;
}

QList<Metering::HourlyUsage> hours(qint64 from, int count)
{
    return meteredHours(from, count);
}

DonatedCaps caps()
{
    return DonatedCaps {2, 2048, 10240, 4, 8192};
}

int countState(const QList<LocalEntry> &entries, EntryState state)
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [state](const LocalEntry &e) { return e.state == state; }));
}

} // namespace

class TestLedgerSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Ledgerd m_server;

    QString ledgerUrl(quint16 port = 0) const
    {
        return QStringLiteral("http://127.0.0.1:%1/").arg(port ? port : m_server.port);
    }

    // Runs one sync to its end.
    static bool syncOnce(LedgerSync &sync)
    {
        QSignalSpy finished(&sync, &LedgerSync::syncFinished);
        sync.syncNow();
        return finished.count() > 0 || finished.wait(60000);
    }

    // A fresh sync on its own outbox with receipts for count hours issued by key.
    std::unique_ptr<LedgerSync> makeSync(const QString &name, const Crypto::SigningKeyPair &key, int count,
                                         const QString &url)
    {
        auto sync = std::make_unique<LedgerSync>();
        [&] { QVERIFY(sync->open(m_dir.filePath(name))); }();
        [&] { QVERIFY(sync->setLedger(url)); }();
        const auto issued =
            sync->issueReceipts(hours(firstHour(), count), caps(), QStringLiteral("guifi-test"), key,
                                QDateTime::currentMSecsSinceEpoch());
        [&] { QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message)); }();
        [&] { QCOMPARE(issued.value(), count); }();
        return sync;
    }

    // cloudyctl ARGUMENTS with its XDG folders in `home` (the test's folder when empty), `extra` added to the
    // environment and `input` on its stdin.
    CloudyTest::ProcessResult cloudyctl(const QStringList &arguments, const QString &home = {},
                                        const QProcessEnvironment &extra = {}, const QByteArray &input = {})
    {
        const QString folder = home.isEmpty() ? m_dir.path() : home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QLatin1String("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QLatin1String("/data"));
        environment.insert(extra);
        CloudyTest::ProcessResult result;
        [&] {
            QVERIFY(CloudyTest::runProgram(CloudyTest::programPath(QStringLiteral("cloudyctl")), arguments,
                                           &result, environment, 120000, input));
        }();
        return result;
    }
    CloudyTest::ProcessResult ctl(const QStringList &arguments)
    {
        return cloudyctl(QStringList {QStringLiteral("ledger")} + arguments);
    }

    static QJsonObject jsonOf(const CloudyTest::ProcessResult &result)
    {
        return QJsonDocument::fromJson(result.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ledger.sqlite"))));
    }

    void roundTrip()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        auto sync = makeSync(QStringLiteral("round.sqlite"), key, 3, ledgerUrl());
        QCOMPARE(sync->syncState().status, SyncStatus::NeverSynced);
        RewardsSnapshot before = sync->snapshot();
        QCOMPARE(before.nodeId, nodeIdOf(key.publicKey));
        QCOMPARE(countState(before.entries, EntryState::Pending), 3);
        QCOMPARE(before.pendingMillicredits, 3 * kEarnedPerHour);

        QSignalSpy progress(sync.get(), &RewardsSource::syncStateChanged);
        QVERIFY(syncOnce(*sync));
        const SyncState state = sync->syncState();
        QCOMPARE(state.status, SyncStatus::Synced);
        QCOMPARE(state.sent, 3);
        QCOMPARE(state.progressDone, 3);
        QCOMPARE(state.progressTotal, 3);
        QVERIFY(state.lastSuccess.isValid());
        QVERIFY(progress.count() >= 2); // Syncing, then Synced

        const RewardsSnapshot after = sync->snapshot();
        QCOMPARE(countState(after.entries, EntryState::Confirmed), 3);
        QCOMPARE(after.pendingMillicredits, 0);
        QVERIFY(after.ledger);
        QCOMPARE(after.ledger->lastSeq, 3u);
        QCOMPARE(after.ledger->totals.receipts, 3u);
        QCOMPARE(after.ledger->earned, 3 * kEarnedPerHour);
        QCOMPARE(after.ledger->balance(), 3 * kEarnedPerHour);
        // The ledger's figure is the policy applied to the receipts' totals, as the client computes it.
        QCOMPARE(after.ledger->earned, LedgerSync::millicreditsOf(after.entries, after.policy));
        QVERIFY(after.rank >= 1);
        QVERIFY(after.community);
        QVERIFY(after.community->nodes >= 1);
        QVERIFY(after.rank <= int(after.community->nodes));

        // A restarted app shows it all offline.
        sync.reset();
        LedgerSync restarted;
        QVERIFY(restarted.open(m_dir.filePath(QStringLiteral("round.sqlite"))));
        QVERIFY(restarted.setLedger(ledgerUrl()));
        QCOMPARE(restarted.syncState().status, SyncStatus::Synced);
        QVERIFY(restarted.syncState().lastSuccess.isValid());
        QCOMPARE(restarted.snapshot().ledger->balance(), 3 * kEarnedPerHour);
        QCOMPARE(restarted.snapshot().rank, after.rank);
    }

    void resubmissionIsIdempotent()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        const QString node = nodeIdOf(key.publicKey);
        auto sync = makeSync(QStringLiteral("again.sqlite"), key, 4, ledgerUrl());
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::Synced);
        // As if the answers had been lost: every entry pending again, sent again.
        QVERIFY(sync->outbox().markPending(node, {1, 2, 3, 4}));
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::Synced);
        const RewardsSnapshot s = sync->snapshot();
        QCOMPARE(countState(s.entries, EntryState::Confirmed), 4);
        QCOMPARE(s.ledger->lastSeq, 4u);
        QCOMPARE(s.ledger->totals.receipts, 4u);
        QCOMPARE(s.ledger->earned, 4 * kEarnedPerHour);
        // More hours later: only the new ones are issued and sent.
        const auto issued = sync->issueReceipts(hours(firstHour(), 6), caps(), QStringLiteral("guifi-test"),
                                                key, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(issued.value(), 2);
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().sent, 2);
        QCOMPARE(sync->snapshot().ledger->totals.receipts, 6u);

        // A new, empty ledger: the entries it lacks are sent again, though the outbox had them confirmed.
        Ledgerd second;
        QVERIFY(second.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ledger2.sqlite"))));
        QVERIFY(sync->setLedger(ledgerUrl(second.port)));
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::Synced);
        QCOMPARE(sync->syncState().sent, 6);
        QCOMPARE(sync->snapshot().ledger->lastSeq, 6u);
        QCOMPARE(sync->snapshot().rank, 1);
    }

    void refusedEntryKeepsTheReason()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        const QString node = nodeIdOf(key.publicKey);
        auto sync = makeSync(QStringLiteral("refused.sqlite"), key, 2, ledgerUrl());
        // Two receipts dated in the future: signed and well-formed, so the outbox takes them, but the ledger
        // refuses the first (period-in-future) and the second can only wait behind it.
        const qint64 future = (QDateTime::currentMSecsSinceEpoch() / kHour + 2) * kHour;
        Receipt ahead = buildReceipts(hours(future, 1), caps(), {}, future + kHour).first();
        Receipt further = ahead;
        further.fromMs += kHour;
        further.toMs += kHour;
        QVERIFY(sync->outbox().issue({ahead, further}, key));

        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::Refused);
        const QList<LocalEntry> entries = sync->snapshot().entries;
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).state, EntryState::Confirmed);
        QCOMPARE(entries.at(1).state, EntryState::Confirmed);
        QCOMPARE(entries.at(2).state, EntryState::Refused);
        QCOMPARE(entries.at(2).refusalCode, QStringLiteral("period-in-future"));
        QVERIFY(!entries.at(2).refusalReason.isEmpty());
        QCOMPARE(entries.at(3).state, EntryState::Pending);
        QCOMPARE(sync->snapshot().ledger->lastSeq, 2u);
        // Syncing again sends nothing more and stays Refused.
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::Refused);
        QCOMPARE(sync->syncState().sent, 0);
        QCOMPARE(countState(sync->snapshot().entries, EntryState::Pending), 1);
        Q_UNUSED(node);
    }

    void refusedTransferIsSetAside()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        auto sync = makeSync(QStringLiteral("aside.sqlite"), key, 2, ledgerUrl());
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->snapshot().ledger->balance(), 2 * kEarnedPerHour);
        // A transfer over the balance, put straight into the outbox (issueTransfer would not sign it):
        // the ledger refuses it, and the receipts issued after it must not wait behind it forever.
        Transfer tooMuch;
        tooMuch.timeMs = QDateTime::currentMSecsSinceEpoch();
        tooMuch.payee = nodeIdBytesOf(Crypto::generateSigningKeyPair().publicKey);
        tooMuch.amountMillicredits = quint64(10 * kEarnedPerHour);
        QVERIFY(sync->outbox().issue({tooMuch}, key));
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::Refused);
        QCOMPARE(sync->snapshot().entries.at(2).refusalCode, QStringLiteral("insufficient-credit"));
        // The next hours' receipts set the refused transfer aside and continue the chain from its seq.
        const auto issued = sync->issueReceipts(hours(firstHour(), 4), caps(), QStringLiteral("guifi-test"),
                                                key, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        QCOMPARE(issued.value(), 2);
        QVERIFY(syncOnce(*sync));
        QVERIFY2(sync->syncState().status == SyncStatus::Synced, qPrintable(sync->syncState().message));
        const RewardsSnapshot s = sync->snapshot();
        QCOMPARE(s.ledger->lastSeq, 4u);
        QCOMPARE(s.ledger->balance(), 4 * kEarnedPerHour);
        QCOMPARE(s.entries.size(), 5);
        QVERIFY(s.entries.at(2).setAside);
        QCOMPARE(s.entries.at(2).state, EntryState::Refused);
        QCOMPARE(countState(s.entries, EntryState::Confirmed), 4);
    }

    void transferFromTheCommandLine()
    {
        const QString home = m_dir.filePath(QStringLiteral("giver"));
        // No keyring: the identity lives in a passphrase key file, so the passphrase is asked (on stdin).
        QProcessEnvironment noKeyring;
        noKeyring.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                         QLatin1String("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        const QByteArray passphrase = "giving passphrase";
        const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
            return cloudyctl(arguments, home, noKeyring, input);
        };
        const QString keyFile = home + QLatin1String("/node.key");
        const auto created =
            run({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("--key-file"), keyFile},
                passphrase + '\n');
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const auto opened = Identity::openKeyFile(CloudyTest::readFile(keyFile), passphrase);
        QVERIFY(opened);
        const Crypto::SigningKeyPair key = opened->keys;

        // The giver earns two hours' credits.
        const QString outbox = m_dir.filePath(QStringLiteral("giver.sqlite"));
        {
            auto sync = makeSync(QStringLiteral("giver.sqlite"), key, 2, ledgerUrl());
            QVERIFY(syncOnce(*sync));
            QCOMPARE(sync->snapshot().ledger->balance(), 2 * kEarnedPerHour);
        }
        const QString payee = nodeIdOf(Crypto::generateSigningKeyPair().publicKey);
        const QStringList where {QStringLiteral("--outbox"), outbox, QStringLiteral("--ledger"), ledgerUrl()};
        const QStringList give {QStringLiteral("ledger"), QStringLiteral("transfer"), payee};

        const auto given = run(give
                                   + QStringList {QStringLiteral("1.5"), QStringLiteral("--memo"),
                                                  QStringLiteral("for the mirror"), QStringLiteral("--json")}
                                   + where,
                               passphrase + '\n');
        QVERIFY2(given.exitCode == 0, given.err.constData());
        const QJsonObject answer = jsonOf(given);
        QCOMPARE(answer.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(answer.value(QStringLiteral("amount")).toInteger(), 1500);
        QCOMPARE(answer.value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(
            answer.value(QStringLiteral("balance")).toObject().value(QStringLiteral("balance")).toInteger(),
            2 * kEarnedPerHour - 1500);
        // The payee's balance at the ledger.
        {
            LedgerSync payeeView;
            QVERIFY(payeeView.open(m_dir.filePath(QStringLiteral("payee.sqlite"))));
            QVERIFY(payeeView.setLedger(ledgerUrl()));
            payeeView.setNodeId(payee);
            QVERIFY(syncOnce(payeeView));
            QVERIFY(payeeView.snapshot().ledger.has_value());
            QCOMPARE(payeeView.snapshot().ledger->received, 1500);
            QCOMPARE(payeeView.snapshot().ledger->balance(), 1500);
        }

        // More than the node has: refused here, before anything is signed; the outbox is unchanged.
        const auto tooMuch = run(give + QStringList {QStringLiteral("100")} + where, passphrase + '\n');
        QCOMPARE(tooMuch.exitCode, 1);
        QVERIFY2(tooMuch.err.contains("can give"), tooMuch.err.constData());
        // A wrong passphrase signs nothing.
        const auto wrong = run(give + QStringList {QStringLiteral("1")} + where, "not it\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("passphrase"), wrong.err.constData());
        const auto history = run({QStringLiteral("ledger"), QStringLiteral("history"),
                                  QStringLiteral("--json"), QStringLiteral("--outbox"), outbox});
        const QJsonArray entries = jsonOf(history).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("transfer"));
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("memo")).toString(),
                 QStringLiteral("for the mirror"));

        // Bad input is a usage error, before any passphrase is asked.
        QCOMPARE(run(give + QStringList {QStringLiteral("lots")} + where).exitCode, 2);
        QCOMPARE(run(give + QStringList {QStringLiteral("0")} + where).exitCode, 2);
        QCOMPARE(run({QStringLiteral("ledger"), QStringLiteral("transfer"), QStringLiteral("bob"),
                      QStringLiteral("1"), QStringLiteral("--outbox"), outbox, QStringLiteral("--ledger"),
                      ledgerUrl()})
                     .exitCode,
                 2);
        QCOMPARE(run(give + QStringList {QStringLiteral("1"), QStringLiteral("--outbox"), outbox}).exitCode,
                 2);
    }

    void unreachableThenBackOnline()
    {
        const quint16 port = CloudyTest::freePort();
        QVERIFY(port != 0);
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        auto sync = makeSync(QStringLiteral("offline.sqlite"), key, 2, ledgerUrl(port));
        sync->setBackoff(300, 1500);
        QVERIFY(syncOnce(*sync));
        const SyncState down = sync->syncState();
        QCOMPARE(down.status, SyncStatus::Unreachable);
        QVERIFY(!down.message.isEmpty());
        QVERIFY(down.nextAttempt.isValid());
        QVERIFY(down.nextAttempt >= down.lastAttempt);
        QCOMPARE(countState(sync->snapshot().entries, EntryState::Pending), 2);

        // The ledger starts on that port; the back-off timer's next attempt gets through by itself.
        Ledgerd late;
        QVERIFY(late.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("late.sqlite")),
                           {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        QCOMPARE(late.port, port);
        QTRY_COMPARE_WITH_TIMEOUT(sync->syncState().status, SyncStatus::Synced, 60000);
        QCOMPARE(countState(sync->snapshot().entries, EntryState::Confirmed), 2);
        QVERIFY(!sync->syncState().nextAttempt.isValid()); // not automatic: no periodic sync scheduled
    }

    // In the app: a new receipt starts a sync by itself, and the next periodic one is scheduled.
    void automaticAfterIssuing()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        LedgerSync sync;
        QVERIFY(sync.open(m_dir.filePath(QStringLiteral("automatic.sqlite"))));
        QVERIFY(sync.setLedger(ledgerUrl()));
        sync.setSyncInterval(3600 * 1000);
        sync.setAutomatic(true);
        QSignalSpy finished(&sync, &LedgerSync::syncFinished);
        QCOMPARE(
            sync.issueReceipts(hours(firstHour(), 2), caps(), {}, key, QDateTime::currentMSecsSinceEpoch())
                .value(),
            2);
        QTRY_VERIFY_WITH_TIMEOUT(countState(sync.snapshot().entries, EntryState::Confirmed) == 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(sync.syncState().status, SyncStatus::Synced, 60000);
        QVERIFY(sync.syncState().nextAttempt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QVERIFY(finished.count() >= 1);
    }

    void noLedgerRecordsLocally()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        auto sync = makeSync(QStringLiteral("none.sqlite"), key, 2, QString());
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::NoLedger);
        QCOMPARE(countState(sync->snapshot().entries, EntryState::Pending), 2);
        QVERIFY(!sync->setLedger(QStringLiteral("ftp://x")));
        QCOMPARE(sync->setLedger(QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("ab")).error().code,
                 QStringLiteral("bad-pin"));
    }

    // https with a self-signed certificate: accepted with the right pin (computed here with openssl, as an
    // operator would), refused with another pin or with no pin at all.
    void tlsWithPin()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString keyFile = m_dir.filePath(QStringLiteral("key.pem"));
        CloudyTest::ProcessResult made;
        QVERIFY(CloudyTest::runProgram(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), cert,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")},
            &made));
        QCOMPARE(made.exitCode, 0);
        CloudyTest::ProcessResult pinned;
        QVERIFY(CloudyTest::runProgram(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der | "
                            "openssl dgst -sha256 -hex | sed 's/.*= //'")
                 .arg(cert)},
            &pinned));
        const QString pin = QString::fromLatin1(pinned.out).trimmed();
        QCOMPARE(pin.size(), 64);
        Ledgerd secure;
        QVERIFY(secure.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tls.sqlite")),
                             {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), keyFile}));
        const QString url = QStringLiteral("https://127.0.0.1:%1/v1/").arg(secure.port);
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        auto sync = makeSync(QStringLiteral("tls-outbox.sqlite"), key, 1, url);

        QVERIFY(syncOnce(*sync)); // no pin: the self-signed certificate is refused
        QCOMPARE(sync->syncState().status, SyncStatus::Unreachable);
        QVERIFY(sync->setLedger(url, QString(64, QLatin1Char('0'))));
        QVERIFY(syncOnce(*sync));
        QCOMPARE(sync->syncState().status, SyncStatus::Unreachable);
        QVERIFY2(sync->syncState().message.contains(QLatin1String("pinned")),
                 qPrintable(sync->syncState().message));
        QCOMPARE(countState(sync->snapshot().entries, EntryState::Pending), 1);

        QVERIFY(sync->setLedger(url, pin.toUpper()));
        QVERIFY(syncOnce(*sync));
        QVERIFY2(sync->syncState().status == SyncStatus::Synced, qPrintable(sync->syncState().message));
        QCOMPARE(countState(sync->snapshot().entries, EntryState::Confirmed), 1);
    }

    void commandLine()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        const QString outbox = m_dir.filePath(QStringLiteral("cli.sqlite"));
        makeSync(QStringLiteral("cli.sqlite"), key, 3, QString()); // issued, never synced
        const QStringList where {QStringLiteral("--outbox"), outbox, QStringLiteral("--json")};

        // No ledger configured: status works, sync says so and fails.
        const auto offline = ctl(QStringList {QStringLiteral("status")} + where);
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(jsonOf(offline)
                     .value(QStringLiteral("entries"))
                     .toObject()
                     .value(QStringLiteral("pending"))
                     .toInt(),
                 3);
        QCOMPARE(jsonOf(offline)
                     .value(QStringLiteral("sync"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("no-ledger"));
        QCOMPARE(ctl(QStringList {QStringLiteral("sync")} + where).exitCode, 1);

        const QStringList withLedger = where + QStringList {QStringLiteral("--ledger"), ledgerUrl()};
        const auto synced = ctl(QStringList {QStringLiteral("sync")} + withLedger);
        QCOMPARE(synced.exitCode, 0);
        const QJsonObject s = jsonOf(synced);
        QCOMPARE(s.value(QStringLiteral("node")).toString(), nodeIdOf(key.publicKey));
        QCOMPARE(s.value(QStringLiteral("sync")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("synced"));
        QCOMPARE(s.value(QStringLiteral("entries")).toObject().value(QStringLiteral("confirmed")).toInt(), 3);

        const auto status = ctl(QStringList {QStringLiteral("status")} + withLedger);
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(jsonOf(status)
                     .value(QStringLiteral("sync"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("synced"));

        const auto balance = ctl(QStringList {QStringLiteral("balance")} + withLedger);
        QCOMPARE(balance.exitCode, 0);
        const QJsonObject b = jsonOf(balance);
        QCOMPARE(b.value(QStringLiteral("balance")).toInteger(), 3 * kEarnedPerHour);
        QCOMPARE(b.value(QStringLiteral("earned")).toInteger(), 3 * kEarnedPerHour);
        QCOMPARE(b.value(QStringLiteral("pendingMillicredits")).toInteger(), 0);
        QVERIFY(b.value(QStringLiteral("rank")).toInt() >= 1);
        QVERIFY(b.value(QStringLiteral("fresh")).toBool());

        const auto history = ctl(QStringList {QStringLiteral("history")} + where);
        QCOMPARE(history.exitCode, 0);
        const QJsonArray entries = jsonOf(history).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue &e : entries) {
            QCOMPARE(e.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
            QCOMPARE(e.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("receipt"));
        }
        QCOMPARE(entries.at(2).toObject().value(QStringLiteral("seq")).toInt(), 3);

        // The ledger unreachable: sync fails with exit 1 and says so in JSON; the balance is the cached one.
        const QStringList deadLedger =
            where + QStringList {QStringLiteral("--ledger"), ledgerUrl(CloudyTest::freePort())};
        const auto down = ctl(QStringList {QStringLiteral("sync")} + deadLedger);
        QCOMPARE(down.exitCode, 1);
        QCOMPARE(
            jsonOf(down).value(QStringLiteral("sync")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("unreachable"));
        const auto cached = ctl(QStringList {QStringLiteral("balance")} + deadLedger);
        QCOMPARE(cached.exitCode, 1);
        QCOMPARE(jsonOf(cached).value(QStringLiteral("balance")).toInteger(), 3 * kEarnedPerHour);
        QVERIFY(!jsonOf(cached).value(QStringLiteral("fresh")).toBool());
        // Bad input is a usage error.
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl(QStringList {QStringLiteral("sync"), QStringLiteral("--ledger"), QStringLiteral("nope")}
                     + where)
                     .exitCode,
                 2);
    }
};

CLOUDY_TEST_MAIN(TestLedgerSync)
#include "tst_ledger_sync.moc"
