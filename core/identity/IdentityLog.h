// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The logging category of core/identity/ (QT_LOGGING_RULES="cloudy.identity.info=true").
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
