// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Cloudy::Desktop {

// An icon rendered once from our SVG at the usual sizes (16 to 64 px, with the screen's scale). Qt's SVG
// icon engine re-parses the file whenever it paints at a size it has not cached, which makes views of
// hundreds of rows slow; these are plain pixmap icons, shared by every caller.
QIcon renderedIcon(const QString &svgPath);

} // namespace Cloudy::Desktop
