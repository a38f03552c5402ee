// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardsPage.h"

#include "ChartSlot.h"
#include "PageHeader.h"
#include "Section.h"
#include "WrappedLabel.h"
#include "ledger/CreditsText.h"
#include "ledger/DailyCredits.h"
#include "ledger/RewardsSource.h"
#include "rewards/BalancePanel.h"
#include "rewards/ReceiptsModel.h"
#include "rewards/SyncBar.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

namespace {

const QString kIcon = QStringLiteral(":/icons/rewards.svg");

QLabel *makeNotice(const QString &objectName, QWidget *parent)
{
    // A banner in the palette's tooltip colours, so it stands out in light and dark themes alike.
    auto *label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    label->setMargin(8);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setForegroundRole(QPalette::ToolTipText);
    label->setFrameShape(QFrame::StyledPanel);
    return label;
}

QLabel *makeEmptyLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RewardsPage::RewardsPage(Ledger::RewardsSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    const QString subtitle = tr("What your contribution has earned, synced with your community's ledger.");
    if (!m_source) {
        setUpPage(
            this, {QStringLiteral("rewardsPage"), kIcon, tr("Rewards"), subtitle},
            tr("No contribution recorded yet. Once you share, signed receipts of what you gave are sent to "
               "your microcloud's ledger and your balance shows here."));
        return;
    }
    setObjectName(QStringLiteral("rewardsPage"));
    setAccessibleName(tr("Rewards"));
    buildPage();

    connect(m_source, &Ledger::RewardsSource::snapshotChanged, this, &RewardsPage::updateSnapshot);
    connect(m_source, &Ledger::RewardsSource::syncStateChanged, this, &RewardsPage::updateSyncState);
    updateSnapshot();
    updateSyncState();
}

void RewardsPage::buildPage()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(kIcon, tr("Rewards"),
                                     tr("What your contribution has earned, synced with your community's "
                                        "ledger."),
                                     this));

    m_noLedger = makeNotice(QStringLiteral("rewardsNoLedger"), this);
    m_noLedger->setText(tr("No ledger is set up yet. Your receipts are recorded and signed on this computer "
                           "and will be sent once your microcloud's ledger is configured."));
    m_noLedger->setAccessibleName(tr("No ledger"));
    m_noLedger->hide();
    layout->addWidget(m_noLedger);

    m_stack = new QStackedWidget(this);
    m_noIdentity = makeEmptyLabel(
        QStringLiteral("emptyState"),
        tr("This computer has no node identity yet, so there is nothing to sign receipts with or to earn "
           "credits for. Create one in the first-run assistant, or in a terminal with:\n\ncloudyctl identity "
           "create"),
        m_stack);
    m_noIdentity->setAccessibleName(tr("No identity yet"));
    m_stack->addWidget(m_noIdentity);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("rewardsContent"));
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    m_balance = new BalancePanel(content);
    m_balance->setObjectName(QStringLiteral("rewardsBalancePanel"));
    column->addWidget(m_balance);
    column->addWidget(buildChartBox(), 1);
    column->addWidget(buildReceiptsBox(), 1);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("rewardsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);

    m_syncBar = new SyncBar(this);
    m_syncBar->setObjectName(QStringLiteral("rewardsSyncBar"));
    layout->addWidget(m_syncBar);

    // Sync now: the button, Ctrl+R and F5 all run the same action, while the page is shown.
    m_syncAction = new QAction(tr("Sync now"), this);
    m_syncAction->setObjectName(QStringLiteral("rewardsSyncAction"));
    m_syncAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    m_syncAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_syncAction);
    connect(m_syncAction, &QAction::triggered, this, [this] {
        if (m_syncBar->syncButton()->isEnabled())
            m_source->syncNow();
    });
    connect(m_syncBar, &SyncBar::syncRequested, m_syncAction, &QAction::trigger);
}

QWidget *RewardsPage::buildChartBox()
{
    auto *box = new Section(tr("Credits earned"), this);
    box->setObjectName(QStringLiteral("rewardsChartBox"));
    m_chartSlot = new ChartSlot(
        ChartSlot::fromModule(&ChartsApi::creditsChart, &m_chart, QStringLiteral("rewardsChart")), box);
    m_chartSlot->setMinimumHeight(200);
    connect(m_chartSlot, &ChartSlot::built, this, &RewardsPage::updateChart);

    m_range = new QButtonGroup(box);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("Show the last:"), box));
    const struct
    {
        int days;
        QString text;
        QString accessible;
    } ranges[] = {{7, tr("&Week"), tr("Last 7 days")},
                  {30, tr("&Month"), tr("Last 30 days")},
                  {365, tr("&Year"), tr("Last 365 days, by month")}};
    for (const auto &range : ranges) {
        auto *button = new QRadioButton(range.text, box);
        button->setObjectName(QStringLiteral("rewardsRange%1").arg(range.days));
        button->setAccessibleName(range.accessible);
        button->setToolTip(range.accessible);
        m_range->addButton(button, range.days);
        rangeRow->addWidget(button);
    }
    rangeRow->addStretch(1);
    m_range->button(m_rangeDays)->setChecked(true);
    connect(m_range, &QButtonGroup::idClicked, this, &RewardsPage::setRangeDays);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(rangeRow);
    layout->addWidget(m_chartSlot, 1);
    return box;
}

