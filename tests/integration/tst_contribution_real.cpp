// SPDX-License-Identifier: GPL-3.0-or-later
// ShareEngine on the harness's real libvirtd (qemu:///system with TCG, lxc:///system): sharing switched on
// boots the tiny test guest with the policy's caps, visible in the live XML and in the domain's cgroups;
// a schedule slot boundary (injected clock) changes the caps live; a container gets the same caps and
// sees its NoCloud folder; real D-Bus services (private dbus-daemons with a fake UPower) pause and resume
// the guest; a guest that ignores the power button is destroyed after the shutdown timeout, with its
// metering kept; and the engine survives a libvirtd restart with the guest untouched.
#include "DomainCgroup.h"
#include "FakeDesktopServices.h"
#include "GuestSupport.h"
#include "TestEnv.h"
#include "contribution/ConfigDisk.h"
#include "contribution/ContributionNode.h"
#include "contribution/ShareEngine.h"
#include "metering/UsageMeter.h"
#include "sharing/SharingController.h"
#include "virt/Domain.h"
#include "virt/DomainXml.h"
#include "virt/Session.h"
#include "virt/Storage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Cloudy;
using namespace Cloudy::Contribution;
using Sharing::ResourceCaps;
using Sharing::SharingPolicy;
using Sharing::SharingState;

using CloudyTest::freePort;
using CloudyTest::httpGet;
using CloudyTest::readFile;

namespace {

const QString qemuUri = QStringLiteral("qemu:///system");
const QString lxcUri = QStringLiteral("lxc:///system");
const QString domainName = QStringLiteral("cloudy-test-contribution");
const QString poolName = QStringLiteral("cloudy-test-contribution-pool");
const QString microcloud = QStringLiteral("test.mc");
const QString joinSecret = QStringLiteral("join-secret-42");
constexpr qint64 kMiB = 1024 * 1024;

// A process whose environment holds `entry` (e.g. the container's CLOUDY_PORT): its /proc/PID/root is
// the container's root as the container sees it, mounts included.
QString processWithEnvironment(const QByteArray &entry)
{
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        bool numeric = false;
        it.fileName().toInt(&numeric);
        if (!numeric)
            continue;
        const QList<QByteArray> environment = readFile(path + QStringLiteral("/environ")).split('\0');
        if (environment.contains(entry))
            return path;
    }
    return {};
}

// The mount of `target` in a process's mountinfo: {file system type, source} (empty when not mounted).
QPair<QByteArray, QByteArray> mountOf(const QString &process, const QByteArray &target)
{
    QPair<QByteArray, QByteArray> found;
    for (const QByteArray &line : readFile(process + QStringLiteral("/mountinfo")).split('\n')) {
        // ID PARENT MAJ:MIN ROOT TARGET OPTIONS [OPTIONAL...] - TYPE SOURCE SUPER-OPTIONS
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype separator = fields.indexOf("-");
        if (fields.size() > 4 && fields.at(4) == target && separator > 0 && separator + 2 < fields.size())
            found = {fields.at(separator + 1), fields.at(separator + 2)};
    }
    return found;
}

// Writes 64 MiB blocks to `path` until the file system refuses or `limit` bytes are written; the bytes
// written.
qint64 fill(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    const QByteArray block(64 * 1024 * 1024, 'x');
    qint64 written = 0;
    while (written < limit) {
        const qint64 n = file.write(block);
        if (n <= 0 || !file.flush())
            break;
        written += n;
    }
    file.close();
    return written;
}

// What went wrong, for QVERIFY2 (empty when nothing did).
QByteArray problemOf(const NodeStatus &status)
{
    return status.problem ? (status.problem->code + QStringLiteral(": ") + status.problem->message).toUtf8()
                          : QByteArray();
}

// Monday 8 January 2024, local time.
QDateTime monday(int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 1, 8), QTime(hour, minute), Qt::LocalTime);
}

} // namespace

