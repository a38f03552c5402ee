// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsMessage.h"

#include "TxtRecord.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>

namespace Cloudy::Discovery {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Discovery)
};

Error truncatedError(const char *what)
{
    return Error {QStringLiteral("dns-truncated"),
                  Tr::tr("The DNS message ends in the middle of %1.").arg(QLatin1String(what))};
}

// A compressed name may take at most this many pointer jumps. Legal compression needs at most one per
// label (a 255-byte name has at most 127 labels); the limit keeps chains of pointers to pointers from
// making parsing quadratic.
constexpr int kMaxPointerJumps = 127;

// Reads big-endian numbers and names from a message; every read checks its bounds.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    { }

    qsizetype size() const { return m_data.size(); }
    QByteArrayView data() const { return m_data; }

    quint8 u8(qsizetype at) const { return static_cast<quint8>(m_data[at]); }
    quint16 u16(qsizetype at) const { return static_cast<quint16>((u8(at) << 8) | u8(at + 1)); }
    quint32 u32(qsizetype at) const
    {
        return (static_cast<quint32>(u16(at)) << 16) | static_cast<quint32>(u16(at + 2));
    }

    // Reads the name at *pos whose own bytes must end before `end`; compression pointers may point
    // anywhere before the name. On success *pos is just past the name's own bytes.
    Result<DnsName> name(qsizetype *pos, qsizetype end) const
    {
        DnsName labels;
        int wireLength = 1;
        int jumps = 0;
        qsizetype cursor = *pos;
        qsizetype segmentEnd = end;
        qsizetype lowest = *pos; // every pointer must point strictly before this: no loop is possible
        bool jumped = false;
        while (true) {
            if (cursor >= segmentEnd)
                return truncatedError("a name");
            const quint8 length = u8(cursor);
            if ((length & 0xc0) == 0xc0) {
                if (cursor + 1 >= segmentEnd)
                    return truncatedError("a name");
                const qsizetype target = ((length & 0x3f) << 8) | u8(cursor + 1);
                if (target >= lowest)
                    return Error {QStringLiteral("dns-bad-pointer"),
                                  Tr::tr("A DNS name compression pointer to offset %1 does not point "
                                         "backwards (a loop or a forward reference).")
                                      .arg(target)};
                if (++jumps > kMaxPointerJumps)
                    return Error {QStringLiteral("dns-name-loop"),
                                  Tr::tr("A DNS name follows more than %1 compression pointers.")
                                      .arg(kMaxPointerJumps)};
                if (!jumped)
                    *pos = cursor + 2;
                jumped = true;
                lowest = target;
                cursor = target;
                segmentEnd = m_data.size();
                continue;
            }
            if (length & 0xc0)
                return Error {QStringLiteral("dns-bad-label"),
                              Tr::tr("A DNS name uses the reserved label type 0x%1.")
                                  .arg(length & 0xc0, 2, 16, QLatin1Char('0'))};
            if (length == 0) {
                if (!jumped)
                    *pos = cursor + 1;
                return labels;
            }
            if (cursor + 1 + length > segmentEnd)
                return truncatedError("a name");
            wireLength += length + 1;
            if (wireLength > kMaxDnsNameBytes)
                return Error {QStringLiteral("dns-name-too-long"),
                              Tr::tr("A DNS name is longer than %1 bytes.").arg(kMaxDnsNameBytes)};
            labels.append(m_data.sliced(cursor + 1, length).toByteArray());
            cursor += 1 + length;
        }
    }

private:
    QByteArrayView m_data;
};

Error rdataError(const QString &code, const QString &message)
{
    return Error {code, message};
}

