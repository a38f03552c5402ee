// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark helper (not a test, asserts nothing): the community-ledger figures of issue #6.
//
//  1. Ingest. N signed receipts (several nodes' chains, one-minute periods) made in memory beforehand, in the
//     batches a client sends (kClientBatchEntries, 200), then ingested as ledgerd does (LedgerServer): every
//     check a ledger makes (signature, chain, periods, amounts, credits) on one thread (checkBatch), the
//     writer on another storing in one transaction whatever batches are checked when it is free
//     (LedgerStore::submitGroup, group commit) into SQLite (WAL, synchronous=FULL: one fsync per
//     transaction) in a temporary folder. Everything, the reference too, runs pinned to one core
//     (sched_setaffinity): the fsync of one group's commit overlaps the checks of the next batches, the CPU
//     work is one core's. Reference: Crypto::verifyDetached (libsodium's Ed25519 verify) over the same
//     canonical bytes and signatures in the same run. Both printed as seconds per 10,000 entries, so the
//     ratio is ingest time ÷ verify time; the issue's goal "ingest ≥ 0.7 × the verify rate" is a ratio
//     ≤ 1.43. (The rate of one batch at a time, checked then stored by LedgerStore::submit with an fsync
//     each, is printed as a detail.)
//  2. 200 clients. A real cloudy-ledgerd on loopback (SQLite in a temporary folder; the per-address and
//     per-node rate limits raised, since every client comes from 127.0.0.1), 200 clients, each with its own
//     node key and its own keep-alive connection, each POSTing ROUNDS batches of 5 receipts to /v1/receipts
//     one after the other, all 200 at once. The latency of every request (request written → whole answer
//     read) is collected. p99 is printed against the issue's goal, 100 ms (ratio ≤ 1 meets it); p50 against
//     the median latency of the same POST by a single client on the idle ledger, measured the same way
//     (what the load costs). The clients are light on purpose (HttpClient: one QTcpSocket each, all on this
//     one thread, request bytes made before timing starts, status line + Content-Length + body parsed):
//     in a real community the clients are other computers, so the measuring side must leave the host's
//     cores to the ledger (200 QNetworkAccessManagers, one HTTP thread each, used about as much CPU as
//     ledgerd itself on a 2-core host).
//  3. Client sync of 100,000 receipts. An Outbox with 100,000 pending receipts of one node (issued in
//     transactions of 10,000), then LedgerSync::syncNow() to a real ledgerd until every entry is confirmed.
//     Reference: the same ledgerd (fresh database) fed the same 100,000 entries directly by POSTs of
//     kClientBatchEntries, one after the other (the ledger's own share of the work). Memory: this process's
//     peak RSS (VmHWM, reset just before the sync) during the sync, against its RSS just before it.
//
// Prints lines "figure ours reference unit" for tests/bench/run-benchmarks.sh (details go to stderr):
//   ledger-ingest-s-per-10k (goal ratio ≤ 1.43)   ledger-200-clients-p99-ms   ledger-200-clients-p50-ms
//   ledger-sync-100k-s   ledger-sync-100k-peak-rss-MB
//
//   cloudy-bench-ledger --ledgerd PATH [--entries 20000] [--rounds 10] [--sync-entries 100000]
//                       [--only ingest|clients|sync]
#include "BenchMath.h"
#include "LedgerdTestSupport.h"
#include "ledger/LedgerClient.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerSync.h"
#include "ledger/Outbox.h"
#include "ledger/Receipt.h"
#include "platform/Crypto.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWaitCondition>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <sched.h>
#include <vector>

using namespace Cloudy;
using namespace Cloudy::Ledger;

namespace {

using CloudyBench::median;

constexpr qint64 kPeriodMs = 60 * 1000;

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void figure(const char *name, double ours, double reference, const char *unit)
{
    std::printf("%s %.3f %.3f %s\n", name, ours, reference, unit);
    std::fflush(stdout);
}

// A node's chain of one-minute receipts, ending well before now.
struct Chain
{
    Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
    quint64 seq = 0;
    QByteArray prev = QByteArray(32, '\0');
    qint64 nextFrom = 0;

