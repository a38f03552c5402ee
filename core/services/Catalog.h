// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The signed service catalog of docs/services-formats.md as values, with pure functions to read, verify and
// write it: the network, the trust store and the CLI build on these, and tests and fuzzers call them offline.
namespace Cloudy::Services {

inline constexpr int kCatalogFormat = 1;
inline constexpr qsizetype kMaxCatalogBytes = 1024 * 1024; // index.json
inline constexpr qsizetype kMaxSignatureBytes = 1024; // index.json.sig (88 characters and a newline)

struct ServicePort
{
    QString name;
    int guestPort = 0;
    QString protocol; // "tcp" or "udp"
    bool http = false; // "Open in a browser"
};

struct Readiness
{
    QString consoleLine; // exactly one of consoleLine and port is set
    QString port; // the name of a tcp port
    int timeoutSeconds = 120;
};

struct BundleRef
{
    QString href; // as written in the catalog (relative or absolute)
    QUrl url; // href resolved against the catalog's URL: always http or https
    QString sha256; // 64 lower-case hex digits
    qint64 size = 0; // bytes; the download is refused beyond it
};

struct CatalogEntry
{
    QString id;
    QString name;
    QString version;
    QString summary;
    QString description;
    QString category = QStringLiteral("other");
    QString icon;
    QString kind; // "qemu" or "lxc"; empty only for a metadata-only entry
    int vcpus = 0;
    int memoryMiB = 0;
    int diskMiB = 0;
    QList<ServicePort> ports;
    std::optional<Readiness> readiness; // always set for an installable entry
    std::optional<BundleRef> bundle; // none: "offered by microclouds, not installable from here"

    bool installable() const { return bundle.has_value(); }
};

struct Catalog
{
    int format = kCatalogFormat;
    QString publisher;
    QByteArray publicKey; // 32 raw bytes
    QDateTime generated; // UTC
    QList<CatalogEntry> services;
    // One sentence per entry that was dropped (the others stay), for logs and `cloudyctl catalog list`.
    QStringList rejected;

    const CatalogEntry *find(const QString &id) const;
};

// Reads index.json. catalogUrl is where it came from (relative bundle URLs resolve against it; without
// one, an entry with a relative bundle URL is dropped). Whole-catalog problems are an Error in plain words;
// invalid entries are dropped, listed in Catalog::rejected and logged. Checks no signature.
Result<Catalog> parseCatalog(const QByteArray &json, const QUrl &catalogUrl = {});
// One entry, as parseCatalog() checks it; the error message names the entry and the rule.
Result<CatalogEntry> parseCatalogEntry(const QJsonObject &object, const QUrl &catalogUrl = {});

// The whole acceptance check short of trust: size, signature (index.json.sig's text, base64) against the
// publicKey inside index.json, then parseCatalog(). The caller still compares publicKey with the pinned key.
Result<Catalog> verifyCatalog(const QByteArray &indexBytes, const QByteArray &signatureText,
                              const QUrl &catalogUrl = {});

// Writers, for `cloudyctl catalog build` and tests. Bundle URLs are written as BundleRef::href.
QJsonObject catalogEntryToJson(const CatalogEntry &entry);
QByteArray catalogToJson(const Catalog &catalog);
// index.json.sig's content for the signature (64 bytes) of index.json: base64 and a newline.
QByteArray signatureToText(const QByteArray &signature);

// The catalog shipped inside Cloudy (resources/catalog/default-index.json): the seed's services, metadata
// only, unsigned (it is part of the program).
const Catalog &defaultCatalog();

bool isValidServiceId(const QString &id);

} // namespace Cloudy::Services