// Decodes the data of `record` at [start, end). An error leaves the record to be rejected; the caller
// continues after `end`.
std::optional<Error> decodeRdata(const Reader &reader, qsizetype start, qsizetype end, DnsRecord *record)
{
    const qsizetype length = end - start;
    switch (record->type) {
    case DnsType::A:
        if (length != 4)
            return rdataError(QStringLiteral("dns-bad-address"),
                              Tr::tr("An A record has %1 bytes of data instead of 4.").arg(length));
        record->address = QHostAddress(reader.u32(start));
        return std::nullopt;
    case DnsType::AAAA: {
        if (length != 16)
            return rdataError(QStringLiteral("dns-bad-address"),
                              Tr::tr("An AAAA record has %1 bytes of data instead of 16.").arg(length));
        Q_IPV6ADDR address;
        for (int i = 0; i < 16; ++i)
            address[i] = reader.u8(start + i);
        record->address = QHostAddress(address);
        return std::nullopt;
    }
    case DnsType::PTR: {
        qsizetype pos = start;
        auto target = reader.name(&pos, end);
        if (!target)
            return target.error();
        if (pos != end)
            return rdataError(QStringLiteral("dns-bad-rdata"),
                              Tr::tr("A PTR record has %1 bytes after its name.").arg(end - pos));
        record->target = std::move(target).value();
        return std::nullopt;
    }
    case DnsType::SRV: {
        if (length < 7)
            return rdataError(QStringLiteral("dns-bad-rdata"),
                              Tr::tr("An SRV record has only %1 bytes of data.").arg(length));
        record->priority = reader.u16(start);
        record->weight = reader.u16(start + 2);
        record->port = reader.u16(start + 4);
        qsizetype pos = start + 6;
        auto target = reader.name(&pos, end);
        if (!target)
            return target.error();
        if (pos != end)
            return rdataError(QStringLiteral("dns-bad-rdata"),
                              Tr::tr("An SRV record has %1 bytes after its target.").arg(end - pos));
        record->target = std::move(target).value();
        return std::nullopt;
    }
    case DnsType::TXT: {
        auto strings = splitTxtRdata(reader.data().sliced(start, length));
        if (!strings)
            return strings.error();
        record->txt = std::move(strings).value();
        return std::nullopt;
    }
    case DnsType::NSEC: {
        qsizetype pos = start;
        auto next = reader.name(&pos, end);
        if (!next)
            return next.error();
        QList<quint16> types;
        int lastWindow = -1;
        while (pos < end) {
            if (pos + 2 > end)
                return truncatedError("an NSEC bitmap");
            const int window = reader.u8(pos);
            const int bitmapLength = reader.u8(pos + 1);
            if (window <= lastWindow || bitmapLength < 1 || bitmapLength > 32 || pos + 2 + bitmapLength > end)
                return rdataError(QStringLiteral("dns-bad-rdata"),
                                  Tr::tr("An NSEC record has a malformed type bitmap."));
            lastWindow = window;
            for (int byte = 0; byte < bitmapLength; ++byte) {
                const quint8 bits = reader.u8(pos + 2 + byte);
                for (int bit = 0; bit < 8; ++bit) {
                    if (bits & (0x80 >> bit))
                        types.append(static_cast<quint16>(window * 256 + byte * 8 + bit));
                }
            }
            pos += 2 + bitmapLength;
        }
        record->nextName = std::move(next).value();
        record->nsecTypes = std::move(types);
        return std::nullopt;
    }
    default:
        record->rdata = reader.data().sliced(start, length).toByteArray();
        return std::nullopt;
    }
}

// One record at *pos. A structural error (the record cannot be skipped) is returned as the Result's
// error; a record whose data does not fit its type comes back with *rejection set.
Result<DnsRecord> readRecord(const Reader &reader, qsizetype *pos, std::optional<Error> *rejection)
{
    auto name = reader.name(pos, reader.size());
    if (!name)
        return name.error();
    if (*pos + 10 > reader.size())
        return truncatedError("a record");
    DnsRecord record;
    record.name = std::move(name).value();
    record.type = reader.u16(*pos);
    const quint16 rrclass = reader.u16(*pos + 2);
    record.rrclass = rrclass & ~kDnsClassTopBit;
    record.cacheFlush = rrclass & kDnsClassTopBit;
    record.ttl = reader.u32(*pos + 4);
    if (record.ttl > 0x7fffffffu)
        record.ttl = 0; // RFC 2181 8: a TTL with the top bit set is read as zero
    const qsizetype length = reader.u16(*pos + 8);
    const qsizetype start = *pos + 10;
    if (start + length > reader.size())
        return truncatedError("a record's data");
    *pos = start + length;
    *rejection = decodeRdata(reader, start, start + length, &record);
    return record;
}

// The wire form of a name as it is, for compression.
QByteArray exactNameKey(const DnsName &name)
{
    QByteArray key;
    for (const QByteArray &label : name)
        key.append(static_cast<char>(label.size())).append(label);
    return key;
}

// Writes a message, remembering where names were written for compression. mark()/rollback() undo a
// record that turned out not to fit.
class Writer
{
public:
    explicit Writer(bool compress)
        : m_compress(compress)
    {
        m_out.reserve(512);
    }

