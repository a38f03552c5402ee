// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigDisk.h"
#include "ShareEngine.h"
#include "virt/Domain.h"
#include "virt/DomainXml.h"
#include "virt/KvmProbe.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace Cloudy::Virt {
class Session;
}

namespace Cloudy::Contribution {

// Where the pieces of the domain live, and what the spec builder needs besides the policy and image.
struct NodeLayout
{
    QString domainName = QStringLiteral("cloudy-contribution");
    bool kvm = false; // QEMU: hardware virtualisation (domain type kvm) instead of TCG
    // QEMU: a memory hard limit (guest maximum + QEMU's own overhead) on the domain's cgroup. libvirt also
    // makes it the process's RLIMIT_MEMLOCK, which fails where libvirtd may not raise that limit
    // (containers without CAP_SYS_RESOURCE): the node then defines the guest without it.
    bool qemuHardLimit = true;
    QString bootDiskPath; // QEMU booting a disk image: its copy in the pool
    QString volumePath; // QEMU: the donated disk (a sparse raw volume of caps.diskGiB)
    // LXC: the donated disk, a sparse raw image in the pool holding ext4 (DonatedDisk.h) of caps.diskGiB,
    // mounted read-write at kLxcDataMountPoint through a loop device: the container cannot write more.
    // Paths of 64 bytes or more go through a link in the runtime folder (libvirt's loop name limit).
    QString dataImagePath;
    // LXC where loop devices do not work: the donated folder mounted there instead, with no size cap, and
    // why (kept in the domain's metadata as "disk-cap-off", so that every reader of the domain can say it).
    QString dataDir;
    QString diskCapOff;
    QString configDiskPath; // QEMU: the NoCloud ISO ("" when there is none)
    QString configDir; // LXC: the NoCloud folder ("" when there is none)
    QString serialLogFile; // QEMU: the serial console log
};
inline constexpr char kLxcDataMountPoint[] = "/var/lib/cloudy";
// The metadata key of a container whose donated disk is a folder without a size cap: why.
inline constexpr char kDiskCapOffMetadata[] = "disk-cap-off";

// The domain a policy and image make (pure): maximums from policy.peakCaps() (vCPUs and memory, so that
// every profile applies live), online vCPUs, balloon and CPU cap from `caps`, metadata role=contribution,
// microcloud=ID and a fingerprint of everything that needs a new definition (see definitionFingerprint).
Result<Virt::DomainSpec> buildDomainSpec(const Sharing::SharingPolicy &policy,
                                         const Sharing::ResourceCaps &caps, const GuestImage &image,
                                         const NodeLayout &layout);
// What in a spec cannot change on a defined domain by a cap change: kind, domain type, maximums, boot
// image, disks, mounts, microcloud. Stored in the metadata as "definition"; a different one means redefine.
QString definitionFingerprint(const Virt::DomainSpec &spec);
// The caps of a domain as its XML says (cpuPercent per vCPU, rounded; diskGiB is not in the XML: 0).
Sharing::ResourceCaps capsFromXml(const Virt::DomainXmlInfo &info);

// The contribution node: the libvirt domain "cloudy-contribution" that carries the donation. Follows the
// SharingDecision (Sharing → defined, started, resumed, caps applied live where libvirt allows; Paused*
// and Unavailable → suspended; Off → graceful shutdown, destroyed after a timeout), adopts a domain that
// already runs (libvirtd owns it, it outlives the program), follows the domain's lifecycle events, and
// after a libvirtd restart looks the domain up again and re-applies the last decision. Main thread only;
// nothing here waits for the guest.
class ContributionNode : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString domainName = QStringLiteral("cloudy-contribution");
        QString poolName; // empty: Virt::defaultPoolName()
        QString poolPath; // empty: Virt::defaultPoolPath()
        std::optional<bool> forceKvm; // unset: KVM when it really runs guests here
        // Where forceKvm is unset, KVM is probed off this thread (the probe can take its whole timeout
        // where nested virtualisation is broken): a QEMU guest is defined once the answer is in, and
        // nothing else waits for it. false: probed synchronously (cloudyctl, which exits right after).
        bool probeKvmInBackground = true;
        // The probe to run instead of Virt::probeKvmOnce() (tests: a slow one); runs on the thread pool in
        // the background mode, and once per node.
        std::function<Virt::KvmProbeResult()> kvmProbe;
        ImageResolver imageResolver; // empty: resolveImageFolder
        std::function<QString(const QString &microcloudId)> joinSecret;
        QString ledgerUrl;
        int shutdownTimeoutMs = 30000; // Off: destroy when the guest has not powered off by then
        // Off: how the guest is asked to power off; empty: Virt::Domain::shutdown() (the ACPI power button
        // for QEMU, SIGTERM to init for LXC). libvirt's test driver powers off at once, so a unit test
        // replaces it with a request the guest ignores, to reach the destroy after the timeout.
        std::function<Result<bool>(Virt::Domain &domain)> requestShutdown;
        int refreshIntervalMs = 5000; // how often the status is read again without an event
        // LXC: the donated disk is an image mounted through a loop device when this exists (tests: a
        // path that does not, to reach the folder without a size cap).
        QString loopControlPath = QStringLiteral("/dev/loop-control");
    };

    ContributionNode(Virt::Session *session, Options options, QObject *parent = nullptr);
    ~ContributionNode() override;

    Virt::Session *session() const { return m_session; }
    const Options &options() const { return m_options; }
    QString domainName() const { return m_options.domainName; }
    // The serial console log of a QEMU guest (in the pool folder).
    QString serialLogPath() const;
    // The NoCloud ISO (QEMU) or folder (LXC) the guest gets.
    QString configPath() const;
    QString poolPath() const { return m_poolPath; }

    // The policy the domain is built from. Applied on the next apply() (a running guest is redefined
    // only when its definition must change; that definition applies on its next start).
    void setPolicy(const Sharing::SharingPolicy &policy);
    const Sharing::SharingPolicy &policy() const { return m_policy; }

    // Reads the domain if there is one (state, caps) without changing it.
    void reconcile();
    // Makes the domain follow the decision (read-only: only remembers it and reads the domain again).
    void apply(const Sharing::SharingDecision &decision);
    // Read-only: the domain is looked at, never defined, started or changed (cloudyctl share status).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    std::optional<Sharing::SharingDecision> lastDecision() const { return m_decision; }

    NodeStatus status() const { return m_status; }
    // The spec the current policy makes with these caps (what apply() defines).
    Result<Virt::DomainSpec> currentSpec(const Sharing::ResourceCaps &caps);

