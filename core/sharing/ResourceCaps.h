// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Cloudy::Sharing {

// What the contribution node may use: the caps written into its libvirt domain.
//
// cpuPercent is a percentage of the donated vCPUs' time, enforced as one steady cgroup quota for the whole
// guest: quota = cpuPercent / 100 × vcpus × period. "2 cores at 50 %" therefore donates one core's worth
// of CPU time, spread over two vCPUs as the guest likes. The two numbers compose the way volunteers
// already read them (Folding@home's "N of M CPUs" slider, BOINC's "at most X % of CPU time"), the
// contribution in core-seconds is simply vcpus × cpuPercent / 100 per second, and a single busy guest
// thread may use the whole allowance instead of being held to cpuPercent of one core. The kernel spreads
// the quota over every period (100 ms), so the host sees a steady load rather than BOINC's on/off duty
// cycle (boinc#4181: fans spin up and down).
struct ResourceCaps
{
    int vcpus = 1;
    int cpuPercent = 25; // 1..100, of the vCPUs' time (see above)
    int memoryMiB = 1024;
    int diskGiB = 10; // the size of the sparse contribution volume

    bool operator==(const ResourceCaps &) const = default;
};

// The cgroup CPU bandwidth of a ResourceCaps, in microseconds.
//
// For libvirt: a QEMU domain takes the whole-guest figure as <cputune><global_period>/<global_quota> (the
// plain <period>/<quota> of a QEMU domain apply to *each* vCPU thread, which is perVcpuQuotaUs — the same
// total, but a lone busy thread would be held to cpuPercent of one core). An LXC domain has no vCPU
// threads: its <period>/<quota> already apply to the container's whole cgroup, so it takes quotaUs there.
struct CpuQuota
{
    qint64 periodUs = 100000;
    qint64 quotaUs = 0; // for the whole guest: cpuPercent% × vcpus × period
    qint64 perVcpuQuotaUs = 0; // cpuPercent% × period

    bool operator==(const CpuQuota &) const = default;
};
// periodUs: the cgroup period (1000..1000000 µs; the kernel's default is 100000). The quota never goes
// below the kernel's minimum of 1000 µs.
CpuQuota cpuQuota(const ResourceCaps &caps, qint64 periodUs = 100000);

// Core-equivalents donated: vcpus × cpuPercent / 100 ("2 cores at 50 %" → 1.0).
double coreEquivalents(const ResourceCaps &caps);

// "2 cores at 50 %", "1 core at 25 %": how the state line and the tray describe the CPU donation.
QString describeCpu(const ResourceCaps &caps);
// "2 cores at 50 %, 4 GiB memory, 20 GiB disk".
QString describeCaps(const ResourceCaps &caps);
// "1,536 MiB" or "4 GiB" (whole GiB are shown as GiB).
QString describeMemory(qint64 memoryMiB);

} // namespace Cloudy::Sharing
