// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleGrid.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace Cloudy::Desktop {

using Sharing::WeeklySchedule;

namespace {

constexpr int kDays = 7;
constexpr int kSlots = WeeklySchedule::kSlotsPerDay;

} // namespace

QColor profileColor(int profileIndex)
{
    // Distinguishable for the common colour-vision deficiencies (Okabe–Ito), darkest last.
    static const std::array<QColor, 7> colors {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                               QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                               QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                               QColor(0xF0, 0xE4, 0x42)};
    return colors.at(std::size_t(std::max(0, profileIndex)) % colors.size());
}

ScheduleGrid::ScheduleGrid(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Weekly schedule"));
    setToolTip(tr("Drag to paint with the chosen profile. Keyboard: arrow keys move, Space or Enter paints "
                  "the half-hour, Shift with an arrow paints while moving."));
}

void ScheduleGrid::setSchedule(const WeeklySchedule &schedule)
{
    m_schedule = schedule;
    update();
}

void ScheduleGrid::setProfiles(const QList<Sharing::Profile> &profiles)
{
    m_profiles = profiles;
    update();
}

void ScheduleGrid::setCursorSlot(int slot)
{
    m_cursor = std::clamp(slot, 0, WeeklySchedule::kSlotsPerWeek - 1);
    setAccessibleDescription(slotDescription(m_cursor));
    update();
}

int ScheduleGrid::profileIndex(const QString &id) const
{
    for (qsizetype index = 0; index < m_profiles.size(); ++index) {
        if (m_profiles.at(index).id == id)
            return int(index);
    }
    return -1;
}

QSize ScheduleGrid::sizeHint() const
{
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + 12;
    return {labelWidth + kSlots * 12, fontMetrics().height() + 4 + kDays * 20};
}

QSize ScheduleGrid::minimumSizeHint() const
{
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + 12;
    return {labelWidth + kSlots * 6, fontMetrics().height() + 4 + kDays * 14};
}

QRectF ScheduleGrid::gridRect() const
{
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("Wed")) + 12;
    const int top = fontMetrics().height() + 4;
    return QRectF(labelWidth, top, width() - labelWidth - 1, height() - top - 1);
}

QRectF ScheduleGrid::cellRect(int day, int slotOfDay) const
{
    const QRectF grid = gridRect();
    const qreal cellWidth = grid.width() / kSlots;
    const qreal cellHeight = grid.height() / kDays;
    return QRectF(grid.left() + slotOfDay * cellWidth, grid.top() + (day - 1) * cellHeight, cellWidth,
                  cellHeight);
}

int ScheduleGrid::slotAt(const QPointF &pos) const
{
    const QRectF grid = gridRect();
    if (!grid.contains(pos))
        return -1;
    const int slotOfDay = std::clamp(int((pos.x() - grid.left()) / (grid.width() / kSlots)), 0, kSlots - 1);
    const int day = std::clamp(int((pos.y() - grid.top()) / (grid.height() / kDays)) + 1, 1, kDays);
    return WeeklySchedule::slotIndex(day, slotOfDay);
}

QString ScheduleGrid::slotDescription(int slot) const
{
    const QString id = m_schedule.profileAt(slot);
    const int index = profileIndex(id);
    const QString profile = id.isEmpty() ? tr("off")
                            : index >= 0 ? m_profiles.at(index).name
                                         : tr("unknown profile “%1”").arg(id);
    const QTime start = WeeklySchedule::startOfSlot(slot);
    return tr("%1 %2–%3: %4")
        .arg(QLocale().dayName(WeeklySchedule::dayOfSlot(slot)), start.toString(QStringLiteral("HH:mm")),
             start.addSecs(WeeklySchedule::kSlotMinutes * 60).toString(QStringLiteral("HH:mm")), profile);
}

void ScheduleGrid::paintSlot(int slot)
{
    if (slot < 0 || m_schedule.profileAt(slot) == m_brush)
        return;
    m_schedule.setSlot(slot, m_brush);
    update();
    Q_EMIT edited();
}

void ScheduleGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QRectF grid = gridRect();

    // Hours along the top, every 3 hours; day names down the side.
    painter.setPen(pal.color(QPalette::WindowText));
    for (int hour = 0; hour < 24; hour += 3) {
        const QRectF cell = cellRect(1, hour * 2);
        painter.drawText(QRectF(cell.left(), 0, cell.width() * 6, fontMetrics().height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
    for (int day = 1; day <= kDays; ++day) {
        const QRectF cell = cellRect(day, 0);
        painter.drawText(QRectF(0, cell.top(), grid.left() - 4, cell.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().dayName(day, QLocale::ShortFormat));
    }

    painter.fillRect(grid, pal.color(QPalette::Base));
    for (int day = 1; day <= kDays; ++day) {
        for (int slotOfDay = 0; slotOfDay < kSlots; ++slotOfDay) {
            const QString id = m_schedule.profileAt(WeeklySchedule::slotIndex(day, slotOfDay));
            if (id.isEmpty())
                continue;
            const int index = profileIndex(id);
            // An id no profile has: hatched, so it stands out as something to fix.
            const QBrush brush = index >= 0 ? QBrush(profileColor(index)) : QBrush(Qt::red, Qt::BDiagPattern);
            painter.fillRect(cellRect(day, slotOfDay), brush);
        }
    }

    // Lines: thin per half-hour, stronger per hour and per day.
    QColor line = pal.color(QPalette::Mid);
    for (int slotOfDay = 0; slotOfDay <= kSlots; ++slotOfDay) {
        line.setAlpha(slotOfDay % 6 == 0 ? 255 : slotOfDay % 2 == 0 ? 140 : 50);
        painter.setPen(line);
        const qreal x = grid.left() + slotOfDay * grid.width() / kSlots;
        painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()));
    }
    line.setAlpha(255);
    painter.setPen(line);
    for (int day = 0; day <= kDays; ++day) {
        const qreal y = grid.top() + day * grid.height() / kDays;
        painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y));
    }

    if (hasFocus()) {
        const QRectF cell = cellRect(WeeklySchedule::dayOfSlot(m_cursor), m_cursor % kSlots);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void ScheduleGrid::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int slot = slotAt(event->position());
    if (slot < 0)
        return;
    m_dragging = true;
    m_dragAnchor = slot;
    m_beforeDrag = m_schedule;
    setCursorSlot(slot);
    paintSlot(slot);
}

void ScheduleGrid::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const int slot = slotAt(event->position());
    if (slot < 0)
        return;
    // Dragging paints the rectangle between the press and the pointer (days × times), like selecting
    // cells in a spreadsheet: "weekdays 09:00–17:00" is one drag.
    const int dayA = WeeklySchedule::dayOfSlot(m_dragAnchor);
    const int dayB = WeeklySchedule::dayOfSlot(slot);
    const int timeA = m_dragAnchor % kSlots;
    const int timeB = slot % kSlots;
    WeeklySchedule painted = m_beforeDrag;
    for (int day = std::min(dayA, dayB); day <= std::max(dayA, dayB); ++day) {
        for (int time = std::min(timeA, timeB); time <= std::max(timeA, timeB); ++time)
            painted.setSlot(WeeklySchedule::slotIndex(day, time), m_brush);
    }
    setCursorSlot(slot);
    if (!(painted == m_schedule)) {
        m_schedule = painted;
        update();
        Q_EMIT edited();
    }
}

void ScheduleGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void ScheduleGrid::keyPressEvent(QKeyEvent *event)
{
    const int day = WeeklySchedule::dayOfSlot(m_cursor);
    const int time = m_cursor % kSlots;
    int next = -1;
    switch (event->key()) {
    case Qt::Key_Left:
        next = WeeklySchedule::slotIndex(day, std::max(0, time - 1));
        break;
    case Qt::Key_Right:
        next = WeeklySchedule::slotIndex(day, std::min(kSlots - 1, time + 1));
        break;
    case Qt::Key_Up:
        next = WeeklySchedule::slotIndex(std::max(1, day - 1), time);
        break;
    case Qt::Key_Down:
        next = WeeklySchedule::slotIndex(std::min(kDays, day + 1), time);
        break;
    case Qt::Key_Home:
        next = WeeklySchedule::slotIndex(day, 0);
        break;
    case Qt::Key_End:
        next = WeeklySchedule::slotIndex(day, kSlots - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        paintSlot(m_cursor);
        setCursorSlot(m_cursor); // the accessible name says what the slot is now
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        paintSlot(m_cursor);
        paintSlot(next);
    }
    setCursorSlot(next); // after painting: the accessible description says what the slot is now
}

bool ScheduleGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int slot = slotAt(help->pos());
        if (slot >= 0) {
            QToolTip::showText(help->globalPos(), slotDescription(slot), this);
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn)
        setCursorSlot(m_cursor);
    return QWidget::event(event);
}

} // namespace Cloudy::Desktop
