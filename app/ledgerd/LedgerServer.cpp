// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerServer.h"

#include "ledger/LedgerLog.h"
#include "platform/BuildInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <chrono>

using namespace Cloudy;
using namespace Cloudy::Ledger;
using StatusCode = QHttpServerResponder::StatusCode;

namespace {

QJsonObject errorBody(const QString &code, const QString &message, int index = -1)
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (index >= 0)
        error.insert(QStringLiteral("index"), index);
    return {{QStringLiteral("error"), error}};
}

StatusCode statusOf(const QString &code)
{
    static const QHash<QString, StatusCode> statuses {
        {QStringLiteral("body-too-large"), StatusCode::PayloadTooLarge},
        {QStringLiteral("batch-too-large"), StatusCode::PayloadTooLarge},
        {QStringLiteral("malformed-json"), StatusCode::BadRequest},
        {QStringLiteral("malformed-query"), StatusCode::BadRequest},
        {QStringLiteral("malformed-entry"), StatusCode::BadRequest},
        {QStringLiteral("wrong-kind"), StatusCode::BadRequest},
        {QStringLiteral("bad-signature"), StatusCode::BadRequest},
        {QStringLiteral("seq-gap"), StatusCode::Conflict},
        {QStringLiteral("seq-conflict"), StatusCode::Conflict},
        {QStringLiteral("prev-mismatch"), StatusCode::Conflict},
        {QStringLiteral("period-overlap"), StatusCode::Conflict},
        {QStringLiteral("period-in-future"), StatusCode::Conflict},
        {QStringLiteral("insufficient-credit"), StatusCode::Conflict},
        {QStringLiteral("implausible-amounts"), StatusCode::UnprocessableEntity},
        {QStringLiteral("unknown-node"), StatusCode::NotFound},
        {QStringLiteral("rate-limited"), StatusCode::TooManyRequests},
    };
    return statuses.value(code, StatusCode::ServiceUnavailable);
}

QHttpServerResponse errorResponse(const Error &error, int index = -1)
{
    return QHttpServerResponse(errorBody(error.code, error.message, index), statusOf(error.code));
}

QJsonObject totalsJson(const ContributionTotals &t)
{
    return {{QStringLiteral("receipts"), qint64(t.receipts)},
            {QStringLiteral("core_ms"), qint64(t.coreMs)},
            {QStringLiteral("memory_mib_s"), qint64(t.memoryMiBSeconds)},
            {QStringLiteral("disk_mib_s"), qint64(t.diskMiBSeconds)},
            {QStringLiteral("uptime_ms"), qint64(t.uptimeMs)},
            {QStringLiteral("capacity_core_ms"), qint64(t.capacityCoreMs)}};
}

QJsonObject nodeJson(const NodeView &n)
{
    return {{QStringLiteral("node"), n.nodeId},
            {QStringLiteral("public_key"), n.publicKeyHex},
            {QStringLiteral("last_seq"), qint64(n.lastSeq)},
            {QStringLiteral("last_hash"), n.lastHashHex},
            {QStringLiteral("receipts"), qint64(n.totals.receipts)},
            {QStringLiteral("totals"), totalsJson(n.totals)},
            {QStringLiteral("earned"), n.earned},
            {QStringLiteral("received"), n.received},
            {QStringLiteral("sent"), n.sent},
            {QStringLiteral("balance"), n.balance()}};
}

} // namespace

// A POST between its arrival and its answer.
struct LedgerServer::Submission
{
    std::optional<Error> error; // the body is refused before any check of the entries
    int errorIndex = -1;
    QHash<QString, int> perNode; // entries per node, for the rate limit
    CheckedBatch batch;
};

// A POST in the pipeline, from its arrival to the writer (under m_pipelineMutex).
struct LedgerServer::Ticket
{
    quint64 id = 0;
    bool ready = false; // checked
    bool refused = false; // answered before the database
    CheckedBatch batch;
    QElapsedTimer since; // arrival
};

// A POST waiting for its answer (on the server's thread).
struct LedgerServer::Waiting
{
    explicit Waiting(QHttpServerResponder &&responder)
        : responder(std::move(responder))
        , socket(this->responder.socket())
    { }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; // gone when the client hung up meanwhile
};

// An answer made on the pool or the writer's thread and written on the server's thread (a
// QHttpServerResponse cannot be copied into a queued call).
struct LedgerServer::Answer
{
    quint64 id = 0;
    StatusCode status = StatusCode::Ok;
    QByteArray json;
    QByteArray retryAfter; // seconds, or empty
};

