// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include "DesktopSession.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "pages/share/PauseForAnHour.h"
#include "pages/share/SharingStateStyle.h"

#include <QCoreApplication>
#include <QMenu>

namespace Cloudy::Desktop {

TrayIcon::TrayIcon(MainWindow *window)
    : QSystemTrayIcon(svgIcon(QStringLiteral(":/icons/cloudy.svg")), window)
    , m_window(window)
    , m_menu(new QMenu)
{
    setToolTip(tr("Cloudy — sharing is off"));
    Contribution::ShareEngine *engine = window->session()->shareEngine();
    if (engine) {
        m_share = m_menu->addAction(tr("Share this computer"));
        m_share->setObjectName(QStringLiteral("trayShare"));
        m_share->setCheckable(true);
        connect(m_share, &QAction::triggered, this, [this, engine](bool on) {
            if (const std::optional<Error> error = engine->setEnabled(on)) {
                m_share->setChecked(engine->policy().enabled);
                // The fix is on the Share page (a microcloud to choose, a value to lower): go there.
                showMessage(tr("Sharing stays off"), error->message, QSystemTrayIcon::Warning);
                m_window->showPage(MainWindow::SharePageIndex);
                m_window->raiseWindow();
            }
        });
        m_state = m_menu->addAction(QString());
        m_state->setObjectName(QStringLiteral("trayState"));
        m_state->setEnabled(false);
        m_pause = m_menu->addAction(tr("Pause for an hour"));
        m_pause->setObjectName(QStringLiteral("trayPause"));
        connect(m_pause, &QAction::triggered, this, [this, engine] {
            if (const std::optional<Error> error = togglePause(*engine))
                showMessage(tr("Cloudy"), error->message, QSystemTrayIcon::Warning);
        });
        m_menu->addSeparator();
        connect(engine, &Contribution::ShareEngine::decisionChanged, this, &TrayIcon::updateState);
        connect(engine, &Contribution::ShareEngine::policyChanged, this, &TrayIcon::updateState);
        connect(window->session(), &DesktopSession::started, this, &TrayIcon::updateState);
    }
    QAction *open = m_menu->addAction(tr("Open Cloudy"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, window, &MainWindow::raiseWindow);
    QAction *settings = m_menu->addAction(tr("Settings…"));
    settings->setObjectName(QStringLiteral("traySettings"));
    connect(settings, &QAction::triggered, window, [window] {
        window->raiseWindow();
        window->openSettings();
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, window, [] { QCoreApplication::quit(); });
    setContextMenu(m_menu);

    connect(this, &QSystemTrayIcon::activated, window, [window](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            window->raiseWindow();
    });
    updateState();

    // What matters, as desktop notifications; good news only when the window is not in front anyway.
    auto *notifier = new Notifier(window->session(), this);
    connect(notifier, &Notifier::notify, this, [this](const Notification &notification) {
        if (!notification.warning && m_window->isActiveWindow())
            return;
        showMessage(notification.title, notification.body,
                    notification.warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    });
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not own it
}

void TrayIcon::updateState()
{
    const Contribution::ShareEngine *engine = m_window->session()->shareEngine();
    if (!engine)
        return;
    const Sharing::SharingDecision decision = engine->decision();
    const QString reason = decision.reason.isEmpty() ? Sharing::stateName(decision.state) : decision.reason;
    m_share->setChecked(engine->policy().enabled);
    m_state->setText(reason);
    m_pause->setEnabled(engine->policy().enabled);
    m_pause->setText(isPausedByUser(engine->policy()) ? tr("Resume now") : tr("Pause for an hour"));
    m_state->setIcon(sharingStateIcon(decision.state));
    setToolTip(tr("Cloudy — %1").arg(reason));
    setIcon(trayIconFor(decision.state));
}

} // namespace Cloudy::Desktop
