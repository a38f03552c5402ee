// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in mDNS browser (MdnsBrowser) against the harness's real avahi-daemons: services published on
// the microcloud hosts mc1..mc3 are found from the `home` host, beside home's own avahi-daemon on 5353.
//
// The browser must run inside the `home` network namespace, while ctest starts this test through
// `testenv exec`, outside it. So main() re-executes the test through
// `$CLOUDY_TESTENV_TOOL netns-exec --state $CLOUDY_TESTENV_STATE home -- <this test> <its arguments>`
// when the harness has a LAN (CLOUDY_TESTENV_HOME_NS is set) and CLOUDY_MDNS_TEST_IN_HOME, which it sets
// for the child, is not. The child's exit code is the test's. testenv publish/withdraw/add-static work
// from inside the namespace (they talk to the hosts' daemons over unix sockets).
#include "TestEnv.h"
#include "discovery/MdnsBrowser.h"
#include "discovery/MdnsSocket.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <unistd.h>
#include <vector>

using namespace Cloudy::Discovery;

namespace {

constexpr int kTimeoutMs = 15000;
constexpr char kInHomeVariable[] = "CLOUDY_MDNS_TEST_IN_HOME";

// Replaces this process with itself inside the home namespace, when that is needed and possible.
void reexecInHomeNamespace(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kInHomeVariable) || !qEnvironmentVariableIsSet("CLOUDY_TESTENV_HOME_NS"))
        return;
    const QByteArray tool = qgetenv("CLOUDY_TESTENV_TOOL");
    const QByteArray state = qgetenv("CLOUDY_TESTENV_STATE");
    char self[4096];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof(self) - 1);
    if (tool.isEmpty() || state.isEmpty() || length <= 0)
        return; // the test then skips: it cannot see the LAN from here
    self[length] = '\0';
    qputenv(kInHomeVariable, "1");
    QList<QByteArray> arguments {tool, "netns-exec", "--state", state, "home", "--", self};
    for (int i = 1; i < argc; ++i)
        arguments.append(argv[i]);
    std::vector<char *> pointers;
    for (QByteArray &argument : arguments)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    ::execv(tool.constData(), pointers.data());
    qWarning("cannot run %s: %s", tool.constData(), strerror(errno));
}

QString subnet()
{
    return qEnvironmentVariable("CLOUDY_TESTENV_SUBNET", QStringLiteral("10.77.0"));
}

// A service type no earlier run or other test has published: only the type enumeration can find it.
QString freshType()
{
    QString name = QStringLiteral("_ct");
    for (int i = 0; i < 8; ++i)
        name.append(QLatin1Char(char('a' + QRandomGenerator::global()->bounded(26))));
    return name + QStringLiteral("._tcp");
}

bool insideHomeNamespace()
{
    const QHostAddress home(subnet() + QStringLiteral(".1"));
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address == home)
            return true;
    }
    return false;
}

// Follows a browser's signals: the current observations and every event in order.
class Observer : public QObject
{
public:
    struct Event
    {
        char kind; // 'a'dded, 'u'pdated, 'r'emoved
        DiscoveredService service;
    };

    explicit Observer(ServiceBrowser *browser)
    {
        connect(browser, &ServiceBrowser::serviceAdded, this, [this](const DiscoveredService &service) {
            QVERIFY2(!m_current.contains(service.observationId()), "added twice");
            m_current.insert(service.observationId(), service);
            m_events.append({'a', service});
        });
        connect(browser, &ServiceBrowser::serviceUpdated, this, [this](const DiscoveredService &service) {
            QVERIFY2(m_current.contains(service.observationId()), "updated before added");
            m_current.insert(service.observationId(), service);
            m_events.append({'u', service});
        });
        connect(browser, &ServiceBrowser::serviceRemoved, this, [this](const DiscoveredService &service) {
            QVERIFY2(m_current.remove(service.observationId()) == 1, "removed but never added");
            m_events.append({'r', service});
        });
    }

