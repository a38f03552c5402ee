// SPDX-License-Identifier: GPL-3.0-or-later
// Each grouping rule of docs/discovery.md, in order of precedence.
#include "TestEnv.h"
#include "discovery/MicrocloudGrouping.h"

using namespace Cloudy::Discovery;

class TestGrouping : public QObject
{
    Q_OBJECT

    static bool noVpn(const QString &) { return false; }
    static bool tincIsVpn(const QString &name)
    {
        return name.startsWith(QLatin1String("tinc")) || name == QLatin1String("guifi");
    }

private Q_SLOTS:
    void txtMcWins()
    {
        const Placement placement =
            placeService({QStringLiteral("_tahoe-lafs._tcp"),
                          QStringLiteral("node2.sants.local"),
                          {{QStringLiteral("mc"), "gracia"},
                           {QStringLiteral("mcname"), "Gràcia"},
                           {QStringLiteral("node"), "n7"}},
                          {QStringLiteral("tinc-guifi")}},
                         HostFacts {QStringLiteral("other"), {}, {}, {}, true}, tincIsVpn);
        QCOMPARE(placement.rule, GroupingRule::TxtMc);
        QCOMPARE(placement.microcloudId, QStringLiteral("gracia"));
        QCOMPARE(placement.microcloudName, QStringLiteral("Gràcia"));
        QCOMPARE(placement.nodeId, QStringLiteral("n7"));
        QVERIFY(placement.cloudyNode); // the host announces _tincvpn._tcp
    }

    void cloudyNodeOnSameHost()
    {
        HostFacts host;
        host.cloudyMc = QStringLiteral("gracia");
        host.cloudyMcName = QStringLiteral("Gràcia");
        host.cloudyNodeId = QStringLiteral("n1");
        host.cloudyNodeName = QStringLiteral("Can Fabra");
        const Placement placement = placeService(
            {QStringLiteral("_syncthing._tcp"), QStringLiteral("mc1.local"), {}, {QStringLiteral("eth0")}},
            host, noVpn);
        QCOMPARE(placement.rule, GroupingRule::CloudyNodeOnHost);
        QCOMPARE(placement.microcloudId, QStringLiteral("gracia"));
        QCOMPARE(placement.microcloudName, QStringLiteral("Gràcia"));
        QCOMPARE(placement.nodeId, QStringLiteral("n1"));
        QCOMPARE(placement.nodeName, QStringLiteral("Can Fabra"));
    }

    void vpnInterface()
    {
        // Cloudy distro: no mc anywhere, the announcement arrived over the Tinc network "guifi".
        const Placement placement = placeService({QStringLiteral("_peerstreamer._tcp"),
                                                  QStringLiteral("node9.local"),
                                                  {},
                                                  {QStringLiteral("eth0"), QStringLiteral("tinc-guifi")}},
                                                 {}, tincIsVpn);
        QCOMPARE(placement.rule, GroupingRule::VpnInterface);
        QCOMPARE(placement.microcloudId, QStringLiteral("guifi"));
        QCOMPARE(placement.microcloudName, QStringLiteral("guifi"));
        QCOMPARE(placement.nodeName, QStringLiteral("node9"));
    }

    void cloudLabelOfHostName()
    {
        // Cloudy's avahi-ps: services on NODE.CLOUD.local, here received on a plain LAN.
        const Placement placement = placeService({QStringLiteral("_tincvpn._tcp"),
                                                  QStringLiteral("node2.Guifi.local"),
                                                  {},
                                                  {QStringLiteral("eth0")}},
                                                 {}, noVpn);
        QCOMPARE(placement.rule, GroupingRule::CloudLabel);
        QCOMPARE(placement.microcloudId, QStringLiteral("guifi"));
        QCOMPARE(placement.microcloudName, QStringLiteral("Guifi"));
        QCOMPARE(placement.nodeId, QStringLiteral("node2.guifi.local"));
        QVERIFY(placement.cloudyNode);
    }

    void ungroupedIsKept()
    {
        const Placement placement = placeService(
            {QStringLiteral("_http._tcp"), QStringLiteral("printer.local"), {}, {QStringLiteral("eth0")}}, {},
            noVpn);
        QCOMPARE(placement.rule, GroupingRule::Ungrouped);
        QVERIFY(placement.microcloudId.isEmpty());
        QCOMPARE(placement.nodeName, QStringLiteral("printer"));
        QVERIFY(!placement.cloudyNode);
    }

    void invalidMcFallsThrough()
    {
        // An mc= that is empty or not UTF-8 is no microcloud id: the next rule applies.
        const Placement placement = placeService({QStringLiteral("_http._tcp"),
                                                  QStringLiteral("n.sants.local"),
                                                  {{QStringLiteral("mc"), QByteArray("\xff", 1)}},
                                                  {}},
                                                 {}, noVpn);
        QCOMPARE(placement.rule, GroupingRule::CloudLabel);
        QCOMPARE(placement.microcloudId, QStringLiteral("sants"));
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("shortName");
        QTest::newRow("cloudy") << QStringLiteral("node2.guifi.local") << QStringLiteral("guifi")
                                << QStringLiteral("node2.guifi");
        QTest::newRow("trailing dot") << QStringLiteral("node2.guifi.local.") << QStringLiteral("guifi")
                                      << QStringLiteral("node2.guifi");
        QTest::newRow("plain") << QStringLiteral("mc1.local") << QString() << QStringLiteral("mc1");
        QTest::newRow("deeper") << QStringLiteral("a.b.c.local") << QString() << QStringLiteral("a.b.c");
        QTest::newRow("not local") << QStringLiteral("node2.guifi.net") << QString()
                                   << QStringLiteral("node2.guifi.net");
        QTest::newRow("empty label") << QStringLiteral(".guifi.local") << QString()
                                     << QStringLiteral(".guifi");
    }
    void hostNames()
    {
        QFETCH(QString, host);
        QFETCH(QString, cloud);
        QFETCH(QString, shortName);
        QCOMPARE(cloudLabelFromHostName(host), cloud);
        QCOMPARE(shortHostName(host), shortName);
    }

    void vpnNames()
    {
        QVERIFY(isVpnInterface(QStringLiteral("tinc-guifi")));
        QVERIFY(isVpnInterface(QStringLiteral("tun0")));
        QVERIFY(isVpnInterface(QStringLiteral("tap3")));
        QVERIFY(!isVpnInterface(QStringLiteral("eth0")));
        QVERIFY(!isVpnInterface(QString()));
    }
};

CLOUDY_TEST_MAIN(TestGrouping)
#include "tst_grouping.moc"
