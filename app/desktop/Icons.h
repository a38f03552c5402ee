// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class QPainter;

namespace Cloudy::Desktop {

// An icon rendered once from our SVG at the usual sizes (16 to 64 px, with the screen's scale). Qt's SVG
// icon engine re-parses the file whenever it paints at a size it has not cached, which makes views of
// hundreds of rows slow; these are plain pixmap icons, shared by every caller.
QIcon renderedIcon(const QString &svgPath);

// An icon drawn by `paint` at the size and mode it is asked for, when it is first asked for (each size and
// mode kept once drawn): crisp at any scale, and nothing is drawn for an icon that is not shown yet, which
// keeps the window's start quick. `paint` draws into a transparent square of that many device pixels.
using IconPainter = std::function<void(QPainter &painter, const QRect &rect, QIcon::Mode mode)>;
QIcon paintedIcon(IconPainter paint);

} // namespace Cloudy::Desktop
