// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QString>

#include <functional>

namespace Cloudy::Virt {

struct KvmProbeResult
{
    enum class Status
    {
        RunsGuests, // a real guest instruction ran under KVM
        NoDevice, // no /dev/kvm: no hardware virtualisation (or it is disabled in the firmware)
        NoAccess, // /dev/kvm exists but this user may not open it
        Hangs, // KVM accepts a guest but never runs it (seen with broken nested virtualisation)
        Broken, // KVM refused a step of the probe; detail says which
    };
    Status status = Status::Broken;
    QString detail; // one sentence for the user

    bool runsGuests() const { return status == Status::RunsGuests; }
    static QString statusName(Status status);
};

// Does KVM really run guests here? libvirt's capabilities list "kvm" as soon as /dev/kvm exists, but on
// hosts with broken nested virtualisation a KVM guest starts and then hangs forever. This probe runs
// three real-mode instructions (out 0x10, 0x42; hlt) in a throw-away VM in a child process, killed after
// timeoutMs, and checks the port write arrives. Takes a few milliseconds where KVM works.
KvmProbeResult probeKvm(const QString &device = QStringLiteral("/dev/kvm"), int timeoutMs = 3000);

// Runs `probe` on the global thread pool. A GUI waits for the future with a QFutureWatcher; result() waits
// synchronously (cloudyctl, which exits right after).
QFuture<KvmProbeResult> probeKvmInBackground(std::function<KvmProbeResult()> probe);
// probeKvm() of /dev/kvm, once per process: the first call starts it in the background, every call gets
// the same future (where KVM hangs the probe takes its whole timeout: never twice).
QFuture<KvmProbeResult> probeKvmOnce();

} // namespace Cloudy::Virt
