// SPDX-License-Identifier: GPL-3.0-or-later
// The entry point of libcloudy-desktop-charts.so (see ChartViews.h).
#include "ChartViews.h"
#include "CreditsChart.h"
#include "DonationChart.h"

namespace {

Cloudy::Desktop::DonationChartView *makeDonationChart(QWidget *parent)
{
    return new Cloudy::Desktop::DonationChart(parent);
}

Cloudy::Desktop::CreditsChartView *makeCreditsChart(QWidget *parent)
{
    return new Cloudy::Desktop::CreditsChart(parent);
}

} // namespace

extern "C" Q_DECL_EXPORT const Cloudy::Desktop::ChartsApi *cloudy_desktop_charts_api();

const Cloudy::Desktop::ChartsApi *cloudy_desktop_charts_api()
{
    static const Cloudy::Desktop::ChartsApi api {Cloudy::Desktop::kChartsApiVersion, makeDonationChart,
                                                 makeCreditsChart};
    return &api;
}
