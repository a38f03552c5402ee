// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/RewardsSource.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Cloudy::Desktop {

// The state of the sync with the ledger in one line: status in words, when it last succeeded (relative, the
// exact time in the tooltip), the ledger's address, the next retry, a "Sync now" button and, while a sync
// runs, its progress.
class SyncBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncBar(QWidget *parent = nullptr);

    void setState(const Ledger::SyncState &state);
    // The clock for "5 minutes ago" (tests and screenshots fix it); the system clock by default.
    void setClock(std::function<QDateTime()> now);
    QPushButton *syncButton() const { return m_syncNow; }

    // "Synced", "Syncing 3 of 10", … : the status in a few words, also used by the status bar.
    static QString statusText(const Ledger::SyncState &state);
    // "just now", "5 minutes ago", "3 days ago".
    static QString relativeTime(const QDateTime &then, const QDateTime &now);

Q_SIGNALS:
    void syncRequested();

private:
    void refreshTimes();

    QLabel *m_status;
    QLabel *m_lastSync;
    QLabel *m_ledger;
    QLabel *m_next;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_syncNow;
    Ledger::SyncState m_state;
    std::function<QDateTime()> m_now;
};

} // namespace Cloudy::Desktop
