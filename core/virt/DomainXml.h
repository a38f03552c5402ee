// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The guests Cloudy defines, as data: a DomainSpec is written to libvirt domain XML, and the parts we read
// back from a live domain (its caps, our metadata, port forwards, disks) are parsed into DomainXmlInfo.
// Both directions are pure functions, tested offline; no libvirt call here.

#include "platform/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Cloudy::Virt {

// Namespace of our <metadata> element: <cloudy:guest xmlns:cloudy="…"><cloudy:item key="role">…</…>.
inline constexpr char cloudyMetadataNamespace[] = "https://clommunity.eu/cloudy/1";
// Namespace of QEMU command-line passthrough (used for user-mode port forwards, see DomainSpec::network).
inline constexpr char qemuCommandLineNamespace[] = "http://libvirt.org/schemas/domain/qemu/1.0";

enum class GuestKind
{
    Qemu, // a virtual machine (QEMU, with KVM or TCG)
    Lxc, // a container (libvirt's LXC driver)
};

struct PortForward
{
    enum class Protocol
    {
        Tcp,
        Udp,
    };
    Protocol protocol = Protocol::Tcp;
    QString hostAddress = QStringLiteral("127.0.0.1"); // where the host listens (loopback by default)
    quint16 hostPort = 0;
    quint16 guestPort = 0;

    friend bool operator==(const PortForward &, const PortForward &) = default;
};

struct DiskSpec
{
    enum class Source
    {
        File, // path: an image file on the host
        Volume, // pool + volume: a libvirt storage volume
    };
    Source source = Source::File;
    QString path;
    QString pool;
    QString volume;
    QString format = QStringLiteral("raw"); // "raw", "qcow2"
    QString target; // "vda"…; empty: the next free virtio name
    bool readOnly = false;

    friend bool operator==(const DiskSpec &, const DiskSpec &) = default;
};

struct FilesystemSpec // LXC: a host directory mounted in the container
{
    QString sourceDir;
    QString targetDir; // "/" for the root filesystem
    bool readOnly = false;

    friend bool operator==(const FilesystemSpec &, const FilesystemSpec &) = default;
};

// LXC: a raw image holding a filesystem (ext4…), attached by libvirt's LXC controller to a free loop device
// and mounted read-write at targetDir. Unlike a folder, its size is a hard limit on what the container
// writes there. Needs /dev/loop-control and CAP_SYS_ADMIN in libvirtd (the system daemon has both).
struct ImageMountSpec
{
    QString imagePath;
    QString targetDir;

    friend bool operator==(const ImageMountSpec &, const ImageMountSpec &) = default;
};

struct DomainSpec
{
    QString name; // [A-Za-z0-9_.+-], at most 64 characters
    QString title; // one line shown by virsh list --title and virt-manager
    QString description;
    // Our own key/values (role=contribution|service, service=ID, microcloud=ID…), in <metadata>.
    QMap<QString, QString> metadata;

    GuestKind kind = GuestKind::Qemu;
    bool kvm = false; // QEMU only: domain type 'kvm' (hardware) instead of 'qemu' (TCG emulation)
    QString arch = QStringLiteral("x86_64");
    QString machine = QStringLiteral("pc"); // the port-forward NIC sits on the i440fx PCI bus of 'pc'

    int vcpus = 1; // vCPUs online at start
    int maxVcpus = 0; // 0: same as vcpus; more allows raising vcpus live (QEMU hot-plug)
    quint64 memoryMiB = 256; // <memory>: the maximum (balloon ceiling)
    quint64 currentMemoryMiB = 0; // <currentMemory>: 0 means memoryMiB
    quint64 hardLimitMiB = 0; // <memtune><hard_limit>: 0 means none

    // CPU cap as a steady cgroup quota, in percent of ONE host core for the WHOLE guest: 50 = half a core,
    // 150 = one and a half cores, 0 = no cap. Written as quota = period × percent / 100 µs per period:
    // QEMU: <global_period>/<global_quota>, which limit the domain's whole cgroup (all vCPU and emulator
    //   threads together). <period>/<quota> would cap EACH vCPU thread, so N vCPUs could use N × quota.
    // LXC: <period>/<quota>, which the LXC driver applies to the container's cgroup (the whole container).
    int cpuCapPercent = 0;
    quint32 cpuPeriodUs = 100000; // 1000…1000000
    quint64 cpuShares = 0; // relative weight (<shares>), 0: libvirt's default

