// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityMonitor against real D-Bus: two private dbus-daemons of the test's own (a "session" and a
// "system" bus, no service activation), on which the test registers real services from a second
// connection — org.freedesktop.ScreenSaver, Mutter's IdleMonitor, a logind session and UPower — and
// changes what they answer. Then the decision engine driven by the monitor: paused on battery and back on
// mains, paused after sustained activity and back after the idle threshold. Clocks are injected; no sleep.
#include "FakeDesktopServices.h"
#include "TestEnv.h"
#include "sharing/ActivityMonitor.h"
#include "sharing/SharingController.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Cloudy::Sharing;

namespace {

const QString kScreenSaver = CloudyTest::kScreenSaverService;
const QString kMutter = CloudyTest::kMutterService;
const QString kLogind = CloudyTest::kLogindService;
const QString kUPower = CloudyTest::kUPowerService;

} // namespace

// The private buses and fake desktop services live in tests/support (tst_contribution_real uses them too).
using CloudyTest::FakeLogindSession;
using CloudyTest::FakeMutterIdleMonitor;
using CloudyTest::FakeScreenSaver;
using CloudyTest::FakeUPower;
using CloudyTest::PrivateBus;

class TestActivityMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PrivateBus m_sessionDaemon;
    PrivateBus m_systemDaemon;
    // The monitor's connections, and those the fake services live on.
    std::optional<QDBusConnection> m_session;
    std::optional<QDBusConnection> m_system;
    std::optional<QDBusConnection> m_fakeSession;
    std::optional<QDBusConnection> m_fakeSystem;

    FakeScreenSaver m_screenSaver;
    FakeMutterIdleMonitor m_mutter;
    FakeLogindSession m_logind;
    std::unique_ptr<FakeUPower> m_upower;

    // The injected clocks: seconds since the start of the test, on top of fixed origins.
    qint64 m_clockSeconds = 0;
    static constexpr qint64 kMonotonicOriginUs = qint64(100000) * 1000000;
    const QDateTime m_wallOrigin = QDateTime(QDate(2024, 1, 10), QTime(12, 0), Qt::LocalTime);

    qint64 monotonicUs() const { return kMonotonicOriginUs + m_clockSeconds * 1000000; }
    qint64 realtimeUs() const { return (m_wallOrigin.toMSecsSinceEpoch() + m_clockSeconds * 1000) * 1000; }

    std::unique_ptr<ActivityMonitor> makeMonitor()
    {
        auto monitor = std::make_unique<ActivityMonitor>(*m_session, *m_system);
        monitor->setClocks([this] { return monotonicUs(); }, [this] { return realtimeUs(); });
        // Readings come from pollNow(); the interval only matters if the test hangs.
        monitor->setPollInterval(60 * 60 * 1000);
        return monitor;
    }

    void setService(QDBusConnection &bus, const QString &name, bool present)
    {
        if (present)
            QVERIFY2(bus.registerService(name), qPrintable(bus.lastError().message()));
        else
            QVERIFY(bus.unregisterService(name));
        // The monitor's connection must see the change before the next reading.
        const QDBusConnection &watcher = &bus == &*m_fakeSession ? *m_session : *m_system;
        QTRY_COMPARE(watcher.interface()->isServiceRegistered(name).value(), present);
    }

    // One reading: the monitor asks the services and emits changed.
    ActivityState read(ActivityMonitor &monitor)
    {
        QSignalSpy changed(&monitor, &ActivityMonitor::changed);
        monitor.pollNow();
        QTest::qVerify(changed.wait(10000), "changed.wait(10000)", "no idle-time reading within 10 s",
                       __FILE__, __LINE__);
        return monitor.state();
    }

    // Waits until everything UPower sent before now has reached the monitor's connection: a round trip
    // to the same sender comes back after its earlier messages (the bus keeps their order).
    void syncWithUPower()
    {
        QDBusMessage ping = QDBusMessage::createMethodCall(kUPower, QStringLiteral("/org/freedesktop/UPower"),
                                                           QStringLiteral("org.freedesktop.DBus.Peer"),
                                                           QStringLiteral("Ping"));
        QDBusPendingCallWatcher watcher(m_system->asyncCall(ping));
        QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
        QVERIFY(watcher.isFinished() || finished.wait(10000));
        QVERIFY2(!watcher.isError(), qPrintable(watcher.error().message()));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            CLOUDY_SKIP(QStringLiteral("dbus-daemon is not installed (apt-get install dbus-daemon)"));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sessionDaemon.start(m_dir.path(), QStringLiteral("session"), &error), qPrintable(error));
        QVERIFY2(m_systemDaemon.start(m_dir.path(), QStringLiteral("system"), &error), qPrintable(error));

        const auto connect = [](const QString &address, const QString &name) {
            QDBusConnection bus = QDBusConnection::connectToBus(address, name);
            if (!bus.isConnected())
                qWarning("cannot connect to %s: %s", qPrintable(address),
                         qPrintable(bus.lastError().message()));
            return bus;
        };
        m_session = connect(m_sessionDaemon.address(), QStringLiteral("monitor-session"));
        m_system = connect(m_systemDaemon.address(), QStringLiteral("monitor-system"));
        m_fakeSession = connect(m_sessionDaemon.address(), QStringLiteral("fake-session"));
        m_fakeSystem = connect(m_systemDaemon.address(), QStringLiteral("fake-system"));
        QVERIFY(m_session->isConnected() && m_system->isConnected());
        QVERIFY(m_fakeSession->isConnected() && m_fakeSystem->isConnected());

        m_upower = std::make_unique<FakeUPower>(&*m_fakeSystem);
        QVERIFY(m_fakeSession->registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &m_screenSaver,
                                              QDBusConnection::ExportAllSlots));
        QVERIFY(m_fakeSession->registerObject(QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), &m_mutter,
                                              QDBusConnection::ExportAllSlots));
        QVERIFY(m_fakeSystem->registerObject(QStringLiteral("/org/freedesktop/login1/session/auto"),
                                             &m_logind, QDBusConnection::ExportAllProperties));
        QVERIFY(m_fakeSystem->registerObject(QStringLiteral("/org/freedesktop/UPower"), m_upower.get(),
                                             QDBusConnection::ExportAllProperties));
    }

    void init()
    {
        m_clockSeconds = 0;
        m_screenSaver.notSupported = false;
        // Each test registers the services it wants.
        for (const QString &name : {kScreenSaver, kMutter})
            m_fakeSession->unregisterService(name);
        for (const QString &name : {kLogind, kUPower})
            m_fakeSystem->unregisterService(name);
    }

    void cleanupTestCase()
    {
        for (const QString &name : {QStringLiteral("monitor-session"), QStringLiteral("monitor-system"),
                                    QStringLiteral("fake-session"), QStringLiteral("fake-system")})
            QDBusConnection::disconnectFromBus(name);
        m_sessionDaemon.stop();
        m_systemDaemon.stop();
    }

    void readsIdleTimeInPriorityOrder()
    {
        m_screenSaver.idle = 42000; // KDE: milliseconds
        m_mutter.idleMs = 77000;
        m_logind.idleHint = true;
        m_logind.idleSinceHintMonotonic = qulonglong(monotonicUs() - qint64(300) * 1000000);
        setService(*m_fakeSession, kScreenSaver, true);
        setService(*m_fakeSession, kMutter, true);
        setService(*m_fakeSystem, kLogind, true);

        auto monitor = makeMonitor();
        QSignalSpy changed(monitor.get(), &ActivityMonitor::changed);
        monitor->start();
        QVERIFY(changed.wait(10000));
        ActivityState state = monitor->state();
        QCOMPARE(state.idleSource, kScreenSaver);
        QCOMPARE(state.userIdleSeconds, 42);
        QVERIFY(state.idleSourcesTried.isEmpty());
        QCOMPARE(changed.last().at(0).value<ActivityState>(), state);

        // Without the screensaver: Mutter.
        setService(*m_fakeSession, kScreenSaver, false);
        state = read(*monitor);
        QCOMPARE(state.idleSource, kMutter);
        QCOMPARE(state.userIdleSeconds, 77);

        // Without Mutter either: logind, idle for 300 s on the monotonic clock.
        setService(*m_fakeSession, kMutter, false);
        state = read(*monitor);
        QCOMPARE(state.idleSource, kLogind);
        QCOMPARE(state.userIdleSeconds, 300);
        m_clockSeconds += 15;
        QCOMPARE(read(*monitor).userIdleSeconds, 315);
        // logind says the session is in use.
        m_logind.idleHint = false;
        QCOMPARE(read(*monitor).userIdleSeconds, 0);

        // Nobody: unknown, and which sources were tried.
        setService(*m_fakeSystem, kLogind, false);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no idle-time service answers")));
        state = read(*monitor);
        QVERIFY(!state.userIdleSeconds);
        QVERIFY(state.idleSource.isEmpty());
        QCOMPARE(state.idleSourcesTried, (QStringList {kScreenSaver, kMutter, kLogind}));

        // The screensaver comes back: first again.
        setService(*m_fakeSession, kScreenSaver, true);
        state = read(*monitor);
        QCOMPARE(state.idleSource, kScreenSaver);
        QCOMPARE(state.userIdleSeconds, 42);
    }

    void fallsBackWhenTheScreenSaverRefuses()
    {
        // KDE on Wayland owns the name but answers NotSupported.
        m_screenSaver.notSupported = true;
        m_mutter.idleMs = 12345;
        setService(*m_fakeSession, kScreenSaver, true);
        setService(*m_fakeSession, kMutter, true);
        auto monitor = makeMonitor();
        monitor->start();
        const ActivityState state = read(*monitor);
        QCOMPARE(state.idleSource, kMutter);
        QCOMPARE(state.userIdleSeconds, 12);
    }

    void tellsAScreenSaverCountingSeconds()
    {
        // mate-screensaver / xfce4-screensaver answer seconds. Until two readings tell, the monitor
        // assumes milliseconds (the user looks busy: the safe side).
        m_screenSaver.idle = 100;
        setService(*m_fakeSession, kScreenSaver, true);
        auto monitor = makeMonitor();
        monitor->start();
        QCOMPARE(read(*monitor).userIdleSeconds, 0);
        m_clockSeconds += 15;
        m_screenSaver.idle = 115;
        QCOMPARE(read(*monitor).userIdleSeconds, 115);
        m_clockSeconds += 15;
        m_screenSaver.idle = 2; // activity: still seconds
        QCOMPARE(read(*monitor).userIdleSeconds, 2);
    }

    void followsTheBattery()
    {
        m_upower->setOnBattery(false);
        setService(*m_fakeSystem, kUPower, true);
        auto monitor = makeMonitor();
        QSignalSpy changed(monitor.get(), &ActivityMonitor::changed);
        // No idle-time service in this test: the monitor says so once.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no idle-time service answers")));
        monitor->start();
        QTRY_COMPARE(monitor->state().onBattery, false);
        QCOMPARE(monitor->state().batterySource, kUPower);

        // Unplugged: PropertiesChanged → changed(), without waiting for a poll.
        changed.clear();
        m_upower->setOnBattery(true);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.last().at(0).value<ActivityState>().onBattery, true);
        QCOMPARE(monitor->state().onBattery, true);

        // Plugged in again.
        m_upower->setOnBattery(false);
        QTRY_COMPARE(monitor->state().onBattery, false);

        // UPower goes away: unknown; comes back: read again.
        setService(*m_fakeSystem, kUPower, false);
        QTRY_COMPARE(monitor->state().onBattery, std::nullopt);
        QVERIFY(monitor->state().batterySource.isEmpty());
        m_upower->setOnBattery(true); // while away: nobody hears it
        setService(*m_fakeSystem, kUPower, true);
        QTRY_COMPARE(monitor->state().onBattery, true);

        // A stopped monitor says nothing more.
        monitor->stop();
        changed.clear();
        m_upower->setOnBattery(false);
        syncWithUPower();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(monitor->state().onBattery, true);
    }

    void drivesTheDecision()
    {
        m_screenSaver.idle = 600 * 1000;
        m_upower->setOnBattery(false);
        setService(*m_fakeSession, kScreenSaver, true);
        setService(*m_fakeSystem, kUPower, true);

        auto monitor = makeMonitor();
        SharingController controller;
        controller.setClock([this] { return m_wallOrigin.addSecs(m_clockSeconds); });
        SharingPolicy policy;
        policy.enabled = true;
        policy.microcloudId = QStringLiteral("sants");
        policy.image = QStringLiteral("cloudy-node");
        policy.caps = {2, 50, 2048, 20};
        policy.mode = SharingMode::WhenIdle; // 3 idle minutes, 2 minutes of grace, pause on battery
        QSignalSpy decisions(&controller, &SharingController::decisionChanged);
        controller.setPolicy(policy);
        controller.setMonitor(monitor.get());
        monitor->start();
        QTRY_COMPARE(controller.decision().state, SharingState::Sharing);
        // Starting up: paused while the first reading is under way, never "unavailable" in between (the
        // battery may answer before the idle time).
        for (const QList<QVariant> &arguments : std::as_const(decisions)) {
            const auto decision = arguments.at(0).value<SharingDecision>();
            QVERIFY2(decision.state == SharingState::Sharing
                         || decision.code == QLatin1String("idle-pending"),
                     qPrintable(decision.reason));
        }
        QCOMPARE(controller.decision().reason, QStringLiteral("Sharing: 2 cores at 50 %"));
        QTRY_COMPARE(controller.activity().onBattery, false);

        // Unplugged: paused; plugged in: sharing again.
        m_upower->setOnBattery(true);
        QTRY_COMPARE(controller.decision().state, SharingState::PausedOnBattery);
        QCOMPARE(controller.decision().reason, QStringLiteral("Paused: on battery"));
        m_upower->setOnBattery(false);
        QTRY_COMPARE(controller.decision().state, SharingState::Sharing);

        // Someone starts using the computer at t = 15 s and goes on: still sharing through the grace
        // period, paused once two minutes of use are seen.
        const auto readingAt = [&](qint64 seconds, qint64 idleSeconds) {
            m_clockSeconds = seconds;
            m_screenSaver.idle = uint(idleSeconds * 1000);
            read(*monitor);
            return controller.decision().state;
        };
        for (qint64 t = 15; t < 135; t += 15)
            QCOMPARE(readingAt(t, 0), SharingState::Sharing);
        QCOMPARE(readingAt(135, 0), SharingState::PausedUserActive);
        QCOMPARE(controller.decision().reason, QStringLiteral("Paused: you are using the computer"));

        // They leave at t = 135: paused until three idle minutes, then sharing.
        for (qint64 t = 150; t < 315; t += 15)
            QCOMPARE(readingAt(t, t - 135), SharingState::PausedUserActive);
        QCOMPARE(readingAt(315, 180), SharingState::Sharing);

        // A 20-second burst changes nothing.
        QCOMPARE(readingAt(330, 0), SharingState::Sharing);
        QCOMPARE(readingAt(345, 0), SharingState::Sharing);
        for (qint64 t = 360; t <= 480; t += 15)
            QCOMPARE(readingAt(t, t - 350), SharingState::Sharing);

        // The desktop stops answering: idle mode cannot work, and says why.
        setService(*m_fakeSession, kScreenSaver, false);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no idle-time service answers")));
        QCOMPARE(readingAt(495, 0), SharingState::Unavailable);
        QVERIFY(controller.decision().reason.contains(kScreenSaver));
    }
};

CLOUDY_TEST_MAIN(TestActivityMonitor)
#include "tst_activity_monitor.moc"
