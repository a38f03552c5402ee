// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsMessage.h"
#include "MdnsCache.h"
#include "ServiceBrowser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace Cloudy::Discovery {

class MdnsSocket;

// The built-in backend: a Multicast DNS querier (RFC 6762) doing DNS-SD browsing (RFC 6763) on every
// up, running, multicast-capable, non-virtual interface (see isMdnsInterface), over IPv4 and IPv6,
// beside an avahi-daemon if one runs.
//
// Per interface and address family ("link") it keeps its own cache and questions:
// - asks for _services._dns-sd._udp.local PTR, then each type found, then the SRV and TXT of each
//   instance and the A/AAAA of each target host, unless a response already brought them (avahi puts
//   them all in its answers);
// - asks continuously for the type enumeration and each type, 1 s, 2 s, 4 s … up to 60 min apart
//   (RFC 6762 5.2), listing the answers it already knows with more than half their TTL left (7.1);
// - caches every record it needs until its TTL ends, asking again at 80-95 % of the TTL, handling
//   goodbyes (TTL 0: gone a second later) and the cache-flush bit (10.2);
// - reports a service once it has its PTR, SRV, TXT and an address, serviceUpdated when host,
//   addresses, port or TXT change, serviceRemoved when its PTR leaves the cache, or when it stays
//   unresolved (SRV, TXT or addresses gone) for kUnresolvedGraceMs — long enough for a responder that
//   replaces a record to reprobe it, so a TXT change is an update, not a removal and a new service.
// Questions are QM (multicast answers): beside an avahi-daemon on the same port, a unicast answer to a QU
// question may be delivered to the daemon's socket instead of ours. At most 256 questions per link go out
// every 100 ms, so instances that never resolve cannot make us flood the network. A question whose answer
// is lost (a full receive buffer, a lost packet) is asked again with the same back-off until answered.
// Interfaces are polled every kInterfacePollMs: links come and go with them (their services are then
// removed).
// Work per event-loop turn is bounded, so a burst of responses (a host answering for 1,000 services
// sends ~50 datagrams within milliseconds) never stalls the application: sockets only queue what they
// read (at most kMaxBacklogBytes per link), and each turn parses queued datagrams and evaluates services
// for at most kWorkBudgetUs, reporting at most kMaxEvaluationsPerTurn services, then lets the event loop
// run before going on. Records are cached when their datagram is parsed and services evaluated later,
// so nothing assumes both happen in the same turn.
// Memory is bounded: kMaxTrackedServices observations, kMaxServiceTypes types, kMaxCachedRecords
// records and a small cache for addresses of hosts no service uses yet; records beyond, and malformed
// ones, are dropped with a log line each (lcDiscovery, info; at most kMaxRejectLogsPerWindow lines per
// 10 s, then one line counting the rest).
class MdnsBrowser final : public ServiceBrowser
{
    Q_OBJECT

public:
    static constexpr int kMaxCachedRecords = 32768; // all links together
    static constexpr int kMaxSpareAddresses = 1024; // per link
    static constexpr int kMaxRecordsPerPacket = 512;
    static constexpr int kUnresolvedGraceMs = 3000;
    static constexpr int kMaxRejectLogsPerWindow = 20;
    static constexpr int kInterfacePollMs = 3000;
    static constexpr int kAllForNowMs = 1500;
    static constexpr int kWorkBudgetUs = 4000; // parsing and evaluating per event-loop turn
    static constexpr int kMaxEvaluationsPerTurn = 24; // each may report a service to slots of the GUI
    static constexpr qsizetype kMaxBacklogBytes = 4 << 20; // datagrams read but not yet parsed, per link

    explicit MdnsBrowser(QObject *parent = nullptr);
    ~MdnsBrowser() override;

    QString backendName() const override { return QStringLiteral("mdns"); }
    void start() override;
    void stop() override;

    // What the browser holds now, for tests, benchmarks and `cloudyctl doctor`-style diagnostics.
    struct Statistics
    {
        int links = 0; // open (interface, family) sockets
        int cachedRecords = 0;
        int serviceTypes = 0;
        int trackedServices = 0; // reported observations
        qint64 packetsReceived = 0;
        qint64 packetsSent = 0;
        qint64 recordsRejected = 0;
        qint64 kernelDrops = 0; // datagrams the kernel dropped on the open links (receive buffer full)
        qint64 backlogDrops = 0; // datagrams dropped because kMaxBacklogBytes were waiting to be parsed
    };
    Statistics statistics() const;

