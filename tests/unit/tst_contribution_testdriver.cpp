// SPDX-License-Identifier: GPL-3.0-or-later
// core/contribution against libvirt's in-process test driver (test:///default, no daemon): the domain a
// policy makes (maximums, CPU quota, memory, metadata), decisions turned into domain states, adopting a
// domain that already runs, and ShareEngine refusing a policy the host cannot give.
#include "TestEnv.h"
#include "contribution/ContributionNode.h"
#include "contribution/ShareEngine.h"
#include "platform/Paths.h"
#include "sharing/PolicyFile.h"
#include "sharing/SharingController.h"
#include "virt/Domain.h"
#include "virt/DomainXml.h"
#include "virt/Session.h"
#include "virt/Storage.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace Cloudy;
using namespace Cloudy::Contribution;
using Sharing::ResourceCaps;
using Sharing::SharingDecision;
using Sharing::SharingPolicy;
using Sharing::SharingState;

namespace {

const QString testUri = QStringLiteral("test:///default");
const QString domainName = QStringLiteral("cloudy-test-contribution");
const QString poolName = QStringLiteral("cloudy-test-contribution-pool");

SharingPolicy policyWithProfiles()
{
    SharingPolicy policy;
    policy.enabled = true;
    policy.microcloudId = QStringLiteral("gracia.guifi");
    policy.image = QStringLiteral("/images/test");
    policy.caps = {2, 50, 512, 4};
    policy.mode = Sharing::SharingMode::Schedule;
    policy.profiles = {{QStringLiteral("night"), QStringLiteral("Night"), 4, 100, 1024}};
    policy.schedule.setDaily(QTime(0, 0), QTime(6, 0), QStringLiteral("night"));
    return policy;
}

GuestImage fakeKernel(Sharing::GuestKind kind = Sharing::GuestKind::Qemu)
{
    GuestImage image;
    image.kind = kind;
    if (kind == Sharing::GuestKind::Qemu) {
        image.kernel = QStringLiteral("/nonexistent/vmlinuz"); // the test driver runs nothing
        image.initrd = QStringLiteral("/nonexistent/initrd.img");
        image.kernelCmdline = QStringLiteral("console=ttyS0");
    } else {
        image.rootDir = QStringLiteral("/nonexistent/rootfs");
    }
    return image;
}

SharingDecision sharing(const ResourceCaps &caps)
{
    SharingDecision decision;
    decision.state = SharingState::Sharing;
    decision.caps = caps;
    decision.code = QStringLiteral("sharing");
    return decision;
}

SharingDecision paused(SharingState state = SharingState::PausedUserActive)
{
    SharingDecision decision;
    decision.state = state;
    decision.code = QStringLiteral("user-active");
    return decision;
}

// What went wrong, for QVERIFY2 (empty when nothing did).
QByteArray problemOf(const NodeStatus &status)
{
    return status.problem ? (status.problem->code + QStringLiteral(": ") + status.problem->message).toUtf8()
                          : QByteArray();
}

SharingDecision off()
{
    return SharingDecision {};
}

} // namespace

