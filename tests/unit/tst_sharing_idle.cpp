// SPDX-License-Identifier: GPL-3.0-or-later
// What the idle-time services' answers mean (IdleReadings.h): the unit of org.freedesktop.ScreenSaver's
// GetSessionIdleTime, logind's idle hints, and when ActivityMonitor reads next. The services themselves
// run in tests/integration/tst_activity_monitor.cpp.
#include "TestEnv.h"
#include "sharing/ActivityMonitor.h"
#include "sharing/IdleReadings.h"

#include <QDBusConnection>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Cloudy::Sharing;

class TestSharingIdle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infersTheScreenSaverUnit()
    {
        // KDE: milliseconds. 15 s apart, idle all along.
        QCOMPARE(inferIdleUnit(200000, 215000, 15000), IdleUnit::Milliseconds);
        // MATE / Xfce: seconds, which round.
        QCOMPARE(inferIdleUnit(200, 215, 15000), IdleUnit::Seconds);
        QCOMPARE(inferIdleUnit(200, 214, 15000), IdleUnit::Seconds);
        QCOMPARE(inferIdleUnit(10, 13, 3000), IdleUnit::Seconds);
        // The user touched the computer just after the previous reading: still about the elapsed time.
        QCOMPARE(inferIdleUnit(500, 14000, 15000), IdleUnit::Milliseconds);
        QCOMPARE(inferIdleUnit(0, 14, 15000), IdleUnit::Seconds);
        // Cannot tell: activity in between, readings too close, nonsense growth.
        QCOMPARE(inferIdleUnit(200000, 3000, 15000), std::nullopt);
        QCOMPARE(inferIdleUnit(5, 5, 15000), std::nullopt);
        QCOMPARE(inferIdleUnit(200, 202, 2000), std::nullopt);
        QCOMPARE(inferIdleUnit(200, 100000000, 15000), std::nullopt);
    }

    void readsLogindIdleHints()
    {
        const qint64 monotonicNow = 5000 * qint64(1000000);
        const qint64 realtimeNow = 1700000000 * qint64(1000000);
        QVariantMap session {{QStringLiteral("IdleHint"), false},
                             {QStringLiteral("IdleSinceHint"), quint64(0)},
                             {QStringLiteral("IdleSinceHintMonotonic"), quint64(0)}};
        QCOMPARE(logindIdleSeconds(session, monotonicNow, realtimeNow), 0);
        session[QStringLiteral("IdleHint")] = true;
        QCOMPARE(logindIdleSeconds(session, monotonicNow, realtimeNow), std::nullopt); // idle since when?
        session[QStringLiteral("IdleSinceHint")] = quint64(realtimeNow - 700 * qint64(1000000));
        QCOMPARE(logindIdleSeconds(session, monotonicNow, realtimeNow), 700);
        // The monotonic time wins: wall-clock changes do not move it.
        session[QStringLiteral("IdleSinceHintMonotonic")] = quint64(monotonicNow - 300 * qint64(1000000));
        QCOMPARE(logindIdleSeconds(session, monotonicNow, realtimeNow), 300);
        // A time in the future reads as just now.
        session[QStringLiteral("IdleSinceHintMonotonic")] = quint64(monotonicNow + 1000000);
        QCOMPARE(logindIdleSeconds(session, monotonicNow, realtimeNow), 0);
        QCOMPARE(logindIdleSeconds({}, monotonicNow, realtimeNow), std::nullopt);
    }

    void pollsRightAfterAThreshold()
    {
        // Far from the threshold: the interval.
        QCOMPARE(nextPollDelayMs(10, {180}, 15000), 15000);
        // 5 s before it: just after it would be crossed.
        QCOMPARE(nextPollDelayMs(175, {180}, 15000), 5500);
        QCOMPARE(nextPollDelayMs(175, {600, 180}, 15000), 5500);
        // Past it, or unknown: the interval.
        QCOMPARE(nextPollDelayMs(200, {180}, 15000), 15000);
        QCOMPARE(nextPollDelayMs(std::nullopt, {180}, 15000), 15000);
        // Never faster than once a second.
        QCOMPARE(nextPollDelayMs(10, {180}, 10), 1000);
    }

    void noBusMeansUnknown()
    {
        // Buses that are not connected: every source is missing, and the monitor says so.
        ActivityMonitor monitor(QDBusConnection(QStringLiteral("none-session")),
                                QDBusConnection(QStringLiteral("none-system")));
        QSignalSpy changed(&monitor, &ActivityMonitor::changed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no idle-time service answers")));
        monitor.start();
        QTRY_VERIFY(changed.count() >= 1);
        const ActivityState state = monitor.state();
        QVERIFY(!state.userIdleSeconds);
        QVERIFY(!state.onBattery);
        QVERIFY(state.idleSource.isEmpty());
        QCOMPARE(state.idleSourcesTried, (QStringList {QStringLiteral("org.freedesktop.ScreenSaver"),
                                                       QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                                                       QStringLiteral("org.freedesktop.login1")}));
        monitor.stop();
    }
};

CLOUDY_TEST_MAIN(TestSharingIdle)
#include "tst_sharing_idle.moc"
