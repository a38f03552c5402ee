// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogFetcher.h"

#include "ServicesLog.h"
#include "platform/Crypto.h"
#include "platform/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::CatalogFetcher)
};

bool isHttp(const QUrl &url)
{
    return (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
           && !url.host().isEmpty();
}

QByteArray readFile(const QString &path, qsizetype cap, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly) && file.size() <= cap;
    return *ok ? file.read(cap + 1) : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

struct CatalogFetcher::Job
{
    QUrl url;
    QString place;
    QByteArray index;
    QByteArray signature;
};

CatalogFetcher::CatalogFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_trustFile(CatalogTrust::defaultFileName())
    , m_cacheDir(defaultCacheDir())
{
    qRegisterMetaType<Cloudy::Services::CatalogFetchResult>();
}

CatalogFetcher::~CatalogFetcher() = default;

QString CatalogFetcher::defaultCacheDir()
{
    return Paths::cacheDir() + QStringLiteral("/catalogs");
}

QUrl CatalogFetcher::signatureUrl(const QUrl &indexUrl)
{
    QUrl url = indexUrl;
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(indexUrl.path() + QStringLiteral(".sig"));
    return url;
}

void CatalogFetcher::fetch(const QUrl &url, const QString &place)
{
    auto job = std::make_shared<Job>();
    job->url = url;
    job->place = place.isEmpty() ? CatalogTrust::placeForUrl(url) : place;
    if (!isHttp(url)) {
        QTimer::singleShot(0, this, [this, job] {
            CatalogFetchResult result;
            result.url = job->url;
            result.place = job->place;
            result.error = {QStringLiteral("catalog-url"),
                            Tr::tr("Catalogs are fetched over http or https only, not from %1.")
                                .arg(job->url.toDisplayString())};
            Q_EMIT finished(result);
        });
        return;
    }
    download(job, url, kMaxCatalogBytes, false);
}

void CatalogFetcher::download(const std::shared_ptr<Job> &job, const QUrl &url, qsizetype cap, bool signature)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);

    // Why we aborted, when we did: the reply then only says "canceled".
    auto abortReason = std::make_shared<std::optional<Error>>();
    auto buffer = std::make_shared<QByteArray>();
    const auto tooLarge = [url, cap] {
        const qint64 limit = cap;
        return Error {QStringLiteral("catalog-too-large"),
                      Tr::tr("%1 is larger than %2 bytes; Cloudy does not read it.")
                          .arg(url.toDisplayString())
                          .arg(limit)};
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, abortReason, tooLarge] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap && !*abortReason) {
            *abortReason = tooLarge();
            reply->abort();
        }
    });
    // The cap is enforced while reading, so a server cannot make us hold more than cap + one chunk.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, cap, buffer, abortReason, tooLarge] {
        if (*abortReason)
            return;
        buffer->append(reply->read(cap + 1 - buffer->size()));
        if (buffer->size() > cap) {
            *abortReason = tooLarge();
            reply->abort();
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, abortReason, url, this] {
        const int seconds = (m_timeoutMs + 999) / 1000;
        *abortReason = Error {QStringLiteral("catalog-timeout"),
                              Tr::tr("The server of %1 did not answer within %n second(s).", nullptr, seconds)
                                  .arg(url.toDisplayString())};
        reply->abort();
    });
    timer->start(m_timeoutMs);

    connect(
        reply, &QNetworkReply::finished, this, [this, reply, job, buffer, abortReason, signature, cap, url] {
            reply->deleteLater();
            if (!*abortReason && reply->error() == QNetworkReply::NoError)
                buffer->append(reply->read(cap + 1 - buffer->size()));
            if (!*abortReason && buffer->size() > cap)
                *abortReason =
                    Error {QStringLiteral("catalog-too-large"),
                           Tr::tr("%1 is too large; Cloudy does not read it.").arg(url.toDisplayString())};
            if (*abortReason)
                return failDownload(job, **abortReason);
            if (reply->error() != QNetworkReply::NoError) {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QString detail =
                    status >= 400 ? Tr::tr("the server answered %1").arg(status) : reply->errorString();
                return failDownload(
                    job,
                    {QStringLiteral("catalog-download"),
                     signature
                         ? Tr::tr("Cannot download the catalog's signature %1: %2.")
                               .arg(url.toDisplayString(), detail)
                         : Tr::tr("Cannot download the catalog %1: %2.").arg(url.toDisplayString(), detail)});
            }
            if (!isHttp(reply->url()))
                return failDownload(job,
                                    {QStringLiteral("catalog-url"),
                                     Tr::tr("%1 redirected to %2, which is not an http or https address.")
                                         .arg(url.toDisplayString(), reply->url().toDisplayString())});
            if (!signature) {
                job->index = *buffer;
                download(job, signatureUrl(job->url), kMaxSignatureBytes, true);
            } else {
                job->signature = *buffer;
                complete(job);
            }
        });
}