class TestContributionTestDriver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Virt::Session> m_session;

    ContributionNode::Options nodeOptions(ImageResolver resolver = {}) const
    {
        ContributionNode::Options options;
        options.domainName = domainName;
        options.poolName = poolName;
        options.poolPath = m_dir.filePath(QStringLiteral("pool"));
        options.forceKvm = false;
        options.imageResolver = resolver ? resolver : [](const QString &, Sharing::GuestKind kind) {
            return Result<GuestImage>(fakeKernel(kind));
        };
        options.ledgerUrl = QStringLiteral("http://ledger.example");
        options.joinSecret = [](const QString &) { return QStringLiteral("secret"); };
        options.shutdownTimeoutMs = 2000;
        return options;
    }

    Virt::DomainXmlInfo liveInfo()
    {
        auto domain = m_session->lookup(domainName);
        if (!domain)
            return {};
        return Virt::parseDomainXml(domain->xmlDesc().value()).value();
    }

    Virt::DomainState::State domainState()
    {
        auto domain = m_session->lookup(domainName);
        return domain ? domain->state()->state : Virt::DomainState::State::NoState;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<Virt::Session>(testUri);
        const auto opened = m_session->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    }

    void cleanup()
    {
        if (auto domain = m_session->lookup(domainName); domain) {
            if (domain->isActive())
                domain.value().destroy();
            domain.value().undefine();
        }
        Virt::Storage storage(*m_session->connection());
        if (const auto volumes = storage.listVolumes(poolName); volumes) {
            for (const Virt::VolumeInfo &volume : volumes.value())
                storage.deleteVolume(poolName, volume.name);
        }
        storage.removePool(poolName, false);
    }

    void specFromCaps()
    {
        const SharingPolicy policy = policyWithProfiles();
        NodeLayout layout;
        layout.domainName = domainName;
        layout.volumePath = QStringLiteral("/pool/cloudy.img");
        layout.configDiskPath = QStringLiteral("/pool/config.iso");
        layout.serialLogFile = QStringLiteral("/pool/serial.log");
        const auto spec = buildDomainSpec(policy, policy.caps, fakeKernel(), layout);
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QCOMPARE(spec->vcpus, 2);
        QCOMPARE(spec->maxVcpus, 4); // the night profile's
        QCOMPARE(spec->memoryMiB, quint64(1024)); // the night profile's
        QCOMPARE(spec->currentMemoryMiB, quint64(512));
        QVERIFY(spec->hardLimitMiB > spec->memoryMiB); // QEMU's own memory on top
        QCOMPARE(spec->cpuCapPercent, 100); // 2 vCPUs at 50 % = one core
        QCOMPARE(spec->domainType(), QStringLiteral("qemu"));
        QCOMPARE(spec->kernelCmdline, QStringLiteral("console=ttyS0 cloudy.microcloud=gracia.guifi"));
        QVERIFY(!spec->kernelCmdline.contains(QStringLiteral("secret")));
        QCOMPARE(spec->configDisk, layout.configDiskPath);
        QCOMPARE(spec->disks.size(), 1);
        QCOMPARE(spec->disks.first().path, layout.volumePath);

        const auto xml = Virt::writeDomainXml(spec.value());
        QVERIFY(xml.ok());
        const auto info = Virt::parseDomainXml(xml.value());
        QVERIFY(info.ok());
        QCOMPARE(info->maxVcpus, 4);
        QCOMPARE(info->vcpus, 2);
        QCOMPARE(info->memoryKiB, quint64(1024 * 1024));
        QCOMPARE(info->currentMemoryKiB, quint64(512 * 1024));
        QCOMPARE(info->globalPeriodUs, quint64(100000));
        QCOMPARE(info->globalQuotaUs, qint64(100000));
        QCOMPARE(info->cpuCapPercent(), 100);
        QCOMPARE(info->metadata.value(QStringLiteral("role")), QStringLiteral("contribution"));
        QCOMPARE(info->metadata.value(QStringLiteral("microcloud")), QStringLiteral("gracia.guifi"));
        QCOMPARE(info->metadata.value(QStringLiteral("definition")), definitionFingerprint(spec.value()));
        QCOMPARE(capsFromXml(info.value()), (ResourceCaps {2, 50, 512, 0}));

        // Caps inside the maximums keep the definition; a new maximum, image or microcloud does not.
        const auto lower = buildDomainSpec(policy, {1, 30, 256, 4}, fakeKernel(), layout);
        QCOMPARE(lower->metadata.value(QStringLiteral("definition")),
                 spec->metadata.value(QStringLiteral("definition")));
        QCOMPARE(lower->cpuCapPercent, 30);
        SharingPolicy bigger = policy;
        bigger.profiles.first().vcpus = 8;
        QVERIFY(buildDomainSpec(bigger, policy.caps, fakeKernel(), layout)
                    ->metadata.value(QStringLiteral("definition"))
                != spec->metadata.value(QStringLiteral("definition")));
        SharingPolicy elsewhere = policy;
        elsewhere.microcloudId = QStringLiteral("sants");
        QVERIFY(buildDomainSpec(elsewhere, policy.caps, fakeKernel(), layout)
                    ->metadata.value(QStringLiteral("definition"))
                != spec->metadata.value(QStringLiteral("definition")));
    }

    void lxcSpec()
    {
        SharingPolicy policy = policyWithProfiles();
        policy.guestKind = Sharing::GuestKind::Lxc;
        policy.microcloudId = QStringLiteral("a b\"c");
        NodeLayout layout;
        layout.domainName = domainName;
        layout.dataDir = QStringLiteral("/pool/data");
        layout.configDir = QStringLiteral("/pool/config");
        const auto spec =
            buildDomainSpec(policy, {2, 25, 256, 4}, fakeKernel(Sharing::GuestKind::Lxc), layout);
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QCOMPARE(spec->domainType(), QStringLiteral("lxc"));
        QCOMPARE(spec->cpuCapPercent, 50);
        QCOMPARE(spec->currentMemoryMiB, quint64(256));
        QCOMPARE(spec->filesystems.size(), 2);
        QCOMPARE(spec->filesystems.at(1).targetDir, QStringLiteral("/run/cloudy-config"));
        QVERIFY(spec->filesystems.at(1).readOnly);
        QVERIFY(!spec->filesystems.at(0).readOnly);
        QVERIFY(spec->initEnv.contains({QStringLiteral("CLOUDY_MICROCLOUD"), QStringLiteral("a b\"c")}));
        const auto info = Virt::parseDomainXml(Virt::writeDomainXml(spec.value()).value());
        QCOMPARE(info->quotaUs, qint64(50000));
        QCOMPARE(info->cpuCapPercent(), 50);
        // The folder says why its size is not enforced.
        QVERIFY(info->metadata.contains(QString::fromLatin1(kDiskCapOffMetadata)));

        // With loop devices: the donated disk is an image mounted at the same place, a new definition.
        NodeLayout withImage = layout;
        withImage.dataDir.clear();
        withImage.dataImagePath = QStringLiteral("/pool/data.img");
        const auto imageSpec =
            buildDomainSpec(policy, {2, 25, 256, 4}, fakeKernel(Sharing::GuestKind::Lxc), withImage);
        QVERIFY2(imageSpec.ok(), qPrintable(imageSpec.error().message));
        QCOMPARE(imageSpec->filesystems.size(), 1);
        QCOMPARE(imageSpec->imageMounts.size(), 1);
        QCOMPARE(imageSpec->imageMounts.at(0).imagePath, QStringLiteral("/pool/data.img"));
        QCOMPARE(imageSpec->imageMounts.at(0).targetDir, QString::fromLatin1(kLxcDataMountPoint));
        QVERIFY(!imageSpec->metadata.contains(QString::fromLatin1(kDiskCapOffMetadata)));
        QVERIFY(imageSpec->metadata.value(QStringLiteral("definition"))
                != spec->metadata.value(QStringLiteral("definition")));
    }

    void decisionsDriveTheDomain()
    {
        ContributionNode node(m_session.get(), nodeOptions());
        const SharingPolicy policy = policyWithProfiles();
        node.setPolicy(policy);
        QSignalSpy statuses(&node, &ContributionNode::statusChanged);
        node.reconcile();
        QCOMPARE(node.status().run, NodeStatus::Run::Absent);

        node.apply(sharing(policy.caps));
        QVERIFY2(!node.status().problem, problemOf(node.status()).constData());
        QCOMPARE(node.status().run, NodeStatus::Run::Running);
        QCOMPARE(domainState(), Virt::DomainState::State::Running);
        QVERIFY(node.status().liveCaps);
        QCOMPARE(node.status().liveCaps->vcpus, 2);
        QCOMPARE(node.status().liveCaps->cpuPercent, 50);
        QCOMPARE(node.status().liveCaps->memoryMiB, 512);
        QCOMPARE(node.status().liveCaps->diskGiB, 4);
        QVERIFY(statuses.size() >= 1);
        QCOMPARE(statuses.last().at(0).value<NodeStatus>().run, NodeStatus::Run::Running);
        // The guest's configuration disk is in the pool, owner-only.
        QVERIFY(QFile::exists(node.configPath()));
        QCOMPARE(QFile::permissions(node.configPath()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Another profile: vCPUs and memory change live; the test driver has no CPU quota, said so.
        node.apply(sharing({4, 100, 1024, 4}));
        QCOMPARE(liveInfo().vcpus, 4);
        QCOMPARE(liveInfo().currentMemoryKiB, quint64(1024 * 1024));
        QCOMPARE(node.status().liveCaps->vcpus, 4);
        QVERIFY2(node.status().pendingNote.contains(QStringLiteral("cpu-cap")),
                 qPrintable(node.status().pendingNote));

        node.apply(paused());
        QCOMPARE(domainState(), Virt::DomainState::State::Paused);
        QCOMPARE(node.status().run, NodeStatus::Run::Paused);
        node.apply(paused(SharingState::PausedOnBattery)); // already paused: nothing to do
        QCOMPARE(domainState(), Virt::DomainState::State::Paused);

        node.apply(sharing(policy.caps));
        QCOMPARE(domainState(), Virt::DomainState::State::Running);
        QCOMPARE(liveInfo().vcpus, 2);

        node.apply(off());
        QTRY_COMPARE(domainState(), Virt::DomainState::State::Shutoff);
        QTRY_COMPARE(node.status().run, NodeStatus::Run::Stopped);

        // Paused with nothing running: stays off (never started just to be paused).
        node.apply(paused());
        QCOMPARE(domainState(), Virt::DomainState::State::Shutoff);
    }

    void kvmProbeDoesNotBlockTheEventLoop()
    {
        // A probe that answers only once the event loop has turned a few times: were it run on this
        // thread, the ticks could never come and it would give up (a bounded wait, so a failure cannot hang).
        QSemaphore mayAnswer;
        QAtomicInt probes = 0;
        QAtomicInt gaveUp = 0;
        ContributionNode::Options options = nodeOptions();
        options.forceKvm.reset();
        options.kvmProbe = [&] {
            probes.fetchAndAddOrdered(1);
            if (!mayAnswer.tryAcquire(1, 20000))
                gaveUp.storeRelease(1);
            return Virt::KvmProbeResult {Virt::KvmProbeResult::Status::RunsGuests, QStringLiteral("test")};
        };
        const SharingPolicy policy = policyWithProfiles();
        ContributionNode node(m_session.get(), options);
        node.setPolicy(policy);

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (++ticks == 5)
                mayAnswer.release();
        });
        ticker.start(10);

        node.apply(sharing(policy.caps));
        // apply() returned at once: nothing defined while the answer is out, and the user is told why.
        QCOMPARE(node.status().run, NodeStatus::Run::Absent);
        QVERIFY(!node.status().problem);
        QVERIFY2(node.status().pendingNote.contains(QLatin1String("KVM")),
                 qPrintable(node.status().pendingNote));
        QTRY_COMPARE_WITH_TIMEOUT(node.status().run, NodeStatus::Run::Running, 30000);
        QVERIFY(ticks >= 5);
        QCOMPARE(gaveUp.loadAcquire(), 0);
        QVERIFY(node.status().pendingNote.isEmpty());
        // The answer decided the domain type.
        QCOMPARE(liveInfo().type, QStringLiteral("kvm"));

        // Asked once per node: later decisions use the answer.
        node.apply(paused());
        node.apply(sharing(policy.caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Running);
        QCOMPARE(probes.loadAcquire(), 1);
    }

    void otherDecisionsDoNotWaitForTheKvmProbe()
    {
        QSemaphore mayAnswer;
        QAtomicInt answered = 0;
        ContributionNode::Options options = nodeOptions();
        options.forceKvm.reset();
        options.kvmProbe = [&] {
            mayAnswer.tryAcquire(1, 20000);
            answered.storeRelease(1);
            return Virt::KvmProbeResult {Virt::KvmProbeResult::Status::NoDevice, QStringLiteral("test")};
        };
        const SharingPolicy policy = policyWithProfiles();
        ContributionNode node(m_session.get(), options);
        node.setPolicy(policy);
        node.apply(sharing(policy.caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Absent);

        // The user switches off before the answer: nothing is started when it comes.
        node.apply(off());
        QVERIFY(node.status().pendingNote.isEmpty());
        mayAnswer.release();
        QTRY_VERIFY(answered.loadAcquire());
        // The answer's queued delivery: nothing must happen, so there is no event to wait for.
        QTest::qWait(100);
        QCOMPARE(node.status().run, NodeStatus::Run::Absent);
        QCOMPARE(domainState(), Virt::DomainState::State::NoState);

        // Sharing again uses the answer at once (TCG: no KVM here).
        node.apply(sharing(policy.caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Running);
        QCOMPARE(liveInfo().type, QStringLiteral("qemu"));
    }

    void synchronousKvmProbeForTheCommandLine()
    {
        int probes = 0;
        ContributionNode::Options options = nodeOptions();
        options.forceKvm.reset();
        options.probeKvmInBackground = false;
        options.kvmProbe = [&] {
            ++probes;
            return Virt::KvmProbeResult {Virt::KvmProbeResult::Status::Hangs, QStringLiteral("test")};
        };
        const SharingPolicy policy = policyWithProfiles();
        ContributionNode node(m_session.get(), options);
        node.setPolicy(policy);
        node.apply(sharing(policy.caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Running); // defined and started within apply()
        QCOMPARE(liveInfo().type, QStringLiteral("qemu"));
        QCOMPARE(probes, 1);
    }

    void offDestroysAGuestThatIgnoresShutdown()
    {
        // libvirt's test driver powers a domain off the moment it is asked, so the guest's side is replaced:
        // the request is made and counted, and this guest ignores it, as one whose ACPI is dead does. The
        // destroy that follows is libvirt's own (the real guest: tst_contribution_real).
        int requests = 0;
        ContributionNode::Options options = nodeOptions();
        options.shutdownTimeoutMs = 300;
        options.requestShutdown = [&requests](Virt::Domain &) {
            ++requests;
            return Result<bool>(true);
        };
        const SharingPolicy policy = policyWithProfiles();
        ContributionNode node(m_session.get(), options);
        node.setPolicy(policy);
        node.apply(sharing(policy.caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Running);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not power off")));
        node.apply(off());
        QCOMPARE(requests, 1);
        QCOMPARE(domainState(), Virt::DomainState::State::Running); // asked, not forced (yet)
        QVERIFY(!node.status().forcedStop);

        QTRY_COMPARE(domainState(), Virt::DomainState::State::Shutoff);
        QCOMPARE(m_session->lookup(domainName)->state()->reasonText, QStringLiteral("destroyed"));
        QTRY_VERIFY(node.status().forcedStop);
        QCOMPARE(node.status().run, NodeStatus::Run::Stopped);
        QVERIFY(!node.status().problem);

        // A new run clears it.
        node.apply(sharing(policy.caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Running);
        QVERIFY(!node.status().forcedStop);

        // Sharing again before the timeout: the guest is not destroyed under the user's new decision.
        node.apply(off());
        QCOMPARE(requests, 2);
        node.apply(sharing(policy.caps));
        QTest::qWait(options.shutdownTimeoutMs * 2); // past the timeout: there is no event to wait for
        QCOMPARE(domainState(), Virt::DomainState::State::Running);
        QVERIFY(!node.status().forcedStop);
    }

    void offWaitsForAGuestThatPowersOff()
    {
        // The default request on the test driver: the domain is off at once, nothing is forced.
        ContributionNode::Options options = nodeOptions();
        options.shutdownTimeoutMs = 300;
        const SharingPolicy policy = policyWithProfiles();
        ContributionNode node(m_session.get(), options);
        node.setPolicy(policy);
        node.apply(sharing(policy.caps));
        node.apply(off());
        QTRY_COMPARE(node.status().run, NodeStatus::Run::Stopped);
        QCOMPARE(m_session->lookup(domainName)->state()->reasonText, QStringLiteral("shutdown"));
        QTest::qWait(options.shutdownTimeoutMs * 2);
        QVERIFY(!node.status().forcedStop);
    }

    void adoptsARunningDomain()
    {
        const SharingPolicy policy = policyWithProfiles();
        ContributionNode first(m_session.get(), nodeOptions());
        first.setPolicy(policy);
        first.apply(sharing(policy.caps));
        QCOMPARE(first.status().run, NodeStatus::Run::Running);
        const int id = liveInfo().id;
        QVERIFY(id > 0);
        QTest::qWait(200); // the first start's events are delivered (to every connection) before we listen

        // A second program (its own connection) finds the domain and does not restart it.
        Virt::Session other(testUri);
        QVERIFY(other.open().ok());
        QSignalSpy events(&other, &Virt::Session::domainEvent);
        ContributionNode second(&other, nodeOptions());
        second.setPolicy(policy);
        second.reconcile();
        QCOMPARE(second.status().run, NodeStatus::Run::Running);
        QCOMPARE(second.status().liveCaps, first.status().liveCaps);
        second.apply(sharing(policy.caps));
        QCOMPARE(second.status().run, NodeStatus::Run::Running);
        QCOMPARE(liveInfo().id, id);
        QTest::qWait(100);
        for (const QList<QVariant> &event : std::as_const(events))
            QVERIFY(event.at(1).value<Virt::DomainEvent>().type != Virt::DomainEvent::Type::Started);

        // A changed maximum redefines (for the next start) without a restart, and says so.
        SharingPolicy bigger = policy;
        bigger.profiles.first().vcpus = 6;
        second.setPolicy(bigger);
        second.apply(sharing(policy.caps));
        QCOMPARE(liveInfo().id, id);
        QVERIFY(!second.status().pendingNote.isEmpty());
        auto domain = m_session->lookup(domainName);
        QCOMPARE(Virt::parseDomainXml(domain->xmlDesc(true).value())->maxVcpus, 6);
    }

    void kindChangeAppliesOnTheNextStart()
    {
        const SharingPolicy policy = policyWithProfiles();
        ContributionNode node(m_session.get(), nodeOptions());
        node.setPolicy(policy);
        node.apply(sharing(policy.caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Running);
        const int id = liveInfo().id;

        // A virtual machine cannot become a container while it runs: redefined for the next start, said so
        // in the words the Share page shows.
        SharingPolicy container = policy;
        container.guestKind = Sharing::GuestKind::Lxc;
        node.setPolicy(container);
        node.apply(sharing(policy.caps));
        QVERIFY2(node.status().pendingNote.contains(QLatin1String("guest kind")),
                 qPrintable(node.status().pendingNote));
        QVERIFY(node.status().pendingNote.contains(QLatin1String("next start")));
        QCOMPARE(liveInfo().id, id);
        auto domain = m_session->lookup(domainName);
        QCOMPARE(Virt::parseDomainXml(domain->xmlDesc(true).value())->type, QStringLiteral("lxc"));
    }

    void missingImageIsAProblem()
    {
        ContributionNode node(m_session.get(), nodeOptions(resolveImageFolder));
        SharingPolicy policy = policyWithProfiles();
        policy.image = m_dir.filePath(QStringLiteral("no-such-image"));
        node.setPolicy(policy);
        node.apply(sharing(policy.caps));
        QVERIFY(node.status().problem);
        QCOMPARE(node.status().problem->code, QStringLiteral("image-missing"));
        QVERIFY(node.status().problem->message.contains(policy.image));
        QCOMPARE(node.status().run, NodeStatus::Run::Absent);
    }

    void notConnectedIsAProblem()
    {
        Virt::Session broken(QStringLiteral("qemu+unix:///system?socket=/nonexistent/cloudy.sock"));
        broken.setAutoReconnect(false);
        QVERIFY(!broken.open().ok());
        ContributionNode node(&broken, nodeOptions());
        node.setPolicy(policyWithProfiles());
        node.apply(sharing(policyWithProfiles().caps));
        QCOMPARE(node.status().run, NodeStatus::Run::Unknown);
        QVERIFY(node.status().problem);
        QCOMPARE(node.status().problem->code, broken.lastError().code);
        QCOMPARE(node.status().problem->message, broken.lastError().message);
    }

    void resolvesImageFolders()
    {
        const QString folder = m_dir.filePath(QStringLiteral("image"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/lxc-rootfs")));
        QCOMPARE(resolveImageFolder(folder, Sharing::GuestKind::Qemu).error().code,
                 QStringLiteral("image-missing"));
        for (const char *name : {"vmlinuz", "initrd.img"}) {
            QFile file(folder + u'/' + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto qemu = resolveImageFolder(folder, Sharing::GuestKind::Qemu);
        QVERIFY2(qemu.ok(), qPrintable(qemu.error().message));
        QVERIFY(qemu->kernel.endsWith(QStringLiteral("/vmlinuz")));
        QVERIFY(qemu->initrd.endsWith(QStringLiteral("/initrd.img")));
        QCOMPARE(qemu->kernelCmdline, QStringLiteral("console=ttyS0"));
        auto lxc = resolveImageFolder(folder, Sharing::GuestKind::Lxc);
        QVERIFY(lxc.ok());
        QVERIFY(lxc->rootDir.endsWith(QStringLiteral("/lxc-rootfs")));
        const auto missing = resolveImageFolder(folder + QStringLiteral("/nope"), Sharing::GuestKind::Qemu);
        QCOMPARE(missing.error().code, QStringLiteral("image-missing"));
        QVERIFY(missing.error().message.contains(folder + QStringLiteral("/nope")));
    }

    void resolvesInstalledServiceBundles()
    {
        // A catalog id names an installed service's bundle (Paths::dataDir()/services/ID/bundle); its
        // manifest says what boots. Not installed: the message says how to install it.
        QStandardPaths::setTestModeEnabled(true); // ~/.qttest: never the user's own services
        const auto restore = qScopeGuard([] { QStandardPaths::setTestModeEnabled(false); });
        QVERIFY(QDir(Paths::dataDir() + QStringLiteral("/services")).removeRecursively());
        QCOMPARE(resolveImageFolder(QStringLiteral("cloudy-node"), Sharing::GuestKind::Qemu).error().code,
                 QStringLiteral("image-unknown"));
        const QString bundle = Paths::dataDir() + QStringLiteral("/services/cloudy-node/bundle");
        QVERIFY(QDir().mkpath(bundle + QStringLiteral("/boot")));
        for (const char *name : {"boot/vmlinuz", "boot/initrd.img"}) {
            QFile file(bundle + u'/' + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QFile manifest(bundle + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"({"format": 1, "id": "cloudy-node", "version": "1", "kind": "qemu",
            "qemu": {"kernel": "boot/vmlinuz", "initrd": "boot/initrd.img", "cmdline": "console=ttyS0 quiet"},
            "contents": {"files": 3, "bytes": 0}})");
        manifest.close();
        auto qemu = resolveImageFolder(QStringLiteral("cloudy-node"), Sharing::GuestKind::Qemu);
        QVERIFY2(qemu.ok(), qPrintable(qemu.error().message));
        QVERIFY(qemu->kernel.endsWith(QStringLiteral("/bundle/boot/vmlinuz")));
        QCOMPARE(qemu->kernelCmdline, QStringLiteral("console=ttyS0 quiet"));
        // The same bundle given as a folder; and the wrong kind is refused with what to choose.
        QVERIFY(resolveImageFolder(bundle, Sharing::GuestKind::Qemu).ok());
        QCOMPARE(resolveImageFolder(QStringLiteral("cloudy-node"), Sharing::GuestKind::Lxc).error().code,
                 QStringLiteral("image-kind"));
        QVERIFY(QDir(Paths::dataDir() + QStringLiteral("/services")).removeRecursively());
    }

    void engineRefusesPolicyOverCapacity()
    {
        ShareEngine::Options options;
        options.libvirtUri = testUri;
        options.policyPath = m_dir.filePath(QStringLiteral("engine/policy.json"));
        options.poolName = poolName;
        options.poolPath = m_dir.filePath(QStringLiteral("pool"));
        options.domainName = domainName;
        options.watchActivity = false;
        options.meter = false;
        options.forceKvm = false;
        options.imageResolver = [](const QString &, Sharing::GuestKind kind) {
            return Result<GuestImage>(fakeKernel(kind));
        };
        ShareEngine engine(options);
        engine.start();
        QCOMPARE(engine.decision().state, SharingState::Off);
        QCOMPARE(engine.nodeStatus().run, NodeStatus::Run::Absent);

        SharingPolicy policy = policyWithProfiles();
        policy.mode = Sharing::SharingMode::Always;
        policy.profiles.clear();
        policy.schedule.clear();
        policy.caps = {1, 25, 128, 1};
        const auto accepted = engine.setPolicy(policy);
        QVERIFY2(!accepted, accepted ? qPrintable(accepted->message) : "");
        QCOMPARE(engine.decision().state, SharingState::Sharing);
        QCOMPARE(engine.nodeStatus().run, NodeStatus::Run::Running);
        const QByteArray saved = [&] {
            QFile file(options.policyPath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!saved.isEmpty());

        QSignalSpy policies(&engine, &ShareEngine::policyChanged);
        QSignalSpy decisions(&engine, &ShareEngine::decisionChanged);
        SharingPolicy tooBig = policy;
        tooBig.caps.vcpus = engine.capacity().cores + 1;
        const auto refused = engine.setPolicy(tooBig);
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(QString::number(engine.capacity().cores)),
                 qPrintable(refused->message));
        QCOMPARE(engine.policy(), policy);
        QCOMPARE(policies.size(), 0);
        QCOMPARE(decisions.size(), 0);
        QFile file(options.policyPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), saved);
        QCOMPARE(liveInfo().vcpus, 1);

        // cloudyctl changes the file while the engine runs: the engine follows.
        SharingPolicy fromCtl = policy;
        fromCtl.enabled = false;
        QVERIFY(!Sharing::savePolicy(fromCtl, options.policyPath));
        QTRY_COMPARE_WITH_TIMEOUT(engine.policy().enabled, false, 10000);
        QCOMPARE(engine.decision().state, SharingState::Off);
        QTRY_COMPARE(engine.nodeStatus().run, NodeStatus::Run::Stopped);
    }

    // Another guest kind is another libvirt URI: the guest of the old kind gets the same stop as Off (the
    // request, then a destroy after the timeout when it ignores it), not a request nobody follows up.
    void switchingKindStopsTheOldGuest()
    {
        // The container's driver: a test driver of its own, from a file (test:///default is the VMs').
        const QString nodeFile = m_dir.filePath(QStringLiteral("lxc-node.xml"));
        {
            QFile file(nodeFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<node/>\n");
        }
        int requests = 0;
        ShareEngine::Options options;
        options.libvirtUri = testUri;
        options.lxcUri = QStringLiteral("test://") + nodeFile;
        options.policyPath = m_dir.filePath(QStringLiteral("switch/policy.json"));
        options.poolName = poolName;
        options.poolPath = m_dir.filePath(QStringLiteral("pool"));
        options.domainName = domainName;
        options.watchActivity = false;
        options.meter = false;
        options.forceKvm = false;
        options.imageResolver = [](const QString &, Sharing::GuestKind kind) {
            return Result<GuestImage>(fakeKernel(kind));
        };
        options.shutdownTimeoutMs = 300;
        options.requestShutdown = [&requests](Virt::Domain &) {
            ++requests;
            return Result<bool>(true); // asked, and ignored
        };
        ShareEngine engine(options);
        engine.start();
        SharingPolicy policy = policyWithProfiles();
        policy.mode = Sharing::SharingMode::Always;
        policy.profiles.clear();
        policy.schedule.clear();
        policy.caps = {1, 25, 128, 1};
        QVERIFY(!engine.setPolicy(policy));
        QCOMPARE(engine.nodeStatus().run, NodeStatus::Run::Running);
        QCOMPARE(liveInfo().type, QStringLiteral("qemu"));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not power off")));
        policy.guestKind = Sharing::GuestKind::Lxc;
        QVERIFY(!engine.setPolicy(policy));
        QCOMPARE(engine.session()->uri(), options.lxcUri);
        QCOMPARE(requests, 1);
        QVERIFY2(!engine.nodeStatus().problem, problemOf(engine.nodeStatus()).constData());
        QCOMPARE(engine.nodeStatus().run, NodeStatus::Run::Running); // the container, on its own driver
        QCOMPARE(domainState(), Virt::DomainState::State::Running); // asked, not forced (yet)
        QTRY_COMPARE(domainState(), Virt::DomainState::State::Shutoff);
        QCOMPARE(m_session->lookup(domainName)->state()->reasonText, QStringLiteral("destroyed"));
    }
};

CLOUDY_TEST_MAIN(TestContributionTestDriver)
#include "tst_contribution_testdriver.moc"
