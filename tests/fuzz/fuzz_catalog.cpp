// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the service catalog reader (core/services/Catalog): any bytes must give a catalog or
// an error, never a crash, a hang or unbounded memory; whatever parses must write and parse back to the same
// entries (the writer and the parser agree); and verification never accepts a signature it did not check.
#include "services/Catalog.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

using namespace Cloudy::Services;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        qCritical("fuzz_catalog: %s", what);
        std::abort();
    }
}

QByteArray entryText(const CatalogEntry &entry)
{
    return QJsonDocument(catalogEntryToJson(entry)).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Dropped entries are logged as warnings: thousands per second here.
    QLoggingCategory::setFilterRules(QStringLiteral("cloudy.services.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl base(QStringLiteral("https://node1.example.guifi.net/cloudy/index.json"));
    const auto catalog = parseCatalog(bytes, base);

    // A signature of the right shape that cannot be right (all zeros) never verifies.
    const auto verified = verifyCatalog(bytes, QByteArray(64, '\0').toBase64(), base);
    check(!verified.ok(), "a zero signature verified");
    if (!catalog)
        return 0;

    for (const CatalogEntry &entry : catalog->services) {
        check(isValidServiceId(entry.id), "an accepted entry has an invalid id");
        check(!entry.installable() || entry.bundle->url.scheme().startsWith(QLatin1String("http")),
              "an accepted bundle URL is not http(s)");
        check(!entry.installable() || entry.readiness.has_value(), "an installable entry has no readiness");
    }
    const auto again = parseCatalog(catalogToJson(catalog.value()), base);
    check(again.ok(), "a written catalog does not parse");
    check(again->rejected.isEmpty(), "a written catalog has rejected entries");
    check(again->publisher == catalog->publisher, "publisher changed in a round trip");
    check(again->publicKey == catalog->publicKey, "publicKey changed in a round trip");
    check(again->services.size() == catalog->services.size(), "entries changed in a round trip");
    for (qsizetype i = 0; i < again->services.size(); ++i)
        check(entryText(again->services.at(i)) == entryText(catalog->services.at(i)),
              "an entry changed in a round trip");
    return 0;
}
