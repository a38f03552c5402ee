// SPDX-License-Identifier: GPL-3.0-or-later
#include "NearbyPage.h"

#include "PageHeader.h"

namespace Cloudy::Desktop {

NearbyPage::NearbyPage(QWidget *parent)
    : QWidget(parent)
{
    setUpPage(
        this,
        { QStringLiteral("nearbyPage"), QStringLiteral(":/icons/nearby.svg"), tr("Nearby"),
          tr("The microclouds of your community network near you, and what they offer.") },
        tr("No microclouds found yet. Cloudy looks for them on your network with Avahi (mDNS/DNS-SD), the "
           "way the Cloudy distro announces them."));
}

} // namespace Cloudy::Desktop
