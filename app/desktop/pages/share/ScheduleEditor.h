// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/Section.h"
#include "sharing/SharingPolicy.h"
#include "sharing/WeeklySchedule.h"

#include <functional>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Cloudy::Desktop {

class ScheduleGrid;

// The weekly schedule of the Share page: the profiles (an editable table: name, cores, CPU %, memory),
// a legend that is also the brush chooser ("Paint with: Off · Daytime · Night"), and the grid to paint.
// Removing a profile turns its half-hours off rather than leaving slots that name a missing profile.
class ScheduleEditor final : public Section
{
    Q_OBJECT

public:
    explicit ScheduleEditor(QWidget *parent = nullptr);

    // Shows these; emits nothing.
    void load(const QList<Sharing::Profile> &profiles, const Sharing::WeeklySchedule &schedule);
    // Replaces the profiles as an edit of the user's (e.g. the two the schedule mode starts with).
    void setProfiles(const QList<Sharing::Profile> &profiles);
    QList<Sharing::Profile> profiles() const;
    Sharing::WeeklySchedule schedule() const;
    // Where "Add profile" takes its values from (the page's caps).
    void setNewProfileSource(std::function<Sharing::Profile()> source) { m_newProfile = std::move(source); }

    ScheduleGrid *grid() const { return m_grid; }
    QTableWidget *table() const { return m_table; }
    // Where the page shows problems with the profiles and with the schedule.
    QLabel *profilesError() const { return m_profilesError; }
    QLabel *scheduleError() const { return m_scheduleError; }

Q_SIGNALS:
    // The profiles' ids or names changed (before edited()).
    void profilesChanged();
    // The user changed anything.
    void edited();

private:
    void fillTable(const QList<Sharing::Profile> &profiles);
    void rebuildLegend();
    void tableEdited();
    void addProfile();
    void removeProfile();

    QTableWidget *m_table;
    QPushButton *m_remove;
    QHBoxLayout *m_legend;
    QLabel *m_paintLabel;
    QButtonGroup *m_brushes;
    ScheduleGrid *m_grid;
    QLabel *m_profilesError;
    QLabel *m_scheduleError;
    std::function<Sharing::Profile()> m_newProfile;
    bool m_loading = false;
};

} // namespace Cloudy::Desktop
