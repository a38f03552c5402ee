// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingPolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Cloudy::Sharing {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Sharing)
};

constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString coresText(int cores)
{
    return cores == 1 ? Tr::tr("1 core") : Tr::tr("%1 cores").arg(cores);
}

// "12.5 GiB" below 10 GiB, "42 GiB" above: free space is rarely a whole number of GiB.
QString gibText(qint64 bytes)
{
    const double gib = double(bytes) / double(kGiB);
    return Tr::tr("%1 GiB").arg(QLocale().toString(gib, 'f', gib < 10 ? 1 : 0));
}

QString dayKey(int day)
{
    static const char *const keys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    return QLatin1String(keys[day - 1]);
}

QString slotText(int index)
{
    return Tr::tr("%1 %2").arg(QLocale().dayName(WeeklySchedule::dayOfSlot(index)),
                               WeeklySchedule::startOfSlot(index).toString(QStringLiteral("HH:mm")));
}

// Rounded down to a multiple of 256 MiB, so presets read as 2 GiB rather than 2,047 MiB.
int roundMemory(qint64 memoryMiB)
{
    return int(std::max<qint64>(256, memoryMiB / 256 * 256));
}

struct Problems
{
    QList<PolicyProblem> list;
    void add(const QString &field, const char *code, const QString &message)
    {
        list.append({field, Error {QLatin1String(code), message}});
    }
};

// The host-independent checks of CPU and memory, for the policy's caps ("caps") and each profile.
void checkCpuAndMemory(Problems &problems, const QString &prefix, const QString &owner, int vcpus,
                       int cpuPercent, int memoryMiB)
{
    if (vcpus < 1)
        problems.add(prefix + QStringLiteral("vcpus"), "vcpus-too-low",
                     Tr::tr("%1Share at least 1 core (%2 is not a number of cores).")
                         .arg(owner, QString::number(vcpus)));
    if (cpuPercent < 1 || cpuPercent > 100)
        problems.add(
            prefix + QStringLiteral("cpuPercent"), "cpu-percent-out-of-range",
            Tr::tr("%1The CPU limit is a share of the shared cores' time, between 1 % and 100 %; %2 % "
                   "is not.")
                .arg(owner, QString::number(cpuPercent)));
    if (memoryMiB < kMinimumMemoryMiB)
        problems.add(prefix + QStringLiteral("memoryMiB"), "memory-too-low",
                     Tr::tr("%1Share at least %2 MiB of memory; a guest cannot start with less.")
                         .arg(owner, QString::number(kMinimumMemoryMiB)));
}

void checkCapacity(Problems &problems, const QString &prefix, const QString &owner, int vcpus, int memoryMiB,
                   const HostCapacity &capacity)
{
    if (capacity.cores > 0 && vcpus > capacity.maxVcpus()) {
        problems.add(prefix + QStringLiteral("vcpus"), "vcpus-over-capacity",
                     Tr::tr("%1You have %2; at most %3 can be shared.")
                         .arg(owner, coresText(capacity.cores), QString::number(capacity.maxVcpus())));
    }
    if (capacity.memoryMiB > 0 && memoryMiB > capacity.maxMemoryMiB()) {
        const QString reserve =
            capacity.memoryReserveIsFloor()
                ? Tr::tr("%1 always stays for this computer").arg(describeMemory(capacity.memoryReserveMiB()))
                : Tr::tr("10 % of it, %1, stays for this computer")
                      .arg(describeMemory(capacity.memoryReserveMiB()));
        if (capacity.maxMemoryMiB() < kMinimumMemoryMiB)
            problems.add(prefix + QStringLiteral("memoryMiB"), "memory-over-capacity",
                         Tr::tr("%1This computer has %2 of memory and %3, so none can be shared.")
                             .arg(owner, describeMemory(capacity.memoryMiB), reserve));
        else
            problems.add(prefix + QStringLiteral("memoryMiB"), "memory-over-capacity",
                         Tr::tr("%1You have %2 of memory; at most %3 can be shared (%4).")
                             .arg(owner, describeMemory(capacity.memoryMiB),
                                  describeMemory(capacity.maxMemoryMiB()), reserve));
    }
}
} // namespace

