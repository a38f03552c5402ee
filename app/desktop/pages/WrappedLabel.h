// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <array>

namespace Cloudy::Desktop {

// A label whose text wraps (a QLabel with word wrap on) and that remembers the height it needs at the last
// few widths it was asked about. Qt's layouts ask a wrapped label its height for a width dozens of times
// while a page is shown and resized, mostly for the same few widths, and QLabel lays its text out anew
// each time (through a whole QTextDocument when the text can be selected): on the Share page that was a
// tenth of the work before the window's first paint. The answers are forgotten when the text, the margin,
// the indent, the alignment or the text format change, and on any change event (font, style, contents
// margins...).
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        int width = -1;
        int height = 0;
    };
    // What the answers were computed for; the text is implicitly shared, so comparing it is usually a
    // pointer comparison.
    struct Basis
    {
        QString text;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool operator==(const Basis &) const = default;
    };
    void forget() const;

    mutable Basis m_basis;
    mutable std::array<Answer, 4> m_answers {};
    mutable std::size_t m_next = 0;
};

} // namespace Cloudy::Desktop
