// SPDX-License-Identifier: GPL-3.0-or-later
#include "MdnsCache.h"

#include <algorithm>

namespace Cloudy::Discovery {

namespace {

constexpr qint64 kDyingMs = 1000; // goodbye and cache-flush: one second (RFC 6762 10.1, 10.2)
constexpr int kRefreshPoints = 4; // 80, 85, 90, 95 %

qint64 refreshPointMs(const MdnsCachedRecord &record, int point)
{
    const qint64 ttlMs = qint64(record.record.ttl) * 1000;
    return record.receivedMs + ttlMs * (800 + 50 * point + record.jitterPermille) / 1000;
}

} // namespace

MdnsCache::MdnsCache(int maxRecords)
    : m_maxRecords(maxRecords)
{ }

QByteArray MdnsCache::setKey(const QByteArray &ownerKey, quint16 type)
{
    QByteArray key;
    key.reserve(ownerKey.size() + 2);
    key.append(static_cast<char>(type >> 8)).append(static_cast<char>(type & 0xff)).append(ownerKey);
    return key;
}

qint64 MdnsCache::nextEventOf(const MdnsCachedRecord &record)
{
    if (record.dying || record.refreshesDone >= kRefreshPoints)
        return record.expiresMs;
    return std::min(record.expiresMs, refreshPointMs(record, record.refreshesDone));
}

void MdnsCache::schedule(const QByteArray &setKey, const QByteArray &rdataKey, MdnsCachedRecord &record)
{
    // Only an earlier event needs a new timer: a timer that fires too early finds nothing due and
    // reschedules the record, so the heap holds few stale entries.
    const qint64 next = nextEventOf(record);
    if (next < record.scheduledMs) {
        record.scheduledMs = next;
        m_timers.push(Timer {next, setKey, rdataKey});
        compactTimers();
    }
}

void MdnsCache::compactTimers()
{
    if (m_timers.size() <= size_t(2 * m_size + 1024))
        return;
    decltype(m_timers) fresh;
    for (auto set = m_sets.begin(); set != m_sets.end(); ++set) {
        for (auto &[rdataKey, record] : *set) {
            record.scheduledMs = nextEventOf(record);
            fresh.push(Timer {record.scheduledMs, set.key(), rdataKey});
        }
    }
    m_timers = std::move(fresh);
}

void MdnsCache::markDying(const QByteArray &setKey, const QByteArray &rdataKey, MdnsCachedRecord &record,
                          qint64 nowMs)
{
    record.dying = true;
    record.expiresMs = std::min(record.expiresMs, nowMs + kDyingMs);
    schedule(setKey, rdataKey, record);
}

MdnsCache::InsertResult MdnsCache::insert(const DnsRecord &record, qint64 nowMs, int randomPermille)
{
    const QByteArray key = setKey(dnsNameKey(record.name), record.type);
    const QByteArray rdataKey = dnsRdataKey(record);
    auto set = m_sets.find(key);

    if (record.ttl == 0) {
        if (set == m_sets.end())
            return InsertResult::Ignored;
        const auto existing = set->find(rdataKey);
        if (existing == set->end())
            return InsertResult::Ignored;
        markDying(key, rdataKey, existing->second, nowMs);
        return InsertResult::Goodbye;
    }

    if (set != m_sets.end() && record.cacheFlush) {
        for (auto &[otherKey, other] : *set) {
            if (otherKey != rdataKey && !other.dying && other.receivedMs < nowMs - kDyingMs)
                markDying(key, otherKey, other, nowMs);
        }
    }

    MdnsCachedRecord *entry = nullptr;
    InsertResult result = InsertResult::Refreshed;
    if (set != m_sets.end()) {
        const auto existing = set->find(rdataKey);
        if (existing != set->end())
            entry = &existing->second;
    }
    if (!entry) {
        if (m_size >= m_maxRecords)
            return InsertResult::Full;
        if (set == m_sets.end())
            set = m_sets.insert(key, RecordSet());
        entry = &set->emplace(rdataKey, MdnsCachedRecord()).first->second;
        ++m_size;
        result = InsertResult::Added;
    }
    entry->record = record;
    entry->record.ttl = std::min(record.ttl, kMaxTtlSeconds);
    entry->receivedMs = nowMs;
    entry->expiresMs = nowMs + qint64(entry->record.ttl) * 1000;
    entry->refreshesDone = 0;
    entry->jitterPermille = std::clamp(randomPermille, 0, 20);
    entry->dying = false;
    schedule(key, rdataKey, *entry);
    return result;
}

const MdnsCache::RecordSet *MdnsCache::find(const QByteArray &ownerKey, quint16 type) const
{
    const auto set = m_sets.constFind(setKey(ownerKey, type));
    return set == m_sets.constEnd() ? nullptr : &*set;
}

const MdnsCachedRecord *MdnsCache::newest(const QByteArray &ownerKey, quint16 type) const
{
    const RecordSet *set = find(ownerKey, type);
    if (!set)
        return nullptr;
    const MdnsCachedRecord *best = nullptr;
    for (const auto &[rdataKey, record] : *set) {
        if (!best || record.receivedMs > best->receivedMs
            || (record.receivedMs == best->receivedMs && best->dying && !record.dying))
            best = &record;
    }
    return best;
}

QList<DnsRecord> MdnsCache::knownAnswers(const QByteArray &ownerKey, quint16 type, qint64 nowMs) const
{
    QList<DnsRecord> answers;
    const RecordSet *set = find(ownerKey, type);
    if (!set)
        return answers;
    for (const auto &[rdataKey, record] : *set) {
        const qint64 leftMs = record.expiresMs - nowMs;
        if (record.dying || leftMs * 2 <= qint64(record.record.ttl) * 1000)
            continue;
        DnsRecord answer = record.record;
        answer.ttl = static_cast<quint32>(leftMs / 1000);
        answer.cacheFlush = false; // a known answer carries no cache-flush bit
        answers.append(std::move(answer));
    }
    return answers;
}

qint64 MdnsCache::nextEventMs()
{
    // Drop stale timers on top so the answer is the next real event.
    while (!m_timers.empty()) {
        const Timer &top = m_timers.top();
        const auto set = m_sets.constFind(top.setKey);
        if (set != m_sets.constEnd()) {
            const auto record = set->find(top.rdataKey);
            if (record != set->end() && record->second.scheduledMs == top.when)
                return top.when;
        }
        m_timers.pop();
    }
    return std::numeric_limits<qint64>::max();
}

QList<MdnsCache::Event> MdnsCache::takeDue(qint64 nowMs)
{
    QList<Event> events;
    while (!m_timers.empty() && m_timers.top().when <= nowMs) {
        const Timer timer = m_timers.top();
        m_timers.pop();
        const auto set = m_sets.find(timer.setKey);
        if (set == m_sets.end())
            continue;
        const auto it = set->find(timer.rdataKey);
        if (it == set->end() || it->second.scheduledMs != timer.when)
            continue; // stale: the record left or has an earlier timer
        MdnsCachedRecord &record = it->second;
        record.scheduledMs = std::numeric_limits<qint64>::max();
        if (nowMs >= record.expiresMs) {
            events.append(Event {Event::Expired, std::move(record.record)});
            set->erase(it);
            --m_size;
            if (set->empty())
                m_sets.erase(set);
            continue;
        }
        bool refresh = false;
        while (!record.dying && record.refreshesDone < kRefreshPoints
               && nowMs >= refreshPointMs(record, record.refreshesDone)) {
            ++record.refreshesDone;
            refresh = true;
        }
        if (refresh)
            events.append(Event {Event::Refresh, record.record});
        schedule(timer.setKey, timer.rdataKey, record);
    }
    return events;
}

void MdnsCache::clear()
{
    m_sets.clear();
    m_timers = {};
    m_size = 0;
}

} // namespace Cloudy::Discovery
