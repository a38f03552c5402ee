// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerClient.h"

#include "LedgerLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace Cloudy::Ledger {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Ledger::LedgerClient)
};

const char *const kPinMismatch = "cloudyPinMismatch";

bool readCount(const QJsonObject &o, const char *key, quint64 *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != std::floor(v.toDouble()))
        return false;
    *out = quint64(v.toDouble());
    return true;
}

bool readSigned(const QJsonObject &o, const char *key, qint64 *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
        return false;
    *out = qint64(v.toDouble());
    return true;
}

bool readTotals(const QJsonObject &o, ContributionTotals *t)
{
    // "receipts" is optional in totals: the node view carries it beside them too.
    readCount(o, "receipts", &t->receipts);
    return readCount(o, "core_ms", &t->coreMs) && readCount(o, "memory_mib_s", &t->memoryMiBSeconds)
           && readCount(o, "disk_mib_s", &t->diskMiBSeconds) && readCount(o, "uptime_ms", &t->uptimeMs)
           && readCount(o, "capacity_core_ms", &t->capacityCoreMs);
}

Error badAnswer(const QString &what)
{
    return Error {QStringLiteral("bad-answer"),
                  Tr::tr("The ledger's answer about %1 cannot be read.").arg(what)};
}

} // namespace

Result<QUrl> normalizeLedgerUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.hasQuery()
        || url.hasFragment())
        return Error {QStringLiteral("bad-ledger-url"),
                      Tr::tr("\"%1\" is not a ledger address; it looks like https://ledger.example.org/.")
                          .arg(text.left(200))};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    url.setPath(path);
    url.setScheme(scheme);
    return url;
}

Result<QByteArray> parsePin(const QString &text)
{
    QString hex = text.trimmed().toLower();
    if (hex.startsWith(QLatin1String("sha256:")))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pattern.match(hex).hasMatch())
        return Error {QStringLiteral("bad-pin"),
                      Tr::tr("A ledger pin is the SHA-256 of the server's public key: 64 hex digits.")};
    return QByteArray::fromHex(hex.toLatin1());
}

QByteArray publicKeyPinOf(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

Result<NodeView> nodeViewFromJson(const QJsonObject &o)
{
    NodeView v;
    v.nodeId = o.value(QStringLiteral("node")).toString();
    v.publicKeyHex = o.value(QStringLiteral("public_key")).toString();
    v.lastHashHex = o.value(QStringLiteral("last_hash")).toString();
    if (!isNodeId(v.nodeId) || !readCount(o, "last_seq", &v.lastSeq)
        || !readTotals(o.value(QStringLiteral("totals")).toObject(), &v.totals)
        || !readSigned(o, "earned", &v.earned) || !readSigned(o, "received", &v.received)
        || !readSigned(o, "sent", &v.sent))
        return badAnswer(Tr::tr("the node"));
    readCount(o, "receipts", &v.totals.receipts);
    return v;
}

Result<LedgerSummary> summaryFromJson(const QJsonObject &o)
{
    LedgerSummary s;
    if (!readCount(o, "nodes", &s.nodes) || !readCount(o, "entries", &s.entries)
        || !readTotals(o.value(QStringLiteral("totals")).toObject(), &s.totals)
        || !readSigned(o, "earned", &s.earned))
        return badAnswer(Tr::tr("the community"));
    const QJsonArray top = o.value(QStringLiteral("top")).toArray();
    for (const QJsonValue &value : top) {
        const QJsonObject item = value.toObject();
        NodeView n;
        n.nodeId = item.value(QStringLiteral("node")).toString();
        if (!readSigned(item, "earned", &n.earned) || !readCount(item, "core_ms", &n.totals.coreMs))
            return badAnswer(Tr::tr("the community"));
        s.top.append(n);
    }
    return s;
}

qint64 backoffDelayMs(int failures, double random, qint64 baseMs, qint64 capMs)
{
    qint64 delay = baseMs;
    for (int i = 0; i < failures && delay < capMs; ++i)
        delay *= 2;
    delay = std::min(delay, capMs);
    const double fraction = 0.5 + 0.5 * std::clamp(random, 0.0, 1.0);
    return std::max<qint64>(1, qint64(double(delay) * fraction));
}

LedgerClient::LedgerClient(QObject *parent)
    : QObject(parent)
{
    m_network.setAutoDeleteReplies(false);
}

LedgerClient::~LedgerClient()
{
    // No handler may run now: their contexts may be half destroyed (a LedgerSync owning this client).
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
}

void LedgerClient::setBaseUrl(const QUrl &url)
{
    m_base = url;
}

void LedgerClient::setPin(const QByteArray &sha256)
{
    // A kept connection was checked against the old pin only.
    if (sha256 != m_pin)
        m_network.clearConnectionCache();
    m_pin = sha256;
}

QUrl LedgerClient::urlFor(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    return url;
}

void LedgerClient::submit(const QList<Entry> &entries, QObject *context, Handler handler)
{
    QJsonArray array;
    for (const Entry &entry : entries)
        array.append(entryToJson(entry));
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Compact);
    send(urlFor(QStringLiteral("/v1/receipts")), &body, context, std::move(handler));
}

