// SPDX-License-Identifier: GPL-3.0-or-later
#include "Doctor.h"

#include "DoctorLog.h"
#include "discovery/AvahiServer.h"
#include "platform/BuildInfo.h"
#include "platform/Crypto.h"
#include "platform/Secrets.h"
#include "services/Archive.h"
#include "virt/Capabilities.h"
#include "virt/KvmProbe.h"
#include "virt/VirtConnection.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QJsonArray>
#include <QUrl>

namespace Cloudy {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Doctor)
};

DoctorCheck makeCheck(const QString &id, const QString &title)
{
    DoctorCheck check;
    check.id = id;
    check.title = title;
    return check;
}

bool isSessionUri(const QString &uri)
{
    return QUrl(uri).path() == QLatin1String("/session");
}

} // namespace

Doctor::Doctor(DoctorOptions options)
    : m_options(std::move(options))
{ }

QString Doctor::libvirtUri() const
{
    return m_options.libvirtUri.isEmpty() ? Virt::defaultUri() : m_options.libvirtUri;
}

QString Doctor::lxcUriFor(const QString &qemuUri)
{
    QUrl url(qemuUri);
    const QString scheme = url.scheme();
    if (!scheme.startsWith(QLatin1String("qemu")))
        return QStringLiteral("lxc:///system");
    url.setScheme(QStringLiteral("lxc") + scheme.mid(4)); // keeps "+unix", "+ssh"...
    url.setPath(QStringLiteral("/system"));
    return url.toString();
}

DoctorReport Doctor::run() const
{
    DoctorReport report;
    QString daemonVersion;
    report.checks = {checkSystemBus(), checkAvahi(), checkLibvirt(&daemonVersion),
                     checkLxc(),       checkKvm(),   checkKeyring()};
    report.versions = {
        {QStringLiteral("cloudy"), BuildInfo::version()},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("libvirt"), Virt::libraryVersion()},
        {QStringLiteral("libvirtd"), daemonVersion.isEmpty() ? Tr::tr("not reachable") : daemonVersion},
        {QStringLiteral("libarchive"), Services::libarchiveVersion()},
        {QStringLiteral("libsodium"), Crypto::libraryVersion()},
    };
    return report;
}

DoctorCheck Doctor::checkSystemBus() const
{
    DoctorCheck check =
        makeCheck(QStringLiteral("systemBus"), Tr::tr("System D-Bus (Avahi and libvirt talk over it)"));
    const QDBusConnection bus = QDBusConnection::systemBus();
    const QByteArray address = qgetenv("DBUS_SYSTEM_BUS_ADDRESS");
    check.facts.insert(QStringLiteral("address"),
                       address.isEmpty() ? QStringLiteral("unix:path=/run/dbus/system_bus_socket")
                                         : QString::fromUtf8(address));
    if (bus.isConnected()) {
        check.setResult(DoctorCheck::Status::Ok, Tr::tr("Connected."));
    } else {
        check.setResult(
            DoctorCheck::Status::Missing, Tr::tr("Not reachable: %1").arg(bus.lastError().message()),
            Tr::tr("Start the system message bus (sudo systemctl start dbus, or install the 'dbus' "
                   "package)."));
    }
    return check;
}

DoctorCheck Doctor::checkAvahi() const
{
    DoctorCheck check = makeCheck(QStringLiteral("avahi"), Tr::tr("Avahi (finds microclouds nearby)"));
    const Discovery::AvahiStatus avahi = Discovery::probeAvahi(QDBusConnection::systemBus());
    check.facts.insert(QStringLiteral("reachable"), avahi.reachable);
    if (!avahi.reachable) {
        check.facts.insert(QStringLiteral("error"), avahi.errorName);
        check.setResult(DoctorCheck::Status::Missing, Tr::tr("avahi-daemon is not reachable."),
                        avahi.message);
        return check;
    }
    check.facts.insert(QStringLiteral("daemonVersion"), avahi.version);
    check.facts.insert(QStringLiteral("hostName"), avahi.hostName);
    check.facts.insert(QStringLiteral("state"), avahi.state);
    if (avahi.running()) {
        check.setResult(DoctorCheck::Status::Ok,
                        Tr::tr("%1 is running as %2.").arg(avahi.version, avahi.hostName));
    } else {
        check.setResult(DoctorCheck::Status::Warning,
                        Tr::tr("%1 answers but is not running normally.").arg(avahi.version), avahi.message);
    }
    return check;
}

