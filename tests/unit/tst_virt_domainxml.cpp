// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of core/virt: the domain XML writer and parser (round trips, validation against
// libvirt's own schemas with virt-xml-validate, live XML captured from libvirtd 9.0), the storage XML
// writers, connection-failure explanations and the event/state tables.
#include "TestEnv.h"
#include "virt/Domain.h"
#include "virt/DomainXml.h"
#include "virt/Session.h"
#include "virt/Storage.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>

using namespace Cloudy::Virt;

namespace {

DomainSpec qemuSpec()
{
    DomainSpec spec;
    spec.name = QStringLiteral("cloudy-test-virt-xml");
    spec.title = QStringLiteral("Contribution node for Gràcia");
    spec.description = QStringLiteral("Donated by <someone> & friends");
    spec.metadata = {{QStringLiteral("role"), QStringLiteral("contribution")},
                     {QStringLiteral("microcloud"), QStringLiteral("gracia.guifi")}};
    spec.kind = GuestKind::Qemu;
    spec.vcpus = 1;
    spec.maxVcpus = 2;
    spec.memoryMiB = 256;
    spec.currentMemoryMiB = 192;
    spec.hardLimitMiB = 512;
    spec.cpuCapPercent = 50;
    spec.kernel = QStringLiteral("/srv/guest/vmlinuz");
    spec.initrd = QStringLiteral("/srv/guest/initrd.img");
    spec.kernelCmdline = QStringLiteral("console=ttyS0 cloudy.port=8080");
    DiskSpec data;
    data.source = DiskSpec::Source::Volume;
    data.pool = QStringLiteral("cloudy");
    data.volume = QStringLiteral("donated.img");
    spec.disks = {data};
    spec.configDisk = QStringLiteral("/srv/guest/cidata.iso");
    spec.serialLogFile = QStringLiteral("/var/log/cloudy/console.log");
    spec.userNetwork = true;
    spec.portForwards = {{PortForward::Protocol::Tcp, QStringLiteral("127.0.0.1"), 18080, 8080},
                         {PortForward::Protocol::Udp, QStringLiteral("127.0.0.1"), 18081, 53}};
    return spec;
}

DomainSpec lxcSpec()
{
    DomainSpec spec;
    spec.name = QStringLiteral("cloudy-test-virt-lxc");
    spec.kind = GuestKind::Lxc;
    spec.memoryMiB = 64;
    spec.hardLimitMiB = 64;
    spec.cpuCapPercent = 25;
    spec.cpuShares = 512;
    spec.init = QStringLiteral("/sbin/cloudy-init");
    spec.initArgs = {QStringLiteral("--verbose")};
    spec.initEnv = {{QStringLiteral("CLOUDY_PORT"), QStringLiteral("8080")}};
    spec.rootDir = QStringLiteral("/srv/rootfs");
    spec.filesystems = {{QStringLiteral("/srv/data"), QStringLiteral("/data"), false},
                        {QStringLiteral("/srv/conf"), QStringLiteral("/etc/cloudy"), true}};
    spec.imageMounts = {{QStringLiteral("/srv/pool/donated.img"), QStringLiteral("/var/lib/cloudy")}};
    spec.metadata = {{QStringLiteral("role"), QStringLiteral("service")},
                     {QStringLiteral("service"), QStringLiteral("syncthing")}};
    return spec;
}

// libvirtd 9.0's live XML of a running QEMU guest defined from a DomainSpec (a vCPU hot-plugged, the
// balloon lowered to 128 MiB, the cap changed to 30 %), trimmed of devices we do not read.
const char liveQemuXml[] =
    "<domain type='qemu' id='7' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>\n"
    "  <name>cloudy-test-virt-exp1</name>\n"
    "  <uuid>4f1c1c1e-1b7e-4d5c-9a51-3a3f5c3d9b10</uuid>\n"
    "  <metadata>\n"
    "    <cloudy:guest xmlns:cloudy=\"https://clommunity.eu/cloudy/1\">\n"
    "      <cloudy:item key=\"role\">contribution</cloudy:item>\n"
    "    </cloudy:guest>\n"
    "  </metadata>\n"
    "  <memory unit='KiB'>196608</memory>\n"
    "  <currentMemory unit='KiB'>131072</currentMemory>\n"
    "  <vcpu placement='static'>2</vcpu>\n"
    "  <vcpus>\n"
    "    <vcpu id='0' enabled='yes' hotpluggable='no' order='1'/>\n"
    "    <vcpu id='1' enabled='yes' hotpluggable='yes' order='2'/>\n"
    "  </vcpus>\n"
    "  <cputune>\n"
    "    <global_period>100000</global_period>\n"
    "    <global_quota>30000</global_quota>\n"
    "  </cputune>\n"
    "  <resource>\n"
    "    <partition>/machine</partition>\n"
    "  </resource>\n"
    "  <os>\n"
    "    <type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type>\n"
    "    <kernel>/guest/vmlinuz</kernel>\n"
    "  </os>\n"
    "  <devices>\n"
    "    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n"
    "    <serial type='pty'>\n"
    "      <source path='/dev/pts/0'/>\n"
    "      <log file='/tmp/vx/q4.log' append='off'/>\n"
    "      <target type='isa-serial' port='0'>\n"
    "        <model name='isa-serial'/>\n"
    "      </target>\n"
    "      <alias name='serial0'/>\n"
    "    </serial>\n"
    "    <memballoon model='virtio'>\n"
    "      <alias name='balloon0'/>\n"
    "    </memballoon>\n"
    "  </devices>\n"
    "  <qemu:commandline>\n"
    "    <qemu:arg value='-netdev'/>\n"
    "    <qemu:arg value='user,id=cloudynet0,hostfwd=tcp:127.0.0.1:18081-:8080'/>\n"
    "    <qemu:arg value='-device'/>\n"
    "    <qemu:arg value='virtio-net-pci,netdev=cloudynet0,bus=pci.0,addr=0x1e'/>\n"
    "  </qemu:commandline>\n"
    "</domain>\n";

// libvirtd 9.0's live XML of an LXC container with <cputune> and a memory limit.
const char liveLxcXml[] = "<domain type='lxc' id='13597'>\n"
                          "  <name>cloudy-test-virt-lxc1</name>\n"
                          "  <uuid>ed0f5182-8f5e-4bdb-bf40-ac25791f9a33</uuid>\n"
                          "  <memory unit='KiB'>65536</memory>\n"
                          "  <currentMemory unit='KiB'>65536</currentMemory>\n"
                          "  <memtune>\n"
                          "    <hard_limit unit='KiB'>65536</hard_limit>\n"
                          "  </memtune>\n"
                          "  <vcpu placement='static'>1</vcpu>\n"
                          "  <cputune>\n"
                          "    <shares>512</shares>\n"
                          "    <period>100000</period>\n"
                          "    <quota>25000</quota>\n"
                          "  </cputune>\n"
                          "  <os>\n"
                          "    <type arch='x86_64'>exe</type>\n"
                          "    <init>/sbin/cloudy-init</init>\n"
                          "    <initenv name='CLOUDY_PORT'>18093</initenv>\n"
                          "  </os>\n"
                          "  <devices>\n"
                          "    <emulator>/usr/lib/libvirt/libvirt_lxc</emulator>\n"
                          "    <filesystem type='mount' accessmode='passthrough'>\n"
                          "      <source dir='/guest/lxc-rootfs'/>\n"
                          "      <target dir='/'/>\n"
                          "    </filesystem>\n"
                          "    <console type='pty' tty='/dev/pts/1'>\n"
                          "      <source path='/dev/pts/1'/>\n"
                          "      <target type='lxc' port='0'/>\n"
                          "    </console>\n"
                          "  </devices>\n"
                          "</domain>\n";

} // namespace

