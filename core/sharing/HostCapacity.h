// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QString>

namespace Cloudy::Sharing {

// What this computer has, and so the most it may donate. The limits keep a reserve for the host:
//  - cores: every core may be shared (the CPU percentage is what keeps the host responsive);
//  - memory: total minus the larger of 10 % and 1 GiB (the host must not start swapping);
//  - disk: free space on the filesystem of the contribution volume minus the larger of 10 % of that
//    filesystem and 5 GiB. BOINC leaves 10 % of the disk by default ("use at most 90 %"); its other
//    default, 0.1 GB, is too little for a guest volume that grows while the host fills its own disk.
struct HostCapacity
{
    int cores = 0;
    qint64 memoryMiB = 0; // MemTotal
    QString diskPath; // where the contribution volume lives (its storage pool's folder)
    qint64 diskTotalBytes = 0; // size of the filesystem holding diskPath
    qint64 diskFreeBytes = 0; // free space on it, as this user may use it
    // Space the existing contribution volume already takes on that filesystem: growing or re-validating
    // the donation may count it as available. 0 when there is no volume yet.
    qint64 donatedDiskBytes = 0;

    int maxVcpus() const;
    qint64 memoryReserveMiB() const;
    qint64 maxMemoryMiB() const; // may be <= 0 on a very small machine: nothing can be shared
    qint64 diskReserveBytes() const;
    qint64 maxDiskGiB() const; // may be <= 0 on a full disk

    // Whether the reserve is the percentage or the floor, for the messages ("10 % of the disk" or "5 GiB").
    bool memoryReserveIsFloor() const;
    bool diskReserveIsFloor() const;
};

// Reserves (see HostCapacity).
inline constexpr qint64 kMemoryReserveFloorMiB = 1024;
inline constexpr int kMemoryReservePercent = 10;
inline constexpr qint64 kDiskReserveFloorBytes = qint64(5) * 1024 * 1024 * 1024;
inline constexpr int kDiskReservePercent = 10;

// MemTotal of a /proc/meminfo text, in MiB.
Result<qint64> parseMemTotalMiB(const QByteArray &meminfo);

// Reads the capacity of this computer: the online cores, /proc/meminfo, and the filesystem of diskPath
// (or of its nearest existing parent folder: the pool folder may not exist yet).
Result<HostCapacity> readHostCapacity(const QString &diskPath, const QString &meminfoPath = {});

} // namespace Cloudy::Sharing
