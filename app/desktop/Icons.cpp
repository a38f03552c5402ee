// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Cloudy::Desktop {

namespace {

class PaintedIconEngine final : public QIconEngine
{
public:
    explicit PaintedIconEngine(IconPainter paint)
        : m_paint(std::move(paint))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    // size: in device pixels (QIcon::pixmap() multiplies by the screen's scale before asking).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        // Drawn again after a palette change (a painter may use its colours).
        const qint64 palette = QGuiApplication::palette().cacheKey();
        if (palette != m_palette) {
            m_drawn.clear();
            m_palette = palette;
        }
        const quint64 key = (quint64(size.width()) << 32) | (quint64(size.height()) << 8) | quint64(mode);
        if (const auto it = m_drawn.constFind(key); it != m_drawn.cend())
            return *it;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        if (!size.isEmpty()) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            if (mode == QIcon::Disabled)
                painter.setOpacity(0.4);
            m_paint(painter, QRect(QPoint(0, 0), size), mode);
        }
        m_drawn.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_paint); }
    QString key() const override { return QStringLiteral("cloudy-painted"); }

private:
    IconPainter m_paint;
    QHash<quint64, QPixmap> m_drawn;
    qint64 m_palette = 0;
};

} // namespace

QIcon paintedIcon(IconPainter paint)
{
    return QIcon(new PaintedIconEngine(std::move(paint)));
}

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
