// SPDX-License-Identifier: GPL-3.0-or-later
// `cloudyctl discover` end to end on the harness's namespace LAN, through both backends: avahi (the home
// avahi-daemon over the private system bus) and mdns (the built-in querier, run inside the home
// namespace). Microcloud hosts publish for real; every grouping rule of docs/discovery.md is checked on
// what the CLI prints.
#include "TestEnv.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

class TestDiscoverCli : public QObject
{
    Q_OBJECT

    QString m_suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    QStringList m_published;

    QString unique(const QString &base) const { return base + m_suffix; }

    bool publish(const QStringList &arguments)
    {
        QString id;
        if (!CloudyTest::testenv(QStringLiteral("publish"), arguments, &id))
            return false;
        m_published.append(id);
        return true;
    }

    // The program and arguments that run cloudyctl with `backend`: the built-in browser must run inside
    // the home namespace to see the LAN's multicast.
    static QPair<QString, QStringList> command(const QString &backend, const QStringList &arguments)
    {
        const QStringList ctl = QStringList {CloudyTest::programPath(QStringLiteral("cloudyctl")),
                                             QStringLiteral("discover"), QStringLiteral("--backend"), backend}
                                + arguments;
        if (backend == QLatin1String("avahi"))
            return {ctl.first(), ctl.mid(1)};
        return {QStringLiteral(CLOUDY_TESTENV_SCRIPT),
                QStringList {QStringLiteral("netns-exec"), QStringLiteral("--state"), CloudyTest::stateDir(),
                             QStringLiteral("home"), QStringLiteral("--")}
                    + ctl};
    }

    static QJsonObject discover(const QString &backend)
    {
        const auto [program, arguments] =
            command(backend, {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("6")});
        CloudyTest::ProcessResult result;
        if (!CloudyTest::runProgram(program, arguments, &result) || result.exitCode != 0) {
            qWarning("discover failed (%d): %s", result.exitCode, result.err.constData());
            return {};
        }
        return QJsonDocument::fromJson(result.out).object();
    }

    // Every service of the JSON, with the id of the microcloud it was listed under ("" for ungrouped).
    static QList<QPair<QString, QJsonObject>> services(const QJsonObject &json)
    {
        QList<QPair<QString, QJsonObject>> all;
        for (const QJsonValue &microcloud : json.value(QStringLiteral("microclouds")).toArray()) {
            for (const QJsonValue &service :
                 microcloud.toObject().value(QStringLiteral("services")).toArray())
                all.append(
                    {microcloud.toObject().value(QStringLiteral("id")).toString(), service.toObject()});
        }
        for (const QJsonValue &service : json.value(QStringLiteral("ungrouped")).toArray())
            all.append({QString(), service.toObject()});
        return all;
    }

