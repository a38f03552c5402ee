// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of the client sync: `cloudyctl ledger sync` against a real cloudy-ledgerd on loopback, killed
// with SIGKILL at random points (one entry per request and a pause between requests, so the kill lands
// before, during and after requests and outbox writes), over a hundred times while new receipts keep being
// issued. After every kill the outbox and the ledger must agree: each entry the outbox calls confirmed is in
// the ledger with the same hash, the ledger holds nothing the outbox does not, and at the end one clean sync
// leaves every entry confirmed exactly once.
#include "LedgerdTestSupport.h"
#include "ledger/LedgerSync.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloudy;
using namespace Cloudy::Ledger;
using namespace LedgerdTest;

class TestLedgerSyncCrash final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Ledgerd m_server;
    QNetworkAccessManager m_network;

    QJsonObject get(const QString &path)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port).arg(path)));
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    // The ledger's entries of the node, by seq → hash.
    QHash<quint64, QString> ledgerEntries(const QString &node)
    {
        QHash<quint64, QString> hashes;
        quint64 after = 0;
        for (;;) {
            const QJsonArray list = get(QStringLiteral("/v1/nodes/%1/receipts?after=%2").arg(node).arg(after))
                                        .value(QStringLiteral("entries"))
                                        .toArray();
            if (list.isEmpty())
                break;
            for (const QJsonValue &v : list) {
                const quint64 seq = quint64(v.toObject().value(QStringLiteral("seq")).toInteger());
                hashes.insert(seq, v.toObject().value(QStringLiteral("hash")).toString());
                after = std::max(after, seq);
            }
        }
        return hashes;
    }

    // The outbox and the ledger agree: confirmed ⇒ stored with the same hash; stored ⇒ in the outbox.
    void checkAgreement(Outbox &outbox, const QString &node, int run)
    {
        const QList<LocalEntry> entries = outbox.entries(node).value();
        const QHash<quint64, QString> stored = ledgerEntries(node);
        QHash<quint64, QString> local;
        for (const LocalEntry &e : entries) {
            const quint64 seq = headerOf(e.entry).seq;
            const QString hash = QString::fromLatin1(entryHash(e.entry).toHex());
            local.insert(seq, hash);
            QVERIFY2(
                e.state != EntryState::Refused,
                qPrintable(
                    QStringLiteral("run %1: entry %2 refused: %3").arg(run).arg(seq).arg(e.refusalReason)));
            if (e.state == EntryState::Confirmed)
                QVERIFY2(stored.value(seq) == hash,
                         qPrintable(QStringLiteral("run %1: entry %2 confirmed but not in the ledger")
                                        .arg(run)
                                        .arg(seq)));
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(local.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("run %1: the ledger's entry %2 is not the outbox's")
                                    .arg(run)
                                    .arg(it.key())));
    }

