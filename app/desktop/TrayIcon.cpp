// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QMenu>

namespace Cloudy::Desktop {

TrayIcon::TrayIcon(MainWindow *window)
    : QSystemTrayIcon(QIcon(QStringLiteral(":/icons/cloudy.svg")), window)
    , m_menu(new QMenu)
{
    setToolTip(tr("Cloudy — sharing is off"));
    QAction *open = m_menu->addAction(tr("Open Cloudy"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, window, &MainWindow::raiseWindow);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, window, [] { QCoreApplication::quit(); });
    setContextMenu(m_menu);

    connect(this, &QSystemTrayIcon::activated, window, [window](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            window->raiseWindow();
    });
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not own it
}

} // namespace Cloudy::Desktop
