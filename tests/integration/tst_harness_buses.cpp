// SPDX-License-Identifier: GPL-3.0-or-later
// The harness's private system bus and its session bus are real dbus-daemons that answer.
#include "TestEnv.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

class TestHarnessBuses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemBus()
    {
        CLOUDY_REQUIRE_SERVICE("dbus");
        // The private bus, never the machine's own: tests must not disturb the host.
        QVERIFY(qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS").contains(CloudyTest::stateDir()));
        QDBusConnection bus = QDBusConnection::systemBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.DBus")));
        QVERIFY(!bus.baseService().isEmpty());
    }

    void sessionBus()
    {
        CLOUDY_REQUIRE_SERVICE("keyring");
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(CloudyTest::stateDir()));
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        // gnome-keyring serves the Secret Service API on it.
        QVERIFY(bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")));
    }
};

CLOUDY_TEST_MAIN(TestHarnessBuses)
#include "tst_harness_buses.moc"
