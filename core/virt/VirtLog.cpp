// SPDX-License-Identifier: GPL-3.0-or-later
#include "VirtLog.h"

Q_LOGGING_CATEGORY(lcVirt, "cloudy.virt", QtWarningMsg)
