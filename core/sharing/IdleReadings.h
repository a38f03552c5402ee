// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariantMap>

#include <optional>

// Pure pieces of ActivityMonitor: what the idle-time services' answers mean, and when to ask next.
namespace Cloudy::Sharing {

// org.freedesktop.ScreenSaver.GetSessionIdleTime has no written unit, and implementations differ:
//  - KDE (kscreenlocker's Interface::GetSessionIdleTime) returns KIdleTime::idleTime(): milliseconds.
//    On Wayland recent versions answer org.freedesktop.DBus.Error.NotSupported instead.
//  - gnome-screensaver's descendants (mate-screensaver, xfce4-screensaver) return
//    XScreenSaverInfo.idle / 1000: seconds.
//  - GNOME Shell owns the name but does not implement the method (an error; Mutter's IdleMonitor serves).
// ActivityMonitor assumes milliseconds until two readings tell otherwise: mistaking seconds for
// milliseconds only makes the user look busy (sharing waits, the safe side), while the opposite would
// share while someone works.
enum class IdleUnit
{
    Milliseconds,
    Seconds,
};

// The unit two readings of a growing idle time imply, taken elapsedMs apart on a steady clock: the idle
// time grows by as much as the clock, in its own unit. nullopt when they cannot tell (the user was active
// in between, or the readings are too close together).
std::optional<IdleUnit> inferIdleUnit(quint64 previousRaw, quint64 raw, qint64 elapsedMs);

// Idle seconds from the properties of a logind session (org.freedesktop.login1.Session GetAll):
// IdleHint false → 0; true → time since IdleSinceHintMonotonic (CLOCK_MONOTONIC µs), or since
// IdleSinceHint (CLOCK_REALTIME µs) when the monotonic one is 0. nullopt when the properties are missing
// or idle without a time. logind only knows what the desktop tells it (SetIdleHint, after the desktop's
// own idle delay, 5 minutes on GNOME), so its idle time is coarse: 0 until then.
std::optional<qint64> logindIdleSeconds(const QVariantMap &properties, qint64 monotonicNowUs,
                                        qint64 realtimeNowUs);

// When to read the idle time next: every intervalMs, but right after a threshold (in seconds) would be
// crossed if the user stays away, so that sharing starts on time without polling fast all the time.
// At least 1 s.
qint64 nextPollDelayMs(std::optional<qint64> idleSeconds, const QList<qint64> &thresholdsSeconds,
                       qint64 intervalMs);

} // namespace Cloudy::Sharing
