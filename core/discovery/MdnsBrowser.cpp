// SPDX-License-Identifier: GPL-3.0-or-later
#include "MdnsBrowser.h"

#include "DiscoveryLog.h"
#include "MdnsCache.h"
#include "MdnsSocket.h"
#include "TxtRecord.h"

#include <QNetworkInterface>
#include <QRandomGenerator>

#include <algorithm>
#include <deque>
#include <limits>

namespace Cloudy::Discovery {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();
constexpr qint64 kFirstQueryIntervalMs = 1000;
constexpr qint64 kMaxQueryIntervalMs = 3600 * 1000; // RFC 6762 5.2: at most an hour apart
constexpr qint64 kAggregateMs = 20; // questions due this soon go in the same packet
constexpr qint64 kQuietForAllForNowMs = 400;
constexpr qint64 kMaxAllForNowMs = 5000;
constexpr qint64 kRejectWindowMs = 10000;
constexpr int kMaxQueryBytes = 1400; // fits the MTU of Ethernet and of Tinc, with IPv6 headers
// At most this many questions per link every kRoundSpacingMs: a flood of instances that never resolve
// cannot make us flood the network with questions.
constexpr qsizetype kMaxQuestionsPerRound = 256;
constexpr qint64 kRoundSpacingMs = 100;

const DnsName &servicesName()
{
    static const DnsName name {QByteArrayLiteral("_services"), QByteArrayLiteral("_dns-sd"),
                               QByteArrayLiteral("_udp"), QByteArrayLiteral("local")};
    return name;
}

const QByteArray &servicesKey()
{
    static const QByteArray key = dnsNameKey(servicesName());
    return key;
}

// "_tahoe-lafs._tcp.local": a service type as _services._dns-sd._udp lists it (RFC 6763 7).
bool isServiceTypeName(const DnsName &name)
{
    if (name.size() != 3 || name[0].size() < 2 || !name[0].startsWith('_'))
        return false;
    for (const char c : name[0]) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_';
        if (!ok)
            return false;
    }
    const QByteArray protocol = name[1].toLower();
    return (protocol == "_tcp" || protocol == "_udp") && name[2].toLower() == "local";
}

bool isValidHostName(const DnsName &name)
{
    if (name.isEmpty())
        return false;
    for (const QByteArray &label : name) {
        if (!dnsLabelText(label).ok())
            return false;
    }
    return true;
}

bool sameObservation(const DiscoveredService &a, const DiscoveredService &b)
{
    return a.hostName == b.hostName && a.addresses == b.addresses && a.port == b.port && a.txt == b.txt;
}

QString familyName(QAbstractSocket::NetworkLayerProtocol protocol)
{
    return protocol == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

} // namespace

struct MdnsBrowser::Question
{
    DnsName name;
    QByteArray ownerKey;
    quint16 type = DnsType::PTR;
    qint64 dueMs = 0;
    qint64 intervalMs = kFirstQueryIntervalMs;
    bool continuous = false; // asked again and again with back-off; otherwise once
};

struct MdnsBrowser::Instance
{
    DnsName name; // "<instance>._type._tcp.local"
    ServiceKey key;
    QByteArray typeKey;
    QByteArray hostKey; // the current SRV target, registered in Link::hostInstances
    bool reported = false;
    bool overLimitLogged = false;
    qint64 unresolvedSinceMs = -1; // reported, but SRV, TXT or addresses went missing at this time
    DiscoveredService last;
};

struct MdnsBrowser::Link
{
    QString id;
    int interfaceIndex = -1;
    QString interfaceName;
    QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::IPv4Protocol;
    MdnsSocket *socket = nullptr;
    MdnsCache cache {kMaxCachedRecords};
    MdnsCache spareAddresses {kMaxSpareAddresses}; // A/AAAA of hosts no instance points to (yet)
    QHash<QByteArray, DnsName> types; // browsed types (dnsNameKey -> name)
    QHash<QByteArray, Instance> instances; // dnsNameKey of the instance name
    QHash<QByteArray, QSet<QByteArray>> hostInstances; // host key -> instances whose SRV points there
    QHash<QByteArray, Question> questions; // MdnsCache::setKey(owner, type)
    qint64 nextQuestionMs = kNever;
    std::deque<QNetworkDatagram> backlog; // read, not parsed yet
    qsizetype backlogBytes = 0;
    QSet<QByteArray> dirty; // instances to evaluate
    std::deque<QByteArray> dirtyOrder; // the same, oldest first
    QSet<QByteArray> unresolved; // reported instances waiting out kUnresolvedGraceMs

    quint16 addressType() const
    {
        return protocol == QAbstractSocket::IPv6Protocol ? quint16(DnsType::AAAA) : quint16(DnsType::A);
    }
};

