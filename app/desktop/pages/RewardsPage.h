// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Cloudy::Ledger {
class RewardsSource;
}

namespace Cloudy::Desktop {

class BalancePanel;
class ChartSlot;
class CreditsChartView;
class ReceiptsFilterModel;
class ReceiptsModel;
class SyncBar;

// The Rewards page: the balance and what makes it up, credits per day by resource over a week, a month or a
// year, the community's totals and the node's rank, the receipts with their state, and the sync with the
// ledger (Sync now: Ctrl+R or F5). Reads snapshots of a Ledger::RewardsSource; without one (null) it only
// explains what will be here.
class RewardsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RewardsPage(Ledger::RewardsSource *source, QWidget *parent = nullptr);

    // The chart's range in days: 7, 30 or 365.
    void setRangeDays(int days);
    int rangeDays() const { return m_rangeDays; }
    // The clock for "today" and "5 minutes ago" (tests and screenshots fix it); the system clock by default.
    void setClock(std::function<QDateTime()> now);

    // The credits chart (built now if the page has not been painted yet); null when the charts module
    // cannot be loaded (the page says why in its place).
    CreditsChartView *chart();
    ReceiptsModel *receipts() const { return m_receipts; }
    ReceiptsFilterModel *receiptsProxy() const { return m_proxy; }
    QAction *syncAction() const { return m_syncAction; }
    // "Balance 12.5 credits · Synced": for the main window's status bar. Empty without a source.
    QString statusSummary() const { return m_summary; }
    // The same summary read from a source, for a status bar whose Rewards page may not exist yet.
    static QString summaryOf(const Ledger::RewardsSource &source);

Q_SIGNALS:
    void statusSummaryChanged(const QString &summary);

private:
    void buildPage();
    QWidget *buildChartBox();
    QWidget *buildReceiptsBox();
    void updateSnapshot();
    void updateSyncState();
    void updateChart();
    void updateDetails();
    void updateSummary();

    Ledger::RewardsSource *m_source;
    std::function<QDateTime()> m_now;
    int m_rangeDays = 30;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_noIdentity = nullptr;
    QLabel *m_noLedger = nullptr;
    BalancePanel *m_balance = nullptr;
    ChartSlot *m_chartSlot = nullptr;
    CreditsChartView *m_chart = nullptr; // made by m_chartSlot, owned by it
    QButtonGroup *m_range = nullptr;
    ReceiptsModel *m_receipts = nullptr;
    ReceiptsFilterModel *m_proxy = nullptr;
    QComboBox *m_filter = nullptr;
    QStackedWidget *m_receiptsStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_noReceipts = nullptr;
    QLabel *m_details = nullptr;
    SyncBar *m_syncBar = nullptr;
    QAction *m_syncAction = nullptr;
    QString m_summary;
};

} // namespace Cloudy::Desktop
