// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainXml.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Cloudy::Virt {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt)
};

Error specError(const QString &message)
{
    return {QStringLiteral("domain-spec"), message};
}

const QString cloudyNs = QLatin1String(cloudyMetadataNamespace);
const QString qemuNs = QLatin1String(qemuCommandLineNamespace);
const QString netdevId = QStringLiteral("cloudynet0");

QString protocolName(PortForward::Protocol protocol)
{
    return protocol == PortForward::Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}

QString diskName(int index)
{
    // vda…vdz, then vdaa… as libvirt does.
    QString suffix;
    int n = index;
    do {
        suffix.prepend(QChar(u'a' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return QStringLiteral("vd") + suffix;
}

bool isAbsolute(const QString &path)
{
    return !path.isEmpty() && QDir::isAbsolutePath(path);
}

std::optional<Error> validate(const DomainSpec &spec)
{
    if (!isValidDomainName(spec.name))
        return specError(
            Tr::tr("The guest name \"%1\" is not valid: use 1 to 64 letters, digits, '_', '.', '+' or "
                   "'-', not starting with '.' or '-'.")
                .arg(spec.name));
    if (spec.memoryMiB == 0)
        return specError(Tr::tr("The guest %1 has no memory: give it at least 1 MiB.").arg(spec.name));
    if (spec.currentMemoryMiB > spec.memoryMiB)
        return specError(
            Tr::tr("The guest %1 starts with more memory (%2 MiB) than its maximum (%3 MiB): raise the "
                   "maximum or lower the start value.")
                .arg(spec.name)
                .arg(spec.currentMemoryMiB)
                .arg(spec.memoryMiB));
    const int maxVcpus = spec.maxVcpus > 0 ? spec.maxVcpus : spec.vcpus;
    if (spec.vcpus < 1 || spec.vcpus > maxVcpus || maxVcpus > 255)
        return specError(
            Tr::tr("The guest %1 asks for %2 vCPUs (maximum %3): use 1 to 255, and no more than the "
                   "maximum.")
                .arg(spec.name)
                .arg(spec.vcpus)
                .arg(maxVcpus));
    if (spec.cpuPeriodUs < 1000 || spec.cpuPeriodUs > 1000000)
        return specError(Tr::tr("The CPU period of %1 must be between 1000 and 1000000 µs (it is %2).")
                             .arg(spec.name)
                             .arg(spec.cpuPeriodUs));
    if (spec.cpuCapPercent < 0 || spec.cpuCapPercent > 100 * maxVcpus)
        return specError(
            Tr::tr("The CPU cap of %1 must be between 1 and %2 % (100 % per vCPU), or 0 for none.")
                .arg(spec.name)
                .arg(100 * maxVcpus));
    if (spec.cpuCapPercent > 0 && spec.cpuQuotaUs() < 1000)
        return specError(
            Tr::tr("The CPU cap of %1 is too small for its period: the quota must be at least 1000 µs "
                   "(raise the cap or the period).")
                .arg(spec.name));
    for (const QString &path :
         {spec.kernel, spec.initrd, spec.configDisk, spec.serialLogFile, spec.rootDir}) {
        if (!path.isEmpty() && !isAbsolute(path))
            return specError(Tr::tr("The path \"%1\" of guest %2 must be absolute.").arg(path, spec.name));
    }
    for (const DiskSpec &disk : spec.disks) {
        if (disk.source == DiskSpec::Source::File && !isAbsolute(disk.path))
            return specError(
                Tr::tr("A disk of guest %1 has no absolute image path (\"%2\").").arg(spec.name, disk.path));
        if (disk.source == DiskSpec::Source::Volume && (disk.pool.isEmpty() || disk.volume.isEmpty()))
            return specError(
                Tr::tr("A volume disk of guest %1 needs both a pool and a volume name.").arg(spec.name));
    }

    if (spec.kind == GuestKind::Lxc) {
        if (spec.init.isEmpty())
            return specError(
                Tr::tr("The container %1 has no init program: say which program it runs.").arg(spec.name));
        if (!spec.portForwards.isEmpty() || spec.userNetwork)
            return specError(Tr::tr("The container %1 shares the host's network: port forwards and user-mode "
                                    "networking apply to QEMU guests only.")
                                 .arg(spec.name));
        if (!spec.kernel.isEmpty() || !spec.disks.isEmpty() || !spec.configDisk.isEmpty())
            return specError(
                Tr::tr("The container %1 cannot boot a kernel or disks: give it a root directory.")
                    .arg(spec.name));
        for (const FilesystemSpec &filesystem : spec.filesystems) {
            if (!isAbsolute(filesystem.sourceDir) || !isAbsolute(filesystem.targetDir))
                return specError(
                    Tr::tr("A mount of container %1 needs absolute source and target directories.")
                        .arg(spec.name));
        }
        for (const ImageMountSpec &image : spec.imageMounts) {
            if (!isAbsolute(image.imagePath) || !isAbsolute(image.targetDir))
                return specError(Tr::tr("An image mount of container %1 needs an absolute image path and "
                                        "target directory.")
                                     .arg(spec.name));
        }
        return std::nullopt;
    }

    if (spec.kernel.isEmpty() && spec.disks.isEmpty())
        return specError(
            Tr::tr("The guest %1 has nothing to boot: give it a kernel or a disk.").arg(spec.name));
    if (!spec.init.isEmpty() || !spec.filesystems.isEmpty() || !spec.imageMounts.isEmpty()
        || !spec.rootDir.isEmpty())
        return specError(Tr::tr("The virtual machine %1 cannot take an init program or mounts: those are for "
                                "containers.")
                             .arg(spec.name));
    if (!spec.portForwards.isEmpty()) {
        if (!spec.userNetwork)
            return specError(Tr::tr("The guest %1 has port forwards but no user-mode network: switch it on.")
                                 .arg(spec.name));
        if (!spec.machine.startsWith(QLatin1String("pc")) || spec.machine.contains(QLatin1String("q35")))
            return specError(Tr::tr("Port forwards need the 'pc' machine type (guest %1 uses '%2').")
                                 .arg(spec.name, spec.machine));
    }
    QSet<QString> hostEnds;
    for (const PortForward &forward : spec.portForwards) {
        QHostAddress address;
        if (!address.setAddress(forward.hostAddress) || address.protocol() != QAbstractSocket::IPv4Protocol)
            return specError(Tr::tr("The forward address \"%1\" of guest %2 is not an IPv4 address.")
                                 .arg(forward.hostAddress, spec.name));
        if (forward.hostPort == 0 || forward.guestPort == 0)
            return specError(
                Tr::tr("A port forward of guest %1 has port 0: give both the host and the guest port.")
                    .arg(spec.name));
        const QString hostEnd = QStringLiteral("%1:%2:%3")
                                    .arg(protocolName(forward.protocol), forward.hostAddress)
                                    .arg(forward.hostPort);
        if (hostEnds.contains(hostEnd))
            return specError(
                Tr::tr("Host port %1 is forwarded twice in guest %2.").arg(forward.hostPort).arg(spec.name));
        hostEnds.insert(hostEnd);
    }
    return std::nullopt;
}

void writeMemory(QXmlStreamWriter &writer, const QString &element, quint64 mib)
{
    writer.writeStartElement(element);
    writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
    writer.writeCharacters(QString::number(mib * 1024));
    writer.writeEndElement();
}

void writeText(QXmlStreamWriter &writer, const QString &element, const QString &text)
{
    writer.writeTextElement(element, text);
}

void writeDisk(QXmlStreamWriter &writer, const DiskSpec &disk, const QString &target)
{
    writer.writeStartElement(QStringLiteral("disk"));
    writer.writeAttribute(QStringLiteral("type"), disk.source == DiskSpec::Source::Volume
                                                      ? QStringLiteral("volume")
                                                      : QStringLiteral("file"));
    writer.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
    writer.writeEmptyElement(QStringLiteral("driver"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    writer.writeAttribute(QStringLiteral("type"),
                          disk.format.isEmpty() ? QStringLiteral("raw") : disk.format);
    writer.writeEmptyElement(QStringLiteral("source"));
    if (disk.source == DiskSpec::Source::Volume) {
        writer.writeAttribute(QStringLiteral("pool"), disk.pool);
        writer.writeAttribute(QStringLiteral("volume"), disk.volume);
    } else {
        writer.writeAttribute(QStringLiteral("file"), disk.path);
    }
    writer.writeEmptyElement(QStringLiteral("target"));
    writer.writeAttribute(QStringLiteral("dev"), target);
    writer.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
    if (disk.readOnly)
        writer.writeEmptyElement(QStringLiteral("readonly"));
    writer.writeEndElement();
}

void writeQemuDevices(QXmlStreamWriter &writer, const DomainSpec &spec)
{
    QSet<QString> usedTargets;
    for (const DiskSpec &disk : spec.disks) {
        if (!disk.target.isEmpty())
            usedTargets.insert(disk.target);
    }
    int next = 0;
    const auto nextTarget = [&] {
        while (usedTargets.contains(diskName(next)))
            ++next;
        usedTargets.insert(diskName(next));
        return diskName(next);
    };
    for (const DiskSpec &disk : spec.disks)
        writeDisk(writer, disk, disk.target.isEmpty() ? nextTarget() : disk.target);
    if (!spec.configDisk.isEmpty()) {
        DiskSpec config;
        config.path = spec.configDisk;
        config.readOnly = true;
        writeDisk(writer, config, nextTarget());
    }

    if (!spec.serialLogFile.isEmpty() || spec.serialPty) {
        const bool pty = spec.serialPty;
        writer.writeStartElement(QStringLiteral("serial"));
        writer.writeAttribute(QStringLiteral("type"), pty ? QStringLiteral("pty") : QStringLiteral("file"));
        if (!spec.serialLogFile.isEmpty()) {
            // A pty serial keeps a copy of its output in <log>; a file serial writes only there.
            writer.writeEmptyElement(pty ? QStringLiteral("log") : QStringLiteral("source"));
            writer.writeAttribute(pty ? QStringLiteral("file") : QStringLiteral("path"), spec.serialLogFile);
            writer.writeAttribute(QStringLiteral("append"), QStringLiteral("off"));
        }
        writer.writeEmptyElement(QStringLiteral("target"));
        writer.writeAttribute(QStringLiteral("port"), QStringLiteral("0"));
        writer.writeEndElement();
        if (pty) {
            writer.writeStartElement(QStringLiteral("console"));
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
            writer.writeEmptyElement(QStringLiteral("target"));
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("serial"));
            writer.writeAttribute(QStringLiteral("port"), QStringLiteral("0"));
            writer.writeEndElement();
        }
    }

    if (spec.userNetwork && spec.portForwards.isEmpty()) {
        writer.writeStartElement(QStringLiteral("interface"));
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("user"));
        writer.writeEmptyElement(QStringLiteral("model"));
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
        writer.writeEndElement();
    }
    writer.writeEmptyElement(QStringLiteral("memballoon"));
    writer.writeAttribute(QStringLiteral("model"), QStringLiteral("virtio"));
}

void writeLxcDevices(QXmlStreamWriter &writer, const DomainSpec &spec)
{
    QList<FilesystemSpec> mounts;
    if (!spec.rootDir.isEmpty())
        mounts.append({spec.rootDir, QStringLiteral("/"), false});
    mounts += spec.filesystems;
    for (const FilesystemSpec &mount : std::as_const(mounts)) {
        writer.writeStartElement(QStringLiteral("filesystem"));
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("mount"));
        writer.writeEmptyElement(QStringLiteral("source"));
        writer.writeAttribute(QStringLiteral("dir"), mount.sourceDir);
        writer.writeEmptyElement(QStringLiteral("target"));
        writer.writeAttribute(QStringLiteral("dir"), mount.targetDir);
        if (mount.readOnly)
            writer.writeEmptyElement(QStringLiteral("readonly"));
        writer.writeEndElement();
    }
    for (const ImageMountSpec &image : spec.imageMounts) {
        writer.writeStartElement(QStringLiteral("filesystem"));
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
        writer.writeAttribute(QStringLiteral("accessmode"), QStringLiteral("passthrough"));
        // The LXC controller accepts only raw images on a loop device (nbd would need qemu-nbd).
        writer.writeEmptyElement(QStringLiteral("driver"));
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("loop"));
        writer.writeAttribute(QStringLiteral("format"), QStringLiteral("raw"));
        writer.writeEmptyElement(QStringLiteral("source"));
        writer.writeAttribute(QStringLiteral("file"), image.imagePath);
        writer.writeEmptyElement(QStringLiteral("target"));
        writer.writeAttribute(QStringLiteral("dir"), image.targetDir);
        writer.writeEndElement();
    }
    writer.writeEmptyElement(QStringLiteral("console"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("pty"));
}

// -netdev user,id=…,hostfwd=tcp:127.0.0.1:H-:G… and a virtio NIC on a fixed slot of the i440fx bus (an
// unaddressed -device would take a slot libvirt already gave the balloon or a disk).
void writePortForwardCommandLine(QXmlStreamWriter &writer, const DomainSpec &spec)
{
    QString netdev = QStringLiteral("user,id=") + netdevId;
    for (const PortForward &forward : spec.portForwards) {
        netdev += QStringLiteral(",hostfwd=%1:%2:%3-:%4")
                      .arg(protocolName(forward.protocol), forward.hostAddress)
                      .arg(forward.hostPort)
                      .arg(forward.guestPort);
    }
    const QStringList arguments {
        QStringLiteral("-netdev"), netdev, QStringLiteral("-device"),
        QStringLiteral("virtio-net-pci,netdev=%1,bus=pci.0,addr=0x1e").arg(netdevId)};
    writer.writeStartElement(qemuNs, QStringLiteral("commandline"));
    for (const QString &argument : arguments) {
        writer.writeEmptyElement(qemuNs, QStringLiteral("arg"));
        writer.writeAttribute(QStringLiteral("value"), argument);
    }
    writer.writeEndElement();
}

quint64 toKiB(quint64 value, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.isEmpty() || u == QLatin1String("k") || u == QLatin1String("kib"))
        return value;
    if (u == QLatin1String("b") || u == QLatin1String("bytes"))
        return value / 1024;
    if (u == QLatin1String("kb"))
        return value * 1000 / 1024;
    if (u == QLatin1String("m") || u == QLatin1String("mib"))
        return value * 1024;
    if (u == QLatin1String("mb"))
        return value * 1000 * 1000 / 1024;
    if (u == QLatin1String("g") || u == QLatin1String("gib"))
        return value * 1024 * 1024;
    if (u == QLatin1String("gb"))
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == QLatin1String("t") || u == QLatin1String("tib"))
        return value * 1024 * 1024 * 1024;
    if (u == QLatin1String("tb"))
        return value * 1000 * 1000 * 1000 * 1000 / 1024;
    return value;
}

} // namespace