    explicit Chain(qint64 count)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        nextFrom = (now / kPeriodMs - count - 10) * kPeriodMs;
    }

    // The next receipt's body (header unset), its period advanced.
    Receipt body()
    {
        Receipt r;
        r.fromMs = nextFrom;
        r.toMs = nextFrom + kPeriodMs;
        nextFrom = r.toMs;
        r.vcpus = 2;
        r.hostVcpus = 4;
        r.memoryMiB = 2048;
        r.hostMemoryMiB = 8192;
        r.diskMiB = 10240;
        r.coreMs = 2 * kPeriodMs;
        r.memoryMiBSeconds = 2048 * (kPeriodMs / 1000);
        r.diskMiBSeconds = 10240 * (kPeriodMs / 1000);
        r.uptimeMs = kPeriodMs;
        r.microcloud = QStringLiteral("guifi-bench");
        return r;
    }
    // The next receipt, signed, the chain advanced.
    Entry next()
    {
        Receipt r = body();
        r.header.publicKey = key.publicKey;
        r.header.seq = ++seq;
        r.header.prev = prev;
        Entry entry = r;
        signEntry(entry, key.secretKey);
        prev = entryHash(entry);
        return entry;
    }
};

QByteArray batchJson(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &e : entries)
        array.append(entryToJson(e));
    return QJsonDocument(QJsonObject {{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Compact);
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

double currentRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// The real cloudy-ledgerd on a loopback port of its own choosing (tests/integration/LedgerdTestSupport.h),
// limits raised for load.
bool startLedgerd(LedgerdTest::Ledgerd &server, const QString &program, const QString &dbPath)
{
    server.program = program;
    return server.start(QStringLiteral("sqlite:") + dbPath,
                        {QStringLiteral("--address-rate"), QStringLiteral("1000000"),
                         QStringLiteral("--node-rate"), QStringLiteral("100000000"),
                         QStringLiteral("--client-timeout"), QStringLiteral("600")});
}

// POSTs body and waits for the whole answer; returns the HTTP status (0: no answer).
int postAndWait(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void benchIngest(int total)
{
    constexpr int kNodes = 8;
    constexpr int kBatch = Ledger::kClientBatchEntries; // what a syncing node sends per POST
    const int perNode = std::max(1, total / kNodes);
    say(QStringLiteral("ingest: signing %1 receipts of %2 nodes…").arg(perNode * kNodes).arg(kNodes));
    QList<QList<Entry>> batches;
    QList<Entry> all;
    {
        std::vector<Chain> chains;
        for (int n = 0; n < kNodes; ++n)
            chains.emplace_back(perNode);
        // Interleaved: a batch holds entries of several nodes, as a busy ledger receives them.
        QList<Entry> batch;
        for (int i = 0; i < perNode; ++i) {
            for (Chain &chain : chains) {
                batch.append(chain.next());
                all.append(batch.constLast());
                if (batch.size() == kBatch) {
                    batches.append(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty())
            batches.append(batch);
    }
    QList<QByteArray> bytes;
    bytes.reserve(all.size());
    for (const Entry &e : all)
        bytes.append(canonicalBytes(e));

    // Everything below on one core: this thread is pinned to the core it runs on (the threads it starts
    // inherit that), and set free again at the end.
    cpu_set_t before;
    CPU_ZERO(&before);
    bool pinned = false;
    if (::sched_getaffinity(0, sizeof before, &before) == 0) {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(std::max(0, ::sched_getcpu()), &one);
        pinned = ::sched_setaffinity(0, sizeof one, &one) == 0;
    }
    const auto unpin = qScopeGuard([&] {
        if (pinned)
            ::sched_setaffinity(0, sizeof before, &before);
    });

    // The reference: libsodium's verify over the same bytes.
    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ChainHeader &h = headerOf(all.at(i));
        valid += Crypto::verifyDetached(bytes.at(i), h.signature, h.publicKey) ? 1 : 0;
    }
    const double verifySeconds = double(timer.nsecsElapsed()) / 1e9;

    // One batch at a time, checked then stored (LedgerStore::submit): a detail, for comparison.
    const auto openStore = [](LedgerStore &store, const QTemporaryDir &dir) {
        DatabaseSpec spec;
        spec.kind = DatabaseSpec::Kind::Sqlite;
        spec.path = dir.filePath(QStringLiteral("ledger.sqlite"));
        const auto opened = store.open(spec);
        if (!opened)
            say(QStringLiteral("ingest: ") + opened.error().message);
        return bool(opened);
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    double sequentialSeconds = 0;
    {
        QTemporaryDir dir;
        LedgerStore store;
        if (!openStore(store, dir))
            return;
        timer.restart();
        for (const QList<Entry> &batch : std::as_const(batches)) {
            const SubmitResult result = store.submit(batch, now);
            if (result.error) {
                say(QStringLiteral("ingest: refused: ") + result.error->message);
                return;
            }
        }
        sequentialSeconds = double(timer.nsecsElapsed()) / 1e9;
    }

    // The figure: ledgerd's pipeline (LedgerServer), the checks on one thread and the writer on another,
    // storing in one transaction whatever batches are checked when it is free (group commit), both on the
    // one core the reference ran on: the fsync of a group's commit overlaps the checks of the next batches.
    QTemporaryDir dir;
    LedgerStore store;
    if (!openStore(store, dir))
        return;
    QMutex mutex;
    QWaitCondition checkedOne;
    std::deque<CheckedBatch> checked;
    bool allChecked = false;
    std::unique_ptr<QThread> checker(QThread::create([&] {
        for (const QList<Entry> &batch : std::as_const(batches)) {
            CheckedBatch one = checkBatch(batch);
            const QMutexLocker lock(&mutex);
            checked.push_back(std::move(one));
            checkedOne.wakeOne();
        }
        const QMutexLocker lock(&mutex);
        allChecked = true;
        checkedOne.wakeOne();
    }));
    int stored = 0;
    int groups = 0;
    timer.restart();
    checker->start(); // inherits this thread's affinity: the same core
    for (;;) {
        QList<CheckedBatch> group;
        {
            QMutexLocker lock(&mutex);
            while (checked.empty() && !allChecked)
                checkedOne.wait(&mutex);
            if (checked.empty())
                break;
            for (CheckedBatch &one : checked)
                group.append(std::move(one));
            checked.clear();
        }
        ++groups;
        for (const SubmitResult &result : store.submitGroup(group, now)) {
            if (result.error) {
                say(QStringLiteral("ingest: refused: ") + result.error->message);
                checker->wait();
                return;
            }
            stored += result.stored;
        }
    }
    const double ingestSeconds = double(timer.nsecsElapsed()) / 1e9;
    checker->wait();
    const double n = double(all.size());
    say(QStringLiteral("ingest: %1 entries, %2 verified, %3 stored in %4 transactions; verify %5 /s, ingest "
                       "%6 /s (one batch at a time, checked then stored: %7 /s)%8")
            .arg(all.size())
            .arg(valid)
            .arg(stored)
            .arg(groups)
            .arg(n / verifySeconds, 0, 'f', 0)
            .arg(n / ingestSeconds, 0, 'f', 0)
            .arg(n / sequentialSeconds, 0, 'f', 0)
            .arg(pinned ? QStringLiteral(", on one core") : QStringLiteral(", NOT pinned to one core")));
    figure("ledger-ingest-s-per-10k(goal<=1.43)", ingestSeconds / n * 10000, verifySeconds / n * 10000, "s");
}

// The request bytes of a POST of body to url, as the light client below sends them.
QByteArray httpPost(const QUrl &url, const QByteArray &body)
{
    return "POST " + url.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: "
           + url.authority().toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// One client of the load figures: a plain HTTP/1.1 connection (one QTcpSocket, keep-alive) sending its
// prepared requests one after the other, each as soon as the answer to the previous one is read whole.
//
// Why not QNetworkAccessManager: every QNAM runs its own HTTP thread, and 200 of them used about as much CPU
// as ledgerd itself on a 2-core host, so the figure measured the bench as much as the server (in a real
// community the clients are other computers). The measuring side must leave the cores to the ledger: all
// clients share the bench's one thread and do per request only what a client must do — write bytes made
// before timing starts, read the status line, Content-Length and the whole body.
class HttpClient
{
public:
    HttpClient(const QUrl &url, QList<QByteArray> requests)
        : m_url(url)
        , m_requests(std::move(requests))
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket,
                         [this] { m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        // Queued: the socket is reopened outside its own signals (a close may bring both).
        QObject::connect(
            &m_socket, &QTcpSocket::errorOccurred, &m_socket, [this] { lost(); }, Qt::QueuedConnection);
        QObject::connect(
            &m_socket, &QTcpSocket::disconnected, &m_socket, [this] { lost(); }, Qt::QueuedConnection);
    }

    // Sends the requests one after the other; done() after the last answer.
    void start(std::function<void()> done)
    {
        m_done = std::move(done);
        send();
    }

    QList<double> latencies; // ms, request written → whole answer read, failures included
    int failures = 0; // answers other than 200, or none
    int reopened = 0; // connections the server closed (or failed), opened again

private:
    void send()
    {
        if (m_closing) { // the last answer said "Connection: close": a new connection for this request
            m_closing = false;
            m_socket.abort();
            ++reopened;
        }
        m_in.clear();
        m_retried = false;
        m_timer.start();
        write();
    }
    void write()
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState) {
            m_socket.connectToHost(m_url.host(), quint16(m_url.port()));
        }
        m_socket.write(m_requests.at(m_next)); // buffered until connected
    }
    void read()
    {
        m_in += m_socket.readAll();
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> head = m_in.left(headEnd).split('\n');
        int status = head.first().startsWith("HTTP/1.") ? head.first().mid(9, 3).toInt() : 0;
        qsizetype length = -1;
        for (const QByteArray &line : head) {
            if (line.size() > 15 && qstrnicmp(line.constData(), "content-length:", 15) == 0)
                length = line.mid(15).trimmed().toLongLong();
            else if (line.size() > 11 && qstrnicmp(line.constData(), "connection:", 11) == 0)
                m_closing = line.mid(11).trimmed().toLower() == "close";
        }
        if (length < 0) // QHttpServer always says how long its answers are
            status = 0;
        else if (m_in.size() < headEnd + 4 + length)
            return; // more of the body to come
        m_in.clear();
        answered(status);
    }
    void answered(int status)
    {
        latencies.append(double(m_timer.nsecsElapsed()) / 1e6);
        if (status != 200)
            ++failures;
        if (++m_next < m_requests.size())
            send();
        else if (m_done)
            m_done();
    }
    // The connection was closed or failed unannounced: open it again; a request that was not answered at all
    // is sent once more on the new connection (its timer keeps running), else it counts as failed.
    void lost()
    {
        if (m_next >= m_requests.size() || m_socket.state() != QAbstractSocket::UnconnectedState)
            return;
        ++reopened;
        if (m_in.isEmpty() && !m_retried) {
            m_retried = true;
            write();
        } else {
            answered(0);
        }
    }

    QUrl m_url;
    QList<QByteArray> m_requests;
    QTcpSocket m_socket;
    QElapsedTimer m_timer;
    QByteArray m_in;
    qsizetype m_next = 0;
    bool m_retried = false; // the request was sent again after the connection was lost
    bool m_closing = false; // the server closes the connection after this answer
    std::function<void()> m_done;
};

// Runs the clients all at once until each has its answers.
void runClients(const std::vector<std::unique_ptr<HttpClient>> &clients)
{
    QEventLoop loop;
    auto running = clients.size();
    for (const auto &client : clients) {
        client->start([&] {
            if (--running == 0)
                loop.quit();
        });
    }
    if (running > 0)
        loop.exec();
}

void benchClients(const QString &ledgerd, int rounds)
{
    constexpr int kClients = 200;
    constexpr int kPerBatch = 5;
    QTemporaryDir dir;
    LedgerdTest::Ledgerd server;
    if (!startLedgerd(server, ledgerd, dir.filePath(QStringLiteral("ledger.sqlite"))))
        return;
    const QUrl url = server.url(QStringLiteral("/v1/receipts"));
    // A client's requests: `count` POSTs of kPerBatch receipts of its own node, made before timing starts.
    const auto requestsOf = [&url](int count) {
        Chain chain(qint64(kPerBatch) * count);
        QList<QByteArray> requests;
        for (int r = 0; r < count; ++r) {
            QList<Entry> batch;
            for (int k = 0; k < kPerBatch; ++k)
                batch.append(chain.next());
            requests.append(httpPost(url, batchJson(batch)));
        }
        return requests;
    };

    // The idle reference: one client, one request at a time, measured the same way.
    QList<double> idle;
    {
        std::vector<std::unique_ptr<HttpClient>> one;
        one.push_back(std::make_unique<HttpClient>(url, requestsOf(40)));
        runClients(one);
        if (one.front()->failures > 0) {
            say(QStringLiteral("clients: %1 idle POSTs not answered 200").arg(one.front()->failures));
            return;
        }
        idle = one.front()->latencies.mid(5); // the first ones open the connection and warm the database
    }

    say(QStringLiteral("clients: %1 clients × %2 POSTs of %3 receipts…")
            .arg(kClients)
            .arg(rounds)
            .arg(kPerBatch));
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int c = 0; c < kClients; ++c)
        clients.push_back(std::make_unique<HttpClient>(url, requestsOf(rounds)));
    QElapsedTimer wall;
    wall.start();
    runClients(clients);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    QList<double> latencies;
    int failures = 0;
    int reopened = 0;
    for (const auto &client : clients) {
        latencies += client->latencies;
        failures += client->failures;
        reopened += client->reopened;
    }
    say(QStringLiteral("clients: %1 requests in %2 s (%3 /s), %4 not answered 200, %5 connections reopened; "
                       "idle median %6 ms; loaded p50 %7 ms, p99 %8 ms, max %9 ms")
            .arg(latencies.size())
            .arg(seconds, 0, 'f', 1)
            .arg(double(latencies.size()) / seconds, 0, 'f', 0)
            .arg(failures)
            .arg(reopened)
            .arg(median(idle), 0, 'f', 1)
            .arg(percentile(latencies, 50), 0, 'f', 1)
            .arg(percentile(latencies, 99), 0, 'f', 1)
            .arg(percentile(latencies, 100), 0, 'f', 1));
    // Where the slow answers are: each round's spread (the first round opens the 200 connections).
    for (int round = 0; round < rounds; ++round) {
        QList<double> inRound;
        for (const auto &client : clients)
            inRound.append(client->latencies.value(round));
        say(QStringLiteral("clients: round %1: p50 %2 ms, p99 %3 ms, max %4 ms")
                .arg(round + 1)
                .arg(percentile(inRound, 50), 0, 'f', 1)
                .arg(percentile(inRound, 99), 0, 'f', 1)
                .arg(percentile(inRound, 100), 0, 'f', 1));
    }
    figure("ledger-200-clients-p99-ms(goal<100)", percentile(latencies, 99), 100, "ms");
    figure("ledger-200-clients-p50-ms(vs-idle)", percentile(latencies, 50), median(idle), "ms");
}

void benchSync(const QString &ledgerd, int count)
{
    QTemporaryDir dir;
    Chain chain(count);
    say(QStringLiteral("sync: issuing %1 receipts into the outbox…").arg(count));
    LedgerSync sync;
    if (const auto opened = sync.open(dir.filePath(QStringLiteral("outbox.sqlite"))); !opened) {
        say(QStringLiteral("sync: ") + opened.error().message);
        return;
    }
    QList<Entry> issued;
    issued.reserve(count);
    for (int done = 0; done < count;) {
        QList<Entry> bodies;
        for (int i = 0; i < 10000 && done < count; ++i, ++done)
            bodies.append(chain.body());
        const auto signedEntries = sync.outbox().issue(bodies, chain.key);
        if (!signedEntries) {
            say(QStringLiteral("sync: ") + signedEntries.error().message);
            return;
        }
        issued += signedEntries.value();
    }

    // The reference first: the ledger fed the same entries directly.
    double directSeconds = 0;
    {
        LedgerdTest::Ledgerd server;
        if (!startLedgerd(server, ledgerd, dir.filePath(QStringLiteral("direct.sqlite"))))
            return;
        QNetworkAccessManager network;
        const QUrl url = server.url(QStringLiteral("/v1/receipts"));
        QList<QByteArray> bodies;
        for (qsizetype i = 0; i < issued.size(); i += kClientBatchEntries)
            bodies.append(batchJson(issued.mid(i, kClientBatchEntries)));
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &body : std::as_const(bodies)) {
            if (const int status = postAndWait(network, url, body); status != 200) {
                say(QStringLiteral("sync: direct POST answered %1").arg(status));
                return;
            }
        }
        directSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    issued.clear();
    issued.squeeze();

    LedgerdTest::Ledgerd server;
    if (!startLedgerd(server, ledgerd, dir.filePath(QStringLiteral("ledger.sqlite"))))
        return;
    if (const auto set = sync.setLedger(server.url(QStringLiteral("/")).toString()); !set) {
        say(QStringLiteral("sync: ") + set.error().message);
        return;
    }
    sync.setNodeId(nodeIdOf(chain.key.publicKey));
    sync.setRequestTimeout(600000);
    // The peak from here on: "5" to clear_refs resets VmHWM to the current RSS (Linux 4.0 and later), so
    // making the receipts and the direct POSTs above do not count.
    if (QFile clear(QStringLiteral("/proc/self/clear_refs")); clear.open(QIODevice::WriteOnly))
        clear.write("5");
    const double rssBefore = currentRssMiB();
    QEventLoop loop;
    QObject::connect(&sync, &LedgerSync::syncFinished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    sync.syncNow();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double peak = peakRssMiB();
    const auto pending = sync.outbox().pending();
    say(QStringLiteral("sync: %1 entries in %2 s (%3 /s), %4 still pending, status %5 (%6); direct POSTs "
                       "%7 s; RSS %8 MB before, peak %9 MB")
            .arg(count)
            .arg(seconds, 0, 'f', 1)
            .arg(double(count) / seconds, 0, 'f', 0)
            .arg(pending ? pending->size() : -1)
            .arg(syncStatusName(sync.syncState().status), sync.syncState().message)
            .arg(directSeconds, 0, 'f', 1)
            .arg(rssBefore, 0, 'f', 0)
            .arg(peak, 0, 'f', 0));
    figure("ledger-sync-100k-s(vs-direct-POSTs)", seconds, directSeconds, "s");
    figure("ledger-sync-100k-peak-rss-MB(vs-before)", peak, rssBefore, "MB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ledgerd(QStringLiteral("ledgerd"), QStringLiteral("cloudy-ledgerd to run."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Receipts ingested."),
                                     QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("POSTs per client."),
                                    QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption syncEntries(QStringLiteral("sync-entries"), QStringLiteral("Receipts synced."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("ingest, clients or sync."),
                                  QStringLiteral("PART"));
    parser.addOptions({ledgerd, entries, rounds, syncEntries, only});
    parser.addHelpOption();
    parser.process(app);
    const QString part = parser.value(only);
    if (part.isEmpty() || part == QLatin1String("ingest"))
        benchIngest(parser.value(entries).toInt());
    if (!parser.isSet(ledgerd)) {
        say(QStringLiteral("no --ledgerd: the figures that need a ledger are skipped"));
        return 0;
    }
    if (part.isEmpty() || part == QLatin1String("clients"))
        benchClients(parser.value(ledgerd), parser.value(rounds).toInt());
    if (part.isEmpty() || part == QLatin1String("sync"))
        benchSync(parser.value(ledgerd), parser.value(syncEntries).toInt());
    return 0;
}