MdnsBrowser::MdnsBrowser(QObject *parent)
    : ServiceBrowser(parent)
{
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &MdnsBrowser::wake);
    m_interfaceTimer.setInterval(kInterfacePollMs);
    connect(&m_interfaceTimer, &QTimer::timeout, this, &MdnsBrowser::refreshInterfaces);
    m_allForNowTimer.setSingleShot(true);
    connect(&m_allForNowTimer, &QTimer::timeout, this, &MdnsBrowser::checkAllForNow);
    m_workTimer.setSingleShot(true);
    connect(&m_workTimer, &QTimer::timeout, this, &MdnsBrowser::doWork);
}

MdnsBrowser::~MdnsBrowser()
{
    m_running = false;
    m_links.clear();
}

void MdnsBrowser::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_allForNowSent = false;
    m_clock.start();
    m_clockStartUtc = QDateTime::currentDateTimeUtc();
    m_lastActivityMs = 0;
    setState(State::Starting);
    refreshInterfaces();
    m_interfaceTimer.start();
    m_allForNowTimer.start(kAllForNowMs);
}

void MdnsBrowser::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_wakeTimer.stop();
    m_workTimer.stop();
    m_interfaceTimer.stop();
    m_allForNowTimer.stop();
    for (auto &entry : m_links) {
        entry.second->socket->deleteLater();
        m_retired.push_back(std::move(entry.second));
    }
    m_links.clear();
    QTimer::singleShot(0, this, [this] { m_retired.clear(); });
    m_failedLinks.clear();
    m_serviceTypes.clear();
    m_cachedRecords = 0;
    m_trackedServices = 0;
    setState(State::Idle);
}

MdnsBrowser::Statistics MdnsBrowser::statistics() const
{
    Statistics statistics = m_counters;
    statistics.links = int(m_links.size());
    statistics.cachedRecords = m_cachedRecords;
    statistics.serviceTypes = int(m_serviceTypes.size());
    statistics.trackedServices = m_trackedServices;
    for (const auto &entry : m_links)
        statistics.kernelDrops += std::max<qint64>(0, entry.second->socket->kernelDrops());
    return statistics;
}

// --- Interfaces ------------------------------------------------------------------------------------------

void MdnsBrowser::refreshInterfaces()
{
    if (!m_running)
        return;
    struct Wanted
    {
        QNetworkInterface interface;
        QAbstractSocket::NetworkLayerProtocol protocol;
    };
    std::map<QString, Wanted> wanted;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!isMdnsInterface(interface))
            continue;
        bool ipv4 = false;
        bool ipv6 = false;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            ipv4 = ipv4 || entry.ip().protocol() == QAbstractSocket::IPv4Protocol;
            ipv6 = ipv6 || entry.ip().protocol() == QAbstractSocket::IPv6Protocol;
        }
        const QString prefix = interface.name() + QLatin1Char('|') + QString::number(interface.index());
        if (ipv4)
            wanted.emplace(prefix + QStringLiteral("|4"), Wanted {interface, QAbstractSocket::IPv4Protocol});
        if (ipv6)
            wanted.emplace(prefix + QStringLiteral("|6"), Wanted {interface, QAbstractSocket::IPv6Protocol});
    }

    QStringList gone;
    for (const auto &entry : m_links) {
        if (!wanted.count(entry.first))
            gone.append(entry.first);
    }
    for (const QString &id : gone) {
        closeLink(id, true);
        if (!m_running)
            return; // stopped from a slot
    }
    for (const auto &[id, want] : wanted) {
        const auto existing = m_links.find(id);
        if (existing == m_links.end())
            openLink(id, want.interface, want.protocol);
        else
            existing->second->socket->setAddressEntries(want.interface.addressEntries());
    }
    updateState();
}

void MdnsBrowser::openLink(const QString &id, const QNetworkInterface &interface,
                           QAbstractSocket::NetworkLayerProtocol protocol)
{
    auto *socket = new MdnsSocket(interface, protocol, this);
    if (m_receiveBufferBytes >= 0)
        socket->setReceiveBufferSize(m_receiveBufferBytes);
    QString error;
    if (!socket->open(&error)) {
        if (!m_failedLinks.contains(id))
            qCWarning(lcDiscovery).noquote()
                << "mDNS: cannot browse on" << interface.name() << familyName(protocol) << "-" << error;
        m_failedLinks.insert(id);
        delete socket;
        return;
    }
    m_failedLinks.remove(id);
    auto link = std::make_unique<Link>();
    link->id = id;
    link->interfaceIndex = interface.index();
    link->interfaceName = interface.name();
    link->protocol = protocol;
    link->socket = socket;
    connect(socket, &MdnsSocket::datagramReceived, this,
            [this, id](const QNetworkDatagram &datagram) { queueDatagram(id, datagram); });
    qCDebug(lcDiscovery).noquote() << "mDNS: browsing on" << link->interfaceName << familyName(protocol);
    Link &added = *link;
    m_links.emplace(id, std::move(link));
    // RFC 6762 5.2: the first query 20-120 ms after starting.
    ask(added, servicesName(), DnsType::PTR, now() + 20 + random(100), true);
    scheduleWake();
}