void CatalogFetcher::failDownload(const std::shared_ptr<Job> &job, const Error &error)
{
    qCInfo(lcServices).noquote() << "catalog download failed:" << error.message;
    // Offline (or the server is down): the last good copy, if it still verifies and is still trusted.
    CatalogFetchResult cached = loadCached(job->url, job->place);
    if (cached.status == CatalogFetchResult::Status::Ok) {
        cached.error = error;
        Q_EMIT finished(cached);
        return;
    }
    CatalogFetchResult result;
    result.url = job->url;
    result.place = job->place;
    result.error = error;
    Q_EMIT finished(result);
}

void CatalogFetcher::complete(const std::shared_ptr<Job> &job)
{
    const CatalogFetchResult result = evaluate(job->url, job->place, job->index, job->signature);
    if (result.status == CatalogFetchResult::Status::Ok)
        storeInCache(result);
    Q_EMIT finished(result);
}

CatalogFetchResult CatalogFetcher::evaluate(const QUrl &url, const QString &place,
                                            const QByteArray &indexBytes,
                                            const QByteArray &signatureText) const
{
    CatalogFetchResult result;
    result.url = url;
    result.place = place.isEmpty() ? CatalogTrust::placeForUrl(url) : place;
    Result<Catalog> verified = verifyCatalog(indexBytes, signatureText, url);
    if (!verified) {
        // Info, not a warning: the caller shows the same error to the user.
        qCInfo(lcServices).noquote() << "catalog" << url.toDisplayString()
                                     << "refused:" << verified.error().message;
        result.error = verified.error();
        return result;
    }
    const CatalogTrust trust(m_trustFile);
    const TrustCheck check = trust.check(result.place, verified->publisher, verified->publicKey);
    result.fingerprint = check.fingerprint;
    switch (check.verdict) {
    case TrustCheck::Verdict::Trusted:
        result.status = CatalogFetchResult::Status::Ok;
        break;
    case TrustCheck::Verdict::NewPublisher:
        result.status = CatalogFetchResult::Status::UntrustedPublisher;
        break;
    case TrustCheck::Verdict::DifferentKey:
        result.status = CatalogFetchResult::Status::KeyChanged;
        result.error = check.error;
        return result;
    case TrustCheck::Verdict::Unavailable:
        result.status = CatalogFetchResult::Status::Failed;
        result.error = check.error;
        return result;
    }
    result.catalog = std::move(verified).value();
    result.indexBytes = indexBytes;
    result.signatureText = signatureText;
    return result;
}

QString CatalogFetcher::cacheFolder(const QUrl &url) const
{
    // One folder per catalog URL, named by a hash so that any URL makes a safe file name.
    const QByteArray hash = Crypto::blake2b256(url.toString(QUrl::FullyEncoded).toUtf8()).left(16).toHex();
    return m_cacheDir + QLatin1Char('/') + QString::fromLatin1(hash);
}

void CatalogFetcher::storeInCache(const CatalogFetchResult &result) const
{
    const QString folder = cacheFolder(result.url);
    if (!QDir().mkpath(folder) || !writeFile(folder + QStringLiteral("/index.json.sig"), result.signatureText)
        || !writeFile(folder + QStringLiteral("/index.json"), result.indexBytes)
        || !writeFile(folder + QStringLiteral("/url"), result.url.toString(QUrl::FullyEncoded).toUtf8()))
        qCWarning(lcServices).noquote()
            << "cannot cache the catalog" << result.url.toDisplayString() << "in" << folder;
}

CatalogFetchResult CatalogFetcher::loadCached(const QUrl &url, const QString &place) const
{
    const QString folder = cacheFolder(url);
    bool indexOk = false;
    bool signatureOk = false;
    const QByteArray index = readFile(folder + QStringLiteral("/index.json"), kMaxCatalogBytes, &indexOk);
    const QByteArray signature =
        readFile(folder + QStringLiteral("/index.json.sig"), kMaxSignatureBytes, &signatureOk);
    if (!indexOk || !signatureOk) {
        CatalogFetchResult result;
        result.url = url;
        result.place = place.isEmpty() ? CatalogTrust::placeForUrl(url) : place;
        result.error = {QStringLiteral("catalog-not-cached"),
                        Tr::tr("There is no saved copy of the catalog %1.").arg(url.toDisplayString())};
        return result;
    }
    CatalogFetchResult result = evaluate(url, place, index, signature);
    result.fromCache = true;
    if (result.status == CatalogFetchResult::Status::UntrustedPublisher) {
        // Its key was forgotten since: a cached copy alone never asks for trust.
        result.status = CatalogFetchResult::Status::Failed;
        result.error = {
            QStringLiteral("catalog-untrusted"),
            Tr::tr("The saved copy of the catalog %1 is no longer trusted.").arg(url.toDisplayString())};
    }
    return result;
}

Result<bool> CatalogFetcher::trustPublisher(const CatalogFetchResult &result) const
{
    if (result.status != CatalogFetchResult::Status::UntrustedPublisher
        && result.status != CatalogFetchResult::Status::Ok)
        return Error {QStringLiteral("catalog-untrusted"), Tr::tr("Only a verified catalog can be trusted.")};
    CatalogTrust trust(m_trustFile);
    const Result<bool> pinned = trust.trust(result.place, result.catalog.publisher, result.catalog.publicKey);
    if (!pinned)
        return pinned;
    storeInCache(result);
    return true;
}

} // namespace Cloudy::Services