    static QPair<QString, QJsonObject> findService(const QJsonObject &json, const QString &name)
    {
        const auto all = services(json);
        for (const auto &entry : all) {
            if (entry.second.value(QStringLiteral("name")).toString() == name)
                return entry;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        // Rule 1: the service's own mc=.
        QVERIFY(publish({QStringLiteral("mc1"), unique(QStringLiteral("Gràcia web ")),
                         QStringLiteral("_http._tcp"), QStringLiteral("8080"),
                         QStringLiteral("mc=gracia") + m_suffix, QStringLiteral("mcname=Gràcia"),
                         QStringLiteral("path=/wiki")}));
        // Rule 2: a _cloudy._tcp node on the same host gives its microcloud to the host's other services.
        QVERIFY(publish({QStringLiteral("mc2"), unique(QStringLiteral("Can Fabra ")),
                         QStringLiteral("_cloudy._tcp"), QStringLiteral("7000"),
                         QStringLiteral("mc=sants") + m_suffix, QStringLiteral("node=n2"),
                         QStringLiteral("ver=1")}));
        QVERIFY(publish({QStringLiteral("mc2"), unique(QStringLiteral("Sync ")),
                         QStringLiteral("_syncthing._tcp"), QStringLiteral("22000")}));
        // Rule 3: no mc anywhere, but the announcement arrives over the Tinc-named VPN link to vpn1.
        QVERIFY(publish({qEnvironmentVariable("CLOUDY_TESTENV_VPN_HOST"), unique(QStringLiteral("Proxy ")),
                         QStringLiteral("_proxy3._tcp"), QStringLiteral("3128")}));
        // Rule 4: a Cloudy distro node exactly as avahi-ps announces it: NODE.CLOUD.local, no mc anywhere.
        const QString cloudyHost = QStringLiteral("node7.guifi%1.local").arg(m_suffix);
        QVERIFY(
            publish({QStringLiteral("mc3"), unique(QStringLiteral("node7 ")), QStringLiteral("_tincvpn._tcp"),
                     QStringLiteral("665"), QStringLiteral("--host-name"), cloudyHost}));
        QVERIFY(publish({QStringLiteral("mc3"), unique(QStringLiteral("Streaming ")),
                         QStringLiteral("_peerstreamer._tcp"), QStringLiteral("6000"),
                         QStringLiteral("--host-name"), cloudyHost}));
        // A dual-stack host: seen over IPv4 and IPv6, listed once with both addresses.
        QVERIFY(publish({QStringLiteral("mc4"), unique(QStringLiteral("Dual ")), QStringLiteral("_http._tcp"),
                         QStringLiteral("8484"), QStringLiteral("mc=gracia") + m_suffix}));
        // Rule 5: nothing says which microcloud: shown, ungrouped.
        QVERIFY(publish({QStringLiteral("mc1"), unique(QStringLiteral("Printer ")),
                         QStringLiteral("_ipp._tcp"), QStringLiteral("631")}));
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_published))
            CloudyTest::testenv(QStringLiteral("withdraw"), {id});
    }

    void dualStackServiceListedOnce_data() { groupingRules_data(); }
    void dualStackServiceListedOnce()
    {
        QFETCH(QString, backend);
        const QString subnet = qEnvironmentVariable("CLOUDY_TESTENV_SUBNET");
        const QString v4 = subnet + QStringLiteral(".14");
        const QString v6 = CloudyTest::lanAddress6(14).toString();
        const QString name = unique(QStringLiteral("Dual "));
        QJsonObject json;
        const auto addresses = [&] {
            QStringList list;
            for (const QJsonValue &address :
                 findService(json, name).second.value(QStringLiteral("addresses")).toArray())
                list.append(address.toString());
            return list;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            (json = discover(backend), addresses().contains(v4) && addresses().contains(v6)), 60000);
        int listed = 0;
        for (const auto &entry : services(json))
            listed += entry.second.value(QStringLiteral("name")).toString() == name;
        QCOMPARE(listed, 1); // the IPv4 and IPv6 observations are one service
        QCOMPARE(findService(json, name).first, QStringLiteral("gracia") + m_suffix);
    }

    void groupingRules_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("avahi") << QStringLiteral("avahi");
        QTest::newRow("mdns") << QStringLiteral("mdns");
    }
    void groupingRules()
    {
        QFETCH(QString, backend);
        const QString subnet = qEnvironmentVariable("CLOUDY_TESTENV_SUBNET");
        QJsonObject json;
        // The announcements were just made: give mDNS a couple of rounds to settle.
        QTRY_VERIFY_WITH_TIMEOUT(
            findService(json = discover(backend), unique(QStringLiteral("Printer "))).second.size() > 0
                && findService(json, unique(QStringLiteral("Streaming "))).second.size() > 0
                && findService(json, unique(QStringLiteral("Proxy "))).second.size() > 0,
            60000);
        QCOMPARE(json.value(QStringLiteral("backend")).toString(), backend);

        const auto web = findService(json, unique(QStringLiteral("Gràcia web ")));
        QCOMPARE(web.first, QStringLiteral("gracia") + m_suffix);
        QCOMPARE(web.second.value(QStringLiteral("groupedBy")).toString(), QStringLiteral("txt"));
        QCOMPARE(web.second.value(QStringLiteral("host")).toString(), QStringLiteral("mc1.local"));
        QCOMPARE(web.second.value(QStringLiteral("addresses")).toArray().first().toString(),
                 subnet + QStringLiteral(".11"));
        QCOMPARE(web.second.value(QStringLiteral("port")).toInt(), 8080);
        QCOMPARE(web.second.value(QStringLiteral("label")).toString(), QStringLiteral("Web page"));
        QCOMPARE(web.second.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://%1.11:8080/wiki").arg(subnet));
        QCOMPARE(
            web.second.value(QStringLiteral("txt")).toObject().value(QStringLiteral("mcname")).toString(),
            QStringLiteral("Gràcia"));
        for (const QJsonValue &microcloud : json.value(QStringLiteral("microclouds")).toArray()) {
            if (microcloud.toObject().value(QStringLiteral("id")).toString() == web.first)
                QCOMPARE(microcloud.toObject().value(QStringLiteral("name")).toString(),
                         QStringLiteral("Gràcia"));
        }

        const auto sync = findService(json, unique(QStringLiteral("Sync ")));
        QCOMPARE(sync.first, QStringLiteral("sants") + m_suffix);
        QCOMPARE(sync.second.value(QStringLiteral("groupedBy")).toString(), QStringLiteral("cloudy-node"));
        QCOMPARE(sync.second.value(QStringLiteral("node")).toString(), QStringLiteral("n2"));

        const auto streaming = findService(json, unique(QStringLiteral("Streaming ")));
        QCOMPARE(streaming.first, QStringLiteral("guifi") + m_suffix);
        QCOMPARE(streaming.second.value(QStringLiteral("groupedBy")).toString(), QStringLiteral("host-name"));
        QCOMPARE(streaming.second.value(QStringLiteral("host")).toString(),
                 QStringLiteral("node7.guifi%1.local").arg(m_suffix));
        QCOMPARE(streaming.second.value(QStringLiteral("addresses")).toArray().first().toString(),
                 subnet + QStringLiteral(".13"));
        const auto tinc = findService(json, unique(QStringLiteral("node7 ")));
        QCOMPARE(tinc.first, streaming.first);
        QCOMPARE(tinc.second.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Tinc VPN (Cloudy node)"));

        const auto proxy = findService(json, unique(QStringLiteral("Proxy ")));
        QCOMPARE(proxy.first, QStringLiteral("gracia")); // the Tinc network of interface tinc-gracia
        QCOMPARE(proxy.second.value(QStringLiteral("groupedBy")).toString(), QStringLiteral("vpn-interface"));
        QVERIFY(proxy.second.value(QStringLiteral("interfaces"))
                    .toArray()
                    .contains(qEnvironmentVariable("CLOUDY_TESTENV_VPN_INTERFACE")));
        QCOMPARE(proxy.second.value(QStringLiteral("addresses")).toArray().first().toString(),
                 qEnvironmentVariable("CLOUDY_TESTENV_VPN_SUBNET") + QStringLiteral(".21"));

        const auto printer = findService(json, unique(QStringLiteral("Printer ")));
        QVERIFY(printer.first.isEmpty());
        QVERIFY(printer.second.value(QStringLiteral("microcloud")).isNull());
        QCOMPARE(printer.second.value(QStringLiteral("groupedBy")).toString(), QStringLiteral("ungrouped"));
    }

    void watchSeesUpdateAndWithdrawal_data() { groupingRules_data(); }
    void watchSeesUpdateAndWithdrawal()
    {
        QFETCH(QString, backend);
        CLOUDY_REQUIRE_SERVICE("lan");
        const auto [program, arguments] =
            command(backend, {QStringLiteral("--watch"), QStringLiteral("--json")});
        QProcess watch;
        watch.start(program, arguments);
        QVERIFY(watch.waitForStarted());
        QByteArray output;
        const auto events = [&]() {
            output += watch.readAllStandardOutput();
            return output;
        };
        const auto count = [&](const char *event, const QString &name, const QByteArray &needle = {}) {
            const QList<QByteArray> lines = events().split('\n');
            return std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
                const QJsonObject object = QJsonDocument::fromJson(line).object();
                return object.value(QStringLiteral("event")).toString() == QLatin1String(event)
                       && object.value(QStringLiteral("service"))
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toString()
                              == name
                       && (needle.isEmpty() || line.contains(needle));
            });
        };
        const auto seen = [&](const char *event, const QString &name, const QByteArray &needle = {}) {
            return count(event, name, needle) > 0;
        };

        // A non-ASCII name, published while we watch.
        const QString name = QStringLiteral("Gràcia Tahoe — ñ %1 %2").arg(backend, m_suffix);
        QString id;
        QVERIFY(CloudyTest::testenv(QStringLiteral("publish"),
                                    {QStringLiteral("mc1"), name, QStringLiteral("_tahoe-lafs._tcp"),
                                     QStringLiteral("3456"), QStringLiteral("mc=gracia") + m_suffix,
                                     QStringLiteral("v=1")},
                                    &id));
        QTRY_VERIFY_WITH_TIMEOUT(seen("added", name), 20000);

        // TXT update: the same instance announced again with other TXT.
        QVERIFY(CloudyTest::testenv(QStringLiteral("withdraw"), {id}));
        QVERIFY(CloudyTest::testenv(QStringLiteral("publish"),
                                    {QStringLiteral("mc1"), name, QStringLiteral("_tahoe-lafs._tcp"),
                                     QStringLiteral("3456"), QStringLiteral("mc=gracia") + m_suffix,
                                     QStringLiteral("v=2")},
                                    &id));
        QTRY_VERIFY_WITH_TIMEOUT(seen("added", name, "\"v\":\"2\"") || seen("updated", name, "\"v\":\"2\""),
                                 20000);

        // Withdrawal: gone within a few seconds (the goodbye packet, not the 75-minute TTL).
        const qsizetype removedBefore = count("removed", name);
        QVERIFY(CloudyTest::testenv(QStringLiteral("withdraw"), {id}));
        QTRY_VERIFY_WITH_TIMEOUT(count("removed", name) > removedBefore, 15000);

        watch.terminate();
        QVERIFY(watch.waitForFinished(10000));
        QCOMPARE(watch.exitCode(), 0); // SIGTERM is a clean stop
    }
};

CLOUDY_TEST_MAIN(TestDiscoverCli)
#include "tst_discover_cli.moc"
