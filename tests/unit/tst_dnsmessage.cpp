// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS message parser and encoder on packets captured from real avahi-daemons (tests/unit/data/mdns,
// see its README), malformed ones made from them, and the mDNS record cache and interface rules the
// built-in browser stands on — all offline.
#include "TestEnv.h"
#include "discovery/DiscoveredService.h"
#include "discovery/DnsMessage.h"
#include "discovery/MdnsCache.h"
#include "discovery/MdnsSocket.h"
#include "discovery/TxtRecord.h"

#include <QDir>
#include <QFile>

using namespace Cloudy::Discovery;

namespace {

QByteArray packet(const QString &name)
{
    QFile file(QStringLiteral(CLOUDY_MDNS_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

DnsName name(const char *dotted)
{
    return dnsNameFromDotted(QByteArrayView(dotted)).value();
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

const DnsRecord *findRecord(const QList<DnsRecord> &records, quint16 type, const char *owner = nullptr)
{
    for (const DnsRecord &record : records) {
        if (record.type == type && (!owner || dnsNameEquals(record.name, name(owner))))
            return &record;
    }
    return nullptr;
}

DnsRecord makeRecord(const char *owner, quint16 type, quint32 ttl)
{
    DnsRecord record;
    record.name = name(owner);
    record.type = type;
    record.ttl = ttl;
    return record;
}

DnsRecord addressRecord(const char *owner, const char *address, quint32 ttl, bool cacheFlush = true)
{
    DnsRecord record = makeRecord(owner, DnsType::A, ttl);
    record.address = QHostAddress(QLatin1String(address));
    record.cacheFlush = cacheFlush;
    return record;
}

DnsRecord txtRecord(const char *owner, const QByteArray &string, quint32 ttl)
{
    DnsRecord record = makeRecord(owner, DnsType::TXT, ttl);
    record.txt = {string};
    record.cacheFlush = true;
    return record;
}

DnsRecord pointerRecord(const char *owner, const DnsName &target, quint32 ttl)
{
    DnsRecord record = makeRecord(owner, DnsType::PTR, ttl);
    record.target = target;
    return record;
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Captured packets -----------------------------------------------------------------------------

    void announcementWithNonAsciiInstance()
    {
        const auto message = parseDnsMessage(packet(QStringLiteral("announce-tahoe-nonascii.bin")));
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        QVERIFY(message->isResponse());
        QVERIFY(message->flags & DnsFlag::Authoritative);
        QCOMPARE(message->id, quint16(0));
        QCOMPARE(message->questions.size(), 0);
        QCOMPARE(message->answers.size(), 6);
        QVERIFY(message->rejected.isEmpty());

        const DnsRecord *pointer = findRecord(message->answers, DnsType::PTR, "_tahoe-lafs._tcp.local");
        QVERIFY(pointer);
        QVERIFY(!pointer->cacheFlush); // shared record
        QCOMPARE(pointer->ttl, 4500u);
        QCOMPARE(pointer->target.size(), 4);
        QCOMPARE(dnsLabelText(pointer->target.first()).value(), utf8("Gràcia Tahoe — ñ"));
        QVERIFY(dnsNameEndsWith(pointer->target, name("_tahoe-lafs._tcp.local")));

        const DnsRecord *srv = findRecord(message->answers, DnsType::SRV);
        QVERIFY(srv);
        QVERIFY(srv->cacheFlush);
        QCOMPARE(srv->ttl, 120u);
        QCOMPARE(srv->port, quint16(3456));
        QCOMPARE(srv->priority, quint16(0));
        QCOMPARE(dnsNameText(srv->target), QStringLiteral("mc1.local"));
        QVERIFY(dnsNameEquals(srv->name, pointer->target));

        const DnsRecord *txt = findRecord(message->answers, DnsType::TXT);
        QVERIFY(txt);
        const auto entries = parseTxtStrings(txt->txt);
        QVERIFY(entries.ok());
        QCOMPARE(entries->value(QStringLiteral("mc")), QByteArray("gracia"));
        QCOMPARE(QString::fromUtf8(entries->value(QStringLiteral("mcname"))), utf8("Gràcia"));
        QCOMPARE(entries->value(QStringLiteral("ver")), QByteArray("1"));

        const DnsRecord *a = findRecord(message->answers, DnsType::A, "mc1.local");
        QVERIFY(a);
        QCOMPARE(a->address, QHostAddress(QStringLiteral("10.81.0.11")));
        const DnsRecord *aaaa = findRecord(message->answers, DnsType::AAAA, "mc1.local");
        QVERIFY(aaaa);
        QCOMPARE(aaaa->address.protocol(), QAbstractSocket::IPv6Protocol);
        QVERIFY(aaaa->address.isLinkLocal());

        const DnsRecord *type = findRecord(message->answers, DnsType::PTR, "_services._dns-sd._udp.local");
        QVERIFY(type);
        QCOMPARE(dnsNameText(type->target), QStringLiteral("_tahoe-lafs._tcp.local"));
    }

    void probeHasAuthoritySection()
    {
        const auto message = parseDnsMessage(packet(QStringLiteral("probe-tahoe-nonascii.bin")));
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        QVERIFY(!message->isResponse());
        QCOMPARE(message->questions.size(), 1);
        QCOMPARE(message->questions[0].type, quint16(DnsType::ANY));
        QCOMPARE(message->questions[0].qclass, kDnsClassIn);
        QCOMPARE(message->authorities.size(), 2);
        QVERIFY(findRecord(message->authorities, DnsType::SRV));
        QVERIFY(findRecord(message->authorities, DnsType::TXT));
    }

    void cloudyDistroStyleHost()
    {
        const auto address = parseDnsMessage(packet(QStringLiteral("announce-address-node2.bin")));
        QVERIFY(address.ok());
        QCOMPARE(address->answers.size(), 1);
        QCOMPARE(dnsNameText(address->answers[0].name), QStringLiteral("node2.guifi.local"));
        QCOMPARE(address->answers[0].address, QHostAddress(QStringLiteral("10.81.0.12")));

        const auto service = parseDnsMessage(packet(QStringLiteral("announce-tincvpn-node2.bin")));
        QVERIFY(service.ok());
        const DnsRecord *srv = findRecord(service->answers, DnsType::SRV, "node2._tincvpn._tcp.local");
        QVERIFY(srv);
        QCOMPARE(srv->port, quint16(665));
        QCOMPARE(dnsNameText(srv->target), QStringLiteral("node2.guifi.local"));
        const DnsRecord *txt = findRecord(service->answers, DnsType::TXT);
        QVERIFY(txt);
        QCOMPARE(txt->txt, QList<QByteArray> {QByteArray()}); // an empty TXT is one empty string
        QVERIFY(parseTxtStrings(txt->txt)->isEmpty());
    }

    void goodbyeHasTtlZero()
    {
        const auto message = parseDnsMessage(packet(QStringLiteral("goodbye-cloudy-sants.bin")));
        QVERIFY(message.ok());
        for (const quint16 type : {quint16(DnsType::PTR), quint16(DnsType::SRV), quint16(DnsType::TXT)}) {
            for (const DnsRecord &record : message->answers) {
                if (record.type == type)
                    QCOMPARE(record.ttl, 0u);
            }
        }
        QCOMPARE(findRecord(message->answers, DnsType::A)->ttl, 120u); // the host stays
    }

    void largeCompressedResponse()
    {
        const QByteArray bytes = packet(QStringLiteral("response-syncthing-large.bin"));
        QCOMPARE(bytes.size(), 1428);
        const auto message = parseDnsMessage(bytes);
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        QCOMPARE(message->answers.size(), 29);
        QSet<quint16> ports;
        int pointers = 0;
        for (const DnsRecord &record : message->answers) {
            if (record.type == DnsType::PTR) {
                ++pointers;
                QVERIFY(dnsNameEquals(record.name, name("_syncthing._tcp.local")));
            } else if (record.type == DnsType::SRV) {
                ports.insert(record.port);
            }
        }
        QVERIFY(pointers >= 8);
        QCOMPARE(ports.size(), pointers);
        for (const quint16 port : ports)
            QVERIFY(port > 22000 && port <= 22012);
    }

    void nsecAndUnknownTypes()
    {
        const auto message = parseDnsMessage(packet(QStringLiteral("handmade-nsec-hinfo.bin")));
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        QCOMPARE(message->answers.size(), 1);
        const DnsRecord &nsec = message->answers[0];
        QCOMPARE(nsec.type, quint16(DnsType::NSEC));
        QCOMPARE(dnsNameText(nsec.nextName), QStringLiteral("mc1.local"));
        QCOMPARE(nsec.nsecTypes, (QList<quint16> {DnsType::A, DnsType::AAAA}));
        QCOMPARE(message->additionals.size(), 1);
        QCOMPARE(message->additionals[0].type, quint16(DnsType::HINFO));
        QCOMPARE(message->additionals[0].rdata, QByteArray("\x06x86_64\x05Linux"));
        QCOMPARE(dnsTypeName(13), QStringLiteral("HINFO"));
        QCOMPARE(dnsTypeName(65), QStringLiteral("TYPE65"));
    }

    void everyCapturedPacketRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(CLOUDY_MDNS_DATA))
                                      .entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            if (!file.startsWith(QLatin1String("malformed-")))
                QTest::newRow(qPrintable(file)) << file;
        }
    }
    void everyCapturedPacketRoundTrips()
    {
        QFETCH(QString, file);
        const QByteArray bytes = packet(file);
        const auto message = parseDnsMessage(bytes);
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        QVERIFY(message->rejected.isEmpty());
        for (const bool compress : {true, false}) {
            const auto encoded = encodeDnsMessage(message.value(), {compress, kMaxDnsMessageBytes});
            QVERIFY2(encoded.ok(), qPrintable(encoded.error().message));
            if (compress)
                QVERIFY(encoded->size() <= bytes.size()); // at least as compact as avahi
            const auto again = parseDnsMessage(encoded.value());
            QVERIFY2(again.ok(), qPrintable(again.error().message));
            QCOMPARE(again->flags, message->flags);
            QCOMPARE(again->questions, message->questions);
            QCOMPARE(again->answers, message->answers);
            QCOMPARE(again->authorities, message->authorities);
            QCOMPARE(again->additionals, message->additionals);
        }
    }

    // --- Malformed packets ----------------------------------------------------------------------------

    void malformedPacketsAreErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        const auto row = [](const char *file, const char *code) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(code);
        };
        row("malformed-empty.bin", "dns-truncated");
        row("malformed-short-header.bin", "dns-truncated");
        row("malformed-truncated.bin", "dns-truncated");
        row("malformed-count-overflow.bin", "dns-truncated");
        row("malformed-pointer-loop.bin", "dns-bad-pointer");
        row("malformed-pointer-forward.bin", "dns-bad-pointer");
        row("malformed-pointer-cycle.bin", "dns-bad-pointer");
        row("malformed-label-64.bin", "dns-bad-label");
        row("malformed-name-too-long.bin", "dns-name-too-long");
        row("malformed-rdata-overrun.bin", "dns-truncated");
    }
    void malformedPacketsAreErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const auto message = parseDnsMessage(packet(file));
        QVERIFY(!message.ok());
        QCOMPARE(message.error().code, code);
        QVERIFY(!message.error().message.isEmpty());
    }

    void badRecordsAreRejectedAlone_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("goodAnswers");
        QTest::newRow("A of 5 bytes") << QStringLiteral("malformed-a-length.bin")
                                      << QStringLiteral("dns-bad-address") << int(DnsType::A) << 4;
        QTest::newRow("TXT string overrun") << QStringLiteral("malformed-txt-overrun.bin")
                                            << QStringLiteral("txt-truncated") << int(DnsType::TXT) << 5;
        QTest::newRow("TXT over 8 KB") << QStringLiteral("malformed-txt-oversized.bin")
                                       << QStringLiteral("txt-too-large") << int(DnsType::TXT) << 5;
    }
    void badRecordsAreRejectedAlone()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(int, type);
        QFETCH(int, goodAnswers);
        const auto message = parseDnsMessage(packet(file));
        QVERIFY2(message.ok(), qPrintable(message.error().message));
        QCOMPARE(message->answers.size(), goodAnswers);
        QCOMPARE(message->rejected.size(), 1);
        QCOMPARE(message->rejected[0].error.code, code);
        QCOMPARE(message->rejected[0].type, quint16(type));
        QCOMPARE(message->rejected[0].section, DnsSection::Answer);
    }

    void instanceLabelThatIsNotUtf8()
    {
        const auto message = parseDnsMessage(packet(QStringLiteral("malformed-instance-not-utf8.bin")));
        QVERIFY2(message.ok(), qPrintable(message.error().message)); // labels are bytes
        const DnsRecord *pointer = findRecord(message->answers, DnsType::PTR, "_tahoe-lafs._tcp.local");
        QVERIFY(pointer);
        const auto text = dnsLabelText(pointer->target.first());
        QVERIFY(!text.ok());
        QCOMPARE(text.error().code, QStringLiteral("dns-label-not-utf8"));
        // Logs still show it, escaped.
        QVERIFY(dnsNameText(pointer->target).startsWith(QLatin1String("Gr\\195(cia")));
    }

    void pointerChainsAreBounded()
    {
        // 3000 questions, each a pointer to the previous one's name: following them all for each name
        // would be quadratic; the parser gives up after 127 jumps.
        QByteArray bytes("\0\0\0\0\x0b\xb8\0\0\0\0\0\0", 12);
        bytes.append("\x01"
                     "a\0\0\x0c\0\x01",
                     7);
        qsizetype previous = 12;
        for (int i = 1; i < 3000; ++i) {
            const qsizetype here = bytes.size();
            bytes.append(char(0xc0 | (previous >> 8)))
                .append(char(previous & 0xff))
                .append("\0\x0c\0\x01", 4);
            previous = here;
        }
        const auto message = parseDnsMessage(bytes);
        QVERIFY(!message.ok());
        QCOMPARE(message.error().code, QStringLiteral("dns-name-loop"));
    }

    void countsDoNotAllocate()
    {
        // Every count at 65535 on a 12-byte packet: an error, not 4 x 65535 reserved entries.
        const QByteArray bytes("\0\0\x84\0\xff\xff\xff\xff\xff\xff\xff\xff", 12);
        const auto message = parseDnsMessage(bytes);
        QVERIFY(!message.ok());
        QCOMPARE(message.error().code, QStringLiteral("dns-truncated"));
    }

    // --- Encoding ---------------------------------------------------------------------------------

    void queryMatchesCapturedBytes()
    {
        const auto packets =
            encodeDnsQuery({DnsQuestion {name("_services._dns-sd._udp.local"), DnsType::PTR}}, {});
        QVERIFY(packets.ok());
        QCOMPARE(packets->size(), 1);
        QCOMPARE(packets->first(), packet(QStringLiteral("query-services.bin")));
    }

    void unicastResponseBit()
    {
        DnsQuestion question {name("mc1.local"), DnsType::A};
        question.unicastResponse = true;
        const auto packets = encodeDnsQuery({question}, {});
        QVERIFY(packets.ok());
        const QByteArray &bytes = packets->first();
        QCOMPARE(bytes.right(4), QByteArray("\x00\x01\x80\x01", 4)); // type A, class IN | QU
        const auto message = parseDnsMessage(bytes);
        QVERIFY(message.ok());
        QVERIFY(message->questions[0].unicastResponse);
        QCOMPARE(message->questions[0].qclass, kDnsClassIn);
    }

    void knownAnswersSplitWithTruncatedBit()
    {
        const DnsQuestion question {name("_syncthing._tcp.local"), DnsType::PTR};
        QList<DnsRecord> known;
        for (int i = 0; i < 100; ++i) {
            const QByteArray instance = "Syncthing share " + QByteArray::number(i);
            known.append(pointerRecord("_syncthing._tcp.local",
                                       DnsName {instance} + name("_syncthing._tcp.local"), 4000));
        }
        const auto packets = encodeDnsQuery({question}, known, 512);
        QVERIFY2(packets.ok(), qPrintable(packets.error().message));
        QVERIFY(packets->size() > 3);
        QList<DnsRecord> received;
        for (qsizetype i = 0; i < packets->size(); ++i) {
            QVERIFY(packets->at(i).size() <= 512);
            const auto message = parseDnsMessage(packets->at(i));
            QVERIFY(message.ok());
            QCOMPARE(message->questions.size(), i == 0 ? 1 : 0);
            QCOMPARE(message->isTruncated(), i + 1 < packets->size()); // TC: more known answers follow
            QVERIFY(!message->isResponse());
            received.append(message->answers);
        }
        QCOMPARE(received, known);
    }

    void compressionShrinks()
    {
        DnsMessage message;
        message.flags = DnsFlag::Response | DnsFlag::Authoritative;
        for (int i = 0; i < 5; ++i)
            message.answers.append(
                txtRecord("Gràcia Tahoe._tahoe-lafs._tcp.local", "n=" + QByteArray::number(i), 4500));
        const auto compressed = encodeDnsMessage(message);
        const auto plain = encodeDnsMessage(message, {false, kMaxDnsMessageBytes});
        QVERIFY(compressed.ok() && plain.ok());
        QVERIFY(compressed->size() < plain->size() - 4 * 30);
        QCOMPARE(parseDnsMessage(compressed.value())->answers, message.answers);
    }

    void compressionKeepsCase()
    {
        // Names compare case-insensitively, but a compression pointer must not change the case people
        // see (found by fuzz_dnsmessage, tests/fuzz/regressions/compression-changed-case.bin).
        DnsMessage message;
        message.answers.append(addressRecord("MC1.Local", "10.0.0.1", 120));
        message.answers.append(pointerRecord("_http._tcp.local", name("Web._http._tcp.local"), 4500));
        message.answers.append(pointerRecord("_HTTP._tcp.local", name("web._http._TCP.local"), 4500));
        DnsRecord srv = makeRecord("Web._http._tcp.local", DnsType::SRV, 120);
        srv.target = name("mc1.local");
        message.answers.append(srv);
        const auto encoded = encodeDnsMessage(message);
        QVERIFY(encoded.ok());
        const auto again = parseDnsMessage(encoded.value());
        QVERIFY(again.ok());
        QCOMPARE(again->answers, message.answers);
        QCOMPARE(dnsNameText(again->answers[3].target), QStringLiteral("mc1.local"));
    }

    void encodingErrors()
    {
        DnsMessage message;
        message.questions.append(DnsQuestion {DnsName {QByteArray(64, 'x'), "local"}, DnsType::A});
        QCOMPARE(encodeDnsMessage(message).error().code, QStringLiteral("dns-bad-label"));
        message.questions = {DnsQuestion {DnsName {"a", QByteArray(), "local"}, DnsType::A}};
        QCOMPARE(encodeDnsMessage(message).error().code, QStringLiteral("dns-bad-label"));
        message.questions = {DnsQuestion {DnsName(5, QByteArray(63, 'x')), DnsType::A}};
        QCOMPARE(encodeDnsMessage(message).error().code, QStringLiteral("dns-name-too-long"));

        message.questions.clear();
        DnsRecord a = addressRecord("mc1.local", "10.0.0.1", 120);
        a.address = QHostAddress(QStringLiteral("fe80::1"));
        message.answers = {a};
        QCOMPARE(encodeDnsMessage(message).error().code, QStringLiteral("dns-bad-address"));
        message.answers = {txtRecord("x.local", QByteArray(256, 'v'), 120)};
        QCOMPARE(encodeDnsMessage(message).error().code, QStringLiteral("txt-string-too-long"));
        message.answers = {addressRecord("mc1.local", "10.0.0.1", 120)};
        QCOMPARE(encodeDnsMessage(message, {true, 20}).error().code, QStringLiteral("dns-too-large"));
    }

    // --- Names ------------------------------------------------------------------------------------

    void names()
    {
        QCOMPARE(dnsNameFromDotted("_http._tcp.local.").value(), (DnsName {"_http", "_tcp", "local"}));
        QVERIFY(dnsNameFromDotted("").value().isEmpty());
        QCOMPARE(dnsNameFromDotted("a..local").error().code, QStringLiteral("dns-bad-label"));
        QCOMPARE(dnsNameFromDotted(QByteArray(QByteArray(64, 'x') + ".local")).error().code,
                 QStringLiteral("dns-bad-label"));

        const DnsName dotted {"Gràcia v1.2 \\ Tahoe", "_tahoe-lafs", "_tcp", "local"};
        QCOMPARE(dnsNameText(dotted), utf8("Gràcia v1\\.2 \\\\ Tahoe._tahoe-lafs._tcp.local"));
        QCOMPARE(dnsNameText({QByteArray("a\x01z", 3), "local"}), QStringLiteral("a\\001z.local"));
        QCOMPARE(dnsNameWireLength(name("mc1.local")), 11);

        QVERIFY(dnsNameEquals(name("MC1.Local"), name("mc1.local")));
        QVERIFY(!dnsNameEquals(name("mc1.local"), name("mc2.local")));
        QCOMPARE(dnsNameKey(name("MC1.Local")), dnsNameKey(name("mc1.local")));
        QVERIFY(dnsNameKey(DnsName {"a.b", "local"}) != dnsNameKey(name("a.b.local")));
        QVERIFY(dnsNameEndsWith(name("x._http._tcp.local"), name("_HTTP._tcp.local")));
        QVERIFY(!dnsNameEndsWith(name("local"), name("_tcp.local")));

        QVERIFY(dnsLabelText(QByteArray("caf\xc3\xa9")).ok());
        QVERIFY(!dnsLabelText(QByteArray("a\0b", 3)).ok());
    }

    // --- MdnsCache --------------------------------------------------------------------------------

    void cacheRefreshesThenExpires()
    {
        MdnsCache cache;
        QCOMPARE(cache.insert(addressRecord("mc1.local", "10.0.0.1", 100), 0),
                 MdnsCache::InsertResult::Added);
        QCOMPARE(cache.size(), 1);
        // RFC 6762 5.2: refresh points at 80, 85, 90, 95 % (no jitter here), then expiry at 100 %.
        for (const qint64 point : {80000, 85000, 90000, 95000}) {
            QCOMPARE(cache.nextEventMs(), point);
            QVERIFY(cache.takeDue(point - 1).isEmpty());
            const auto events = cache.takeDue(point);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events[0].kind, MdnsCache::Event::Refresh);
        }
        QCOMPARE(cache.nextEventMs(), 100000);
        const auto events = cache.takeDue(100000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, MdnsCache::Event::Expired);
        QCOMPARE(events[0].record.address, QHostAddress(QStringLiteral("10.0.0.1")));
        QCOMPARE(cache.size(), 0);
        QCOMPARE(cache.nextEventMs(), std::numeric_limits<qint64>::max());
    }

    void cacheMergesDuplicates()
    {
        MdnsCache cache;
        DnsRecord record = pointerRecord("_http._tcp.local", name("Web._http._tcp.local"), 4500);
        QCOMPARE(cache.insert(record, 0), MdnsCache::InsertResult::Added);
        record.target = name("WEB._HTTP._tcp.local"); // names compare case-insensitively
        QCOMPARE(cache.insert(record, 500), MdnsCache::InsertResult::Refreshed);
        QCOMPARE(cache.size(), 1);
        // A refresh restarts the TTL: the first refresh point moves.
        QCOMPARE(cache.nextEventMs(), 0 + 3600000); // the old timer fires early, finds nothing due...
        QVERIFY(cache.takeDue(3600000).isEmpty());
        QCOMPARE(cache.nextEventMs(), 500 + 3600000); // ...and reschedules at the real point
        QCOMPARE(cache.takeDue(3600500).size(), 1);
    }

    void cacheGoodbye()
    {
        MdnsCache cache;
        QCOMPARE(cache.insert(addressRecord("mc1.local", "10.0.0.1", 120), 0),
                 MdnsCache::InsertResult::Added);
        QCOMPARE(cache.insert(addressRecord("mc1.local", "10.0.0.2", 0), 10),
                 MdnsCache::InsertResult::Ignored);
        QCOMPARE(cache.insert(addressRecord("mc1.local", "10.0.0.1", 0), 5000),
                 MdnsCache::InsertResult::Goodbye);
        QCOMPARE(cache.size(), 1); // for one more second (RFC 6762 10.1)
        QVERIFY(cache.find(dnsNameKey(name("mc1.local")), DnsType::A)->begin()->second.dying);
        QVERIFY(cache.knownAnswers(dnsNameKey(name("mc1.local")), DnsType::A, 5000).isEmpty());
        QCOMPARE(cache.nextEventMs(), 6000);
        const auto events = cache.takeDue(6000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, MdnsCache::Event::Expired);
        QCOMPARE(cache.size(), 0);
    }

    void cacheGoodbyeThenBackIsARefresh()
    {
        // avahi re-announces a shared PTR right after its goodbye when a static service file changes.
        MdnsCache cache;
        const DnsRecord record = pointerRecord("_http._tcp.local", name("Web._http._tcp.local"), 4500);
        cache.insert(record, 0);
        DnsRecord goodbye = record;
        goodbye.ttl = 0;
        QCOMPARE(cache.insert(goodbye, 1000), MdnsCache::InsertResult::Goodbye);
        QCOMPARE(cache.insert(record, 1001), MdnsCache::InsertResult::Refreshed);
        QVERIFY(cache.takeDue(5000).isEmpty());
        QCOMPARE(cache.size(), 1);
        QVERIFY(!cache.newest(dnsNameKey(record.name), DnsType::PTR)->dying);
    }

    void cacheFlush()
    {
        MdnsCache cache;
        const QByteArray owner = dnsNameKey(name("Web._http._tcp.local"));
        cache.insert(txtRecord("Web._http._tcp.local", "path=/", 4500), 0);
        // A new TXT with the cache-flush bit: the old one (received more than 1 s ago) leaves in 1 s.
        QCOMPARE(cache.insert(txtRecord("Web._http._tcp.local", "path=/v2", 4500), 10000),
                 MdnsCache::InsertResult::Added);
        QCOMPARE(cache.newest(owner, DnsType::TXT)->record.txt, QList<QByteArray> {"path=/v2"});
        QCOMPARE(cache.size(), 2);
        const auto events = cache.takeDue(11000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, MdnsCache::Event::Expired);
        QCOMPARE(events[0].record.txt, QList<QByteArray> {"path=/"});
        QCOMPARE(cache.size(), 1);

        // Records of one set that arrive within a second (one packet) all stay: two A records of a host.
        MdnsCache addresses;
        addresses.insert(addressRecord("mc1.local", "10.0.0.1", 120), 0);
        addresses.insert(addressRecord("mc1.local", "10.0.0.2", 120), 20);
        QVERIFY(addresses.takeDue(60000).isEmpty());
        QCOMPARE(addresses.size(), 2);
    }

    void cacheKnownAnswers()
    {
        MdnsCache cache;
        const QByteArray owner = dnsNameKey(name("_http._tcp.local"));
        DnsRecord record = pointerRecord("_http._tcp.local", name("Web._http._tcp.local"), 4500);
        record.cacheFlush = true;
        cache.insert(record, 0);
        auto known = cache.knownAnswers(owner, DnsType::PTR, 1500);
        QCOMPARE(known.size(), 1);
        QCOMPARE(known[0].ttl, 4498u); // the TTL left
        QVERIFY(!known[0].cacheFlush);
        // With half the TTL gone it is no longer a known answer (RFC 6762 7.1).
        QVERIFY(cache.knownAnswers(owner, DnsType::PTR, 2250000).isEmpty());
        QVERIFY(cache.knownAnswers(dnsNameKey(name("_ftp._tcp.local")), DnsType::PTR, 0).isEmpty());
    }

    void cacheLimits()
    {
        MdnsCache cache(2);
        QCOMPARE(cache.insert(addressRecord("a.local", "10.0.0.1", 120), 0), MdnsCache::InsertResult::Added);
        QCOMPARE(cache.insert(addressRecord("b.local", "10.0.0.2", 120), 0), MdnsCache::InsertResult::Added);
        QCOMPARE(cache.insert(addressRecord("c.local", "10.0.0.3", 120), 0), MdnsCache::InsertResult::Full);
        QCOMPARE(cache.insert(addressRecord("a.local", "10.0.0.1", 120), 10),
                 MdnsCache::InsertResult::Refreshed);
        QCOMPARE(cache.size(), 2);

        // A hostile TTL is clamped.
        MdnsCache clamped;
        clamped.insert(addressRecord("a.local", "10.0.0.1", 0x7fffffff), 0);
        QCOMPARE(clamped.nextEventMs(), qint64(MdnsCache::kMaxTtlSeconds) * 800);
        const auto events = clamped.takeDue(qint64(MdnsCache::kMaxTtlSeconds) * 1000);
        QCOMPARE(events.size(), 1); // expired: no refresh is asked for late
        QCOMPARE(events[0].kind, MdnsCache::Event::Expired);
        QCOMPARE(clamped.size(), 0);
    }

    void cacheTimersStayBounded()
    {
        // The same records refreshed over and over (a flood of duplicates) leave few stale timers.
        MdnsCache cache;
        for (int i = 0; i < 200000; ++i) {
            cache.insert(addressRecord("mc1.local", i % 2 ? "10.0.0.1" : "10.0.0.2", 120 - (i % 100)), i);
            QVERIFY(cache.timerCount() <= 2 * cache.size() + 1025);
        }
        QCOMPARE(cache.size(), 2);
        QVERIFY(cache.takeDue(200000).isEmpty());
        const auto events = cache.takeDue(200000 + 120000);
        QCOMPARE(events.size(), 2);
        QCOMPARE(cache.size(), 0);
    }

    // --- Interfaces -------------------------------------------------------------------------------

    void interfaceNames()
    {
        for (const char *name : {"virbr0", "vnet3", "veth1a2b", "docker0", "br-5f2a", "lo"})
            QVERIFY2(isVirtualInterfaceName(QLatin1String(name)), name);
        for (const char *name : {"eth0", "enp3s0", "wlan0", "tinc-guifi", "tun0", "tap1", "wg0"})
            QVERIFY2(!isVirtualInterfaceName(QLatin1String(name)), name);
        for (const char *name : {"tinc-guifi", "tinc0", "tun0", "tap1"})
            QVERIFY2(isVpnInterfaceName(QLatin1String(name)), name);
        QVERIFY(!isVpnInterfaceName(QStringLiteral("eth0")));
    }
};

CLOUDY_TEST_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
