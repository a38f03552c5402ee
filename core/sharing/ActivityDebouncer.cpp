// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityDebouncer.h"

#include <algorithm>

namespace Cloudy::Sharing {

QString presenceName(UserPresence presence)
{
    switch (presence) {
    case UserPresence::Unknown:
        return QStringLiteral("unknown");
    case UserPresence::Active:
        return QStringLiteral("active");
    case UserPresence::Idle:
        return QStringLiteral("idle");
    }
    return {};
}

void ActivityDebouncer::reset()
{
    m_presence = UserPresence::Unknown;
    m_stretchStartMs.reset();
}

UserPresence ActivityDebouncer::update(std::optional<qint64> idleSeconds, qint64 nowMs)
{
    if (!idleSeconds) {
        reset();
        return m_presence;
    }
    const qint64 idleMs = std::max<qint64>(0, *idleSeconds) * 1000;
    const qint64 lastInputMs = nowMs - idleMs;

    if (idleMs >= m_config.quietGapMs)
        m_stretchStartMs.reset();
    else if (!m_stretchStartMs || lastInputMs < *m_stretchStartMs)
        // A new stretch begins at its first input seen; the reading cannot tell how long before the poll
        // it really began, so the stretch's length is never overestimated. (lastInput before the start
        // happens only when the clock went back: start over.)
        m_stretchStartMs = lastInputMs;

    switch (m_presence) {
    case UserPresence::Unknown:
        m_presence = idleMs >= m_config.idleThresholdMs ? UserPresence::Idle : UserPresence::Active;
        break;
    case UserPresence::Idle:
        if (m_stretchStartMs && lastInputMs - *m_stretchStartMs >= m_config.graceMs)
            m_presence = UserPresence::Active;
        break;
    case UserPresence::Active:
        if (idleMs >= m_config.idleThresholdMs)
            m_presence = UserPresence::Idle;
        break;
    }
    return m_presence;
}

} // namespace Cloudy::Sharing
