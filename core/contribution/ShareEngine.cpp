// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShareEngine.h"

#include "ContributionLog.h"
#include "ContributionNode.h"
#include "metering/UsageMeter.h"
#include "metering/UsageStore.h"
#include "platform/Settings.h"
#include "sharing/ActivityMonitor.h"
#include "sharing/PolicyFile.h"
#include "sharing/SharingController.h"
#include "virt/Session.h"
#include "virt/Storage.h"

#include <QDBusConnection>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Cloudy::Contribution {

using Sharing::SharingDecision;
using Sharing::SharingPolicy;

QString runName(NodeStatus::Run run)
{
    switch (run) {
    case NodeStatus::Run::Unknown:
        return QStringLiteral("unknown");
    case NodeStatus::Run::Absent:
        return QStringLiteral("absent");
    case NodeStatus::Run::Stopped:
        return QStringLiteral("stopped");
    case NodeStatus::Run::Running:
        return QStringLiteral("running");
    case NodeStatus::Run::Paused:
        return QStringLiteral("paused");
    }
    return QStringLiteral("unknown");
}

bool NodeStatus::operator==(const NodeStatus &other) const
{
    const auto sameProblem = [](const std::optional<Error> &a, const std::optional<Error> &b) {
        return a.has_value() == b.has_value() && (!a || (a->code == b->code && a->message == b->message));
    };
    return run == other.run && domainName == other.domainName && uri == other.uri
           && liveCaps == other.liveCaps && pendingNote == other.pendingNote
           && sameProblem(problem, other.problem) && forcedStop == other.forcedStop
           && diskCapEnforced == other.diskCapEnforced && diskCapNote == other.diskCapNote;
}

namespace {

// The URI the engine uses when none is configured: the LXC driver is system-wide only; QEMU guests of a
// user run in that user's session daemon, root's in the system one.
QString automaticUri(Sharing::GuestKind kind)
{
    if (kind == Sharing::GuestKind::Lxc)
        return QStringLiteral("lxc:///system");
    return geteuid() == 0 ? QStringLiteral("qemu:///system") : QStringLiteral("qemu:///session");
}

// What a file really takes on disk (a sparse volume: only what the guest wrote).
qint64 allocatedBytes(const QString &path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return qint64(info.st_blocks) * 512;
}

QDBusConnection busAt(const QString &address, const QString &name, QDBusConnection::BusType fallback)
{
    if (address.isEmpty())
        return fallback == QDBusConnection::SessionBus ? QDBusConnection::sessionBus()
                                                       : QDBusConnection::systemBus();
    return QDBusConnection::connectToBus(address, name);
}

} // namespace

struct ShareEngine::Private
{
    ShareEngine *q = nullptr;
    Options options;
    QString policyPath;
    QString poolPath;
    SharingPolicy policy;
    std::optional<Error> policyProblem;
    Sharing::HostCapacity capacity;
    QString uri;

    std::unique_ptr<Sharing::SharingController> controller;
    std::unique_ptr<Sharing::ActivityMonitor> monitor;
    std::unique_ptr<Virt::Session> session;
    std::unique_ptr<ContributionNode> node;
    // The nodes of guests of an earlier guest kind (another URI) that are still stopping.
    struct Retiring
    {
        std::unique_ptr<Virt::Session> session;
        std::unique_ptr<ContributionNode> node; // declared after the session: goes first
    };
    std::vector<Retiring> retiring;
    std::unique_ptr<Metering::UsageStore> store;
    std::unique_ptr<Metering::UsageMeter> meter;
    QFileSystemWatcher watcher;
    QTimer reloadDelay; // a burst of file events (write, rename) becomes one reload
    bool started = false;
    bool applyingPolicy = false; // setPolicy applies once itself, after the controller re-decided
    QString busSuffix;

    QString uriFor(const SharingPolicy &p) const
    {
        if (!options.lxcUri.isEmpty() && p.guestKind == Sharing::GuestKind::Lxc)
            return options.lxcUri;
        if (!options.libvirtUri.isEmpty())
            return options.libvirtUri;
        const QString configured = Settings().value(Settings::Key::LibvirtUri).toString();
        // A configured URI is for QEMU guests; the LXC driver has one URI of its own.
        if (!configured.isEmpty() && p.guestKind == Sharing::GuestKind::Qemu)
            return configured;
        return automaticUri(p.guestKind);
    }

