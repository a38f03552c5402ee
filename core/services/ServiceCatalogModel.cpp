// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCatalogModel.h"

#include <QLocale>
#include <QSet>

namespace Cloudy::Services {

ServiceCatalogModel::ServiceCatalogModel(CatalogLibrary *library, ServiceManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_manager(manager)
{
    if (m_library)
        connect(m_library, &CatalogLibrary::changed, this, &ServiceCatalogModel::reload);
    if (m_manager) {
        connect(m_manager, &ServiceManager::serviceChanged, this, &ServiceCatalogModel::updateService);
        connect(m_manager, &ServiceManager::serviceRemoved, this, &ServiceCatalogModel::updateService);
    }
    reload();
}

int ServiceCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceCatalogModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString ServiceCatalogModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QStringList ServiceCatalogModel::categories() const
{
    return m_categories;
}

const CatalogEntry &ServiceCatalogModel::entryOf(const Row &row) const
{
    // What is installed describes the guest that runs; the catalog may have moved on to a newer version.
    if (row.status && row.status->installed)
        return row.status->entry;
    if (row.offered)
        return row.offered->entry;
    return row.status->entry;
}

QString ServiceCatalogModel::needsText(const CatalogEntry &entry)
{
    if (entry.vcpus <= 0 && entry.memoryMiB <= 0 && entry.diskMiB <= 0)
        return {};
    // "2 vCPU" as hosting offers write it: no plural form needed.
    QStringList parts;
    parts << tr("%1 vCPU").arg(entry.vcpus) << tr("%1 MiB").arg(entry.memoryMiB)
          << tr("%1 MiB disk").arg(entry.diskMiB);
    return parts.join(QStringLiteral(" · "));
}

QString ServiceCatalogModel::stepText(InstallStep step, qint64 done, qint64 total)
{
    const QLocale locale;
    switch (step) {
    case InstallStep::None:
        return {};
    case InstallStep::Downloading: {
        // Decimal megabytes without decimals: the number moves steadily and reads like a download site's.
        const auto size = [&locale](qint64 bytes) {
            return locale.formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat);
        };
        if (total > 0)
            return tr("Downloading %1 of %2").arg(size(done), size(total));
        return tr("Downloading %1").arg(size(done));
    }
    case InstallStep::Extracting:
        return tr("Unpacking");
    case InstallStep::Starting:
        return tr("Starting");
    }
    return {};
}

QString ServiceCatalogModel::phaseText(ServicePhase phase)
{
    switch (phase) {
    case ServicePhase::Stopped:
        return tr("Stopped");
    case ServicePhase::Starting:
        return tr("Starting");
    case ServicePhase::Running:
        return tr("Running");
    case ServicePhase::NotReady:
        return tr("Not responding");
    case ServicePhase::Stopping:
        return tr("Stopping");
    case ServicePhase::Failed:
        return tr("Failed");
    }
    return {};
}

namespace {

bool isActive(ServicePhase phase)
{
    return phase == ServicePhase::Starting || phase == ServicePhase::Running
           || phase == ServicePhase::NotReady || phase == ServicePhase::Stopping;
}

} // namespace

QVariant ServiceCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CatalogEntry &entry = entryOf(row);
    const bool busy = row.status && row.status->step != InstallStep::None;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.name.isEmpty() ? row.id : entry.name;
    case Qt::ToolTipRole:
    case SummaryRole:
        return entry.summary;
    case IdRole:
        return row.id;
    case DescriptionRole:
        return entry.description;
    case CategoryRole:
        return entry.category;
    case IconRole:
        return entry.icon;
    case VersionRole:
        return entry.version;
    case NeedsRole:
        return needsText(entry);
    case OfferedByRole: {
        if (!row.offered)
            return tr("Installed here; no catalog offers it now");
        if (row.offered->builtIn)
            return tr("Offered by microclouds; not installable from here yet");
        const QString publisher = row.offered->publisher;
        if (!row.offered->microcloud.isEmpty())
            return tr("Offered by microcloud %1 (catalog of %2)").arg(row.offered->microcloud, publisher);
        return tr("From the catalog of %1 at %2").arg(publisher, row.offered->catalogUrl.host());
    }
    case PublisherRole:
        return row.offered ? row.offered->publisher : QString();
    case FingerprintRole:
        if (row.status && !row.status->fingerprint.isEmpty())
            return row.status->fingerprint;
        return row.offered ? row.offered->fingerprint : QString();
    case MicrocloudRole:
        return row.offered ? row.offered->microcloud : QString();
    case CatalogUrlRole:
        if (row.offered && !row.offered->catalogUrl.isEmpty())
            return row.offered->catalogUrl.toString();
        return row.status ? row.status->catalogUrl : QString();
    case BuiltInRole:
        return row.offered && row.offered->builtIn;
    case OfferedRole:
        return row.offered.has_value();
    case InstallableRole:
        return row.offered && row.offered->entry.installable();
    case InstalledRole:
        return row.status && row.status->installed;
    case PhaseRole:
        return int(row.status ? row.status->phase : ServicePhase::Stopped);
    case StateTextRole:
        if (busy)
            return row.status->step == InstallStep::Starting ? tr("Starting") : tr("Installing");
        if (!row.status || !row.status->installed)
            return row.offered && row.offered->entry.installable() ? tr("Not installed")
                                                                   : tr("Not installable");
        return phaseText(row.status->phase);
    case ActiveRole:
        return row.status && (isActive(row.status->phase) || busy);
    case ErrorRole:
        return row.status ? row.status->error : QString();
    case BusyRole:
        return busy;
    case StepRole:
        return int(row.status ? row.status->step : InstallStep::None);
    case StepDoneRole:
        return row.status ? row.status->stepDone : 0;
    case StepTotalRole:
        return row.status ? row.status->stepTotal : 0;
    case StepTextRole:
        return row.status ? stepText(row.status->step, row.status->stepDone, row.status->stepTotal)
                          : QString();
    case StartedAtRole:
        return row.status ? row.status->startedAt : QDateTime();
    case PortsTextRole: {
        if (!row.status)
            return QString();
        QStringList ports;
        for (const PublishedPort &port : row.status->ports) {
            const QString protocol = port.udp ? QStringLiteral("udp") : QStringLiteral("tcp");
            if (port.hostPort != 0)
                ports << tr("%1 %2 → 127.0.0.1:%3 (%4)")
                             .arg(port.name)
                             .arg(port.guestPort)
                             .arg(port.hostPort)
                             .arg(protocol);
            else
                ports << tr("%1 %2 (%3)").arg(port.name).arg(port.guestPort).arg(protocol);
        }
        return ports.join(QStringLiteral(", "));
    }
    case OpenUrlRole:
        return row.status && row.status->phase == ServicePhase::Running ? row.status->openUrl() : QString();
    case ConsoleLogRole:
        return row.status ? row.status->consoleLog : QString();
    case UsageTextRole:
        if (!row.status || row.status->cpuCores < 0)
            return QString();
        return tr("Using now: CPU %1 % of a core · %2 memory")
            .arg(QLocale().toString(row.status->cpuCores * 100, 'f', 0),
                 QLocale().formattedDataSize(qint64(row.status->memoryBytes), 0,
                                             QLocale::DataSizeTraditionalFormat));
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(SummaryRole, "summary");
    names.insert(CategoryRole, "category");
    names.insert(StateTextRole, "state");
    return names;
}