    // For tests, before start(): the receive buffer size asked for each socket (see MdnsSocket), and a
    // filter of received records (false: ignored, as if lost on the way).
    void setReceiveBufferSize(int bytes) { m_receiveBufferBytes = bytes; }
    void setRecordFilter(std::function<bool(const DnsRecord &)> keep) { m_recordFilter = std::move(keep); }

private:
    struct Link;
    struct Instance;
    struct Question;

    void refreshInterfaces();
    void openLink(const QString &id, const QNetworkInterface &interface,
                  QAbstractSocket::NetworkLayerProtocol protocol);
    void closeLink(const QString &id, bool reportRemovals);
    void updateState();
    bool holdServiceType(const QByteArray &typeKey);
    void releaseServiceType(const QByteArray &typeKey);

    void queueDatagram(const QString &linkId, const QNetworkDatagram &datagram);
    void handleDatagram(Link &link, const QNetworkDatagram &datagram);
    void acceptRecord(Link &link, const DnsRecord &record, qint64 t);
    void acceptServiceType(Link &link, const DnsRecord &record, qint64 t);
    void acceptInstancePointer(Link &link, const DnsRecord &record, qint64 t);
    void acceptInstanceRecord(Link &link, const DnsRecord &record, qint64 t);
    void acceptAddress(Link &link, const DnsRecord &record, qint64 t);
    MdnsCache::InsertResult insertIntoCache(Link &link, const DnsRecord &record, qint64 t);
    void markDirty(Link &link, const QByteArray &instanceKey);
    void markHostDirty(Link &link, const QByteArray &hostKey);

    void scheduleWork();
    void doWork();
    bool hasWork() const;
    void evaluate(Link &link, const QByteArray &instanceKey, qint64 t);
    void setInstanceHost(Link &link, Instance &instance, const QByteArray &instanceKey,
                         const QByteArray &hostKey, qint64 t);
    void dropInstance(Link &link, const QByteArray &instanceKey, bool reportRemoval);

    // Puts a question in the link's schedule. An existing one keeps its back-off unless `sooner`.
    void ask(Link &link, const DnsName &name, quint16 type, qint64 dueMs, bool continuous,
             bool sooner = true);
    void forget(Link &link, const QByteArray &ownerKey, quint16 type);
    void sendDue(Link &link, qint64 t);
    void handleCacheEvents(Link &link, qint64 t);

    void wake();
    void scheduleWake();
    void checkAllForNow();
    void noteActivity() { m_lastActivityMs = now(); }
    qint64 now() const { return m_clock.elapsed(); }
    static int random(int bound);
    void reject(const QString &message);

    std::map<QString, std::unique_ptr<Link>> m_links; // "eth0|2|4" (name, index, family) -> link
    // Links of a stopped browser, freed on the next event-loop turn: stop() may be called from a slot
    // connected to one of our signals, while a link is being processed.
    std::vector<std::unique_ptr<Link>> m_retired;
    QSet<QString> m_failedLinks; // links that could not open (logged once)
    QHash<QByteArray, int> m_serviceTypes; // distinct types over all links -> links browsing them
    int m_cachedRecords = 0;
    int m_trackedServices = 0;
    QElapsedTimer m_clock;
    QDateTime m_clockStartUtc;
    QTimer m_wakeTimer;
    QTimer m_interfaceTimer;
    QTimer m_allForNowTimer;
    QTimer m_workTimer; // the next turn of doWork()
    qint64 m_lastActivityMs = 0;
    bool m_running = false;
    bool m_allForNowSent = false;
    size_t m_workRotation = 0; // the link doWork() starts with
    quint64 m_generation = 0; // start() and stop() change it: a turn of doWork() knows it was stopped
    int m_receiveBufferBytes = -1;
    std::function<bool(const DnsRecord &)> m_recordFilter;

    qint64 m_rejectWindowStartMs = -1;
    int m_rejectLogsInWindow = 0;
    int m_rejectsSuppressed = 0;
    Statistics m_counters;
};

} // namespace Cloudy::Discovery
