// SPDX-License-Identifier: GPL-3.0-or-later
// LedgerStore offline on a temporary SQLite file with an injected clock: the checks, all-or-nothing batches,
// flags for a different entry at a stored seq, several batches in one transaction (group commit), transfers
// and balances, the summary, a reopened file, and a file of schema 1 (hex text columns) migrated to 2.
#include "LedgerSchema1.h"
#include "ledger/LedgerStore.h"
#include "platform/Crypto.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloudy;
using namespace Cloudy::Ledger;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kNow = 1767225600000 + 100 * kHour; // the ledger's clock in these tests

struct Node
{
    Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
    quint64 seq = 0;
    QByteArray prev = QByteArray(32, '\0');
    qint64 nextFrom = 1767225600000;

    Receipt draft() const
    {
        Receipt r;
        r.header.publicKey = key.publicKey;
        r.header.seq = seq + 1;
        r.header.prev = prev;
        r.fromMs = nextFrom;
        r.toMs = nextFrom + kHour;
        r.vcpus = 2;
        r.hostVcpus = 2;
        r.memoryMiB = 1024;
        r.hostMemoryMiB = 4096;
        r.coreMs = 7200000;
        r.memoryMiBSeconds = 1024 * 3600;
        r.uptimeMs = kHour;
        return r;
    }
    Entry sign(Entry e) const
    {
        signEntry(e, key.secretKey);
        return e;
    }
    Entry accept(Entry e)
    {
        e = sign(e);
        seq = headerOf(e).seq;
        prev = entryHash(e);
        if (const auto *r = std::get_if<Receipt>(&e))
            nextFrom = r->toMs;
        return e;
    }
    Entry next() { return accept(draft()); }
    Entry pay(const Node &payee, quint64 amount)
    {
        Transfer t;
        t.header.publicKey = key.publicKey;
        t.header.seq = seq + 1;
        t.header.prev = prev;
        t.timeMs = kNow;
        t.payee = nodeIdBytesOf(payee.key.publicKey);
        t.amountMillicredits = amount;
        return accept(t);
    }
};

} // namespace

class TestLedgerStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    DatabaseSpec spec(const QString &name) const
    {
        DatabaseSpec s;
        s.path = m_dir.filePath(name);
        return s;
    }

