// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Receipt.h"
#include "metering/Usage.h"

#include <QList>
#include <QString>

#include <optional>

// Receipts from metering (issue #6): one receipt body per completed UTC hour of what the contribution guest
// used. Pure arithmetic: the caller (Issuer/LedgerSync) gives the hours, the caps that were donated and the
// host's size; the chain header (key, seq, prev, signature) is the outbox's job.
namespace Cloudy::Ledger {

// What was donated during the hours, and what the host has (the receipt's vcpus, memory, disk fields).
struct DonatedCaps
{
    quint32 vcpus = 0;
    quint64 memoryMiB = 0;
    quint64 diskMiB = 0;
    quint32 hostVcpus = 0;
    quint64 hostMemoryMiB = 0;
};

inline constexpr qint64 kReceiptPeriodMs = 3600 * 1000;

// The receipt body for one hour, in the protocol's units (core ms, MiB·s, uptime ms), clamped so that
// checkPlausible() passes: never more than the caps give in the period. Empty when nothing was donated
// (no vCPU in the caps, or the guest neither ran nor used anything).
std::optional<Receipt> receiptForHour(qint64 hourStartMs, const Metering::UsageTotals &totals,
                                      const DonatedCaps &caps, const QString &microcloud);

// The bodies of the hours that have ended by nowMs and start at or after notBeforeMs (the end of the last
// receipt issued, so that periods never overlap), oldest first. Several domains in one hour are added up
// before clamping. Hours with nothing donated are skipped.
QList<Receipt> buildReceipts(const QList<Metering::HourlyUsage> &hours, const DonatedCaps &caps,
                             const QString &microcloud, qint64 nowMs, qint64 notBeforeMs = 0);

// The microcloud name as a receipt may carry it: control characters dropped, at most 255 UTF-8 bytes
// (cut at a character boundary).
QString receiptMicrocloud(const QString &name);

} // namespace Cloudy::Ledger
