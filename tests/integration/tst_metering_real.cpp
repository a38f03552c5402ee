// SPDX-License-Identifier: GPL-3.0-or-later
// UsageMeter against the harness's real libvirtd: a TCG guest (bulk stats) and an LXC container (the
// per-domain calls) that burn CPU are metered every 500 ms for about 10 s, and what was metered is checked
// against libvirt's own counters read independently (virDomainGetInfo) and against the memory the guest
// holds; then a libvirtd restart in the middle of metering: no crash, sampling resumes, and the stored
// deltas are neither negative nor counted twice.
#include "GuestSupport.h"
#include "TestEnv.h"
#include "metering/Usage.h"
#include "metering/UsageMeter.h"
#include "metering/UsageStore.h"
#include "virt/Domain.h"
#include "virt/DomainStats.h"
#include "virt/DomainXml.h"
#include "virt/Session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Cloudy::Virt;
using namespace Cloudy::Metering;

using CloudyTest::freePort;
using CloudyTest::httpGet;
using CloudyTest::readFile;

namespace {

const QString qemuUri = QStringLiteral("qemu:///system");
const QString lxcUri = QStringLiteral("lxc:///system");
const QString prefix = QStringLiteral("cloudy-test-meter-");
constexpr int kIntervalMs = 500;
constexpr int kMeterMs = 10000;

// libvirt's own view of the domain through virDomainGetInfo (not the bulk call the meter uses for QEMU).
std::optional<DomainStats> infoOf(const Session &session, const QString &name)
{
    if (!session.connection())
        return std::nullopt;
    const auto stats = collectDomainStats(*session.connection(), name, StatsMethod::PerDomain);
    if (!stats)
        return std::nullopt;
    for (const DomainStats &one : stats.value())
        if (one.name == name)
            return one;
    return std::nullopt;
}

bool within(double measured, double expected, double fraction)
{
    return qAbs(measured - expected) <= qAbs(expected) * fraction;
}

} // namespace

