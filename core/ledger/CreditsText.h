// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// Credits as people read them: millicredits shown as credits with up to three decimals, in the user's locale
// ("1,234.5" in English, "1.234,5" in Spanish). Shared by the Rewards page and anything else that prints
// them.
namespace Cloudy::Ledger {

QString creditsText(qint64 millicredits, const QLocale &locale = QLocale());

} // namespace Cloudy::Ledger
