// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/SharingDecision.h"

#include <QColor>
#include <QIcon>

namespace Cloudy::Desktop {

// How a sharing state looks wherever it is shown (Share page, status bar, tray): a colour and a round
// badge. The colour never carries the state alone; the reason text always goes with it.
QColor sharingStateColor(Sharing::SharingState state);
// A filled circle in the state's colour, with a mark inside (check: sharing, bars: paused, cross:
// unavailable, empty: off).
QIcon sharingStateIcon(Sharing::SharingState state);
// The app icon with the state's badge in its corner, for the tray.
QIcon trayIconFor(Sharing::SharingState state);

} // namespace Cloudy::Desktop