void MdnsBrowser::closeLink(const QString &id, bool reportRemovals)
{
    const auto found = m_links.find(id);
    if (found == m_links.end())
        return;
    Link &link = *found->second;
    for (auto it = link.instances.begin(); it != link.instances.end(); ++it) {
        if (it->reported) {
            --m_trackedServices;
            if (reportRemovals)
                Q_EMIT serviceRemoved(it->last);
            if (!m_running)
                return; // stopped from a slot: the link is retired already
        }
    }
    for (auto it = link.types.cbegin(); it != link.types.cend(); ++it)
        releaseServiceType(it.key());
    m_cachedRecords -= link.cache.size();
    link.socket->deleteLater();
    qCDebug(lcDiscovery).noquote() << "mDNS: interface gone:" << link.interfaceName
                                   << familyName(link.protocol);
    m_links.erase(found);
}

void MdnsBrowser::updateState()
{
    if (!m_running)
        return;
    if (m_links.empty())
        setState(State::Failed,
                 tr("No network interface to browse on: none is up, multicast-capable and not virtual, or "
                    "UDP port 5353 cannot be opened."));
    else
        setState(State::Browsing);
}

// --- Service types ---------------------------------------------------------------------------------------

bool MdnsBrowser::holdServiceType(const QByteArray &typeKey)
{
    auto found = m_serviceTypes.find(typeKey);
    if (found == m_serviceTypes.end()) {
        if (m_serviceTypes.size() >= kMaxServiceTypes)
            return false;
        found = m_serviceTypes.insert(typeKey, 0);
    }
    ++found.value();
    return true;
}

void MdnsBrowser::releaseServiceType(const QByteArray &typeKey)
{
    const auto found = m_serviceTypes.find(typeKey);
    if (found != m_serviceTypes.end() && --found.value() <= 0)
        m_serviceTypes.erase(found);
}

// --- Receiving -------------------------------------------------------------------------------------------

void MdnsBrowser::queueDatagram(const QString &linkId, const QNetworkDatagram &datagram)
{
    const auto found = m_links.find(linkId);
    if (!m_running || found == m_links.end())
        return;
    Link &link = *found->second;
    ++m_counters.packetsReceived;
    const qsizetype size = datagram.data().size();
    if (link.backlogBytes + size > kMaxBacklogBytes) {
        ++m_counters.backlogDrops;
        reject(QStringLiteral("datagram from %1 on %2 dropped: %3 bytes wait to be parsed already")
                   .arg(datagram.senderAddress().toString(), link.interfaceName)
                   .arg(link.backlogBytes));
        return;
    }
    link.backlog.push_back(datagram);
    link.backlogBytes += size;
    scheduleWork();
}

void MdnsBrowser::handleDatagram(Link &link, const QNetworkDatagram &datagram)
{
    if (datagram.senderPort() != kMdnsPort)
        return; // RFC 6762 6: responses come from port 5353; queries from elsewhere are not ours to answer
    const auto message = parseDnsMessage(datagram.data());
    if (!message) {
        reject(QStringLiteral("malformed packet from %1 on %2 dropped: %3")
                   .arg(datagram.senderAddress().toString(), link.interfaceName, message.error().message));
        return;
    }
    if (!message->isResponse() || message->opcode() != 0 || message->rcode() != 0)
        return; // queries (and probes) are for responders
    if (!link.socket->isFromLocalLink(datagram)) {
        reject(QStringLiteral("response from %1 on %2 dropped: not from the local link")
                   .arg(datagram.senderAddress().toString(), link.interfaceName));
        return;
    }
    for (const DnsRejectedRecord &rejected : message->rejected)
        reject(QStringLiteral("%1 %2 from %3 on %4 rejected: %5")
                   .arg(dnsTypeName(rejected.type), dnsNameText(rejected.name),
                        datagram.senderAddress().toString(), link.interfaceName, rejected.error.message));

    // Types first, then instances, then their data, then addresses: each step then finds what the
    // earlier ones of the same packet introduced.
    QList<const DnsRecord *> records;
    for (const QList<DnsRecord> *section : {&message->answers, &message->additionals}) {
        for (const DnsRecord &record : *section)
            records.append(&record);
    }
    if (records.size() > kMaxRecordsPerPacket) {
        reject(QStringLiteral("%1 records in one packet from %2 on %3: only the first %4 are used")
                   .arg(records.size())
                   .arg(datagram.senderAddress().toString(), link.interfaceName)
                   .arg(kMaxRecordsPerPacket));
        records.resize(kMaxRecordsPerPacket);
    }
    const auto stage = [](const DnsRecord *record) {
        switch (record->type) {
        case DnsType::PTR:
            return dnsNameEquals(record->name, servicesName()) ? 0 : 1;
        case DnsType::SRV:
        case DnsType::TXT:
            return 2;
        default:
            return 3;
        }
    };
    std::stable_sort(records.begin(), records.end(),
                     [&stage](const DnsRecord *a, const DnsRecord *b) { return stage(a) < stage(b); });
    const qint64 t = now();
    for (const DnsRecord *record : records) {
        if (!m_recordFilter || m_recordFilter(*record))
            acceptRecord(link, *record, t);
    }
    // The services these records complete are evaluated in doWork(), in this turn or a later one.
}

