// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceDomain.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace Cloudy::Services {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services)
};

// A path from the manifest, inside the bundle: relative, no "..", no absolute part (the manifest parser
// already refuses those; checked again because the domain is what would read the host's files).
std::optional<QString> insideBundle(const QString &bundleDir, const QString &relative)
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return std::nullopt;
    const QString clean = QDir::cleanPath(relative);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return std::nullopt;
    return QDir(bundleDir).filePath(clean);
}

QString portValue(const PublishedPort &port)
{
    QString value = QStringLiteral("%1:%2/%3")
                        .arg(port.hostPort)
                        .arg(port.guestPort)
                        .arg(port.udp ? QStringLiteral("udp") : QStringLiteral("tcp"));
    if (port.http)
        value += QStringLiteral("/http");
    return value;
}

} // namespace

QString serviceDomainName(const QString &id)
{
    return QLatin1String(kServiceDomainPrefix) + id;
}

QString serviceIdOfDomain(const QString &domainName)
{
    if (!domainName.startsWith(QLatin1String(kServiceDomainPrefix)))
        return {};
    return domainName.mid(int(qstrlen(kServiceDomainPrefix)));
}

Result<Virt::DomainSpec> serviceDomainSpec(const ServiceGuest &guest)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (!idPattern.match(guest.id).hasMatch())
        return Error {QStringLiteral("service-id"), Tr::tr("“%1” is not a valid service id.").arg(guest.id)};

    Virt::DomainSpec spec;
    spec.name = serviceDomainName(guest.id);
    spec.title = Tr::tr("%1 (community service)").arg(guest.name.isEmpty() ? guest.id : guest.name);
    spec.description = Tr::tr("Launched by Cloudy Desktop from a microcloud's catalog.");
    spec.metadata.insert(QStringLiteral("role"), QStringLiteral("service"));
    spec.metadata.insert(QStringLiteral("service"), guest.id);
    spec.metadata.insert(QStringLiteral("name"), guest.name);
    spec.metadata.insert(QStringLiteral("version"), guest.version);
    for (const PublishedPort &port : guest.ports)
        spec.metadata.insert(QStringLiteral("port.") + port.name, portValue(port));

    spec.kind = guest.kind;
    spec.kvm = guest.kvm;
    spec.vcpus = guest.vcpus;
    spec.memoryMiB = guest.memoryMiB;
    spec.hardLimitMiB = 0;
    spec.onPoweroff = QStringLiteral("destroy");
    spec.onCrash = QStringLiteral("destroy");

    const auto bundlePath = [&](const QString &relative, const char *what) -> Result<QString> {
        const std::optional<QString> path = insideBundle(guest.bundleDir, relative);
        if (!path)
            return Error {
                QStringLiteral("bundle-path"),
                Tr::tr("The service's bundle names its %1 as “%2”, which is not a path inside the bundle.")
                    .arg(QString::fromLatin1(what), relative)};
        return *path;
    };

    if (guest.kind == Virt::GuestKind::Qemu) {
        Result<QString> kernel = bundlePath(guest.kernel, "kernel");
        if (!kernel)
            return kernel.error();
        spec.kernel = kernel.value();
        if (!guest.initrd.isEmpty()) {
            Result<QString> initrd = bundlePath(guest.initrd, "initrd");
            if (!initrd)
                return initrd.error();
            spec.initrd = initrd.value();
        }
        spec.kernelCmdline = guest.cmdline;
        if (!guest.disk.isEmpty()) {
            Result<QString> disk = bundlePath(guest.disk, "disk");
            if (!disk)
                return disk.error();
            Virt::DiskSpec image;
            image.path = disk.value();
            image.format = disk.value().endsWith(QLatin1String(".qcow2")) ? QStringLiteral("qcow2")
                                                                          : QStringLiteral("raw");
            image.readOnly = true;
            spec.disks.append(image);
        }
        if (!guest.dataPath.isEmpty()) {
            Virt::DiskSpec data;
            data.path = guest.dataPath;
            spec.disks.append(data);
        }
        spec.serialLogFile = guest.consoleLog;
        spec.serialPty = true;
        spec.userNetwork = true;
        for (const PublishedPort &port : guest.ports) {
            Virt::PortForward forward;
            forward.protocol = port.udp ? Virt::PortForward::Protocol::Udp : Virt::PortForward::Protocol::Tcp;
            forward.hostPort = port.hostPort;
            forward.guestPort = port.guestPort;
            spec.portForwards.append(forward);
        }
    } else {
        Result<QString> rootfs = bundlePath(guest.rootfs, "root filesystem");
        if (!rootfs)
            return rootfs.error();
        spec.rootDir = rootfs.value();
        spec.init = guest.init;
        spec.initArgs = guest.initArgs;
        spec.initEnv = guest.initEnv;
        if (!guest.dataPath.isEmpty())
            spec.filesystems.append(Virt::FilesystemSpec {guest.dataPath, QStringLiteral("/data"), false});
    }
    return spec;
}

QList<PublishedPort> portsFromMetadata(const QMap<QString, QString> &metadata)
{
    static const QRegularExpression value(QStringLiteral("^(\\d{1,5}):(\\d{1,5})/(tcp|udp)(/http)?$"));
    QList<PublishedPort> ports;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("port.")))
            continue;
        const QRegularExpressionMatch match = value.match(it.value());
        const uint host = match.captured(1).toUInt();
        const uint guest = match.captured(2).toUInt();
        if (!match.hasMatch() || host == 0 || host > 65535 || guest == 0 || guest > 65535)
            continue;
        PublishedPort port;
        port.name = it.key().mid(5);
        port.hostPort = quint16(host);
        port.guestPort = quint16(guest);
        port.udp = match.captured(3) == QLatin1String("udp");
        port.http = match.hasCaptured(4);
        ports.append(port);
    }
    return ports;
}

} // namespace Cloudy::Services
