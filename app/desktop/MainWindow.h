// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <array>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace Cloudy {
class Settings;
namespace Ledger {
class RewardsSource;
}
} // namespace Cloudy

namespace Cloudy::Desktop {

class DesktopSession;
class NearbyPage;
class RewardsPage;
class SharePage;
class SettingsDialog;
class TrayIcon;

// The main window: a sidebar with the four pages (Share, Nearby, Services, Rewards), the page stack and a
// status bar with the sharing state and, with a rewards source, the balance and sync state. Remembers its
// geometry and last page. With a system tray, closing the window hides it to the tray (said once); without
// one, closing quits. A page is built the first time it is shown or asked for (page(), showPage()), so the
// window's first paint waits only for the page it shows; the status bar reads the session, not the pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        SharePageIndex,
        NearbyPageIndex,
        ServicesPageIndex,
        RewardsPageIndex,
        PageCount
    };

    explicit MainWindow(DesktopSession *session, QWidget *parent = nullptr);

    void showPage(int index);
    int currentPage() const;
    // The page at index, built now if it was not yet; null for an index out of range.
    QWidget *page(int index);
    // Whether the page at index has been built (shown or asked for) yet.
    bool hasPage(int index) const;
    NearbyPage *nearbyPage();
    SharePage *sharePage();
    RewardsPage *rewardsPage();
    DesktopSession *session() const { return m_session; }
    void setTrayIcon(TrayIcon *trayIcon);
    // Brings the window to the front (from the tray, or when a second instance is launched).
    void raiseWindow();
    // Opens the Settings dialog (window-modal, not blocking) or raises the one already open.
    SettingsDialog *openSettings();
    QAction *settingsAction() const { return m_settingsAction; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &iconPath, const QString &title, int shortcutNumber);
    QWidget *createPage(int index);
    // Builds the page at index and puts it in the stack in place of its stand-in or of the page built before.
    void buildPage(int index);
    void followRewards();
    void restoreState();
    void updateSharingStatus();
    void updateRewardsStatus();
    void openUnlockKey();

    DesktopSession *m_session;
    Settings *m_settings;
    std::array<QWidget *, PageCount> m_pages {};
    QPointer<Ledger::RewardsSource> m_followedRewards;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_sharingIcon;
    QLabel *m_sharingStatus;
    QLabel *m_rewardsStatus;
    QToolButton *m_unlockKey; // shown while receipts wait for the node key file's passphrase
    TrayIcon *m_trayIcon = nullptr;
    QAction *m_settingsAction = nullptr;
};

} // namespace Cloudy::Desktop