DoctorCheck Doctor::checkLibvirt(QString *daemonVersion) const
{
    DoctorCheck check = makeCheck(QStringLiteral("libvirt"),
                                  Tr::tr("libvirt (runs shared services and the contribution node)"));
    const QString uri = libvirtUri();
    check.facts.insert(QStringLiteral("uri"), uri);

    auto connection = Virt::Connection::open(uri);
    if (!connection) {
        check.setResult(
            DoctorCheck::Status::Missing,
            Tr::tr("Cannot connect to %1: %2").arg(uri, connection.error().message),
            isSessionUri(uri)
                ? Tr::tr("Install libvirt and QEMU (sudo apt-get install libvirt-daemon "
                         "libvirt-daemon-driver-qemu qemu-system-x86); your session's libvirt then "
                         "starts by itself.")
                : Tr::tr("Start libvirtd (sudo systemctl start libvirtd) and make sure you may use it "
                         "(sudo adduser $USER libvirt, then log in again), or choose qemu:///session "
                         "in Settings."));
        return check;
    }
    if (daemonVersion)
        *daemonVersion = connection->daemonVersion();
    check.facts.insert(QStringLiteral("driver"), connection->driverName());
    check.facts.insert(QStringLiteral("daemonVersion"), connection->daemonVersion());

    const auto xml = connection->capabilitiesXml();
    const auto caps =
        xml ? Virt::parseCapabilities(xml.value()) : Result<Virt::HostCapabilities>(xml.error());
    if (!caps) {
        check.setResult(DoctorCheck::Status::Warning,
                        Tr::tr("Connected to %1, but its capabilities could not be read: %2")
                            .arg(uri, caps.error().message));
        return check;
    }
    check.facts.insert(QStringLiteral("domainTypes"), QJsonArray::fromStringList(caps->domainTypes()));
    check.facts.insert(QStringLiteral("hostArch"), caps->hostArch);
    if (caps->supports(QStringLiteral("qemu"), QStringLiteral("hvm"))) {
        check.setResult(DoctorCheck::Status::Ok,
                        Tr::tr("Connected to %1 (%2 %3); guest types: %4.")
                            .arg(uri, connection->driverName(), connection->daemonVersion(),
                                 caps->domainTypes().join(QStringLiteral(", "))));
    } else {
        check.setResult(
            DoctorCheck::Status::Warning,
            Tr::tr("Connected to %1, but it cannot run QEMU virtual machines.").arg(uri),
            Tr::tr("Install QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) and "
                   "restart libvirtd."));
    }
    return check;
}

DoctorCheck Doctor::checkLxc() const
{
    DoctorCheck check =
        makeCheck(QStringLiteral("lxc"), Tr::tr("LXC containers (lighter than virtual machines)"));
    const QString uri = lxcUriFor(libvirtUri());
    check.facts.insert(QStringLiteral("uri"), uri);
    auto connection = Virt::Connection::open(uri);
    if (!connection) {
        // Optional: services and the contribution node fall back to QEMU guests.
        check.setResult(
            DoctorCheck::Status::Warning,
            Tr::tr("Cannot connect to %1: %2").arg(uri, connection.error().message),
            Tr::tr("Containers need the system libvirt with its LXC driver (sudo apt-get install "
                   "libvirt-daemon-system libvirt-daemon-driver-lxc). Virtual machines work without it."));
        return check;
    }
    check.facts.insert(QStringLiteral("driver"), connection->driverName());
    check.setResult(DoctorCheck::Status::Ok, Tr::tr("Connected to %1.").arg(uri));
    return check;
}

DoctorCheck Doctor::checkKvm() const
{
    DoctorCheck check = makeCheck(QStringLiteral("kvm"), Tr::tr("KVM (hardware-speed virtual machines)"));
    const Virt::KvmProbeResult kvm = Virt::probeKvm(QStringLiteral("/dev/kvm"), m_options.kvmTimeoutMs);
    check.facts.insert(QStringLiteral("runsGuests"), kvm.runsGuests());
    check.facts.insert(QStringLiteral("probe"), Virt::KvmProbeResult::statusName(kvm.status));
    // Without KVM, guests run under QEMU's software emulation (TCG): slower, but they run.
    if (kvm.runsGuests())
        check.setResult(DoctorCheck::Status::Ok, kvm.detail);
    else
        check.setResult(DoctorCheck::Status::Warning,
                        Tr::tr("Guests will run with software emulation (slower)."), kvm.detail);
    return check;
}

DoctorCheck Doctor::checkKeyring() const
{
    DoctorCheck check =
        makeCheck(QStringLiteral("keyring"), Tr::tr("Keyring (keeps your node's private key)"));
    Secrets secrets;
    // Reading a key that does not exist tells whether a keyring answers, without writing anything.
    const SecretResult probe = secrets.readNow(QStringLiteral("doctor-probe"), m_options.keyringTimeoutMs);
    check.facts.insert(QStringLiteral("service"), secrets.service());
    check.facts.insert(QStringLiteral("answer"), SecretResult::statusName(probe.status));
    if (probe.keyringReachable()) {
        check.setResult(DoctorCheck::Status::Ok, Tr::tr("A keyring answers through the Secret Service."));
        return check;
    }
    check.setResult(
        DoctorCheck::Status::Missing,
        probe.message.isEmpty() ? Tr::tr("No keyring answered.")
                                : Tr::tr("No keyring: %1").arg(probe.message),
        Tr::tr("Log in to a desktop with a keyring (GNOME Keyring or KWallet) or install one (sudo "
               "apt-get install gnome-keyring). Without it, Cloudy asks you for a passphrase to protect "
               "your key file instead; it never stores the key unprotected."));
    return check;
}

} // namespace Cloudy
