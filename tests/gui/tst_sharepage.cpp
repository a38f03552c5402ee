// SPDX-License-Identifier: GPL-3.0-or-later
// The Share page on a real ShareEngine (libvirt's in-process test driver, temporary policy and metering
// files, activity injected into the controller): the switch, presets, refusals with the allowed maximum,
// Apply/Undo/Revert, painting the schedule with the keyboard and the mouse, the state line, the corrupt
// file banner, the tray and the status bar. Renders docs/screenshots/share.png for the README.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "TrayIcon.h"
#include "charts/DonationChart.h"
#include "contribution/ShareEngine.h"
#include "metering/UsageStore.h"
#include "pages/NearbyPage.h"
#include "pages/SharePage.h"
#include "pages/share/ScheduleEditor.h"
#include "pages/share/ScheduleGrid.h"
#include "pages/share/ToggleSwitch.h"
#include "platform/Settings.h"
#include "sharing/PolicyFile.h"
#include "sharing/SharingController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

using namespace Cloudy;
using Contribution::ShareEngine;
using Desktop::SharePage;
using Sharing::SharingMode;
using Sharing::SharingPolicy;
using Sharing::SharingState;
using Sharing::WeeklySchedule;

class TestSharePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString policyPath() const { return m_dir->filePath(QStringLiteral("sharing-policy.json")); }

    // A valid policy that may be switched on: a microcloud and an image are chosen.
    static SharingPolicy readyPolicy(SharingMode mode = SharingMode::Always)
    {
        SharingPolicy policy;
        policy.microcloudId = QStringLiteral("gracia");
        policy.image = QStringLiteral("cloudy-node");
        policy.mode = mode;
        return policy;
    }

    ShareEngine::Options options() const
    {
        ShareEngine::Options options;
        options.libvirtUri = QStringLiteral("test:///default");
        options.policyPath = policyPath();
        options.usageDatabasePath = m_dir->filePath(QStringLiteral("metering.sqlite"));
        options.poolPath = m_dir->filePath(QStringLiteral("pool"));
        options.poolName = QStringLiteral("cloudy-test-pool");
        options.watchActivity = false;
        options.meter = true;
        options.meterIntervalMs = 3600 * 1000; // the test feeds readings itself
        options.shutdownTimeoutMs = 1000;
        return options;
    }

    std::unique_ptr<ShareEngine> startedEngine(const std::optional<SharingPolicy> &policy = readyPolicy())
    {
        if (policy)
            [&] { QVERIFY(!Sharing::savePolicy(*policy, policyPath())); }();
        auto engine = std::make_unique<ShareEngine>(options());
        engine->start();
        return engine;
    }

    template<typename T> static T *child(const QWidget &parent, const QString &name)
    {
        auto *found = parent.findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    // Shows the page and waits until it is the active window: mnemonics and shortcuts need that.
    static bool showActive(QWidget &page)
    {
        page.show();
        page.activateWindow();
        return QTest::qWaitForWindowActive(&page);
    }

    static QLabel *errorLabel(const QWidget &page, const QString &field)
    {
        return child<QLabel>(page, QStringLiteral("shareError:") + field);
    }

    // Replaces a spin box's value the way a user does: focus, select all, type.
    static void typeInto(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QTest::keyClick(spin, Qt::Key_Tab);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void switchOnShares()
    {
        auto engine = startedEngine(readyPolicy(SharingMode::WhenIdle));
        SharePage page(engine.get());
        QVERIFY(showActive(page));
        auto *toggle = child<Desktop::ToggleSwitch>(page, QStringLiteral("shareSwitch"));
        QVERIFY(toggle && !toggle->isChecked());
        auto *stateLine = child<QLabel>(page, QStringLiteral("shareStateLine"));
        QCOMPARE(stateLine->text(), engine->decision().reason);
        QCOMPARE(engine->decision().state, SharingState::Off);

        // "Always" in the form, applied with the keyboard (Alt+W, then Ctrl+Return).
        // (A mnemonic "clicks" a button after a short animation, hence QTRY.)
        QTest::keyClick(&page, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(page, QStringLiteral("modeAlways"))->isChecked());
        QVERIFY(child<QPushButton>(page, QStringLiteral("shareApply"))->isEnabled());
        QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(engine->policy().mode, SharingMode::Always);

        // The switch: Space on it switches sharing on.
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(engine->policy().enabled);
        QVERIFY(toggle->isChecked());
        QCOMPARE(engine->decision().state, SharingState::Sharing);
        QCOMPARE(stateLine->text(), engine->decision().reason);
        QVERIFY2(stateLine->text().startsWith(QLatin1String("Sharing")), qPrintable(stateLine->text()));
        QVERIFY(Sharing::readPolicyFile(policyPath()).value().enabled); // saved

        // And a mouse click switches it off.
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!engine->policy().enabled);
        QCOMPARE(engine->decision().state, SharingState::Off);
        QCOMPARE(stateLine->text(), engine->decision().reason);

        // Its mnemonic, Alt+S, from anywhere on the page.
        child<QSpinBox>(page, QStringLiteral("capsDisk"))->setFocus();
        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(engine->policy().enabled);
        QVERIFY(toggle->hasFocus());
    }

    void switchOnWithoutMicrocloudExplains()
    {
        auto engine = startedEngine(SharingPolicy {}); // the defaults: no microcloud, no image
        SharePage page(engine.get());
        page.show();
        auto *toggle = child<Desktop::ToggleSwitch>(page, QStringLiteral("shareSwitch"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!engine->policy().enabled);
        QVERIFY(!toggle->isChecked()); // it springs back
        QVERIFY(errorLabel(page, QStringLiteral("microcloud"))->isVisible());
        QVERIFY(errorLabel(page, QStringLiteral("microcloud"))->text().contains(QLatin1String("Nearby")));
        QVERIFY(
            child<QLabel>(page, QStringLiteral("shareMessage"))->text().contains(QLatin1String("stays off")));

        // Typing them in and switching on applies the form and the switch at once.
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("shareMicrocloud")), QStringLiteral("sants"));
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("shareImage")), QStringLiteral("cloudy-node"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(engine->policy().enabled);
        QCOMPARE(engine->policy().microcloudId, QStringLiteral("sants"));
        QVERIFY(!page.hasUnappliedChanges());
    }

    void presetFillsFields()
    {
        auto engine = startedEngine();
        SharePage page(engine.get());
        QVERIFY(showActive(page));
        const Sharing::HostCapacity capacity = engine->capacity();
        QVERIFY(capacity.cores > 0);
        auto *full = child<QPushButton>(page, QStringLiteral("presetFull"));
        QTest::mouseClick(full, Qt::LeftButton);
        const Sharing::ResourceCaps caps = Sharing::presetCaps(Sharing::Preset::Full, capacity);
        QCOMPARE(child<QSpinBox>(page, QStringLiteral("capsVcpus"))->value(), caps.vcpus);
        QCOMPARE(child<QSpinBox>(page, QStringLiteral("capsCpuPercent"))->value(), caps.cpuPercent);
        QCOMPARE(child<QSpinBox>(page, QStringLiteral("capsMemory"))->value(), caps.memoryMiB);
        QCOMPARE(child<QSpinBox>(page, QStringLiteral("capsDisk"))->value(), caps.diskGiB);
        QVERIFY(full->isChecked());
        QVERIFY(!child<QPushButton>(page, QStringLiteral("presetLight"))->isChecked());

        // Light by its mnemonic; then a value of one's own: no preset is highlighted, the values stay.
        QTest::keyClick(&page, Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(child<QSpinBox>(page, QStringLiteral("capsCpuPercent"))->value(),
                     Sharing::presetCaps(Sharing::Preset::Light, capacity).cpuPercent);
        QVERIFY(child<QPushButton>(page, QStringLiteral("presetLight"))->isChecked());
        typeInto(child<QSpinBox>(page, QStringLiteral("capsCpuPercent")), 40);
        for (const char *name : {"presetLight", "presetBalanced", "presetFull"})
            QVERIFY(!child<QPushButton>(page, QLatin1String(name))->isChecked());
        QCOMPARE(page.formPolicy().caps.cpuPercent, 40);
        QVERIFY(page.hasUnappliedChanges());
        QCOMPARE(engine->policy().caps.cpuPercent, 25); // staged, not applied
    }

    void capOverCapacityShowsMaximum()
    {
        auto engine = startedEngine();
        SharePage page(engine.get());
        page.show();
        const Sharing::HostCapacity capacity = engine->capacity();
        auto *apply = child<QPushButton>(page, QStringLiteral("shareApply"));
        QVERIFY(child<QLabel>(page, QStringLiteral("vcpusLimit"))
                    ->text()
                    .contains(QString::number(capacity.cores)));

        typeInto(child<QSpinBox>(page, QStringLiteral("capsVcpus")), capacity.maxVcpus() + 1);
        QLabel *vcpusError = errorLabel(page, QStringLiteral("caps.vcpus"));
        QVERIFY(vcpusError->isVisible());
        QVERIFY2(vcpusError->text().contains(QStringLiteral("at most %1").arg(capacity.maxVcpus())),
                 qPrintable(vcpusError->text()));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(child<QSpinBox>(page, QStringLiteral("capsVcpus"))->accessibleDescription(),
                 vcpusError->text());

        typeInto(child<QSpinBox>(page, QStringLiteral("capsVcpus")), 1);
        QVERIFY(!vcpusError->isVisible());
        typeInto(child<QSpinBox>(page, QStringLiteral("capsMemory")), int(capacity.maxMemoryMiB()) + 512);
        QLabel *memoryError = errorLabel(page, QStringLiteral("caps.memoryMiB"));
        QVERIFY(memoryError->isVisible());
        QVERIFY2(memoryError->text().contains(Sharing::describeMemory(capacity.maxMemoryMiB())),
                 qPrintable(memoryError->text()));
        QVERIFY(!apply->isEnabled());

        typeInto(child<QSpinBox>(page, QStringLiteral("capsMemory")), 1024);
        typeInto(child<QSpinBox>(page, QStringLiteral("capsDisk")), int(capacity.maxDiskGiB()) + 10);
        QLabel *diskError = errorLabel(page, QStringLiteral("caps.diskGiB"));
        QVERIFY(diskError->isVisible());
        QVERIFY2(diskError->text().contains(
                     QStringLiteral("at most %1 GiB").arg(QLocale().toString(capacity.maxDiskGiB()))),
                 qPrintable(diskError->text()));
        QVERIFY(!apply->isEnabled());
        QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier); // the shortcut does nothing either
        QCOMPARE(engine->policy(), readyPolicy());
    }

    void applyThenUndo()
    {
        auto engine = startedEngine();
        SharePage page(engine.get());
        QVERIFY(showActive(page));
        const SharingPolicy before = engine->policy();
        auto *undo = child<QPushButton>(page, QStringLiteral("shareUndo"));
        QVERIFY(!undo->isVisible());

        typeInto(child<QSpinBox>(page, QStringLiteral("capsCpuPercent")), 60);
        auto *battery = child<QCheckBox>(page, QStringLiteral("pauseOnBattery"));
        battery->setFocus();
        QTest::keyClick(battery, Qt::Key_Space);
        QSignalSpy changed(engine.get(), &ShareEngine::policyChanged);
        QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(engine->policy().caps.cpuPercent, 60);
        QVERIFY(!engine->policy().pauseOnBattery);
        QCOMPARE(Sharing::readPolicyFile(policyPath()).value(), engine->policy());
        QVERIFY(undo->isVisible());
        QVERIFY(!child<QPushButton>(page, QStringLiteral("shareApply"))->isEnabled());

        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(engine->policy(), before);
        QCOMPARE(Sharing::readPolicyFile(policyPath()).value(), before);
        QCOMPARE(child<QSpinBox>(page, QStringLiteral("capsCpuPercent"))->value(), before.caps.cpuPercent);
        QVERIFY(!undo->isVisible());
    }

    void guestKindAndGraceByKeyboard()
    {
        auto engine = startedEngine(readyPolicy(SharingMode::WhenIdle));
        SharePage page(engine.get());
        QVERIFY(showActive(page));
        const SharingPolicy before = engine->policy();
        auto *qemu = child<QRadioButton>(page, QStringLiteral("kindQemu"));
        auto *lxc = child<QRadioButton>(page, QStringLiteral("kindLxc"));
        auto *kindNote = child<QLabel>(page, QStringLiteral("kindNote"));
        auto *grace = child<QSpinBox>(page, QStringLiteral("graceSeconds"));
        QVERIFY(qemu && lxc && kindNote && grace);
        QVERIFY(qemu->isChecked());
        QVERIFY(!kindNote->isVisible());
        QCOMPARE(grace->value(), before.graceSeconds);
        QVERIFY(grace->isEnabled()); // idle mode: activity is watched

        // Alt+X chooses the container; the page says when that applies before anything is applied.
        QTest::keyClick(&page, Qt::Key_X, Qt::AltModifier);
        QTRY_VERIFY(lxc->isChecked());
        QVERIFY(!qemu->isChecked());
        QVERIFY(lxc->hasFocus());
        QVERIFY(kindNote->isVisible());
        QVERIFY2(kindNote->text().contains(QLatin1String("next start")), qPrintable(kindNote->text()));
        QCOMPARE(page.formPolicy().guestKind, Sharing::GuestKind::Lxc);
        QCOMPARE(engine->policy().guestKind, Sharing::GuestKind::Qemu); // staged only

        // Alt+I reaches the grace period; typed, then one step up with the arrow key.
        QTest::keyClick(&page, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(grace->hasFocus());
        grace->selectAll();
        QTest::keyClicks(grace, QStringLiteral("45"));
        QTest::keyClick(grace, Qt::Key_Up);
        QCOMPARE(grace->value(), 45 + grace->singleStep());
        const int graceSeconds = grace->value();
        QCOMPARE(page.formPolicy().graceSeconds, graceSeconds);

        QSignalSpy changed(engine.get(), &ShareEngine::policyChanged);
        QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(engine->policy().guestKind, Sharing::GuestKind::Lxc);
        QCOMPARE(engine->policy().graceSeconds, graceSeconds);
        const SharingPolicy saved = Sharing::readPolicyFile(policyPath()).value();
        QCOMPARE(saved.guestKind, Sharing::GuestKind::Lxc);
        QCOMPARE(saved.graceSeconds, graceSeconds);
        QVERIFY(!kindNote->isVisible()); // nothing staged any more
        QVERIFY(!page.hasUnappliedChanges());

        // Undo brings both back, in the file too.
        QTest::keyClick(&page, Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(engine->policy(), before);
        QCOMPARE(Sharing::readPolicyFile(policyPath()).value().guestKind, Sharing::GuestKind::Qemu);
        QVERIFY(qemu->isChecked());
        QCOMPARE(grace->value(), before.graceSeconds);

        // The grace period only means something while activity is watched: off in the other modes.
        QTest::keyClick(&page, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(page, QStringLiteral("modeAlways"))->isChecked());
        QVERIFY(!grace->isEnabled());
        QTest::keyClick(&page, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(page, QStringLiteral("modeSchedule"))->isChecked());
        QVERIFY(!grace->isEnabled());
        QTest::keyClick(&page, Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(grace->isEnabled());
    }

    void revertDropsEdits()
    {
        auto engine = startedEngine();
        SharePage page(engine.get());
        QVERIFY(showActive(page));
        auto *revert = child<QPushButton>(page, QStringLiteral("shareRevert"));
        QVERIFY(!revert->isEnabled());
        typeInto(child<QSpinBox>(page, QStringLiteral("capsDisk")), 15);
        QVERIFY(revert->isEnabled());
        QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(child<QSpinBox>(page, QStringLiteral("capsDisk"))->value(), readyPolicy().caps.diskGiB);
        QVERIFY(!page.hasUnappliedChanges());
        QVERIFY(!revert->isEnabled());
    }

    void scheduleEditorBuiltWhenFirstShown()
    {
        // A policy with a schedule, shown in another mode: the editor is not built, the policy's profiles and
        // schedule are kept as they are (Apply of another edit does not lose them).
        SharingPolicy policy = readyPolicy(SharingMode::Always);
        policy.profiles = {{QStringLiteral("day"), QStringLiteral("Daytime"), 1, 25, 1024}};
        policy.schedule.setDaily(QTime(9, 0), QTime(17, 0), QStringLiteral("day"));
        auto engine = startedEngine(policy);
        QCOMPARE(engine->policy().profiles, policy.profiles);
        SharePage page(engine.get());
        page.resize(1000, 900);
        QVERIFY(showActive(page));
        QVERIFY(!page.findChild<Desktop::ScheduleEditor *>());
        QVERIFY(!page.hasUnappliedChanges());
        auto *grace = child<QSpinBox>(page, QStringLiteral("graceSeconds"));
        grace->setValue(grace->value() + 15);
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("shareApply")), Qt::LeftButton);
        QCOMPARE(engine->policy().profiles, policy.profiles);
        QCOMPARE(engine->policy().schedule, policy.schedule);
        QVERIFY(!page.findChild<Desktop::ScheduleEditor *>());

        // The schedule mode shows it, filled from the policy, next in the tab order after the When section.
        QTest::keyClick(&page, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(page, QStringLiteral("modeSchedule"))->isChecked());
        auto *editor = page.findChild<Desktop::ScheduleEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->profiles(), policy.profiles);
        QCOMPARE(editor->schedule(), policy.schedule);
        // Its problems are told in the page's wrapped error labels, like every other field's.
        for (const QString &field : {QStringLiteral("profiles"), QStringLiteral("schedule")})
            QVERIFY(errorLabel(page, field)->wordWrap());
        auto *battery = child<QCheckBox>(page, QStringLiteral("pauseOnBattery"));
        QWidget *next = battery->nextInFocusChain();
        while (next != battery && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        QVERIFY2(editor->isAncestorOf(next), qPrintable(next->objectName()));
        // And away from it, back: hidden, not lost.
        QTest::keyClick(&page, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(!editor->isVisible());
        QCOMPARE(page.findChildren<Desktop::ScheduleEditor *>().size(), 1);
    }

    void scheduleGridPaintsByKeyboardAndMouse()
    {
        auto engine = startedEngine();
        SharePage page(engine.get());
        page.resize(1000, 900);
        QVERIFY(showActive(page));

        // The schedule mode starts with two profiles to paint with (its editor is built then).
        QTest::keyClick(&page, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(page.findChild<Desktop::ScheduleGrid *>(QStringLiteral("scheduleGrid")));
        auto *grid = child<Desktop::ScheduleGrid>(page, QStringLiteral("scheduleGrid"));
        QTRY_VERIFY(grid->isVisible());
        auto *profiles = child<QTableWidget>(page, QStringLiteral("shareProfiles"));
        QCOMPARE(profiles->rowCount(), 2);
        QVERIFY(child<QRadioButton>(page, QStringLiteral("brush:light"))->isChecked());

        // Alt+K focuses the grid; Right, Right, Space paints Monday 01:00; Shift+Right paints 01:30 too.
        QTest::keyClick(&page, Qt::Key_K, Qt::AltModifier);
        QVERIFY(grid->hasFocus());
        QCOMPARE(grid->cursorSlot(), 0);
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Space);
        QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(grid->accessibleDescription().contains(QLatin1String("Light")));
        // Another brush, then Tuesday 01:30 with Enter.
        QTest::mouseClick(child<QRadioButton>(page, QStringLiteral("brush:full")), Qt::LeftButton);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_Down);
        QTest::keyClick(grid, Qt::Key_Return);

        // A mouse drag from Saturday 10:00 to Sunday 11:30 paints that rectangle.
        const auto cellCentre = [grid](int day, int slotOfDay) {
            const int labelWidth = grid->fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + 12;
            const int top = grid->fontMetrics().height() + 4;
            const double cellWidth = double(grid->width() - labelWidth - 1) / WeeklySchedule::kSlotsPerDay;
            const double cellHeight = double(grid->height() - top - 1) / 7;
            return QPoint(int(labelWidth + (slotOfDay + 0.5) * cellWidth),
                          int(top + (day - 0.5) * cellHeight));
        };
        QTest::mousePress(grid, Qt::LeftButton, {}, cellCentre(6, 20));
        QTest::mouseMove(grid, cellCentre(7, 23));
        QTest::mouseRelease(grid, Qt::LeftButton, {}, cellCentre(7, 23));

        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("shareApply")), Qt::LeftButton);
        const SharingPolicy saved = Sharing::readPolicyFile(policyPath()).value();
        QCOMPARE(saved, engine->policy());
        QCOMPARE(saved.mode, SharingMode::Schedule);
        QCOMPARE(int(saved.profiles.size()), 2);
        const WeeklySchedule &schedule = saved.schedule;
        QCOMPARE(schedule.profileAt(WeeklySchedule::slotIndex(1, 1)), QString());
        QCOMPARE(schedule.profileAt(WeeklySchedule::slotIndex(1, 2)), QStringLiteral("light"));
        QCOMPARE(schedule.profileAt(WeeklySchedule::slotIndex(1, 3)), QStringLiteral("light"));
        QCOMPARE(schedule.profileAt(WeeklySchedule::slotIndex(1, 4)), QString());
        QCOMPARE(schedule.profileAt(WeeklySchedule::slotIndex(2, 3)), QStringLiteral("full"));
        int painted = 0;
        for (int slot = 0; slot < WeeklySchedule::kSlotsPerWeek; ++slot)
            painted += schedule.profileAt(slot).isEmpty() ? 0 : 1;
        QCOMPARE(painted, 3 + 2 * 4);
        for (int day : {6, 7}) {
            for (int time = 20; time <= 23; ++time)
                QCOMPARE(schedule.profileAt(WeeklySchedule::slotIndex(day, time)), QStringLiteral("full"));
        }
    }

    void stateLineFollowsDecision()
    {
        SharingPolicy policy = readyPolicy(SharingMode::WhenIdle);
        policy.enabled = true;
        auto engine = startedEngine(policy);
        SharePage page(engine.get());
        page.show();
        auto *stateLine = child<QLabel>(page, QStringLiteral("shareStateLine"));
        QSignalSpy decisions(engine.get(), &ShareEngine::decisionChanged);

        Sharing::ActivityState idle;
        idle.userIdleSeconds = 3600;
        idle.idleChecked = true;
        idle.idleSource = QStringLiteral("org.freedesktop.ScreenSaver");
        idle.onBattery = false;
        engine->controller()->setActivity(idle);
        QCOMPARE(engine->decision().state, SharingState::Sharing);
        QCOMPARE(stateLine->text(), engine->decision().reason);
        QVERIFY(stateLine->text().startsWith(QLatin1String("Sharing")));

        Sharing::ActivityState battery = idle;
        battery.onBattery = true;
        engine->controller()->setActivity(battery);
        QCOMPARE(engine->decision().state, SharingState::PausedOnBattery);
        QCOMPARE(stateLine->text(), engine->decision().reason);
        QVERIFY2(stateLine->text().contains(QLatin1String("battery")), qPrintable(stateLine->text()));

        Sharing::ActivityState unknown;
        unknown.idleChecked = true;
        unknown.idleSourcesTried = {QStringLiteral("org.freedesktop.ScreenSaver")};
        engine->controller()->setActivity(unknown);
        QCOMPARE(engine->decision().state, SharingState::Unavailable);
        QCOMPARE(stateLine->text(), engine->decision().reason);
        QVERIFY(decisions.count() >= 3);
    }

    void corruptPolicyShowsBanner()
    {
        QFile file(policyPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"cloudy-sharing-policy\", \"version\": 1, \"caps\": {\"vcpus\": \"many\"");
        file.close();
        auto engine = startedEngine(std::nullopt);
        QVERIFY(engine->policyProblem());
        SharePage page(engine.get());
        page.show();
        auto *banner = child<QLabel>(page, QStringLiteral("sharePolicyWarning"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(engine->policyProblem()->message));
        QVERIFY(banner->text().contains(QLatin1String(".corrupt")));

        // Saving settings replaces the unusable file: the warning goes.
        typeInto(child<QSpinBox>(page, QStringLiteral("capsCpuPercent")), 30);
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("shareApply")), Qt::LeftButton);
        QVERIFY(!engine->policyProblem());
        QVERIFY(!banner->isVisible());
    }

    void trayAndStatusBarFollowSharing()
    {
        QVERIFY(!Sharing::savePolicy(readyPolicy(), policyPath()));
        Settings settings(m_dir->filePath(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, std::make_unique<ShareEngine>(options()),
                                        nullptr);
        Desktop::MainWindow window(&session);
        Desktop::TrayIcon tray(&window);
        window.setTrayIcon(&tray);
        session.start();
        ShareEngine *engine = session.shareEngine();

        QAction *share = tray.shareAction();
        QVERIFY(share && share->isCheckable() && !share->isChecked());
        QAction *state = tray.stateAction();
        QVERIFY(!state->isEnabled());
        QCOMPARE(state->text(), engine->decision().reason);
        QVERIFY(tray.toolTip().contains(engine->decision().reason));
        auto *status = window.findChild<QLabel *>(QStringLiteral("sharingStatus"));
        QCOMPARE(status->text(), engine->decision().reason);

        share->trigger();
        QVERIFY(engine->policy().enabled);
        QVERIFY(share->isChecked());
        QCOMPARE(engine->decision().state, SharingState::Sharing);
        QCOMPARE(state->text(), engine->decision().reason);
        QVERIFY(tray.toolTip().contains(engine->decision().reason));
        QCOMPARE(status->text(), engine->decision().reason);
        QVERIFY(
            child<Desktop::ToggleSwitch>(*window.sharePage(), QStringLiteral("shareSwitch"))->isChecked());

        // Pause for an hour from the tray; the page's button resumes.
        QAction *pause = tray.pauseAction();
        QVERIFY(pause->isEnabled());
        pause->trigger();
        QCOMPARE(engine->decision().state, SharingState::PausedByUser);
        QVERIFY(engine->policy().pausedUntil > QDateTime::currentDateTimeUtc().addSecs(50 * 60));
        QCOMPARE(state->text(), engine->decision().reason);
        QCOMPARE(pause->text(), QStringLiteral("Resume now"));
        auto *resume = child<QPushButton>(*window.sharePage(), QStringLiteral("sharePause"));
        QCOMPARE(resume->text(), QStringLiteral("Resume now"));
        resume->click();
        QCOMPARE(engine->decision().state, SharingState::Sharing);
        QCOMPARE(pause->text(), QStringLiteral("Pause for an hour"));
        QCOMPARE(resume->text(), QStringLiteral("Pause for an hour"));

        share->trigger();
        QVERIFY(!engine->policy().enabled);
        QVERIFY(!share->isChecked());
        QVERIFY(!pause->isEnabled());
        QCOMPARE(status->text(), engine->decision().reason);

        // Nearby's "Join microcloud" fills in the Share page and shows it.
        window.showPage(Desktop::MainWindow::NearbyPageIndex);
        Q_EMIT window.nearbyPage()->joinRequested(QStringLiteral("sants"));
        QCOMPARE(window.currentPage(), int(Desktop::MainWindow::SharePageIndex));
        QCOMPARE(window.sharePage()->formPolicy().microcloudId, QStringLiteral("sants"));
    }

    // The chart costs more than the rest of the page: it is built after the page's first paint, not before.
    void chartAfterFirstPaint()
    {
        auto engine = startedEngine();
        SharePage page(engine.get());
        QVERIFY(!page.findChild<Desktop::DonationChart *>());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.findChild<Desktop::DonationChart *>(QStringLiteral("donationChart")));
    }

    void liveChartAndTotals()
    {
        auto engine = startedEngine();
        SharePage page(engine.get());
        page.show();
        auto *chart = page.donationChart();
        QCOMPARE(chart->pointCount(), 0);
        Metering::UsageStore *store = engine->usageStore();
        QVERIFY(store && store->isOpen());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            Metering::UsageReading reading;
            reading.at = now.addSecs(-60 + 30 * i);
            reading.domain = QStringLiteral("cloudy-contribution");
            reading.running = true;
            reading.cpuTimeNs = quint64(i) * 15 * 1000000000ULL; // half a core
            reading.vcpus = 1;
            reading.memoryKiB = 512 * 1024;
            reading.diskAllocationBytes = quint64(2) << 30;
            reading.diskCapacityBytes = quint64(10) << 30;
            QVERIFY(store->record(reading));
            Q_EMIT engine->usageSampled(reading, i == 0 ? 0.0 : 0.5);
        }
        QCOMPARE(chart->pointCount(), 3);
        QVERIFY2(
            child<QLabel>(page, QStringLiteral("shareNow"))->text().contains(QLatin1String("0.50 cores")),
            qPrintable(child<QLabel>(page, QStringLiteral("shareNow"))->text()));
        const QString today = child<QLabel>(page, QStringLiteral("shareToday"))->text();
        QVERIFY2(today.contains(QLatin1String("core-hours")), qPrintable(today));
        // (The store prorates the hour in progress, so only "something was counted" is certain here.)
        QVERIFY(engine->today().coreSeconds > 0);

        // A new page (a restart) shows the kept history.
        SharePage again(engine.get());
        QCOMPARE(again.donationChart()->pointCount(), 3);
    }

    void screenshot()
    {
        const QString shots = qEnvironmentVariable("CLOUDY_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set CLOUDY_SCREENSHOT_DIR (tests/gui/render-screenshots.sh) to render the screenshot");
        auto probe = startedEngine(std::nullopt);
        const Sharing::HostCapacity capacity = probe->capacity();
        probe.reset();

        SharingPolicy policy = readyPolicy(SharingMode::Schedule);
        policy.enabled = true;
        policy.caps = Sharing::presetCaps(Sharing::Preset::Balanced, capacity);
        const Sharing::ResourceCaps full = Sharing::presetCaps(Sharing::Preset::Full, capacity);
        policy.profiles = {
            {QStringLiteral("day"), QStringLiteral("Daytime 25 %"), 1, 25, 1024},
            {QStringLiteral("night"), QStringLiteral("Night 100 %"), full.vcpus, 100, full.memoryMiB}};
        policy.schedule.setDaily(QTime(0, 0), QTime(7, 0), QStringLiteral("night"));
        policy.schedule.setDaily(QTime(22, 0), QTime(), QStringLiteral("night"));
        for (int day = 1; day <= 5; ++day)
            policy.schedule.setRange(day, QTime(9, 0), QTime(18, 0), QStringLiteral("day"));
        for (int day = 6; day <= 7; ++day)
            policy.schedule.setRange(day, QTime(7, 0), QTime(22, 0), QStringLiteral("day"));
        QVERIFY(!Sharing::savePolicy(policy, policyPath()));
        // A guest image folder as the Services catalog will provide it (the test driver boots nothing).
        ShareEngine::Options withImage = options();
        const QString imageDir = m_dir->filePath(QStringLiteral("image"));
        QVERIFY(QDir().mkpath(imageDir));
        for (const char *name : {"vmlinuz", "initrd.img"}) {
            QFile file(imageDir + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        withImage.imageResolver = [imageDir](const QString &, Sharing::GuestKind kind) {
            return Contribution::resolveImageFolder(imageDir, kind);
        };
        Settings settings(m_dir->filePath(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, std::make_unique<ShareEngine>(withImage),
                                        nullptr);
        session.start();
        ShareEngine *engine = session.shareEngine();

        // Ten minutes of readings, and a week of totals behind them.
        Metering::UsageStore *store = engine->usageStore();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        quint64 cpu = 0;
        Metering::UsageReading reading;
        reading.domain = QStringLiteral("cloudy-contribution");
        reading.running = true;
        reading.vcpus = policy.caps.vcpus;
        reading.diskCapacityBytes = quint64(policy.caps.diskGiB) << 30;
        for (int step = 0; step <= 2 * 24 * 12; ++step) { // every 5 minutes for 2 days…
            reading.at = now.addSecs(-2 * 86400 - 600 + step * 300);
            cpu += quint64(300.0 * (0.6 + 0.3 * std::sin(step / 7.0)) * 1e9);
            reading.cpuTimeNs = cpu;
            reading.memoryKiB = quint64(policy.caps.memoryMiB) * 1024 * 8 / 10;
            reading.diskAllocationBytes = (quint64(3) << 30) + quint64(step) * (1 << 20);
            store->record(reading);
        }
        for (int step = 1; step <= 120; ++step) { // …then every 5 seconds for the last 10 minutes
            reading.at = now.addSecs(-600 + step * 5);
            const double cores = 0.9 + 0.25 * std::sin(step / 9.0) + 0.05 * std::sin(step * 1.7);
            cpu += quint64(5 * cores * 1e9);
            reading.cpuTimeNs = cpu;
            reading.memoryKiB = quint64(policy.caps.memoryMiB) * 1024 * (70 + step / 10) / 100;
            store->record(reading);
        }
        SharePage page(engine);
        page.resize(1100, 1020);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(100);
        QVERIFY(page.grab().save(shots + QStringLiteral("/share.png")));

        // The main window as the README shows it (rendered after tst_mainwindow's, whose session has no
        // sharing): the Share page with the same content.
        Desktop::MainWindow window(&session);
        window.sharePage()->reload();
        window.showPage(Desktop::MainWindow::SharePageIndex);
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        QVERIFY(window.grab().save(shots + QStringLiteral("/page-share.png")));
    }
};

CLOUDY_TEST_GUI_MAIN(TestSharePage)
#include "tst_sharepage.moc"
