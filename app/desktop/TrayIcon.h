// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSystemTrayIcon>

class QMenu;

namespace Cloudy::Desktop {

class MainWindow;

// The tray icon: opens the window on click; its menu has Open and Quit. Grows the sharing controls with
// the Share capability.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT

public:
    explicit TrayIcon(MainWindow *window);
    ~TrayIcon() override;

    QMenu *menu() const { return m_menu; }

private:
    QMenu *m_menu;
};

} // namespace Cloudy::Desktop