    // The IPv4 observation of a service (on that interface, if given), if it is there now.
    std::optional<DiscoveredService> find(const QString &name, const QString &type,
                                          const QString &interfaceName = QString()) const
    {
        for (const DiscoveredService &service : m_current) {
            if (service.key.name == name && service.key.type == type
                && service.protocol == QAbstractSocket::IPv4Protocol
                && (interfaceName.isEmpty() || service.interfaceName == interfaceName))
                return service;
        }
        return std::nullopt;
    }
    bool has(const QString &name, const QString &type) const { return find(name, type).has_value(); }
    // The IPv6 observation of a service, if it is there now.
    std::optional<DiscoveredService> find6(const QString &name, const QString &type) const
    {
        for (const DiscoveredService &service : m_current) {
            if (service.key.name == name && service.key.type == type
                && service.protocol == QAbstractSocket::IPv6Protocol)
                return service;
        }
        return std::nullopt;
    }

    int count(char kind, const QString &name, const QString &type) const
    {
        int n = 0;
        for (const Event &event : m_events)
            n += event.kind == kind && event.service.key.name == name && event.service.key.type == type;
        return n;
    }

private:
    QHash<QString, DiscoveredService> m_current;
    QList<Event> m_events;
};

QString staticServiceXml(const QString &name, const QString &type, int port, const QStringList &txt)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" standalone='no'?>\n"
                                 "<!DOCTYPE service-group SYSTEM \"avahi-service.dtd\">\n"
                                 "<service-group><name>%1</name><service><type>%2</type><port>%3</port>")
                      .arg(name, type)
                      .arg(port);
    for (const QString &entry : txt)
        xml += QStringLiteral("<txt-record>%1</txt-record>").arg(entry);
    return xml + QStringLiteral("</service></service-group>\n");
}

} // namespace

class TestMdnsBrowser : public QObject
{
    Q_OBJECT

    std::unique_ptr<MdnsBrowser> m_browser;
    std::unique_ptr<Observer> m_observer;
    QStringList m_published;

