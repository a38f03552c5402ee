// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogLibrary.h"

#include "CatalogRegistry.h"
#include "CatalogTrust.h"
#include "ServicesLog.h"

#include <QSet>

#include <algorithm>

namespace Cloudy::Services {

CatalogLibrary::CatalogLibrary(QObject *parent)
    : CatalogLibrary(QString(), QString(), QString(), parent)
{ }

CatalogLibrary::CatalogLibrary(const QString &trustFile, const QString &cacheDir, const QString &registryFile,
                               QObject *parent)
    : QObject(parent)
    , m_registryFile(registryFile)
{
    if (!trustFile.isEmpty())
        m_fetcher.setTrustFile(trustFile);
    if (!cacheDir.isEmpty())
        m_fetcher.setCacheDir(cacheDir);
    connect(&m_fetcher, &CatalogFetcher::finished, this, [this](const CatalogFetchResult &result) {
        auto it = m_sources.find(result.url.toString());
        if (it == m_sources.end())
            return;
        it->second.fetching = false;
        // A failed download keeps what the saved copy gave (the fetcher already fell back to it).
        it->second.last = result;
        if (result.status != CatalogFetchResult::Status::Ok)
            qCInfo(lcServices).noquote()
                << "catalog" << result.url.toDisplayString() << ":" << result.error.message;
        Q_EMIT changed();
    });
}

void CatalogLibrary::load()
{
    const CatalogRegistry registry(m_registryFile);
    for (const CatalogSource &registered : registry.sources()) {
        Source &source = m_sources[registered.url.toString()];
        source.url = registered.url;
        source.last = m_fetcher.loadCached(source.url, source.place);
    }
    Q_EMIT changed();
}

void CatalogLibrary::fetchSource(Source &source)
{
    if (source.fetching)
        return;
    source.fetching = true;
    m_fetcher.fetch(source.url, source.place);
}

void CatalogLibrary::refresh()
{
    for (auto &[key, source] : m_sources)
        fetchSource(source);
}

void CatalogLibrary::addAdvertised(const QString &microcloudId, const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return;
    const QString key = url.toString();
    const bool known = m_sources.count(key) != 0;
    Source &source = m_sources[key];
    if (known && source.microcloud == microcloudId)
        return;
    source.url = url;
    source.microcloud = microcloudId;
    source.place = CatalogTrust::placeForMicrocloud(microcloudId);
    source.last = m_fetcher.loadCached(url, source.place);
    fetchSource(source);
}

Result<bool> CatalogLibrary::trust(const QUrl &url)
{
    auto it = m_sources.find(url.toString());
    if (it == m_sources.end() || it->second.last.status != CatalogFetchResult::Status::UntrustedPublisher)
        return Error {QStringLiteral("not-pending"),
                      QStringLiteral("no catalog waits for trust at ") + url.toDisplayString()};
    Result<bool> trusted = m_fetcher.trustPublisher(it->second.last);
    if (!trusted)
        return trusted;
    it->second.last.status = CatalogFetchResult::Status::Ok;
    Q_EMIT changed();
    return true;
}

QList<OfferedService> CatalogLibrary::offered() const
{
    QList<OfferedService> list;
    QSet<QString> ids;
    for (const auto &[key, source] : m_sources) {
        if (source.last.status != CatalogFetchResult::Status::Ok)
            continue;
        for (const CatalogEntry &entry : source.last.catalog.services) {
            if (ids.contains(entry.id))
                continue; // the first catalog that offers an id wins (catalogs are ordered by URL)
            ids.insert(entry.id);
            list.append(OfferedService {entry, source.url, source.last.catalog.publisher,
                                        source.last.fingerprint, source.microcloud, false});
        }
    }
    std::sort(list.begin(), list.end(), [](const OfferedService &a, const OfferedService &b) {
        return a.entry.name.localeAwareCompare(b.entry.name) < 0;
    });
    const Catalog &builtIn = defaultCatalog();
    for (const CatalogEntry &entry : builtIn.services) {
        if (!ids.contains(entry.id))
            list.append(OfferedService {entry, {}, builtIn.publisher, {}, {}, true});
    }
    return list;
}

std::optional<OfferedService> CatalogLibrary::find(const QString &id) const
{
    for (const OfferedService &service : offered()) {
        if (service.entry.id == id)
            return service;
    }
    return std::nullopt;
}

QList<CatalogFetchResult> CatalogLibrary::pending() const
{
    QList<CatalogFetchResult> list;
    for (const auto &[key, source] : m_sources) {
        if (source.last.status == CatalogFetchResult::Status::UntrustedPublisher)
            list.append(source.last);
    }
    return list;
}

QList<CatalogFetchResult> CatalogLibrary::problems() const
{
    QList<CatalogFetchResult> list;
    for (const auto &[key, source] : m_sources) {
        if (source.last.status == CatalogFetchResult::Status::KeyChanged
            || source.last.status == CatalogFetchResult::Status::Failed)
            list.append(source.last);
    }
    return list;
}

bool CatalogLibrary::isFetching() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(),
                       [](const auto &pair) { return pair.second.fetching; });
}

} // namespace Cloudy::Services
