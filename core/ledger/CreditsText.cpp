// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditsText.h"

#include "ledger/Receipt.h"

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

std::optional<quint64> parseCredits(const QString &text)
{
    const QString t = text.trimmed();
    qsizetype point = t.indexOf(u'.');
    if (point < 0)
        point = t.indexOf(u',');
    const QStringView whole = QStringView(t).left(point < 0 ? t.size() : point);
    const QStringView decimals = point < 0 ? QStringView() : QStringView(t).mid(point + 1);
    const auto digitsOnly = [](QStringView v) {
        return std::all_of(v.begin(), v.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() && decimals.isEmpty())
        return std::nullopt;
    if (!digitsOnly(whole) || !digitsOnly(decimals) || decimals.size() > 3 || whole.size() > 13
        || (point >= 0 && decimals.isEmpty()))
        return std::nullopt;
    quint64 millicredits = whole.isEmpty() ? 0 : whole.toULongLong() * 1000;
    if (!decimals.isEmpty())
        millicredits += decimals.toString().leftJustified(3, u'0').toULongLong();
    if (millicredits > quint64(kMaxSafeInteger))
        return std::nullopt;
    return millicredits;
}

} // namespace Cloudy::Ledger
