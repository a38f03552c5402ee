// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TxtRecord.h"

#include <QString>
#include <QStringList>

#include <functional>

// Which microcloud a service belongs to (docs/discovery.md, "Grouping"). Pure functions, so every rule is
// tested offline; MicrocloudModel applies them to what the browsers find.
namespace Cloudy::Discovery {

enum class GroupingRule
{
    TxtMc, // the service's own mc= TXT
    CloudyNodeOnHost, // the mc= of a _cloudy._tcp node announced on the same host
    VpnInterface, // the VPN (Tinc/tun/tap) interface the announcement arrived on
    CloudLabel, // the CLOUD label of a NODE.CLOUD.local host name (Cloudy distro's avahi-ps)
    Ungrouped, // none of the above: shown under "Other services", never dropped
};

QString groupingRuleName(GroupingRule rule);

// What the other announcements of a host tell about it.
struct HostFacts
{
    QString cloudyMc; // mc= of the host's _cloudy._tcp announcement
    QString cloudyMcName; // its mcname=
    QString cloudyNodeId; // its node=
    QString cloudyNodeName; // its instance name (the node's human name)
    bool announcesTinc = false; // a _tincvpn._tcp on the host: a Cloudy distro node
};

// A service as grouping sees it (merged over interfaces and address families).
struct GroupingInput
{
    QString type;
    QString hostName;
    TxtEntries txt;
    QStringList interfaceNames; // every interface it was seen on
};

struct Placement
{
    GroupingRule rule = GroupingRule::Ungrouped;
    QString microcloudId; // empty when Ungrouped
    QString microcloudName; // for people
    QString nodeId;
    QString nodeName;
    bool cloudyNode = false; // the host is a Cloudy (distro or desktop) node
};

// Is `interfaceName` a VPN interface (Tinc, tun, tap)? The default predicate checks the kernel
// (/sys/class/net/NAME/tun_flags exists for every tun/tap device, whatever its name) and common names.
using VpnPredicate = std::function<bool(const QString &interfaceName)>;
bool isVpnInterface(const QString &interfaceName);

// "node2.guifi.local" -> "guifi"; "mc1.local", "a.b.c.local" (more than one label between) -> "".
QString cloudLabelFromHostName(const QString &hostName);
// "mc1.local" -> "mc1": the host name people read.
QString shortHostName(const QString &hostName);

Placement placeService(const GroupingInput &service, const HostFacts &host,
                       const VpnPredicate &isVpn = isVpnInterface);

} // namespace Cloudy::Discovery
