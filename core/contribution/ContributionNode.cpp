// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionNode.h"

#include "ContributionLog.h"
#include "DonatedDisk.h"
#include "virt/KvmProbe.h"
#include "virt/Session.h"
#include "virt/Storage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace Cloudy::Contribution {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Contribution::ContributionNode)
};

constexpr quint64 kGiB = quint64(1) << 30;
// A QEMU process needs memory of its own besides the guest's (device emulation, TCG's translation cache):
// the hard limit leaves this much above the guest's maximum, or the kernel kills QEMU instead of the guest
// feeling the cap (libvirt's documentation warns against a hard limit at the guest's size).
constexpr quint64 kQemuOverheadMiB = 512;

Virt::GuestKind virtKind(Sharing::GuestKind kind)
{
    return kind == Sharing::GuestKind::Lxc ? Virt::GuestKind::Lxc : Virt::GuestKind::Qemu;
}

NodeStatus::Run runOf(Virt::DomainState::State state)
{
    using State = Virt::DomainState::State;
    switch (state) {
    case State::Running:
    case State::Blocked:
    case State::ShuttingDown:
        return NodeStatus::Run::Running;
    case State::Paused:
    case State::PMSuspended:
        return NodeStatus::Run::Paused;
    case State::Shutoff:
    case State::Crashed:
    case State::NoState:
        return NodeStatus::Run::Stopped;
    }
    return NodeStatus::Run::Stopped;
}

// The domain XML with <uuid> after <name>: a redefinition must name the domain's UUID, or libvirt takes it
// for another domain of the same name and refuses it.
QByteArray withUuid(const QByteArray &xml, const QString &uuid)
{
    QByteArray out;
    QXmlStreamReader reader(xml);
    QXmlStreamWriter writer(&out);
    int depth = 0;
    bool inserted = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::StartDocument || reader.hasError())
            continue;
        writer.writeCurrentToken(reader);
        if (reader.isStartElement())
            ++depth;
        if (reader.isEndElement()) {
            --depth;
            if (depth == 1 && !inserted && reader.name() == QLatin1String("name")) {
                writer.writeTextElement(QStringLiteral("uuid"), uuid);
                inserted = true;
            }
        }
    }
    return out;
}

// Whether a container's start failed on its disk image (loop device, or the image's mount).
bool mountsDiskImage(const QString &message)
{
    return message.contains(QLatin1String("loop"), Qt::CaseInsensitive)
           || message.contains(QLatin1String("-data.img"));
}

// libvirt copies an image's path into the loop device's 64-byte name (LO_NAME_SIZE) and refuses a longer
// one ("Unable to set backing file"). A pool under a home folder easily has one: the container then gets
// the image through a link in the user's private runtime folder (XDG_RUNTIME_DIR, mode 0700).
QString shortImagePath(const QString &imagePath, const QString &domainName)
{
    constexpr qsizetype kLoopNameSize = 64;
    if (QFile::encodeName(imagePath).size() < kLoopNameSize)
        return imagePath;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString link = runtime + u'/' + domainName + QStringLiteral(".disk");
    if (runtime.isEmpty() || QFile::encodeName(link).size() >= kLoopNameSize)
        return imagePath; // the start fails, and the node falls back to the folder (see applySharing)
    if (QFileInfo(link).symLinkTarget() != imagePath) {
        QFile::remove(link);
        if (!QFile::link(imagePath, link))
            return imagePath;
    }
    return link;
}

} // namespace

