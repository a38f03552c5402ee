// SPDX-License-Identifier: GPL-3.0-or-later
#include "MicrocloudProxyModel.h"

#include "MicrocloudModel.h"

#include <QDateTime>

namespace Cloudy::Discovery {

MicrocloudProxyModel::MicrocloudProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(0);
}

void MicrocloudProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateFilter();
}

bool MicrocloudProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    using Role = MicrocloudModel::Role;
    const auto kind = left.data(MicrocloudModel::KindRole).value<MicrocloudModel::Kind>();
    if (kind == MicrocloudModel::Kind::Service) {
        const int byLabel = QString::localeAwareCompare(left.data(Role::TypeLabelRole).toString(),
                                                        right.data(Role::TypeLabelRole).toString());
        if (byLabel != 0)
            return byLabel < 0;
        return QString::localeAwareCompare(left.data(Role::NameRole).toString(),
                                           right.data(Role::NameRole).toString())
               < 0;
    }
    if (kind == MicrocloudModel::Kind::Microcloud) {
        const bool leftOther = left.data(Role::UngroupedRole).toBool();
        const bool rightOther = right.data(Role::UngroupedRole).toBool();
        if (leftOther != rightOther)
            return rightOther; // "Other services" sorts last
    }
    const int leftRtt = left.data(Role::RttRole).toInt();
    const int rightRtt = right.data(Role::RttRole).toInt();
    if ((leftRtt < 0) != (rightRtt < 0))
        return leftRtt >= 0; // measured before unmeasured
    if (leftRtt != rightRtt)
        return leftRtt < rightRtt;
    const QDateTime leftSeen = left.data(Role::LastSeenRole).toDateTime();
    const QDateTime rightSeen = right.data(Role::LastSeenRole).toDateTime();
    if (leftSeen != rightSeen)
        return leftSeen > rightSeen;
    return QString::localeAwareCompare(left.data(Role::NameRole).toString(),
                                       right.data(Role::NameRole).toString())
           < 0;
}

bool MicrocloudProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using Role = MicrocloudModel::Role;
    const auto matches = [this](const QString &text) { return text.contains(m_filter, Qt::CaseInsensitive); };
    if (matches(index.data(Role::NameRole).toString()) || matches(index.data(Role::HostRole).toString()))
        return true;
    if (index.data(MicrocloudModel::KindRole).value<MicrocloudModel::Kind>()
        != MicrocloudModel::Kind::Service)
        return false; // recursive filtering keeps a group whose children match
    if (matches(index.data(Role::TypeLabelRole).toString()) || matches(index.data(Role::TypeRole).toString()))
        return true;
    const QStringList addresses = index.data(Role::AddressesRole).toStringList();
    if (std::any_of(addresses.cbegin(), addresses.cend(), matches))
        return true;
    const QVariantMap txt = index.data(Role::TxtRole).toMap();
    return std::any_of(txt.cbegin(), txt.cend(),
                       [&matches](const QVariant &value) { return matches(value.toString()); });
}

} // namespace Cloudy::Discovery
