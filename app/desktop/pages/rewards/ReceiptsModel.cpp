// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptsModel.h"

#include "ledger/CreditsText.h"

#include <QLocale>

#include <algorithm>

namespace Cloudy::Desktop {

namespace {

constexpr double kMsPerHour = 3600.0 * 1000.0;
constexpr double kMiBSecondsPerGiBHour = 1024.0 * 3600.0;

const Ledger::Receipt &receiptOf(const Ledger::LocalEntry &entry)
{
    return std::get<Ledger::Receipt>(entry.entry);
}

QString hoursText(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

ReceiptsModel::ReceiptsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReceiptsModel::setEntries(const QList<Ledger::LocalEntry> &entries, const Ledger::RewardPolicy &policy)
{
    QList<Ledger::LocalEntry> receipts;
    for (const Ledger::LocalEntry &entry : entries) {
        if (Ledger::isReceipt(entry.entry))
            receipts.append(entry);
    }
    std::reverse(receipts.begin(), receipts.end());

    // The same receipts in a new state (the usual change during a sync) keep the view's selection.
    const bool sameRows =
        receipts.size() == m_entries.size()
        && std::equal(receipts.cbegin(), receipts.cend(), m_entries.cbegin(),
                      [](const Ledger::LocalEntry &a, const Ledger::LocalEntry &b) {
                          return Ledger::headerOf(a.entry).seq == Ledger::headerOf(b.entry).seq;
                      });
    if (sameRows) {
        m_entries = receipts;
        m_policy = policy;
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = receipts;
    m_policy = policy;
    endResetModel();
}

qint64 ReceiptsModel::millicreditsOf(const Ledger::Receipt &receipt) const
{
    Ledger::ContributionTotals totals;
    totals.coreMs = receipt.coreMs;
    totals.memoryMiBSeconds = receipt.memoryMiBSeconds;
    totals.diskMiBSeconds = receipt.diskMiBSeconds;
    totals.uptimeMs = receipt.uptimeMs;
    totals.capacityCoreMs = quint64(receipt.hostVcpus) * quint64(std::max<qint64>(0, receipt.periodMs()));
    totals.receipts = 1;
    return m_policy.earnedMillicredits(totals);
}

QString ReceiptsModel::periodText(const Ledger::Receipt &receipt) const
{
    const QLocale locale;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(receipt.fromMs).toLocalTime();
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(receipt.toMs).toLocalTime();
    const QString end = from.date() == to.date() ? locale.toString(to.time(), QLocale::ShortFormat)
                                                 : locale.toString(to, QLocale::ShortFormat);
    return tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat), end);
}

QString ReceiptsModel::stateName(Ledger::EntryState state)
{
    switch (state) {
    case Ledger::EntryState::Pending:
        return tr("Pending");
    case Ledger::EntryState::Confirmed:
        return tr("Confirmed");
    case Ledger::EntryState::Refused:
        return tr("Refused");
    }
    return {};
}

QString ReceiptsModel::details(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const Ledger::LocalEntry &entry = m_entries.at(row);
    const Ledger::Receipt &receipt = receiptOf(entry);
    QString text = tr("Receipt %1, %2: %3 core-hours, %4 GiB-hours of memory, %5 GiB-hours of disk, %6 "
                      "credits. %7.")
                       .arg(QLocale().toString(receipt.header.seq), periodText(receipt),
                            hoursText(double(receipt.coreMs) / kMsPerHour),
                            hoursText(double(receipt.memoryMiBSeconds) / kMiBSecondsPerGiBHour),
                            hoursText(double(receipt.diskMiBSeconds) / kMiBSecondsPerGiBHour),
                            Ledger::creditsText(millicreditsOf(receipt)), stateName(entry.state));
    if (entry.state == Ledger::EntryState::Refused) {
        const QString reason =
            entry.refusalReason.isEmpty() ? tr("the ledger gave no reason") : entry.refusalReason;
        text += u' ' + tr("Why: %1").arg(reason);
    }
    return text;
}

int ReceiptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReceiptsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ledger::LocalEntry &entry = m_entries.at(index.row());
    const Ledger::Receipt &receipt = receiptOf(entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeriodColumn:
            return periodText(receipt);
        case CoreHoursColumn:
            return hoursText(double(receipt.coreMs) / kMsPerHour);
        case MemoryColumn:
            return hoursText(double(receipt.memoryMiBSeconds) / kMiBSecondsPerGiBHour);
        case DiskColumn:
            return hoursText(double(receipt.diskMiBSeconds) / kMiBSecondsPerGiBHour);
        case CreditsColumn:
            return Ledger::creditsText(millicreditsOf(receipt));
        case StateColumn:
            return stateName(entry.state);
        }
        return {};
    case Qt::ToolTipRole:
        if (entry.state == Ledger::EntryState::Refused) {
            const QString refused = entry.refusalReason.isEmpty()
                                        ? tr("Refused by the ledger, without a reason.")
                                        : tr("Refused by the ledger: %1").arg(entry.refusalReason);
            return entry.setAside
                       ? refused + u' ' + tr("Set aside: the receipts after it went on without it.")
                       : refused;
        }
        if (entry.state == Ledger::EntryState::Pending)
            return tr("Recorded on this computer, not yet confirmed by the ledger.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PeriodColumn || index.column() == StateColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case StateRole:
        return int(entry.state);
    case RefusalReasonRole:
        return entry.refusalReason;
    case FromRole:
        return QDateTime::fromMSecsSinceEpoch(receipt.fromMs).toLocalTime();
    case MillicreditsRole:
        return millicreditsOf(receipt);
    case SeqRole:
        return receipt.header.seq;
    }
    return {};
}

QVariant ReceiptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case CoreHoursColumn:
        return tr("Core-hours");
    case MemoryColumn:
        return tr("Memory (GiB·h)");
    case DiskColumn:
        return tr("Disk (GiB·h)");
    case CreditsColumn:
        return tr("Credits");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void ReceiptsFilterModel::setStateFilter(std::optional<Ledger::EntryState> state)
{
    if (state == m_state)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is its way.
    m_state = state;
    invalidateFilter();
}

bool ReceiptsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_state)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ReceiptsModel::StateRole).toInt() == int(*m_state);
}

} // namespace Cloudy::Desktop