Result<Virt::DomainSpec> buildDomainSpec(const Sharing::SharingPolicy &policy,
                                         const Sharing::ResourceCaps &caps, const GuestImage &image,
                                         const NodeLayout &layout)
{
    const Sharing::ResourceCaps peak = policy.peakCaps();
    Virt::DomainSpec spec;
    spec.name = layout.domainName;
    spec.title = Tr::tr("Cloudy contribution");
    spec.description = Tr::tr("Resources donated to the community microcloud %1").arg(policy.microcloudId);
    spec.metadata = {{QStringLiteral("role"), QStringLiteral("contribution")},
                     {QStringLiteral("microcloud"), policy.microcloudId},
                     {QStringLiteral("image"), policy.image}};
    spec.kind = virtKind(image.kind);
    // The whole guest's cap in percent of one core (see ResourceCaps.h: cpuPercent is of the vCPUs' time).
    spec.cpuCapPercent = caps.cpuPercent * caps.vcpus;
    spec.cpuPeriodUs = 100000;

    if (image.kind == Sharing::GuestKind::Qemu) {
        spec.kvm = layout.kvm;
        spec.vcpus = caps.vcpus;
        spec.maxVcpus = std::max(peak.vcpus, caps.vcpus);
        spec.memoryMiB = quint64(std::max(peak.memoryMiB, caps.memoryMiB));
        spec.currentMemoryMiB = quint64(caps.memoryMiB);
        // Without it, <memory> still bounds the guest's RAM; only QEMU's own overhead is then unbounded.
        spec.hardLimitMiB = layout.qemuHardLimit ? spec.memoryMiB + kQemuOverheadMiB : 0;
        if (!image.kernel.isEmpty()) {
            spec.kernel = image.kernel;
            spec.initrd = image.initrd;
            // The microcloud id (never the secret: /proc/cmdline is world-readable in the guest).
            QStringList cmdline;
            if (!image.kernelCmdline.isEmpty())
                cmdline.append(image.kernelCmdline);
            if (!policy.microcloudId.isEmpty())
                cmdline.append(microcloudKernelArgument(policy.microcloudId));
            spec.kernelCmdline = cmdline.join(u' ');
        } else if (!layout.bootDiskPath.isEmpty()) {
            Virt::DiskSpec boot;
            boot.path = layout.bootDiskPath;
            boot.format = layout.bootDiskPath.endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2")
                                                                                : QStringLiteral("raw");
            spec.disks.append(boot);
        }
        if (!layout.volumePath.isEmpty()) {
            Virt::DiskSpec donated;
            donated.path = layout.volumePath;
            spec.disks.append(donated);
        }
        spec.configDisk = layout.configDiskPath;
        spec.serialLogFile = layout.serialLogFile;
        spec.serialPty = true;
        spec.userNetwork = true; // the node reaches its microcloud through the host's network (SLIRP)
    } else {
        // A container has no vCPUs of its own: the quota above is its CPU cap; <vcpu> only tells the
        // guest how many CPUs it may expect. Its memory limit follows <currentMemory> (live: setMemory).
        spec.vcpus = caps.vcpus;
        spec.memoryMiB = quint64(std::max(peak.memoryMiB, caps.memoryMiB));
        spec.currentMemoryMiB = quint64(caps.memoryMiB);
        spec.hardLimitMiB = spec.memoryMiB;
        spec.init = image.init;
        spec.initEnv = image.initEnv;
        if (!policy.microcloudId.isEmpty())
            spec.initEnv.append({QStringLiteral("CLOUDY_MICROCLOUD"), policy.microcloudId});
        spec.rootDir = image.rootDir;
        // The donation is an ext4 image the LXC driver mounts through a loop device: writes beyond its
        // size fail in the container. Where loop devices do not work, a folder of the pool instead, whose
        // size is not enforced (the host's disk reserve still is, by policy validation against
        // HostCapacity); the metadata says why, for every reader of the domain.
        if (!layout.dataImagePath.isEmpty()) {
            spec.imageMounts.append({layout.dataImagePath, QString::fromLatin1(kLxcDataMountPoint)});
        } else if (!layout.dataDir.isEmpty()) {
            spec.filesystems.append({layout.dataDir, QString::fromLatin1(kLxcDataMountPoint), false});
            spec.metadata.insert(QString::fromLatin1(kDiskCapOffMetadata), layout.diskCapOff);
        }
        if (!layout.configDir.isEmpty())
            spec.filesystems.append({layout.configDir, QString::fromLatin1(kLxcConfigMountPoint), true});
    }
    spec.metadata.insert(QStringLiteral("definition"), definitionFingerprint(spec));
    if (auto xml = Virt::writeDomainXml(spec); !xml)
        return xml.error();
    return spec;
}