qint64 DomainSpec::cpuQuotaUs() const
{
    if (cpuCapPercent <= 0)
        return 0;
    return qint64(cpuPeriodUs) * cpuCapPercent / 100;
}

bool isValidDomainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'.') || name.startsWith(u'-'))
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                        || c == u'_' || c == u'.' || c == u'+' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Result<QByteArray> writeDomainXml(const DomainSpec &spec)
{
    if (const auto error = validate(spec))
        return *error;

    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    writer.writeStartElement(QStringLiteral("domain"));
    writer.writeAttribute(QStringLiteral("type"), spec.domainType());
    if (!spec.portForwards.isEmpty())
        writer.writeNamespace(qemuNs, QStringLiteral("qemu"));

    writeText(writer, QStringLiteral("name"), spec.name);
    if (!spec.title.isEmpty())
        writeText(writer, QStringLiteral("title"), spec.title);
    if (!spec.description.isEmpty())
        writeText(writer, QStringLiteral("description"), spec.description);
    if (!spec.metadata.isEmpty()) {
        writer.writeStartElement(QStringLiteral("metadata"));
        writer.writeNamespace(cloudyNs, QStringLiteral("cloudy"));
        writer.writeStartElement(cloudyNs, QStringLiteral("guest"));
        for (auto it = spec.metadata.cbegin(); it != spec.metadata.cend(); ++it) {
            writer.writeStartElement(cloudyNs, QStringLiteral("item"));
            writer.writeAttribute(QStringLiteral("key"), it.key());
            writer.writeCharacters(it.value());
            writer.writeEndElement();
        }
        writer.writeEndElement();
        writer.writeEndElement();
    }

    writeMemory(writer, QStringLiteral("memory"), spec.memoryMiB);
    writeMemory(writer, QStringLiteral("currentMemory"),
                spec.currentMemoryMiB > 0 ? spec.currentMemoryMiB : spec.memoryMiB);
    if (spec.hardLimitMiB > 0) {
        writer.writeStartElement(QStringLiteral("memtune"));
        writeMemory(writer, QStringLiteral("hard_limit"), spec.hardLimitMiB);
        writer.writeEndElement();
    }

    const int maxVcpus = spec.maxVcpus > 0 ? spec.maxVcpus : spec.vcpus;
    writer.writeStartElement(QStringLiteral("vcpu"));
    writer.writeAttribute(QStringLiteral("placement"), QStringLiteral("static"));
    if (spec.vcpus != maxVcpus)
        writer.writeAttribute(QStringLiteral("current"), QString::number(spec.vcpus));
    writer.writeCharacters(QString::number(maxVcpus));
    writer.writeEndElement();

    if (spec.cpuCapPercent > 0 || spec.cpuShares > 0) {
        writer.writeStartElement(QStringLiteral("cputune"));
        if (spec.cpuShares > 0)
            writeText(writer, QStringLiteral("shares"), QString::number(spec.cpuShares));
        if (spec.cpuCapPercent > 0) {
            const bool wholeGuest = spec.kind == GuestKind::Qemu;
            writeText(writer, wholeGuest ? QStringLiteral("global_period") : QStringLiteral("period"),
                      QString::number(spec.cpuPeriodUs));
            writeText(writer, wholeGuest ? QStringLiteral("global_quota") : QStringLiteral("quota"),
                      QString::number(spec.cpuQuotaUs()));
        }
        writer.writeEndElement();
    }

    writer.writeStartElement(QStringLiteral("os"));
    writer.writeStartElement(QStringLiteral("type"));
    writer.writeAttribute(QStringLiteral("arch"), spec.arch);
    if (spec.kind == GuestKind::Lxc) {
        writer.writeCharacters(QStringLiteral("exe"));
        writer.writeEndElement();
        writeText(writer, QStringLiteral("init"), spec.init);
        for (const QString &argument : spec.initArgs)
            writeText(writer, QStringLiteral("initarg"), argument);
        for (const auto &[key, value] : spec.initEnv) {
            writer.writeStartElement(QStringLiteral("initenv"));
            writer.writeAttribute(QStringLiteral("name"), key);
            writer.writeCharacters(value);
            writer.writeEndElement();
        }
    } else {
        writer.writeAttribute(QStringLiteral("machine"), spec.machine);
        writer.writeCharacters(QStringLiteral("hvm"));
        writer.writeEndElement();
        if (!spec.kernel.isEmpty()) {
            writeText(writer, QStringLiteral("kernel"), spec.kernel);
            if (!spec.initrd.isEmpty())
                writeText(writer, QStringLiteral("initrd"), spec.initrd);
            if (!spec.kernelCmdline.isEmpty())
                writeText(writer, QStringLiteral("cmdline"), spec.kernelCmdline);
        } else {
            writer.writeEmptyElement(QStringLiteral("boot"));
            writer.writeAttribute(QStringLiteral("dev"), QStringLiteral("hd"));
        }
    }
    writer.writeEndElement(); // os
    if (spec.kind != GuestKind::Lxc) {
        // Without ACPI the guest never sees the power button: a graceful shutdown could not work.
        writer.writeStartElement(QStringLiteral("features"));
        writer.writeEmptyElement(QStringLiteral("acpi"));
        writer.writeEndElement();
    }

    writeText(writer, QStringLiteral("on_poweroff"), spec.onPoweroff);
    writeText(writer, QStringLiteral("on_reboot"), spec.onReboot);
    writeText(writer, QStringLiteral("on_crash"), spec.onCrash);

    writer.writeStartElement(QStringLiteral("devices"));
    if (spec.kind == GuestKind::Lxc)
        writeLxcDevices(writer, spec);
    else
        writeQemuDevices(writer, spec);
    writer.writeEndElement(); // devices

    if (spec.kind == GuestKind::Qemu && !spec.portForwards.isEmpty())
        writePortForwardCommandLine(writer, spec);

    writer.writeEndElement(); // domain
    writer.writeEndDocument();
    return xml;
}

