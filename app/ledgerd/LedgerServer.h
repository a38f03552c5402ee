// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/DatabaseSpec.h"
#include "ledger/LedgerStore.h"
#include "platform/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

// The HTTP API of cloudy-ledgerd (versioned under /v1; see docs/ledger-protocol.md, section 4). Errors are
// JSON objects {"error": {"code": "...", "message": "..."}} with a machine-readable code and a sentence.
//
// POSTs are answered later, not by the route handler: the body is read and the signatures are checked on a
// thread pool, and the batches ready meanwhile are written by a writer thread in one transaction (group
// commit: one fsync for all, each batch all-or-nothing on its own). Batches are stored in the order their
// requests arrived, and answered once the transaction holding them committed; a request refused before the
// database (body, rate, signatures) is answered at once. The checks hand their batches to the writer, and the
// writer takes the next ready ones itself when it commits: this thread only reads requests and writes
// answers, and a burst of new connections does not hold up the database. Reads (GET) use a connection of
// their own on this thread. (A client pipelining a GET behind a POST on one connection could get the answers
// out of order; HTTP clients do not pipeline by default.)
class LedgerServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxBatchEntries = 500;
    static constexpr int kListenBacklog = 1024; // connections waiting to be accepted (the kernel may cap it)
    static constexpr qsizetype kMaxBuckets = 100000; // rate-limit buckets per kind; all dropped beyond

    struct Limits
    {
        double addressPerSecond = 20; // requests
        double addressBurst = 100;
        double nodePerMinute = 600; // entries
        double nodeBurst = 1200;
        int idleTimeoutMs = 10000; // a connection that sends nothing for this long is closed
        int connectionLifetimeMs = 60000; // and none lives longer (a client trickling bytes)
    };

    // policy: the reward policy the ledger credits receipts by and serves at GET /v1/policy.
    explicit LedgerServer(const Cloudy::Ledger::RewardPolicy &policy = {}, QObject *parent = nullptr);
    ~LedgerServer() override;

    // Before listen(): the check threads read the limits without a lock.
    void setLimits(const Limits &limits) { m_limits = limits; }
    // Opens (and creates) the database. Must succeed before listen().
    Cloudy::Result<bool> openDatabase(const Cloudy::Ledger::DatabaseSpec &spec);
    // Serve HTTPS only, with a PEM certificate and key. Before listen().
    Cloudy::Result<bool> setupTls(const QString &certificatePath, const QString &keyPath);
    // Returns the port actually bound (useful with port 0), or an error.
    Cloudy::Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = -1;
    };
    struct Submission;
    struct Ticket;
    struct Waiting;
    struct Answer;

    void addRoutes();
    void submit(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool transfersOnly);
    // Reads a POST's body into checked entries: runs on the pool, so touches nothing of the server.
    static Submission readSubmission(const QByteArray &body, bool transfersOnly);
    // On the pool, once a request's body is read: refuses it or makes its batch ready, then hands the batches
    // ready at the front of the queue to the writer unless it is busy.
    void checked(Ticket *ticket, Submission submission);
    // Under m_pipelineMutex: the batches ready at the front of the queue, in order (those refused are
    // dropped: they were answered).
    std::vector<Ticket> takeReadyLocked();
    // On the writer's thread: stores the group, has it answered, and goes on with the next ready batches.
    void commit(std::vector<Ticket> group);
    // The JSON error answer to a POST (as errorResponse() makes for the answers written at once).
    static Answer errorAnswer(quint64 id, const Cloudy::Error &error, int index = -1);
    // Sends answers to this thread (from any thread).
    void post(std::vector<Answer> answers);
    void answer(const Answer &answer);
    // Takes cost tokens from the bucket of key; false when it has not enough.
    static bool take(QHash<QString, Bucket> &buckets, const QString &key, double cost, double perSecond,
                     double burst);
    std::optional<QHttpServerResponse> limitAddress(const QHttpServerRequest &request);
    // Closes idle and too-old connections: Qt 6.4's QHttpServer has no timeouts of its own.
    void cutOffSlowClients();

    QHttpServer m_http;
    Cloudy::Ledger::LedgerStore m_store; // reads, on this thread
    Cloudy::Ledger::RewardPolicy m_policy;
    QThread m_writerThread;
    std::unique_ptr<QObject> m_writerContext; // lives on m_writerThread
    std::unique_ptr<Cloudy::Ledger::LedgerStore> m_writer; // made, used and deleted on m_writerThread only
    QThreadPool m_checkPool;
    // The POSTs in the order they arrived, from their arrival to the writer (a deque: the pool keeps pointers
    // to its elements while it checks them), whether the writer is storing a group, and the per-node rate
    // limits (taken when a body has been read).
    QMutex m_pipelineMutex;
    std::deque<Ticket> m_queue;
    bool m_writerBusy = false;
    QHash<QString, Bucket> m_nodeBuckets;
    // The POSTs waiting for their answer, by ticket id (this thread only).
    std::unordered_map<quint64, Waiting> m_waiting;
    quint64 m_nextTicket = 0;
    bool m_tls = false;
    Limits m_limits;
    QHash<QString, Bucket> m_addressBuckets;
    QTimer m_slowClientTimer;
};