    QByteArray &bytes() { return m_out; }
    qsizetype size() const { return m_out.size(); }

    void u8(quint8 value) { m_out.append(static_cast<char>(value)); }
    void u16(quint16 value)
    {
        u8(static_cast<quint8>(value >> 8));
        u8(static_cast<quint8>(value & 0xff));
    }
    void u32(quint32 value)
    {
        u16(static_cast<quint16>(value >> 16));
        u16(static_cast<quint16>(value & 0xffff));
    }
    void setU16(qsizetype at, quint16 value)
    {
        m_out[at] = static_cast<char>(value >> 8);
        m_out[at + 1] = static_cast<char>(value & 0xff);
    }

    struct Mark
    {
        qsizetype size = 0;
        qsizetype added = 0;
    };
    Mark mark() const { return {m_out.size(), m_added.size()}; }
    void rollback(const Mark &mark)
    {
        m_out.truncate(mark.size);
        while (m_added.size() > mark.added)
            m_offsets.remove(m_added.takeLast());
    }

    std::optional<Error> name(const DnsName &name, bool compressible)
    {
        if (dnsNameWireLength(name) > kMaxDnsNameBytes)
            return Error {QStringLiteral("dns-name-too-long"),
                          Tr::tr("A DNS name is longer than %1 bytes.").arg(kMaxDnsNameBytes)};
        for (const QByteArray &label : name) {
            if (label.isEmpty() || label.size() > kMaxDnsLabelBytes)
                return Error {QStringLiteral("dns-bad-label"),
                              Tr::tr("A DNS label of %1 bytes cannot be encoded (1 to %2).")
                                  .arg(label.size())
                                  .arg(kMaxDnsLabelBytes)};
        }
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (m_compress && compressible) {
                // Exact bytes, not case-insensitive: a pointer must not change the case people see.
                const QByteArray key = exactNameKey(name.sliced(i));
                const auto found = m_offsets.constFind(key);
                if (found != m_offsets.constEnd()) {
                    u16(static_cast<quint16>(0xc000 | found.value()));
                    return std::nullopt;
                }
                if (m_out.size() < 0x4000) {
                    m_offsets.insert(key, static_cast<int>(m_out.size()));
                    m_added.append(key);
                }
            }
            u8(static_cast<quint8>(name[i].size()));
            m_out.append(name[i]);
        }
        u8(0);
        return std::nullopt;
    }

    std::optional<Error> question(const DnsQuestion &question)
    {
        if (auto error = name(question.name, true))
            return error;
        u16(question.type);
        u16(static_cast<quint16>((question.qclass & ~kDnsClassTopBit)
                                 | (question.unicastResponse ? kDnsClassTopBit : 0)));
        return std::nullopt;
    }

    std::optional<Error> record(const DnsRecord &record)
    {
        if (auto error = name(record.name, true))
            return error;
        u16(record.type);
        u16(static_cast<quint16>((record.rrclass & ~kDnsClassTopBit)
                                 | (record.cacheFlush ? kDnsClassTopBit : 0)));
        u32(record.ttl);
        const qsizetype lengthAt = m_out.size();
        u16(0);
        if (auto error = rdata(record))
            return error;
        const qsizetype length = m_out.size() - lengthAt - 2;
        if (length > 0xffff)
            return Error {QStringLiteral("dns-rdata-too-long"),
                          Tr::tr("A record's data of %1 bytes cannot be encoded.").arg(length)};
        setU16(lengthAt, static_cast<quint16>(length));
        return std::nullopt;
    }

