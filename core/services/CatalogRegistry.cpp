// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogRegistry.h"

#include "platform/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::CatalogRegistry)
};

constexpr int kRegistryFormat = 1;

} // namespace

CatalogRegistry::CatalogRegistry(const QString &fileName)
    : m_fileName(fileName.isEmpty() ? defaultFileName() : fileName)
{
    reload();
}

QString CatalogRegistry::defaultFileName()
{
    return Paths::dataDir() + QStringLiteral("/catalogs.json");
}

void CatalogRegistry::reload()
{
    m_sources.clear();
    m_problem.reset();
    QFile file(m_fileName);
    if (!file.exists())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toInt() != kRegistryFormat) {
        m_problem =
            Error {QStringLiteral("catalog-list-file"),
                   Tr::tr("The list of added catalogs in %1 cannot be read; move the file away and add the "
                          "catalogs again.")
                       .arg(m_fileName)};
        return;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("catalogs")).toArray()) {
        const QJsonObject object = value.toObject();
        CatalogSource source {
            QUrl(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode),
            QDateTime::fromString(object.value(QStringLiteral("addedAt")).toString(), Qt::ISODate)};
        if (source.url.isValid() && !source.url.isRelative() && !contains(source.url))
            m_sources.append(source);
    }
}

bool CatalogRegistry::contains(const QUrl &url) const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(),
                       [&](const CatalogSource &source) { return source.url == url; });
}

Result<bool> CatalogRegistry::add(const QUrl &url)
{
    if (m_problem)
        return *m_problem;
    if (contains(url))
        return false;
    m_sources.append({url, QDateTime::currentDateTimeUtc()});
    const Result<bool> saved = save();
    if (!saved)
        return saved;
    return true;
}

Result<bool> CatalogRegistry::remove(const QUrl &url)
{
    if (m_problem)
        return *m_problem;
    if (m_sources.removeIf([&](const CatalogSource &source) { return source.url == url; }) == 0)
        return false;
    const Result<bool> saved = save();
    if (!saved)
        return saved;
    return true;
}

Result<bool> CatalogRegistry::save() const
{
    QJsonArray catalogs;
    for (const CatalogSource &source : m_sources)
        catalogs.append(
            QJsonObject {{QStringLiteral("url"), source.url.toString(QUrl::FullyEncoded)},
                         {QStringLiteral("addedAt"), source.addedAt.toUTC().toString(Qt::ISODate)}});
    const QJsonObject root {{QStringLiteral("format"), kRegistryFormat},
                            {QStringLiteral("catalogs"), catalogs}};
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error {
            QStringLiteral("catalog-list-file"),
            Tr::tr("Cannot save the list of added catalogs in %1: %2.").arg(m_fileName, file.errorString())};
    return true;
}

Result<QUrl> catalogUrlFromUserInput(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty())
        return Error {QStringLiteral("catalog-url"),
                      Tr::tr("\"%1\" is not the http or https address of a catalog, like "
                             "https://node1.example.guifi.net/cloudy/index.json.")
                          .arg(text)};
    if (url.path().isEmpty() || url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path()
                    + (url.path().isEmpty() ? QStringLiteral("/index.json") : QStringLiteral("index.json")));
    url.setFragment({});
    return url;
}

} // namespace Cloudy::Services