QWidget *RewardsPage::buildReceiptsBox()
{
    auto *box = new Section(tr("Receipts"), this);
    box->setObjectName(QStringLiteral("rewardsReceiptsBox"));
    m_receipts = new ReceiptsModel(this);
    m_proxy = new ReceiptsFilterModel(this);
    m_proxy->setSourceModel(m_receipts);

    m_filter = new QComboBox(box);
    m_filter->setObjectName(QStringLiteral("rewardsReceiptFilter"));
    m_filter->setAccessibleName(tr("Show receipts"));
    m_filter->addItem(tr("All"), -1);
    for (const Ledger::EntryState state :
         {Ledger::EntryState::Pending, Ledger::EntryState::Confirmed, Ledger::EntryState::Refused})
        m_filter->addItem(ReceiptsModel::stateName(state), int(state));
    auto *filterLabel = new QLabel(tr("&Filter:"), box);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_filter->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt
                                          : std::optional<Ledger::EntryState>(Ledger::EntryState(state)));
        updateDetails();
    });
    auto *filterRow = new QHBoxLayout;
    filterRow->addStretch(1);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("rewardsReceipts"));
    m_table->setAccessibleName(tr("Receipts"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RewardsPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RewardsPage::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RewardsPage::updateDetails);

    m_noReceipts = makeEmptyLabel(QStringLiteral("rewardsNoReceipts"),
                                  tr("No receipts yet. While you share, signed receipts of what you gave are "
                                     "recorded here and sent to the ledger."),
                                  box);
    m_receiptsStack = new QStackedWidget(box);
    m_receiptsStack->addWidget(m_table);
    m_receiptsStack->addWidget(m_noReceipts);

    m_details = new WrappedLabel(box);
    m_details->setObjectName(QStringLiteral("rewardsReceiptDetails"));
    m_details->setAccessibleName(tr("Receipt details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(filterRow);
    layout->addWidget(m_receiptsStack, 1);
    layout->addWidget(m_details);
    return box;
}

void RewardsPage::setRangeDays(int days)
{
    if (days != 7 && days != 30 && days != 365)
        return;
    m_rangeDays = days;
    if (!m_source)
        return;
    if (QAbstractButton *button = m_range->button(days))
        button->setChecked(true);
    updateChart();
}

void RewardsPage::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_source)
        return;
    m_syncBar->setClock([this] { return m_now().toUTC(); });
    updateChart();
    updateSummary();
}

void RewardsPage::updateSnapshot()
{
    const Ledger::RewardsSnapshot snapshot = m_source->snapshot();
    m_stack->setCurrentIndex(snapshot.nodeId.isEmpty() ? 0 : 1);
    m_balance->setSnapshot(snapshot);
    m_receipts->setEntries(snapshot.entries, snapshot.policy);
    m_receiptsStack->setCurrentWidget(m_receipts->rowCount() > 0 ? static_cast<QWidget *>(m_table)
                                                                 : m_noReceipts);
    updateChart();
    updateDetails();
    updateSummary();
}

void RewardsPage::updateSyncState()
{
    const Ledger::SyncState state = m_source->syncState();
    m_noLedger->setVisible(state.status == Ledger::SyncStatus::NoLedger);
    m_syncBar->setState(state);
    m_syncAction->setEnabled(m_syncBar->syncButton()->isEnabled());
    updateSummary();
}

CreditsChartView *RewardsPage::chart()
{
    if (m_chartSlot)
        m_chartSlot->chart();
    return m_chart;
}

void RewardsPage::updateChart()
{
    // Not built yet (the page not painted): filled when it is.
    if (!m_chart)
        return;
    const Ledger::RewardsSnapshot snapshot = m_source->snapshot();
    // Refused receipts earn nothing; pending ones are shown, as the balance's "pending" counts them too.
    QList<Ledger::Receipt> receipts;
    for (const Ledger::LocalEntry &entry : snapshot.entries) {
        if (entry.state != Ledger::EntryState::Refused && Ledger::isReceipt(entry.entry))
            receipts.append(std::get<Ledger::Receipt>(entry.entry));
    }
    const QDate today = m_now().toLocalTime().date();
    const QList<Ledger::DayCredits> days =
        Ledger::dailyCredits(receipts, snapshot.policy, today.addDays(1 - m_rangeDays), today);
    const Ledger::BucketSize size = Ledger::bucketSizeFor(m_rangeDays);
    m_chart->setBuckets(Ledger::bucketCredits(days, size), size, snapshot.policy.effortWeightPercent > 0);
}

void RewardsPage::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid()) {
        m_details->setText(m_receipts->details(current.row()));
    } else if (m_receipts->rowCount() > 0) {
        m_details->setText(tr("Select a receipt to see its details."));
    } else {
        m_details->clear();
    }
    m_details->setAccessibleDescription(m_details->text());
}

QString RewardsPage::summaryOf(const Ledger::RewardsSource &source)
{
    const Ledger::RewardsSnapshot snapshot = source.snapshot();
    const Ledger::SyncState state = source.syncState();
    if (snapshot.nodeId.isEmpty())
        return tr("Rewards: no identity yet");
    if (snapshot.ledger)
        return tr("Balance %1 credits · %2")
            .arg(Ledger::creditsText(snapshot.ledger->balance()), SyncBar::statusText(state));
    return tr("Balance not known yet · %1").arg(SyncBar::statusText(state));
}

void RewardsPage::updateSummary()
{
    const QString summary = summaryOf(*m_source);
    if (summary == m_summary)
        return;
    m_summary = summary;
    Q_EMIT statusSummaryChanged(m_summary);
}

} // namespace Cloudy::Desktop