private:
    std::optional<Error> rdata(const DnsRecord &record)
    {
        switch (record.type) {
        case DnsType::A:
            if (record.address.protocol() != QAbstractSocket::IPv4Protocol)
                return Error {QStringLiteral("dns-bad-address"),
                              Tr::tr("An A record needs an IPv4 address.")};
            u32(record.address.toIPv4Address());
            return std::nullopt;
        case DnsType::AAAA: {
            if (record.address.protocol() != QAbstractSocket::IPv6Protocol)
                return Error {QStringLiteral("dns-bad-address"),
                              Tr::tr("An AAAA record needs an IPv6 address.")};
            const Q_IPV6ADDR address = record.address.toIPv6Address();
            for (int i = 0; i < 16; ++i)
                u8(address[i]);
            return std::nullopt;
        }
        case DnsType::PTR:
            return name(record.target, true);
        case DnsType::SRV:
            u16(record.priority);
            u16(record.weight);
            u16(record.port);
            return name(record.target, true); // compressible in mDNS (RFC 6762 18.14)
        case DnsType::TXT:
            for (const QByteArray &string : record.txt) {
                if (string.size() > 255)
                    return Error {QStringLiteral("txt-string-too-long"),
                                  Tr::tr("A TXT string of %1 bytes cannot be encoded (at most 255).")
                                      .arg(string.size())};
                u8(static_cast<quint8>(string.size()));
                m_out.append(string);
            }
            return std::nullopt;
        case DnsType::NSEC: {
            if (auto error = name(record.nextName, true)) // compressible in mDNS (RFC 6762 18.14)
                return error;
            QList<quint16> types = record.nsecTypes;
            std::sort(types.begin(), types.end());
            types.erase(std::unique(types.begin(), types.end()), types.end());
            qsizetype i = 0;
            while (i < types.size()) {
                const int window = types[i] >> 8;
                quint8 bitmap[32] = {};
                int used = 0;
                for (; i < types.size() && (types[i] >> 8) == window; ++i) {
                    const int low = types[i] & 0xff;
                    bitmap[low / 8] = static_cast<quint8>(bitmap[low / 8] | (0x80 >> (low % 8)));
                    used = low / 8 + 1;
                }
                u8(static_cast<quint8>(window));
                u8(static_cast<quint8>(used));
                for (int byte = 0; byte < used; ++byte)
                    u8(bitmap[byte]);
            }
            return std::nullopt;
        }
        default:
            m_out.append(record.rdata);
            return std::nullopt;
        }
    }

    QByteArray m_out;
    QHash<QByteArray, int> m_offsets; // name suffix (exactNameKey) -> offset, for compression
    QList<QByteArray> m_added; // keys in insertion order, for rollback
    bool m_compress;
};

void writeHeader(Writer &writer, quint16 id, quint16 flags)
{
    writer.u16(id);
    writer.u16(flags);
    for (int i = 0; i < 4; ++i)
        writer.u16(0);
}

void setCounts(Writer &writer, quint16 flags, qsizetype questions, qsizetype answers, qsizetype authorities,
               qsizetype additionals)
{
    writer.setU16(2, flags);
    writer.setU16(4, static_cast<quint16>(questions));
    writer.setU16(6, static_cast<quint16>(answers));
    writer.setU16(8, static_cast<quint16>(authorities));
    writer.setU16(10, static_cast<quint16>(additionals));
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

void appendNameKey(QByteArray *out, const DnsName &name)
{
    for (const QByteArray &label : name) {
        out->append(static_cast<char>(label.size()));
        for (const char c : label)
            out->append(asciiLower(c));
    }
    out->append('\0');
}

} // namespace

Result<DnsMessage> parseDnsMessage(QByteArrayView packet)
{
    if (packet.size() > kMaxDnsMessageBytes)
        return Error {QStringLiteral("dns-too-large"),
                      Tr::tr("A DNS message of %1 bytes is larger than %2 bytes.")
                          .arg(packet.size())
                          .arg(kMaxDnsMessageBytes)};
    if (packet.size() < 12)
        return truncatedError("its header");
    const Reader reader(packet);
    DnsMessage message;
    message.id = reader.u16(0);
    message.flags = reader.u16(2);
    const int questionCount = reader.u16(4);
    const int counts[3] = {reader.u16(6), reader.u16(8), reader.u16(10)};

    // No reserve() from the counts: they are the sender's claim, the data is what is there.
    qsizetype pos = 12;
    for (int i = 0; i < questionCount; ++i) {
        auto name = reader.name(&pos, reader.size());
        if (!name)
            return name.error();
        if (pos + 4 > reader.size())
            return truncatedError("a question");
        DnsQuestion question;
        question.name = std::move(name).value();
        question.type = reader.u16(pos);
        const quint16 qclass = reader.u16(pos + 2);
        question.qclass = qclass & ~kDnsClassTopBit;
        question.unicastResponse = qclass & kDnsClassTopBit;
        pos += 4;
        message.questions.append(std::move(question));
    }

    const DnsSection sections[3] = {DnsSection::Answer, DnsSection::Authority, DnsSection::Additional};
    QList<DnsRecord> *lists[3] = {&message.answers, &message.authorities, &message.additionals};
    for (int s = 0; s < 3; ++s) {
        for (int i = 0; i < counts[s]; ++i) {
            std::optional<Error> rejection;
            auto record = readRecord(reader, &pos, &rejection);
            if (!record)
                return record.error();
            if (rejection) {
                message.rejected.append(
                    DnsRejectedRecord {sections[s], record->name, record->type, std::move(*rejection)});
                continue;
            }
            lists[s]->append(std::move(record).value());
        }
    }
    // Bytes after the last record are ignored, as most resolvers do.
    return message;
}

