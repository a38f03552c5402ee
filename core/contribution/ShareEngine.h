// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metering/Usage.h"
#include "platform/Result.h"
#include "sharing/HostCapacity.h"
#include "sharing/SharingDecision.h"
#include "sharing/SharingPolicy.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Cloudy::Virt {
class Domain;
class Session;
} // namespace Cloudy::Virt
namespace Cloudy::Sharing {
class ActivityMonitor;
class SharingController;
} // namespace Cloudy::Sharing
namespace Cloudy::Metering {
class UsageMeter;
class UsageStore;
} // namespace Cloudy::Metering

namespace Cloudy::Contribution {

class ContributionNode;

// The guest a policy's `image` names, resolved to what libvirt boots.
struct GuestImage
{
    Sharing::GuestKind kind = Sharing::GuestKind::Qemu;
    // QEMU: direct kernel boot (kernel + initrd + command line) or a disk image (copied into the pool).
    QString kernel;
    QString initrd;
    QString kernelCmdline;
    QString diskImage;
    // LXC: the root filesystem folder and the program to run as init in it, with its environment.
    QString rootDir;
    QString init = QStringLiteral("/sbin/cloudy-init");
    QList<QPair<QString, QString>> initEnv;
};

// Turns policy.image into a GuestImage. The default resolver accepts a folder: `vmlinuz` + `initrd.img`
// (QEMU kernel boot, command line from an optional `cmdline` file), `disk.qcow2`/`disk.img` (QEMU disk), or
// `rootfs/` / `lxc-rootfs/` (LXC), or an extracted service bundle (a folder with manifest.json); a catalog id
// names the bundle of an installed service (code "image-unknown" when it is not installed).
using ImageResolver = std::function<Result<GuestImage>(const QString &image, Sharing::GuestKind kind)>;
Result<GuestImage> resolveImageFolder(const QString &image, Sharing::GuestKind kind);

// What the contribution domain is doing, as libvirt says.
struct NodeStatus
{
    enum class Run
    {
        Unknown, // libvirt not reachable
        Absent, // no domain defined
        Stopped,
        Running,
        Paused,
    };
    Run run = Run::Unknown;
    QString domainName; // "cloudy-contribution"
    QString uri; // the libvirt connection
    // The caps of the live domain as libvirt reports them (running: live XML; otherwise the definition).
    std::optional<Sharing::ResourceCaps> liveCaps;
    // The last cap change: which parts apply only on the next start, in words ("CPU count: on next start").
    QString pendingNote;
    // Set when the node cannot follow the decision (libvirt missing, refused, image missing…): what went
    // wrong and how to fix it.
    std::optional<Error> problem;
    // Off: the guest did not power off within the shutdown timeout and was destroyed (cleared when it
    // starts again). Said to the user: whatever the guest had not written is lost.
    bool forcedStop = false;
    // Whether the donated disk size is a hard cap: false for a container whose disk image could not be
    // mounted (no loop devices on this host), which got a plain folder instead; diskCapNote says why.
    bool diskCapEnforced = true;
    QString diskCapNote;

