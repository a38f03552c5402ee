// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

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

void drawSvg(QPainter &painter, const QRectF &rect, const QString &svgPath)
{
    // GUI thread only, as painting on a pixmap is; the renderers live as long as the program.
    static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    auto it = renderers.find(svgPath);
    if (it == renderers.end())
        it = renderers.insert(svgPath, std::make_shared<QSvgRenderer>(svgPath));
    (*it)->render(&painter, rect);
}

QIcon svgIcon(const QString &svgPath)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(svgPath);
    if (it == icons.end()) {
        it = icons.insert(svgPath, paintedIcon([svgPath](QPainter &painter, const QRect &rect, QIcon::Mode) {
                              drawSvg(painter, rect, svgPath);
                          }));
    }
    return *it;
}

} // namespace Cloudy::Desktop