class TestContributionReal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/cloudy-contrib-XXXXXX")};
    QString m_qemuImage; // a folder of symlinks to the test guest's kernel and initrd
    QString m_lxcImage; // a folder with lxc-rootfs -> the test container's root
    std::unique_ptr<Virt::Session> m_qemu; // the test's own view of libvirt
    std::unique_ptr<Virt::Session> m_lxc;
    QDateTime m_now = monday(10);

    ShareEngine::Options engineOptions(const QString &uri, const QString &name) const
    {
        ShareEngine::Options options;
        options.libvirtUri = uri;
        options.policyPath = m_dir.filePath(name + QStringLiteral("/policy.json"));
        options.usageDatabasePath = m_dir.filePath(name + QStringLiteral("/usage.sqlite"));
        options.domainName = domainName;
        options.poolName = poolName;
        options.poolPath = m_dir.filePath(QStringLiteral("pool"));
        options.watchActivity = false;
        options.meter = true;
        options.meterIntervalMs = 1000;
        options.forceKvm = false; // TCG: nested KVM does not run guests on these hosts
        options.ledgerUrl = QStringLiteral("http://127.0.0.1:8088/ledger");
        options.joinSecret = [](const QString &id) { return id == microcloud ? joinSecret : QString(); };
        options.shutdownTimeoutMs = 20000;
        return options;
    }

    // A schedule: Monday 10:00–11:00 "small" (1 vCPU at 50 %, 192 MiB), 11:00–12:00 "big" (2 vCPUs at
    // 30 %, 160 MiB). The policy's own caps (256 MiB) keep the memory maximum above both.
    SharingPolicy qemuPolicy() const
    {
        SharingPolicy policy;
        policy.enabled = true;
        policy.microcloudId = microcloud;
        policy.guestKind = Sharing::GuestKind::Qemu;
        policy.image = m_qemuImage;
        policy.caps = {1, 50, 256, 1};
        policy.mode = Sharing::SharingMode::Schedule;
        policy.profiles = {{QStringLiteral("small"), QStringLiteral("Small"), 1, 50, 192},
                           {QStringLiteral("big"), QStringLiteral("Big"), 2, 30, 160}};
        policy.schedule.setRange(1, QTime(10, 0), QTime(11, 0), QStringLiteral("small"));
        policy.schedule.setRange(1, QTime(11, 0), QTime(12, 0), QStringLiteral("big"));
        return policy;
    }

    Virt::Domain domain(Virt::Session &session)
    {
        auto found = session.lookup(domainName);
        return found ? found.value() : Virt::Domain();
    }

    Virt::DomainXmlInfo live(Virt::Session &session, bool inactive = false)
    {
        const Virt::Domain found = domain(session);
        if (found.isNull())
            return {};
        const auto xml = found.xmlDesc(inactive);
        return xml ? Virt::parseDomainXml(xml.value()).value() : Virt::DomainXmlInfo {};
    }

    Virt::DomainState::State stateOf(Virt::Session &session)
    {
        const Virt::Domain found = domain(session);
        return found.isNull() ? Virt::DomainState::State::NoState : found.state()->state;
    }

    void removeDomain(Virt::Session *session)
    {
        if (!session || !session->isConnected())
            return;
        Virt::Domain found = domain(*session);
        if (found.isNull())
            return;
        if (found.isActive())
            found.destroy();
        if (found.isPersistent())
            found.undefine();
    }

    // Starts an engine for the QEMU policy at m_now and waits for the guest's ready line.
    std::unique_ptr<ShareEngine> startQemuEngine(ShareEngine::Options options)
    {
        auto engine = std::make_unique<ShareEngine>(std::move(options));
        engine->controller()->setClock([this] { return m_now; });
        engine->start();
        engine->session()->setReconnectDelays(200, 2000);
        const auto refused = engine->setPolicy(qemuPolicy());
        if (refused)
            qWarning("policy refused: %s", qPrintable(refused->message));
        return engine;
    }

    bool waitForReady(ShareEngine &engine)
    {
        const QString log = engine.node()->serialLogPath();
        QElapsedTimer timer;
        timer.start();
        while (!readFile(log).contains("CLOUDY-GUEST-READY") && timer.elapsed() < 120000)
            QTest::qWait(100);
        if (!readFile(log).contains("CLOUDY-GUEST-READY")) {
            const auto state = domain(*m_qemu).state();
            qWarning("no ready line in %s (domain %s): %s", qPrintable(log),
                     state ? qPrintable(Virt::DomainState::stateName(state->state)) : "gone",
                     readFile(log).right(500).constData());
            return false;
        }
        qInfo("guest ready %lld ms after the policy was set", timer.elapsed());
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // QEMU runs as root here, but keep the folder traversable for a libvirt-qemu user too.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
        const QString images = CloudyTest::guestImagesDir();
        m_qemuImage = m_dir.filePath(QStringLiteral("image-qemu"));
        m_lxcImage = m_dir.filePath(QStringLiteral("image-lxc"));
        QVERIFY(QDir().mkpath(m_qemuImage) && QDir().mkpath(m_lxcImage));
        QFile::link(images + QStringLiteral("/vmlinuz"), m_qemuImage + QStringLiteral("/vmlinuz"));
        QFile::link(images + QStringLiteral("/initrd.img"), m_qemuImage + QStringLiteral("/initrd.img"));
        QFile cmdline(m_qemuImage + QStringLiteral("/cmdline"));
        QVERIFY(cmdline.open(QIODevice::WriteOnly));
        cmdline.write("console=ttyS0 cloudy.service=contribution cloudy.ip=none\n");
        cmdline.close();
        QFile::link(images + QStringLiteral("/lxc-rootfs"), m_lxcImage + QStringLiteral("/lxc-rootfs"));
    }

    void init()
    {
        CLOUDY_REQUIRE_SERVICE("libvirt");
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(
                QStringLiteral("no test guest kernel in %1 (tests/env/guest/build-guest-images did not run)")
                    .arg(CloudyTest::guestImagesDir()));
        if (!m_qemu) {
            m_qemu = std::make_unique<Virt::Session>(qemuUri);
            const auto opened = m_qemu->open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        }
        m_now = monday(10);
    }

    void cleanup()
    {
        removeDomain(m_qemu.get());
        removeDomain(m_lxc.get());
    }

    void cleanupTestCase()
    {
        if (m_qemu && m_qemu->isConnected()) {
            Virt::Storage storage(*m_qemu->connection());
            if (const auto volumes = storage.listVolumes(poolName); volumes) {
                for (const Virt::VolumeInfo &volume : volumes.value())
                    storage.deleteVolume(poolName, volume.name);
            }
            storage.removePool(poolName, false);
        }
    }

    // (a) + (d): sharing on boots the guest with the slot's caps; the next slot changes them live.
    void qemuSharesWithCapsAndSchedule()
    {
        auto engine = startQemuEngine(engineOptions(qemuUri, QStringLiteral("qemu")));
        QSignalSpy samples(engine.get(), &ShareEngine::usageSampled);
        QCOMPARE(engine->decision().state, SharingState::Sharing);
        QCOMPARE(engine->decision().profileId, QStringLiteral("small"));
        QVERIFY2(!engine->nodeStatus().problem, problemOf(engine->nodeStatus()).constData());
        QCOMPARE(engine->nodeStatus().run, NodeStatus::Run::Running);
        QVERIFY(waitForReady(*engine));

        // The caps as libvirt runs them.
        Virt::DomainXmlInfo info = live(*m_qemu);
        QVERIFY(info.id > 0);
        const int id = info.id;
        QCOMPARE(info.type, QStringLiteral("qemu"));
        QCOMPARE(info.maxVcpus, 2);
        QCOMPARE(info.vcpus, 1);
        QCOMPARE(info.memoryKiB, quint64(256 * 1024));
        QCOMPARE(info.globalQuotaUs, qint64(50000));
        // QEMU starts with the maximum; the balloon shrinks to the target once the guest's driver runs.
        QTRY_COMPARE_WITH_TIMEOUT(live(*m_qemu).currentMemoryKiB, quint64(192 * 1024), 30000);
        QCOMPARE(live(*m_qemu, true).currentMemoryKiB, quint64(192 * 1024));
        QCOMPARE(info.metadata.value(QStringLiteral("role")), QStringLiteral("contribution"));
        QCOMPARE(info.metadata.value(QStringLiteral("microcloud")), microcloud);
        QTRY_COMPARE_WITH_TIMEOUT(engine->nodeStatus().liveCaps, (ResourceCaps {1, 50, 192, 1}), 10000);
        // The NoCloud disk is attached read-only; the microcloud (never the secret) is on the command line.
        bool configAttached = false;
        for (const auto &disk : info.disks)
            configAttached |= disk.sourcePath == engine->node()->configPath() && disk.readOnly;
        QVERIFY(configAttached);
        const QByteArray xml = domain(*m_qemu).xmlDesc().value();
        QVERIFY(xml.contains("cloudy.microcloud=test.mc"));
        QVERIFY(!xml.contains(joinSecret.toUtf8()));

        // …and in the kernel: the whole-guest quota and the memory hard limit in the domain's cgroups.
        const QString cpu = CloudyTest::domainCgroup(domainName, QStringLiteral("cpu"));
        QVERIFY2(!cpu.isEmpty(), "no cpu cgroup found for the guest");
        QCOMPARE(CloudyTest::cfsQuota(cpu), (QPair<qint64, qint64>(50000, 100000)));
        const QString memory = CloudyTest::domainCgroup(domainName, QStringLiteral("memory"));
        QVERIFY2(!memory.isEmpty(), "no memory cgroup found for the guest");
        // The hard limit (the 256 MiB maximum + 512 MiB for QEMU itself), unless this libvirtd could not
        // apply it (it is also RLIMIT_MEMLOCK, which an unprivileged container refuses): then unlimited.
        const qint64 limit = CloudyTest::memoryLimitBytes(memory);
        qInfo("QEMU guest memory limit: %lld", limit);
        if (limit < (qint64(1) << 50))
            QCOMPARE(limit, qint64(256 + 512) * kMiB);

        // Metering samples the running guest.
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 20000);
        QVERIFY(samples.last().at(0).value<Metering::UsageReading>().running);

        // (d) The schedule's next slot at 11:00: 2 vCPUs at 30 % (60 % of a core), 160 MiB, all live.
        QSignalSpy decisions(engine.get(), &ShareEngine::decisionChanged);
        m_now = monday(10, 59);
        engine->controller()->reevaluate();
        QCOMPARE(decisions.size(), 0);
        m_now = monday(11);
        engine->controller()->reevaluate();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(engine->decision().profileId, QStringLiteral("big"));
        QTRY_COMPARE_WITH_TIMEOUT(CloudyTest::cfsQuota(cpu).first, qint64(60000), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(live(*m_qemu).currentMemoryKiB, quint64(160 * 1024), 20000);
        info = live(*m_qemu);
        QCOMPARE(info.vcpus, 2);
        QCOMPARE(info.globalQuotaUs, qint64(60000));
        QCOMPARE(info.id, id); // never restarted
        QVERIFY2(engine->nodeStatus().pendingNote.isEmpty(), qPrintable(engine->nodeStatus().pendingNote));
        QTRY_COMPARE(engine->nodeStatus().liveCaps, (ResourceCaps {2, 30, 160, 1}));
        // Kept for the next start too.
        const Virt::DomainXmlInfo next = live(*m_qemu, true);
        QCOMPARE(next.vcpus, 2);
        QCOMPARE(next.globalQuotaUs, qint64(60000));

        // What cannot apply live is said: more memory than the running guest's maximum.
        SharingPolicy bigger = qemuPolicy();
        bigger.profiles[1].memoryMiB = 320;
        QVERIFY(!engine->setPolicy(bigger));
        QTRY_VERIFY(!engine->nodeStatus().pendingNote.isEmpty());
        qInfo("pending: %s", qPrintable(engine->nodeStatus().pendingNote));
        QVERIFY(engine->nodeStatus().pendingNote.contains(QStringLiteral("next start")));
        QCOMPARE(live(*m_qemu).id, id);
        QCOMPARE(live(*m_qemu, true).memoryKiB, quint64(320 * 1024));
        QCOMPARE(live(*m_qemu).memoryKiB, quint64(256 * 1024));

        // Switched off: the guest powers off through ACPI.
        QVERIFY(!engine->setEnabled(false));
        QCOMPARE(engine->decision().state, SharingState::Off);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_qemu), Virt::DomainState::State::Shutoff, 60000);
        QTRY_COMPARE(engine->nodeStatus().run, NodeStatus::Run::Stopped);
    }

    // Off, when the guest ignores the ACPI power button: the node destroys it after shutdownTimeoutMs, says
    // it forced the stop, and the metering of the guest's run is kept.
    void offDestroysAGuestThatIgnoresShutdown()
    {
        // The same guest, with an /init that starts no acpid (cloudy.ignore-acpi=1).
        const QString image = m_dir.filePath(QStringLiteral("image-qemu-noacpi"));
        QVERIFY(QDir().mkpath(image));
        const QString images = CloudyTest::guestImagesDir();
        QFile::link(images + QStringLiteral("/vmlinuz"), image + QStringLiteral("/vmlinuz"));
        QFile::link(images + QStringLiteral("/initrd.img"), image + QStringLiteral("/initrd.img"));
        QFile cmdline(image + QStringLiteral("/cmdline"));
        QVERIFY(cmdline.open(QIODevice::WriteOnly));
        cmdline.write("console=ttyS0 cloudy.service=contribution cloudy.ip=none cloudy.ignore-acpi=1\n");
        cmdline.close();

        ShareEngine::Options options = engineOptions(qemuUri, QStringLiteral("forced"));
        constexpr int kShutdownTimeoutMs = 5000;
        options.shutdownTimeoutMs = kShutdownTimeoutMs;
        ShareEngine engine(options);
        engine.start();
        QSignalSpy samples(&engine, &ShareEngine::usageSampled);
        SharingPolicy policy = qemuPolicy();
        policy.image = image;
        policy.mode = Sharing::SharingMode::Always;
        policy.schedule.clear();
        policy.profiles.clear();
        policy.caps = {1, 50, 192, 1};
        const auto refused = engine.setPolicy(policy);
        QVERIFY2(!refused, refused ? qPrintable(refused->message) : "");
        QVERIFY2(!engine.nodeStatus().problem, problemOf(engine.nodeStatus()).constData());
        QCOMPARE(engine.nodeStatus().run, NodeStatus::Run::Running);
        QVERIFY(waitForReady(engine));

        // The line comes right after the modules are loaded; an image built before the key never prints it
        // (and would power off: the graceful path, tested above).
        const QString log = engine.node()->serialLogPath();
        QElapsedTimer clock;
        clock.start();
        while (!readFile(log).contains("ignoring the ACPI power button") && clock.elapsed() < 30000)
            QTest::qWait(100);
        if (!readFile(log).contains("ignoring the ACPI power button"))
            CLOUDY_SKIP(QStringLiteral("the test guest in %1 predates cloudy.ignore-acpi: rebuild it with "
                                       "tests/env/guest/build-guest-images --force")
                            .arg(images));

        // Metering has seen the guest run.
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3, 30000);
        QVERIFY(samples.last().at(0).value<Metering::UsageReading>().running);
        const Metering::UsageTotals before = engine.thisWeek();
        QVERIFY2(before.runningSeconds > 0, "no metered run before the stop");

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not power off")));
        QVERIFY(!engine.setEnabled(false));
        QCOMPARE(engine.decision().state, SharingState::Off);
        // The power button was pressed and nobody answered: still running, nothing forced yet.
        const Virt::DomainState::State asked = stateOf(*m_qemu);
        QVERIFY2(asked == Virt::DomainState::State::Running
                     || asked == Virt::DomainState::State::ShuttingDown,
                 qPrintable(Virt::DomainState::stateName(asked)));
        QVERIFY(!engine.nodeStatus().forcedStop);

        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_qemu), Virt::DomainState::State::Shutoff,
                                  kShutdownTimeoutMs + 30000);
        const auto stopped = domain(*m_qemu).state();
        QVERIFY(stopped);
        QCOMPARE(stopped->reasonText, QStringLiteral("destroyed")); // not "shutdown": the guest never did
        QVERIFY(!readFile(log).contains("power button, powering off"));
        QTRY_VERIFY(engine.nodeStatus().forcedStop);
        QTRY_COMPARE(engine.nodeStatus().run, NodeStatus::Run::Stopped);
        QVERIFY2(!engine.nodeStatus().problem, problemOf(engine.nodeStatus()).constData());

        // The totals of the run are kept: nothing metered before the destroy is lost (the store only adds).
        // A few meter ticks after the stop; a stopped domain that libvirt still lists reads as not running.
        const qsizetype seen = samples.size();
        QTest::qWait(3 * options.meterIntervalMs);
        if (samples.size() > seen)
            QVERIFY(!samples.last().at(0).value<Metering::UsageReading>().running);
        const Metering::UsageTotals after = engine.thisWeek();
        QVERIFY2(after.coreSeconds >= before.coreSeconds, qPrintable(QString::number(after.coreSeconds)));
        QVERIFY(after.memoryGiBSeconds >= before.memoryGiBSeconds);
        QVERIFY(after.runningSeconds >= before.runningSeconds);
        QVERIFY(after.samples >= before.samples);
    }

    // (b) A container with the same caps in its cgroup and its NoCloud folder mounted read-only.
    void lxcSharesWithCapsAndConfig()
    {
        if (qEnvironmentVariable("CLOUDY_TESTENV_LXC") != QLatin1String("1"))
            CLOUDY_SKIP(QStringLiteral("the harness's libvirtd cannot start LXC containers here: %1")
                            .arg(CloudyTest::service(QStringLiteral("libvirt")).detail));
        if (!QFile::exists(m_lxcImage + QStringLiteral("/lxc-rootfs/sbin/cloudy-init")))
            CLOUDY_SKIP(
                QStringLiteral("no test container root filesystem in %1").arg(CloudyTest::guestImagesDir()));
        if (!m_lxc) {
            m_lxc = std::make_unique<Virt::Session>(lxcUri);
            QVERIFY(m_lxc->open().ok());
        }
        const quint16 port = freePort();
        ShareEngine::Options options = engineOptions(lxcUri, QStringLiteral("lxc"));
        options.imageResolver = [port](const QString &image, Sharing::GuestKind kind) {
            auto resolved = resolveImageFolder(image, kind);
            if (resolved)
                resolved.value().initEnv = {
                    {QStringLiteral("CLOUDY_PORT"), QString::number(port)},
                    {QStringLiteral("CLOUDY_SERVICE"), QStringLiteral("contribution")}};
            return resolved;
        };
        ShareEngine engine(options);
        engine.start();
        SharingPolicy policy;
        policy.enabled = true;
        policy.microcloudId = microcloud;
        policy.guestKind = Sharing::GuestKind::Lxc;
        policy.image = m_lxcImage;
        policy.caps = {1, 25, 64, 1};
        policy.mode = Sharing::SharingMode::Always;
        const auto refused = engine.setPolicy(policy);
        QVERIFY2(!refused, refused ? qPrintable(refused->message) : "");
        QCOMPARE(engine.session()->uri(), lxcUri);
        QVERIFY2(!engine.nodeStatus().problem, problemOf(engine.nodeStatus()).constData());
        QCOMPARE(engine.nodeStatus().run, NodeStatus::Run::Running);
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(port).contains("cloudy-guest"), 30000);

        const Virt::DomainXmlInfo info = live(*m_lxc);
        QCOMPARE(info.type, QStringLiteral("lxc"));
        QCOMPARE(info.quotaUs, qint64(25000));
        QCOMPARE(info.metadata.value(QStringLiteral("microcloud")), microcloud);
        const QString cpu = CloudyTest::domainCgroup(domainName, QStringLiteral("cpu"));
        QVERIFY2(!cpu.isEmpty(), "no cpu cgroup found for the container");
        QCOMPARE(CloudyTest::cfsQuota(cpu), (QPair<qint64, qint64>(25000, 100000)));
        const QString memory = CloudyTest::domainCgroup(domainName, QStringLiteral("memory"));
        QVERIFY2(!memory.isEmpty(), "no memory cgroup found for the container");
        QCOMPARE(CloudyTest::memoryLimitBytes(memory), 64 * kMiB);

        // Inside the container: the configuration at /run/cloudy-config (read-only), the donated folder.
        const QString process = processWithEnvironment("CLOUDY_PORT=" + QByteArray::number(port));
        QVERIFY2(!process.isEmpty(), "no process of the container found");
        const QString root = process + QStringLiteral("/root");
        const QJsonObject join =
            QJsonDocument::fromJson(readFile(root + QStringLiteral("/run/cloudy-config/microcloud.json")))
                .object();
        QCOMPARE(join.value(QStringLiteral("microcloud")).toString(), microcloud);
        QCOMPARE(join.value(QStringLiteral("secret")).toString(), joinSecret);
        QCOMPARE(join.value(QStringLiteral("ledger")).toString(), options.ledgerUrl);
        QVERIFY(readFile(root + QStringLiteral("/run/cloudy-config/user-data")).startsWith("#cloud-config"));
        QVERIFY(QFileInfo(root + QStringLiteral("/var/lib/cloudy")).isDir());
        bool readOnly = false;
        for (const QByteArray &line : readFile(process + QStringLiteral("/mountinfo")).split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() > 5 && fields.at(4) == "/run/cloudy-config")
                readOnly = fields.at(5).split(',').contains("ro");
        }
        QVERIFY2(readOnly, "the configuration is not mounted read-only");
        QVERIFY(readFile(process + QStringLiteral("/environ")).contains("CLOUDY_MICROCLOUD=test.mc"));

        // The donated disk: a sparse raw image of the pool (1 GiB) holding ext4, mounted through a loop
        // device at /var/lib/cloudy; writing more than the cap fails in the container.
        const QString image =
            m_dir.filePath(QStringLiteral("pool/") + domainName + QStringLiteral("-data.img"));
        const QByteArray xml = domain(*m_lxc).xmlDesc().value();
        QVERIFY2(xml.contains("<filesystem type='file' accessmode='passthrough'>")
                     && xml.contains("<driver type='loop' format='raw'/>")
                     && xml.contains("<target dir='/var/lib/cloudy'/>"),
                 xml.constData());
        // The image itself, or (a pool path too long for a loop device's name) a link to it.
        const QRegularExpressionMatch source =
            QRegularExpression(QStringLiteral("<source file='([^']+)'/>")).match(QString::fromUtf8(xml));
        QVERIFY2(source.hasMatch(), xml.constData());
        QCOMPARE(QFileInfo(source.captured(1)).canonicalFilePath(), QFileInfo(image).canonicalFilePath());
        QVERIFY(!info.metadata.contains(QString::fromLatin1(kDiskCapOffMetadata)));
        QCOMPARE(QFileInfo(image).size(), qint64(1) << 30);
        QCOMPARE(CloudyTest::extFilesystemBytes(image), quint64(1) << 30);
        CloudyTest::ProcessResult blkid;
        QVERIFY(CloudyTest::runProgram(QStringLiteral("/usr/sbin/blkid"),
                                       {QStringLiteral("-o"), QStringLiteral("value"), QStringLiteral("-s"),
                                        QStringLiteral("TYPE"), image},
                                       &blkid));
        QCOMPARE(blkid.out.trimmed(), QByteArray("ext4"));
        const auto dataMount = mountOf(process, "/var/lib/cloudy");
        QCOMPARE(dataMount.first, QByteArray("ext4"));
        // The loop device as the container saw it while mounting (e.g. /.oldroot/dev/loop0).
        QVERIFY2(dataMount.second.contains("/dev/loop"), dataMount.second.constData());
        QVERIFY(engine.nodeStatus().diskCapEnforced);
        QCOMPARE(engine.nodeStatus().liveCaps->diskGiB, 1);
        const QString donated = root + QStringLiteral("/var/lib/cloudy");
        const qint64 written = fill(donated + QStringLiteral("/fill"), qint64(3) << 29); // 1.5 GiB
        QVERIFY2(written > 0 && written < (qint64(1) << 30), QByteArray::number(written).constData());
        QVERIFY(QFile::remove(donated + QStringLiteral("/fill")));
        QFile keep(donated + QStringLiteral("/keep"));
        QVERIFY(keep.open(QIODevice::WriteOnly) && keep.write("kept\n") == 5);
        keep.close();

        // Twice the vCPUs: the quota follows live; the container's CPU count waits for the next start.
        policy.caps = {2, 25, 64, 1};
        QVERIFY(!engine.setPolicy(policy));
        QTRY_COMPARE_WITH_TIMEOUT(CloudyTest::cfsQuota(cpu).first, qint64(50000), 10000);
        QVERIFY2(engine.nodeStatus().pendingNote.contains(QStringLiteral("next start")),
                 qPrintable(engine.nodeStatus().pendingNote));

        // A bigger disk while it runs: at the next start, with the data on it.
        policy.caps = {2, 25, 64, 2};
        QVERIFY(!engine.setPolicy(policy));
        QVERIFY2(engine.nodeStatus().pendingNote.contains(QStringLiteral("grows to 2 GiB")),
                 qPrintable(engine.nodeStatus().pendingNote));
        QCOMPARE(QFileInfo(image).size(), qint64(1) << 30);

        QVERIFY(!engine.setEnabled(false));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_lxc), Virt::DomainState::State::Shutoff, 60000);
        QVERIFY(!engine.setEnabled(true));
        QTRY_COMPARE_WITH_TIMEOUT(engine.nodeStatus().run, NodeStatus::Run::Running, 30000);
        QCOMPARE(QFileInfo(image).size(), qint64(2) << 30);
        QCOMPARE(CloudyTest::extFilesystemBytes(image), quint64(2) << 30);
        QTRY_COMPARE_WITH_TIMEOUT(engine.nodeStatus().liveCaps->diskGiB, 2, 10000);
        QString restarted;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(restarted = processWithEnvironment("CLOUDY_PORT=" + QByteArray::number(port))).isEmpty(),
            30000);
        QCOMPARE(readFile(restarted + QStringLiteral("/root/var/lib/cloudy/keep")), QByteArray("kept\n"));

        // Smaller again while stopped: the data fits, so the disk shrinks and keeps it.
        QVERIFY(!engine.setEnabled(false));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_lxc), Virt::DomainState::State::Shutoff, 60000);
        policy.caps = {2, 25, 64, 1};
        QVERIFY(!engine.setPolicy(policy));
        QVERIFY(!engine.setEnabled(true));
        QTRY_COMPARE_WITH_TIMEOUT(engine.nodeStatus().run, NodeStatus::Run::Running, 30000);
        QCOMPARE(QFileInfo(image).size(), qint64(1) << 30);
        QCOMPARE(CloudyTest::extFilesystemBytes(image), quint64(1) << 30);
        QTRY_VERIFY_WITH_TIMEOUT(
            !(restarted = processWithEnvironment("CLOUDY_PORT=" + QByteArray::number(port))).isEmpty(),
            30000);
        QCOMPARE(readFile(restarted + QStringLiteral("/root/var/lib/cloudy/keep")), QByteArray("kept\n"));

        QVERIFY(!engine.setEnabled(false));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_lxc), Virt::DomainState::State::Shutoff, 60000);
    }

    // Where loop devices do not work, the container gets the donated folder, and the status says that its
    // size is not enforced.
    void lxcWithoutLoopDevicesDonatesAFolder()
    {
        if (qEnvironmentVariable("CLOUDY_TESTENV_LXC") != QLatin1String("1"))
            CLOUDY_SKIP(QStringLiteral("the harness's libvirtd cannot start LXC containers here: %1")
                            .arg(CloudyTest::service(QStringLiteral("libvirt")).detail));
        if (!QFile::exists(m_lxcImage + QStringLiteral("/lxc-rootfs/sbin/cloudy-init")))
            CLOUDY_SKIP(
                QStringLiteral("no test container root filesystem in %1").arg(CloudyTest::guestImagesDir()));
        if (!m_lxc) {
            m_lxc = std::make_unique<Virt::Session>(lxcUri);
            QVERIFY(m_lxc->open().ok());
        }
        ShareEngine::Options options = engineOptions(lxcUri, QStringLiteral("lxc-folder"));
        options.loopControlPath = m_dir.filePath(QStringLiteral("no-loop-control"));
        ShareEngine engine(options);
        engine.start();
        SharingPolicy policy;
        policy.enabled = true;
        policy.microcloudId = microcloud;
        policy.guestKind = Sharing::GuestKind::Lxc;
        policy.image = m_lxcImage;
        policy.caps = {1, 25, 64, 1};
        policy.mode = Sharing::SharingMode::Always;
        QVERIFY(!engine.setPolicy(policy));
        QVERIFY2(!engine.nodeStatus().problem, problemOf(engine.nodeStatus()).constData());
        QCOMPARE(engine.nodeStatus().run, NodeStatus::Run::Running);
        QVERIFY(!engine.nodeStatus().diskCapEnforced);
        QVERIFY2(engine.nodeStatus().diskCapNote.contains(QStringLiteral("not enforced"))
                     && engine.nodeStatus().diskCapNote.contains(QStringLiteral("no-loop-control")),
                 qPrintable(engine.nodeStatus().diskCapNote));
        const QByteArray xml = domain(*m_lxc).xmlDesc().value();
        const QString folder = m_dir.filePath(QStringLiteral("pool/") + domainName + QStringLiteral("-data"));
        QVERIFY2(xml.contains(QByteArray("<source dir='" + folder.toUtf8() + "'/>"))
                     && !xml.contains("type='loop'"),
                 xml.constData());
        QVERIFY(live(*m_lxc).metadata.contains(QString::fromLatin1(kDiskCapOffMetadata)));

        // A reader that starts later (cloudyctl share status) sees it in the domain.
        ShareEngine::Options readOptions = engineOptions(lxcUri, QStringLiteral("lxc-folder"));
        readOptions.applyDecisions = false;
        readOptions.meter = false;
        ShareEngine reader(readOptions);
        reader.start();
        QTRY_VERIFY_WITH_TIMEOUT(reader.nodeStatus().run == NodeStatus::Run::Running, 10000);
        QVERIFY(!reader.nodeStatus().diskCapEnforced);
        QVERIFY(reader.nodeStatus().diskCapNote.contains(QStringLiteral("no-loop-control")));

        QVERIFY(!engine.setEnabled(false));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_lxc), Virt::DomainState::State::Shutoff, 60000);
    }

    // (c) The battery, as a real UPower on a private system bus says it, suspends and resumes the guest.
    void batterySuspendsAndResumes()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            CLOUDY_SKIP(QStringLiteral("dbus-daemon is not installed (apt-get install dbus-daemon)"));
        CloudyTest::FakeDesktopServices desktop;
        QString error;
        QVERIFY2(desktop.start(m_dir.path(), &error, QStringLiteral("contrib-fake")), qPrintable(error));
        desktop.screenSaver.idle = 600 * 1000;
        desktop.upower->setOnBattery(false);
        QVERIFY(desktop.setService(CloudyTest::kScreenSaverService, true));
        QVERIFY(desktop.setService(CloudyTest::kUPowerService, true));

        ShareEngine::Options options = engineOptions(qemuUri, QStringLiteral("battery"));
        options.watchActivity = true;
        options.sessionBusAddress = desktop.sessionAddress();
        options.systemBusAddress = desktop.systemAddress();
        options.meter = false;
        ShareEngine engine(options);
        engine.start();
        SharingPolicy policy = qemuPolicy();
        policy.mode = Sharing::SharingMode::Always; // pauseOnBattery is on by default
        policy.schedule.clear();
        policy.profiles.clear();
        policy.caps = {1, 50, 192, 1};
        QVERIFY(!engine.setPolicy(policy));
        QTRY_COMPARE_WITH_TIMEOUT(engine.controller()->activity().onBattery, false, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.decision().state, SharingState::Sharing, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_qemu), Virt::DomainState::State::Running, 30000);

        desktop.upower->setOnBattery(true);
        QTRY_COMPARE_WITH_TIMEOUT(engine.decision().state, SharingState::PausedOnBattery, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_qemu), Virt::DomainState::State::Paused, 10000);
        QTRY_COMPARE(engine.nodeStatus().run, NodeStatus::Run::Paused);

        desktop.upower->setOnBattery(false);
        QTRY_COMPARE_WITH_TIMEOUT(engine.decision().state, SharingState::Sharing, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*m_qemu), Virt::DomainState::State::Running, 10000);
        QTRY_COMPARE(engine.nodeStatus().run, NodeStatus::Run::Running);
    }

    // (e) libvirtd restarts while sharing: the engine reconnects, the guest kept running with its caps.
    void survivesLibvirtdRestart()
    {
        const QString tool = qEnvironmentVariable("CLOUDY_TESTENV_TOOL");
        if (tool.isEmpty() || !readFile(tool).contains("restart-libvirtd)"))
            CLOUDY_SKIP(QStringLiteral("tests/env/testenv has no 'restart-libvirtd' subcommand"));
        auto engine = startQemuEngine(engineOptions(qemuUri, QStringLiteral("restart")));
        QCOMPARE(engine->nodeStatus().run, NodeStatus::Run::Running);
        const int id = live(*m_qemu).id;
        QSignalSpy statuses(engine.get(), &ShareEngine::nodeStatusChanged);
        QSignalSpy reconnected(engine->session(), &Virt::Session::reconnected);

        CloudyTest::ProcessResult restart;
        QVERIFY(CloudyTest::runProgram(
            tool, {QStringLiteral("restart-libvirtd"), QStringLiteral("--state"), CloudyTest::stateDir()},
            &restart, QProcessEnvironment::systemEnvironment(), 120000));
        if (restart.exitCode != 0 && restart.err.contains("did not start libvirtd"))
            CLOUDY_SKIP(
                QStringLiteral("the harness reuses a libvirtd it did not start, so it cannot restart it: %1")
                    .arg(QString::fromUtf8(restart.err.trimmed())));
        QVERIFY2(restart.exitCode == 0, restart.err.constData());

        QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(engine->nodeStatus().run, NodeStatus::Run::Running, 30000);
        bool sawUnknown = false;
        for (const QList<QVariant> &arguments : std::as_const(statuses))
            sawUnknown |= arguments.at(0).value<NodeStatus>().run == NodeStatus::Run::Unknown;
        QVERIFY2(sawUnknown, "the node never said libvirt was gone");
        QVERIFY(!engine->nodeStatus().problem);
        QTRY_COMPARE_WITH_TIMEOUT(engine->nodeStatus().liveCaps, (ResourceCaps {1, 50, 192, 1}), 30000);

        QTRY_VERIFY_WITH_TIMEOUT(m_qemu->isConnected(), 60000);
        QCOMPARE(live(*m_qemu).id, id); // the same guest, not restarted
        QCOMPARE(CloudyTest::cfsQuota(CloudyTest::domainCgroup(domainName)).first, qint64(50000));

        // It still follows decisions on the new connection.
        m_now = monday(11);
        engine->controller()->reevaluate();
        QTRY_COMPARE_WITH_TIMEOUT(CloudyTest::cfsQuota(CloudyTest::domainCgroup(domainName)).first,
                                  qint64(60000), 10000);
        QTRY_VERIFY(engine->nodeStatus().liveCaps && engine->nodeStatus().liveCaps->vcpus == 2);
    }
};

CLOUDY_TEST_MAIN(TestContributionReal)
#include "tst_contribution_real.moc"