void MdnsBrowser::acceptRecord(Link &link, const DnsRecord &record, qint64 t)
{
    if (record.rrclass != kDnsClassIn)
        return;
    switch (record.type) {
    case DnsType::PTR:
        if (dnsNameEquals(record.name, servicesName()))
            acceptServiceType(link, record, t);
        else
            acceptInstancePointer(link, record, t);
        return;
    case DnsType::SRV:
    case DnsType::TXT:
        acceptInstanceRecord(link, record, t);
        return;
    case DnsType::A:
    case DnsType::AAAA:
        acceptAddress(link, record, t);
        return;
    default:
        return; // NSEC and others: nothing a browser needs
    }
}

MdnsCache::InsertResult MdnsBrowser::insertIntoCache(Link &link, const DnsRecord &record, qint64 t)
{
    link.cache.setMaxRecords(link.cache.size() + std::max(0, kMaxCachedRecords - m_cachedRecords));
    const MdnsCache::InsertResult result = link.cache.insert(record, t, random(21));
    if (result == MdnsCache::InsertResult::Added)
        ++m_cachedRecords;
    else if (result == MdnsCache::InsertResult::Full)
        reject(QStringLiteral("%1 %2 on %3 dropped: the cache holds %4 records already")
                   .arg(dnsTypeName(record.type), dnsNameText(record.name), link.interfaceName)
                   .arg(kMaxCachedRecords));
    return result;
}

void MdnsBrowser::acceptServiceType(Link &link, const DnsRecord &record, qint64 t)
{
    if (!isServiceTypeName(record.target)) {
        reject(QStringLiteral("service type %1 on %2 rejected: not of the form _name._tcp.local or "
                              "_name._udp.local")
                   .arg(dnsNameText(record.target), link.interfaceName));
        return;
    }
    const QByteArray typeKey = dnsNameKey(record.target);
    if (!link.types.contains(typeKey)) {
        if (record.ttl == 0)
            return; // a goodbye for a type we never browsed
        if (!holdServiceType(typeKey)) {
            reject(QStringLiteral("service type %1 on %2 ignored: %3 types are browsed already")
                       .arg(dnsNameText(record.target), link.interfaceName)
                       .arg(kMaxServiceTypes));
            return;
        }
        link.types.insert(typeKey, record.target);
        noteActivity();
        ask(link, record.target, DnsType::PTR, t + 20 + random(100), true);
    }
    insertIntoCache(link, record, t);
}

void MdnsBrowser::acceptInstancePointer(Link &link, const DnsRecord &record, qint64 t)
{
    const QByteArray typeKey = dnsNameKey(record.name);
    if (!link.types.contains(typeKey))
        return; // a type we do not browse (or a subtype)
    const DnsName &target = record.target;
    if (target.size() != record.name.size() + 1 || !dnsNameEndsWith(target, record.name)) {
        reject(QStringLiteral("PTR %1 -> %2 on %3 rejected: not an instance of that type")
                   .arg(dnsNameText(record.name), dnsNameText(target), link.interfaceName));
        return;
    }
    const auto instanceName = dnsLabelText(target.first());
    if (!instanceName) {
        reject(QStringLiteral("instance %1 on %2 rejected: %3")
                   .arg(dnsNameText(target), link.interfaceName, instanceName.error().message));
        return;
    }
    const MdnsCache::InsertResult result = insertIntoCache(link, record, t);
    if (result != MdnsCache::InsertResult::Added && result != MdnsCache::InsertResult::Refreshed)
        return;
    const QByteArray instanceKey = dnsNameKey(target);
    if (!link.instances.contains(instanceKey)) {
        Instance instance;
        instance.name = target;
        instance.typeKey = typeKey;
        instance.key.name = instanceName.value();
        instance.key.type = QString::fromLatin1(record.name[0].toLower() + '.' + record.name[1].toLower());
        instance.key.domain = QStringLiteral("local");
        link.instances.insert(instanceKey, std::move(instance));
        noteActivity();
    }
    markDirty(link, instanceKey);
}