void ServiceCatalogModel::reload()
{
    QList<OfferedService> offered = m_library ? m_library->offered() : QList<OfferedService>();
    QList<ServiceStatus> statuses = m_manager ? m_manager->services() : QList<ServiceStatus>();
    QHash<QString, Row> fresh;
    QStringList order; // catalog order first, then installed-only services
    for (OfferedService &service : offered) {
        const QString id = service.entry.id;
        if (!fresh.contains(id))
            order << id;
        fresh[id].id = id;
        fresh[id].offered = std::move(service);
    }
    for (ServiceStatus &status : statuses) {
        const QString id = status.entry.id;
        if (!fresh.contains(id))
            order << id;
        fresh[id].id = id;
        fresh[id].status = std::move(status);
    }

    // Rows that went away leave one by one, from the bottom, so the rows above keep their index.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!fresh.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rows[row] = fresh.take(m_rows.at(row).id);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    QList<Row> added;
    for (const QString &id : std::as_const(order)) {
        if (fresh.contains(id))
            added << fresh.take(id);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows << added;
        endInsertRows();
    }

    QSet<QString> seen;
    QStringList categories;
    for (const Row &row : std::as_const(m_rows)) {
        const QString category = entryOf(row).category;
        if (!category.isEmpty() && !seen.contains(category)) {
            seen.insert(category);
            categories << category;
        }
    }
    categories.sort(Qt::CaseInsensitive);
    if (categories != m_categories) {
        m_categories = categories;
        Q_EMIT categoriesChanged();
    }
}

void ServiceCatalogModel::updateService(const QString &id)
{
    const int row = rowOf(id);
    std::optional<ServiceStatus> status = m_manager ? m_manager->service(id) : std::nullopt;
    if (row < 0) {
        if (status)
            reload();
        return;
    }
    if (!status && !m_rows.at(row).offered) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    m_rows[row].status = std::move(status);
    Q_EMIT dataChanged(index(row), index(row));
}

// ---- proxy -------------------------------------------------------------------------------------------

ServiceCatalogProxyModel::ServiceCatalogProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void ServiceCatalogProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ServiceCatalogProxyModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void ServiceCatalogProxyModel::setActiveOnly(bool activeOnly)
{
    if (activeOnly == m_activeOnly)
        return;
    m_activeOnly = activeOnly;
    invalidateFilter();
}

bool ServiceCatalogProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using Role = ServiceCatalogModel::Role;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(Role::CategoryRole).toString() != m_category)
        return false;
    if (m_activeOnly && !index.data(Role::ActiveRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int role : {Role::NameRole, Role::SummaryRole, Role::DescriptionRole, Role::IdRole}) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ServiceCatalogProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    using Role = ServiceCatalogModel::Role;
    // Active services first, so what runs is at hand; then by name.
    const bool leftActive = left.data(Role::ActiveRole).toBool();
    const bool rightActive = right.data(Role::ActiveRole).toBool();
    if (leftActive != rightActive)
        return leftActive;
    return left.data(Role::NameRole).toString().localeAwareCompare(right.data(Role::NameRole).toString()) < 0;
}

} // namespace Cloudy::Services
