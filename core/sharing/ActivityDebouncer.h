// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityState.h"

#include <optional>

namespace Cloudy::Sharing {

// Turns idle-time readings into "someone uses the computer" without flapping (boinc#6483). Pure: the
// caller passes the time of each reading (milliseconds on any steady clock), so tests inject a clock.
//
//  - Idle → Active only once the user has been active for the grace period: an activity stretch (inputs
//    with no gap of quietGap or more between them) whose inputs span at least `grace`. A 20-second burst
//    while sharing changes nothing.
//  - Active → Idle when the idle time reaches the idle threshold (the policy's idle minutes). The threshold
//    is already a hysteresis of its own, so the grace is not added to it: the user would wait 5 minutes by
//    default for no gain in stability.
//  - The first reading decides directly: idle for the threshold or more is Idle, anything less is Active
//    (someone just used the computer).
//  - No reading (nullopt) is Unknown; the state starts over when readings come back.
class ActivityDebouncer
{
public:
    struct Config
    {
        qint64 idleThresholdMs = 3 * 60 * 1000;
        qint64 graceMs = 2 * 60 * 1000;
        // A gap between inputs this long ends an activity stretch. Longer than the monitor's poll interval
        // (15 s), shorter than the default grace.
        qint64 quietGapMs = 60 * 1000;

        bool operator==(const Config &) const = default;
    };

    ActivityDebouncer() = default;
    explicit ActivityDebouncer(const Config &config)
        : m_config(config)
    { }

    const Config &config() const { return m_config; }
    // Keeps the current presence; the new limits apply from the next reading.
    void setConfig(const Config &config) { m_config = config; }

    // One reading at time nowMs. Returns the presence after it.
    UserPresence update(std::optional<qint64> idleSeconds, qint64 nowMs);
    // Convenience: sets state.presence from state.userIdleSeconds.
    void apply(ActivityState &state, qint64 nowMs) { state.presence = update(state.userIdleSeconds, nowMs); }

    UserPresence presence() const { return m_presence; }
    // When the current activity stretch began (its first input seen), if one is going on.
    std::optional<qint64> activityStartMs() const { return m_stretchStartMs; }
    void reset();

private:
    Config m_config;
    UserPresence m_presence = UserPresence::Unknown;
    std::optional<qint64> m_stretchStartMs;
};

} // namespace Cloudy::Sharing
