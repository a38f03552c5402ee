// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"
#include "virt/Domain.h"

#include <QList>
#include <QString>

namespace Cloudy::Virt {

class Connection;

struct DiskStats
{
    QString target; // "vda"
    quint64 capacityBytes = 0; // what the guest sees
    quint64 allocationBytes = 0; // what the host spends on it
};

// One sample of what a domain uses, for metering.
struct DomainStats
{
    enum class Source
    {
        BulkStats, // virConnectGetAllDomainStats (QEMU, test)
        PerDomain, // virDomainGetInfo + virDomainMemoryStats + virDomainGetBlockInfo (LXC)
    };
    QString name;
    DomainState::State state = DomainState::State::NoState;
    int stateReason = 0;
    quint64 cpuTimeNs = 0; // total CPU time the guest used since it started (all vCPUs; LXC: its cgroup)
    int vcpus = 0;
    quint64 memoryMaxKiB = 0;
    // QEMU: the balloon's current size (what the guest may use). LXC: memory the container uses now.
    quint64 memoryCurrentKiB = 0;
    quint64 memoryRssKiB = 0; // resident memory on the host (0 when the driver does not say)
    QList<DiskStats> disks;
    Source source = Source::BulkStats;
};

enum class StatsMethod
{
    Auto, // bulk where the driver has it, per domain otherwise
    Bulk,
    PerDomain,
};

// Samples every domain of the connection whose name starts with namePrefix (all when empty), sorted by
// name. Auto picks the bulk call and falls back to the per-domain calls when the driver says "not
// supported" (the LXC driver has no virConnectGetAllDomainStats).
Result<QList<DomainStats>> collectDomainStats(const Connection &connection, const QString &namePrefix = {},
                                              StatsMethod method = StatsMethod::Auto);

} // namespace Cloudy::Virt
