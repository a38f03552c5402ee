// SPDX-License-Identifier: GPL-3.0-or-later
// The decision engine with an injected clock: idle mode with its grace period (no flapping on a short
// burst), schedule slots across midnight and the week's end, the "in use" profile or suspension, the
// battery override and "pause for an hour" with its expiry. No wall clock anywhere.
#include "TestEnv.h"
#include "sharing/ActivityDebouncer.h"
#include "sharing/SharingController.h"
#include "sharing/SharingDecision.h"
#include "sharing/SharingPolicy.h"

#include <QLocale>
#include <QSignalSpy>

using namespace Cloudy::Sharing;

namespace {

// A local time in the week of Monday 8 January 2024 (1 = Monday … 7 = Sunday). Early January has no
// daylight-saving change in any time zone, so these hold wherever the test runs.
QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2024, 1, 7 + day), QTime(hour, minute, second), Qt::LocalTime);
}

ActivityState activity(UserPresence presence, std::optional<bool> onBattery = false)
{
    ActivityState state;
    state.presence = presence;
    state.onBattery = onBattery;
    state.userIdleSeconds = presence == UserPresence::Idle ? 600 : 0;
    state.idleChecked = true;
    return state;
}

SharingPolicy enabledPolicy(SharingMode mode)
{
    SharingPolicy policy;
    policy.enabled = true;
    policy.microcloudId = QStringLiteral("sants");
    policy.image = QStringLiteral("cloudy-node");
    policy.caps = {2, 50, 2048, 20};
    policy.mode = mode;
    policy.profiles = {{QStringLiteral("day"), QStringLiteral("Daytime 25 %"), 2, 25, 1024},
                       {QStringLiteral("night"), QStringLiteral("Night 100 %"), 4, 100, 4096},
                       {QStringLiteral("in-use"), QStringLiteral("In use"), 1, 10, 512}};
    return policy;
}

// Weekdays 09:00–17:00 "day", every night 22:00–06:00 "night", off otherwise.
SharingPolicy schedulePolicy()
{
    SharingPolicy policy = enabledPolicy(SharingMode::Schedule);
    policy.schedule.setDaily(QTime(22, 0), QTime(6, 0), QStringLiteral("night"));
    for (int day = 1; day <= 5; ++day)
        policy.schedule.setRange(day, QTime(9, 0), QTime(17, 0), QStringLiteral("day"));
    return policy;
}

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.time(), QLocale::ShortFormat);
}

// Feeds a debouncer readings every 15 s from `from` to `to` (seconds on an injected steady clock), with
// the idle time a function of the time, and returns the presence after each reading.
QList<std::pair<qint64, UserPresence>> feed(ActivityDebouncer &debouncer, qint64 from, qint64 to,
                                            const std::function<qint64(qint64)> &idleAt)
{
    QList<std::pair<qint64, UserPresence>> presences;
    for (qint64 t = from; t <= to; t += 15)
        presences.append({t, debouncer.update(idleAt(t), t * 1000)});
    return presences;
}

} // namespace

class TestSharingDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void offWhenDisabled()
    {
        SharingPolicy policy = enabledPolicy(SharingMode::Always);
        policy.enabled = false;
        const SharingDecision decision = decide(policy, activity(UserPresence::Idle), at(1, 12));
        QCOMPARE(decision.state, SharingState::Off);
        QCOMPARE(decision.code, QStringLiteral("off"));
        QCOMPARE(decision.reason, QStringLiteral("Off"));
        QVERIFY(!decision.caps);
        QVERIFY(!decision.reconsiderAt.isValid());
    }

    void alwaysShares()
    {
        const SharingPolicy policy = enabledPolicy(SharingMode::Always);
        // Whoever uses the computer: "always" means always.
        const SharingDecision decision = decide(policy, activity(UserPresence::Active), at(3, 12));
        QCOMPARE(decision.state, SharingState::Sharing);
        QCOMPARE(decision.caps, policy.caps);
        QVERIFY(decision.profileId.isEmpty());
        QCOMPARE(decision.reason, QStringLiteral("Sharing: 2 cores at 50 %"));
        QCOMPARE(stateName(decision.state), QStringLiteral("sharing"));
    }

    void batteryOverridesEveryMode()
    {
        for (SharingMode mode : {SharingMode::Always, SharingMode::WhenIdle, SharingMode::Schedule}) {
            SharingPolicy policy = mode == SharingMode::Schedule ? schedulePolicy() : enabledPolicy(mode);
            const QDateTime night = at(3, 23);
            SharingDecision decision = decide(policy, activity(UserPresence::Idle, true), night);
            QCOMPARE(decision.state, SharingState::PausedOnBattery);
            QCOMPARE(decision.reason, QStringLiteral("Paused: on battery"));
            QCOMPARE(decision.code, QStringLiteral("on-battery"));
            QVERIFY(!decision.caps);

            // Back on mains power.
            QCOMPARE(decide(policy, activity(UserPresence::Idle, false), night).state, SharingState::Sharing);
            // No UPower (most desktops): counted as mains power.
            QCOMPARE(decide(policy, activity(UserPresence::Idle, std::nullopt), night).state,
                     SharingState::Sharing);
            // The user allowed sharing on battery.
            policy.pauseOnBattery = false;
            QCOMPARE(decide(policy, activity(UserPresence::Idle, true), night).state, SharingState::Sharing);
        }
    }

    void pauseForAnHourExpires()
    {
        SharingPolicy policy = enabledPolicy(SharingMode::Always);
        const QDateTime now = at(2, 14, 10);
        pauseUntil(policy, now.addSecs(3600));

        SharingDecision decision = decide(policy, activity(UserPresence::Idle), now);
        QCOMPARE(decision.state, SharingState::PausedByUser);
        QCOMPARE(decision.code, QStringLiteral("paused-by-user"));
        QCOMPARE(decision.reason,
                 QStringLiteral("Paused until %1 (you paused sharing)").arg(shortTime(at(2, 15, 10))));
        QCOMPARE(decision.reconsiderAt, now.addSecs(3600));
        // The user's pause wins over the battery: it says when sharing comes back.
        QCOMPARE(decide(policy, activity(UserPresence::Idle, true), now).state, SharingState::PausedByUser);

        QCOMPARE(decide(policy, activity(UserPresence::Idle), now.addSecs(3599)).state,
                 SharingState::PausedByUser);
        decision = decide(policy, activity(UserPresence::Idle), now.addSecs(3600));
        QCOMPARE(decision.state, SharingState::Sharing);
        QVERIFY(!decision.reconsiderAt.isValid());

        // Over midnight the day is named.
        pauseUntil(policy, at(3, 1, 30));
        QCOMPARE(decide(policy, activity(UserPresence::Idle), at(2, 23, 45)).reason,
                 QStringLiteral("Paused until Wed %1 (you paused sharing)").arg(shortTime(at(3, 1, 30))));
    }

    void whenIdleSuspendsOrAppliesTheInUseProfile()
    {
        SharingPolicy policy = enabledPolicy(SharingMode::WhenIdle);
        SharingDecision decision = decide(policy, activity(UserPresence::Idle), at(1, 10));
        QCOMPARE(decision.state, SharingState::Sharing);
        QCOMPARE(decision.caps, policy.caps);

        decision = decide(policy, activity(UserPresence::Active), at(1, 10));
        QCOMPARE(decision.state, SharingState::PausedUserActive);
        QCOMPARE(decision.reason, QStringLiteral("Paused: you are using the computer"));
        QCOMPARE(decision.code, QStringLiteral("user-active"));
        QVERIFY(!decision.caps);

        policy.inUseAction = InUseAction::ApplyProfile;
        policy.inUseProfileId = QStringLiteral("in-use");
        decision = decide(policy, activity(UserPresence::Active), at(1, 10));
        QCOMPARE(decision.state, SharingState::Sharing);
        QCOMPARE(decision.caps, (ResourceCaps {1, 10, 512, 20})); // the profile's CPU and memory, the disk
        QCOMPARE(decision.profileId, QStringLiteral("in-use"));
        QCOMPARE(decision.reason,
                 QStringLiteral("Sharing: 1 core at 10 % while you use the computer (profile “In use”)"));
        // Idle again: the full caps.
        QCOMPARE(decide(policy, activity(UserPresence::Idle), at(1, 10)).caps, policy.caps);

        // A profile that vanished (hand-edited file) is reported, never guessed.
        policy.inUseProfileId = QStringLiteral("gone");
        decision = decide(policy, activity(UserPresence::Active), at(1, 10));
        QCOMPARE(decision.state, SharingState::Unavailable);
        QCOMPARE(decision.code, QStringLiteral("profile-unknown"));
    }

    void whenIdleWithoutIdleTimeIsUnavailable()
    {
        SharingPolicy policy = enabledPolicy(SharingMode::WhenIdle);
        ActivityState unknown = activity(UserPresence::Unknown);
        unknown.userIdleSeconds.reset();
        unknown.idleSourcesTried = {QStringLiteral("org.freedesktop.ScreenSaver"),
                                    QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                                    QStringLiteral("org.freedesktop.login1")};
        const SharingDecision decision = decide(policy, unknown, at(1, 10));
        QCOMPARE(decision.state, SharingState::Unavailable);
        QCOMPARE(decision.code, QStringLiteral("idle-unknown"));
        QVERIFY(!decision.caps);
        QVERIFY2(
            decision.reason.startsWith(QLatin1String("Unavailable: Cloudy cannot tell whether you are using "
                                                     "the computer")),
            qPrintable(decision.reason));
        QVERIFY(decision.reason.contains(QLatin1String(
            "(tried org.freedesktop.ScreenSaver, org.gnome.Mutter.IdleMonitor, org.freedesktop.login1)")));
        QVERIFY(decision.reason.contains(QStringLiteral("Share “always” or on a schedule instead")));

        // Before the first reading: paused while checking, not "unavailable".
        ActivityState notYet;
        const SharingDecision pending = decide(policy, notYet, at(1, 10));
        QCOMPARE(pending.state, SharingState::PausedUserActive);
        QCOMPARE(pending.code, QStringLiteral("idle-pending"));
        QCOMPARE(pending.reason, QStringLiteral("Paused: checking whether you are using the computer"));

        // The other modes do not need the idle time.
        policy.mode = SharingMode::Always;
        QCOMPARE(decide(policy, unknown, at(1, 10)).state, SharingState::Sharing);
        QCOMPARE(decide(policy, notYet, at(1, 10)).state, SharingState::Sharing);
    }

    void scheduleSlots_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("profile"); // empty: paused by the schedule
        QTest::addColumn<QDateTime>("reconsiderAt");
        QTest::newRow("Wednesday noon") << at(3, 12) << "day" << at(3, 17);
        QTest::newRow("Wednesday 16:59:59") << at(3, 16, 59, 59) << "day" << at(3, 17);
        QTest::newRow("Wednesday 17:00") << at(3, 17) << "" << at(3, 22);
        QTest::newRow("Wednesday 08:59") << at(3, 8, 59) << "" << at(3, 9);
        // Across midnight: the night profile runs on, and changes at 06:00 the next day.
        QTest::newRow("Wednesday 23:59") << at(3, 23, 59) << "night" << at(4, 6);
        QTest::newRow("Thursday 00:00") << at(4, 0) << "night" << at(4, 6);
        // Across the week's end: Sunday night runs into Monday morning.
        QTest::newRow("Sunday 23:45") << at(7, 23, 45) << "night" << at(8, 6);
        QTest::newRow("Monday 00:10") << at(1, 0, 10) << "night" << at(1, 6);
        QTest::newRow("Monday 05:59") << at(1, 5, 59) << "night" << at(1, 6);
        // Weekends have no day profile.
        QTest::newRow("Saturday noon") << at(6, 12) << "" << at(6, 22);
        QTest::newRow("Sunday 06:00") << at(7, 6) << "" << at(7, 22);
    }

    void scheduleSlots()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, profile);
        QFETCH(QDateTime, reconsiderAt);
        const SharingPolicy policy = schedulePolicy();
        // The schedule is the whole rule in this mode: someone using the computer changes nothing.
        for (UserPresence presence : {UserPresence::Idle, UserPresence::Active, UserPresence::Unknown}) {
            const SharingDecision decision = decide(policy, activity(presence), now);
            QCOMPARE(decision.reconsiderAt, reconsiderAt);
            if (profile.isEmpty()) {
                QCOMPARE(decision.state, SharingState::PausedSchedule);
                QCOMPARE(decision.code, QStringLiteral("schedule-off"));
                QCOMPARE(decision.reason, QStringLiteral("Paused: the schedule has no sharing until %1")
                                              .arg(shortTime(reconsiderAt)));
                QVERIFY(!decision.caps);
            } else {
                QCOMPARE(decision.state, SharingState::Sharing);
                QCOMPARE(decision.profileId, profile);
                QCOMPARE(decision.caps, policy.capsOf(*policy.profile(profile)));
            }
        }
    }

    void scheduleDetails()
    {
        SharingPolicy policy = schedulePolicy();
        SharingDecision decision = decide(policy, activity(UserPresence::Idle), at(4, 23));
        QCOMPARE(decision.reason, QStringLiteral("Sharing: 4 cores at 100 % (profile “Night 100 %”)"));
        QCOMPARE(decision.caps, (ResourceCaps {4, 100, 4096, 20}));

        // A time given in UTC is read on the local wall clock.
        QCOMPARE(decide(policy, activity(UserPresence::Idle), at(3, 12).toUTC()).profileId,
                 QStringLiteral("day"));

        // The next sharing time on another day names the day.
        policy.schedule.clear();
        policy.schedule.setRange(1, QTime(9, 0), QTime(10, 0), QStringLiteral("day"));
        decision = decide(policy, activity(UserPresence::Idle), at(6, 10));
        QCOMPARE(decision.reason,
                 QStringLiteral("Paused: the schedule has no sharing until Mon %1").arg(shortTime(at(1, 9))));
        QCOMPARE(decision.reconsiderAt, at(8, 9));

        // The same profile all week never changes.
        policy.schedule.setDaily(QTime(0, 0), QTime(0, 0), QStringLiteral("day"));
        decision = decide(policy, activity(UserPresence::Idle), at(6, 10));
        QCOMPARE(decision.state, SharingState::Sharing);
        QVERIFY(!decision.reconsiderAt.isValid());

        // A slot naming a profile that is gone.
        policy.schedule.setRange(6, QTime(10, 0), QTime(11, 0), QStringLiteral("gone"));
        decision = decide(policy, activity(UserPresence::Idle), at(6, 10, 30));
        QCOMPARE(decision.state, SharingState::Unavailable);
        QCOMPARE(decision.code, QStringLiteral("profile-unknown"));
        QCOMPARE(decision.reconsiderAt, at(6, 11));

        // A pause ending before the next slot change is what gets reconsidered first.
        policy = schedulePolicy();
        pauseUntil(policy, at(3, 12, 30));
        decision = decide(policy, activity(UserPresence::Idle), at(3, 12));
        QCOMPARE(decision.state, SharingState::PausedByUser);
        QCOMPARE(decision.reconsiderAt, at(3, 12, 30));
    }

    void scheduleSlotIndexes()
    {
        QCOMPARE(WeeklySchedule::slotIndex(at(1, 0)), 0);
        QCOMPARE(WeeklySchedule::slotIndex(at(1, 0, 29, 59)), 0);
        QCOMPARE(WeeklySchedule::slotIndex(at(1, 0, 30)), 1);
        QCOMPARE(WeeklySchedule::slotIndex(at(7, 23, 59)), WeeklySchedule::kSlotsPerWeek - 1);
        QCOMPARE(WeeklySchedule::startOfSlot(WeeklySchedule::kSlotsPerWeek - 1), QTime(23, 30));
        WeeklySchedule schedule;
        QVERIFY(schedule.isEmpty());
        schedule.setRange(7, QTime(23, 30), QTime(), QStringLiteral("x"));
        QCOMPARE(schedule.profileAt(WeeklySchedule::kSlotsPerWeek - 1), QStringLiteral("x"));
        QCOMPARE(schedule.slotsUntilChange(WeeklySchedule::kSlotsPerWeek - 1), 1);
        QCOMPARE(schedule.slotsUntilChange(0), WeeklySchedule::kSlotsPerWeek - 1); // wraps to Sunday 23:30
        QCOMPARE(schedule.nextChange(at(1, 0)), at(7, 23, 30));
        QCOMPARE(schedule.nextChange(at(7, 23, 40)), at(8, 0));
    }

    void debouncerIgnoresAShortBurst()
    {
        ActivityDebouncer debouncer; // 3 idle minutes, 2 minutes of grace
        // Away for 10 minutes, then a 20-second burst of input at t = 100…120 s, then away again.
        const auto idleAt = [](qint64 t) -> qint64 { return t < 100 ? 600 + t : t <= 120 ? 0 : t - 120; };
        const auto presences = feed(debouncer, 0, 600, idleAt);
        for (const auto &[t, presence] : presences)
            QVERIFY2(presence == UserPresence::Idle,
                     qPrintable(QStringLiteral("flapped at t = %1 s").arg(t)));
        QVERIFY(!debouncer.activityStartMs()); // the burst ended after a minute without input

        // The decision never changes either.
        const SharingPolicy policy = enabledPolicy(SharingMode::WhenIdle);
        ActivityDebouncer again;
        for (qint64 t = 0; t <= 600; t += 15) {
            ActivityState state = activity(UserPresence::Unknown);
            state.userIdleSeconds = idleAt(t);
            again.apply(state, t * 1000);
            QCOMPARE(decide(policy, state, at(1, 10).addSecs(t)).state, SharingState::Sharing);
        }
    }

    void debouncerPausesAfterTheGraceAndResumesAfterTheThreshold()
    {
        ActivityDebouncer debouncer;
        QCOMPARE(debouncer.update(600, 0), UserPresence::Idle);
        // Someone sits down at t = 1000 s and keeps typing: every reading shows an input a second ago.
        // The first reading (t = 1005) sees the stretch start at 1004; two minutes of grace end at 1124.
        for (qint64 t = 1005; t <= 1110; t += 15)
            QCOMPARE(debouncer.update(1, t * 1000), UserPresence::Idle);
        QCOMPARE(debouncer.activityStartMs(), 1004 * 1000);
        QCOMPARE(debouncer.update(1, 1125 * 1000), UserPresence::Active);

        // They leave at t = 2000: still Active until 3 idle minutes, then Idle at once (no grace added).
        QCOMPARE(debouncer.update(0, 2000 * 1000), UserPresence::Active);
        for (qint64 t = 2015; t < 2180; t += 15)
            QCOMPARE(debouncer.update(t - 2000, t * 1000), UserPresence::Active);
        QCOMPARE(debouncer.update(179, 2179 * 1000), UserPresence::Active);
        QCOMPARE(debouncer.update(180, 2180 * 1000), UserPresence::Idle);
    }

    void debouncerCountsIntermittentUseAsUse()
    {
        ActivityDebouncer debouncer;
        QCOMPARE(debouncer.update(600, 0), UserPresence::Idle);
        // Input for 10 s every 40 s (reading, scrolling): gaps under a minute keep one stretch going.
        const auto idleAt = [](qint64 t) -> qint64 {
            if (t < 100)
                return 600 + t;
            const qint64 phase = (t - 100) % 40;
            return phase < 10 ? 0 : phase - 10;
        };
        const auto presences = feed(debouncer, 15, 400, idleAt);
        QCOMPARE(presences.last().second, UserPresence::Active);
    }

    void debouncerEdgeCases()
    {
        // The first reading decides at once.
        ActivityDebouncer debouncer;
        QCOMPARE(debouncer.presence(), UserPresence::Unknown);
        QCOMPARE(debouncer.update(5, 0), UserPresence::Active);
        debouncer.reset();
        QCOMPARE(debouncer.update(180, 0), UserPresence::Idle);
        // No reading: unknown, and a fresh start afterwards.
        QCOMPARE(debouncer.update(std::nullopt, 15000), UserPresence::Unknown);
        QCOMPARE(debouncer.update(2, 30000), UserPresence::Active);

        // Grace 0: the first input pauses.
        ActivityDebouncer eager({180000, 0, 60000});
        QCOMPARE(eager.update(600, 0), UserPresence::Idle);
        QCOMPARE(eager.update(3, 15000), UserPresence::Active);

        // A clock going backwards restarts the stretch instead of making it look long.
        ActivityDebouncer jumpy;
        QCOMPARE(jumpy.update(600, 1000000), UserPresence::Idle);
        QCOMPARE(jumpy.update(0, 1100000), UserPresence::Idle);
        QCOMPARE(jumpy.update(0, 500000), UserPresence::Idle);
        QCOMPARE(jumpy.activityStartMs(), 500000);
        QCOMPARE(jumpy.update(0, 560000), UserPresence::Idle);
    }

    void controllerFollowsTheInjectedClock()
    {
        QDateTime now = at(2, 14);
        SharingController controller;
        controller.setClock([&now] { return now; });
        QCOMPARE(controller.decision().state, SharingState::Off);

        QSignalSpy changed(&controller, &SharingController::decisionChanged);
        SharingPolicy policy = enabledPolicy(SharingMode::WhenIdle);
        controller.setPolicy(policy);
        QCOMPARE(controller.decision().code, QStringLiteral("idle-pending")); // no reading yet
        QCOMPARE(changed.count(), 1);

        ActivityState reading;
        reading.idleChecked = true;
        reading.userIdleSeconds = 400;
        reading.onBattery = false;
        controller.setActivity(reading);
        QCOMPARE(controller.activity().presence, UserPresence::Idle);
        QCOMPARE(controller.decision().state, SharingState::Sharing);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).value<SharingDecision>().reason,
                 QStringLiteral("Sharing: 2 cores at 50 %"));

        // The same reading again changes nothing and says nothing.
        now = now.addSecs(15);
        reading.userIdleSeconds = 415;
        controller.setActivity(reading);
        QCOMPARE(changed.count(), 2);

        // "Pause for an hour", then the clock passes the hour.
        pauseUntil(policy, now.addSecs(3600));
        controller.setPolicy(policy);
        QCOMPARE(controller.decision().state, SharingState::PausedByUser);
        now = now.addSecs(3600);
        controller.reevaluate();
        QCOMPARE(controller.decision().state, SharingState::Sharing);
        QCOMPARE(changed.count(), 4);

        // On battery.
        reading.onBattery = true;
        controller.setActivity(reading);
        QCOMPARE(controller.decision().state, SharingState::PausedOnBattery);
    }
};

CLOUDY_TEST_MAIN(TestSharingDecision)
#include "tst_sharing_decision.moc"
