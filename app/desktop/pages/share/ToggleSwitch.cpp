// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToggleSwitch.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace Cloudy::Desktop {

namespace {
constexpr int kSpacing = 12;
}

ToggleSwitch::ToggleSwitch(const QString &text, QWidget *parent)
    : QAbstractButton(parent)
{
    setText(text);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    setFont(bigger);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Shortcut focus on the mnemonic: QAbstractButton clicks itself for it, which toggles the switch.
}

QSize ToggleSwitch::trackSize() const
{
    const int height = fontMetrics().height() + 12;
    return {height * 2, height};
}

QSize ToggleSwitch::sizeHint() const
{
    const QSize track = trackSize();
    const QString plain = QString(text()).remove(QLatin1Char('&'));
    return {track.width() + kSpacing + fontMetrics().horizontalAdvance(plain) + 8, track.height() + 6};
}

bool ToggleSwitch::hitButton(const QPoint &pos) const
{
    return rect().contains(pos); // the label is part of the switch, as with a check box
}

void ToggleSwitch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSize track = trackSize();
    const QRectF trackRect(1.5, (height() - track.height()) / 2.0 + 0.5, track.width() - 3,
                           track.height() - 1);
    const qreal radius = trackRect.height() / 2;

    const QPalette &pal = palette();
    const bool on = isChecked();
    QColor fill = on ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    if (!isEnabled())
        fill.setAlpha(110);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(trackRect, radius, radius);

    const qreal knobDiameter = trackRect.height() - 6;
    const qreal knobX = on ? trackRect.right() - 3 - knobDiameter : trackRect.left() + 3;
    painter.setBrush(on ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Base));
    painter.drawEllipse(QRectF(knobX, trackRect.top() + 3, knobDiameter, knobDiameter));

    // "On"/"Off" inside the track: the state is not told by colour alone.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.6);
    painter.setFont(small);
    painter.setPen(on ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::WindowText));
    const QRectF textRect =
        on ? QRectF(trackRect.left() + 6, trackRect.top(), knobX - trackRect.left() - 6, trackRect.height())
           : QRectF(knobX + knobDiameter, trackRect.top(), trackRect.right() - knobX - knobDiameter - 3,
                    trackRect.height());
    painter.drawText(textRect, Qt::AlignCenter, on ? tr("On") : tr("Off"));

    painter.setFont(font());
    painter.setPen(pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const QRect labelRect(track.width() + kSpacing, 0, width() - track.width() - kSpacing, height());
    painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextShowMnemonic, text());

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(0, 0, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace Cloudy::Desktop
