// SPDX-License-Identifier: GPL-3.0-or-later
// MicrocloudModel, its proxy, the JSON of `cloudyctl discover` and the RTT prober, fed with observations
// as the browsers report them.
#include "TestEnv.h"
#include "discovery/DiscoveryJson.h"
#include "discovery/MicrocloudModel.h"
#include "discovery/MicrocloudProxyModel.h"
#include "discovery/RttProber.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Cloudy::Discovery;
using Role = MicrocloudModel::Role;

namespace {

DiscoveredService observation(const QString &name, const QString &type, const QString &host,
                              TxtEntries txt = {}, const QString &address = QStringLiteral("10.77.0.11"),
                              int interfaceIndex = 2, const QString &interfaceName = QStringLiteral("eth0"))
{
    DiscoveredService service;
    service.key = {name, type, QStringLiteral("local")};
    service.hostName = host;
    service.addresses = {QHostAddress(address)};
    service.port = 3456;
    service.txt = std::move(txt);
    service.interfaceIndex = interfaceIndex;
    service.interfaceName = interfaceName;
    service.protocol = QHostAddress(address).protocol();
    service.lastSeen = QDateTime::currentDateTimeUtc();
    return service;
}

TxtEntries mc(const char *id)
{
    return {{QStringLiteral("mc"), QByteArray(id)}};
}

} // namespace

class TestMicrocloudModel : public QObject
{
    Q_OBJECT

    static QModelIndex find(const QAbstractItemModel &model, const QString &name,
                            const QModelIndex &parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data(Role::NameRole).toString() == name)
                return index;
            if (const QModelIndex inside = find(model, name, index); inside.isValid())
                return inside;
        }
        return {};
    }

