// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardsPage.h"

#include "PageHeader.h"

namespace Cloudy::Desktop {

RewardsPage::RewardsPage(QWidget *parent)
    : QWidget(parent)
{
    setUpPage(
        this,
        {QStringLiteral("rewardsPage"), QStringLiteral(":/icons/rewards.svg"), tr("Rewards"),
         tr("What your contribution has earned, synced with your community's ledger.")},
        tr("No contribution recorded yet. Once you share, signed receipts of what you gave are sent to your "
           "microcloud's ledger and your balance shows here."));
}

} // namespace Cloudy::Desktop
