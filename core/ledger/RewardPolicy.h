// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QJsonObject>

// The reward policy a ledger serves (docs/ledger-protocol.md, section 5): credits, in millicredits, from a
// node's totals. Pure integer arithmetic, so every ledger and every client computes the same numbers.
namespace Cloudy::Ledger {

// A node's totals over all its receipts.
struct ContributionTotals
{
    quint64 coreMs = 0;
    quint64 memoryMiBSeconds = 0;
    quint64 diskMiBSeconds = 0;
    quint64 uptimeMs = 0;
    quint64 capacityCoreMs = 0; // Σ host vCPUs × period
    quint64 receipts = 0;
};

struct RewardPolicy
{
    qint64 millicreditsPerCoreHour = 1000;
    qint64 millicreditsPerMemoryGiBHour = 250;
    qint64 millicreditsPerDiskGiBHour = 5;
    int effortWeightPercent = 0; // 0…100

    // Base credits, before the effort weighting.
    qint64 baseMillicredits(const ContributionTotals &totals) const;
    // The share of its own machine a node gave, in permille (0…1000).
    static int sharePermille(const ContributionTotals &totals);
    // What the totals earned.
    qint64 earnedMillicredits(const ContributionTotals &totals) const;

    QJsonObject toJson() const;
    static Result<RewardPolicy> fromJson(const QJsonObject &object);
};

} // namespace Cloudy::Ledger
