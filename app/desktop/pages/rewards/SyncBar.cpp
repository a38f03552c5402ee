// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncBar.h"

#include "pages/WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Cloudy::Desktop {

namespace {

QLabel *named(QLabel *label, const QString &objectName, const QString &accessibleName)
{
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

SyncBar::SyncBar(QWidget *parent)
    : QWidget(parent)
    , m_status(named(new QLabel(this), QStringLiteral("rewardsSyncStatus"), tr("Sync status")))
    , m_lastSync(named(new QLabel(this), QStringLiteral("rewardsLastSync"), tr("Last sync")))
    , m_ledger(named(new QLabel(this), QStringLiteral("rewardsLedgerUrl"), tr("Ledger")))
    , m_next(named(new QLabel(this), QStringLiteral("rewardsNextAttempt"), tr("Next attempt")))
    , m_message(named(new WrappedLabel(this), QStringLiteral("rewardsSyncMessage"), tr("Sync message")))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QPushButton(tr("&Sync now"), this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_ledger->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setObjectName(QStringLiteral("rewardsSyncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);

    m_syncNow->setObjectName(QStringLiteral("rewardsSyncNow"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setToolTip(tr("Send pending receipts to the ledger and fetch the balance (Ctrl+R or F5)"));
    connect(m_syncNow, &QPushButton::clicked, this, &SyncBar::syncRequested);

    auto *line = new QHBoxLayout;
    line->addWidget(m_status);
    line->addWidget(m_progress);
    line->addWidget(m_lastSync);
    line->addWidget(m_next);
    line->addStretch(1);
    line->addWidget(m_syncNow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_ledger);
    layout->addWidget(m_message);

    // "5 minutes ago" ages: read it again every half minute.
    auto *timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &SyncBar::refreshTimes);
    timer->start();
    setState({});
}

void SyncBar::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refreshTimes();
}

QString SyncBar::statusText(const Ledger::SyncState &state)
{
    switch (state.status) {
    case Ledger::SyncStatus::NoLedger:
        return tr("No ledger set up");
    case Ledger::SyncStatus::NeverSynced:
        return tr("Not synced yet");
    case Ledger::SyncStatus::Syncing:
        if (state.progressTotal > 0)
            return tr("Syncing %1 of %2…")
                .arg(QLocale().toString(state.progressDone), QLocale().toString(state.progressTotal));
        return tr("Syncing…");
    case Ledger::SyncStatus::Synced:
        return tr("Synced");
    case Ledger::SyncStatus::Unreachable:
        return tr("Ledger unreachable");
    case Ledger::SyncStatus::Refused:
        return tr("The ledger refused a receipt");
    }
    return {};
}

QString SyncBar::relativeTime(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / (24 * 3600)));
}

void SyncBar::setState(const Ledger::SyncState &state)
{
    m_state = state;
    const bool syncing = state.status == Ledger::SyncStatus::Syncing;
    m_status->setText(statusText(state));
    m_status->setAccessibleDescription(m_status->text());

    m_progress->setVisible(syncing);
    if (syncing) {
        // Without a total yet the bar just shows that something runs.
        m_progress->setRange(0, std::max(0, state.progressTotal));
        m_progress->setValue(std::clamp(state.progressDone, 0, std::max(0, state.progressTotal)));
    }

    const bool noLedger = state.status == Ledger::SyncStatus::NoLedger || state.ledgerUrl.isEmpty();
    m_ledger->setText(noLedger ? tr("Ledger: none set up yet") : tr("Ledger: %1").arg(state.ledgerUrl));
    m_ledger->setAccessibleDescription(m_ledger->text());
    m_message->setText(state.message);
    m_message->setVisible(!state.message.isEmpty());
    m_message->setAccessibleDescription(state.message);

    m_syncNow->setEnabled(!syncing && !noLedger);
    refreshTimes();
}

void SyncBar::refreshTimes()
{
    const QDateTime now = m_now();
    const QLocale locale;
    if (m_state.lastSuccess.isValid()) {
        m_lastSync->setText(tr("Last sync: %1").arg(relativeTime(m_state.lastSuccess, now)));
        m_lastSync->setToolTip(locale.toString(m_state.lastSuccess.toLocalTime(), QLocale::LongFormat));
    } else {
        m_lastSync->setText(m_state.status == Ledger::SyncStatus::NoLedger ? QString() : tr("Never synced"));
        m_lastSync->setToolTip({});
    }
    m_lastSync->setAccessibleDescription(m_lastSync->text());

    const bool retrying = m_state.nextAttempt.isValid() && m_state.status != Ledger::SyncStatus::Syncing;
    m_next->setVisible(retrying);
    if (retrying) {
        const QDateTime next = m_state.nextAttempt.toLocalTime();
        const QString when = next.date() == now.toLocalTime().date()
                                 ? locale.toString(next.time(), QLocale::ShortFormat)
                                 : locale.toString(next, QLocale::ShortFormat);
        m_next->setText(m_state.status == Ledger::SyncStatus::Unreachable ? tr("Next try at %1").arg(when)
                                                                          : tr("Next sync at %1").arg(when));
        m_next->setToolTip(locale.toString(next, QLocale::LongFormat));
        m_next->setAccessibleDescription(m_next->text());
    }
}

} // namespace Cloudy::Desktop