    // Field by field (Error has no operator==; problems compare by code and message).
    bool operator==(const NodeStatus &other) const;
};
QString runName(NodeStatus::Run run); // "unknown", "absent", "stopped", "running", "paused"

// Everything sharing needs, wired together for cloudy-desktop and cloudyctl: the policy file, the host's
// capacity, the activity monitor and SharingController (when), the ContributionNode (the libvirt domain
// that carries the donation) and the UsageMeter with its store (metering). Lives in the main thread.
//
// start(): loads the policy (a corrupt file falls back to defaults: policyProblem()), opens the libvirt
// session (auto-reconnecting), reconciles with a domain that is already there (libvirtd owns it, it outlives
// the GUI), starts the activity monitor and the meter. From then on every decision the controller takes is
// applied to the node (Sharing → running with the caps; paused states → suspended; Off → shut down).
class ShareEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString libvirtUri; // empty: qemu:///session for a user, qemu:///system for root (LXC: lxc:///system)
        QString policyPath; // empty: Sharing::defaultPolicyPath()
        QString usageDatabasePath; // empty: Metering::defaultUsageDatabasePath()
        QString domainName = QStringLiteral("cloudy-contribution");
        QString poolName; // empty: Virt::defaultPoolName()
        QString poolPath; // empty: Virt::defaultPoolPath()
        bool watchActivity = true; // false: no ActivityMonitor (tests inject readings into controller())
        bool meter = true;
        // false: read-only (cloudyctl share status): the node is looked at, never defined, started or
        // changed.
        bool applyDecisions = true;
        int meterIntervalMs = 5000;
        std::optional<bool> forceKvm; // unset: KVM when it runs guests here, TCG otherwise
        // See ContributionNode::Options: the GUI probes KVM in the background; cloudyctl waits for it.
        bool probeKvmInBackground = true;
        ImageResolver imageResolver; // empty: resolveImageFolder
        QString loopControlPath = QStringLiteral("/dev/loop-control"); // see ContributionNode::Options
        // Where the join credentials come from (the keyring); empty: none are passed.
        std::function<QString(const QString &microcloudId)> joinSecret;
        QString ledgerUrl; // passed to the guest with the microcloud id
        // The D-Bus buses the ActivityMonitor asks (tests run private dbus-daemons); empty: the user's
        // session bus and the system bus.
        QString sessionBusAddress;
        QString systemBusAddress;
        int activityPollMs = 0; // 0: ActivityMonitor's default
        int shutdownTimeoutMs = 30000; // Off: the guest is destroyed when it has not powered off by then
        // See ContributionNode::Options (tests: a request the guest ignores).
        std::function<Result<bool>(Virt::Domain &domain)> requestShutdown;
        // Set: the URI of container guests, instead of libvirtUri (tests: two test:/// drivers, to switch
        // the guest kind).
        QString lxcUri;
    };

    explicit ShareEngine(QObject *parent = nullptr);
    explicit ShareEngine(Options options, QObject *parent = nullptr);
    ~ShareEngine() override;

    // Synchronous up to the reconciliation: when it returns, nodeStatus() says what libvirt has (or why it
    // cannot be asked); the first activity reading, and so the first real decision, comes later.
    void start();

    const Sharing::SharingPolicy &policy() const;
    // Set when the policy file was unusable at start and defaults are used (shown as a warning).
    std::optional<Error> policyProblem() const;
    Sharing::HostCapacity capacity() const;
    // Validates against the host, saves atomically, and applies at once. Refused policies change nothing.
    std::optional<Error> setPolicy(const Sharing::SharingPolicy &policy);
    std::optional<Error> setEnabled(bool enabled);
    // Re-reads the policy file (cloudyctl changed it while the desktop runs).
    void reloadPolicy();

    Sharing::SharingDecision decision() const;
    NodeStatus nodeStatus() const;

    // Metering (null when Options::meter is false).
    Metering::UsageMeter *meter() const;
    Metering::UsageStore *usageStore() const;
    Metering::UsageTotals totalsSince(const QDateTime &from) const; // zero when there is no store
    Metering::UsageTotals today() const; // since local midnight
    Metering::UsageTotals thisWeek() const; // since Monday 00:00 local

    Sharing::SharingController *controller() const;
    Virt::Session *session() const;
    ContributionNode *node() const;

Q_SIGNALS:
    void policyChanged(const Cloudy::Sharing::SharingPolicy &policy);
    void decisionChanged(const Cloudy::Sharing::SharingDecision &decision);
    void nodeStatusChanged(const Cloudy::Contribution::NodeStatus &status);
    // A metering reading: what is donated now (cpuCores: 1.0 = one full core).
    void usageSampled(const Cloudy::Metering::UsageReading &reading, double cpuCores);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Cloudy::Contribution

Q_DECLARE_METATYPE(Cloudy::Contribution::NodeStatus)
