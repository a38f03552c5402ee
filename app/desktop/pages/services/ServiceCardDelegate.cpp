// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCardDelegate.h"

#include "Icons.h"
#include "services/ServiceCatalogModel.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPainterPath>

namespace Cloudy::Desktop {

using Role = Services::ServiceCatalogModel::Role;

namespace {

constexpr int kMargin = 10;
constexpr int kIconSize = 40;

QColor badgeColor(const QModelIndex &index, const QPalette &palette)
{
    if (!index.data(Role::ErrorRole).toString().isEmpty())
        return QColor(0xc0, 0x39, 0x2b);
    if (index.data(Role::ActiveRole).toBool())
        return QColor(0x27, 0xae, 0x60);
    if (index.data(Role::InstalledRole).toBool())
        return QColor(0x29, 0x80, 0xb9);
    return palette.color(QPalette::Mid);
}

} // namespace

QIcon ServiceCardDelegate::iconFor(const QString &name) const
{
    // Catalog icons name our own SVGs when we ship one; anything else gets the generic services icon.
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (!name.isEmpty() && QFile::exists(path))
        return svgIcon(path);
    return svgIcon(QStringLiteral(":/icons/services.svg"));
}

QSize ServiceCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(320, 2 * kMargin + 4 * metrics.lineSpacing() + 6);
}

void ServiceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const QRectF card = QRectF(opt.rect).adjusted(3, 3, -3, -3);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base));
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawPath(path);
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight).darker(130), 2));
        painter->drawPath(path);
    }

    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7);
    const QRect inner = card.toRect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect iconRect(inner.topLeft(), QSize(kIconSize, kIconSize));
    if (selected) {
        // The icons are drawn in the accent colour: on the selection they need a plain background.
        QPainterPath iconBackground;
        iconBackground.addRoundedRect(QRectF(iconRect).adjusted(-3, -3, 3, 3), 4, 4);
        painter->fillPath(iconBackground, palette.color(QPalette::Base));
    }
    iconFor(index.data(Role::IconRole).toString()).paint(painter, iconRect);
    const int x = inner.left() + kIconSize + kMargin;
    QRect line(x, inner.top(), inner.right() - x, opt.fontMetrics.lineSpacing());

    // State badge on the right of the first line.
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const QString state = index.data(Role::StateTextRole).toString();
    const int badgeWidth = smallMetrics.horizontalAdvance(state) + 12;
    const QRect badge(line.right() - badgeWidth, line.top(), badgeWidth, line.height());
    QPainterPath badgePath;
    badgePath.addRoundedRect(QRectF(badge), line.height() / 2.0, line.height() / 2.0);
    painter->fillPath(badgePath, badgeColor(index, palette));
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, state);

    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect nameRect = line.adjusted(0, 0, -badgeWidth - 6, 0);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(Role::NameRole).toString(), Qt::ElideRight,
                                                    nameRect.width()));

    painter->setFont(opt.font);
    const auto drawLine = [&](const QString &value, const QColor &color) {
        line.translate(0, line.height() + 2);
        painter->setPen(color);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(value, Qt::ElideRight, line.width()));
    };
    drawLine(index.data(Role::SummaryRole).toString(), text);
    // A running service shows what it uses now instead of what it needs.
    const QString usage = index.data(Role::UsageTextRole).toString();
    drawLine(usage.isEmpty() ? index.data(Role::NeedsRole).toString() : usage, dim);
    QString offeredBy = index.data(Role::OfferedByRole).toString();
    if (const QString fingerprint = index.data(Role::FingerprintRole).toString(); !fingerprint.isEmpty())
        offeredBy += QStringLiteral(" · ") + fingerprint;
    drawLine(offeredBy, dim);
    painter->restore();
}

} // namespace Cloudy::Desktop