const Profile *SharingPolicy::profile(const QString &id) const
{
    for (const Profile &candidate : profiles) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

ResourceCaps SharingPolicy::capsOf(const Profile &profile) const
{
    return {profile.vcpus, profile.cpuPercent, profile.memoryMiB, caps.diskGiB};
}

ResourceCaps SharingPolicy::peakCaps() const
{
    ResourceCaps peak = caps;
    const auto include = [&peak](const Profile *profile) {
        if (!profile)
            return;
        peak.vcpus = std::max(peak.vcpus, profile->vcpus);
        peak.cpuPercent = std::max(peak.cpuPercent, profile->cpuPercent);
        peak.memoryMiB = std::max(peak.memoryMiB, profile->memoryMiB);
    };
    if (mode == SharingMode::Schedule) {
        // Only the profiles the schedule uses: the base caps do not run in this mode, but they stay in
        // the peak so that switching modes needs no redefinition.
        QSet<QString> used;
        for (int index = 0; index < WeeklySchedule::kSlotsPerWeek; ++index)
            used.insert(schedule.profileAt(index));
        for (const QString &id : used)
            include(profile(id));
    }
    if (mode == SharingMode::WhenIdle && inUseAction == InUseAction::ApplyProfile)
        include(profile(inUseProfileId));
    return peak;
}

QString guestKindName(GuestKind kind)
{
    return kind == GuestKind::Lxc ? QStringLiteral("lxc") : QStringLiteral("qemu");
}

std::optional<GuestKind> guestKindFromName(const QString &name)
{
    if (name == QLatin1String("qemu"))
        return GuestKind::Qemu;
    if (name == QLatin1String("lxc"))
        return GuestKind::Lxc;
    return std::nullopt;
}

QString modeName(SharingMode mode)
{
    switch (mode) {
    case SharingMode::Always:
        return QStringLiteral("always");
    case SharingMode::WhenIdle:
        return QStringLiteral("idle");
    case SharingMode::Schedule:
        return QStringLiteral("schedule");
    }
    return {};
}

std::optional<SharingMode> modeFromName(const QString &name)
{
    for (SharingMode mode : {SharingMode::Always, SharingMode::WhenIdle, SharingMode::Schedule}) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QString inUseActionName(InUseAction action)
{
    return action == InUseAction::ApplyProfile ? QStringLiteral("profile") : QStringLiteral("suspend");
}

std::optional<InUseAction> inUseActionFromName(const QString &name)
{
    if (name == QLatin1String("suspend"))
        return InUseAction::Suspend;
    if (name == QLatin1String("profile"))
        return InUseAction::ApplyProfile;
    return std::nullopt;
}

QString presetName(Preset preset)
{
    switch (preset) {
    case Preset::Light:
        return QStringLiteral("light");
    case Preset::Balanced:
        return QStringLiteral("balanced");
    case Preset::Full:
        return QStringLiteral("full");
    }
    return {};
}

std::optional<Preset> presetFromName(const QString &name)
{
    for (Preset preset : {Preset::Light, Preset::Balanced, Preset::Full}) {
        if (presetName(preset) == name)
            return preset;
    }
    return std::nullopt;
}

ResourceCaps presetCaps(Preset preset, const HostCapacity &capacity)
{
    const int cores = std::max(1, capacity.cores);
    ResourceCaps caps;
    switch (preset) {
    case Preset::Light:
        caps = {1, 25, 1024, 10};
        break;
    case Preset::Balanced:
        caps = {std::max(1, cores / 2), 50, roundMemory(capacity.memoryMiB * 25 / 100), 20};
        break;
    case Preset::Full:
        caps = {std::max(1, cores - 1), 100, roundMemory(capacity.memoryMiB * 50 / 100), 50};
        break;
    }
    // Within the host's limits, but never below the minimums: a host too small to share gets a preset
    // that validation refuses with the reason, rather than a silent 0.
    caps.vcpus = std::min(caps.vcpus, std::max(1, capacity.maxVcpus()));
    if (capacity.memoryMiB > 0)
        caps.memoryMiB = int(std::clamp<qint64>(capacity.maxMemoryMiB(), kMinimumMemoryMiB, caps.memoryMiB));
    if (capacity.diskTotalBytes > 0)
        caps.diskGiB = int(std::clamp<qint64>(capacity.maxDiskGiB(), kMinimumDiskGiB, caps.diskGiB));
    return caps;
}

std::optional<Preset> matchingPreset(const ResourceCaps &caps, const HostCapacity &capacity)
{
    for (Preset preset : {Preset::Light, Preset::Balanced, Preset::Full}) {
        if (presetCaps(preset, capacity) == caps)
            return preset;
    }
    return std::nullopt;
}

void pauseUntil(SharingPolicy &policy, const QDateTime &until)
{
    if (!until.isValid())
        policy.pausedUntil = QDateTime();
    else if (!policy.pausedUntil.isValid() || until > policy.pausedUntil)
        policy.pausedUntil = until.toUTC();
}

QList<PolicyProblem> structuralProblems(const SharingPolicy &policy)
{
    Problems problems;
    if (policy.enabled && policy.microcloudId.trimmed().isEmpty())
        problems.add(
            QStringLiteral("microcloud"), "microcloud-missing",
            Tr::tr("Choose the microcloud to share with (the Nearby page lists them) before switching "
                   "sharing on."));
    if (policy.enabled && policy.image.trimmed().isEmpty())
        problems.add(
            QStringLiteral("guest.image"), "image-missing",
            Tr::tr("Choose what the contribution node runs (an image of the microcloud's catalog or a "
                   "service bundle) before switching sharing on."));

    checkCpuAndMemory(problems, QStringLiteral("caps."), QString(), policy.caps.vcpus, policy.caps.cpuPercent,
                      policy.caps.memoryMiB);
    if (policy.caps.diskGiB < kMinimumDiskGiB)
        problems.add(QStringLiteral("caps.diskGiB"), "disk-too-low",
                     Tr::tr("Share at least %1 GiB of disk.").arg(kMinimumDiskGiB));

    if (policy.idleMinutes < 1 || policy.idleMinutes > kMaximumIdleMinutes)
        problems.add(
            QStringLiteral("idleMinutes"), "idle-minutes-out-of-range",
            Tr::tr("The computer must be idle for between 1 minute and 24 hours before sharing starts; "
                   "%1 minutes is not possible.")
                .arg(policy.idleMinutes));
    if (policy.graceSeconds < 0 || policy.graceSeconds > kMaximumGraceSeconds)
        problems.add(
            QStringLiteral("graceSeconds"), "grace-out-of-range",
            Tr::tr("The grace period for activity must be between 0 seconds and 1 hour; %1 seconds is not "
                   "possible.")
                .arg(policy.graceSeconds));

    QSet<QString> ids;
    for (qsizetype index = 0; index < policy.profiles.size(); ++index) {
        const Profile &profile = policy.profiles.at(index);
        const QString prefix = QStringLiteral("profiles[%1].").arg(index);
        if (profile.id.trimmed().isEmpty()) {
            problems.add(
                prefix + QStringLiteral("id"), "profile-id-missing",
                Tr::tr("The profile %1 has no id; give it one (e.g. “night”).")
                    .arg(quoted(profile.name.isEmpty() ? QString::number(index + 1) : profile.name)));
        } else if (ids.contains(profile.id)) {
            problems.add(
                prefix + QStringLiteral("id"), "profile-id-duplicate",
                Tr::tr("Two profiles have the id %1; give each a different one.").arg(quoted(profile.id)));
        }
        ids.insert(profile.id);
        const QString owner =
            Tr::tr("Profile %1: ").arg(quoted(profile.name.isEmpty() ? profile.id : profile.name));
        checkCpuAndMemory(problems, prefix, owner, profile.vcpus, profile.cpuPercent, profile.memoryMiB);
    }

    if (policy.inUseAction == InUseAction::ApplyProfile && !policy.profile(policy.inUseProfileId))
        problems.add(
            QStringLiteral("whileInUse.profile"), "in-use-profile-unknown",
            policy.inUseProfileId.isEmpty()
                ? Tr::tr("Choose the profile that runs while you use the computer, or suspend sharing "
                         "then instead.")
                : Tr::tr("The profile %1 chosen for while you use the computer does not exist; choose an "
                         "existing profile or suspend sharing then instead.")
                      .arg(quoted(policy.inUseProfileId)));

    QSet<QString> reported;
    for (int index = 0; index < WeeklySchedule::kSlotsPerWeek; ++index) {
        const QString id = policy.schedule.profileAt(index);
        if (id.isEmpty() || policy.profile(id) || reported.contains(id))
            continue;
        reported.insert(id);
        problems.add(QStringLiteral("schedule.%1[%2]")
                         .arg(dayKey(WeeklySchedule::dayOfSlot(index)))
                         .arg(index % WeeklySchedule::kSlotsPerDay),
                     "schedule-profile-unknown",
                     Tr::tr("The schedule uses the profile %1 (first on %2), which does not exist; choose an "
                            "existing profile for those times or create it.")
                         .arg(quoted(id), slotText(index)));
    }
    if (policy.enabled && policy.mode == SharingMode::Schedule && policy.schedule.isEmpty())
        problems.add(
            QStringLiteral("schedule"), "schedule-empty",
            Tr::tr("The schedule never shares; give at least one half-hour a profile, or choose another "
                   "mode."));
    return problems.list;
}

QList<PolicyProblem> policyProblems(const SharingPolicy &policy, const HostCapacity &capacity)
{
    Problems problems;
    problems.list = structuralProblems(policy);
    checkCapacity(problems, QStringLiteral("caps."), QString(), policy.caps.vcpus, policy.caps.memoryMiB,
                  capacity);
    for (qsizetype index = 0; index < policy.profiles.size(); ++index) {
        const Profile &profile = policy.profiles.at(index);
        checkCapacity(problems, QStringLiteral("profiles[%1].").arg(index),
                      Tr::tr("Profile %1: ").arg(quoted(profile.name.isEmpty() ? profile.id : profile.name)),
                      profile.vcpus, profile.memoryMiB, capacity);
    }

    if (capacity.diskTotalBytes > 0 && policy.caps.diskGiB > capacity.maxDiskGiB()) {
        const QString reserve = capacity.diskReserveIsFloor()
                                    ? Tr::tr("%1 (the minimum) must stay free for this computer")
                                          .arg(gibText(capacity.diskReserveBytes()))
                                    : Tr::tr("10 % of the disk (%1) must stay free for this computer")
                                          .arg(gibText(capacity.diskReserveBytes()));
        const QString free = gibText(capacity.diskFreeBytes + capacity.donatedDiskBytes);
        if (capacity.maxDiskGiB() < kMinimumDiskGiB)
            problems.add(QStringLiteral("caps.diskGiB"), "disk-over-capacity",
                         Tr::tr("The disk holding %1 has %2 free and %3, so no disk can be shared; free some "
                                "space or keep the contribution on another disk.")
                             .arg(capacity.diskPath, free, reserve));
        else
            problems.add(
                QStringLiteral("caps.diskGiB"), "disk-over-capacity",
                Tr::tr("The disk holding %1 has %2 free; at most %3 GiB can be shared, since %4.")
                    .arg(capacity.diskPath, free, QLocale().toString(capacity.maxDiskGiB()), reserve));
    }
    return problems.list;
}

Result<SharingPolicy> validatePolicy(const SharingPolicy &policy, const HostCapacity &capacity)
{
    const QList<PolicyProblem> problems = policyProblems(policy, capacity);
    if (!problems.isEmpty())
        return problems.first().error;
    return policy;
}

} // namespace Cloudy::Sharing
