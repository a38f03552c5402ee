// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleReadings.h"

#include <algorithm>

namespace Cloudy::Sharing {

std::optional<IdleUnit> inferIdleUnit(quint64 previousRaw, quint64 raw, qint64 elapsedMs)
{
    // Below 3 s a seconds counter grows by 1 or 2, too little to tell rounding from a unit.
    if (elapsedMs < 3000 || raw <= previousRaw)
        return std::nullopt;
    const qint64 growth = qint64(std::min<quint64>(raw - previousRaw, quint64(1) << 40));
    // Either unit: the growth matches the elapsed time within a factor of two (the user may have
    // touched the computer just after the previous reading, and whole seconds round).
    const auto matches = [elapsedMs](qint64 growthMs) {
        return growthMs * 2 >= elapsedMs && growthMs <= elapsedMs * 2;
    };
    if (matches(growth))
        return IdleUnit::Milliseconds;
    if (matches(growth * 1000))
        return IdleUnit::Seconds;
    return std::nullopt;
}

std::optional<qint64> logindIdleSeconds(const QVariantMap &properties, qint64 monotonicNowUs,
                                        qint64 realtimeNowUs)
{
    const QVariant hint = properties.value(QStringLiteral("IdleHint"));
    if (!hint.isValid())
        return std::nullopt;
    if (!hint.toBool())
        return 0;
    const qint64 monotonic = properties.value(QStringLiteral("IdleSinceHintMonotonic")).toLongLong();
    const qint64 realtime = properties.value(QStringLiteral("IdleSinceHint")).toLongLong();
    if (monotonic > 0)
        return std::max<qint64>(0, monotonicNowUs - monotonic) / 1000000;
    if (realtime > 0)
        return std::max<qint64>(0, realtimeNowUs - realtime) / 1000000;
    return std::nullopt;
}

qint64 nextPollDelayMs(std::optional<qint64> idleSeconds, const QList<qint64> &thresholdsSeconds,
                       qint64 intervalMs)
{
    qint64 delay = std::max<qint64>(1000, intervalMs);
    if (!idleSeconds)
        return delay;
    for (qint64 threshold : thresholdsSeconds) {
        if (threshold <= *idleSeconds)
            continue;
        // Half a second past the crossing: idle times are whole seconds, rounded down.
        const qint64 untilMs = (threshold - *idleSeconds) * 1000 + 500;
        delay = std::min(delay, untilMs);
    }
    return std::max<qint64>(1000, delay);
}

} // namespace Cloudy::Sharing
