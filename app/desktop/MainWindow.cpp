// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DesktopSession.h"
#include "Icons.h"
#include "KeyFileUnlockDialog.h"
#include "LedgerWiring.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"
#include "identity/NodeIdentity.h"
#include "ledger/RewardsSource.h"
#include "pages/NearbyPage.h"
#include "pages/RewardsPage.h"
#include "pages/ServicesPage.h"
#include "pages/SharePage.h"
#include "pages/share/SharingStateStyle.h"
#include "platform/Settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

MainWindow::MainWindow(DesktopSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(session->settings())
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_sharingIcon(new QLabel(this))
    , m_sharingStatus(new QLabel(tr("Sharing: off"), this))
    , m_rewardsStatus(new QLabel(this))
    , m_unlockKey(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Cloudy"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_stack->setObjectName(QStringLiteral("pages"));

    addPage(QStringLiteral(":/icons/share.svg"), tr("Share"), 1);
    addPage(QStringLiteral(":/icons/nearby.svg"), tr("Nearby"), 2);
    addPage(QStringLiteral(":/icons/services.svg"), tr("Services"), 3);
    addPage(QStringLiteral(":/icons/rewards.svg"), tr("Rewards"), 4);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        showPage(row);
        m_settings->setValue(Settings::Key::LastPage, row);
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    // The sidebar, and under it the way to everything the pages don't show.
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(0);
    left->addWidget(m_sidebar, 1);
    auto *settingsButton = new QToolButton(central);
    settingsButton->setObjectName(QStringLiteral("settingsButton"));
    settingsButton->setAutoRaise(true);
    settingsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    settingsButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    left->addWidget(settingsButton);
    layout->addLayout(left);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_sharingStatus->setObjectName(QStringLiteral("sharingStatus"));
    m_sharingStatus->setAccessibleName(tr("Sharing state"));
    m_sharingIcon->setObjectName(QStringLiteral("sharingStatusIcon"));
    statusBar()->addWidget(m_sharingIcon);
    statusBar()->addWidget(m_sharingStatus, 1);
    // The balance and the sync state, when there is a rewards source.
    m_rewardsStatus->setObjectName(QStringLiteral("rewardsStatus"));
    m_rewardsStatus->setAccessibleName(tr("Balance and sync state"));
    statusBar()->addPermanentWidget(m_rewardsStatus);
    // A node key kept in a passphrase file (no keyring) is unlocked here once per session.
    m_unlockKey->setObjectName(QStringLiteral("unlockNodeKey"));
    m_unlockKey->setText(tr("Unlock node key…"));
    m_unlockKey->setToolTip(tr("Receipts wait to be signed: your node key file needs its passphrase."));
    m_unlockKey->setAccessibleName(tr("Unlock the node key"));
    m_unlockKey->setAutoRaise(true);
    m_unlockKey->hide();
    connect(m_unlockKey, &QToolButton::clicked, this, &MainWindow::openUnlockKey);
    statusBar()->addPermanentWidget(m_unlockKey);
    connect(session, &DesktopSession::rewardsChanged, this, &MainWindow::followRewards);
    followRewards();
    if (Contribution::ShareEngine *engine = session->shareEngine())
        connect(engine, &Contribution::ShareEngine::decisionChanged, this, &MainWindow::updateSharingStatus);
    connect(session, &DesktopSession::started, this, [this] {
        // A Share page built later reads the engine when it is built.
        if (hasPage(SharePageIndex))
            sharePage()->reload();
        updateSharingStatus();
    });
    updateSharingStatus();

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence(QStringLiteral("Ctrl+,")), QKeySequence::Preferences});
    m_settingsAction->setToolTip(
        tr("Settings (%1)").arg(QKeySequence(QStringLiteral("Ctrl+,")).toString(QKeySequence::NativeText)));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    addAction(m_settingsAction);
    settingsButton->setDefaultAction(m_settingsAction);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, [] { QCoreApplication::quit(); });
    addAction(quit);

    restoreState();
}

namespace {

// The sidebar icon; in the highlighted-text colour on a selected row, so the icon stays visible on the
// selection background in light and dark palettes alike.
QIcon sidebarIcon(const QString &iconPath)
{
    return paintedIcon([iconPath](QPainter &painter, const QRect &rect, QIcon::Mode mode) {
        drawSvg(painter, rect, iconPath);
        if (mode == QIcon::Selected) {
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(rect, QGuiApplication::palette().color(QPalette::HighlightedText));
        }
    });
}

} // namespace

void MainWindow::addPage(const QString &iconPath, const QString &title, int shortcutNumber)
{
    // The page itself comes when it is first shown or asked for (page()): until then an empty stand-in keeps
    // its place in the stack.
    const int index = m_stack->addWidget(new QWidget(m_stack));
    auto *item = new QListWidgetItem(sidebarIcon(iconPath), title, m_sidebar);
    const QKeySequence shortcut(QStringLiteral("Ctrl+%1").arg(shortcutNumber));
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));

    auto *action = new QAction(title, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    addAction(action);
}

QWidget *MainWindow::createPage(int index)
{
    switch (index) {
    case SharePageIndex:
        return new SharePage(m_session->shareEngine(), m_stack);
    case NearbyPageIndex: {
        auto *nearby = new NearbyPage(m_session->microclouds(), m_session->browser(), m_stack);
        if (m_session->shareEngine()) {
            // "Join microcloud" on the Nearby page fills in the Share page's microcloud.
            connect(nearby, &NearbyPage::joinRequested, this, [this](const QString &microcloudId) {
                sharePage()->setMicrocloud(microcloudId);
                showPage(SharePageIndex);
            });
        }
        // "Launch here" on the Nearby page shows that service on the Services page: DNS-SD types are named
        // like catalog ids ("_syncthing._tcp" -> "syncthing").
        connect(nearby, &NearbyPage::launchRequested, this, [this](const Discovery::ServiceKey &key) {
            QString hint = key.type.section(u'.', 0, 0);
            if (hint.startsWith(u'_'))
                hint.remove(0, 1);
            showPage(ServicesPageIndex);
            static_cast<ServicesPage *>(page(ServicesPageIndex))->showService(hint);
        });
        return nearby;
    }
    case ServicesPageIndex:
        return new ServicesPage(m_session->catalogs(), m_session->services(), m_stack);
    case RewardsPageIndex:
        return new RewardsPage(m_session->rewards(), m_stack);
    }
    return nullptr;
}

