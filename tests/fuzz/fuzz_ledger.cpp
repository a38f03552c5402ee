// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the ledger's entry encodings (core/ledger/Receipt): any bytes, read as canonical bytes
// by decodeEntry() and as a JSON object by entryFromJson(), must give an entry or an error, never a crash or
// undefined behaviour; whatever decodes encodes back to the same canonical bytes (decode∘encode round trip),
// the JSON wire form and the canonical bytes carry the same entry, and checkPlausible() answers for every
// entry.
#include "ledger/Receipt.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Cloudy::Ledger;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        qCritical("fuzz_ledger: %s", what);
        std::abort();
    }
}

Entry withoutSignature(Entry entry)
{
    headerOf(entry).signature.clear();
    return entry;
}

// The JSON wire form of an entry read back gives the same entry.
void checkJsonRoundTrip(const Entry &entry)
{
    const auto again = entryFromJson(entryToJson(entry, true));
    if (!again)
        qCritical("fuzz_ledger: %s", qPrintable(again.error().message));
    check(again.ok(), "the JSON of a plausible entry does not read back");
    check(again.value() == entry, "an entry changed in a JSON round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // As canonical bytes.
    if (const auto decoded = decodeEntry(bytes)) {
        check(canonicalBytes(decoded.value()) == bytes, "decoded bytes do not encode back to themselves");
        check(headerOf(decoded.value()).signature.isEmpty(), "decoded bytes carry a signature");
        Entry entry = decoded.value();
        headerOf(entry).signature = QByteArray(64, '\0');
        check(!verifyEntry(entry), "a zero signature verified");
        if (checkPlausible(entry))
            checkJsonRoundTrip(entry);
    }

    // As the JSON wire form.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const auto parsed = entryFromJson(document.object());
    if (!parsed)
        return 0;
    const Entry &entry = parsed.value();
    checkPlausible(entry);
    const QByteArray canonical = canonicalBytes(entry);
    const auto decoded = decodeEntry(canonical);
    check(decoded.ok(), "the canonical bytes of a JSON entry do not decode");
    check(decoded.value() == withoutSignature(entry), "an entry changed between JSON and canonical bytes");
    check(canonicalBytes(decoded.value()) == canonical, "canonical bytes changed in a round trip");
    checkJsonRoundTrip(entry);
    return 0;
}
