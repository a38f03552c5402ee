// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where Cloudy keeps its files. All three programs share these, so that cloudyctl sees what the desktop
// app configured. Tests call QStandardPaths::setTestModeEnabled(true) and get throw-away locations.
namespace Cloudy::Paths {

// $XDG_DATA_HOME/cloudy-desktop: local state (SQLite databases, installed services, metering samples).
QString dataDir();
// $XDG_CONFIG_HOME/cloudy-desktop/cloudy.conf: the settings file.
QString settingsFile();
// $XDG_CACHE_HOME/cloudy-desktop: downloads that can be fetched again.
QString cacheDir();

} // namespace Cloudy::Paths