void MdnsBrowser::acceptInstanceRecord(Link &link, const DnsRecord &record, qint64 t)
{
    if (record.name.size() < 4 || !link.types.contains(dnsNameKey(record.name.sliced(1))))
        return; // not an instance of a type we browse
    if (record.type == DnsType::SRV && !isValidHostName(record.target)) {
        reject(QStringLiteral("SRV %1 on %2 rejected: its target %3 is not a valid host name")
                   .arg(dnsNameText(record.name), link.interfaceName, dnsNameText(record.target)));
        return;
    }
    const MdnsCache::InsertResult result = insertIntoCache(link, record, t);
    if (result != MdnsCache::InsertResult::Added)
        return;
    if (record.type == DnsType::TXT) {
        QStringList rejected;
        parseTxtStrings(record.txt, &rejected);
        for (const QString &message : rejected)
            reject(QStringLiteral("TXT %1 on %2: %3")
                       .arg(dnsNameText(record.name), link.interfaceName, message));
    }
    const QByteArray instanceKey = dnsNameKey(record.name);
    if (link.instances.contains(instanceKey))
        markDirty(link, instanceKey);
}

void MdnsBrowser::acceptAddress(Link &link, const DnsRecord &record, qint64 t)
{
    const QByteArray hostKey = dnsNameKey(record.name);
    if (!link.hostInstances.contains(hostKey)) {
        // Kept aside, bounded, for a service that may point to this host soon (a host's address is often
        // announced before its services).
        link.spareAddresses.insert(record, t);
        return;
    }
    const MdnsCache::InsertResult result = insertIntoCache(link, record, t);
    if (result == MdnsCache::InsertResult::Added)
        markHostDirty(link, hostKey);
}

void MdnsBrowser::markDirty(Link &link, const QByteArray &instanceKey)
{
    if (link.dirty.contains(instanceKey))
        return;
    link.dirty.insert(instanceKey);
    link.dirtyOrder.push_back(instanceKey);
    scheduleWork();
}

void MdnsBrowser::markHostDirty(Link &link, const QByteArray &hostKey)
{
    const auto found = link.hostInstances.constFind(hostKey);
    if (found == link.hostInstances.constEnd())
        return;
    for (const QByteArray &instanceKey : *found)
        markDirty(link, instanceKey);
}

// --- Resolving -------------------------------------------------------------------------------------------

void MdnsBrowser::scheduleWork()
{
    // A zero timer, not a posted event: Qt's event dispatchers run timers only once no posted event is
    // waiting, so a chain of posted events would keep the application's own timers from running until the
    // whole burst is handled.
    if (m_running && !m_workTimer.isActive())
        m_workTimer.start(0);
}

bool MdnsBrowser::hasWork() const
{
    for (const auto &entry : m_links) {
        if (!entry.second->backlog.empty() || !entry.second->dirtyOrder.empty())
            return true;
    }
    return false;
}

void MdnsBrowser::doWork()
{
    if (!m_running || m_links.empty())
        return;
    const quint64 generation = m_generation;
    QElapsedTimer turn;
    turn.start();
    constexpr qint64 budgetNs = qint64(kWorkBudgetUs) * 1000;
    int evaluations = 0;
    // One step per link in turn (a service to evaluate, oldest first, else a datagram to parse), starting
    // from another link each turn, until the budget is spent.
    std::vector<Link *> links;
    links.reserve(m_links.size());
    for (auto &entry : m_links)
        links.push_back(entry.second.get());
    std::rotate(links.begin(), links.begin() + std::ptrdiff_t(m_workRotation++ % links.size()), links.end());
    bool progress = true;
    while (progress && turn.nsecsElapsed() < budgetNs) {
        progress = false;
        for (Link *link : links) {
            if (!link->dirtyOrder.empty() && evaluations < kMaxEvaluationsPerTurn) {
                const QByteArray instanceKey = std::move(link->dirtyOrder.front());
                link->dirtyOrder.pop_front();
                link->dirty.remove(instanceKey);
                ++evaluations;
                evaluate(*link, instanceKey, now());
            } else if (!link->backlog.empty()) {
                const QNetworkDatagram datagram = std::move(link->backlog.front());
                link->backlog.pop_front();
                link->backlogBytes -= datagram.data().size();
                handleDatagram(*link, datagram);
            } else {
                continue;
            }
            if (!m_running || generation != m_generation)
                return; // stopped from a slot: the links are retired
            progress = true;
            if (turn.nsecsElapsed() >= budgetNs)
                break;
        }
    }
    if (hasWork())
        scheduleWork(); // after the event loop has run
    scheduleWake(); // the evaluations may have asked questions
}

