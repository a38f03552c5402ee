// SPDX-License-Identifier: GPL-3.0-or-later
// The Rewards page over a fake Ledger::RewardsSource (the page only reads snapshots and calls syncNow()):
// the balance and totals, the chart's sums per day, refused receipts with their reason, Sync now by click and
// by shortcut, the progress while syncing, the empty states and the status bar. Renders
// docs/screenshots/page-rewards.png for the README.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "charts/CreditsChart.h"
#include "ledger/RewardsSource.h"
#include "pages/RewardsPage.h"
#include "pages/rewards/ReceiptsModel.h"
#include "platform/Settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace Cloudy;
using Desktop::RewardsPage;
using Ledger::EntryState;
using Ledger::SyncStatus;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// What the page reads, set by the test.
class FakeRewards final : public Ledger::RewardsSource
{
public:
    Ledger::RewardsSnapshot current;
    Ledger::SyncState sync;
    int syncCalls = 0;

    Ledger::RewardsSnapshot snapshot() const override { return current; }
    Ledger::SyncState syncState() const override { return sync; }
    void syncNow() override { ++syncCalls; }

    void setSnapshot(const Ledger::RewardsSnapshot &snapshot)
    {
        current = snapshot;
        Q_EMIT snapshotChanged();
    }
    void setSync(const Ledger::SyncState &state)
    {
        sync = state;
        Q_EMIT syncStateChanged();
    }
};

// Noon on 26 November 2026, local time: "today" for every test.
QDateTime now()
{
    return QDateTime(QDate(2026, 11, 26), QTime(12, 0));
}

Ledger::LocalEntry receiptEntry(quint64 seq, const QDateTime &from, qint64 periodMs, quint64 cores,
                                quint64 memoryGiB, quint64 diskGiB, EntryState state)
{
    Ledger::Receipt r;
    r.header.seq = seq;
    r.fromMs = from.toMSecsSinceEpoch();
    r.toMs = r.fromMs + periodMs;
    r.vcpus = quint32(cores);
    r.hostVcpus = 8;
    r.memoryMiB = memoryGiB * 1024;
    r.hostMemoryMiB = 16384;
    r.diskMiB = diskGiB * 1024;
    r.coreMs = cores * quint64(periodMs);
    r.memoryMiBSeconds = memoryGiB * 1024 * quint64(periodMs / 1000);
    r.diskMiBSeconds = diskGiB * 1024 * quint64(periodMs / 1000);
    r.uptimeMs = quint64(periodMs);
    r.microcloud = QStringLiteral("guifi-bcn");
    Ledger::LocalEntry entry;
    entry.entry = r;
    entry.state = state;
    entry.queuedAt = QDateTime::fromMSecsSinceEpoch(r.toMs, Qt::UTC);
    return entry;
}

const QString kReason = QStringLiteral("The receipt claims more cores than its host has.");

// Three receipts: across last midnight (confirmed), this morning (pending) and one the ledger refused.
Ledger::RewardsSnapshot sampleSnapshot()
{
    Ledger::RewardsSnapshot s;
    s.nodeId = QString(64, u'a');
    const QDate today = now().date();
    s.entries = {
        receiptEntry(1, QDateTime(today.addDays(-1), QTime(23, 30)), kHourMs, 1, 1, 3, EntryState::Confirmed),
        receiptEntry(2, QDateTime(today, QTime(10, 0)), kHourMs, 2, 2, 10, EntryState::Pending),
        receiptEntry(3, QDateTime(today, QTime(11, 0)), kHourMs, 4, 0, 0, EntryState::Refused),
    };
    s.entries[2].refusalCode = QStringLiteral("implausible-amounts");
    s.entries[2].refusalReason = kReason;
    s.pendingMillicredits = 2550;
    Ledger::NodeView node;
    node.nodeId = s.nodeId;
    node.earned = 12345;
    node.received = 2000;
    node.sent = 500;
    s.ledger = node;
    Ledger::LedgerSummary community;
    community.nodes = 12;
    community.entries = 400;
    community.totals.coreMs = 36000000;
    community.earned = 1000000;
    s.community = community;
    s.rank = 3;
    return s;
}

Ledger::SyncState syncedState()
{
    Ledger::SyncState state;
    state.status = SyncStatus::Synced;
    state.ledgerUrl = QStringLiteral("https://ledger.guifi-bcn.example");
    state.lastAttempt = now().toUTC().addSecs(-5 * 60);
    state.lastSuccess = state.lastAttempt;
    state.nextAttempt = now().toUTC().addSecs(10 * 60);
    state.sent = 1;
    return state;
}

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QString text(const QWidget &page, const QString &name)
{
    auto *label = child<QLabel>(page, name);
    return label ? label->text() : QString();
}