Result<QByteArray> encodeDnsMessage(const DnsMessage &message, const DnsEncodeOptions &options)
{
    const QList<DnsRecord> *lists[3] = {&message.answers, &message.authorities, &message.additionals};
    if (message.questions.size() > 0xffff || message.answers.size() > 0xffff
        || message.authorities.size() > 0xffff || message.additionals.size() > 0xffff)
        return Error {QStringLiteral("dns-too-large"),
                      Tr::tr("A DNS message has more than 65535 entries in a section.")};
    Writer writer(options.compress);
    writeHeader(writer, message.id, message.flags);
    for (const DnsQuestion &question : message.questions) {
        if (auto error = writer.question(question))
            return *error;
    }
    for (const QList<DnsRecord> *list : lists) {
        for (const DnsRecord &record : *list) {
            if (auto error = writer.record(record))
                return *error;
            if (writer.size() > options.maxBytes)
                break;
        }
    }
    if (writer.size() > options.maxBytes)
        return Error {QStringLiteral("dns-too-large"),
                      Tr::tr("The DNS message is larger than %1 bytes.").arg(options.maxBytes)};
    setCounts(writer, message.flags, message.questions.size(), message.answers.size(),
              message.authorities.size(), message.additionals.size());
    return std::move(writer.bytes());
}

Result<QList<QByteArray>> encodeDnsQuery(const QList<DnsQuestion> &questions,
                                         const QList<DnsRecord> &knownAnswers, int maxBytes)
{
    QList<QByteArray> packets;
    std::optional<Writer> writer;
    qsizetype questionCount = 0;
    qsizetype answerCount = 0;
    const auto startPacket = [&] {
        writer.emplace(true);
        writeHeader(*writer, 0, 0);
        questionCount = 0;
        answerCount = 0;
    };
    const auto finishPacket = [&](bool truncated) {
        setCounts(*writer, truncated ? DnsFlag::Truncated : 0, questionCount, answerCount, 0, 0);
        packets.append(std::move(writer->bytes()));
        writer.reset();
    };

    startPacket();
    for (const DnsQuestion &question : questions) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Writer::Mark mark = writer->mark();
            if (auto error = writer->question(question))
                return *error;
            if (writer->size() <= maxBytes) {
                ++questionCount;
                break;
            }
            writer->rollback(mark);
            if (questionCount == 0)
                return Error {QStringLiteral("dns-too-large"),
                              Tr::tr("A DNS question does not fit in %1 bytes.").arg(maxBytes)};
            // More questions than fit: they go on in another packet (without TC: RFC 6762 7.2 uses TC
            // only for known answers that follow).
            finishPacket(false);
            startPacket();
        }
    }
    for (const DnsRecord &record : knownAnswers) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Writer::Mark mark = writer->mark();
            if (writer->record(record)) {
                writer->rollback(mark); // cannot be encoded: left out
                break;
            }
            if (writer->size() <= maxBytes) {
                ++answerCount;
                break;
            }
            writer->rollback(mark);
            if (questionCount + answerCount == 0)
                break; // alone it does not fit: left out
            finishPacket(true);
            startPacket();
        }
    }
    if (questionCount + answerCount > 0 || packets.isEmpty())
        finishPacket(false);
    return packets;
}

Result<DnsName> dnsNameFromDotted(QByteArrayView dotted)
{
    if (dotted.endsWith('.'))
        dotted.chop(1);
    DnsName name;
    if (dotted.isEmpty())
        return name;
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = dotted.indexOf('.', start);
        const QByteArrayView label = dotted.sliced(start, (dot < 0 ? dotted.size() : dot) - start);
        if (label.isEmpty() || label.size() > kMaxDnsLabelBytes)
            return Error {QStringLiteral("dns-bad-label"),
                          Tr::tr("The name \"%1\" has an empty label or one longer than %2 bytes.")
                              .arg(QString::fromUtf8(dotted))
                              .arg(kMaxDnsLabelBytes)};
        name.append(label.toByteArray());
        if (dot < 0)
            break;
        start = dot + 1;
    }
    if (dnsNameWireLength(name) > kMaxDnsNameBytes)
        return Error {QStringLiteral("dns-name-too-long"),
                      Tr::tr("A DNS name is longer than %1 bytes.").arg(kMaxDnsNameBytes)};
    return name;
}