class TestMeteringReal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/cloudy-meter-XXXXXX")};
    std::unique_ptr<Session> m_qemu;
    std::unique_ptr<Session> m_lxc;

    // A TCG guest that burns one vCPU (cloudy.burn=1), capped at 50 % of a core.
    DomainSpec qemuSpec(const QString &name)
    {
        const QString images = CloudyTest::builtGuestImages();
        DomainSpec spec;
        spec.name = name;
        spec.metadata = {{QStringLiteral("role"), QStringLiteral("contribution")}};
        spec.kind = GuestKind::Qemu;
        spec.kvm = false;
        spec.vcpus = 1;
        spec.memoryMiB = 192;
        spec.cpuCapPercent = 50;
        spec.kernel = images + QStringLiteral("/vmlinuz");
        spec.initrd = images + QStringLiteral("/initrd.img");
        spec.kernelCmdline =
            QStringLiteral("console=ttyS0 cloudy.service=meter cloudy.ip=none cloudy.burn=1");
        spec.serialLogFile = m_dir.filePath(name + QStringLiteral(".log"));
        spec.serialPty = true;
        return spec;
    }

    Cloudy::Result<Domain> bootBurningQemu(Session &session, const DomainSpec &spec)
    {
        auto domain = session.define(spec);
        if (!domain)
            return domain.error();
        const auto started = domain.value().start();
        if (!started)
            return started.error();
        QElapsedTimer timer;
        timer.start();
        while (!readFile(spec.serialLogFile).contains("burning 1") && timer.elapsed() < 120000)
            QTest::qWait(100);
        if (!readFile(spec.serialLogFile).contains("burning 1"))
            return Cloudy::Error {QStringLiteral("test"),
                                  QStringLiteral("the guest did not start burning in 120 s: ")
                                      + QString::fromUtf8(readFile(spec.serialLogFile).right(500))};
        qInfo("%s burns CPU %lld ms after start", qPrintable(spec.name), timer.elapsed());
        return domain;
    }

    // Meters the domain for kMeterMs and compares with libvirt's counters read around it.
    void meterAndCompare(Session &session, const QString &name, bool memoryIsBalloon)
    {
        UsageStore store;
        const auto opened = store.open(m_dir.filePath(name + QStringLiteral(".sqlite")));
        QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
        UsageMeter meter(&session, &store);
        meter.setDomainName(name);
        meter.setInterval(kIntervalMs);
        QSignalSpy sampled(&meter, &UsageMeter::sampled);
        QSignalSpy failed(&meter, &UsageMeter::failed);

        // First reading, then libvirt's own counter at once.
        const auto first = meter.sampleNow();
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(first.value());
        const auto infoFirst = infoOf(session, name);
        QVERIFY(infoFirst);
        meter.start();
        // The memory the guest holds, sampled independently while the meter runs.
        double memorySumKiB = 0;
        int memorySamples = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kMeterMs) {
            QTest::qWait(250);
            if (const auto info = infoOf(session, name)) {
                memorySumKiB += double(info->memoryCurrentKiB);
                ++memorySamples;
            }
        }
        meter.stop();
        const auto last = meter.sampleNow();
        QVERIFY2(last.ok(), qPrintable(last.error().message));
        const auto infoLast = infoOf(session, name);
        QVERIFY(infoLast);
        QCOMPARE(failed.count(), 0);
        QVERIFY2(sampled.count() >= kMeterMs / kIntervalMs - 2, qPrintable(QString::number(sampled.count())));

        const auto readings = store.readings(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                             QDateTime::currentDateTimeUtc().addSecs(60), name);
        QVERIFY(readings.ok());
        QCOMPARE(readings->size(), sampled.count());
        const UsageReading &r0 = readings->first();
        const UsageReading &rN = readings->last();
        const auto totals = store.totals(r0.at.addSecs(-3600), rN.at.addSecs(3600), name);
        QVERIFY(totals.ok());
        const double wallSeconds = double(r0.at.msecsTo(rN.at)) / 1000.0;

        // CPU: what was metered against libvirt's own counter difference over the same span.
        const double libvirtCoreSeconds = double(infoLast->cpuTimeNs - infoFirst->cpuTimeNs) / 1e9;
        qInfo("%s: %d readings over %.2f s: metered %.3f core-s (%.2f cores), virDomainGetInfo says %.3f; "
              "metered %.3f GiB-s, %.1f s running, cpuCoresNow %.2f",
              qPrintable(name), int(readings->size()), wallSeconds, totals->coreSeconds,
              totals->coreSeconds / wallSeconds, libvirtCoreSeconds, totals->memoryGiBSeconds,
              totals->runningSeconds, meter.cpuCoresNow());
        QVERIFY2(totals->coreSeconds > 0.2 * wallSeconds, "the guest did not burn CPU");
        QVERIFY2(within(totals->coreSeconds, libvirtCoreSeconds, 0.02),
                 qPrintable(QStringLiteral("metered %1 core-s, libvirt counted %2")
                                .arg(totals->coreSeconds)
                                .arg(libvirtCoreSeconds)));
        // The meter's own sum is exactly the counters it read.
        QVERIFY(within(totals->coreSeconds, double(rN.cpuTimeNs - r0.cpuTimeNs) / 1e9, 1e-9));
        QVERIFY(meter.cpuCoresNow() > 0.1);

        // Running time: all of it.
        QVERIFY(within(totals->runningSeconds, wallSeconds, 1e-6));
        // Memory: what the guest holds × the time it ran.
        double memoryKiB = memorySamples > 0 ? memorySumKiB / memorySamples : 0;
        if (memoryIsBalloon) {
            const auto live = parseDomainXml(session.lookup(name)->xmlDesc().value());
            QVERIFY(live.ok());
            memoryKiB = double(live->currentMemoryKiB);
            QCOMPARE(rN.memoryKiB, live->currentMemoryKiB);
        }
        const double expectedGiBSeconds = memoryKiB / (1024.0 * 1024.0) * wallSeconds;
        QVERIFY2(within(totals->memoryGiBSeconds, expectedGiBSeconds, 0.02),
                 qPrintable(QStringLiteral("metered %1 GiB-s, expected %2")
                                .arg(totals->memoryGiBSeconds)
                                .arg(expectedGiBSeconds)));
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

    void qemuBulkStats()
    {
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(QStringLiteral("no test guest kernel in %1").arg(CloudyTest::guestImagesDir()));
        const QString name = prefix + QStringLiteral("qemu");
        auto domain = bootBurningQemu(*m_qemu, qemuSpec(name));
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));
        const auto bulk = collectDomainStats(*m_qemu->connection(), name);
        QVERIFY(bulk.ok() && !bulk->isEmpty());
        QCOMPARE(bulk->first().source, DomainStats::Source::BulkStats);
        meterAndCompare(*m_qemu, name, true);
    }

    void lxcPerDomainStats()
    {
        if (qEnvironmentVariable("CLOUDY_TESTENV_LXC") != QLatin1String("1"))
            CLOUDY_SKIP(QStringLiteral("the harness's libvirtd cannot start LXC containers here: %1")
                            .arg(CloudyTest::service(QStringLiteral("libvirt")).detail));
        const QString rootfs = CloudyTest::guestImagesDir() + QStringLiteral("/lxc-rootfs");
        if (!QFile::exists(rootfs + QStringLiteral("/bin/busybox")))
            CLOUDY_SKIP(QStringLiteral("no test container root filesystem in %1").arg(rootfs));
        if (!m_lxc) {
            m_lxc = std::make_unique<Session>(lxcUri);
            const auto opened = m_lxc->open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        }
        const QString name = prefix + QStringLiteral("lxc");
        DomainSpec spec;
        spec.name = name;
        spec.kind = GuestKind::Lxc;
        spec.memoryMiB = 64;
        spec.cpuCapPercent = 40;
        // The container's init is a busy loop (the image's cloudy-init only serves HTTP).
        spec.init = QStringLiteral("/bin/sh");
        spec.initArgs = {QStringLiteral("-c"), QStringLiteral("while :; do :; done")};
        spec.rootDir = rootfs;
        auto domain = m_lxc->define(spec);
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));
        const auto started = domain.value().start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        // Burning: the counter grows.
        const auto before = infoOf(*m_lxc, name);
        QVERIFY(before);
        QTRY_VERIFY_WITH_TIMEOUT(infoOf(*m_lxc, name)->cpuTimeNs > before->cpuTimeNs + 100'000'000, 20000);
        const auto perDomain = collectDomainStats(*m_lxc->connection(), name);
        QVERIFY(perDomain.ok() && !perDomain->isEmpty());
        QCOMPARE(perDomain->first().source, DomainStats::Source::PerDomain);
        meterAndCompare(*m_lxc, name, false);
    }

    void survivesLibvirtdRestart()
    {
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(QStringLiteral("no test guest kernel in %1").arg(CloudyTest::guestImagesDir()));
        const QString tool = qEnvironmentVariable("CLOUDY_TESTENV_TOOL");
        if (tool.isEmpty() || !readFile(tool).contains("restart-libvirtd)"))
            CLOUDY_SKIP(QStringLiteral("tests/env/testenv has no 'restart-libvirtd' subcommand"));

        Session session(qemuUri);
        session.setReconnectDelays(200, 2000);
        QVERIFY(session.open().ok());
        const QString name = prefix + QStringLiteral("restart");
        auto domain = bootBurningQemu(session, qemuSpec(name));
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));

        UsageStore store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("restart.sqlite"))));
        UsageMeter meter(&session, &store);
        meter.setDomainName(name);
        meter.setInterval(kIntervalMs);
        QSignalSpy sampled(&meter, &UsageMeter::sampled);
        QSignalSpy failed(&meter, &UsageMeter::failed);
        QSignalSpy reconnected(&session, &Session::reconnected);
        meter.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 6, 10000);

        CloudyTest::ProcessResult restart;
        QVERIFY(CloudyTest::runProgram(
            tool, {QStringLiteral("restart-libvirtd"), QStringLiteral("--state"), CloudyTest::stateDir()},
            &restart, QProcessEnvironment::systemEnvironment(), 120000));
        if (restart.exitCode != 0 && restart.err.contains("did not start libvirtd"))
            CLOUDY_SKIP(QStringLiteral("the harness reuses a libvirtd it did not start: %1")
                            .arg(QString::fromUtf8(restart.err.trimmed())));
        QVERIFY2(restart.exitCode == 0, restart.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1, 60000);
        const int afterReconnect = int(sampled.count());
        // Sampling resumes on the new connection.
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= afterReconnect + 6, 15000);
        meter.stop();
        qInfo("%d readings, %d failed samples around the restart", int(sampled.count()), int(failed.count()));

        // The readings' deltas: none negative, none counted twice (no delta can be more CPU than the one
        // vCPU could run in its interval), no counter reset (the guest kept running), and the hours hold
        // exactly their sum, which is the counter's growth.
        const auto readings = store.readings(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                             QDateTime::currentDateTimeUtc().addSecs(60), name);
        QVERIFY(readings.ok());
        QCOMPARE(readings->size(), sampled.count());
        UsageTotals sum;
        for (qsizetype i = 1; i < readings->size(); ++i) {
            const UsageDelta delta = usageBetween(readings->at(i - 1), readings->at(i));
            QVERIFY(!delta.counterReset);
            QVERIFY(delta.coreSeconds >= 0);
            QVERIFY2(delta.coreSeconds <= delta.secondsExact * 1.05 + 0.05,
                     qPrintable(
                         QStringLiteral("%1 core-s in %2 s").arg(delta.coreSeconds).arg(delta.secondsExact)));
            QVERIFY(delta.secondsExact > 0);
            sum += delta;
        }
        const UsageReading &r0 = readings->first();
        const UsageReading &rN = readings->last();
        const auto totals = store.totals(r0.at.addSecs(-3600), rN.at.addSecs(3600), name);
        QVERIFY(within(totals->coreSeconds, sum.coreSeconds, 1e-9));
        QVERIFY(within(totals->coreSeconds, double(rN.cpuTimeNs - r0.cpuTimeNs) / 1e9, 1e-9));
        QVERIFY(within(totals->runningSeconds, double(r0.at.msecsTo(rN.at)) / 1000.0, 1e-6));
        QVERIFY(totals->coreSeconds > 0);

        Domain again = session.lookup(name).value();
        QVERIFY(again.destroy().ok());
        QVERIFY(again.undefine().ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_qemu->isConnected(), 60000);
    }
};

CLOUDY_TEST_MAIN(TestMeteringReal)
#include "tst_metering_real.moc"
