// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contribution/ShareEngine.h"

#include <QDateTime>

#include <optional>

namespace Cloudy::Desktop {

// "Pause for an hour" and "Resume now", shared by the Share page and the tray: a break that needs no
// change of settings and ends by itself (BOINC's "Snooze"), so nobody switches sharing off for a video
// call and forgets to switch it back on.
inline constexpr int kPauseMinutes = 60;

bool isPausedByUser(const Sharing::SharingPolicy &policy,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
// Pauses for kPauseMinutes, or resumes when a pause is running. Saved like any policy change.
std::optional<Error> togglePause(Contribution::ShareEngine &engine);

} // namespace Cloudy::Desktop
