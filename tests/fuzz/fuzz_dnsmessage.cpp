// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the DNS message parser (core/discovery/DnsMessage): any bytes must give a value or
// an error, never a crash, a hang or unbounded memory; and whatever parses must encode and parse back to
// the same message (the encoder and the parser agree).
#include "discovery/DnsMessage.h"
#include "discovery/TxtRecord.h"

#include <cstdint>
#include <cstdlib>

using namespace Cloudy::Discovery;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        qCritical("fuzz_dnsmessage: %s", what);
        std::abort();
    }
}

void touch(const DnsRecord &record)
{
    // The helpers the browser runs on every record.
    (void)dnsNameText(record.name);
    (void)dnsNameKey(record.name);
    (void)dnsRdataKey(record);
    for (const QByteArray &label : record.name)
        (void)dnsLabelText(label);
    if (record.type == DnsType::TXT) {
        QStringList rejected;
        (void)parseTxtStrings(record.txt, &rejected);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = parseDnsMessage(bytes);
    if (!message)
        return 0;
    for (const QList<DnsRecord> *section :
         {&message->answers, &message->authorities, &message->additionals}) {
        for (const DnsRecord &record : *section)
            touch(record);
    }

    const auto encoded = encodeDnsMessage(message.value());
    if (!encoded) {
        // Only size can stop it: everything parsed is encodable.
        check(encoded.error().code == QLatin1String("dns-too-large"), "a parsed message cannot be encoded");
        return 0;
    }
    const auto again = parseDnsMessage(encoded.value());
    check(again.ok(), "an encoded message does not parse");
    check(again->rejected.isEmpty(), "an encoded message has rejected records");
    check(again->flags == message->flags, "flags changed in a round trip");
    check(again->questions == message->questions, "questions changed in a round trip");
    check(again->answers == message->answers, "answers changed in a round trip");
    check(again->authorities == message->authorities, "authority records changed in a round trip");
    check(again->additionals == message->additionals, "additional records changed in a round trip");

    // The querier's encoder: questions plus known answers split over packets of at most 512 bytes.
    const auto queries = encodeDnsQuery(message->questions, message->answers, 512);
    if (queries) {
        for (const QByteArray &query : queries.value()) {
            check(query.size() <= 512, "a query packet is larger than asked");
            check(parseDnsMessage(query).ok(), "an encoded query does not parse");
        }
    }
    return 0;
}