QString definitionFingerprint(const Virt::DomainSpec &spec)
{
    QStringList parts {spec.domainType(),
                       QString::number(spec.kind == Virt::GuestKind::Lxc ? spec.vcpus : spec.maxVcpus),
                       QString::number(spec.memoryMiB),
                       QString::number(spec.hardLimitMiB),
                       spec.kernel,
                       spec.initrd,
                       spec.kernelCmdline,
                       spec.configDisk,
                       spec.serialLogFile,
                       spec.init,
                       spec.rootDir,
                       spec.userNetwork ? QStringLiteral("net") : QString(),
                       spec.metadata.value(QStringLiteral("microcloud")),
                       spec.metadata.value(QStringLiteral("image"))};
    for (const Virt::DiskSpec &disk : spec.disks)
        parts << disk.path << disk.format;
    for (const Virt::FilesystemSpec &filesystem : spec.filesystems)
        parts << filesystem.sourceDir << filesystem.targetDir << QString::number(filesystem.readOnly);
    for (const Virt::ImageMountSpec &image : spec.imageMounts)
        parts << image.imagePath << image.targetDir;
    for (const auto &[name, value] : spec.initEnv)
        parts << name + u'=' + value;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

Sharing::ResourceCaps capsFromXml(const Virt::DomainXmlInfo &info)
{
    Sharing::ResourceCaps caps;
    caps.vcpus = std::max(1, info.vcpus);
    caps.cpuPercent = int(std::lround(double(info.cpuCapPercent()) / caps.vcpus));
    const quint64 memoryKiB = info.currentMemoryKiB ? info.currentMemoryKiB : info.memoryKiB;
    caps.memoryMiB = int(memoryKiB / 1024);
    caps.diskGiB = 0;
    return caps;
}

ContributionNode::ContributionNode(Virt::Session *session, Options options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(std::move(options))
{
    m_poolPath = m_options.poolPath.isEmpty() ? Virt::defaultPoolPath() : m_options.poolPath;
    if (m_options.poolName.isEmpty())
        m_options.poolName = Virt::defaultPoolName();
    if (!m_options.imageResolver)
        m_options.imageResolver = resolveImageFolder;
    m_status.domainName = m_options.domainName;
    m_status.uri = m_session->uri();
    if (m_options.forceKvm)
        m_kvm = *m_options.forceKvm;
    connect(&m_kvmProbe, &QFutureWatcher<Virt::KvmProbeResult>::finished, this, [this] {
        if (!m_kvmProbing)
            return; // answered synchronously meanwhile
        kvmProbed(m_kvmProbe.result());
        m_pendingNote.clear();
        // Only sharing waited for the answer: an Off or a pause decided meanwhile was applied already.
        if (m_decision && m_decision->state == Sharing::SharingState::Sharing)
            apply(*m_decision);
        else
            refresh();
    });

    m_destroyTimer.setSingleShot(true);
    connect(&m_destroyTimer, &QTimer::timeout, this, [this] {
        if (!m_decision || m_decision->state != Sharing::SharingState::Off || !m_session->isConnected())
            return;
        auto domain = m_session->lookup(m_options.domainName);
        if (domain && domain->isActive()) {
            // A warning, not info: a guest that ignores its power button loses what it had not written.
            qCWarning(lcContribution) << "the guest did not power off in" << m_options.shutdownTimeoutMs
                                      << "ms; stopping it by force";
            if (auto destroyed = domain.value().destroy(); !destroyed)
                setProblem(destroyed.error());
            else
                m_forcedStop = true;
        }
        refresh();
    });
    m_refreshTimer.setInterval(m_options.refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_session->isConnected())
            refresh();
    });
    m_refreshTimer.start();
    connect(m_session, &Virt::Session::domainEvent, this, &ContributionNode::onDomainEvent);
    connect(m_session, &Virt::Session::reconnected, this, &ContributionNode::onReconnected);
    connect(m_session, &Virt::Session::disconnected, this, &ContributionNode::onDisconnected);
    connect(m_session, &Virt::Session::stateChanged, this, [this] { refresh(); });
}

