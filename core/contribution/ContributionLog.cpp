// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionLog.h"

Q_LOGGING_CATEGORY(lcContribution, "cloudy.contribution", QtWarningMsg)
