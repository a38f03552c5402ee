// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharePage.h"

#include "PageHeader.h"

namespace Cloudy::Desktop {

SharePage::SharePage(QWidget *parent)
    : QWidget(parent)
{
    setUpPage(
        this,
        {QStringLiteral("sharePage"), QStringLiteral(":/icons/share.svg"), tr("Share"),
         tr("Donate CPU, memory and disk to your microcloud, within limits you choose.")},
        tr("Sharing is off. Here you will choose how much of this computer to give, and when: always, only "
           "while you are away, or on a weekly schedule."));
}

} // namespace Cloudy::Desktop