ContributionNode::~ContributionNode() = default;

QString ContributionNode::serialLogPath() const
{
    return m_poolPath + u'/' + m_options.domainName + QStringLiteral("-serial.log");
}

QString ContributionNode::configPath() const
{
    if (m_policy.guestKind == Sharing::GuestKind::Lxc)
        return m_poolPath + u'/' + m_options.domainName + QStringLiteral("-config");
    return m_poolPath + u'/' + m_options.domainName + QStringLiteral("-config.iso");
}

void ContributionNode::setPolicy(const Sharing::SharingPolicy &policy)
{
    m_policy = policy;
}

void ContributionNode::reconcile()
{
    refresh();
}

bool ContributionNode::kvm()
{
    if (!m_kvm) {
        // Synchronous: cloudyctl, or a spec asked for before the background answer came (then this waits
        // for the probe already running rather than starting a second one).
        if (m_kvmProbing) {
            m_kvmProbe.waitForFinished();
            kvmProbed(m_kvmProbe.result());
        } else {
            kvmProbed(m_options.kvmProbe ? m_options.kvmProbe() : Virt::probeKvmOnce().result());
        }
    }
    return *m_kvm;
}

bool ContributionNode::kvmKnownOrProbing()
{
    if (m_kvm || !m_options.probeKvmInBackground)
        return true;
    if (!m_kvmProbing) {
        const QFuture<Virt::KvmProbeResult> probe =
            m_options.kvmProbe ? Virt::probeKvmInBackground(m_options.kvmProbe) : Virt::probeKvmOnce();
        if (probe.isFinished()) {
            // Another node of this process asked before: the answer is there, no need to wait a turn.
            kvmProbed(probe.result());
            return true;
        }
        m_kvmProbing = true;
        m_kvmProbe.setFuture(probe);
    }
    return false;
}

void ContributionNode::kvmProbed(const Virt::KvmProbeResult &result)
{
    m_kvmProbing = false;
    if (m_kvm)
        return;
    qCInfo(lcContribution) << "KVM runs guests here:" << result.runsGuests() << "—"
                           << Virt::KvmProbeResult::statusName(result.status) << result.detail;
    m_kvm = result.runsGuests();
}

void ContributionNode::setProblem(const Error &error)
{
    qCWarning(lcContribution) << "contribution node:" << error.code << error.message;
    m_problem = error;
}

void ContributionNode::apply(const Sharing::SharingDecision &decision)
{
    m_decision = decision;
    m_problem.reset();
    if (m_readOnly || !m_session->isConnected()) {
        // Applied again on reconnected().
        refresh();
        return;
    }
    switch (decision.state) {
    case Sharing::SharingState::Sharing:
        applySharing(decision.caps.value_or(m_policy.caps));
        break;
    case Sharing::SharingState::Off:
        applyOff();
        break;
    case Sharing::SharingState::PausedByUser:
    case Sharing::SharingState::PausedOnBattery:
    case Sharing::SharingState::PausedUserActive:
    case Sharing::SharingState::PausedSchedule:
    case Sharing::SharingState::Unavailable:
        applyPaused();
        break;
    }
    refresh();
}

