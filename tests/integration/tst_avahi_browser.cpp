// SPDX-License-Identifier: GPL-3.0-or-later
// AvahiBrowser against real avahi-daemons: the harness's `home` daemon (on the private system bus) browses
// the namespace LAN where mc1..mc3 publish. Every test uses fresh random service types, so runs never see
// each other's leftovers, and finds them through type enumeration (the browser has no fixed list).
#include "TestEnv.h"
#include "discovery/AvahiBrowser.h"
#include "discovery/DiscoveredService.h"

#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVirtualObject>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

using namespace Cloudy::Discovery;

namespace {

QString randomType()
{
    return QStringLiteral("_ct%1._tcp").arg(QRandomGenerator::global()->bounded(1u << 30), 0, 36);
}

QString subnetAddress(int host)
{
    return qEnvironmentVariable("CLOUDY_TESTENV_SUBNET") + QLatin1Char('.') + QString::number(host);
}

// What the browser has told us so far: the live observations and how often each service (name + type) was
// added, updated and removed.
class Tracker : public QObject
{
public:
    explicit Tracker(ServiceBrowser *browser)
    {
        connect(browser, &ServiceBrowser::serviceAdded, this, [this](const DiscoveredService &service) {
            live.insert(service.observationId(), service);
            ++added[name(service)];
        });
        connect(browser, &ServiceBrowser::serviceUpdated, this, [this](const DiscoveredService &service) {
            live.insert(service.observationId(), service);
            ++updated[name(service)];
        });
        connect(browser, &ServiceBrowser::serviceRemoved, this, [this](const DiscoveredService &service) {
            live.remove(service.observationId());
            ++removed[name(service)];
        });
        connect(browser, &ServiceBrowser::allForNow, this, [this] { ++allForNow; });
        connect(browser, &ServiceBrowser::stateChanged, this,
                [this](ServiceBrowser::State state) { states.append(state); });
    }

    static QString name(const DiscoveredService &service)
    {
        return service.key.name + QLatin1Char('|') + service.key.type;
    }
    static QString name(const QString &instance, const QString &type)
    {
        return instance + QLatin1Char('|') + type;
    }

    std::optional<DiscoveredService> find(const QString &instance, const QString &type) const
    {
        for (const DiscoveredService &service : live) {
            if (service.key.name == instance && service.key.type == type)
                return service;
        }
        return std::nullopt;
    }
    std::optional<DiscoveredService> find(const QString &instance, const QString &type,
                                          QAbstractSocket::NetworkLayerProtocol protocol) const
    {
        for (const DiscoveredService &service : live) {
            if (service.key.name == instance && service.key.type == type && service.protocol == protocol)
                return service;
        }
        return std::nullopt;
    }
    qsizetype liveOfTypes(const QSet<QString> &types) const
    {
        qsizetype count = 0;
        for (const DiscoveredService &service : live)
            count += types.contains(service.key.type) ? 1 : 0;
        return count;
    }

    QHash<QString, DiscoveredService> live;
    QHash<QString, int> added;
    QHash<QString, int> updated;
    QHash<QString, int> removed;
    QList<ServiceBrowser::State> states;
    int allForNow = 0;
};

// A static .service file (avahi-daemon.conf(5)): one name, services of several types.
struct StaticService
{
    QString type;
    quint16 port = 0;
    QStringList txt;
    QString hostName;
};

bool writeServiceFile(const QString &path, const QString &name, const QList<StaticService> &services)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE service-group SYSTEM \"avahi-service.dtd\">"));
    xml.writeStartElement(QStringLiteral("service-group"));
    xml.writeTextElement(QStringLiteral("name"), name);
    for (const StaticService &service : services) {
        xml.writeStartElement(QStringLiteral("service"));
        xml.writeTextElement(QStringLiteral("type"), service.type);
        if (!service.hostName.isEmpty())
            xml.writeTextElement(QStringLiteral("host-name"), service.hostName);
        xml.writeTextElement(QStringLiteral("port"), QString::number(service.port));
        for (const QString &txt : service.txt)
            xml.writeTextElement(QStringLiteral("txt-record"), txt);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return file.error() == QFile::NoError;
}

// A throw-away dbus-daemon of our own: a bus without avahi-daemon, or with FakeAvahi.
struct PrivateBus
{
    QTemporaryDir dir;
    QProcess process;
    QString address;
    QString error;
    QStringList names;

    bool start()
    {
        const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (dbusDaemon.isEmpty()) {
            error = QStringLiteral("dbus-daemon is not installed (apt-get install dbus-daemon)");
            return false;
        }
        QFile config(dir.filePath(QStringLiteral("bus.conf")));
        if (!dir.isValid() || !config.open(QIODevice::WriteOnly)) {
            error = QStringLiteral("cannot write a bus configuration in %1").arg(dir.path());
            return false;
        }
        config.write(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>system</type><listen>unix:path="
            + dir.filePath(QStringLiteral("bus")).toUtf8()
            + "</listen><auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" "
              "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        process.start(dbusDaemon, {QStringLiteral("--config-file=") + config.fileName(),
                                   QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!process.waitForStarted() || !process.waitForReadyRead(10000)) {
            error = QStringLiteral("dbus-daemon did not start");
            return false;
        }
        address = QString::fromUtf8(process.readLine().trimmed());
        return !address.isEmpty();
    }

    QDBusConnection connect(const QString &name)
    {
        names.append(name);
        return QDBusConnection::connectToBus(address, name);
    }

    ~PrivateBus()
    {
        for (const QString &name : std::as_const(names))
            QDBusConnection::disconnectFromBus(name);
        process.terminate();
        process.waitForFinished();
    }
};

// A stand-in for avahi-daemon on a PrivateBus, for what the real one cannot be made to do on demand: send
// invalid records, answer in an awkward order, refuse objects, fail. It records every object it hands out
// and which were freed, and answers each *Prepare with a new path (like Avahi, numbered in order).
class FakeAvahi : public QDBusVirtualObject
{
public:
    struct Object
    {
        QString kind; // "ServiceTypeBrowser", "ServiceBrowser", "ServiceResolver"
        QVariantList arguments; // of the *Prepare call
        QString client;
        bool started = false;
    };

    explicit FakeAvahi(const QDBusConnection &connection)
        : m_connection(connection)
    { }

