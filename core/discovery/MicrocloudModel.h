// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveredService.h"
#include "MicrocloudGrouping.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace Cloudy::Discovery {

class RttProber;
class ServiceBrowser;

// A service as people see it: all observations of one DNS-SD instance merged (interfaces, IPv4 and
// IPv6), placed in its microcloud and node.
struct ServiceInfo
{
    ServiceKey key;
    QString label; // friendly type label ("Tahoe-LAFS storage"), the type when unknown
    QString iconName;
    bool web = false; // offers an Open action
    QString hostName;
    QList<QHostAddress> addresses; // IPv4 first, then IPv6, no duplicates
    quint16 port = 0;
    TxtEntries txt;
    QStringList interfaceNames;
    Placement placement;
    int rttMs = -1; // measured TCP connect time; -1 unknown
    QDateTime lastSeen;

    // http(s)://address:port/ for web services, empty otherwise.
    QUrl openUrl() const;
    // "address:port" (IPv6 in brackets) for Copy address.
    QString addressText() const;
};

struct NodeInfo
{
    QString id;
    QString name;
    QString hostName;
    bool cloudyNode = false;
    int bestRttMs = -1;
    QList<ServiceInfo> services;
};

struct MicrocloudInfo
{
    QString id; // empty for the "other services" group
    QString name;
    int bestRttMs = -1;
    QDateTime lastSeen;
    QList<NodeInfo> nodes;
};

// What a microcloud announces about itself in its nodes' _cloudy._tcp TXT records under key ("catalog",
// "ledger"…): the non-empty values, in node order. Pure.
QList<QByteArray> announcedValues(const MicrocloudInfo &microcloud, const QString &key);

// microcloud -> node -> service tree of everything a ServiceBrowser finds, grouped by the rules of
// MicrocloudGrouping.h. Updated incrementally (rows inserted, removed, moved and changed in place), so
// views keep their selection and scroll position. Services that belong to no microcloud sit in a last
// group, "Other services" (id ""), never dropped. Sorting and filtering: MicrocloudProxyModel.
class MicrocloudModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Microcloud,
        Node,
        Service
    };
    Q_ENUM(Kind)

    enum Role
    {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole, // microcloud id / node id / "name.type.domain"
        NameRole, // human name
        TypeRole, // service: "_tahoe-lafs._tcp"
        TypeLabelRole, // service: "Tahoe-LAFS storage"
        IconNameRole, // service: icon name (ServiceTypes.h)
        HostRole, // node, service: host name
        AddressesRole, // service: QStringList
        PortRole, // service: int
        TxtRole, // service: QVariantMap key -> text
        RttRole, // int ms, -1 unknown (best of the children for nodes and microclouds)
        LastSeenRole, // QDateTime (latest of the children)
        NodeCountRole, // microcloud: int
        ServiceCountRole, // microcloud, node: int
        MicrocloudIdRole, // every kind: the id of the microcloud it is in
        GroupingRuleRole, // service: groupingRuleName()
        WebRole, // service: bool (has Open)
        UrlRole, // service: QUrl to open, empty when not web
        AddressTextRole, // service: "address:port"
        CloudyNodeRole, // node: bool
        UngroupedRole, // microcloud: bool, the "Other services" group
    };
    Q_ENUM(Role)

    explicit MicrocloudModel(QObject *parent = nullptr);
    ~MicrocloudModel() override;

    // Follows `browser` (not owned): its added/updated/removed signals update the model.
    void setBrowser(ServiceBrowser *browser);
    // Measures round-trip times of new services with `prober` (not owned) for "nearby" ranking.
    void setRttProber(RttProber *prober);
    // For tests: how interfaces are classified as VPN (default: isVpnInterface).
    void setVpnPredicate(VpnPredicate predicate);

    void addObservation(const DiscoveredService &service);
    void removeObservation(const DiscoveredService &service);
    void setRtt(const ServiceKey &key, int rttMs);
    void clear();

    int serviceCount() const { return int(m_services.size()); }
    int microcloudCount() const; // without the "Other services" group
    QList<MicrocloudInfo> snapshot() const;
    // The merged service, or nullopt.
    std::optional<ServiceInfo> service(const ServiceKey &key) const;
    ServiceKey serviceKey(const QModelIndex &index) const;
    QModelIndex indexOf(const ServiceKey &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // One per change of a merged service, for `cloudyctl discover --watch`.
    void serviceAdded(const Cloudy::Discovery::ServiceInfo &service);
    void serviceUpdated(const Cloudy::Discovery::ServiceInfo &service);
    void serviceRemoved(const Cloudy::Discovery::ServiceInfo &service);

private:
    struct Item;
    struct ServiceRecord
    {
        // One per interface and address family: a handful at most, so a plain list (a QHash would reserve
        // room for 128 entries per service).
        QList<DiscoveredService> observations;
        ServiceInfo info; // merged view, kept current
        Item *item = nullptr;
    };

    void rebuildInfo(ServiceRecord &record) const;
    void refreshHostFacts(const QString &host);
    void place(const ServiceKey &key, bool announce);
    void detach(Item *serviceItem);
    Item *microcloudItem(const Placement &placement, bool create);
    Item *nodeItem(Item *microcloud, const Placement &placement, const QString &hostName, bool create);
    void insertChild(Item *parent, std::unique_ptr<Item> child);
    void removeChild(Item *child);
    void markChanged(Item *item);
    void notifyChangedGroups();
    void ensureAggregates(const Item *item) const;
    void forgetChanged(const Item *item);
    QModelIndex indexFor(const Item *item) const;
    Item *itemFor(const QModelIndex &index) const;
    void requestRtt(const ServiceInfo &info);

    std::unique_ptr<Item> m_root;
    QHash<ServiceKey, ServiceRecord> m_services;
    QHash<QString, QSet<ServiceKey>> m_servicesByHost; // lowercased host name -> services on it
    QHash<QString, HostFacts> m_hostFacts;
    VpnPredicate m_isVpn;
    QPointer<ServiceBrowser> m_browser;
    QPointer<RttProber> m_prober;
    QSet<Item *> m_changedGroups; // nodes and microclouds whose aggregates views have not heard of yet
    bool m_notifyScheduled = false;
};

} // namespace Cloudy::Discovery
