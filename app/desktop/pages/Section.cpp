// SPDX-License-Identifier: GPL-3.0-or-later
#include "Section.h"

#include <QEvent>
#include <QPainter>

namespace Cloudy::Desktop {

namespace {

constexpr int kTitleGap = 4; // between the title and the frame

} // namespace

Section::Section(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    setTitle(title);
}

void Section::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    updateMargins();
    updateGeometry();
    update();
}

QSize Section::minimumSizeHint() const
{
    const QSize contents = QWidget::minimumSizeHint();
    const int titleWidth = QFontMetrics(titleFont()).horizontalAdvance(m_title) + 2;
    return {std::max(contents.width(), titleWidth), contents.height()};
}

void Section::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMargins();
    QWidget::changeEvent(event);
}

void Section::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Active : QPalette::Disabled;
    const int top = titleHeight();
    painter.setFont(titleFont());
    painter.setPen(palette().color(group, QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), top), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(m_title, Qt::ElideRight, width()));

    // The frame: the palette's Mid, half way to the window colour, so it reads as a light edge in light and
    // dark palettes alike.
    QColor edge = palette().color(group, QPalette::Mid);
    const QColor window = palette().color(group, QPalette::Window);
    edge.setRgbF((edge.redF() + window.redF()) / 2, (edge.greenF() + window.greenF()) / 2,
                 (edge.blueF() + window.blueF()) / 2);
    // Square and not antialiased, like the style's own frames: a rounded one cost the raster engine half of
    // the page's first paint of its sections.
    painter.setPen(QPen(edge, 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, top + kTitleGap, -1, -1));
}

QFont Section::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

int Section::titleHeight() const
{
    return QFontMetrics(titleFont()).height();
}

void Section::updateMargins()
{
    // The layout inside adds its own margins from the style, as inside a group box.
    setContentsMargins(1, titleHeight() + kTitleGap + 1, 1, 1);
}

} // namespace Cloudy::Desktop
