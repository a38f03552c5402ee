// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A community service as a libvirt guest: what the domain is made of (from the catalog entry, the bundle's
// manifest and the host ports picked for it) and the pure function that turns it into a DomainSpec. The
// domain carries everything needed to list and open the service again in its <metadata>, so the app finds
// its services in libvirt after a restart without a database of its own.

#include "platform/Result.h"
#include "virt/DomainXml.h"

#include <QList>
#include <QString>

namespace Cloudy::Services {

inline constexpr char kServiceDomainPrefix[] = "cloudy-svc-";

struct PublishedPort
{
    QString name;
    quint16 guestPort = 0;
    quint16 hostPort = 0; // on 127.0.0.1; for LXC (shared network) the same as guestPort
    bool udp = false;
    bool http = false; // "Open" shows it in the browser

    friend bool operator==(const PublishedPort &, const PublishedPort &) = default;
};

struct ServiceGuest
{
    QString id;
    QString name;
    QString version;
    Virt::GuestKind kind = Virt::GuestKind::Qemu;
    bool kvm = false;
    int vcpus = 1;
    quint64 memoryMiB = 256;
    QList<PublishedPort> ports;

    QString bundleDir; // the installed bundle; the paths below are inside it
    QString kernel; // QEMU
    QString initrd;
    QString disk; // optional, attached read-only
    QString cmdline;
    QString rootfs; // LXC
    QString init;
    QStringList initArgs; // LXC: the init's arguments
    QList<QPair<QString, QString>> initEnv; // LXC: the init's environment

    QString dataPath; // QEMU: a raw image file attached read-write; LXC: a directory mounted at /data; empty:
                      // none
    QString consoleLog; // QEMU: the serial console's log file
};

QString serviceDomainName(const QString &id);
// The service id of one of our domain names, or an empty string.
QString serviceIdOfDomain(const QString &domainName);

Result<Virt::DomainSpec> serviceDomainSpec(const ServiceGuest &guest);

// The ports recorded in a service domain's metadata (port.NAME = "HOST:GUEST/tcp[/http]").
QList<PublishedPort> portsFromMetadata(const QMap<QString, QString> &metadata);

} // namespace Cloudy::Services
