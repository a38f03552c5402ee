// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// Credits as people read them: millicredits shown as credits with up to three decimals, in the user's locale
// ("1,234.5" in English, "1.234,5" in Spanish). Shared by the Rewards page and anything else that prints
// them.
namespace Cloudy::Ledger {

QString creditsText(qint64 millicredits, const QLocale &locale = QLocale());

// An amount of credits as typed ("12", "0.5", "1,25": a point or a comma before at most three decimals,
// no sign, no thousands separator) in millicredits; nullopt when it is not such a number or is more than
// a ledger can count (2^53 - 1 millicredits).
std::optional<quint64> parseCredits(const QString &text);

} // namespace Cloudy::Ledger