void MdnsBrowser::setInstanceHost(Link &link, Instance &instance, const QByteArray &instanceKey,
                                  const QByteArray &hostKey, qint64 t)
{
    if (!instance.hostKey.isEmpty()) {
        const auto old = link.hostInstances.find(instance.hostKey);
        if (old != link.hostInstances.end()) {
            old->remove(instanceKey);
            if (old->isEmpty()) {
                link.hostInstances.erase(old);
                forget(link, instance.hostKey, link.addressType());
            }
        }
    }
    instance.hostKey = hostKey;
    if (hostKey.isEmpty())
        return;
    auto host = link.hostInstances.find(hostKey);
    if (host != link.hostInstances.end()) {
        host->insert(instanceKey);
        return;
    }
    link.hostInstances.insert(hostKey, QSet<QByteArray> {instanceKey});
    // The host is needed now: addresses kept aside move into the cache with the TTL they have left.
    for (const quint16 type : {quint16(DnsType::A), quint16(DnsType::AAAA)}) {
        const MdnsCache::RecordSet *spare = link.spareAddresses.find(hostKey, type);
        if (!spare)
            continue;
        const MdnsCache::RecordSet copy = *spare;
        for (const auto &[rdataKey, cached] : copy) {
            if (cached.dying || cached.expiresMs - t < 1000)
                continue;
            DnsRecord record = cached.record;
            record.ttl = static_cast<quint32>((cached.expiresMs - t) / 1000);
            record.cacheFlush = false;
            insertIntoCache(link, record, t);
        }
    }
}

void MdnsBrowser::evaluate(Link &link, const QByteArray &instanceKey, qint64 t)
{
    const auto found = link.instances.find(instanceKey);
    if (found == link.instances.end()) {
        link.unresolved.remove(instanceKey);
        return;
    }
    Instance &instance = *found;
    const MdnsCache::RecordSet *pointers = link.cache.find(instance.typeKey, DnsType::PTR);
    const auto pointer = pointers ? pointers->find(instanceKey) : MdnsCache::RecordSet::const_iterator();
    if (!pointers || pointer == pointers->end()) {
        dropInstance(link, instanceKey, true);
        return;
    }

    const qint64 pointerReceivedMs = pointer->second.receivedMs;

    // Records live in the nodes of the cache's maps: these pointers stay valid while setInstanceHost()
    // moves addresses into the cache (only the sets' table may move).
    const MdnsCachedRecord *srv = link.cache.newest(instanceKey, DnsType::SRV);
    const MdnsCachedRecord *txt = link.cache.newest(instanceKey, DnsType::TXT);
    const QByteArray hostKey = srv ? dnsNameKey(srv->record.target) : QByteArray();
    if (hostKey != instance.hostKey)
        setInstanceHost(link, instance, instanceKey, hostKey, t);

    // Addresses: the live ones, or while a host says goodbye the dying ones for their last second.
    QList<QHostAddress> addresses;
    const qint64 lastReceivedMs =
        std::max({pointerReceivedMs, srv ? srv->receivedMs : 0, txt ? txt->receivedMs : 0});
    if (srv) {
        for (const bool dying : {false, true}) {
            for (const quint16 type : {quint16(DnsType::A), quint16(DnsType::AAAA)}) {
                const MdnsCache::RecordSet *set = link.cache.find(hostKey, type);
                if (!set)
                    continue;
                for (const auto &[rdataKey, cached] : *set) {
                    if (cached.dying != dying || addresses.size() >= kMaxAddressesPerService)
                        continue;
                    QHostAddress address = cached.record.address;
                    if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal())
                        address.setScopeId(link.interfaceName);
                    if (!addresses.contains(address))
                        addresses.append(address);
                }
            }
            if (!addresses.isEmpty())
                break;
        }
        std::sort(addresses.begin(), addresses.end(), [](const QHostAddress &a, const QHostAddress &b) {
            if (a.protocol() != b.protocol())
                return a.protocol() == QAbstractSocket::IPv4Protocol;
            return a.toString() < b.toString();
        });
    }

    // Ask for what is missing (the questions go on with back-off until answered), forget what came.
    if (srv)
        forget(link, instanceKey, DnsType::SRV);
    else
        ask(link, instance.name, DnsType::SRV, t + kAggregateMs, true, false);
    if (txt)
        forget(link, instanceKey, DnsType::TXT);
    else
        ask(link, instance.name, DnsType::TXT, t + kAggregateMs, true, false);
    if (srv) {
        if (addresses.isEmpty())
            ask(link, srv->record.target, link.addressType(), t + kAggregateMs, true, false);
        else
            forget(link, hostKey, link.addressType());
    }

    if (!srv || !txt || addresses.isEmpty()) {
        if (instance.reported) {
            if (instance.unresolvedSinceMs < 0) {
                instance.unresolvedSinceMs = t;
                link.unresolved.insert(instanceKey);
            } else if (t - instance.unresolvedSinceMs >= kUnresolvedGraceMs) {
                instance.reported = false;
                instance.unresolvedSinceMs = -1;
                link.unresolved.remove(instanceKey);
                --m_trackedServices;
                Q_EMIT serviceRemoved(instance.last);
            }
        }
        return;
    }

    DiscoveredService service;
    service.key = instance.key;
    service.hostName = dnsNameText(srv->record.target);
    service.addresses = addresses;
    service.port = srv->record.port;
    service.txt = parseTxtStrings(txt->record.txt).value(); // at most kMaxTxtBytes: the parser checked
    service.interfaceIndex = link.interfaceIndex;
    service.interfaceName = link.interfaceName;
    service.protocol = link.protocol;
    service.lastSeen = m_clockStartUtc.addMSecs(lastReceivedMs);
    instance.unresolvedSinceMs = -1;
    link.unresolved.remove(instanceKey);

    if (!instance.reported) {
        if (m_trackedServices >= kMaxTrackedServices) {
            if (!instance.overLimitLogged)
                reject(QStringLiteral("service %1 on %2 not reported: %3 services are tracked already")
                           .arg(dnsNameText(instance.name), link.interfaceName)
                           .arg(kMaxTrackedServices));
            instance.overLimitLogged = true;
            return;
        }
        instance.reported = true;
        instance.last = service;
        ++m_trackedServices;
        noteActivity();
        Q_EMIT serviceAdded(service);
        return;
    }
    const bool changed = !sameObservation(service, instance.last);
    instance.last = service;
    if (changed)
        Q_EMIT serviceUpdated(service);
}

