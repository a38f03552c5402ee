// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartViews.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace Cloudy::Desktop {

// Credits per day (or week, or month for a long range) as stacked bars: CPU, memory, disk and, when the
// policy weights effort, the effort bonus. The numbers are also in the accessible description.
class CreditsChart final : public QChartView, public CreditsChartView
{
    Q_OBJECT

public:
    explicit CreditsChart(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    void setBuckets(const QList<Ledger::CreditBucket> &buckets, Ledger::BucketSize size,
                    bool showEffortBonus) override;
    QList<Ledger::CreditBucket> buckets() const override { return m_buckets; }
    Ledger::BucketSize bucketSize() const override { return m_size; }
    QStackedBarSeries *series() const { return m_series; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QString labelOf(const Ledger::CreditBucket &bucket) const;

    QStackedBarSeries *m_series;
    QBarSet *m_cpu;
    QBarSet *m_memory;
    QBarSet *m_disk;
    QBarSet *m_bonus;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_credits;
    QList<Ledger::CreditBucket> m_buckets;
    Ledger::BucketSize m_size = Ledger::BucketSize::Day;
};

} // namespace Cloudy::Desktop
