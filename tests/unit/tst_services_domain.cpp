// SPDX-License-Identifier: GPL-3.0-or-later
// A service as a domain (pure): what the spec holds for QEMU and LXC services, paths that would leave the
// bundle refused, and the ports recorded in the metadata read back from the written XML.
#include "TestEnv.h"
#include "services/ServiceDomain.h"

#include <QTest>

using namespace Cloudy;
using namespace Cloudy::Services;

class TestServicesDomain : public QObject
{
    Q_OBJECT

    static ServiceGuest qemuGuest()
    {
        ServiceGuest guest;
        guest.id = QStringLiteral("syncthing");
        guest.name = QStringLiteral("Syncthing");
        guest.version = QStringLiteral("1.23.2");
        guest.vcpus = 2;
        guest.memoryMiB = 384;
        guest.bundleDir = QStringLiteral("/srv/services/syncthing/bundle");
        guest.kernel = QStringLiteral("boot/vmlinuz");
        guest.initrd = QStringLiteral("boot/initrd.img");
        guest.disk = QStringLiteral("disk.qcow2");
        guest.cmdline = QStringLiteral("console=ttyS0 quiet");
        guest.dataPath = QStringLiteral("/srv/services/syncthing/data.raw");
        guest.consoleLog = QStringLiteral("/srv/services/syncthing/console.log");
        guest.ports = {PublishedPort {QStringLiteral("web"), 8384, 18384, false, true},
                       PublishedPort {QStringLiteral("discovery"), 21027, 21027, true, false}};
        return guest;
    }

private Q_SLOTS:
    void qemuSpec()
    {
        const Result<Virt::DomainSpec> spec = serviceDomainSpec(qemuGuest());
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QCOMPARE(spec->name, QStringLiteral("cloudy-svc-syncthing"));
        QCOMPARE(spec->kernel, QStringLiteral("/srv/services/syncthing/bundle/boot/vmlinuz"));
        QCOMPARE(spec->initrd, QStringLiteral("/srv/services/syncthing/bundle/boot/initrd.img"));
        QCOMPARE(spec->vcpus, 2);
        QCOMPARE(spec->memoryMiB, quint64(384));
        QCOMPARE(spec->disks.size(), 2);
        QVERIFY(spec->disks.at(0).readOnly); // the bundle's image is shared by every launch
        QCOMPARE(spec->disks.at(0).format, QStringLiteral("qcow2"));
        QVERIFY(!spec->disks.at(1).readOnly); // the data volume
        QVERIFY(spec->userNetwork);
        QCOMPARE(spec->portForwards.size(), 2);
        QCOMPARE(spec->portForwards.at(1).protocol, Virt::PortForward::Protocol::Udp);
        QCOMPARE(spec->metadata.value(QStringLiteral("role")), QStringLiteral("service"));
        QCOMPARE(spec->metadata.value(QStringLiteral("port.web")), QStringLiteral("18384:8384/tcp/http"));

        // Written and read back: the ports come out of the metadata as they went in.
        const Result<QByteArray> xml = Virt::writeDomainXml(spec.value());
        QVERIFY2(xml.ok(), qPrintable(xml.error().message));
        const Result<Virt::DomainXmlInfo> info = Virt::parseDomainXml(xml.value());
        QVERIFY(info.ok());
        const QList<PublishedPort> expected {qemuGuest().ports.at(1), qemuGuest().ports.at(0)}; // by name
        QCOMPARE(portsFromMetadata(info->metadata), expected);
        QCOMPARE(info->portForwards.size(), 2);
    }

    void lxcSpec()
    {
        ServiceGuest guest;
        guest.id = QStringLiteral("seeder");
        guest.kind = Virt::GuestKind::Lxc;
        guest.bundleDir = QStringLiteral("/b");
        guest.rootfs = QStringLiteral("rootfs");
        guest.init = QStringLiteral("/sbin/init");
        guest.initArgs = {QStringLiteral("--quiet")};
        guest.initEnv = {{QStringLiteral("PORT"), QStringLiteral("6881")}};
        guest.dataPath = QStringLiteral("/d");
        const Result<Virt::DomainSpec> spec = serviceDomainSpec(guest);
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QCOMPARE(spec->domainType(), QStringLiteral("lxc"));
        QCOMPARE(spec->rootDir, QStringLiteral("/b/rootfs"));
        QCOMPARE(spec->init, QStringLiteral("/sbin/init"));
        QCOMPARE(spec->initArgs, QStringList {QStringLiteral("--quiet")});
        QCOMPARE(spec->filesystems.size(), 1);
        QCOMPARE(spec->filesystems.first().targetDir, QStringLiteral("/data"));
        QVERIFY(Virt::writeDomainXml(spec.value()).ok());
    }

    void refusesPathsOutsideTheBundle_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::newRow("parent") << QStringLiteral("../../etc/shadow");
        QTest::newRow("absolute") << QStringLiteral("/boot/vmlinuz");
        QTest::newRow("inner parent") << QStringLiteral("boot/../../x");
        QTest::newRow("empty") << QString();
    }
    void refusesPathsOutsideTheBundle()
    {
        QFETCH(QString, kernel);
        ServiceGuest guest = qemuGuest();
        guest.kernel = kernel;
        const Result<Virt::DomainSpec> spec = serviceDomainSpec(guest);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code, QStringLiteral("bundle-path"));
    }

    void refusesBadIds()
    {
        for (const QString &id :
             {QStringLiteral("Caps"), QStringLiteral("-x"), QStringLiteral("a/b"), QString()}) {
            ServiceGuest guest = qemuGuest();
            guest.id = id;
            QCOMPARE(serviceDomainSpec(guest).error().code, QStringLiteral("service-id"));
        }
        QCOMPARE(serviceIdOfDomain(QStringLiteral("cloudy-svc-tahoe")), QStringLiteral("tahoe"));
        QVERIFY(serviceIdOfDomain(QStringLiteral("cloudy-contribution")).isEmpty());
    }

    void portsFromMetadataSkipsGarbage()
    {
        const QMap<QString, QString> metadata {{QStringLiteral("port.ok"), QStringLiteral("1:2/tcp")},
                                               {QStringLiteral("port.big"), QStringLiteral("70000:2/tcp")},
                                               {QStringLiteral("port.zero"), QStringLiteral("0:2/tcp")},
                                               {QStringLiteral("port.junk"), QStringLiteral("http://x")},
                                               {QStringLiteral("other"), QStringLiteral("1:2/tcp")}};
        const QList<PublishedPort> ports = portsFromMetadata(metadata);
        QCOMPARE(ports.size(), 1);
        QCOMPARE(ports.first().name, QStringLiteral("ok"));
    }
};

CLOUDY_TEST_MAIN(TestServicesDomain)
#include "tst_services_domain.moc"
