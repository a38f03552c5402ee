// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryLog.h"

Q_LOGGING_CATEGORY(lcDiscovery, "cloudy.discovery", QtWarningMsg)
