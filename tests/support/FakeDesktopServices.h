// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real D-Bus for tests that need the desktop's services: private dbus-daemons of the test's own (a
// "session" and a "system" bus, no service activation) on which real services are registered from a
// connection of their own — org.freedesktop.ScreenSaver, Mutter's IdleMonitor, a logind session and
// UPower — whose answers the test changes. Used by tst_activity_monitor and tst_contribution_real.

#include <QDBusConnection>
#include <QDBusContext>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace CloudyTest {

inline const QString kScreenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
inline const QString kMutterService = QStringLiteral("org.gnome.Mutter.IdleMonitor");
inline const QString kLogindService = QStringLiteral("org.freedesktop.login1");
inline const QString kUPowerService = QStringLiteral("org.freedesktop.UPower");

// A dbus-daemon of our own: allow-all policy, no service directories (nothing of the host gets started).
class PrivateBus
{
public:
    PrivateBus() = default;
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;
    ~PrivateBus() { stop(); }

    // Starts the daemon with its socket at folder/name.
    bool start(const QString &folder, const QString &name, QString *error);
    void stop();
    QString address() const { return m_address; }

private:
    qint64 m_pid = 0;
    QString m_address;
};

class FakeScreenSaver : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    std::atomic<uint> idle = 0; // in the implementation's unit
    std::atomic<bool> notSupported = false; // KDE on Wayland answers this

public Q_SLOTS:
    uint GetSessionIdleTime();
};

class FakeMutterIdleMonitor : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")

public:
    std::atomic<qulonglong> idleMs = 0;

public Q_SLOTS:
    qulonglong GetIdletime() { return idleMs.load(); }
};

class FakeLogindSession : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Session")
    Q_PROPERTY(bool IdleHint MEMBER idleHint)
    Q_PROPERTY(qulonglong IdleSinceHint MEMBER idleSinceHint)
    Q_PROPERTY(qulonglong IdleSinceHintMonotonic MEMBER idleSinceHintMonotonic)

public:
    bool idleHint = false;
    qulonglong idleSinceHint = 0;
    qulonglong idleSinceHintMonotonic = 0;
};

class FakeUPower : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.UPower")
    Q_PROPERTY(bool OnBattery READ onBattery)

public:
    explicit FakeUPower(QDBusConnection *bus)
        : m_bus(bus)
    { }

    bool onBattery() const { return m_onBattery; }
    // As UPower does: the property changes and PropertiesChanged says so.
    void setOnBattery(bool onBattery);

private:
    QDBusConnection *m_bus;
    std::atomic<bool> m_onBattery = false;
};

// Both buses with every fake service exported on them (names not owned yet: setService()). The services
// answer from a thread of their own, so they answer while the test's main thread waits for something else
// (a libvirt call): a real desktop's services are other processes. Their fields are atomic for that.
class FakeDesktopServices
{
public:
    FakeDesktopServices() = default;
    FakeDesktopServices(const FakeDesktopServices &) = delete;
    FakeDesktopServices &operator=(const FakeDesktopServices &) = delete;
    ~FakeDesktopServices() { stop(); }

    // Starts both daemons (sockets in folder) and exports the fakes. connectionPrefix names the Qt
    // connections (unique per object).
    bool start(const QString &folder, QString *error,
               const QString &connectionPrefix = QStringLiteral("fake"));
    void stop();

    QString sessionAddress() const { return m_sessionDaemon.address(); }
    QString systemAddress() const { return m_systemDaemon.address(); }
    // Claims or releases a service's name on its bus (the session bus for ScreenSaver and Mutter).
    bool setService(const QString &name, bool present);

    FakeScreenSaver screenSaver;
    FakeMutterIdleMonitor mutter;
    FakeLogindSession logind;
    std::unique_ptr<FakeUPower> upower;

private:
    PrivateBus m_sessionDaemon;
    PrivateBus m_systemDaemon;
    QString m_prefix;
    QThread m_thread;
    std::optional<QDBusConnection> m_session;
    std::optional<QDBusConnection> m_system;
};

} // namespace CloudyTest
