// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeDesktopServices.h"

#include "TestEnv.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QVariantMap>

#include <signal.h>

namespace CloudyTest {

bool PrivateBus::start(const QString &folder, const QString &name, QString *error)
{
    const QString socket = folder + QLatin1Char('/') + name;
    const QString config = socket + QStringLiteral(".conf");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Like the harness's buses (tests/env/testenv): allow-all policy, no <servicedir>.
    file.write(
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                       " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig>\n"
                       "  <type>session</type>\n"
                       "  <listen>unix:path=%1</listen>\n"
                       "  <auth>EXTERNAL</auth>\n"
                       "  <policy context=\"default\">\n"
                       "    <allow user=\"*\"/>\n"
                       "    <allow own=\"*\"/>\n"
                       "    <allow send_destination=\"*\"/>\n"
                       "    <allow receive_sender=\"*\"/>\n"
                       "  </policy>\n"
                       "</busconfig>\n")
            .arg(socket)
            .toUtf8());
    file.close();
    // --fork returns once the bus listens; --print-pid tells whom to stop at the end.
    ProcessResult result;
    if (!runProgram(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + config, QStringLiteral("--fork"),
                     QStringLiteral("--print-pid=1"), QStringLiteral("--nopidfile")},
                    &result, QProcessEnvironment::systemEnvironment(), 10000)
        || result.exitCode != 0) {
        *error = QStringLiteral("dbus-daemon did not start: ") + QString::fromUtf8(result.err);
        return false;
    }
    bool ok = false;
    m_pid = QString::fromUtf8(result.out).trimmed().toLongLong(&ok);
    if (!ok || m_pid <= 0) {
        *error = QStringLiteral("dbus-daemon printed no pid: ") + QString::fromUtf8(result.out);
        return false;
    }
    m_address = QStringLiteral("unix:path=") + socket;
    return true;
}

void PrivateBus::stop()
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGTERM);
    m_pid = 0;
}

uint FakeScreenSaver::GetSessionIdleTime()
{
    if (notSupported)
        sendErrorReply(QDBusError::NotSupported,
                       QStringLiteral("GetSessionIdleTime is not supported on this platform"));
    return idle.load();
}

void FakeUPower::setOnBattery(bool onBattery)
{
    m_onBattery = onBattery;
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/UPower"),
                                                     QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("PropertiesChanged"));
    signal << kUPowerService << QVariantMap {{QStringLiteral("OnBattery"), onBattery}} << QStringList();
    QVERIFY(m_bus->send(signal));
}

bool FakeDesktopServices::start(const QString &folder, QString *error, const QString &connectionPrefix)
{
    m_prefix = connectionPrefix;
    if (!m_sessionDaemon.start(folder, QStringLiteral("session"), error)
        || !m_systemDaemon.start(folder, QStringLiteral("system"), error))
        return false;
    m_session =
        QDBusConnection::connectToBus(m_sessionDaemon.address(), m_prefix + QStringLiteral("-session"));
    m_system = QDBusConnection::connectToBus(m_systemDaemon.address(), m_prefix + QStringLiteral("-system"));
    if (!m_session->isConnected() || !m_system->isConnected()) {
        *error = QStringLiteral("cannot connect to the private buses: ") + m_session->lastError().message()
                 + m_system->lastError().message();
        return false;
    }
    upower = std::make_unique<FakeUPower>(&*m_system);
    m_thread.setObjectName(m_prefix + QStringLiteral("-services"));
    m_thread.start();
    for (QObject *service : {static_cast<QObject *>(&screenSaver), static_cast<QObject *>(&mutter),
                             static_cast<QObject *>(&logind), static_cast<QObject *>(upower.get())})
        service->moveToThread(&m_thread);
    const bool exported = m_session->registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                    &screenSaver, QDBusConnection::ExportAllSlots)
                          && m_session->registerObject(QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
                                                       &mutter, QDBusConnection::ExportAllSlots)
                          && m_system->registerObject(QStringLiteral("/org/freedesktop/login1/session/auto"),
                                                      &logind, QDBusConnection::ExportAllProperties)
                          && m_system->registerObject(QStringLiteral("/org/freedesktop/UPower"), upower.get(),
                                                      QDBusConnection::ExportAllProperties);
    if (!exported)
        *error = QStringLiteral("cannot export the fake services");
    return exported;
}

void FakeDesktopServices::stop()
{
    if (m_session) {
        m_session.reset();
        m_system.reset();
        QDBusConnection::disconnectFromBus(m_prefix + QStringLiteral("-session"));
        QDBusConnection::disconnectFromBus(m_prefix + QStringLiteral("-system"));
    }
    m_thread.quit();
    m_thread.wait();
    m_sessionDaemon.stop();
    m_systemDaemon.stop();
}

bool FakeDesktopServices::setService(const QString &name, bool present)
{
    const bool onSession = name == kScreenSaverService || name == kMutterService;
    QDBusConnection &bus = onSession ? *m_session : *m_system;
    return present ? bus.registerService(name) : bus.unregisterService(name);
}

} // namespace CloudyTest
