// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptBuilder.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Cloudy::Ledger {

namespace {

// A non-negative double rounded to whole units, never above limit (NaN and negatives count as 0).
quint64 clampedRound(double value, quint64 limit)
{
    if (!(value > 0))
        return 0;
    const double rounded = std::round(value);
    if (rounded >= double(limit))
        return limit;
    return std::min(quint64(rounded), limit);
}

quint64 safeProduct(quint64 a, quint64 b)
{
    const quint64 max = quint64(kMaxSafeInteger);
    if (a != 0 && b > max / a)
        return max;
    return a * b;
}

} // namespace

QString receiptMicrocloud(const QString &name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        cleaned.append(c);
    }
    while (cleaned.toUtf8().size() > kMaxMicrocloudBytes) {
        cleaned.chop(1);
        if (!cleaned.isEmpty() && cleaned.back().isHighSurrogate())
            cleaned.chop(1);
    }
    return cleaned;
}

std::optional<Receipt> receiptForHour(qint64 hourStartMs, const Metering::UsageTotals &totals,
                                      const DonatedCaps &caps, const QString &microcloud)
{
    if (caps.vcpus == 0 || hourStartMs < 0)
        return std::nullopt;
    Receipt r;
    r.fromMs = hourStartMs;
    r.toMs = hourStartMs + kReceiptPeriodMs;
    const quint64 period = quint64(kReceiptPeriodMs);
    const quint64 seconds = period / 1000;
    r.vcpus = std::min<quint32>(caps.vcpus, kMaxVcpus);
    r.hostVcpus = std::clamp<quint32>(caps.hostVcpus, r.vcpus, kMaxVcpus);
    r.memoryMiB = std::min<quint64>(caps.memoryMiB, quint64(kMaxSafeInteger));
    r.hostMemoryMiB = std::clamp<quint64>(caps.hostMemoryMiB, r.memoryMiB, quint64(kMaxSafeInteger));
    r.diskMiB = std::min<quint64>(caps.diskMiB, quint64(kMaxSafeInteger));
    r.coreMs = clampedRound(totals.coreSeconds * 1000.0, safeProduct(r.vcpus, period));
    r.memoryMiBSeconds = clampedRound(totals.memoryGiBSeconds * 1024.0, safeProduct(r.memoryMiB, seconds));
    r.diskMiBSeconds = clampedRound(totals.diskGiBHours * 1024.0 * 3600.0, safeProduct(r.diskMiB, seconds));
    r.uptimeMs = clampedRound(totals.runningSeconds * 1000.0, period);
    r.microcloud = receiptMicrocloud(microcloud);
    if (r.coreMs == 0 && r.memoryMiBSeconds == 0 && r.diskMiBSeconds == 0 && r.uptimeMs == 0)
        return std::nullopt;
    return r;
}

QList<Receipt> buildReceipts(const QList<Metering::HourlyUsage> &hours, const DonatedCaps &caps,
                             const QString &microcloud, qint64 nowMs, qint64 notBeforeMs)
{
    QMap<qint64, Metering::UsageTotals> byHour; // ordered: oldest first
    for (const Metering::HourlyUsage &hour : hours) {
        if (!hour.hourStart.isValid())
            continue;
        const qint64 start = hour.hourStart.toMSecsSinceEpoch();
        if (start % kReceiptPeriodMs != 0 || start < notBeforeMs || start + kReceiptPeriodMs > nowMs)
            continue;
        byHour[start] += hour.totals;
    }
    QList<Receipt> receipts;
    for (auto it = byHour.cbegin(); it != byHour.cend(); ++it) {
        if (auto receipt = receiptForHour(it.key(), it.value(), caps, microcloud))
            receipts.append(std::move(*receipt));
    }
    return receipts;
}

} // namespace Cloudy::Ledger
