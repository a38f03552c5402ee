// SPDX-License-Identifier: GPL-3.0-or-later
#include "Archive.h"

#include "platform/Libarchive.h"

namespace Cloudy::Services {

QString libarchiveVersion()
{
    return QString::fromLatin1(archive_version_details());
}

} // namespace Cloudy::Services