    void readCapacity()
    {
        auto read = Sharing::readHostCapacity(poolPath);
        if (!read) {
            qCWarning(lcContribution) << "cannot read the host's capacity:" << read.error().message;
            return;
        }
        capacity = read.value();
        // The virtual machine's volume and the container's disk image (ContributionNode).
        const QString base = poolPath + u'/' + options.domainName;
        capacity.donatedDiskBytes = allocatedBytes(base + QStringLiteral(".img"))
                                    + allocatedBytes(base + QStringLiteral("-data.img"));
    }

    void watchPolicyFile()
    {
        const QFileInfo info(policyPath);
        if (!watcher.files().isEmpty())
            watcher.removePaths(watcher.files());
        if (info.exists())
            watcher.addPath(policyPath);
        // The folder too: savePolicy replaces the file (a new inode) and a first save creates it.
        if (watcher.directories().isEmpty() && info.absoluteDir().exists())
            watcher.addPath(info.absolutePath());
    }

    static bool isActive(NodeStatus::Run run)
    {
        return run == NodeStatus::Run::Running || run == NodeStatus::Run::Paused;
    }

    // Keeps the node (and its session) of a guest that is stopping until it has stopped.
    void retire(std::unique_ptr<Virt::Session> oldSession, std::unique_ptr<ContributionNode> oldNode)
    {
        ContributionNode *raw = oldNode.get();
        qCInfo(lcContribution) << "waiting for the guest on" << oldSession->uri() << "to stop";
        QObject::connect(raw, &ContributionNode::statusChanged, q, [this, raw](const NodeStatus &status) {
            if (isActive(status.run) || status.run == NodeStatus::Run::Unknown)
                return;
            // Not from within the node's own signal.
            QTimer::singleShot(0, q, [this, raw] {
                std::erase_if(retiring, [raw](const Retiring &entry) { return entry.node.get() == raw; });
            });
        });
        retiring.push_back({std::move(oldSession), std::move(oldNode)});
    }

    // (Re)creates the session, node and meter when the URI changes (or for the first time).
    void openSession()
    {
        const QString wanted = uriFor(policy);
        if (session && wanted == uri)
            return;
        if (meter)
            meter->stop();
        meter.reset();
        // Another URI is another guest kind: the guest of the old one must not keep running unseen. It
        // gets the same stop as Off (the graceful shutdown, destroyed after the timeout), so its node and
        // session stay until it has stopped.
        if (node && options.applyDecisions && node->status().run != NodeStatus::Run::Absent) {
            QObject::disconnect(node.get(), nullptr, q, nullptr);
            node->apply(SharingDecision {});
            if (isActive(node->status().run))
                retire(std::move(session), std::move(node));
        }
        node.reset();
        session.reset();
        uri = wanted;
        session = std::make_unique<Virt::Session>(uri);
        const auto opened = session->open();
        if (!opened)
            qCWarning(lcContribution) << "libvirt at" << uri << "is not available:" << opened.error().message;

        ContributionNode::Options nodeOptions;
        nodeOptions.domainName = options.domainName;
        nodeOptions.poolName = options.poolName;
        nodeOptions.poolPath = poolPath;
        nodeOptions.forceKvm = options.forceKvm;
        nodeOptions.probeKvmInBackground = options.probeKvmInBackground;
        nodeOptions.imageResolver = options.imageResolver;
        nodeOptions.joinSecret = options.joinSecret;
        nodeOptions.ledgerUrl = options.ledgerUrl;
        nodeOptions.shutdownTimeoutMs = options.shutdownTimeoutMs;
        nodeOptions.requestShutdown = options.requestShutdown;
        nodeOptions.loopControlPath = options.loopControlPath;
        nodeOptions.refreshIntervalMs = std::max(1000, std::min(5000, options.meterIntervalMs));
        node = std::make_unique<ContributionNode>(session.get(), nodeOptions);
        node->setReadOnly(!options.applyDecisions);
        node->setPolicy(policy);
        QObject::connect(node.get(), &ContributionNode::statusChanged, q, &ShareEngine::nodeStatusChanged);
        node->reconcile();
        Q_EMIT q->nodeStatusChanged(node->status());

        if (options.meter && store && store->isOpen()) {
            meter = std::make_unique<Metering::UsageMeter>(session.get(), store.get());
            meter->setDomainName(options.domainName);
            meter->setInterval(options.meterIntervalMs);
            QObject::connect(meter.get(), &Metering::UsageMeter::sampled, q, &ShareEngine::usageSampled);
            meter->start();
        }
    }