QWidget *MainWindow::page(int index)
{
    if (index < 0 || index >= PageCount)
        return nullptr;
    if (!m_pages[index])
        buildPage(index);
    return m_pages[index];
}

void MainWindow::buildPage(int index)
{
    QWidget *page = createPage(index);
    QWidget *replaced = m_stack->widget(index);
    const bool shown = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(replaced);
    delete replaced;
    if (shown)
        m_stack->setCurrentIndex(index);
    m_pages[index] = page;
}

bool MainWindow::hasPage(int index) const
{
    return index >= 0 && index < PageCount && m_pages[index];
}

NearbyPage *MainWindow::nearbyPage()
{
    return static_cast<NearbyPage *>(page(NearbyPageIndex));
}

SharePage *MainWindow::sharePage()
{
    return static_cast<SharePage *>(page(SharePageIndex));
}

RewardsPage *MainWindow::rewardsPage()
{
    return static_cast<RewardsPage *>(page(RewardsPageIndex));
}

SettingsDialog *MainWindow::openSettings()
{
    if (auto *open = findChild<SettingsDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new SettingsDialog(m_settings, m_session->catalogs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->restartNeeded())
            statusBar()->showMessage(tr("The new language applies when Cloudy starts again."), 10000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(960, 640);
    const int last = m_settings->value(Settings::Key::LastPage).toInt();
    showPage(last >= 0 && last < PageCount ? last : SharePageIndex);
}

void MainWindow::updateSharingStatus()
{
    const Contribution::ShareEngine *engine = m_session->shareEngine();
    if (!engine) {
        m_sharingStatus->setText(tr("Sharing: not available"));
        m_sharingIcon->setPixmap(sharingStateIcon(Sharing::SharingState::Off).pixmap(QSize(16, 16)));
        return;
    }
    const Sharing::SharingDecision decision = engine->decision();
    const QString reason = decision.reason.isEmpty() ? Sharing::stateName(decision.state) : decision.reason;
    m_sharingIcon->setPixmap(sharingStateIcon(decision.state).pixmap(QSize(16, 16)));
    m_sharingStatus->setText(reason);
    m_sharingStatus->setToolTip(tr("Sharing state: %1").arg(reason));
    m_sharingStatus->setAccessibleDescription(reason);
}

void MainWindow::showPage(int index)
{
    if (!page(index))
        return;
    m_sidebar->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::followRewards()
{
    // The source may come after the window: cloudy-desktop opens the ledger after the first paint.
    if (m_followedRewards)
        disconnect(m_followedRewards, nullptr, this, nullptr);
    m_followedRewards = m_session->rewards();
    if (m_followedRewards) {
        connect(m_followedRewards, &Ledger::RewardsSource::snapshotChanged, this,
                &MainWindow::updateRewardsStatus);
        connect(m_followedRewards, &Ledger::RewardsSource::syncStateChanged, this,
                &MainWindow::updateRewardsStatus);
    }
    updateRewardsStatus();
    if (LedgerWiring *wiring = m_session->ledgerWiring()) {
        disconnect(wiring, &LedgerWiring::passphraseStateChanged, m_unlockKey, nullptr);
        connect(wiring, &LedgerWiring::passphraseStateChanged, m_unlockKey,
                [this](bool needed) { m_unlockKey->setVisible(needed); });
        m_unlockKey->setVisible(wiring->needsPassphrase());
    }
    // A Rewards page built with the source before is built again with this one.
    if (hasPage(RewardsPageIndex))
        buildPage(RewardsPageIndex);
}

void MainWindow::updateRewardsStatus()
{
    // Read from the session's rewards source, so it is right whether or not the Rewards page was opened.
    const Ledger::RewardsSource *rewards = m_session->rewards();
    const QString summary = rewards ? RewardsPage::summaryOf(*rewards) : QString();
    m_rewardsStatus->setText(summary);
    m_rewardsStatus->setAccessibleDescription(summary);
    m_rewardsStatus->setVisible(!summary.isEmpty());
}

void MainWindow::openUnlockKey()
{
    LedgerWiring *wiring = m_session->ledgerWiring();
    if (!wiring)
        return;
    auto *dialog = new KeyFileUnlockDialog(wiring, Identity::configuredKeyFile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setTrayIcon(TrayIcon *trayIcon)
{
    m_trayIcon = trayIcon;
}

void MainWindow::raiseWindow()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    if (m_trayIcon && m_trayIcon->isVisible()) {
        // Sharing keeps running from the tray; tell the user once where the app went.
        if (!m_settings->value(Settings::Key::TrayNoticeShown).toBool()) {
            m_trayIcon->showMessage(
                tr("Cloudy keeps running"),
                tr("Cloudy is still in the tray, so sharing goes on. Use Quit in its menu "
                   "to stop it."));
            m_settings->setValue(Settings::Key::TrayNoticeShown, true);
        }
        hide();
        event->ignore();
        return;
    }
    // Without a tray, QApplication's quitOnLastWindowClosed ends the app.
    event->accept();
}

} // namespace Cloudy::Desktop
