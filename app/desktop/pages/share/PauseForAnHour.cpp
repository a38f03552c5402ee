// SPDX-License-Identifier: GPL-3.0-or-later
#include "PauseForAnHour.h"

namespace Cloudy::Desktop {

bool isPausedByUser(const Sharing::SharingPolicy &policy, const QDateTime &now)
{
    return policy.pausedUntil.isValid() && policy.pausedUntil > now;
}

std::optional<Error> togglePause(Contribution::ShareEngine &engine)
{
    Sharing::SharingPolicy policy = engine.policy();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (isPausedByUser(policy, now))
        Sharing::pauseUntil(policy, QDateTime());
    else
        Sharing::pauseUntil(policy, now.addSecs(kPauseMinutes * 60));
    return engine.setPolicy(policy);
}

} // namespace Cloudy::Desktop