Result<NodeLayout> ContributionNode::prepareStorage(const Sharing::ResourceCaps &caps,
                                                    const GuestImage &image)
{
    NodeLayout layout;
    layout.domainName = m_options.domainName;
    Virt::Storage storage(*m_session->connection());
    const auto pool = storage.ensureDirectoryPool(m_options.poolName, m_poolPath);
    if (!pool)
        return pool.error();
    const QString folder = pool->path.isEmpty() ? m_poolPath : pool->path;
    const QString base = folder + u'/' + m_options.domainName;

    JoinConfig join;
    join.microcloudId = m_policy.microcloudId;
    join.ledgerUrl = m_options.ledgerUrl;
    if (m_options.joinSecret)
        join.secret = m_options.joinSecret(m_policy.microcloudId);
    const NoCloudFiles files = buildNoCloudFiles(join);

    if (image.kind == Sharing::GuestKind::Lxc) {
        layout.configDir = base + QStringLiteral("-config");
        if (auto error = writeNoCloudFolder(files, layout.configDir))
            return *error;
        if (m_lxcDiskImage && !QFile::exists(m_options.loopControlPath)) {
            m_lxcDiskImage = false;
            m_diskCapOff =
                Tr::tr("this computer has no loop devices (%1 is missing)").arg(m_options.loopControlPath);
        }
        if (m_lxcDiskImage) {
            // A file of the pool's folder: libvirt lists it as a raw volume of the pool once refreshed.
            // Written by this program, not by libvirtd, so that it belongs to the user running it.
            const QString imagePath = base + QStringLiteral("-data.img");
            if (auto disk = prepareLxcDisk(imagePath, caps); !disk)
                return disk.error();
            storage.refresh(m_options.poolName);
            layout.dataImagePath = shortImagePath(imagePath, m_options.domainName);
            return layout;
        }
        qCWarning(lcContribution) << "the container's donated disk is a folder without a size cap:"
                                  << m_diskCapOff;
        layout.dataDir = base + QStringLiteral("-data");
        layout.diskCapOff = m_diskCapOff;
        if (!QDir().mkpath(layout.dataDir))
            return Error {QStringLiteral("storage"),
                          Tr::tr("Cannot create the folder %1.").arg(layout.dataDir)};
        return layout;
    }

    layout.kvm = kvm();
    layout.qemuHardLimit = m_qemuHardLimit;
    const QString volumeName = m_options.domainName + QStringLiteral(".img");
    const quint64 wantedBytes = quint64(caps.diskGiB) * kGiB;
    auto volume = storage.volumeInfo(m_options.poolName, volumeName);
    if (volume && volume->capacityBytes != wantedBytes) {
        const auto domain = m_session->lookup(m_options.domainName);
        if (!domain || !domain->isActive()) {
            // The donated disk is scratch space for the microcloud: a new size is a new volume.
            qCInfo(lcContribution) << "recreating the donated volume with" << caps.diskGiB << "GiB";
            storage.deleteVolume(m_options.poolName, volumeName);
            volume = storage.volumeInfo(m_options.poolName, volumeName);
        } else {
            m_pendingNote = Tr::tr("disk size: applies when the guest is stopped and started again");
        }
    }
    if (!volume) {
        volume = storage.createVolume(m_options.poolName, volumeName, quint64(caps.diskGiB));
        if (!volume)
            return volume.error();
    }
    layout.volumePath = volume->path;

    if (!image.diskImage.isEmpty()) {
        // The image is copied into the pool once (and again when it changes): the guest writes to it.
        const QFileInfo source(image.diskImage);
        layout.bootDiskPath = base + QStringLiteral("-boot.") + source.suffix();
        const QFileInfo target(layout.bootDiskPath);
        if (!target.exists() || target.lastModified() < source.lastModified()) {
            const QString partial = layout.bootDiskPath + QStringLiteral(".partial");
            QFile::remove(partial);
            if (!QFile::copy(image.diskImage, partial))
                return Error {QStringLiteral("storage"),
                              Tr::tr("Cannot copy the guest image %1 into %2.").arg(image.diskImage, folder)};
            QFile::remove(layout.bootDiskPath);
            QFile::rename(partial, layout.bootDiskPath);
        }
    }

    layout.configDiskPath = base + QStringLiteral("-config.iso");
    if (auto error = writeNoCloudIso(files, layout.configDiskPath))
        return *error;
    layout.serialLogFile = base + QStringLiteral("-serial.log");
    storage.refresh(m_options.poolName); // files written behind libvirt's back
    return layout;
}

