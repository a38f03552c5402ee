// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace Cloudy::Desktop {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;

QMessageBox::StandardButton MessageBox::ask(QMessageBox &box)
{
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    box.exec();
    QAbstractButton *clicked = box.clickedButton();
    return clicked ? box.standardButton(clicked) : QMessageBox::Cancel;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

} // namespace Cloudy::Desktop
