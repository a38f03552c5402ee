// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Cloudy::Desktop {

// The title row every page starts with: icon, title and one line saying what the page is for.
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString &iconPath, const QString &title, const QString &subtitle,
               QWidget *parent = nullptr);

    QString title() const;

private:
    QLabel *m_title;
};

// A centred explanation shown while a page has nothing to show yet ("empty state").
QWidget *makeEmptyState(const QString &text, QWidget *parent);

struct PageInfo
{
    QString objectName;
    QString iconPath;
    QString title;
    QString subtitle;
};

// Gives `page` the common frame: object and accessible names, the header, and an empty state below it.
void setUpPage(QWidget *page, const PageInfo &info, const QString &emptyText);

} // namespace Cloudy::Desktop
