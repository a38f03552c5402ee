// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/LedgerStore.h"
#include "ledger/Receipt.h"
#include "platform/Result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;
class QSslCertificate;

// The HTTP side of the client sync: the /v1 API of docs/ledger-protocol.md over QNetworkAccessManager,
// asynchronous on the Qt event loop. Every request has a timeout; https works, with an optional pin of the
// server's public key. The logic (batches, states, back-off) is LedgerSync's.
namespace Cloudy::Ledger {

inline constexpr int kClientBatchEntries = 200; // the ledger takes 500 (kMaxBatchEntries); stay well below
inline constexpr int kDefaultRequestTimeoutMs = 30000;

// One answer of the ledger.
struct LedgerAnswer
{
    int httpStatus = 0; // 0 when no HTTP answer came
    QJsonObject json;
    std::optional<Error> error; // set when the request did not succeed: the ledger's code and sentence, or
                                // "unreachable", "timeout", "tls", "tls-pin", "bad-answer"
    int errorIndex = -1; // the batch entry the ledger's error is about
    bool transient = false; // worth retrying later as is (unreachable, timeout, 429, 503)
    int retryAfterSeconds = 0; // the ledger's Retry-After, when it sent one

    bool ok() const { return !error.has_value(); }
};

// The ledger's base URL from what a user or a TXT record gives: "https://host[:port][/prefix][/v1][/]".
// Errors: "bad-ledger-url".
Result<QUrl> normalizeLedgerUrl(const QString &text);
// A pin: the SHA-256 of the server certificate's public key (DER SubjectPublicKeyInfo), as 64 hex digits
// (colons and spaces allowed). Errors: "bad-pin".
Result<QByteArray> parsePin(const QString &text);
QByteArray publicKeyPinOf(const QSslCertificate &certificate);

// Pure readers of the ledger's answers.
Result<NodeView> nodeViewFromJson(const QJsonObject &object);
Result<LedgerSummary> summaryFromJson(const QJsonObject &object);

// Exponential back-off with jitter: base × 2^failures, capped, then a random part in [½, 1] of it so
// that many nodes do not retry in step. Pure: random is in [0, 1).
qint64 backoffDelayMs(int failures, double random, qint64 baseMs = 30 * 1000, qint64 capMs = 30 * 60 * 1000);

class LedgerClient final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const LedgerAnswer &)>;

    explicit LedgerClient(QObject *parent = nullptr);
    ~LedgerClient() override;

    void setBaseUrl(const QUrl &url); // from normalizeLedgerUrl()
    QUrl baseUrl() const { return m_base; }
    void setPin(const QByteArray &sha256); // empty: no pinning (the system's CAs decide)
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // POST /v1/receipts (receipts and transfers alike) with at most kClientBatchEntries entries.
    void submit(const QList<Entry> &entries, QObject *context, Handler handler);
    void getNode(const QString &nodeId, QObject *context, Handler handler);
    void getEntries(const QString &nodeId, quint64 after, int limit, QObject *context, Handler handler);
    void getSummary(QObject *context, Handler handler);
    void getPolicy(QObject *context, Handler handler);
    // Aborts every request in flight (their handlers get "unreachable").
    void abortAll();

private:
    QUrl urlFor(const QString &path) const;
    void send(const QUrl &url, const QByteArray *body, QObject *context, Handler handler);
    void finish(QNetworkReply *reply, const Handler &handler);

    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_pin;
    int m_timeoutMs = kDefaultRequestTimeoutMs;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace Cloudy::Ledger
