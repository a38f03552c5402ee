// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedLabel.h"

#include <QEvent>

namespace Cloudy::Desktop {

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{ }

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    const Basis basis {text(), margin(), indent(), alignment(), textFormat()};
    if (!(basis == m_basis)) {
        forget();
        m_basis = basis;
    }
    for (const Answer &answer : m_answers) {
        if (answer.width == width)
            return answer.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_answers[m_next] = {width, height};
    m_next = (m_next + 1) % m_answers.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    forget();
    QLabel::changeEvent(event);
}

void WrappedLabel::forget() const
{
    m_answers.fill({});
    m_next = 0;
}

} // namespace Cloudy::Desktop
