// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityState.h"
#include "IdleReadings.h"

#include <QDBusConnection>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <optional>

class QDBusServiceWatcher;

namespace Cloudy::Sharing {

// Whether someone uses the computer and whether it runs on battery, from the desktop over D-Bus. One
// interface (ActivityState), several sources:
//
// Idle time, polled (every 15 s by default, and right when a threshold would be crossed), from the first
// of these that answers, in this order:
//  1. org.freedesktop.ScreenSaver GetSessionIdleTime on the session bus — KDE (milliseconds; not on
//     Wayland), MATE and Xfce screensavers (seconds): see IdleReadings.h for how the unit is told apart;
//  2. org.gnome.Mutter.IdleMonitor GetIdletime on /org/gnome/Mutter/IdleMonitor/Core, session bus —
//     GNOME on X11 and Wayland (milliseconds);
//  3. org.freedesktop.login1 session IdleHint / IdleSinceHint on the system bus — any desktop that tells
//     logind (coarse: see logindIdleSeconds()).
// None answering gives an unknown idle time, which decide() turns into a clear Unavailable reason.
//
// Battery from UPower's OnBattery property (system bus), read at start and whenever UPower appears, and
// followed through its PropertiesChanged signal. Without UPower the battery state is unknown.
//
// Both buses are parameters, so tests run the monitor against private dbus-daemons. No call blocks.
class ActivityMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class IdleBackend
    {
        ScreenSaver,
        MutterIdleMonitor,
        Logind,
    };

    ActivityMonitor(const QDBusConnection &sessionBus, const QDBusConnection &systemBus,
                    QObject *parent = nullptr);
    ~ActivityMonitor() override;

    // Reads the battery state, subscribes to its changes and reads the idle time now, then on an interval.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    ActivityState state() const { return m_state; }

    void setPollInterval(int milliseconds);
    int pollInterval() const { return m_pollIntervalMs; }
    // Idle times (seconds) at which a reading matters, e.g. the policy's idle minutes × 60: the monitor
    // reads again right after the idle time would reach one.
    void setIdleThresholds(const QList<qint64> &seconds);
    // The logind session to ask; the default "/org/freedesktop/login1/session/auto" is the caller's
    // session, or the user's display session when the caller runs outside any.
    void setLogindSessionPath(const QString &path) { m_logindSessionPath = path; }
    // Clocks in microseconds: CLOCK_MONOTONIC (logind's IdleSinceHintMonotonic, the timing of readings)
    // and CLOCK_REALTIME (logind's IdleSinceHint). Tests inject their own.
    void setClocks(std::function<qint64()> monotonicUs, std::function<qint64()> realtimeUs);

    // Reads the idle time now (after the reading under way, if any).
    void pollNow();

    static QString serviceName(IdleBackend backend);

Q_SIGNALS:
    // After every idle-time reading, and whenever the battery state changes.
    void changed(const Cloudy::Sharing::ActivityState &state);

private Q_SLOTS:
    void onUPowerPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                   const QStringList &invalidated);

private:
    void startPoll();
    void pollBackend(int index);
    void backendFailed(int index, const QString &why);
    void finishPoll(std::optional<qint64> idleSeconds, const QString &source);
    std::optional<qint64> screenSaverSeconds(quint64 raw);
    void readBattery();
    void setBattery(std::optional<bool> onBattery);

    QDBusConnection m_sessionBus;
    QDBusConnection m_systemBus;
    ActivityState m_state;
    bool m_running = false;
    bool m_pollRunning = false;
    bool m_pollAgain = false;
    quint64 m_generation = 0; // replies of an earlier start() are ignored
    QTimer m_pollTimer;
    int m_pollIntervalMs = 15000;
    QList<qint64> m_thresholds;
    QString m_logindSessionPath = QStringLiteral("/org/freedesktop/login1/session/auto");
    std::function<qint64()> m_monotonicUs;
    std::function<qint64()> m_realtimeUs;
    QDBusServiceWatcher *m_upowerWatcher = nullptr;
    bool m_upowerSubscribed = false;
    std::optional<QString> m_lastIdleSource; // logged when it changes; nullopt before the first reading

    // org.freedesktop.ScreenSaver's unit, once two readings told it (see IdleReadings.h).
    std::optional<IdleUnit> m_screenSaverUnit;
    std::optional<quint64> m_screenSaverRaw;
    qint64 m_screenSaverReadAtUs = 0;
};

} // namespace Cloudy::Sharing
