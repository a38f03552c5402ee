// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The logging category of core/metering/. Warnings show by default; enable more with
// QT_LOGGING_RULES="cloudy.metering.info=true" (or .debug).
Q_DECLARE_LOGGING_CATEGORY(lcMetering)
