// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

// DNS messages as Multicast DNS uses them (RFC 1035, RFC 6762): pure functions from bytes to values and
// back, shared by MdnsBrowser, the unit tests and the fuzzer. Nothing here touches the network.
//
// Names are kept as their labels, as bytes: a DNS-SD instance label may hold dots, spaces and any UTF-8
// ("Gràcia Tahoe — ñ"), so text is made only where a name must be text (dnsLabelText, dnsNameText).
namespace Cloudy::Discovery {

using DnsName = QList<QByteArray>;

inline constexpr int kMaxDnsLabelBytes = 63;
inline constexpr int kMaxDnsNameBytes = 255; // wire length: labels with their length bytes, plus the root
inline constexpr int kMaxDnsMessageBytes = 65535;

namespace DnsType {
enum : quint16
{
    A = 1,
    PTR = 12,
    HINFO = 13,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    NSEC = 47,
    ANY = 255,
};
} // namespace DnsType

inline constexpr quint16 kDnsClassIn = 1;
// The top bit of a question's class asks for a unicast response (QU, RFC 6762 5.4); the top bit of a
// record's class is the cache-flush bit (RFC 6762 10.2). Both are split off into flags when parsed.
inline constexpr quint16 kDnsClassTopBit = 0x8000;

// Header flags (the 16 bits after the id).
namespace DnsFlag {
enum : quint16
{
    Response = 0x8000, // QR
    Authoritative = 0x0400, // AA
    Truncated = 0x0200, // TC: more known answers follow (RFC 6762 7.2)
};
} // namespace DnsFlag

struct DnsQuestion
{
    DnsName name;
    quint16 type = DnsType::PTR;
    quint16 qclass = kDnsClassIn; // without the QU bit
    bool unicastResponse = false; // QU

    friend bool operator==(const DnsQuestion &, const DnsQuestion &) = default;
};

struct DnsRecord
{
    DnsName name;
    quint16 type = 0;
    quint16 rrclass = kDnsClassIn; // without the cache-flush bit
    bool cacheFlush = false;
    quint32 ttl = 0; // seconds; 0 in a response is a goodbye (RFC 6762 10.1)

    // The data, decoded by type. Fields of other types stay empty.
    DnsName target; // PTR: the name pointed to; SRV: the target host
    quint16 priority = 0; // SRV
    quint16 weight = 0; // SRV
    quint16 port = 0; // SRV
    QList<QByteArray> txt; // TXT: its strings (at most kMaxTxtBytes in all)
    QHostAddress address; // A, AAAA
    DnsName nextName; // NSEC
    QList<quint16> nsecTypes; // NSEC: the types in its bitmap, ascending
    QByteArray rdata; // any other type: the data as it came (names in it may be compressed)

    friend bool operator==(const DnsRecord &, const DnsRecord &) = default;
};

enum class DnsSection
{
    Answer,
    Authority,
    Additional
};

// A record that could be read past but not understood (e.g. an A record of 5 bytes, a TXT string
// running past its record): the rest of the message is still used.
struct DnsRejectedRecord
{
    DnsSection section = DnsSection::Answer;
    DnsName name;
    quint16 type = 0;
    Error error;
};

struct DnsMessage
{
    quint16 id = 0; // 0 in Multicast DNS
    quint16 flags = 0;
    QList<DnsQuestion> questions;
    QList<DnsRecord> answers;
    QList<DnsRecord> authorities; // in mDNS only probes use it
    QList<DnsRecord> additionals;
    QList<DnsRejectedRecord> rejected; // filled by parseDnsMessage only

    bool isResponse() const { return flags & DnsFlag::Response; }
    bool isTruncated() const { return flags & DnsFlag::Truncated; }
    int opcode() const { return (flags >> 11) & 0xf; }
    int rcode() const { return flags & 0xf; }
};

// Parses a whole message. An error (with a stable code: "dns-truncated", "dns-bad-pointer",
// "dns-name-loop", "dns-bad-label", "dns-name-too-long", "dns-too-large") when its structure cannot be
// followed: the header or a record running past the end, a compression pointer that does not point before
// the name it continues (so no loop is possible) or more than 127 of them in one name, a name longer than
// 255 bytes, a reserved label type. Bytes after the last record are ignored. Data of a known type that does
// not fit its type is a DnsRejectedRecord instead. Work and memory are linear in the size of `packet`,
// whatever the header's counts claim.
Result<DnsMessage> parseDnsMessage(QByteArrayView packet);

struct DnsEncodeOptions
{
    bool compress = true; // name compression (RFC 1035 4.1.4)
    int maxBytes = kMaxDnsMessageBytes;
};

// Encodes a message. An error when a label is empty or longer than 63 bytes, a name longer than 255 bytes,
// a TXT string longer than 255 bytes, an address of the wrong family, or the result longer than maxBytes.
Result<QByteArray> encodeDnsMessage(const DnsMessage &message, const DnsEncodeOptions &options = {});

// A query as RFC 6762 7.2 sends it: the questions, then the known answers; when they do not fit in
// maxBytes, the packet gets the TC bit and the remaining known answers follow in more packets without
// questions. Known answers that cannot be encoded, or alone do not fit in a packet, are left out.
Result<QList<QByteArray>> encodeDnsQuery(const QList<DnsQuestion> &questions,
                                         const QList<DnsRecord> &knownAnswers, int maxBytes = 1440);

// --- Names ---------------------------------------------------------------------------------------------

// "_http._tcp.local" or "mc1.local." to labels, split at every dot: for types and host names, which
// have no dot inside a label. An error for an empty or oversized label or name.
Result<DnsName> dnsNameFromDotted(QByteArrayView dotted);
// The name as one line for logs and host names: labels joined with '.', a '.' or '\' inside a label
// escaped with '\', bytes that are not printable or not UTF-8 as \DDD (RFC 1035 5.1).
QString dnsNameText(const DnsName &name);
// A label as text (an instance name, a host label): an error unless valid UTF-8 without NUL.
Result<QString> dnsLabelText(const QByteArray &label);
// Case-insensitive (ASCII only, RFC 4343) comparison and a matching hash key: the wire form, lowercased.
bool dnsNameEquals(const DnsName &a, const DnsName &b);
QByteArray dnsNameKey(const DnsName &name);
// True when `name` ends with the labels of `suffix` (case-insensitive).
bool dnsNameEndsWith(const DnsName &name, const DnsName &suffix);
// The wire length of a name (labels with length bytes, plus the root byte).
int dnsNameWireLength(const DnsName &name);
// The record's data in canonical form (names uncompressed, lowercased): two records with the same owner,
// type and class are the same record when these are equal (used to merge duplicates in a cache).
QByteArray dnsRdataKey(const DnsRecord &record);

QString dnsTypeName(quint16 type); // "PTR", "TYPE65"

} // namespace Cloudy::Discovery
