// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/DailyCredits.h"
#include "metering/Usage.h"
#include "sharing/ResourceCaps.h"

#include <QList>
#include <QString>

class QWidget;

namespace Cloudy::Desktop {

// The charts live in a module of their own, libcloudy-desktop-charts.so: Qt Charts and the OpenGL libraries
// it pulls in are loaded when a page first shows a chart (after the window's first paint, see ChartSlot),
// not when the program starts. These interfaces are what the pages see of the charts; chartsModule()
// (ChartsLoader.h) loads the module.

// What is donated now, over the last ten minutes (DonationChart).
class DonationChartView
{
public:
    static constexpr int kWindowSeconds = 10 * 60;

    virtual ~DonationChartView() = default;
    virtual QWidget *widget() = 0;
    // One metering reading (cpuCores: 1.0 = one full core) against the caps in force.
    virtual void addReading(const Metering::UsageReading &reading, double cpuCores,
                            const Sharing::ResourceCaps &caps) = 0;
    virtual void clear() = 0;
    virtual int pointCount() const = 0;
};

// Credits per day, week or month (CreditsChart).
class CreditsChartView
{
public:
    virtual ~CreditsChartView() = default;
    virtual QWidget *widget() = 0;
    virtual void setBuckets(const QList<Ledger::CreditBucket> &buckets, Ledger::BucketSize size,
                            bool showEffortBonus) = 0;
    virtual QList<Ledger::CreditBucket> buckets() const = 0;
    virtual Ledger::BucketSize bucketSize() const = 0;
};

// The module's one entry point: extern "C" const ChartsApi *cloudy_desktop_charts_api(void).
struct ChartsApi
{
    int version;
    DonationChartView *(*donationChart)(QWidget *parent);
    CreditsChartView *(*creditsChart)(QWidget *parent);
};
inline constexpr int kChartsApiVersion = 1;
inline constexpr char kChartsApiSymbol[] = "cloudy_desktop_charts_api";
inline constexpr char kChartsModuleFile[] = "libcloudy-desktop-charts.so";

// A reading's values in words ("0.80 cores, 1.9 GiB memory, 3.2 GiB disk"), as the donation chart names
// them (DonatedText.cpp, built into the module and the desktop alike).
QString donatedText(const Metering::UsageReading &reading, double cpuCores);

} // namespace Cloudy::Desktop
