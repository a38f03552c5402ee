// SPDX-License-Identifier: GPL-3.0-or-later
// The Nearby page on a real MicrocloudModel fed by a scripted browser (the real backends have their own
// integration tests): grouping shown, details, filter, actions, and selection surviving live updates.
#include "TestEnv.h"
#include "discovery/MicrocloudModel.h"
#include "discovery/MicrocloudProxyModel.h"
#include "discovery/ServiceBrowser.h"
#include "pages/NearbyPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeView>

using namespace Cloudy::Discovery;
using Cloudy::Desktop::NearbyPage;
using Role = MicrocloudModel::Role;

// A browser whose announcements the test scripts.
class ScriptedBrowser final : public ServiceBrowser
{
    Q_OBJECT

public:
    using ServiceBrowser::ServiceBrowser;
    QString backendName() const override { return QStringLiteral("mdns"); }
    void start() override { setState(State::Browsing); }
    void stop() override { setState(State::Idle); }
    void fail(const QString &why) { setState(State::Failed, why); }

    void announce(const QString &name, const QString &type, const QString &host, const QString &address,
                  TxtEntries txt)
    {
        DiscoveredService service;
        service.key = {name, type, QStringLiteral("local")};
        service.hostName = host;
        service.addresses = {QHostAddress(address)};
        service.port = 8080;
        service.txt = std::move(txt);
        service.interfaceIndex = 2;
        service.interfaceName = QStringLiteral("eth0");
        service.lastSeen = QDateTime::currentDateTimeUtc();
        Q_EMIT serviceAdded(service);
    }
};

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestNearbyPage : public QObject
{
    Q_OBJECT

    static QModelIndex find(const QAbstractItemModel *model, const QString &name,
                            const QModelIndex &parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(Role::NameRole).toString() == name)
                return index;
            if (const QModelIndex inside = find(model, name, index); inside.isValid())
                return inside;
        }
        return {};
    }

    static QString detailsText(const NearbyPage &page)
    {
        return page.findChild<QLabel *>(QStringLiteral("nearbyDetailsText"))->text();
    }

