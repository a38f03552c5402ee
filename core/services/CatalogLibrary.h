// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CatalogFetcher.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <map>

namespace Cloudy::Services {

// A service some catalog offers, with where it comes from (the Services page's card, `cloudyctl services
// list`). builtIn entries are metadata only.
struct OfferedService
{
    CatalogEntry entry;
    QUrl catalogUrl; // empty for the built-in catalog
    QString publisher;
    QString fingerprint;
    QString microcloud; // the microcloud that advertised the catalog, if it came from discovery
    bool builtIn = false;
};

// Every catalog this computer knows: the built-in one, those the user added (CatalogRegistry) and those
// microclouds advertise (`catalog=` in their `_cloudy._tcp` TXT, added with addAdvertised()). Starts from
// the verified saved copies, so an offline start still lists services, and refresh() fetches them again.
// A catalog whose publisher is not trusted yet is kept aside (pending()) until the user trusts it.
class CatalogLibrary final : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        QUrl url;
        QString place; // CatalogTrust place; empty: the URL's origin
        QString microcloud;
        CatalogFetchResult last; // the last result (saved copy or download)
        bool fetching = false;
    };

    explicit CatalogLibrary(QObject *parent = nullptr);
    // For tests: another trust file, cache folder and registry file (empty: the defaults).
    CatalogLibrary(const QString &trustFile, const QString &cacheDir, const QString &registryFile,
                   QObject *parent = nullptr);

    // Reads the registry and the saved copies (no network).
    void load();
    // Fetches every catalog again; changed() after each answer.
    void refresh();
    // A catalog a microcloud advertised (pinned to the microcloud, not the URL's origin).
    void addAdvertised(const QString &microcloudId, const QUrl &url);
    // Pins the publisher of a pending catalog (the user said yes) and lists its services.
    Result<bool> trust(const QUrl &url);

    // Trusted catalogs' services first (by name), then the built-in entries no catalog offers.
    QList<OfferedService> offered() const;
    std::optional<OfferedService> find(const QString &id) const;
    // Catalogs waiting for the user to trust their publisher (status UntrustedPublisher), and refused ones
    // (KeyChanged, Failed) with their error.
    QList<CatalogFetchResult> pending() const;
    QList<CatalogFetchResult> problems() const;
    bool isFetching() const;
    // The files it reads (empty: the defaults), so the Settings dialog edits the same ones.
    QString registryFile() const { return m_registryFile; }
    QString trustFile() const { return m_fetcher.trustFile(); }

Q_SIGNALS:
    void changed();

private:
    void fetchSource(Source &source);
    QString m_registryFile;
    CatalogFetcher m_fetcher;
    std::map<QString, Source> m_sources; // by URL text
};

} // namespace Cloudy::Services
