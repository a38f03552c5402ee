// SPDX-License-Identifier: GPL-3.0-or-later
// parseCapabilities() on documents captured from real libvirtd drivers (QEMU and LXC on Debian 12).
#include "TestEnv.h"
#include "virt/Capabilities.h"

#include <QFile>

using namespace Cloudy::Virt;

class TestCapabilities : public QObject
{
    Q_OBJECT

    static QByteArray data(const char *name)
    {
        QFile file(QStringLiteral(CLOUDY_TEST_DATA "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", name);
        return file.readAll();
    }

private Q_SLOTS:
    void qemuDriver()
    {
        const auto caps = parseCapabilities(data("capabilities-qemu.xml"));
        QVERIFY2(caps.ok(), qPrintable(caps.error().message));
        QCOMPARE(caps->hostArch, QStringLiteral("x86_64"));
        QVERIFY(caps->supports(QStringLiteral("qemu"), QStringLiteral("hvm")));
        QVERIFY(!caps->supports(QStringLiteral("lxc")));
        // The x86_64 guest runs under QEMU's emulator binary.
        bool sawX86 = false;
        for (const GuestCapability &guest : caps->guests) {
            if (guest.arch == QLatin1String("x86_64")) {
                sawX86 = true;
                QCOMPARE(guest.osType, QStringLiteral("hvm"));
                QVERIFY(guest.emulator.endsWith(QLatin1String("qemu-system-x86_64")));
            }
        }
        QVERIFY(sawX86);
        QCOMPARE(caps->domainTypes().count(QStringLiteral("qemu")), 1); // listed once, however many guests
    }

    void lxcDriver()
    {
        const auto caps = parseCapabilities(data("capabilities-lxc.xml"));
        QVERIFY2(caps.ok(), qPrintable(caps.error().message));
        QVERIFY(caps->supports(QStringLiteral("lxc"), QStringLiteral("exe")));
        QVERIFY(!caps->supports(QStringLiteral("lxc"), QStringLiteral("hvm")));
        QVERIFY(!caps->supports(QStringLiteral("qemu")));
    }

    void kvmListedBesideQemu()
    {
        // On a host with /dev/kvm, libvirt lists both domain types under the same <arch>.
        const QByteArray xml = "<capabilities><host><cpu><arch>x86_64</arch></cpu></host>"
                               "<guest><os_type>hvm</os_type><arch name='x86_64'><domain type='qemu'/>"
                               "<domain type='kvm'/></arch></guest></capabilities>";
        const auto caps = parseCapabilities(xml);
        QVERIFY(caps.ok());
        QCOMPARE(caps->domainTypes(), (QStringList {QStringLiteral("qemu"), QStringLiteral("kvm")}));
    }

    void rejectsOtherDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not xml") << QByteArray("capabilities");
        QTest::newRow("other root") << QByteArray("<domain type='qemu'/>");
        QTest::newRow("truncated") << QByteArray("<capabilities><guest><os_type>hvm</os_type><arch name='x");
        QTest::newRow("unclosed") << QByteArray("<capabilities><guest>");
    }
    void rejectsOtherDocuments()
    {
        QFETCH(QByteArray, xml);
        const auto caps = parseCapabilities(xml);
        QVERIFY(!caps.ok());
        QCOMPARE(caps.error().code, QStringLiteral("capabilities-format"));
        QVERIFY(!caps.error().message.isEmpty());
    }
};

CLOUDY_TEST_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
