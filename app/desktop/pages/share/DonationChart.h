// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metering/Usage.h"
#include "sharing/ResourceCaps.h"

#include <QChartView>
#include <QDateTime>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace Cloudy::Desktop {

// What is donated now, over the last ten minutes: CPU, memory and disk, each as a share of what the user
// allows (the caps), so that three different units fit on one 0–100 % axis. The absolute values are in the
// series names and the accessible description.
class DonationChart final : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kWindowSeconds = 10 * 60;

    explicit DonationChart(QWidget *parent = nullptr);

    // One metering reading (cpuCores: 1.0 = one full core) against the caps in force.
    void addReading(const Metering::UsageReading &reading, double cpuCores,
                    const Sharing::ResourceCaps &caps);
    void clear();
    int pointCount() const;
    // The latest values, in words ("0.8 cores, 1.9 GiB memory, 3.2 GiB disk").
    QString latestText() const { return m_latest; }
    // A reading's values in those words (no chart needed).
    static QString describe(const Metering::UsageReading &reading, double cpuCores);

private:
    void trim(const QDateTime &now);

    QLineSeries *m_cpu;
    QLineSeries *m_memory;
    QLineSeries *m_disk;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    QString m_latest;
};

} // namespace Cloudy::Desktop
