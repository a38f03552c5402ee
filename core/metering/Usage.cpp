// SPDX-License-Identifier: GPL-3.0-or-later
#include "Usage.h"

namespace Cloudy::Metering {

namespace {

constexpr double kKiBPerGiB = 1024.0 * 1024.0;
constexpr double kBytesPerGiB = 1024.0 * 1024.0 * 1024.0;

} // namespace

UsageDelta usageBetween(const UsageReading &before, const UsageReading &after, qint64 maxGapSeconds)
{
    UsageDelta delta;
    if (!before.at.isValid() || !after.at.isValid())
        return delta;
    const qint64 ms = before.at.msecsTo(after.at);
    // The clock went backwards (or two readings share a stamp): nothing can be said about the interval,
    // and counting it would either be negative or counted twice.
    if (ms <= 0)
        return delta;
    delta.seconds = ms / 1000;
    delta.secondsExact = double(ms) / 1000.0;

    // CPU: the counter's growth; after a restart the later counter started from 0.
    quint64 cpuNs = 0;
    if (after.cpuTimeNs < before.cpuTimeNs) {
        delta.counterReset = true;
        cpuNs = after.cpuTimeNs;
    } else {
        cpuNs = after.cpuTimeNs - before.cpuTimeNs;
    }
    delta.coreSeconds = double(cpuNs) / 1e9;

    // A gap (sleep, app not running): we cannot know how long the guest ran or what it held.
    if (maxGapSeconds > 0 && ms > maxGapSeconds * 1000)
        return delta;

    // Running time: the whole interval when both ends ran, none when neither did; half when the state
    // changed in between (we do not know when, so the middle is the unbiased guess).
    const int runningEnds = (before.running ? 1 : 0) + (after.running ? 1 : 0);
    delta.runningSeconds = delta.secondsExact * runningEnds / 2.0;
    if (runningEnds > 0) {
        // Memory of a guest that was off means nothing: only the running ends count.
        const double memoryKiB = runningEnds == 2
                                     ? (double(before.memoryKiB) + double(after.memoryKiB)) / 2.0
                                     : double(before.running ? before.memoryKiB : after.memoryKiB);
        delta.memoryGiBSeconds = memoryKiB / kKiBPerGiB * delta.runningSeconds;
    }

    // Disk space is taken whether the guest runs or not.
    const double allocation = (double(before.diskAllocationBytes) + double(after.diskAllocationBytes)) / 2.0;
    delta.diskGiBHours = allocation / kBytesPerGiB * delta.secondsExact / 3600.0;
    return delta;
}

UsageTotals &UsageTotals::operator+=(const UsageDelta &delta)
{
    coreSeconds += delta.coreSeconds;
    memoryGiBSeconds += delta.memoryGiBSeconds;
    diskGiBHours += delta.diskGiBHours;
    runningSeconds += delta.runningSeconds;
    ++samples;
    return *this;
}

UsageTotals &UsageTotals::operator+=(const UsageTotals &other)
{
    coreSeconds += other.coreSeconds;
    memoryGiBSeconds += other.memoryGiBSeconds;
    diskGiBHours += other.diskGiBHours;
    runningSeconds += other.runningSeconds;
    samples += other.samples;
    return *this;
}

} // namespace Cloudy::Metering
