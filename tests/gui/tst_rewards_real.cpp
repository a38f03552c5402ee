// SPDX-License-Identifier: GPL-3.0-or-later
// The real window's Rewards page against the real cloudy-ledgerd on loopback (started by the test on a
// temporary SQLite database): the app's own LedgerSync on its outbox, the ledger address taken from the
// settings by LedgerWiring, Sync now pressed on the page (F5) → receipts confirmed and the balance the
// ledger computed shown as the big number and in the status bar. Also which ledger a node uses (the setting
// first, else its microcloud's `ledger=` TXT).
#include "DesktopSession.h"
#include "LedgerWiring.h"
#include "LedgerdTestSupport.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "discovery/MicrocloudModel.h"
#include "ledger/LedgerSync.h"
#include "pages/RewardsPage.h"
#include "platform/Settings.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloudy;
using Cloudy::Desktop::MainWindow;

namespace {

// Three hours 50 hours ago (see LedgerdTest::meteredHours()).
QList<Metering::HourlyUsage> threeHours()
{
    const qint64 hour = LedgerdTest::kHour;
    return LedgerdTest::meteredHours((QDateTime::currentMSecsSinceEpoch() / hour - 50) * hour, 3);
}

} // namespace

class TestRewardsReal final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LedgerdTest::Ledgerd m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No keyring here: LedgerWiring's hourly round finds no identity and issues nothing by itself.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/session_bus");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("ledger.sqlite"))));
    }

    void syncNowShowsTheLedgersBalance()
    {
        Settings settings(m_dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
        settings.setValue(Settings::Key::LedgerUrl,
                          QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port));
        Desktop::DesktopSession session(&settings, nullptr, nullptr);
        session.enableLedger(m_dir.filePath(QStringLiteral("outbox.sqlite")));
        auto *sync = qobject_cast<Ledger::LedgerSync *>(session.rewards());
        QVERIFY(sync);
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        const Result<int> issued =
            sync->issueReceipts(threeHours(), Ledger::DonatedCaps {2, 2048, 10240, 4, 8192},
                                QStringLiteral("guifi-test"), key, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        QCOMPARE(issued.value(), 3);

        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        session.start(); // LedgerWiring applies the ledger address from the settings
        QTRY_COMPARE(sync->syncState().ledgerUrl.isEmpty(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing(), 30000); // a first automatic sync may run; let it end

        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::RewardsPageIndex));
        QTest::keyClick(window.page(MainWindow::RewardsPageIndex), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(sync->syncState().status, Ledger::SyncStatus::Synced, 30000);

        auto *balance = window.findChild<QLabel *>(QStringLiteral("rewardsBalance"));
        QVERIFY(balance);
        QTRY_COMPARE(balance->text(), QLocale().toString(4.65, 'f', 2));
        const Ledger::RewardsSnapshot snapshot = sync->snapshot();
        QVERIFY(snapshot.ledger.has_value());
        QCOMPARE(snapshot.ledger->balance(), 3 * LedgerdTest::kEarnedPerMeteredHour);
        for (const Ledger::LocalEntry &entry : snapshot.entries)
            QCOMPARE(entry.state, Ledger::EntryState::Confirmed);
        auto *rewards = window.findChild<Desktop::RewardsPage *>();
        QVERIFY(rewards);
        QVERIFY2(rewards->statusSummary().contains(balance->text()), qPrintable(rewards->statusSummary()));
    }

    void ledgerChoice()
    {
        Discovery::MicrocloudInfo microcloud;
        microcloud.id = QStringLiteral("gracia");
        Discovery::NodeInfo node;
        Discovery::ServiceInfo service;
        service.key.type = QStringLiteral("_cloudy._tcp");
        service.txt.insert(QStringLiteral("ledger"),
                           QByteArrayLiteral("https://ledger.gracia.guifi.net:8787/"));
        node.services.append(service);
        microcloud.nodes.append(node);
        const QList<Discovery::MicrocloudInfo> found {microcloud};

        QCOMPARE(Desktop::chooseLedgerUrl(QStringLiteral(" http://10.0.0.1:7300 "), QStringLiteral("gracia"),
                                          found),
                 QStringLiteral("http://10.0.0.1:7300"));
        QCOMPARE(Desktop::chooseLedgerUrl({}, QStringLiteral("gracia"), found),
                 QStringLiteral("https://ledger.gracia.guifi.net:8787/"));
        QCOMPARE(Desktop::chooseLedgerUrl({}, QStringLiteral("sants"), found), QString());
        QCOMPARE(Desktop::chooseLedgerUrl({}, {}, found), QString());
    }
};

CLOUDY_TEST_GUI_MAIN(TestRewardsReal)
#include "tst_rewards_real.moc"
