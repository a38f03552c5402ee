// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace Cloudy::Sharing {

// A week of half-hour slots, each naming the profile that runs then, or none (an empty id: off). Slots
// follow the local wall clock: "Monday 09:00" is nine o'clock on the computer's clock, whatever the time
// zone or daylight saving time.
class WeeklySchedule
{
public:
    static constexpr int kSlotMinutes = 30;
    static constexpr int kSlotsPerDay = 24 * 60 / kSlotMinutes;
    static constexpr int kSlotsPerWeek = 7 * kSlotsPerDay;

    // day: 1 = Monday … 7 = Sunday (Qt's dayOfWeek()); slotOfDay: 0 = 00:00–00:30 … 47 = 23:30–24:00.
    static int slotIndex(int day, int slotOfDay) { return (day - 1) * kSlotsPerDay + slotOfDay; }
    static int slotIndex(const QDateTime &localTime);
    static int dayOfSlot(int index) { return index / kSlotsPerDay + 1; }
    static QTime startOfSlot(int index);

    QString profileAt(int index) const { return m_slots.at(std::size_t(index)); }
    QString profileAt(const QDateTime &time) const; // time is converted to local time
    void setSlot(int index, const QString &profileId) { m_slots.at(std::size_t(index)) = profileId; }
    // Sets [from, to) on the given day; to may be 24:00 (QTime() stands for it) — e.g. 18:00 → 24:00.
    // Times are rounded down to a slot.
    void setRange(int day, QTime from, QTime to, const QString &profileId);
    // Every slot of every day, [from, to), wrapping past midnight when to <= from (22:00 → 06:00 covers
    // each night: 22:00–24:00 of one day and 00:00–06:00 of the next).
    void setDaily(QTime from, QTime to, const QString &profileId);
    void clear();

    bool isEmpty() const; // every slot off
    // The first slot after `index` whose profile differs, wrapping over the week; nullopt if every slot
    // has the same profile. Returns the number of slots ahead (1 … kSlotsPerWeek-1).
    std::optional<int> slotsUntilChange(int index) const;
    // When the profile in force at `now` changes next (local time); invalid if it never does.
    QDateTime nextChange(const QDateTime &now) const;

    bool operator==(const WeeklySchedule &) const = default;

private:
    std::array<QString, kSlotsPerWeek> m_slots;
};

} // namespace Cloudy::Sharing