Q_SIGNALS:
    void statusChanged(const Cloudy::Contribution::NodeStatus &status);

private:
    void onDomainEvent(const QString &name, const Virt::DomainEvent &event);
    void onReconnected();
    void onDisconnected();
    void applySharing(const Sharing::ResourceCaps &caps);
    void applyPaused();
    void applyOff();
    Result<Virt::Domain> ensureDefined(const Sharing::ResourceCaps &caps);
    Result<NodeLayout> prepareStorage(const Sharing::ResourceCaps &caps, const GuestImage &image);
    // LXC: creates the donated disk image at `path` (once), or resizes it to the caps while no guest runs.
    Result<bool> prepareLxcDisk(const QString &path, const Sharing::ResourceCaps &caps);
    // Whether KVM runs guests here, asking the probe synchronously when it has not answered yet.
    bool kvm();
    // Background mode: true when the answer is known; otherwise starts the probe (once) and returns false,
    // and apply() runs again with the last decision when the answer comes.
    bool kvmKnownOrProbing();
    void kvmProbed(const Virt::KvmProbeResult &result);
    // Re-reads state and caps from libvirt and emits statusChanged when they changed.
    void refresh();
    void setProblem(const Error &error);
    void publish(NodeStatus status);

    Virt::Session *m_session;
    Options m_options;
    QString m_poolPath;
    Sharing::SharingPolicy m_policy;
    std::optional<Sharing::SharingDecision> m_decision;
    NodeStatus m_status;
    std::optional<Error> m_problem; // what the last apply() could not do
    QString m_pendingNote;
    std::optional<bool> m_kvm;
    QFutureWatcher<Virt::KvmProbeResult> m_kvmProbe;
    bool m_kvmProbing = false; // m_kvmProbe watches a probe whose answer is not taken yet
    bool m_readOnly = false;
    bool m_forcedStop = false; // the guest ignored the shutdown request and was destroyed
    bool m_qemuHardLimit = true; // false once libvirtd could not apply it (see NodeLayout::qemuHardLimit)
    // false once a container could not mount its disk image: the donated folder then (NodeLayout::dataDir),
    // and m_diskCapOff says why.
    bool m_lxcDiskImage = true;
    QString m_diskCapOff;
    QTimer m_destroyTimer;
    // Caps change without lifecycle events (the balloon reaching its target, a change made with virsh): the
    // status is read again every few seconds while libvirt is connected.
    QTimer m_refreshTimer;
};

} // namespace Cloudy::Contribution
