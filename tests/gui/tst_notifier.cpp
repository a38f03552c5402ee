// SPDX-License-Identifier: GPL-3.0-or-later
// Which events become desktop notifications: the rules (sharing paused/resumed by battery or schedule, not by

// changes on test:///default is left to the pages' tests — here the pure rules, case by case.
#include "Notifier.h"
#include "TestEnv.h"

using namespace Cloudy;
using Cloudy::Desktop::Notification;
using Services::ServicePhase;
using Sharing::SharingState;

Q_DECLARE_METATYPE(SharingState)
Q_DECLARE_METATYPE(ServicePhase)

class TestNotifier : public QObject
{
    Q_OBJECT

    static Sharing::SharingDecision decision(SharingState state, const QString &reason = {})
    {
        Sharing::SharingDecision d;
        d.state = state;
        d.reason = reason;
        return d;
    }

private Q_SLOTS:
    void sharing_data()
    {
        QTest::addColumn<SharingState>("before");
        QTest::addColumn<SharingState>("after");
        QTest::addColumn<QString>("title"); // empty: no notification
        QTest::addColumn<bool>("warning");
        QTest::newRow("battery pause")
            << SharingState::Sharing << SharingState::PausedOnBattery << "Sharing paused" << false;
        QTest::newRow("schedule pause")
            << SharingState::Sharing << SharingState::PausedSchedule << "Sharing paused" << false;
        QTest::newRow("resumed after battery")
            << SharingState::PausedOnBattery << SharingState::Sharing << "Sharing resumed" << false;
        QTest::newRow("unavailable") << SharingState::Sharing << SharingState::Unavailable
                                     << "Sharing cannot run" << true;
        QTest::newRow("idle-mode pause is routine")
            << SharingState::Sharing << SharingState::PausedUserActive << QString() << false;
        QTest::newRow("idle-mode resume is routine")
            << SharingState::PausedUserActive << SharingState::Sharing << QString() << false;
        QTest::newRow("the user's own pause")
            << SharingState::Sharing << SharingState::PausedByUser << QString() << false;
        QTest::newRow("the user switched it on")
            << SharingState::Off << SharingState::Sharing << QString() << false;
        QTest::newRow("no change") << SharingState::PausedOnBattery << SharingState::PausedOnBattery
                                   << QString() << false;
    }
    void sharing()
    {
        QFETCH(SharingState, before);
        QFETCH(SharingState, after);
        QFETCH(QString, title);
        QFETCH(bool, warning);
        const auto notification = Desktop::sharingNotification(
            decision(before), decision(after, QStringLiteral("On battery power")));
        QCOMPARE(notification.has_value(), !title.isEmpty());
        if (notification) {
            QCOMPARE(notification->title, title);
            QCOMPARE(notification->warning, warning);
            QVERIFY(!notification->body.isEmpty());
        }
    }

    void services_data()
    {
        QTest::addColumn<ServicePhase>("before");
        QTest::addColumn<ServicePhase>("after");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("warning");
        QTest::newRow("ready") << ServicePhase::Starting << ServicePhase::Running << "Syncthing is ready"
                               << false;
        QTest::newRow("failed") << ServicePhase::Starting << ServicePhase::Failed << "Syncthing failed"
                                << true;
        QTest::newRow("not ready") << ServicePhase::Starting << ServicePhase::NotReady
                                   << "Syncthing does not answer" << true;
        QTest::newRow("stopping is routine")
            << ServicePhase::Running << ServicePhase::Stopping << QString() << false;
        QTest::newRow("stopped is routine")
            << ServicePhase::Stopping << ServicePhase::Stopped << QString() << false;
        QTest::newRow("starting is routine")
            << ServicePhase::Stopped << ServicePhase::Starting << QString() << false;
    }
    void services()
    {
        QFETCH(ServicePhase, before);
        QFETCH(ServicePhase, after);
        QFETCH(QString, title);
        QFETCH(bool, warning);
        const auto notification = Desktop::serviceNotification(QStringLiteral("Syncthing"), before, after,
                                                               QStringLiteral("The guest did not start."));
        QCOMPARE(notification.has_value(), !title.isEmpty());
        if (notification) {
            QCOMPARE(notification->title, title);
            QCOMPARE(notification->warning, warning);
            if (warning)
                QCOMPARE(notification->body, QStringLiteral("The guest did not start."));
        }
    }
};

CLOUDY_TEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
