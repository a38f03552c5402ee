// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartViews.h"

#include <QChartView>
#include <QDateTime>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace Cloudy::Desktop {

// What is donated now, over the last ten minutes: CPU, memory and disk, each as a share of what the user
// allows (the caps), so that three different units fit on one 0–100 % axis. The absolute values are in the
// series names and the accessible description.
class DonationChart final : public QChartView, public DonationChartView
{
    Q_OBJECT

public:
    explicit DonationChart(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    void addReading(const Metering::UsageReading &reading, double cpuCores,
                    const Sharing::ResourceCaps &caps) override;
    void clear() override;
    int pointCount() const override;

private:
    void trim(const QDateTime &now);

    QLineSeries *m_cpu;
    QLineSeries *m_memory;
    QLineSeries *m_disk;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
};

} // namespace Cloudy::Desktop
