// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostCapacity.h"

#include "SharingLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThread>

#include <algorithm>

namespace Cloudy::Sharing {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Sharing)
};

constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;
} // namespace

int HostCapacity::maxVcpus() const
{
    return cores;
}

qint64 HostCapacity::memoryReserveMiB() const
{
    return std::max(kMemoryReserveFloorMiB, memoryMiB * kMemoryReservePercent / 100);
}

bool HostCapacity::memoryReserveIsFloor() const
{
    return memoryReserveMiB() == kMemoryReserveFloorMiB;
}

qint64 HostCapacity::maxMemoryMiB() const
{
    return memoryMiB - memoryReserveMiB();
}

qint64 HostCapacity::diskReserveBytes() const
{
    return std::max(kDiskReserveFloorBytes, diskTotalBytes * kDiskReservePercent / 100);
}

bool HostCapacity::diskReserveIsFloor() const
{
    return diskReserveBytes() == kDiskReserveFloorBytes;
}

qint64 HostCapacity::maxDiskGiB() const
{
    const qint64 usable = diskFreeBytes + donatedDiskBytes - diskReserveBytes();
    // Floor division that stays correct for negative values.
    return usable >= 0 ? usable / kGiB : -((-usable + kGiB - 1) / kGiB);
}

Result<qint64> parseMemTotalMiB(const QByteArray &meminfo)
{
    // "MemTotal:       16318480 kB"
    for (const QByteArray &line : meminfo.split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QList<QByteArray> fields = line.mid(9).simplified().split(' ');
        bool ok = false;
        const qint64 value = fields.value(0).toLongLong(&ok);
        if (!ok || value <= 0 || fields.value(1) != "kB")
            return Error {QStringLiteral("meminfo-invalid"),
                          Tr::tr("The MemTotal line of /proc/meminfo is not understood: %1")
                              .arg(QString::fromLatin1(line))};
        return value / 1024;
    }
    return Error {QStringLiteral("meminfo-invalid"), Tr::tr("/proc/meminfo has no MemTotal line.")};
}

Result<HostCapacity> readHostCapacity(const QString &diskPath, const QString &meminfoPath)
{
    HostCapacity capacity;
    // idealThreadCount() counts the CPUs this process may run on (its affinity), which is what libvirt's
    // guests started on our behalf may use too.
    capacity.cores = std::max(1, QThread::idealThreadCount());

    const QString meminfoFile = meminfoPath.isEmpty() ? QStringLiteral("/proc/meminfo") : meminfoPath;
    QFile meminfo(meminfoFile);
    if (!meminfo.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("meminfo-unreadable"),
                      Tr::tr("Cannot read %1 to learn how much memory this computer has: %2")
                          .arg(meminfoFile, meminfo.errorString())};
    // /proc files report size 0: read until the end instead of trusting size().
    const Result<qint64> memory = parseMemTotalMiB(meminfo.readAll());
    if (!memory)
        return memory.error();
    capacity.memoryMiB = memory.value();

    capacity.diskPath = diskPath;
    // The pool folder may not exist yet: measure the filesystem of its nearest existing parent.
    QString existing = QFileInfo(diskPath).absoluteFilePath();
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    QStorageInfo storage(existing);
    if (!storage.isValid() || !storage.isReady())
        return Error {QStringLiteral("disk-unreadable"),
                      Tr::tr("Cannot tell how much free space the disk holding %1 has; check that the folder "
                             "is on a mounted filesystem.")
                          .arg(diskPath)};
    capacity.diskTotalBytes = storage.bytesTotal();
    capacity.diskFreeBytes = storage.bytesAvailable();
    qCDebug(lcSharing) << "host capacity:" << capacity.cores << "cores," << capacity.memoryMiB << "MiB,"
                       << capacity.diskFreeBytes << "bytes free of" << capacity.diskTotalBytes << "on"
                       << storage.rootPath();
    return capacity;
}

} // namespace Cloudy::Sharing