QList<PortForward> parseHostForwards(const QString &netdevArgument)
{
    QList<PortForward> forwards;
    const QStringList options = netdevArgument.split(u',');
    for (const QString &option : options) {
        if (!option.startsWith(QLatin1String("hostfwd=")))
            continue;
        // hostfwd=[tcp|udp]:[hostaddr]:hostport-[guestaddr]:guestport
        const QString value = option.mid(8);
        const qsizetype dash = value.indexOf(u'-');
        if (dash < 0)
            continue;
        const QStringList host = value.left(dash).split(u':');
        const QStringList guest = value.mid(dash + 1).split(u':');
        if (host.size() != 3 || guest.size() != 2)
            continue;
        PortForward forward;
        forward.protocol =
            host[0] == QLatin1String("udp") ? PortForward::Protocol::Udp : PortForward::Protocol::Tcp;
        forward.hostAddress = host[1];
        bool hostOk = false;
        bool guestOk = false;
        forward.hostPort = host[2].toUShort(&hostOk);
        forward.guestPort = guest[1].toUShort(&guestOk);
        if (hostOk && guestOk)
            forwards.append(forward);
    }
    return forwards;
}

int DomainXmlInfo::cpuCapPercent() const
{
    if (globalQuotaUs > 0 && globalPeriodUs > 0)
        return int(globalQuotaUs * 100 / qint64(globalPeriodUs));
    if (quotaUs > 0 && periodUs > 0) {
        // QEMU's <quota> limits each vCPU thread; LXC's the whole container.
        const qint64 threads = type == QLatin1String("lxc") ? 1 : qMax(1, vcpus);
        return int(quotaUs * threads * 100 / qint64(periodUs));
    }
    return 0;
}

