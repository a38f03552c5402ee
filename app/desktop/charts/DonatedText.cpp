// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartViews.h"

#include <QCoreApplication>
#include <QLocale>

namespace Cloudy::Desktop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Desktop::DonationChart)
};

} // namespace

QString donatedText(const Metering::UsageReading &reading, double cpuCores)
{
    const QLocale locale;
    const double cores = reading.running ? cpuCores : 0.0;
    const double memoryMiB = reading.running ? double(reading.memoryKiB) / 1024.0 : 0.0;
    const double diskGiB = double(reading.diskAllocationBytes) / (1024.0 * 1024.0 * 1024.0);
    return Tr::tr("%1 cores, %2 memory, %3 GiB disk")
        .arg(locale.toString(cores, 'f', 2), Sharing::describeMemory(qint64(memoryMiB)),
             locale.toString(diskGiB, 'f', 1));
}

} // namespace Cloudy::Desktop
