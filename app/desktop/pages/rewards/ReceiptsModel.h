// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/RewardsSource.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace Cloudy::Desktop {

// The node's receipts, newest first, one row each: period, core-hours, memory and disk GiB-hours, the credits
// the policy gives them, and their state. A refused receipt carries the ledger's reason as its tooltip.
class ReceiptsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        CoreHoursColumn,
        MemoryColumn,
        DiskColumn,
        CreditsColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(Ledger::EntryState)
        RefusalReasonRole, // QString, empty unless refused
        FromRole, // QDateTime, local
        MillicreditsRole, // qint64
        SeqRole, // quint64, the entry's place in the node's chain
    };

    explicit ReceiptsModel(QObject *parent = nullptr);

    // Takes the receipts of `entries` (oldest first, as a snapshot has them); transfers are not shown.
    void setEntries(const QList<Ledger::LocalEntry> &entries, const Ledger::RewardPolicy &policy);
    const Ledger::LocalEntry &entryAt(int row) const { return m_entries.at(row); }
    // One line about the receipt of `row`, with the ledger's reason when it was refused.
    QString details(int row) const;

    static QString stateName(Ledger::EntryState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 millicreditsOf(const Ledger::Receipt &receipt) const;
    QString periodText(const Ledger::Receipt &receipt) const;

    QList<Ledger::LocalEntry> m_entries; // receipts only, newest first
    Ledger::RewardPolicy m_policy;
};

// Shows the receipts in one state, or all of them.
class ReceiptsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStateFilter(std::optional<Ledger::EntryState> state);
    std::optional<Ledger::EntryState> stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Ledger::EntryState> m_state;
};

} // namespace Cloudy::Desktop
