// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Cloudy::BuildInfo {

// The version of Cloudy Desktop, the same for the three programs.
QString version();
// The reverse-DNS application id (names the .desktop file, icons and keyring service).
QString applicationId();
// "cloudyctl 0.1.0 (Qt 6.4.2)": the line every program prints for --version.
QString versionLine(const QString &program);
// Sets the QCoreApplication name/version used by QStandardPaths and QCommandLineParser. Call before
// constructing the application object.
void applyApplicationIdentity(const QString &program);

} // namespace Cloudy::BuildInfo