void MdnsBrowser::dropInstance(Link &link, const QByteArray &instanceKey, bool reportRemoval)
{
    const auto found = link.instances.find(instanceKey);
    if (found == link.instances.end())
        return;
    setInstanceHost(link, *found, instanceKey, QByteArray(), 0);
    forget(link, instanceKey, DnsType::SRV);
    forget(link, instanceKey, DnsType::TXT);
    link.unresolved.remove(instanceKey);
    const bool reported = found->reported;
    const DiscoveredService last = found->last;
    link.instances.erase(found);
    if (reported) {
        --m_trackedServices;
        if (reportRemoval)
            Q_EMIT serviceRemoved(last);
    }
}

// --- Querying --------------------------------------------------------------------------------------------

void MdnsBrowser::ask(Link &link, const DnsName &name, quint16 type, qint64 dueMs, bool continuous,
                      bool sooner)
{
    const QByteArray ownerKey = dnsNameKey(name);
    const QByteArray key = MdnsCache::setKey(ownerKey, type);
    auto found = link.questions.find(key);
    if (found == link.questions.end()) {
        Question question;
        question.name = name;
        question.ownerKey = ownerKey;
        question.type = type;
        question.dueMs = dueMs;
        question.continuous = continuous;
        link.questions.insert(key, std::move(question));
    } else {
        if (!sooner)
            return; // already asked: its back-off goes on
        found->dueMs = std::min(found->dueMs, dueMs);
        found->continuous = found->continuous || continuous;
    }
    link.nextQuestionMs = std::min(link.nextQuestionMs, dueMs);
}

void MdnsBrowser::forget(Link &link, const QByteArray &ownerKey, quint16 type)
{
    link.questions.remove(MdnsCache::setKey(ownerKey, type));
}

void MdnsBrowser::sendDue(Link &link, qint64 t)
{
    if (t + kAggregateMs < link.nextQuestionMs)
        return;
    QList<DnsQuestion> questions;
    QList<DnsRecord> knownAnswers;
    qint64 next = kNever;
    for (auto it = link.questions.begin(); it != link.questions.end();) {
        if (it->dueMs > t + kAggregateMs) {
            next = std::min(next, it->dueMs);
            ++it;
            continue;
        }
        if (questions.size() >= kMaxQuestionsPerRound) {
            next = std::min(next, t + kRoundSpacingMs); // the rest in the next round
            ++it;
            continue;
        }
        questions.append(DnsQuestion {it->name, it->type, kDnsClassIn, false});
        knownAnswers.append(link.cache.knownAnswers(it->ownerKey, it->type, t));
        if (it->continuous) {
            it->dueMs = t + it->intervalMs;
            it->intervalMs = std::min(it->intervalMs * 2, kMaxQueryIntervalMs);
            next = std::min(next, it->dueMs);
            ++it;
        } else {
            it = link.questions.erase(it);
        }
    }
    link.nextQuestionMs = next;
    if (questions.isEmpty())
        return;
    const auto packets = encodeDnsQuery(questions, knownAnswers, kMaxQueryBytes);
    if (!packets) {
        qCWarning(lcDiscovery).noquote() << "mDNS: cannot encode a query:" << packets.error().message;
        return;
    }
    for (const QByteArray &packet : packets.value()) {
        if (link.socket->send(packet))
            ++m_counters.packetsSent;
    }
}

