// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvahiBrowser.h"
#include "AvahiServer.h"
#include "DiscoveryLog.h"
#include "MdnsBrowser.h"
#include "ServiceBrowser.h"

#include <QDBusConnectionInterface>

namespace Cloudy::Discovery {

std::unique_ptr<ServiceBrowser> createServiceBrowser(BrowserBackend backend, const QDBusConnection &systemBus)
{
    if (backend == BrowserBackend::Automatic) {
        const bool avahiPresent =
            systemBus.isConnected() && systemBus.interface()
            && systemBus.interface()->isServiceRegistered(QString::fromLatin1(kAvahiService));
        backend = avahiPresent ? BrowserBackend::Avahi : BrowserBackend::Mdns;
        qCInfo(lcDiscovery) << "discovery backend:"
                            << (avahiPresent ? "avahi" : "mdns (no avahi-daemon on the system bus)");
    }
    if (backend == BrowserBackend::Avahi)
        return std::make_unique<AvahiBrowser>(systemBus);
    return std::make_unique<MdnsBrowser>();
}

} // namespace Cloudy::Discovery
