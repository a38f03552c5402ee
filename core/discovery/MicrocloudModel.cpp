// SPDX-License-Identifier: GPL-3.0-or-later
#include "MicrocloudModel.h"

#include "DiscoveryLog.h"
#include "RttProber.h"
#include "ServiceBrowser.h"
#include "ServiceTypes.h"

#include <QCoreApplication>
#include <QUrl>

namespace Cloudy::Discovery {

struct MicrocloudModel::Item
{
    Kind kind = Kind::Microcloud;
    Item *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;

    QString id; // microcloud id, node id
    QString name; // microcloud or node name
    bool ungrouped = false;
    QString hostName; // node
    bool cloudyNode = false;
    ServiceKey key; // service

    // Aggregates over the subtree (nodes and microclouds), recomputed on demand by ensureAggregates()
    // after markChanged() flagged them.
    mutable bool aggregatesStale = false;
    mutable int bestRttMs = -1;
    mutable QDateTime lastSeen;
    mutable int serviceCount = 0;
};

namespace {

bool isFacetType(const QString &type)
{
    // Announcements that change how the other services of their host are grouped.
    return type == QLatin1String(kCloudyNodeType) || type == QLatin1String(kTincType);
}

int betterRtt(int a, int b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return std::min(a, b);
}

QString serviceId(const ServiceKey &key)
{
    return key.name + QLatin1Char('.') + key.type + QLatin1Char('.') + key.domain;
}

QVariantMap txtVariant(const TxtEntries &txt)
{
    QVariantMap map;
    for (auto it = txt.cbegin(); it != txt.cend(); ++it)
        map.insert(it.key(), it.value().isNull() ? QString() : txtValueText(it.value()));
    return map;
}

} // namespace

QUrl ServiceInfo::openUrl() const
{
    if (!web || addresses.isEmpty())
        return {};
    QUrl url;
    url.setScheme(key.type == QLatin1String("_https._tcp") ? QStringLiteral("https")
                                                           : QStringLiteral("http"));
    url.setHost(addresses.constFirst().toString());
    url.setPort(port);
    const QByteArray path = txt.value(QStringLiteral("path"));
    url.setPath(path.startsWith('/') && isValidUtf8(path) ? QString::fromUtf8(path) : QStringLiteral("/"));
    return url;
}

QString ServiceInfo::addressText() const
{
    if (addresses.isEmpty())
        return QStringLiteral("%1:%2").arg(hostName).arg(port);
    const QHostAddress &address = addresses.constFirst();
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
               : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

MicrocloudModel::MicrocloudModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
    , m_isVpn(isVpnInterface)
{ }

MicrocloudModel::~MicrocloudModel() = default;

void MicrocloudModel::setBrowser(ServiceBrowser *browser)
{
    if (m_browser)
        m_browser->disconnect(this);
    m_browser = browser;
    clear();
    if (!browser)
        return;
    connect(browser, &ServiceBrowser::serviceAdded, this, &MicrocloudModel::addObservation);
    connect(browser, &ServiceBrowser::serviceUpdated, this, &MicrocloudModel::addObservation);
    connect(browser, &ServiceBrowser::serviceRemoved, this, &MicrocloudModel::removeObservation);
}

void MicrocloudModel::setRttProber(RttProber *prober)
{
    if (m_prober)
        m_prober->disconnect(this);
    m_prober = prober;
    if (prober)
        connect(prober, &RttProber::measured, this, &MicrocloudModel::setRtt);
}

void MicrocloudModel::setVpnPredicate(VpnPredicate predicate)
{
    m_isVpn = std::move(predicate);
}

void MicrocloudModel::clear()
{
    beginResetModel();
    m_changedGroups.clear();
    m_root = std::make_unique<Item>();
    m_services.clear();
    m_servicesByHost.clear();
    m_hostFacts.clear();
    endResetModel();
}

int MicrocloudModel::microcloudCount() const
{
    return int(std::count_if(m_root->children.cbegin(), m_root->children.cend(),
                             [](const std::unique_ptr<Item> &item) { return !item->ungrouped; }));
}

// ---------------------------------------------------------------------------------------------------------
// Observations in, tree out
// ---------------------------------------------------------------------------------------------------------

void MicrocloudModel::addObservation(const DiscoveredService &service)
{
    if (service.key.name.isEmpty() || service.key.type.isEmpty()) {
        qCInfo(lcDiscovery) << "ignoring a service without name or type";
        return;
    }
    const bool isNew = !m_services.contains(service.key);
    if (isNew && m_services.size() >= kMaxTrackedServices) {
        qCWarning(lcDiscovery) << "more than" << kMaxTrackedServices << "services: ignoring"
                               << service.key.name;
        return;
    }
    ServiceRecord &record = m_services[service.key];
    const QString oldHost = record.info.hostName.toLower();
    const QList<QHostAddress> oldAddresses = record.info.addresses;
    const quint16 oldPort = record.info.port;
    const auto sameObservation = [&service](const DiscoveredService &known) {
        return known.interfaceIndex == service.interfaceIndex && known.protocol == service.protocol;
    };
    if (const auto known =
            std::find_if(record.observations.begin(), record.observations.end(), sameObservation);
        known != record.observations.end())
        *known = service;
    else
        record.observations.append(service);
    rebuildInfo(record);

    const QString host = record.info.hostName.toLower();
    if (!isNew && oldHost != host) {
        m_servicesByHost[oldHost].remove(service.key);
        if (m_servicesByHost[oldHost].isEmpty())
            m_servicesByHost.remove(oldHost);
        refreshHostFacts(oldHost);
    }
    m_servicesByHost[host].insert(service.key);
    if (isFacetType(service.key.type))
        refreshHostFacts(host);
    place(service.key, false);

    const ServiceInfo &info = m_services[service.key].info;
    if (isNew)
        Q_EMIT serviceAdded(info);
    else
        Q_EMIT serviceUpdated(info);
    if (isNew || oldAddresses != info.addresses || oldPort != info.port)
        requestRtt(info);
}

void MicrocloudModel::removeObservation(const DiscoveredService &service)
{
    auto it = m_services.find(service.key);
    if (it == m_services.end())
        return;
    it->observations.removeIf([&service](const DiscoveredService &known) {
        return known.interfaceIndex == service.interfaceIndex && known.protocol == service.protocol;
    });
    if (!it->observations.isEmpty()) {
        rebuildInfo(*it);
        place(service.key, false);
        Q_EMIT serviceUpdated(it->info);
        return;
    }

    const ServiceInfo info = it->info;
    if (it->item)
        detach(it->item);
    m_services.erase(it);
    const QString host = info.hostName.toLower();
    m_servicesByHost[host].remove(info.key);
    if (m_servicesByHost[host].isEmpty())
        m_servicesByHost.remove(host);
    if (isFacetType(info.key.type))
        refreshHostFacts(host);
    Q_EMIT serviceRemoved(info);
}

void MicrocloudModel::setRtt(const ServiceKey &key, int rttMs)
{
    auto it = m_services.find(key);
    if (it == m_services.end() || it->info.rttMs == rttMs)
        return;
    it->info.rttMs = rttMs;
    if (it->item) {
        const QModelIndex index = indexFor(it->item);
        Q_EMIT dataChanged(index, index, {RttRole});
        markChanged(it->item->parent);
    }
    Q_EMIT serviceUpdated(it->info);
}

void MicrocloudModel::rebuildInfo(ServiceRecord &record) const
{
    // The freshest observation decides host, port and TXT; addresses and interfaces are the union.
    const DiscoveredService *latest = nullptr;
    QList<QHostAddress> v4;
    QList<QHostAddress> v6;
    QStringList interfaces;
    for (const DiscoveredService &observation : std::as_const(record.observations)) {
        if (!latest || observation.lastSeen > latest->lastSeen)
            latest = &observation;
        for (const QHostAddress &address : observation.addresses) {
            QList<QHostAddress> &list = address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
            if (!list.contains(address) && v4.size() + v6.size() < kMaxAddressesPerService)
                list.append(address);
        }
        if (!observation.interfaceName.isEmpty() && !interfaces.contains(observation.interfaceName))
            interfaces.append(observation.interfaceName);
    }
    if (!latest)
        return;
    ServiceInfo &info = record.info;
    const ServiceTypeInfo type = serviceTypeInfo(latest->key.type);
    info.key = latest->key;
    info.label = type.label;
    info.iconName = type.iconName;
    info.web = type.web;
    info.hostName = latest->hostName;
    info.addresses = v4 + v6;
    info.port = latest->port;
    info.txt = latest->txt;
    info.lastSeen = latest->lastSeen;
    interfaces.sort();
    info.interfaceNames = interfaces;
}

void MicrocloudModel::refreshHostFacts(const QString &host)
{
    HostFacts facts;
    const QSet<ServiceKey> keys = m_servicesByHost.value(host);
    for (const ServiceKey &key : keys) {
        const ServiceInfo &info = m_services[key].info;
        if (key.type == QLatin1String(kTincType))
            facts.announcesTinc = true;
        if (key.type == QLatin1String(kCloudyNodeType)) {
            const auto text = [&info](const char *name) {
                const QByteArray value = info.txt.value(QLatin1String(name));
                return isValidUtf8(value) ? QString::fromUtf8(value).trimmed() : QString();
            };
            facts.cloudyMc = text("mc");
            facts.cloudyMcName = text("mcname");
            facts.cloudyNodeId = text("node");
            facts.cloudyNodeName = key.name;
        }
    }
    const HostFacts old = m_hostFacts.value(host);
    if (old.cloudyMc == facts.cloudyMc && old.cloudyMcName == facts.cloudyMcName
        && old.cloudyNodeId == facts.cloudyNodeId && old.cloudyNodeName == facts.cloudyNodeName
        && old.announcesTinc == facts.announcesTinc)
        return;
    if (keys.isEmpty())
        m_hostFacts.remove(host);
    else
        m_hostFacts.insert(host, facts);
    // Every other service of the host may now belong elsewhere.
    for (const ServiceKey &key : keys)
        place(key, true);
}

void MicrocloudModel::place(const ServiceKey &key, bool announce)
{
    auto it = m_services.find(key);
    if (it == m_services.end())
        return;
    ServiceInfo &info = it->info;
    const QString host = info.hostName.toLower();
    const Placement before = info.placement;
    info.placement = placeService({info.key.type, info.hostName, info.txt, info.interfaceNames},
                                  m_hostFacts.value(host), m_isVpn);

    Item *microcloud = microcloudItem(info.placement, true);
    Item *node = nodeItem(microcloud, info.placement, info.hostName, true);
    Item *item = it->item;
    if (item && item->parent == node) {
        const QModelIndex index = indexFor(item);
        Q_EMIT dataChanged(index, index);
        markChanged(node);
    } else {
        if (item)
            detach(item);
        auto child = std::make_unique<Item>();
        child->kind = Kind::Service;
        child->key = key;
        it->item = child.get();
        insertChild(node, std::move(child));
        markChanged(node);
    }
    if (announce
        && (before.microcloudId != info.placement.microcloudId || before.nodeId != info.placement.nodeId
            || before.rule != info.placement.rule))
        Q_EMIT serviceUpdated(info);
}

MicrocloudModel::Item *MicrocloudModel::microcloudItem(const Placement &placement, bool create)
{
    const bool ungrouped = placement.rule == GroupingRule::Ungrouped;
    for (const std::unique_ptr<Item> &item : m_root->children) {
        if (item->ungrouped == ungrouped && (ungrouped || item->id == placement.microcloudId)) {
            // A later announcement may give the human name (mcname=) the first one lacked.
            if (!ungrouped && !placement.microcloudName.isEmpty()
                && placement.microcloudName != placement.microcloudId
                && item->name != placement.microcloudName) {
                item->name = placement.microcloudName;
                const QModelIndex index = indexFor(item.get());
                Q_EMIT dataChanged(index, index, {Qt::DisplayRole, NameRole});
            }
            return item.get();
        }
    }
    if (!create)
        return nullptr;
    auto item = std::make_unique<Item>();
    item->kind = Kind::Microcloud;
    item->ungrouped = ungrouped;
    item->id = ungrouped ? QString() : placement.microcloudId;
    item->name = ungrouped ? tr("Other services") : placement.microcloudName;
    Item *raw = item.get();
    insertChild(m_root.get(), std::move(item));
    return raw;
}

MicrocloudModel::Item *MicrocloudModel::nodeItem(Item *microcloud, const Placement &placement,
                                                 const QString &hostName, bool create)
{
    for (const std::unique_ptr<Item> &item : microcloud->children) {
        if (item->id == placement.nodeId) {
            if (item->name != placement.nodeName || item->cloudyNode != placement.cloudyNode) {
                item->name = placement.nodeName;
                item->cloudyNode = placement.cloudyNode;
                const QModelIndex index = indexFor(item.get());
                Q_EMIT dataChanged(index, index);
            }
            return item.get();
        }
    }
    if (!create)
        return nullptr;
    auto item = std::make_unique<Item>();
    item->kind = Kind::Node;
    item->id = placement.nodeId;
    item->name = placement.nodeName;
    item->hostName = hostName;
    item->cloudyNode = placement.cloudyNode;
    Item *raw = item.get();
    insertChild(microcloud, std::move(item));
    return raw;
}

void MicrocloudModel::detach(Item *serviceItem)
{
    Item *node = serviceItem->parent;
    Item *microcloud = node->parent;
    removeChild(serviceItem);
    if (node->children.empty()) {
        removeChild(node);
        if (microcloud->children.empty()) {
            removeChild(microcloud);
            return;
        }
        markChanged(microcloud);
        return;
    }
    markChanged(node);
}

void MicrocloudModel::insertChild(Item *parent, std::unique_ptr<Item> child)
{
    const int row = int(parent->children.size());
    child->parent = parent;
    child->row = row;
    beginInsertRows(indexFor(parent), row, row);
    parent->children.push_back(std::move(child));
    endInsertRows();
}

void MicrocloudModel::removeChild(Item *child)
{
    Item *parent = child->parent;
    const int row = child->row;
    forgetChanged(child);
    beginRemoveRows(indexFor(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    for (auto it = parent->children.begin() + row; it != parent->children.end(); ++it)
        --(*it)->row;
    endRemoveRows();
}

void MicrocloudModel::markChanged(Item *item)
{
    // Aggregates are read fresh (ensureAggregates) but announced once per event-loop turn: a burst of
    // hundreds of services then costs views and the sorting proxy one update per group, not one per service.
    for (; item && item != m_root.get(); item = item->parent) {
        item->aggregatesStale = true;
        m_changedGroups.insert(item);
    }
    if (!m_notifyScheduled) {
        m_notifyScheduled = true;
        QMetaObject::invokeMethod(this, &MicrocloudModel::notifyChangedGroups, Qt::QueuedConnection);
    }
}

void MicrocloudModel::notifyChangedGroups()
{
    m_notifyScheduled = false;
    const QSet<Item *> changed = std::exchange(m_changedGroups, {});
    for (Item *item : changed) {
        const QModelIndex index = indexFor(item);
        Q_EMIT dataChanged(index, index, {RttRole, LastSeenRole, ServiceCountRole, NodeCountRole});
    }
}

void MicrocloudModel::ensureAggregates(const Item *item) const
{
    if (!item->aggregatesStale)
        return;
    int best = -1;
    QDateTime lastSeen;
    int services = 0;
    for (const std::unique_ptr<Item> &child : item->children) {
        if (child->kind == Kind::Service) {
            const ServiceInfo &info = m_services.find(child->key)->info;
            best = betterRtt(best, info.rttMs);
            lastSeen = std::max(lastSeen, info.lastSeen);
            ++services;
        } else {
            ensureAggregates(child.get());
            best = betterRtt(best, child->bestRttMs);
            lastSeen = std::max(lastSeen, child->lastSeen);
            services += child->serviceCount;
        }
    }
    item->bestRttMs = best;
    item->lastSeen = lastSeen;
    item->serviceCount = services;
    item->aggregatesStale = false;
}

void MicrocloudModel::forgetChanged(const Item *item)
{
    m_changedGroups.remove(const_cast<Item *>(item));
    for (const std::unique_ptr<Item> &child : item->children)
        forgetChanged(child.get());
}

void MicrocloudModel::requestRtt(const ServiceInfo &info)
{
    if (m_prober && !info.addresses.isEmpty() && info.port != 0)
        m_prober->probe(info.key, info.addresses, info.port);
}

// ---------------------------------------------------------------------------------------------------------
// Reading the tree
// ---------------------------------------------------------------------------------------------------------

std::optional<ServiceInfo> MicrocloudModel::service(const ServiceKey &key) const
{
    const auto it = m_services.constFind(key);
    if (it == m_services.cend())
        return std::nullopt;
    return it->info;
}

ServiceKey MicrocloudModel::serviceKey(const QModelIndex &index) const
{
    const Item *item = itemFor(index);
    return item && item->kind == Kind::Service ? item->key : ServiceKey();
}

QModelIndex MicrocloudModel::indexOf(const ServiceKey &key) const
{
    const auto it = m_services.constFind(key);
    return it == m_services.cend() || !it->item ? QModelIndex() : indexFor(it->item);
}

QList<QByteArray> announcedValues(const MicrocloudInfo &microcloud, const QString &key)
{
    QList<QByteArray> values;
    for (const NodeInfo &node : microcloud.nodes) {
        for (const ServiceInfo &service : node.services) {
            if (service.key.type != QLatin1String("_cloudy._tcp"))
                continue;
            const QByteArray value = service.txt.value(key);
            if (!value.isEmpty())
                values.append(value);
        }
    }
    return values;
}

QList<MicrocloudInfo> MicrocloudModel::snapshot() const
{
    QList<MicrocloudInfo> microclouds;
    for (const std::unique_ptr<Item> &mcItem : m_root->children) {
        ensureAggregates(mcItem.get());
        MicrocloudInfo microcloud {mcItem->id, mcItem->name, mcItem->bestRttMs, mcItem->lastSeen, {}};
        for (const std::unique_ptr<Item> &nodeItem : mcItem->children) {
            NodeInfo node {nodeItem->id,         nodeItem->name,      nodeItem->hostName,
                           nodeItem->cloudyNode, nodeItem->bestRttMs, {}};
            for (const std::unique_ptr<Item> &serviceItem : nodeItem->children)
                node.services.append(m_services.value(serviceItem->key).info);
            microcloud.nodes.append(node);
        }
        microclouds.append(microcloud);
    }
    return microclouds;
}

MicrocloudModel::Item *MicrocloudModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex MicrocloudModel::indexFor(const Item *item) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, 0, const_cast<Item *>(item));
}

QModelIndex MicrocloudModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *parentItem = itemFor(parent);
    if (column != 0 || row < 0 || row >= int(parentItem->children.size()))
        return {};
    return indexFor(parentItem->children[size_t(row)].get());
}

QModelIndex MicrocloudModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent);
}

int MicrocloudModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int MicrocloudModel::columnCount(const QModelIndex & /*parent*/) const
{
    return 1;
}

QVariant MicrocloudModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemFor(index);
    if (!index.isValid() || !item)
        return {};

    // Roles every kind answers.
    switch (role) {
    case KindRole:
        return QVariant::fromValue(item->kind);
    case MicrocloudIdRole: {
        const Item *microcloud = item;
        while (microcloud->parent && microcloud->parent != m_root.get())
            microcloud = microcloud->parent;
        return microcloud->id;
    }
    default:
        break;
    }

    if (item->kind == Kind::Service) {
        const ServiceInfo &info = m_services.value(item->key).info;
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return info.key.name;
        case Qt::ToolTipRole:
            return tr("%1 on %2").arg(info.label, info.hostName);
        case IdRole:
            return serviceId(info.key);
        case TypeRole:
            return info.key.type;
        case TypeLabelRole:
            return info.label;
        case IconNameRole:
            return info.iconName;
        case HostRole:
            return info.hostName;
        case AddressesRole: {
            QStringList addresses;
            for (const QHostAddress &address : info.addresses)
                addresses.append(address.toString());
            return addresses;
        }
        case PortRole:
            return int(info.port);
        case TxtRole:
            return txtVariant(info.txt);
        case RttRole:
            return info.rttMs;
        case LastSeenRole:
            return info.lastSeen;
        case GroupingRuleRole:
            return groupingRuleName(info.placement.rule);
        case WebRole:
            return info.web;
        case UrlRole:
            return info.openUrl();
        case AddressTextRole:
            return info.addressText();
        default:
            return {};
        }
    }

    ensureAggregates(item);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item->name;
    case IdRole:
        return item->id;
    case HostRole:
        return item->hostName;
    case RttRole:
        return item->bestRttMs;
    case LastSeenRole:
        return item->lastSeen;
    case ServiceCountRole:
        return item->serviceCount;
    case NodeCountRole:
        return item->kind == Kind::Microcloud ? int(item->children.size()) : 1;
    case CloudyNodeRole:
        return item->cloudyNode;
    case UngroupedRole:
        return item->ungrouped;
    default:
        return {};
    }
}

QHash<int, QByteArray> MicrocloudModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {IdRole, "id"},
                  {NameRole, "name"},
                  {TypeRole, "type"},
                  {TypeLabelRole, "label"},
                  {IconNameRole, "iconName"},
                  {HostRole, "host"},
                  {AddressesRole, "addresses"},
                  {PortRole, "port"},
                  {TxtRole, "txt"},
                  {RttRole, "rttMs"},
                  {LastSeenRole, "lastSeen"},
                  {NodeCountRole, "nodeCount"},
                  {ServiceCountRole, "serviceCount"},
                  {MicrocloudIdRole, "microcloud"},
                  {GroupingRuleRole, "groupingRule"},
                  {WebRole, "web"},
                  {UrlRole, "url"},
                  {AddressTextRole, "addressText"},
                  {CloudyNodeRole, "cloudyNode"},
                  {UngroupedRole, "ungrouped"}});
    return names;
}

} // namespace Cloudy::Discovery
