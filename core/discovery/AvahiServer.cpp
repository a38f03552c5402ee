// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvahiServer.h"

#include "DiscoveryLog.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>

namespace Cloudy::Discovery {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Discovery)
};

} // namespace

AvahiStatus probeAvahi(const QDBusConnection &bus, int timeoutMs)
{
    AvahiStatus status;
    if (!bus.isConnected()) {
        status.errorName = bus.lastError().name();
        status.message =
            Tr::tr("There is no system D-Bus to reach avahi-daemon through (%1). Start the 'dbus' "
                   "service; meanwhile Cloudy uses its built-in mDNS browser.")
                .arg(bus.lastError().message());
        return status;
    }

    QDBusInterface server(QString::fromLatin1(kAvahiService), QStringLiteral("/"),
                          QStringLiteral("org.freedesktop.Avahi.Server"), bus);
    server.setTimeout(timeoutMs);
    const QDBusReply<QString> version = server.call(QStringLiteral("GetVersionString"));
    if (!version.isValid()) {
        status.errorName = version.error().name();
        if (version.error().type() == QDBusError::ServiceUnknown)
            status.message = Tr::tr("avahi-daemon is not running. Install and start it (sudo apt-get install "
                                    "avahi-daemon) to see microclouds the way the rest of the system does; "
                                    "meanwhile Cloudy uses its built-in mDNS browser.");
        else
            status.message = Tr::tr("avahi-daemon did not answer: %1").arg(version.error().message());
        qCDebug(lcDiscovery) << "Avahi not reachable:" << status.errorName << version.error().message();
        return status;
    }
    status.reachable = true;
    status.version = version.value();
    const QDBusReply<QString> hostName = server.call(QStringLiteral("GetHostNameFqdn"));
    if (hostName.isValid())
        status.hostName = hostName.value();
    const QDBusReply<int> state = server.call(QStringLiteral("GetState"));
    if (state.isValid())
        status.state = state.value();
    if (!status.running())
        status.message = Tr::tr("avahi-daemon is reachable but not running normally (state %1): it may be "
                                "resolving a host name collision.")
                             .arg(status.state);
    return status;
}

} // namespace Cloudy::Discovery
