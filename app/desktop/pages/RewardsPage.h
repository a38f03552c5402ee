// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Cloudy::Desktop {

// The Rewards page. For now its header and an empty state that explains what will be here.
class RewardsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RewardsPage(QWidget *parent = nullptr);
};

} // namespace Cloudy::Desktop
