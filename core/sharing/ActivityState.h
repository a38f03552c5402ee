// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cloudy::Sharing {

// Whether someone uses the computer, after the grace period (ActivityDebouncer): what decide() reads.
enum class UserPresence
{
    Unknown, // no idle-time source answered
    Active, // someone uses the computer
    Idle, // nobody has for the policy's idle minutes
};

// What the desktop and the power supply say, as ActivityMonitor reads them over D-Bus.
struct ActivityState
{
    // Seconds since the last keyboard or mouse input; nullopt when no source answered.
    std::optional<qint64> userIdleSeconds;
    // Whether the computer runs on battery; nullopt when UPower is not there (desktops often lack it).
    std::optional<bool> onBattery;
    // The D-Bus services the values came from ("org.freedesktop.ScreenSaver", "org.gnome.Mutter.IdleMonitor",
    // "org.freedesktop.login1"; "org.freedesktop.UPower"), empty when unknown.
    QString idleSource;
    QString batterySource;
    // The idle-time sources tried, in order, when none answered: what the Unavailable reason names.
    QStringList idleSourcesTried;
    // Whether a reading of the idle time has completed (answered or not): before the first one, an unknown
    // idle time means "not asked yet" rather than "nobody can tell".
    bool idleChecked = false;
    // Filled by ActivityDebouncer from userIdleSeconds, the policy's idle minutes and grace period.
    UserPresence presence = UserPresence::Unknown;

    bool operator==(const ActivityState &) const = default;
};

QString presenceName(UserPresence presence); // "unknown", "active", "idle"

} // namespace Cloudy::Sharing

Q_DECLARE_METATYPE(Cloudy::Sharing::ActivityState)
