// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingLog.h"

Q_LOGGING_CATEGORY(lcSharing, "cloudy.sharing", QtWarningMsg)
