// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharing/SharingPolicy.h"
#include "sharing/WeeklySchedule.h"

#include <QColor>
#include <QList>
#include <QWidget>

namespace Cloudy::Desktop {

// The colour a profile has in the schedule grid and its legend; an empty id (off) has none.
QColor profileColor(int profileIndex);

// The week as a grid: 7 rows (Monday first) × 48 half-hours, each cell coloured by the profile that runs
// then. The user paints with the current brush (a profile id, or empty for "off"): press and drag with the
// mouse, or move the cursor cell with the arrow keys (Home/End: start/end of the day; Shift+arrows paint
// while moving) and press Space or Enter to paint it.
class ScheduleGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleGrid(QWidget *parent = nullptr);

    void setSchedule(const Sharing::WeeklySchedule &schedule);
    const Sharing::WeeklySchedule &schedule() const { return m_schedule; }
    // The profiles the colours and tooltips come from.
    void setProfiles(const QList<Sharing::Profile> &profiles);

    void setBrush(const QString &profileId) { m_brush = profileId; }
    QString brush() const { return m_brush; }

    // The keyboard cursor (slot index, 0 … kSlotsPerWeek-1).
    int cursorSlot() const { return m_cursor; }
    void setCursorSlot(int slot);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user painted slots (not emitted by setSchedule).
    void edited();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF gridRect() const;
    QRectF cellRect(int day, int slotOfDay) const;
    int slotAt(const QPointF &pos) const; // -1 outside the grid
    void paintSlot(int slot);
    QString slotDescription(int slot) const;
    int profileIndex(const QString &id) const;

    Sharing::WeeklySchedule m_schedule;
    QList<Sharing::Profile> m_profiles;
    QString m_brush;
    int m_cursor = 0;
    bool m_dragging = false;
    int m_dragAnchor = -1;
    Sharing::WeeklySchedule m_beforeDrag;
};

} // namespace Cloudy::Desktop