Result<DomainXmlInfo> parseDomainXml(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    DomainXmlInfo info;
    QStringList path; // local names from <domain> down; our namespaces are checked where they matter
    QString pendingMetadataKey;
    bool vcpuCurrentGiven = false;
    int enabledVcpus = -1;
    bool sawDomain = false;
    bool nextArgIsNetdev = false;
    DomainXmlInfo::Disk disk;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (path.isEmpty()) {
                if (name != QLatin1String("domain"))
                    return Error {
                        QStringLiteral("domain-xml"),
                        Tr::tr("This is not libvirt domain XML (the document starts with <%1>).").arg(name)};
                sawDomain = true;
                info.type = attributes.value(QLatin1String("type")).toString();
                if (attributes.hasAttribute(QLatin1String("id")))
                    info.id = attributes.value(QLatin1String("id")).toInt();
                path.append(name);
                continue;
            }
            path.append(name);
            const QString parent = path.size() >= 2 ? path[path.size() - 2] : QString();
            const auto text = [&] { return reader.readElementText(); };
            const auto textPop = [&] {
                const QString value = text();
                path.removeLast();
                return value;
            };
            if (path.size() == 2) {
                if (name == QLatin1String("name"))
                    info.name = textPop();
                else if (name == QLatin1String("uuid"))
                    info.uuid = textPop();
                else if (name == QLatin1String("title"))
                    info.title = textPop();
                else if (name == QLatin1String("description"))
                    info.description = textPop();
                else if (name == QLatin1String("vcpu")) {
                    if (attributes.hasAttribute(QLatin1String("current"))) {
                        info.vcpus = attributes.value(QLatin1String("current")).toInt();
                        vcpuCurrentGiven = true;
                    }
                    info.maxVcpus = textPop().trimmed().toInt();
                } else if (name == QLatin1String("memory") || name == QLatin1String("currentMemory")) {
                    const QString unit = attributes.value(QLatin1String("unit")).toString();
                    const quint64 kib = toKiB(textPop().trimmed().toULongLong(), unit);
                    (name == QLatin1String("memory") ? info.memoryKiB : info.currentMemoryKiB) = kib;
                } else if (name == QLatin1String("commandline") && reader.namespaceUri() == qemuNs) {
                    nextArgIsNetdev = false;
                }
                continue;
            }
            if (parent == QLatin1String("vcpus") && name == QLatin1String("vcpu")) {
                if (enabledVcpus < 0)
                    enabledVcpus = 0;
                if (attributes.value(QLatin1String("enabled")) == QLatin1String("yes"))
                    ++enabledVcpus;
            } else if (parent == QLatin1String("memtune") && name == QLatin1String("hard_limit")) {
                const QString unit = attributes.value(QLatin1String("unit")).toString();
                info.hardLimitKiB = toKiB(textPop().trimmed().toULongLong(), unit);
            } else if (parent == QLatin1String("cputune") && path.size() == 3) {
                if (name == QLatin1String("shares"))
                    info.cpuShares = textPop().trimmed().toULongLong();
                else if (name == QLatin1String("period"))
                    info.periodUs = textPop().trimmed().toULongLong();
                else if (name == QLatin1String("quota"))
                    info.quotaUs = textPop().trimmed().toLongLong();
                else if (name == QLatin1String("global_period"))
                    info.globalPeriodUs = textPop().trimmed().toULongLong();
                else if (name == QLatin1String("global_quota"))
                    info.globalQuotaUs = textPop().trimmed().toLongLong();
            } else if (path.size() == 3 && parent == QLatin1String("metadata")
                       && name == QLatin1String("guest") && reader.namespaceUri() == cloudyNs) {
                // entering our metadata block; items handled below
            } else if (path.size() == 4 && name == QLatin1String("item") && reader.namespaceUri() == cloudyNs
                       && path[1] == QLatin1String("metadata")) {
                const QString key = attributes.value(QLatin1String("key")).toString();
                const QString value = textPop();
                if (!key.isEmpty())
                    info.metadata.insert(key, value);
            } else if (path.size() == 3 && parent == QLatin1String("devices")
                       && name == QLatin1String("disk")) {
                disk = {};
            } else if (path.size() == 4 && path[2] == QLatin1String("disk")) {
                if (name == QLatin1String("source")) {
                    if (attributes.hasAttribute(QLatin1String("file")))
                        disk.sourcePath = attributes.value(QLatin1String("file")).toString();
                    else if (attributes.hasAttribute(QLatin1String("dev")))
                        disk.sourcePath = attributes.value(QLatin1String("dev")).toString();
                    else if (attributes.hasAttribute(QLatin1String("volume")))
                        disk.sourcePath = attributes.value(QLatin1String("pool")).toString() + u'/'
                                          + attributes.value(QLatin1String("volume")).toString();
                } else if (name == QLatin1String("target")) {
                    disk.target = attributes.value(QLatin1String("dev")).toString();
                } else if (name == QLatin1String("readonly")) {
                    disk.readOnly = true;
                }
            } else if (path.size() == 4 && path[2] == QLatin1String("serial")) {
                if (name == QLatin1String("log"))
                    info.serialLogFile = attributes.value(QLatin1String("file")).toString();
                else if (name == QLatin1String("source") && attributes.hasAttribute(QLatin1String("path"))
                         && info.serialLogFile.isEmpty() && !attributes.hasAttribute(QLatin1String("mode"))
                         && !attributes.value(QLatin1String("path")).startsWith(QLatin1String("/dev/")))
                    info.serialLogFile = attributes.value(QLatin1String("path")).toString();
            } else if (path.size() == 3 && parent == QLatin1String("commandline")
                       && name == QLatin1String("arg") && reader.namespaceUri() == qemuNs) {
                const QString value = attributes.value(QLatin1String("value")).toString();
                if (nextArgIsNetdev && value.startsWith(QLatin1String("user,")))
                    info.portForwards += parseHostForwards(value);
                nextArgIsNetdev = value == QLatin1String("-netdev");
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.size() == 3 && path[1] == QLatin1String("devices") && path[2] == QLatin1String("disk"))
                info.disks.append(disk);
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (reader.hasError())
        return Error {QStringLiteral("domain-xml"), Tr::tr("The domain XML is not well-formed: %1 (line %2).")
                                                        .arg(reader.errorString())
                                                        .arg(reader.lineNumber())};
    if (!sawDomain)
        return Error {QStringLiteral("domain-xml"), Tr::tr("The domain XML is empty.")};
    if (!vcpuCurrentGiven)
        info.vcpus = enabledVcpus >= 0 ? enabledVcpus : info.maxVcpus;
    return info;
}

} // namespace Cloudy::Virt