private Q_SLOTS:
    void treeOfMicrocloudNodeService()
    {
        MicrocloudModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy added(&model, &MicrocloudModel::serviceAdded);
        model.addObservation(observation(
            QStringLiteral("Gràcia Tahoe"), QStringLiteral("_tahoe-lafs._tcp"), QStringLiteral("mc1.local"),
            {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("mcname"), "Gràcia"}}));
        QCOMPARE(added.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex cloud = model.index(0, 0);
        QCOMPARE(cloud.data(Role::KindRole).value<MicrocloudModel::Kind>(),
                 MicrocloudModel::Kind::Microcloud);
        QCOMPARE(cloud.data(Role::IdRole).toString(), QStringLiteral("gracia"));
        QCOMPARE(cloud.data(Qt::DisplayRole).toString(), QStringLiteral("Gràcia"));
        QCOMPARE(cloud.data(Role::NodeCountRole).toInt(), 1);
        QCOMPARE(cloud.data(Role::ServiceCountRole).toInt(), 1);
        const QModelIndex node = model.index(0, 0, cloud);
        QCOMPARE(node.data(Role::NameRole).toString(), QStringLiteral("mc1"));
        const QModelIndex service = model.index(0, 0, node);
        QCOMPARE(service.data(Role::TypeLabelRole).toString(), QStringLiteral("Tahoe-LAFS storage"));
        QCOMPARE(service.data(Role::AddressesRole).toStringList(),
                 QStringList {QStringLiteral("10.77.0.11")});
        QCOMPARE(service.data(Role::TxtRole).toMap().value(QStringLiteral("mc")).toString(),
                 QStringLiteral("gracia"));
        QCOMPARE(service.data(Role::MicrocloudIdRole).toString(), QStringLiteral("gracia"));
        QCOMPARE(service.data(Role::UrlRole).toUrl(), QUrl(QStringLiteral("http://10.77.0.11:3456/")));
        QCOMPARE(service.data(Role::AddressTextRole).toString(), QStringLiteral("10.77.0.11:3456"));
    }

    void txtChangeUpdatesInPlace()
    {
        MicrocloudModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addObservation(observation(QStringLiteral("Seeder"), QStringLiteral("_bittorrent._tcp"),
                                         QStringLiteral("mc1.local"),
                                         {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("v"), "1"}}));
        const QPersistentModelIndex service = find(model, QStringLiteral("Seeder"));
        QVERIFY(service.isValid());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy updated(&model, &MicrocloudModel::serviceUpdated);

        model.addObservation(observation(QStringLiteral("Seeder"), QStringLiteral("_bittorrent._tcp"),
                                         QStringLiteral("mc1.local"),
                                         {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("v"), "2"}}));
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(updated.count(), 1);
        QVERIFY(service.isValid()); // a view's selection on it survives
        QCOMPARE(service.data(Role::TxtRole).toMap().value(QStringLiteral("v")).toString(),
                 QStringLiteral("2"));
    }

    void duplicatesAreMerged()
    {
        MicrocloudModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy added(&model, &MicrocloudModel::serviceAdded);
        QSignalSpy removedSignal(&model, &MicrocloudModel::serviceRemoved);
        const DiscoveredService v4 = observation(QStringLiteral("Sync"), QStringLiteral("_syncthing._tcp"),
                                                 QStringLiteral("mc2.local"), mc("sants"));
        const DiscoveredService v6 =
            observation(QStringLiteral("Sync"), QStringLiteral("_syncthing._tcp"),
                        QStringLiteral("mc2.local"), mc("sants"), QStringLiteral("fe80::1"));
        const DiscoveredService otherInterface = observation(
            QStringLiteral("Sync"), QStringLiteral("_syncthing._tcp"), QStringLiteral("mc2.local"),
            mc("sants"), QStringLiteral("10.77.0.11"), 3, QStringLiteral("wlan0"));
        model.addObservation(v4);
        model.addObservation(v6);
        model.addObservation(otherInterface);
        QCOMPARE(added.count(), 1);
        QCOMPARE(model.serviceCount(), 1);
        const QModelIndex service = find(model, QStringLiteral("Sync"));
        // IPv4 before IPv6, each once.
        QCOMPARE(service.data(Role::AddressesRole).toStringList(),
                 (QStringList {QStringLiteral("10.77.0.11"), QStringLiteral("fe80::1")}));

        model.removeObservation(v6);
        model.removeObservation(otherInterface);
        QCOMPARE(removedSignal.count(), 0); // still seen over IPv4 on eth0
        model.removeObservation(v4);
        QCOMPARE(removedSignal.count(), 1);
        QCOMPARE(model.rowCount(), 0); // empty node and microcloud go too
    }

    void cloudyNodeRegroupsItsHost()
    {
        // A Cloudy distro node (avahi-ps): services on node2.guifi.local without mc; then the same host
        // announces _cloudy._tcp with mc=gracia: its services move to that microcloud.
        MicrocloudModel model;
        model.setVpnPredicate([](const QString &) { return false; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addObservation(observation(QStringLiteral("node2"), QStringLiteral("_tincvpn._tcp"),
                                         QStringLiteral("node2.guifi.local")));
        model.addObservation(observation(QStringLiteral("PeerStreamer"), QStringLiteral("_peerstreamer._tcp"),
                                         QStringLiteral("node2.guifi.local")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(Role::IdRole).toString(), QStringLiteral("guifi"));
        const QPersistentModelIndex streamer = find(model, QStringLiteral("PeerStreamer"));
        QCOMPARE(streamer.data(Role::GroupingRuleRole).toString(), QStringLiteral("host-name"));

        QSignalSpy updated(&model, &MicrocloudModel::serviceUpdated);
        model.addObservation(observation(QStringLiteral("Can Fabra"), QStringLiteral("_cloudy._tcp"),
                                         QStringLiteral("node2.guifi.local"),
                                         {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("node"), "n2"}}));
        QCOMPARE(model.microcloudCount(), 1);
        const QModelIndex moved = find(model, QStringLiteral("PeerStreamer"));
        QCOMPARE(moved.data(Role::MicrocloudIdRole).toString(), QStringLiteral("gracia"));
        QCOMPARE(moved.data(Role::GroupingRuleRole).toString(), QStringLiteral("cloudy-node"));
        QCOMPARE(moved.parent().data(Role::NameRole).toString(), QStringLiteral("Can Fabra"));
        QVERIFY(moved.parent().data(Role::CloudyNodeRole).toBool());
        QVERIFY(updated.count() >= 2); // the tinc and peerstreamer services announce their move

        // And back when the _cloudy._tcp announcement is withdrawn.
        model.removeObservation(observation(QStringLiteral("Can Fabra"), QStringLiteral("_cloudy._tcp"),
                                            QStringLiteral("node2.guifi.local")));
        QCOMPARE(find(model, QStringLiteral("PeerStreamer")).data(Role::MicrocloudIdRole).toString(),
                 QStringLiteral("guifi"));
    }

    void vpnInterfaceGroups()
    {
        MicrocloudModel model;
        model.setVpnPredicate([](const QString &name) { return name.startsWith(QLatin1String("tinc")); });
        model.addObservation(observation(QStringLiteral("Proxy"), QStringLiteral("_proxy3._tcp"),
                                         QStringLiteral("n5.local"), {}, QStringLiteral("10.139.0.5"), 7,
                                         QStringLiteral("tinc-guifi")));
        const QModelIndex proxy = find(model, QStringLiteral("Proxy"));
        QCOMPARE(proxy.data(Role::MicrocloudIdRole).toString(), QStringLiteral("guifi"));
        QCOMPARE(proxy.data(Role::GroupingRuleRole).toString(), QStringLiteral("vpn-interface"));
    }

    void proxySortsNearestFirstAndOtherLast()
    {
        MicrocloudModel model;
        MicrocloudProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addObservation(observation(QStringLiteral("Printer"), QStringLiteral("_http._tcp"),
                                         QStringLiteral("printer.local")));
        model.addObservation(observation(QStringLiteral("A"), QStringLiteral("_http._tcp"),
                                         QStringLiteral("a.local"), mc("far")));
        model.addObservation(observation(QStringLiteral("B"), QStringLiteral("_http._tcp"),
                                         QStringLiteral("b.local"), mc("near")));
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(proxy.index(2, 0).data(Role::UngroupedRole).toBool());

        const QPersistentModelIndex selectedB = proxy.mapFromSource(find(model, QStringLiteral("B")));
        model.setRtt({QStringLiteral("A"), QStringLiteral("_http._tcp"), QStringLiteral("local")}, 40);
        model.setRtt({QStringLiteral("B"), QStringLiteral("_http._tcp"), QStringLiteral("local")}, 3);
        // Group aggregates are announced once per event-loop turn, and the proxy re-sorts then.
        QTRY_COMPARE(proxy.index(0, 0).data(Role::IdRole).toString(), QStringLiteral("near"));
        QCOMPARE(proxy.index(0, 0).data(Role::RttRole).toInt(), 3);
        QCOMPARE(proxy.index(1, 0).data(Role::IdRole).toString(), QStringLiteral("far"));
        QVERIFY(proxy.index(2, 0).data(Role::UngroupedRole).toBool()); // unmeasured and ungrouped: last
        QVERIFY(selectedB.isValid());
        QCOMPARE(selectedB.data(Role::NameRole).toString(), QStringLiteral("B"));

        model.setRtt({QStringLiteral("A"), QStringLiteral("_http._tcp"), QStringLiteral("local")}, 1);
        QTRY_COMPARE(proxy.index(0, 0).data(Role::IdRole).toString(), QStringLiteral("far"));
    }

    void proxyFilters()
    {
        MicrocloudModel model;
        MicrocloudProxyModel proxy;
        proxy.setSourceModel(&model);
        model.addObservation(observation(
            QStringLiteral("Intro"), QStringLiteral("_tahoeintro._tcp"), QStringLiteral("a.local"),
            {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("furl"), "pb://secret-id@x"}}));
        model.addObservation(observation(QStringLiteral("Web"), QStringLiteral("_http._tcp"),
                                         QStringLiteral("b.local"), mc("sants")));
        proxy.setFilterText(QStringLiteral("SECRET-ID")); // a TXT value, any case
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(Role::IdRole).toString(), QStringLiteral("gracia"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1); // its node is kept for the matching service
        proxy.setFilterText(QStringLiteral("introducer")); // the friendly label
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 2);
    }

    void jsonForTheCli()
    {
        MicrocloudModel model;
        model.addObservation(observation(QStringLiteral("Tahoe"), QStringLiteral("_tahoe-lafs._tcp"),
                                         QStringLiteral("mc1.local"),
                                         {{QStringLiteral("mc"), "gracia"},
                                          {QStringLiteral("node"), "n1"},
                                          {QStringLiteral("flag"), QByteArray()}}));
        model.addObservation(observation(QStringLiteral("Printer"), QStringLiteral("_ipp._tcp"),
                                         QStringLiteral("printer.local")));
        const QJsonObject json = discoveryJson(QStringLiteral("avahi"), model.snapshot());
        QCOMPARE(json.value(QStringLiteral("backend")).toString(), QStringLiteral("avahi"));
        const QJsonArray microclouds = json.value(QStringLiteral("microclouds")).toArray();
        QCOMPARE(microclouds.size(), 1);
        const QJsonObject gracia = microclouds.at(0).toObject();
        QCOMPARE(gracia.value(QStringLiteral("id")).toString(), QStringLiteral("gracia"));
        QCOMPARE(gracia.value(QStringLiteral("nodes")).toArray().size(), 1);
        const QJsonObject tahoe = gracia.value(QStringLiteral("services")).toArray().at(0).toObject();
        for (const char *key :
             {"name", "type", "label", "host", "addresses", "port", "txt", "node", "microcloud", "rttMs"})
            QVERIFY2(tahoe.contains(QLatin1String(key)), key);
        QCOMPARE(tahoe.value(QStringLiteral("node")).toString(), QStringLiteral("n1"));
        QCOMPARE(tahoe.value(QStringLiteral("microcloud")).toString(), QStringLiteral("gracia"));
        QVERIFY(tahoe.value(QStringLiteral("rttMs")).isNull());
        QCOMPARE(tahoe.value(QStringLiteral("txt")).toObject().value(QStringLiteral("flag")),
                 QJsonValue(true));
        const QJsonArray ungrouped = json.value(QStringLiteral("ungrouped")).toArray();
        QCOMPARE(ungrouped.size(), 1);
        QCOMPARE(ungrouped.at(0).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("_ipp._tcp"));
        QVERIFY(ungrouped.at(0).toObject().value(QStringLiteral("microcloud")).isNull());
    }

    void burstIsAnnouncedOncePerGroup()
    {
        // 200 services into 2 microclouds within one event-loop turn: views hear of each group's new totals
        // once, not 200 times.
        MicrocloudModel model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 200; ++i)
            model.addObservation(observation(QStringLiteral("s%1").arg(i), QStringLiteral("_http._tcp"),
                                             QStringLiteral("h%1.local").arg(i % 2),
                                             mc(i % 2 ? "odd" : "even")));
        QCOMPARE(model.index(0, 0).data(Role::ServiceCountRole).toInt(), 100); // read fresh at once
        QTRY_VERIFY(!changed.isEmpty());
        int groupNotices = 0;
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            const auto kind =
                arguments.at(0).toModelIndex().data(Role::KindRole).value<MicrocloudModel::Kind>();
            groupNotices += kind == MicrocloudModel::Kind::Service ? 0 : 1;
        }
        QCOMPARE(groupNotices, 4); // two microclouds and their two nodes
    }

    void threeHundredServicesOverThirtyMicroclouds()
    {
        MicrocloudModel model;
        MicrocloudProxyModel proxy;
        proxy.setSourceModel(&model);
        for (int i = 0; i < 300; ++i) {
            const QByteArray cloud = "mc" + QByteArray::number(i % 30);
            model.addObservation(
                observation(QStringLiteral("service %1").arg(i), QStringLiteral("_http._tcp"),
                            QStringLiteral("host%1.local").arg(i % 60), {{QStringLiteral("mc"), cloud}}));
        }
        QCOMPARE(model.serviceCount(), 300);
        QCOMPARE(model.microcloudCount(), 30);
        QCOMPARE(proxy.rowCount(), 30);
        for (int row = 0; row < 30; ++row)
            QCOMPARE(proxy.index(row, 0).data(Role::ServiceCountRole).toInt(), 10);
    }

    void floodIsBounded()
    {
        MicrocloudModel model;
        for (int i = 0; i < kMaxTrackedServices + 6000; ++i)
            model.addObservation(observation(QStringLiteral("flood %1").arg(i), QStringLiteral("_http._tcp"),
                                             QStringLiteral("h%1.local").arg(i % 97), mc("x")));
        QCOMPARE(model.serviceCount(), kMaxTrackedServices);
    }

    void rttProberMeasuresAndGivesUp()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close(); // nothing listens there any more: refused

        RttProber prober({2, 8, 2000, 60000, 100}, nullptr);
        QSignalSpy measured(&prober, &RttProber::measured);
        const ServiceKey open {QStringLiteral("open"), QStringLiteral("_http._tcp"), QStringLiteral("local")};
        const ServiceKey refused {QStringLiteral("refused"), QStringLiteral("_http._tcp"),
                                  QStringLiteral("local")};
        prober.probe(open, {QHostAddress::LocalHost}, server.serverPort());
        prober.probe(refused, {QHostAddress::LocalHost}, closedPort);
        prober.probe(open, {QHostAddress::LocalHost}, server.serverPort()); // within minInterval: ignored
        QVERIFY(prober.running() <= 2);
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 2, 10000);
        for (const QList<QVariant> &arguments : std::as_const(measured)) {
            const auto key = arguments.at(0).value<ServiceKey>();
            const int rtt = arguments.at(1).toInt();
            if (key == open)
                QVERIFY(rtt >= 0);
            else
                QCOMPARE(rtt, -1);
        }
        QCOMPARE(prober.running(), 0);
    }

    void rttProberIsRateLimited()
    {
        RttProber prober({3, 5, 500, 60000, 100}, nullptr);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSignalSpy measured(&prober, &RttProber::measured);
        int maxRunning = 0;
        for (int i = 0; i < 12; ++i) {
            // Twelve distinct targets (closed ports next to the listener), so none is deduplicated.
            prober.probe(
                {QStringLiteral("s%1").arg(i), QStringLiteral("_http._tcp"), QStringLiteral("local")},
                {QHostAddress::LocalHost}, quint16(server.serverPort() + 1 + i));
            maxRunning = std::max(maxRunning, prober.running());
        }
        QVERIFY(maxRunning <= 3);
        QVERIFY(prober.queued() + prober.running() <= 12);
        QTRY_COMPARE_WITH_TIMEOUT(measured.count(), 12, 20000);
    }
};

CLOUDY_TEST_MAIN(TestMicrocloudModel)
#include "tst_microcloudmodel.moc"