private slots:
    void checksAndFlags()
    {
        LedgerStore store;
        QVERIFY(store.open(spec(QStringLiteral("a.sqlite"))));
        Node node;
        const Entry first = node.next();
        SubmitResult r = store.submit({first, node.next()}, kNow);
        QVERIFY(!r.error);
        QCOMPARE(r.stored, 2);

        // A different, validly signed entry at seq 1: refused, flagged, nothing else changes.
        Node rewind = node;
        rewind.seq = 0;
        rewind.prev = QByteArray(32, '\0');
        Receipt other = rewind.draft();
        other.coreMs = 1;
        r = store.submit({rewind.sign(other)}, kNow);
        QCOMPARE(r.error->code, QStringLiteral("seq-conflict"));
        QCOMPARE(store.flagCount(nodeIdOf(node.key.publicKey)).value(), 1);

        // The clock is injected: a period ending more than five minutes after it is refused.
        Node late;
        late.nextFrom = kNow - kHour + 6 * 60 * 1000;
        r = store.submit({late.next()}, kNow);
        QCOMPARE(r.error->code, QStringLiteral("period-in-future"));
        late.seq = 0;
        late.prev = QByteArray(32, '\0');
        late.nextFrom = kNow - kHour + 4 * 60 * 1000;
        QVERIFY(!store.submit({late.next()}, kNow).error);

        // All or nothing: the good first entry of a failing batch is not stored.
        Node fresh;
        const Entry good = fresh.next();
        Receipt gap = fresh.draft();
        gap.header.seq += 1;
        r = store.submit({good, fresh.sign(gap)}, kNow);
        QCOMPARE(r.error->code, QStringLiteral("seq-gap"));
        QCOMPARE(r.errorIndex, 1);
        QCOMPARE(store.node(nodeIdOf(fresh.key.publicKey)).error().code, QStringLiteral("unknown-node"));
    }

    // Several batches in one transaction (what ledgerd's group commit hands the store): each all-or-nothing
    // on its own, each seeing the batches before it, a refused one spoiling none of the others.
    void group()
    {
        LedgerStore store;
        QVERIFY(store.open(spec(QStringLiteral("group.sqlite"))));
        Node a;
        Node b;
        Node gapped;
        Node forged;
        const QList<Entry> aFirst {a.next(), a.next()};
        const QList<Entry> aThen {a.next()}; // follows aFirst, in the same group
        const Node aBefore = a;
        Receipt aOther = aBefore.draft(); // a different seq 4, after a's seq 4 in the same group
        aOther.coreMs = 1;
        const QList<Entry> aNext {a.next()};
        const QList<Entry> bAll {b.next(), b.next(), b.next()};
        QList<Entry> gap {gapped.next(), gapped.next()};
        Receipt hole = gapped.draft();
        hole.header.seq += 1;
        gap.append(gapped.sign(hole));
        Entry changed = forged.next();
        std::get<Receipt>(changed).coreMs -= 1;

        const QList<CheckedBatch> batches {checkBatch(aFirst),
                                           checkBatch(gap),
                                           checkBatch(aThen),
                                           checkBatch({changed}),
                                           checkBatch(bAll),
                                           checkBatch(aNext),
                                           checkBatch({aBefore.sign(aOther)}),
                                           checkBatch(aFirst)};
        const QList<SubmitResult> results = store.submitGroup(batches, kNow);
        QCOMPARE(results.size(), batches.size());
        QCOMPARE(results[0].stored, 2);
        QCOMPARE(results[1].error->code, QStringLiteral("seq-gap"));
        QCOMPARE(results[1].errorIndex, 2);
        QVERIFY(results[1].items.isEmpty());
        QCOMPARE(results[2].stored, 1);
        QCOMPARE(results[3].error->code, QStringLiteral("bad-signature"));
        QCOMPARE(results[4].stored, 3);
        QCOMPARE(results[5].stored, 1);
        QCOMPARE(results[6].error->code, QStringLiteral("seq-conflict")); // against a batch of the group
        QVERIFY(!results[7].error); // a's first batch again: already stored, by this very group
        QCOMPARE(results[7].stored, 0);
        QCOMPARE(results[7].alreadyStored, 2);

        QCOMPARE(store.node(nodeIdOf(a.key.publicKey))->lastSeq, 4u);
        QCOMPARE(store.node(nodeIdOf(a.key.publicKey))->totals.receipts, 4u);
        QCOMPARE(store.node(nodeIdOf(a.key.publicKey))->lastHashHex, QString::fromLatin1(a.prev.toHex()));
        QCOMPARE(store.node(nodeIdOf(b.key.publicKey))->totals.receipts, 3u);
        QCOMPARE(store.node(nodeIdOf(gapped.key.publicKey)).error().code, QStringLiteral("unknown-node"));
        QCOMPARE(store.node(nodeIdOf(forged.key.publicKey)).error().code, QStringLiteral("unknown-node"));
        QCOMPARE(store.flagCount(nodeIdOf(a.key.publicKey)).value(), 1);
        QCOMPARE(store.summary()->entries, 7u);
        QCOMPARE(store.entries(nodeIdOf(a.key.publicKey), 0, 10)->size(), 4);
    }

    void transfersAndSummary()
    {
        LedgerStore store;
        QVERIFY(store.open(spec(QStringLiteral("b.sqlite"))));
        Node a;
        Node b;
        // One hour of 2 fully used vCPUs and 1 GiB: 2000 + 250 = 2250 mc.
        QVERIFY(!store.submit({a.next()}, kNow).error);
        QCOMPARE(store.node(nodeIdOf(a.key.publicKey))->earned, 2250);
        // A batch may mix a transfer to a node not met yet and receipts of several nodes.
        const SubmitResult paid = store.submit({a.pay(b, 2000), b.next()}, kNow);
        QVERIFY2(!paid.error, paid.error ? qPrintable(paid.error->message) : "");
        const NodeView viewA = store.node(nodeIdOf(a.key.publicKey)).value();
        const NodeView viewB = store.node(nodeIdOf(b.key.publicKey)).value();
        QCOMPARE(viewA.balance(), 250);
        QCOMPARE(viewB.received, 2000);
        QCOMPARE(viewB.balance(), 4250);
        Node overdraw = a;
        const SubmitResult refused = store.submit({overdraw.pay(b, 251)}, kNow);
        QCOMPARE(refused.error->code, QStringLiteral("insufficient-credit"));

        const LedgerSummary summary = store.summary().value();
        QCOMPARE(summary.nodes, 2u);
        QCOMPARE(summary.entries, 3u);
        QCOMPARE(summary.totals.coreMs, 2u * 7200000);
        QCOMPARE(summary.earned, 4500);
        // Same earned: ordered by node id.
        QCOMPARE(summary.top.first().nodeId, std::min(nodeIdOf(a.key.publicKey), nodeIdOf(b.key.publicKey)));
        // The rank follows the same order: 1 for the first of top, 2 for the other.
        QCOMPARE(store.rank(summary.top.at(0).nodeId).value(), 1u);
        QCOMPARE(store.rank(summary.top.at(1).nodeId).value(), 2u);
        const auto entries = store.entries(nodeIdOf(a.key.publicKey), 0, 10);
        QCOMPARE(entries->size(), 2);
        QVERIFY(verifyEntry(entries->at(1)));
        QVERIFY(std::holds_alternative<Transfer>(entries->at(1)));
        // A second hour puts a ahead of b: 4500 mc earned against 2250.
        QVERIFY(!store.submit({a.next()}, kNow).error);
        QCOMPARE(store.rank(nodeIdOf(a.key.publicKey)).value(), 1u);
        QCOMPARE(store.rank(nodeIdOf(b.key.publicKey)).value(), 2u);
        QCOMPARE(store.rank(nodeIdOf(Node().key.publicKey)).error().code, QStringLiteral("unknown-node"));
    }

    void reopened()
    {
        Node node;
        {
            LedgerStore store;
            QVERIFY(store.open(spec(QStringLiteral("c.sqlite"))));
            QVERIFY(!store.submit({node.next(), node.next()}, kNow).error);
        }
        LedgerStore store;
        QVERIFY(store.open(spec(QStringLiteral("c.sqlite"))));
        const NodeView view = store.node(nodeIdOf(node.key.publicKey)).value();
        QCOMPARE(view.lastSeq, 2u);
        QCOMPARE(view.lastHashHex, QString::fromLatin1(node.prev.toHex()));
        QVERIFY(!store.submit({node.next()}, kNow).error);
    }

    // A ledger written by schema 1 (hashes, canonical bytes and signatures as hex text, no version) is
    // migrated on open: its entries read back the same, a resubmission is still "already stored", a
    // different entry at a stored seq is still refused, and the chain goes on.
    void migratedFromSchema1()
    {
        Node node;
        const Entry first = node.next();
        const Entry second = node.next();
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QString written = CloudyTest::writeSchema1Ledger(db, {first, second});
            QVERIFY2(written.isEmpty(), qPrintable(written));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        LedgerStore store;
        const auto opened = store.open(spec(QStringLiteral("v1.sqlite")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        const QString id = nodeIdOf(node.key.publicKey);
        const QList<Entry> back = store.entries(id, 0, 10).value();
        QCOMPARE(back.size(), 2);
        QCOMPARE(canonicalBytes(back.at(1)), canonicalBytes(second));
        QCOMPARE(headerOf(back.at(1)).signature, headerOf(second).signature);
        QCOMPARE(store.flagCount(id).value(), 1);
        const SubmitResult again = store.submit({second}, kNow);
        QVERIFY(!again.error);
        QCOMPARE(again.alreadyStored, 1);
        Node forger = node;
        forger.seq = 1;
        forger.prev = entryHash(first);
        Receipt other = forger.draft();
        other.coreMs -= 1;
        const SubmitResult conflict = store.submit({forger.sign(other)}, kNow);
        QVERIFY(conflict.error);
        QCOMPARE(conflict.error->code, QStringLiteral("seq-conflict"));
        QCOMPARE(store.flagCount(id).value(), 2);
        QVERIFY(!store.submit({node.next()}, kNow).error);
        QCOMPARE(store.node(id).value().lastSeq, 3u);

        // A file from a newer ledgerd is refused in words, untouched.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("UPDATE ledger_meta SET value = '9' WHERE key = 'schema'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));
        LedgerStore newer;
        const auto refused = newer.open(spec(QStringLiteral("v1.sqlite")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("newer")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLedgerStore)
#include "tst_ledger_store.moc"