    bool install()
    {
        return m_connection.registerVirtualObject(QStringLiteral("/"), this, QDBusConnection::SubPath)
               && m_connection.registerService(QStringLiteral("org.freedesktop.Avahi"));
    }

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QString member = message.member();
        const QString path = message.path();
        if (path == QLatin1String("/")) {
            if (member == QLatin1String("GetState"))
                return reply(message, {2});
            if (member == QLatin1String("GetNetworkInterfaceNameByIndex"))
                return reply(message, {QStringLiteral("fake%1").arg(message.arguments().value(0).toInt())});
            if (member.endsWith(QLatin1String("Prepare"))) {
                if (!server2)
                    return connection.send(
                        message.createErrorReply(QDBusError::UnknownMethod, QStringLiteral("no Server2")));
                if (objectLimit >= 0 && objects.size() >= objectLimit)
                    return connection.send(
                        message.createErrorReply(QStringLiteral("org.freedesktop.Avahi.TooManyObjectsError"),
                                                 QStringLiteral("Too many objects")));
                const QString kind = member.chopped(7);
                const QString objectPath = QStringLiteral("/Client1/%1%2").arg(kind).arg(++m_nextId);
                objects.insert(objectPath, {kind, message.arguments(), message.service(), false});
                ++prepared[kind];
                maxObjects = std::max(maxObjects, int(objects.size()));
                if (kind == QLatin1String("ServiceResolver") && resolve) {
                    const QVariantList found = resolve(message.arguments());
                    if (!found.isEmpty() && foundBeforeReply)
                        emitTo(message.service(), objectPath, kind, QStringLiteral("Found"), found);
                    reply(message, {QVariant::fromValue(QDBusObjectPath(objectPath))});
                    if (!found.isEmpty() && !foundBeforeReply)
                        emitTo(message.service(), objectPath, kind, QStringLiteral("Found"), found);
                    return true;
                }
                return reply(message, {QVariant::fromValue(QDBusObjectPath(objectPath))});
            }
            return connection.send(message.createErrorReply(QDBusError::UnknownMethod, member));
        }
        const auto object = objects.find(path);
        if (object == objects.end())
            return connection.send(message.createErrorReply(
                QStringLiteral("org.freedesktop.Avahi.NotFoundError"), QStringLiteral("no such object")));
        if (member == QLatin1String("Start")) {
            object->started = true;
            return reply(message, {});
        }
        if (member == QLatin1String("Free")) {
            objects.erase(object);
            ++freed;
            return reply(message, {});
        }
        return connection.send(message.createErrorReply(QDBusError::UnknownMethod, member));
    }

    // Unicast, as avahi-daemon sends them.
    void emitTo(const QString &client, const QString &path, const QString &kind, const QString &name,
                const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createTargetedSignal(
            client, path, QStringLiteral("org.freedesktop.Avahi.") + kind, name);
        signal.setArguments(arguments);
        m_connection.send(signal);
    }
    void emitOn(const QString &path, const QString &name, const QVariantList &arguments)
    {
        const Object object = objects.value(path);
        emitTo(object.client, path, object.kind, name, arguments);
    }
    void broadcastState(int state, const QString &error)
    {
        QDBusMessage signal =
            QDBusMessage::createSignal(QStringLiteral("/"), QStringLiteral("org.freedesktop.Avahi.Server"),
                                       QStringLiteral("StateChanged"));
        signal << state << error;
        m_connection.send(signal);
    }
    QStringList paths(const QString &kind, bool startedOnly = true) const
    {
        QStringList out;
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            if (it->kind == kind && (it->started || !startedOnly))
                out.append(it.key());
        }
        return out;
    }
    // The ServiceBrowser for `type`, once started.
    QString browserFor(const QString &type) const
    {
        for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
            if (it->kind == QLatin1String("ServiceBrowser") && it->started && it->arguments.value(2) == type)
                return it.key();
        }
        return {};
    }

    QHash<QString, Object> objects; // alive
    QHash<QString, int> prepared; // kind -> how many were created
    int freed = 0;
    int maxObjects = 0;
    int objectLimit = -1; // refuse *Prepare beyond this many live objects
    bool server2 = true;
    bool foundBeforeReply = false; // send a resolver's Found before the reply that names its path
    std::function<QVariantList(const QVariantList &prepareArguments)> resolve; // Found arguments, or none

private:
    bool reply(const QDBusMessage &message, const QVariantList &arguments)
    {
        QDBusMessage answer = message.createReply(arguments);
        return m_connection.send(answer);
    }

    QDBusConnection m_connection;
    int m_nextId = 0;
};

QVariantList typeItem(const QString &type)
{
    return {2, 0, type, QStringLiteral("local"), 0u};
}
QVariantList serviceItem(const QString &name, const QString &type)
{
    return {2, 0, name, type, QStringLiteral("local"), 0u};
}
QVariantList foundArguments(const QString &name, const QString &type, const QString &host,
                            const QString &address, const QList<QByteArray> &txt)
{
    return {2,
            0,
            name,
            type,
            QStringLiteral("local"),
            host,
            0,
            address,
            QVariant::fromValue(quint16(80)),
            QVariant::fromValue(txt),
            0u};
}

} // namespace

class TestAvahiBrowser : public QObject
{
    Q_OBJECT

    QStringList m_published; // publisher ids to withdraw
    QList<QPair<QString, QString>> m_staticFiles; // (host, basename) to remove
    QTemporaryDir m_dir;

    bool publish(const QString &host, const QString &name, const QString &type, quint16 port,
                 const QStringList &txt = {}, const QString &hostName = {})
    {
        QStringList arguments {host, name, type, QString::number(port)};
        arguments += txt;
        if (!hostName.isEmpty())
            arguments += {QStringLiteral("--host-name"), hostName};
        QString id;
        if (!CloudyTest::testenv(QStringLiteral("publish"), arguments, &id) || id.isEmpty())
            return false;
        m_published.append(id);
        return true;
    }

    bool withdrawAll()
    {
        bool ok = true;
        for (const QString &id : std::as_const(m_published))
            ok = CloudyTest::testenv(QStringLiteral("withdraw"), {id}) && ok;
        m_published.clear();
        return ok;
    }

    bool addStatic(const QString &host, const QString &basename, const QString &name,
                   const QList<StaticService> &services)
    {
        const QString path = m_dir.filePath(basename);
        if (!writeServiceFile(path, name, services))
            return false;
        if (!CloudyTest::testenv(QStringLiteral("add-static"), {host, path}))
            return false;
        if (!m_staticFiles.contains(qMakePair(host, basename)))
            m_staticFiles.append({host, basename});
        return true;
    }