private Q_SLOTS:
    void killedAtRandomPoints()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ledger.sqlite")),
                               {QStringLiteral("--address-rate"), QStringLiteral("100000"),
                                QStringLiteral("--node-rate"), QStringLiteral("100000")}));
        const QString outboxPath = m_dir.filePath(QStringLiteral("outbox.sqlite"));
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        const QString node = nodeIdOf(key.publicKey);
        Outbox outbox;
        QVERIFY(outbox.open(outboxPath));
        const qint64 start = (QDateTime::currentMSecsSinceEpoch() / kHour - 2000) * kHour;
        qint64 nextHour = start;
        const auto issue = [&](int count) {
            QList<Entry> bodies;
            for (int i = 0; i < count; ++i) {
                Receipt r;
                r.fromMs = nextHour;
                r.toMs = nextHour + kHour;
                r.vcpus = 1;
                r.hostVcpus = 2;
                r.memoryMiB = 512;
                r.hostMemoryMiB = 2048;
                r.coreMs = 1000 + quint64(i);
                r.uptimeMs = kHour;
                bodies.append(r);
                nextHour += kHour;
            }
            return bool(outbox.issue(bodies, key));
        };
        QVERIFY(issue(5));

        QRandomGenerator random(QRandomGenerator::global()->generate());
        const QString program = CloudyTest::programPath(QStringLiteral("cloudyctl"));
        const QStringList arguments {
            QStringLiteral("ledger"),   QStringLiteral("sync"),
            QStringLiteral("--outbox"), outboxPath,
            QStringLiteral("--ledger"), QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port)};
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("CLOUDY_LEDGER_TEST_BATCH_SIZE"), QStringLiteral("1"));
        constexpr int kRuns = 120;
        int killedMidway = 0;
        int storedDuring = 0;
        int answerLost = 0;
        qsizetype storedBefore = 0;
        for (int run = 0; run < kRuns; ++run) {
            QVERIFY(issue(int(random.bounded(1, 4))));
            // Pauses long enough that a sync of a few entries usually outlasts the kill's 0-600 ms (cloudyctl
            // starts in a few ms since libvirt is opened on first use: with shorter pauses most syncs ended
            // before the kill).
            environment.insert(QStringLiteral("CLOUDY_LEDGER_TEST_BATCH_DELAY_MS"),
                               QString::number(random.bounded(30, 150)));
            QProcess process;
            process.setProcessEnvironment(environment);
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(program, arguments);
            QVERIFY(process.waitForStarted(10000));
            const int killAfterMs = int(random.bounded(0, 600));
            if (!process.waitForFinished(killAfterMs)) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++killedMidway;
            }
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(30000));
            checkAgreement(outbox, node, run);
            if (QTest::currentTestFailed())
                return;
            // How the kill landed: after the ledger stored entries this run, and between the ledger's answer
            // and the outbox's record of it (stored, still pending locally: the next run resends them).
            const qsizetype stored = ledgerEntries(node).size();
            storedDuring += stored > storedBefore;
            int pendingButStored = 0;
            const QList<LocalEntry> after = outbox.entries(node).value();
            for (const LocalEntry &e : after)
                pendingButStored +=
                    e.state == EntryState::Pending && qsizetype(headerOf(e.entry).seq) <= stored;
            answerLost += pendingButStored > 0;
            storedBefore = stored;
        }
        qInfo() << kRuns << "runs," << killedMidway << "killed before they finished," << storedDuring
                << "stored entries before the kill," << answerLost
                << "killed between the ledger's answer and the outbox";
        QVERIFY(killedMidway > kRuns / 4);
        QVERIFY(storedDuring > 0);

        // One clean sync: everything confirmed, exactly once.
        QProcess last;
        last.setProcessEnvironment(environment);
        last.setStandardOutputFile(QProcess::nullDevice());
        environment.insert(QStringLiteral("CLOUDY_LEDGER_TEST_BATCH_DELAY_MS"), QStringLiteral("0"));
        last.setProcessEnvironment(environment);
        last.start(program, arguments);
        QVERIFY(last.waitForFinished(120000));
        QCOMPARE(last.exitCode(), 0);
        checkAgreement(outbox, node, kRuns);
        const QList<LocalEntry> entries = outbox.entries(node).value();
        QVERIFY(std::all_of(entries.cbegin(), entries.cend(),
                            [](const LocalEntry &e) { return e.state == EntryState::Confirmed; }));
        const QJsonObject view = get(QStringLiteral("/v1/nodes/") + node);
        QCOMPARE(view.value(QStringLiteral("last_seq")).toInteger(), qint64(entries.size()));
        QCOMPARE(view.value(QStringLiteral("receipts")).toInteger(), qint64(entries.size()));
        QCOMPARE(ledgerEntries(node).size(), entries.size());
    }
};

CLOUDY_TEST_MAIN(TestLedgerSyncCrash)
#include "tst_ledger_sync_crash.moc"