Result<bool> ContributionNode::prepareLxcDisk(const QString &path, const Sharing::ResourceCaps &caps)
{
    const quint64 wantedBytes = quint64(caps.diskGiB) * kGiB;
    // Missing, or left unformatted by an interrupted first attempt (nothing the container could have used).
    if (!QFileInfo::exists(path) || !DonatedDisk::isExtImage(path))
        return DonatedDisk::create(path, wantedBytes);
    const quint64 currentBytes = quint64(QFileInfo(path).size());
    if (currentBytes == wantedBytes)
        return true;
    const auto domain = m_session->lookup(m_options.domainName);
    if (domain && domain->isActive()) {
        m_pendingNote = wantedBytes > currentBytes
                            ? Tr::tr("disk size: grows to %1 GiB when the container is stopped and "
                                     "started again")
                                  .arg(caps.diskGiB)
                            : Tr::tr("disk size: shrinks to %1 GiB when the container is stopped and "
                                     "started again, if the data on it fits")
                                  .arg(caps.diskGiB);
        return true;
    }
    // A disk that cannot change keeps its size (and its data); the guest starts with it all the same.
    if (auto resized = DonatedDisk::resize(path, wantedBytes); !resized) {
        qCWarning(lcContribution) << "the donated disk keeps its size:" << resized.error().message;
        m_pendingNote = resized.error().message;
    }
    return true;
}

Result<Virt::DomainSpec> ContributionNode::currentSpec(const Sharing::ResourceCaps &caps)
{
    if (!m_session->isConnected())
        return m_session->lastError();
    const auto image = m_options.imageResolver(m_policy.image, m_policy.guestKind);
    if (!image)
        return image.error();
    const auto layout = prepareStorage(caps, image.value());
    if (!layout)
        return layout.error();
    return buildDomainSpec(m_policy, caps, image.value(), layout.value());
}

Result<Virt::Domain> ContributionNode::ensureDefined(const Sharing::ResourceCaps &caps)
{
    const auto spec = currentSpec(caps);
    if (!spec)
        return spec.error();
    const QString fingerprint = spec->metadata.value(QStringLiteral("definition"));

    auto existing = m_session->lookup(m_options.domainName);
    if (existing) {
        const auto inactiveXml = existing->xmlDesc(true);
        const auto info = inactiveXml ? Virt::parseDomainXml(inactiveXml.value())
                                      : Result<Virt::DomainXmlInfo>(inactiveXml.error());
        if (info && info->metadata.value(QStringLiteral("role")) != QLatin1String("contribution"))
            return Error {QStringLiteral("domain-foreign"),
                          Tr::tr("A libvirt domain named %1 exists and is not Cloudy's contribution node; "
                                 "rename or remove it.")
                              .arg(m_options.domainName)};
        if (info && existing->isPersistent()
            && info->metadata.value(QStringLiteral("definition")) == fingerprint)
            return existing;
        qCInfo(lcContribution) << "redefining" << m_options.domainName << "(the policy changed what it is)";
        if (existing->isActive()) {
            // A guest cannot become another kind while it runs: say so in words the Share page shows.
            const bool kindChanged =
                info && (info->type == QLatin1String("lxc")) != (spec->kind == Virt::GuestKind::Lxc);
            const QString note =
                kindChanged
                    ? Tr::tr("guest kind (virtual machine or container): applies on the next start, "
                             "when the node is defined again")
                    : Tr::tr("new definition (image, maximums or microcloud): applies on the next start");
            // After what prepareStorage said about the disk, if anything.
            m_pendingNote = m_pendingNote.isEmpty() ? note : m_pendingNote + u'\n' + note;
        }
        const auto xml = Virt::writeDomainXml(spec.value());
        if (!xml)
            return xml.error();
        return m_session->define(withUuid(xml.value(), existing->uuid()));
    }
    return m_session->define(spec.value());
}

