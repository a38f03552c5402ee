// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Cloudy::Desktop {

// A catalog card: icon, name and a state badge, the summary, what it needs, and who offers it with the
// publisher's fingerprint (ServiceCatalogModel roles).
class ServiceCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QIcon iconFor(const QString &name) const;
};

} // namespace Cloudy::Desktop
