// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonationChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace Cloudy::Desktop {

namespace {

QLineSeries *makeSeries(const QColor &color, QObject *parent)
{
    auto *series = new QLineSeries(parent);
    QPen pen(color);
    pen.setWidthF(2);
    series->setPen(pen);
    return series;
}

double percentOf(double value, double cap)
{
    return cap > 0 ? std::clamp(100.0 * value / cap, 0.0, 100.0) : 0.0;
}

} // namespace

// The view gets its chart at once (QChartView(parent) would make a default one to be replaced), while the
// chart is still empty: the view lays it out at its size of the moment, not yet the final one.
DonationChart::DonationChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_cpu(makeSeries(QColor(0x00, 0x72, 0xB2), this))
    , m_memory(makeSeries(QColor(0xE6, 0x9F, 0x00), this))
    , m_disk(makeSeries(QColor(0x00, 0x9E, 0x73), this))
    , m_time(new QDateTimeAxis(this))
    , m_percent(new QValueAxis(this))
{
    m_cpu->setName(tr("CPU"));
    m_memory->setName(tr("Memory"));
    m_disk->setName(tr("Disk"));

    QChart *chart = this->chart(); // owned by the view
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QLineSeries *series : {m_cpu, m_memory, m_disk})
        chart->addSeries(series);

    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(6);
    m_percent->setRange(0, 100);
    m_percent->setTickCount(5);
    m_percent->setLabelFormat(QStringLiteral("%d %%"));
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *> {m_time, m_percent}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
    }
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_percent, Qt::AlignLeft);
    for (QLineSeries *series : {m_cpu, m_memory, m_disk}) {
        series->attachAxis(m_time);
        series->attachAxis(m_percent);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Donated now, last 10 minutes"));
    clear();
}

void DonationChart::clear()
{
    for (QLineSeries *series : {m_cpu, m_memory, m_disk})
        series->clear();
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setRange(now.addSecs(-kWindowSeconds), now);
    setAccessibleDescription(tr("Nothing donated in the last 10 minutes."));
}

int DonationChart::pointCount() const
{
    return int(m_cpu->count());
}

void DonationChart::addReading(const Metering::UsageReading &reading, double cpuCores,
                               const Sharing::ResourceCaps &caps)
{
    const QDateTime at = (reading.at.isValid() ? reading.at : QDateTime::currentDateTimeUtc()).toLocalTime();
    const qreal x = qreal(at.toMSecsSinceEpoch());
    const double cores = reading.running ? cpuCores : 0.0;
    const double memoryMiB = reading.running ? double(reading.memoryKiB) / 1024.0 : 0.0;
    const double diskGiB = double(reading.diskAllocationBytes) / (1024.0 * 1024.0 * 1024.0);
    m_cpu->append(x, percentOf(cores, Sharing::coreEquivalents(caps)));
    m_memory->append(x, percentOf(memoryMiB, caps.memoryMiB));
    m_disk->append(x, percentOf(diskGiB, caps.diskGiB));
    trim(at);

    const QLocale locale;
    m_cpu->setName(tr("CPU %1 cores").arg(locale.toString(cores, 'f', 2)));
    m_memory->setName(tr("Memory %1").arg(Sharing::describeMemory(qint64(memoryMiB))));
    m_disk->setName(tr("Disk %1 GiB").arg(locale.toString(diskGiB, 'f', 1)));
    setAccessibleDescription(tr("Donated now: %1.").arg(donatedText(reading, cpuCores)));
}

void DonationChart::trim(const QDateTime &now)
{
    const QDateTime from = now.addSecs(-kWindowSeconds);
    const qreal cutoff = qreal(from.toMSecsSinceEpoch());
    for (QLineSeries *series : {m_cpu, m_memory, m_disk}) {
        int old = 0;
        while (old < series->count() && series->at(old).x() < cutoff)
            ++old;
        if (old > 0)
            series->removePoints(0, old);
    }
    m_time->setRange(from, now);
}

} // namespace Cloudy::Desktop
