// SPDX-License-Identifier: GPL-3.0-or-later
// The harness's libvirtd runs real guests: a QEMU (TCG) virtual machine boots the tiny test kernel and
// prints its ready line, and an LXC container runs a server we can reach.
#include "TestEnv.h"
#include "virt/Capabilities.h"
#include "virt/VirtConnection.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

class TestHarnessLibvirt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/cloudy-libvirt-XXXXXX")};

    static bool virsh(const QString &uri, const QStringList &arguments, QByteArray *out = nullptr)
    {
        CloudyTest::ProcessResult result;
        if (!CloudyTest::runProgram(QStringLiteral("virsh"),
                                    QStringList {QStringLiteral("-c"), uri} + arguments, &result))
            return false;
        if (result.exitCode != 0)
            qWarning("virsh %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.err.constData());
        if (out)
            *out = result.out;
        return result.exitCode == 0;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
    }

    void qemuDriverThroughCore()
    {
        CLOUDY_REQUIRE_SERVICE("libvirt");
        auto connection = Cloudy::Virt::Connection::open(QStringLiteral("qemu:///system"));
        QVERIFY2(connection.ok(), qPrintable(connection.error().message));
        QCOMPARE(connection->driverName(), QStringLiteral("QEMU"));
        QVERIFY(connection->isAlive());
        const auto xml = connection->capabilitiesXml();
        QVERIFY(xml.ok());
        const auto caps = Cloudy::Virt::parseCapabilities(xml.value());
        QVERIFY(caps.ok());
        QVERIFY(caps->supports(QStringLiteral("qemu"), QStringLiteral("hvm")));
    }

    void qemuGuestBoots()
    {
        CLOUDY_REQUIRE_SERVICE("libvirt");
        const QString images = CloudyTest::guestImagesDir();
        if (!QFile::exists(images + QStringLiteral("/vmlinuz")))
            CLOUDY_SKIP(
                QStringLiteral("no test guest kernel in %1 (tests/env/guest/build-guest-images did not run)")
                    .arg(images));
        const QString console = m_dir.filePath(QStringLiteral("qemu-console.log"));
        // type='qemu': TCG emulation, which boots here; KVM guests hang on hosts without nested KVM.
        const QByteArray xml =
            QStringLiteral("<domain type='qemu'><name>cloudy-test-harness-qemu</name>"
                           "<memory unit='MiB'>192</memory><vcpu>1</vcpu>"
                           "<os><type arch='x86_64' machine='pc'>hvm</type><kernel>%1/vmlinuz</kernel>"
                           "<initrd>%1/initrd.img</initrd><cmdline>console=ttyS0 quiet</cmdline></os>"
                           "<on_poweroff>destroy</on_poweroff><on_crash>destroy</on_crash>"
                           "<devices><serial type='file'><source path='%2'/><target port='0'/></serial>"
                           "</devices></domain>")
                .arg(images, console)
                .toUtf8();
        const QString xmlFile = writeFile(QStringLiteral("qemu.xml"), xml);
        QVERIFY(!xmlFile.isEmpty());
        virsh(QStringLiteral("qemu:///system"),
              {QStringLiteral("destroy"), QStringLiteral("cloudy-test-harness-qemu")});
        QVERIFY(virsh(QStringLiteral("qemu:///system"), {QStringLiteral("create"), xmlFile}));
        // The guest's /init prints its ready line on the serial console once userspace runs.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(console).contains("CLOUDY-GUEST-READY"), 90000);
        QVERIFY(virsh(QStringLiteral("qemu:///system"),
                      {QStringLiteral("destroy"), QStringLiteral("cloudy-test-harness-qemu")}));
    }

    void lxcContainerRuns()
    {
        CLOUDY_REQUIRE_SERVICE("libvirt");
        if (qEnvironmentVariable("CLOUDY_TESTENV_LXC") != QLatin1String("1"))
            CLOUDY_SKIP(QStringLiteral("the harness's libvirtd cannot start LXC containers here: %1")
                            .arg(CloudyTest::service(QStringLiteral("libvirt")).detail));
        const QString rootfs = CloudyTest::guestImagesDir() + QStringLiteral("/lxc-rootfs");
        if (!QFile::exists(rootfs + QStringLiteral("/sbin/cloudy-init")))
            CLOUDY_SKIP(QStringLiteral("no test container root filesystem in %1").arg(rootfs));

        // No <interface>: the container shares the host's network, so its server is reachable on loopback.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QByteArray xml =
            QStringLiteral(
                "<domain type='lxc'><name>cloudy-test-harness-lxc</name>"
                "<memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                "<os><type>exe</type><init>/sbin/cloudy-init</init>"
                "<initenv name='CLOUDY_PORT'>%2</initenv></os>"
                "<devices><filesystem type='mount'><source dir='%1'/><target dir='/'/></filesystem>"
                "<console type='pty'/></devices></domain>")
                .arg(rootfs)
                .arg(port)
                .toUtf8();
        const QString xmlFile = writeFile(QStringLiteral("lxc.xml"), xml);
        virsh(QStringLiteral("lxc:///system"),
              {QStringLiteral("destroy"), QStringLiteral("cloudy-test-harness-lxc")});
        QVERIFY(virsh(QStringLiteral("lxc:///system"), {QStringLiteral("create"), xmlFile}));

        QByteArray page;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                if (!socket.waitForConnected(1000))
                    return false;
                socket.write("GET / HTTP/1.0\r\n\r\n");
                socket.waitForBytesWritten(1000);
                while (socket.waitForReadyRead(2000))
                    page += socket.readAll();
                return page.contains("cloudy-guest");
            }(),
            30000);
        QVERIFY(virsh(QStringLiteral("lxc:///system"),
                      {QStringLiteral("destroy"), QStringLiteral("cloudy-test-harness-lxc")}));
    }
};

CLOUDY_TEST_MAIN(TestHarnessLibvirt)
#include "tst_harness_libvirt.moc"
