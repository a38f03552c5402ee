// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayCheck.h"

#include <QCoreApplication>

namespace Cloudy::Desktop {

QString missingDisplayReason(const QProcessEnvironment &environment)
{
    // An explicit platform (offscreen for tests, vnc, eglfs...) is the user's choice: trust it.
    if (!environment.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        return {};
    if (!environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        || !environment.value(QStringLiteral("DISPLAY")).isEmpty())
        return {};
    return QCoreApplication::translate(
        "cloudy-desktop",
        "cloudy-desktop needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY "
        "is "
        "set). Start it from your desktop session, or use 'cloudyctl' in a terminal for the same actions. To "
        "try "
        "it without a screen, run it under 'xvfb-run' or with QT_QPA_PLATFORM=offscreen.");
}

} // namespace Cloudy::Desktop