void MdnsBrowser::handleCacheEvents(Link &link, qint64 t)
{
    const QList<MdnsCache::Event> events = link.cache.takeDue(t);
    for (const MdnsCache::Event &event : events) {
        const DnsRecord &record = event.record;
        const QByteArray ownerKey = dnsNameKey(record.name);
        if (event.kind == MdnsCache::Event::Expired) {
            --m_cachedRecords;
            switch (record.type) {
            case DnsType::PTR:
                if (link.types.contains(ownerKey))
                    markDirty(link, dnsNameKey(record.target));
                break;
            case DnsType::SRV:
            case DnsType::TXT:
                if (link.instances.contains(ownerKey))
                    markDirty(link, ownerKey);
                break;
            case DnsType::A:
            case DnsType::AAAA:
                markHostDirty(link, ownerKey);
                break;
            default:
                break;
            }
            continue;
        }
        // A refresh point: ask again if the record is still needed (RFC 6762 5.2).
        bool needed = false;
        switch (record.type) {
        case DnsType::PTR:
            needed = ownerKey == servicesKey()
                     || (link.types.contains(ownerKey) && link.instances.contains(dnsNameKey(record.target)));
            break;
        case DnsType::SRV:
        case DnsType::TXT:
            needed = link.instances.contains(ownerKey);
            break;
        case DnsType::A:
        case DnsType::AAAA:
            needed = link.hostInstances.contains(ownerKey);
            break;
        default:
            break;
        }
        if (needed)
            ask(link, record.name, record.type, t + random(int(kAggregateMs)), false, true);
    }
    link.spareAddresses.takeDue(t); // expired spare addresses simply go
}

// --- Timers ----------------------------------------------------------------------------------------------

void MdnsBrowser::wake()
{
    if (!m_running)
        return;
    const qint64 t = now();
    for (auto &entry : m_links) {
        Link &link = *entry.second;
        handleCacheEvents(link, t);
        for (const QByteArray &instanceKey : QSet<QByteArray>(link.unresolved)) {
            const auto found = link.instances.constFind(instanceKey);
            if (found == link.instances.constEnd() || t - found->unresolvedSinceMs >= kUnresolvedGraceMs)
                markDirty(link, instanceKey); // evaluated in doWork()
        }
        sendDue(link, t);
    }
    scheduleWake();
}

void MdnsBrowser::scheduleWake()
{
    if (!m_running)
        return;
    qint64 next = kNever;
    for (auto &entry : m_links) {
        Link &link = *entry.second;
        next = std::min(
            {next, link.cache.nextEventMs(), link.spareAddresses.nextEventMs(), link.nextQuestionMs});
        for (const QByteArray &instanceKey : std::as_const(link.unresolved)) {
            const auto found = link.instances.constFind(instanceKey);
            if (found != link.instances.constEnd() && found->unresolvedSinceMs >= 0)
                next = std::min(next, found->unresolvedSinceMs + kUnresolvedGraceMs);
        }
    }
    if (next == kNever) {
        m_wakeTimer.stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(next - now(), 0, 24 * 3600 * 1000);
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > delay || m_wakeTimer.remainingTime() < 0)
        m_wakeTimer.start(int(delay));
}

void MdnsBrowser::checkAllForNow()
{
    if (!m_running || m_allForNowSent)
        return;
    const qint64 t = now();
    if (hasWork())
        noteActivity(); // responses still being parsed or services evaluated
    if (t - m_lastActivityMs < kQuietForAllForNowMs && t < kMaxAllForNowMs) {
        m_allForNowTimer.start(int(kQuietForAllForNowMs - (t - m_lastActivityMs)));
        return;
    }
    m_allForNowSent = true;
    Q_EMIT allForNow();
}

int MdnsBrowser::random(int bound)
{
    return bound <= 0 ? 0 : int(QRandomGenerator::global()->bounded(bound));
}

void MdnsBrowser::reject(const QString &message)
{
    ++m_counters.recordsRejected;
    const qint64 t = now();
    if (m_rejectWindowStartMs < 0 || t - m_rejectWindowStartMs >= kRejectWindowMs) {
        if (m_rejectsSuppressed > 0)
            qCInfo(lcDiscovery).noquote()
                << "mDNS:" << m_rejectsSuppressed << "more rejected records were not logged";
        m_rejectWindowStartMs = t;
        m_rejectLogsInWindow = 0;
        m_rejectsSuppressed = 0;
    }
    if (m_rejectLogsInWindow < kMaxRejectLogsPerWindow) {
        ++m_rejectLogsInWindow;
        qCInfo(lcDiscovery).noquote() << "mDNS:" << message;
    } else {
        ++m_rejectsSuppressed;
    }
}

} // namespace Cloudy::Discovery
