// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Cloudy::Desktop {

// A titled part of a page: a bold title over a thin frame around what the section holds (set a
// layout on it as on any widget; it keeps clear of the title and the frame). The pages used QGroupBox for
// this, but Fusion (Qt's style wherever the desktop brings none) draws a group box's frame by stretching a
// PNG: the first one loaded Qt's image-format plugins (and libjpeg), decoded the image and filled the frame's
// hundreds of scanlines on threads started for it, about a tenth of the time to the window's first paint.
// A section is drawn with the palette's colours instead, in every style alike.
class Section : public QWidget
{
    Q_OBJECT

public:
    explicit Section(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString &title);

    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QFont titleFont() const;
    int titleHeight() const;
    void updateMargins();

    QString m_title;
};

} // namespace Cloudy::Desktop
