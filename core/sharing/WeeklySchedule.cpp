// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeeklySchedule.h"

namespace Cloudy::Sharing {

int WeeklySchedule::slotIndex(const QDateTime &localTime)
{
    const QDateTime local = localTime.toLocalTime();
    const QTime time = local.time();
    return slotIndex(local.date().dayOfWeek(), (time.hour() * 60 + time.minute()) / kSlotMinutes);
}

QTime WeeklySchedule::startOfSlot(int index)
{
    const int minutes = (index % kSlotsPerDay) * kSlotMinutes;
    return QTime(minutes / 60, minutes % 60);
}

QString WeeklySchedule::profileAt(const QDateTime &time) const
{
    return profileAt(slotIndex(time));
}

void WeeklySchedule::setRange(int day, QTime from, QTime to, const QString &profileId)
{
    const auto slotOf = [](QTime time) {
        return time.isValid() ? (time.hour() * 60 + time.minute()) / kSlotMinutes : kSlotsPerDay;
    };
    const int first = from.isValid() ? slotOf(from) : 0;
    const int end = slotOf(to);
    for (int slot = first; slot < end; ++slot)
        setSlot(slotIndex(day, slot), profileId);
}

void WeeklySchedule::setDaily(QTime from, QTime to, const QString &profileId)
{
    for (int day = 1; day <= 7; ++day) {
        if (to.isValid() && to <= from) {
            setRange(day, from, QTime(), profileId);
            setRange(day % 7 + 1, QTime(0, 0), to, profileId);
        } else {
            setRange(day, from, to, profileId);
        }
    }
}

void WeeklySchedule::clear()
{
    m_slots.fill(QString());
}

bool WeeklySchedule::isEmpty() const
{
    for (const QString &slot : m_slots) {
        if (!slot.isEmpty())
            return false;
    }
    return true;
}

std::optional<int> WeeklySchedule::slotsUntilChange(int index) const
{
    const QString &current = m_slots.at(std::size_t(index));
    for (int ahead = 1; ahead < kSlotsPerWeek; ++ahead) {
        if (m_slots.at(std::size_t((index + ahead) % kSlotsPerWeek)) != current)
            return ahead;
    }
    return std::nullopt;
}

QDateTime WeeklySchedule::nextChange(const QDateTime &now) const
{
    const QDateTime local = now.toLocalTime();
    const int index = slotIndex(local);
    const std::optional<int> ahead = slotsUntilChange(index);
    if (!ahead)
        return {};
    // Count in wall-clock slots from the start of today, so that a daylight-saving day (23 or 25 hours)
    // still changes at the slot's wall-clock time.
    const int target = index % kSlotsPerDay + *ahead;
    const QDate date = local.date().addDays(target / kSlotsPerDay);
    return QDateTime(date, startOfSlot(target % kSlotsPerDay), Qt::LocalTime);
}

} // namespace Cloudy::Sharing
