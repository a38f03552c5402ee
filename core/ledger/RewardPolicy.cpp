// SPDX-License-Identifier: GPL-3.0-or-later
#include "RewardPolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace Cloudy::Ledger {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Ledger::RewardPolicy)
};

// 128-bit intermediates: rates times 2^53-bounded amounts never overflow.
// __extension__ keeps -Wpedantic quiet.
__extension__ typedef unsigned __int128 Wide;

qint64 part(quint64 amount, qint64 rate, quint64 divisor)
{
    if (rate <= 0)
        return 0;
    return static_cast<qint64>(Wide(amount) * Wide(quint64(rate)) / divisor);
}

} // namespace

qint64 RewardPolicy::baseMillicredits(const ContributionTotals &totals) const
{
    return part(totals.coreMs, millicreditsPerCoreHour, 3600000)
           + part(totals.memoryMiBSeconds, millicreditsPerMemoryGiBHour, 1024 * 3600)
           + part(totals.diskMiBSeconds, millicreditsPerDiskGiBHour, 1024 * 3600);
}

int RewardPolicy::sharePermille(const ContributionTotals &totals)
{
    if (totals.capacityCoreMs == 0)
        return 0;
    const Wide share = Wide(totals.coreMs) * 1000 / totals.capacityCoreMs;
    return static_cast<int>(std::min<Wide>(share, 1000));
}

qint64 RewardPolicy::earnedMillicredits(const ContributionTotals &totals) const
{
    const qint64 base = baseMillicredits(totals);
    const int weight = std::clamp(effortWeightPercent, 0, 100);
    if (weight == 0)
        return base;
    const Wide factor = 100000 + Wide(weight) * Wide(sharePermille(totals));
    return static_cast<qint64>(Wide(quint64(base)) * factor / 100000);
}

QJsonObject RewardPolicy::toJson() const
{
    return {
        {QStringLiteral("version"), 1},
        {QStringLiteral("millicredits_per_core_hour"), millicreditsPerCoreHour},
        {QStringLiteral("millicredits_per_memory_gib_hour"), millicreditsPerMemoryGiBHour},
        {QStringLiteral("millicredits_per_disk_gib_hour"), millicreditsPerDiskGiBHour},
        {QStringLiteral("effort_weight_percent"), effortWeightPercent},
    };
}

Result<RewardPolicy> RewardPolicy::fromJson(const QJsonObject &object)
{
    RewardPolicy policy;
    const auto read = [&object](const char *key, qint64 max, qint64 *out) {
        const QJsonValue value = object.value(QString::fromLatin1(key));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > double(max) || qint64(number) != number)
            return false;
        *out = qint64(number);
        return true;
    };
    qint64 weight = 0;
    constexpr qint64 maxRate = 1000000000;
    if (!read("millicredits_per_core_hour", maxRate, &policy.millicreditsPerCoreHour)
        || !read("millicredits_per_memory_gib_hour", maxRate, &policy.millicreditsPerMemoryGiBHour)
        || !read("millicredits_per_disk_gib_hour", maxRate, &policy.millicreditsPerDiskGiBHour)
        || !read("effort_weight_percent", 100, &weight))
        return Error {
            QStringLiteral("malformed-policy"),
            Tr::tr("The reward policy needs whole, non-negative rates and an effort weight from 0 to "
                   "100.")};
    policy.effortWeightPercent = int(weight);
    return policy;
}

} // namespace Cloudy::Ledger
