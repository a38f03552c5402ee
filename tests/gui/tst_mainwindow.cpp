// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen: the four pages, keyboard access, and what it remembers.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "TrayIcon.h"
#include "pages/PageHeader.h"
#include "platform/Settings.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTemporaryDir>

using Cloudy::Settings;
using Cloudy::Desktop::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("cloudy.conf")); }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void hasTheFourPages()
    {
        Settings settings(settingsFile(), nullptr);
        Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList expected {QStringLiteral("Share"), QStringLiteral("Nearby"),
                                    QStringLiteral("Services"), QStringLiteral("Rewards")};
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(sidebar->item(i)->text(), expected.at(i));
            QWidget *page = window.page(i);
            QVERIFY(page);
            QCOMPARE(page->accessibleName(), expected.at(i));
            auto *header = page->findChild<Cloudy::Desktop::PageHeader *>();
            QVERIFY(header);
            QCOMPARE(header->title(), expected.at(i));
            // While a page has nothing to show it explains itself.
            QVERIFY(page->findChild<QWidget *>(QStringLiteral("emptyState")));
            // The screenshot script (tests/gui/render-screenshots.sh) sets this to render every page.
            const QString shots = qEnvironmentVariable("CLOUDY_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                window.showPage(i);
                QVERIFY(
                    window.grab().save(shots + QStringLiteral("/page-%1.png").arg(expected.at(i).toLower())));
            }
        }
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sharingStatus")));
    }

    // Only the shown page is built before the window paints; the others when first shown or asked for.
    void buildsPagesWhenFirstShown()
    {
        Settings settings(settingsFile(), nullptr);
        Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
        MainWindow window(&session);
        QCOMPARE(window.currentPage(), int(MainWindow::SharePageIndex));
        QVERIFY(window.hasPage(MainWindow::SharePageIndex));
        for (const int index :
             {MainWindow::NearbyPageIndex, MainWindow::ServicesPageIndex, MainWindow::RewardsPageIndex})
            QVERIFY(!window.hasPage(index));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("rewardsPage")));

        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::RewardsPageIndex));
        QWidget *rewards = window.findChild<QWidget *>(QStringLiteral("rewardsPage"));
        QVERIFY(rewards);
        QCOMPARE(window.page(MainWindow::RewardsPageIndex), rewards);
        QVERIFY(rewards->isVisible());
        // Built once: shown again, it is the same page.
        window.showPage(MainWindow::SharePageIndex);
        window.showPage(MainWindow::RewardsPageIndex);
        QCOMPARE(window.page(MainWindow::RewardsPageIndex), rewards);
        QVERIFY(!window.hasPage(MainWindow::NearbyPageIndex));
        QCOMPARE(window.page(MainWindow::PageCount), nullptr);
    }

    void keyboardSwitchesPages()
    {
        Settings settings(settingsFile(), nullptr);
        Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentPage(), int(MainWindow::SharePageIndex));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::ServicesPageIndex));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::NearbyPageIndex));
        // The sidebar follows, so it always shows where the user is.
        QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("sidebar"))->currentRow(),
                 int(MainWindow::NearbyPageIndex));
    }

    void trayMenuOpensAndQuits()
    {
        Settings settings(settingsFile(), nullptr);
        Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
        MainWindow window(&session);
        Cloudy::Desktop::TrayIcon tray(&window);
        window.setTrayIcon(&tray);
        QVERIFY(tray.contextMenu());
        QStringList names;
        for (const QAction *action : tray.contextMenu()->actions()) {
            if (!action->isSeparator())
                names.append(action->objectName());
        }
        QCOMPARE(names, (QStringList {QStringLiteral("trayOpen"), QStringLiteral("traySettings"),
                                      QStringLiteral("trayQuit")}));

        // "Open Cloudy" brings a hidden window back.
        QVERIFY(!window.isVisible());
        tray.contextMenu()->actions().constFirst()->trigger();
        QVERIFY(window.isVisible());
    }

    void closingWithoutTrayQuits()
    {
        // No tray (as on the offscreen platform): closing the window must not leave an invisible app behind.
        Settings settings(settingsFile(), nullptr);
        Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!settings.value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    }

    void remembersLastPage()
    {
        {
            Settings settings(settingsFile(), nullptr);
            Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
            MainWindow window(&session);
            window.findChild<QListWidget *>(QStringLiteral("sidebar"))
                ->setCurrentRow(MainWindow::RewardsPageIndex);
        }
        Settings settings(settingsFile(), nullptr);
        Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
        MainWindow window(&session);
        QCOMPARE(window.currentPage(), int(MainWindow::RewardsPageIndex));
    }
};

CLOUDY_TEST_GUI_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
