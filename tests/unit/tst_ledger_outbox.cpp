// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger outbox on a temporary SQLite file: the chain it issues (seq, prev, signatures), states and
// refusal reasons, everything kept across a reopen, all-or-nothing issuing, two handles on one file, the
// ledger's answers kept offline, a refused entry set aside so the chain goes on, an older schema upgraded
// and a newer one refused without touching the file.
#include "ledger/Outbox.h"
#include "platform/Crypto.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloudy;
using namespace Cloudy::Ledger;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kJan1 = 1767225600000;

Entry body(qint64 from)
{
    Receipt r;
    r.fromMs = from;
    r.toMs = from + kHour;
    r.vcpus = 2;
    r.hostVcpus = 4;
    r.memoryMiB = 1024;
    r.hostMemoryMiB = 4096;
    r.coreMs = 1000;
    r.uptimeMs = kHour;
    return r;
}

QList<quint64> seqsOf(const QList<LocalEntry> &entries)
{
    QList<quint64> seqs;
    for (const LocalEntry &e : entries)
        seqs << headerOf(e.entry).seq;
    return seqs;
}

int userVersion(const QString &path, int set = -1)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (set >= 0)
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(set));
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

} // namespace

class TestLedgerOutbox final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Crypto::SigningKeyPair m_key = Crypto::generateSigningKeyPair();

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void issuesAChain()
    {
        Outbox outbox;
        QVERIFY(outbox.open(path(QStringLiteral("a.sqlite"))));
        const QString node = nodeIdOf(m_key.publicKey);
        QCOMPARE(outbox.tip(node)->seq, 0u);
        const auto issued = outbox.issue({body(kJan1), body(kJan1 + kHour), body(kJan1 + 2 * kHour)}, m_key);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        QCOMPARE(issued->size(), 3);
        QCOMPARE(headerOf(issued->at(0)).prev, QByteArray(32, '\0'));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(headerOf(issued->at(i)).seq, quint64(i + 1));
            QVERIFY(verifyEntry(issued->at(i)));
            if (i > 0)
                QCOMPARE(headerOf(issued->at(i)).prev, entryHash(issued->at(i - 1)));
        }
        const ChainTip tip = outbox.tip(node).value();
        QCOMPARE(tip.seq, 3u);
        QCOMPARE(tip.hash, entryHash(issued->at(2)));
        QCOMPARE(tip.lastReceiptToMs, kJan1 + 3 * kHour);
        QCOMPARE(outbox.lastNodeId().value(), node);
        // What comes back out is what was signed, pending, with a queue time.
        const QList<LocalEntry> pending = outbox.pending().value();
        QCOMPARE(seqsOf(pending), (QList<quint64> {1, 2, 3}));
        QCOMPARE(pending.at(1).entry, issued->at(1));
        QCOMPARE(pending.at(1).state, EntryState::Pending);
        QVERIFY(pending.at(1).queuedAt.isValid());
        // The next issue continues the chain.
        const auto next = outbox.issue({body(kJan1 + 3 * kHour)}, m_key);
        QCOMPARE(headerOf(next->first()).seq, 4u);
        QCOMPARE(headerOf(next->first()).prev, tip.hash);
    }

    void statesSurviveAReopen()
    {
        const QString file = path(QStringLiteral("b.sqlite"));
        const QString node = nodeIdOf(m_key.publicKey);
        {
            Outbox outbox;
            QVERIFY(outbox.open(file));
            QVERIFY(outbox.issue({body(kJan1), body(kJan1 + kHour), body(kJan1 + 2 * kHour)}, m_key));
            const auto marked = outbox.markConfirmed(node, {1, 2});
            QVERIFY2(marked, marked ? "" : qPrintable(marked.error().message));
            QVERIFY(outbox.markRefused(node, 3, QStringLiteral("implausible-amounts"),
                                       QStringLiteral("Too much.")));
            QVERIFY(outbox.saveAnswer(QStringLiteral("node"), {{QStringLiteral("last_seq"), 2}}));
        }
        Outbox outbox;
        QVERIFY(outbox.open(file));
        const QList<LocalEntry> all = outbox.entries(node).value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).state, EntryState::Confirmed);
        QCOMPARE(all.at(2).state, EntryState::Refused);
        QCOMPARE(all.at(2).refusalCode, QStringLiteral("implausible-amounts"));
        QCOMPARE(all.at(2).refusalReason, QStringLiteral("Too much."));
        QVERIFY(outbox.pending()->isEmpty());
        QCOMPARE(outbox.answer(QStringLiteral("node"))->value(QStringLiteral("last_seq")).toInt(), 2);
        QVERIFY(outbox.answer(QStringLiteral("never"))->isEmpty());
        // Back to pending: the refused one, and confirmed ones the ledger does not have.
        QVERIFY(outbox.markPending(node, {3}));
        QVERIFY(outbox.markPendingAfter(node, 1));
        QCOMPARE(seqsOf(outbox.pending().value()), (QList<quint64> {2, 3}));
        QVERIFY(outbox.entries(node)->at(2).refusalCode.isEmpty());
    }

    // What a sync sends next: pending entries in chain order, at most the limit, none after a refused one.
    void nextToSendStopsAtARefusal()
    {
        Outbox outbox;
        QVERIFY(outbox.open(path(QStringLiteral("next.sqlite"))));
        const QString node = nodeIdOf(m_key.publicKey);
        const Crypto::SigningKeyPair other = Crypto::generateSigningKeyPair();
        QList<Entry> bodies;
        for (int i = 0; i < 5; ++i)
            bodies << body(kJan1 + i * kHour);
        QVERIFY(outbox.issue(bodies, m_key));
        QVERIFY(outbox.issue({body(kJan1), body(kJan1 + kHour)}, other));
        QCOMPARE(outbox.nextToSend(3)->size(), 3);
        QCOMPARE(outbox.nextToSend(100)->size(), 7);
        QCOMPARE(outbox.pendingCount().value(), 7);
        QVERIFY(outbox.nodesWithRefused()->isEmpty());

        QVERIFY(outbox.markConfirmed(node, {1}));
        QVERIFY(outbox.markRefused(node, 3, QStringLiteral("period-in-future"), QStringLiteral("Later.")));
        QCOMPARE(outbox.nodesWithRefused().value(), QSet<QString> {node});
        QList<quint64> mine;
        int others = 0;
        const QList<LocalEntry> next = outbox.nextToSend(100).value();
        for (const LocalEntry &e : next) {
            if (nodeIdOf(headerOf(e.entry).publicKey) == node)
                mine << headerOf(e.entry).seq;
            else
                ++others;
        }
        QCOMPARE(mine, (QList<quint64> {2})); // 1 confirmed, 3 refused, 4 and 5 wait behind it
        QCOMPARE(others, 2);
        QCOMPARE(outbox.pendingCount().value(), 5); // 2, 4, 5 and the other node's two
    }

    void refusedEntryIsSetAside()
    {
        Outbox outbox;
        QVERIFY(outbox.open(path(QStringLiteral("aside.sqlite"))));
        const QString node = nodeIdOf(m_key.publicKey);
        QList<Entry> bodies;
        for (int i = 0; i < 3; ++i)
            bodies << body(kJan1 + i * kHour);
        Transfer gift;
        gift.timeMs = kJan1 + 3 * kHour;
        gift.payee = QByteArray(32, '\x07');
        gift.amountMillicredits = 5000;
        bodies.insert(1, gift); // 1 receipt, 2 transfer, 3 and 4 receipts
        QVERIFY(outbox.issue(bodies, m_key));
        QVERIFY(outbox.markConfirmed(node, {1}));
        QVERIFY(
            outbox.markRefused(node, 2, QStringLiteral("insufficient-credit"), QStringLiteral("Too much.")));
        const QByteArray hashOfFirst = entryHash(outbox.entries(node)->first().entry);

        // Nothing to set aside for another key; for this one the transfer goes aside and 3, 4 become 2, 3.
        QCOMPARE(outbox.setAsideRefused(Crypto::generateSigningKeyPair()).value(), 0);
        const auto setAside = outbox.setAsideRefused(m_key);
        QVERIFY2(setAside, setAside ? "" : qPrintable(setAside.error().message));
        QCOMPARE(setAside.value(), 1);
        QVERIFY(outbox.nodesWithRefused()->isEmpty());
        const QList<LocalEntry> all = outbox.entries(node).value();
        QCOMPARE(seqsOf(all), (QList<quint64> {1, 2, 2, 3}));
        QVERIFY(all.at(1).setAside);
        QCOMPARE(all.at(1).state, EntryState::Refused);
        QCOMPARE(all.at(1).refusalCode, QStringLiteral("insufficient-credit"));
        QVERIFY(std::holds_alternative<Transfer>(all.at(1).entry));
        // The renumbered receipts chain on from entry 1, signed again, their hours unchanged.
        QVERIFY(!all.at(2).setAside);
        QCOMPARE(headerOf(all.at(2).entry).prev, hashOfFirst);
        QCOMPARE(headerOf(all.at(3).entry).prev, entryHash(all.at(2).entry));
        QVERIFY(verifyEntry(all.at(2).entry) && verifyEntry(all.at(3).entry));
        QCOMPARE(std::get<Receipt>(all.at(2).entry).fromMs, kJan1 + kHour);
        QCOMPARE(std::get<Receipt>(all.at(3).entry).fromMs, kJan1 + 2 * kHour);
        QCOMPARE(seqsOf(outbox.nextToSend(100).value()), (QList<quint64> {2, 3}));
        QCOMPARE(outbox.tip(node)->seq, 3u);
        QCOMPARE(outbox.tip(node)->lastReceiptToMs, kJan1 + 3 * kHour);

        // A refusal about the chain itself stays where it is; one for a date ahead is sent again.
        QVERIFY(outbox.markRefused(node, 2, QStringLiteral("prev-mismatch"), QStringLiteral("Differs.")));
        QCOMPARE(outbox.setAsideRefused(m_key).value(), 0);
        QCOMPARE(outbox.nodesWithRefused()->size(), 1);
        QVERIFY(outbox.markRefused(node, 2, QStringLiteral("period-in-future"), QStringLiteral("Later.")));
        QCOMPARE(outbox.setAsideRefused(m_key).value(), 0);
        QVERIFY(outbox.nodesWithRefused()->isEmpty());
        QCOMPARE(seqsOf(outbox.nextToSend(100).value()), (QList<quint64> {2, 3}));
        // A set-aside receipt's hours are not issued again: the tip counts them.
        QVERIFY(outbox.markRefused(node, 3, QStringLiteral("implausible-amounts"), QStringLiteral("No.")));
        QCOMPARE(outbox.setAsideRefused(m_key).value(), 1);
        QCOMPARE(outbox.tip(node)->seq, 2u);
        QCOMPARE(outbox.tip(node)->lastReceiptToMs, kJan1 + 3 * kHour);
        QCOMPARE(outbox.entries(node)->size(), 4); // 1, the transfer and receipt 3 set aside, 2
    }

    void oldSchemaIsUpgraded()
    {
        const QString file = path(QStringLiteral("v1.sqlite"));
        {
            Outbox outbox;
            QVERIFY(outbox.open(file));
            QVERIFY(outbox.issue({body(kJan1)}, m_key));
        }
        // A file written before set-aside entries existed: no set_aside table, user_version 1.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE set_aside")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Outbox outbox;
        QVERIFY(outbox.open(file));
        QCOMPARE(userVersion(file), Outbox::schemaVersion());
        QCOMPARE(outbox.entries()->size(), 1);
        QCOMPARE(outbox.setAsideRefused(m_key).value(), 0);
    }

    void issueIsAllOrNothing()
    {
        Outbox outbox;
        QVERIFY(outbox.open(path(QStringLiteral("c.sqlite"))));
        QVERIFY(outbox.issue({body(kJan1 + kHour)}, m_key));
        // The second body overlaps the first of the batch: nothing of the batch is stored.
        const auto overlap = outbox.issue({body(kJan1 + 2 * kHour), body(kJan1 + 2 * kHour + 1000)}, m_key);
        QCOMPARE(overlap.error().code, QStringLiteral("period-overlap"));
        // An implausible body is refused before it could block the chain at the ledger.
        Receipt tooMuch = std::get<Receipt>(body(kJan1 + 5 * kHour));
        tooMuch.coreMs = 3 * kHour;
        QCOMPARE(outbox.issue({body(kJan1 + 4 * kHour), tooMuch}, m_key).error().code,
                 QStringLiteral("implausible-amounts"));
        QCOMPARE(outbox.tip(nodeIdOf(m_key.publicKey))->seq, 1u);
        QCOMPARE(outbox.entries()->size(), 1);
        // No key, no entry.
        QCOMPARE(outbox.issue({body(kJan1 + 9 * kHour)}, Crypto::SigningKeyPair {}).error().code,
                 QStringLiteral("no-identity"));
    }

    void appendChecksTheChain()
    {
        Outbox source;
        QVERIFY(source.open(path(QStringLiteral("d1.sqlite"))));
        const auto issued = source.issue({body(kJan1), body(kJan1 + kHour)}, m_key).value();
        Outbox outbox;
        QVERIFY(outbox.open(path(QStringLiteral("d2.sqlite"))));
        QCOMPARE(outbox.append({issued.at(1)}).error().code, QStringLiteral("outbox-chain"));
        Entry forged = issued.at(0);
        std::get<Receipt>(forged).coreMs += 1;
        QCOMPARE(outbox.append({forged}).error().code, QStringLiteral("bad-signature"));
        QVERIFY(outbox.append(issued));
        QCOMPARE(seqsOf(outbox.pending().value()), (QList<quint64> {1, 2}));
    }

    void twoHandlesOnOneFile()
    {
        // The app and cloudyctl: both see what the other wrote, and the chain never forks.
        const QString file = path(QStringLiteral("e.sqlite"));
        Outbox app;
        Outbox ctl;
        QVERIFY(app.open(file));
        QVERIFY(ctl.open(file));
        QVERIFY(app.issue({body(kJan1)}, m_key));
        QVERIFY(ctl.issue({body(kJan1 + kHour)}, m_key));
        QVERIFY(ctl.markConfirmed(nodeIdOf(m_key.publicKey), {1}));
        const QList<LocalEntry> seen = app.entries().value();
        QCOMPARE(seqsOf(seen), (QList<quint64> {1, 2}));
        QCOMPARE(seen.at(0).state, EntryState::Confirmed);
        QCOMPARE(headerOf(seen.at(1).entry).prev, entryHash(seen.at(0).entry));
    }

    void newerSchemaIsRefused()
    {
        const QString file = path(QStringLiteral("f.sqlite"));
        {
            Outbox outbox;
            QVERIFY(outbox.open(file));
            QVERIFY(outbox.issue({body(kJan1)}, m_key));
        }
        QCOMPARE(userVersion(file), Outbox::schemaVersion());
        userVersion(file, Outbox::schemaVersion() + 1);
        Outbox outbox;
        const auto opened = outbox.open(file);
        QCOMPARE(opened.error().code, QStringLiteral("outbox-newer"));
        QVERIFY(opened.error().message.contains(QLatin1String("newer version")));
        QVERIFY(!outbox.isOpen());
        QCOMPARE(userVersion(file), Outbox::schemaVersion() + 1);
    }
};

QTEST_GUILESS_MAIN(TestLedgerOutbox)
#include "tst_ledger_outbox.moc"