private Q_SLOTS:
    void emptyStateExplainsDiscovery()
    {
        MicrocloudModel model;
        ScriptedBrowser browser;
        model.setBrowser(&browser);
        NearbyPage page(&model, &browser);
        browser.start();
        auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->text().contains(QLatin1String("built-in mDNS browser")));
        QVERIFY(empty->text().contains(QLatin1String("Tinc")));
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget(), empty);

        browser.fail(QStringLiteral("no network interface can send multicast"));
        QVERIFY(empty->text().contains(QLatin1String("no network interface can send multicast")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("nearbyStatus"))
                    ->text()
                    .contains(QLatin1String("stopped")));
    }

    void showsGroupsAndDetails()
    {
        MicrocloudModel model;
        ScriptedBrowser browser;
        model.setBrowser(&browser);
        NearbyPage page(&model, &browser);
        page.resize(900, 600);
        page.show();
        browser.announce(QStringLiteral("Gràcia Tahoe"), QStringLiteral("_tahoe-lafs._tcp"),
                         QStringLiteral("mc1.local"), QStringLiteral("10.77.0.11"),
                         {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("mcname"), "Gràcia"}});
        QCOMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 1);
        QTreeView *view = page.view();
        const QModelIndex cloud = view->model()->index(0, 0);
        QCOMPARE(cloud.data().toString(), QStringLiteral("Gràcia"));
        QVERIFY(view->isExpanded(cloud)); // new microclouds open up

        const QModelIndex service = find(view->model(), QStringLiteral("Gràcia Tahoe"));
        view->setCurrentIndex(service);
        const QString details = detailsText(page);
        QVERIFY2(details.contains(QLatin1String("mc1.local")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("10.77.0.11")));
        QVERIFY(details.contains(QLatin1String("8080")));
        QVERIFY(details.contains(QLatin1String("Tahoe-LAFS storage")));
        auto *txt = page.findChild<QTableWidget *>(QStringLiteral("nearbyTxt"));
        QCOMPARE(txt->rowCount(), 2);
        QCOMPARE(txt->item(0, 0)->text(), QStringLiteral("mc"));
        QCOMPARE(txt->item(0, 1)->text(), QStringLiteral("gracia"));

        // The screenshot script (tests/gui/render-screenshots.sh) renders the page with a few microclouds.
        if (const QString shots = qEnvironmentVariable("CLOUDY_SCREENSHOT_DIR"); !shots.isEmpty()) {
            browser.announce(QStringLiteral("Sants Syncthing"), QStringLiteral("_syncthing._tcp"),
                             QStringLiteral("mc2.local"), QStringLiteral("10.77.0.12"),
                             {{QStringLiteral("mc"), "sants"}, {QStringLiteral("mcname"), "Sants"}});
            browser.announce(QStringLiteral("node7"), QStringLiteral("_tincvpn._tcp"),
                             QStringLiteral("node7.guifi.local"), QStringLiteral("10.139.40.7"), {});
            browser.announce(QStringLiteral("PeerStreamer"), QStringLiteral("_peerstreamer._tcp"),
                             QStringLiteral("node7.guifi.local"), QStringLiteral("10.139.40.7"), {});
            browser.announce(QStringLiteral("Gràcia wiki"), QStringLiteral("_http._tcp"),
                             QStringLiteral("mc1.local"), QStringLiteral("10.77.0.11"),
                             {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("path"), "/wiki"}});
            model.setRtt(
                {QStringLiteral("Gràcia Tahoe"), QStringLiteral("_tahoe-lafs._tcp"), QStringLiteral("local")},
                3);
            model.setRtt({QStringLiteral("Sants Syncthing"), QStringLiteral("_syncthing._tcp"),
                          QStringLiteral("local")},
                         12);
            QTest::qWait(400); // the status line follows at most every 250 ms
            view->setCurrentIndex(find(view->model(), QStringLiteral("Gràcia Tahoe")));
            page.resize(1000, 560);
            QVERIFY(page.grab().save(shots + QStringLiteral("/nearby.png")));
        }

        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(detailsText(page).contains(QLatin1String("Nodes: 1")));
    }

    void selectionSurvivesLiveUpdates()
    {
        MicrocloudModel model;
        ScriptedBrowser browser;
        model.setBrowser(&browser);
        NearbyPage page(&model, &browser);
        browser.announce(QStringLiteral("B"), QStringLiteral("_http._tcp"), QStringLiteral("b.local"),
                         QStringLiteral("10.0.0.2"),
                         {{QStringLiteral("mc"), "sants"}, {QStringLiteral("v"), "1"}});
        page.view()->setCurrentIndex(find(page.view()->model(), QStringLiteral("B")));

        for (int i = 0; i < 40; ++i)
            browser.announce(QStringLiteral("S%1").arg(i), QStringLiteral("_http._tcp"),
                             QStringLiteral("h%1.local").arg(i), QStringLiteral("10.0.1.%1").arg(i + 1),
                             {{QStringLiteral("mc"), i % 2 ? "aaa" : "sants"}});
        browser.announce(QStringLiteral("B"), QStringLiteral("_http._tcp"), QStringLiteral("b.local"),
                         QStringLiteral("10.0.0.2"),
                         {{QStringLiteral("mc"), "sants"}, {QStringLiteral("v"), "2"}});
        model.setRtt({QStringLiteral("S1"), QStringLiteral("_http._tcp"), QStringLiteral("local")},
                     2); // re-sorts groups

        QCOMPARE(page.currentIndex().data(Role::NameRole).toString(), QStringLiteral("B"));
        auto *txt = page.findChild<QTableWidget *>(QStringLiteral("nearbyTxt"));
        QCOMPARE(txt->item(1, 1)->text(), QStringLiteral("2")); // the details followed the update
    }

    void filterNarrows()
    {
        MicrocloudModel model;
        ScriptedBrowser browser;
        model.setBrowser(&browser);
        NearbyPage page(&model, &browser);
        browser.announce(QStringLiteral("Video"), QStringLiteral("_peerstreamer._tcp"),
                         QStringLiteral("a.local"), QStringLiteral("10.0.0.1"),
                         {{QStringLiteral("mc"), "gracia"}});
        browser.announce(QStringLiteral("Files"), QStringLiteral("_syncthing._tcp"),
                         QStringLiteral("b.local"), QStringLiteral("10.0.0.2"),
                         {{QStringLiteral("mc"), "sants"}});
        auto *filter = page.findChild<QLineEdit *>(QStringLiteral("nearbyFilter"));
        QTest::keyClicks(filter, QStringLiteral("peerstream"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QVERIFY(find(page.view()->model(), QStringLiteral("Video")).isValid());
        QVERIFY(!find(page.view()->model(), QStringLiteral("Files")).isValid());
        filter->clear();
        QCOMPARE(page.view()->model()->rowCount(), 2);
    }

    void actions()
    {
        MicrocloudModel model;
        ScriptedBrowser browser;
        model.setBrowser(&browser);
        NearbyPage page(&model, &browser);
        QSignalSpy launch(&page, &NearbyPage::launchRequested);
        QSignalSpy join(&page, &NearbyPage::joinRequested);
        browser.announce(QStringLiteral("Cloud"), QStringLiteral("_owncloud._tcp"), QStringLiteral("a.local"),
                         QStringLiteral("10.0.0.9"),
                         {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("path"), "/owncloud"}});
        page.view()->setCurrentIndex(find(page.view()->model(), QStringLiteral("Cloud")));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        auto *open = page.findChild<QPushButton *>(QStringLiteral("nearbyOpen"));
        QVERIFY(open->isEnabled());
        open->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(catcher.urls, QList<QUrl> {QUrl(QStringLiteral("http://10.0.0.9:8080/owncloud"))});

        page.findChild<QPushButton *>(QStringLiteral("nearbyCopy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("10.0.0.9:8080"));

        auto *launchButton = page.findChild<QPushButton *>(QStringLiteral("nearbyLaunch"));
        QVERIFY(launchButton->isEnabled()); // someone listens (the spy)
        launchButton->click();
        QCOMPARE(launch.count(), 1);
        QCOMPARE(launch.at(0).at(0).value<ServiceKey>().name, QStringLiteral("Cloud"));
        page.findChild<QPushButton *>(QStringLiteral("nearbyJoin"))->click();
        QCOMPARE(join.at(0).at(0).toString(), QStringLiteral("gracia"));

        // A non-web service has no Open.
        browser.announce(QStringLiteral("Sync"), QStringLiteral("_syncthing._tcp"), QStringLiteral("a.local"),
                         QStringLiteral("10.0.0.9"), {{QStringLiteral("mc"), "gracia"}});
        page.view()->setCurrentIndex(find(page.view()->model(), QStringLiteral("Sync")));
        QVERIFY(!open->isEnabled());
    }
};

CLOUDY_TEST_GUI_MAIN(TestNearbyPage)
#include "tst_nearbypage.moc"