void ContributionNode::applySharing(const Sharing::ResourceCaps &caps)
{
    m_destroyTimer.stop();
    m_pendingNote.clear();
    // The domain type (kvm or qemu) is part of a QEMU guest's definition: it waits for the probe.
    if (m_policy.guestKind == Sharing::GuestKind::Qemu && !kvmKnownOrProbing()) {
        m_pendingNote = Tr::tr("checking whether this computer runs virtual machines with KVM; the guest "
                               "starts right after");
        return;
    }
    auto defined = ensureDefined(caps);
    if (!defined) {
        setProblem(defined.error());
        return;
    }
    Virt::Domain domain = defined.value();
    if (!domain.isActive()) {
        qCInfo(lcContribution) << "starting" << m_options.domainName;
        m_forcedStop = false;
        auto started = domain.start();
        // After a fallback changed what the definition holds: define it again and start that.
        const auto defineAgainAndStart = [&] {
            defined = ensureDefined(caps);
            if (!defined) {
                setProblem(defined.error());
                return false;
            }
            domain = defined.value();
            started = domain.start();
            return true;
        };
        if (!started && m_qemuHardLimit && started.error().message.contains(QLatin1String("locked memory"))) {
            qCWarning(lcContribution)
                << "libvirtd cannot apply the memory hard limit here; defining the guest "
                   "without it:"
                << started.error().message;
            m_qemuHardLimit = false;
            if (!defineAgainAndStart())
                return;
        }
        if (!started && m_policy.guestKind == Sharing::GuestKind::Lxc && m_lxcDiskImage
            && mountsDiskImage(started.error().message)) {
            // Loop devices that exist but do not work (a restricted host): the donated folder instead,
            // and the status says that its size is not enforced.
            qCWarning(lcContribution) << "the container could not mount its disk image; donating a folder "
                                         "without a size cap instead:"
                                      << started.error().message;
            m_lxcDiskImage = false;
            m_diskCapOff =
                Tr::tr("the container could not mount its disk image: %1").arg(started.error().message);
            if (!defineAgainAndStart())
                return;
        }
        if (!started) {
            setProblem(started.error());
            return;
        }
    } else if (domain.isPaused()) {
        if (auto resumed = domain.resume(); !resumed) {
            setProblem(resumed.error());
            return;
        }
    }

    const auto xml = domain.xmlDesc();
    const auto live = xml ? Virt::parseDomainXml(xml.value()) : Result<Virt::DomainXmlInfo>(xml.error());
    if (!live) {
        setProblem(live.error());
        return;
    }
    const Sharing::ResourceCaps current = capsFromXml(live.value());
    Virt::CapChange change;
    const bool qemu = m_policy.guestKind == Sharing::GuestKind::Qemu;
    // A container's vCPU count is part of its definition (see buildDomainSpec), never changed live.
    if (qemu && current.vcpus != caps.vcpus)
        change.vcpus = caps.vcpus;
    if (current.memoryMiB != caps.memoryMiB)
        change.memoryMiB = quint64(caps.memoryMiB);
    if (live->cpuCapPercent() != caps.cpuPercent * caps.vcpus)
        change.cpuCapPercent = caps.cpuPercent * caps.vcpus;
    if (!change.vcpus && !change.memoryMiB && !change.cpuCapPercent)
        return;
    const Virt::CapChangeResult result = domain.changeCaps(change);
    const QString summary = result.summary();
    qCInfo(lcContribution) << "caps changed to" << Sharing::describeCaps(caps)
                           << (summary.isEmpty() ? "" : "—") << summary;
    if (!summary.isEmpty())
        m_pendingNote = m_pendingNote.isEmpty() ? summary : m_pendingNote + u'\n' + summary;
}

void ContributionNode::applyPaused()
{
    auto domain = m_session->lookup(m_options.domainName);
    if (!domain)
        return; // nothing runs: nothing to pause
    const auto state = domain->state();
    if (state && runOf(state->state) == NodeStatus::Run::Running) {
        qCInfo(lcContribution) << "suspending" << m_options.domainName << ":" << m_decision->reason;
        if (auto suspended = domain.value().suspend(); !suspended)
            setProblem(suspended.error());
    }
}

void ContributionNode::applyOff()
{
    m_pendingNote.clear();
    auto domain = m_session->lookup(m_options.domainName);
    if (!domain || !domain->isActive())
        return;
    // A paused guest cannot see the power button: it runs again for its last seconds.
    if (domain.value().isPaused())
        domain.value().resume();
    qCInfo(lcContribution) << "shutting" << m_options.domainName << "down";
    const Result<bool> down =
        m_options.requestShutdown ? m_options.requestShutdown(domain.value()) : domain.value().shutdown();
    if (!down) {
        qCInfo(lcContribution) << "graceful shutdown refused:" << down.error().message << "; stopping it";
        if (auto destroyed = domain.value().destroy(); !destroyed)
            setProblem(destroyed.error());
        return;
    }
    m_destroyTimer.start(m_options.shutdownTimeoutMs);
}

