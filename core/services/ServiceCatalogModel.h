// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogLibrary.h"
#include "ServiceManager.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace Cloudy::Services {

// The Services page's list: every service some catalog offers (CatalogLibrary::offered()) joined with what
// is installed here (ServiceManager::services()), one row per service id — installed services no catalog
// offers any more included. Rows stay in place while they change, so views keep their selection; sorting
// and filtering are ServiceCatalogProxyModel's.
class ServiceCatalogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SummaryRole,
        DescriptionRole,
        CategoryRole,
        IconRole, // the catalog's icon name
        VersionRole,
        NeedsRole, // "1 vCPU · 256 MiB · 512 MiB disk"
        OfferedByRole, // "Sants microcloud (catalog of Sants publisher)", in plain words
        PublisherRole,
        FingerprintRole,
        MicrocloudRole,
        CatalogUrlRole, // QString
        BuiltInRole, // bool: from the built-in catalog (metadata only)
        OfferedRole, // bool: some catalog offers it now
        InstallableRole, // bool: offered with a bundle
        InstalledRole, // bool
        PhaseRole, // int (ServicePhase)
        StateTextRole, // "Running", "Not installed", "Installing…"
        ActiveRole, // bool: its guest runs or is starting/stopping (the "Running" list)
        ErrorRole,
        BusyRole, // bool: an install runs
        StepRole, // int (InstallStep)
        StepDoneRole, // qint64
        StepTotalRole, // qint64
        StepTextRole, // "Downloading 12 of 40 MB", "Unpacking", "Starting"
        StartedAtRole, // QDateTime
        PortsTextRole, // "web 8384 → 40123 (tcp)"
        OpenUrlRole, // QString, empty unless it runs and has an http port
        ConsoleLogRole,
        UsageTextRole, // "CPU 12 % of a core · 180 MiB", while it runs and usage sampling is on; else ""
    };
    Q_ENUM(Role)

    // Neither is owned; either may be null (nothing offered / nothing installed).
    ServiceCatalogModel(CatalogLibrary *library, ServiceManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    // The categories of every row, sorted, without duplicates.
    QStringList categories() const;

    static QString needsText(const CatalogEntry &entry);
    static QString stepText(InstallStep step, qint64 done, qint64 total);
    static QString phaseText(ServicePhase phase);

    // Reads the library and the manager again (also done on their signals).
    void reload();

Q_SIGNALS:
    void categoriesChanged();

private:
    struct Row
    {
        QString id;
        std::optional<OfferedService> offered;
        std::optional<ServiceStatus> status;
    };
    void updateService(const QString &id);
    const CatalogEntry &entryOf(const Row &row) const;

    QPointer<CatalogLibrary> m_library;
    QPointer<ServiceManager> m_manager;
    QList<Row> m_rows;
    QStringList m_categories;
};

// Search (name, summary, description, id), a category and "running only" over ServiceCatalogModel, sorted
// by name.
class ServiceCatalogProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceCatalogProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    QString category() const { return m_category; }
    bool activeOnly() const { return m_activeOnly; }

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setCategory(const QString &category); // empty: every category
    void setActiveOnly(bool activeOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_category;
    bool m_activeOnly = false;
};

} // namespace Cloudy::Services
