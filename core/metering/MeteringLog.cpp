// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeteringLog.h"

Q_LOGGING_CATEGORY(lcMetering, "cloudy.metering", QtWarningMsg)
