// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerLog.h"

Q_LOGGING_CATEGORY(lcLedger, "cloudy.ledger", QtWarningMsg)