namespace {

// Rate limits and connection ages: a clock that a change of the system time does not move.
qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

LedgerServer::LedgerServer(const Cloudy::Ledger::RewardPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_store(policy)
    , m_policy(policy)
{
    m_writerContext = std::make_unique<QObject>();
    m_writerContext->moveToThread(&m_writerThread);
    m_writerThread.setObjectName(QStringLiteral("ledger-writer"));
    m_writerThread.start();
    addRoutes();
    m_slowClientTimer.setInterval(250);
    connect(&m_slowClientTimer, &QTimer::timeout, this, &LedgerServer::cutOffSlowClients);
    m_slowClientTimer.start();
}

void LedgerServer::cutOffSlowClients()
{
    // The sockets stay children of the QTcpServer (or QSslServer) that accepted them; each is stamped when
    // first seen and on every read.
    static const char *firstSeen = "cloudyFirstSeenMs";
    static const char *lastActive = "cloudyLastActiveMs";
    const qint64 now = monotonicMs();
    const QList<QTcpServer *> servers = m_http.servers();
    for (QTcpServer *server : servers) {
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket *socket : sockets) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                continue;
            if (!socket->property(firstSeen).isValid()) {
                socket->setProperty(firstSeen, now);
                socket->setProperty(lastActive, now);
                connect(socket, &QTcpSocket::readyRead, socket,
                        [socket] { socket->setProperty(lastActive, monotonicMs()); });
                continue;
            }
            const bool idle = now - socket->property(lastActive).toLongLong() > m_limits.idleTimeoutMs;
            const bool old = now - socket->property(firstSeen).toLongLong() > m_limits.connectionLifetimeMs;
            if (idle || old) {
                qCInfo(lcLedger) << "closing a" << (idle ? "silent" : "long") << "connection from"
                                 << socket->peerAddress().toString();
                socket->abort();
            }
        }
    }
}

LedgerServer::~LedgerServer()
{
    // No check posts back any more, the writer finishes the group it is storing, and its connection is
    // closed on its own thread; the answers still posted to this object are dropped with it.
    m_checkPool.waitForDone();
    QMetaObject::invokeMethod(
        m_writerContext.get(), [this] { m_writer.reset(); }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

Result<bool> LedgerServer::openDatabase(const DatabaseSpec &spec)
{
    // The writer first: it creates the schema.
    std::optional<Result<bool>> opened;
    QMetaObject::invokeMethod(
        m_writerContext.get(),
        [this, &spec, &opened] {
            m_writer = std::make_unique<LedgerStore>(m_policy);
            m_writer->setEntryDelayForTests(
                qEnvironmentVariableIntValue("CLOUDY_LEDGERD_TEST_ENTRY_DELAY_MS"));
            opened = m_writer->open(spec);
        },
        Qt::BlockingQueuedConnection);
    if (!opened->ok())
        return *opened;
    return m_store.open(spec);
}

Result<bool> LedgerServer::setupTls(const QString &certificatePath, const QString &keyPath)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("tls"),
                      tr("Cannot read the TLS certificate %1 or key %2.").arg(certificatePath, keyPath)};
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (certificates.isEmpty() || key.isNull())
        return Error {QStringLiteral("tls"),
                      tr("%1 and %2 must be a PEM certificate and its PEM key (EC or RSA).")
                          .arg(certificatePath, keyPath)};
    m_http.sslSetup(certificates.first(), key);
    m_tls = true;
    return true;
}

Result<quint16> LedgerServer::listen(const QHostAddress &address, quint16 port)
{
    quint16 bound = 0;
    if (m_tls) {
        bound = m_http.listen(address, port); // QHttpServer's own QSslServer (the handshake is its business)
    } else {
        // A listening socket of our own: QTcpServer's default backlog of 50 overflows when a few hundred
        // nodes connect at once, and each connection dropped then retries only after a second.
        auto *server = new QTcpServer(&m_http);
        server->setListenBacklogSize(kListenBacklog);
        if (server->listen(address, port)) {
            m_http.bind(server);
            bound = server->serverPort();
        } else {
            delete server;
        }
    }
    if (bound == 0)
        return Error {QStringLiteral("listen"),
                      tr("Cannot listen on %1:%2 (is another program using that port?).")
                          .arg(address.toString())
                          .arg(port)};
    qCInfo(lcLedger) << "listening on" << address.toString() << bound;
    return bound;
}

