// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DnsMessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <queue>

#include <limits>
#include <unordered_map>
#include <vector>

namespace Cloudy::Discovery {

// A record in an MdnsCache.
struct MdnsCachedRecord
{
    DnsRecord record; // as last received; record.ttl is the TTL it came with (clamped)
    qint64 receivedMs = 0; // when it was last received
    qint64 expiresMs = 0; // when it leaves the cache
    int refreshesDone = 0; // refresh points (80, 85, 90, 95 % of the TTL) passed since receivedMs
    int jitterPermille = 0; // 0-20: the refresh points' random 0-2 % (RFC 6762 5.2)
    bool dying = false; // a goodbye or flushed: leaves within a second, never a known answer
    qint64 scheduledMs = std::numeric_limits<qint64>::max(); // the live timer entry for this record
};

// The Multicast DNS record cache of one interface and address family (RFC 6762 5.2, 10): a pure object
// driven by the caller's clock (milliseconds), so it is tested offline.
//
// - A record is identified by owner name (case-insensitive), type and data; the same record received
//   again (several responders, several packets) refreshes the one entry.
// - TTL 0 (a goodbye) keeps the record for one more second (10.1).
// - The cache-flush bit marks the other records of the set received more than a second ago as dying:
//   they leave a second later (10.2).
// - takeDue() removes expired records and reports the refresh points at 80, 85, 90 and 95 % of a
//   record's TTL (plus 0-2 % jitter), when a querier asks again for records it still needs.
// - At most maxRecords records; an insert beyond that is refused. TTLs are clamped to kMaxTtlSeconds so
//   a hostile TTL cannot pin a record. Timer bookkeeping is a heap, O(log n) per change.
class MdnsCache
{
public:
    static constexpr quint32 kMaxTtlSeconds = 3 * 3600;

    enum class InsertResult
    {
        Added, // a new record
        Refreshed, // the same record again (its TTL restarts; a dying record comes back)
        Goodbye, // a known record with TTL 0: it leaves in a second
        Ignored, // a goodbye for a record the cache does not hold
        Full, // refused: the cache holds maxRecords records
    };

    struct Event
    {
        enum Kind
        {
            Expired, // left the cache
            Refresh, // reached a refresh point: ask for it again if still needed
        };
        Kind kind = Expired;
        DnsRecord record;
    };

    struct KeyHash
    {
        size_t operator()(const QByteArray &key) const { return qHash(key); }
    };
    // dnsRdataKey -> record. A node-based map, not QHash: most sets hold one or two records, and a QHash
    // allocates storage for dozens of entries at once (kilobytes per set).
    using RecordSet = std::unordered_map<QByteArray, MdnsCachedRecord, KeyHash>;

    explicit MdnsCache(int maxRecords = 16384);

    // `randomPermille` (0-20) is the refresh jitter for this record; the caller passes a random value.
    InsertResult insert(const DnsRecord &record, qint64 nowMs, int randomPermille = 0);

    // The records with this owner (dnsNameKey) and type, or nullptr.
    const RecordSet *find(const QByteArray &ownerKey, quint16 type) const;
    // The most recently received of them (a replaced TXT or SRV loses to its successor), or nullptr.
    const MdnsCachedRecord *newest(const QByteArray &ownerKey, quint16 type) const;

    // Known answers for a question (RFC 6762 7.1): records of the set that are not dying and have more
    // than half their TTL left, with the TTL they have left.
    QList<DnsRecord> knownAnswers(const QByteArray &ownerKey, quint16 type, qint64 nowMs) const;

    // When takeDue() next has something to do (max() when empty).
    qint64 nextEventMs();
    QList<Event> takeDue(qint64 nowMs);

    int size() const { return m_size; }
    // Timer entries held, live and stale (for tests: stays below 2 * size() + 1024).
    qsizetype timerCount() const { return qsizetype(m_timers.size()); }
    int maxRecords() const { return m_maxRecords; }
    // Later inserts of new records are refused beyond this (records already held stay).
    void setMaxRecords(int maxRecords) { m_maxRecords = maxRecords; }
    void clear();

    static QByteArray setKey(const QByteArray &ownerKey, quint16 type);

private:
    struct Timer
    {
        qint64 when;
        QByteArray setKey;
        QByteArray rdataKey;
        bool operator>(const Timer &other) const { return when > other.when; }
    };

    static qint64 nextEventOf(const MdnsCachedRecord &record);
    void schedule(const QByteArray &setKey, const QByteArray &rdataKey, MdnsCachedRecord &record);
    void markDying(const QByteArray &setKey, const QByteArray &rdataKey, MdnsCachedRecord &record,
                   qint64 nowMs);
    void compactTimers();

    QHash<QByteArray, RecordSet> m_sets; // setKey -> records
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    int m_size = 0;
    int m_maxRecords;
};

} // namespace Cloudy::Discovery
