// SPDX-License-Identifier: GPL-3.0-or-later
#include "MicrocloudGrouping.h"

#include "ServiceTypes.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Cloudy::Discovery {

namespace {

// A TXT value usable as an id or a name: present, non-empty, valid UTF-8.
QString textValue(const TxtEntries &txt, const QString &key)
{
    const QByteArray value = txt.value(key);
    if (value.isEmpty() || !isValidUtf8(value))
        return {};
    return QString::fromUtf8(value).trimmed();
}

// "tinc.guifi" / "tinc-guifi" -> "guifi": the Tinc network name people know.
QString vpnDisplayName(const QString &interfaceName)
{
    for (const QLatin1String prefix :
         {QLatin1String("tinc."), QLatin1String("tinc-"), QLatin1String("tinc_")}) {
        if (interfaceName.startsWith(prefix) && interfaceName.size() > prefix.size())
            return interfaceName.mid(prefix.size());
    }
    return interfaceName;
}

} // namespace

QString groupingRuleName(GroupingRule rule)
{
    switch (rule) {
    case GroupingRule::TxtMc:
        return QStringLiteral("txt");
    case GroupingRule::CloudyNodeOnHost:
        return QStringLiteral("cloudy-node");
    case GroupingRule::VpnInterface:
        return QStringLiteral("vpn-interface");
    case GroupingRule::CloudLabel:
        return QStringLiteral("host-name");
    case GroupingRule::Ungrouped:
        return QStringLiteral("ungrouped");
    }
    return QStringLiteral("ungrouped");
}

bool isVpnInterface(const QString &interfaceName)
{
    if (interfaceName.isEmpty())
        return false;
    for (const QLatin1String prefix : {QLatin1String("tinc"), QLatin1String("tun"), QLatin1String("tap")}) {
        if (interfaceName.startsWith(prefix))
            return true;
    }
    // Tinc names its device after the network (e.g. "guifi"): the kernel knows it is a tun/tap device.
    return QFileInfo::exists(QStringLiteral("/sys/class/net/%1/tun_flags").arg(interfaceName));
}

QString cloudLabelFromHostName(const QString &hostName)
{
    QString name = hostName;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() != 3 || labels.at(2).compare(QLatin1String("local"), Qt::CaseInsensitive) != 0)
        return {};
    if (labels.at(0).isEmpty() || labels.at(1).isEmpty())
        return {};
    return labels.at(1);
}

QString shortHostName(const QString &hostName)
{
    QString name = hostName;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.endsWith(QLatin1String(".local"), Qt::CaseInsensitive))
        name.chop(6);
    return name;
}

Placement placeService(const GroupingInput &service, const HostFacts &host, const VpnPredicate &isVpn)
{
    Placement placement;
    placement.cloudyNode = host.announcesTinc || !host.cloudyMc.isEmpty()
                           || service.type == QLatin1String(kCloudyNodeType)
                           || service.type == QLatin1String(kTincType);

    // The node: the service's node=, else the host's _cloudy._tcp node=, else the host itself.
    placement.nodeId = textValue(service.txt, QStringLiteral("node"));
    if (placement.nodeId.isEmpty())
        placement.nodeId = host.cloudyNodeId;
    if (placement.nodeId.isEmpty())
        placement.nodeId = service.hostName.toLower();
    placement.nodeName =
        !host.cloudyNodeName.isEmpty() ? host.cloudyNodeName : shortHostName(service.hostName);

    if (const QString mc = textValue(service.txt, QStringLiteral("mc")); !mc.isEmpty()) {
        placement.rule = GroupingRule::TxtMc;
        placement.microcloudId = mc;
        placement.microcloudName = textValue(service.txt, QStringLiteral("mcname"));
        if (placement.microcloudName.isEmpty() && mc == host.cloudyMc)
            placement.microcloudName = host.cloudyMcName;
    } else if (!host.cloudyMc.isEmpty()) {
        placement.rule = GroupingRule::CloudyNodeOnHost;
        placement.microcloudId = host.cloudyMc;
        placement.microcloudName = host.cloudyMcName;
    } else if (const auto vpn =
                   std::find_if(service.interfaceNames.cbegin(), service.interfaceNames.cend(), isVpn);
               vpn != service.interfaceNames.cend()) {
        // The Tinc network name, lowercased like the CLOUD label below, so that both rules give one
        // microcloud for the same network.
        placement.rule = GroupingRule::VpnInterface;
        placement.microcloudName = vpnDisplayName(*vpn);
        placement.microcloudId = placement.microcloudName.toLower();
    } else if (const QString cloud = cloudLabelFromHostName(service.hostName); !cloud.isEmpty()) {
        placement.rule = GroupingRule::CloudLabel;
        placement.microcloudId = cloud.toLower();
        placement.microcloudName = cloud;
    } else {
        placement.rule = GroupingRule::Ungrouped;
    }
    if (placement.rule != GroupingRule::Ungrouped && placement.microcloudName.isEmpty())
        placement.microcloudName = placement.microcloudId;
    return placement;
}

} // namespace Cloudy::Discovery
