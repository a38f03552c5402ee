// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopLog.h"

Q_LOGGING_CATEGORY(lcDesktop, "cloudy.desktop", QtWarningMsg)
