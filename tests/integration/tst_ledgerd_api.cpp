// SPDX-License-Identifier: GPL-3.0-or-later
// The real cloudy-ledgerd on loopback (started by the test on a temporary SQLite database): the /v1 API of
// docs/ledger-protocol.md end to end. Round trip, idempotent resubmission, every refusal with its code while
// a well-behaved node is still served, rate limits, and kill -9 in the middle of a batch.
#include "LedgerdTestSupport.h"
#include "ledger/RewardPolicy.h"
#include "platform/Crypto.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <signal.h>
#include <vector>

using namespace Cloudy;
using namespace Cloudy::Ledger;

using namespace LedgerdTest;

class TestLedgerdApi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Ledgerd m_server;
    QNetworkAccessManager m_network;
    TestNode m_good; // the well-behaved node, served between refusals

    QUrl url(const QString &path, quint16 port = 0) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port ? port : m_server.port).arg(path));
    }

    Reply request(const QString &path, const QByteArray *body = nullptr, quint16 port = 0)
    {
        QNetworkRequest request(url(path, port));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = body ? m_network.post(request, *body) : m_network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return r;
    }
    // A POST on a connection of its own (a manager of its own), so that many are in flight at once.
    QNetworkReply *postOnOwnConnection(std::vector<std::unique_ptr<QNetworkAccessManager>> &networks,
                                       const QByteArray &body, quint16 port)
    {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest networkRequest(url(QStringLiteral("/v1/receipts"), port));
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return networks.back()->post(networkRequest, body);
    }
    static Reply replyOf(QNetworkReply *reply)
    {
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
        return r;
    }
    Reply post(const QList<Entry> &entries, const QString &path = QStringLiteral("/v1/receipts"))
    {
        const QByteArray body = batch(entries);
        return request(path, &body);
    }

    // The refusal came with its code and a sentence, and the server still serves a well-behaved node.
    void expectRefused(const Reply &reply, int status, const QString &code)
    {
        QCOMPARE(reply.code(), code);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        const Reply served = post({m_good.next()});
        QCOMPARE(served.status, 200);
        QCOMPARE(served.json.value(QStringLiteral("stored")).toInt(), 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Generous limits: this test sends many requests quickly; rateLimits() checks the limits themselves.
        QVERIFY(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ledger.sqlite")),
                               {QStringLiteral("--address-rate"), QStringLiteral("1000")}));
    }

    void roundTrip()
    {
        TestNode node;
        const QList<Entry> entries {node.next(), node.next(), node.next()};
        const Reply stored = post(entries);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value(QStringLiteral("stored")).toInt(), 3);

        const Reply view = request(QStringLiteral("/v1/nodes/") + node.id());
        QCOMPARE(view.status, 200);
        QCOMPARE(view.json.value(QStringLiteral("last_seq")).toInt(), 3);
        QCOMPARE(view.json.value(QStringLiteral("last_hash")).toString(),
                 QString::fromLatin1(node.prev.toHex()));
        const QJsonObject totals = view.json.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("core_ms")).toInteger(), 3 * 3600000);
        QCOMPARE(totals.value(QStringLiteral("capacity_core_ms")).toInteger(), 3 * 4 * 3600000);
        // 3 core-hours (3000) + 6 GiB-hours of memory (1500) + 30 GiB-hours of disk (150).
        QCOMPARE(view.json.value(QStringLiteral("earned")).toInteger(), 4650);
        QCOMPARE(view.json.value(QStringLiteral("balance")).toInteger(), 4650);

        const Reply after = request(QStringLiteral("/v1/nodes/%1/receipts?after=1").arg(node.id()));
        QCOMPARE(after.status, 200);
        const QJsonArray list = after.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(list.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const auto back = entryFromJson(list.at(i).toObject());
            QVERIFY2(back, qPrintable(back.error().message));
            QVERIFY(verifyEntry(back.value()));
            QCOMPARE(canonicalBytes(back.value()), canonicalBytes(entries.at(i + 1)));
        }

        const Reply policy = request(QStringLiteral("/v1/policy"));
        QCOMPARE(policy.status, 200);
        QVERIFY(RewardPolicy::fromJson(policy.json));
        const Reply summary = request(QStringLiteral("/v1/summary"));
        QCOMPARE(summary.status, 200);
        QVERIFY(summary.json.value(QStringLiteral("nodes")).toInt() >= 1);
        QVERIFY(!summary.json.value(QStringLiteral("top")).toArray().isEmpty());

        // Idempotent resubmission: the same batch again is answered as already stored.
        const Reply again = post(entries);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(again.json.value(QStringLiteral("already_stored")).toInt(), 3);
        // Already stored entries and a new one in one batch.
        const Reply mixed = post({entries.at(2), node.next()});
        QCOMPARE(mixed.status, 200);
        QCOMPARE(mixed.json.value(QStringLiteral("stored")).toInt(), 1);
        QCOMPARE(mixed.json.value(QStringLiteral("already_stored")).toInt(), 1);
    }

    void refusals()
    {
        TestNode node;
        QCOMPARE(post({node.next()}).status, 200);

        // Forged: the signed contents changed afterwards.
        Entry forged = node.sign(node.draft());
        std::get<Receipt>(forged).coreMs = 7200000;
        expectRefused(post({forged}), 400, QStringLiteral("bad-signature"));

        // Replay of a different entry at a stored seq: refused and flagged.
        TestNode rewind = node;
        rewind.seq = 0;
        rewind.prev = QByteArray(32, '\0');
        Receipt other = rewind.draft();
        other.fromMs -= 10 * kHour;
        other.toMs -= 10 * kHour;
        expectRefused(post({rewind.sign(other)}), 409, QStringLiteral("seq-conflict"));

        // Gap: seq 3 after seq 1.
        Receipt gapped = node.draft();
        gapped.header.seq += 1;
        expectRefused(post({node.sign(gapped)}), 409, QStringLiteral("seq-gap"));

        // prev not the hash of the entry before.
        Receipt wrongPrev = node.draft();
        wrongPrev.header.prev = QByteArray(32, '\x07');
        expectRefused(post({node.sign(wrongPrev)}), 409, QStringLiteral("prev-mismatch"));

        // Overlapping periods.
        Receipt overlap = node.draft();
        overlap.fromMs -= 30 * 60 * 1000;
        overlap.toMs -= 30 * 60 * 1000;
        expectRefused(post({node.sign(overlap)}), 409, QStringLiteral("period-overlap"));

        // A period in the future.
        Receipt future = node.draft();
        future.fromMs = QDateTime::currentMSecsSinceEpoch() + kHour;
        future.toMs = future.fromMs + kHour;
        expectRefused(post({node.sign(future)}), 409, QStringLiteral("period-in-future"));

        // Implausible: more core time than 2 vCPUs give in an hour.
        Receipt greedy = node.draft();
        greedy.coreMs = 2 * 3600000 + 1;
        expectRefused(post({node.sign(greedy)}), 422, QStringLiteral("implausible-amounts"));

        // Oversized body, too big a batch, malformed JSON, a malformed entry.
        const QByteArray huge =
            QByteArray("{\"entries\":[\"") + QByteArray(1536 * 1024, 'x') + QByteArray("\"]}");
        expectRefused(request(QStringLiteral("/v1/receipts"), &huge), 413, QStringLiteral("body-too-large"));
        QList<Entry> many;
        TestNode flood;
        for (int i = 0; i < 501; ++i)
            many.append(flood.next());
        expectRefused(post(many), 413, QStringLiteral("batch-too-large"));
        const QByteArray broken("{\"entries\": [");
        expectRefused(request(QStringLiteral("/v1/receipts"), &broken), 400,
                      QStringLiteral("malformed-json"));
        QJsonObject missing = entryToJson(node.sign(node.draft()));
        missing.remove(QStringLiteral("core_ms"));
        const QByteArray missingBody =
            QJsonDocument(QJsonObject {{QStringLiteral("entries"), QJsonArray {missing}}}).toJson();
        const Reply malformed = request(QStringLiteral("/v1/receipts"), &missingBody);
        QCOMPARE(
            malformed.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("index")).toInt(),
            0);
        expectRefused(malformed, 400, QStringLiteral("malformed-entry"));

        // All or nothing: a good entry followed by a gapped one stores neither.
        TestNode copy = node;
        const Entry good = copy.next();
        Receipt afterGap = copy.draft();
        afterGap.header.seq += 1;
        const Reply half = post({good, copy.sign(afterGap)});
        QCOMPARE(half.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("index")).toInt(),
                 1);
        expectRefused(half, 409, QStringLiteral("seq-gap"));
        QCOMPARE(
            request(QStringLiteral("/v1/nodes/") + node.id()).json.value(QStringLiteral("last_seq")).toInt(),
            1);

        // The node still goes on after all that.
        QCOMPARE(post({node.next()}).status, 200);
        QCOMPARE(
            request(QStringLiteral("/v1/nodes/") + node.id()).json.value(QStringLiteral("last_seq")).toInt(),
            2);

        // Unknown node, unknown path.
        expectRefused(request(QStringLiteral("/v1/nodes/") + TestNode().id()), 404,
                      QStringLiteral("unknown-node"));
        expectRefused(request(QStringLiteral("/v1/nodes/xyz")), 404, QStringLiteral("unknown-node"));
        expectRefused(request(QStringLiteral("/v2/summary")), 404, QStringLiteral("not-found"));
    }

    void transfers()
    {
        TestNode payer;
        TestNode payee;
        QCOMPARE(post({payer.next()}).status, 200); // earns 1000 + 500 + 50 = 1550 mc
        QCOMPARE(post({payer.transfer(payee, 1000)}, QStringLiteral("/v1/transfers")).status, 200);
        const Reply payerView = request(QStringLiteral("/v1/nodes/") + payer.id());
        QCOMPARE(payerView.json.value(QStringLiteral("balance")).toInteger(), 550);
        const Reply payeeView = request(QStringLiteral("/v1/nodes/") + payee.id());
        QCOMPARE(payeeView.json.value(QStringLiteral("received")).toInteger(), 1000);
        QCOMPARE(payeeView.json.value(QStringLiteral("balance")).toInteger(), 1000);

        TestNode overdraw = payer;
        expectRefused(post({overdraw.transfer(payee, 551)}, QStringLiteral("/v1/transfers")), 409,
                      QStringLiteral("insufficient-credit"));
        TestNode receiptThere = payer;
        expectRefused(post({receiptThere.next()}, QStringLiteral("/v1/transfers")), 400,
                      QStringLiteral("wrong-kind"));
        // The payee, once it sends its own receipts, keeps what it received.
        QCOMPARE(post({payee.next()}).status, 200);
        QCOMPARE(request(QStringLiteral("/v1/nodes/") + payee.id())
                     .json.value(QStringLiteral("balance"))
                     .toInteger(),
                 2550);
    }

    void rateLimits()
    {
        Ledgerd strict;
        QVERIFY(strict.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("strict.sqlite")),
                             {QStringLiteral("--address-rate"), QStringLiteral("1")}));
        int limited = 0;
        for (int i = 0; i < 12; ++i) {
            const Reply r = request(QStringLiteral("/v1/policy"), nullptr, strict.port);
            if (r.status == 429) {
                QCOMPARE(r.code(), QStringLiteral("rate-limited"));
                ++limited;
            }
        }
        QVERIFY(limited >= 5);
        // /v1/health is never limited (monitoring).
        QCOMPARE(request(QStringLiteral("/v1/health"), nullptr, strict.port).status, 200);

        // Per node: one entry a minute, bursts of two. The node's third entry is refused with its id in the
        // sentence (nothing stored: the next try, a minute later, sends the same seq), another node goes on.
        Ledgerd perNode;
        QVERIFY(perNode.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("per-node.sqlite")),
                              {QStringLiteral("--node-rate"), QStringLiteral("1")}));
        TestNode eager;
        TestNode other;
        const QByteArray two = batch({eager.next(), eager.next()});
        QCOMPARE(request(QStringLiteral("/v1/receipts"), &two, perNode.port).status, 200);
        const QByteArray third = batch({eager.next()});
        const Reply refused = request(QStringLiteral("/v1/receipts"), &third, perNode.port);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.code(), QStringLiteral("rate-limited"));
        QVERIFY2(refused.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(eager.id().left(12)),
                 QJsonDocument(refused.json).toJson().constData());
        const QByteArray others = batch({other.next()});
        QCOMPARE(request(QStringLiteral("/v1/receipts"), &others, perNode.port).status, 200);
        QCOMPARE(request(QStringLiteral("/v1/nodes/") + eager.id(), nullptr, perNode.port)
                     .json.value(QStringLiteral("last_seq"))
                     .toInteger(),
                 2);
    }

    // --policy FILE.json: the ledger serves that policy and credits receipts by it (the worked example of
    // docs/ledger-protocol.md, section 5).
    void customPolicy()
    {
        const QString path = m_dir.filePath(QStringLiteral("policy.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"version": 1, "millicredits_per_core_hour": 2000, "millicredits_per_memory_gib_hour": 100,
                      "millicredits_per_disk_gib_hour": 10, "effort_weight_percent": 50})");
        file.close();
        Ledgerd custom;
        QVERIFY(custom.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("custom.sqlite")),
                             {QStringLiteral("--policy"), path}));

        const Reply policy = request(QStringLiteral("/v1/policy"), nullptr, custom.port);
        QCOMPARE(policy.status, 200);
        const auto served = RewardPolicy::fromJson(policy.json);
        QVERIFY(served);
        QCOMPARE(served->millicreditsPerCoreHour, 2000);
        QCOMPARE(served->millicreditsPerMemoryGiBHour, 100);
        QCOMPARE(served->millicreditsPerDiskGiBHour, 10);
        QCOMPARE(served->effortWeightPercent, 50);

        TestNode node;
        const QByteArray body = batch({node.next()});
        QCOMPARE(request(QStringLiteral("/v1/receipts"), &body, custom.port).status, 200);
        const Reply view = request(QStringLiteral("/v1/nodes/") + node.id(), nullptr, custom.port);
        QCOMPARE(view.status, 200);
        // 1 core-hour × 2000 + 2 GiB-hours of memory × 100 + 10 GiB-hours of disk × 10 = 2300 base; a quarter
        // of the host's 4 vCPUs given (250 ‰) with a 50 % effort weight: × (1 + 0.5 × 0.25) = 2587.5 → 2587.
        QCOMPARE(view.json.value(QStringLiteral("earned")).toInteger(), 2587);
        // The default ledger credits the same receipt 1000 + 500 + 50.
        TestNode same;
        QCOMPARE(post({same.next()}).status, 200);
        QCOMPARE(request(QStringLiteral("/v1/nodes/") + same.id())
                     .json.value(QStringLiteral("earned"))
                     .toInteger(),
                 1550);
    }

    // --tls-cert/--tls-key: HTTPS only, with a certificate made here.
    void tls()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        CloudyTest::ProcessResult made;
        QVERIFY(CloudyTest::runProgram(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")},
            &made));
        QCOMPARE(made.exitCode, 0);
        Ledgerd secure;
        QVERIFY(secure.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tls.sqlite")),
                             {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/policy").arg(secure.port)));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(RewardPolicy::fromJson(QJsonDocument::fromJson(reply->readAll()).object()));
        reply->deleteLater();
        // Plain HTTP on the TLS port gets no answer.
        QCOMPARE(this->request(QStringLiteral("/v1/policy"), nullptr, secure.port).status, 0);
    }

    // A client that stops in the middle of its request, and one that trickles bytes, are cut off while
    // others are served.
    void slowClients()
    {
        Ledgerd server;
        QVERIFY(server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("slow.sqlite")),
                             {QStringLiteral("--client-timeout"), QStringLiteral("1")}));
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, server.port);
        QVERIFY(silent.waitForConnected(5000));
        silent.write("POST /v1/receipts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{\"entr");
        QTcpSocket trickle;
        trickle.connectToHost(QHostAddress::LocalHost, server.port);
        QVERIFY(trickle.waitForConnected(5000));
        trickle.write("POST /v1/receipts HTTP/1.1\r\nContent-Length: 100000\r\n\r\n");
        QElapsedTimer clock;
        clock.start();
        qint64 silentCut = -1;
        while (clock.elapsed() < 15000 && trickle.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(400);
            trickle.write("x");
            trickle.flush();
            if (silentCut < 0 && silent.state() != QAbstractSocket::ConnectedState)
                silentCut = clock.elapsed();
            // Others are served meanwhile.
            QCOMPARE(request(QStringLiteral("/v1/health"), nullptr, server.port).status, 200);
        }
        QVERIFY2(silentCut > 0 && silentCut < 4000, qPrintable(QString::number(silentCut)));
        QCOMPARE(trickle.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(clock.elapsed() >= 5000 && clock.elapsed() < 10000,
                 qPrintable(QString::number(clock.elapsed())));
    }

    // SIGKILL while a big batch is in flight, restart on the same file: the batch is all there or not at all.
    void killMidBatch()
    {
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("crash.sqlite"));
        int whole = 0;
        int none = 0;
        for (int delayMs : {0, 2, 5, 10, 20, 40, 80, 160, 400}) {
            Ledgerd server;
            QVERIFY(server.start(db));
            TestNode node;
            QList<Entry> entries;
            for (int i = 0; i < 500; ++i)
                entries.append(node.next());
            QNetworkRequest networkRequest(url(QStringLiteral("/v1/receipts"), server.port));
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                     QByteArrayLiteral("application/json"));
            QNetworkReply *reply = m_network.post(networkRequest, batch(entries));
            QTest::qWait(delayMs);
            server.kill9();
            reply->abort();
            reply->deleteLater();

            Ledgerd restarted;
            QVERIFY(restarted.start(db));
            const Reply view = request(QStringLiteral("/v1/nodes/") + node.id(), nullptr, restarted.port);
            if (view.status == 404) {
                ++none;
            } else {
                QCOMPARE(view.status, 200);
                QCOMPARE(view.json.value(QStringLiteral("last_seq")).toInt(), 500);
                const Reply listed = request(QStringLiteral("/v1/nodes/%1/receipts?after=0").arg(node.id()),
                                             nullptr, restarted.port);
                QCOMPARE(listed.json.value(QStringLiteral("entries")).toArray().size(), 500);
                ++whole;
            }
            // Either way the node can (re)submit and end with exactly its 500 entries.
            const QByteArray body = batch(entries);
            const Reply resubmitted = request(QStringLiteral("/v1/receipts"), &body, restarted.port);
            QCOMPARE(resubmitted.status, 200);
            QCOMPARE(resubmitted.json.value(QStringLiteral("stored")).toInt()
                         + resubmitted.json.value(QStringLiteral("already_stored")).toInt(),
                     500);
        }
        qInfo() << "batches killed before commit:" << none << "after commit:" << whole;
    }

    // The same, with the kill certain to land inside the open transaction: the server pauses 2 ms after each
    // entry it writes (a test-only environment variable), so 500 entries keep the transaction open for a
    // second, and the kill comes half way through it.
    void killInsideTransaction()
    {
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("crash-inside.sqlite"));
        TestNode node;
        QList<Entry> entries;
        for (int i = 0; i < 500; ++i)
            entries.append(node.next());
        {
            Ledgerd slow;
            QVERIFY(slow.start(db, {}, 2));
            QNetworkRequest networkRequest(url(QStringLiteral("/v1/receipts"), slow.port));
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                     QByteArrayLiteral("application/json"));
            QNetworkReply *reply = m_network.post(networkRequest, batch(entries));
            QTest::qWait(500);
            QVERIFY(!reply->isFinished()); // still inside the batch
            slow.kill9();
            reply->abort();
            reply->deleteLater();
        }
        Ledgerd restarted;
        QVERIFY(restarted.start(db));
        const Reply view = request(QStringLiteral("/v1/nodes/") + node.id(), nullptr, restarted.port);
        QCOMPARE(view.status, 404); // none of the half-written batch
        QCOMPARE(view.code(), QStringLiteral("unknown-node"));
        const Reply summary = request(QStringLiteral("/v1/summary"), nullptr, restarted.port);
        QCOMPARE(summary.json.value(QStringLiteral("entries")).toInt(), 0);
        const QByteArray body = batch(entries);
        const Reply resubmitted = request(QStringLiteral("/v1/receipts"), &body, restarted.port);
        QCOMPARE(resubmitted.status, 200);
        QCOMPARE(resubmitted.json.value(QStringLiteral("stored")).toInt(), 500);
    }

    // Many POSTs at once while the ledger is writing: those that arrive meanwhile are stored together in one
    // transaction, yet each is answered on its own. The good batches are all stored; a forged batch, a
    // batch with a seq gap after two good entries, a prev that does not follow and a seq conflict are each
    // refused with their own code; nothing of a refused batch is applied and the good ones around them are
    // unharmed.
    void groupCommit()
    {
        Ledgerd server;
        server.debugLog = true; // to see that groups formed
        // 3 ms per entry written: while one transaction is written, the other requests arrive.
        QVERIFY(server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("group.sqlite")),
                             {QStringLiteral("--address-rate"), QStringLiteral("1000")}, 3));
        TestNode early; // stored before, then replayed differently inside the group
        const QList<Entry> earlyEntries {early.next(), early.next(), early.next()};
        const QByteArray earlyBody = batch(earlyEntries);
        QCOMPARE(request(QStringLiteral("/v1/receipts"), &earlyBody, server.port).status, 200);

        struct Case
        {
            TestNode node;
            QByteArray body;
            int status = 200;
            QString code; // empty: stored
            int index = -1;
        };
        std::vector<Case> cases(30);
        for (Case &c : cases) {
            QList<Entry> entries;
            for (int i = 0; i < 5; ++i)
                entries.append(c.node.next());
            c.body = batch(entries);
        }
        // Bad ones among the good ones (the first stays good: its transaction is the one the others wait on).
        {
            Case &forged = cases[3];
            forged = Case {};
            QList<Entry> entries {forged.node.next(), forged.node.next()};
            Entry changed = forged.node.next();
            std::get<Receipt>(changed).coreMs -= 1;
            entries << changed << forged.node.next();
            forged = {forged.node, batch(entries), 400, QStringLiteral("bad-signature"), 2};
        }
        {
            Case &gapped = cases[8];
            gapped = Case {};
            QList<Entry> entries {gapped.node.next(), gapped.node.next()};
            gapped.node.next(); // seq 3 left out
            entries << gapped.node.next() << gapped.node.next();
            gapped = {gapped.node, batch(entries), 409, QStringLiteral("seq-gap"), 2};
        }
        {
            Case &wrongPrev = cases[15];
            wrongPrev = Case {};
            QList<Entry> entries {wrongPrev.node.next(), wrongPrev.node.next(), wrongPrev.node.next()};
            Receipt last = wrongPrev.node.draft();
            last.header.prev = QByteArray(32, '\x07');
            entries << wrongPrev.node.sign(last);
            wrongPrev = {wrongPrev.node, batch(entries), 409, QStringLiteral("prev-mismatch"), 3};
        }
        {
            // early's seq 2 again, different: refused and flagged; early keeps its three entries.
            TestNode rewind = early;
            rewind.seq = 1;
            rewind.prev = entryHash(earlyEntries.at(0));
            Receipt other = rewind.draft();
            other.microcloud = QStringLiteral("elsewhere");
            cases[22] = {early, batch({rewind.sign(other)}), 409, QStringLiteral("seq-conflict"), 0};
        }

        std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
        QList<QNetworkReply *> replies;
        for (const Case &c : cases)
            replies.append(postOnOwnConnection(networks, c.body, server.port));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
            60000);
        int stored = 0;
        for (size_t i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const Reply reply = replyOf(replies.at(qsizetype(i)));
            QCOMPARE(reply.status, c.status);
            QCOMPARE(reply.code(), c.code);
            const Reply view = request(QStringLiteral("/v1/nodes/") + c.node.id(), nullptr, server.port);
            if (c.code.isEmpty()) {
                QCOMPARE(reply.json.value(QStringLiteral("stored")).toInt(), 5);
                QCOMPARE(view.json.value(QStringLiteral("last_seq")).toInt(), 5);
                QCOMPARE(view.json.value(QStringLiteral("receipts")).toInt(), 5);
                ++stored;
            } else if (c.code == QLatin1String("seq-conflict")) {
                QCOMPARE(view.json.value(QStringLiteral("last_seq")).toInt(), 3);
                QCOMPARE(view.json.value(QStringLiteral("receipts")).toInt(), 3);
            } else {
                QCOMPARE(reply.json.value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("index"))
                             .toInt(),
                         c.index);
                QCOMPARE(view.status, 404); // not even the good entries before the bad one
            }
        }
        QCOMPARE(stored, 26);
        const Reply summary = request(QStringLiteral("/v1/summary"), nullptr, server.port);
        QCOMPARE(summary.json.value(QStringLiteral("entries")).toInt(), 3 + 26 * 5);
        // The requests did share transactions.
        static const QRegularExpression grouped(QStringLiteral("stored a group of ([2-9]|\\d\\d+) batches"));
        QTRY_VERIFY(server.log().contains(grouped));
        qDeleteAll(replies);
    }

    // SIGKILL while a group's transaction is open: after the restart every batch is all there or not at all,
    // and every batch that was answered "stored" is there.
    void killMidGroup()
    {
        const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("crash-group.sqlite"));
        std::vector<TestNode> nodes(16);
        QList<QByteArray> bodies;
        for (TestNode &node : nodes) {
            QList<Entry> entries;
            for (int i = 0; i < 10; ++i)
                entries.append(node.next());
            bodies.append(batch(entries));
        }
        QSet<QString> answered;
        int unanswered = 0;
        {
            // 5 ms per entry written: a group of the fifteen batches that wait for the first one's
            // transaction keeps its own open for most of a second.
            Ledgerd slow;
            QVERIFY(slow.start(db, {QStringLiteral("--address-rate"), QStringLiteral("1000")}, 5));
            std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
            QList<QNetworkReply *> replies;
            for (const QByteArray &body : std::as_const(bodies))
                replies.append(postOnOwnConnection(networks, body, slow.port));
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(replies.cbegin(), replies.cend(),
                                                 [](QNetworkReply *r) { return r->isFinished(); }),
                                     30000);
            QTest::qWait(150); // into the next group's transaction
            for (qsizetype i = 0; i < replies.size(); ++i) {
                if (!replies.at(i)->isFinished())
                    ++unanswered;
                else if (replyOf(replies.at(i)).status == 200)
                    answered.insert(nodes[size_t(i)].id());
            }
            slow.kill9();
            for (QNetworkReply *reply : std::as_const(replies))
                reply->abort();
            qDeleteAll(replies);
        }
        QVERIFY(unanswered > 0);
        Ledgerd restarted;
        QVERIFY(restarted.start(db));
        int whole = 0;
        int none = 0;
        for (const TestNode &node : nodes) {
            const Reply view = request(QStringLiteral("/v1/nodes/") + node.id(), nullptr, restarted.port);
            if (view.status == 404) {
                QVERIFY(!answered.contains(node.id())); // answered "stored" means committed
                ++none;
                continue;
            }
            QCOMPARE(view.status, 200);
            QCOMPARE(view.json.value(QStringLiteral("last_seq")).toInt(), 10);
            QCOMPARE(view.json.value(QStringLiteral("receipts")).toInt(), 10);
            ++whole;
        }
        qInfo() << "batches after the kill: whole" << whole << "none" << none << "answered before"
                << answered.size();
        QVERIFY(none > 0); // the kill landed inside a group
        const Reply summary = request(QStringLiteral("/v1/summary"), nullptr, restarted.port);
        QCOMPARE(summary.json.value(QStringLiteral("entries")).toInt(), whole * 10);
        // Every node can (re)submit and ends with exactly its ten entries.
        for (const QByteArray &body : std::as_const(bodies)) {
            const Reply again = request(QStringLiteral("/v1/receipts"), &body, restarted.port);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json.value(QStringLiteral("stored")).toInt()
                         + again.json.value(QStringLiteral("already_stored")).toInt(),
                     10);
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerdApi)
#include "tst_ledgerd_api.moc"
