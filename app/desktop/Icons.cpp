// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QGuiApplication>
#include <QHash>

namespace Cloudy::Desktop {

QIcon renderedIcon(const QString &svgPath)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(svgPath);
    if (it != cache.cend())
        return *it;
    const QIcon svg(svgPath);
    QIcon icon;
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = svg.pixmap(QSize(size, size), ratio);
        icon.addPixmap(pixmap);
    }
    cache.insert(svgPath, icon);
    return icon;
}

} // namespace Cloudy::Desktop
