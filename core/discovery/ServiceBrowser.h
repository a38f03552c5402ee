// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveredService.h"

#include <QDBusConnection>
#include <QObject>

#include <memory>
#include <optional>

namespace Cloudy::Discovery {

// Finds every DNS-SD service on the local network: all types are enumerated through
// _services._dns-sd._udp.local (never a fixed list), each type is browsed, each instance resolved.
// Two backends: AvahiBrowser (avahi-daemon over D-Bus) and MdnsBrowser (our own RFC 6762 querier).
//
// Signals carry one observation (a service on one interface and address family); a browser reports
// serviceAdded once per observation, serviceUpdated when its host, addresses, port or TXT change, and
// serviceRemoved on withdrawal (goodbye packet / ItemRemove) or expiry. Records that are malformed, not
// valid UTF-8 where text is required, or beyond the kMax* limits are dropped with one log line each.
class ServiceBrowser : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle, // not started
        Starting, // started, nothing reported yet
        Browsing, // running
        Failed, // cannot browse (errorString() says why); a browser may leave this state by itself,
                // e.g. AvahiBrowser when avahi-daemon comes back
    };
    Q_ENUM(State)

    using QObject::QObject;
    ~ServiceBrowser() override = default;

    // "avahi" or "mdns": the --backend value and what the UI names.
    virtual QString backendName() const = 0;
    virtual void start() = 0;
    // Stops browsing; observations are forgotten without serviceRemoved signals.
    virtual void stop() = 0;

    State state() const { return m_state; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void serviceAdded(const Cloudy::Discovery::DiscoveredService &service);
    void serviceUpdated(const Cloudy::Discovery::DiscoveredService &service);
    // Only key, interfaceIndex, interfaceName and protocol are meaningful.
    void serviceRemoved(const Cloudy::Discovery::DiscoveredService &service);
    // The first answers are in (Avahi's AllForNow; for mDNS after the first query round): the UI can
    // stop showing "searching...".
    void allForNow();
    void stateChanged(Cloudy::Discovery::ServiceBrowser::State state);

protected:
    void setState(State state, const QString &errorString = {})
    {
        m_errorString = errorString;
        if (m_state == state)
            return;
        m_state = state;
        Q_EMIT stateChanged(state);
    }

private:
    State m_state = State::Idle;
    QString m_errorString;
};

enum class BrowserBackend
{
    Automatic,
    Avahi,
    Mdns
};

// "auto", "avahi", "mdns" (settings and --backend); nullopt for anything else.
std::optional<BrowserBackend> backendFromName(const QString &name);

// Automatic picks Avahi when org.freedesktop.Avahi is on the system bus, else the built-in browser; the
// choice is made by start() (until then backendName() is "auto"), so making a browser touches no bus.
std::unique_ptr<ServiceBrowser> createServiceBrowser(BrowserBackend backend);
// The same on a given system bus (tests).
std::unique_ptr<ServiceBrowser> createServiceBrowser(BrowserBackend backend,
                                                     const QDBusConnection &systemBus);

} // namespace Cloudy::Discovery
