// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostCapacity.h"
#include "ResourceCaps.h"
#include "WeeklySchedule.h"
#include "platform/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Cloudy::Sharing {

enum class GuestKind
{
    Qemu, // a QEMU/KVM virtual machine (the default: works with qemu:///session)
    Lxc, // a container: lighter, needs the system libvirtd
};

enum class SharingMode
{
    Always, // share whenever sharing is on
    WhenIdle, // share once nobody has used the computer for idleMinutes
    Schedule, // share what the weekly schedule's profile says, at every hour of the week
};

// What happens while the user uses the computer (mode WhenIdle only).
enum class InUseAction
{
    Suspend, // suspend the guest: it keeps its memory and resumes where it was
    ApplyProfile, // keep sharing with the caps of inUseProfileId (e.g. "1 core at 10 %")
};

// Caps at one time of the week. Disk is not part of a profile: the contribution volume has one size.
struct Profile
{
    QString id; // stable, referenced by the schedule; e.g. "night"
    QString name; // shown to the user; e.g. "Night 100 %"
    int vcpus = 1;
    int cpuPercent = 25;
    int memoryMiB = 1024;

    bool operator==(const Profile &) const = default;
};

enum class Preset
{
    Light,
    Balanced,
    Full,
};

// Everything the user decides about sharing: what is donated, to whom, and when. Pure data; check it with
// policyProblems() and keep it with savePolicy() (PolicyFile.h).
struct SharingPolicy
{
    bool enabled = false;
    QString microcloudId; // the microcloud chosen on the Nearby page
    GuestKind guestKind = GuestKind::Qemu;
    QString image; // a catalog id ("cloudy-node") or the path of a service bundle

    ResourceCaps caps; // what is shared in modes Always and WhenIdle (and the disk in every mode)

    // Defaults: share when idle, suspend while in use, never on battery — a new volunteer never notices the
    // donation while working (people stop volunteering when the fans get loud, boinc#2215). The 3 idle
    // minutes and "not on batteries" are BOINC's defaults; the 2-minute grace answers boinc#6483 (short
    // bursts of activity must not make sharing stop and start).
    SharingMode mode = SharingMode::WhenIdle;
    int idleMinutes = 3;
    int graceSeconds = 120;
    InUseAction inUseAction = InUseAction::Suspend;
    QString inUseProfileId;
    bool pauseOnBattery = true;

    QList<Profile> profiles;
    WeeklySchedule schedule; // mode Schedule

    // "Pause for an hour": no sharing until then, whatever the mode. Invalid: not paused.
    QDateTime pausedUntil;

    const Profile *profile(const QString &id) const;
    // The caps a profile gives (its CPU and memory, the policy's disk).
    ResourceCaps capsOf(const Profile &profile) const;
    // The most the guest may ever be given by this policy: the largest vCPU count and memory over the caps
    // and every profile used. The domain is defined with these as maximums so that switching profiles
    // applies live (vCPU hot-plug and balloon up to the maximum).
    ResourceCaps peakCaps() const;

    bool operator==(const SharingPolicy &) const = default;
};

// Stable names for JSON and the command line.
QString guestKindName(GuestKind kind); // "qemu", "lxc"
std::optional<GuestKind> guestKindFromName(const QString &name);
QString modeName(SharingMode mode); // "always", "idle", "schedule"
std::optional<SharingMode> modeFromName(const QString &name);
QString inUseActionName(InUseAction action); // "suspend", "profile"
std::optional<InUseAction> inUseActionFromName(const QString &name);
QString presetName(Preset preset); // "light", "balanced", "full"
std::optional<Preset> presetFromName(const QString &name);

// The caps of a preset on this host, within its limits:
//  Light    1 vCPU at 25 %, 1 GiB, 10 GiB — barely noticeable on any machine that can run a guest at all;
//  Balanced half the cores at 50 %, 25 % of the memory, 20 GiB — a quarter of the CPU time;
//  Full     all cores but one at 100 %, 50 % of the memory, 50 GiB — one core always stays with the user;
//           50 % of the memory is BOINC's "when in use" default (its 90 % "when idle" would leave the host
//           swapping when the user comes back, since the guest keeps its memory while suspended).
// Each value is then clamped to the host's limits (HostCapacity), so a preset is valid wherever sharing is
// possible at all.
ResourceCaps presetCaps(Preset preset, const HostCapacity &capacity);
// The preset whose caps these are on this host, if any (the GUI highlights it).
std::optional<Preset> matchingPreset(const ResourceCaps &caps, const HostCapacity &capacity);

// Extends the pause to `until` (a later pause wins; an earlier one is ignored). Passing an invalid time
// ends the pause.
void pauseUntil(SharingPolicy &policy, const QDateTime &until);

// One thing wrong with a policy: the field it concerns (a JSON path such as "caps.vcpus",
// "profiles[1].memoryMiB", "schedule.mon[18]") and an Error whose message says what is allowed.
struct PolicyProblem
{
    QString field;
    Error error;
};

// Problems that do not depend on the host: values out of range, profiles that do not exist, a missing
// microcloud or image while sharing is on. A file that has any of these is not loaded.
QList<PolicyProblem> structuralProblems(const SharingPolicy &policy);
// Structural problems plus caps over the host's capacity ("You have 4 cores; at most 4 can be shared.").
QList<PolicyProblem> policyProblems(const SharingPolicy &policy, const HostCapacity &capacity);
// The policy if it has no problem, otherwise the first problem's Error.
Result<SharingPolicy> validatePolicy(const SharingPolicy &policy, const HostCapacity &capacity);

// Limits that do not depend on the host.
inline constexpr int kMinimumMemoryMiB = 64;
inline constexpr int kMinimumDiskGiB = 1;
inline constexpr int kMaximumIdleMinutes = 24 * 60;
inline constexpr int kMaximumGraceSeconds = 60 * 60;

} // namespace Cloudy::Sharing
