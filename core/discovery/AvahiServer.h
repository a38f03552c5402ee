// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QString>

namespace Cloudy::Discovery {

inline constexpr char kAvahiService[] = "org.freedesktop.Avahi";

// What the avahi-daemon on a bus says about itself.
struct AvahiStatus
{
    bool reachable = false;
    QString version; // "avahi 0.8"
    QString hostName; // the daemon's host name, e.g. "home.local"
    int state = -1; // org.freedesktop.Avahi.Server GetState: 2 = running
    QString errorName; // D-Bus error name when not reachable
    QString message; // a sentence for the user when not reachable

    bool running() const { return reachable && state == 2; }
};

// Asks the daemon on `bus` (normally the system bus) for its version, host name and state.
AvahiStatus probeAvahi(const QDBusConnection &bus, int timeoutMs = 3000);

} // namespace Cloudy::Discovery