    // QEMU boot: a kernel (direct kernel boot) or the first disk.
    QString kernel;
    QString initrd;
    QString kernelCmdline;
    QList<DiskSpec> disks; // virtio disks
    QString configDisk; // an ISO/raw image (cloud-init NoCloud "cidata"), attached read-only after disks

    // Serial console (QEMU): a log file, a pty (for virDomainOpenConsole) or both (<serial type='pty'> with
    // <log file>). LXC always gets a pty console.
    QString serialLogFile;
    bool serialPty = true;

    // QEMU networking: user-mode (SLIRP) with a virtio NIC. libvirt 9.0's <portForward> needs the passt
    // backend, which Debian 12's libvirt rejects ("Invalid value for attribute 'type' in element
    // 'backend': 'passt'"), so forwards are given to QEMU through <qemu:commandline> as
    // -netdev user,hostfwd=… and -device virtio-net-pci (libvirt then marks the domain "custom-argv").
    bool userNetwork = false;
    QList<PortForward> portForwards;

    // LXC: the program to run as the container's init, its arguments and environment, and the mounts
    // (the root filesystem is rootDir, or the host's / when empty). No <interface>: the container shares
    // the host's network (its servers are reachable on loopback).
    QString init;
    QStringList initArgs;
    QList<QPair<QString, QString>> initEnv;
    QString rootDir;
    QList<FilesystemSpec> filesystems;
    QList<ImageMountSpec> imageMounts;

    QString onPoweroff = QStringLiteral("destroy");
    QString onReboot = QStringLiteral("restart");
    QString onCrash = QStringLiteral("destroy");

    QString domainType() const
    {
        return kind == GuestKind::Lxc ? QStringLiteral("lxc")
               : kvm                  ? QStringLiteral("kvm")
                                      : QStringLiteral("qemu");
    }
    // quota = period × cpuCapPercent / 100 (µs), 0 when there is no cap.
    qint64 cpuQuotaUs() const;
};

// The domain XML for a spec. Refuses a spec libvirt would refuse or misread (empty or bad name, no memory,
// vCPUs out of range, cap out of range, QEMU without kernel or disk, LXC without init…) with a sentence.
Result<QByteArray> writeDomainXml(const DomainSpec &spec);

// What we read back from a domain's XML (virDomainGetXMLDesc, live or inactive).
struct DomainXmlInfo
{
    QString type; // "qemu", "kvm", "lxc", "test"
    QString name;
    QString uuid;
    QString title;
    QString description;
    QMap<QString, QString> metadata; // ours (cloudyMetadataNamespace) only
    int id = -1; // running domains have an id
    int maxVcpus = 0;
    int vcpus = 0; // online: <vcpu current=…>, or the <vcpus> marked enabled, or maxVcpus
    quint64 memoryKiB = 0;
    quint64 currentMemoryKiB = 0;
    quint64 hardLimitKiB = 0;
    quint64 cpuShares = 0;
    quint64 periodUs = 0; // <cputune><period>
    qint64 quotaUs = 0; // <cputune><quota> (0: absent)
    quint64 globalPeriodUs = 0; // <cputune><global_period>
    qint64 globalQuotaUs = 0; // <cputune><global_quota> (0: absent)
    struct Disk
    {
        QString target;
        QString sourcePath; // file, or "pool/volume"
        bool readOnly = false;
    };
    QList<Disk> disks;
    QList<PortForward> portForwards;
    QString serialLogFile;

    // The whole-guest cap in percent of one core, as DomainSpec::cpuCapPercent means it: global quota for
    // QEMU, quota for LXC; 0 when uncapped.
    int cpuCapPercent() const;
};

Result<DomainXmlInfo> parseDomainXml(const QByteArray &xml);

// The "hostfwd=" items of a QEMU -netdev user argument, e.g. "user,id=n0,hostfwd=tcp:127.0.0.1:8080-:80".
QList<PortForward> parseHostForwards(const QString &netdevArgument);

// Valid libvirt domain name for our guests: [A-Za-z0-9_.+-]{1,64}, not starting with '.' or '-'.
bool isValidDomainName(const QString &name);

} // namespace Cloudy::Virt
