// SPDX-License-Identifier: GPL-3.0-or-later
// The harness's namespace LAN: services published on microcloud hosts (dynamically with avahi-publish and
// statically with .service files) reach the `home` avahi-daemon over real mDNS, and withdrawals too.
#include "TestEnv.h"
#include "discovery/AvahiServer.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QTemporaryDir>

class TestHarnessAvahi : public QObject
{
    Q_OBJECT

    struct Resolved
    {
        bool ok = false;
        QString host;
        QString address;
        quint16 port = 0;
        QStringList txt;
        QString error;
    };

    // org.freedesktop.Avahi.Server.ResolveService on the home daemon: sends real mDNS queries on the LAN.
    static Resolved resolve(const QString &name, const QString &type)
    {
        QDBusInterface server(QStringLiteral("org.freedesktop.Avahi"), QStringLiteral("/"),
                              QStringLiteral("org.freedesktop.Avahi.Server"), QDBusConnection::systemBus());
        server.setTimeout(15000);
        const int unspecified = -1;
        const QDBusMessage reply = server.call(QStringLiteral("ResolveService"), unspecified, 0 /* IPv4 */,
                                               name, type, QStringLiteral("local"), 0, 0u);
        Resolved resolved;
        if (reply.type() != QDBusMessage::ReplyMessage) {
            resolved.error = reply.errorName() + QLatin1Char(' ') + reply.errorMessage();
            return resolved;
        }
        const QVariantList args = reply.arguments();
        resolved.ok = args.size() >= 10;
        resolved.host = args.value(5).toString();
        resolved.address = args.value(7).toString();
        resolved.port = static_cast<quint16>(args.value(8).toUInt());
        const QDBusArgument txtArgument = args.value(9).value<QDBusArgument>();
        QList<QByteArray> txt;
        txtArgument >> txt;
        for (const QByteArray &entry : txt)
            resolved.txt.append(QString::fromUtf8(entry));
        return resolved;
    }

private Q_SLOTS:
    void homeDaemonOnSystemBus()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        const Cloudy::Discovery::AvahiStatus status =
            Cloudy::Discovery::probeAvahi(QDBusConnection::systemBus());
        QVERIFY2(status.reachable, qPrintable(status.message));
        QVERIFY(status.running());
        QVERIFY(status.hostName.startsWith(QLatin1String("home")));
    }

    void dynamicPublishAndWithdraw()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        QString id;
        QVERIFY(CloudyTest::testenv(QStringLiteral("publish"),
                                    {QStringLiteral("mc1"), QStringLiteral("Harness Tahoe"),
                                     QStringLiteral("_cloudytest._tcp"), QStringLiteral("3456"),
                                     QStringLiteral("mc=gracia"), QStringLiteral("node=mc1")},
                                    &id));
        QVERIFY(!id.isEmpty());

        const Resolved resolved =
            resolve(QStringLiteral("Harness Tahoe"), QStringLiteral("_cloudytest._tcp"));
        QVERIFY2(resolved.ok, qPrintable(resolved.error));
        QCOMPARE(resolved.port, quint16(3456));
        QCOMPARE(resolved.address, qEnvironmentVariable("CLOUDY_TESTENV_SUBNET")
                                       + QStringLiteral(".11")); // mc1 on the private LAN
        QVERIFY(resolved.txt.contains(QStringLiteral("mc=gracia")));

        // The publisher's goodbye packet removes it from the home daemon's cache: resolving then fails.
        QVERIFY(CloudyTest::testenv(QStringLiteral("withdraw"), {id}));
        QTRY_VERIFY_WITH_TIMEOUT(
            !resolve(QStringLiteral("Harness Tahoe"), QStringLiteral("_cloudytest._tcp")).ok, 30000);
    }

    void staticServiceFile()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("harness-syncthing.service"));
        const auto write = [&file](int port) {
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            out.write(QStringLiteral("<?xml version=\"1.0\" standalone='no'?>\n"
                                     "<!DOCTYPE service-group SYSTEM \"avahi-service.dtd\">\n"
                                     "<service-group><name>Harness Syncthing</name><service>"
                                     "<type>_cloudytest._tcp</type><port>%1</port>"
                                     "<txt-record>mc=sants</txt-record></service></service-group>\n")
                          .arg(port)
                          .toUtf8());
            return true;
        };
        // Added, then rewritten and added again at once (within the same second, as a test that changes a
        // service does): avahi must publish the second version, not keep the first.
        QVERIFY(write(22001));
        QVERIFY(CloudyTest::testenv(QStringLiteral("add-static"), {QStringLiteral("mc2"), file}));
        QVERIFY(write(22000));
        QVERIFY(CloudyTest::testenv(QStringLiteral("add-static"), {QStringLiteral("mc2"), file}));

        Resolved resolved;
        QTRY_VERIFY_WITH_TIMEOUT(
            (resolved = resolve(QStringLiteral("Harness Syncthing"), QStringLiteral("_cloudytest._tcp"))).ok
                && resolved.port == 22000,
            30000);
        QCOMPARE(resolved.address, qEnvironmentVariable("CLOUDY_TESTENV_SUBNET") + QStringLiteral(".12"));
        QVERIFY(resolved.txt.contains(QStringLiteral("mc=sants")));

        QVERIFY(CloudyTest::testenv(QStringLiteral("remove-static"),
                                    {QStringLiteral("mc2"), QStringLiteral("harness-syncthing.service")}));
        QTRY_VERIFY_WITH_TIMEOUT(
            !resolve(QStringLiteral("Harness Syncthing"), QStringLiteral("_cloudytest._tcp")).ok, 30000);
    }
};

CLOUDY_TEST_MAIN(TestHarnessAvahi)
#include "tst_harness_avahi.moc"