class TestVirtDomainXml : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // virt-xml-validate FILE SCHEMA: libvirt's RelaxNG schemas, as shipped with libvirt-clients.
    bool validate(const QByteArray &xml, const QString &schema, QByteArray *errors)
    {
        const QString path = m_dir.filePath(QStringLiteral("doc-%1.xml").arg(++m_validated));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
            return false;
        file.close();
        CloudyTest::ProcessResult result;
        if (!CloudyTest::runProgram(QStringLiteral("virt-xml-validate"), {path, schema}, &result))
            return false;
        *errors = result.out + result.err;
        return result.exitCode == 0;
    }
    int m_validated = 0;

    void requireValidator()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("virt-xml-validate")).isEmpty())
            CLOUDY_SKIP(
                QStringLiteral("virt-xml-validate is not installed (apt-get install libvirt-clients)"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void qemuRoundTrip()
    {
        const DomainSpec spec = qemuSpec();
        const auto xml = writeDomainXml(spec);
        QVERIFY2(xml.ok(), qPrintable(xml.error().message));
        const auto info = parseDomainXml(xml.value());
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->type, QStringLiteral("qemu"));
        QCOMPARE(info->name, spec.name);
        QCOMPARE(info->title, spec.title);
        QCOMPARE(info->description, spec.description);
        QCOMPARE(info->metadata, spec.metadata);
        QCOMPARE(info->vcpus, 1);
        QCOMPARE(info->maxVcpus, 2);
        QCOMPARE(info->memoryKiB, quint64(256 * 1024));
        QCOMPARE(info->currentMemoryKiB, quint64(192 * 1024));
        QCOMPARE(info->hardLimitKiB, quint64(512 * 1024));
        // The whole-guest cap: global_period/global_quota, not the per-vCPU period/quota.
        QCOMPARE(info->globalPeriodUs, quint64(100000));
        QCOMPARE(info->globalQuotaUs, qint64(50000));
        QCOMPARE(info->quotaUs, qint64(0));
        QCOMPARE(info->cpuCapPercent(), 50);
        QCOMPARE(info->portForwards, spec.portForwards);
        QCOMPARE(info->serialLogFile, spec.serialLogFile);
        QCOMPARE(info->disks.size(), 2);
        QCOMPARE(info->disks[0].target, QStringLiteral("vda"));
        QCOMPARE(info->disks[0].sourcePath, QStringLiteral("cloudy/donated.img"));
        QVERIFY(!info->disks[0].readOnly);
        QCOMPARE(info->disks[1].target, QStringLiteral("vdb"));
        QCOMPARE(info->disks[1].sourcePath, spec.configDisk);
        QVERIFY(info->disks[1].readOnly);
        // The virtio NIC (the test kernel has no e1000) on a fixed slot, and user networking with forwards.
        QVERIFY(xml->contains("virtio-net-pci,netdev=cloudynet0,bus=pci.0,addr=0x1e"));
        QVERIFY(xml->contains("hostfwd=tcp:127.0.0.1:18080-:8080,hostfwd=udp:127.0.0.1:18081-:53"));
        // Text is escaped by the writer, not pasted in.
        QVERIFY(xml->contains("Donated by &lt;someone&gt; &amp; friends"));
        QVERIFY(QString::fromUtf8(xml.value())
                    .contains(QRegularExpression(QStringLiteral("<features>\\s*<acpi/>")))); // power button
    }

    void lxcRoundTrip()
    {
        const DomainSpec spec = lxcSpec();
        const auto xml = writeDomainXml(spec);
        QVERIFY2(xml.ok(), qPrintable(xml.error().message));
        const auto info = parseDomainXml(xml.value());
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->type, QStringLiteral("lxc"));
        QCOMPARE(info->vcpus, 1);
        QCOMPARE(info->memoryKiB, quint64(64 * 1024));
        QCOMPARE(info->hardLimitKiB, quint64(64 * 1024));
        QCOMPARE(info->periodUs, quint64(100000));
        QCOMPARE(info->quotaUs, qint64(25000));
        QCOMPARE(info->globalQuotaUs, qint64(0));
        QCOMPARE(info->cpuShares, quint64(512));
        QCOMPARE(info->cpuCapPercent(), 25);
        QCOMPARE(info->metadata, spec.metadata);
        QVERIFY(xml->contains("<init>/sbin/cloudy-init</init>"));
        QVERIFY(xml->contains("<initenv name=\"CLOUDY_PORT\">8080</initenv>"));
        QVERIFY(xml->contains("<initarg>--verbose</initarg>"));
        QVERIFY(xml->contains("<source dir=\"/srv/rootfs\"/>"));
        // The donated disk as an image on a loop device (its size enforced), not a folder.
        QByteArray compact = xml.value();
        compact.replace('\n', "").replace("  ", "");
        QVERIFY2(
            compact.contains("<filesystem type=\"file\" accessmode=\"passthrough\"><driver type=\"loop\" "
                             "format=\"raw\"/><source file=\"/srv/pool/donated.img\"/><target "
                             "dir=\"/var/lib/cloudy\"/></filesystem>"),
            xml->constData());
        QVERIFY(!xml->contains("<acpi/>"));
        QVERIFY(!xml->contains("<interface"));
    }

    void plainUserNetworkWithoutForwards()
    {
        DomainSpec spec = qemuSpec();
        spec.portForwards.clear();
        const auto xml = writeDomainXml(spec);
        QVERIFY(xml.ok());
        QVERIFY(xml->contains("<interface type=\"user\">"));
        QVERIFY(xml->contains("<model type=\"virtio\"/>"));
        QVERIFY(!xml->contains("qemu:commandline"));
    }

    void serialVariants()
    {
        DomainSpec spec = qemuSpec();
        spec.serialPty = false;
        auto xml = writeDomainXml(spec);
        QVERIFY(xml.ok());
        QVERIFY(xml->contains("<serial type=\"file\">"));
        QCOMPARE(parseDomainXml(xml.value())->serialLogFile, spec.serialLogFile);
        spec.serialLogFile.clear();
        spec.serialPty = true;
        xml = writeDomainXml(spec);
        QVERIFY(xml->contains("<serial type=\"pty\">"));
        QVERIFY(xml->contains("<console type=\"pty\">"));
        QVERIFY(parseDomainXml(xml.value())->serialLogFile.isEmpty());
    }

    void refusesBadSpecs_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty name") << 0 << QStringLiteral("name");
        QTest::newRow("slash in name") << 1 << QStringLiteral("name");
        QTest::newRow("no memory") << 2 << QStringLiteral("memory");
        QTest::newRow("cap over vcpus") << 3 << QStringLiteral("200");
        QTest::newRow("relative kernel") << 4 << QStringLiteral("absolute");
        QTest::newRow("nothing to boot") << 5 << QStringLiteral("boot");
        QTest::newRow("lxc forwards") << 6 << QStringLiteral("host's network");
        QTest::newRow("lxc without init") << 7 << QStringLiteral("init");
        QTest::newRow("duplicate host port") << 8 << QStringLiteral("twice");
        QTest::newRow("ipv6 forward") << 9 << QStringLiteral("IPv4");
        QTest::newRow("current over max memory") << 10 << QStringLiteral("maximum");
        QTest::newRow("forwards without network") << 11 << QStringLiteral("user-mode");
        QTest::newRow("q35 forwards") << 12 << QStringLiteral("'pc'");
        QTest::newRow("tiny quota") << 13 << QStringLiteral("1000");
        QTest::newRow("qemu image mount") << 14 << QStringLiteral("containers");
        QTest::newRow("relative image") << 15 << QStringLiteral("absolute image path");
    }

    void refusesBadSpecs()
    {
        QFETCH(int, variant);
        QFETCH(QString, needle);
        DomainSpec spec = variant == 6 || variant == 7 || variant == 15 ? lxcSpec() : qemuSpec();
        spec.maxVcpus = 2;
        switch (variant) {
        case 0:
            spec.name.clear();
            break;
        case 1:
            spec.name = QStringLiteral("a/b");
            break;
        case 2:
            spec.memoryMiB = 0;
            break;
        case 3:
            spec.cpuCapPercent = 201;
            break;
        case 4:
            spec.kernel = QStringLiteral("vmlinuz");
            break;
        case 5:
            spec.kernel.clear();
            spec.disks.clear();
            break;
        case 6:
            spec.portForwards = {{PortForward::Protocol::Tcp, QStringLiteral("127.0.0.1"), 1, 2}};
            break;
        case 7:
            spec.init.clear();
            break;
        case 8:
            spec.portForwards.append(spec.portForwards.first());
            break;
        case 9:
            spec.portForwards.first().hostAddress = QStringLiteral("::1");
            break;
        case 10:
            spec.currentMemoryMiB = 1024;
            break;
        case 11:
            spec.userNetwork = false;
            break;
        case 12:
            spec.machine = QStringLiteral("q35");
            break;
        case 13:
            spec.cpuCapPercent = 1;
            spec.cpuPeriodUs = 50000;
            break;
        case 14:
            spec.imageMounts = {{QStringLiteral("/srv/pool/donated.img"), QStringLiteral("/data")}};
            break;
        case 15:
            spec.imageMounts = {{QStringLiteral("donated.img"), QStringLiteral("/data")}};
            break;
        }
        const auto xml = writeDomainXml(spec);
        QVERIFY(!xml.ok());
        QCOMPARE(xml.error().code, QStringLiteral("domain-spec"));
        QVERIFY2(xml.error().message.contains(needle), qPrintable(xml.error().message));
    }

    void parsesLiveQemuXml()
    {
        const auto info = parseDomainXml(QByteArray(liveQemuXml));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->id, 7);
        QCOMPARE(info->maxVcpus, 2);
        QCOMPARE(info->vcpus, 2); // both <vcpus> entries enabled: the hot-plugged one counts
        QCOMPARE(info->currentMemoryKiB, quint64(131072));
        QCOMPARE(info->cpuCapPercent(), 30);
        QCOMPARE(info->metadata.value(QStringLiteral("role")), QStringLiteral("contribution"));
        QCOMPARE(info->serialLogFile,
                 QStringLiteral("/tmp/vx/q4.log")); // the pty's /dev/pts path is not a log
        QCOMPARE(info->portForwards.size(), 1);
        QCOMPARE(info->portForwards[0].hostPort, quint16(18081));
        QCOMPARE(info->portForwards[0].guestPort, quint16(8080));
    }

    void parsesLiveLxcXml()
    {
        const auto info = parseDomainXml(QByteArray(liveLxcXml));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->type, QStringLiteral("lxc"));
        QCOMPARE(info->cpuCapPercent(), 25); // LXC's quota is the whole container's
        QCOMPARE(info->hardLimitKiB, quint64(65536));
        QCOMPARE(info->cpuShares, quint64(512));
        QVERIFY(info->disks.isEmpty());
    }

    void perVcpuQuotaCountsEveryVcpu()
    {
        // QEMU's <quota> limits each vCPU: 2 vCPUs at 50000/100000 may use a whole core.
        const QByteArray xml = "<domain type='qemu'><name>x</name><vcpu>2</vcpu>"
                               "<cputune><period>100000</period><quota>50000</quota></cputune></domain>";
        QCOMPARE(parseDomainXml(xml)->cpuCapPercent(), 100);
    }

    void memoryUnits()
    {
        const QByteArray xml = "<domain type='kvm'><name>x</name><memory unit='GiB'>2</memory>"
                               "<currentMemory unit='bytes'>1073741824</currentMemory>"
                               "<memtune><hard_limit unit='M'>3072</hard_limit></memtune></domain>";
        const auto info = parseDomainXml(xml);
        QVERIFY(info.ok());
        QCOMPARE(info->memoryKiB, quint64(2 * 1024 * 1024));
        QCOMPARE(info->currentMemoryKiB, quint64(1024 * 1024));
        QCOMPARE(info->hardLimitKiB, quint64(3 * 1024 * 1024));
    }

    void rejectsOtherDocuments()
    {
        QVERIFY(!parseDomainXml("<capabilities/>").ok());
        QVERIFY(!parseDomainXml("<domain><name>x</name>").ok());
        QVERIFY(!parseDomainXml(QByteArray()).ok());
    }

    void hostForwards()
    {
        const auto forwards = parseHostForwards(
            QStringLiteral("user,id=n0,hostfwd=tcp:127.0.0.1:8080-:80,hostfwd=udp::5353-10.0.2.15:53,"
                           "hostfwd=bogus,restrict=off"));
        QCOMPARE(forwards.size(), 2);
        QCOMPARE(forwards[0],
                 (PortForward {PortForward::Protocol::Tcp, QStringLiteral("127.0.0.1"), 8080, 80}));
        QCOMPARE(forwards[1].protocol, PortForward::Protocol::Udp);
        QCOMPARE(forwards[1].hostAddress, QString());
        QCOMPARE(forwards[1].guestPort, quint16(53));
    }

    void validatesAgainstLibvirtSchema()
    {
        requireValidator();
        for (const DomainSpec &spec : {qemuSpec(), lxcSpec()}) {
            const auto xml = writeDomainXml(spec);
            QVERIFY(xml.ok());
            QByteArray errors;
            QVERIFY2(validate(xml.value(), QStringLiteral("domain"), &errors), errors.constData());
        }
        QByteArray errors;
        QVERIFY2(validate(writeDirectoryPoolXml(QStringLiteral("cloudy"), QStringLiteral("/srv/pool")),
                          QStringLiteral("storagepool"), &errors),
                 errors.constData());
        QVERIFY2(validate(writeVolumeXml(QStringLiteral("donated.img"), 10ULL << 30),
                          QStringLiteral("storagevol"), &errors),
                 errors.constData());
    }

    void storageXml()
    {
        const QByteArray volume = writeVolumeXml(QStringLiteral("d.img"), 5ULL << 30);
        QVERIFY(volume.contains("<capacity unit=\"bytes\">5368709120</capacity>"));
        QVERIFY(volume.contains("<allocation unit=\"bytes\">0</allocation>")); // sparse
        QVERIFY(volume.contains("<format type=\"raw\"/>"));
        const QByteArray pool = writeDirectoryPoolXml(QStringLiteral("cloudy"), QStringLiteral("/srv/a&b"));
        QVERIFY(pool.contains("<pool type=\"dir\">"));
        QVERIFY(pool.contains("<path>/srv/a&amp;b</path>"));
    }

    void connectFailures_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("advice");
        QTest::newRow("no socket")
            << ENOENT
            << QStringLiteral(
                   "Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory")
            << int(ConnectFailure::DaemonNotRunning) << QStringLiteral("libvirt-daemon-down")
            << QStringLiteral("systemctl start libvirtd");
        QTest::newRow("refused")
            << ECONNREFUSED
            << QStringLiteral(
                   "Failed to connect socket to '/var/run/libvirt/libvirt-sock': Connection refused")
            << int(ConnectFailure::DaemonNotRunning) << QStringLiteral("libvirt-daemon-down")
            << QStringLiteral("install");
        QTest::newRow("socket permission")
            << EACCES
            << QStringLiteral(
                   "Failed to connect socket to '/var/run/libvirt/libvirt-sock': Permission denied")
            << int(ConnectFailure::PermissionDenied) << QStringLiteral("libvirt-permission")
            << QStringLiteral("libvirt group");
        QTest::newRow("polkit") << 0
                                << QStringLiteral("authentication unavailable: no polkit agent available to "
                                                  "authenticate action 'org.libvirt.unix.manage'")
                                << int(ConnectFailure::PermissionDenied)
                                << QStringLiteral("libvirt-permission") << QStringLiteral("adduser");
        QTest::newRow("no driver") << 0 << QStringLiteral("no connection driver available for lxc:///system")
                                   << int(ConnectFailure::DriverMissing)
                                   << QStringLiteral("libvirt-driver-missing")
                                   << QStringLiteral("libvirt-daemon-driver-lxc");
        QTest::newRow("other") << 0 << QStringLiteral("internal error: something odd")
                               << int(ConnectFailure::Other) << QStringLiteral("libvirt-connect")
                               << QStringLiteral("something odd");
    }

    void connectFailures()
    {
        QFETCH(int, error);
        QFETCH(QString, message);
        QFETCH(int, failure);
        QFETCH(QString, code);
        QFETCH(QString, advice);
        const ConnectFailure classified = classifyConnectFailure(error, message);
        QCOMPARE(int(classified), failure);
        const Cloudy::Error explained =
            explainConnectFailure(QStringLiteral("qemu:///system"), classified, message);
        QCOMPARE(explained.code, code);
        QVERIFY2(explained.message.contains(advice), qPrintable(explained.message));
        QVERIFY(explained.message.contains(message)); // libvirt's own words stay, for the curious
    }

    void eventAndStateTables()
    {
        // libvirt's enum values (stable ABI): STARTED=2/BOOTED=0, STOPPED=5/DESTROYED=1,
        // SUSPENDED=3/PAUSED=0.
        QCOMPARE(DomainEvent::fromLibvirt(2, 0).type, DomainEvent::Type::Started);
        QCOMPARE(DomainEvent::fromLibvirt(2, 0).detailText, QStringLiteral("booted"));
        QCOMPARE(DomainEvent::fromLibvirt(5, 1).type, DomainEvent::Type::Stopped);
        QCOMPARE(DomainEvent::fromLibvirt(5, 1).detailText, QStringLiteral("destroyed"));
        QCOMPARE(DomainEvent::fromLibvirt(3, 0).detailText, QStringLiteral("paused"));
        QCOMPARE(DomainEvent::fromLibvirt(0, 0).type, DomainEvent::Type::Defined);
        QCOMPARE(DomainEvent::fromLibvirt(1, 0).type, DomainEvent::Type::Undefined);
        QCOMPARE(DomainEvent::fromLibvirt(8, 0).type, DomainEvent::Type::Crashed);
        QCOMPARE(DomainEvent::fromLibvirt(99, 3).type, DomainEvent::Type::Unknown);
        QCOMPARE(DomainEvent::fromLibvirt(2, 99).detailText, QStringLiteral("unknown"));
        QCOMPARE(DomainState::fromLibvirt(1, 1).state, DomainState::State::Running);
        QCOMPARE(DomainState::fromLibvirt(1, 1).reasonText, QStringLiteral("booted"));
        QCOMPARE(DomainState::fromLibvirt(3, 1).reasonText, QStringLiteral("user"));
        QCOMPARE(DomainState::fromLibvirt(5, 2).reasonText, QStringLiteral("destroyed"));
        QVERIFY(!DomainState::fromLibvirt(5, 2).isActive());
        QVERIFY(DomainState::fromLibvirt(3, 1).isActive());
    }

    void domainNames()
    {
        QVERIFY(isValidDomainName(QStringLiteral("cloudy-test-virt-a.b+c_d")));
        QVERIFY(!isValidDomainName(QStringLiteral("-x")));
        QVERIFY(!isValidDomainName(QStringLiteral("a b")));
        QVERIFY(!isValidDomainName(QString(65, u'a')));
        QVERIFY(!isValidDomainName(QStringLiteral("é")));
    }
};

CLOUDY_TEST_MAIN(TestVirtDomainXml)
#include "tst_virt_domainxml.moc"
