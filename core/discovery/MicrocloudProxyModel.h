// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Cloudy::Discovery {

// Sorts MicrocloudModel "nearest first" and filters it. Microclouds: best measured round-trip time first
// (unmeasured after measured), then the most recently seen, then by name; "Other services" always last.
// Nodes the same way; services by label, then name. The filter matches names, labels, types, hosts,
// addresses and TXT values, case-insensitively, and keeps the parents of what matches.
class MicrocloudProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MicrocloudProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace Cloudy::Discovery
