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
#include <vector>

// The HTTP API of cloudy-ledgerd (versioned under /v1; see docs/ledger-protocol.md, section 4). Errors are
// JSON objects {"error": {"code": "...", "message": "..."}} with a machine-readable code and a sentence.
//
// POSTs are answered later, not by the route handler: the body is read and the signatures are checked on a
// thread pool, and the batches ready meanwhile are written by a writer thread in one transaction (group
// commit: one fsync for all, each batch all-or-nothing on its own). Batches are stored in the order their
// requests arrived, and answered once the transaction holding them committed; a request refused before the
// database (body, rate, signatures) is answered at once. Reads (GET) use a connection of their own on this
// thread. (A client pipelining a GET behind a POST on one connection could get the answers out of order;
// HTTP clients do not pipeline by default.)
class LedgerServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxBatchEntries = 500;
    static constexpr int kListenBacklog = 1024; // connections waiting to be accepted (the kernel may cap it)

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
    struct Pending;

    void addRoutes();
    void submit(const QHttpServerRequest &request, QHttpServerResponder &&responder, bool transfersOnly);
    // Reads a POST's body into checked entries: runs on the pool, so touches nothing of the server.
    static Submission readSubmission(const QByteArray &body, bool transfersOnly);
    // Back on this thread with the requests whose body was read and signatures checked meanwhile.
    void takeChecked();
    void checked(Pending *pending, Submission submission);
    // Hands the requests ready at the front of the queue to the writer, unless it is busy.
    void startCommit();
    void committed(const QList<Cloudy::Ledger::SubmitResult> &results, qint64 storeMs);
    void answer(Pending &pending, const QHttpServerResponse &response);
    // Takes cost tokens from the bucket of key; false when it has not enough.
    bool take(QHash<QString, Bucket> &buckets, const QString &key, double cost, double perSecond,
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
    QMutex m_checkedMutex;
    std::vector<Pending *> m_checked; // checked by the pool, not yet taken (under m_checkedMutex)
    std::deque<std::unique_ptr<Pending>> m_queue; // POSTs in the order they arrived
    std::vector<std::unique_ptr<Pending>> m_committing; // the group the writer is storing
    bool m_commitRunning = false;
    bool m_tls = false;
    Limits m_limits;
    QHash<QString, Bucket> m_addressBuckets;
    QHash<QString, Bucket> m_nodeBuckets;
    QTimer m_slowClientTimer;
};
