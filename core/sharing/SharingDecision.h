// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityState.h"
#include "ResourceCaps.h"
#include "SharingPolicy.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Cloudy::Sharing {

// What the contribution node should be doing now. The node maps it to libvirt: Sharing → running with
// `caps`; every Paused* → suspended (the guest keeps its memory and resumes where it was); Off → shut down;
// Unavailable → suspended if it runs, and the state line shows the reason and how to fix it.
enum class SharingState
{
    Off, // sharing is switched off
    Sharing,
    PausedByUser, // "pause for an hour"
    PausedOnBattery,
    PausedUserActive, // someone uses the computer and the policy suspends then
    PausedSchedule, // the weekly schedule has no profile now
    Unavailable, // the policy cannot be followed (e.g. idle mode, but no idle-time source answers)
};

struct SharingDecision
{
    SharingState state = SharingState::Off;
    // The caps to apply now; set only when state is Sharing.
    std::optional<ResourceCaps> caps;
    // The profile those caps come from (schedule slot or "while in use"); empty for the policy's own caps.
    QString profileId;
    // Stable code for programs: "off", "sharing", "paused-by-user", "on-battery", "user-active",
    // "schedule-off", "idle-pending" (no idle reading yet: paused), "idle-unknown", "profile-unknown".
    QString code;
    // The state line: "Sharing: 2 cores at 50 %", "Paused: you are using the computer", "Paused: on battery".
    QString reason;
    // When this decision may change with no new activity reading (the next schedule change, the end of a
    // pause); invalid when only a new reading can change it. The caller re-decides then.
    QDateTime reconsiderAt;

    bool operator==(const SharingDecision &) const = default;
};

QString stateName(SharingState state); // "off", "sharing", "paused", "unavailable" … (one word per state)

// The decision, from the policy, what the desktop and power supply say (activity.presence comes from
// ActivityDebouncer), and the time now (local wall clock for the schedule). Pure. In order:
//   off → paused by the user (until pausedUntil) → on battery (pauseOnBattery; an unknown battery state
//   counts as mains: machines without UPower are mostly desktops) → the mode:
//   Always: the policy's caps. Schedule: the profile of the current half-hour, or PausedSchedule.
//   WhenIdle: the policy's caps while Idle; while Active, PausedUserActive or the "in use" profile;
//   Unknown presence → Unavailable (never a silent "always on"), or paused before the first reading.
// The activity rules apply in mode WhenIdle only: in mode Schedule each half-hour's profile is the whole
// rule (a "Daytime 25 %" profile is what the user chose to run while working).
SharingDecision decide(const SharingPolicy &policy, const ActivityState &activity, const QDateTime &now);

} // namespace Cloudy::Sharing

Q_DECLARE_METATYPE(Cloudy::Sharing::SharingDecision)
