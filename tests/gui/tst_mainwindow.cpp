// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen: the four pages, keyboard access, and what it remembers.
#include "MainWindow.h"
#include "TestEnv.h"
#include "pages/PageHeader.h"
#include "platform/Settings.h"

#include <QApplication>
#include <QListWidget>
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
        MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList expected { QStringLiteral("Share"), QStringLiteral("Nearby"),
            QStringLiteral("Services"), QStringLiteral("Rewards") };
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
        }
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sharingStatus")));
    }

    void keyboardSwitchesPages()
    {
        Settings settings(settingsFile(), nullptr);
        MainWindow window(&settings);
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

    void remembersLastPage()
    {
        {
            Settings settings(settingsFile(), nullptr);
            MainWindow window(&settings);
            window.findChild<QListWidget *>(QStringLiteral("sidebar"))
                ->setCurrentRow(MainWindow::RewardsPageIndex);
        }
        Settings settings(settingsFile(), nullptr);
        MainWindow window(&settings);
        QCOMPARE(window.currentPage(), int(MainWindow::RewardsPageIndex));
    }
};

CLOUDY_TEST_GUI_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
