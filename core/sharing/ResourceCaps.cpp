// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceCaps.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Cloudy::Sharing {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Sharing)
};

// The kernel refuses a CFS quota below 1 ms.
constexpr qint64 kMinimumQuotaUs = 1000;
} // namespace

CpuQuota cpuQuota(const ResourceCaps &caps, qint64 periodUs)
{
    const qint64 period = std::clamp<qint64>(periodUs, 1000, 1000000);
    const qint64 percent = std::clamp(caps.cpuPercent, 1, 100);
    const qint64 vcpus = std::max(caps.vcpus, 1);
    CpuQuota quota;
    quota.periodUs = period;
    quota.perVcpuQuotaUs = std::max(kMinimumQuotaUs, percent * period / 100);
    quota.quotaUs = std::max(kMinimumQuotaUs, percent * vcpus * period / 100);
    return quota;
}

double coreEquivalents(const ResourceCaps &caps)
{
    return double(caps.vcpus) * double(caps.cpuPercent) / 100.0;
}

QString describeCpu(const ResourceCaps &caps)
{
    const QString cores = caps.vcpus == 1 ? Tr::tr("1 core") : Tr::tr("%1 cores").arg(caps.vcpus);
    return Tr::tr("%1 at %2 %").arg(cores).arg(caps.cpuPercent);
}

QString describeMemory(qint64 memoryMiB)
{
    const QLocale locale;
    if (memoryMiB >= 1024 && memoryMiB % 1024 == 0)
        return Tr::tr("%1 GiB").arg(locale.toString(memoryMiB / 1024));
    return Tr::tr("%1 MiB").arg(locale.toString(memoryMiB));
}

QString describeCaps(const ResourceCaps &caps)
{
    return Tr::tr("%1, %2 memory, %3 GiB disk")
        .arg(describeCpu(caps), describeMemory(caps.memoryMiB), QLocale().toString(caps.diskGiB));
}

} // namespace Cloudy::Sharing
