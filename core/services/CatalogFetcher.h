// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTrust.h"
#include "services/Catalog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

// Downloads a catalog (index.json and index.json.sig) and decides whether to use it: signature, then the
// pinned key of its place. "A new publisher" is an outcome of its own, so that the GUI and cloudyctl ask the
// user. The last good copy of each catalog is cached, so that an offline start still lists services; the
// cache is verified and trust-checked again on every load.
namespace Cloudy::Services {

struct CatalogFetchResult
{
    enum class Status
    {
        Ok, // verified and signed by the pinned key: use catalog
        UntrustedPublisher, // verified, but nothing is pinned for its place: ask the user (trustPublisher())
        KeyChanged, // verified, but signed by another key than the pinned one: refused, error says so
        Failed, // not downloaded, too large, not signed, damaged...: error says what
    };
    Status status = Status::Failed;
    QUrl url; // of index.json, as asked
    QString place; // where its key is pinned (CatalogTrust::placeFor...)
    Catalog catalog; // for Ok and UntrustedPublisher
    QString fingerprint; // of the key that signed it (all but Failed)
    Error error; // for KeyChanged and Failed; for Ok from the cache, why the download was not used
    bool fromCache = false;
    QByteArray indexBytes; // what was verified, for trustPublisher() to cache
    QByteArray signatureText;
};

class CatalogFetcher final : public QObject
{
    Q_OBJECT

public:
    // network null: the fetcher makes its own QNetworkAccessManager.
    explicit CatalogFetcher(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~CatalogFetcher() override;

    // Defaults: CatalogTrust::defaultFileName(), defaultCacheDir(), 30 s, 3 redirects.
    void setTrustFile(const QString &fileName) { m_trustFile = fileName; }
    void setCacheDir(const QString &directory) { m_cacheDir = directory; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxRedirects(int redirects) { m_maxRedirects = redirects; }
    QString trustFile() const { return m_trustFile; }
    QString cacheDir() const { return m_cacheDir; }

    static QString defaultCacheDir(); // Paths::cacheDir()/catalogs
    static QUrl signatureUrl(const QUrl &indexUrl); // index.json -> index.json.sig

    // Starts downloading; finished() follows once per call, never from inside fetch(). place empty: the
    // URL's origin (CatalogTrust::placeForUrl). Only http and https URLs are fetched.
    void fetch(const QUrl &url, const QString &place = {});

    // The cached copy of url's catalog, verified and trust-checked now (Failed with a reason when there is
    // none or it no longer passes).
    CatalogFetchResult loadCached(const QUrl &url, const QString &place = {}) const;

    // The user trusts the new publisher of result (UntrustedPublisher): pins its key and caches the catalog.
    Result<bool> trustPublisher(const CatalogFetchResult &result) const;

    // What the fetcher decides for bytes already in hand: verify, then check against the trust file.
    CatalogFetchResult evaluate(const QUrl &url, const QString &place, const QByteArray &indexBytes,
                                const QByteArray &signatureText) const;

Q_SIGNALS:
    void finished(const Cloudy::Services::CatalogFetchResult &result);

private:
    struct Job;
    void download(const std::shared_ptr<Job> &job, const QUrl &url, qsizetype cap, bool signature);
    void complete(const std::shared_ptr<Job> &job);
    void failDownload(const std::shared_ptr<Job> &job, const Error &error);
    QString cacheFolder(const QUrl &url) const;
    void storeInCache(const CatalogFetchResult &result) const;

    QPointer<QNetworkAccessManager> m_network;
    QString m_trustFile;
    QString m_cacheDir;
    int m_timeoutMs = 30000;
    int m_maxRedirects = 3;
};

} // namespace Cloudy::Services

Q_DECLARE_METATYPE(Cloudy::Services::CatalogFetchResult)
