// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorLog.h"

Q_LOGGING_CATEGORY(lcDoctor, "cloudy.doctor", QtWarningMsg)
