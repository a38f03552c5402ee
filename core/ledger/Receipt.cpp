// SPDX-License-Identifier: GPL-3.0-or-later
#include "Receipt.h"

#include "platform/Crypto.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QtEndian>

#include <cmath>
#include <limits>
#include <optional>

namespace Cloudy::Ledger {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Ledger::Receipt)
};

constexpr char kMagic[4] = {'C', 'L', 'D', 'G'};
constexpr quint8 kKindReceipt = 1;
constexpr quint8 kKindTransfer = 2;
constexpr qint64 kHeaderBytes = 4 + 1 + 1 + 32 + 8 + 32;

Error malformed(const QString &message)
{
    return Error {QStringLiteral("malformed-entry"), message};
}

Error implausible(const QString &message)
{
    return Error {QStringLiteral("implausible-amounts"), message};
}

template<typename T> void put(QByteArray &out, T value)
{
    char buffer[sizeof(T)];
    qToBigEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

void putText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    put<quint16>(out, static_cast<quint16>(utf8.size()));
    out.append(utf8);
}

bool validText(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}

// Reads canonical bytes front to back; any short read sets failed.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    { }
    template<typename T> T get()
    {
        if (m_failed || m_bytes.size() - m_offset < qsizetype(sizeof(T))) {
            m_failed = true;
            return T {};
        }
        const T value = qFromBigEndian<T>(m_bytes.constData() + m_offset);
        m_offset += sizeof(T);
        return value;
    }
    QByteArray raw(qsizetype size)
    {
        if (m_failed || m_bytes.size() - m_offset < size) {
            m_failed = true;
            return {};
        }
        const QByteArray value = m_bytes.mid(m_offset, size);
        m_offset += size;
        return value;
    }
    std::optional<QString> text()
    {
        const quint16 size = get<quint16>();
        const QByteArray utf8 = raw(size);
        if (m_failed)
            return std::nullopt;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString value = decoder.decode(utf8);
        if (decoder.hasError() || value.toUtf8() != utf8 || !validText(value))
            return std::nullopt;
        return value;
    }
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_offset == m_bytes.size(); }

private:
    const QByteArray &m_bytes;
    qsizetype m_offset = 0;
    bool m_failed = false;
};

quint64 ceilSeconds(qint64 ms)
{
    return ms <= 0 ? 0 : static_cast<quint64>((ms + 999) / 1000);
}

// Multiplies without overflow: the products are compared against 2^53-bounded amounts.
__extension__ typedef unsigned __int128 Wide; // GCC and Clang; __extension__ keeps -Wpedantic quiet

bool exceeds(quint64 amount, quint64 a, quint64 b)
{
    return Wide(amount) > Wide(a) * b;
}

