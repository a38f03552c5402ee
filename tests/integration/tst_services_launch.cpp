// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceLauncher on the harness's real libvirtd: the tiny test guest as a community service — a QEMU (TCG)
// guest whose readiness is a console line and whose web port is forwarded to a free loopback port, and an
// LXC container whose readiness is its port; both reached over HTTP from the host, their consoles followed,
// stopped gracefully, found again by a fresh launcher (as after an app restart), and removed. Plus a guest
// that never reports ready.
#include "GuestSupport.h"
#include "TestEnv.h"
#include "services/ServiceLauncher.h"
#include "virt/Domain.h"
#include "virt/Session.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Cloudy;
using namespace Cloudy::Services;

using CloudyTest::freePort;
using CloudyTest::httpGet;
using CloudyTest::readFile;

namespace {

const QString prefix = QString::fromLatin1(kServiceDomainPrefix) + QStringLiteral("test-");

} // namespace

class TestServicesLaunch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/cloudy-svc-XXXXXX")};
    std::unique_ptr<Virt::Session> m_qemu;
    std::unique_ptr<Virt::Session> m_lxc;

    ServiceGuest qemuGuest(const QString &id) const
    {
        ServiceGuest guest;
        guest.id = id;
        guest.name = QStringLiteral("Echo VM");
        guest.version = QStringLiteral("1.0");
        guest.kind = Virt::GuestKind::Qemu;
        guest.memoryMiB = 192;
        guest.bundleDir = CloudyTest::guestImagesDir();
        guest.kernel = QStringLiteral("vmlinuz");
        guest.initrd = QStringLiteral("initrd.img");
        guest.cmdline = QStringLiteral("console=ttyS0 cloudy.service=echo-vm cloudy.port=8080");
        guest.ports = {PublishedPort {QStringLiteral("web"), 8080, 0, false, true}};
        guest.consoleLog = m_dir.filePath(id + QStringLiteral(".log"));
        guest.dataPath = m_dir.filePath(id + QStringLiteral("-data.raw"));
        QFile data(guest.dataPath);
        if (data.open(QIODevice::WriteOnly))
            data.resize(64 * 1024 * 1024); // sparse
        return guest;
    }

    void openSessions()
    {
        for (auto [session, uri] : {std::pair {&m_qemu, QStringLiteral("qemu:///system")},
                                    std::pair {&m_lxc, QStringLiteral("lxc:///system")}}) {
            if (*session)
                continue;
            *session = std::make_unique<Virt::Session>(uri);
            const auto opened = (*session)->open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        }
    }

    bool domainActive(Virt::Session &session, const QString &id)
    {
        const auto found = session.lookup(serviceDomainName(id));
        return found && found->isActive();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
    }

    void init()
    {
        CLOUDY_REQUIRE_SERVICE("libvirt");
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(QStringLiteral("no test guest in %1 (tests/env/guest/build-guest-images did not run)")
                            .arg(CloudyTest::guestImagesDir()));
        openSessions();
    }

    void cleanup()
    {
        CloudyTest::removeDomains(m_qemu.get(), prefix);
        CloudyTest::removeDomains(m_lxc.get(), prefix);
    }

    void qemuServiceLifecycle()
    {
        const QString id = QStringLiteral("test-echo-vm");
        ServiceLauncher launcher(m_qemu.get(), id, ServiceLauncher::Options {20000, 200});
        QStringList lines;
        connect(&launcher, &ServiceLauncher::consoleLine, this,
                [&](const QString &line) { lines.append(line); });
        launcher.followConsole(true);
        launcher.launch(qemuGuest(id), Readiness {QStringLiteral("CLOUDY-GUEST-SERVICE-UP"), {}, 120});
        QVERIFY2(launcher.phase() == ServicePhase::Starting, qPrintable(launcher.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(launcher.phase() != ServicePhase::Starting, "still starting", 130000);
        QVERIFY2(launcher.phase() == ServicePhase::Running,
                 qPrintable(launcher.errorString() + QStringLiteral("\n") + lines.join(u'\n')));
        QVERIFY(lines.contains(QStringLiteral("CLOUDY-GUEST-READY")));

        // The web port is forwarded to a free loopback port, recorded in the domain.
        QCOMPARE(launcher.ports().size(), 1);
        const quint16 hostPort = launcher.ports().first().hostPort;
        QVERIFY(hostPort != 0);
        QByteArray page;
        QTRY_VERIFY_WITH_TIMEOUT(!(page = httpGet(hostPort)).isEmpty(), 20000);
        QVERIFY2(page.contains("cloudy-guest service=echo-vm port=8080"), page.constData());

        // A fresh launcher (the app started again) finds it running with the same ports.
        {
            ServiceLauncher again(m_qemu.get(), id);
            again.attach(qemuGuest(id), Readiness {QStringLiteral("CLOUDY-GUEST-SERVICE-UP"), {}, 120});
            QCOMPARE(again.phase(), ServicePhase::Running);
            QCOMPARE(again.ports().first().hostPort, hostPort);
            QVERIFY(again.startedAt().isValid());
        }

        // Stop: ACPI power button, the guest powers off by itself.
        QSignalSpy phases(&launcher, &ServiceLauncher::phaseChanged);
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(launcher.phase(), ServicePhase::Stopped, 30000);
        QVERIFY(!domainActive(*m_qemu, id));
        QVERIFY(phases.contains(QVariantList {QVariant::fromValue(ServicePhase::Stopping)}));

        // Launch again reuses the definition; undefine removes it.
        launcher.launch(qemuGuest(id), Readiness {QStringLiteral("CLOUDY-GUEST-READY"), {}, 120});
        QTRY_COMPARE_WITH_TIMEOUT(launcher.phase(), ServicePhase::Running, 130000);
        const auto undefined = launcher.undefine();
        QVERIFY2(undefined.ok(), qPrintable(undefined.error().message));
        QVERIFY(!m_qemu->lookup(serviceDomainName(id)).ok());
        QCOMPARE(launcher.phase(), ServicePhase::Stopped);
    }

    void lxcServiceLifecycle()
    {
        const QString id = QStringLiteral("test-echo-ct");
        const quint16 port = freePort();
        QVERIFY(port != 0);
        ServiceGuest guest;
        guest.id = id;
        guest.name = QStringLiteral("Echo container");
        guest.kind = Virt::GuestKind::Lxc;
        guest.memoryMiB = 64;
        guest.bundleDir = CloudyTest::guestImagesDir();
        guest.rootfs = QStringLiteral("lxc-rootfs");
        guest.init = QStringLiteral("/sbin/cloudy-init");
        guest.initEnv = {{QStringLiteral("CLOUDY_PORT"), QString::number(port)},
                         {QStringLiteral("CLOUDY_SERVICE"), QStringLiteral("echo-ct")}};
        guest.ports = {PublishedPort {QStringLiteral("web"), port, 0, false, true}};
        guest.consoleLog = m_dir.filePath(id + QStringLiteral(".log"));
        guest.dataPath = m_dir.filePath(id + QStringLiteral("-data"));
        QVERIFY(QDir().mkpath(guest.dataPath));

        ServiceLauncher launcher(m_lxc.get(), id, ServiceLauncher::Options {20000, 200});
        launcher.launch(guest, Readiness {{}, QStringLiteral("web"), 60});
        QVERIFY2(launcher.phase() == ServicePhase::Starting, qPrintable(launcher.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(launcher.phase() != ServicePhase::Starting, 70000);
        QVERIFY2(launcher.phase() == ServicePhase::Running, qPrintable(launcher.errorString()));
        QCOMPARE(launcher.ports().first().hostPort, port); // shared network: the same port
        const QByteArray page = httpGet(port);
        QVERIFY2(page.contains("cloudy-guest service=echo-ct"), page.constData());

        launcher.stop(); // SIGTERM to the container's init, which exits
        QTRY_COMPARE_WITH_TIMEOUT(launcher.phase(), ServicePhase::Stopped, 30000);
        QVERIFY(!domainActive(*m_lxc, id));
        QVERIFY(launcher.undefine().ok());
        QVERIFY(!m_lxc->lookup(serviceDomainName(id)).ok());
    }

    void lxcConsoleStreamedAndForcedStop()
    {
        // The container's console read live over a libvirt stream (LXC has no console log file; the
        // launcher writes what it reads to the service's log), readiness from a console line, and a stop
        // the init ignores (a shell as PID 1 has no SIGTERM handler) forced after the timeout.
        const QString id = QStringLiteral("test-console-ct");
        ServiceGuest guest;
        guest.id = id;
        guest.name = QStringLiteral("Console container");
        guest.kind = Virt::GuestKind::Lxc;
        guest.memoryMiB = 64;
        guest.bundleDir = CloudyTest::guestImagesDir();
        guest.rootfs = QStringLiteral("lxc-rootfs");
        guest.init = QStringLiteral("/bin/sh");
        guest.initArgs = {QStringLiteral("-c"),
                          QStringLiteral("i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.2; done")};
        guest.consoleLog = m_dir.filePath(id + QStringLiteral(".log"));

        ServiceLauncher launcher(m_lxc.get(), id, ServiceLauncher::Options {3000, 200});
        QStringList lines;
        connect(&launcher, &ServiceLauncher::consoleLine, this,
                [&](const QString &line) { lines.append(line); });
        launcher.launch(guest, Readiness {QStringLiteral("tick "), {}, 60});
        QVERIFY2(launcher.phase() == ServicePhase::Starting, qPrintable(launcher.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(launcher.phase() != ServicePhase::Starting, 70000);
        QVERIFY2(launcher.phase() == ServicePhase::Running, qPrintable(launcher.errorString()));

        launcher.followConsole(true);
        const int seen = int(lines.size());
        QTRY_VERIFY_WITH_TIMEOUT(lines.size() >= seen + 3, 20000); // the stream keeps flowing
        const QString last = lines.last();
        QVERIFY2(last.startsWith(QStringLiteral("tick ")), qPrintable(last));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(guest.consoleLog).contains(last.toUtf8()), 5000);

        QSignalSpy phases(&launcher, &ServiceLauncher::phaseChanged);
        launcher.stop();
        QCOMPARE(launcher.phase(), ServicePhase::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(launcher.phase(), ServicePhase::Stopped, 30000);
        QVERIFY(!domainActive(*m_lxc, id));
    }

    void readinessTimeout()
    {
        const QString id = QStringLiteral("test-never-ready");
        ServiceLauncher launcher(m_qemu.get(), id, ServiceLauncher::Options {15000, 200});
        launcher.launch(qemuGuest(id), Readiness {QStringLiteral("THIS LINE IS NEVER PRINTED"), {}, 3});
        QTRY_VERIFY_WITH_TIMEOUT(launcher.phase() != ServicePhase::Starting, 20000);
        QCOMPARE(launcher.phase(), ServicePhase::NotReady);
        QVERIFY(launcher.errorString().contains(QStringLiteral("3 seconds")));
        QVERIFY(domainActive(*m_qemu, id)); // left running: its log can be read, the user decides
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(launcher.phase(), ServicePhase::Stopped, 30000);
    }
};

CLOUDY_TEST_MAIN(TestServicesLaunch)
#include "tst_services_launch.moc"
