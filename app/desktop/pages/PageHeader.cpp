// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageHeader.h"

#include "Icons.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

PageHeader::PageHeader(const QString &iconPath, const QString &title, const QString &subtitle,
                       QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(svgIcon(iconPath).pixmap(QSize(32, 32)));
    icon->setAccessibleName(tr("%1 icon").arg(title));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(title);

    auto *subtitleLabel = new WrappedLabel(subtitle, this);
    subtitleLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(subtitleLabel);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
}

QString PageHeader::title() const
{
    return m_title->text();
}

QWidget *makeEmptyState(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setObjectName(QStringLiteral("emptyState"));
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void setUpPage(QWidget *page, const PageInfo &info, const QString &emptyText)
{
    page->setObjectName(info.objectName);
    page->setAccessibleName(info.title);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new PageHeader(info.iconPath, info.title, info.subtitle, page));
    layout->addWidget(makeEmptyState(emptyText, page), 1);
}

} // namespace Cloudy::Desktop
