// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingDecision.h"

#include <QCoreApplication>
#include <QLocale>

namespace Cloudy::Sharing {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Sharing)
};

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// "15:30" today, "Mon 18:00" another day of the coming week.
QString whenText(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return time;
    if (now.toLocalTime().date().daysTo(local.date()) < 7)
        return Tr::tr("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    return locale.toString(local, QLocale::ShortFormat);
}

SharingDecision paused(SharingState state, const char *code, const QString &reason)
{
    SharingDecision decision;
    decision.state = state;
    decision.code = QLatin1String(code);
    decision.reason = reason;
    return decision;
}

SharingDecision sharing(const ResourceCaps &caps, const QString &profileId, const QString &reason)
{
    SharingDecision decision;
    decision.state = SharingState::Sharing;
    decision.caps = caps;
    decision.profileId = profileId;
    decision.code = QStringLiteral("sharing");
    decision.reason = reason;
    return decision;
}

SharingDecision unknownProfile(const QString &id)
{
    return paused(
        SharingState::Unavailable, "profile-unknown",
        Tr::tr("Unavailable: the profile %1 does not exist; choose an existing profile in the sharing "
               "settings.")
            .arg(quoted(id)));
}

QString profileLabel(const Profile &profile)
{
    return quoted(profile.name.isEmpty() ? profile.id : profile.name);
}

SharingDecision decideMode(const SharingPolicy &policy, const ActivityState &activity, const QDateTime &now)
{
    switch (policy.mode) {
    case SharingMode::Always:
        return sharing(policy.caps, QString(), Tr::tr("Sharing: %1").arg(describeCpu(policy.caps)));

    case SharingMode::Schedule: {
        const QString id = policy.schedule.profileAt(now);
        if (id.isEmpty()) {
            const QDateTime next = policy.schedule.nextChange(now);
            return paused(
                SharingState::PausedSchedule, "schedule-off",
                next.isValid()
                    ? Tr::tr("Paused: the schedule has no sharing until %1").arg(whenText(next, now))
                    : Tr::tr("Paused: the schedule has no sharing"));
        }
        const Profile *profile = policy.profile(id);
        if (!profile)
            return unknownProfile(id);
        const ResourceCaps caps = policy.capsOf(*profile);
        return sharing(caps, id,
                       Tr::tr("Sharing: %1 (profile %2)").arg(describeCpu(caps), profileLabel(*profile)));
    }

    case SharingMode::WhenIdle:
        switch (activity.presence) {
        case UserPresence::Idle:
            return sharing(policy.caps, QString(), Tr::tr("Sharing: %1").arg(describeCpu(policy.caps)));
        case UserPresence::Active: {
            if (policy.inUseAction == InUseAction::Suspend)
                return paused(SharingState::PausedUserActive, "user-active",
                              Tr::tr("Paused: you are using the computer"));
            const Profile *profile = policy.profile(policy.inUseProfileId);
            if (!profile)
                return unknownProfile(policy.inUseProfileId);
            const ResourceCaps caps = policy.capsOf(*profile);
            return sharing(caps, profile->id,
                           Tr::tr("Sharing: %1 while you use the computer (profile %2)")
                               .arg(describeCpu(caps), profileLabel(*profile)));
        }
        case UserPresence::Unknown: {
            // Until the first reading, do not share (and do not claim that nothing answers).
            if (!activity.idleChecked)
                return paused(SharingState::PausedUserActive, "idle-pending",
                              Tr::tr("Paused: checking whether you are using the computer"));
            const QString tried =
                activity.idleSourcesTried.isEmpty()
                    ? QString()
                    : Tr::tr(" (tried %1)").arg(activity.idleSourcesTried.join(QStringLiteral(", ")));
            return paused(
                SharingState::Unavailable, "idle-unknown",
                Tr::tr("Unavailable: Cloudy cannot tell whether you are using the computer — no idle-time "
                       "service answered on the D-Bus session or system bus%1. Share “always” or on a "
                       "schedule instead, or run Cloudy inside your desktop session (KDE, GNOME and "
                       "systemd-logind provide the idle time).")
                    .arg(tried));
        }
        }
        break;
    }
    return paused(SharingState::Unavailable, "mode-unknown", Tr::tr("Unavailable: unknown sharing mode"));
}
} // namespace

QString stateName(SharingState state)
{
    switch (state) {
    case SharingState::Off:
        return QStringLiteral("off");
    case SharingState::Sharing:
        return QStringLiteral("sharing");
    case SharingState::PausedByUser:
        return QStringLiteral("paused-by-user");
    case SharingState::PausedOnBattery:
        return QStringLiteral("paused-on-battery");
    case SharingState::PausedUserActive:
        return QStringLiteral("paused-user-active");
    case SharingState::PausedSchedule:
        return QStringLiteral("paused-schedule");
    case SharingState::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

SharingDecision decide(const SharingPolicy &policy, const ActivityState &activity, const QDateTime &now)
{
    if (!policy.enabled)
        return paused(SharingState::Off, "off", Tr::tr("Off"));

    // Times at which the decision changes by itself: the end of a pause, the next schedule change.
    QDateTime reconsiderAt;
    const auto consider = [&reconsiderAt](const QDateTime &when) {
        if (when.isValid() && (!reconsiderAt.isValid() || when < reconsiderAt))
            reconsiderAt = when;
    };
    const bool pausedByUser = policy.pausedUntil.isValid() && now < policy.pausedUntil;
    if (pausedByUser)
        consider(policy.pausedUntil);
    if (policy.mode == SharingMode::Schedule)
        consider(policy.schedule.nextChange(now));

    SharingDecision decision;
    if (pausedByUser)
        decision =
            paused(SharingState::PausedByUser, "paused-by-user",
                   Tr::tr("Paused until %1 (you paused sharing)").arg(whenText(policy.pausedUntil, now)));
    else if (policy.pauseOnBattery && activity.onBattery.value_or(false))
        decision = paused(SharingState::PausedOnBattery, "on-battery", Tr::tr("Paused: on battery"));
    else
        decision = decideMode(policy, activity, now);
    decision.reconsiderAt = reconsiderAt;
    return decision;
}

} // namespace Cloudy::Sharing
