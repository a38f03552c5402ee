// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicesPage.h"

#include "PageHeader.h"

namespace Cloudy::Desktop {

ServicesPage::ServicesPage(QWidget *parent)
    : QWidget(parent)
{
    setUpPage(
        this,
        {QStringLiteral("servicesPage"), QStringLiteral(":/icons/services.svg"), tr("Services"),
         tr("Community services you can run on this computer with one click.")},
        tr("No service catalog yet. Services such as Tahoe-LAFS storage, Syncthing or PeerStreamer come from "
           "the catalogs your microclouds publish."));
}

} // namespace Cloudy::Desktop
