// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// The catalogs the user added by URL (`cloudyctl catalog add`, the Settings dialog), kept next to the trust
// file as a small JSON file so that the three programs list the same ones. Catalogs that microclouds
// announce are not stored here: discovery finds them again.
namespace Cloudy::Services {

struct CatalogSource
{
    QUrl url; // of index.json
    QDateTime addedAt; // UTC
};

class CatalogRegistry
{
public:
    // fileName empty: defaultFileName().
    explicit CatalogRegistry(const QString &fileName = {});

    static QString defaultFileName(); // Paths::dataDir()/catalogs.json

    QString fileName() const { return m_fileName; }
    void reload();
    std::optional<Error> problem() const { return m_problem; }

    QList<CatalogSource> sources() const { return m_sources; }
    bool contains(const QUrl &url) const;
    // Adds url (true) or leaves the list as it is when it is already there (false). Writes the file.
    Result<bool> add(const QUrl &url);
    // Removes url; false when it was not there. Writes the file.
    Result<bool> remove(const QUrl &url);

private:
    Result<bool> save() const;

    QString m_fileName;
    QList<CatalogSource> m_sources;
    std::optional<Error> m_problem;
};

// A catalog URL as typed by a user, checked: http or https with a host. A URL ending in "/" gets
// "index.json" appended.
Result<QUrl> catalogUrlFromUserInput(const QString &text);

} // namespace Cloudy::Services
