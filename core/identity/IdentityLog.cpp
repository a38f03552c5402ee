// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityLog.h"

Q_LOGGING_CATEGORY(lcIdentity, "cloudy.identity", QtWarningMsg)