void ContributionNode::onDomainEvent(const QString &name, const Virt::DomainEvent &event)
{
    if (name != m_options.domainName)
        return;
    if (event.type == Virt::DomainEvent::Type::Stopped) {
        // Only when it is still stopped: a late event of an earlier run must not spare a guest that
        // ignores this shutdown request.
        const auto domain = m_session->lookup(m_options.domainName);
        if (!domain || !domain->isActive())
            m_destroyTimer.stop();
    }
    if (event.type == Virt::DomainEvent::Type::Started)
        m_forcedStop = false; // a new run: the last stop is history
    refresh();
}

void ContributionNode::onReconnected()
{
    qCInfo(lcContribution) << "libvirt is back; re-applying the last decision";
    if (m_decision)
        apply(*m_decision);
    else
        refresh();
}

void ContributionNode::onDisconnected()
{
    refresh();
}

void ContributionNode::refresh()
{
    NodeStatus status;
    status.domainName = m_options.domainName;
    status.uri = m_session->uri();
    status.pendingNote = m_pendingNote;
    status.problem = m_problem;
    status.forcedStop = m_forcedStop;
    if (!m_session->isConnected()) {
        status.run = NodeStatus::Run::Unknown;
        Error error = m_session->lastError();
        if (error.message.isEmpty())
            error = {QStringLiteral("libvirt-connect"),
                     Tr::tr("Not connected to libvirt at %1.").arg(m_session->uri())};
        status.problem = error;
        publish(status);
        return;
    }
    const auto domain = m_session->lookup(m_options.domainName);
    if (!domain) {
        status.run = domain.error().code == QLatin1String("domain-not-found") ? NodeStatus::Run::Absent
                                                                              : NodeStatus::Run::Unknown;
        if (status.run == NodeStatus::Run::Unknown && !status.problem)
            status.problem = domain.error();
        publish(status);
        return;
    }
    const auto state = domain->state();
    status.run = state ? runOf(state->state) : NodeStatus::Run::Unknown;
    if (const auto xml = domain->xmlDesc(); xml) {
        if (const auto info = Virt::parseDomainXml(xml.value()); info) {
            Sharing::ResourceCaps caps = capsFromXml(info.value());
            if (info->type == QLatin1String("lxc")) {
                if (info->metadata.contains(QString::fromLatin1(kDiskCapOffMetadata))) {
                    // A folder: its size is the policy's, not enforced.
                    caps.diskGiB = m_policy.caps.diskGiB;
                    status.diskCapEnforced = false;
                    QString why = info->metadata.value(QString::fromLatin1(kDiskCapOffMetadata)).trimmed();
                    while (why.endsWith(u'.'))
                        why.chop(1);
                    status.diskCapNote = Tr::tr("The donated disk size is not enforced: %1.").arg(why);
                } else {
                    const auto volume = Virt::Storage(*m_session->connection())
                                            .volumeInfo(m_options.poolName,
                                                        m_options.domainName + QStringLiteral("-data.img"));
                    caps.diskGiB = volume ? int(volume->capacityBytes / kGiB) : 0;
                }
            } else {
                const auto volume =
                    Virt::Storage(*m_session->connection())
                        .volumeInfo(m_options.poolName, m_options.domainName + QStringLiteral(".img"));
                caps.diskGiB = volume ? int(volume->capacityBytes / kGiB) : 0;
            }
            status.liveCaps = caps;
        }
    }
    publish(status);
}

void ContributionNode::publish(NodeStatus status)
{
    if (status == m_status)
        return;
    m_status = std::move(status);
    Q_EMIT statusChanged(m_status);
}

} // namespace Cloudy::Contribution
