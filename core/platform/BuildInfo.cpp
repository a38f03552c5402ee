// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace Cloudy::BuildInfo {

QString version()
{
    return QStringLiteral(CLOUDY_VERSION);
}

QString applicationId()
{
    return QStringLiteral(CLOUDY_APP_ID);
}

QString versionLine(const QString &program)
{
    return QStringLiteral("%1 %2 (Qt %3)").arg(program, version(), QString::fromLatin1(qVersion()));
}

void applyApplicationIdentity(const QString &program)
{
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setApplicationVersion(version());
    QCoreApplication::setOrganizationDomain(QStringLiteral("clommunity.eu"));
}

} // namespace Cloudy::BuildInfo
