// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cloudy::Virt {

struct GuestCapability
{
    QString osType; // "hvm" for QEMU/KVM machines, "exe" for LXC containers
    QString arch; // "x86_64"...
    QString emulator; // e.g. /usr/bin/qemu-system-x86_64 (empty for LXC)
    QStringList domainTypes; // "qemu" (TCG emulation), "kvm" (hardware), "lxc"
};

struct HostCapabilities
{
    QString hostArch;
    QList<GuestCapability> guests;

    // Every distinct domain type any guest supports, in document order.
    QStringList domainTypes() const;
    bool supports(const QString &domainType, const QString &osType = {}) const;
};

// Parses virConnectGetCapabilities() XML. Pure: no libvirt call, so it is tested offline on captured
// documents. Unknown elements are ignored; a document that is not capabilities XML is an error.
Result<HostCapabilities> parseCapabilities(const QByteArray &xml);

} // namespace Cloudy::Virt