bool showActive(QWidget &page)
{
    page.show();
    page.activateWindow();
    return QTest::qWaitForWindowActive(&page);
}

QBarSet *barSet(const Desktop::CreditsChart &chart, int index)
{
    return chart.series()->barSets().value(index);
}

} // namespace

class TestRewardsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeRewards> m_source;

    std::unique_ptr<RewardsPage> makePage()
    {
        auto page = std::make_unique<RewardsPage>(m_source.get());
        page->setClock(now);
        page->resize(1000, 900);
        return page;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_source = std::make_unique<FakeRewards>();
        m_source->current = sampleSnapshot();
        m_source->sync = syncedState();
    }

    void showsBalanceAndTotals()
    {
        auto page = makePage();
        page->show();
        // 12.345 earned + 2 received − 0.5 spent.
        QCOMPARE(text(*page, QStringLiteral("rewardsBalance")), QStringLiteral("13.845"));
        QCOMPARE(text(*page, QStringLiteral("rewardsEarned")), QStringLiteral("12.345"));
        QCOMPARE(text(*page, QStringLiteral("rewardsReceived")), QStringLiteral("2"));
        QCOMPARE(text(*page, QStringLiteral("rewardsSpent")), QStringLiteral("0.5"));
        QCOMPARE(text(*page, QStringLiteral("rewardsPending")), QStringLiteral("2.55"));
        QCOMPARE(text(*page, QStringLiteral("rewardsRank")), QStringLiteral("Your rank: 3 of 12"));
        const QString community = text(*page, QStringLiteral("rewardsCommunity"));
        QVERIFY2(community.contains(QLatin1String("12 nodes")) && community.contains(QLatin1String("10.0"))
                     && community.contains(QLatin1String("1,000 credits")),
                 qPrintable(community));
        QVERIFY(!child<QLabel>(*page, QStringLiteral("emptyState"))->isVisible());
        QVERIFY(!child<QLabel>(*page, QStringLiteral("rewardsNoLedger"))->isVisible());

        // A new snapshot shows at once; before the first answer of the ledger the balance is not known.
        Ledger::RewardsSnapshot fresh = sampleSnapshot();
        fresh.ledger->earned = 20000;
        m_source->setSnapshot(fresh);
        QCOMPARE(text(*page, QStringLiteral("rewardsBalance")), QStringLiteral("21.5"));
        fresh.ledger.reset();
        fresh.community.reset();
        fresh.rank = 0;
        m_source->setSnapshot(fresh);
        QCOMPARE(text(*page, QStringLiteral("rewardsBalance")), QStringLiteral("–"));
        QCOMPARE(text(*page, QStringLiteral("rewardsPending")), QStringLiteral("2.55"));
        QCOMPARE(text(*page, QStringLiteral("rewardsRank")), QStringLiteral("Your rank: not known yet"));
    }

    void chartSumsPerDay()
    {
        auto page = makePage();
        auto *chart = static_cast<Desktop::CreditsChart *>(page->chart());
        QCOMPARE(page->rangeDays(), 30);
        QCOMPARE(chart->buckets().size(), 30);

        // A week, with the keyboard (Alt+W).
        QVERIFY(showActive(*page));
        QTest::keyClick(page.get(), Qt::Key_W, Qt::AltModifier);
        QTRY_COMPARE(page->rangeDays(), 7);
        const auto buckets = chart->buckets();
        QCOMPARE(buckets.size(), 7);
        QCOMPARE(buckets.last().first, now().date());
        // Yesterday: half of the receipt across midnight, 1 core, 1 GiB and 3 GiB for half an hour: 500,
        // 125 and 7 millicredits. Today: the other half plus 2 cores, 2 GiB and 10 GiB for an hour (2000,
        // 500, 50). The refused receipt earns nothing.
        QCOMPARE(buckets.at(5).credits, (Ledger::ResourceCredits {500, 125, 7, 0}));
        QCOMPARE(buckets.at(6).credits, (Ledger::ResourceCredits {2500, 625, 57, 0}));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(buckets.at(i).credits.total(), 0);
        // The bars in credits: CPU, memory, disk.
        QCOMPARE(chart->series()->barSets().size(), 3);
        QCOMPARE(barSet(*chart, 0)->at(6), 2.5);
        QCOMPARE(barSet(*chart, 1)->at(6), 0.625);
        QCOMPARE(barSet(*chart, 2)->at(6), 0.057);
        QCOMPARE(barSet(*chart, 0)->at(5), 0.5);
        QVERIFY2(chart->accessibleDescription().startsWith(QLatin1String("3.814 credits")),
                 qPrintable(chart->accessibleDescription()));

        // A year, by month: 13 bars, the last holding everything.
        QTest::keyClick(page.get(), Qt::Key_Y, Qt::AltModifier);
        QTRY_COMPARE(page->rangeDays(), 365);
        QCOMPARE(chart->bucketSize(), Ledger::BucketSize::Month);
        QCOMPARE(chart->buckets().size(), 13);
        QCOMPARE(chart->buckets().last().credits.cpu, 3000);
    }

    void refusedReceiptsShowTheirReason()
    {
        auto page = makePage();
        QVERIFY(showActive(*page));
        Desktop::ReceiptsModel *model = page->receipts();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page->receiptsProxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        // Newest first.
        QCOMPARE(model->index(0, 0).data(Desktop::ReceiptsModel::SeqRole).toULongLong(), 3ULL);
        QCOMPARE(model->index(2, 0).data(Desktop::ReceiptsModel::SeqRole).toULongLong(), 1ULL);
        QCOMPARE(model->index(0, Desktop::ReceiptsModel::StateColumn).data().toString(),
                 QStringLiteral("Refused"));
        QVERIFY(model->index(0, Desktop::ReceiptsModel::CreditsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(kReason));
        QCOMPARE(model->index(1, Desktop::ReceiptsModel::CreditsColumn).data().toString(),
                 QStringLiteral("2.55"));
        QCOMPARE(model->index(1, Desktop::ReceiptsModel::CoreHoursColumn).data().toString(),
                 QStringLiteral("2.00"));

        // Only the refused ones, chosen in the filter; selecting it shows the reason in the details line.
        auto *filter = child<QComboBox>(*page, QStringLiteral("rewardsReceiptFilter"));
        filter->setCurrentIndex(filter->findData(int(EntryState::Refused)));
        QCOMPARE(page->receiptsProxy()->rowCount(), 1);
        auto *table = child<QTableView>(*page, QStringLiteral("rewardsReceipts"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(table->currentIndex().isValid());
        const QString details = text(*page, QStringLiteral("rewardsReceiptDetails"));
        QVERIFY2(details.contains(kReason) && details.contains(QLatin1String("Refused")),
                 qPrintable(details));

        // The same receipts in a new state keep the selection: the details follow the new state.
        Ledger::RewardsSnapshot later = sampleSnapshot();
        later.entries[2].state = EntryState::Confirmed;
        later.entries[2].refusalReason.clear();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        m_source->setSnapshot(later);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(page->receiptsProxy()->rowCount(), 0); // no refused one any more
        filter->setCurrentIndex(filter->findData(int(EntryState::Confirmed)));
        QCOMPARE(page->receiptsProxy()->rowCount(), 2);
        filter->setCurrentIndex(filter->findData(int(EntryState::Pending)));
        QCOMPARE(page->receiptsProxy()->rowCount(), 1);
        filter->setCurrentIndex(0);
        QCOMPARE(page->receiptsProxy()->rowCount(), 3);

        // A new receipt changes the rows.
        later.entries.append(
            receiptEntry(4, QDateTime(now().date(), QTime(11, 0)), kHourMs, 1, 0, 0, EntryState::Pending));
        m_source->setSnapshot(later);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, 0).data(Desktop::ReceiptsModel::SeqRole).toULongLong(), 4ULL);
    }

    void syncNowByClickAndShortcut()
    {
        auto page = makePage();
        QVERIFY(showActive(*page));
        const QString status = text(*page, QStringLiteral("rewardsSyncStatus"));
        QCOMPARE(status, QStringLiteral("Synced"));
        auto *lastSync = child<QLabel>(*page, QStringLiteral("rewardsLastSync"));
        QVERIFY2(lastSync->text().contains(QLatin1String("5 minute")), qPrintable(lastSync->text()));
        QVERIFY(!lastSync->toolTip().isEmpty()); // the exact time
        QVERIFY(text(*page, QStringLiteral("rewardsLedgerUrl")).contains(m_source->sync.ledgerUrl));
        QVERIFY(child<QLabel>(*page, QStringLiteral("rewardsNextAttempt"))->isVisible());

        auto *button = child<QPushButton>(*page, QStringLiteral("rewardsSyncNow"));
        QVERIFY(button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_source->syncCalls, 1);
        QTest::keyClick(page.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_source->syncCalls, 2);
        QTest::keyClick(page.get(), Qt::Key_F5);
        QCOMPARE(m_source->syncCalls, 3);
    }

    void progressWhileSyncing()
    {
        auto page = makePage();
        QVERIFY(showActive(*page));
        auto *progress = child<QProgressBar>(*page, QStringLiteral("rewardsSyncProgress"));
        QVERIFY(!progress->isVisible());

        Ledger::SyncState syncing = syncedState();
        syncing.status = SyncStatus::Syncing;
        syncing.progressDone = 3;
        syncing.progressTotal = 10;
        m_source->setSync(syncing);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 3);
        QCOMPARE(progress->maximum(), 10);
        QCOMPARE(text(*page, QStringLiteral("rewardsSyncStatus")), QStringLiteral("Syncing 3 of 10…"));
        // A sync runs already: neither the button nor the shortcut starts another.
        QVERIFY(!child<QPushButton>(*page, QStringLiteral("rewardsSyncNow"))->isEnabled());
        QTest::keyClick(page.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_source->syncCalls, 0);

        Ledger::SyncState unreachable = syncedState();
        unreachable.status = SyncStatus::Unreachable;
        unreachable.message = QStringLiteral("Could not reach the ledger: connection refused.");
        m_source->setSync(unreachable);
        QVERIFY(!progress->isVisible());
        QCOMPARE(text(*page, QStringLiteral("rewardsSyncStatus")), QStringLiteral("Ledger unreachable"));
        QVERIFY(text(*page, QStringLiteral("rewardsNextAttempt")).startsWith(QLatin1String("Next try at")));
        QCOMPARE(text(*page, QStringLiteral("rewardsSyncMessage")), unreachable.message);
        QVERIFY(child<QPushButton>(*page, QStringLiteral("rewardsSyncNow"))->isEnabled());
    }

    void emptyStates()
    {
        // No source at all: the page explains what will be here.
        {
            RewardsPage page(nullptr);
            page.show();
            QVERIFY(child<QLabel>(page, QStringLiteral("emptyState"))->isVisible());
            QCOMPARE(page.accessibleName(), QStringLiteral("Rewards"));
        }
        // No identity yet: how to create one.
        Ledger::RewardsSnapshot none;
        m_source->current = none;
        auto page = makePage();
        page->show();
        auto *empty = child<QLabel>(*page, QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1String("cloudyctl identity create")));
        QCOMPARE(page->statusSummary(), QStringLiteral("Rewards: no identity yet"));

        // An identity but no receipts yet.
        none.nodeId = QString(64, u'b');
        m_source->setSnapshot(none);
        QVERIFY(!empty->isVisible());
        QVERIFY(child<QLabel>(*page, QStringLiteral("rewardsNoReceipts"))->isVisible());
        QVERIFY(!child<QTableView>(*page, QStringLiteral("rewardsReceipts"))->isVisible());

        // No ledger configured: receipts are kept here, and there is nothing to sync with.
        Ledger::SyncState noLedger;
        noLedger.status = SyncStatus::NoLedger;
        m_source->setSync(noLedger);
        QVERIFY(child<QLabel>(*page, QStringLiteral("rewardsNoLedger"))->isVisible());
        QVERIFY(text(*page, QStringLiteral("rewardsNoLedger")).contains(QLatin1String("recorded")));
        QVERIFY(!child<QPushButton>(*page, QStringLiteral("rewardsSyncNow"))->isEnabled());
        QVERIFY(!page->syncAction()->isEnabled());

        // Receipts arrive: the table replaces the empty state.
        m_source->setSnapshot(sampleSnapshot());
        QVERIFY(child<QTableView>(*page, QStringLiteral("rewardsReceipts"))->isVisible());
        QVERIFY(!child<QLabel>(*page, QStringLiteral("rewardsNoReceipts"))->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        auto page = makePage();
        page->show();
        const auto widgets = page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // Ours are named "rewards…" (Qt's own parts, like the table's corner button, are not).
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QTableView *>(widget)
                                 || qobject_cast<QProgressBar *>(widget);
            if (control && widget->objectName().startsWith(QLatin1String("rewards")))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void chartFollowsThePalette()
    {
        auto page = makePage();
        page->show();
        QPalette dark = page->palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        page->setPalette(dark); // as when the system switches to a dark theme
        QChart *chart = static_cast<Desktop::CreditsChart *>(page->chart())->chart();
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
        QCOMPARE(chart->legend()->labelColor(), QColor(0xEE, 0xEE, 0xEE));
    }

    void statusBarShowsBalanceAndSync()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr);
        auto source = std::make_unique<FakeRewards>();
        source->current = sampleSnapshot();
        source->sync = syncedState();
        FakeRewards *fake = source.get();
        session.setRewardsSource(std::move(source));
        QCOMPARE(session.rewards(), static_cast<Ledger::RewardsSource *>(fake));
        Desktop::MainWindow window(&session);
        window.show();
        auto *status = child<QLabel>(window, QStringLiteral("rewardsStatus"));
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Balance 13.845 credits · Synced"));
        Ledger::SyncState syncing = syncedState();
        syncing.status = SyncStatus::Syncing;
        fake->setSync(syncing);
        QCOMPARE(status->text(), QStringLiteral("Balance 13.845 credits · Syncing…"));
        // The status bar reads the source: it is right although the Rewards page was never built.
        QVERIFY(!window.hasPage(Desktop::MainWindow::RewardsPageIndex));
        QCOMPARE(window.page(Desktop::MainWindow::RewardsPageIndex),
                 static_cast<QWidget *>(window.rewardsPage()));
    }

    // cloudy-desktop opens the ledger after its window's first paint: the status bar and a Rewards page
    // built before follow the source that comes later.
    void followsARewardsSourceThatComesLater()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr);
        Desktop::MainWindow window(&session);
        window.showPage(Desktop::MainWindow::RewardsPageIndex);
        auto *status = child<QLabel>(window, QStringLiteral("rewardsStatus"));
        QVERIFY(status && status->text().isEmpty());
        QVERIFY(!window.rewardsPage()->findChild<QWidget *>(QStringLiteral("rewardsBalancePanel")));

        auto source = std::make_unique<FakeRewards>();
        source->current = sampleSnapshot();
        source->sync = syncedState();
        FakeRewards *fake = source.get();
        session.setRewardsSource(std::move(source));
        QCOMPARE(status->text(), QStringLiteral("Balance 13.845 credits · Synced"));
        QCOMPARE(window.currentPage(), int(Desktop::MainWindow::RewardsPageIndex));
        QVERIFY(window.rewardsPage()->findChild<QWidget *>(QStringLiteral("rewardsBalancePanel")));
        QCOMPARE(window.findChildren<RewardsPage *>().size(), 1);
        Ledger::SyncState syncing = syncedState();
        syncing.status = SyncStatus::Syncing;
        fake->setSync(syncing);
        QCOMPARE(status->text(), QStringLiteral("Balance 13.845 credits · Syncing…"));
    }

    void screenshot()
    {
        const QString shots = qEnvironmentVariable("CLOUDY_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set CLOUDY_SCREENSHOT_DIR (tests/gui/render-screenshots.sh) to render the screenshot");
        // A month of sharing: a few hours most days, the last ones still pending, one refused.
        Ledger::RewardsSnapshot s = sampleSnapshot();
        s.entries.clear();
        quint64 seq = 0;
        for (int day = 29; day >= 0; --day) {
            const QDate date = now().date().addDays(-day);
            const int hours = (day * 7) % 5 + (day % 6 == 3 ? 0 : 1);
            for (int h = 0; h < hours; ++h) {
                const EntryState state = day < 2 ? EntryState::Pending : EntryState::Confirmed;
                s.entries.append(receiptEntry(++seq, QDateTime(date, QTime(9 + h, 0)), kHourMs,
                                              1 + (h + day) % 3, 2 + day % 3, 10, state));
            }
        }
        s.entries[s.entries.size() - 4].state = EntryState::Refused;
        s.entries[s.entries.size() - 4].refusalReason = kReason;
        s.ledger->earned = 61250;
        s.ledger->received = 5000;
        s.ledger->sent = 12500;
        s.pendingMillicredits = 4180;
        auto source = std::make_unique<FakeRewards>();
        source->current = s;
        source->sync = syncedState();

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr);
        session.setRewardsSource(std::move(source));
        Desktop::MainWindow window(&session);
        window.rewardsPage()->setClock(now);
        window.resize(1100, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Desktop::MainWindow::RewardsPageIndex);
        QTest::qWait(100); // the chart lays out its bars
        QVERIFY(window.grab().save(shots + QStringLiteral("/page-rewards.png")));
    }
};

CLOUDY_TEST_GUI_MAIN(TestRewardsPage)
#include "tst_rewardspage.moc"