    bool publish(const QStringList &arguments)
    {
        QString id;
        if (!CloudyTest::testenv(QStringLiteral("publish"), arguments, &id) || id.isEmpty())
            return false;
        m_published.append(id);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        if (!qEnvironmentVariableIsSet("CLOUDY_TESTENV_LAN") || !insideHomeNamespace())
            CLOUDY_SKIP(
                QStringLiteral("not inside the harness's home namespace (%1 is not one of our addresses): "
                               "run through ctest, or 'testenv exec --state DIR -- %2'")
                    .arg(subnet() + QStringLiteral(".1"), QCoreApplication::applicationFilePath()));
        // One browser for the whole test, started before anything is published: it finds later services
        // through their announcements (and its continuous queries).
        m_browser = std::make_unique<MdnsBrowser>();
        m_observer = std::make_unique<Observer>(m_browser.get());
        QSignalSpy allForNow(m_browser.get(), &ServiceBrowser::allForNow);
        m_browser->start();
        QCOMPARE(m_browser->backendName(), QStringLiteral("mdns"));
        QVERIFY2(m_browser->state() == ServiceBrowser::State::Browsing, qPrintable(m_browser->errorString()));
        QVERIFY(allForNow.wait(kTimeoutMs));
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_published))
            CloudyTest::testenv(QStringLiteral("withdraw"), {id});
        if (m_browser)
            m_browser->stop();
    }

    void publishedServiceAppearsAndGoes()
    {
        const QString type = freshType();
        const QString name = QStringLiteral("Harness Tahoe");
        QVERIFY(publish({QStringLiteral("mc1"), name, type, QStringLiteral("3456"),
                         QStringLiteral("mc=gracia"), QStringLiteral("node=mc1"), QStringLiteral("ver=1")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type), kTimeoutMs);

        const DiscoveredService service = *m_observer->find(name, type);
        QCOMPARE(service.key.domain, QStringLiteral("local"));
        QCOMPARE(service.hostName, QStringLiteral("mc1.local"));
        QVERIFY2(service.addresses.contains(QHostAddress(subnet() + QStringLiteral(".11"))),
                 qPrintable(service.addresses.value(0).toString()));
        QCOMPARE(service.port, quint16(3456));
        QCOMPARE(service.txt.value(QStringLiteral("mc")), QByteArray("gracia"));
        QCOMPARE(service.txt.value(QStringLiteral("node")), QByteArray("mc1"));
        QCOMPARE(service.txt.value(QStringLiteral("ver")), QByteArray("1"));
        // home's eth0 is a veth: browsed all the same, by name.
        QCOMPARE(service.interfaceName, QStringLiteral("eth0"));
        QCOMPARE(service.interfaceIndex, QNetworkInterface::interfaceIndexFromName(QStringLiteral("eth0")));
        QVERIFY(service.lastSeen.isValid());

        // Withdrawal: avahi's goodbye (TTL 0) removes it a second later.
        QVERIFY(CloudyTest::testenv(QStringLiteral("withdraw"), {m_published.takeLast()}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_observer->has(name, type), kTimeoutMs);
        QCOMPARE(m_observer->count('r', name, type), 1);
    }

    void dualStackHost()
    {
        // mc4 answers over IPv4 and IPv6 (ff02::fb): the querier finds the service on both links of eth0,
        // each with its family's addresses (A on IPv4, AAAA on IPv6), and the goodbyes remove both.
        const QString type = freshType();
        const QString name = QStringLiteral("Dual Stack Node");
        QVERIFY(publish(
            {QStringLiteral("mc4"), name, type, QStringLiteral("4646"), QStringLiteral("mc=gracia")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type) && m_observer->find6(name, type).has_value(),
                                 kTimeoutMs);
        const DiscoveredService v4 = *m_observer->find(name, type);
        const DiscoveredService v6 = *m_observer->find6(name, type);
        const QHostAddress ula = CloudyTest::lanAddress6(14);
        QVERIFY2(v4.addresses.contains(QHostAddress(subnet() + QStringLiteral(".14"))),
                 qPrintable(v4.addresses.value(0).toString()));
        QVERIFY2(v6.addresses.contains(ula), qPrintable(v6.addresses.value(0).toString()));
        for (const QHostAddress &address : v6.addresses)
            QCOMPARE(address.protocol(), QAbstractSocket::IPv6Protocol);
        QCOMPARE(v6.hostName, QStringLiteral("mc4.local"));
        QCOMPARE(v6.port, quint16(4646));
        QCOMPARE(v6.interfaceName, QStringLiteral("eth0"));
        QCOMPARE(v6.txt.value(QStringLiteral("mc")), QByteArray("gracia"));

        QVERIFY(CloudyTest::testenv(QStringLiteral("withdraw"), {m_published.takeLast()}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_observer->has(name, type) && !m_observer->find6(name, type).has_value(),
                                 kTimeoutMs);
        QCOMPARE(m_observer->count('r', name, type), 2);
    }

    void freshBrowserEnumeratesTypes()
    {
        // Published first, then a new browser asks: _services._dns-sd._udp finds the type, then its
        // instances, then their SRV/TXT/A.
        const QString type = freshType();
        const QString name = QStringLiteral("Sants Syncthing");
        QVERIFY(publish(
            {QStringLiteral("mc2"), name, type, QStringLiteral("22000"), QStringLiteral("mc=sants")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type), kTimeoutMs); // published for sure

        MdnsBrowser browser;
        Observer observer(&browser);
        QSignalSpy allForNow(&browser, &ServiceBrowser::allForNow);
        browser.start();
        QTRY_VERIFY_WITH_TIMEOUT(observer.has(name, type), kTimeoutMs);
        const DiscoveredService service = *observer.find(name, type);
        QCOMPARE(service.hostName, QStringLiteral("mc2.local"));
        QVERIFY(service.addresses.contains(QHostAddress(subnet() + QStringLiteral(".12"))));
        QCOMPARE(service.port, quint16(22000));
        QVERIFY(allForNow.count() == 1 || allForNow.wait(kTimeoutMs));
        QVERIFY(browser.statistics().serviceTypes >= 1);
        QVERIFY(browser.statistics().packetsSent >= 1);

        QVERIFY(CloudyTest::testenv(QStringLiteral("withdraw"), {m_published.takeLast()}));
        QTRY_VERIFY_WITH_TIMEOUT(!observer.has(name, type), kTimeoutMs);
        browser.stop();
        QCOMPARE(browser.state(), ServiceBrowser::State::Idle);
    }

    void txtChangeIsAnUpdate()
    {
        // A static service file rewritten: avahi says goodbye to the old records and announces the new
        // ones within a second (a PTR at once, SRV and TXT after probing). One service, updated in place.
        const QString type = freshType();
        const QString name = QStringLiteral("Static Web");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mdns-browser-web.service"));
        const auto write = [&](const QString &path) {
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            out.write(staticServiceXml(name, type, 80,
                                       {QStringLiteral("path=") + path, QStringLiteral("mc=gracia")})
                          .toUtf8());
            return true;
        };
        QVERIFY(write(QStringLiteral("/v1")));
        QVERIFY(CloudyTest::testenv(QStringLiteral("add-static"), {QStringLiteral("mc1"), file}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type), kTimeoutMs);
        QCOMPARE(m_observer->find(name, type)->txt.value(QStringLiteral("path")), QByteArray("/v1"));

        QVERIFY(write(QStringLiteral("/v2")));
        QVERIFY(CloudyTest::testenv(QStringLiteral("add-static"), {QStringLiteral("mc1"), file}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type)
                                     && m_observer->find(name, type)->txt.value(QStringLiteral("path"))
                                            == "/v2",
                                 kTimeoutMs);
        // Usually one update in place. On a loaded machine avahi's re-probing can outlast the browser's
        // grace period, and then the service is reported removed and added again: never lost, never twice.
        if (m_observer->count('r', name, type) == 0) {
            QVERIFY(m_observer->count('u', name, type) >= 1);
            QCOMPARE(m_observer->count('a', name, type), 1);
        } else {
            QCOMPARE(m_observer->count('a', name, type), m_observer->count('r', name, type) + 1);
        }

        QVERIFY(CloudyTest::testenv(QStringLiteral("remove-static"),
                                    {QStringLiteral("mc1"), QStringLiteral("mdns-browser-web.service")}));
        QTRY_VERIFY_WITH_TIMEOUT(!m_observer->has(name, type), kTimeoutMs);
    }

    void republishWithOtherTxt()
    {
        // Withdrawn and published again at once with another TXT: the service ends with the new TXT,
        // reported as an update when the new records arrive within the goodbye's second and the grace
        // MdnsBrowser gives to a service whose SRV/TXT is replaced, as a removal and an addition when not.
        const QString type = freshType();
        const QString name = QStringLiteral("Republished");
        QVERIFY(publish({QStringLiteral("mc3"), name, type, QStringLiteral("7000"), QStringLiteral("v=1")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type), kTimeoutMs);
        QVERIFY(CloudyTest::testenv(QStringLiteral("withdraw"), {m_published.takeLast()}));
        QVERIFY(publish({QStringLiteral("mc3"), name, type, QStringLiteral("7000"), QStringLiteral("v=2")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type)
                                     && m_observer->find(name, type)->txt.value(QStringLiteral("v")) == "2",
                                 kTimeoutMs);
        qInfo("republished with other TXT: %d update(s), %d removal(s)", m_observer->count('u', name, type),
              m_observer->count('r', name, type));
        QVERIFY(m_observer->count('u', name, type) + m_observer->count('r', name, type) >= 1);
    }

    void nonAsciiInstanceName()
    {
        const QString type = freshType();
        const QString name = QString::fromUtf8("Gràcia Tahoe — ñ");
        QVERIFY(publish(
            {QStringLiteral("mc1"), name, type, QStringLiteral("3456"), QString::fromUtf8("mcname=Gràcia")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type), kTimeoutMs);
        const DiscoveredService service = *m_observer->find(name, type);
        QCOMPARE(service.key.name, name);
        QCOMPARE(QString::fromUtf8(service.txt.value(QStringLiteral("mcname"))), QString::fromUtf8("Gràcia"));
    }

    void cloudyDistroHostName()
    {
        // As Cloudy's avahi-ps does: `avahi-publish -a -R node2.guifi.local <ip>` plus the service on that
        // host name.
        const QString name = QStringLiteral("node2-") + freshType().mid(3, 6);
        const QString type = QStringLiteral("_tincvpn._tcp");
        QVERIFY(publish({QStringLiteral("mc2"), name, type, QStringLiteral("665"),
                         QStringLiteral("--host-name"), QStringLiteral("node2.guifi.local")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->has(name, type), kTimeoutMs);
        const DiscoveredService service = *m_observer->find(name, type);
        QCOMPARE(service.hostName, QStringLiteral("node2.guifi.local"));
        QCOMPARE(service.addresses.value(0), QHostAddress(subnet() + QStringLiteral(".12")));
        QCOMPARE(service.port, quint16(665));
        QVERIFY(service.txt.isEmpty());
    }

    void vpnInterfaceIsBrowsed()
    {
        // Cloudy microclouds arrive over Tinc: the harness's vpn1 host is reached only through home's
        // interface named like a Tinc one, which MdnsBrowser browses (by name, like eth0 here).
        const QString vpnHost = qEnvironmentVariable("CLOUDY_TESTENV_VPN_HOST");
        const QString vpnInterface = qEnvironmentVariable("CLOUDY_TESTENV_VPN_INTERFACE");
        if (vpnHost.isEmpty() || vpnInterface.isEmpty())
            QSKIP("this harness has no VPN host (CLOUDY_TESTENV_VPN_HOST)");
        const QString type = freshType();
        const QString name = QStringLiteral("Over Tinc");
        QVERIFY(publish({vpnHost, name, type, QStringLiteral("665"), QStringLiteral("mc=gracia")}));
        QTRY_VERIFY_WITH_TIMEOUT(m_observer->find(name, type, vpnInterface).has_value(), kTimeoutMs);
        const DiscoveredService service = *m_observer->find(name, type, vpnInterface);
        QCOMPARE(service.interfaceIndex, QNetworkInterface::interfaceIndexFromName(vpnInterface));
        QCOMPARE(service.addresses.value(0),
                 QHostAddress(qEnvironmentVariable("CLOUDY_TESTENV_VPN_SUBNET") + QStringLiteral(".21")));
        QVERIFY(!m_observer->find(name, type, QStringLiteral("eth0")).has_value()); // not on the LAN
    }

    void socketKeepsReadingThroughBursts()
    {
        // Bursts of responses that arrive faster than they are handled (a slow slot here, the GUI in the
        // application): the socket must keep reading whatever the event loop does between its turns, and
        // never stop with datagrams waiting in the kernel (QUdpSocket emits readyRead again only after a
        // datagram has been read following the previous one).
        const QNetworkInterface eth0 = QNetworkInterface::interfaceFromName(QStringLiteral("eth0"));
        MdnsSocket socket(eth0, QAbstractSocket::IPv4Protocol);
        QString error;
        QVERIFY2(socket.open(&error), qPrintable(error));
        QUdpSocket sender;
        QVERIFY(sender.bind(QHostAddress::AnyIPv4, 5353,
                            QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
        sender.setMulticastInterface(eth0);
        sender.setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(0));
        sender.setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
        // Empty responses (every responder ignores them), told apart by their id.
        const auto packet = [](quint16 id) {
            QByteArray bytes(12, '\0');
            bytes[0] = char(id >> 8);
            bytes[1] = char(id & 0xff);
            bytes[2] = char(0x84); // response, authoritative
            return bytes.leftJustified(600, '\0');
        };
        QSet<quint16> received;
        connect(&socket, &MdnsSocket::datagramReceived, this, [&](const QNetworkDatagram &datagram) {
            const QByteArray data = datagram.data();
            if (datagram.senderPort() != 5353 || data.size() != 600)
                return;
            received.insert(quint16((quint8(data[0]) << 8) | quint8(data[1])));
            QThread::usleep(200); // a slow consumer
        });
        const QHostAddress group(QStringLiteral("224.0.0.251"));
        quint16 id = 1;
        for (int burst = 0; burst < 40; ++burst) {
            const int count = 5 + QRandomGenerator::global()->bounded(60);
            for (int i = 0; i < count; ++i)
                sender.writeDatagram(packet(id++), group, 5353);
            QTest::qWait(QRandomGenerator::global()->bounded(30));
        }
        // Then one at a time: each must arrive.
        for (int i = 0; i < 5; ++i) {
            const quint16 marker = id++;
            QCOMPARE(sender.writeDatagram(packet(marker), group, 5353), qint64(600));
            QTRY_VERIFY2_WITH_TIMEOUT(received.contains(marker), "the socket stopped reading", 3000);
        }
        qInfo("%lld of %d datagrams read", qlonglong(received.size()), id - 1);
    }

    void boundedAndClean()
    {
        const MdnsBrowser::Statistics statistics = m_browser->statistics();
        QVERIFY(statistics.links >= 1);
        QVERIFY(statistics.cachedRecords > 0 && statistics.cachedRecords <= MdnsBrowser::kMaxCachedRecords);
        QVERIFY(statistics.trackedServices <= kMaxTrackedServices);
        QCOMPARE(statistics.recordsRejected, 0); // avahi sends nothing we reject
    }

    void rejectsBadPackets()
    {
        // Malformed packets made from captured ones (tests/unit/data/mdns), sent as responses from port
        // 5353 with multicast TTL 0: looped back to this host only, never on the LAN. Each rejected record
        // is counted and logged (info); the good records of the same packets are still used.
        QLoggingCategory::setFilterRules(QStringLiteral("cloudy.discovery.info=true"));
        QUdpSocket sender;
        QVERIFY(sender.bind(QHostAddress::AnyIPv4, 5353,
                            QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
        sender.setMulticastInterface(QNetworkInterface::interfaceFromName(QStringLiteral("eth0")));
        sender.setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(0));
        sender.setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
        const qint64 rejectedBefore = m_browser->statistics().recordsRejected;
        const struct
        {
            const char *file;
            const char *log;
        } packets[] = {
            {"malformed-pointer-loop.bin", "malformed packet .* dropped: .*compression pointer"},
            {"malformed-instance-not-utf8.bin", "instance .* rejected: .*not valid UTF-8"},
            {"malformed-txt-oversized.bin", "TXT node2._tincvpn._tcp.local .* rejected: .*8192"},
            {"malformed-a-length.bin", "A node2.guifi.local .* rejected: .*5 bytes"},
        };
        for (const auto &packet : packets) {
            QFile file(CloudyTest::sourcePath(QStringLiteral("tests/unit/data/mdns/"))
                       + QLatin1String(packet.file));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QLatin1String(packet.log)));
            QCOMPARE(sender.writeDatagram(file.readAll(), QHostAddress(QStringLiteral("224.0.0.251")), 5353),
                     file.size());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->statistics().recordsRejected, rejectedBefore + 4, kTimeoutMs);
        QCOMPARE(m_browser->state(), ServiceBrowser::State::Browsing);
        QLoggingCategory::setFilterRules(QString());
    }
};

int main(int argc, char *argv[])
{
    reexecInHomeNamespace(argc, argv);
    QCoreApplication app(argc, argv);
    TestMdnsBrowser test;
    QTEST_SET_MAIN_SOURCE_PATH
    return CloudyTest::finish(QTest::qExec(&test, argc, argv));
}

#include "tst_mdns_browser.moc"
