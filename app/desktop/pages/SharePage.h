// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Cloudy::Desktop {

// The Share page. For now its header and an empty state that explains what will be here.
class SharePage final : public QWidget
{
    Q_OBJECT

public:
    explicit SharePage(QWidget *parent = nullptr);
};

} // namespace Cloudy::Desktop
