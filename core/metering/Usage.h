// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Cloudy::Metering {

// One reading of what the contribution node used, as libvirt counts it (Virt::DomainStats), plus when.
// Counters (cpuTimeNs) only grow while the guest runs; they restart from 0 when the guest restarts.
struct UsageReading
{
    QDateTime at; // UTC
    QString domain;
    bool running = false; // counts only while running (not paused, not off)
    quint64 cpuTimeNs = 0;
    int vcpus = 0;
    quint64 memoryKiB = 0; // balloon size (QEMU) or memory used (LXC)
    quint64 diskAllocationBytes = 0; // what the donated volume takes on the host
    quint64 diskCapacityBytes = 0;
};

// What was donated between two readings (pure arithmetic, see usageBetween()).
struct UsageDelta
{
    qint64 seconds = 0; // wall time covered (ms precision in secondsExact)
    double secondsExact = 0;
    double runningSeconds = 0; // the part during which the guest ran
    double coreSeconds = 0; // CPU time used, in seconds of one core
    double memoryGiBSeconds = 0;
    double diskGiBHours = 0;
    bool counterReset = false; // cpuTimeNs went down: the guest restarted; the later counter counts from 0
};

// The donation between two readings of the same domain: CPU from the counters' difference (or the later
// counter alone after a reset), memory and disk as the mean of both readings × the running time (disk: the
// whole interval while the volume exists, since the space is taken whether the guest runs or not). Pure.
// Readings more than maxGapSeconds apart (the computer slept, the app was not running) count only the
// counter difference for CPU and nothing for memory/disk time (we cannot know what happened in between).
UsageDelta usageBetween(const UsageReading &before, const UsageReading &after, qint64 maxGapSeconds = 600);

// Totals over a time range.
struct UsageTotals
{
    double coreSeconds = 0;
    double memoryGiBSeconds = 0;
    double diskGiBHours = 0;
    double runningSeconds = 0; // uptime of the guest within the range
    qint64 samples = 0;

    UsageTotals &operator+=(const UsageDelta &delta);
    UsageTotals &operator+=(const UsageTotals &other);
};

// One stored hour (UTC, hourStart is whole hour) of donation: what becomes a ledger receipt (Rewards).
struct HourlyUsage
{
    QDateTime hourStart;
    QString domain;
    UsageTotals totals;
};

} // namespace Cloudy::Metering

Q_DECLARE_METATYPE(Cloudy::Metering::UsageReading)
Q_DECLARE_METATYPE(Cloudy::Metering::UsageTotals)