QString dnsNameText(const DnsName &name)
{
    QByteArray out;
    for (const QByteArray &label : name) {
        if (!out.isEmpty())
            out.append('.');
        const bool utf8 = isValidUtf8(label);
        for (const char c : label) {
            const auto byte = static_cast<quint8>(c);
            if (c == '.' || c == '\\') {
                out.append('\\');
                out.append(c);
            } else if (byte < 0x20 || byte == 0x7f || (byte >= 0x80 && !utf8)) {
                out.append('\\');
                out.append(QByteArray::number(byte).rightJustified(3, '0'));
            } else {
                out.append(c);
            }
        }
    }
    return QString::fromUtf8(out);
}

Result<QString> dnsLabelText(const QByteArray &label)
{
    if (label.contains('\0') || !isValidUtf8(label))
        return Error {QStringLiteral("dns-label-not-utf8"),
                      Tr::tr("The DNS label %1 is not valid UTF-8 text.").arg(dnsNameText({label}))};
    return QString::fromUtf8(label);
}

bool dnsNameEquals(const DnsName &a, const DnsName &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size())
            return false;
        for (qsizetype j = 0; j < a[i].size(); ++j) {
            if (asciiLower(a[i][j]) != asciiLower(b[i][j]))
                return false;
        }
    }
    return true;
}

QByteArray dnsNameKey(const DnsName &name)
{
    QByteArray key;
    key.reserve(dnsNameWireLength(name));
    appendNameKey(&key, name);
    return key;
}

bool dnsNameEndsWith(const DnsName &name, const DnsName &suffix)
{
    if (suffix.size() > name.size())
        return false;
    return dnsNameEquals(name.sliced(name.size() - suffix.size()), suffix);
}

int dnsNameWireLength(const DnsName &name)
{
    qsizetype length = 1;
    for (const QByteArray &label : name)
        length += label.size() + 1;
    return static_cast<int>(std::min<qsizetype>(length, std::numeric_limits<int>::max()));
}

QByteArray dnsRdataKey(const DnsRecord &record)
{
    QByteArray key;
    switch (record.type) {
    case DnsType::A:
    case DnsType::AAAA: {
        const Q_IPV6ADDR address = record.address.toIPv6Address(); // IPv4 as ::ffff:a.b.c.d
        key.append(reinterpret_cast<const char *>(address.c), 16);
        break;
    }
    case DnsType::PTR:
        appendNameKey(&key, record.target);
        break;
    case DnsType::SRV:
        key.append(static_cast<char>(record.priority >> 8)).append(static_cast<char>(record.priority & 0xff));
        key.append(static_cast<char>(record.weight >> 8)).append(static_cast<char>(record.weight & 0xff));
        key.append(static_cast<char>(record.port >> 8)).append(static_cast<char>(record.port & 0xff));
        appendNameKey(&key, record.target);
        break;
    case DnsType::TXT:
        for (const QByteArray &string : record.txt) {
            key.append(static_cast<char>(std::min<qsizetype>(string.size(), 255)));
            key.append(string);
        }
        break;
    case DnsType::NSEC:
        appendNameKey(&key, record.nextName);
        for (const quint16 type : record.nsecTypes)
            key.append(static_cast<char>(type >> 8)).append(static_cast<char>(type & 0xff));
        break;
    default:
        key = record.rdata;
        break;
    }
    return key;
}

QString dnsTypeName(quint16 type)
{
    switch (type) {
    case DnsType::A:
        return QStringLiteral("A");
    case DnsType::PTR:
        return QStringLiteral("PTR");
    case DnsType::HINFO:
        return QStringLiteral("HINFO");
    case DnsType::TXT:
        return QStringLiteral("TXT");
    case DnsType::AAAA:
        return QStringLiteral("AAAA");
    case DnsType::SRV:
        return QStringLiteral("SRV");
    case DnsType::NSEC:
        return QStringLiteral("NSEC");
    case DnsType::ANY:
        return QStringLiteral("ANY");
    default:
        return QStringLiteral("TYPE%1").arg(type);
    }
}

} // namespace Cloudy::Discovery
