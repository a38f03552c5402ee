// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QString>

// "Start at login" the XDG way: a desktop entry in $XDG_CONFIG_HOME/autostart that starts the app hidden in
// the tray. The first-run assistant and the Settings dialog switch it; removing the file undoes it.
namespace Cloudy::Autostart {

// $XDG_CONFIG_HOME/autostart/APP-ID.desktop
QString entryPath();
// The entry's text for this executable (pure).
QString entryText(const QString &executable);
bool isEnabled();
// Writes (atomically) or removes the entry. executable empty: this program.
Result<bool> setEnabled(bool enabled, const QString &executable = {});

} // namespace Cloudy::Autostart