bool LedgerServer::take(QHash<QString, Bucket> &buckets, const QString &key, double cost, double perSecond,
                        double burst)
{
    // A flood of keys (addresses, or node keys not yet verified) must not grow memory without bound.
    if (buckets.size() > kMaxBuckets)
        buckets.clear();
    const qint64 now = monotonicMs();
    Bucket &bucket = buckets[key];
    if (bucket.lastMs < 0)
        bucket.tokens = burst;
    else
        bucket.tokens = std::min(burst, bucket.tokens + double(now - bucket.lastMs) * perSecond / 1000.0);
    bucket.lastMs = now;
    if (bucket.tokens < cost)
        return false;
    bucket.tokens -= cost;
    return true;
}

std::optional<QHttpServerResponse> LedgerServer::limitAddress(const QHttpServerRequest &request)
{
    if (take(m_addressBuckets, request.remoteAddress().toString(), 1, m_limits.addressPerSecond,
             m_limits.addressBurst))
        return std::nullopt;
    QHttpServerResponse response(errorBody(QStringLiteral("rate-limited"),
                                           tr("Too many requests from %1; wait a second and try again.")
                                               .arg(request.remoteAddress().toString())),
                                 StatusCode::TooManyRequests);
    response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return response;
}

LedgerServer::Submission LedgerServer::readSubmission(const QByteArray &body, bool transfersOnly)
{
    Submission submission;
    const auto refuse = [&submission](const QString &code, const QString &message, int index = -1) {
        submission.error = Error {code, message};
        submission.errorIndex = index;
        return submission;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue entriesValue = document.object().value(QStringLiteral("entries"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !entriesValue.isArray())
        return refuse(QStringLiteral("malformed-json"),
                      tr("The request must be a JSON object with an \"entries\" list."));
    const QJsonArray array = entriesValue.toArray();
    if (array.size() > kMaxBatchEntries)
        return refuse(QStringLiteral("batch-too-large"),
                      tr("The batch has %1 entries; send at most %2 at a time.")
                          .arg(array.size())
                          .arg(kMaxBatchEntries));
    QList<Entry> entries;
    entries.reserve(array.size());
    QHash<QByteArray, int> perKey;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return refuse(QStringLiteral("malformed-entry"), tr("Entry %1 is not a JSON object.").arg(i), i);
        auto entry = entryFromJson(array.at(i).toObject());
        if (!entry)
            return refuse(entry.error().code, entry.error().message, i);
        if (transfersOnly && isReceipt(entry.value()))
            return refuse(QStringLiteral("wrong-kind"),
                          tr("Entry %1 is a receipt; send receipts to /v1/receipts.").arg(i), i);
        perKey[headerOf(entry.value()).publicKey] += 1;
        entries.append(std::move(entry).value());
    }
    for (auto it = perKey.cbegin(); it != perKey.cend(); ++it)
        submission.perNode.insert(nodeIdOf(it.key()), it.value());
    submission.batch = checkBatch(entries);
    return submission;
}

namespace {

QJsonObject storedBody(const SubmitResult &result)
{
    QJsonArray results;
    for (const SubmitItem &item : result.items)
        results.append(
            QJsonObject {{QStringLiteral("node"), item.nodeId},
                         {QStringLiteral("seq"), qint64(item.seq)},
                         {QStringLiteral("status"),
                          item.alreadyStored ? QStringLiteral("already-stored") : QStringLiteral("stored")}});
    return {{QStringLiteral("stored"), result.stored},
            {QStringLiteral("already_stored"), result.alreadyStored},
            {QStringLiteral("results"), results}};
}

} // namespace

void LedgerServer::submit(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                          bool transfersOnly)
{
    if (auto limited = limitAddress(request))
        return limited->write(std::move(responder));
    const QByteArray body = request.body();
    if (body.size() > kMaxBodyBytes)
        return errorResponse({QStringLiteral("body-too-large"),
                              tr("The request is %1 bytes; the ledger takes at most %2.")
                                  .arg(body.size())
                                  .arg(kMaxBodyBytes)})
            .write(std::move(responder));
    const quint64 id = ++m_nextTicket;
    m_waiting.emplace(id, Waiting(std::move(responder)));
    // Queued now, so that batches are stored in the order they arrived (a node's next batch after its
    // previous one); checked meanwhile on the pool.
    Ticket *ticket = nullptr;
    {
        const QMutexLocker lock(&m_pipelineMutex);
        ticket = &m_queue.emplace_back();
        ticket->id = id;
        ticket->since.start();
    }
    m_checkPool.start(
        [this, ticket, body, transfersOnly] { checked(ticket, readSubmission(body, transfersOnly)); });
}

void LedgerServer::checked(Ticket *ticket, Submission submission)
{
    // The refusals in the order a ledger answers them: the body, then the node's rate, then the checks. The
    // answer is made after the lock.
    std::optional<Error> refusal;
    int refusalIndex = -1;
    QString limitedNode; // refused for its node's rate
    quint64 id = 0;
    std::vector<Ticket> group;
    {
        const QMutexLocker lock(&m_pipelineMutex);
        id = ticket->id;
        ticket->ready = true;
        if (submission.error) {
            refusal = std::move(submission.error);
            refusalIndex = submission.errorIndex;
        } else {
            for (auto it = submission.perNode.cbegin(); it != submission.perNode.cend(); ++it) {
                if (!take(m_nodeBuckets, it.key(), it.value(), m_limits.nodePerMinute / 60.0,
                          m_limits.nodeBurst)) {
                    limitedNode = it.key();
                    break;
                }
            }
            if (limitedNode.isEmpty() && submission.batch.error) {
                refusal = std::move(submission.batch.error);
                refusalIndex = submission.batch.errorIndex;
            } else if (limitedNode.isEmpty()) {
                ticket->batch = std::move(submission.batch);
            }
        }
        ticket->refused = refusal.has_value() || !limitedNode.isEmpty();
        if (!m_writerBusy) {
            group = takeReadyLocked();
            m_writerBusy = !group.empty();
        }
    }
    if (!limitedNode.isEmpty()) {
        Answer limited = errorAnswer(
            id, {QStringLiteral("rate-limited"),
                 tr("Node %1 sent too many entries; try again in a minute.").arg(limitedNode.left(12))});
        limited.retryAfter = QByteArrayLiteral("60");
        post({std::move(limited)});
    } else if (refusal) {
        post({errorAnswer(id, *refusal, refusalIndex)});
    }
    if (!group.empty()) {
        QMetaObject::invokeMethod(
            m_writerContext.get(), [this, group = std::move(group)]() mutable { commit(std::move(group)); },
            Qt::QueuedConnection);
    }
}

std::vector<LedgerServer::Ticket> LedgerServer::takeReadyLocked()
{
    std::vector<Ticket> ready;
    while (!m_queue.empty() && m_queue.front().ready) {
        if (!m_queue.front().refused)
            ready.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return ready;
}

void LedgerServer::commit(std::vector<Ticket> group)
{
    while (!group.empty()) {
        QList<CheckedBatch> batches;
        batches.reserve(qsizetype(group.size()));
        qint64 oldestMs = 0;
        for (Ticket &ticket : group) {
            batches.append(std::move(ticket.batch));
            oldestMs = std::max(oldestMs, ticket.since.elapsed());
        }
        QElapsedTimer timer;
        timer.start();
        const QList<SubmitResult> results =
            m_writer->submitGroup(batches, QDateTime::currentMSecsSinceEpoch());
        const qint64 storeMs = timer.elapsed();
        std::vector<Answer> answers;
        answers.reserve(group.size());
        for (size_t i = 0; i < group.size(); ++i) {
            const SubmitResult &result = results.at(qsizetype(i));
            if (result.error)
                answers.push_back(errorAnswer(group[i].id, *result.error, result.errorIndex));
            else
                answers.push_back({group[i].id, StatusCode::Ok, compact(storedBody(result)), {}});
        }
        post(std::move(answers));
        qCDebug(lcLedger) << "stored a group of" << group.size() << "batches in one transaction of" << storeMs
                          << "ms; the oldest had waited" << oldestMs << "ms before";
        // The batches checked meanwhile, without a round trip through the server's thread.
        const QMutexLocker lock(&m_pipelineMutex);
        group = takeReadyLocked();
        m_writerBusy = !group.empty();
    }
}

LedgerServer::Answer LedgerServer::errorAnswer(quint64 id, const Error &error, int index)
{
    return {id, statusOf(error.code), compact(errorBody(error.code, error.message, index)), {}};
}

void LedgerServer::post(std::vector<Answer> answers)
{
    QMetaObject::invokeMethod(
        this,
        [this, answers = std::move(answers)] {
            for (const Answer &a : answers)
                answer(a);
        },
        Qt::QueuedConnection);
}

void LedgerServer::answer(const Answer &answer)
{
    const auto waiting = m_waiting.find(answer.id);
    if (waiting == m_waiting.end())
        return;
    Waiting request = std::move(waiting->second);
    m_waiting.erase(waiting);
    if (!request.socket || !request.socket->isOpen()
        || request.socket->state() != QAbstractSocket::ConnectedState)
        return; // the client hung up (or was cut off) before its answer
    QHttpServerResponse response(QByteArrayLiteral("application/json"), answer.json, answer.status);
    if (!answer.retryAfter.isEmpty())
        response.addHeader(QByteArrayLiteral("Retry-After"), answer.retryAfter);
    response.write(std::move(request.responder));
    if (!request.socket)
        return;
    // Sent now rather than on the socket's next write notification: one turn of the event loop (a poll of
    // every connection) less per answer.
    request.socket->flush();
}

void LedgerServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http.route(QStringLiteral("/v1/health"), Method::Get, [this]() {
        const bool databaseOpen = m_store.isOpen();
        return QHttpServerResponse(
            QJsonObject {
                {QStringLiteral("status"), databaseOpen ? QStringLiteral("ok") : QStringLiteral("degraded")},
                {QStringLiteral("version"), BuildInfo::version()},
                {QStringLiteral("database"), m_store.spec().kind == DatabaseSpec::Kind::Sqlite
                                                 ? QStringLiteral("sqlite")
                                                 : QStringLiteral("postgresql")},
            },
            databaseOpen ? StatusCode::Ok : StatusCode::ServiceUnavailable);
    });
    m_http.route(QStringLiteral("/v1/receipts"), Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     submit(request, std::move(responder), false);
                 });
    m_http.route(QStringLiteral("/v1/transfers"), Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     submit(request, std::move(responder), true);
                 });
    m_http.route(QStringLiteral("/v1/policy"), Method::Get, [this](const QHttpServerRequest &request) {
        if (auto limited = limitAddress(request))
            return std::move(*limited);
        return QHttpServerResponse(m_store.policy().toJson());
    });
    m_http.route(QStringLiteral("/v1/summary"), Method::Get, [this](const QHttpServerRequest &request) {
        if (auto limited = limitAddress(request))
            return std::move(*limited);
        const auto summary = m_store.summary();
        if (!summary)
            return errorResponse(summary.error());
        QJsonArray top;
        for (const NodeView &n : summary->top)
            top.append(QJsonObject {{QStringLiteral("node"), n.nodeId},
                                    {QStringLiteral("earned"), n.earned},
                                    {QStringLiteral("core_ms"), qint64(n.totals.coreMs)}});
        return QHttpServerResponse(QJsonObject {{QStringLiteral("nodes"), qint64(summary->nodes)},
                                                {QStringLiteral("entries"), qint64(summary->entries)},
                                                {QStringLiteral("totals"), totalsJson(summary->totals)},
                                                {QStringLiteral("earned"), summary->earned},
                                                {QStringLiteral("top"), top}});
    });
    m_http.route(QStringLiteral("/v1/nodes/<arg>/receipts"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     if (auto limited = limitAddress(request))
                         return std::move(*limited);
                     const auto node = m_store.node(id);
                     if (!node)
                         return errorResponse(node.error());
                     bool afterOk = true;
                     const QString afterText = request.query().queryItemValue(QStringLiteral("after"));
                     const quint64 after = afterText.isEmpty() ? 0 : afterText.toULongLong(&afterOk);
                     bool limitOk = true;
                     const QString limitText = request.query().queryItemValue(QStringLiteral("limit"));
                     const int limit = limitText.isEmpty() ? kMaxBatchEntries : limitText.toInt(&limitOk);
                     if (!afterOk || !limitOk || limit < 1)
                         return errorResponse({QStringLiteral("malformed-query"),
                                               tr("\"after\" and \"limit\" must be whole numbers.")});
                     const auto entries = m_store.entries(id, after, std::min(limit, kMaxBatchEntries));
                     if (!entries)
                         return errorResponse(entries.error());
                     QJsonArray list;
                     for (const Entry &entry : entries.value())
                         list.append(entryToJson(entry, true));
                     return QHttpServerResponse(
                         QJsonObject {{QStringLiteral("node"), id}, {QStringLiteral("entries"), list}});
                 });
    m_http.route(QStringLiteral("/v1/nodes/<arg>"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     if (auto limited = limitAddress(request))
                         return std::move(*limited);
                     const auto node = m_store.node(id);
                     if (!node)
                         return errorResponse(node.error());
                     const auto rank = m_store.rank(id);
                     if (!rank)
                         return errorResponse(rank.error());
                     QJsonObject answer = nodeJson(node.value());
                     answer.insert(QStringLiteral("rank"), qint64(rank.value()));
                     return QHttpServerResponse(answer);
                 });
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        responder.write(
            QJsonDocument(errorBody(
                QStringLiteral("not-found"),
                tr("There is no %1 in the ledger API. The API lives under /v1.").arg(request.url().path()))),
            StatusCode::NotFound);
    });
}
