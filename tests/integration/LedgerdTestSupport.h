// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the ledgerd tests share: a test node making signed receipts and transfers, and the real
// cloudy-ledgerd as a child process on a loopback port it picks itself.
#include "TestEnv.h"
#include "ledger/Receipt.h"
#include "metering/Usage.h"
#include "platform/Crypto.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <signal.h>

namespace LedgerdTest {

using namespace Cloudy;
using namespace Cloudy::Ledger;

inline constexpr qint64 kHour = 3600 * 1000;

struct Reply
{
    int status = 0;
    QJsonObject json;
    QString code() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// A node with its key and chain position, making signed hourly receipts.
struct TestNode
{
    Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
    quint64 seq = 0;
    QByteArray prev = QByteArray(32, '\0');
    qint64 nextFrom = (QDateTime::currentMSecsSinceEpoch() / kHour - 1000) * kHour;

    QString id() const { return nodeIdOf(key.publicKey); }

    Receipt draft() const
    {
        Receipt r;
        r.header.publicKey = key.publicKey;
        r.header.seq = seq + 1;
        r.header.prev = prev;
        r.fromMs = nextFrom;
        r.toMs = nextFrom + kHour;
        r.vcpus = 2;
        r.hostVcpus = 4;
        r.memoryMiB = 2048;
        r.hostMemoryMiB = 8192;
        r.diskMiB = 10240;
        r.coreMs = 3600000;
        r.memoryMiBSeconds = 2048 * 3600;
        r.diskMiBSeconds = 10240 * 3600;
        r.uptimeMs = 3600000;
        r.microcloud = QStringLiteral("guifi-test");
        return r;
    }
    Entry sign(Entry entry) const
    {
        signEntry(entry, key.secretKey);
        return entry;
    }
    // The next receipt, signed, and the chain advanced.
    Entry next()
    {
        const Entry entry = sign(draft());
        advance(entry);
        return entry;
    }
    void advance(const Entry &entry)
    {
        seq = headerOf(entry).seq;
        prev = entryHash(entry);
        if (const auto *r = std::get_if<Receipt>(&entry))
            nextFrom = r->toMs;
    }
    Entry transfer(const TestNode &payee, quint64 amount)
    {
        Transfer t;
        t.header.publicKey = key.publicKey;
        t.header.seq = seq + 1;
        t.header.prev = prev;
        t.timeMs = QDateTime::currentMSecsSinceEpoch();
        t.payee = nodeIdBytesOf(payee.key.publicKey);
        t.amountMillicredits = amount;
        t.memo = QStringLiteral("for the mirror");
        const Entry entry = sign(t);
        advance(entry);
        return entry;
    }
};

inline QByteArray batch(const QList<Entry> &entries)
{
    QJsonArray array;
    for (const Entry &e : entries)
        array.append(entryToJson(e));
    return QJsonDocument(QJsonObject {{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Compact);
}

class Ledgerd
{
public:
    ~Ledgerd() { stop(); }
    // db: a --db value ("sqlite:PATH" or "postgresql://...").
    bool start(const QString &db, const QStringList &extra = {}, int entryDelayMs = 0)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLOUDY_LEDGERD_TEST_ENTRY_DELAY_MS"),
                           QString::number(entryDelayMs));
        if (debugLog)
            environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                               QStringLiteral("cloudy.ledger.debug=true"));
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(program.isEmpty() ? CloudyTest::programPath(QStringLiteral("cloudy-ledgerd"))
                                               : program);
        m_process.setArguments(QStringList {QStringLiteral("--db"), db, QStringLiteral("--listen"),
                                            QStringLiteral("127.0.0.1:0")}
                               + extra);
        m_process.setProcessChannelMode(debugLog ? QProcess::SeparateChannels
                                                 : QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression line(
            QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)/v1/"));
        QByteArray out;
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            const auto match = line.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                port = match.captured(1).toUShort();
                return true;
            }
        }
        qWarning() << "ledgerd did not start:" << out;
        return false;
    }
    void kill9()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(10000);
        }
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                kill9();
        }
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }
    // What the ledger logged so far (with debugLog).
    QString log()
    {
        m_log += m_process.readAllStandardError();
        return QString::fromUtf8(m_log);
    }
    QString program; // empty: the built cloudy-ledgerd
    quint16 port = 0;
    bool debugLog = false; // set before start(): the ledger's debug log is collected for log()

private:
    QProcess m_process;
    QByteArray m_log;
};

// count completed hours of metering from `from` (ms, on an hour): one busy core, 2 GiB and 10 GiB donated,
// up all along — 1000 + 500 + 50 = 1550 mc each under the default policy.
inline constexpr qint64 kEarnedPerMeteredHour = 1550;
inline QList<Cloudy::Metering::HourlyUsage> meteredHours(qint64 from, int count)
{
    QList<Cloudy::Metering::HourlyUsage> list;
    for (int i = 0; i < count; ++i) {
        Cloudy::Metering::HourlyUsage h;
        h.hourStart = QDateTime::fromMSecsSinceEpoch(from + i * kHour, Qt::UTC);
        h.domain = QStringLiteral("cloudy-node");
        h.totals.coreSeconds = 3600;
        h.totals.memoryGiBSeconds = 2 * 3600;
        h.totals.diskGiBHours = 10;
        h.totals.runningSeconds = 3600;
        list.append(h);
    }
    return list;
}

} // namespace LedgerdTest
