// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace Cloudy::Desktop {

// An icon drawn by `paint` at the size and mode it is asked for, when it is first asked for (each size and
// mode kept once drawn): crisp at any scale, and nothing is drawn for an icon that is not shown yet, which
// keeps the window's start quick. `paint` draws into a transparent square of that many device pixels.
using IconPainter = std::function<void(QPainter &painter, const QRect &rect, QIcon::Mode mode)>;
QIcon paintedIcon(IconPainter paint);

// Draws one of our SVG files into `rect`. Each file is parsed once, by Qt SVG's renderer; Qt's SVG icon
// engine (a plugin found by scanning the plugin folder, then loaded) parsed it again at every size it had not
// cached, which made views of hundreds of rows slow and the window's start slower.
void drawSvg(QPainter &painter, const QRectF &rect, const QString &svgPath);

// One of our SVG files as an icon (a paintedIcon(): each size drawn once, when asked for), shared by every
// caller.
QIcon svgIcon(const QString &svgPath);

} // namespace Cloudy::Desktop
