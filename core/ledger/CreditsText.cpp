// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditsText.h"

namespace Cloudy::Ledger {

QString creditsText(qint64 millicredits, const QLocale &locale)
{
    // Integer arithmetic (no double), so large balances keep every digit.
    const bool negative = millicredits < 0;
    const quint64 magnitude = negative ? 0 - quint64(millicredits) : quint64(millicredits);
    QString text = locale.toString(magnitude / 1000);
    int fraction = int(magnitude % 1000);
    if (fraction != 0) {
        int digits = 3;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        QString decimals = QString::number(fraction).rightJustified(digits, u'0');
        // Digits in the locale's own numerals, as QLocale writes the integer part.
        for (QChar &c : decimals)
            c = locale.toString(c.digitValue()).at(0);
        text += locale.decimalPoint() + decimals;
    }
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

} // namespace Cloudy::Ledger