// JSON reading: every member required, unknown members refused.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object)
        : m_object(object)
    { }
    bool has(const QString &key) const { return m_object.contains(key); }
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble()) {
            fail(Tr::tr("\"%1\" must be a whole number.").arg(key));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (std::floor(number) != number || number < double(min) || number > double(max)) {
            fail(Tr::tr("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }
    QByteArray hex(const QString &key, qsizetype bytes)
    {
        m_seen.insert(key);
        const QString text = m_object.value(key).toString();
        const QByteArray decoded = QByteArray::fromHex(text.toLatin1());
        if (text.size() != bytes * 2 || decoded.size() != bytes || decoded.toHex() != text.toLatin1()) {
            fail(Tr::tr("\"%1\" must be %2 lower-case hex digits.").arg(key).arg(bytes * 2));
            return {};
        }
        return decoded;
    }
    QString text(const QString &key, qsizetype maxBytes)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (!value.isString() || value.toString().toUtf8().size() > maxBytes
            || !validText(value.toString())) {
            fail(Tr::tr("\"%1\" must be text of at most %2 bytes without control characters.")
                     .arg(key)
                     .arg(maxBytes));
            return {};
        }
        return value.toString();
    }
    void ignore(const QString &key) { m_seen.insert(key); }
    void fail(const QString &message)
    {
        if (!m_error)
            m_error = malformed(message);
    }
    std::optional<Error> finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                fail(Tr::tr("\"%1\" is not part of a ledger entry.").arg(it.key()));
        return m_error;
    }

private:
    const QJsonObject &m_object;
    QSet<QString> m_seen;
    std::optional<Error> m_error;
};

QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QString nodeIdOf(const QByteArray &publicKey)
{
    return hexOf(nodeIdBytesOf(publicKey));
}

QByteArray nodeIdBytesOf(const QByteArray &publicKey)
{
    return Crypto::blake2b256(publicKey);
}

bool isNodeId(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

const ChainHeader &headerOf(const Entry &entry)
{
    return std::visit([](const auto &e) -> const ChainHeader & { return e.header; }, entry);
}

ChainHeader &headerOf(Entry &entry)
{
    return std::visit([](auto &e) -> ChainHeader & { return e.header; }, entry);
}

bool isReceipt(const Entry &entry)
{
    return std::holds_alternative<Receipt>(entry);
}

QByteArray canonicalBytes(const Entry &entry)
{
    const ChainHeader &header = headerOf(entry);
    QByteArray out;
    out.reserve(200);
    out.append(kMagic, 4);
    put<quint8>(out, kProtocolVersion);
    put<quint8>(out, isReceipt(entry) ? kKindReceipt : kKindTransfer);
    out.append(header.publicKey.leftJustified(32, '\0', true));
    put<quint64>(out, header.seq);
    out.append(header.prev.leftJustified(32, '\0', true));
    if (const auto *r = std::get_if<Receipt>(&entry)) {
        put<qint64>(out, r->fromMs);
        put<qint64>(out, r->toMs);
        put<quint32>(out, r->vcpus);
        put<quint32>(out, r->hostVcpus);
        put<quint64>(out, r->memoryMiB);
        put<quint64>(out, r->hostMemoryMiB);
        put<quint64>(out, r->diskMiB);
        put<quint64>(out, r->coreMs);
        put<quint64>(out, r->memoryMiBSeconds);
        put<quint64>(out, r->diskMiBSeconds);
        put<quint64>(out, r->uptimeMs);
        putText(out, r->microcloud);
    } else {
        const auto &t = std::get<Transfer>(entry);
        put<qint64>(out, t.timeMs);
        out.append(t.payee.leftJustified(32, '\0', true));
        put<quint64>(out, t.amountMillicredits);
        putText(out, t.memo);
    }
    return out;
}

QByteArray entryHash(const Entry &entry)
{
    return Crypto::blake2b256(canonicalBytes(entry));
}

Result<Entry> decodeEntry(const QByteArray &bytes)
{
    if (bytes.size() < kHeaderBytes || !bytes.startsWith(QByteArrayView(kMagic, 4)))
        return malformed(Tr::tr("These bytes are not a ledger entry."));
    Reader reader(bytes);
    reader.raw(4);
    if (reader.get<quint8>() != kProtocolVersion)
        return malformed(Tr::tr("The entry has a protocol version this program does not know."));
    const quint8 kind = reader.get<quint8>();
    ChainHeader header;
    header.publicKey = reader.raw(32);
    header.seq = reader.get<quint64>();
    header.prev = reader.raw(32);
    Entry entry;
    if (kind == kKindReceipt) {
        Receipt r;
        r.header = header;
        r.fromMs = reader.get<qint64>();
        r.toMs = reader.get<qint64>();
        r.vcpus = reader.get<quint32>();
        r.hostVcpus = reader.get<quint32>();
        r.memoryMiB = reader.get<quint64>();
        r.hostMemoryMiB = reader.get<quint64>();
        r.diskMiB = reader.get<quint64>();
        r.coreMs = reader.get<quint64>();
        r.memoryMiBSeconds = reader.get<quint64>();
        r.diskMiBSeconds = reader.get<quint64>();
        r.uptimeMs = reader.get<quint64>();
        const auto microcloud = reader.text();
        if (!microcloud || microcloud->toUtf8().size() > kMaxMicrocloudBytes)
            return malformed(Tr::tr("The microcloud name of the entry is not valid text."));
        r.microcloud = *microcloud;
        entry = r;
    } else if (kind == kKindTransfer) {
        Transfer t;
        t.header = header;
        t.timeMs = reader.get<qint64>();
        t.payee = reader.raw(32);
        t.amountMillicredits = reader.get<quint64>();
        const auto memo = reader.text();
        if (!memo || memo->toUtf8().size() > kMaxMemoBytes)
            return malformed(Tr::tr("The memo of the transfer is not valid text."));
        t.memo = *memo;
        entry = t;
    } else {
        return malformed(Tr::tr("The entry is of an unknown kind."));
    }
    if (reader.failed() || !reader.atEnd())
        return malformed(Tr::tr("The entry is cut short or has bytes after its end."));
    if (header.seq < 1 || header.seq > quint64(kMaxSafeInteger))
        return malformed(Tr::tr("The entry's sequence number is out of range."));
    return entry;
}

bool signEntry(Entry &entry, const QByteArray &secretKey)
{
    ChainHeader &header = headerOf(entry);
    if (secretKey.size() != Crypto::kSecretKeyBytes || secretKey.mid(32) != header.publicKey)
        return false;
    header.signature = Crypto::signDetached(canonicalBytes(entry), secretKey);
    return header.signature.size() == Crypto::kSignatureBytes;
}

bool verifyEntry(const Entry &entry)
{
    return verifyEntry(entry, canonicalBytes(entry));
}

bool verifyEntry(const Entry &entry, QByteArrayView canonical)
{
    const ChainHeader &header = headerOf(entry);
    if (header.publicKey.size() != Crypto::kPublicKeyBytes || header.prev.size() != 32)
        return false;
    if (const auto *t = std::get_if<Transfer>(&entry); t && t->payee.size() != 32)
        return false;
    return Crypto::verifyDetached(canonical, header.signature, header.publicKey);
}

Result<bool> checkPlausible(const Entry &entry)
{
    const ChainHeader &header = headerOf(entry);
    if (header.seq < 1 || header.seq > quint64(kMaxSafeInteger))
        return implausible(Tr::tr("The sequence number must be at least 1."));
    if (header.seq == 1 && header.prev != QByteArray(32, '\0'))
        return implausible(Tr::tr("The first entry of a node must have an all-zero prev."));
    if (const auto *t = std::get_if<Transfer>(&entry)) {
        if (t->amountMillicredits < 1 || t->amountMillicredits > quint64(kMaxSafeInteger))
            return implausible(Tr::tr("A transfer must move at least one millicredit."));
        if (t->payee == nodeIdBytesOf(header.publicKey))
            return implausible(Tr::tr("A node cannot pay itself."));
        // Times travel as JSON numbers: beyond 2^53 they could not be sent.
        if (t->timeMs < 0 || t->timeMs > kMaxSafeInteger)
            return implausible(Tr::tr("The transfer's time is not a time after 1970."));
        return true;
    }
    const auto &r = std::get<Receipt>(entry);
    // Checked before the period is computed, which would overflow for times far apart.
    if (r.fromMs < 0 || r.fromMs > kMaxSafeInteger || r.toMs < 0 || r.toMs > kMaxSafeInteger)
        return implausible(Tr::tr("The period of a receipt must last from one second to one day."));
    const qint64 period = r.periodMs();
    if (period < kMinPeriodMs || period > kMaxPeriodMs)
        return implausible(Tr::tr("The period of a receipt must last from one second to one day."));
    if (r.vcpus < 1 || r.vcpus > kMaxVcpus || r.hostVcpus < r.vcpus || r.hostVcpus > kMaxVcpus)
        return implausible(
            Tr::tr("The receipt donates %1 of %2 vCPUs, which cannot be.").arg(r.vcpus).arg(r.hostVcpus));
    const quint64 limit = quint64(kMaxSafeInteger);
    if (r.memoryMiB > r.hostMemoryMiB || r.hostMemoryMiB > limit || r.diskMiB > limit)
        return implausible(Tr::tr("The receipt donates more memory than the node has."));
    if (exceeds(r.coreMs, r.vcpus, quint64(period)))
        return implausible(
            Tr::tr("The receipt counts more core time than %1 vCPUs give in its period.").arg(r.vcpus));
    if (exceeds(r.memoryMiBSeconds, r.memoryMiB, ceilSeconds(period)))
        return implausible(Tr::tr("The receipt counts more memory time than was donated in its period."));
    if (exceeds(r.diskMiBSeconds, r.diskMiB, ceilSeconds(period)))
        return implausible(Tr::tr("The receipt counts more disk time than was donated in its period."));
    if (r.uptimeMs > quint64(period))
        return implausible(Tr::tr("The receipt counts more uptime than its period lasts."));
    return true;
}

QJsonObject entryToJson(const Entry &entry, bool withDerived)
{
    const ChainHeader &header = headerOf(entry);
    QJsonObject o {
        {QStringLiteral("version"), int(kProtocolVersion)},
        {QStringLiteral("public_key"), hexOf(header.publicKey)},
        {QStringLiteral("seq"), qint64(header.seq)},
        {QStringLiteral("prev"), hexOf(header.prev)},
        {QStringLiteral("signature"), hexOf(header.signature)},
    };
    if (const auto *r = std::get_if<Receipt>(&entry)) {
        o.insert(QStringLiteral("kind"), QStringLiteral("receipt"));
        o.insert(QStringLiteral("from"), r->fromMs);
        o.insert(QStringLiteral("to"), r->toMs);
        o.insert(QStringLiteral("vcpus"), qint64(r->vcpus));
        o.insert(QStringLiteral("host_vcpus"), qint64(r->hostVcpus));
        o.insert(QStringLiteral("memory_mib"), qint64(r->memoryMiB));
        o.insert(QStringLiteral("host_memory_mib"), qint64(r->hostMemoryMiB));
        o.insert(QStringLiteral("disk_mib"), qint64(r->diskMiB));
        o.insert(QStringLiteral("core_ms"), qint64(r->coreMs));
        o.insert(QStringLiteral("memory_mib_s"), qint64(r->memoryMiBSeconds));
        o.insert(QStringLiteral("disk_mib_s"), qint64(r->diskMiBSeconds));
        o.insert(QStringLiteral("uptime_ms"), qint64(r->uptimeMs));
        o.insert(QStringLiteral("microcloud"), r->microcloud);
    } else {
        const auto &t = std::get<Transfer>(entry);
        o.insert(QStringLiteral("kind"), QStringLiteral("transfer"));
        o.insert(QStringLiteral("time"), t.timeMs);
        o.insert(QStringLiteral("payee"), hexOf(t.payee));
        o.insert(QStringLiteral("amount"), qint64(t.amountMillicredits));
        o.insert(QStringLiteral("memo"), t.memo);
    }
    if (withDerived) {
        o.insert(QStringLiteral("node"), nodeIdOf(header.publicKey));
        o.insert(QStringLiteral("hash"), hexOf(entryHash(entry)));
    }
    return o;
}

Result<Entry> entryFromJson(const QJsonObject &object)
{
    JsonReader in(object);
    in.ignore(QStringLiteral("node"));
    in.ignore(QStringLiteral("hash"));
    in.ignore(QStringLiteral("kind"));
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("receipt") && kind != QLatin1String("transfer"))
        return malformed(Tr::tr("\"kind\" must be \"receipt\" or \"transfer\"."));
    if (in.integer(QStringLiteral("version"), 0, 255).value_or(0) != kProtocolVersion)
        in.fail(Tr::tr("The entry has a protocol version this program does not know."));
    ChainHeader header;
    header.publicKey = in.hex(QStringLiteral("public_key"), 32);
    header.seq = quint64(in.integer(QStringLiteral("seq"), 1, kMaxSafeInteger).value_or(0));
    header.prev = in.hex(QStringLiteral("prev"), 32);
    header.signature = in.hex(QStringLiteral("signature"), 64);
    const auto count = [&in](const char *key) {
        return quint64(in.integer(QString::fromLatin1(key), 0, kMaxSafeInteger).value_or(0));
    };
    Entry entry;
    if (kind == QLatin1String("receipt")) {
        Receipt r;
        r.header = header;
        r.fromMs = count("from");
        r.toMs = count("to");
        r.vcpus = quint32(
            in.integer(QStringLiteral("vcpus"), 0, qint64(std::numeric_limits<quint32>::max())).value_or(0));
        r.hostVcpus =
            quint32(in.integer(QStringLiteral("host_vcpus"), 0, qint64(std::numeric_limits<quint32>::max()))
                        .value_or(0));
        r.memoryMiB = count("memory_mib");
        r.hostMemoryMiB = count("host_memory_mib");
        r.diskMiB = count("disk_mib");
        r.coreMs = count("core_ms");
        r.memoryMiBSeconds = count("memory_mib_s");
        r.diskMiBSeconds = count("disk_mib_s");
        r.uptimeMs = count("uptime_ms");
        r.microcloud = in.text(QStringLiteral("microcloud"), kMaxMicrocloudBytes);
        entry = r;
    } else {
        Transfer t;
        t.header = header;
        t.timeMs = count("time");
        t.payee = in.hex(QStringLiteral("payee"), 32);
        t.amountMillicredits = count("amount");
        t.memo = in.text(QStringLiteral("memo"), kMaxMemoBytes);
        entry = t;
    }
    if (const auto error = in.finish())
        return *error;
    return entry;
}

} // namespace Cloudy::Ledger
