// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSystemTrayIcon>

class QAction;
class QMenu;

namespace Cloudy::Desktop {

class MainWindow;

// The tray icon: opens the window on click. Its menu toggles sharing ("Share this computer", checkable),
// shows the sharing state in a disabled line, pauses for an hour (or resumes), and has Open and Quit. The
// icon carries the state's badge and the tooltip says it. Without a ShareEngine in the window's session, only
// Open and Quit.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(MainWindow *window);
    ~TrayIcon() override;

    QMenu *menu() const { return m_menu; }
    QAction *shareAction() const { return m_share; }
    QAction *stateAction() const { return m_state; }
    QAction *pauseAction() const { return m_pause; }

private:
    void updateState();

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_share = nullptr;
    QAction *m_state = nullptr;
    QAction *m_pause = nullptr;
};

} // namespace Cloudy::Desktop
