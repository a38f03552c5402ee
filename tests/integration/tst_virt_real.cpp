// SPDX-License-Identifier: GPL-3.0-or-later
// core/virt against the harness's real libvirtd: a TCG guest and an LXC container defined from DomainSpecs
// with CPU and memory caps, checked in the live XML and in the domains' cgroups; live cap changes; a
// user-mode port forward into the guest; stats (bulk for QEMU, the per-domain fallback for LXC); lifecycle
// events as Qt signals; and a libvirtd restart that the Session survives.
#include "DomainCgroup.h"
#include "GuestSupport.h"
#include "TestEnv.h"
#include "virt/Domain.h"
#include "virt/DomainStats.h"
#include "virt/DomainXml.h"
#include "virt/Session.h"
#include "virt/Storage.h"
#include "virt/VirtConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Cloudy::Virt;

using CloudyTest::freePort;
using CloudyTest::httpGet;
using CloudyTest::readFile;

namespace {

const QString qemuUri = QStringLiteral("qemu:///system");
const QString lxcUri = QStringLiteral("lxc:///system");
const QString prefix = QStringLiteral("cloudy-test-virt-");

} // namespace

using CloudyTest::cfsQuota;
using CloudyTest::domainCgroup;

class TestVirtReal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/cloudy-virt-XXXXXX")};
    std::unique_ptr<Session> m_qemu;
    std::unique_ptr<Session> m_lxc;

    static bool waitForEvent(QSignalSpy &spy, const QString &name, DomainEvent::Type type,
                             int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (!spy.isEmpty()) {
                const QList<QVariant> arguments = spy.takeFirst();
                if (arguments.at(0).toString() == name && arguments.at(1).value<DomainEvent>().type == type)
                    return true;
            }
            spy.wait(200);
        }
        return false;
    }

    DomainSpec qemuSpec(const QString &name, quint16 forwardPort)
    {
        const QString images = CloudyTest::builtGuestImages();
        DomainSpec spec;
        spec.name = name;
        spec.title = QStringLiteral("Cloudy test guest");
        spec.metadata = {{QStringLiteral("role"), QStringLiteral("contribution")},
                         {QStringLiteral("microcloud"), QStringLiteral("test.mc")}};
        spec.kind = GuestKind::Qemu;
        spec.kvm = false; // TCG: nested KVM does not run guests on these hosts
        spec.vcpus = 1;
        spec.maxVcpus = 2;
        spec.memoryMiB = 192;
        spec.cpuCapPercent = 50;
        spec.kernel = images + QStringLiteral("/vmlinuz");
        spec.initrd = images + QStringLiteral("/initrd.img");
        spec.kernelCmdline = QStringLiteral("console=ttyS0 cloudy.service=virt cloudy.port=8080");
        spec.serialLogFile = m_dir.filePath(name + QStringLiteral(".log"));
        spec.serialPty = true;
        spec.userNetwork = true;
        spec.portForwards = {{PortForward::Protocol::Tcp, QStringLiteral("127.0.0.1"), forwardPort, 8080}};
        return spec;
    }

    // Starts a QEMU guest from its spec and waits for its ready line; reports the timings.
    Cloudy::Result<Domain> bootQemu(const DomainSpec &spec, QSignalSpy &events)
    {
        QElapsedTimer timer;
        timer.start();
        auto domain = m_qemu->define(spec);
        if (!domain)
            return domain.error();
        const auto started = domain.value().start();
        if (!started)
            return started.error();
        const qint64 defineAndStart = timer.elapsed();
        if (!waitForEvent(events, spec.name, DomainEvent::Type::Started))
            return Cloudy::Error {QStringLiteral("test"), QStringLiteral("no Started event")};
        // Polled every 50 ms: the figure is the time to the line, give or take a poll.
        while (!readFile(spec.serialLogFile).contains("CLOUDY-GUEST-READY") && timer.elapsed() < 90000)
            QTest::qWait(50);
        if (!readFile(spec.serialLogFile).contains("CLOUDY-GUEST-READY"))
            return Cloudy::Error {QStringLiteral("test"),
                                  QStringLiteral("no ready line in 90 s: ")
                                      + QString::fromUtf8(readFile(spec.serialLogFile).right(500))};
        qInfo("%s: define+start %lld ms, start to CLOUDY-GUEST-READY %lld ms", qPrintable(spec.name),
              defineAndStart, timer.elapsed() - defineAndStart);
        return domain;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // QEMU runs as root here, but keep the directory traversable for a libvirt-qemu user too.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
    }

    void init()
    {
        CLOUDY_REQUIRE_SERVICE("libvirt");
        if (!m_qemu) {
            m_qemu = std::make_unique<Session>(qemuUri);
            const auto opened = m_qemu->open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        }
    }

    void cleanup()
    {
        CloudyTest::removeDomains(m_qemu.get(), prefix);
        CloudyTest::removeDomains(m_lxc.get(), prefix);
    }

    void qemuGuestWithCaps()
    {
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(
                QStringLiteral("no test guest kernel in %1 (tests/env/guest/build-guest-images did not run)")
                    .arg(CloudyTest::guestImagesDir()));
        QSignalSpy events(m_qemu.get(), &Session::domainEvent);
        const quint16 port = freePort();
        QVERIFY(port != 0);
        const QString name = prefix + QStringLiteral("qemu");
        const DomainSpec spec = qemuSpec(name, port);
        auto booted = bootQemu(spec, events);
        QVERIFY2(booted.ok(), qPrintable(booted.error().message));
        Domain domain = booted.value();

        // The caps as libvirt runs them.
        auto live = parseDomainXml(domain.xmlDesc().value());
        QVERIFY(live.ok());
        QVERIFY(live->id > 0);
        QCOMPARE(live->type, QStringLiteral("qemu"));
        QCOMPARE(live->cpuCapPercent(), 50);
        QCOMPARE(live->globalQuotaUs, qint64(50000));
        QCOMPARE(live->vcpus, 1);
        QCOMPARE(live->maxVcpus, 2);
        QCOMPARE(live->memoryKiB, quint64(192 * 1024));
        QCOMPARE(live->metadata.value(QStringLiteral("microcloud")), QStringLiteral("test.mc"));
        QCOMPARE(live->portForwards, spec.portForwards);

        // …and in the kernel: the domain's cgroup has the whole-guest quota.
        const QString cgroup = domainCgroup(name);
        QVERIFY2(!cgroup.isEmpty(), "no cgroup found for the guest");
        qInfo("QEMU guest cgroup: %s", qPrintable(cgroup));
        QCOMPARE(cfsQuota(cgroup), (QPair<qint64, qint64>(50000, 100000)));

        // The guest's HTTP server through the user-mode port forward.
        QByteArray page;
        QTRY_VERIFY_WITH_TIMEOUT((page = httpGet(port)).contains("cloudy-guest"), 30000);
        QVERIFY(page.contains("service=virt"));

        // Live cap changes: quota (scheduler parameters), balloon, a hot-plugged vCPU.
        CapChange change;
        change.cpuCapPercent = 30;
        change.memoryMiB = 128;
        change.vcpus = 2;
        const CapChangeResult result = domain.changeCaps(change);
        for (const CapOutcome &outcome : result.outcomes)
            QVERIFY2(outcome.applied == CapOutcome::Applied::LiveAndNextStart,
                     qPrintable(outcome.what + QStringLiteral(": ") + outcome.detail));
        QTRY_COMPARE_WITH_TIMEOUT(cfsQuota(cgroup).first, qint64(30000), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(parseDomainXml(domain.xmlDesc().value())->currentMemoryKiB == 128 * 1024,
                                 20000);
        live = parseDomainXml(domain.xmlDesc().value());
        QCOMPARE(live->cpuCapPercent(), 30);
        QCOMPARE(live->vcpus, 2);
        const auto next = parseDomainXml(domain.xmlDesc(true).value());
        QCOMPARE(next->cpuCapPercent(), 30);
        QCOMPARE(next->currentMemoryKiB, quint64(128 * 1024));
        const auto scheduler = domain.schedulerParameters(Apply::Live);
        QVERIFY(scheduler.ok());
        QCOMPARE(scheduler->value(QStringLiteral("global_quota")).toLongLong(), 30000);

        // Stats: the bulk call; CPU time grows while the guest runs.
        auto stats = collectDomainStats(*m_qemu->connection(), name);
        QVERIFY2(stats.ok(), qPrintable(stats.error().message));
        QCOMPARE(stats->size(), 1);
        QCOMPARE(stats->first().source, DomainStats::Source::BulkStats);
        QCOMPARE(stats->first().state, DomainState::State::Running);
        QCOMPARE(stats->first().vcpus, 2);
        QCOMPARE(stats->first().memoryCurrentKiB, quint64(128 * 1024));
        QCOMPARE(stats->first().memoryMaxKiB, quint64(192 * 1024));
        const quint64 cpuBefore = stats->first().cpuTimeNs;
        QVERIFY(cpuBefore > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            collectDomainStats(*m_qemu->connection(), name)->first().cpuTimeNs > cpuBefore, 20000);

        // Lifecycle events as Qt signals.
        QVERIFY(domain.suspend().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Suspended));
        QCOMPARE(domain.state()->state, DomainState::State::Paused);
        QVERIFY(domain.resume().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Resumed));
        QVERIFY(domain.destroy().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Stopped));
        QVERIFY(domain.undefine().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Undefined));
    }

    void qemuGracefulShutdown()
    {
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(QStringLiteral("no test guest kernel in %1").arg(CloudyTest::guestImagesDir()));
        QSignalSpy events(m_qemu.get(), &Session::domainEvent);
        const QString name = prefix + QStringLiteral("shutdown");
        DomainSpec spec = qemuSpec(name, freePort());
        spec.portForwards.clear();
        spec.userNetwork = false;
        auto booted = bootQemu(spec, events);
        QVERIFY2(booted.ok(), qPrintable(booted.error().message));
        // The guest's acpid powers off on the ACPI power button.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                booted.value().shutdown();
                return !booted->isActive();
            }(),
            60000);
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Stopped));
        QCOMPARE(booted->state()->reasonText, QStringLiteral("shutdown"));
    }

    void lxcContainerWithCaps()
    {
        if (qEnvironmentVariable("CLOUDY_TESTENV_LXC") != QLatin1String("1"))
            CLOUDY_SKIP(QStringLiteral("the harness's libvirtd cannot start LXC containers here: %1")
                            .arg(CloudyTest::service(QStringLiteral("libvirt")).detail));
        const QString rootfs = CloudyTest::guestImagesDir() + QStringLiteral("/lxc-rootfs");
        if (!QFile::exists(rootfs + QStringLiteral("/sbin/cloudy-init")))
            CLOUDY_SKIP(QStringLiteral("no test container root filesystem in %1").arg(rootfs));
        if (!m_lxc) {
            m_lxc = std::make_unique<Session>(lxcUri);
            const auto opened = m_lxc->open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            QCOMPARE(m_lxc->driverName(), QStringLiteral("LXC"));
        }
        QSignalSpy events(m_lxc.get(), &Session::domainEvent);
        const quint16 port = freePort();
        const QString name = prefix + QStringLiteral("lxc");
        DomainSpec spec;
        spec.name = name;
        spec.kind = GuestKind::Lxc;
        spec.memoryMiB = 64;
        spec.hardLimitMiB = 64;
        spec.cpuCapPercent = 25;
        spec.cpuShares = 512;
        spec.init = QStringLiteral("/sbin/cloudy-init");
        spec.initEnv = {{QStringLiteral("CLOUDY_PORT"), QString::number(port)},
                        {QStringLiteral("CLOUDY_SERVICE"), QStringLiteral("virt-lxc")}};
        spec.rootDir = rootfs;
        spec.metadata = {{QStringLiteral("role"), QStringLiteral("service")}};

        QElapsedTimer timer;
        timer.start();
        auto domain = m_lxc->define(spec);
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));
        const auto started = domain.value().start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        qInfo("%s: define+start %lld ms", qPrintable(name), timer.elapsed());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Started));
        // No <interface>: the container shares the host's network.
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(port).contains("cloudy-guest"), 30000);
        qInfo("%s: start to service answering %lld ms", qPrintable(name), timer.elapsed());

        auto live = parseDomainXml(domain->xmlDesc().value());
        QVERIFY(live.ok());
        QCOMPARE(live->cpuCapPercent(), 25);
        QCOMPARE(live->quotaUs, qint64(25000));
        QCOMPARE(live->hardLimitKiB, quint64(64 * 1024));
        const QString cgroup = domainCgroup(name);
        QVERIFY2(!cgroup.isEmpty(), "no cgroup found for the container");
        qInfo("LXC container cgroup: %s", qPrintable(cgroup));
        QCOMPARE(cfsQuota(cgroup), (QPair<qint64, qint64>(25000, 100000)));

        // Live: the quota through the LXC driver's vcpu_quota (applied to the container's cgroup).
        CapChange change;
        change.cpuCapPercent = 50;
        change.memoryMiB = 48;
        const CapChangeResult result = domain.value().changeCaps(change);
        for (const CapOutcome &outcome : result.outcomes)
            QVERIFY2(outcome.applied == CapOutcome::Applied::LiveAndNextStart,
                     qPrintable(outcome.what + QStringLiteral(": ") + outcome.detail));
        QTRY_COMPARE_WITH_TIMEOUT(cfsQuota(cgroup).first, qint64(50000), 10000);
        QCOMPARE(domain->schedulerParameters(Apply::Live)->value(QStringLiteral("vcpu_quota")).toLongLong(),
                 50000);
        QCOMPARE(parseDomainXml(domain->xmlDesc(true).value())->cpuCapPercent(), 50);
        // vCPUs of a container cannot change: said so, not hidden.
        CapChange vcpus;
        vcpus.vcpus = 2;
        const CapChangeResult refused = domain.value().changeCaps(vcpus);
        QVERIFY(refused.outcomes.first().applied != CapOutcome::Applied::LiveAndNextStart);
        QVERIFY(!refused.summary().isEmpty());

        // Stats: the LXC driver has no bulk call, Auto falls back to the per-domain calls.
        const auto bulk = collectDomainStats(*m_lxc->connection(), name, StatsMethod::Bulk);
        QVERIFY(!bulk.ok());
        auto stats = collectDomainStats(*m_lxc->connection(), name);
        QVERIFY2(stats.ok(), qPrintable(stats.error().message));
        QCOMPARE(stats->size(), 1);
        QCOMPARE(stats->first().source, DomainStats::Source::PerDomain);
        QCOMPARE(stats->first().state, DomainState::State::Running);
        QVERIFY(stats->first().memoryCurrentKiB > 0);
        const quint64 cpuBefore = stats->first().cpuTimeNs;
        QVERIFY(cpuBefore > 0);
        // Each request makes the container's httpd work.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                httpGet(port);
                return collectDomainStats(*m_lxc->connection(), name)->first().cpuTimeNs > cpuBefore;
            }(),
            20000);

        QVERIFY(domain.value().suspend().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Suspended));
        QVERIFY(domain.value().resume().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Resumed));
        QVERIFY(domain.value().destroy().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Stopped));
        QVERIFY(domain.value().undefine().ok());
    }

    void storagePoolOnRealDaemon()
    {
        Storage storage(*m_qemu->connection());
        const QString pool = prefix + QStringLiteral("pool");
        const QString path = m_dir.filePath(QStringLiteral("pool"));
        const auto info = storage.ensureDirectoryPool(pool, path);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QVERIFY(info->active);
        QVERIFY(QFileInfo(path).isDir());
        const auto volume = storage.createVolume(pool, QStringLiteral("donated.img"), 4);
        QVERIFY2(volume.ok(), qPrintable(volume.error().message));
        QCOMPARE(volume->capacityBytes, 4ULL << 30);
        QVERIFY2(volume->allocationBytes < (1ULL << 20), "the volume is not sparse");
        QCOMPARE(QFileInfo(volume->path).size(), qint64(4LL << 30));
        QVERIFY(storage.deleteVolume(pool, QStringLiteral("donated.img")).ok());
        QVERIFY(!QFile::exists(volume->path));
        QVERIFY(storage.removePool(pool, true).ok());
        QVERIFY(!QFileInfo::exists(path));
    }

    void survivesLibvirtdRestart()
    {
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(QStringLiteral("no test guest kernel in %1").arg(CloudyTest::guestImagesDir()));
        const QString tool = qEnvironmentVariable("CLOUDY_TESTENV_TOOL");
        if (tool.isEmpty() || !readFile(tool).contains("restart-libvirtd)"))
            CLOUDY_SKIP(QStringLiteral("tests/env/testenv has no 'restart-libvirtd' subcommand yet"));

        Session session(qemuUri);
        session.setReconnectDelays(200, 2000);
        QVERIFY(session.open().ok());
        QSignalSpy disconnected(&session, &Session::disconnected);
        QSignalSpy reconnected(&session, &Session::reconnected);
        QSignalSpy events(&session, &Session::domainEvent);

        const QString name = prefix + QStringLiteral("restart");
        DomainSpec spec = qemuSpec(name, freePort());
        spec.portForwards.clear();
        spec.userNetwork = false;
        auto domain = session.define(spec);
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));
        QVERIFY(domain.value().start().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Started));

        CloudyTest::ProcessResult restart;
        QVERIFY(CloudyTest::runProgram(
            tool, {QStringLiteral("restart-libvirtd"), QStringLiteral("--state"), CloudyTest::stateDir()},
            &restart, QProcessEnvironment::systemEnvironment(), 120000));
        if (restart.exitCode != 0 && restart.err.contains("did not start libvirtd"))
            CLOUDY_SKIP(
                QStringLiteral("the harness reuses a libvirtd it did not start, so it cannot restart it: %1")
                    .arg(QString::fromUtf8(restart.err.trimmed())));
        QVERIFY2(restart.exitCode == 0, restart.err.constData());

        QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() >= 1, 30000);
        QVERIFY(!disconnected.first().at(0).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1, 60000);
        QCOMPARE(session.state(), Session::State::Connected);

        // The guest kept running and is found again; events flow on the new connection.
        const auto found = session.lookup(name);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QVERIFY(found->isActive());
        QCOMPARE(found->state()->state, DomainState::State::Running);
        const auto listed = session.listDomains(name);
        QCOMPARE(listed->size(), 1);
        events.clear();
        Domain again = found.value();
        QVERIFY(again.destroy().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Stopped));
        QVERIFY(again.undefine().ok());

        // The test's long-lived sessions reconnect too.
        QTRY_VERIFY_WITH_TIMEOUT(m_qemu->isConnected(), 60000);
    }
};

CLOUDY_TEST_MAIN(TestVirtReal)
#include "tst_virt_real.moc"
