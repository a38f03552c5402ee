// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the kernel enforces on a libvirt domain: its cgroup folders, CPU bandwidth and memory limit, read
// from /sys/fs/cgroup (v1 controllers as the harness's libvirtd uses them, or systemd's machine.slice and
// the v2 unified layout).

#include <QPair>
#include <QString>

namespace CloudyTest {

// The domain's cgroup folder for a controller ("cpu", "memory"); empty when none is found. Layouts:
// cgroup v1 /sys/fs/cgroup/CONTROLLER/machine/qemu-ID-NAME.libvirt-qemu (lxc-PID-NAME.libvirt-lxc),
// systemd's machine.slice (names escaped, '-' as \x2d), or v2 (one tree for every controller).
QString domainCgroup(const QString &name, const QString &controller = QStringLiteral("cpu"));
// CFS quota and period (v1 cpu.cfs_quota_us/cpu.cfs_period_us or v2 cpu.max): quota -1 when unlimited,
// {-2, -2} when unreadable.
QPair<qint64, qint64> cfsQuota(const QString &cgroup);
// The memory limit in bytes (v1 memory.limit_in_bytes or v2 memory.max); -1 when unlimited or unreadable.
qint64 memoryLimitBytes(const QString &cgroup);

} // namespace CloudyTest
