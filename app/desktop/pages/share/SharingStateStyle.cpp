// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingStateStyle.h"

#include "Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Cloudy::Desktop {

using Sharing::SharingState;

QColor sharingStateColor(SharingState state)
{
    switch (state) {
    case SharingState::Sharing:
        return {0x2E, 0x7D, 0x32};
    case SharingState::PausedByUser:
    case SharingState::PausedOnBattery:
    case SharingState::PausedUserActive:
    case SharingState::PausedSchedule:
        return {0xC7, 0x7C, 0x02};
    case SharingState::Unavailable:
        return {0xC6, 0x28, 0x28};
    case SharingState::Off:
        break;
    }
    return {0x75, 0x75, 0x75};
}

namespace {

void paintBadge(QPainter &painter, const QRectF &rect, SharingState state)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, rect.width() / 16));
    painter.setBrush(sharingStateColor(state));
    painter.drawEllipse(rect.adjusted(1, 1, -1, -1));
    QPen mark(Qt::white, rect.width() / 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    const qreal w = rect.width();
    const QPointF o = rect.topLeft();
    switch (state) {
    case SharingState::Sharing: {
        QPainterPath check;
        check.moveTo(o + QPointF(w * 0.28, w * 0.52));
        check.lineTo(o + QPointF(w * 0.44, w * 0.68));
        check.lineTo(o + QPointF(w * 0.72, w * 0.34));
        painter.drawPath(check);
        break;
    }
    case SharingState::PausedByUser:
    case SharingState::PausedOnBattery:
    case SharingState::PausedUserActive:
    case SharingState::PausedSchedule:
        painter.drawLine(o + QPointF(w * 0.40, w * 0.32), o + QPointF(w * 0.40, w * 0.68));
        painter.drawLine(o + QPointF(w * 0.60, w * 0.32), o + QPointF(w * 0.60, w * 0.68));
        break;
    case SharingState::Unavailable:
        painter.drawLine(o + QPointF(w * 0.5, w * 0.26), o + QPointF(w * 0.5, w * 0.56));
        painter.drawPoint(o + QPointF(w * 0.5, w * 0.72));
        break;
    case SharingState::Off:
        painter.drawLine(o + QPointF(w * 0.32, w * 0.5), o + QPointF(w * 0.68, w * 0.5));
        break;
    }
}

} // namespace

QIcon sharingStateIcon(SharingState state)
{
    return paintedIcon([state](QPainter &painter, const QRect &rect, QIcon::Mode) {
        paintBadge(painter, QRectF(rect), state);
    });
}

QIcon trayIconFor(SharingState state)
{
    return paintedIcon([state](QPainter &painter, const QRect &rect, QIcon::Mode) {
        drawSvg(painter, rect, QStringLiteral(":/icons/cloudy.svg"));
        const qreal badge = rect.width() * 0.55;
        paintBadge(painter, QRectF(rect.width() - badge, rect.height() - badge, badge, badge), state);
    });
}

} // namespace Cloudy::Desktop