    void openStore()
    {
        if (!options.meter)
            return;
        store = std::make_unique<Metering::UsageStore>();
        const QString path = options.usageDatabasePath.isEmpty() ? Metering::defaultUsageDatabasePath()
                                                                 : options.usageDatabasePath;
        if (const auto error = store->open(path)) {
            if (store->isOpen()) {
                // A damaged file was moved aside and a new one started: metering goes on.
                qCWarning(lcContribution).noquote() << error->message;
                return;
            }
            qCWarning(lcContribution) << "metering is off: cannot open" << path << ":" << error->message;
            store.reset();
        }
    }

    // Takes a policy that is already validated (or the defaults) and makes everything follow it.
    void adopt(const SharingPolicy &next)
    {
        const bool changed = next != policy;
        policy = next;
        if (!started) {
            if (changed)
                Q_EMIT q->policyChanged(policy);
            return;
        }
        openSession();
        node->setPolicy(policy);
        applyingPolicy = true;
        controller->setPolicy(policy);
        applyingPolicy = false;
        node->apply(controller->decision());
        if (changed)
            Q_EMIT q->policyChanged(policy);
    }

    void onDecision(const SharingDecision &decision)
    {
        if (!applyingPolicy && node)
            node->apply(decision);
        Q_EMIT q->decisionChanged(decision);
    }
};

ShareEngine::ShareEngine(QObject *parent)
    : ShareEngine(Options {}, parent)
{ }

ShareEngine::ShareEngine(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<NodeStatus>();
    qRegisterMetaType<Sharing::SharingDecision>();
    d->q = this;
    d->options = std::move(options);
    d->policyPath = d->options.policyPath.isEmpty() ? Sharing::defaultPolicyPath() : d->options.policyPath;
    d->poolPath = d->options.poolPath.isEmpty() ? Virt::defaultPoolPath() : d->options.poolPath;
    d->busSuffix = QString::number(quintptr(this), 16);
    d->controller = std::make_unique<Sharing::SharingController>();
    connect(d->controller.get(), &Sharing::SharingController::decisionChanged, this,
            [this](const SharingDecision &decision) { d->onDecision(decision); });

    d->reloadDelay.setSingleShot(true);
    d->reloadDelay.setInterval(200);
    connect(&d->reloadDelay, &QTimer::timeout, this, &ShareEngine::reloadPolicy);
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, [this] { d->reloadDelay.start(); });
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // Any change in the folder: the policy file may have been created or replaced.
        d->watchPolicyFile();
        d->reloadDelay.start();
    });
}

ShareEngine::~ShareEngine()
{
    // The meter and node use the session: they go first. The guest keeps running (libvirtd owns it).
    if (d->meter)
        d->meter->stop();
    d->meter.reset();
    d->controller->setMonitor(nullptr);
    d->monitor.reset();
    if (!d->options.sessionBusAddress.isEmpty())
        QDBusConnection::disconnectFromBus(QStringLiteral("cloudy-engine-session-") + d->busSuffix);
    if (!d->options.systemBusAddress.isEmpty())
        QDBusConnection::disconnectFromBus(QStringLiteral("cloudy-engine-system-") + d->busSuffix);
    // A guest of the earlier kind that is still stopping keeps its stop request; libvirtd carries it out.
    d->retiring.clear();
    d->node.reset();
    d->session.reset();
    d->store.reset();
}

