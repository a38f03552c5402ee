// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvahiBrowser.h"
#include "AvahiServer.h"
#include "DiscoveryLog.h"
#include "MdnsBrowser.h"
#include "ServiceBrowser.h"

#include <QDBusConnectionInterface>

#include <functional>

namespace Cloudy::Discovery {

namespace {

std::unique_ptr<ServiceBrowser> pickBackend(const QDBusConnection &systemBus)
{
    const bool avahiPresent =
        systemBus.isConnected() && systemBus.interface()
        && systemBus.interface()->isServiceRegistered(QString::fromLatin1(kAvahiService));
    qCInfo(lcDiscovery) << "discovery backend:"
                        << (avahiPresent ? "avahi" : "mdns (no avahi-daemon on the system bus)");
    if (avahiPresent)
        return std::make_unique<AvahiBrowser>(systemBus);
    return std::make_unique<MdnsBrowser>();
}

// The automatic choice is made when browsing starts, not when the browser is made: asking the system bus
// whether avahi-daemon is there is a D-Bus connection and a round trip, which the desktop would otherwise pay
// before its window's first paint. Until then backendName() is "auto"; then it is the chosen backend's,
// whose observations and states this browser passes on.
class AutomaticBrowser final : public ServiceBrowser
{
public:
    explicit AutomaticBrowser(std::function<QDBusConnection()> systemBus)
        : m_systemBus(std::move(systemBus))
    { }

    QString backendName() const override
    {
        return m_chosen ? m_chosen->backendName() : QStringLiteral("auto");
    }

    void start() override
    {
        if (!m_chosen) {
            m_chosen = pickBackend(m_systemBus());
            ServiceBrowser *chosen = m_chosen.get();
            connect(chosen, &ServiceBrowser::serviceAdded, this, &ServiceBrowser::serviceAdded);
            connect(chosen, &ServiceBrowser::serviceUpdated, this, &ServiceBrowser::serviceUpdated);
            connect(chosen, &ServiceBrowser::serviceRemoved, this, &ServiceBrowser::serviceRemoved);
            connect(chosen, &ServiceBrowser::allForNow, this, &ServiceBrowser::allForNow);
            connect(chosen, &ServiceBrowser::stateChanged, this,
                    [this, chosen](State state) { setState(state, chosen->errorString()); });
        }
        m_chosen->start();
    }

    void stop() override
    {
        if (m_chosen)
            m_chosen->stop();
    }

private:
    std::function<QDBusConnection()> m_systemBus;
    std::unique_ptr<ServiceBrowser> m_chosen;
};

} // namespace

std::unique_ptr<ServiceBrowser> createServiceBrowser(BrowserBackend backend)
{
    if (backend == BrowserBackend::Automatic)
        return std::make_unique<AutomaticBrowser>([] { return QDBusConnection::systemBus(); });
    return createServiceBrowser(backend, QDBusConnection::systemBus());
}

std::unique_ptr<ServiceBrowser> createServiceBrowser(BrowserBackend backend, const QDBusConnection &systemBus)
{
    if (backend == BrowserBackend::Automatic)
        return std::make_unique<AutomaticBrowser>([systemBus] { return systemBus; });
    if (backend == BrowserBackend::Avahi)
        return std::make_unique<AvahiBrowser>(systemBus);
    return std::make_unique<MdnsBrowser>();
}

} // namespace Cloudy::Discovery
