// SPDX-License-Identifier: GPL-3.0-or-later
// Two real cloudy-ledgerd instances on one PostgreSQL (the harness's postgres service) and 50 concurrent
// clients: every client sends each of its entries to both instances at once, and races two different entries
// for one seq. One entry per node and seq is stored, never two, and the community totals are exact. And a
// database of schema 1 (hex text columns) is migrated by the ledgerd that opens it and served as before.
#include "LedgerSchema1.h"
#include "LedgerdTestSupport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

using namespace LedgerdTest;

namespace {

constexpr int kClients = 50;
constexpr int kEntriesPerClient = 8;

} // namespace

class TestLedgerdPostgres final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    QString m_database;
    Ledgerd m_first;
    Ledgerd m_second;

    QNetworkReply *post(quint16 port, const QList<Entry> &entries)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/receipts").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_network.post(request, batch(entries));
    }
    static Reply replyOf(QNetworkReply *reply)
    {
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        return r;
    }
    Reply get(quint16 port, const QString &path)
    {
        return answerOf(m_network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)))));
    }
    // The reply once finished (30 s at most), then deleted.
    static Reply answerOf(QNetworkReply *reply)
    {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const Reply r = replyOf(reply);
        reply->deleteLater();
        return r;
    }

    // A new, empty database named prefix_TIME on the harness's server; empty when it cannot be made.
    static QString createDatabase(const QString &prefix)
    {
        const QUrl url(qEnvironmentVariable("CLOUDY_TESTENV_POSTGRES_URL"));
        const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch());
        bool created = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(url.host());
            admin.setPort(url.port());
            admin.setUserName(url.userName());
            admin.setDatabaseName(url.path().mid(1));
            QSqlQuery create(admin);
            created = admin.open() && create.exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!created)
                qWarning() << "cannot create database" << name << admin.lastError().text()
                           << create.lastError().text();
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return created ? name : QString();
    }
    static QString urlOf(const QString &database)
    {
        const QUrl url(qEnvironmentVariable("CLOUDY_TESTENV_POSTGRES_URL"));
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(url.userName(), url.host())
            .arg(url.port())
            .arg(database);
    }