void LedgerClient::getNode(const QString &nodeId, QObject *context, Handler handler)
{
    send(urlFor(QStringLiteral("/v1/nodes/") + nodeId), nullptr, context, std::move(handler));
}

void LedgerClient::getEntries(const QString &nodeId, quint64 after, int limit, QObject *context,
                              Handler handler)
{
    QUrl url = urlFor(QStringLiteral("/v1/nodes/%1/receipts").arg(nodeId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    send(url, nullptr, context, std::move(handler));
}

void LedgerClient::getSummary(QObject *context, Handler handler)
{
    send(urlFor(QStringLiteral("/v1/summary")), nullptr, context, std::move(handler));
}

void LedgerClient::getPolicy(QObject *context, Handler handler)
{
    send(urlFor(QStringLiteral("/v1/policy")), nullptr, context, std::move(handler));
}

void LedgerClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void LedgerClient::send(const QUrl &url, const QByteArray *body, QObject *context, Handler handler)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QNetworkReply *reply = body ? m_network.post(request, *body) : m_network.get(request);
    m_inFlight.append(reply);
    if (!m_pin.isEmpty()) {
        // The pin replaces the certificate authorities: a self-signed ledger certificate is fine when its
        // key is the pinned one, and a CA-signed one is refused when it is not.
        connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
            QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (peer.isNull() && !errors.isEmpty())
                peer = errors.first().certificate();
            if (!peer.isNull() && publicKeyPinOf(peer) == m_pin)
                reply->ignoreSslErrors(errors);
            else
                reply->setProperty(kPinMismatch, true);
        });
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (publicKeyPinOf(reply->sslConfiguration().peerCertificate()) != m_pin) {
                reply->setProperty(kPinMismatch, true);
                reply->abort();
            }
        });
    }
    // Always finished here (so the reply is deleted), the handler only while its context lives.
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, hasContext = context != nullptr, guard = QPointer<QObject>(context),
             handler = std::move(handler)] { finish(reply, hasContext && !guard ? Handler() : handler); });
}

void LedgerClient::finish(QNetworkReply *reply, const Handler &handler)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    LedgerAnswer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QString host = reply->url().host();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    answer.json = document.object();
    const QNetworkReply::NetworkError networkError = reply->error();
    if (reply->property(kPinMismatch).toBool()) {
        answer.error = Error {QStringLiteral("tls-pin"),
                              Tr::tr("The ledger at %1 presented a key that does not match the pinned one; "
                                     "the connection was stopped (a wrong pin, or someone in between).")
                                  .arg(host)};
    } else if (answer.httpStatus == 0) {
        answer.transient = true;
        if (networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError)
            answer.error = Error {QStringLiteral("timeout"),
                                  Tr::tr("The ledger at %1 did not answer in time.").arg(host)};
        else if (networkError == QNetworkReply::SslHandshakeFailedError)
            answer.error =
                Error {QStringLiteral("tls"), Tr::tr("The secure connection to the ledger at %1 failed: %2")
                                                  .arg(host, reply->errorString())};
        else
            answer.error =
                Error {QStringLiteral("unreachable"),
                       Tr::tr("The ledger at %1 cannot be reached: %2").arg(host, reply->errorString())};
    } else if (answer.httpStatus != 200) {
        const QJsonObject error = answer.json.value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("code")).toString();
        QString message = error.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = Tr::tr("The ledger at %1 answered HTTP %2.").arg(host).arg(answer.httpStatus);
        answer.error =
            Error {code.isEmpty() ? QStringLiteral("http-%1").arg(answer.httpStatus) : code, message};
        answer.errorIndex = error.value(QStringLiteral("index")).toInt(-1);
        answer.retryAfterSeconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt();
        answer.transient = answer.httpStatus == 429 || answer.httpStatus >= 500 || code.isEmpty();
    } else if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer.error = badAnswer(reply->url().path());
        answer.transient = true;
    }
    if (answer.error)
        qCInfo(lcLedger) << "ledger request" << reply->url().path() << "failed:" << answer.error->code
                         << answer.error->message;
    if (handler)
        handler(answer);
}

} // namespace Cloudy::Ledger
