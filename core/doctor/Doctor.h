// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DoctorReport.h"

#include <QString>

namespace Cloudy {

struct DoctorOptions
{
    QString libvirtUri; // empty: Virt::defaultUri()
    int keyringTimeoutMs = 10000;
    int kvmTimeoutMs = 3000;
};

// Finds out what this machine offers Cloudy: the system bus, Avahi, libvirt (QEMU and LXC), whether KVM
// really runs guests, a keyring, and the library versions in use. Each check that fails comes with a
// sentence the user can act on. Blocking (runs local event loops for the keyring): call it from the CLI
// or a worker, not from a GUI slot that must stay responsive.
class Doctor
{
public:
    explicit Doctor(DoctorOptions options = {});

    DoctorReport run() const;

    DoctorCheck checkSystemBus() const;
    DoctorCheck checkAvahi() const;
    DoctorCheck checkLibvirt(QString *daemonVersion) const;
    DoctorCheck checkLxc() const;
    DoctorCheck checkKvm() const;
    DoctorCheck checkKeyring() const;

    QString libvirtUri() const;
    // The LXC URI that goes with a QEMU URI: lxc:///system for qemu:///system and qemu:///session (LXC has
    // no session mode), the same transport and socket for qemu+unix://.
    static QString lxcUriFor(const QString &qemuUri);

private:
    DoctorOptions m_options;
};

} // namespace Cloudy