private slots:
    void initTestCase()
    {
        const auto postgres = CloudyTest::service(QStringLiteral("postgres"));
        if (!postgres.ok) {
            if (CloudyTest::inCi())
                QFAIL(qPrintable(postgres.detail));
            QSKIP(qPrintable(postgres.detail));
        }
        const QUrl url(qEnvironmentVariable("CLOUDY_TESTENV_POSTGRES_URL"));
        QVERIFY(url.isValid());
        // A database of its own, so that runs never see each other's entries.
        m_database = createDatabase(QStringLiteral("ledger"));
        QVERIFY(!m_database.isEmpty());
        const QString db = urlOf(m_database);
        const QStringList generous {QStringLiteral("--address-rate"), QStringLiteral("100000"),
                                    QStringLiteral("--node-rate"), QStringLiteral("100000")};
        QVERIFY(m_first.start(db, generous));
        QVERIFY(m_second.start(db, generous));
    }

    void concurrentClients()
    {
        QList<TestNode> nodes(kClients);
        QList<QList<Entry>> entries(kClients);
        for (int c = 0; c < kClients; ++c)
            for (int i = 0; i < kEntriesPerClient; ++i)
                entries[c].append(nodes[c].next());
        // The race for one seq: two different, validly signed entries, one to each instance.
        QList<Entry> rivalsA;
        QList<Entry> rivalsB;
        for (int c = 0; c < kClients; ++c) {
            TestNode other = nodes[c];
            rivalsA.append(nodes[c].next());
            Receipt different = other.draft();
            different.coreMs -= 1000;
            rivalsB.append(other.sign(different));
        }

        // Every client runs at once: entry k goes to both instances at the same time; the next entry leaves
        // when both answered.
        QList<int> step(kClients, 0);
        QList<int> stored(kClients, 0);
        QList<int> conflicts(kClients, 0);
        int finished = 0;
        int failures = 0;
        std::function<void(int)> send = [&](int c) {
            const int k = step[c];
            if (k > kEntriesPerClient) {
                ++finished;
                return;
            }
            const bool race = k == kEntriesPerClient;
            QNetworkReply *a = post(m_first.port, {race ? rivalsA[c] : entries[c][k]});
            QNetworkReply *b = post(m_second.port, {race ? rivalsB[c] : entries[c][k]});
            auto pending = std::make_shared<int>(2);
            const auto done = [&, c, pending, race](QNetworkReply *reply) {
                const Reply r = replyOf(reply);
                reply->deleteLater();
                if (r.status == 200) {
                    stored[c] += r.json.value(QStringLiteral("stored")).toInt();
                    if (r.json.value(QStringLiteral("stored")).toInt()
                            + r.json.value(QStringLiteral("already_stored")).toInt()
                        != 1)
                        ++failures;
                } else if (race && r.code() == QLatin1String("seq-conflict")) {
                    ++conflicts[c];
                } else {
                    qWarning() << "client" << c << "step" << step[c] << r.status << r.json;
                    ++failures;
                }
                if (--*pending == 0) {
                    ++step[c];
                    send(c);
                }
            };
            connect(a, &QNetworkReply::finished, this, [done, a] { done(a); });
            connect(b, &QNetworkReply::finished, this, [done, b] { done(b); });
        };
        for (int c = 0; c < kClients; ++c)
            send(c);
        QTRY_VERIFY_WITH_TIMEOUT(finished == kClients, 240000);
        QCOMPARE(failures, 0);
        for (int c = 0; c < kClients; ++c) {
            QCOMPARE(stored[c], kEntriesPerClient + 1); // each entry stored once, one rival won
            QCOMPARE(conflicts[c], 1); // and the other was refused
        }

        // Exact totals, seen the same through both instances.
        for (quint16 port : {m_first.port, m_second.port}) {
            const Reply summary = get(port, QStringLiteral("/v1/summary"));
            QCOMPARE(summary.status, 200);
            QCOMPARE(summary.json.value(QStringLiteral("nodes")).toInt(), kClients);
            QCOMPARE(summary.json.value(QStringLiteral("entries")).toInt(),
                     kClients * (kEntriesPerClient + 1));
            qint64 expectedCoreMs = qint64(kClients) * kEntriesPerClient * 3600000;
            const Reply firstNode = get(port, QStringLiteral("/v1/nodes/") + nodes[0].id());
            QCOMPARE(firstNode.json.value(QStringLiteral("last_seq")).toInt(), kEntriesPerClient + 1);
            qint64 raceCoreMs = 0;
            for (int c = 0; c < kClients; ++c) {
                const Reply view = get(port, QStringLiteral("/v1/nodes/%1/receipts?after=%2")
                                                 .arg(nodes[c].id())
                                                 .arg(kEntriesPerClient));
                const QJsonArray last = view.json.value(QStringLiteral("entries")).toArray();
                QCOMPARE(last.size(), 1);
                raceCoreMs += last.at(0).toObject().value(QStringLiteral("core_ms")).toInteger();
            }
            QCOMPARE(summary.json.value(QStringLiteral("totals"))
                         .toObject()
                         .value(QStringLiteral("core_ms"))
                         .toInteger(),
                     expectedCoreMs + raceCoreMs);
        }
    }

    void migratedFromSchema1()
    {
        TestNode node;
        const QList<Entry> chain {node.next(), node.next(), node.next()};
        const QString name = createDatabase(QStringLiteral("ledger_v1"));
        QVERIFY(!name.isEmpty());
        {
            const QUrl url(qEnvironmentVariable("CLOUDY_TESTENV_POSTGRES_URL"));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("v1"));
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(name);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            const QString written = CloudyTest::writeSchema1Ledger(db, chain);
            QVERIFY2(written.isEmpty(), qPrintable(written));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        Ledgerd migrated;
        QVERIFY(migrated.start(urlOf(name)));
        const Reply listed =
            get(migrated.port, QStringLiteral("/v1/nodes/%1/receipts?after=0").arg(node.id()));
        QCOMPARE(listed.status, 200);
        const QJsonArray list = listed.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(list.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto back = entryFromJson(list.at(i).toObject());
            QVERIFY2(back, qPrintable(back.error().message));
            QVERIFY(verifyEntry(back.value()));
            QCOMPARE(canonicalBytes(back.value()), canonicalBytes(chain.at(i)));
        }
        const Reply again = answerOf(post(migrated.port, {chain.constLast()}));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("already_stored")).toInt(), 1);
        const Reply next = answerOf(post(migrated.port, {node.next()}));
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json.value(QStringLiteral("stored")).toInt(), 1);
        const Reply view = get(migrated.port, QStringLiteral("/v1/nodes/%1").arg(node.id()));
        QCOMPARE(view.json.value(QStringLiteral("last_seq")).toInt(), 4);
        QCOMPARE(
            view.json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("core_ms")).toInteger(),
            4 * 3600000);
    }

    void cleanupTestCase()
    {
        m_first.stop();
        m_second.stop();
    }
};

QTEST_GUILESS_MAIN(TestLedgerdPostgres)
#include "tst_ledgerd_postgres.moc"
