// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditsChart.h"

#include "ledger/CreditsText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Cloudy::Desktop {

namespace {

// The Share page's colours for the same resources (Okabe–Ito, readable for colour-blind users).
QBarSet *makeSet(const QString &name, const QColor &color, QObject *parent)
{
    auto *set = new QBarSet(name, parent);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

double creditsOf(qint64 millicredits)
{
    return double(millicredits) / 1000.0;
}

// A round top for the axis, so its ticks read as whole numbers.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

CreditsChart::CreditsChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QStackedBarSeries(this))
    , m_cpu(makeSet(tr("CPU"), QColor(0x00, 0x72, 0xB2), this))
    , m_memory(makeSet(tr("Memory"), QColor(0xE6, 0x9F, 0x00), this))
    , m_disk(makeSet(tr("Disk"), QColor(0x00, 0x9E, 0x73), this))
    , m_bonus(makeSet(tr("Effort bonus"), QColor(0xCC, 0x79, 0xA7), this))
    , m_categories(new QBarCategoryAxis(this))
    , m_credits(new QValueAxis(this))
{
    for (QBarSet *set : {m_cpu, m_memory, m_disk})
        m_series->append(set);

    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addSeries(m_series);

    m_credits->setLabelFormat(QStringLiteral("%.3g"));
    m_credits->setTickCount(5);
    m_credits->setTitleText(tr("Credits"));
    m_categories->setGridLineVisible(false);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_credits, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_credits);
    setChart(chart); // the view owns the chart
    applyPalette();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Credits earned over time"));
    setBuckets({}, Ledger::BucketSize::Day, false);
}

// The chart draws its own background and text: give it the palette's colours, again when the system switches
// between light and dark.
void CreditsChart::applyPalette()
{
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *> {m_categories, m_credits}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
        axis->setGridLineColor(palette().color(QPalette::Midlight));
    }
}

void CreditsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

QString CreditsChart::labelOf(const Ledger::CreditBucket &bucket) const
{
    const QLocale locale;
    switch (m_size) {
    case Ledger::BucketSize::Day:
        // A week of days by name; a month by day number (the axis title has the months).
        if (m_buckets.size() <= 7)
            return locale.toString(bucket.first, QStringLiteral("ddd d"));
        return locale.toString(bucket.first, QStringLiteral("d"));
    case Ledger::BucketSize::Week:
        return locale.toString(bucket.first, QStringLiteral("d MMM"));
    case Ledger::BucketSize::Month:
        return locale.toString(bucket.first, QStringLiteral("MMM yy"));
    }
    return {};
}

void CreditsChart::setBuckets(const QList<Ledger::CreditBucket> &buckets, Ledger::BucketSize size,
                              bool showEffortBonus)
{
    m_buckets = buckets;
    m_size = size;
    QStringList labels;
    QList<qreal> cpu, memory, disk, bonus;
    Ledger::ResourceCredits sum;
    qint64 highest = 0;
    for (const Ledger::CreditBucket &bucket : std::as_const(m_buckets)) {
        labels.append(labelOf(bucket));
        cpu.append(creditsOf(bucket.credits.cpu));
        memory.append(creditsOf(bucket.credits.memory));
        disk.append(creditsOf(bucket.credits.disk));
        bonus.append(creditsOf(bucket.credits.effortBonus));
        sum += bucket.credits;
        highest = std::max(highest, bucket.credits.total());
    }
    const bool withBonus = showEffortBonus || sum.effortBonus != 0;
    if (withBonus && !m_series->barSets().contains(m_bonus))
        m_series->append(m_bonus);
    else if (!withBonus && m_series->barSets().contains(m_bonus))
        m_series->take(m_bonus);

    m_categories->clear();
    m_categories->append(labels);
    const auto fill = [](QBarSet *set, const QList<qreal> &values) {
        set->remove(0, set->count());
        set->append(values);
    };
    fill(m_cpu, cpu);
    fill(m_memory, memory);
    fill(m_disk, disk);
    fill(m_bonus, bonus);
    m_credits->setRange(0, niceCeiling(creditsOf(highest)));

    m_categories->setTitleText(
        m_buckets.isEmpty()
            ? QString()
            : tr("%1 – %2").arg(QLocale().toString(m_buckets.first().first, QLocale::ShortFormat),
                                QLocale().toString(m_buckets.last().last, QLocale::ShortFormat)));
    if (m_buckets.isEmpty()) {
        setAccessibleDescription(tr("No credits in this period."));
        return;
    }
    QString description =
        tr("%1 credits from %2 to %3: CPU %4, memory %5, disk %6")
            .arg(Ledger::creditsText(sum.total()), QLocale().toString(m_buckets.first().first),
                 QLocale().toString(m_buckets.last().last), Ledger::creditsText(sum.cpu),
                 Ledger::creditsText(sum.memory), Ledger::creditsText(sum.disk));
    if (withBonus)
        description += tr(", effort bonus %1").arg(Ledger::creditsText(sum.effortBonus));
    setAccessibleDescription(description + u'.');
}

} // namespace Cloudy::Desktop