void ShareEngine::start()
{
    if (d->started)
        return;
    Sharing::LoadedPolicy loaded = Sharing::loadPolicy(d->policyPath);
    d->policy = loaded.policy;
    d->policyProblem = loaded.problem;
    if (d->policyProblem)
        qCWarning(lcContribution) << "sharing policy unusable, using the defaults:"
                                  << d->policyProblem->message;
    d->readCapacity();
    d->controller->setPolicy(d->policy);
    d->openStore();
    d->started = true;
    d->openSession();

    if (d->options.watchActivity) {
        const QDBusConnection sessionBus =
            busAt(d->options.sessionBusAddress, QStringLiteral("cloudy-engine-session-") + d->busSuffix,
                  QDBusConnection::SessionBus);
        const QDBusConnection systemBus =
            busAt(d->options.systemBusAddress, QStringLiteral("cloudy-engine-system-") + d->busSuffix,
                  QDBusConnection::SystemBus);
        d->monitor = std::make_unique<Sharing::ActivityMonitor>(sessionBus, systemBus);
        if (d->options.activityPollMs > 0)
            d->monitor->setPollInterval(d->options.activityPollMs);
        d->controller->setMonitor(d->monitor.get());
        d->monitor->start();
    }
    d->node->apply(d->controller->decision());
    Q_EMIT decisionChanged(d->controller->decision());
    Q_EMIT policyChanged(d->policy);
    d->watchPolicyFile();
}

const Sharing::SharingPolicy &ShareEngine::policy() const
{
    return d->policy;
}

std::optional<Error> ShareEngine::policyProblem() const
{
    return d->policyProblem;
}

Sharing::HostCapacity ShareEngine::capacity() const
{
    if (d->capacity.cores == 0)
        d->readCapacity();
    return d->capacity;
}

std::optional<Error> ShareEngine::setPolicy(const Sharing::SharingPolicy &policy)
{
    d->readCapacity();
    const auto valid = Sharing::validatePolicy(policy, d->capacity);
    if (!valid)
        return valid.error();
    if (const auto error = Sharing::savePolicy(policy, d->policyPath))
        return error;
    d->policyProblem.reset();
    d->adopt(policy);
    d->watchPolicyFile();
    return std::nullopt;
}

std::optional<Error> ShareEngine::setEnabled(bool enabled)
{
    SharingPolicy next = d->policy;
    next.enabled = enabled;
    return setPolicy(next);
}

void ShareEngine::reloadPolicy()
{
    d->watchPolicyFile();
    auto read = Sharing::readPolicyFile(d->policyPath);
    if (!read) {
        // A missing or half-written file is not a reason to change what runs.
        qCInfo(lcContribution) << "policy file not reloaded:" << read.error().message;
        return;
    }
    if (read.value() == d->policy)
        return;
    d->readCapacity();
    const auto valid = Sharing::validatePolicy(read.value(), d->capacity);
    if (!valid) {
        qCWarning(lcContribution) << "the changed policy file is refused:" << valid.error().message;
        return;
    }
    qCInfo(lcContribution) << "policy file changed, applying it";
    d->policyProblem.reset();
    d->adopt(read.value());
}

Sharing::SharingDecision ShareEngine::decision() const
{
    return d->controller->decision();
}

NodeStatus ShareEngine::nodeStatus() const
{
    if (!d->node) {
        NodeStatus status;
        status.domainName = d->options.domainName;
        status.uri = d->uri;
        return status;
    }
    return d->node->status();
}

Metering::UsageMeter *ShareEngine::meter() const
{
    return d->meter.get();
}

Metering::UsageStore *ShareEngine::usageStore() const
{
    return d->store.get();
}

Metering::UsageTotals ShareEngine::totalsSince(const QDateTime &from) const
{
    if (!d->store || !d->store->isOpen())
        return {};
    const auto totals = d->store->totals(from, QDateTime::currentDateTimeUtc().addSecs(1));
    return totals ? totals.value() : Metering::UsageTotals {};
}

Metering::UsageTotals ShareEngine::today() const
{
    return totalsSince(QDate::currentDate().startOfDay());
}

Metering::UsageTotals ShareEngine::thisWeek() const
{
    const QDate today = QDate::currentDate();
    return totalsSince(today.addDays(1 - today.dayOfWeek()).startOfDay());
}

Sharing::SharingController *ShareEngine::controller() const
{
    return d->controller.get();
}

Virt::Session *ShareEngine::session() const
{
    return d->session.get();
}

ContributionNode *ShareEngine::node() const
{
    return d->node.get();
}

} // namespace Cloudy::Contribution
