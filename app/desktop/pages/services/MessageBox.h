// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <optional>

namespace Cloudy::Desktop {

// QMessageBox with a test hook: setNextAnswer() makes the next ask() return that button at once, without
// showing anything (after KeePassXC's MessageBox::setNextAnswer), so GUI tests never block on a dialog.
class MessageBox final
{
public:
    // Shows box modally and returns the standard button the user chose (Cancel when closed).
    static QMessageBox::StandardButton ask(QMessageBox &box);
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace Cloudy::Desktop
