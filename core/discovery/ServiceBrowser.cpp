// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceBrowser.h"

namespace Cloudy::Discovery {

std::optional<BrowserBackend> backendFromName(const QString &name)
{
    if (name == QLatin1String("auto") || name.isEmpty())
        return BrowserBackend::Automatic;
    if (name == QLatin1String("avahi"))
        return BrowserBackend::Avahi;
    if (name == QLatin1String("mdns"))
        return BrowserBackend::Mdns;
    return std::nullopt;
}

// createServiceBrowser() is in BrowserFactory.cpp, the one file that knows both backends.

} // namespace Cloudy::Discovery
