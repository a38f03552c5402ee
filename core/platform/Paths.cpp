// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paths.h"

#include <QStandardPaths>

namespace Cloudy::Paths {

namespace {
// A fixed folder name rather than the application name, which differs between the three programs.
const QString kFolder = QStringLiteral("/cloudy-desktop");
} // namespace

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + kFolder;
}

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + kFolder
           + QStringLiteral("/cloudy.conf");
}

QString cacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + kFolder;
}

} // namespace Cloudy::Paths
