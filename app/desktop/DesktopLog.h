// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The logging category of the desktop app (QT_LOGGING_RULES="cloudy.desktop.info=true").
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