    bool removeAllStatic()
    {
        bool ok = true;
        for (const auto &[host, basename] : std::as_const(m_staticFiles))
            ok = CloudyTest::testenv(QStringLiteral("remove-static"), {host, basename}) && ok;
        m_staticFiles.clear();
        return ok;
    }

    static bool waitForState(AvahiBrowser &browser, ServiceBrowser::State state, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (browser.state() != state && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return browser.state() == state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DiscoveredService>();
        qDBusRegisterMetaType<QList<QByteArray>>();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        withdrawAll();
        removeAllStatic();
    }

    // A service published on mc1 is found through type enumeration, resolved, and removed on withdrawal.
    void publishedServiceAppearsAndGoes()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        QTRY_COMPARE_WITH_TIMEOUT(tracker.allForNow, 1, 20000);

        const QString type = randomType();
        QVERIFY(publish(QStringLiteral("mc1"), QStringLiteral("Cloudy Node One"), type, 4242,
                        {QStringLiteral("mc=gracia"), QStringLiteral("node=n1"), QStringLiteral("ver=1")}));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(QStringLiteral("Cloudy Node One"), type).has_value(), 15000);
        const DiscoveredService service = *tracker.find(QStringLiteral("Cloudy Node One"), type);
        QCOMPARE(service.key.domain, QStringLiteral("local"));
        QCOMPARE(service.hostName, QStringLiteral("mc1.local"));
        QCOMPARE(service.addresses, QList<QHostAddress> {QHostAddress(subnetAddress(11))});
        QCOMPARE(service.port, quint16(4242));
        QCOMPARE(service.txt.value(QStringLiteral("mc")), QByteArray("gracia"));
        QCOMPARE(service.txt.value(QStringLiteral("node")), QByteArray("n1"));
        QCOMPARE(service.txt.value(QStringLiteral("ver")), QByteArray("1"));
        QCOMPARE(service.protocol, QAbstractSocket::IPv4Protocol);
        // The daemon's own name for the interface (home's eth0), not the test's namespace's.
        QCOMPARE(service.interfaceName, QStringLiteral("eth0"));
        QVERIFY(service.interfaceIndex > 0);
        QVERIFY(service.lastSeen.isValid());
        QCOMPARE(tracker.added.value(Tracker::name(service)), 1);

        QVERIFY(withdrawAll());
        QTRY_VERIFY_WITH_TIMEOUT(!tracker.find(QStringLiteral("Cloudy Node One"), type).has_value(), 10000);
        QCOMPARE(tracker.removed.value(Tracker::name(service)), 1);
        QVERIFY(browser.state() == ServiceBrowser::State::Browsing);
    }

    // The automatic backend asks the bus nothing until it starts; started with avahi-daemon on the system
    // bus, it is Avahi and finds what is published.
    void automaticChoosesWhenStarted()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        const auto browser = createServiceBrowser(BrowserBackend::Automatic);
        QCOMPARE(browser->backendName(), QStringLiteral("auto"));
        QCOMPARE(browser->state(), ServiceBrowser::State::Idle);
        int added = 0;
        const QString type = randomType();
        connect(browser.get(), &ServiceBrowser::serviceAdded, this, [&](const DiscoveredService &service) {
            if (service.key.type == type)
                ++added;
        });
        browser->start();
        QCOMPARE(browser->backendName(), QStringLiteral("avahi"));
        QTRY_COMPARE_WITH_TIMEOUT(browser->state(), ServiceBrowser::State::Browsing, 15000);
        QVERIFY(publish(QStringLiteral("mc1"), QStringLiteral("Cloudy Auto"), type, 4243,
                        {QStringLiteral("mc=sants")}));
        QTRY_VERIFY_WITH_TIMEOUT(added > 0, 15000);
    }

    // A real TXT change (EntryGroup.UpdateServiceTxt on mc1's daemon, how a node updates its offer) is a
    // serviceUpdated, with no removal in between.
    void dualStackHost()
    {
        // mc4 answers over IPv4 and IPv6: avahi-daemon reports the service once per family, the IPv6
        // observation with the host's AAAA address; withdrawing it removes both.
        CLOUDY_REQUIRE_SERVICE("lan");
        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        const QString type = randomType();
        const QString name = QStringLiteral("Dual Stack Node");
        QVERIFY(publish(QStringLiteral("mc4"), name, type, 4646, {QStringLiteral("mc=gracia")}));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(name, type, QAbstractSocket::IPv4Protocol).has_value()
                                     && tracker.find(name, type, QAbstractSocket::IPv6Protocol).has_value(),
                                 15000);
        const DiscoveredService v4 = *tracker.find(name, type, QAbstractSocket::IPv4Protocol);
        const DiscoveredService v6 = *tracker.find(name, type, QAbstractSocket::IPv6Protocol);
        QCOMPARE(v6.hostName, QStringLiteral("mc4.local"));
        QCOMPARE(v6.port, quint16(4646));
        QCOMPARE(v6.interfaceName, QStringLiteral("eth0"));
        QCOMPARE(v6.txt.value(QStringLiteral("mc")), QByteArray("gracia"));
        QVERIFY2(v4.addresses.contains(QHostAddress(subnetAddress(14))),
                 qPrintable(v4.addresses.value(0).toString()));
        QVERIFY2(v6.addresses.contains(CloudyTest::lanAddress6(14)),
                 qPrintable(v6.addresses.value(0).toString()));
        QVERIFY(withdrawAll());
        QTRY_VERIFY_WITH_TIMEOUT(!tracker.find(name, type).has_value(), 15000);
        QCOMPARE(tracker.removed.value(Tracker::name(name, type)), 2);
    }

    void txtUpdateInPlace()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        QFile busAddress(CloudyTest::stateDir() + QStringLiteral("/avahi/mc1/bus_address"));
        QVERIFY(busAddress.open(QIODevice::ReadOnly));
        QDBusConnection mc1 = QDBusConnection::connectToBus(QString::fromUtf8(busAddress.readAll().trimmed()),
                                                            QStringLiteral("mc1-bus"));
        QVERIFY2(mc1.isConnected(), qPrintable(mc1.lastError().message()));

        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));

        const QString type = randomType();
        const QString name = QStringLiteral("Sants Syncthing");
        // Plain calls on mc1's own bus, as a publishing node would make them.
        const auto call = [&mc1](const QString &path, const QString &interface, const QString &method,
                                 const QVariantList &arguments = {}) {
            QDBusMessage message = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Avahi"),
                                                                  path, interface, method);
            message.setArguments(arguments);
            return mc1.call(message);
        };
        const QString entryGroup = QStringLiteral("org.freedesktop.Avahi.EntryGroup");
        QDBusMessage reply = call(QStringLiteral("/"), QStringLiteral("org.freedesktop.Avahi.Server"),
                                  QStringLiteral("EntryGroupNew"));
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        const QString group = qvariant_cast<QDBusObjectPath>(reply.arguments().value(0)).path();
        const auto txt = [](const QByteArray &version) {
            return QVariant::fromValue(QList<QByteArray> {"mc=sants", "ver=" + version});
        };
        reply = call(
            group, entryGroup, QStringLiteral("AddService"),
            {-1, -1, 0u, name, type, QString(), QString(), QVariant::fromValue(quint16(22000)), txt("1")});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        reply = call(group, entryGroup, QStringLiteral("Commit"));
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(name, type).has_value(), 15000);
        QCOMPARE(tracker.find(name, type)->txt.value(QStringLiteral("ver")), QByteArray("1"));
        QCOMPARE(tracker.find(name, type)->hostName, QStringLiteral("mc1.local"));

        reply = call(group, entryGroup, QStringLiteral("UpdateServiceTxt"),
                     {-1, -1, 0u, name, type, QString(), txt("2")});
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(tracker.find(name, type)->txt.value(QStringLiteral("ver")), QByteArray("2"),
                                  15000);
        QCOMPARE(tracker.updated.value(Tracker::name(name, type)), 1);
        QCOMPARE(tracker.removed.value(Tracker::name(name, type)), 0);
        QCOMPARE(tracker.added.value(Tracker::name(name, type)), 1);

        call(group, entryGroup, QStringLiteral("Free"));
        QTRY_VERIFY_WITH_TIMEOUT(!tracker.find(name, type).has_value(), 10000);
        QDBusConnection::disconnectFromBus(QStringLiteral("mc1-bus"));
    }

    // The harness's ways of changing TXT: a rewritten static file (avahi-daemon re-registers the group) and
    // withdraw + republish. Either reaches the browser as serviceUpdated or as a removal and an addition,
    // depending on whether the goodbye or the new announcement arrives first; the new TXT is what counts.
    void txtUpdateByRepublishing()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));

        const QString type = randomType();
        const QString name = QStringLiteral("Static Tahoe");
        QVERIFY(addStatic(QStringLiteral("mc2"), QStringLiteral("txt-update.service"), name,
                          {{type, 3456, {QStringLiteral("mc=poblenou"), QStringLiteral("furl=v1")}, {}}}));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(name, type).has_value(), 15000);
        QCOMPARE(tracker.find(name, type)->txt.value(QStringLiteral("furl")), QByteArray("v1"));
        // mc2 answers on IPv4 and IPv6: either may be found first; the IPv4 one has its IPv4 address.
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(name, type, QAbstractSocket::IPv4Protocol).has_value()
                                     && tracker.find(name, type, QAbstractSocket::IPv4Protocol)
                                            ->addresses.contains(QHostAddress(subnetAddress(12))),
                                 15000);

        QVERIFY(addStatic(QStringLiteral("mc2"), QStringLiteral("txt-update.service"), name,
                          {{type, 3456, {QStringLiteral("mc=poblenou"), QStringLiteral("furl=v2")}, {}}}));
        // Each observation (IPv4, IPv6) gets the new TXT; the IPv4 one is checked.
        QTRY_VERIFY_WITH_TIMEOUT(
            tracker.find(name, type, QAbstractSocket::IPv4Protocol)
                && tracker.find(name, type, QAbstractSocket::IPv4Protocol)->txt.value(QStringLiteral("furl"))
                       == "v2",
            20000);
        qInfo("static file rewritten: %d update(s), %d removal(s)",
              tracker.updated.value(Tracker::name(name, type)),
              tracker.removed.value(Tracker::name(name, type)));

        const QString published = QStringLiteral("Republished Node");
        QVERIFY(publish(QStringLiteral("mc3"), published, type, 80, {QStringLiteral("rev=1")}));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(published, type).has_value(), 15000);
        QVERIFY(withdrawAll());
        QVERIFY(publish(QStringLiteral("mc3"), published, type, 80, {QStringLiteral("rev=2")}));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(published, type)
                                     && tracker.find(published, type)->txt.value(QStringLiteral("rev"))
                                            == "2",
                                 20000);
        qInfo("withdrawn and republished: %d update(s), %d removal(s)",
              tracker.updated.value(Tracker::name(published, type)),
              tracker.removed.value(Tracker::name(published, type)));
    }

    void nonAsciiInstanceName()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        browser.start();
        const QString type = randomType();
        const QString name = QStringLiteral("Gràcia Tahoe — ñ");
        QVERIFY(publish(QStringLiteral("mc2"), name, type, 3456, {QStringLiteral("mc=gràcia")}));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(name, type).has_value(), 15000);
        const DiscoveredService service = *tracker.find(name, type);
        QCOMPARE(service.key.name, name);
        QCOMPARE(service.txt.value(QStringLiteral("mc")), QStringLiteral("gràcia").toUtf8());
        QVERIFY2(service.addresses.contains(QHostAddress(subnetAddress(12))),
                 qPrintable(service.addresses.value(0).toString()));
    }

    // Like a Cloudy distro node's avahi-ps: the service on an extra host name published with
    // `avahi-publish -a -R`.
    void cloudyDistroHostName()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        browser.start();
        const QString type = randomType();
        QVERIFY(publish(QStringLiteral("mc1"), QStringLiteral("tinc node2"), type, 665, {},
                        QStringLiteral("node2.guifi.local")));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(QStringLiteral("tinc node2"), type).has_value(), 15000);
        const DiscoveredService service = *tracker.find(QStringLiteral("tinc node2"), type);
        QCOMPARE(service.hostName, QStringLiteral("node2.guifi.local"));
        QCOMPARE(service.addresses.value(0), QHostAddress(subnetAddress(11)));
        QCOMPARE(service.port, quint16(665));
        QVERIFY(service.txt.isEmpty());
    }

    // The home avahi-daemon restarts: everything is removed and the state is Failed while it is away;
    // then the same browser finds everything again by itself.
    void homeDaemonRestart()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        const QString type = randomType();
        QVERIFY(publish(QStringLiteral("mc1"), QStringLiteral("Restart One"), type, 1001));
        QVERIFY(publish(QStringLiteral("mc2"), QStringLiteral("Restart Two"), type, 1002));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(QStringLiteral("Restart One"), type).has_value()
                                     && tracker.find(QStringLiteral("Restart Two"), type).has_value(),
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.allForNow, 1, 20000);
        tracker.states.clear();

        QVERIFY(CloudyTest::testenv(QStringLiteral("restart-avahi"), {QStringLiteral("home")}));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.states.contains(ServiceBrowser::State::Failed), 10000);
        QCOMPARE(tracker.removed.value(Tracker::name(QStringLiteral("Restart One"), type)), 1);
        QCOMPARE(tracker.removed.value(Tracker::name(QStringLiteral("Restart Two"), type)), 1);
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(QStringLiteral("Restart One"), type).has_value()
                                     && tracker.find(QStringLiteral("Restart Two"), type).has_value(),
                                 30000);
        QCOMPARE(browser.state(), ServiceBrowser::State::Browsing);
        QVERIFY(browser.errorString().isEmpty());
        QCOMPARE(tracker.added.value(Tracker::name(QStringLiteral("Restart One"), type)), 2);
        // mc2 answers on IPv4 and IPv6: its IPv4 observation (the other may be found first) has its address.
        QTRY_VERIFY_WITH_TIMEOUT(
            tracker.find(QStringLiteral("Restart Two"), type, QAbstractSocket::IPv4Protocol).has_value()
                && tracker.find(QStringLiteral("Restart Two"), type, QAbstractSocket::IPv4Protocol)
                       ->addresses.contains(QHostAddress(subnetAddress(12))),
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.allForNow, 2, 20000); // once per daemon
    }

    // No avahi-daemon on the bus: Failed with a sentence. When one appears (a real avahi-daemon, in a network
    // namespace of its own with no interface, so it sends nothing anywhere), browsing starts by itself.
    void daemonAbsentAtStart()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        PrivateBus bus;
        if (!bus.start())
            CLOUDY_SKIP(bus.error);
        QDBusConnection connection = bus.connect(QStringLiteral("throwaway-bus"));
        QVERIFY2(connection.isConnected(), qPrintable(connection.lastError().message()));
        const QString address = bus.address;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        {
            AvahiBrowser browser(connection);
            Tracker tracker(&browser);
            browser.start();
            QVERIFY(waitForState(browser, ServiceBrowser::State::Failed));
            QVERIFY(browser.errorString().contains(QLatin1String("avahi-daemon is not running")));
            qInfo("without avahi-daemon: %s", qPrintable(browser.errorString()));

            QFile avahiConfig(dir.filePath(QStringLiteral("avahi-daemon.conf")));
            QVERIFY(avahiConfig.open(QIODevice::WriteOnly));
            avahiConfig.write(
                "[server]\nhost-name=cloudy-absent-test\nuse-ipv4=yes\nuse-ipv6=no\nenable-dbus=yes\n"
                "[wide-area]\nenable-wide-area=no\n[publish]\ndisable-publishing=yes\n");
            avahiConfig.close();
            QDir().mkpath(QStringLiteral("/run/avahi-daemon"));
            QProcess avahi;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), address);
            avahi.setProcessEnvironment(environment);
            avahi.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            avahi.start(
                QStringLiteral("unshare"),
                {QStringLiteral("-n"), QStringLiteral("-m"), QStringLiteral("--propagation"),
                 QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount -t tmpfs tmpfs /run/avahi-daemon && mount -t tmpfs tmpfs "
                                "/etc/avahi/services && exec avahi-daemon --no-drop-root --no-chroot -f "
                                "\"$0\""),
                 avahiConfig.fileName()});
            QVERIFY(avahi.waitForStarted());
            QVERIFY2(waitForState(browser, ServiceBrowser::State::Browsing),
                     qPrintable(browser.errorString()));
            QVERIFY(browser.errorString().isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(tracker.allForNow, 1, 20000);

            avahi.terminate();
            QVERIFY(avahi.waitForFinished(10000));
            QVERIFY(waitForState(browser, ServiceBrowser::State::Failed));
            QVERIFY(browser.errorString().contains(QLatin1String("avahi-daemon stopped")));
        }
    }

    // stop() forgets everything without signals; start() finds it all again.
    void stopAndStartAgain()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        auto browser = std::make_unique<AvahiBrowser>(QDBusConnection::systemBus());
        Tracker tracker(browser.get());
        browser->start();
        const QString type = randomType();
        QVERIFY(publish(QStringLiteral("mc3"), QStringLiteral("Stop Start"), type, 7));
        QTRY_VERIFY_WITH_TIMEOUT(tracker.find(QStringLiteral("Stop Start"), type).has_value(), 15000);
        browser->stop();
        QCOMPARE(browser->state(), ServiceBrowser::State::Idle);
        QCOMPARE(browser->observationCount(), 0);
        QCOMPARE(tracker.removed.value(Tracker::name(QStringLiteral("Stop Start"), type)), 0);
        browser->start();
        QTRY_COMPARE_WITH_TIMEOUT(tracker.added.value(Tracker::name(QStringLiteral("Stop Start"), type)), 2,
                                  15000);
        // Destroyed while its first answers are still coming in: no crash, objects freed by the replies.
        browser->stop();
        browser->start();
        browser.reset();
        QTest::qWait(500);
    }

    // --- against FakeAvahi: what the real daemon cannot be made to send ---

    // Invalid types, names, host names, addresses and oversized TXT are rejected with one log line each;
    // a TXT change on a lasting resolver is serviceUpdated; every object is freed in the end.
    void fakeDaemonRejectsBadRecords()
    {
        PrivateBus bus;
        if (!bus.start())
            CLOUDY_SKIP(bus.error);
        FakeAvahi fake(bus.connect(QStringLiteral("fake-avahi")));
        QVERIFY(fake.install());
        const QString type = QStringLiteral("_good._tcp");
        fake.resolve = [&](const QVariantList &prepare) -> QVariantList {
            const QString name = prepare.value(2).toString();
            if (name == QLatin1String("Bad address"))
                return foundArguments(name, type, QStringLiteral("good.local"), QStringLiteral("10.0.0.300"),
                                      {});
            if (name == QLatin1String("Bad host"))
                return foundArguments(name, type, QStringLiteral("bad..local"), QStringLiteral("10.0.0.1"),
                                      {});
            if (name == QLatin1String("Big TXT")) {
                QList<QByteArray> txt;
                for (int i = 0; i < 40; ++i)
                    txt.append("k" + QByteArray::number(i) + '=' + QByteArray(250, 'x'));
                return foundArguments(name, type, QStringLiteral("good.local"), QStringLiteral("10.0.0.1"),
                                      txt);
            }
            return foundArguments(name, type, QStringLiteral("good.local"), QStringLiteral("10.0.0.1"),
                                  {"mc=a"});
        };
        AvahiBrowser browser(bus.connect(QStringLiteral("browser-bus")));
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        const QString typeBrowser = fake.paths(QStringLiteral("ServiceTypeBrowser")).value(0);
        QVERIFY(!typeBrowser.isEmpty());

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("service type rejected: .*_bad type")));
        fake.emitOn(typeBrowser, QStringLiteral("ItemNew"), typeItem(QStringLiteral("_bad type._tcp")));
        fake.emitOn(typeBrowser, QStringLiteral("ItemNew"), typeItem(type));
        fake.emitOn(typeBrowser, QStringLiteral("AllForNow"), {});
        QTRY_VERIFY(!fake.browserFor(type).isEmpty());
        const QString serviceBrowser = fake.browserFor(type);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("service rejected: .*not valid UTF-8")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("record rejected: .*invalid address")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("record rejected: .*names a host")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("record rejected: .*TXT record of")));
        for (const QString &name :
             {QStringLiteral("Gr\uFFFDcia"), QStringLiteral("Bad address"), QStringLiteral("Bad host"),
              QStringLiteral("Big TXT"), QStringLiteral("Good")})
            fake.emitOn(serviceBrowser, QStringLiteral("ItemNew"), serviceItem(name, type));
        fake.emitOn(serviceBrowser, QStringLiteral("AllForNow"), {});
        QTRY_COMPARE(tracker.allForNow, 1);
        QCOMPARE(tracker.live.size(), 1);
        QCOMPARE(fake.prepared.value(QStringLiteral("ServiceBrowser")), 1);
        QCOMPARE(fake.prepared.value(QStringLiteral("ServiceResolver")), 4); // none for the invalid name
        const DiscoveredService good = *tracker.find(QStringLiteral("Good"), type);
        QCOMPARE(good.interfaceName, QStringLiteral("fake2")); // the daemon's name for index 2
        QCOMPARE(good.hostName, QStringLiteral("good.local"));
        QCOMPARE(good.txt.value(QStringLiteral("mc")), QByteArray("a"));

        QString resolver;
        for (auto it = fake.objects.cbegin(); it != fake.objects.cend(); ++it) {
            if (it->kind == QLatin1String("ServiceResolver")
                && it->arguments.value(2) == QLatin1String("Good"))
                resolver = it.key();
        }
        QVERIFY(!resolver.isEmpty());
        const QVariantList changed = foundArguments(
            QStringLiteral("Good"), type, QStringLiteral("good.local"), QStringLiteral("10.0.0.1"), {"mc=b"});
        fake.emitOn(resolver, QStringLiteral("Found"), changed);
        fake.emitOn(resolver, QStringLiteral("Found"), changed); // no change: no signal
        QTRY_COMPARE(tracker.find(QStringLiteral("Good"), type)->txt.value(QStringLiteral("mc")),
                     QByteArray("b"));
        fake.emitOn(serviceBrowser, QStringLiteral("ItemRemove"), serviceItem(QStringLiteral("Good"), type));
        QTRY_VERIFY(!tracker.find(QStringLiteral("Good"), type));
        QCOMPARE(tracker.updated.value(Tracker::name(QStringLiteral("Good"), type)), 1);
        QTRY_VERIFY(!fake.objects.contains(resolver)); // freed with its service

        browser.stop();
        QTRY_VERIFY(fake.objects.isEmpty()); // every object it created is freed
        QCOMPARE(tracker.removed.value(Tracker::name(QStringLiteral("Good"), type)), 1);
    }

    // Avahi 0.8 resolves from ServiceResolverPrepare on, and Qt may hand over a signal before the reply
    // that preceded it: a Found ahead of the path it belongs to is not lost.
    void fakeDaemonFoundBeforeReply()
    {
        PrivateBus bus;
        if (!bus.start())
            CLOUDY_SKIP(bus.error);
        FakeAvahi fake(bus.connect(QStringLiteral("fake-avahi")));
        QVERIFY(fake.install());
        const QString type = QStringLiteral("_early._tcp");
        fake.foundBeforeReply = true;
        fake.resolve = [&](const QVariantList &prepare) {
            return foundArguments(prepare.value(2).toString(), type, QStringLiteral("h.local"),
                                  QStringLiteral("10.0.0.2"), {});
        };
        AvahiBrowser browser(bus.connect(QStringLiteral("browser-bus")));
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        fake.emitOn(fake.paths(QStringLiteral("ServiceTypeBrowser")).value(0), QStringLiteral("ItemNew"),
                    typeItem(type));
        QTRY_VERIFY(!fake.browserFor(type).isEmpty());
        for (int i = 0; i < 200; ++i)
            fake.emitOn(fake.browserFor(type), QStringLiteral("ItemNew"),
                        serviceItem(QStringLiteral("Early %1").arg(i), type));
        QTRY_COMPARE(tracker.live.size(), 200);
        browser.stop();
        QTRY_VERIFY(fake.objects.isEmpty());
    }

    // More types and services than the caps: the excess is ignored with one log line per cap; the daemon
    // is never asked for more objects than its default objects-per-client-max, yet everything kept is
    // resolved (beyond the lasting resolvers, once each).
    void fakeDaemonCaps()
    {
        PrivateBus bus;
        if (!bus.start())
            CLOUDY_SKIP(bus.error);
        FakeAvahi fake(bus.connect(QStringLiteral("fake-avahi")));
        QVERIFY(fake.install());
        fake.resolve = [&](const QVariantList &prepare) {
            return foundArguments(prepare.value(2).toString(), prepare.value(3).toString(),
                                  QStringLiteral("h.local"), QStringLiteral("10.0.0.3"), {});
        };
        AvahiBrowser browser(bus.connect(QStringLiteral("browser-bus")));
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        const QString typeBrowser = fake.paths(QStringLiteral("ServiceTypeBrowser")).value(0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("more than 512 service types")));
        for (int t = 0; t < kMaxServiceTypes + 8; ++t)
            fake.emitOn(typeBrowser, QStringLiteral("ItemNew"), typeItem(QStringLiteral("_t%1._tcp").arg(t)));
        QTRY_COMPARE_WITH_TIMEOUT(fake.paths(QStringLiteral("ServiceBrowser")).size(), kMaxServiceTypes,
                                  30000);
        QCOMPARE(fake.prepared.value(QStringLiteral("ServiceBrowser")), kMaxServiceTypes);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("tracking 4096 services already")));
        const QString serviceBrowser = fake.browserFor(QStringLiteral("_t0._tcp"));
        for (int i = 0; i < kMaxTrackedServices + 10; ++i)
            fake.emitOn(serviceBrowser, QStringLiteral("ItemNew"),
                        serviceItem(QStringLiteral("s%1").arg(i), QStringLiteral("_t0._tcp")));
        QTRY_COMPARE_WITH_TIMEOUT(tracker.live.size(), kMaxTrackedServices, 120000);
        QCOMPARE(browser.observationCount(), kMaxTrackedServices);
        QVERIFY2(fake.maxObjects <= 1024, qPrintable(QString::number(fake.maxObjects)));
        qInfo("%d services over %d types: at most %d daemon objects, %d lasting resolvers",
              kMaxTrackedServices, kMaxServiceTypes, fake.maxObjects, browser.persistentResolverCount());
        browser.stop();
        QTRY_VERIFY_WITH_TIMEOUT(fake.objects.isEmpty(), 30000);
    }

    // A daemon that allows fewer objects than the default: the browser learns its limit from
    // TooManyObjectsError and resolves the rest once each.
    void fakeDaemonObjectLimit()
    {
        PrivateBus bus;
        if (!bus.start())
            CLOUDY_SKIP(bus.error);
        FakeAvahi fake(bus.connect(QStringLiteral("fake-avahi")));
        QVERIFY(fake.install());
        const QString type = QStringLiteral("_limited._tcp");
        fake.objectLimit = 60;
        fake.resolve = [&](const QVariantList &prepare) {
            return foundArguments(prepare.value(2).toString(), type, QStringLiteral("h.local"),
                                  QStringLiteral("10.0.0.4"), {});
        };
        AvahiBrowser browser(bus.connect(QStringLiteral("browser-bus")));
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        fake.emitOn(fake.paths(QStringLiteral("ServiceTypeBrowser")).value(0), QStringLiteral("ItemNew"),
                    typeItem(type));
        QTRY_VERIFY(!fake.browserFor(type).isEmpty());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("allows this client fewer objects")));
        for (int i = 0; i < 150; ++i)
            fake.emitOn(fake.browserFor(type), QStringLiteral("ItemNew"),
                        serviceItem(QStringLiteral("Limited %1").arg(i), type));
        QTRY_COMPARE_WITH_TIMEOUT(tracker.live.size(), 150, 60000);
        QVERIFY(fake.maxObjects <= 60);
        browser.stop();
        QTRY_VERIFY(fake.objects.isEmpty());
    }

    // The daemon reports FAILURE: Failed with a sentence; back to RUNNING: browsing starts again.
    void fakeDaemonStateFailure()
    {
        PrivateBus bus;
        if (!bus.start())
            CLOUDY_SKIP(bus.error);
        FakeAvahi fake(bus.connect(QStringLiteral("fake-avahi")));
        QVERIFY(fake.install());
        AvahiBrowser browser(bus.connect(QStringLiteral("browser-bus")));
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        fake.broadcastState(4, QStringLiteral("org.freedesktop.Avahi.NoNetworkError"));
        QVERIFY(waitForState(browser, ServiceBrowser::State::Failed));
        QVERIFY(browser.errorString().contains(QLatin1String("NoNetworkError")));
        fake.broadcastState(3, QStringLiteral("org.freedesktop.Avahi.CollisionError")); // stays Failed
        fake.broadcastState(2, QString());
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        QTRY_COMPARE(fake.prepared.value(QStringLiteral("ServiceTypeBrowser")), 2);
        QTRY_COMPARE(fake.objects.size(), 1); // the first type browser was freed
    }

    // avahi-daemon before 0.8 (no Server2): Failed with a sentence saying so.
    void fakeDaemonWithoutServer2()
    {
        PrivateBus bus;
        if (!bus.start())
            CLOUDY_SKIP(bus.error);
        FakeAvahi fake(bus.connect(QStringLiteral("fake-avahi")));
        fake.server2 = false;
        QVERIFY(fake.install());
        AvahiBrowser browser(bus.connect(QStringLiteral("browser-bus")));
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Failed));
        QVERIFY(browser.errorString().contains(QLatin1String("older than 0.8")));
    }

    // 300 services over 30 microclouds (one static file per microcloud, spread over mc1..mc3, holding one
    // service of each of ten types), all resolved and then all removed; with avahi-daemon's object limit
    // lowered, the services beyond it are resolved once each. avahi-browse -arp runs alongside for an
    // informal comparison (printed, not asserted).
    void manyServices_data()
    {
        QTest::addColumn<int>("microclouds");
        QTest::addColumn<int>("typesPerMicrocloud");
        QTest::addColumn<int>("objectLimit"); // 0: avahi-daemon's default
        QTest::newRow("300 services") << 30 << 10 << 0;
        QTest::newRow("300 services, objects-per-client-max 96") << 30 << 10 << 96;
    }

    void manyServices()
    {
        QFETCH(int, microclouds);
        QFETCH(int, typesPerMicrocloud);
        QFETCH(int, objectLimit);
        CLOUDY_REQUIRE_SERVICE("lan");
        const int total = microclouds * typesPerMicrocloud;
        AvahiBrowser browser(QDBusConnection::systemBus());
        if (objectLimit > 0)
            browser.setObjectLimit(objectLimit);
        Tracker tracker(&browser);
        browser.start();
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));

        QStringList types;
        for (int t = 0; t < typesPerMicrocloud; ++t)
            types.append(randomType());
        const QSet<QString> typeSet(types.cbegin(), types.cend());

        QElapsedTimer clock;
        QProcess avahiBrowse;
        QSet<QString> avahiBrowseSeen;
        qint64 avahiBrowseAllMs = -1;
        connect(&avahiBrowse, &QProcess::readyReadStandardOutput, this, [&] {
            while (avahiBrowse.canReadLine()) {
                const QList<QByteArray> fields = avahiBrowse.readLine().split(';');
                if (fields.size() > 9 && fields.at(0) == "="
                    && typeSet.contains(QString::fromUtf8(fields.at(4))))
                    avahiBrowseSeen.insert(
                        QString::fromUtf8(fields.at(3) + '|' + fields.at(4) + '|' + fields.at(2)));
                if (avahiBrowseAllMs < 0 && avahiBrowseSeen.size() == total)
                    avahiBrowseAllMs = clock.elapsed();
            }
        });
        qint64 ourAllMs = -1;
        int ourCount = 0;
        connect(&browser, &ServiceBrowser::serviceAdded, this, [&](const DiscoveredService &service) {
            if (typeSet.contains(service.key.type) && ++ourCount == total)
                ourAllMs = clock.elapsed();
        });
        avahiBrowse.start(QStringLiteral("avahi-browse"), {QStringLiteral("-arp")});
        QVERIFY(avahiBrowse.waitForStarted());

        // Files first, then all add-static calls at once without blocking the event loop (testenv takes
        // them one at a time), so both browsers are timed as they receive.
        std::vector<std::unique_ptr<QProcess>> calls;
        QList<QPair<QString, QString>> files;
        for (int microcloud = 1; microcloud <= microclouds; ++microcloud) {
            const QString mc = QStringLiteral("mc%1").arg(microcloud, 2, 10, QLatin1Char('0'));
            QList<StaticService> services;
            for (int t = 0; t < types.size(); ++t)
                services.append(
                    {types.at(t), quint16(10000 + microcloud * 100 + t), {QStringLiteral("mc=") + mc}, {}});
            const QString basename = QStringLiteral("many-%1.service").arg(mc);
            QVERIFY(
                writeServiceFile(m_dir.filePath(basename), QStringLiteral("Node of %1").arg(mc), services));
            files.append({QStringLiteral("mc%1").arg(1 + microcloud % 3), basename});
        }
        clock.start();
        for (const auto &[host, basename] : std::as_const(files)) {
            m_staticFiles.append({host, basename});
            calls.push_back(std::make_unique<QProcess>());
            calls.back()->start(QStringLiteral(CLOUDY_TESTENV_SCRIPT),
                                {QStringLiteral("add-static"), QStringLiteral("--state"),
                                 CloudyTest::stateDir(), host, m_dir.filePath(basename)});
        }
        for (const auto &call : calls) {
            QTRY_VERIFY_WITH_TIMEOUT(call->state() == QProcess::NotRunning, 120000);
            QCOMPARE(call->exitCode(), 0);
        }
        const qint64 publishedMs = clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(tracker.liveOfTypes(typeSet), total, 60000);
        for (int wait = 0; wait < 100 && avahiBrowseAllMs < 0; ++wait)
            QTest::qWait(100); // avahi-browse may lag a little; it is only a reference
        qInfo("%d services: add-static calls took %lld ms; AvahiBrowser had all after %lld ms, avahi-browse "
              "-arp "
              "after %lld ms (%lld seen); %d lasting resolvers",
              total, publishedMs, ourAllMs, avahiBrowseAllMs, qsizetype(avahiBrowseSeen.size()),
              browser.persistentResolverCount());
        for (const DiscoveredService &service : std::as_const(tracker.live)) {
            if (!typeSet.contains(service.key.type))
                continue;
            QCOMPARE(service.key.name,
                     QStringLiteral("Node of ") + QString::fromUtf8(service.txt.value(QStringLiteral("mc"))));
            QVERIFY(!service.addresses.isEmpty());
        }
        if (objectLimit > 0)
            QVERIFY(browser.persistentResolverCount() < total);

        clock.restart();
        QVERIFY(removeAllStatic());
        QTRY_COMPARE_WITH_TIMEOUT(tracker.liveOfTypes(typeSet), 0, 60000);
        qInfo("%d services removed %lld ms after the first remove-static", total, clock.elapsed());
        int removals = 0;
        for (auto it = tracker.removed.cbegin(); it != tracker.removed.cend(); ++it)
            removals += typeSet.contains(it.key().section(QLatin1Char('|'), 1)) ? it.value() : 0;
        QCOMPARE(removals, total);
        avahiBrowse.terminate();
        avahiBrowse.waitForFinished();
    }

    // Time from `testenv publish` to serviceAdded, next to avahi-browse -rp started at the same moment.
    // Informal: printed, never asserted.
    void latencyNextToAvahiBrowse()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        AvahiBrowser browser(QDBusConnection::systemBus());
        Tracker tracker(&browser);
        const QString type = randomType();
        QProcess avahiBrowse;
        qint64 avahiBrowseMs = -1;
        QElapsedTimer clock;
        connect(&avahiBrowse, &QProcess::readyReadStandardOutput, this, [&] {
            while (avahiBrowse.canReadLine()) {
                if (avahiBrowse.readLine().startsWith("=;") && avahiBrowseMs < 0)
                    avahiBrowseMs = clock.elapsed();
            }
        });
        browser.start();
        avahiBrowse.start(QStringLiteral("avahi-browse"), {QStringLiteral("-rp"), type});
        QVERIFY(avahiBrowse.waitForStarted());
        QVERIFY(waitForState(browser, ServiceBrowser::State::Browsing));
        QTRY_COMPARE_WITH_TIMEOUT(tracker.allForNow, 1, 20000);

        // Published without blocking the event loop, so both sides are timed as they receive it.
        QProcess publisher;
        qint64 ourMs = -1;
        connect(&browser, &ServiceBrowser::serviceAdded, this, [&](const DiscoveredService &service) {
            if (service.key.type == type && ourMs < 0)
                ourMs = clock.elapsed();
        });
        clock.start();
        publisher.start(QStringLiteral(CLOUDY_TESTENV_SCRIPT),
                        {QStringLiteral("publish"), QStringLiteral("--state"), CloudyTest::stateDir(),
                         QStringLiteral("mc1"), QStringLiteral("Latency Probe"), type, QStringLiteral("9")});
        QTRY_VERIFY_WITH_TIMEOUT(publisher.state() == QProcess::NotRunning, 20000);
        m_published.append(QString::fromUtf8(publisher.readAllStandardOutput().trimmed()));
        QCOMPARE(publisher.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(ourMs >= 0 && avahiBrowseMs >= 0, 20000);
        qInfo("publish -> serviceAdded %lld ms; publish -> avahi-browse -rp resolved line %lld ms", ourMs,
              avahiBrowseMs);
        avahiBrowse.terminate();
        avahiBrowse.waitForFinished();
    }
};

CLOUDY_TEST_MAIN(TestAvahiBrowser)
#include "tst_avahi_browser.moc"
